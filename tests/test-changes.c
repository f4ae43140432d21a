/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-change-kind.h"
#include "rs-enums.h"
#include "rs-panel-store.h"
#include "rs-process-store.h"
#include "rs-test-utils.h"

/* The change path: every committed write is announced once, with its kind,
 * id and process, on the context that opened the database; nothing is
 * announced for a rolled back write. */

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

  g_clear_object (&process);
  g_assert_finalize_object (g_steal_pointer (&db));
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
  return g_test_run ();
}
