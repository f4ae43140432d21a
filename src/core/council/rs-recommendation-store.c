/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-recommendation-store"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "rs-audit.h"
#include "rs-date.h"
#include "rs-process-store.h"
#include "rs-recommendation-store.h"

#define REC_SELECT \
  "SELECT r.id, r.process_id, r.title, r.text, r.rationale, r.theme, r.budget_area, " \
  "r.votes_for, r.votes_against, r.votes_abstain, r.status, r.position, d.outcome, " \
  "d.justification, d.budget_line, d.amount, d.decided_on, d.implementation, r.version " \
  "FROM recommendation r LEFT JOIN council_decision d ON d.recommendation_id = r.id " \
  "LEFT JOIN theme t ON t.process_id = r.process_id AND t.name = r.theme "

static const char *
col_text (RsStatement *stmt,
          int           column)
{
  const char *text = (const char *) rs_statement_column_text (stmt, column);
  return text ? text : "";
}

static RsRecommendation *
recommendation_from_row (RsStatement *stmt)
{
  RsRecommendation *rec = rs_recommendation_new (rs_statement_column_int64 (stmt, 0),
                                                 rs_statement_column_int64 (stmt, 1),
                                                 col_text (stmt, 2));
  RsRecommendationStatus status = RS_RECOMMENDATION_DRAFT;

  rs_recommendation_set_text (rec, col_text (stmt, 3));
  rs_recommendation_set_rationale (rec, col_text (stmt, 4));
  rs_recommendation_set_theme (rec, col_text (stmt, 5));
  rs_recommendation_set_budget_area (rec, col_text (stmt, 6));
  rs_recommendation_set_votes (rec, rs_statement_column_int (stmt, 7), rs_statement_column_int (stmt, 8),
                               rs_statement_column_int (stmt, 9));
  rs_recommendation_status_from_nick (col_text (stmt, 10), &status);
  rs_recommendation_set_status (rec, status);
  rs_recommendation_set_position (rec, rs_statement_column_int (stmt, 11));
  rs_recommendation_set_version (rec, rs_statement_column_int64 (stmt, 18));
  if (rs_statement_column_type (stmt, 12) != RS_SQL_NULL)
    {
      RsDecisionOutcome outcome = RS_OUTCOME_NONE;
      RsImplementation impl = RS_IMPLEMENTATION_NOT_STARTED;

      rs_decision_outcome_from_nick (col_text (stmt, 12), &outcome);
      rs_implementation_from_nick (col_text (stmt, 17), &impl);
      rs_recommendation_set_decision (rec, outcome, col_text (stmt, 13), col_text (stmt, 14),
                                      rs_statement_column_type (stmt, 15) == RS_SQL_NULL
                                        ? NAN : rs_statement_column_double (stmt, 15),
                                      (const char *) rs_statement_column_text (stmt, 16), impl);
    }
  return rec;
}

static gboolean
load_details (RsDatabase       *db,
              RsRecommendation *rec,
              GError          **error)
{
  gint64 id = rs_recommendation_get_id (rec);
  RsStatement *stmt;
  int rc;

  stmt = rs_database_query (db, error, "SELECT year, operating, capital FROM recommendation_cost "
                                       "WHERE recommendation_id = ? ORDER BY year", "i", id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    rs_recommendation_set_cost (rec, rs_statement_column_int (stmt, 0), rs_statement_column_double (stmt, 1),
                                rs_statement_column_double (stmt, 2));
  rs_statement_finalize (stmt);

  /* Labels never quote a hearing response: a private sender's words could
   * name them. A point is shown by its theme. */
  stmt = rs_database_query (db, error,
                            "SELECT o.origin_type, o.origin_id, CASE o.origin_type "
                            "WHEN 'idea' THEN (SELECT substr(text, 1, 120) FROM idea WHERE id = o.origin_id) "
                            "WHEN 'session' THEN (SELECT title FROM session WHERE id = o.origin_id) "
                            "WHEN 'lab' THEN (SELECT title FROM lab WHERE id = o.origin_id) "
                            "WHEN 'panel' THEN (SELECT name FROM panel WHERE id = o.origin_id) "
                            "WHEN 'response-point' THEN (SELECT theme FROM response_point WHERE id = o.origin_id) "
                            "END FROM recommendation_origin o WHERE o.recommendation_id = ?1 "
                            /* Comments by pseudonym and themes, never their words. */
                            "UNION ALL SELECT 'comment', c.id, c.pseudonym || CASE WHEN c.themes <> '' "
                            "THEN ' (' || c.themes || ')' ELSE '' END FROM comment_link l "
                            "JOIN citizen_comment c ON c.id = l.comment_id WHERE l.target_type = "
                            "'recommendation' AND l.target_id = ?1 "
                            "ORDER BY 1, 2", "i", id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    rs_recommendation_add_origin (rec, col_text (stmt, 0), rs_statement_column_int64 (stmt, 1),
                                  col_text (stmt, 2));
  rs_statement_finalize (stmt);

  stmt = rs_database_query (db, error,
                            "SELECT 1, l.parent_id, p.title, l.kind FROM recommendation_lineage l "
                            "JOIN recommendation p ON p.id = l.parent_id WHERE l.child_id = ? "
                            "UNION ALL "
                            "SELECT 0, l.child_id, c.title, l.kind FROM recommendation_lineage l "
                            "JOIN recommendation c ON c.id = l.child_id WHERE l.parent_id = ? "
                            "ORDER BY 1 DESC, 2", "ii", id, id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    rs_recommendation_add_lineage (rec, rs_statement_column_int (stmt, 0), rs_statement_column_int64 (stmt, 1),
                                   col_text (stmt, 2), col_text (stmt, 3));
  rs_statement_finalize (stmt);

  stmt = rs_database_query (db, error, "SELECT id, title, due_on, done_on FROM milestone "
                                       "WHERE recommendation_id = ? "
                                       "ORDER BY due_on IS NULL, due_on, id", "i", id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    rs_recommendation_add_milestone (rec, rs_statement_column_int64 (stmt, 0), col_text (stmt, 1),
                                     (const char *) rs_statement_column_text (stmt, 2),
                                     (const char *) rs_statement_column_text (stmt, 3));
  rs_statement_finalize (stmt);
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  return TRUE;
}

GListStore *
rs_recommendation_store_list (RsDatabase *db,
                              gint64      process_id,
                              gboolean    include_superseded,
                              GError    **error)
{
  g_autoptr(GListStore) store = g_list_store_new (RS_TYPE_RECOMMENDATION);
  g_autoptr(GError) local_error = NULL;
  RsStatement *stmt;
  int rc;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);

  rs_database_lock (db);
  stmt = rs_database_query (db, &local_error,
                            REC_SELECT "WHERE r.process_id = ? AND (? OR r.status != 'superseded') "
                            "ORDER BY t.position IS NULL, t.position, r.theme COLLATE NOCASE, "
                            "r.position, r.id", "in", process_id, include_superseded ? 1 : 0);
  if (stmt != NULL)
    {
      while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
        {
          g_autoptr(RsRecommendation) rec = recommendation_from_row (stmt);
          g_list_store_append (store, rec);
        }
      if (rc != RS_SQL_DONE)
        rs_database_set_error (db, rc, &local_error);
      rs_statement_finalize (stmt);
    }
  for (guint i = 0; local_error == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (store), i);
      load_details (db, rec, &local_error);
    }
  rs_database_unlock (db);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&store);
}

RsRecommendation *
rs_recommendation_store_get (RsDatabase *db,
                             gint64      id,
                             GError    **error)
{
  g_autoptr(RsRecommendation) rec = NULL;
  RsStatement *stmt;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);

  rs_database_lock (db);
  stmt = rs_database_query (db, error, REC_SELECT "WHERE r.id = ?", "i", id);
  if (stmt != NULL)
    {
      rc = rs_statement_step (stmt);
      if (rc == RS_SQL_ROW)
        rec = recommendation_from_row (stmt);
      else if (rc == RS_SQL_DONE)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no recommendation with id %lld."), (long long) id);
      else
        rs_database_set_error (db, rc, error);
      rs_statement_finalize (stmt);
      ok = rec != NULL && load_details (db, rec, error);
    }
  rs_database_unlock (db);
  return ok ? g_steal_pointer (&rec) : NULL;
}

static gboolean
check_title (const char *title,
             GError    **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (title ? title : ""));

  if (*stripped == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A recommendation needs a title."));
      return FALSE;
    }
  return TRUE;
}

static gint64
insert_recommendation (RsDatabase *db,
                       gint64      process_id,
                       const char *title,
                       const char *text,
                       const char *rationale,
                       const char *theme,
                       const char *budget_area,
                       int         position,
                       GError    **error)
{
  if (!rs_database_run (db, error,
                        "INSERT INTO recommendation (process_id, panel_id, title, text, rationale, "
                        "theme, budget_area, position) VALUES (?, (SELECT min(id) FROM panel "
                        "WHERE process_id = ?), ?, ?, ?, ?, ?, ?)",
                        "iittttt" "n", process_id, process_id, title, text ? text : "",
                        rationale ? rationale : "", theme ? theme : "",
                        budget_area ? budget_area : "", position))
    return 0;
  return rs_database_last_insert_id (db);
}

RsRecommendation *
rs_recommendation_store_create (RsDatabase *db,
                                gint64      process_id,
                                const char *title,
                                const char *theme,
                                GError    **error)
{
  gint64 id = 0;
  RsStatement *stmt;
  int position = 0;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  if (!check_title (title, error) || !rs_database_begin (db, error))
    return NULL;
  stmt = rs_database_query (db, error, "SELECT coalesce(max(position) + 1, 0) FROM recommendation "
                                       "WHERE process_id = ?", "i", process_id);
  if (stmt != NULL)
    {
      if (rs_statement_step (stmt) == RS_SQL_ROW)
        position = rs_statement_column_int (stmt, 0);
      rs_statement_finalize (stmt);
      id = insert_recommendation (db, process_id, title, NULL, NULL, theme, NULL, position, error);
    }
  if (id == 0 || !rs_audit_log (db, "recommendation", id, "create", title, error))
    {
      rs_database_rollback (db);
      return NULL;
    }
  if (!rs_database_commit (db, error))
    return NULL;
  return rs_recommendation_store_get (db, id, error);
}

static gboolean
replace_costs (RsDatabase *db,
               gint64      id,
               GArray     *costs,
               GError    **error)
{
  if (!rs_database_run (db, error, "DELETE FROM recommendation_cost WHERE recommendation_id = ?",
                        "i", id))
    return FALSE;
  for (guint i = 0; i < costs->len; i++)
    {
      RsRecommendationCost *c = &g_array_index (costs, RsRecommendationCost, i);
      if (!rs_database_run (db, error, "INSERT INTO recommendation_cost (recommendation_id, year, "
                                       "operating, capital) VALUES (?, ?, ?, ?)",
                            "indd", id, c->year, c->operating, c->capital))
        return FALSE;
    }
  return TRUE;
}

gboolean
rs_recommendation_store_update (RsDatabase       *db,
                                RsRecommendation *rec,
                                GError          **error)
{
  return rs_recommendation_store_save (db, rec, NULL, error);
}

static char *
recommendation_changes (RsRecommendation *before,
                        RsRecommendation *after)
{
  g_autoptr(GString) summary = g_string_new ("");
  int b[3], a[3];
  g_autofree char *old_votes = NULL;
  g_autofree char *new_votes = NULL;

  rs_recommendation_get_votes (before, &b[0], &b[1], &b[2]);
  rs_recommendation_get_votes (after, &a[0], &a[1], &a[2]);
  old_votes = g_strdup_printf ("%d/%d/%d", b[0], b[1], b[2]);
  new_votes = g_strdup_printf ("%d/%d/%d", a[0], a[1], a[2]);
  rs_audit_diff (summary, "title", rs_recommendation_get_title (before), rs_recommendation_get_title (after), TRUE);
  rs_audit_diff (summary, "text", rs_recommendation_get_text (before), rs_recommendation_get_text (after), FALSE);
  rs_audit_diff (summary, "rationale", rs_recommendation_get_rationale (before),
                 rs_recommendation_get_rationale (after), FALSE);
  rs_audit_diff (summary, "theme", rs_recommendation_get_theme (before), rs_recommendation_get_theme (after), TRUE);
  rs_audit_diff (summary, "budget_area", rs_recommendation_get_budget_area (before),
                 rs_recommendation_get_budget_area (after), TRUE);
  rs_audit_diff (summary, "votes", old_votes, new_votes, TRUE);
  rs_audit_diff (summary, "status", rs_recommendation_status_to_nick (rs_recommendation_get_status (before)),
                 rs_recommendation_status_to_nick (rs_recommendation_get_status (after)), TRUE);
  return g_string_free (g_steal_pointer (&summary), FALSE);
}

gboolean
rs_recommendation_store_save (RsDatabase        *db,
                              RsRecommendation  *rec,
                              RsRecommendation **current,
                              GError           **error)
{
  g_autoptr(RsRecommendation) stored = NULL;
  g_autofree char *changes = NULL;
  gint64 id, version;
  int vf, va, vab;

  g_return_val_if_fail (RS_IS_RECOMMENDATION (rec), FALSE);
  if (!check_title (rs_recommendation_get_title (rec), error))
    return FALSE;
  id = rs_recommendation_get_id (rec);
  version = rs_recommendation_get_version (rec);
  rs_recommendation_get_votes (rec, &vf, &va, &vab);
  if (!rs_database_begin (db, error))
    return FALSE;
  if ((stored = rs_recommendation_store_get (db, id, error)) == NULL)
    goto fail;
  if (!rs_database_run (db, error,
                        "UPDATE recommendation SET title = ?, text = ?, rationale = ?, theme = ?, "
                        "budget_area = ?, votes_for = ?, votes_against = ?, votes_abstain = ?, "
                        "status = ?, position = ?, version = version + 1 WHERE id = ? AND (? = 0 OR version = ?)",
                        "ttttt" "nnntn" "iii", rs_recommendation_get_title (rec),
                        rs_recommendation_get_text (rec), rs_recommendation_get_rationale (rec),
                        rs_recommendation_get_theme (rec), rs_recommendation_get_budget_area (rec),
                        vf, va, vab,
                        rs_recommendation_status_to_nick (rs_recommendation_get_status (rec)),
                        rs_recommendation_get_position (rec), id, version, version))
    goto fail;
  if (rs_database_changes (db) == 0)
    {
      rs_audit_set_conflict (db, "recommendation", id, _("This recommendation"), error);
      if (current != NULL)
        *current = g_steal_pointer (&stored);
      goto fail;
    }
  changes = recommendation_changes (stored, rec);
  if (!replace_costs (db, id, rs_recommendation_get_costs (rec), error) ||
      !rs_audit_write (db, rs_recommendation_get_process_id (stored), "recommendation", id, "update",
                       changes, error))
    goto fail;
  if (!rs_database_commit (db, error))
    return FALSE;
  rs_recommendation_set_version (rec, rs_recommendation_get_version (stored) + 1);
  return TRUE;

fail:
  rs_database_rollback (db);
  return FALSE;
}

gboolean
rs_recommendation_store_add_origin (RsDatabase *db,
                                    gint64      id,
                                    const char *origin_type,
                                    gint64      origin_id,
                                    GError    **error)
{
  return rs_database_run (db, error, "INSERT OR IGNORE INTO recommendation_origin "
                                     "(recommendation_id, origin_type, origin_id) VALUES (?, ?, ?)",
                          "iti", id, origin_type, origin_id);
}

/* Inside a transaction: copies origins from @from to @to. */
static gboolean
copy_origins (RsDatabase *db,
              gint64      from,
              gint64      to,
              GError    **error)
{
  return rs_database_run (db, error, "INSERT OR IGNORE INTO recommendation_origin "
                                     "(recommendation_id, origin_type, origin_id) "
                                     "SELECT ?, origin_type, origin_id FROM recommendation_origin "
                                     "WHERE recommendation_id = ?", "ii", to, from) &&
         rs_database_run (db, error, "INSERT INTO comment_link (comment_id, target_type, target_id) "
                                     "SELECT comment_id, target_type, ?1 FROM comment_link "
                                     "WHERE target_type = 'recommendation' AND target_id = ?2 "
                                     "ON CONFLICT (comment_id, target_type, target_id) DO NOTHING",
                          "ii", to, from);
}

static gboolean
supersede (RsDatabase *db,
           gint64      parent,
           gint64      child,
           const char *kind,
           GError    **error)
{
  return rs_database_run (db, error, "UPDATE recommendation SET status = 'superseded', version = version + 1 WHERE id = ?",
                          "i", parent) &&
         rs_database_run (db, error, "INSERT INTO recommendation_lineage (child_id, parent_id, kind) "
                                     "VALUES (?, ?, ?)", "iit", child, parent, kind);
}

gint64
rs_recommendation_store_merge (RsDatabase         *db,
                               const gint64       *ids,
                               guint               n_ids,
                               const char         *title,
                               GError            **error)
{
  g_autoptr(GPtrArray) recs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) rationale = g_string_new (NULL);
  g_autoptr(GString) audit = g_string_new (NULL);
  RsRecommendation *first;
  gint64 id = 0;
  int position = G_MAXINT;

  g_return_val_if_fail (RS_IS_DATABASE (db), 0);
  if (n_ids < 2)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Choose at least two recommendations to merge."));
      return 0;
    }
  if (!check_title (title, error) || !rs_database_begin (db, error))
    return 0;

  for (guint i = 0; i < n_ids; i++)
    {
      RsRecommendation *rec = rs_recommendation_store_get (db, ids[i], error);
      if (rec == NULL)
        goto fail;
      g_ptr_array_add (recs, rec);
      if (rs_recommendation_get_status (rec) == RS_RECOMMENDATION_SUPERSEDED ||
          rs_recommendation_get_process_id (rec) !=
            rs_recommendation_get_process_id (g_ptr_array_index (recs, 0)))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("“%s” cannot be merged: it is superseded or belongs to another process."),
                       rs_recommendation_get_title (rec));
          goto fail;
        }
      for (guint j = 0; j < i; j++)
        if (ids[j] == ids[i])
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                         _("“%s” is chosen twice."), rs_recommendation_get_title (rec));
            goto fail;
          }
      if (*rs_recommendation_get_text (rec))
        g_string_append_printf (text, "%s%s", text->len ? "\n\n" : "", rs_recommendation_get_text (rec));
      if (*rs_recommendation_get_rationale (rec) &&
          strstr (rationale->str, rs_recommendation_get_rationale (rec)) == NULL)
        g_string_append_printf (rationale, "%s%s", rationale->len ? "\n\n" : "",
                                rs_recommendation_get_rationale (rec));
      position = MIN (position, rs_recommendation_get_position (rec));
      g_string_append_printf (audit, "%s%" G_GINT64_FORMAT, i ? "," : "", ids[i]);
    }
  first = g_ptr_array_index (recs, 0);

  id = insert_recommendation (db, rs_recommendation_get_process_id (first), title, text->str,
                              rationale->str, rs_recommendation_get_theme (first),
                              rs_recommendation_get_budget_area (first), position, error);
  if (id == 0)
    goto fail;
  {
    /* Yearly costs add up. */
    g_autoptr(RsRecommendation) merged = rs_recommendation_new (id, 0, title);
    for (guint i = 0; i < recs->len; i++)
      {
        GArray *costs = rs_recommendation_get_costs (g_ptr_array_index (recs, i));
        for (guint c = 0; c < costs->len; c++)
          {
            RsRecommendationCost *cost = &g_array_index (costs, RsRecommendationCost, c);
            GArray *have = rs_recommendation_get_costs (merged);
            double op = cost->operating, cap = cost->capital;
            for (guint h = 0; h < have->len; h++)
              if (g_array_index (have, RsRecommendationCost, h).year == cost->year)
                {
                  op += g_array_index (have, RsRecommendationCost, h).operating;
                  cap += g_array_index (have, RsRecommendationCost, h).capital;
                }
            rs_recommendation_set_cost (merged, cost->year, op, cap);
          }
      }
    if (!replace_costs (db, id, rs_recommendation_get_costs (merged), error))
      goto fail;
  }
  for (guint i = 0; i < n_ids; i++)
    if (!copy_origins (db, ids[i], id, error) || !supersede (db, ids[i], id, "merge", error))
      goto fail;
  if (!rs_audit_log (db, "recommendation", id, "merge", audit->str, error) ||
      !rs_database_commit (db, error))
    return 0;
  return id;

fail:
  rs_database_rollback (db);
  return 0;
}

GArray *
rs_recommendation_store_split (RsDatabase         *db,
                               gint64              id,
                               const char * const *titles,
                               GError            **error)
{
  g_autoptr(RsRecommendation) rec = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = titles ? g_strv_length ((char **) titles) : 0;
  GArray *costs;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  if (n < 2)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A split needs at least two new titles."));
      return NULL;
    }
  for (guint i = 0; i < n; i++)
    if (!check_title (titles[i], error))
      return NULL;
  if (!rs_database_begin (db, error))
    return NULL;
  rec = rs_recommendation_store_get (db, id, error);
  if (rec == NULL)
    goto fail;
  if (rs_recommendation_get_status (rec) == RS_RECOMMENDATION_SUPERSEDED)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is already superseded and cannot be split."),
                   rs_recommendation_get_title (rec));
      goto fail;
    }
  costs = rs_recommendation_get_costs (rec);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GArray) share = g_array_new (FALSE, FALSE, sizeof (RsRecommendationCost));
      gint64 child = insert_recommendation (db, rs_recommendation_get_process_id (rec), titles[i],
                                            rs_recommendation_get_text (rec),
                                            rs_recommendation_get_rationale (rec),
                                            rs_recommendation_get_theme (rec),
                                            rs_recommendation_get_budget_area (rec),
                                            rs_recommendation_get_position (rec), error);
      if (child == 0)
        goto fail;
      for (guint c = 0; c < costs->len; c++)
        {
          RsRecommendationCost cost = g_array_index (costs, RsRecommendationCost, c);
          cost.operating /= n;
          cost.capital /= n;
          g_array_append_val (share, cost);
        }
      if (!replace_costs (db, child, share, error) || !copy_origins (db, id, child, error) ||
          !supersede (db, id, child, "split", error))
        goto fail;
      g_array_append_val (ids, child);
    }
  if (!rs_audit_log (db, "recommendation", id, "split", rs_recommendation_get_title (rec), error) ||
      !rs_database_commit (db, error))
    return NULL;
  return g_steal_pointer (&ids);

fail:
  rs_database_rollback (db);
  return NULL;
}

gboolean
rs_recommendation_store_set_decision (RsDatabase        *db,
                                      gint64             id,
                                      RsDecisionOutcome  outcome,
                                      const char        *justification,
                                      const char        *budget_line,
                                      double             amount,
                                      const char        *decided_on,
                                      RsImplementation   implementation,
                                      GError           **error)
{
  g_return_val_if_fail (RS_IS_DATABASE (db), FALSE);

  if (decided_on != NULL && *decided_on != '\0')
    {
      if (!rs_date_is_valid (decided_on))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("“%s” is not a date; use YYYY-MM-DD."), decided_on);
          return FALSE;
        }
    }
  if (!rs_database_begin (db, error))
    return FALSE;
  if (outcome == RS_OUTCOME_NONE)
    {
      if (!rs_database_run (db, error, "DELETE FROM council_decision WHERE recommendation_id = ?",
                            "i", id) ||
          !rs_database_run (db, error, "UPDATE recommendation SET status = 'handed-over', version = version + 1 "
                                       "WHERE id = ? AND status = 'answered'", "i", id))
        goto fail;
    }
  else
    {
      if (!rs_database_run (db, error, "UPDATE recommendation SET status = 'answered', "
                                       "version = version + 1 WHERE id = ? AND status != 'superseded'",
                            "i", id))
        goto fail;
      if (rs_database_changes (db) == 0)
        {
          g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                       _("There is no current recommendation with id %lld."), (long long) id);
          goto fail;
        }
      if (!rs_database_run (db, error,
                            "INSERT OR REPLACE INTO council_decision (recommendation_id, outcome, "
                            "justification, budget_line, amount, decided_on, implementation) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)",
                            "ittt" "-tt", id, rs_decision_outcome_to_nick (outcome),
                            justification ? justification : "", budget_line ? budget_line : "",
                            (decided_on && *decided_on) ? decided_on : NULL,
                            rs_implementation_to_nick (implementation)))
        goto fail;
      if (!isnan (amount) &&
          !rs_database_run (db, error, "UPDATE council_decision SET amount = ? "
                                       "WHERE recommendation_id = ?", "di", amount, id))
        goto fail;
    }
  if (!rs_audit_log (db, "recommendation", id, "decision", rs_decision_outcome_to_nick (outcome),
                     error))
    goto fail;
  return rs_database_commit (db, error);

fail:
  rs_database_rollback (db);
  return FALSE;
}

gint64
rs_recommendation_store_add_milestone (RsDatabase *db,
                                       gint64      id,
                                       const char *title,
                                       const char *due_on,
                                       const char *done_on,
                                       GError    **error)
{
  gint64 milestone = 0;

  if (title == NULL || *title == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A milestone needs a title."));
      return 0;
    }
  rs_database_lock (db);
  if (rs_database_run (db, error, "INSERT INTO milestone (recommendation_id, title, due_on, done_on) "
                                  "VALUES (?, ?, ?, ?)", "ittt", id, title,
                       (due_on && *due_on) ? due_on : NULL, (done_on && *done_on) ? done_on : NULL))
    milestone = rs_database_last_insert_id (db);
  rs_database_unlock (db);
  return milestone;
}

gboolean
rs_recommendation_store_set_milestone_done (RsDatabase *db,
                                            gint64      milestone_id,
                                            const char *done_on,
                                            GError    **error)
{
  return rs_database_run (db, error, "UPDATE milestone SET done_on = ? WHERE id = ?", "ti",
                          (done_on && *done_on) ? done_on : NULL, milestone_id);
}

gboolean
rs_recommendation_store_delete_milestone (RsDatabase *db,
                                          gint64      milestone_id,
                                          GError    **error)
{
  return rs_database_run (db, error, "DELETE FROM milestone WHERE id = ?", "i", milestone_id);
}

gboolean
rs_recommendation_store_dashboard (RsDatabase         *db,
                                   gint64              process_id,
                                   const char         *today,
                                   RsCouncilDashboard *out,
                                   GError            **error)
{
  g_autoptr(GListStore) list = rs_recommendation_store_list (db, process_id, TRUE, error);
  g_autofree char *now_text = rs_date_today_iso ();
  RsCouncilDashboard d = { 0 };

  if (list == NULL)
    return FALSE;
  if (today == NULL)
    today = now_text;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (list), i);
      RsDecisionOutcome outcome = rs_recommendation_get_outcome (rec);
      RsImplementation impl = rs_recommendation_get_implementation (rec);
      double op, cap;

      switch (rs_recommendation_get_status (rec))
        {
        case RS_RECOMMENDATION_SUPERSEDED:
          d.superseded++;
          continue;
        case RS_RECOMMENDATION_DRAFT:
          d.drafts++;
          break;
        case RS_RECOMMENDATION_VOTED:
          d.voted++;
          break;
        case RS_RECOMMENDATION_HANDED_OVER:
          d.handed_over++;
          break;
        case RS_RECOMMENDATION_ANSWERED:
          d.answered++;
          break;
        default:
          break;
        }
      d.recommendations++;
      rs_recommendation_get_cost_totals (rec, &op, &cap);
      d.cost_total += op + cap;
      switch (outcome)
        {
        case RS_OUTCOME_ADOPTED:
        case RS_OUTCOME_ADOPTED_WITH_CHANGES:
          {
            GPtrArray *milestones = rs_recommendation_get_milestones (rec);

            d.adopted++;
            d.cost_adopted += isnan (rs_recommendation_get_amount (rec))
                                ? op + cap : rs_recommendation_get_amount (rec);
            if (impl != RS_IMPLEMENTATION_DONE && impl != RS_IMPLEMENTATION_STOPPED)
              d.open_follow_ups++;
            for (guint m = 0; m < milestones->len; m++)
              {
                RsMilestone *ms = g_ptr_array_index (milestones, m);
                if (ms->done_on != NULL)
                  continue;
                d.open_milestones++;
                if (ms->due_on != NULL && strcmp (ms->due_on, today) < 0)
                  d.overdue_milestones++;
              }
          }
          break;
        case RS_OUTCOME_REJECTED:
          d.rejected++;
          break;
        case RS_OUTCOME_REFERRED:
          d.referred++;
          break;
        case RS_OUTCOME_NONE:
        default:
          d.undecided++;
          break;
        }
    }
  d.budget_share = d.cost_total > 0 ? d.cost_adopted / d.cost_total : 0;
  *out = d;
  return TRUE;
}
