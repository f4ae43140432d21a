/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <json-glib/json-glib.h>

#include "rs-database.h"
#include "rs-selection-check.h"
#include "rs-selection-draw.h"
#include "rs-selection-result.h"

G_BEGIN_DECLS

/* One earlier run of a panel's draw. */
typedef struct
{
  gint64  id;
  char   *created_at;
  char   *algorithm;
  char   *seed;
  int     n_members;
  int     n_reserves;
  double  minimum;   /* lowest chance; −1 when the run did not record it */
} RsSelectionRunInfo;

void                 rs_selection_run_info_free (RsSelectionRunInfo *info);

/* The pool (everyone not declined, dropped out or withdrawn, with a value
 * in every category) and the quotas of @panel_id. Ids are pseudonyms;
 * person.id is kept in db_id. *n_skipped_out counts people left out for a
 * missing value. */
RsSelectionInstance *rs_selection_store_load      (RsDatabase          *db,
                                                   gint64               panel_id,
                                                   int                 *n_skipped_out,
                                                   GError             **error);
/* Saves the run with a snapshot of its inputs, the distribution, the
 * certificate and the protocol; members and reserves; and writes the
 * statuses back ('selected', 'reserve'), all in one transaction. */
gint64               rs_selection_store_save_run  (RsDatabase          *db,
                                                   gint64               panel_id,
                                                   RsSelectionResult   *result,
                                                   RsSelectionDraw     *draw,
                                                   JsonNode            *protocol,
                                                   GError             **error);
/* The snapshot of a run's inputs: size, quotas and the pool as used. */
JsonNode            *rs_selection_store_inputs_snapshot (RsSelectionInstance *instance);
/* RsSelectionRunInfo*, newest first. */
GPtrArray           *rs_selection_store_list_runs (RsDatabase          *db,
                                                   gint64               panel_id,
                                                   GError             **error);

/* The members of a panel's latest run, for choosing drop-outs. */
typedef struct
{
  gint64     run_id;
  char      *seed;
  GArray    *person_ids;  /* gint64, person.id */
  GPtrArray *pseudonyms;  /* char*, same order */
} RsSelectionLatestDraw;

void                   rs_selection_latest_draw_free  (RsSelectionLatestDraw *draw);
/* NULL without @error when the panel has no run yet. Only members who are
 * still selected are listed. */
RsSelectionLatestDraw *rs_selection_store_latest_draw (RsDatabase          *db,
                                                       gint64               panel_id,
                                                       GError             **error);

/* What a replacement did: dropped[j] (pseudonym) is replaced by
 * replacements[j] (pseudonym), matched by shared category values. */
typedef struct
{
  gint64     base_run_id;
  gint64     run_id;
  char      *seed;
  GPtrArray *dropped;
  GPtrArray *replacements;
} RsSelectionReplacement;

void                    rs_selection_replacement_free (RsSelectionReplacement *replacement);
/* Replaces @dropped (person ids, members of the latest run) with
 * rs_selection_replace () on the current pool, the run's recorded seed and
 * its reserve order. Records a run "replacement" (remaining members as
 * 'member', the new ones as 'replacement', unused reserves kept in order)
 * and marks the dropped 'dropped-out' and the new 'selected', all in one
 * transaction. */
RsSelectionReplacement *rs_selection_store_replace    (RsDatabase          *db,
                                                       gint64               panel_id,
                                                       GArray              *dropped,
                                                       GError             **error);

/* The Draw tab's check of a panel's pool and quotas: the pool as loaded, the
 * feasibility check and, when feasible, who would have no chance at all. */
typedef struct
{
  RsSelectionInstance *instance;
  RsSelectionCheck    *check;
  GPtrArray           *zero_chance;  /* sentences: who has no chance, what to relax */
  int                  skipped;      /* people without a value in some category */
} RsSelectionPoolCheck;

void                  rs_selection_pool_check_free   (RsSelectionPoolCheck *check);
RsSelectionPoolCheck *rs_selection_pool_check        (RsDatabase          *db,
                                                      gint64               panel_id,
                                                      GCancellable        *cancellable,
                                                      GError             **error);

/* The same for the GUI: the pool is read on the database thread, the check
 * (ILPs, seconds on a large pool) runs on a worker thread so other pages
 * are not kept waiting (rs-selection-store-async.c). */
void                  rs_selection_pool_check_async  (RsDatabase          *db,
                                                      gint64               panel_id,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
RsSelectionPoolCheck *rs_selection_pool_check_finish (RsDatabase          *db,
                                                      GAsyncResult        *result,
                                                      GError             **error);
/* @result, @draw and @protocol must stay valid until the callback. */
void                  rs_selection_store_save_run_async  (RsDatabase          *db,
                                                          gint64               panel_id,
                                                          RsSelectionResult   *result,
                                                          RsSelectionDraw     *draw,
                                                          JsonNode            *protocol,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gint64                rs_selection_store_save_run_finish (RsDatabase          *db,
                                                          GAsyncResult        *result,
                                                          GError             **error);
void                  rs_selection_store_list_runs_async  (RsDatabase          *db,
                                                           gint64               panel_id,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
GPtrArray            *rs_selection_store_list_runs_finish (RsDatabase          *db,
                                                           GAsyncResult        *result,
                                                           GError             **error);
/* Fails with RS_SELECTION_ERROR_INVALID when the panel has no draw yet. */
void                  rs_selection_store_latest_draw_async  (RsDatabase          *db,
                                                             gint64               panel_id,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
RsSelectionLatestDraw *rs_selection_store_latest_draw_finish (RsDatabase          *db,
                                                              GAsyncResult        *result,
                                                              GError             **error);
void                  rs_selection_store_replace_async  (RsDatabase          *db,
                                                         gint64               panel_id,
                                                         GArray              *dropped,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
RsSelectionReplacement *rs_selection_store_replace_finish (RsDatabase          *db,
                                                           GAsyncResult        *result,
                                                           GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsSelectionPoolCheck, rs_selection_pool_check_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsSelectionLatestDraw, rs_selection_latest_draw_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsSelectionReplacement, rs_selection_replacement_free)

G_END_DECLS
