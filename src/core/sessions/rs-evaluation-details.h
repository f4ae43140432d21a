/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-evaluation-store.h"

G_BEGIN_DECLS

/* Everything the evaluation view shows about the evaluation of a panel or
 * lab, read in one go on the database thread, and the changes it makes,
 * each finishing with the evaluation read again. */
typedef struct
{
  gint64               evaluation_id;
  RsEvaluationFigures *figures;
  GPtrArray           *answers;     /* RsEvaluationAnswer */
  GPtrArray           *criteria;    /* RsChecklistItem, owner "evaluation" */
} RsEvaluationDetails;

void                 rs_evaluation_details_free         (RsEvaluationDetails *details);
/* Synchronous; creates the evaluation when missing. */
RsEvaluationDetails *rs_evaluation_details_load         (RsDatabase   *db,
                                                         const char   *owner_type,
                                                         gint64        owner_id,
                                                         GError      **error);
void                 rs_evaluation_details_load_async   (RsDatabase          *db,
                                                         const char          *owner_type,
                                                         gint64               owner_id,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
/* Sets the number of participants who gave @answer to @question. */
void                 rs_evaluation_details_answer_async (RsDatabase          *db,
                                                         const char          *owner_type,
                                                         gint64               owner_id,
                                                         const char          *question,
                                                         const char          *answer,
                                                         int                  count,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
/* Marks an evaluation criterion met or not, with its evidence. */
void                 rs_evaluation_details_check_async  (RsDatabase          *db,
                                                         const char          *owner_type,
                                                         gint64               owner_id,
                                                         const char          *criterion,
                                                         gboolean             met,
                                                         const char          *evidence,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
/* Finishes any of the above. */
RsEvaluationDetails *rs_evaluation_details_finish       (RsDatabase          *db,
                                                         GAsyncResult        *result,
                                                         GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsEvaluationDetails, rs_evaluation_details_free)

G_END_DECLS
