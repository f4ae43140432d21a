/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-evaluation-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-evaluation-store.h"
#include "rs-representativeness.h"

/* Sets a text column, made valid UTF-8, through a property setter. */
#define SET_TEXT(setter, object, column) \
  G_STMT_START { \
    g_autofree char *text_ = rs_column_dup_text (stmt, column); \
    setter (object, text_); \
  } G_STMT_END

void
rs_evaluation_figures_free (RsEvaluationFigures *figures)
{
  if (figures == NULL)
    return;
  g_clear_pointer (&figures->per_category, g_ptr_array_unref);
  g_free (figures->panel_summary);
  g_free (figures);
}

static gboolean
check_owner_type (const char *owner_type,
                  GError    **error)
{
  if (g_strcmp0 (owner_type, "panel") == 0 || g_strcmp0 (owner_type, "lab") == 0)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("An evaluation belongs to a panel or a lab, not to “%s”."), owner_type);
  return FALSE;
}

gint64
rs_evaluation_ensure (RsDatabase *db,
                      const char *owner_type,
                      gint64      owner_id,
                      GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  gint64 id = 0;

  if (!check_owner_type (owner_type, error))
    return 0;
  if (!rs_database_run (db, error,
                        "INSERT INTO evaluation (owner_type, owner_id) VALUES (?, ?) "
                        "ON CONFLICT (owner_type, owner_id) DO NOTHING",
                        "ti", owner_type, owner_id))
    return 0;
  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT id FROM evaluation WHERE owner_type = ? AND owner_id = ?",
                            "ti", owner_type, owner_id);
  if (stmt != NULL && rs_statement_step (stmt) == RS_SQL_ROW)
    id = rs_statement_column_int64 (stmt, 0);
  rs_database_unlock (db);
  return id;
}

gboolean
rs_evaluation_set_answer (RsDatabase *db,
                          gint64      evaluation_id,
                          const char *question,
                          const char *answer,
                          int         count,
                          GError    **error)
{
  if (count < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The number of answers to “%s” cannot be negative."), question);
      return FALSE;
    }
  return rs_database_run (db, error,
                          "INSERT INTO evaluation_answer (evaluation_id, question, answer, count) "
                          "VALUES (?, ?, ?, ?) ON CONFLICT (evaluation_id, question, answer) "
                          "DO UPDATE SET count = excluded.count",
                          "ittn", evaluation_id, question, answer, count);
}

GPtrArray *
rs_evaluation_answers (RsDatabase *db,
                       gint64      evaluation_id,
                       GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT question, answer, count, 1.0 * count / "
                            "max(1, sum(count) OVER (PARTITION BY question)) "
                            "FROM evaluation_answer WHERE evaluation_id = ? ORDER BY rowid",
                            "i", evaluation_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsEvaluationAnswer *a = rs_evaluation_answer_new ();
      SET_TEXT (rs_evaluation_answer_set_question, a, 0);
      SET_TEXT (rs_evaluation_answer_set_answer, a, 1);
      rs_evaluation_answer_set_count (a, rs_statement_column_int (stmt, 2));
      rs_evaluation_answer_set_share (a, rs_statement_column_double (stmt, 3));
      g_ptr_array_add (out, a);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

/* Sessions of the owner, with their length in hours: from start and end
 * when both are known, otherwise from the agenda. */
#define OWNER_SESSIONS \
  "WITH own AS (SELECT s.id, s.starts_at, coalesce((julianday(s.ends_at) - julianday(s.starts_at)) * 24, " \
  " (SELECT sum(duration_min) FROM agenda_item a WHERE a.session_id = s.id) / 60.0, 0) AS hours " \
  " FROM session s WHERE (?1 = 'panel' AND s.panel_id = ?2) OR (?1 = 'lab' AND s.lab_id = ?2)), " \
  "recorded AS (SELECT * FROM own WHERE EXISTS (SELECT 1 FROM registration r WHERE r.session_id = own.id " \
  " AND r.attended IS NOT NULL)), " \
  "first AS (SELECT id FROM recorded ORDER BY starts_at, id LIMIT 1), " \
  "last AS (SELECT id FROM recorded ORDER BY starts_at DESC, id DESC LIMIT 1) "

/* The chair is not one of a panel's seats and is counted apart
 * (rs-representativeness.h): left out of the per-category figures. */
#define NOT_CHAIR " JOIN person pc ON pc.id = r.person_id AND pc.role != 'chair' "

RsEvaluationFigures *
rs_evaluation_compute (RsDatabase *db,
                       const char *owner_type,
                       gint64      owner_id,
                       GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(RsEvaluationFigures) fig = NULL;
  int rc;

  if (!check_owner_type (owner_type, error))
    return NULL;
  fig = g_new0 (RsEvaluationFigures, 1);
  fig->per_category = g_ptr_array_new_with_free_func (g_object_unref);

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            OWNER_SESSIONS
                            "SELECT (SELECT count(*) FROM own), (SELECT coalesce(sum(hours), 0) FROM own), "
                            "(SELECT coalesce(sum(own.hours), 0) FROM registration r JOIN own ON own.id = r.session_id "
                            " WHERE r.attended = 1), "
                            "(SELECT 1.0 * sum(r.attended = 1) / max(1, count(*)) FROM registration r "
                            " JOIN recorded ON recorded.id = r.session_id WHERE r.status = 'registered')",
                            "ti", owner_type, owner_id);
  if (stmt == NULL)
    goto fail;
  if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
    {
      rs_database_set_error (db, rc, error);
      goto fail;
    }
  fig->n_sessions = rs_statement_column_int (stmt, 0);
  fig->contact_hours = rs_statement_column_double (stmt, 1);
  fig->person_hours = rs_statement_column_double (stmt, 2);
  fig->attendance_rate = rs_statement_column_double (stmt, 3);
  g_clear_pointer (&stmt, rs_statement_finalize);

  stmt = rs_database_query (db, error,
                            OWNER_SESSIONS
                            "SELECT c.name, v.name, "
                            "(SELECT count(*) FROM registration r JOIN recorded ON recorded.id = r.session_id "
                            " JOIN person_attribute a ON a.person_id = r.person_id " NOT_CHAIR
                            " WHERE a.value_id = v.id AND r.status = 'registered'), "
                            "(SELECT count(*) FROM registration r JOIN recorded ON recorded.id = r.session_id "
                            " JOIN person_attribute a ON a.person_id = r.person_id " NOT_CHAIR
                            " WHERE a.value_id = v.id AND r.attended = 1), "
                            "(SELECT count(*) FROM registration r JOIN first ON first.id = r.session_id "
                            " JOIN person_attribute a ON a.person_id = r.person_id " NOT_CHAIR
                            " WHERE a.value_id = v.id AND r.attended = 1), "
                            "(SELECT count(*) FROM registration r JOIN first ON first.id = r.session_id "
                            " JOIN person_attribute a ON a.person_id = r.person_id " NOT_CHAIR
                            " WHERE a.value_id = v.id AND r.attended = 1 AND NOT EXISTS ("
                            "  SELECT 1 FROM registration l JOIN last ON last.id = l.session_id "
                            "  WHERE l.person_id = r.person_id AND l.attended = 1)) "
                            "FROM category c JOIN category_value v ON v.category_id = c.id "
                            "WHERE c.id IN (SELECT a.category_id FROM person_attribute a JOIN registration r "
                            " ON r.person_id = a.person_id JOIN own ON own.id = r.session_id) "
                            "ORDER BY c.position, c.id, v.position, v.id",
                            "ti", owner_type, owner_id);
  if (stmt == NULL)
    goto fail;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsEvaluationCategoryFigure *f = rs_evaluation_category_figure_new ();
      int registrations = rs_statement_column_int (stmt, 2);
      int attendances = rs_statement_column_int (stmt, 3);
      int started = rs_statement_column_int (stmt, 4);
      int dropped = rs_statement_column_int (stmt, 5);

      SET_TEXT (rs_evaluation_category_figure_set_category, f, 0);
      SET_TEXT (rs_evaluation_category_figure_set_value, f, 1);
      rs_evaluation_category_figure_set_registrations (f, registrations);
      rs_evaluation_category_figure_set_attendances (f, attendances);
      rs_evaluation_category_figure_set_started (f, started);
      rs_evaluation_category_figure_set_dropped (f, dropped);
      rs_evaluation_category_figure_set_attendance_rate (f, registrations ? (double) attendances / registrations : 0.0);
      rs_evaluation_category_figure_set_dropout_rate (f, started ? (double) dropped / started : 0.0);
      g_ptr_array_add (fig->per_category, f);
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      goto fail;
    }
  if (g_str_equal (owner_type, "panel"))
    {
      g_autoptr(RsRepresentativeness) repr = rs_representativeness_load (db, owner_id, error);

      if (repr == NULL)
        goto fail;
      fig->panel_summary = rs_representativeness_summary (repr, 0, NULL, NULL);
    }
  rs_database_unlock (db);
  return g_steal_pointer (&fig);

fail:
  rs_database_unlock (db);
  return NULL;
}
