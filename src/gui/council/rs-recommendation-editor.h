/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-database.h"
#include "rs-recommendation.h"

G_BEGIN_DECLS

#define RS_TYPE_RECOMMENDATION_EDITOR (rs_recommendation_editor_get_type ())
G_DECLARE_FINAL_TYPE (RsRecommendationEditor, rs_recommendation_editor, RS, RECOMMENDATION_EDITOR, AdwWindow)

/* Edits one recommendation and the council's decision on it (outcome,
 * justification, budget line, amount, milestones). Saving runs on the
 * database thread; "saved" is emitted when it is stored. */
RsRecommendationEditor *rs_recommendation_editor_new           (RsDatabase             *db,
                                                                RsRecommendation       *rec);
RsRecommendation       *rs_recommendation_editor_get_recommendation (RsRecommendationEditor *self);
/* Fills the decision fields as a user would (for scripts and tests). */
void                    rs_recommendation_editor_fill_decision (RsRecommendationEditor *self,
                                                                RsDecisionOutcome       outcome,
                                                                const char             *justification,
                                                                const char             *budget_line,
                                                                const char             *amount);

G_END_DECLS
