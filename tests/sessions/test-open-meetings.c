/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-district-summary.h"
#include "rs-engagement-targets.h"
#include "rs-erasure.h"
#include "rs-letters.h"
#include "rs-open-meeting-import.h"
#include "rs-open-meeting-store.h"
#include "rs-open-representation.h"
#include "rs-population.h"
#include "rs-session-store.h"
#include "rs-test-utils.h"

/* Open meetings with public registration: the registration form's import
 * (odd rows, broken files, importing again), duplicates within and across
 * meetings, the waiting list, representativeness, engagement targets and
 * erasure, on the sample process. */

typedef struct
{
  char       *dir;
  RsDatabase *db;
  gint64      process_id;
  gint64      midtbyen;   /* capacity 8 */
  gint64      norreby;    /* capacity 100 */
  gint64      youth;      /* no limit */
} Fixture;

static gint64
create_meeting (Fixture    *f,
                const char *title,
                const char *kind,
                const char *starts,
                int         capacity)
{
  g_autoptr(RsSession) s = rs_session_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  rs_session_set_process_id (s, f->process_id);
  rs_session_set_title (s, title);
  rs_session_set_kind (s, kind);
  rs_session_set_starts_at (s, starts);
  rs_session_set_capacity (s, capacity);
  id = rs_session_store_create (f->db, s, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  f->midtbyen = create_meeting (f, "Velfærdsmøde Midtbyen", "welfare-meeting", "2019-09-17T17:00", 8);
  f->norreby = create_meeting (f, "Velfærdsmøde Nørreby", "welfare-meeting", "2019-09-19T17:00", 100);
  f->youth = create_meeting (f, "Ungemøde", "youth-meeting", "2019-09-24T16:00", 0);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
import_ok (Fixture                    *f,
           gint64                      session_id,
           const char                 *name,
           RsRegistrationImportReport *report)
{
  g_autofree char *path = rs_test_data_path (name);
  const char *paths[] = { path, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_open_meeting_import (f->db, session_id, paths, NULL, NULL, report, NULL, &error));
  g_assert_no_error (error);
}

static gint64
count (Fixture    *f,
       const char *sql,
       gint64      arg)
{
  return rs_test_query_int (f->db, sql, arg);
}

static RsOpenRegistration *
find (GPtrArray  *regs,
      const char *name)
{
  for (guint i = 0; i < regs->len; i++)
    if (g_str_equal (rs_open_registration_get_name (g_ptr_array_index (regs, i)), name))
      return g_ptr_array_index (regs, i);
  return NULL;
}

static void
test_kinds (void)
{
  g_autofree char *e = rs_open_meeting_email_key (" Mette.Hansen@Example.DK ");
  g_autofree char *p1 = rs_open_meeting_phone_key ("+45 22 33 44 55");
  g_autofree char *p2 = rs_open_meeting_phone_key ("0045 22334455");
  g_autofree char *p3 = rs_open_meeting_phone_key ("1234");
  g_autofree char *bad = rs_open_meeting_email_key ("mette");
  g_autofree char *b1 = rs_open_meeting_age_band ("15–24 år");
  g_autofree char *b2 = rs_open_meeting_age_band ("82");
  g_autofree char *b3 = rs_open_meeting_age_band ("19 år");
  g_autofree char *b4 = rs_open_meeting_age_band ("gammel");

  g_assert_true (rs_session_kind_is_open ("welfare-meeting"));
  g_assert_true (rs_session_kind_is_open ("youth-meeting"));
  g_assert_true (rs_session_kind_is_open ("open-lab"));
  g_assert_false (rs_session_kind_is_open ("panel-meeting"));
  g_assert_cmpstr (e, ==, "mette.hansen@example.dk");
  g_assert_cmpstr (bad, ==, "");
  g_assert_cmpstr (p1, ==, "22334455");
  g_assert_cmpstr (p2, ==, "22334455");
  g_assert_cmpstr (p3, ==, "");
  g_assert_cmpstr (b1, ==, "15-24");
  g_assert_cmpstr (b2, ==, "75+");
  g_assert_cmpstr (b3, ==, "15-24");
  g_assert_null (b4);
}

static void
test_import (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(RsRegistrationImportReport) report = rs_registration_import_report_new ();
  g_autoptr(RsRegistrationImportReport) again = rs_registration_import_report_new ();
  g_autoptr(GPtrArray) regs = NULL;
  g_autoptr(GError) error = NULL;
  RsOpenRegistration *r;
  gboolean found_age = FALSE;

  import_ok (f, f->midtbyen, "sessions/open/welfare-midtbyen.csv", report);
  g_assert_cmpuint (report->rows, ==, 12);
  g_assert_cmpuint (report->added, ==, 12);
  g_assert_cmpuint (report->already, ==, 0);
  /* Capacity 8: the last four wait. */
  g_assert_cmpuint (report->waiting, ==, 4);
  g_assert_cmpuint (report->duplicates, ==, 2);
  /* Each flagged row says where. */
  for (guint i = 0; i < report->notes->len; i++)
    {
      const char *note = g_ptr_array_index (report->notes, i);
      g_assert_true (g_str_has_prefix (note, "welfare-midtbyen.csv"));
      if (strstr (note, "age") && g_str_has_prefix (note, "welfare-midtbyen.csv, line 7, column 34:"))
        found_age = TRUE;
    }
  g_assert_true (found_age);

  regs = rs_open_meeting_store_list_session (f->db, f->midtbyen, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regs->len, ==, 12);
  /* BOM, ';', CRLF and the Danish timestamp were read. */
  r = find (regs, "Mette Kjær Hansen");
  g_assert_nonnull (r);
  g_assert_cmpstr (rs_open_registration_get_registered_at (r), ==, "2019-09-03T14:22");
  g_assert_cmpstr (rs_open_registration_get_email (r), ==, "mette.hansen@example.dk");
  g_assert_cmpstr (rs_open_registration_get_district (r), ==, "Midtbyen");
  g_assert_cmpstr (rs_open_registration_get_heard_via (r), ==, "Facebook");
  g_assert_cmpint (rs_open_registration_get_first_time (r), ==, 1);
  g_assert_cmpstr (rs_open_registration_get_review_note (r), ==, "");
  /* An age in years becomes its band. */
  g_assert_cmpstr (rs_open_registration_get_age_band (find (regs, "Søren Vestergaard")), ==, "75+");
  /* The odd row is imported and flagged. */
  r = find (regs, "Hans Peter Olsen");
  g_assert_nonnull (r);
  g_assert_true (rs_open_registration_has_note (r, "age"));
  g_assert_true (rs_open_registration_has_note (r, "district"));
  g_assert_true (rs_open_registration_has_note (r, "first-time"));
  g_assert_cmpint (rs_open_registration_get_first_time (r), ==, -1);
  g_assert_true (rs_open_registration_has_note (find (regs, "Karen Bech"), "columns"));
  g_assert_true (rs_open_registration_has_note (find (regs, "Lars Nygaard"), "date"));
  /* The same e-mail again in the meeting: one participant, flagged, kept. */
  r = find (regs, "Mette Kjær Hansen");
  g_assert_cmpint (count (f, "SELECT count(*) FROM open_registration WHERE participant_id = ?",
                          rs_open_registration_get_participant_id (r)), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM open_registration WHERE participant_id = ? "
                             "AND review_note = 'duplicate'", rs_open_registration_get_participant_id (r)), ==, 1);
  /* Same name and district, other e-mail: a possible duplicate, another participant. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM open_registration r JOIN participant p ON "
                             "p.id = r.participant_id WHERE p.name = 'Ali Rashid' AND r.review_note = "
                             "'possible-duplicate' AND r.session_id = ?", f->midtbyen), ==, 1);

  /* Importing the same file again doubles nothing. */
  import_ok (f, f->midtbyen, "sessions/open/welfare-midtbyen.csv", again);
  g_assert_cmpuint (again->added, ==, 0);
  g_assert_cmpuint (again->already, ==, 12);
  g_assert_cmpint (count (f, "SELECT count(*) FROM open_registration WHERE session_id = ?", f->midtbyen), ==, 12);
}

static void
test_broken (Fixture      *f,
             gconstpointer data)
{
  g_autofree char *good = rs_test_data_path ("sessions/open/welfare-norreby.csv");
  g_autofree char *broken = rs_test_data_path ("sessions/open/broken-quote.csv");
  g_autofree char *no_name = rs_test_data_path ("sessions/open/no-name.csv");
  const char *paths[] = { good, broken, NULL };
  const char *paths2[] = { no_name, NULL };
  g_autoptr(RsRegistrationImportReport) report = rs_registration_import_report_new ();
  g_autoptr(GError) error = NULL;

  /* A good file and a broken one: nothing is stored, the error says where. */
  g_assert_false (rs_open_meeting_import (f->db, f->norreby, paths, NULL, NULL, report, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "broken-quote.csv, line 3"));
  g_assert_cmpint (count (f, "SELECT count(*) FROM open_registration WHERE session_id = ?", f->norreby), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM participant WHERE process_id = ?", f->process_id), ==, 0);
  g_clear_error (&error);
  g_assert_false (rs_open_meeting_import (f->db, f->norreby, paths2, NULL, NULL, report, NULL, &error));
  g_assert_nonnull (strstr (error->message, "no-name.csv, line 1, column 1"));
  g_clear_error (&error);

  /* Cancelled: nothing either. */
  {
    g_autoptr(GCancellable) cancel = g_cancellable_new ();
    const char *one[] = { good, NULL };
    g_cancellable_cancel (cancel);
    g_assert_false (rs_open_meeting_import (f->db, f->norreby, one, NULL, NULL, report, cancel, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpint (count (f, "SELECT count(*) FROM open_registration WHERE session_id = ?", f->norreby), ==, 0);
  }
}

static void
test_across (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(RsRegistrationImportReport) r1 = rs_registration_import_report_new ();
  g_autoptr(RsRegistrationImportReport) r2 = rs_registration_import_report_new ();
  g_autoptr(RsRegistrationImportReport) r3 = rs_registration_import_report_new ();
  g_autoptr(GPtrArray) dups = NULL;
  g_autoptr(GPtrArray) youth = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(GError) error = NULL;

  import_ok (f, f->midtbyen, "sessions/open/welfare-midtbyen.csv", r1);
  import_ok (f, f->norreby, "sessions/open/welfare-norreby.csv", r2);
  /* Mette (e-mail), A. Rashid (the phone +45 22 33 44 55) and Søren
   * Vestergaard (full name and district) are the same people. */
  g_assert_cmpuint (r2->added, ==, 5);
  g_assert_cmpuint (r2->across, ==, 3);
  g_assert_cmpuint (r2->duplicates, ==, 0);
  dups = rs_open_meeting_store_list_session (f->db, f->norreby, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dups->len, ==, 3);
  for (guint i = 0; i < dups->len; i++)
    {
      RsOpenRegistration *r = g_ptr_array_index (dups, i);
      g_assert_cmpint (rs_open_registration_get_meetings (r), ==, 2);
      g_assert_cmpstr (rs_open_registration_get_other_meetings (r), ==, "Velfærdsmøde Midtbyen");
    }
  /* The phone filled in the participant's missing field. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM participant WHERE process_id = ? AND "
                             "pseudonym = 'D-0002' AND phone <> ''", f->process_id), ==, 1);

  /* Windows-1252 with tabs. */
  import_ok (f, f->youth, "sessions/open/youth-cp1252.csv", r3);
  g_assert_cmpuint (r3->added, ==, 5);
  youth = rs_open_meeting_store_list_session (f->db, f->youth, FALSE, &error);
  g_assert_cmpstr (rs_open_registration_get_name (find (youth, "Freja Ø.")), ==, "Freja Ø.");
  g_assert_cmpstr (rs_open_registration_get_age_band (find (youth, "Oliver")), ==, "15-24");

  all = rs_open_meeting_store_list (f->db, f->process_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 22);
}

static void
test_waiting_list (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) regs = NULL;
  gint64 ids[3], promoted = -1;
  RsRegistrationStatus status;
  gint64 small = create_meeting (f, "Åbent lab", "open-lab", "2019-10-01T09:00", 2);

  for (int i = 0; i < 3; i++)
    {
      g_autoptr(RsOpenRegistration) info = rs_open_registration_new ();
      g_autofree char *name = g_strdup_printf ("Person %c", 'A' + i);
      rs_open_registration_set_name (info, name);
      ids[i] = rs_open_meeting_store_add (f->db, small, info, &status, &error);
      g_assert_no_error (error);
      g_assert_cmpint (status, ==, i < 2 ? RS_REGISTRATION_REGISTERED : RS_REGISTRATION_WAITING);
    }
  /* A registration needs a name. */
  {
    g_autoptr(RsOpenRegistration) info = rs_open_registration_new ();
    g_assert_cmpint (rs_open_meeting_store_add (f->db, small, info, NULL, &error), ==, 0);
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  /* The meeting's counts take in the public. */
  {
    g_autoptr(RsSession) s = rs_session_store_get (f->db, small, &error);
    g_assert_no_error (error);
    g_assert_cmpint (rs_session_get_registered (s), ==, 2);
    g_assert_cmpint (rs_session_get_waiting (s), ==, 1);
  }
  g_assert_true (rs_open_meeting_store_cancel (f->db, ids[0], &promoted, &error));
  g_assert_no_error (error);
  g_assert_cmpint (promoted, ==, ids[2]);
  g_assert_cmpint (count (f, "SELECT count(*) FROM open_registration WHERE session_id = ? AND "
                             "status = 'registered'", small), ==, 2);
  /* Undo: A has the seat again, C waits again. */
  g_assert_true (rs_open_meeting_store_restore (f->db, ids[0], promoted, &error));
  g_assert_no_error (error);
  regs = rs_open_meeting_store_list_session (f->db, small, FALSE, &error);
  g_assert_cmpint (rs_open_registration_get_status (find (regs, "Person A")), ==, RS_REGISTRATION_REGISTERED);
  g_assert_cmpint (rs_open_registration_get_status (find (regs, "Person C")), ==, RS_REGISTRATION_WAITING);
  /* Cancelling a waiting one promotes nobody. */
  g_assert_true (rs_open_meeting_store_cancel (f->db, ids[2], &promoted, &error));
  g_assert_cmpint (promoted, ==, 0);
  /* Attendance and confirmations. */
  g_assert_true (rs_open_meeting_store_set_attended (f->db, ids[1], 1, &error));
  g_assert_false (rs_open_meeting_store_set_attended (f->db, 999999, 1, &error));
  g_clear_error (&error);
  {
    guint n = 0;
    g_assert_true (rs_open_meeting_store_mark_sent (f->db, small, FALSE, &n, &error));
    g_assert_cmpuint (n, ==, 2);
    g_assert_true (rs_open_meeting_store_mark_sent (f->db, small, FALSE, &n, &error));
    g_assert_cmpuint (n, ==, 0);
  }
  /* Editing keeps the participant, with new keys. */
  {
    g_autoptr(RsOpenRegistration) edit = rs_open_registration_copy (find (regs, "Person B"));
    rs_open_registration_set_email (edit, "b@example.dk");
    rs_open_registration_set_age_band (edit, "25-34");
    g_assert_true (rs_open_meeting_store_update (f->db, edit, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count (f, "SELECT count(*) FROM participant WHERE email_key = 'b@example.dk' "
                               "AND age_band = '25-34' AND process_id = ?", f->process_id), ==, 1);
  }
}

static void
test_representation (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(RsRegistrationImportReport) r1 = rs_registration_import_report_new ();
  g_autoptr(RsRegistrationImportReport) r3 = rs_registration_import_report_new ();
  g_autoptr(RsOpenRepresentation) repr = NULL;
  g_autoptr(RsOpenRepresentation) youth = NULL;
  g_autoptr(RsBenchmark) bm = rs_benchmark_new ("999", "FOLK1A");
  g_autoptr(GPtrArray) benchmarks = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *code = NULL;
  gboolean saw_midtbyen = FALSE;

  /* Ages of the municipality: 100 people of each age 0–99. */
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL, "SELECT municipality_code FROM "
                                                      "budget_process WHERE id = ?", "i", f->process_id);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    code = rs_column_dup_text (stmt, 0);
  }
  g_free (bm->municipality_code);
  bm->municipality_code = g_strdup (code);
  g_free (bm->period);
  bm->period = g_strdup ("2019K3");
  g_free (bm->retrieved_at);
  bm->retrieved_at = g_strdup ("2019-09-01");
  g_free (bm->source_credit);
  bm->source_credit = g_strdup ("Test");
  for (int age = 0; age < 100; age++)
    {
      g_autofree char *a = g_strdup_printf ("%d", age);
      rs_benchmark_add (bm, "age", a, 100);
    }
  g_ptr_array_add (benchmarks, bm);
  g_assert_true (rs_population_store (f->db, benchmarks, &error));
  g_assert_no_error (error);

  import_ok (f, f->midtbyen, "sessions/open/welfare-midtbyen.csv", r1);
  repr = rs_open_representation_load (f->db, 0, f->midtbyen, &error);
  g_assert_no_error (error);
  g_assert_cmpint (repr->registered, ==, 12);
  for (guint i = 0; i < repr->rows->len; i++)
    {
      RsOpenReprRow *row = g_ptr_array_index (repr->rows, i);
      if (g_str_equal (row->category, "district") && g_str_equal (row->value, "Midtbyen"))
        {
          saw_midtbyen = TRUE;
          /* Mette twice and Birgit. */
          g_assert_cmpint (row->registered, ==, 3);
          g_assert_cmpfloat (row->population, >, 0);
        }
      if (g_str_equal (row->category, "age") && g_str_equal (row->value, "15-24"))
        /* 10 of the 85 years from 0 to 74 and 75–99 in the bands given. */
        g_assert_cmpfloat (row->population, >, 0);
    }
  g_assert_true (saw_midtbyen);
  /* Small cells are not shown. */
  text = rs_open_representation_to_text (repr, 5);
  g_assert_nonnull (strstr (text, "< 5"));
  g_assert_null (strstr (text, " 3 "));

  /* The youth meeting's own target. */
  import_ok (f, f->youth, "sessions/open/youth-cp1252.csv", r3);
  g_assert_true (rs_open_meeting_store_set_target (f->db, f->youth, 15, 24, 60, &error));
  g_assert_false (rs_open_meeting_store_set_target (f->db, f->youth, 24, 15, 60, &error));
  g_clear_error (&error);
  youth = rs_open_representation_load (f->db, 0, f->youth, &error);
  g_assert_no_error (error);
  g_assert_true (youth->has_target);
  /* Four of five are 15–24. */
  g_assert_cmpfloat_with_epsilon (youth->target_actual, 80.0, 0.01);
}

static double
actual (Fixture      *f,
        RsTargetKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) targets = rs_engagement_targets_list (f->db, f->process_id, &error);
  RsEngagementTarget *t;

  g_assert_no_error (error);
  t = g_ptr_array_index (targets, kind);
  g_assert_cmpint (t->kind, ==, kind);
  return t->has_actual ? t->actual : -1;
}

/* Participants from @district in the district view. */
static int
district_participants (Fixture    *f,
                       const char *district)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) summary = rs_district_summary_load (f->db, f->process_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < summary->len; i++)
    {
      RsDistrictCounts *c = g_ptr_array_index (summary, i);
      if (g_str_equal (c->district, district))
        return c->participants;
    }
  g_assert_not_reached ();
}

static void
test_targets (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(RsRegistrationImportReport) report = rs_registration_import_report_new ();
  g_autoptr(GPtrArray) regs = NULL;
  g_autoptr(GError) error = NULL;
  double registrations = actual (f, RS_TARGET_REGISTRATIONS);
  double participants = actual (f, RS_TARGET_PARTICIPANTS);
  int norreby = district_participants (f, "Nørreby");

  import_ok (f, f->youth, "sessions/open/youth-cp1252.csv", report);
  g_assert_cmpfloat (actual (f, RS_TARGET_REGISTRATIONS), ==, registrations + 5);
  g_assert_cmpfloat (actual (f, RS_TARGET_PARTICIPANTS), ==, participants);
  regs = rs_open_meeting_store_list_session (f->db, f->youth, FALSE, &error);
  for (guint i = 0; i < regs->len; i++)
    g_assert_true (rs_open_meeting_store_set_attended (f->db, rs_open_registration_get_id (g_ptr_array_index (regs, i)),
                                                       1, &error));
  g_assert_cmpfloat (actual (f, RS_TARGET_PARTICIPANTS), ==, participants + 5);
  /* Per district: Nørreby's one (Oliver). */
  g_assert_true (rs_engagement_targets_set (f->db, f->process_id, RS_TARGET_PARTICIPANTS, "Nørreby",
                                            10, -1, &error));
  {
    g_autoptr(GPtrArray) targets = rs_engagement_targets_list (f->db, f->process_id, &error);
    gboolean seen = FALSE;
    double pool_norreby = rs_test_query_int (f->db,
      "SELECT count(DISTINCT r.person_id) FROM registration r JOIN session s ON s.id = r.session_id "
      "JOIN person_attribute pa ON pa.person_id = r.person_id JOIN category c ON c.id = pa.category_id "
      "JOIN category_value v ON v.id = pa.value_id WHERE s.process_id = ? AND r.attended = 1 AND "
      "c.preset = 'district' AND v.name = 'Nørreby'", f->process_id);
    for (guint i = 0; i < targets->len; i++)
      {
        RsEngagementTarget *t = g_ptr_array_index (targets, i);
        if (t->kind == RS_TARGET_PARTICIPANTS && g_str_equal (t->district, "Nørreby"))
          {
            seen = TRUE;
            g_assert_cmpfloat (t->actual, ==, pool_norreby + 1);
          }
      }
    g_assert_true (seen);
  }
  /* The district view counts the public who came, too: Oliver. */
  g_assert_cmpint (district_participants (f, "Nørreby"), ==, norreby + 1);
  /* Youth and first-timers take the public in. */
  g_assert_cmpfloat (actual (f, RS_TARGET_YOUTH_SHARE), >, 0);
  g_assert_cmpfloat (actual (f, RS_TARGET_FIRST_TIMERS_SHARE), >, 0);
}

static void
test_erasure (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(RsRegistrationImportReport) report = rs_registration_import_report_new ();
  g_autoptr(GError) error = NULL;
  RsErasureCounts preview = { 0 }, counts = { 0 };

  import_ok (f, f->midtbyen, "sessions/open/welfare-midtbyen.csv", report);
  g_assert_true (rs_erasure_preview (f->db, f->process_id, &preview, &error));
  g_assert_no_error (error);
  g_assert_true (rs_erasure_erase_process (f->db, f->process_id, RS_ERASURE_REASON_MANUAL, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.others, >=, 11);
  g_assert_cmpint (count (f, "SELECT count(*) FROM participant WHERE process_id = ? AND "
                             "name || email || phone || email_key || phone_key || name_key <> ''",
                          f->process_id), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM open_registration WHERE source <> '' AND session_id = ?",
                          f->midtbyen), ==, 0);
  /* The counts stay. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM open_registration WHERE session_id = ?", f->midtbyen), ==, 12);
}

static void
test_erase_one (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(RsRegistrationImportReport) report = rs_registration_import_report_new ();
  g_autoptr(RsRegistrationImportReport) r2 = rs_registration_import_report_new ();
  g_autoptr(GPtrArray) regs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pseudonym = NULL;
  RsOpenRegistration *mette;

  import_ok (f, f->midtbyen, "sessions/open/welfare-midtbyen.csv", report);
  import_ok (f, f->norreby, "sessions/open/welfare-norreby.csv", r2);
  regs = rs_open_meeting_store_list_session (f->db, f->midtbyen, FALSE, &error);
  mette = find (regs, "Mette Kjær Hansen");
  g_assert_true (rs_open_meeting_store_erase_participant (f->db, rs_open_registration_get_id (mette),
                                                          &pseudonym, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pseudonym, ==, rs_open_registration_get_pseudonym (mette));
  /* Gone everywhere, in both meetings; the others keep theirs. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM participant WHERE name LIKE 'Mette%' OR email LIKE 'mette%' "
                             "OR ? = 0", 1), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM open_registration WHERE participant_id = ? AND source = ''",
                          rs_open_registration_get_participant_id (mette)), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM participant WHERE name <> '' AND process_id = ?",
                          f->process_id), >, 5);
  g_assert_cmpint (count (f, "SELECT count(*) FROM open_registration WHERE session_id = ?", f->midtbyen), ==, 12);
  g_assert_cmpint (count (f, "SELECT count(*) FROM participant WHERE process_id = ? AND district = 'Midtbyen'",
                          f->process_id), ==, 2);
}

static void
test_letters (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(RsRegistrationImportReport) report = rs_registration_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->dir, "letters", NULL);
  g_autofree char *path = NULL;
  g_autofree char *mbox = NULL;
  guint n = 0, skipped = 0;

  import_ok (f, f->midtbyen, "sessions/open/welfare-midtbyen.csv", report);
  /* The meeting invitation goes to the public registered (seats, not the
   * waiting list), each participant once: Mette registered twice. */
  g_assert_true (rs_letters_write (f->db, f->process_id, RS_LETTER_MEETING, 0, f->midtbyen,
                                   RS_LETTER_FORMAT_MBOX, out, NULL, &path, &n, &skipped, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n + skipped, ==, 7);
  g_assert_true (g_file_get_contents (path, &mbox, NULL, NULL));
  g_assert_nonnull (strstr (mbox, "mette.hansen@example.dk"));
  g_assert_null (strstr (mbox, "birgit.holm@example.dk"));   /* waiting */
}

static void
add (const char *path,
     void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/open-meetings/keys", test_kinds);
  add ("/open-meetings/import", test_import);
  add ("/open-meetings/broken", test_broken);
  add ("/open-meetings/across", test_across);
  add ("/open-meetings/waiting-list", test_waiting_list);
  add ("/open-meetings/representation", test_representation);
  add ("/open-meetings/targets", test_targets);
  add ("/open-meetings/erasure", test_erasure);
  add ("/open-meetings/letters", test_letters);
  add ("/open-meetings/erase-one", test_erase_one);
  return g_test_run ();
}
