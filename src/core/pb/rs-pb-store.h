/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-pb-storage.h"

G_BEGIN_DECLS

#define RS_TYPE_PB_STORE (rs_pb_store_get_type ())
G_DECLARE_FINAL_TYPE (RsPbStore, rs_pb_store, RS, PB_STORE, GObject)

/* The one source of truth for participatory budgeting in the GUI. Every
 * operation runs on the database thread (rs_database_run_async) and ends
 * on the main thread, where the store emits ::changed (entity kind —
 * "pool", "proposal", "ballot" or "result" — and the pool's id) and
 * refreshes the list models it handed out, which emit items-changed. No
 * caller sees SQL. */

RsPbStore  *rs_pb_store_new                 (RsDatabase          *db);
RsDatabase *rs_pb_store_get_database        (RsPbStore           *self);

/* A live list of the process's pools (RsPbPool). */
GListModel *rs_pb_store_get_pools           (RsPbStore           *self,
                                             gint64               process_id);
/* A live list of the pool's proposals (RsPbProposal, by code, with votes). */
GListModel *rs_pb_store_get_proposals       (RsPbStore           *self,
                                             gint64               pool_id);
/* Re-reads every model of the pool and emits ::changed (e.g. after the
 * CLI or another window wrote). */
void        rs_pb_store_notify_changed      (RsPbStore           *self,
                                             const char          *kind,
                                             gint64               pool_id);

void        rs_pb_store_create_pool_async   (RsPbStore           *self,
                                             gint64               process_id,
                                             const char          *name,
                                             gint64               amount,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
RsPbPool   *rs_pb_store_create_pool_finish  (RsPbStore           *self,
                                             GAsyncResult        *result,
                                             GError             **error);
void        rs_pb_store_save_pool_async     (RsPbStore           *self,
                                             RsPbPool            *pool,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    rs_pb_store_save_pool_finish    (RsPbStore           *self,
                                             GAsyncResult        *result,
                                             GError             **error);
void        rs_pb_store_add_proposal_async  (RsPbStore           *self,
                                             gint64               pool_id,
                                             const char          *code,
                                             const char          *title,
                                             gint64               cost,
                                             const char          *district,
                                             const char          *theme,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gint64      rs_pb_store_add_proposal_finish (RsPbStore           *self,
                                             GAsyncResult        *result,
                                             GError             **error);
void        rs_pb_store_assess_async        (RsPbStore           *self,
                                             RsPbProposal        *proposal,
                                             const char          *status,
                                             const char          *reason,
                                             gint64               revised_cost,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    rs_pb_store_assess_finish       (RsPbStore           *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* Imports proposals (@ballots FALSE) or ballots from a CSV file. */
void        rs_pb_store_import_csv_async    (RsPbStore           *self,
                                             gint64               pool_id,
                                             GFile               *file,
                                             gboolean             ballots,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    rs_pb_store_import_csv_finish   (RsPbStore           *self,
                                             GAsyncResult        *result,
                                             guint               *n_imported,
                                             guint               *n_flagged,
                                             GError             **error);
/* Enters one ballot; with @check, compares it with the one entered before
 * (double entry) and *matched tells the outcome. */
void        rs_pb_store_enter_ballot_async  (RsPbStore           *self,
                                             gint64               pool_id,
                                             const char          *voter_id,
                                             const char          *paper_number,
                                             const char          *age_band,
                                             const char          *district,
                                             const char * const  *codes,
                                             gboolean             check,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    rs_pb_store_enter_ballot_finish (RsPbStore           *self,
                                             GAsyncResult        *result,
                                             gboolean            *matched,
                                             GError             **error);
void        rs_pb_store_stats_async         (RsPbStore           *self,
                                             gint64               pool_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    rs_pb_store_stats_finish        (RsPbStore           *self,
                                             GAsyncResult        *result,
                                             RsPbStats           *out,
                                             GError             **error);
/* Counts the pool by @rule; with @save the result is stored. */
void        rs_pb_store_count_async         (RsPbStore           *self,
                                             gint64               pool_id,
                                             RsPbRule             rule,
                                             guint64              seed,
                                             gboolean             save,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
RsPbPoolCount *rs_pb_store_count_finish     (RsPbStore           *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* Merges duplicates (two or more proposal ids) into a new proposal. */
void        rs_pb_store_merge_async         (RsPbStore           *self,
                                             gint64               pool_id,
                                             const gint64        *ids,
                                             guint                n_ids,
                                             const char          *title,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gint64      rs_pb_store_merge_finish        (RsPbStore           *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* The pool's ballots as pabulib .pb text (no voter ids). */
void        rs_pb_store_export_pb_async     (RsPbStore           *self,
                                             gint64               pool_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
char       *rs_pb_store_export_pb_finish    (RsPbStore           *self,
                                             GAsyncResult        *result,
                                             GError             **error);
void        rs_pb_store_carry_async         (RsPbStore           *self,
                                             gint64               pool_id,
                                             gint64               result_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    rs_pb_store_carry_finish        (RsPbStore           *self,
                                             GAsyncResult        *result,
                                             guint               *n_carried,
                                             GError             **error);

G_END_DECLS
