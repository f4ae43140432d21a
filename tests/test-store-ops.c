/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <glib/gstdio.h>

#include "rs-categories.h"
#include "rs-change-kind.h"
#include "rs-erasure.h"
#include "rs-hearing-import.h"
#include "rs-hearing-store.h"
#include "rs-hearing-summary.h"
#include "rs-open-meeting-import.h"
#include "rs-open-meeting-store.h"
#include "rs-session-store.h"
#include "rs-panel-store.h"
#include "rs-pool-import.h"
#include "rs-pool-store.h"
#include "rs-population.h"
#include "rs-process-stats.h"
#include "rs-process-store.h"
#include "rs-processing-record.h"
#include "rs-proposal-store.h"
#include "rs-recommendation-origins.h"
#include "rs-recommendation-store.h"
#include "rs-retention.h"
#include "rs-selection-store.h"
#include "rs-test-utils.h"
#include "rs-whitebook.h"

/* The typed operations the GUI calls instead of its own database jobs:
 * each returns what its synchronous twin returns, runs on the database
 * thread, reports progress on the caller's context, and its writes are
 * announced (kind, id, process) so lists and counts follow without a
 * reload. */

static GThread *main_thread;

typedef struct
{
  RsChangeKind kind;
  gint64       id;
  gint64       process_id;
} Seen;

static void
changed_cb (RsDatabase  *db,
            RsChangeKind kind,
            gint64       id,
            gint64       process_id,
            GArray      *seen)
{
  Seen s = { kind, id, process_id };

  g_assert_true (g_thread_self () == main_thread);
  g_array_append_val (seen, s);
}

static gboolean
was_announced (GArray      *seen,
               RsChangeKind kind,
               gint64       id)
{
  for (guint i = 0; i < seen->len; i++)
    {
      Seen *s = &g_array_index (seen, Seen, i);
      if (s->kind == kind && (id < 0 || s->id == id || s->id == 0))
        return TRUE;
    }
  return FALSE;
}

static gboolean
give_up (gpointer data)
{
  g_error ("%s did not happen in time", (const char *) data);
  return G_SOURCE_REMOVE;
}

/* Iterates until @kind (and @id, or any with -1) was announced. */
static void
wait_announced (GArray      *seen,
                RsChangeKind kind,
                gint64       id)
{
  guint guard = g_timeout_add_seconds (20, give_up, (gpointer) "the announcement");

  while (!was_announced (seen, kind, id))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_true (g_thread_self () == main_thread);
  *out = g_object_ref (result);
}

static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  guint guard = g_timeout_add_seconds (60, give_up, (gpointer) "the operation");

  g_clear_object (slot);
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
  return *slot;
}

/* The database thread lets go of a job only after its callback ran here. */
static void
close_database (RsDatabase **db,
                char        *dir)
{
  while (G_OBJECT (*db)->ref_count > 1)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
  g_clear_object (db);
  rs_test_remove_dir (dir);
}

typedef struct
{
  guint  calls;
  double last;
  gboolean freed;
} Progress;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *p = user_data;

  g_assert_true (g_thread_self () == main_thread);
  g_assert_cmpfloat (fraction, >=, p->last);
  p->calls++;
  p->last = fraction;
}

/* Let go of on the caller's thread too, whichever thread drops the job. */
static void
progress_free (gpointer user_data)
{
  g_assert_true (g_thread_self () == main_thread);
  ((Progress *) user_data)->freed = TRUE;
}

static void
wait_progress_freed (Progress *p)
{
  guint guard = g_timeout_add_seconds (20, give_up, (gpointer) "releasing the progress data");

  while (!p->freed)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
}

static gboolean
rounds_counted (RsProcessStats *stats,
                int             rounds,
                int             responses)
{
  return rs_process_stats_get_loaded (stats) && rs_process_stats_get_summary (stats)->hearing_rounds == rounds &&
         rs_process_stats_get_summary (stats)->responses == responses;
}

static void
wait_counts (RsProcessStats *stats,
             int             rounds,
             int             responses)
{
  guint guard = g_timeout_add_seconds (20, give_up, (gpointer) "the counts");

  while (!rounds_counted (stats, rounds, responses))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
}

/* A round: suggested, created with every field, its parties imported and
 * answered, responses imported with progress, the count following. */
static void
test_hearing_rounds (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (Seen));
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create (db, "Budget 2040", 2040, NULL, NULL, &error);
  gint64 pid = rs_process_get_id (process);
  RsProcessStats *stats = rs_process_stats_new (db, pid);
  g_autoptr(RsHearingRound) defaults = NULL;
  g_autoptr(RsHearingRound) added = NULL;
  g_autoptr(RsHearingRound) stored = NULL;
  g_autoptr(GListStore) parties = NULL;
  g_autofree char *parties_path = rs_test_data_path ("hearings/parties.csv");
  g_autofree char *response_path = rs_test_data_path ("hearings/response.txt");
  g_autofree char *broken_path = rs_test_data_path ("hearings/broken-quote.csv");
  const char *paths[] = { response_path, NULL };
  const char *broken[] = { broken_path, NULL };
  RsHearingImportReport *report;
  GAsyncResult *result = NULL;
  Progress progress = { 0 };
  gint64 round_id;
  int count;

  g_assert_no_error (error);
  g_signal_connect (db, "changed", G_CALLBACK (changed_cb), seen);
  wait_counts (stats, 0, 0);

  rs_hearing_round_store_defaults_async (db, pid, NULL, async_done_cb, &result);
  defaults = rs_hearing_round_store_defaults_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_hearing_round_get_id (defaults), ==, 0);
  g_assert_cmpint (rs_hearing_round_get_process_id (defaults), ==, pid);
  g_assert_cmpstr (rs_hearing_round_get_title (defaults), ==, "");
  g_assert_nonnull (rs_hearing_round_get_starts_on (defaults));
  g_assert_cmpstr (rs_hearing_round_get_starts_on (defaults), <, rs_hearing_round_get_deadline (defaults));
  /* Only a suggestion: nothing stored. */
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM hearing_round WHERE process_id = ?", pid), ==, 0);

  rs_hearing_round_set_title (defaults, "Høring om budget 2040");
  rs_hearing_round_set_case_number (defaults, "00.01.00-A00-1-40");
  rs_hearing_round_store_add_async (db, defaults, NULL, async_done_cb, &result);
  added = rs_hearing_round_store_add_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  round_id = rs_hearing_round_get_id (added);
  g_assert_cmpint (round_id, >, 0);
  g_assert_cmpint (rs_hearing_round_get_id (defaults), ==, 0);  /* the caller's object is left alone */
  stored = rs_hearing_round_store_get (db, round_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rs_hearing_round_get_case_number (stored), ==, "00.01.00-A00-1-40");
  wait_announced (seen, RS_CHANGE_HEARING_ROUND, round_id);
  g_assert_cmpint (g_array_index (seen, Seen, seen->len - 1).process_id, ==, pid);
  wait_counts (stats, 1, 0);

  /* A round without a title is refused and nothing is stored. */
  rs_hearing_round_set_title (defaults, "  ");
  rs_hearing_round_store_add_async (db, defaults, NULL, async_done_cb, &result);
  g_assert_null (rs_hearing_round_store_add_finish (db, wait_result (&result), &error));
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM hearing_round WHERE process_id = ?", pid), ==, 1);

  g_array_set_size (seen, 0);
  rs_consulted_party_store_import_csv_async (db, round_id, parties_path, NULL, async_done_cb, &result);
  count = rs_consulted_party_store_import_csv_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (count, ==, 2);
  wait_announced (seen, RS_CHANGE_CONSULTED_PARTY, -1);

  parties = rs_consulted_party_store_list (db, round_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (parties)), >=, 2);
  {
    g_autoptr(RsConsultedParty) party = g_list_model_get_item (G_LIST_MODEL (parties), 0);
    gint64 party_id = rs_consulted_party_get_id (party);

    rs_consulted_party_store_set_status_async (db, round_id, party_id, "replied", NULL, async_done_cb, &result);
    g_assert_true (rs_consulted_party_store_set_status_finish (db, wait_result (&result), &error));
    g_assert_no_error (error);
    g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM hearing_invitation WHERE status = 'replied' "
                                            "AND replied_on IS NOT NULL AND party_id = ?", party_id), ==, 1);
    rs_consulted_party_store_set_status_async (db, round_id, party_id, "nonsense", NULL, async_done_cb, &result);
    g_assert_false (rs_consulted_party_store_set_status_finish (db, wait_result (&result), &error));
    g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID);
    g_clear_error (&error);
  }

  g_array_set_size (seen, 0);
  rs_hearing_import_files_async (db, round_id, paths, NULL, progress_cb, &progress, progress_free, NULL,
                                 async_done_cb, &result);
  report = rs_hearing_import_files_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpint (report->imported, ==, 1);
  rs_hearing_import_report_free (report);
  g_clear_object (&result);
  wait_progress_freed (&progress);
  g_assert_cmpuint (progress.calls, >=, 1);
  g_assert_cmpfloat (progress.last, ==, 1.0);
  wait_announced (seen, RS_CHANGE_RESPONSE, -1);
  wait_counts (stats, 1, 1);

  /* A broken file changes nothing and says why. */
  rs_hearing_import_files_async (db, round_id, broken, NULL, NULL, NULL, NULL, NULL, async_done_cb, &result);
  g_assert_null (rs_hearing_import_files_finish (db, wait_result (&result), &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "broken-quote.csv"));
  g_clear_error (&error);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM hearing_response WHERE round_id = ?", round_id),
                   ==, 1);

  /* A cancelled import changes nothing. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    rs_hearing_import_files_async (db, round_id, paths, NULL, NULL, NULL, NULL, cancellable, async_done_cb,
                                   &result);
    g_assert_null (rs_hearing_import_files_finish (db, wait_result (&result), &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
  }

  g_clear_object (&result);
  g_signal_handlers_disconnect_by_data (db, seen);
  g_assert_finalize_object (stats);
  g_clear_object (&process);
  close_database (&db, dir);
}

/* Budget proposals: added, changed, listed, imported with warnings and
 * deleted, each announced. */
static void
test_proposals (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (Seen));
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create (db, "Budget 2041", 2041, NULL, NULL, &error);
  g_autoptr(RsHearingRound) round = NULL;
  g_autoptr(RsBudgetProposal) wanted = rs_budget_proposal_new ("S-1", "Færre lygtepæle");
  g_autoptr(RsBudgetProposal) added = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *csv = rs_test_data_path ("hearings/proposals.csv");
  GAsyncResult *result = NULL;
  gint64 round_id;
  int count;

  g_assert_no_error (error);
  round = rs_hearing_round_store_create (db, rs_process_get_id (process), "Høring", "2041-08-20", "2041-09-10",
                                         &error);
  g_assert_no_error (error);
  round_id = rs_hearing_round_get_id (round);
  g_signal_connect (db, "changed", G_CALLBACK (changed_cb), seen);

  rs_budget_proposal_set_round_id (wanted, round_id);
  rs_budget_proposal_set_amount (wanted, -400000);
  rs_proposal_store_add_async (db, wanted, NULL, async_done_cb, &result);
  added = rs_proposal_store_add_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_budget_proposal_get_id (added), >, 0);
  g_assert_cmpint (rs_budget_proposal_get_id (wanted), ==, 0);
  g_assert_cmpint (rs_budget_proposal_get_amount (added), ==, -400000);
  wait_announced (seen, RS_CHANGE_PROPOSAL, rs_budget_proposal_get_id (added));
  g_assert_cmpint (g_array_index (seen, Seen, seen->len - 1).process_id, ==, rs_process_get_id (process));

  /* The same number twice is refused. */
  rs_proposal_store_add_async (db, wanted, NULL, async_done_cb, &result);
  g_assert_null (rs_proposal_store_add_finish (db, wait_result (&result), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  rs_budget_proposal_set_title (added, "Slukkede lygtepæle om natten");
  rs_proposal_store_update_async (db, added, NULL, async_done_cb, &result);
  g_assert_true (rs_proposal_store_update_finish (db, wait_result (&result), &error));
  g_assert_no_error (error);

  rs_proposal_store_list_async (db, round_id, NULL, async_done_cb, &result);
  list = rs_proposal_store_list_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  {
    g_autoptr(RsBudgetProposal) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_cmpstr (rs_budget_proposal_get_title (first), ==, "Slukkede lygtepæle om natten");
  }
  g_clear_object (&list);

  rs_proposal_store_import_csv_async (db, round_id, csv, NULL, async_done_cb, &result);
  count = rs_proposal_store_import_csv_finish (db, wait_result (&result), &warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count, ==, 4);
  g_assert_cmpuint (warnings->len, >=, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "proposals.csv"));

  g_array_set_size (seen, 0);
  rs_proposal_store_delete_async (db, rs_budget_proposal_get_id (added), NULL, async_done_cb, &result);
  g_assert_true (rs_proposal_store_delete_finish (db, wait_result (&result), &error));
  g_assert_no_error (error);
  wait_announced (seen, RS_CHANGE_PROPOSAL, rs_budget_proposal_get_id (added));
  rs_proposal_store_list_async (db, round_id, NULL, async_done_cb, &result);
  list = rs_proposal_store_list_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);

  g_clear_object (&result);
  g_signal_handlers_disconnect_by_data (db, seen);
  g_clear_object (&round);
  g_clear_object (&process);
  close_database (&db, dir);
}

static gboolean
pool_counted (RsProcessStats *stats,
              int             pool)
{
  return rs_process_stats_get_loaded (stats) && rs_process_stats_get_summary (stats)->pool == pool;
}

static void
wait_pool (RsProcessStats *stats,
           int             pool)
{
  guint guard = g_timeout_add_seconds (20, give_up, (gpointer) "the pool count");

  while (!pool_counted (stats, pool))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
}

/* A person added, read back, changed and erased through the typed
 * operations; the pool count follows each. */
static void
test_pool_people (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, NULL);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (Seen));
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create (db, "Budget 2042", 2042, NULL, NULL, &error);
  gint64 pid = rs_process_get_id (process);
  gint64 panel_id = rs_test_panel_with_sample_categories (db, pid, "Borgerpanelet", 12);
  RsProcessStats *stats = rs_process_stats_new (db, pid);
  g_autoptr(RsPersonData) data = rs_person_data_new ();
  g_autoptr(RsPersonData) back = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;
  g_autoptr(RsPoolMapping) mapping = NULL;
  RsErasureCounts counts = { 0 };
  GAsyncResult *result = NULL;
  gint64 person_id, again;

  g_assert_no_error (error);
  g_signal_connect (db, "changed", G_CALLBACK (changed_cb), seen);
  wait_pool (stats, 0);

  rs_categories_load_async (db, panel_id, NULL, async_done_cb, &result);
  categories = rs_categories_load_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (categories->len, >, 0);
  {
    RsCategory *first = g_ptr_array_index (categories, 0);
    RsCategoryValue *value = g_ptr_array_index (first->values, 0);
    g_array_append_val (data->value_ids, value->id);
  }
  data->name = g_strdup ("Karen Jensen");
  data->email = g_strdup ("karen@example.org");
  data->status = g_strdup ("registered");

  rs_pool_store_save_async (db, panel_id, 0, data, NULL, async_done_cb, &result);
  person_id = rs_pool_store_save_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (person_id, >, 0);
  wait_announced (seen, RS_CHANGE_PERSON, person_id);
  wait_pool (stats, 1);

  rs_pool_store_get_async (db, person_id, NULL, async_done_cb, &result);
  back = rs_pool_store_get_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->name, ==, "Karen Jensen");
  g_assert_cmpuint (back->value_ids->len, ==, 1);

  g_free (back->city);
  back->city = g_strdup ("Havbjerg");
  rs_pool_store_save_async (db, panel_id, person_id, back, NULL, async_done_cb, &result);
  again = rs_pool_store_save_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, person_id);
  g_clear_pointer (&back, rs_person_data_free);
  back = rs_pool_store_get (db, person_id, &error);
  g_assert_cmpstr (back->city, ==, "Havbjerg");
  wait_pool (stats, 1);

  /* A person that is not there. */
  rs_pool_store_get_async (db, person_id + 1000, NULL, async_done_cb, &result);
  g_assert_null (rs_pool_store_get_finish (db, wait_result (&result), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* No mapping stored yet: NULL without an error. */
  rs_pool_import_load_mapping_async (db, panel_id, NULL, async_done_cb, &result);
  mapping = rs_pool_import_load_mapping_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_null (mapping);

  /* No figures stored for the municipality: no source, no error. */
  {
    g_autofree char *credit = NULL, *table = NULL, *period = NULL;

    g_assert_true (rs_population_latest_source (db, pid, &credit, &table, &period, &error));
    g_assert_no_error (error);
    g_assert_null (credit);
  }

  rs_population_load_async (db, "461", NULL, async_done_cb, &result);
  benchmarks = rs_population_load_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (benchmarks->len, ==, 0);

  g_array_set_size (seen, 0);
  rs_erasure_erase_person_async (db, person_id, RS_ERASURE_REASON_REQUEST, NULL, async_done_cb, &result);
  g_assert_true (rs_erasure_erase_person_finish (db, wait_result (&result), &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.persons, ==, 1);
  wait_announced (seen, RS_CHANGE_PERSON, person_id);
  g_clear_pointer (&back, rs_person_data_free);
  back = rs_pool_store_get (db, person_id, &error);
  g_assert_no_error (error);
  g_assert_true (back->name == NULL || *back->name == '\0');
  /* Erased, not removed: still counted. */
  wait_pool (stats, 1);

  g_clear_object (&result);
  g_signal_handlers_disconnect_by_data (db, seen);
  g_assert_finalize_object (stats);
  g_clear_object (&process);
  close_database (&db, dir);
}

/* On the sample: the white book with progress, the erasure preview, the
 * record of processing, the retention period, the erasure of the whole
 * process, a new recommendation and what it can be linked to. */
static void
test_sample_operations (void)
{
  g_autofree char *dir = NULL;
  gint64 pid = 0;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &pid);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (Seen));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) rounds = rs_hearing_round_store_list (db, pid, &error);
  g_autoptr(RsHearingRound) round = g_list_model_get_item (G_LIST_MODEL (rounds), 0);
  g_autoptr(RsDocument) doc = NULL;
  g_autoptr(RsErasurePreview) preview = NULL;
  g_autoptr(RsRetention) retention = NULL;
  g_autoptr(RsRecommendation) rec = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autofree char *record = g_build_filename (dir, "record.html", NULL);
  RsWhitebookOptions options = { .small_cell_limit = 5, .language = "en" };
  RsErasureCounts counts = { 0 };
  GAsyncResult *result = NULL;
  Progress progress = { 0 };

  g_assert_no_error (error);
  g_signal_connect (db, "changed", G_CALLBACK (changed_cb), seen);

  /* What the council's annex reads from the hearings and selection stores. */
  {
    g_autoptr(GPtrArray) summaries = rs_hearing_round_store_summarize (db, pid, &error);
    g_autoptr(GPtrArray) runs = rs_selection_store_list_process_runs (db, pid, &error);
    RsHearingRoundSummary *first;
    gint64 senders = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (summaries->len, ==, g_list_model_get_n_items (G_LIST_MODEL (rounds)));
    first = g_ptr_array_index (summaries, 0);
    g_assert_cmpint (first->responses, ==,
                     rs_test_query_int (db, "SELECT count(*) FROM hearing_response WHERE round_id = ?", first->id));
    for (guint i = 0; i < first->by_sender->len; i++)
      senders += ((RsHearingCount *) g_ptr_array_index (first->by_sender, i))->count;
    g_assert_cmpint (senders, ==, first->responses);
    g_assert_cmpuint (runs->len, >=, 1);
    g_assert_cmpuint (strlen (((RsSelectionRunRecord *) g_ptr_array_index (runs, 0))->pool_sha256), ==, 64);
  }

  rs_whitebook_build_async (db, rs_hearing_round_get_id (round), &options, progress_cb, &progress, progress_free,
                            NULL, async_done_cb, &result);
  doc = rs_whitebook_build_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_true (RS_IS_DOCUMENT (doc));
  g_clear_object (&result);
  wait_progress_freed (&progress);
  g_assert_cmpuint (progress.calls, >=, 1);

  rs_recommendation_store_create_async (db, pid, "Flere bænke", "Byrum", NULL, async_done_cb, &result);
  rec = rs_recommendation_store_create_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rs_recommendation_get_title (rec), ==, "Flere bænke");
  g_assert_cmpstr (rs_recommendation_get_theme (rec), ==, "Byrum");
  wait_announced (seen, RS_CHANGE_RECOMMENDATION, rs_recommendation_get_id (rec));

  rs_recommendation_origin_candidates_async (db, pid, "idea", NULL, async_done_cb, &result);
  candidates = rs_recommendation_origin_candidates_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (candidates->len, >, 0);

  rs_processing_record_write_async (db, pid, 12, "en", RS_DOCUMENT_FORMAT_HTML, record, NULL, async_done_cb,
                                    &result);
  g_assert_true (rs_processing_record_write_finish (db, wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (record, G_FILE_TEST_IS_REGULAR));

  rs_retention_set_async (db, pid, 24, NULL, NULL, async_done_cb, &result);
  g_assert_true (rs_retention_set_finish (db, wait_result (&result), &error));
  g_assert_no_error (error);
  retention = rs_retention_get (db, pid, 12, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (retention->months, ==, 24);
  g_assert_false (retention->months_is_default);
  /* Only for a process that exists. */
  rs_retention_set_async (db, pid + 1000, 24, NULL, NULL, async_done_cb, &result);
  g_assert_false (rs_retention_set_finish (db, wait_result (&result), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  rs_erasure_preview_async (db, pid, 12, NULL, async_done_cb, &result);
  preview = rs_erasure_preview_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (preview->process_id, ==, pid);
  g_assert_cmpint (preview->counts.persons, >, 0);
  g_assert_nonnull (preview->backups);
  /* A preview changes nothing. */
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM personal_data_erasure WHERE process_id = ?", pid),
                   ==, 0);

  g_array_set_size (seen, 0);
  rs_erasure_erase_process_async (db, pid, RS_ERASURE_REASON_MANUAL, NULL, async_done_cb, &result);
  g_assert_true (rs_erasure_erase_process_finish (db, wait_result (&result), &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.persons, ==, preview->counts.persons);
  g_assert_cmpint (counts.responses, ==, preview->counts.responses);
  wait_announced (seen, RS_CHANGE_PRIVACY, -1);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM personal_data_erasure WHERE process_id = ?", pid),
                   ==, 1);

  g_clear_object (&result);
  g_signal_handlers_disconnect_by_data (db, seen);
  g_clear_object (&doc);
  g_clear_object (&rec);
  g_clear_object (&round);
  g_clear_object (&rounds);
  close_database (&db, dir);
}

/* Open meetings: the registration form imported with progress, listed,
 * a registration cancelled and restored; each write announced. */
static void
test_open_meetings (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id = 0, session_id, first;
  RsDatabase *db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (Seen));
  g_autoptr(RsSession) s = rs_session_new ();
  g_autofree char *path = rs_test_data_path ("sessions/open/welfare-midtbyen.csv");
  const char *paths[] = { path, NULL };
  g_autoptr(RsRegistrationImportReport) report = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(RsOpenRegistration) item = NULL;
  GAsyncResult *result = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { 0 };

  rs_session_set_process_id (s, process_id);
  rs_session_set_title (s, "Velfærdsmøde");
  rs_session_set_kind (s, "welfare-meeting");
  rs_session_set_starts_at (s, "2019-09-17T17:00");
  rs_session_set_capacity (s, 8);
  session_id = rs_session_store_create (db, s, &error);
  g_assert_no_error (error);
  g_signal_connect (db, "changed", G_CALLBACK (changed_cb), seen);

  rs_open_meeting_import_async (db, session_id, paths, progress_cb, &progress, progress_free, NULL,
                                async_done_cb, &result);
  report = rs_open_meeting_import_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->added, ==, 12);
  g_assert_cmpuint (report->waiting, ==, 4);
  g_assert_cmpuint (progress.calls, >, 0);
  g_assert_cmpfloat (progress.last, ==, 1.0);
  wait_progress_freed (&progress);
  wait_announced (seen, RS_CHANGE_REGISTRATION, -1);

  rs_open_meeting_store_list_async (db, process_id, NULL, async_done_cb, &result);
  list = rs_open_meeting_store_list_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 12);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  first = rs_open_registration_get_id (item);

  g_array_set_size (seen, 0);
  rs_open_meeting_store_cancel_async (db, first, NULL, async_done_cb, &result);
  g_assert_cmpint (rs_open_meeting_store_cancel_finish (db, wait_result (&result), &error), >, 0);
  g_assert_no_error (error);
  wait_announced (seen, RS_CHANGE_REGISTRATION, -1);
  rs_open_meeting_store_restore_async (db, first, 0, NULL, async_done_cb, &result);
  g_assert_true (rs_open_meeting_store_restore_finish (db, wait_result (&result), &error));
  g_assert_no_error (error);

  g_clear_object (&result);
  close_database (&db, dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  main_thread = g_thread_self ();
  g_test_add_func ("/store-ops/hearing-rounds", test_hearing_rounds);
  g_test_add_func ("/store-ops/proposals", test_proposals);
  g_test_add_func ("/store-ops/pool-people", test_pool_people);
  g_test_add_func ("/store-ops/sample", test_sample_operations);
  g_test_add_func ("/store-ops/open-meetings", test_open_meetings);
  return g_test_run ();
}
