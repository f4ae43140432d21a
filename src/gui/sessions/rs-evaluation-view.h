/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-context.h"

G_BEGIN_DECLS

#define RS_TYPE_EVALUATION_VIEW (rs_evaluation_view_get_type ())
G_DECLARE_FINAL_TYPE (RsEvaluationView, rs_evaluation_view, RS, EVALUATION_VIEW, AdwBin)

/* The process evaluation of a panel or lab (@owner_type "panel" or "lab"):
 * computed figures, questionnaire answers and the evaluation checklist. */
GtkWidget *rs_evaluation_view_new               (RsContext        *context,
                                                 const char       *owner_type,
                                                 gint64            owner_id);
void       rs_evaluation_view_reload            (RsEvaluationView *self);
gboolean   rs_evaluation_view_is_busy           (RsEvaluationView *self);
/* 0 until loaded. */
gint64     rs_evaluation_view_get_evaluation_id (RsEvaluationView *self);
/* Negative until loaded. */
double     rs_evaluation_view_get_contact_hours (RsEvaluationView *self);
/* Types an aggregated answer into the add row and adds it (for tests). */
void       rs_evaluation_view_add_answer        (RsEvaluationView *self,
                                                 const char       *question,
                                                 const char       *answer,
                                                 int               count);

void       rs_evaluation_view_set_scrolls (RsEvaluationView *self,
                                           gboolean          scrolls);

G_END_DECLS
