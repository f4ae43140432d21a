/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-response-point-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-hearing-store.h"
#include "rs-response-store.h"

static gboolean
check_point (RsResponsePoint *point,
             GError         **error)
{
  if (!rs_decision_is_valid (rs_response_point_get_decision (point)))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("“%s” is not a decision; use changed, not-changed, out-of-scope or noted."),
                   rs_response_point_get_decision (point));
      return FALSE;
    }
  if (!rs_position_is_valid (rs_response_point_get_position (point)))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("“%s” is not a position; use for, against, concern, other or outside-scope."),
                   rs_response_point_get_position (point));
      return FALSE;
    }
  if (rs_response_point_get_start (point) < 0 ||
      rs_response_point_get_end (point) < rs_response_point_get_start (point))
    {
      g_set_error_literal (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                           _("The point's excerpt has invalid offsets."));
      return FALSE;
    }
  return TRUE;
}

gboolean
rs_response_point_store_add (RsDatabase      *db,
                             RsResponsePoint *point,
                             GError         **error)
{
  gboolean ok;

  if (!check_point (point, error))
    return FALSE;
  rs_database_lock (db);
  ok = rs_database_run (db, error,
                        "INSERT INTO response_point (response_id, start_offset, end_offset, excerpt, "
                        "theme, budget_area, comment, decision, proposal_id, position) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        "inntttttIt", rs_response_point_get_response_id (point),
                        rs_response_point_get_start (point), rs_response_point_get_end (point),
                        rs_response_point_get_excerpt (point), rs_response_point_get_theme (point),
                        rs_response_point_get_budget_area (point),
                        rs_response_point_get_comment (point),
                        rs_response_point_get_decision (point),
                        rs_response_point_get_proposal_id (point),
                        rs_response_point_get_position (point));
  if (ok)
    rs_response_point_set_id (point, rs_database_last_insert_id (db));
  rs_database_unlock (db);
  return ok;
}

gboolean
rs_response_point_store_update (RsDatabase      *db,
                                RsResponsePoint *point,
                                GError         **error)
{
  gboolean ok;

  if (!check_point (point, error))
    return FALSE;
  rs_database_lock (db);
  ok = rs_database_run (db, error,
                        "UPDATE response_point SET theme = ?, budget_area = ?, comment = ?, "
                        "decision = ?, proposal_id = ?, position = ? WHERE id = ?", "ttttItI",
                        rs_response_point_get_theme (point),
                        rs_response_point_get_budget_area (point),
                        rs_response_point_get_comment (point),
                        rs_response_point_get_decision (point),
                        rs_response_point_get_proposal_id (point),
                        rs_response_point_get_position (point),
                        rs_response_point_get_id (point));
  rs_database_unlock (db);
  return ok;
}

gboolean
rs_response_point_store_delete (RsDatabase *db,
                                gint64      point_id,
                                GError    **error)
{
  gboolean ok;

  rs_database_lock (db);
  ok = rs_database_run (db, error, "DELETE FROM response_point WHERE id = ?", "i", point_id);
  rs_database_unlock (db);
  return ok;
}

static GListStore *
list_points (RsDatabase *db,
             const char *sql,
             gint64      id,
             GError    **error)
{
  g_autoptr(GListStore) store = g_list_store_new (RS_TYPE_RESPONSE_POINT);
  RsStatement *stmt;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, sql, "i", id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsResponsePoint) p =
        rs_response_point_new (rs_statement_column_int64 (stmt, 0), rs_statement_column_int64 (stmt, 1),
                               rs_statement_column_int (stmt, 2), rs_statement_column_int (stmt, 3),
                               (const char *) rs_statement_column_text (stmt, 4));
      rs_response_point_set_theme (p, (const char *) rs_statement_column_text (stmt, 5));
      rs_response_point_set_budget_area (p, (const char *) rs_statement_column_text (stmt, 6));
      rs_response_point_set_comment (p, (const char *) rs_statement_column_text (stmt, 7));
      rs_response_point_set_decision (p, (const char *) rs_statement_column_text (stmt, 8));
      rs_response_point_set_proposal_id (p, rs_statement_column_int64 (stmt, 9));
      rs_response_point_set_position (p, (const char *) rs_statement_column_text (stmt, 10));
      g_list_store_append (store, p);
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      g_clear_object (&store);
    }
  rs_statement_finalize (stmt);
  rs_database_unlock (db);
  return g_steal_pointer (&store);
}

#define POINT_COLUMNS "p.id, p.response_id, p.start_offset, p.end_offset, p.excerpt, p.theme, " \
                      "p.budget_area, p.comment, p.decision, p.proposal_id, p.position"

GListStore *
rs_response_point_store_list (RsDatabase *db,
                              gint64      response_id,
                              GError    **error)
{
  return list_points (db, "SELECT " POINT_COLUMNS " FROM response_point p "
                          "WHERE p.response_id = ? ORDER BY p.start_offset, p.id",
                      response_id, error);
}

GListStore *
rs_response_point_store_list_round (RsDatabase *db,
                                    gint64      round_id,
                                    GError    **error)
{
  return list_points (db, "SELECT " POINT_COLUMNS " FROM response_point p JOIN hearing_response r "
                          "ON r.id = p.response_id WHERE r.round_id = ? "
                          "ORDER BY p.theme = '', p.theme COLLATE NOCASE, r.received_on, r.id, "
                          "p.start_offset",
                      round_id, error);
}
