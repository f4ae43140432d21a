/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-evaluation-answer.h"
#include "rs-evaluation-category-figure.h"

G_BEGIN_DECLS

/* The process evaluation of a panel or a lab: OECD-style criteria with
 * evidence (the "evaluation" checklist, owner = the evaluation), aggregated
 * questionnaire answers and figures computed from the sessions. */

typedef struct
{
  int        n_sessions;
  double     contact_hours;     /* hours of all sessions together */
  double     person_hours;      /* contact hours × people present */
  double     attendance_rate;   /* all categories */
  GPtrArray *per_category;      /* RsEvaluationCategoryFigure, the chair left out */
  char      *panel_summary;     /* a panel's seats and attendance (rs_representativeness_summary()), else NULL */
} RsEvaluationFigures;

void     rs_evaluation_figures_free  (RsEvaluationFigures *figures);

/* The evaluation of a panel or lab ("panel"/"lab"), created when missing. */
gint64   rs_evaluation_ensure        (RsDatabase  *db,
                                      const char  *owner_type,
                                      gint64       owner_id,
                                      GError     **error);
/* Sets the number of participants who gave @answer to @question. */
gboolean rs_evaluation_set_answer    (RsDatabase  *db,
                                      gint64       evaluation_id,
                                      const char  *question,
                                      const char  *answer,
                                      int          count,
                                      GError     **error);
/* The answers (RsEvaluationAnswer) by question. */
GPtrArray *rs_evaluation_answers     (RsDatabase  *db,
                                      gint64       evaluation_id,
                                      GError     **error);
RsEvaluationFigures *rs_evaluation_compute (RsDatabase *db,
                                            const char *owner_type,
                                            gint64      owner_id,
                                            GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsEvaluationFigures, rs_evaluation_figures_free)

G_END_DECLS
