/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "selection-test-common.h"

static char *
read_out (const char *dir,
          const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *text = NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static int
count_lines (const char *text)
{
  int n = 0;
  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static char *
run_select (const char *dir,
            const char *seed,
            int        *rc_out,
            char      **err_out)
{
  g_autofree char *c = rs_test_data_path ("selection/households-categories.csv");
  g_autofree char *r = rs_test_data_path ("selection/households-respondents.csv");
  const char *argv[] = { "select", "--categories", c, "--respondents", r, "--size", "8",
                         "--id-column", "person", "--address-columns", "address,zip",
                         "--seed", seed, "--out-dir", dir, NULL };
  char *out = NULL;

  *rc_out = rs_test_run_cli (argv, &out, err_out);
  return out;
}

static void
test_end_to_end (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-select-XXXXXX", NULL);
  g_autofree char *dir2 = g_dir_make_tmp ("rs-select-XXXXXX", NULL);
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;
  g_autofree char *selected = NULL, *selected2 = NULL, *remaining = NULL, *probs = NULL, *pdf = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *files[] = { "selected.csv", "remaining.csv", "probabilities.csv", "distribution.json",
                          "certificate.json", "protocol.json", "protocol.pdf", NULL };
  JsonObject *o;
  double sum = 0.0;
  gsize pdf_len;
  int rc;

  out = run_select (dir, "12345", &rc, &err);
  g_assert_cmpint (rc, ==, 0);
  for (int i = 0; files[i]; i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
  selected = read_out (dir, "selected.csv");
  remaining = read_out (dir, "remaining.csv");
  probs = read_out (dir, "probabilities.csv");
  /* Same columns as the input; 8 members; housemates left out of remaining. */
  g_assert_true (g_str_has_prefix (selected, "person,gender,age,area,address,zip\r\n"));
  g_assert_cmpint (count_lines (selected), ==, 9);
  g_assert_cmpint (count_lines (remaining), <, 1 + 40 - 8);
  g_assert_cmpint (count_lines (probs), ==, 41);
  {
    g_auto(GStrv) lines = g_strsplit (probs, "\r\n", -1);
    for (guint i = 1; lines[i] && lines[i][0]; i++)
      sum += g_ascii_strtod (strchr (lines[i], ',') + 1, NULL);
  }
  g_assert_cmpfloat_with_epsilon (sum, 8.0, 1e-4);

  {
    g_autofree char *path = g_build_filename (dir, "protocol.json", NULL);
    g_assert_true (json_parser_load_from_file (parser, path, &error));
  }
  o = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (o, "seed"), ==, "12345");
  g_assert_cmpstr (json_object_get_string_member (o, "algorithm"), ==, "leximin");
  g_assert_cmpint (strlen (json_object_get_string_member (o, "pool_sha256")), ==, 64);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (o, "members")), ==, 8);
  {
    g_autofree char *path = g_build_filename (dir, "certificate.json", NULL);
    g_assert_true (json_parser_load_from_file (parser, path, &error));
  }
  o = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpfloat (json_object_get_double_member (o, "minimum_upper_bound") -
                     json_object_get_double_member (o, "achieved_minimum"), <=, 0.0005);
  {
    g_autofree char *path = g_build_filename (dir, "protocol.pdf", NULL);
    g_assert_true (g_file_get_contents (path, &pdf, &pdf_len, NULL));
  }
  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  g_assert_cmpuint (pdf_len, >, 1000);

  /* Replacements for two drop-outs: two new people, none of them a member. */
  {
    g_autofree char *c = rs_test_data_path ("selection/households-categories.csv");
    g_autofree char *r = rs_test_data_path ("selection/households-respondents.csv");
    g_autofree char *protocol = g_build_filename (dir, "protocol.json", NULL);
    g_autoptr(JsonParser) p2 = json_parser_new ();
    JsonArray *members;
    g_autofree char *dropped = NULL;
    g_autofree char *rout = NULL, *rerr = NULL;
    g_auto(GStrv) lines = NULL;
    const char *argv[] = { "select-replace", "--categories", c, "--respondents", r, "--size", "8",
                           "--id-column", "person", "--address-columns", "address,zip",
                           "--protocol", protocol, "--dropped", NULL, "--seed", "9", NULL };

    g_assert_true (json_parser_load_from_file (p2, protocol, NULL));
    members = json_object_get_array_member (json_node_get_object (json_parser_get_root (p2)), "members");
    dropped = g_strdup_printf ("%s,%s", json_array_get_string_element (members, 0),
                               json_array_get_string_element (members, 1));
    argv[14] = dropped;
    g_assert_cmpint (rs_test_run_cli (argv, &rout, &rerr), ==, 0);
    lines = g_strsplit (rout, "\r\n", -1);
    g_assert_cmpstr (lines[0], ==, "id");
    g_assert_cmpuint (g_strv_length (lines), ==, 4);  /* header, two ids, empty tail */
    for (guint i = 1; i < 3; i++)
      for (guint m = 0; m < json_array_get_length (members); m++)
        g_assert_cmpstr (lines[i], !=, json_array_get_string_element (members, m));
  }

  /* The same seed gives the same panel, bit for bit. */
  out2 = run_select (dir2, "12345", &rc, &err2);
  g_assert_cmpint (rc, ==, 0);
  selected2 = read_out (dir2, "selected.csv");
  g_assert_cmpstr (selected, ==, selected2);
  rs_test_remove_dir (dir);
  rs_test_remove_dir (dir2);
}

static void
test_infeasible (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-select-XXXXXX", NULL);
  g_autofree char *c = rs_test_data_path ("selection/small-categories.csv");
  g_autofree char *r = rs_test_data_path ("selection/small-respondents.csv");
  const char *argv[] = { "select", "--categories", c, "--respondents", r, "--size", "45",
                         "--out-dir", dir, NULL };
  g_autofree char *out = NULL, *err = NULL, *relax = NULL;
  g_autofree char *selected = g_build_filename (dir, "selected.csv", NULL);

  g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "Raise the maximum"));
  relax = read_out (dir, "relaxation.json");
  g_assert_nonnull (strstr (relax, "\"suggested_max\""));
  g_assert_false (g_file_test (selected, G_FILE_TEST_EXISTS));
  rs_test_remove_dir (dir);
}

static void
test_bad_input (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-select-XXXXXX", NULL);
  g_autofree char *c = rs_test_data_path ("selection/small-categories.csv");
  g_autofree char *r = rs_test_data_path ("selection/households-respondents.csv");
  const char *argv[] = { "select", "--categories", c, "--respondents", r, "--size", "8",
                         "--out-dir", dir, NULL };
  const char *usage[] = { "select", "--categories", c, "--size", "8", NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

  /* The households pool has no "leaning" column. */
  g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "line 1"));
  g_assert_nonnull (strstr (err, "leaning"));
  g_assert_cmpint (rs_test_run_cli (usage, &out2, &err2), ==, 2);
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/selection/cli/end-to-end", test_end_to_end);
  g_test_add_func ("/selection/cli/infeasible", test_infeasible);
  g_test_add_func ("/selection/cli/bad-input", test_bad_input);
  return g_test_run ();
}
