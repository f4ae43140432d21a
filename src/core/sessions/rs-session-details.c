/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-session-details"

#include "config.h"

#include "rs-attendance.h"
#include "rs-session-details.h"
#include "rs-table-groups.h"

void
rs_session_details_free (RsSessionDetails *details)
{
  if (details == NULL)
    return;
  g_clear_pointer (&details->info, rs_session_info_free);
  g_clear_pointer (&details->agenda, g_ptr_array_unref);
  g_clear_pointer (&details->regs, g_ptr_array_unref);
  g_clear_pointer (&details->stats, g_ptr_array_unref);
  g_free (details);
}

RsSessionDetails *
rs_session_details_load (RsDatabase *db,
                         gint64      session_id,
                         GError    **error)
{
  RsSessionDetails *d = g_new0 (RsSessionDetails, 1);

  d->imbalance = -1;
  if ((d->info = rs_session_store_get (db, session_id, error)) == NULL
      || (d->agenda = rs_session_store_agenda (db, session_id, error)) == NULL
      || (d->regs = rs_session_store_registrations (db, session_id, FALSE, error)) == NULL
      || (d->stats = rs_attendance_stats (db, session_id, error)) == NULL
      || !rs_table_groups_session_balance (db, session_id, &d->imbalance, error))
    {
      rs_session_details_free (d);
      return NULL;
    }
  return d;
}

static gpointer
load_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_session_details_load (db, *(gint64 *) data, error);
}

void
rs_session_details_load_async (RsDatabase         *db,
                               gint64              session_id,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  rs_database_run_for_id_async (db, load_job, session_id, (GDestroyNotify) rs_session_details_free,
                                cancellable, callback, user_data);
}

RsSessionDetails *
rs_session_details_load_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
list_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_session_store_list (db, *(gint64 *) data, error);
}

void
rs_session_store_list_async (RsDatabase         *db,
                             gint64              process_id,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  rs_database_run_for_id_async (db, list_job, process_id, (GDestroyNotify) g_ptr_array_unref,
                                cancellable, callback, user_data);
}

GPtrArray *
rs_session_store_list_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              GError      **error)
{
  return rs_database_run_finish (db, result, error);
}
