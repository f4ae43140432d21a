/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-change-kind.h"
#include "rs-enums.h"
#include "rs-panel-list.h"
#include "rs-panel-store.h"
#include "rs-council-package.h"
#include "rs-hearing-store.h"
#include "rs-pool-import.h"
#include "rs-pool-store.h"
#include "rs-process-stats.h"
#include "rs-process-store.h"
#include "rs-response-groups.h"
#include "rs-response-store.h"
#include "rs-categories.h"
#include "rs-selection-store.h"
#include "rs-session-details.h"
#include "rs-session-store.h"
#include "rs-test-utils.h"

/* The change path: every committed write is announced once, with its kind,
 * id and process, on the context that opened the database; nothing is
 * announced for a rolled back write. */

static GThread *main_thread;

/* The database thread lets go of a job's task only after its callback ran
 * on this context: iterate until the test holds the last reference. */
static void
wait_for_last_reference (RsDatabase *db)
{
  while (G_OBJECT (db)->ref_count > 1)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
}

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

  /* Always on the thread that opened the database. */
  g_assert_true (g_thread_self () == main_thread);
  g_array_append_val (seen, s);
}

static guint
count_kind (GArray      *seen,
            RsChangeKind kind,
            gint64       id)
{
  guint n = 0;

  for (guint i = 0; i < seen->len; i++)
    {
      Seen *s = &g_array_index (seen, Seen, i);
      if (s->kind == kind && (id < 0 || s->id == id))
        n++;
    }
  return n;
}

static void
test_sync_writes (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (Seen));
  g_autoptr(GArray) panels_only = g_array_new (FALSE, FALSE, sizeof (Seen));
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = NULL;
  g_autoptr(RsPanel) panel = NULL;
  gint64 pid;

  while (g_main_context_iteration (NULL, FALSE));
  g_signal_connect (db, "changed", G_CALLBACK (changed_cb), seen);
  g_signal_connect (db, "changed::panel", G_CALLBACK (changed_cb), panels_only);

  process = rs_process_store_create (db, "Budget 2030", 2030, NULL, NULL, &error);
  g_assert_no_error (error);
  pid = rs_process_get_id (process);
  /* A synchronous write on the owner's thread is announced before it returns. */
  g_assert_cmpuint (count_kind (seen, RS_CHANGE_PROCESS, pid), ==, 1);
  g_assert_cmpuint (count_kind (seen, RS_CHANGE_PHASE, -1), >=, 1);
  g_assert_cmpuint (panels_only->len, ==, 0);

  panel = rs_panel_store_create (db, pid, "Borgerrådet", 24, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (panels_only->len, ==, 1);
  g_assert_cmpint (g_array_index (panels_only, Seen, 0).id, ==, rs_panel_get_id (panel));
  g_assert_cmpint (g_array_index (panels_only, Seen, 0).process_id, ==, pid);

  /* A rolled back write is not announced. */
  g_array_set_size (seen, 0);
  g_assert_true (rs_database_begin (db, &error));
  g_assert_true (rs_database_run (db, &error, "INSERT INTO panel (process_id, name, size) VALUES (?, ?, ?)",
                                  "itn", pid, "Never", 10));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 0);
  rs_database_rollback (db);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (seen->len, ==, 0);

  /* Many rows of one kind in one transaction: one note, id 0. */
  g_assert_true (rs_database_begin (db, &error));
  for (int i = 0; i < 100; i++)
    {
      g_autofree char *ext = g_strdup_printf ("X%d", i);
      g_assert_true (rs_database_run (db, &error, "INSERT INTO person (panel_id, external_id, pseudonym) VALUES (?, ?, ?)",
                                      "itt", rs_panel_get_id (panel), ext, ext));
    }
  g_assert_true (rs_database_commit (db, &error));
  g_assert_cmpuint (count_kind (seen, RS_CHANGE_PERSON, -1), ==, 1);
  g_assert_cmpuint (count_kind (seen, RS_CHANGE_PERSON, 0), ==, 1);

  g_assert_cmpstr (rs_change_kind_to_nick (RS_CHANGE_SELECTION_RUN), ==, "selection-run");

  g_clear_object (&process);
  g_clear_object (&panel);
  g_assert_finalize_object (g_steal_pointer (&db));
  rs_test_remove_dir (dir);
}

static gpointer
create_panel_job (RsDatabase   *db,
                  gpointer      data,
                  GCancellable *cancellable,
                  GError      **error)
{
  gint64 *pid = data;

  g_assert_true (g_thread_self () != main_thread);
  return rs_panel_store_create (db, *pid, "Ungepanelet", 12, error);
}

static void
job_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GArray *seen = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPanel) panel = rs_database_run_finish (RS_DATABASE (source), result, &error);
  Seen done = { RS_N_CHANGE_KINDS, 0, 0 };

  g_assert_no_error (error);
  g_assert_nonnull (panel);
  /* The note came before the job's callback. */
  g_assert_cmpuint (count_kind (seen, RS_CHANGE_PANEL, rs_panel_get_id (panel)), ==, 1);
  g_array_append_val (seen, done);
}

static gboolean
job_finished (gpointer data)
{
  GArray *seen = data;
  return seen->len > 0 && g_array_index (seen, Seen, seen->len - 1).kind == RS_N_CHANGE_KINDS;
}

static void
test_database_thread (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (Seen));
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create (db, "Budget 2031", 2031, NULL, NULL, &error);
  gint64 pid = rs_process_get_id (process);

  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE));
  g_signal_connect (db, "changed", G_CALLBACK (changed_cb), seen);

  rs_database_run_for_id_async (db, create_panel_job, pid, g_object_unref, NULL, job_done_cb, seen);
  while (!job_finished (seen))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (count_kind (seen, RS_CHANGE_PANEL, -1), ==, 1);
  g_assert_cmpint (g_array_index (seen, Seen, 0).process_id, ==, pid);

  /* The database thread lets go of its task after the callback ran. */
  wait_for_last_reference (db);
  g_clear_object (&process);
  g_assert_finalize_object (g_steal_pointer (&db));
  rs_test_remove_dir (dir);
}

/* Runs the main loop until @stats shows @n panels, @pool people, @sessions
 * meetings and @rounds hearing rounds; a hang fails the test. */
typedef struct
{
  RsProcessStats *stats;
  int panels, pool, sessions, rounds;
} Expect;

static gboolean
stats_match (Expect *e)
{
  const RsProcessSummary *s = rs_process_stats_get_summary (e->stats);

  return rs_process_stats_get_loaded (e->stats) && s->panels == e->panels && s->pool == e->pool &&
         s->sessions == e->sessions && s->hearing_rounds == e->rounds;
}

static gboolean
give_up (gpointer data)
{
  g_error ("The counts did not become current");
  return G_SOURCE_REMOVE;
}

static void
wait_for_stats (RsProcessStats *stats,
                int panels, int pool, int sessions, int rounds)
{
  Expect e = { stats, panels, pool, sessions, rounds };
  guint guard = g_timeout_add_seconds (20, give_up, NULL);

  while (!stats_match (&e))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *n)
{
  (*n)++;
}

static void
test_process_stats (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create (db, "Budget 2032", 2032, NULL, NULL, &error);
  g_autoptr(RsProcess) other = rs_process_store_create (db, "Budget 2033", 2033, NULL, NULL, &error);
  gint64 pid = rs_process_get_id (process);
  g_autoptr(RsProcessStats) stats = rs_process_stats_new (db, pid);
  g_autoptr(RsProcessStats) second = rs_process_stats_new (db, pid);
  g_autoptr(RsPanel) panel = NULL;
  g_autoptr(RsPanel) elsewhere = NULL;
  g_autoptr(RsHearingRound) round = NULL;
  g_autoptr(RsSession) meeting = rs_session_new ();
  guint panel_notes = 0;
  int value = -1;

  g_assert_no_error (error);
  wait_for_stats (stats, 0, 0, 0, 0);
  g_signal_connect (stats, "notify::panels", G_CALLBACK (count_notify_cb), &panel_notes);

  /* Writes through the stores; no reload call anywhere. */
  panel = rs_panel_store_create (db, pid, "Borgerrådet", 24, &error);
  g_assert_no_error (error);
  wait_for_stats (stats, 1, 0, 0, 0);
  g_assert_cmpuint (panel_notes, ==, 1);

  for (int i = 0; i < 5; i++)
    {
      RsPersonData *person = rs_person_data_new ();
      person->external_id = g_strdup_printf ("V%d", i);
      g_assert_cmpint (rs_pool_store_add (db, rs_panel_get_id (panel), person, &error), >, 0);
      g_assert_no_error (error);
      rs_person_data_free (person);
    }
  wait_for_stats (stats, 1, 5, 0, 0);

  rs_session_set_process_id (meeting, pid);
  rs_session_set_panel_id (meeting, rs_panel_get_id (panel));
  rs_session_set_title (meeting, "First meeting");
  rs_session_set_kind (meeting, "panel-meeting");
  rs_session_set_starts_at (meeting, "2032-03-01T18:00");
  g_assert_cmpint (rs_session_store_create (db, meeting, &error), >, 0);
  g_assert_no_error (error);
  round = rs_hearing_round_store_create (db, pid, "Hearing", "2032-08-20", "2032-09-10", &error);
  g_assert_no_error (error);
  wait_for_stats (stats, 1, 5, 1, 1);
  /* Every handle on the same process is current. */
  wait_for_stats (second, 1, 5, 1, 1);
  g_object_get (second, "hearing-rounds", &value, NULL);
  g_assert_cmpint (value, ==, 1);

  /* Another process's panel does not touch these counts. */
  elsewhere = rs_panel_store_create (db, rs_process_get_id (other), "Elsewhere", 10, &error);
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (panel_notes, ==, 1);

  /* Switching the process shows the other one's counts. */
  rs_process_stats_set_process_id (second, rs_process_get_id (other));
  wait_for_stats (second, 1, 0, 0, 0);

  g_assert_true (rs_panel_store_delete (db, rs_panel_get_id (panel), &error));
  wait_for_stats (stats, 0, 0, 1, 1);

  g_assert_finalize_object (g_steal_pointer (&stats));
  g_assert_finalize_object (g_steal_pointer (&second));
  g_clear_object (&panel);
  g_clear_object (&elsewhere);
  g_clear_object (&round);
  g_clear_object (&process);
  g_clear_object (&other);
  /* The database thread lets go of its last task after the callback ran. */
  wait_for_last_reference (db);
  g_assert_finalize_object (g_steal_pointer (&db));
  rs_test_remove_dir (dir);
}

typedef struct
{
  gboolean done;
  gboolean ok;
  guint    progress_calls;
  guint    person_notes;
  GError  *error;
} Async;

static void
import_progress_cb (double   fraction,
                    guint    rows,
                    gpointer user_data)
{
  Async *a = user_data;

  g_assert_true (g_thread_self () == main_thread);
  a->progress_calls++;
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Async *a = user_data;

  a->ok = rs_pool_import_finish (result, NULL, &a->error);
  a->done = TRUE;
}

static void
person_note_cb (RsDatabase  *db,
                RsChangeKind kind,
                gint64       id,
                gint64       process_id,
                Async       *a)
{
  g_assert_true (g_thread_self () == main_thread);
  a->person_notes++;
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Async *a = user_data;

  a->ok = rs_council_report_write_finish (RS_DATABASE (source), result, &a->error);
  a->done = TRUE;
}

/* The pool import and the council package run on the database thread (no
 * SQL on any other), with progress on the caller's context. */
static void
test_async_on_database_thread (void)
{
  g_autofree char *dir = NULL;
  gint64 pid = 0;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &pid);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) panels = rs_panel_store_list (db, pid, &error);
  g_autoptr(RsPanel) panel = g_list_model_get_item (G_LIST_MODEL (panels), 0);
  g_autoptr(RsPanel) fresh = rs_panel_store_create (db, pid, "Nyt panel", 12, &error);
  g_autofree char *csv_path = g_build_filename (dir, "pool.csv", NULL);
  g_autofree char *html_path = g_build_filename (dir, "package.html", NULL);
  g_autoptr(GString) csv = g_string_new ("Løbenr;Navn\n");
  g_autoptr(GFile) file = NULL;
  Async a = { 0, };

  g_assert_no_error (error);
  for (int i = 1; i <= 50; i++)
    g_string_append_printf (csv, "%d;Person %d\n", i, i);
  g_assert_true (g_file_set_contents (csv_path, csv->str, -1, &error));
  file = g_file_new_for_path (csv_path);
  while (g_main_context_iteration (NULL, FALSE));
  g_signal_connect (db, "changed::person", G_CALLBACK (person_note_cb), &a);

  rs_pool_import_async (db, rs_panel_get_id (fresh), file, NULL, import_progress_cb, &a, NULL,
                        imported_cb, &a);
  while (!a.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (a.error);
  g_assert_true (a.ok);
  g_assert_cmpuint (a.person_notes, >=, 1);

  a.done = FALSE;
  rs_council_report_write_async (db, pid, RS_COUNCIL_REPORT_PACKAGE, RS_COUNCIL_FORMAT_HTML, "en", 5,
                                 html_path, NULL, written_cb, &a);
  while (!a.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (a.error);
  g_assert_true (a.ok);
  g_assert_true (g_file_test (html_path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (panel);

  g_signal_handlers_disconnect_by_data (db, &a);
  wait_for_last_reference (db);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

typedef struct
{
  RsPanelList    *lists[2];
  RsProcessStats *stats;
  guint           n;
  const char     *name;  /* of the first panel, when n > 0 */
} PanelsExpect;

static gboolean
panels_current (PanelsExpect *e)
{
  for (guint l = 0; l < G_N_ELEMENTS (e->lists); l++)
    {
      GListModel *model = G_LIST_MODEL (e->lists[l]);
      if (g_list_model_get_n_items (model) != e->n)
        return FALSE;
      if (e->n > 0)
        {
          g_autoptr(RsPanel) first = g_list_model_get_item (model, 0);
          if (g_strcmp0 (rs_panel_get_name (first), e->name) != 0)
            return FALSE;
        }
    }
  return rs_process_stats_get_loaded (e->stats) &&
         rs_process_stats_get_summary (e->stats)->panels == (int) e->n;
}

static void
wait_for_panels (PanelsExpect *e)
{
  guint guard = g_timeout_add_seconds (20, give_up, NULL);

  while (!panels_current (e))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n)
{
  (*n)++;
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

/* The panels store: a change through one handle reaches every list and
 * aggregate showing panels, with no reload call. */
static void
test_panel_store (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create (db, "Budget 2034", 2034, NULL, NULL, &error);
  gint64 pid = rs_process_get_id (process);
  g_autoptr(RsPanel) panel = NULL;
  g_autoptr(RsPanel) renamed = NULL;
  GAsyncResult *result = NULL;
  PanelsExpect e = { { rs_panel_list_new (db, pid), rs_panel_list_new (db, pid) },
                     rs_process_stats_new (db, pid), 0, NULL };
  guint changes = 0;

  g_assert_no_error (error);
  wait_for_panels (&e);
  g_signal_connect (e.lists[1], "items-changed", G_CALLBACK (items_changed_cb), &changes);

  rs_panel_store_create_async (db, pid, "Borgerrådet", 24, NULL, async_done_cb, &result);
  panel = rs_panel_store_create_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  e.n = 1, e.name = "Borgerrådet";
  wait_for_panels (&e);
  g_assert_cmpuint (changes, >=, 1);
  g_assert_cmpint (rs_panel_list_find (e.lists[0], rs_panel_get_id (panel)), ==, 0);

  renamed = rs_panel_copy (panel);
  rs_panel_set_name (renamed, "Ungerådet");
  rs_panel_store_update_async (db, renamed, NULL, async_done_cb, &result);
  g_assert_true (rs_panel_store_update_finish (db, wait_result (&result), &error));
  g_clear_object (&result);
  e.name = "Ungerådet";
  wait_for_panels (&e);

  rs_panel_store_delete_async (db, rs_panel_get_id (panel), NULL, async_done_cb, &result);
  g_assert_true (rs_panel_store_delete_finish (db, wait_result (&result), &error));
  g_clear_object (&result);
  e.n = 0;
  wait_for_panels (&e);
  g_assert_cmpint (rs_panel_list_find (e.lists[0], rs_panel_get_id (panel)), ==, -1);

  g_assert_finalize_object (e.lists[0]);
  g_assert_finalize_object (e.lists[1]);
  g_assert_finalize_object (e.stats);
  g_clear_object (&process);
  wait_for_last_reference (db);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static void
wait_for_responses (RsProcessStats *stats,
                    int             n)
{
  guint guard = g_timeout_add_seconds (20, give_up, NULL);

  while (rs_process_stats_get_summary (stats)->responses != n)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);
}

static gboolean
rounds_counted (gpointer data)
{
  return rs_process_stats_get_loaded (data) && rs_process_stats_get_summary (data)->hearing_rounds == 1;
}

/* The hearings store: a round created through one handle is listed by the
 * typed operations and counted by the process's stats. */
static void
test_hearing_store (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create (db, "Budget 2035", 2035, NULL, NULL, &error);
  gint64 pid = rs_process_get_id (process);
  RsProcessStats *stats = rs_process_stats_new (db, pid);
  g_autoptr(RsHearingRound) round = NULL;
  g_autoptr(GListStore) rounds = NULL;
  g_autoptr(GListStore) found = NULL;
  GAsyncResult *result = NULL;
  RsResponseFilter filter = { 0, };
  int analysed = -1, total = -1;
  guint guard;

  g_assert_no_error (error);
  round = rs_hearing_round_store_create (db, pid, "Høring", "2035-08-20", "2035-09-10", &error);
  g_assert_no_error (error);
  guard = g_timeout_add_seconds (20, give_up, NULL);
  while (!rounds_counted (stats))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);

  rs_hearing_round_store_list_async (db, pid, NULL, async_done_cb, &result);
  rounds = rs_hearing_round_store_list_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rounds)), ==, 1);

  rs_response_store_progress_async (db, rs_hearing_round_get_id (round), NULL, async_done_cb, &result);
  g_assert_true (rs_response_store_progress_finish (db, wait_result (&result), &analysed, &total, &error));
  g_clear_object (&result);
  g_assert_cmpint (total, ==, 0);
  g_assert_cmpint (analysed, ==, 0);

  filter.query = "svømmehal";
  rs_response_store_search_async (db, rs_hearing_round_get_id (round), &filter, NULL, async_done_cb, &result);
  found = rs_response_store_search_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (found)), ==, 0);

  /* A response added, deleted and restored through the store: the counts
   * follow each step. */
  {
    g_autoptr(RsHearingResponse) r = rs_hearing_response_new ();
    g_autoptr(RsHearingResponse) added = NULL;
    gint64 deleted;

    rs_hearing_response_set_sender (r, "Lokalrådet for Skovhuse");
    rs_hearing_response_set_received_on (r, "2035-09-01");
    rs_hearing_response_set_text (r, "Vi ønsker, at svømmehallen bevares.");
    rs_response_store_add_async (db, rs_hearing_round_get_id (round), r, NULL, async_done_cb, &result);
    added = rs_response_store_add_finish (db, wait_result (&result), &error);
    g_assert_no_error (error);
    g_clear_object (&result);
    wait_for_responses (stats, 1);

    rs_response_store_delete_async (db, rs_hearing_response_get_id (added), NULL, async_done_cb, &result);
    deleted = rs_response_store_delete_finish (db, wait_result (&result), &error);
    g_assert_no_error (error);
    g_clear_object (&result);
    g_assert_cmpint (deleted, ==, rs_hearing_response_get_id (added));
    wait_for_responses (stats, 0);

    rs_response_store_restore_async (db, deleted, NULL, async_done_cb, &result);
    g_assert_true (rs_response_store_restore_finish (db, wait_result (&result), &error));
    g_clear_object (&result);
    wait_for_responses (stats, 1);
  }

  /* What the Hearings page shows about the round, in one typed load. */
  {
    g_autoptr(RsHearingRoundDetails) d = NULL;

    rs_hearing_round_details_load_async (db, rs_hearing_round_get_id (round), 14, NULL, async_done_cb, &result);
    d = rs_hearing_round_details_load_finish (db, wait_result (&result), &error);
    g_assert_no_error (error);
    g_clear_object (&result);
    g_assert_cmpstr (rs_hearing_round_get_title (d->round), ==, "Høring");
    g_assert_cmpint (d->total, ==, 1);
  }
  {
    g_autoptr(GPtrArray) groups = NULL;

    rs_response_groups_list_async (db, rs_hearing_round_get_id (round), NULL, async_done_cb, &result);
    groups = rs_response_groups_list_finish (db, wait_result (&result), &error);
    g_assert_no_error (error);
    g_clear_object (&result);
    g_assert_cmpuint (groups->len, ==, 0);
  }

  g_assert_finalize_object (stats);
  g_clear_object (&process);
  wait_for_last_reference (db);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static gboolean
sessions_counted (gpointer data)
{
  return rs_process_stats_get_loaded (data) && rs_process_stats_get_summary (data)->sessions == 1;
}

/* The sessions store: a meeting created through one handle is listed, its
 * details load (without tables: no balance), and the stats count it. */
static void
test_session_store (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create (db, "Budget 2036", 2036, NULL, NULL, &error);
  gint64 pid = rs_process_get_id (process);
  RsProcessStats *stats = rs_process_stats_new (db, pid);
  g_autoptr(GListStore) sessions = NULL;
  g_autoptr(RsSessionDetails) details = NULL;
  g_autoptr(RsSession) meeting = rs_session_new ();
  GAsyncResult *result = NULL;
  gint64 id;
  guint guard;

  g_assert_no_error (error);
  rs_session_set_process_id (meeting, pid);
  rs_session_set_title (meeting, "Åbent møde");
  rs_session_set_kind (meeting, "open-meeting");
  rs_session_set_starts_at (meeting, "2036-04-01T19:00");
  id = rs_session_store_create (db, meeting, &error);
  g_assert_no_error (error);
  guard = g_timeout_add_seconds (20, give_up, NULL);
  while (!sessions_counted (stats))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);

  rs_session_store_list_async (db, pid, NULL, async_done_cb, &result);
  sessions = rs_session_store_list_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sessions)), ==, 1);
  {
    g_autoptr(RsSession) listed = g_list_model_get_item (G_LIST_MODEL (sessions), 0);
    g_assert_cmpint (rs_session_get_id (listed), ==, id);
  }

  rs_session_details_load_async (db, id, NULL, async_done_cb, &result);
  details = rs_session_details_load_finish (db, wait_result (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpstr (rs_session_get_title (details->info), ==, "Åbent møde");
  g_assert_cmpfloat (details->imbalance, <, 0);

  g_assert_finalize_object (stats);
  g_clear_object (&process);
  wait_for_last_reference (db);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

/* The selection store: the Draw tab's check sees a pool as soon as it is
 * imported; runs and the latest draw come through the typed operations. */
static void
test_selection_store (void)
{
  g_autofree char *dir = NULL;
  gint64 pid = 0;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &pid);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) panels = rs_panel_store_list (db, pid, &error);
  g_autoptr(RsPanel) sample = g_list_model_get_item (G_LIST_MODEL (panels), 0);
  g_autoptr(RsPanel) fresh = rs_panel_store_create (db, pid, "Nyt panel", 6, &error);
  g_autoptr(GPtrArray) cats = rs_categories_load (db, rs_panel_get_id (sample), &error);
  g_autoptr(RsSelectionPoolCheck) check = NULL;
  g_autoptr(RsSelectionPoolCheck) again = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(RsSelectionLatestDraw) latest = NULL;
  GAsyncResult *result = NULL;

  g_assert_no_error (error);
  for (guint c = 0; c < cats->len; c++)
    {
      RsCategory *cat = g_ptr_array_index (cats, c);
      cat->id = 0;
      for (guint v = 0; v < cat->values->len; v++)
        {
          RsCategoryValue *value = g_ptr_array_index (cat->values, v);
          value->id = 0;
          value->min = 0;
          value->max = 6;
        }
    }
  g_assert_true (rs_categories_save (db, rs_panel_get_id (fresh), cats, &error));

  rs_selection_pool_check_async (db, rs_panel_get_id (fresh), NULL, async_done_cb, &result);
  check = rs_selection_pool_check_finish (db, wait_result (&result), &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpint (rs_selection_instance_n_people (check->instance), ==, 0);

  /* Ten people with every value (the first of each category). */
  g_clear_pointer (&cats, g_ptr_array_unref);
  cats = rs_categories_load (db, rs_panel_get_id (fresh), &error);
  for (int i = 0; i < 10; i++)
    {
      RsPersonData *person = rs_person_data_new ();
      person->external_id = g_strdup_printf ("S%d", i);
      person->value_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint c = 0; c < cats->len; c++)
        {
          RsCategory *cat = g_ptr_array_index (cats, c);
          RsCategoryValue *value = g_ptr_array_index (cat->values, i % cat->values->len);
          g_array_append_val (person->value_ids, value->id);
        }
      g_assert_cmpint (rs_pool_store_add (db, rs_panel_get_id (fresh), person, &error), >, 0);
      rs_person_data_free (person);
    }
  rs_selection_pool_check_async (db, rs_panel_get_id (fresh), NULL, async_done_cb, &result);
  again = rs_selection_pool_check_finish (db, wait_result (&result), &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpint (rs_selection_instance_n_people (again->instance), ==, 10);

  rs_selection_store_list_runs_async (db, rs_panel_get_id (fresh), NULL, async_done_cb, &result);
  runs = rs_selection_store_list_runs_finish (db, wait_result (&result), &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpuint (runs->len, ==, 0);

  rs_selection_store_latest_draw_async (db, rs_panel_get_id (fresh), NULL, async_done_cb, &result);
  latest = rs_selection_store_latest_draw_finish (db, wait_result (&result), &error);
  g_clear_object (&result);
  g_assert_null (latest);
  g_assert_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INVALID);

  wait_for_last_reference (db);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  main_thread = g_thread_self ();
  g_test_add_func ("/changes/sync-writes", test_sync_writes);
  g_test_add_func ("/changes/database-thread", test_database_thread);
  g_test_add_func ("/changes/process-stats", test_process_stats);
  g_test_add_func ("/changes/panel-store", test_panel_store);
  g_test_add_func ("/changes/hearing-store", test_hearing_store);
  g_test_add_func ("/changes/session-store", test_session_store);
  g_test_add_func ("/changes/selection-store", test_selection_store);
  g_test_add_func ("/changes/async-on-database-thread", test_async_on_database_thread);
  return g_test_run ();
}
