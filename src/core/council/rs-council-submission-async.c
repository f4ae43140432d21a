/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-council-submission"

#include "config.h"

#include <string.h>

#include "rs-council-submission.h"

/* The agenda-item texts for the GUI: load and save on the database
 * thread. */

typedef struct
{
  gint64               process_id;
  RsCouncilSubmission  sub;
  char                *resume;     /* the generated defaults */
  char                *authority;
  GError              *conflict;   /* a refused save; @sub is then the stored one */
} Op;

static void
op_free (gpointer data)
{
  Op *op = data;

  rs_council_submission_clear (&op->sub);
  g_free (op->resume);
  g_free (op->authority);
  g_clear_error (&op->conflict);
  g_free (op);
}

static void
copy_submission (RsCouncilSubmission       *to,
                 const RsCouncilSubmission *from)
{
  to->committee = g_strdup (from->committee);
  to->meeting_date = g_strdup (from->meeting_date);
  to->resume = g_strdup (from->resume);
  to->case_text = g_strdup (from->case_text);
  to->authority = g_strdup (from->authority);
  to->version = from->version;
}

static gpointer
load_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Op *op = g_new0 (Op, 1);

  op->process_id = *(gint64 *) data;
  if (!rs_council_submission_load (db, op->process_id, &op->sub, error) ||
      !rs_council_submission_defaults (db, op->process_id, NULL, &op->resume, &op->authority, error))
    {
      op_free (op);
      return NULL;
    }
  return op;
}

void
rs_council_submission_load_async (RsDatabase         *db,
                                  gint64              process_id,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  rs_database_run_for_id_async (db, load_job, process_id, op_free, cancellable, callback, user_data);
}

gboolean
rs_council_submission_load_finish (RsDatabase          *db,
                                   GAsyncResult        *result,
                                   RsCouncilSubmission *out,
                                   char               **generated_resume,
                                   char               **generated_authority,
                                   GError             **error)
{
  Op *op = rs_database_run_finish (db, result, error);

  if (op == NULL)
    return FALSE;
  *out = op->sub;
  memset (&op->sub, 0, sizeof op->sub);
  if (generated_resume != NULL)
    *generated_resume = g_steal_pointer (&op->resume);
  if (generated_authority != NULL)
    *generated_authority = g_steal_pointer (&op->authority);
  op_free (op);
  return TRUE;
}

static gpointer
save_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Op *in = data;
  Op *op = g_new0 (Op, 1);
  g_autoptr(GError) local = NULL;

  op->process_id = in->process_id;
  copy_submission (&op->sub, &in->sub);
  if (rs_council_submission_save (db, op->process_id, &op->sub, &local))
    return op;
  rs_council_submission_clear (&op->sub);
  if (g_error_matches (local, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT) &&
      rs_council_submission_load (db, op->process_id, &op->sub, error))
    {
      op->conflict = g_steal_pointer (&local);
      return op;
    }
  op_free (op);
  if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

void
rs_council_submission_save_async (RsDatabase                *db,
                                  gint64                     process_id,
                                  const RsCouncilSubmission *submission,
                                  GCancellable              *cancellable,
                                  GAsyncReadyCallback        callback,
                                  gpointer                   user_data)
{
  Op *op = g_new0 (Op, 1);

  op->process_id = process_id;
  copy_submission (&op->sub, submission);
  rs_database_run_async (db, save_job, op, op_free, op_free, cancellable, callback, user_data);
}

gboolean
rs_council_submission_save_finish (RsDatabase          *db,
                                   GAsyncResult        *result,
                                   gint64              *version,
                                   RsCouncilSubmission *current,
                                   GError             **error)
{
  Op *op = rs_database_run_finish (db, result, error);
  gboolean ok;

  if (op == NULL)
    return FALSE;
  ok = op->conflict == NULL;
  if (ok && version != NULL)
    *version = op->sub.version;
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&op->conflict));
      if (current != NULL)
        {
          *current = op->sub;
          memset (&op->sub, 0, sizeof op->sub);
        }
    }
  op_free (op);
  return ok;
}
