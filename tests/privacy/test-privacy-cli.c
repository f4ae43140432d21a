/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-test-utils.h"

static int
run (char      **out,
     char      **err,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  g_clear_pointer (out, g_free);
  g_clear_pointer (err, g_free);
  return rs_test_run_cli ((const char * const *) argv->pdata, out, err);
}

static void
test_cli (void)
{
  g_autofree char *dir = g_dir_make_tmp ("raadslag-privacy-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "p.db", NULL);
  g_autofree char *html = g_build_filename (dir, "record.html", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpint (run (&out, &err, "sample", "--db", db, NULL), ==, 0);

  /* One person on request, by pseudonym. */
  g_assert_cmpint (run (&out, &err, "person", "erase", "--db", db, "--person", "P-0001", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "P-0001"));
  g_assert_cmpint (run (&out, &err, "person", "erase", "--db", db, "--person", "p-0001", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "already erased"));
  g_assert_cmpint (run (&out, &err, "person", "erase", "--db", db, "--person", "P-7777", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "P-7777"));
  g_assert_cmpint (run (&out, &err, "person", "erase", "--db", db, NULL), ==, 2);

  /* Not due yet: nothing happens. */
  g_assert_cmpint (run (&out, &err, "retention", "apply", "--db", db, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "No budget process"));
  g_assert_cmpint (run (&out, &err, "retention", "set", "--db", db, "--process", "1", "--months", "3", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "months set for the process"));
  g_assert_cmpint (run (&out, &err, "retention", "set", "--db", db, "--process", "1", "--until", "2020-02-01",
                        NULL), ==, 0);
  g_assert_nonnull (strstr (out, "PASSED"));
  g_assert_cmpint (run (&out, &err, "retention", "set", "--db", db, "--process", "1", "--until", "1.2.2020",
                        NULL), ==, 1);

  /* Due: a dry run first, then the erasure. */
  g_assert_cmpint (run (&out, &err, "retention", "apply", "--db", db, "--dry-run", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Would erase"));
  g_assert_nonnull (strstr (out, "599"));
  g_assert_cmpint (run (&out, &err, "retention", "apply", "--db", db, "--process", "1", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Erased “Budget 2027”"));
  g_assert_nonnull (strstr (out, "private hearing responses: 16"));
  g_assert_cmpint (run (&out, &err, "retention", "apply", "--db", db, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "No budget process"));
  g_assert_cmpint (run (&out, &err, "retention", "show", "--db", db, "--json", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "\"pending\" : 0"));

  g_assert_cmpint (run (&out, &err, "export", "processing-record", "--db", db, "--process", "1", "--format", "html",
                        "--out", html, "--language", "en", NULL), ==, 0);
  g_assert_true (g_file_get_contents (html, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Request (art. 17)"));
  g_assert_nonnull (strstr (contents, "Retention date passed"));
  g_assert_cmpint (run (&out, &err, "export", "processing-record", "--db", db, "--process", "1", "--format", "doc",
                        "--out", html, NULL), ==, 2);

  g_assert_cmpint (run (&out, &err, "protocol", "verify", "--db", db, "--panel", "1", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "no stored selection runs"));

  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/privacy/cli", test_cli);
  return g_test_run ();
}
