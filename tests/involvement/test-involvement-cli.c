/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "rs-test-utils.h"

/* raadslag-cli districts, addresses import and invitations, as a
 * facilitator runs them on the sample. */

static char *
run_ok (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int rc = rs_test_run_cli (argv, &out, &err);

  if (rc != 0)
    g_printerr ("%s", err);
  g_assert_cmpint (rc, ==, 0);
  return g_steal_pointer (&out);
}

static char *
run_fails (const char * const *argv,
           int                 expected)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, expected);
  return g_steal_pointer (&err);
}

static void
test_chain (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-involvement-cli-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "r.db", NULL);
  g_autofree char *addresses = rs_test_data_path ("involvement/addresses-havbjerg.csv");
  g_autofree char *replies = rs_test_data_path ("involvement/replies-havbjerg.csv");
  g_autofree char *district_file = rs_test_data_path ("involvement/districts-havbjerg.csv");

  {
    const char *argv[] = { "sample", "--db", db, NULL };
    g_autofree char *out = run_ok (argv);
  }
  {
    const char *argv[] = { "districts", "--db", db, "--process", "1", NULL };
    g_autofree char *out = run_ok (argv);
    g_assert_true (g_str_has_prefix (out, "Midtbyen\t11660\nNørreby\t9720\n"));
  }
  {
    const char *argv[] = { "districts", "set", "--db", db, "--process", "1", "--name", "Havnen",
                           "--population", "1200", NULL };
    g_autofree char *out = run_ok (argv);
    const char *argv2[] = { "districts", "rename", "--db", db, "--process", "1", "--name",
                            "Havnen", "--to", "Havneøen", NULL };
    g_autofree char *out2 = run_ok (argv2);
    const char *argv3[] = { "districts", "--db", db, "--process", "1", NULL };
    g_autofree char *out3 = run_ok (argv3);
    const char *argv4[] = { "districts", "remove", "--db", db, "--process", "1", "--name",
                            "Havneøen", NULL };
    g_autofree char *out4 = run_ok (argv4);
    g_assert_nonnull (strstr (out3, "Havneøen\t1200\n"));
  }
  {
    const char *argv[] = { "districts", "import", "--db", db, "--process", "1", district_file, NULL };
    g_autofree char *out = run_ok (argv);
    g_assert_cmpstr (out, ==, "Imported 6, of which 1 flagged for review.\n");
  }
  {
    const char *argv[] = { "addresses", "import", "--db", db, "--process", "1", addresses, NULL };
    g_autofree char *out = run_ok (argv);
    g_assert_cmpstr (out, ==, "Imported 528, of which 3 flagged for review.\n");
  }
  {
    const char *argv[] = { "invitations", "draw", "--db", db, "--process", "1", "--households",
                           "100", "--seed", "7", "--weights", "Nørreby=2", NULL };
    g_autofree char *out = run_ok (argv);
    g_assert_true (g_str_has_prefix (out, "Draw 1: 100 households invited, seed 7.\n"));
    g_assert_nonnull (strstr (out, "Nørreby\t33\n"));
  }
  {
    /* Drawn again with the same seed: the same letters. */
    const char *argv[] = { "invitations", "draw", "--db", db, "--process", "1", "--households",
                           "255", "--seed", "7", NULL };
    g_autofree char *out = run_ok (argv);
    g_assert_true (g_str_has_prefix (out, "Draw 2: 255 households invited, seed 7.\n"));
  }
  {
    /* The record of both draws, the latest first, with seed and input hash. */
    const char *argv[] = { "invitations", "draws", "--db", db, "--process", "1", NULL };
    g_autofree char *out = run_ok (argv);
    g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
    g_auto(GStrv) latest = g_strsplit (lines[0], "\t", -1);
    g_auto(GStrv) first = g_strsplit (lines[1], "\t", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 3);
    g_assert_cmpstr (latest[0], ==, "2");
    g_assert_cmpstr (latest[2], ==, "255");
    g_assert_cmpstr (latest[3], ==, "7");
    g_assert_cmpstr (first[4], ==, "Nørreby=2");
    g_assert_cmpuint (strlen (latest[5]), ==, 64);
    g_assert_cmpstr (latest[5], ==, first[5]);
  }
  {
    const char *argv[] = { "invitations", "replies", "import", "--db", db, "--process", "1",
                           replies, NULL };
    g_autofree char *out = run_ok (argv);
    g_assert_cmpstr (out, ==, "Imported 166, of which 2 flagged for review.\n");
  }
  {
    const char *argv[] = { "invitations", "rates", "--db", db, "--process", "1", NULL };
    g_autofree char *out = run_ok (argv);
    g_assert_nonnull (strstr (out, "All\t255\t166\t65 %\t113\t68 %\n"));
    g_assert_nonnull (strstr (out, "By e-mail\t\t110\t\t80\t73 %\n"));
    /* One household in a district not in the list: suppressed. */
    g_assert_nonnull (strstr (out, "Fjordby\t< 5\t< 5\t–\t0\t–\n"));
  }
  {
    const char *argv[] = { "invitations", "rates", "--db", db, "--process", "1", "--json", NULL };
    g_autofree char *out = run_ok (argv);
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *o;

    g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
    o = json_node_get_object (json_parser_get_root (parser));
    g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (o, "total"),
                                                 "yes"), ==, 113);
  }
  {
    const char *argv[] = { "invitations", "to-pool", "--db", db, "--panel", "1", NULL };
    g_autofree char *out = run_ok (argv);
    g_autofree char *again = run_ok (argv);
    g_assert_cmpstr (out, ==, "Added 113 people to the pool.\n");
    g_assert_cmpstr (again, ==, "Added 0 people to the pool.\n");
  }

  /* Mistakes: usage errors (2) and clear messages (1). */
  {
    const char *argv[] = { "invitations", "draw", "--db", db, "--process", "1", NULL };
    g_autofree char *err = run_fails (argv, 2);
    g_assert_nonnull (strstr (err, "--households"));
  }
  {
    const char *argv[] = { "invitations", "draw", "--db", db, "--process", "1", "--households",
                           "10", "--weights", "Nørreby", NULL };
    g_autofree char *err = run_fails (argv, 2);
    g_assert_nonnull (strstr (err, "DISTRICT=WEIGHT"));
  }
  {
    const char *argv[] = { "invitations", "draw", "--db", db, "--process", "1", "--households",
                           "100000", "--seed", "1", NULL };
    g_autofree char *err = run_fails (argv, 1);
    g_assert_nonnull (strstr (err, "255 households"));
  }
  {
    const char *argv[] = { "invitations", "rates", "--db", db, "--process", "99", NULL };
    g_autofree char *err = run_fails (argv, 1);
    g_assert_nonnull (strstr (err, "99"));
  }
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/involvement/cli/chain", test_chain);
  return g_test_run ();
}
