/* SPDX-License-Identifier: MPL-2.0 */
/* One identity for a person: pseudonym, its number or the source id, the
 * same everywhere (typed at the door, CSV files, registration), and
 * attendance that never counts a non-member silently. */

#include "config.h"

#include <string.h>

#include "rs-attendance.h"
#include "rs-person-ref.h"
#include "rs-pool-store.h"
#include "rs-session-plan.h"
#include "rs-session-store.h"
#include "rs-table-groups.h"
#include "rs-test-utils.h"

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      process_id;
  gint64      panel_id;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  g_assert_nonnull (f->db);
  f->panel_id = rs_test_query_int (f->db, "SELECT id FROM panel WHERE process_id = ? ORDER BY id LIMIT 1",
                          f->process_id);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
resolve (Fixture         *f,
         const char      *text,
         RsPersonRefKind  kind,
         GError         **error)
{
  g_autoptr(RsPersonRef) ref = rs_person_ref_resolve (f->db, f->process_id, f->panel_id, text, kind, error);
  return ref ? ref->person_id : 0;
}

static void
test_resolve (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 p2 = rs_test_query_int (f->db, "SELECT id FROM person WHERE panel_id = ? AND pseudonym = 'P-0002'", f->panel_id);
  const char *same[] = { "P-0002", "p-0002", " P-0002 ", "P2", "p 2", "2", "0002", "HB10007", "hb10007" };
  g_autoptr(RsPersonData) data_new = rs_person_data_new ();
  gint64 other;

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_assert_cmpint (resolve (f, same[i], RS_PERSON_REF_ANY, &error), ==, p2);
      g_assert_no_error (error);
    }
  g_assert_cmpint (resolve (f, "2", RS_PERSON_REF_PSEUDONYM, &error), ==, p2);
  g_assert_cmpint (resolve (f, "HB10007", RS_PERSON_REF_SOURCE_ID, &error), ==, p2);
  g_assert_no_error (error);

  /* A source id is not a pseudonym, and the other way round. */
  g_assert_cmpint (resolve (f, "HB10007", RS_PERSON_REF_PSEUDONYM, &error), ==, 0);
  g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (resolve (f, "P-0002", RS_PERSON_REF_SOURCE_ID, &error), ==, 0);
  g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "source id “P-0002”"));
  g_clear_error (&error);

  /* Errors say which kind of reference failed. */
  g_assert_cmpint (resolve (f, "P-9999", RS_PERSON_REF_ANY, &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "There is no P-9999 in this pool.");
  g_clear_error (&error);
  g_assert_cmpint (resolve (f, "X-77-Q", RS_PERSON_REF_ANY, &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "There is no person with source id “X-77-Q” in this pool.");
  g_clear_error (&error);
  g_assert_cmpint (resolve (f, "HB99999", RS_PERSON_REF_ANY, &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "There is no person with source id “HB99999” in this pool.");
  g_clear_error (&error);
  g_assert_cmpint (resolve (f, "9999", RS_PERSON_REF_ANY, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "P-9999"));
  g_assert_nonnull (strstr (error->message, "source id “9999”"));
  g_clear_error (&error);
  g_assert_cmpint (resolve (f, "  ", RS_PERSON_REF_ANY, &error), ==, 0);
  g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_EMPTY);
  g_clear_error (&error);

  /* A bare number that is one person's number and another's source id is
   * refused; the pseudonym or an explicit kind decides. */
  data_new->external_id = g_strdup ("2");
  other = rs_pool_store_add (f->db, f->panel_id, data_new, &error);
  g_assert_no_error (error);
  g_assert_cmpint (resolve (f, "2", RS_PERSON_REF_ANY, &error), ==, 0);
  g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_AMBIGUOUS);
  g_assert_nonnull (strstr (error->message, "P-0002"));
  g_clear_error (&error);
  g_assert_cmpint (resolve (f, "2", RS_PERSON_REF_SOURCE_ID, &error), ==, other);
  g_assert_cmpint (resolve (f, "2", RS_PERSON_REF_PSEUDONYM, &error), ==, p2);
  g_assert_cmpint (resolve (f, "P-0002", RS_PERSON_REF_ANY, &error), ==, p2);
  g_assert_no_error (error);

  /* Internal database ids are not identities: the pseudonym is. */
  {
    RsPersonRefKind kind = RS_PERSON_REF_ANY;
    g_assert_true (rs_person_ref_kind_from_header ("Pseudonym", &kind));
    g_assert_cmpint (kind, ==, RS_PERSON_REF_PSEUDONYM);
    g_assert_true (rs_person_ref_kind_from_header ("Kilde-id", &kind));
    g_assert_cmpint (kind, ==, RS_PERSON_REF_SOURCE_ID);
    g_assert_true (rs_person_ref_kind_from_header ("person_id", &kind));
    g_assert_cmpint (kind, ==, RS_PERSON_REF_ANY);
    g_assert_false (rs_person_ref_kind_from_header ("P-0001", &kind));
  }
}

static int
count (RsDatabase *db,
       const char *sql,
       gint64      arg)
{
  return (int) rs_test_query_int (db, sql, arg);
}

static gint64
new_meeting (Fixture *f,
             gboolean skip_members)
{
  RsSessionPlan plan = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  plan.process_id = f->process_id;
  plan.panel_id = f->panel_id;
  plan.title = g_strdup ("Ekstra møde");
  plan.kind = g_strdup ("panel-meeting");
  plan.date = g_strdup ("2026-11-02");
  plan.start = g_strdup ("17:00");
  plan.skip_members = skip_members;
  ids = rs_session_plan_save (f->db, &plan, &error);
  rs_session_plan_clear (&plan);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  return g_array_index (ids, gint64, 0);
}

static void
test_meeting_members (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 session = new_meeting (f, FALSE);
  gint64 outsider = rs_test_query_int (f->db, "SELECT id FROM person WHERE panel_id = ? AND status = 'registered' "
                              "ORDER BY id LIMIT 1", f->panel_id);
  g_autofree char *outsider_pseudonym = NULL;
  gint64 chair = rs_test_query_int (f->db, "SELECT id FROM person WHERE panel_id = ? AND role = 'chair'", f->panel_id);
  gint64 found;

  /* The members (selected or confirmed) and the chair, nobody else. */
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM registration WHERE session_id = ?", session), ==,
                   count (f->db, "SELECT count(*) FROM person WHERE panel_id = ? AND (role = 'chair' "
                          "OR status IN ('selected', 'confirmed'))", f->panel_id));
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM registration WHERE session_id = ?", session), ==, 100);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM registration r JOIN person p ON p.id = r.person_id "
                          "WHERE r.session_id = ? AND p.status = 'dropped-out'", session), ==, 0);
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL, "SELECT 1 FROM registration WHERE "
                                                      "session_id = ? AND person_id = ?", "ii", session, chair);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  }
  /* Without the choice, nobody is registered. */
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM registration WHERE session_id = ?",
                          new_meeting (f, TRUE)), ==, 0);

  /* At the door: a member by number, a non-member is refused by name. */
  found = rs_attendance_find_person (f->db, session, "2", &error);
  g_assert_no_error (error);
  g_assert_true (rs_attendance_set (f->db, session, found, TRUE, FALSE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL, "SELECT pseudonym FROM person WHERE id = ?",
                                                      "i", outsider);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    outsider_pseudonym = g_strdup ((const char *) rs_statement_column_text (stmt, 0));
  }
  found = rs_attendance_find_person (f->db, session, outsider_pseudonym, &error);
  g_assert_cmpint (found, ==, outsider);
  g_assert_false (rs_attendance_set (f->db, session, outsider, TRUE, FALSE, &error));
  g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_REGISTERED);
  {
    g_autofree char *expected = g_strdup_printf ("%s is not registered for this meeting.", outsider_pseudonym);
    g_assert_cmpstr (error->message, ==, expected);
  }
  g_clear_error (&error);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM registration WHERE session_id = ? AND attended = 1",
                          session), ==, 1);
  /* Pinning someone who is not registered says so by pseudonym. */
  g_assert_false (rs_table_groups_pin (f->db, session, outsider, 2, &error));
  g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_REGISTERED);
  g_clear_error (&error);
  /* On an explicit choice the walk-in is registered and counted. */
  g_assert_true (rs_attendance_set (f->db, session, outsider, TRUE, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM registration WHERE session_id = ? AND attended = 1",
                          session), ==, 2);
}

static void
test_several_panels (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPersonData) person = rs_person_data_new ();
  gint64 lab_session = rs_test_query_int (f->db, "SELECT id FROM session WHERE process_id = ? AND lab_id IS NOT NULL "
                                 "ORDER BY id LIMIT 1", f->process_id);
  gint64 other_lab = rs_test_query_int (f->db, "SELECT id FROM session WHERE process_id = ? AND lab_id IS NOT NULL "
                               "ORDER BY id DESC LIMIT 1", f->process_id);
  gint64 ours = rs_test_query_int (f->db, "SELECT id FROM person WHERE panel_id = ? AND pseudonym = 'P-0001'", f->panel_id);
  gint64 panel2, theirs;

  g_assert_cmpint (lab_session, !=, other_lab);
  g_assert_true (rs_database_run (f->db, &error, "INSERT INTO panel (process_id, name, size) "
                                  "VALUES (?, 'Ungepanelet', 12)", "i", f->process_id));
  panel2 = rs_database_last_insert_id (f->db);
  theirs = rs_pool_store_add (f->db, panel2, person, &error);
  g_assert_no_error (error);
  g_assert_cmpint (theirs, !=, ours);
  g_assert_true (rs_database_run (f->db, &error, "DELETE FROM registration WHERE person_id IN (?, ?)",
                                  "ii", ours, theirs));

  /* A lab meeting looks in every panel of the process: two P-0001s. */
  g_assert_cmpint (rs_attendance_find_person (f->db, lab_session, "P-0001", &error), ==, 0);
  g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_AMBIGUOUS);
  g_clear_error (&error);
  /* The one registered for the meeting is meant. */
  g_assert_true (rs_session_store_register (f->db, lab_session, theirs, NULL, &error));
  g_assert_cmpint (rs_attendance_find_person (f->db, lab_session, "P-0001", &error), ==, theirs);
  g_assert_no_error (error);
  g_assert_cmpint (rs_attendance_find_person (f->db, other_lab, "1", &error), ==, 0);
  g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_AMBIGUOUS);
  g_clear_error (&error);
  /* Erasure on request names no process: the whole file is searched, and
   * two panels' P-0001 need the panel to tell them apart. */
  {
    g_autoptr(RsPersonRef) anywhere = rs_person_ref_resolve (f->db, 0, 0, "P-0001", RS_PERSON_REF_ANY, &error);
    g_autoptr(RsPersonRef) in_panel2 = NULL;

    g_assert_null (anywhere);
    g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_AMBIGUOUS);
    g_clear_error (&error);
    in_panel2 = rs_person_ref_resolve (f->db, 0, panel2, "P-0001", RS_PERSON_REF_ANY, &error);
    g_assert_no_error (error);
    g_assert_cmpint (in_panel2->person_id, ==, theirs);
    g_assert_null (rs_person_ref_resolve (f->db, 0, 0, "P-9999", RS_PERSON_REF_ANY, &error));
    g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  /* A panel's meeting looks in its own pool only. */
  {
    gint64 council = rs_test_query_int (f->db, "SELECT id FROM session WHERE panel_id = ? ORDER BY id LIMIT 1", f->panel_id);
    g_assert_cmpint (rs_attendance_find_person (f->db, council, "P-0001", &error), ==, ours);
    g_assert_no_error (error);
  }
}

static void
test_csv_files (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cp1252 = rs_test_data_path ("sessions/attendance-cp1252.csv");
  g_autofree char *pseudonyms = rs_test_data_path ("sessions/registration-pseudonyms.csv");
  g_autofree char *unknown = rs_test_data_path ("sessions/attendance-unknown.csv");
  gint64 session = new_meeting (f, FALSE);
  gint64 empty = new_meeting (f, TRUE);
  guint n = 0;

  /* A municipality's export: ';', Windows-1252, source ids, a quoted field
   * with the separator and a line break. */
  g_assert_true (rs_attendance_import_csv (f->db, session, cp1252, FALSE, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM registration r JOIN person p ON p.id = r.person_id "
                          "WHERE r.session_id = ? AND r.attended = 1 AND p.external_id IN ('HB10014', 'HB10021')",
                          session), ==, 2);

  /* Attendance at a meeting nobody registered for is refused with the
   * file, line and pseudonym, and nothing is stored. */
  g_assert_false (rs_attendance_import_csv (f->db, empty, pseudonyms, FALSE, &n, &error));
  g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_REGISTERED);
  g_assert_nonnull (strstr (error->message, "line 2"));
  g_assert_nonnull (strstr (error->message, "P-0003 is not registered for this meeting"));
  g_clear_error (&error);
  g_assert_cmpint (count (f->db, "SELECT count(*) FROM registration WHERE session_id = ?", empty), ==, 0);

  /* A registration file by pseudonym, then the attendance. */
  g_assert_true (rs_registration_import_csv (f->db, empty, pseudonyms, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (rs_attendance_import_csv (f->db, empty, pseudonyms, FALSE, &n, &error));
  g_assert_cmpuint (n, ==, 2);

  /* An unknown person: which line, what was looked for. */
  g_assert_false (rs_attendance_import_csv (f->db, session, unknown, FALSE, &n, &error));
  g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "line 4, column 1"));
  g_assert_nonnull (strstr (error->message, "P-987654"));
  g_assert_null (strstr (error->message, "not a person id"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/person-identity/resolve", Fixture, NULL, fixture_setup, test_resolve, fixture_teardown);
  g_test_add ("/person-identity/meeting-members", Fixture, NULL, fixture_setup, test_meeting_members,
              fixture_teardown);
  g_test_add ("/person-identity/several-panels", Fixture, NULL, fixture_setup, test_several_panels,
              fixture_teardown);
  g_test_add ("/person-identity/csv-files", Fixture, NULL, fixture_setup, test_csv_files, fixture_teardown);
  return g_test_run ();
}
