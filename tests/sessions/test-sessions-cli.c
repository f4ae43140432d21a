/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "rs-test-utils.h"

/* raadslag-cli sessions | labs | session attendance | session show |
 * export lab, end to end on the sample database. */

typedef struct
{
  char   *dir;
  char   *db_path;
  gint64  process_id;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&f->dir, &f->process_id);

  f->db_path = g_strdup (rs_database_get_path (db));
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
}

static JsonNode *
run_json (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
  node = json_from_string (out, &error);
  g_assert_no_error (error);
  return node;
}

static int
count_attended (Fixture *f,
                gint64   session)
{
  g_autoptr(RsDatabase) db = rs_database_open (f->db_path, NULL);
  g_autoptr(RsStatement) stmt = rs_database_query (db, NULL,
                                                    "SELECT count(*) FROM registration WHERE session_id = ? "
                                                    "AND attended = 1", "i", session);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int (stmt, 0);
}

static void
test_cli (Fixture      *f,
          gconstpointer data)
{
  g_autofree char *process = g_strdup_printf ("%" G_GINT64_FORMAT, f->process_id);
  g_autoptr(JsonNode) sessions = NULL;
  g_autoptr(JsonNode) labs = NULL;
  g_autoptr(JsonNode) show = NULL;
  g_autofree char *session_id = NULL;
  g_autofree char *lab_id = NULL;
  g_autofree char *csv_bad = rs_test_data_path ("sessions/attendance-unknown.csv");
  g_autofree char *csv_ok = rs_test_data_path ("sessions/attendance-ok.csv");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  gint64 council_session = 0;
  JsonArray *array;
  JsonObject *attendance;
  int before;

  {
    const char *argv[] = { "sessions", "--db", f->db_path, "--process", process, "--json", NULL };
    sessions = run_json (argv);
  }
  array = json_node_get_array (sessions);
  g_assert_cmpuint (json_array_get_length (array), ==, 5);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *s = json_array_get_object_element (array, i);
      g_assert_cmpint (json_object_get_int_member (s, "id"), >, 0);
      if (council_session == 0 && !json_object_get_null_member (s, "panel_id"))
        {
          council_session = json_object_get_int_member (s, "id");
          g_assert_cmpint (json_object_get_int_member (s, "attended"), >, 80);
        }
    }
  g_assert_cmpint (council_session, >, 0);
  session_id = g_strdup_printf ("%" G_GINT64_FORMAT, council_session);

  {
    const char *argv[] = { "labs", "--db", f->db_path, "--process", process, "--json", NULL };
    labs = run_json (argv);
  }
  array = json_node_get_array (labs);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  {
    JsonObject *lab = json_array_get_object_element (array, 0);
    JsonObject *checklist = json_object_get_object_member (lab, "checklist");
    g_assert_cmpint (json_object_get_int_member (checklist, "total"), ==, 13);
    g_assert_cmpint (json_object_get_int_member (checklist, "met"), <=, 13);
    g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (lab, "funding"),
                                                      "amount"), >, 0);
    lab_id = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (lab, "id"));
  }

  {
    const char *argv[] = { "session", "show", "--db", f->db_path, "--session", session_id, "--json", NULL };
    show = run_json (argv);
  }
  attendance = json_object_get_object_member (json_node_get_object (show), "attendance");
  g_assert_cmpint (json_object_get_int_member (attendance, "present"), ==, count_attended (f, council_session));
  array = json_object_get_array_member (attendance, "per_category");
  g_assert_cmpuint (json_array_get_length (array), >, 5);
  {
    JsonObject *first = json_array_get_object_element (array, 0);
    double share = json_object_get_double_member (first, "share");
    g_assert_cmpfloat_with_epsilon (share, (double) json_object_get_int_member (first, "present")
                                    / json_object_get_int_member (first, "registered"), 1e-9);
  }
  array = json_object_get_array_member (json_node_get_object (show), "registrations");
  g_assert_cmpuint (json_array_get_length (array), >=, 95);
  /* Pseudonyms only. */
  g_assert_false (json_object_has_member (json_array_get_object_element (array, 0), "name"));

  /* The panel's evaluation figures. */
  {
    g_autoptr(RsDatabase) db = rs_database_open (f->db_path, NULL);
    g_autoptr(RsStatement) stmt = rs_database_query (db, NULL, "SELECT panel_id FROM session WHERE id = ?",
                                                      "i", council_session);
    g_autofree char *panel = NULL;
    g_autoptr(JsonNode) eval = NULL;
    JsonObject *o;

    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    panel = g_strdup_printf ("%lld", (long long) rs_statement_column_int64 (stmt, 0));
    {
      const char *argv[] = { "evaluation", "--db", f->db_path, "--panel", panel, "--json", NULL };
      eval = run_json (argv);
    }
    o = json_node_get_object (eval);
    g_assert_cmpint (json_object_get_int_member (o, "sessions"), ==, 3);
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "contact_hours"), 17.0, 1e-6);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "per_category")), >, 5);
    {
      const char *argv[] = { "evaluation", "--db", f->db_path, "--panel", panel, "--lab", "1", NULL };
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 2);
    }
  }

  /* An unknown person id: an error naming the row, and nothing stored. */
  {
    g_autoptr(RsDatabase) db = rs_database_open (f->db_path, NULL);
    g_assert_true (rs_database_run (db, NULL, "UPDATE registration SET attended = 0 WHERE session_id = ?",
                                    "i", council_session));
  }
  before = count_attended (f, council_session);
  g_assert_cmpint (before, ==, 0);
  {
    const char *argv[] = { "session", "attendance", "--db", f->db_path, "--session", session_id, csv_bad, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
  }
  g_assert_nonnull (strstr (err, "line 4"));
  g_assert_nonnull (strstr (err, "987654"));
  g_assert_null (strstr (err, "not a person id"));
  g_assert_cmpint (count_attended (f, council_session), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "session", "attendance", "--db", f->db_path, "--session", session_id, csv_ok, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
  }
  g_assert_cmpint (count_attended (f, council_session), ==, 3);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Typed on the command line: pseudonym, number or source id. P-0500 is in
   * the pool but not registered: refused by name, counted only on choice. */
  {
    const char *argv[] = { "session", "attend", "--db", f->db_path, "--session", session_id,
                           "P-0004", "5", "HB10042", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
  }
  g_assert_cmpint (count_attended (f, council_session), ==, 6);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "session", "attend", "--db", f->db_path, "--session", session_id, "P-0500", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "P-0500 is not registered for this meeting"));
  }
  g_assert_cmpint (count_attended (f, council_session), ==, 6);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "session", "attend", "--db", f->db_path, "--session", session_id, "P-0500",
                           "--register", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
  }
  g_assert_cmpint (count_attended (f, council_session), ==, 7);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "session", "register", "--db", f->db_path, "--session", session_id, "P-0499", "498", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "2"));
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "session", "register", "--db", f->db_path, "--session", session_id, "XZ-77", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "source id “XZ-77”"));
  }

  /* Lab summary: HTML and PDF, aggregates with small cells suppressed. */
  {
    g_autofree char *html_path = g_build_filename (f->dir, "lab.html", NULL);
    g_autofree char *pdf_path = g_build_filename (f->dir, "lab.pdf", NULL);
    g_autofree char *html = NULL;
    g_autofree char *pdf = NULL;
    gsize len = 0;
    const char *argv_html[] = { "export", "lab", "--db", f->db_path, "--lab", lab_id, "--format", "html",
                                "--out", html_path, NULL };
    const char *argv_pdf[] = { "export", "lab", "--db", f->db_path, "--lab", lab_id, "--format", "pdf",
                               "--out", pdf_path, NULL };
    const char *argv_bad[] = { "export", "lab", "--db", f->db_path, "--lab", lab_id, "--format", "doc",
                               "--out", pdf_path, NULL };

    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (rs_test_run_cli (argv_html, &out, &err), ==, 0);
    g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
    g_assert_nonnull (strstr (html, "Fremtidens ældreliv"));
    g_assert_nonnull (strstr (html, "&lt; 5"));
    g_assert_null (strstr (html, "P-00"));     /* no pseudonyms ("P-0001"), let alone names */
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (rs_test_run_cli (argv_pdf, &out, &err), ==, 0);
    g_assert_true (g_file_get_contents (pdf_path, &pdf, &len, NULL));
    g_assert_cmpuint (len, >, 1000);
    g_assert_true (g_str_has_prefix (pdf, "%PDF"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (rs_test_run_cli (argv_bad, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "--format"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sessions-cli/end-to-end", Fixture, NULL, fixture_setup, test_cli, fixture_teardown);
  return g_test_run ();
}
