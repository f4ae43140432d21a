/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "rs-pb-count.h"
#include "rs-pb-file.h"
#include "rs-test-utils.h"

/* The pabulib reader and writer, and raadslag-cli pb count. */

static RsPbFile *
load (const char *name,
      GError    **error)
{
  g_autofree char *rel = g_build_filename ("pb", name, NULL);
  g_autofree char *path = rs_test_data_path (rel);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return rs_pb_file_load (file, NULL, error);
}

static void
test_read_realistic (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPbFile) pb = load ("havbjerg-nord-2027.pb", &error);
  g_autofree guint *votes = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (pb->vote_type, ==, RS_PB_VOTE_APPROVAL);
  g_assert_cmpint (rs_pb_election_get_budget (pb->election), ==, 1000000);
  g_assert_cmpuint (rs_pb_election_get_n_projects (pb->election), ==, 14);
  g_assert_cmpuint (rs_pb_election_get_n_ballots (pb->election), ==, 120);
  g_assert_cmpstr (rs_pb_file_get_meta (pb, "currency"), ==, "DKK");
  /* Quoted names keep their ';' and doubled quotes. */
  g_assert_cmpstr (rs_pb_election_get_project (pb->election, 1)->name, ==, "Bike rack; school");
  g_assert_cmpstr (rs_pb_election_get_project (pb->election, 6)->name, ==, "\"Open library\" boxes");
  /* The votes column of PROJECTS agrees with the ballots. */
  votes = rs_pb_election_count_votes (pb->election);
  for (guint i = 0; i < pb->projects->len; i++)
    {
      GStrv row = g_ptr_array_index (pb->projects, i);
      g_assert_cmpuint (votes[i], ==, (guint) g_ascii_strtoull (row[2], NULL, 10));
    }
  g_assert_cmpuint (pb->warnings->len, ==, 0);
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPbFile) pb = load ("havbjerg-nord-2027.pb", &error);
  g_autofree char *text = rs_pb_file_to_string (pb);
  g_autoptr(RsPbFile) again = rs_pb_file_parse (text, strlen (text), "again.pb", &error);
  g_autofree char *text2 = NULL;

  g_assert_no_error (error);
  text2 = rs_pb_file_to_string (again);
  g_assert_cmpstr (text, ==, text2);
  for (RsPbRule rule = RS_PB_RULE_GREEDY; rule <= RS_PB_RULE_EQUAL_SHARES_ADD1; rule++)
    {
      g_autoptr(RsPbResult) a = rs_pb_count (pb->election, rule, 3);
      g_autoptr(RsPbResult) b = rs_pb_count (again->election, rule, 3);

      g_assert_cmpuint (a->funded->len, ==, b->funded->len);
      g_assert_cmpmem (a->funded->data, a->funded->len * sizeof (guint),
                       b->funded->data, b->funded->len * sizeof (guint));
    }

  /* Written from an election (what Rådslag exports), read back the same. */
  {
    g_autoptr(RsPbFile) out = rs_pb_file_new_from_election (pb->election, NULL, NULL);
    g_autofree char *t = rs_pb_file_to_string (out);
    g_autoptr(RsPbFile) in = rs_pb_file_parse (t, strlen (t), "export.pb", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (rs_pb_election_get_n_ballots (in->election), ==, 120);
    g_assert_cmpstr (rs_pb_election_get_project (in->election, 1)->name, ==, "Bike rack; school");
  }
}

static void
test_errors_name_line_and_column (void)
{
  struct { const char *file; const char *text; const char *message; } cases[] = {
    { "broken-unknown-project.pb", NULL,
      "broken-unknown-project.pb, line 12, column 3: Unknown project “7”." },
    { "broken-quote.pb", NULL, "broken-quote.pb, line 6, column 7: a quoted field is never closed." },
    { NULL, "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;abc\nVOTES\nvoter_id;vote\n",
      "x.pb, line 6, column 1: The cost “abc” is not a positive whole amount." },
    { NULL, "META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n",
      "x.pb, line 1, column 1: META has no budget." },
    { NULL, "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;5\n",
      "x.pb, line 7, column 1: The section VOTES is missing." },
    { NULL, "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\na;1\na;1\n",
      "x.pb, line 10, column 1: The voter id “a” is used twice." },
    { NULL, "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;5;7\nVOTES\nvoter_id;vote\n",
      "x.pb, line 6, column 1: Expected 2 fields as in the header row, found 3." },
    { NULL, "hello\n", "x.pb, line 1, column 1: Expected a section name (META, PROJECTS or VOTES)." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RsPbFile) pb = cases[i].file
        ? load (cases[i].file, &error)
        : rs_pb_file_parse (cases[i].text, strlen (cases[i].text), "x.pb", &error);

      g_assert_null (pb);
      g_assert_nonnull (error);
      g_assert_true (error->domain == RS_PB_FILE_ERROR);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_other_vote_types (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPbFile) pb = load ("cumulative.pb", &error);
  const char *text = "META\nkey;value\nbudget;10\nvote_type;choose-1\nPROJECTS\nproject_id;cost\n"
                     "a;5\nb;5\nVOTES\nvoter_id;vote\n1;a\n2;a,b\n";
  g_autoptr(RsPbFile) choose = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (pb->vote_type, ==, RS_PB_VOTE_CUMULATIVE);
  g_assert_cmpuint (rs_pb_election_get_n_ballots (pb->election), ==, 3);
  choose = rs_pb_file_parse (text, strlen (text), "c.pb", &error);
  g_assert_no_error (error);
  g_assert_cmpint (choose->vote_type, ==, RS_PB_VOTE_CHOOSE_1);
  /* A choose-1 ballot with two marks is counted and flagged. */
  g_assert_cmpuint (choose->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (choose->warnings, 0), "c.pb, line 12"));
}

static void
test_cli_count (void)
{
  g_autofree char *path = rs_test_data_path ("pb/equalshares-example-1.pb");
  g_autofree char *dir = g_dir_make_tmp ("raadslag-pb-XXXXXX", NULL);
  g_autofree char *out = NULL, *err = NULL, *json = NULL, *contents = NULL, *sha = NULL;
  g_autofree char *protocol = g_build_filename (dir, "protocol.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  gsize length;
  int rc;

  {
    const char *argv[] = { "pb", "count", "--pb", path, "--rule", "equalshares", NULL };
    rc = rs_test_run_cli (argv, &out, &err);
    g_assert_cmpint (rc, ==, 0);
    g_assert_cmpstr (out, ==, "bike\nplayground\nlibrary\n");
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "pb", "count", "--pb", path, "--rule", "greedy", "--tie-seed", "7",
                           "--out", dir, NULL };
    rc = rs_test_run_cli (argv, &out, &err);
    g_assert_cmpint (rc, ==, 0);
    g_assert_cmpstr (out, ==, "bike\ngym\n");
  }
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) contents, length);
  g_assert_true (json_parser_load_from_file (parser, protocol, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "rule"), ==, "greedy");
  g_assert_cmpstr (json_object_get_string_member (root, "seed"), ==, "7");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (root, "inputs"), 0),
                     "sha256"), ==, sha);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "tie_order")), ==, 5);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "funded")), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    g_autofree char *bad = rs_test_data_path ("pb/broken-unknown-project.pb");
    const char *argv[] = { "pb", "count", "--pb", bad, NULL };
    rc = rs_test_run_cli (argv, &out, &err);
    g_assert_cmpint (rc, ==, 1);
    g_assert_cmpstr (out, ==, "");
    g_assert_nonnull (strstr (err, "line 12, column 3"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "pb", "count", "--pb", path, "--rule", "borda", NULL };
    rc = rs_test_run_cli (argv, &out, &err);
    g_assert_cmpint (rc, ==, 2);
  }
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pb/file/read-realistic", test_read_realistic);
  g_test_add_func ("/pb/file/round-trip", test_round_trip);
  g_test_add_func ("/pb/file/errors", test_errors_name_line_and_column);
  g_test_add_func ("/pb/file/other-vote-types", test_other_vote_types);
  g_test_add_func ("/pb/file/cli-count", test_cli_count);
  return g_test_run ();
}
