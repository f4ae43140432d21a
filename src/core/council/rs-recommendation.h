/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  RS_RECOMMENDATION_DRAFT,
  RS_RECOMMENDATION_VOTED,
  RS_RECOMMENDATION_HANDED_OVER,
  RS_RECOMMENDATION_ANSWERED,
  RS_RECOMMENDATION_SUPERSEDED,
} RsRecommendationStatus;

typedef enum
{
  RS_OUTCOME_NONE,
  RS_OUTCOME_ADOPTED,
  RS_OUTCOME_ADOPTED_WITH_CHANGES,
  RS_OUTCOME_REJECTED,
  RS_OUTCOME_REFERRED,
} RsDecisionOutcome;

typedef enum
{
  RS_IMPLEMENTATION_NOT_STARTED,
  RS_IMPLEMENTATION_IN_PROGRESS,
  RS_IMPLEMENTATION_DONE,
  RS_IMPLEMENTATION_STOPPED,
} RsImplementation;

/* Estimated cost in one budget year, DKK. */
typedef struct
{
  int    year;
  double operating;
  double capital;
} RsRecommendationCost;

/* Where it came from: origin_type is "idea", "session", "lab", "panel" or
 * "response-point"; label is a short description (never a person's name). */
typedef struct
{
  char   *origin_type;
  gint64  origin_id;
  char   *label;
} RsRecommendationOrigin;

/* One step of lineage: the other recommendation and "merge" or "split". */
typedef struct
{
  gint64  other_id;
  char   *other_title;
  char   *kind;
} RsLineageLink;

typedef struct
{
  gint64  id;
  char   *title;
  char   *due_on;
  char   *done_on;
} RsMilestone;

void rs_recommendation_origin_free (RsRecommendationOrigin *origin);
void rs_lineage_link_free          (RsLineageLink          *link);
void rs_milestone_free             (RsMilestone            *milestone);

const char *rs_recommendation_status_to_nick   (RsRecommendationStatus  status);
gboolean    rs_recommendation_status_from_nick (const char             *nick,
                                                RsRecommendationStatus *status);
const char *rs_recommendation_status_label     (RsRecommendationStatus  status);
const char *rs_decision_outcome_to_nick        (RsDecisionOutcome       outcome);
gboolean    rs_decision_outcome_from_nick      (const char             *nick,
                                                RsDecisionOutcome      *outcome);
const char *rs_decision_outcome_label          (RsDecisionOutcome       outcome);
const char *rs_implementation_to_nick          (RsImplementation        implementation);
gboolean    rs_implementation_from_nick        (const char             *nick,
                                                RsImplementation       *implementation);
const char *rs_implementation_label            (RsImplementation        implementation);

#define RS_TYPE_RECOMMENDATION (rs_recommendation_get_type ())
G_DECLARE_FINAL_TYPE (RsRecommendation, rs_recommendation, RS, RECOMMENDATION, GObject)

/* A recommendation (anbefaling) of a panel with its support, cost, origin,
 * lineage and the council's answer. Loaded whole by the store; setters only
 * change the object, rs_recommendation_store_update() saves it. */
RsRecommendation *rs_recommendation_new              (gint64                  id,
                                                      gint64                  process_id,
                                                      const char             *title);
gint64            rs_recommendation_get_id           (RsRecommendation       *self);
gint64            rs_recommendation_get_process_id   (RsRecommendation       *self);
const char       *rs_recommendation_get_title        (RsRecommendation       *self);
void              rs_recommendation_set_title        (RsRecommendation       *self,
                                                      const char             *title);
const char       *rs_recommendation_get_text         (RsRecommendation       *self);
void              rs_recommendation_set_text         (RsRecommendation       *self,
                                                      const char             *text);
const char       *rs_recommendation_get_rationale    (RsRecommendation       *self);
void              rs_recommendation_set_rationale    (RsRecommendation       *self,
                                                      const char             *rationale);
const char       *rs_recommendation_get_theme        (RsRecommendation       *self);
void              rs_recommendation_set_theme        (RsRecommendation       *self,
                                                      const char             *theme);
const char       *rs_recommendation_get_budget_area  (RsRecommendation       *self);
void              rs_recommendation_set_budget_area  (RsRecommendation       *self,
                                                      const char             *budget_area);
RsRecommendationStatus rs_recommendation_get_status  (RsRecommendation       *self);
void              rs_recommendation_set_status       (RsRecommendation       *self,
                                                      RsRecommendationStatus  status);
/* The row's version when it was read; a save from an older version than
 * the stored one is refused (0: not checked). It covers the council's
 * answer too. */
gint64            rs_recommendation_get_version      (RsRecommendation       *self);
void              rs_recommendation_set_version      (RsRecommendation       *self,
                                                      gint64                  version);
int               rs_recommendation_get_position     (RsRecommendation       *self);
void              rs_recommendation_set_position     (RsRecommendation       *self,
                                                      int                     position);
void              rs_recommendation_get_votes        (RsRecommendation       *self,
                                                      int                    *votes_for,
                                                      int                    *votes_against,
                                                      int                    *votes_abstain);
void              rs_recommendation_set_votes        (RsRecommendation       *self,
                                                      int                     votes_for,
                                                      int                     votes_against,
                                                      int                     votes_abstain);
/* Share of votes cast for it (abstentions count as cast); -1 without votes. */
double            rs_recommendation_get_support      (RsRecommendation       *self);

/* Costs per year, sorted by year; RsRecommendationCost elements. */
GArray           *rs_recommendation_get_costs        (RsRecommendation       *self);
void              rs_recommendation_set_cost         (RsRecommendation       *self,
                                                      int                     year,
                                                      double                  operating,
                                                      double                  capital);
void              rs_recommendation_get_cost_totals  (RsRecommendation       *self,
                                                      double                 *operating,
                                                      double                 *capital);

GPtrArray        *rs_recommendation_get_origins      (RsRecommendation       *self);
void              rs_recommendation_add_origin       (RsRecommendation       *self,
                                                      const char             *origin_type,
                                                      gint64                  origin_id,
                                                      const char             *label);
/* Lineage: the recommendations this one came from, and those it went into. */
GPtrArray        *rs_recommendation_get_parents      (RsRecommendation       *self);
GPtrArray        *rs_recommendation_get_children     (RsRecommendation       *self);
void              rs_recommendation_add_lineage      (RsRecommendation       *self,
                                                      gboolean                is_parent,
                                                      gint64                  other_id,
                                                      const char             *other_title,
                                                      const char             *kind);

/* The council's decision; outcome RS_OUTCOME_NONE when none is recorded.
 * amount is NaN when no amount was given. */
RsDecisionOutcome rs_recommendation_get_outcome      (RsRecommendation       *self);
const char       *rs_recommendation_get_justification (RsRecommendation      *self);
const char       *rs_recommendation_get_budget_line  (RsRecommendation       *self);
double            rs_recommendation_get_amount       (RsRecommendation       *self);
const char       *rs_recommendation_get_decided_on   (RsRecommendation       *self);
RsImplementation  rs_recommendation_get_implementation (RsRecommendation     *self);
void              rs_recommendation_set_decision     (RsRecommendation       *self,
                                                      RsDecisionOutcome       outcome,
                                                      const char             *justification,
                                                      const char             *budget_line,
                                                      double                  amount,
                                                      const char             *decided_on,
                                                      RsImplementation        implementation);
GPtrArray        *rs_recommendation_get_milestones   (RsRecommendation       *self);
void              rs_recommendation_add_milestone    (RsRecommendation       *self,
                                                      gint64                  id,
                                                      const char             *title,
                                                      const char             *due_on,
                                                      const char             *done_on);

G_END_DECLS
