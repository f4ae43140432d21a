/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "rs-json-schema.h"
#include "rs-test-utils.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 process_id;
  RsDatabase *db = rs_test_open_sample_database (&f->dir, &process_id);

  g_assert_cmpint (process_id, ==, 1);
  f->db = g_strdup (rs_database_get_path (db));
  g_object_unref (db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static JsonNode *
recommendations_json (Fixture *f)
{
  const char *argv[] = { "recommendations", "--db", f->db, "--process", "1", "--json", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_recommendations_json (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(JsonNode) json = recommendations_json (f);
  g_autoptr(JsonParser) schema = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *recs;

  json_parser_load_from_file (schema, SCHEMA_PATH, &error);
  g_assert_no_error (error);
  g_assert_true (rs_json_schema_validate (json_parser_get_root (schema), json, &error));
  g_assert_no_error (error);
  recs = json_object_get_array_member (json_node_get_object (json), "recommendations");
  g_assert_cmpuint (json_array_get_length (recs), ==, 12);
}

static void
test_export_formats (Fixture       *f,
                     gconstpointer  data)
{
  const char *formats[] = { "pdf", "odt", "html", "csv", "json" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *out_path = g_strdup_printf ("%s/package.%s", f->dir, formats[i]);
      const char *argv[] = { "export", "council", "--db", f->db, "--process", "1", "--format",
                             formats[i], "--out", out_path, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *contents = NULL;
      gsize size = 0;

      g_test_message ("format %s: %s", formats[i], err ? err : "");
      g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
      g_assert_true (g_file_get_contents (out_path, &contents, &size, NULL));
      g_assert_cmpuint (size, >, 1000);
    }
  {
    g_autofree char *out_path = g_strdup_printf ("%s/feedback.html", f->dir);
    const char *argv[] = { "export", "feedback", "--db", f->db, "--process", "1", "--format",
                           "html", "--out", out_path, "--language", "en", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autofree char *contents = NULL;

    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_true (g_file_get_contents (out_path, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "You said, we did"));
  }
}

static void
test_decision_set (Fixture       *f,
                   gconstpointer  data)
{
  const char *argv[] = { "decision", "set", "--db", f->db, "--recommendation", "3", "--outcome",
                         "adopted-with-changes", "--justification", "Halv udrulning i 2027.",
                         "--budget-line", "50.30.42", "--amount", "2400000", "--decided-on",
                         "2026-10-09", "--implementation", "in-progress", NULL };
  const char *bad_outcome[] = { "decision", "set", "--db", f->db, "--recommendation", "3",
                                "--outcome", "approved", NULL };
  const char *bad_amount[] = { "decision", "set", "--db", f->db, "--recommendation", "3",
                               "--outcome", "adopted", "--amount", "2,4 mio.", NULL };
  const char *missing[] = { "decision", "set", "--db", f->db, "--recommendation", "999",
                            "--outcome", "adopted", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonNode) json = NULL;
  JsonArray *recs;
  gboolean found = FALSE;

  g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
  json = recommendations_json (f);
  recs = json_object_get_array_member (json_node_get_object (json), "recommendations");
  for (guint i = 0; i < json_array_get_length (recs); i++)
    {
      JsonObject *rec = json_array_get_object_element (recs, i);
      JsonObject *decision;
      if (!g_str_equal (json_object_get_string_member (rec, "id"), "recommendation-3"))
        continue;
      found = TRUE;
      g_assert_cmpstr (json_object_get_string_member (rec, "status"), ==, "answered");
      decision = json_object_get_object_member (rec, "decision");
      g_assert_cmpstr (json_object_get_string_member (decision, "outcome"), ==, "adopted-with-changes");
      g_assert_cmpstr (json_object_get_string_member (decision, "budget_line"), ==, "50.30.42");
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (decision, "amount"), 2400000, 0.01);
    }
  g_assert_true (found);

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (rs_test_run_cli (bad_outcome, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--outcome"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (rs_test_run_cli (bad_amount, NULL, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--amount"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (rs_test_run_cli (missing, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "999"));
}

static void
test_merge_split (Fixture       *f,
                  gconstpointer  data)
{
  const char *merge[] = { "recommendation", "merge", "--db", f->db, "--ids", "1,2", "--title",
                          "Ældreliv i bydelene", NULL };
  const char *split[] = { "recommendation", "split", "--db", f->db, "--recommendation", "4",
                          "--title", "To voksne om morgenen", "--title", "Vikarpulje", NULL };
  const char *list[] = { "recommendations", "--db", f->db, "--process", "1", "--all", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (rs_test_run_cli (merge, &out, &err), ==, 0);
  g_assert_cmpstr (g_strstrip (out), ==, "13");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (rs_test_run_cli (split, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "14\n15\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (rs_test_run_cli (list, &out, &err), ==, 0);
  lines = g_strsplit (g_strstrip (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 15);
  g_assert_nonnull (strstr (out, "superseded"));
}

static void
test_danish_cli (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *out_path = g_strdup_printf ("%s/indstilling.html", f->dir);
  const char *argv[] = { "export", "council", "--db", f->db, "--process", "1", "--format", "html",
                         "--out", out_path, NULL };
  g_autofree char *html = NULL;

  /* The test environment points RAADSLAG_LOCALEDIR at the build's catalogues. */
  g_setenv ("LANGUAGE", "da", TRUE);
  g_assert_cmpint (rs_test_run_cli (argv, NULL, NULL), ==, 0);
  g_unsetenv ("LANGUAGE");
  g_assert_true (g_file_get_contents (out_path, &html, NULL, NULL));
  for (const char * const *h = (const char * const[]) { "Indstilling", "Resumé", "Sagsfremstilling",
         "Økonomi", "Beslutningskompetence", "Bilag", NULL }; *h; h++)
    g_assert_nonnull (strstr (html, *h));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/council/cli/recommendations-json", test_recommendations_json);
  ADD ("/council/cli/export-formats", test_export_formats);
  ADD ("/council/cli/decision-set", test_decision_set);
  ADD ("/council/cli/merge-split", test_merge_split);
  ADD ("/council/cli/danish", test_danish_cli);
#undef ADD
  return g_test_run ();
}
