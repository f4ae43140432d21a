/* SPDX-License-Identifier: MPL-2.0 */
/* Several staff on one process: two database handles on one file stand for
 * two people (or two windows); the second save of a record is refused with
 * the other's values, and the audit log says who changed what. */
#include "config.h"

#include <math.h>

#include "rs-audit.h"
#include "rs-council-submission.h"
#include "rs-erasure.h"
#include "rs-lab-details.h"
#include "rs-lab-store.h"
#include "rs-panel-store.h"
#include "rs-process-store.h"
#include "rs-recommendation-store.h"
#include "rs-response-store.h"
#include "rs-session-plan.h"
#include "rs-session-store.h"
#include "rs-test-utils.h"

typedef struct
{
  char       *dir;
  gint64      process_id;
  RsDatabase *mette;   /* one colleague ... */
  RsDatabase *jonas;   /* ... and another, on the same file */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->mette = rs_test_open_sample_database (&f->dir, &f->process_id);
  f->jonas = rs_database_open (rs_database_get_path (f->mette), &error);
  g_assert_no_error (error);
  rs_audit_set_actor (f->mette, "Mette Holm (mholm)");
  rs_audit_set_actor (f->jonas, "Jonas Berg (jberg)");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->jonas);
  g_clear_object (&f->mette);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
test_point_conflict (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = rs_test_query_int (f->mette, "SELECT min(id) FROM response_point WHERE id > ?", 0);
  g_autoptr(RsResponsePoint) mine = rs_response_point_store_get (f->mette, id, &error);
  g_autoptr(RsResponsePoint) theirs = rs_response_point_store_get (f->jonas, id, &error);
  g_autoptr(RsResponsePoint) current = NULL;
  g_autoptr(RsResponsePoint) stored = NULL;
  g_autoptr(GListStore) history = NULL;
  g_autoptr(RsAuditEntry) last = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (rs_response_point_get_version (mine), ==, rs_response_point_get_version (theirs));

  /* Jonas saves first ... */
  rs_response_point_set_comment (theirs, "Jonas: the school stays open.");
  rs_response_point_set_decision (theirs, "changed");
  g_assert_true (rs_response_point_store_save (f->jonas, theirs, NULL, &error));
  g_assert_no_error (error);

  /* ... so Mette's save, begun from the same version, is refused with
   * Jonas's values, and nothing of his is overwritten. */
  rs_response_point_set_comment (mine, "Mette: noted for the white book.");
  rs_response_point_set_decision (mine, "noted");
  g_assert_false (rs_response_point_store_save (f->mette, mine, &current, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Jonas Berg"));
  g_assert_nonnull (current);
  g_assert_cmpstr (rs_response_point_get_comment (current), ==, "Jonas: the school stays open.");
  g_assert_cmpstr (rs_response_point_get_decision (current), ==, "changed");
  /* Mette's own text is still hers to keep or copy. */
  g_assert_cmpstr (rs_response_point_get_comment (mine), ==, "Mette: noted for the white book.");
  stored = rs_response_point_store_get (f->mette, id, &error);
  g_assert_cmpstr (rs_response_point_get_comment (stored), ==, "Jonas: the school stays open.");
  g_clear_object (&stored);
  g_clear_error (&error);

  /* "Keep Mine": saving again from the version she has now seen wins. */
  rs_response_point_set_version (mine, rs_response_point_get_version (current));
  g_assert_true (rs_response_point_store_save (f->mette, mine, NULL, &error));
  g_assert_no_error (error);
  stored = rs_response_point_store_get (f->jonas, id, &error);
  g_assert_cmpstr (rs_response_point_get_comment (stored), ==, "Mette: noted for the white book.");
  g_assert_cmpint (rs_response_point_get_version (stored), ==, rs_response_point_get_version (mine));

  /* The history names both, newest first, with what changed. */
  history = rs_audit_list (f->jonas, "response_point", id, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), >=, 2);
  last = g_list_model_get_item (G_LIST_MODEL (history), 0);
  g_assert_cmpstr (rs_audit_entry_get_actor (last), ==, "Mette Holm (mholm)");
  g_assert_cmpstr (rs_audit_entry_get_action (last), ==, "update");
  g_assert_cmpstr (rs_audit_entry_get_details (last), ==, "decision: changed → noted; comment");
  g_assert_cmpint (rs_audit_entry_get_process_id (last), ==, f->process_id);
  g_assert_true (g_str_has_suffix (rs_audit_entry_get_at (last), "Z"));
  g_clear_object (&last);
  last = g_list_model_get_item (G_LIST_MODEL (history), 1);
  g_assert_cmpstr (rs_audit_entry_get_actor (last), ==, "Jonas Berg (jberg)");
}

static void
test_recommendation_conflict (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = rs_test_query_int (f->mette, "SELECT min(id) FROM recommendation WHERE id > ?", 0);
  g_autoptr(RsRecommendation) mine = rs_recommendation_store_get (f->mette, id, &error);
  g_autoptr(RsRecommendation) theirs = rs_recommendation_store_get (f->jonas, id, &error);
  g_autoptr(RsRecommendation) current = NULL;
  g_autoptr(GListStore) history = NULL;

  g_assert_no_error (error);
  rs_recommendation_set_text (theirs, "Jonas's wording.");
  g_assert_true (rs_recommendation_store_save (f->jonas, theirs, NULL, &error));
  g_assert_no_error (error);
  /* The council's answer counts as a change of the recommendation too. */
  g_assert_true (rs_recommendation_store_set_decision (f->jonas, id, RS_OUTCOME_REJECTED, "No money.", "",
                                                       NAN, NULL, RS_IMPLEMENTATION_NOT_STARTED, &error));
  rs_recommendation_set_text (mine, "Mette's wording.");
  g_assert_false (rs_recommendation_store_save (f->mette, mine, &current, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_assert_cmpstr (rs_recommendation_get_text (current), ==, "Jonas's wording.");
  g_assert_cmpint (rs_recommendation_get_outcome (current), ==, RS_OUTCOME_REJECTED);
  g_assert_cmpstr (rs_recommendation_get_text (mine), ==, "Mette's wording.");

  history = rs_audit_list (f->mette, "recommendation", id, 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), >=, 2);
}

static void
test_submission_conflict (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(RsCouncilSubmission) mine = { 0 };
  g_auto(RsCouncilSubmission) theirs = { 0 };
  g_auto(RsCouncilSubmission) back = { 0 };

  g_assert_true (rs_council_submission_load (f->mette, f->process_id, &mine, &error));
  g_assert_true (rs_council_submission_load (f->jonas, f->process_id, &theirs, &error));
  g_free (theirs.committee);
  theirs.committee = g_strdup ("Økonomiudvalget");
  g_assert_true (rs_council_submission_save (f->jonas, f->process_id, &theirs, &error));
  g_assert_no_error (error);
  g_free (mine.committee);
  mine.committee = g_strdup ("Børne- og Skoleudvalget");
  g_assert_false (rs_council_submission_save (f->mette, f->process_id, &mine, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_assert_true (rs_council_submission_load (f->mette, f->process_id, &back, NULL));
  g_assert_cmpstr (back.committee, ==, "Økonomiudvalget");
}

static void
test_panel_conflict (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = rs_test_query_int (f->mette, "SELECT min(id) FROM panel WHERE process_id = ?", f->process_id);
  g_autoptr(RsPanel) mine = rs_panel_store_get (f->mette, id, &error);
  g_autoptr(RsPanel) theirs = rs_panel_store_get (f->jonas, id, &error);
  g_autoptr(RsPanel) stored = NULL;
  g_autoptr(RsAuditEntry) last = NULL;

  g_assert_no_error (error);
  rs_panel_set_mandate (theirs, "Jonas's mandate.");
  g_assert_true (rs_panel_store_update (f->jonas, theirs, &error));
  g_assert_no_error (error);
  /* His second save goes on from the version his first stored. */
  rs_panel_set_size (theirs, rs_panel_get_size (theirs) + 2);
  g_assert_true (rs_panel_store_update (f->jonas, theirs, &error));
  g_assert_no_error (error);

  rs_panel_set_mandate (mine, "Mette's mandate.");
  g_assert_false (rs_panel_store_update (f->mette, mine, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_clear_error (&error);
  stored = rs_panel_store_get (f->mette, id, &error);
  g_assert_cmpstr (rs_panel_get_mandate (stored), ==, "Jonas's mandate.");
  last = rs_audit_last (f->mette, "panel", id, &error);
  g_assert_cmpstr (rs_audit_entry_get_actor (last), ==, "Jonas Berg (jberg)");
  g_assert_nonnull (strstr (rs_audit_entry_get_details (last), "size:"));
}

static void
result_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

/* A meeting edited in two windows: the second save, begun from the same
 * version, is refused and the first one's values stay; saved again from
 * the version now stored, it passes. */
static void
test_session_conflict (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = rs_test_query_int (f->mette, "SELECT min(id) FROM session WHERE process_id = ?", f->process_id);
  g_autoptr(RsSession) mine = rs_session_store_get (f->mette, id, &error);
  g_autoptr(RsSession) theirs = rs_session_store_get (f->jonas, id, &error);
  g_autoptr(RsSession) stored = NULL;
  g_autoptr(RsSession) current = NULL;
  g_autoptr(RsAuditEntry) last = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GArray) ids = NULL;
  RsSessionPlan plan = { 0 };
  gint64 version = 0;

  g_assert_no_error (error);
  g_assert_cmpint (rs_session_get_version (mine), >, 0);
  g_assert_cmpint (rs_session_get_version (mine), ==, rs_session_get_version (theirs));

  /* Jonas moves the meeting; his second save goes on from his first. */
  rs_session_set_place (theirs, "Jonas's hall");
  g_assert_true (rs_session_store_update (f->jonas, theirs, &error));
  g_assert_no_error (error);
  rs_session_set_capacity (theirs, 44);
  g_assert_true (rs_session_store_update (f->jonas, theirs, &error));
  g_assert_no_error (error);

  /* Mette's stale save is refused, naming him; nothing of his is lost. */
  rs_session_set_place (mine, "Mette's library");
  g_assert_false (rs_session_store_update (f->mette, mine, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Jonas Berg"));
  g_clear_error (&error);
  stored = rs_session_store_get (f->mette, id, &error);
  g_assert_cmpstr (rs_session_get_place (stored), ==, "Jonas's hall");
  g_assert_cmpint (rs_session_get_capacity (stored), ==, 44);
  last = rs_audit_last (f->mette, "session", id, &error);
  g_assert_cmpstr (rs_audit_entry_get_actor (last), ==, "Jonas Berg (jberg)");

  /* The editor's path: the plan, on the database thread, refused with the
   * meeting as stored now ... */
  plan.session_id = id;
  plan.version = rs_session_get_version (mine);
  plan.process_id = f->process_id;
  plan.panel_id = rs_session_get_panel_id (stored);
  plan.lab_id = rs_session_get_lab_id (stored);
  plan.title = g_strdup (rs_session_get_title (stored));
  plan.kind = g_strdup (rs_session_get_kind (stored));
  plan.date = g_strndup (rs_session_get_starts_at (stored), 10);
  plan.start = g_strndup (rs_session_get_starts_at (stored) + 11, 5);
  plan.place = g_strdup ("Mette's library");
  rs_session_plan_save_async (f->mette, &plan, NULL, result_cb, &result);
  ids = rs_session_plan_save_finish (f->mette, wait_result (&result), &version, &current, &error);
  g_assert_null (ids);
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_nonnull (current);
  g_assert_cmpstr (rs_session_get_place (current), ==, "Jonas's hall");

  /* ... and saved over it (Keep Mine) from the version she has now seen. */
  g_clear_object (&result);
  plan.version = rs_session_get_version (current);
  rs_session_plan_save_async (f->mette, &plan, NULL, result_cb, &result);
  ids = rs_session_plan_save_finish (f->mette, wait_result (&result), &version, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ids);
  g_assert_cmpint (version, ==, rs_session_get_version (current) + 1);
  g_clear_object (&stored);
  stored = rs_session_store_get (f->jonas, id, &error);
  g_assert_cmpstr (rs_session_get_place (stored), ==, "Mette's library");
  g_assert_cmpint (rs_session_get_version (stored), ==, version);

  /* Now Jonas's copy is the stale one. */
  rs_session_set_title (theirs, "Jonas's title");
  g_assert_false (rs_session_store_update (f->jonas, theirs, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  rs_session_plan_clear (&plan);
}

static void
test_lab_conflict (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = rs_test_query_int (f->mette, "SELECT min(id) FROM lab WHERE process_id = ?", f->process_id);
  g_autoptr(RsLab) mine = rs_lab_store_get (f->mette, id, &error);
  g_autoptr(RsLab) theirs = rs_lab_store_get (f->jonas, id, &error);
  g_autoptr(RsLab) stored = NULL;
  g_autoptr(RsLabDetails) saved = NULL;
  RsLabDetails *current = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  gint64 version;

  g_assert_no_error (error);
  g_assert_cmpint (rs_lab_get_version (mine), >, 0);
  rs_lab_set_outcome (theirs, "Jonas: three prototypes.");
  g_assert_true (rs_lab_store_update (f->jonas, theirs, &error));
  g_assert_no_error (error);
  rs_lab_set_next_steps (theirs, "Jonas: test them in May.");
  g_assert_true (rs_lab_store_update (f->jonas, theirs, &error));
  g_assert_no_error (error);

  rs_lab_set_outcome (mine, "Mette: two prototypes.");
  g_assert_false (rs_lab_store_update (f->mette, mine, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Jonas Berg"));
  g_clear_error (&error);
  stored = rs_lab_store_get (f->mette, id, &error);
  g_assert_cmpstr (rs_lab_get_outcome (stored), ==, "Jonas: three prototypes.");
  g_assert_cmpstr (rs_lab_get_next_steps (stored), ==, "Jonas: test them in May.");

  /* The Labs page's path gives the lab as stored now ... */
  rs_lab_details_update_async (f->mette, mine, NULL, result_cb, &result);
  g_assert_null (rs_lab_details_update_finish (f->mette, wait_result (&result), &current, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_nonnull (current);
  g_assert_cmpstr (rs_lab_get_outcome (current->lab), ==, "Jonas: three prototypes.");

  /* ... and a save from that version passes. */
  version = rs_lab_get_version (current->lab);
  rs_lab_set_version (mine, version);
  rs_lab_details_free (current);
  current = NULL;
  g_clear_object (&result);
  rs_lab_details_update_async (f->mette, mine, NULL, result_cb, &result);
  saved = rs_lab_details_update_finish (f->mette, wait_result (&result), &current, &error);
  g_assert_no_error (error);
  g_assert_null (current);
  g_assert_nonnull (saved);
  g_assert_cmpstr (rs_lab_get_outcome (saved->lab), ==, "Mette: two prototypes.");
  g_assert_cmpint (rs_lab_get_version (saved->lab), ==, version + 1);
  /* A fresh read saves at once, twice in a row. */
  g_clear_object (&stored);
  stored = rs_lab_store_get (f->jonas, id, &error);
  rs_lab_set_problem (stored, "Jonas: loneliness among the elderly.");
  g_assert_true (rs_lab_store_update (f->jonas, stored, &error));
  g_assert_true (rs_lab_store_update (f->jonas, stored, &error));
  g_assert_no_error (error);
}

static void
test_process_conflict (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) mine = rs_process_store_get (f->mette, f->process_id, &error);
  g_autoptr(RsProcess) theirs = rs_process_store_get (f->jonas, f->process_id, &error);
  g_autoptr(RsProcess) stored = NULL;
  g_autoptr(RsProcess) current = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(RsProcess) listed = NULL;
  gint64 version = 0;

  g_assert_no_error (error);
  g_assert_cmpint (rs_process_get_version (mine), >, 0);
  list = rs_process_store_list (f->mette, &error);
  listed = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (rs_process_get_version (listed), ==, rs_process_get_version (mine));

  rs_process_set_name (theirs, "Budget 2027 (Jonas)");
  g_assert_true (rs_process_store_save (f->jonas, theirs, &error));
  g_assert_no_error (error);
  rs_process_set_name (theirs, "Budget 2027 (Jonas, again)");
  g_assert_true (rs_process_store_save (f->jonas, theirs, &error));
  g_assert_no_error (error);

  rs_process_set_name (mine, "Budget 2027 (Mette)");
  g_assert_false (rs_process_store_save (f->mette, mine, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Jonas Berg"));
  g_clear_error (&error);
  stored = rs_process_store_get (f->mette, f->process_id, &error);
  g_assert_cmpstr (rs_process_get_name (stored), ==, "Budget 2027 (Jonas, again)");

  /* The window's path: refused with the process as stored now ... */
  rs_process_store_save_async (f->mette, mine, NULL, result_cb, &result);
  g_assert_false (rs_process_store_save_finish (f->mette, wait_result (&result), &version, &current, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpstr (rs_process_get_name (current), ==, "Budget 2027 (Jonas, again)");
  /* ... then saved over it from the version seen. */
  rs_process_set_version (mine, rs_process_get_version (current));
  g_clear_object (&result);
  rs_process_store_save_async (f->mette, mine, NULL, result_cb, &result);
  g_assert_true (rs_process_store_save_finish (f->mette, wait_result (&result), &version, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, rs_process_get_version (current) + 1);
  g_clear_object (&stored);
  stored = rs_process_store_get (f->jonas, f->process_id, &error);
  g_assert_cmpstr (rs_process_get_name (stored), ==, "Budget 2027 (Mette)");
  g_assert_cmpint (rs_process_get_version (stored), ==, version);
  /* An empty name is refused before anything is written. */
  rs_process_set_name (stored, "  ");
  g_assert_false (rs_process_store_save (f->jonas, stored, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static RsPhase *
phase_of (RsDatabase  *db,
          gint64       process_id,
          RsPhaseKind  kind)
{
  g_autoptr(GListStore) phases = rs_phase_store_list (db, process_id, NULL);

  return g_list_model_get_item (G_LIST_MODEL (phases), kind);
}

/* The process's dates: a phase changed by a colleague since it was read is
 * not overwritten; a save from the dates now stored passes, and each save
 * goes on from the dates the one before stored. */
static void
test_phase_conflict (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPhase) mine = phase_of (f->mette, f->process_id, RS_PHASE_HEARING);
  g_autoptr(RsPhase) theirs = phase_of (f->jonas, f->process_id, RS_PHASE_HEARING);
  g_autoptr(RsPhase) other = phase_of (f->jonas, f->process_id, RS_PHASE_EVALUATION);
  g_autoptr(RsPhase) stored = NULL;
  g_autoptr(RsPhase) saved = NULL;
  g_autoptr(RsPhase) current = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RsAuditEntry) last = NULL;

  g_assert_cmpstr (rs_phase_get_stored_ends_on (mine), ==, rs_phase_get_ends_on (mine));
  rs_phase_set_ends_on (theirs, "2026-10-02");
  g_assert_true (rs_phase_store_save (f->jonas, theirs, &error));
  g_assert_no_error (error);
  rs_phase_set_starts_on (theirs, "2026-09-12");
  g_assert_true (rs_phase_store_save (f->jonas, theirs, &error));
  g_assert_no_error (error);
  last = rs_audit_last (f->mette, "phase", rs_phase_get_id (theirs), &error);
  g_assert_nonnull (last);
  g_assert_cmpstr (rs_audit_entry_get_actor (last), ==, "Jonas Berg (jberg)");
  g_assert_nonnull (strstr (rs_audit_entry_get_details (last), "2026-09-12"));
  /* Another phase is another record: no conflict with his. */
  rs_phase_set_ends_on (other, "2026-12-20");
  g_assert_true (rs_phase_store_save (f->mette, other, &error));
  g_assert_no_error (error);

  /* Mette's hearing window, begun from the dates before his: refused. */
  rs_phase_set_ends_on (mine, "2026-10-05");
  g_assert_false (rs_phase_store_save (f->mette, mine, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Jonas Berg"));
  g_clear_error (&error);
  stored = phase_of (f->mette, f->process_id, RS_PHASE_HEARING);
  g_assert_cmpstr (rs_phase_get_starts_on (stored), ==, "2026-09-12");
  g_assert_cmpstr (rs_phase_get_ends_on (stored), ==, "2026-10-02");

  /* The Overview's path gives the dates stored now ... */
  rs_phase_store_save_async (f->mette, mine, NULL, result_cb, &result);
  g_assert_false (rs_phase_store_save_finish (f->mette, wait_result (&result), &saved, &current, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_null (saved);
  g_assert_cmpstr (rs_phase_get_ends_on (current), ==, "2026-10-02");
  /* ... and Keep Mine saves from them. */
  rs_phase_set_stored (mine, rs_phase_get_starts_on (current), rs_phase_get_ends_on (current));
  g_clear_object (&result);
  rs_phase_store_save_async (f->mette, mine, NULL, result_cb, &result);
  g_assert_true (rs_phase_store_save_finish (f->mette, wait_result (&result), &saved, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rs_phase_get_stored_ends_on (saved), ==, "2026-10-05");
  g_clear_object (&stored);
  stored = phase_of (f->jonas, f->process_id, RS_PHASE_HEARING);
  g_assert_cmpstr (rs_phase_get_ends_on (stored), ==, "2026-10-05");
  /* Mette's own start (as read, before his) went over his too. */
  g_assert_cmpstr (rs_phase_get_starts_on (stored), ==, rs_phase_get_starts_on (mine));

  /* Jonas's copy is now the stale one. */
  rs_phase_set_ends_on (theirs, "2026-10-09");
  g_assert_false (rs_phase_store_save (f->jonas, theirs, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT);
  g_clear_error (&error);
  /* Setting what is already stored is no conflict. */
  rs_phase_set_starts_on (theirs, rs_phase_get_starts_on (stored));
  rs_phase_set_ends_on (theirs, "2026-10-05");
  g_assert_true (rs_phase_store_save (f->jonas, theirs, &error));
  g_assert_no_error (error);
}

static void
test_audit_erasure (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 person = rs_test_query_int (f->mette, "SELECT min(p.id) FROM person p JOIN panel x ON x.id = p.panel_id "
                                               "WHERE x.process_id = ?", f->process_id);

  g_assert_true (rs_audit_write (f->mette, f->process_id, "person", person, "update", "P-0001 moved", &error));
  g_assert_true (rs_erasure_erase_process (f->mette, f->process_id, RS_ERASURE_REASON_MANUAL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rs_test_query_int (f->mette, "SELECT count(*) FROM audit_log WHERE entity = 'person' "
                                                "AND details <> '' AND process_id = ?", f->process_id), ==, 0);
  /* The row itself stays: who did what, when. */
  g_assert_cmpint (rs_test_query_int (f->mette, "SELECT count(*) FROM audit_log WHERE entity = 'person' "
                                                "AND entity_id = ?", person), ==, 1);
}

static void
test_audit_cli (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = rs_test_query_int (f->mette, "SELECT min(id) FROM recommendation WHERE id > ?", 0);
  g_autoptr(RsRecommendation) rec = rs_recommendation_store_get (f->jonas, id, &error);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  const char *argv[] = { "audit", "--db", rs_database_get_path (f->mette), "--kind", "recommendation",
                         "--id", id_text, NULL };
  const char *json_argv[] = { "audit", "--db", rs_database_get_path (f->mette), "--kind", "recommendation",
                              "--id", id_text, "--json", NULL };
  const char *bad_argv[] = { "audit", "--db", rs_database_get_path (f->mette), "--id", id_text, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  rs_recommendation_set_rationale (rec, "Jonas's reasons.");
  g_assert_true (rs_recommendation_store_save (f->jonas, rec, NULL, &error));
  g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Jonas Berg (jberg)"));
  g_assert_nonnull (strstr (out, "rationale"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (rs_test_run_cli (json_argv, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "\"user\""));
  g_assert_nonnull (strstr (out, "\"summary\" : \"rationale\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (rs_test_run_cli (bad_argv, &out, &err), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/sharing/point-conflict", Fixture, NULL, fixture_set_up, test_point_conflict, fixture_tear_down);
  g_test_add ("/sharing/recommendation-conflict", Fixture, NULL, fixture_set_up, test_recommendation_conflict,
              fixture_tear_down);
  g_test_add ("/sharing/submission-conflict", Fixture, NULL, fixture_set_up, test_submission_conflict,
              fixture_tear_down);
  g_test_add ("/sharing/panel-conflict", Fixture, NULL, fixture_set_up, test_panel_conflict, fixture_tear_down);
  g_test_add ("/sharing/session-conflict", Fixture, NULL, fixture_set_up, test_session_conflict, fixture_tear_down);
  g_test_add ("/sharing/lab-conflict", Fixture, NULL, fixture_set_up, test_lab_conflict, fixture_tear_down);
  g_test_add ("/sharing/process-conflict", Fixture, NULL, fixture_set_up, test_process_conflict, fixture_tear_down);
  g_test_add ("/sharing/phase-conflict", Fixture, NULL, fixture_set_up, test_phase_conflict, fixture_tear_down);
  g_test_add ("/sharing/audit-cli", Fixture, NULL, fixture_set_up, test_audit_cli, fixture_tear_down);
  g_test_add ("/sharing/audit-erasure", Fixture, NULL, fixture_set_up, test_audit_erasure, fixture_tear_down);
  return g_test_run ();
}
