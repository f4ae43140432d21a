/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-import"

#include "config.h"

#include "rs-hearing-import.h"

/* The import of response files for the GUI: on the database thread, with
 * progress on the caller's context and the cancellable stopping it. */

void
rs_hearing_import_report_free (RsHearingImportReport *report)
{
  if (report == NULL)
    return;
  rs_hearing_import_report_clear (report);
  g_free (report);
}

typedef struct
{
  gint64           round_id;
  GStrv            paths;
  GPtrArray       *mappings;
  RsProgressRelay *relay;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_strfreev (job->paths);
  g_clear_pointer (&job->mappings, g_ptr_array_unref);
  g_clear_pointer (&job->relay, rs_progress_relay_unref);
  g_free (job);
}

static void
thread_progress (guint    done,
                 guint    total,
                 gpointer user_data)
{
  rs_progress_relay_post (user_data, total ? (double) done / total : 1.0);
}

static gpointer
import_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  ImportJob *job = data;
  RsHearingImportReport *report = g_new0 (RsHearingImportReport, 1);
  int count = rs_hearing_import_files_full (db, job->round_id, (const char * const *) job->paths,
                                            job->mappings ? (const RsCsvMapping * const *) job->mappings->pdata
                                                          : NULL,
                                            NULL, report, cancellable,
                                            job->relay ? thread_progress : NULL, job->relay, error);

  if (count < 0)
    {
      rs_hearing_import_report_free (report);
      return NULL;
    }
  return report;
}

void
rs_hearing_import_files_async (RsDatabase          *db,
                               gint64               round_id,
                               const char * const  *paths,
                               GPtrArray           *mappings,
                               RsProgressFunc       progress,
                               gpointer             progress_data,
                               GDestroyNotify       progress_destroy,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  ImportJob *job = g_new0 (ImportJob, 1);

  g_return_if_fail (mappings == NULL || mappings->len == g_strv_length ((char **) paths));
  job->round_id = round_id;
  job->paths = g_strdupv ((char **) paths);
  job->mappings = mappings ? g_ptr_array_ref (mappings) : NULL;
  if (progress != NULL)
    job->relay = rs_progress_relay_new (progress, progress_data, progress_destroy);
  else if (progress_destroy != NULL)
    progress_destroy (progress_data);
  rs_database_run_async (db, import_job, job, (GDestroyNotify) import_job_free,
                         (GDestroyNotify) rs_hearing_import_report_free, cancellable, callback, user_data);
}

RsHearingImportReport *
rs_hearing_import_files_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  return rs_database_run_finish (db, result, error);
}
