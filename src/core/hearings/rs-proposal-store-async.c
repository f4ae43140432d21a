/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-proposal-store"

#include "config.h"

#include "rs-database-task.h"
#include "rs-proposal-store.h"

/* The budget proposals of a round for the GUI: each operation runs the
 * synchronous store function on the database thread. */

static gpointer
list_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_proposal_store_list (db, *(gint64 *) data, error);
}

void
rs_proposal_store_list_async (RsDatabase         *db,
                              gint64              round_id,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  rs_database_run_for_id_async (db, list_job, round_id, g_object_unref, cancellable, callback, user_data);
}

GListStore *
rs_proposal_store_list_finish (RsDatabase   *db,
                               GAsyncResult *result,
                               GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
add_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  RsBudgetProposal *proposal = data;

  return rs_proposal_store_add (db, proposal, error) ? g_object_ref (proposal) : NULL;
}

void
rs_proposal_store_add_async (RsDatabase         *db,
                             RsBudgetProposal   *proposal,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  rs_database_run_async (db, add_job, rs_budget_proposal_copy (proposal), g_object_unref, g_object_unref,
                         cancellable, callback, user_data);
}

RsBudgetProposal *
rs_proposal_store_add_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
update_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  rs_proposal_store_update (db, data, error);
  return NULL;
}

void
rs_proposal_store_update_async (RsDatabase         *db,
                                RsBudgetProposal   *proposal,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  rs_database_run_async (db, update_job, rs_budget_proposal_copy (proposal), g_object_unref, NULL,
                         cancellable, callback, user_data);
}

gboolean
rs_proposal_store_update_finish (RsDatabase   *db,
                                 GAsyncResult *result,
                                 GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
delete_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  rs_proposal_store_delete (db, *(gint64 *) data, error);
  return NULL;
}

void
rs_proposal_store_delete_async (RsDatabase         *db,
                                gint64              proposal_id,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  rs_database_run_for_id_async (db, delete_job, proposal_id, NULL, cancellable, callback, user_data);
}

gboolean
rs_proposal_store_delete_finish (RsDatabase   *db,
                                 GAsyncResult *result,
                                 GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

typedef struct
{
  gint64     round_id;
  char      *path;
  int        count;
  GPtrArray *warnings;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_free (job->path);
  g_clear_pointer (&job->warnings, g_ptr_array_unref);
  g_free (job);
}

static gpointer
import_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  ImportJob *job = data;

  job->count = rs_proposal_store_import_csv (db, job->round_id, job->path, &job->warnings, error);
  return NULL;
}

void
rs_proposal_store_import_csv_async (RsDatabase         *db,
                                    gint64              round_id,
                                    const char         *path,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  g_autoptr(GTask) task = g_task_new (db, cancellable, callback, user_data);
  ImportJob *job = g_new0 (ImportJob, 1);

  job->round_id = round_id;
  job->path = g_strdup (path);
  job->count = -1;
  g_task_set_source_tag (task, rs_proposal_store_import_csv_async);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  rs_database_run_async (db, import_job, job, NULL, NULL, cancellable, rs_database_task_done_cb,
                         g_object_ref (task));
}

int
rs_proposal_store_import_csv_finish (RsDatabase   *db,
                                     GAsyncResult *result,
                                     GPtrArray   **warnings,
                                     GError      **error)
{
  ImportJob *job;

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return -1;
  job = g_task_get_task_data (G_TASK (result));
  if (warnings != NULL)
    *warnings = job->warnings ? g_ptr_array_ref (job->warnings) : g_ptr_array_new_with_free_func (g_free);
  return job->count;
}
