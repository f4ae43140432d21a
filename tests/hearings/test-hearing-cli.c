/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "rs-hearings-test-common.h"

static void
test_create_import_list (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autofree char *path = g_strdup (rs_database_get_path (db));
  g_autofree char *txt = rs_test_data_path ("hearings/response.txt");
  g_autofree char *eml = rs_test_data_path ("hearings/response-with-attachment.eml");
  g_autofree char *csv = rs_test_data_path ("hearings/responses-da.csv");
  g_autofree char *broken = rs_test_data_path ("hearings/broken-date.csv");
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *process_id = NULL;
  g_autofree char *round_id = NULL;
  JsonArray *array;
  int rc;

  g_clear_object (&db);
  {
    const char *argv[] = { "sample", "--db", path, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    process_id = g_strstrip (g_steal_pointer (&out));
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "create", "--db", path, "--process", process_id, "--title",
                           "Anden høring", "--start", "2026-09-11", "--deadline", "2026-09-15", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    round_id = g_strstrip (g_steal_pointer (&out));
    g_assert_cmpint (g_ascii_strtoll (round_id, NULL, 10), >, 1);
    /* Five days is short: a warning, not a refusal. */
    g_assert_nonnull (strstr (err, "5 days"));
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "create", "--db", path, "--process", process_id, "--title",
                           "X", "--start", "2026-09-31", "--deadline", "2026-10-15", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "2026-09-31"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    /* All or nothing: the broken CSV stops the whole import. */
    const char *argv[] = { "hearing", "import", "--db", path, "--round", round_id, txt, broken, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "broken-date.csv, line 3, column 3"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "import", "--db", path, "--round", round_id, txt, eml, csv, NULL };
    rc = rs_test_run_cli (argv, &out, &err);
    g_assert_cmpstr (err, ==, "");
    g_assert_cmpint (rc, ==, 0);
    g_assert_nonnull (strstr (out, "5"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "responses", "--db", path, "--round", round_id, "--json", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
  }
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 5);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      const char *sender = json_object_get_string_member (o, "sender");

      g_assert_true (json_object_has_member (o, "id"));
      g_assert_true (json_object_has_member (o, "channel"));
      g_assert_true (json_object_has_member (o, "text"));
      if (g_str_equal (sender, "Grethe Sørensen"))
        {
          g_assert_cmpstr (json_object_get_string_member (o, "party_type"), ==, "private");
          g_assert_cmpstr (json_object_get_string_member (o, "received"), ==, "2026-09-21");
          g_assert_true (json_object_get_boolean_member (o, "late"));
        }
      if (g_str_equal (sender, "Havbjerg Idrætssamvirke"))
        g_assert_cmpstr (json_object_get_string_member (o, "party_type"), ==, "organisation");
    }
  rs_test_remove_dir (dir);
}

static void
test_whitebook_order_and_map (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autofree char *path = g_strdup (rs_database_get_path (db));
  g_autofree char *html = g_build_filename (dir, "hvidbog.html", NULL);
  g_autofree char *csv = g_build_filename (dir, "andet-format.csv", NULL);
  g_autofree char *out = NULL, *err = NULL, *contents = NULL;
  g_autofree char *process_id = NULL;
  g_autofree char *round_id = NULL;
  const char *theme_pos, *first, *second;

  g_clear_object (&db);
  {
    const char *argv[] = { "sample", "--db", path, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    process_id = g_strstrip (g_steal_pointer (&out));
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "create", "--db", path, "--process", process_id, "--title",
                           "Tredje høring", "--start", "2026-10-01", "--deadline", "2026-10-31", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    round_id = g_strstrip (g_steal_pointer (&out));
    g_clear_pointer (&err, g_free);
  }
  g_assert_true (g_file_set_contents (csv,
                                      "Hvem;Slags;Hvornår;Indlæg\n"
                                      "Ida Holm;privat;2026-10-05;Andet svar om cykelstier\n"
                                      "Havbjerg Skakklub;forening;2026-10-02;Første svar om lokaler\n", -1, NULL));
  {
    /* A mapping naming a missing column is refused; nothing is stored. */
    const char *argv[] = { "hearing", "import", "--db", path, "--round", round_id,
                           "--map", "sender=Hvem,text=Tekst", csv, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "no column “Tekst”"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "import", "--db", path, "--round", round_id,
                           "--map", "sender=Hvem,type=Slags,received=3,text=Indlæg", csv, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "2"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "export", "whitebook", "--db", path, "--round", round_id, "--format", "html",
                           "--out", html, "--order", "sideways", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "--order theme or response"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "export", "whitebook", "--db", path, "--round", round_id, "--format", "html",
                           "--out", html, "--order", "response", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  g_assert_true (g_file_get_contents (html, &contents, NULL, NULL));
  theme_pos = strstr (contents, "Responses in the order received");
  g_assert_nonnull (theme_pos);
  /* In the order received, and the private citizen is not named. */
  first = strstr (contents, "Første svar om lokaler");
  second = strstr (contents, "Andet svar om cykelstier");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_true (theme_pos < first && first < second);
  g_assert_nonnull (strstr (contents, "Havbjerg Skakklub"));
  g_assert_null (strstr (contents, "Ida Holm"));
  g_assert_nonnull (strstr (contents, "Private citizen 1"));
  rs_test_remove_dir (dir);
}

/* --received, review flags, duplicates, and editing, deleting and restoring
 * one response. */
static void
test_received_review_edit (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autofree char *path = g_strdup (rs_database_get_path (db));
  g_autofree char *letter = rs_test_data_path ("intake/brev-uden-dato.txt");
  g_autofree char *nofrom = rs_test_data_path ("mail/missing-from.eml");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *process_id = NULL;
  g_autofree char *round_id = NULL;
  g_autofree char *id = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *array;

  g_clear_object (&db);
  {
    const char *argv[] = { "sample", "--db", path, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    process_id = g_strstrip (g_steal_pointer (&out));
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "create", "--db", path, "--process", process_id, "--title",
                           "Brevhøring", "--start", "2026-09-11", "--deadline", "2026-09-30", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    round_id = g_strstrip (g_steal_pointer (&out));
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "import", "--db", path, "--round", round_id, "--received",
                           "2026-13-01", letter, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "YYYY-MM-DD"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    /* A date as the town hall writes it; stored as 2026-09-29. */
    const char *argv[] = { "hearing", "import", "--db", path, "--round", round_id, "--received",
                           "29/9-2026", letter, nofrom, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_cmpstr (err, ==, "");
    g_assert_nonnull (strstr (out, "Imported 2 responses."));
    g_assert_nonnull (strstr (out, "2 responses need review"));
    g_assert_nonnull (strstr (out, "missing-from.eml: imported as response"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    /* The same files again: skipped with a note. */
    const char *argv[] = { "hearing", "import", "--db", path, "--round", round_id, letter, nofrom, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Imported 0 responses."));
    g_assert_nonnull (strstr (out, "Skipped 2 responses"));
    g_assert_nonnull (strstr (out, "brev-uden-dato.txt: the same response is already in this round"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "responses", "--db", path, "--round", round_id, "--review", "--json", NULL };
    JsonObject *o;
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
    array = json_node_get_array (json_parser_get_root (parser));
    g_assert_cmpuint (json_array_get_length (array), ==, 2);
    o = json_array_get_object_element (array, 0);
    if (!g_str_equal (json_object_get_string_member (o, "channel"), "letter"))
      o = json_array_get_object_element (array, 1);
    g_assert_cmpstr (json_object_get_string_member (o, "received"), ==, "2026-09-29");
    g_assert_true (json_object_get_boolean_member (o, "needs_review"));
    g_assert_nonnull (strstr (json_object_get_string_member (o, "review_reason"), "signature"));
    id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (o, "id"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "response", "edit", "--db", path, "--id", id, "--sender", "Lars Toft",
                           "--kind", "private", "--received", "2026-10-01", "--channel", "letter",
                           "--reviewed", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "responses", "--db", path, "--round", round_id, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "2026-10-01\tprivate\tLars Toft\tlate\t"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "response", "edit", "--db", path, "--id", id, "--kind", "forening", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "forening"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "response", "delete", "--db", path, "--id", id, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "hearing response restore --id"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "responses", "--db", path, "--round", round_id, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_null (strstr (out, "Lars Toft"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "response", "restore", "--db", path, "--id", id, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "hearing", "responses", "--db", path, "--round", round_id, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Lars Toft"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hearings/cli/create-import-list", test_create_import_list);
  g_test_add_func ("/hearings/cli/whitebook-order-and-map", test_whitebook_order_and_map);
  g_test_add_func ("/hearings/cli/received-review-edit", test_received_review_edit);
  return g_test_run ();
}
