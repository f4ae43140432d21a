/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-session-store.h"

G_BEGIN_DECLS

/* Everything the Meetings page shows about one meeting, read in one go. */
typedef struct
{
  RsSession *info;
  GPtrArray     *agenda;         /* RsAgendaItem */
  GPtrArray     *regs;           /* RsRegistration */
  GPtrArray     *stats;          /* RsAttendanceStat */
  double         imbalance;      /* the balance of its tables, < 0 without tables */
  gint64         person_id;      /* set by an action: registered or cancelled, else 0 */
  gint64         promoted_id;    /* set by an action: moved up from the waiting list, else 0 */
  gboolean       cancelled;
} RsSessionDetails;

void              rs_session_details_free        (RsSessionDetails *details);
/* Synchronous: the CLI, tests, and jobs that change a meeting and show it again. */
RsSessionDetails *rs_session_details_load        (RsDatabase       *db,
                                                  gint64            session_id,
                                                  GError          **error);
/* For the GUI, on the database thread. */
void              rs_session_details_load_async  (RsDatabase          *db,
                                                  gint64               session_id,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
RsSessionDetails *rs_session_details_load_finish (RsDatabase          *db,
                                                  GAsyncResult        *result,
                                                  GError             **error);
/* Changes to a meeting for the GUI, each on the database thread and each
 * finishing with the meeting's details afterwards (rs_session_details_finish). */

/* Marks @person_id, or the person @text names (pseudonym, number or source
 * id), present or not; with @register_walk_in someone typed in who was not
 * registered is registered first. */
void              rs_session_details_mark_async        (RsDatabase          *db,
                                                        gint64               session_id,
                                                        gint64               person_id,
                                                        const char          *text,
                                                        gboolean             attended,
                                                        gboolean             register_walk_in,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
/* Registers the person @text names, or with @text %NULL cancels
 * @person_id's registration (moving someone up from the waiting list);
 * the details say who (person_id, promoted_id, cancelled). */
void              rs_session_details_register_async    (RsDatabase          *db,
                                                        gint64               session_id,
                                                        gint64               person_id,
                                                        const char          *text,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
/* Makes balanced tables of @size; the details carry their balance. */
void              rs_session_details_make_tables_async (RsDatabase          *db,
                                                        gint64               session_id,
                                                        int                  size,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
/* Pins the person @who names to @table_no (0 unpins). */
void              rs_session_details_pin_async         (RsDatabase          *db,
                                                        gint64               session_id,
                                                        const char          *who,
                                                        int                  table_no,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
RsSessionDetails *rs_session_details_finish            (RsDatabase          *db,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/* Deletes a meeting with its agenda and registrations. */
void              rs_session_store_delete_async        (RsDatabase          *db,
                                                        gint64               session_id,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean          rs_session_store_delete_finish       (RsDatabase          *db,
                                                        GAsyncResult        *result,
                                                        GError             **error);

/* Imports attendance (or, with @registrations, registrations) for a meeting
 * from the CSV file at @path, all or nothing; the finish gives the count. */
void              rs_session_import_csv_async          (RsDatabase          *db,
                                                        gint64               session_id,
                                                        const char          *path,
                                                        gboolean             registrations,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
gboolean          rs_session_import_csv_finish         (RsDatabase          *db,
                                                        GAsyncResult        *result,
                                                        guint               *count,
                                                        GError             **error);

/* The meetings of a process (RsSession), on the database thread. */
void              rs_session_store_list_async    (RsDatabase          *db,
                                                  gint64               process_id,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
GListStore       *rs_session_store_list_finish   (RsDatabase          *db,
                                                  GAsyncResult        *result,
                                                  GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsSessionDetails, rs_session_details_free)

G_END_DECLS
