/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-phase.h"
#include "rs-process.h"

G_BEGIN_DECLS

typedef struct
{
  int panels;
  int pool;
  int selected;
  int sessions;
  int labs;
  int ideas;
  int hearing_rounds;
  int responses;
  int recommendations;
  int decisions;
} RsProcessSummary;

/* Budget processes and their phases: synchronous calls for the CLI, tests and
 * the database thread; _async variants for the GUI. */

GListStore *rs_process_store_list          (RsDatabase   *db,
                                            GError      **error);
RsProcess  *rs_process_store_get           (RsDatabase   *db,
                                            gint64        id,
                                            GError      **error);
RsProcess  *rs_process_store_create        (RsDatabase   *db,
                                            const char   *name,
                                            int           budget_year,
                                            const char   *municipality_code,
                                            const char   *municipality_name,
                                            GError      **error);
gboolean    rs_process_store_rename        (RsDatabase   *db,
                                            gint64        id,
                                            const char   *name,
                                            GError      **error);
/* Saves the process's name. With a version set (as read), the save is
 * refused with RS_DATABASE_ERROR_CONFLICT when someone saved the process
 * since, and counts @process's version on when it succeeds; version 0
 * saves whatever is stored (as rs_process_store_rename() does). */
gboolean    rs_process_store_save          (RsDatabase   *db,
                                            RsProcess    *process,
                                            GError      **error);
gboolean    rs_process_store_delete        (RsDatabase   *db,
                                            gint64        id,
                                            GError      **error);
GListStore *rs_phase_store_list            (RsDatabase   *db,
                                            gint64        process_id,
                                            GError      **error);
gboolean    rs_phase_store_update          (RsDatabase   *db,
                                            RsPhase      *phase,
                                            GError      **error);
/* Saves @phase's dates, refused with RS_DATABASE_ERROR_CONFLICT when the
 * stored row no longer has the dates @phase was read with (someone else
 * changed them since); after a save, those are the dates saved. */
gboolean    rs_phase_store_save            (RsDatabase   *db,
                                            RsPhase      *phase,
                                            GError      **error);
gboolean    rs_process_store_summary       (RsDatabase   *db,
                                            gint64        process_id,
                                            RsProcessSummary *out,
                                            GError      **error);
gboolean    rs_audit_log                   (RsDatabase   *db,
                                            const char   *entity,
                                            gint64        entity_id,
                                            const char   *action,
                                            const char   *details,
                                            GError      **error);

void        rs_process_store_list_async    (RsDatabase          *db,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GListStore *rs_process_store_list_finish   (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);
void        rs_phase_store_list_async      (RsDatabase          *db,
                                            gint64               process_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GListStore *rs_phase_store_list_finish     (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);
void        rs_phase_store_update_async    (RsDatabase          *db,
                                            RsPhase             *phase,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    rs_phase_store_update_finish   (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);

/* rs_phase_store_save() of a snapshot of @phase on the database thread.
 * After a save the finish gives the snapshot saved (its stored dates are
 * the ones saved) in @saved; after a refused save, the phase as stored now
 * in @current. */
void        rs_phase_store_save_async      (RsDatabase          *db,
                                            RsPhase             *phase,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    rs_phase_store_save_finish     (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            RsPhase            **saved,
                                            RsPhase            **current,
                                            GError             **error);

void        rs_process_store_create_async  (RsDatabase          *db,
                                            const char          *name,
                                            int                  budget_year,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
RsProcess  *rs_process_store_create_finish (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);
void        rs_process_store_rename_async  (RsDatabase          *db,
                                            gint64               id,
                                            const char          *name,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    rs_process_store_rename_finish (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);
/* rs_process_store_save() of a snapshot of @process on the database
 * thread. After a refused save the finish gives the process as stored now
 * in @current; after a save, the version now stored in @version. */
void        rs_process_store_save_async    (RsDatabase          *db,
                                            RsProcess           *process,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    rs_process_store_save_finish   (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            gint64              *version,
                                            RsProcess          **current,
                                            GError             **error);
void        rs_process_store_delete_async  (RsDatabase          *db,
                                            gint64               id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    rs_process_store_delete_finish (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);

void        rs_process_store_summary_async (RsDatabase          *db,
                                            gint64               process_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
RsProcessSummary *rs_process_store_summary_finish (RsDatabase    *db,
                                                   GAsyncResult  *result,
                                                   GError       **error);

G_END_DECLS
