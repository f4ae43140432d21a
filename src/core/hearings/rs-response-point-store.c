/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-response-point-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-audit.h"
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

/* The budget process of a point, for the audit log (0 when gone). */
static gint64
point_process (RsDatabase *db,
               gint64      point_id)
{
  g_autoptr(RsStatement) stmt = NULL;
  gint64 process_id = 0;

  rs_database_lock (db);
  stmt = rs_database_query (db, NULL, "SELECT r.process_id FROM response_point p "
                                      "JOIN hearing_response h ON h.id = p.response_id "
                                      "JOIN hearing_round r ON r.id = h.round_id WHERE p.id = ?",
                            "i", point_id);
  if (stmt != NULL && rs_statement_step (stmt) == RS_SQL_ROW)
    process_id = rs_statement_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, rs_statement_finalize);
  rs_database_unlock (db);
  return process_id;
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
    {
      rs_response_point_set_id (point, rs_database_last_insert_id (db));
      rs_response_point_set_version (point, 1);
      ok = rs_audit_write (db, point_process (db, rs_response_point_get_id (point)), "response_point",
                           rs_response_point_get_id (point), "create", rs_response_point_get_theme (point),
                           error);
    }
  rs_database_unlock (db);
  return ok;
}

gboolean
rs_response_point_store_update (RsDatabase      *db,
                                RsResponsePoint *point,
                                GError         **error)
{
  return rs_response_point_store_save (db, point, NULL, error);
}

/* What a save changes, for the audit log: the codes with their values,
 * the free texts by name only. */
static char *
point_changes (RsResponsePoint *before,
               RsResponsePoint *after)
{
  g_autoptr(GString) summary = g_string_new ("");
  g_autofree char *old_proposal = g_strdup_printf ("%" G_GINT64_FORMAT, rs_response_point_get_proposal_id (before));
  g_autofree char *new_proposal = g_strdup_printf ("%" G_GINT64_FORMAT, rs_response_point_get_proposal_id (after));

  rs_audit_diff (summary, "theme", rs_response_point_get_theme (before), rs_response_point_get_theme (after), TRUE);
  rs_audit_diff (summary, "budget_area", rs_response_point_get_budget_area (before),
                 rs_response_point_get_budget_area (after), TRUE);
  rs_audit_diff (summary, "decision", rs_response_point_get_decision (before),
                 rs_response_point_get_decision (after), TRUE);
  rs_audit_diff (summary, "position", rs_response_point_get_position (before),
                 rs_response_point_get_position (after), TRUE);
  rs_audit_diff (summary, "proposal", old_proposal, new_proposal, TRUE);
  rs_audit_diff (summary, "comment", rs_response_point_get_comment (before),
                 rs_response_point_get_comment (after), FALSE);
  return g_string_free (g_steal_pointer (&summary), FALSE);
}

gboolean
rs_response_point_store_save (RsDatabase       *db,
                              RsResponsePoint  *point,
                              RsResponsePoint **current,
                              GError          **error)
{
  g_autoptr(RsResponsePoint) stored = NULL;
  g_autofree char *changes = NULL;
  gint64 id = rs_response_point_get_id (point);
  gint64 version = rs_response_point_get_version (point);

  if (!check_point (point, error))
    return FALSE;
  if (!rs_database_begin (db, error))
    return FALSE;
  if ((stored = rs_response_point_store_get (db, id, error)) == NULL)
    goto fail;
  if (!rs_database_run (db, error,
                        "UPDATE response_point SET theme = ?, budget_area = ?, comment = ?, "
                        "decision = ?, proposal_id = ?, position = ?, version = version + 1 "
                        "WHERE id = ? AND version = ?", "ttttIt" "ii",
                        rs_response_point_get_theme (point),
                        rs_response_point_get_budget_area (point),
                        rs_response_point_get_comment (point),
                        rs_response_point_get_decision (point),
                        rs_response_point_get_proposal_id (point),
                        rs_response_point_get_position (point),
                        id, version))
    goto fail;
  if (rs_database_changes (db) == 0)
    {
      rs_audit_set_conflict (db, "response_point", id, _("This point"), error);
      if (current != NULL)
        *current = g_steal_pointer (&stored);
      goto fail;
    }
  changes = point_changes (stored, point);
  if (!rs_audit_write (db, point_process (db, id), "response_point", id, "update", changes, error))
    goto fail;
  if (!rs_database_commit (db, error))
    return FALSE;
  rs_response_point_set_version (point, version + 1);
  return TRUE;

fail:
  rs_database_rollback (db);
  return FALSE;
}

gboolean
rs_response_point_store_delete (RsDatabase *db,
                                gint64      point_id,
                                GError    **error)
{
  gboolean ok;

  gint64 process_id;

  rs_database_lock (db);
  process_id = point_process (db, point_id);
  ok = rs_database_run (db, error, "DELETE FROM response_point WHERE id = ?", "i", point_id) &&
       rs_audit_write (db, process_id, "response_point", point_id, "delete", "", error);
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
      rs_response_point_set_version (p, rs_statement_column_int64 (stmt, 11));
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
                      "p.budget_area, p.comment, p.decision, p.proposal_id, p.position, p.version"

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

RsResponsePoint *
rs_response_point_store_get (RsDatabase *db,
                             gint64      point_id,
                             GError    **error)
{
  g_autoptr(GListStore) one = list_points (db, "SELECT " POINT_COLUMNS " FROM response_point p WHERE p.id = ?",
                                           point_id, error);

  if (one == NULL)
    return NULL;
  if (g_list_model_get_n_items (G_LIST_MODEL (one)) == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("The point was removed by someone else."));
      return NULL;
    }
  return g_list_model_get_item (G_LIST_MODEL (one), 0);
}
