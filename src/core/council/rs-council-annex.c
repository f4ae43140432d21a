/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-council-annex"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-council-annex.h"
#include "rs-council-format.h"
#include "rs-hearing-summary.h"
#include "rs-involvement-report.h"
#include "rs-population.h"
#include "rs-representativeness.h"
#include "rs-selection-store.h"
#include "rs-session-store.h"

static const char *
catalog_translate (gpointer    data,
                   const char *msgid)
{
  return rs_catalog_lookup (data, msgid);
}

static const char *
col (RsStatement *stmt,
     int           column)
{
  const char *text = (const char *) rs_statement_column_text (stmt, column);
  return text ? text : "";
}

static gboolean
finish (RsDatabase   *db,
        RsStatement *stmt,
        int           rc,
        GError      **error)
{
  rs_statement_finalize (stmt);
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  return TRUE;
}

gboolean
rs_council_annex_sources (RsDatabase       *db,
                          gint64            process_id,
                          RsCouncilSources *out,
                          GError          **error)
{
  RsStatement *stmt;
  int rc;

  stmt = rs_database_query (db, error,
                            "SELECT (SELECT count(*) FROM panel WHERE process_id = ?1), "
                            "(SELECT count(*) FROM selection_run r JOIN panel p ON p.id = r.panel_id "
                            " WHERE p.process_id = ?1), "
                            "(SELECT count(*) FROM hearing_round WHERE process_id = ?1), "
                            "(SELECT count(*) FROM evaluation e JOIN evaluation_answer a "
                            " ON a.evaluation_id = e.id WHERE (e.owner_type = 'process' AND e.owner_id = ?1) "
                            " OR (e.owner_type = 'panel' AND e.owner_id IN (SELECT id FROM panel WHERE process_id = ?1)) "
                            " OR (e.owner_type = 'lab' AND e.owner_id IN (SELECT id FROM lab WHERE process_id = ?1)) "
                            " OR (e.owner_type = 'session' AND e.owner_id IN (SELECT id FROM session WHERE process_id = ?1))), "
                            "(SELECT count(*) FROM session WHERE process_id = ?1)",
                            "i", process_id);
  if (stmt == NULL)
    return FALSE;
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW)
    {
      out->panels = rs_statement_column_int (stmt, 0);
      out->selection_runs = rs_statement_column_int (stmt, 1);
      out->hearing_rounds = rs_statement_column_int (stmt, 2);
      out->evaluations = rs_statement_column_int (stmt, 3);
      out->sessions = rs_statement_column_int (stmt, 4);
      rc = RS_SQL_DONE;
    }
  return finish (db, stmt, rc, error);
}

gboolean
rs_council_annex_process_facts (RsDocument *doc,
                                RsCatalog  *cat,
                                RsDatabase *db,
                                gint64      process_id,
                                int         limit,
                                GError    **error)
{
  RsStatement *stmt;
  int rc;
  guint n_sessions;
  g_autoptr(GListStore) sessions = NULL;

  rs_document_add_heading (doc, 2, RS_TR (cat, N_("Who took part and how they were selected")));
  stmt = rs_database_query (db, error,
                            "SELECT p.id, (SELECT algorithm FROM selection_run WHERE panel_id = p.id "
                            " ORDER BY created_at DESC, id DESC LIMIT 1), p.mandate "
                            "FROM panel p WHERE p.process_id = ? ORDER BY p.id", "i", process_id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      /* The same figures as the Representativeness page and annex 2. */
      g_autoptr(RsRepresentativeness) figures = rs_representativeness_load (db, rs_statement_column_int64 (stmt, 0), error);
      g_autofree char *pool = NULL;
      g_autofree char *selected = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *text = NULL;

      if (figures == NULL)
        {
          rs_statement_finalize (stmt);
          return FALSE;
        }
      pool = rs_council_format_count (cat, figures->pool_total, limit);
      selected = rs_council_format_count (cat, figures->selected_total, limit);
      summary = rs_representativeness_summary (figures, limit, catalog_translate, cat);
      if (rs_statement_column_type (stmt, 1) != RS_SQL_NULL)
        text = g_strdup_printf (RS_TR (cat, N_("%s has %d seats. The recruitment pool held %s people; "
                                               "%s were drawn by lot (method: %s), balanced on the "
                                               "categories in annex 2.")),
                                figures->panel_name, figures->size, pool, selected, col (stmt, 1));
      else
        text = g_strdup_printf (RS_TR (cat, N_("%s has %d seats. The recruitment pool held %s people; "
                                               "%s were selected from it, balanced on the categories "
                                               "in annex 2.")),
                                figures->panel_name, figures->size, pool, selected);
      rs_document_add_paragraph (doc, text);
      rs_document_add_paragraph (doc, summary);
      if (*col (stmt, 2))
        rs_document_add_field (doc, RS_TR (cat, N_("Mandate")), col (stmt, 2));
    }
  if (!finish (db, stmt, rc, error))
    return FALSE;

  /* The meetings as the session store lists them (by start). */
  sessions = rs_session_store_list (db, process_id, error);
  if (sessions == NULL)
    return FALSE;
  n_sessions = g_list_model_get_n_items (G_LIST_MODEL (sessions));
  if (n_sessions > 0)
    {
      const char *header[] = { RS_TR (cat, N_("Date")), RS_TR (cat, N_("Meeting")),
                               RS_TR (cat, N_("Attended")), NULL };
      rs_document_add_heading (doc, 2, RS_TR (cat, N_("Sessions held")));
      rs_document_begin_table (doc, header);
    }
  for (guint i = 0; i < n_sessions; i++)
    {
      g_autoptr(RsSession) session = g_list_model_get_item (G_LIST_MODEL (sessions), i);
      g_autofree char *date = g_strndup (rs_session_get_starts_at (session), 10);
      g_autofree char *attended = rs_council_format_count (cat, rs_session_get_attended (session), limit);
      const char *cells[] = { date, rs_session_get_title (session), attended };

      rs_document_add_row (doc, cells);
    }
  if (n_sessions > 0)
    rs_document_end_table (doc);
  /* Who else was heard, and the engagement targets against the records. */
  return rs_involvement_report_comments (doc, cat, db, process_id, limit, error) &&
         rs_involvement_report_targets (doc, cat, db, process_id, error);
}

static char *
format_target (RsCatalog *cat,
               RsReprRow *row)
{
  /* target_share is stored in per cent (19 for 19 %), as the sample does. */
  if (row->target >= 0)
    return rs_council_format_share (cat, row->target / 100.0);
  if (row->min >= 0 || row->max >= 0)
    return g_strdup_printf ("%d–%d", MAX (row->min, 0), MAX (row->max, 0));
  return g_strdup ("–");
}

gboolean
rs_council_annex_representativeness (RsDocument *doc,
                                     RsCatalog  *cat,
                                     RsDatabase *db,
                                     gint64      process_id,
                                     int         limit,
                                     char      **credit_out,
                                     GError    **error)
{
  g_autoptr(GArray) panels = NULL;
  g_autofree char *source = NULL;
  g_autofree char *table = NULL;
  g_autofree char *period = NULL;

  *credit_out = NULL;
  if (!rs_population_latest_source (db, process_id, &source, &table, &period, error))
    return FALSE;
  if (source != NULL)
    *credit_out = g_strdup_printf (RS_TR (cat, N_("Source: %s, table %s, %s")), source, table, period);

  rs_document_add_paragraph (doc, RS_TR (cat, N_("For each category the panel was balanced on: the "
                                                 "target, the share in the population where a "
                                                 "benchmark exists, and how many people were in the "
                                                 "recruitment pool, were selected and attended at "
                                                 "least one session. Counts of people below the "
                                                 "small-cell limit are shown as “< n”.")));
  rs_document_add_paragraph (doc, RS_TR (cat, N_("Selected: the people holding a seat now; those who "
                                                 "dropped out are counted apart. Attended: of the "
                                                 "selected, those present at least once at a meeting of "
                                                 "the panel. The chair is not one of the seats and is "
                                                 "not counted in the figures. The Representativeness "
                                                 "page shows the same figures.")));
  if ((panels = rs_representativeness_panels (db, process_id, error)) == NULL)
    return FALSE;
  for (guint p = 0; p < panels->len; p++)
    {
      g_autoptr(RsRepresentativeness) figures =
        rs_representativeness_load (db, g_array_index (panels, gint64, p), error);
      g_autofree char *summary = NULL;
      const char *last_category = NULL;
      gboolean in_table = FALSE;

      if (figures == NULL)
        return FALSE;
      rs_document_add_heading (doc, 2, figures->panel_name);
      summary = rs_representativeness_summary (figures, limit, catalog_translate, cat);
      rs_document_add_paragraph (doc, summary);
      for (guint i = 0; i < figures->rows->len; i++)
        {
          RsReprRow *row = g_ptr_array_index (figures->rows, i);
          g_autofree char *target = format_target (cat, row);
          g_autofree char *population = row->population < 0 ? g_strdup ("–")
                                          : rs_council_format_share (cat, row->population / 100.0);
          g_autofree char *pool = rs_council_format_count (cat, row->pool, limit);
          g_autofree char *selected = rs_council_format_count (cat, row->selected, limit);
          g_autofree char *attended = rs_council_format_count (cat, row->attended, limit);
          const char *cells[] = { row->value, target, population, pool, selected, attended };

          if (g_strcmp0 (row->category, last_category) != 0)
            {
              const char *header[] = { RS_TR (cat, N_("Value")), RS_TR (cat, N_("Target")),
                                       RS_TR (cat, N_("Population")), RS_TR (cat, N_("Pool")),
                                       RS_TR (cat, N_("Selected")), RS_TR (cat, N_("Attended")), NULL };
              if (in_table)
                rs_document_end_table (doc);
              last_category = row->category;
              rs_document_add_heading (doc, 3, row->category);
              rs_document_begin_table (doc, header);
              in_table = TRUE;
            }
          rs_document_add_row (doc, cells);
        }
      if (in_table)
        rs_document_end_table (doc);
    }
  if (panels->len == 0)
    rs_document_add_paragraph (doc, RS_TR (cat, N_("No panel with categories is recorded for this process.")));
  if (*credit_out != NULL)
    rs_document_add_paragraph (doc, *credit_out);
  return TRUE;
}

gboolean
rs_council_annex_selection (RsDocument *doc,
                            RsCatalog  *cat,
                            RsDatabase *db,
                            gint64      process_id,
                            int         limit,
                            GError    **error)
{
  g_autoptr(GPtrArray) runs = NULL;

  rs_document_add_paragraph (doc, RS_TR (cat, N_("The draw can be repeated from the recorded seed "
                                                 "and inputs; the checksums identify the pool and "
                                                 "the categories used.")));
  runs = rs_selection_store_list_process_runs (db, process_id, error);
  if (runs == NULL)
    return FALSE;
  for (guint i = 0; i < runs->len; i++)
    {
      RsSelectionRunRecord *run = g_ptr_array_index (runs, i);
      g_autofree char *members = rs_council_format_count (cat, run->n_members, limit);
      g_autofree char *reserves = rs_council_format_count (cat, run->n_reserves, limit);
      g_autofree char *method = g_strdup_printf ("%s %s", run->algorithm, run->version);

      rs_document_add_heading (doc, 2, run->panel);
      rs_document_add_field (doc, RS_TR (cat, N_("Drawn at")), run->created_at);
      rs_document_add_field (doc, RS_TR (cat, N_("Method")), method);
      rs_document_add_field (doc, RS_TR (cat, N_("Seed")), run->seed);
      rs_document_add_field (doc, RS_TR (cat, N_("Members drawn")), members);
      rs_document_add_field (doc, RS_TR (cat, N_("Reserves drawn")), reserves);
      rs_document_add_field (doc, RS_TR (cat, N_("Pool checksum (SHA-256)")), run->pool_sha256);
      rs_document_add_field (doc, RS_TR (cat, N_("Categories checksum (SHA-256)")), run->categories_sha256);
    }
  return TRUE;
}

static const char *
hearing_label (RsCatalog  *cat,
               const char *nick)
{
  static const char * const map[][2] = {
    { "organisation", N_("Organisations") }, { "private", N_("Private citizens") },
    { "undecided", N_("Not yet decided") }, { "changed", N_("Proposal changed") },
    { "not-changed", N_("Not changed") }, { "out-of-scope", N_("Outside the hearing") },
    { "noted", N_("Noted") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_str_equal (map[i][0], nick))
      return RS_TR (cat, map[i][1]);
  return *nick ? nick : RS_TR (cat, N_("No theme"));
}

static void
count_table (RsDocument *doc,
             RsCatalog  *cat,
             GPtrArray  *counts,
             const char *first_header,
             int         limit)
{
  const char *header[] = { first_header, RS_TR (cat, N_("Count")), NULL };

  if (counts->len == 0)
    return;
  rs_document_begin_table (doc, header);
  for (guint i = 0; i < counts->len; i++)
    {
      RsHearingCount *c = g_ptr_array_index (counts, i);
      g_autofree char *count = rs_council_format_count (cat, c->count, limit);
      const char *cells[] = { hearing_label (cat, c->nick), count };

      rs_document_add_row (doc, cells);
    }
  rs_document_end_table (doc);
}

/* From the hearings store's counts. */
gboolean
rs_council_annex_hearings (RsDocument *doc,
                           RsCatalog  *cat,
                           RsDatabase *db,
                           gint64      process_id,
                           int         limit,
                           GError    **error)
{
  g_autoptr(GPtrArray) rounds = NULL;

  rs_document_add_paragraph (doc, RS_TR (cat, N_("A summary of the hearing white book (hvidbog): "
                                                 "counts only. Private senders are not named.")));
  rounds = rs_hearing_round_store_summarize (db, process_id, error);
  if (rounds == NULL)
    return FALSE;
  for (guint i = 0; i < rounds->len; i++)
    {
      RsHearingRoundSummary *s = g_ptr_array_index (rounds, i);
      g_autofree char *period = g_strdup_printf ("%s – %s", s->starts_on, s->deadline);
      g_autofree char *invited = g_strdup_printf ("%d", s->invited);
      g_autofree char *answered = g_strdup_printf ("%d", s->answered);
      g_autofree char *responses = rs_council_format_count (cat, s->responses, limit);

      rs_document_add_heading (doc, 2, s->title);
      rs_document_add_field (doc, RS_TR (cat, N_("Hearing period")), period);
      rs_document_add_field (doc, RS_TR (cat, N_("Consulted parties invited")), invited);
      rs_document_add_field (doc, RS_TR (cat, N_("Consulted parties that answered")), answered);
      rs_document_add_field (doc, RS_TR (cat, N_("Hearing responses received")), responses);
      count_table (doc, cat, s->by_sender, RS_TR (cat, N_("Sender")), limit);
      count_table (doc, cat, s->by_theme, RS_TR (cat, N_("Theme")), limit);
      count_table (doc, cat, s->by_decision, RS_TR (cat, N_("Disposition")), limit);
    }
  return TRUE;
}

gboolean
rs_council_annex_evaluation (RsDocument *doc,
                             RsCatalog  *cat,
                             RsDatabase *db,
                             gint64      process_id,
                             int         limit,
                             GError    **error)
{
  const char *header[] = { RS_TR (cat, N_("Question")), RS_TR (cat, N_("Answer")),
                           RS_TR (cat, N_("Count")), NULL };
  RsStatement *stmt;
  gboolean any = FALSE;
  int rc;

  stmt = rs_database_query (db, error,
                            "SELECT a.question, a.answer, a.count FROM evaluation e "
                            "JOIN evaluation_answer a ON a.evaluation_id = e.id "
                            "WHERE (e.owner_type = 'process' AND e.owner_id = ?1) "
                            "OR (e.owner_type = 'panel' AND e.owner_id IN (SELECT id FROM panel WHERE process_id = ?1)) "
                            "OR (e.owner_type = 'lab' AND e.owner_id IN (SELECT id FROM lab WHERE process_id = ?1)) "
                            "OR (e.owner_type = 'session' AND e.owner_id IN (SELECT id FROM session WHERE process_id = ?1)) "
                            "ORDER BY e.id, a.question, a.answer", "i", process_id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autofree char *count = rs_council_format_count (cat, rs_statement_column_int64 (stmt, 2), limit);
      const char *cells[] = { col (stmt, 0), col (stmt, 1), count };
      if (!any)
        rs_document_begin_table (doc, header);
      any = TRUE;
      rs_document_add_row (doc, cells);
    }
  if (any)
    rs_document_end_table (doc);
  if (!finish (db, stmt, rc, error))
    return FALSE;
  return rs_involvement_report_targets (doc, cat, db, process_id, error);
}
