/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-recommendation-origins"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-comment-store.h"
#include "rs-idea-store.h"
#include "rs-recommendation-origins.h"
#include "rs-recommendation-store.h"

static const char *
candidate_sql (const char *origin_type)
{
  if (g_strcmp0 (origin_type, "idea") == 0)
    return "SELECT i.id, substr(i.text, 1, 120) FROM idea i "
           "WHERE i.process_id = ?1 "
           "OR i.session_id IN (SELECT id FROM session WHERE process_id = ?1) "
           "OR i.lab_id IN (SELECT id FROM lab WHERE process_id = ?1) "
           "ORDER BY i.group_name, i.votes DESC, i.id";
  if (g_strcmp0 (origin_type, "session") == 0)
    return "SELECT id, title FROM session WHERE process_id = ?1 ORDER BY starts_at, id";
  if (g_strcmp0 (origin_type, "lab") == 0)
    return "SELECT id, title FROM lab WHERE process_id = ?1 ORDER BY title, id";
  if (g_strcmp0 (origin_type, "response-point") == 0)
    return "SELECT p.id, substr(p.excerpt, 1, 120) FROM response_point p "
           "JOIN hearing_response r ON r.id = p.response_id "
           "JOIN hearing_round h ON h.id = r.round_id "
           "WHERE h.process_id = ?1 ORDER BY p.theme, p.id";
  /* Digital comments of the involvement phase (rs-comment-store.h). */
  if (g_strcmp0 (origin_type, "comment") == 0)
    return "SELECT c.id, c.pseudonym || ': ' || substr(c.text, 1, 110) FROM citizen_comment c "
           "WHERE c.process_id = ?1 AND c.deleted = 0 ORDER BY c.id";
  return NULL;
}

const char *
rs_recommendation_origin_kind_label (const char *origin_type)
{
  if (g_strcmp0 (origin_type, "idea") == 0)
    return _("Idea");
  if (g_strcmp0 (origin_type, "session") == 0)
    return _("Session");
  if (g_strcmp0 (origin_type, "lab") == 0)
    return _("Lab");
  if (g_strcmp0 (origin_type, "panel") == 0)
    return _("Panel");
  if (g_strcmp0 (origin_type, "response-point") == 0)
    return _("Hearing point");
  if (g_strcmp0 (origin_type, "comment") == 0)
    return _("Comment");
  return origin_type;
}

static gboolean
check_type (const char *origin_type,
            GError    **error)
{
  if (candidate_sql (origin_type) != NULL || g_strcmp0 (origin_type, "panel") == 0)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("“%s” is not a kind of origin; use idea, session, lab, response-point or comment."),
               origin_type ? origin_type : "");
  return FALSE;
}

GPtrArray *
rs_recommendation_origin_candidates (RsDatabase *db,
                                     gint64      process_id,
                                     const char *origin_type,
                                     GError    **error)
{
  g_autoptr(GPtrArray) out = NULL;
  const char *sql = candidate_sql (origin_type);
  RsStatement *stmt;
  int rc;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  if (sql == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a kind of origin; use idea, session, lab, response-point or comment."),
                   origin_type ? origin_type : "");
      return NULL;
    }
  stmt = rs_database_query (db, error, sql, "i", process_id);
  if (stmt == NULL)
    return NULL;
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_recommendation_origin_free);
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsRecommendationOrigin *o = g_new0 (RsRecommendationOrigin, 1);
      const char *label = (const char *) rs_statement_column_text (stmt, 1);
      o->origin_type = g_strdup (origin_type);
      o->origin_id = rs_statement_column_int64 (stmt, 0);
      o->label = g_strdup (label ? label : "");
      g_ptr_array_add (out, o);
    }
  rs_statement_finalize (stmt);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

gboolean
rs_recommendation_origin_link (RsDatabase *db,
                               gint64      recommendation_id,
                               const char *origin_type,
                               gint64      origin_id,
                               GError    **error)
{
  g_return_val_if_fail (RS_IS_DATABASE (db), FALSE);
  if (!check_type (origin_type, error))
    return FALSE;
  /* A comment's links live with the comment. */
  if (g_str_equal (origin_type, "comment"))
    return rs_comment_store_link (db, origin_id, "recommendation", recommendation_id, error);
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!rs_recommendation_store_add_origin (db, recommendation_id, origin_type, origin_id, error) ||
      (g_str_equal (origin_type, "idea") &&
       !rs_idea_store_set_status (db, origin_id, RS_IDEA_RECOMMENDATION, error)))
    {
      rs_database_rollback (db);
      return FALSE;
    }
  return rs_database_commit (db, error);
}

gboolean
rs_recommendation_origin_unlink (RsDatabase *db,
                                 gint64      recommendation_id,
                                 const char *origin_type,
                                 gint64      origin_id,
                                 GError    **error)
{
  g_return_val_if_fail (RS_IS_DATABASE (db), FALSE);
  if (g_strcmp0 (origin_type, "comment") == 0)
    return rs_comment_store_unlink (db, origin_id, "recommendation", recommendation_id, error);
  return rs_database_run (db, error, "DELETE FROM recommendation_origin WHERE recommendation_id = ? "
                                     "AND origin_type = ? AND origin_id = ?",
                          "iti", recommendation_id, origin_type, origin_id);
}

typedef struct
{
  gint64  process_id;
  char   *origin_type;
} CandidatesJob;

static void
candidates_job_free (CandidatesJob *job)
{
  g_free (job->origin_type);
  g_free (job);
}

static gpointer
candidates_job (RsDatabase   *db,
                gpointer      data,
                GCancellable *cancellable,
                GError      **error)
{
  CandidatesJob *job = data;

  return rs_recommendation_origin_candidates (db, job->process_id, job->origin_type, error);
}

void
rs_recommendation_origin_candidates_async (RsDatabase         *db,
                                           gint64              process_id,
                                           const char         *origin_type,
                                           GCancellable       *cancellable,
                                           GAsyncReadyCallback callback,
                                           gpointer            user_data)
{
  CandidatesJob *job = g_new0 (CandidatesJob, 1);

  job->process_id = process_id;
  job->origin_type = g_strdup (origin_type);
  rs_database_run_async (db, candidates_job, job, (GDestroyNotify) candidates_job_free,
                         (GDestroyNotify) g_ptr_array_unref, cancellable, callback, user_data);
}

GPtrArray *
rs_recommendation_origin_candidates_finish (RsDatabase   *db,
                                            GAsyncResult *result,
                                            GError      **error)
{
  return rs_database_run_finish (db, result, error);
}
