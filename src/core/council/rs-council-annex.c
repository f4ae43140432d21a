/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-council-annex"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-council-annex.h"
#include "rs-council-format.h"
#include "rs-involvement-report.h"
#include "rs-representativeness.h"

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
  guint n_sessions = 0;

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

  stmt = rs_database_query (db, error,
                            "SELECT substr(s.starts_at, 1, 10), s.title, "
                            "(SELECT count(*) FROM registration r WHERE r.session_id = s.id "
                            " AND r.attended = 1) FROM session s WHERE s.process_id = ? "
                            "ORDER BY s.starts_at, s.id", "i", process_id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autofree char *attended = rs_council_format_count (cat, rs_statement_column_int64 (stmt, 2), limit);
      const char *cells[] = { col (stmt, 0), col (stmt, 1), attended };

      if (n_sessions++ == 0)
        {
          const char *header[] = { RS_TR (cat, N_("Date")), RS_TR (cat, N_("Meeting")),
                                   RS_TR (cat, N_("Attended")), NULL };
          rs_document_add_heading (doc, 2, RS_TR (cat, N_("Sessions held")));
          rs_document_begin_table (doc, header);
        }
      rs_document_add_row (doc, cells);
    }
  if (n_sessions > 0)
    rs_document_end_table (doc);
  if (!finish (db, stmt, rc, error))
    return FALSE;
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
  RsStatement *stmt;
  int rc;

  *credit_out = NULL;
  stmt = rs_database_query (db, error,
                            "SELECT pb.source_credit, pb.table_id, pb.period FROM population_benchmark pb "
                            "JOIN budget_process bp ON bp.municipality_code = pb.municipality_code "
                            "WHERE bp.id = ? ORDER BY pb.retrieved_at DESC LIMIT 1", "i", process_id);
  if (stmt == NULL)
    return FALSE;
  if ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      *credit_out = g_strdup_printf (RS_TR (cat, N_("Source: %s, table %s, %s")), col (stmt, 0),
                                     col (stmt, 1), col (stmt, 2));
      rc = RS_SQL_DONE;
    }
  if (!finish (db, stmt, rc, error))
    return FALSE;

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
  RsStatement *stmt;
  int rc;

  rs_document_add_paragraph (doc, RS_TR (cat, N_("The draw can be repeated from the recorded seed "
                                                 "and inputs; the checksums identify the pool and "
                                                 "the categories used.")));
  stmt = rs_database_query (db, error,
                            "SELECT p.name, r.algorithm, r.version, coalesce(r.seed, ''), r.created_at, "
                            "r.categories_sha256, r.pool_sha256, "
                            "(SELECT count(*) FROM selection_member m WHERE m.run_id = r.id AND m.role = 'member'), "
                            "(SELECT count(*) FROM selection_member m WHERE m.run_id = r.id AND m.role = 'reserve') "
                            "FROM selection_run r JOIN panel p ON p.id = r.panel_id "
                            "WHERE p.process_id = ? ORDER BY r.created_at, r.id", "i", process_id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autofree char *members = rs_council_format_count (cat, rs_statement_column_int64 (stmt, 7), limit);
      g_autofree char *reserves = rs_council_format_count (cat, rs_statement_column_int64 (stmt, 8), limit);
      g_autofree char *method = g_strdup_printf ("%s %s", col (stmt, 1), col (stmt, 2));

      rs_document_add_heading (doc, 2, col (stmt, 0));
      rs_document_add_field (doc, RS_TR (cat, N_("Drawn at")), col (stmt, 4));
      rs_document_add_field (doc, RS_TR (cat, N_("Method")), method);
      rs_document_add_field (doc, RS_TR (cat, N_("Seed")), col (stmt, 3));
      rs_document_add_field (doc, RS_TR (cat, N_("Members drawn")), members);
      rs_document_add_field (doc, RS_TR (cat, N_("Reserves drawn")), reserves);
      rs_document_add_field (doc, RS_TR (cat, N_("Pool checksum (SHA-256)")), col (stmt, 6));
      rs_document_add_field (doc, RS_TR (cat, N_("Categories checksum (SHA-256)")), col (stmt, 5));
    }
  return finish (db, stmt, rc, error);
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

static gboolean
count_table (RsDocument *doc,
             RsCatalog  *cat,
             RsDatabase *db,
             const char *sql,
             gint64      round_id,
             const char *first_header,
             int         limit,
             GError    **error)
{
  const char *header[] = { first_header, RS_TR (cat, N_("Count")), NULL };
  RsStatement *stmt = rs_database_query (db, error, sql, "i", round_id);
  gboolean any = FALSE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autofree char *count = rs_council_format_count (cat, rs_statement_column_int64 (stmt, 1), limit);
      const char *cells[] = { hearing_label (cat, col (stmt, 0)), count };
      if (!any)
        rs_document_begin_table (doc, header);
      any = TRUE;
      rs_document_add_row (doc, cells);
    }
  if (any)
    rs_document_end_table (doc);
  return finish (db, stmt, rc, error);
}

gboolean
rs_council_annex_hearings (RsDocument *doc,
                           RsCatalog  *cat,
                           RsDatabase *db,
                           gint64      process_id,
                           int         limit,
                           GError    **error)
{
  g_autoptr(GArray) rounds = g_array_new (FALSE, FALSE, sizeof (gint64));
  RsStatement *stmt;
  int rc;

  rs_document_add_paragraph (doc, RS_TR (cat, N_("A summary of the hearing white book (hvidbog): "
                                                 "counts only. Private senders are not named.")));
  stmt = rs_database_query (db, error,
                            "SELECT h.id, h.title, h.starts_on, h.deadline, "
                            "(SELECT count(*) FROM hearing_invitation WHERE round_id = h.id), "
                            "(SELECT count(*) FROM hearing_invitation WHERE round_id = h.id "
                            " AND status IN ('replied', 'no-comments')), "
                            "(SELECT count(*) FROM hearing_response WHERE round_id = h.id) "
                            "FROM hearing_round h WHERE h.process_id = ? ORDER BY h.starts_on, h.id",
                            "i", process_id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      g_autofree char *period = g_strdup_printf ("%s – %s", col (stmt, 2), col (stmt, 3));
      g_autofree char *invited = g_strdup_printf ("%d", rs_statement_column_int (stmt, 4));
      g_autofree char *answered = g_strdup_printf ("%d", rs_statement_column_int (stmt, 5));
      g_autofree char *responses = rs_council_format_count (cat, rs_statement_column_int64 (stmt, 6), limit);

      g_array_append_val (rounds, id);
      rs_document_add_heading (doc, 2, col (stmt, 1));
      rs_document_add_field (doc, RS_TR (cat, N_("Hearing period")), period);
      rs_document_add_field (doc, RS_TR (cat, N_("Consulted parties invited")), invited);
      rs_document_add_field (doc, RS_TR (cat, N_("Consulted parties that answered")), answered);
      rs_document_add_field (doc, RS_TR (cat, N_("Hearing responses received")), responses);

      /* The tables come after the round's fields; the statement stays open,
       * so they are added per round below. */
      if (!count_table (doc, cat, db,
                        "SELECT party_type, count(*) FROM hearing_response WHERE round_id = ? "
                        "GROUP BY party_type ORDER BY party_type", id,
                        RS_TR (cat, N_("Sender")), limit, error) ||
          !count_table (doc, cat, db,
                        "SELECT rp.theme, count(*) FROM response_point rp JOIN hearing_response r "
                        "ON r.id = rp.response_id WHERE r.round_id = ? GROUP BY rp.theme "
                        "ORDER BY count(*) DESC, rp.theme", id,
                        RS_TR (cat, N_("Theme")), limit, error) ||
          !count_table (doc, cat, db,
                        "SELECT rp.decision, count(*) FROM response_point rp JOIN hearing_response r "
                        "ON r.id = rp.response_id WHERE r.round_id = ? GROUP BY rp.decision "
                        "ORDER BY rp.decision", id,
                        RS_TR (cat, N_("Disposition")), limit, error))
        {
          rs_statement_finalize (stmt);
          return FALSE;
        }
    }
  return finish (db, stmt, rc, error);
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
