/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-evaluation-details"

#include "config.h"

#include "rs-checklist.h"
#include "rs-evaluation-details.h"

/* What a change asks for, on its way to the database thread. */
typedef struct
{
  char     *owner_type;
  gint64    owner_id;
  char     *question;      /* an answer to store, or NULL */
  char     *answer;
  int       count;
  char     *criterion;     /* a criterion to store, or NULL */
  gboolean  met;
  char     *evidence;
} EvaluationChange;

static void
evaluation_change_free (EvaluationChange *c)
{
  g_free (c->owner_type);
  g_free (c->question);
  g_free (c->answer);
  g_free (c->criterion);
  g_free (c->evidence);
  g_free (c);
}

static EvaluationChange *
evaluation_change_new (const char *owner_type,
                       gint64      owner_id)
{
  EvaluationChange *c = g_new0 (EvaluationChange, 1);

  c->owner_type = g_strdup (owner_type);
  c->owner_id = owner_id;
  return c;
}

void
rs_evaluation_details_free (RsEvaluationDetails *details)
{
  if (details == NULL)
    return;
  g_clear_pointer (&details->figures, rs_evaluation_figures_free);
  g_clear_pointer (&details->answers, g_ptr_array_unref);
  g_clear_pointer (&details->criteria, g_ptr_array_unref);
  g_free (details);
}

RsEvaluationDetails *
rs_evaluation_details_load (RsDatabase *db,
                            const char *owner_type,
                            gint64      owner_id,
                            GError    **error)
{
  g_autoptr(RsEvaluationDetails) d = g_new0 (RsEvaluationDetails, 1);

  if ((d->evaluation_id = rs_evaluation_ensure (db, owner_type, owner_id, error)) == 0
      || (d->figures = rs_evaluation_compute (db, owner_type, owner_id, error)) == NULL
      || (d->answers = rs_evaluation_answers (db, d->evaluation_id, error)) == NULL
      || (d->criteria = rs_checklist_load (db, "evaluation", d->evaluation_id, error)) == NULL)
    return NULL;
  return g_steal_pointer (&d);
}

static gpointer
change_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  EvaluationChange *c = data;
  gint64 evaluation_id;

  if (c->question != NULL || c->criterion != NULL)
    {
      if ((evaluation_id = rs_evaluation_ensure (db, c->owner_type, c->owner_id, error)) == 0)
        return NULL;
      if (c->question != NULL
          && !rs_evaluation_set_answer (db, evaluation_id, c->question, c->answer, c->count, error))
        return NULL;
      if (c->criterion != NULL
          && !rs_checklist_set (db, "evaluation", evaluation_id, c->criterion, c->met, c->evidence, error))
        return NULL;
    }
  return rs_evaluation_details_load (db, c->owner_type, c->owner_id, error);
}

static void
run_change (RsDatabase         *db,
            EvaluationChange   *c,
            GCancellable       *cancellable,
            GAsyncReadyCallback callback,
            gpointer            user_data)
{
  rs_database_run_async (db, change_job, c, (GDestroyNotify) evaluation_change_free,
                         (GDestroyNotify) rs_evaluation_details_free, cancellable, callback, user_data);
}

void
rs_evaluation_details_load_async (RsDatabase         *db,
                                  const char         *owner_type,
                                  gint64              owner_id,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  g_return_if_fail (RS_IS_DATABASE (db));
  g_return_if_fail (owner_type != NULL);
  run_change (db, evaluation_change_new (owner_type, owner_id), cancellable, callback, user_data);
}

void
rs_evaluation_details_answer_async (RsDatabase         *db,
                                    const char         *owner_type,
                                    gint64              owner_id,
                                    const char         *question,
                                    const char         *answer,
                                    int                 count,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  EvaluationChange *c;

  g_return_if_fail (RS_IS_DATABASE (db));
  g_return_if_fail (owner_type != NULL && question != NULL && answer != NULL);
  c = evaluation_change_new (owner_type, owner_id);
  c->question = g_strdup (question);
  c->answer = g_strdup (answer);
  c->count = count;
  run_change (db, c, cancellable, callback, user_data);
}

void
rs_evaluation_details_check_async (RsDatabase         *db,
                                   const char         *owner_type,
                                   gint64              owner_id,
                                   const char         *criterion,
                                   gboolean            met,
                                   const char         *evidence,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  EvaluationChange *c;

  g_return_if_fail (RS_IS_DATABASE (db));
  g_return_if_fail (owner_type != NULL && criterion != NULL);
  c = evaluation_change_new (owner_type, owner_id);
  c->criterion = g_strdup (criterion);
  c->met = met;
  c->evidence = g_strdup (evidence);
  run_change (db, c, cancellable, callback, user_data);
}

RsEvaluationDetails *
rs_evaluation_details_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              GError      **error)
{
  return rs_database_run_finish (db, result, error);
}
