/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-privacy"

#include "config.h"

#include "rs-database-task.h"
#include "rs-erasure.h"
#include "rs-processing-record.h"
#include "rs-retention.h"

/* The personal-data operations for the GUI: erasure (its preview, a whole
 * process, one person), the retention period and the record of
 * processing, each on the database thread. */

void
rs_erasure_preview_free (RsErasurePreview *preview)
{
  if (preview == NULL)
    return;
  g_strfreev (preview->backups);
  g_free (preview);
}

RsErasurePreview *
rs_erasure_preview_full (RsDatabase *db,
                         gint64      process_id,
                         int         default_months,
                         GError    **error)
{
  g_autoptr(RsRetention) retention = rs_retention_get (db, process_id, default_months, NULL, error);
  g_autoptr(RsErasurePreview) preview = g_new0 (RsErasurePreview, 1);

  if (retention == NULL || !rs_erasure_preview (db, process_id, &preview->counts, error))
    return NULL;
  preview->process_id = process_id;
  preview->passed = retention->passed;
  preview->backups = rs_erasure_list_backups (db);
  return g_steal_pointer (&preview);
}

typedef struct
{
  gint64           id;       /* process or person */
  int              number;   /* default months, or months */
  RsErasureReason  reason;
  RsErasureCounts  counts;
  RsDocumentFormat format;
  char            *text;     /* a path or a language */
  char            *path;
} Job;

static void
job_free (Job *job)
{
  g_free (job->text);
  g_free (job->path);
  g_free (job);
}

static void
run_task (RsDatabase         *db,
          RsDatabaseJob       func,
          Job                *job,
          gpointer            source_tag,
          GCancellable       *cancellable,
          GAsyncReadyCallback callback,
          gpointer            user_data)
{
  g_autoptr(GTask) task = g_task_new (db, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  rs_database_run_async (db, func, job, NULL, NULL, cancellable, rs_database_task_done_cb,
                         g_object_ref (task));
}

static gboolean
finish_task (GAsyncResult    *result,
             RsErasureCounts *out,
             GError         **error)
{
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  if (out != NULL)
    *out = ((Job *) g_task_get_task_data (G_TASK (result)))->counts;
  return TRUE;
}

static gpointer
preview_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Job *job = data;

  return rs_erasure_preview_full (db, job->id, job->number, error);
}

void
rs_erasure_preview_async (RsDatabase         *db,
                          gint64              process_id,
                          int                 default_months,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  Job *job = g_new0 (Job, 1);

  job->id = process_id;
  job->number = default_months;
  rs_database_run_async (db, preview_job, job, (GDestroyNotify) job_free,
                         (GDestroyNotify) rs_erasure_preview_free, cancellable, callback, user_data);
}

RsErasurePreview *
rs_erasure_preview_finish (RsDatabase   *db,
                           GAsyncResult *result,
                           GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
erase_process_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Job *job = data;

  rs_erasure_erase_process (db, job->id, job->reason, &job->counts, error);
  return NULL;
}

void
rs_erasure_erase_process_async (RsDatabase         *db,
                                gint64              process_id,
                                RsErasureReason     reason,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  Job *job = g_new0 (Job, 1);

  job->id = process_id;
  job->reason = reason;
  run_task (db, erase_process_job, job, rs_erasure_erase_process_async, cancellable, callback, user_data);
}

gboolean
rs_erasure_erase_process_finish (RsDatabase      *db,
                                 GAsyncResult    *result,
                                 RsErasureCounts *out,
                                 GError         **error)
{
  return finish_task (result, out, error);
}

static gpointer
erase_person_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Job *job = data;

  rs_erasure_erase_person (db, job->id, job->reason, &job->counts, error);
  return NULL;
}

void
rs_erasure_erase_person_async (RsDatabase         *db,
                               gint64              person_id,
                               RsErasureReason     reason,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  Job *job = g_new0 (Job, 1);

  job->id = person_id;
  job->reason = reason;
  run_task (db, erase_person_job, job, rs_erasure_erase_person_async, cancellable, callback, user_data);
}

gboolean
rs_erasure_erase_person_finish (RsDatabase      *db,
                                GAsyncResult    *result,
                                RsErasureCounts *out,
                                GError         **error)
{
  return finish_task (result, out, error);
}

static gpointer
set_retention_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Job *job = data;
  g_autoptr(RsRetention) now = rs_retention_get (db, job->id, RS_DEFAULT_RETENTION_MONTHS, NULL, error);

  /* Only for a process that exists. */
  if (now != NULL)
    rs_retention_set (db, job->id, job->number, job->text, error);
  return NULL;
}

void
rs_retention_set_async (RsDatabase         *db,
                        gint64              process_id,
                        int                 months,
                        const char         *until,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  Job *job = g_new0 (Job, 1);

  job->id = process_id;
  job->number = months;
  job->text = g_strdup (until);
  rs_database_run_async (db, set_retention_job, job, (GDestroyNotify) job_free, NULL, cancellable, callback,
                         user_data);
}

gboolean
rs_retention_set_finish (RsDatabase   *db,
                         GAsyncResult *result,
                         GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
record_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Job *job = data;

  rs_processing_record_write (db, job->id, job->number, job->text, job->format, job->path, cancellable,
                              error);
  return NULL;
}

void
rs_processing_record_write_async (RsDatabase         *db,
                                  gint64              process_id,
                                  int                 default_months,
                                  const char         *language,
                                  RsDocumentFormat    format,
                                  const char         *path,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  Job *job = g_new0 (Job, 1);

  job->id = process_id;
  job->number = default_months;
  job->text = g_strdup (language);
  job->format = format;
  job->path = g_strdup (path);
  rs_database_run_async (db, record_job, job, (GDestroyNotify) job_free, NULL, cancellable, callback,
                         user_data);
}

gboolean
rs_processing_record_write_finish (RsDatabase   *db,
                                   GAsyncResult *result,
                                   GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}
