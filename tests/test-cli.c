/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "rs-test-utils.h"

static char *
temp_db (char **dir)
{
  g_autoptr(GError) error = NULL;

  *dir = g_dir_make_tmp ("raadslag-cli-XXXXXX", &error);
  g_assert_no_error (error);
  return g_build_filename (*dir, "cli.db", NULL);
}

static void
test_version_and_usage (void)
{
  g_autofree char *out = NULL, *err = NULL;
  const char *version[] = { "--version", NULL };
  const char *none[] = { NULL };
  const char *unknown[] = { "frobnicate", NULL };

  g_assert_cmpint (rs_test_run_cli (version, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "raadslag-cli " PACKAGE_VERSION));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (rs_test_run_cli (none, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "processes"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (rs_test_run_cli (unknown, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "frobnicate"));
}

static void
test_init_sample_processes (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db = temp_db (&dir);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *init[] = { "init", "--db", db, NULL };
  const char *sample[] = { "sample", "--db", db, NULL };
  const char *list[] = { "processes", "--db", db, NULL };
  const char *list_json[] = { "processes", "--db", db, "--json", NULL };
  JsonArray *array;
  JsonObject *first;

  g_assert_cmpint (rs_test_run_cli (init, &out, &err), ==, 0);
  g_assert_true (g_file_test (db, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (rs_test_run_cli (sample, &out, &err), ==, 0);
  g_assert_cmpstr (g_strstrip (out), ==, "1");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (rs_test_run_cli (list, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "1\tBudget 2027\t2027\tHavbjerg Kommune\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (rs_test_run_cli (list_json, &out, &err), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  first = json_array_get_object_element (array, 0);
  g_assert_cmpint (json_object_get_int_member (first, "id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (first, "name"), ==, "Budget 2027");
  g_assert_cmpint (json_object_get_int_member (first, "budget_year"), ==, 2027);
  rs_test_remove_dir (dir);
}

static void
test_errors (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *db = temp_db (&dir);
  g_autofree char *out = NULL, *err = NULL;
  const char *no_db[] = { "processes", NULL };
  const char *bad_option[] = { "processes", "--db", db, "--colour", NULL };
  const char *not_ours[] = { "processes", "--db", db, NULL };

  /* Usage errors exit 2. */
  g_assert_cmpint (rs_test_run_cli (no_db, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--db"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (rs_test_run_cli (bad_option, &out, &err), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A file that is not ours: exit 1 with a message, the file unchanged. */
  g_assert_true (g_file_set_contents (db, "hello", 5, NULL));
  g_assert_cmpint (rs_test_run_cli (not_ours, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "cli.db"));
  {
    g_autofree char *contents = NULL;
    g_assert_true (g_file_get_contents (db, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "hello");
  }
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/version-and-usage", test_version_and_usage);
  g_test_add_func ("/cli/init-sample-processes", test_init_sample_processes);
  g_test_add_func ("/cli/errors", test_errors);
  return g_test_run ();
}
