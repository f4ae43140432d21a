/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_EVALUATION_ANSWER (rs_evaluation_answer_get_type ())
G_DECLARE_FINAL_TYPE (RsEvaluationAnswer, rs_evaluation_answer, RS, EVALUATION_ANSWER, GObject)

/* An aggregated questionnaire answer of an evaluation: how many
 * participants gave @answer to @question. Read by rs_evaluation_answers(). */

RsEvaluationAnswer *rs_evaluation_answer_new          (void);
RsEvaluationAnswer *rs_evaluation_answer_copy         (RsEvaluationAnswer *self);
const char         *rs_evaluation_answer_get_question (RsEvaluationAnswer *self);
void                rs_evaluation_answer_set_question (RsEvaluationAnswer *self,
                                                       const char *value);
const char         *rs_evaluation_answer_get_answer   (RsEvaluationAnswer *self);
void                rs_evaluation_answer_set_answer   (RsEvaluationAnswer *self,
                                                       const char *value);
int                 rs_evaluation_answer_get_count    (RsEvaluationAnswer *self);
void                rs_evaluation_answer_set_count    (RsEvaluationAnswer *self,
                                                       int value);
/* Of all answers to the same question. */
double              rs_evaluation_answer_get_share    (RsEvaluationAnswer *self);
void                rs_evaluation_answer_set_share    (RsEvaluationAnswer *self,
                                                       double value);

G_END_DECLS
