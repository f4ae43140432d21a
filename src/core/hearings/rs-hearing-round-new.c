/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-store"

#include "config.h"

#include "rs-database-task.h"
#include "rs-hearing-store.h"
#include "rs-phase.h"
#include "rs-process-store.h"

/* A new hearing round (its suggested dates, its creation with every field)
 * and the consulted parties of a round (import, status), synchronously and
 * for the GUI on the database thread. */

RsHearingRound *
rs_hearing_round_store_defaults (RsDatabase *db,
                                 gint64      process_id,
                                 GError    **error)
{
  g_autoptr(GListStore) phases = rs_phase_store_list (db, process_id, error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 21);
  g_autofree char *start = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *deadline = g_date_time_format (later, "%Y-%m-%d");

  if (phases == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (phases)); i++)
    {
      g_autoptr(RsPhase) phase = g_list_model_get_item (G_LIST_MODEL (phases), i);

      if (rs_phase_get_kind (phase) == RS_PHASE_HEARING && rs_phase_get_starts_on (phase) &&
          rs_phase_get_ends_on (phase))
        {
          g_free (start);
          g_free (deadline);
          start = g_strdup (rs_phase_get_starts_on (phase));
          deadline = g_strdup (rs_phase_get_ends_on (phase));
        }
    }
  return rs_hearing_round_new (0, process_id, "", start, deadline);
}

static RsHearingRound *
round_copy (RsHearingRound *round)
{
  RsHearingRound *copy = rs_hearing_round_new (rs_hearing_round_get_id (round),
                                               rs_hearing_round_get_process_id (round),
                                               rs_hearing_round_get_title (round),
                                               rs_hearing_round_get_starts_on (round),
                                               rs_hearing_round_get_deadline (round));

  rs_hearing_round_set_material (copy, rs_hearing_round_get_material (round));
  rs_hearing_round_set_statutory (copy, rs_hearing_round_get_statutory (round));
  rs_hearing_round_set_legal_reference (copy, rs_hearing_round_get_legal_reference (round));
  rs_hearing_round_set_case_number (copy, rs_hearing_round_get_case_number (round));
  return copy;
}

RsHearingRound *
rs_hearing_round_store_add (RsDatabase     *db,
                            RsHearingRound *round,
                            GError        **error)
{
  g_autoptr(RsHearingRound) created = NULL;
  RsHearingRound *added;

  if (!rs_database_begin (db, error))
    return NULL;
  created = rs_hearing_round_store_create (db, rs_hearing_round_get_process_id (round),
                                           rs_hearing_round_get_title (round),
                                           rs_hearing_round_get_starts_on (round),
                                           rs_hearing_round_get_deadline (round), error);
  if (created == NULL)
    {
      rs_database_rollback (db);
      return NULL;
    }
  added = round_copy (round);
  rs_hearing_round_set_id (added, rs_hearing_round_get_id (created));
  if (!rs_hearing_round_store_update (db, added, error))
    {
      rs_database_rollback (db);
      g_object_unref (added);
      return NULL;
    }
  if (!rs_database_commit (db, error))
    {
      g_object_unref (added);
      return NULL;
    }
  return added;
}

static gpointer
defaults_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_hearing_round_store_defaults (db, *(gint64 *) data, error);
}

void
rs_hearing_round_store_defaults_async (RsDatabase         *db,
                                       gint64              process_id,
                                       GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data)
{
  rs_database_run_for_id_async (db, defaults_job, process_id, g_object_unref, cancellable, callback,
                                user_data);
}

RsHearingRound *
rs_hearing_round_store_defaults_finish (RsDatabase   *db,
                                        GAsyncResult *result,
                                        GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
add_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_hearing_round_store_add (db, data, error);
}

void
rs_hearing_round_store_add_async (RsDatabase         *db,
                                  RsHearingRound     *round,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  rs_database_run_async (db, add_job, round_copy (round), g_object_unref, g_object_unref, cancellable,
                         callback, user_data);
}

RsHearingRound *
rs_hearing_round_store_add_finish (RsDatabase   *db,
                                   GAsyncResult *result,
                                   GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

/* Consulted parties */

typedef struct
{
  gint64  round_id;
  gint64  party_id;
  char   *text;    /* a status or a path */
  char   *date;
  int     count;
} PartyJob;

static void
party_job_free (PartyJob *job)
{
  g_free (job->text);
  g_free (job->date);
  g_free (job);
}

static gpointer
status_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  PartyJob *job = data;

  rs_consulted_party_store_set_status (db, job->round_id, job->party_id, job->text, job->date, error);
  return NULL;
}

void
rs_consulted_party_store_set_status_async (RsDatabase         *db,
                                           gint64              round_id,
                                           gint64              party_id,
                                           const char         *status,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data)
{
  PartyJob *job = g_new0 (PartyJob, 1);

  job->round_id = round_id;
  job->party_id = party_id;
  job->text = g_strdup (status);
  if (g_strcmp0 (status, "no-reply") != 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      job->date = g_date_time_format (now, "%Y-%m-%d");
    }
  rs_database_run_async (db, status_job, job, (GDestroyNotify) party_job_free, NULL, cancellable, callback,
                         user_data);
}

gboolean
rs_consulted_party_store_set_status_finish (RsDatabase   *db,
                                            GAsyncResult *result,
                                            GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
import_parties_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  PartyJob *job = data;

  job->count = rs_consulted_party_store_import_csv (db, job->round_id, job->text, error);
  return NULL;
}

void
rs_consulted_party_store_import_csv_async (RsDatabase         *db,
                                           gint64              round_id,
                                           const char         *path,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data)
{
  g_autoptr(GTask) task = g_task_new (db, cancellable, callback, user_data);
  PartyJob *job = g_new0 (PartyJob, 1);

  job->round_id = round_id;
  job->text = g_strdup (path);
  job->count = -1;
  g_task_set_source_tag (task, rs_consulted_party_store_import_csv_async);
  g_task_set_task_data (task, job, (GDestroyNotify) party_job_free);
  rs_database_run_async (db, import_parties_job, job, NULL, NULL, cancellable, rs_database_task_done_cb,
                         g_object_ref (task));
}

int
rs_consulted_party_store_import_csv_finish (RsDatabase   *db,
                                            GAsyncResult *result,
                                            GError      **error)
{
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return -1;
  return ((PartyJob *) g_task_get_task_data (G_TASK (result)))->count;
}
