/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-recommendation.h"

G_BEGIN_DECLS

/* The per-process follow-up dashboard. Costs are the estimates summed over
 * all budget years, in DKK, of the recommendations that are not superseded. */
typedef struct
{
  int    recommendations;
  int    superseded;
  int    drafts;
  int    voted;
  int    handed_over;
  int    answered;
  int    adopted;               /* adopted, with or without changes */
  int    rejected;
  int    referred;
  int    undecided;
  double cost_total;            /* all recommendations */
  double cost_adopted;          /* adopted ones: decided amount, or the estimate */
  double budget_share;          /* cost_adopted / cost_total, 0 when nothing costs */
  int    open_follow_ups;       /* adopted and not done or stopped */
  int    open_milestones;       /* milestones of adopted ones not done */
  int    overdue_milestones;    /* of those, due before today */
} RsCouncilDashboard;

/* Recommendations (anbefalinger): synchronous calls for the CLI, tests and
 * the database thread; _async variants for the GUI. Lists are ordered by
 * theme (the process's theme order, then name) and position. */
GListStore       *rs_recommendation_store_list          (RsDatabase        *db,
                                                         gint64             process_id,
                                                         gboolean           include_superseded,
                                                         GError           **error);
RsRecommendation *rs_recommendation_store_get           (RsDatabase        *db,
                                                         gint64             id,
                                                         GError           **error);
RsRecommendation *rs_recommendation_store_create        (RsDatabase        *db,
                                                         gint64             process_id,
                                                         const char        *title,
                                                         const char        *theme,
                                                         GError           **error);
/* The same on the database thread (rs-recommendation-store-async.c). */
void              rs_recommendation_store_create_async  (RsDatabase          *db,
                                                         gint64               process_id,
                                                         const char          *title,
                                                         const char          *theme,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
RsRecommendation *rs_recommendation_store_create_finish (RsDatabase          *db,
                                                         GAsyncResult        *result,
                                                         GError             **error);
/* Saves title, text, rationale, theme, budget area, votes, status, position
 * and the yearly costs of @rec. */
gboolean          rs_recommendation_store_update        (RsDatabase        *db,
                                                         RsRecommendation  *rec,
                                                         GError           **error);
/* The same, refused with RS_DATABASE_ERROR_CONFLICT when someone saved the
 * recommendation (or its council answer) since @rec was read; @current
 * (when not NULL) then gets the recommendation as stored now. */
gboolean          rs_recommendation_store_save          (RsDatabase        *db,
                                                         RsRecommendation  *rec,
                                                         RsRecommendation **current,
                                                         GError           **error);
gboolean          rs_recommendation_store_add_origin    (RsDatabase        *db,
                                                         gint64             id,
                                                         const char        *origin_type,
                                                         gint64             origin_id,
                                                         GError           **error);
/* Merges two or more recommendations into a new draft (to be voted on
 * again): it gets the union of their origins, their texts and the sum of
 * their yearly costs; the merged ones are kept, marked superseded, with
 * their votes, and lineage rows link them. Returns the new id or 0. */
gint64            rs_recommendation_store_merge         (RsDatabase        *db,
                                                         const gint64      *ids,
                                                         guint              n_ids,
                                                         const char        *title,
                                                         GError           **error);
/* Splits one recommendation into as many new drafts as @titles holds (at
 * least two); each keeps all origins, the text and an equal share of the
 * yearly costs. The original stays, superseded, with its votes and lineage
 * rows. Returns the new ids (gint64) or NULL. */
GArray           *rs_recommendation_store_split         (RsDatabase        *db,
                                                         gint64             id,
                                                         const char * const *titles,
                                                         GError           **error);
/* Records (or replaces) the council's decision and marks it answered;
 * amount NaN stores no amount. */
gboolean          rs_recommendation_store_set_decision  (RsDatabase        *db,
                                                         gint64             id,
                                                         RsDecisionOutcome  outcome,
                                                         const char        *justification,
                                                         const char        *budget_line,
                                                         double             amount,
                                                         const char        *decided_on,
                                                         RsImplementation   implementation,
                                                         GError           **error);
gint64            rs_recommendation_store_add_milestone (RsDatabase        *db,
                                                         gint64             id,
                                                         const char        *title,
                                                         const char        *due_on,
                                                         const char        *done_on,
                                                         GError           **error);
gboolean          rs_recommendation_store_set_milestone_done (RsDatabase   *db,
                                                         gint64             milestone_id,
                                                         const char        *done_on,
                                                         GError           **error);
gboolean          rs_recommendation_store_delete_milestone (RsDatabase  *db,
                                                         gint64             milestone_id,
                                                         GError           **error);
gboolean          rs_recommendation_store_dashboard     (RsDatabase        *db,
                                                         gint64             process_id,
                                                         const char        *today,
                                                         RsCouncilDashboard *out,
                                                         GError           **error);

void              rs_recommendation_store_list_async    (RsDatabase          *db,
                                                         gint64               process_id,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
/* Returns the list (superseded ones included) and fills @dashboard. */
GListStore       *rs_recommendation_store_list_finish   (RsDatabase          *db,
                                                         GAsyncResult        *result,
                                                         RsCouncilDashboard  *dashboard,
                                                         GError             **error);
/* Runs @job (e.g. a save, merge or decision) on the database thread; the
 * result is a boolean. */
typedef gboolean (*RsRecommendationEdit) (RsDatabase *db,
                                          gpointer    data,
                                          GError    **error);
void              rs_recommendation_store_edit_async    (RsDatabase            *db,
                                                         RsRecommendationEdit   edit,
                                                         gpointer               data,
                                                         GDestroyNotify         data_destroy,
                                                         GCancellable          *cancellable,
                                                         GAsyncReadyCallback    callback,
                                                         gpointer               user_data);
gboolean          rs_recommendation_store_edit_finish   (RsDatabase            *db,
                                                         GAsyncResult          *result,
                                                         GError               **error);

G_END_DECLS
