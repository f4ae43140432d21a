/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-store"

#include "config.h"

#include "rs-hearing-summary.h"

/* The counts of the hearing rounds of a process, for reports. */

static void
count_free (RsHearingCount *count)
{
  g_free (count->nick);
  g_free (count);
}

void
rs_hearing_round_summary_free (RsHearingRoundSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->title);
  g_free (summary->starts_on);
  g_free (summary->deadline);
  g_clear_pointer (&summary->by_sender, g_ptr_array_unref);
  g_clear_pointer (&summary->by_theme, g_ptr_array_unref);
  g_clear_pointer (&summary->by_decision, g_ptr_array_unref);
  g_free (summary);
}

static char *
dup_text (RsStatement *stmt,
          int          column)
{
  const char *text = (const char *) rs_statement_column_text (stmt, column);
  return g_strdup (text ? text : "");
}

static gboolean
step_done (RsDatabase  *db,
           RsStatement *stmt,
           int          rc,
           GError     **error)
{
  rs_statement_finalize (stmt);
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  return TRUE;
}

static GPtrArray *
counts (RsDatabase *db,
        const char *sql,
        gint64      round_id,
        GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) count_free);
  RsStatement *stmt = rs_database_query (db, error, sql, "i", round_id);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsHearingCount *count = g_new0 (RsHearingCount, 1);

      count->nick = dup_text (stmt, 0);
      count->count = rs_statement_column_int64 (stmt, 1);
      g_ptr_array_add (list, count);
    }
  if (!step_done (db, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

static gboolean
count_round (RsDatabase            *db,
             RsHearingRoundSummary *s,
             GError               **error)
{
  s->by_sender = counts (db, "SELECT party_type, count(*) FROM hearing_response WHERE round_id = ? "
                             "GROUP BY party_type ORDER BY party_type", s->id, error);
  if (s->by_sender == NULL)
    return FALSE;
  s->by_theme = counts (db, "SELECT rp.theme, count(*) FROM response_point rp JOIN hearing_response r "
                            "ON r.id = rp.response_id WHERE r.round_id = ? GROUP BY rp.theme "
                            "ORDER BY count(*) DESC, rp.theme", s->id, error);
  if (s->by_theme == NULL)
    return FALSE;
  s->by_decision = counts (db, "SELECT rp.decision, count(*) FROM response_point rp JOIN hearing_response r "
                               "ON r.id = rp.response_id WHERE r.round_id = ? GROUP BY rp.decision "
                               "ORDER BY rp.decision", s->id, error);
  return s->by_decision != NULL;
}

GPtrArray *
rs_hearing_round_store_summarize (RsDatabase *db,
                                  gint64      process_id,
                                  GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_hearing_round_summary_free);
  RsStatement *stmt;
  gboolean ok;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT h.id, h.title, h.starts_on, h.deadline, "
                            "(SELECT count(*) FROM hearing_invitation WHERE round_id = h.id), "
                            "(SELECT count(*) FROM hearing_invitation WHERE round_id = h.id "
                            " AND status IN ('replied', 'no-comments')), "
                            "(SELECT count(*) FROM hearing_response WHERE round_id = h.id) "
                            "FROM hearing_round h WHERE h.process_id = ? ORDER BY h.starts_on, h.id",
                            "i", process_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsHearingRoundSummary *s = g_new0 (RsHearingRoundSummary, 1);

      s->id = rs_statement_column_int64 (stmt, 0);
      s->title = dup_text (stmt, 1);
      s->starts_on = dup_text (stmt, 2);
      s->deadline = dup_text (stmt, 3);
      s->invited = rs_statement_column_int (stmt, 4);
      s->answered = rs_statement_column_int (stmt, 5);
      s->responses = rs_statement_column_int64 (stmt, 6);
      g_ptr_array_add (list, s);
    }
  ok = step_done (db, stmt, rc, error);
  for (guint i = 0; ok && i < list->len; i++)
    ok = count_round (db, g_ptr_array_index (list, i), error);
  rs_database_unlock (db);
  return ok ? g_steal_pointer (&list) : NULL;
}
