/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_EVALUATION_CATEGORY_FIGURE (rs_evaluation_category_figure_get_type ())
G_DECLARE_FINAL_TYPE (RsEvaluationCategoryFigure, rs_evaluation_category_figure, RS, EVALUATION_CATEGORY_FIGURE, GObject)

/* Attendance and drop-out of the people of one category value over the
 * meetings of a panel or lab. Computed by rs_evaluation_compute(). */

RsEvaluationCategoryFigure *rs_evaluation_category_figure_new                 (void);
RsEvaluationCategoryFigure *rs_evaluation_category_figure_copy                (RsEvaluationCategoryFigure *self);
const char                 *rs_evaluation_category_figure_get_category        (RsEvaluationCategoryFigure *self);
void                        rs_evaluation_category_figure_set_category        (RsEvaluationCategoryFigure *self,
                                                                               const char *value);
const char                 *rs_evaluation_category_figure_get_value           (RsEvaluationCategoryFigure *self);
void                        rs_evaluation_category_figure_set_value           (RsEvaluationCategoryFigure *self,
                                                                               const char *value);
/* Registered seats over all sessions. */
int                         rs_evaluation_category_figure_get_registrations   (RsEvaluationCategoryFigure *self);
void                        rs_evaluation_category_figure_set_registrations   (RsEvaluationCategoryFigure *self,
                                                                               int value);
int                         rs_evaluation_category_figure_get_attendances     (RsEvaluationCategoryFigure *self);
void                        rs_evaluation_category_figure_set_attendances     (RsEvaluationCategoryFigure *self,
                                                                               int value);
double                      rs_evaluation_category_figure_get_attendance_rate (RsEvaluationCategoryFigure *self);
void                        rs_evaluation_category_figure_set_attendance_rate (RsEvaluationCategoryFigure *self,
                                                                               double value);
/* Present at the first session. */
int                         rs_evaluation_category_figure_get_started         (RsEvaluationCategoryFigure *self);
void                        rs_evaluation_category_figure_set_started         (RsEvaluationCategoryFigure *self,
                                                                               int value);
/* Of those, absent from the last session. */
int                         rs_evaluation_category_figure_get_dropped         (RsEvaluationCategoryFigure *self);
void                        rs_evaluation_category_figure_set_dropped         (RsEvaluationCategoryFigure *self,
                                                                               int value);
double                      rs_evaluation_category_figure_get_dropout_rate    (RsEvaluationCategoryFigure *self);
void                        rs_evaluation_category_figure_set_dropout_rate    (RsEvaluationCategoryFigure *self,
                                                                               double value);

G_END_DECLS
