/* SPDX-License-Identifier: MPL-2.0 */
/* The one database thread: jobs run there one at a time and in order, and
 * their results come back on the caller's main context. */
#define G_LOG_DOMAIN "rs-database"

#include "config.h"

#include "rs-database-private.h"

typedef struct
{
  RsDatabaseJob  job;
  gpointer       data;
  GDestroyNotify data_destroy;
  GDestroyNotify result_destroy;
} JobData;

static void
job_data_free (JobData *jd)
{
  if (jd->data_destroy != NULL && jd->data != NULL)
    jd->data_destroy (jd->data);
  g_free (jd);
}

/* Set on the database thread: the last reference to a database may go with
 * a job's task there, and the thread cannot then wait for itself. */
static GPrivate on_database_thread;

static void
run_job_in_pool (gpointer data,
                 gpointer user_data)
{
  g_autoptr(GTask) task = data;
  RsDatabase *self = g_task_get_source_object (task);
  JobData *jd = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gpointer result;

  g_private_set (&on_database_thread, GINT_TO_POINTER (1));
  if (g_task_return_error_if_cancelled (task))
    return;

  rs_database_lock (self);
  result = jd->job (self, jd->data, g_task_get_cancellable (task), &error);
  rs_database_unlock (self);

  if (error != NULL)
    {
      if (result != NULL && jd->result_destroy != NULL)
        jd->result_destroy (result);
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_pointer (task, result, jd->result_destroy);
}

/* Frees the pool; not waiting when the last reference went on the
 * database thread itself, which cannot wait for itself. */
void
rs_database_jobs_free (GThreadPool **pool)
{
  if (*pool != NULL)
    g_thread_pool_free (g_steal_pointer (pool), FALSE, g_private_get (&on_database_thread) == NULL);
}

/**
 * rs_database_run_async:
 * Runs @job on the database's own thread, one job at a time and in order.
 */
void
rs_database_run_async (RsDatabase         *self,
                       RsDatabaseJob       job,
                       gpointer            data,
                       GDestroyNotify      data_destroy,
                       GDestroyNotify      result_destroy,
                       GCancellable       *cancellable,
                       GAsyncReadyCallback callback,
                       gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  GThreadPool **pool;
  JobData *jd;

  g_return_if_fail (RS_IS_DATABASE (self));
  g_return_if_fail (job != NULL);

  jd = g_new0 (JobData, 1);
  jd->job = job;
  jd->data = data;
  jd->data_destroy = data_destroy;
  jd->result_destroy = result_destroy;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rs_database_run_async);
  g_task_set_task_data (task, jd, (GDestroyNotify) job_data_free);

  pool = rs_database_get_job_pool (self);
  if (*pool == NULL)
    *pool = g_thread_pool_new (run_job_in_pool, NULL, 1, FALSE, NULL);
  g_thread_pool_push (*pool, g_steal_pointer (&task), NULL);
}

void
rs_database_run_for_id_async (RsDatabase         *self,
                              RsDatabaseJob       job,
                              gint64              id,
                              GDestroyNotify      result_destroy,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  rs_database_run_async (self, job, g_memdup2 (&id, sizeof id), g_free, result_destroy,
                         cancellable, callback, user_data);
}

gpointer
rs_database_run_finish (RsDatabase   *self,
                        GAsyncResult *result,
                        GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* For jobs that return nothing: TRUE unless the job set an error. */
gboolean
rs_database_run_finish_boolean (RsDatabase   *self,
                                GAsyncResult *result,
                                GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_task_propagate_pointer (G_TASK (result), error);
  return !g_task_had_error (G_TASK (result));
}
