/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-council-package"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "rs-council-annex.h"
#include "rs-council-format.h"
#include "rs-council-package.h"
#include "rs-council-submission.h"
#include "rs-process-store.h"
#include "rs-recommendation-export.h"
#include "rs-recommendation-store.h"


gboolean
rs_council_format_from_string (const char      *name,
                               RsCouncilFormat *format)
{
  static const char * const names[] = { "pdf", "odt", "html", "csv", "json" };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
rs_council_format_extension (RsCouncilFormat format)
{
  static const char * const names[] = { "pdf", "odt", "html", "csv", "json" };

  g_return_val_if_fail (format <= RS_COUNCIL_FORMAT_JSON, "pdf");
  return names[format];
}

static gboolean
nonempty (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
year_range (GListModel *list,
            int        *first,
            int        *last)
{
  *first = G_MAXINT;
  *last = G_MININT;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (list, i);
      GArray *costs = rs_recommendation_get_costs (rec);
      if (costs->len == 0)
        continue;
      *first = MIN (*first, g_array_index (costs, RsRecommendationCost, 0).year);
      *last = MAX (*last, g_array_index (costs, RsRecommendationCost, costs->len - 1).year);
    }
}

static const char *
outcome_label (RsCatalog         *cat,
               RsDecisionOutcome  outcome)
{
  /* The same messages as rs_decision_outcome_label(), in the report's language. */
  static const char * const labels[] = {
    N_("No decision yet"), N_("Adopted"), N_("Adopted with changes"), N_("Rejected"), N_("Referred"),
  };

  return RS_TR (cat, labels[MIN ((guint) outcome, G_N_ELEMENTS (labels) - 1)]);
}

static const char *
implementation_label (RsCatalog        *cat,
                      RsImplementation  implementation)
{
  static const char * const labels[] = {
    N_("Not started"), N_("In progress"), N_("Done"), N_("Stopped"),
  };

  return RS_TR (cat, labels[MIN ((guint) implementation, G_N_ELEMENTS (labels) - 1)]);
}

static char *
format_votes (RsCatalog        *cat,
              RsRecommendation *rec)
{
  g_autofree char *share = rs_council_format_share (cat, rs_recommendation_get_support (rec));
  int vf, va, vab;

  rs_recommendation_get_votes (rec, &vf, &va, &vab);
  if (vf + va + vab == 0)
    return g_strdup (RS_TR (cat, N_("Not voted on")));
  return g_strdup_printf (RS_TR (cat, N_("%d for, %d against, %d abstaining (%s for)")),
                          vf, va, vab, share);
}

static char *
format_total_cost (RsCatalog        *cat,
                   RsRecommendation *rec)
{
  double op, cap;
  g_autofree char *total = NULL;
  g_autofree char *ops = NULL;
  g_autofree char *caps = NULL;

  rs_recommendation_get_cost_totals (rec, &op, &cap);
  total = rs_council_format_money (cat, op + cap);
  ops = rs_council_format_money (cat, op);
  caps = rs_council_format_money (cat, cap);
  return g_strdup_printf (RS_TR (cat, N_("%s (operating %s, capital %s)")), total, ops, caps);
}

static void
add_economy (RsDocument *doc,
             RsCatalog  *cat,
             GListModel *list)
{
  const char *header[] = { RS_TR (cat, N_("No.")), RS_TR (cat, N_("Recommendation")),
                           RS_TR (cat, N_("Operating")), RS_TR (cat, N_("Capital")),
                           RS_TR (cat, N_("Total")), NULL };
  const char *year_header[] = { RS_TR (cat, N_("Year")), RS_TR (cat, N_("Operating")),
                                RS_TR (cat, N_("Capital")), RS_TR (cat, N_("Total")), NULL };
  g_autoptr(GArray) years = g_array_new (FALSE, TRUE, sizeof (RsRecommendationCost));
  double op_sum = 0, cap_sum = 0;
  int first, last;

  year_range (list, &first, &last);
  if (first <= last)
    {
      g_autofree char *text = g_strdup_printf (RS_TR (cat, N_("The panel’s estimated costs of each "
                                                              "recommendation, summed over the budget "
                                                              "years %d–%d.")), first, last);
      rs_document_add_paragraph (doc, text);
    }
  rs_document_begin_table (doc, header);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (list, i);
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      GArray *costs = rs_recommendation_get_costs (rec);
      double op, cap;
      g_autofree char *ops = NULL, *caps = NULL, *total = NULL;

      rs_recommendation_get_cost_totals (rec, &op, &cap);
      ops = rs_council_format_money (cat, op);
      caps = rs_council_format_money (cat, cap);
      total = rs_council_format_money (cat, op + cap);
      {
        const char *cells[] = { no, rs_recommendation_get_title (rec), ops, caps, total };
        rs_document_add_row (doc, cells);
      }
      op_sum += op;
      cap_sum += cap;
      for (guint c = 0; c < costs->len; c++)
        {
          RsRecommendationCost *cost = &g_array_index (costs, RsRecommendationCost, c);
          guint y;
          for (y = 0; y < years->len; y++)
            if (g_array_index (years, RsRecommendationCost, y).year >= cost->year)
              break;
          if (y == years->len || g_array_index (years, RsRecommendationCost, y).year != cost->year)
            {
              RsRecommendationCost zero = { cost->year, 0, 0 };
              g_array_insert_val (years, y, zero);
            }
          g_array_index (years, RsRecommendationCost, y).operating += cost->operating;
          g_array_index (years, RsRecommendationCost, y).capital += cost->capital;
        }
    }
  {
    g_autofree char *ops = rs_council_format_money (cat, op_sum);
    g_autofree char *caps = rs_council_format_money (cat, cap_sum);
    g_autofree char *total = rs_council_format_money (cat, op_sum + cap_sum);
    const char *cells[] = { "", RS_TR (cat, N_("All recommendations")), ops, caps, total };
    rs_document_add_row (doc, cells);
  }
  rs_document_end_table (doc);

  if (years->len > 0)
    {
      rs_document_add_heading (doc, 2, RS_TR (cat, N_("Costs per budget year")));
      rs_document_begin_table (doc, year_header);
      for (guint y = 0; y < years->len; y++)
        {
          RsRecommendationCost *cost = &g_array_index (years, RsRecommendationCost, y);
          g_autofree char *year = g_strdup_printf ("%d", cost->year);
          g_autofree char *ops = rs_council_format_money (cat, cost->operating);
          g_autofree char *caps = rs_council_format_money (cat, cost->capital);
          g_autofree char *total = rs_council_format_money (cat, cost->operating + cost->capital);
          const char *cells[] = { year, ops, caps, total };
          rs_document_add_row (doc, cells);
        }
      rs_document_end_table (doc);
    }
  rs_document_add_paragraph (doc, RS_TR (cat, N_("Amounts are the panel’s estimates as recorded per "
                                                 "recommendation and year; a negative operating cost "
                                                 "is a saving. The council’s own amounts are in the "
                                                 "decision of each recommendation.")));
}

static void
add_recommendation_annex (RsDocument *doc,
                          RsCatalog  *cat,
                          GListModel *list)
{
  g_autofree char *theme = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (list, i);
      g_autofree char *heading = g_strdup_printf ("%u. %s", i + 1, rs_recommendation_get_title (rec));
      g_autofree char *votes = format_votes (cat, rec);
      g_autofree char *cost = format_total_cost (cat, rec);
      GPtrArray *origins = rs_recommendation_get_origins (rec);
      GPtrArray *parents = rs_recommendation_get_parents (rec);

      if (i == 0 || g_strcmp0 (theme, rs_recommendation_get_theme (rec)) != 0)
        {
          g_free (theme);
          theme = g_strdup (rs_recommendation_get_theme (rec));
          rs_document_add_heading (doc, 2, *theme ? theme : RS_TR (cat, N_("Without a theme")));
        }
      rs_document_add_heading (doc, 3, heading);
      if (nonempty (rs_recommendation_get_text (rec)))
        rs_document_add_paragraph (doc, rs_recommendation_get_text (rec));
      if (nonempty (rs_recommendation_get_rationale (rec)))
        rs_document_add_field (doc, RS_TR (cat, N_("Rationale")), rs_recommendation_get_rationale (rec));
      rs_document_add_field (doc, RS_TR (cat, N_("Support in the panel")), votes);
      if (nonempty (rs_recommendation_get_budget_area (rec)))
        rs_document_add_field (doc, RS_TR (cat, N_("Budget area")), rs_recommendation_get_budget_area (rec));
      rs_document_add_field (doc, RS_TR (cat, N_("Estimated cost")), cost);
      if (origins->len > 0)
        {
          g_autoptr(GStrvBuilder) items = g_strv_builder_new ();
          g_auto(GStrv) strv = NULL;
          for (guint o = 0; o < origins->len; o++)
            {
              RsRecommendationOrigin *origin = g_ptr_array_index (origins, o);
              g_autofree char *item = g_strdup_printf ("%s #%" G_GINT64_FORMAT ": %s",
                                                       origin->origin_type, origin->origin_id,
                                                       origin->label);
              g_strv_builder_add (items, item);
            }
          strv = g_strv_builder_end (items);
          rs_document_add_field (doc, RS_TR (cat, N_("Origin")), "");
          rs_document_add_list (doc, (const char * const *) strv, FALSE);
        }
      for (guint p = 0; p < parents->len; p++)
        {
          RsLineageLink *link = g_ptr_array_index (parents, p);
          g_autofree char *text = g_strdup_printf ("%s (#%" G_GINT64_FORMAT ")", link->other_title,
                                                   link->other_id);
          rs_document_add_field (doc, g_str_equal (link->kind, "merge")
                                        ? RS_TR (cat, N_("Merged from"))
                                        : RS_TR (cat, N_("Split from")), text);
        }
      if (rs_recommendation_get_outcome (rec) != RS_OUTCOME_NONE)
        rs_document_add_field (doc, RS_TR (cat, N_("Council decision")),
                               outcome_label (cat, rs_recommendation_get_outcome (rec)));
    }
}

static gboolean
cancelled (GCancellable *cancellable,
           GError      **error)
{
  return g_cancellable_set_error_if_cancelled (cancellable, error);
}

static RsDocument *
build_package (RsDatabase   *db,
               gint64        process_id,
               RsCatalog    *cat,
               int           limit,
               GCancellable *cancellable,
               GError      **error)
{
  g_autoptr(RsProcess) process = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(RsDocument) doc = NULL;
  g_autoptr(GStrvBuilder) proposals = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) annexes = g_strv_builder_new ();
  g_auto(GStrv) proposal_strv = NULL;
  g_auto(GStrv) annex_strv = NULL;
  g_auto(RsCouncilSubmission) sub = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *credit = NULL;
  RsCouncilSources src = { 0 };
  GListModel *list;
  guint n, annex = 1;
  int first, last;

  process = rs_process_store_get (db, process_id, error);
  if (process == NULL)
    return NULL;
  store = rs_recommendation_store_list (db, process_id, FALSE, error);
  if (store == NULL || !rs_council_submission_load (db, process_id, &sub, error) ||
      !rs_council_annex_sources (db, process_id, &src, error))
    return NULL;
  list = G_LIST_MODEL (store);
  n = g_list_model_get_n_items (list);

  title = g_strdup_printf (RS_TR (cat, N_("The citizens’ recommendations for budget %d")),
                           rs_process_get_budget_year (process));
  doc = rs_document_new (title, rs_catalog_get_language (cat));
  if (rs_process_get_municipality_name (process))
    subtitle = g_strdup_printf ("%s · %s", rs_process_get_municipality_name (process),
                                rs_process_get_name (process));
  else
    subtitle = g_strdup (rs_process_get_name (process));
  rs_document_set_subtitle (doc, subtitle);
  rs_document_set_show_toc (doc, TRUE);
  if (nonempty (sub.committee))
    rs_document_add_field (doc, RS_TR (cat, N_("Committee")), sub.committee);
  if (nonempty (sub.meeting_date))
    rs_document_add_field (doc, RS_TR (cat, N_("Meeting")), sub.meeting_date);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (list, i);
      g_autofree char *share = rs_council_format_share (cat, rs_recommendation_get_support (rec));
      g_autofree char *cost = NULL;
      g_autofree char *item = NULL;
      double op, cap;

      rs_recommendation_get_cost_totals (rec, &op, &cap);
      cost = rs_council_format_money (cat, op + cap);
      if (*share)
        item = g_strdup_printf (RS_TR (cat, N_("that the recommendation “%s” is considered in the "
                                               "budget negotiations (support %s, estimated cost %s)")),
                                rs_recommendation_get_title (rec), share, cost);
      else
        item = g_strdup_printf (RS_TR (cat, N_("that the recommendation “%s” is considered in the "
                                               "budget negotiations (estimated cost %s)")),
                                rs_recommendation_get_title (rec), cost);
      g_strv_builder_add (proposals, item);
    }
  g_strv_builder_add (proposals, RS_TR (cat, N_("that the council’s answer to each recommendation, "
                                                "with its reasons, is sent to the participants")));
  proposal_strv = g_strv_builder_end (proposals);

  /* Indstilling */
  rs_document_add_heading (doc, 1, RS_TRC (cat, "agenda item", NC_("agenda item", "Proposed decision")));
  rs_document_add_paragraph (doc, RS_TR (cat, N_("The administration proposes that the committee "
                                                 "recommends to the city council:")));
  rs_document_add_list (doc, (const char * const *) proposal_strv, TRUE);
  if (cancelled (cancellable, error))
    return NULL;

  /* Resumé */
  rs_document_add_heading (doc, 1, RS_TRC (cat, "agenda item", NC_("agenda item", "Summary")));
  /* The edited Resumé replaces the generated one. */
  if (nonempty (sub.resume))
    rs_document_add_paragraph (doc, sub.resume);
  else
    {
      g_autofree char *text = rs_council_submission_generated_resume (cat, list);
      rs_document_add_paragraph (doc, text);
    }

  /* Sagsfremstilling */
  rs_document_add_heading (doc, 1, RS_TRC (cat, "agenda item", NC_("agenda item", "Case presentation")));
  if (nonempty (sub.case_text))
    rs_document_add_paragraph (doc, sub.case_text);
  if (!rs_council_annex_process_facts (doc, cat, db, process_id, limit, error))
    return NULL;

  /* Økonomi */
  rs_document_add_heading (doc, 1, RS_TRC (cat, "agenda item", NC_("agenda item", "Finances")));
  add_economy (doc, cat, list);
  year_range (list, &first, &last);

  /* Beslutningskompetence */
  rs_document_add_heading (doc, 1, RS_TRC (cat, "agenda item", NC_("agenda item", "Decision-making authority")));
  rs_document_add_paragraph (doc, nonempty (sub.authority)
                                    ? sub.authority
                                    : rs_council_submission_generated_authority (cat));

  /* Bilag */
  g_strv_builder_add (annexes, RS_TR (cat, N_("The recommendations with support and origin")));
  g_strv_builder_add (annexes, RS_TR (cat, N_("Representativeness")));
  if (src.selection_runs > 0)
    g_strv_builder_add (annexes, RS_TR (cat, N_("Selection protocol")));
  if (src.hearing_rounds > 0)
    g_strv_builder_add (annexes, RS_TR (cat, N_("Hearing white book summary")));
  if (src.evaluations > 0)
    g_strv_builder_add (annexes, RS_TR (cat, N_("Process evaluation")));
  annex_strv = g_strv_builder_end (annexes);
  rs_document_add_heading (doc, 1, RS_TRC (cat, "agenda item", NC_("agenda item", "Annexes")));
  rs_document_add_list (doc, (const char * const *) annex_strv, TRUE);

#define ANNEX_HEADING(i)                                                                   \
  G_STMT_START {                                                                           \
    g_autofree char *h = g_strdup_printf (RS_TR (cat, N_("Annex %u: %s")), annex, annex_strv[i]); \
    rs_document_add_page_break (doc);                                                      \
    rs_document_add_heading (doc, 1, h);                                                   \
    annex++;                                                                               \
  } G_STMT_END

  ANNEX_HEADING (0);
  add_recommendation_annex (doc, cat, list);
  if (cancelled (cancellable, error))
    return NULL;
  ANNEX_HEADING (1);
  if (!rs_council_annex_representativeness (doc, cat, db, process_id, limit, &credit, error))
    return NULL;
  if (credit != NULL)
    rs_document_set_footer (doc, credit);
  if (src.selection_runs > 0)
    {
      ANNEX_HEADING (annex - 1);
      if (!rs_council_annex_selection (doc, cat, db, process_id, limit, error))
        return NULL;
    }
  if (src.hearing_rounds > 0)
    {
      ANNEX_HEADING (annex - 1);
      if (!rs_council_annex_hearings (doc, cat, db, process_id, limit, error))
        return NULL;
    }
  if (src.evaluations > 0)
    {
      ANNEX_HEADING (annex - 1);
      if (!rs_council_annex_evaluation (doc, cat, db, process_id, limit, error))
        return NULL;
    }
#undef ANNEX_HEADING
  if (cancelled (cancellable, error))
    return NULL;
  return g_steal_pointer (&doc);
}

RsDocument *
rs_council_package_build (RsDatabase   *db,
                          gint64        process_id,
                          const char   *language,
                          int           small_cell_limit,
                          GCancellable *cancellable,
                          GError      **error)
{
  g_autoptr(RsCatalog) cat = rs_catalog_new (language);
  RsDocument *doc;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  rs_database_lock (db);
  doc = build_package (db, process_id, cat, MAX (small_cell_limit, 1), cancellable, error);
  rs_database_unlock (db);
  return doc;
}

static void
add_feedback_item (RsDocument       *doc,
                   RsCatalog        *cat,
                   RsRecommendation *rec,
                   guint             number)
{
  g_autofree char *heading = g_strdup_printf ("%u. %s", number, rs_recommendation_get_title (rec));
  RsDecisionOutcome outcome = rs_recommendation_get_outcome (rec);
  GPtrArray *milestones = rs_recommendation_get_milestones (rec);
  double amount = rs_recommendation_get_amount (rec);

  rs_document_add_heading (doc, 3, heading);
  rs_document_add_field (doc, RS_TR (cat, N_("You said")),
                         nonempty (rs_recommendation_get_text (rec))
                           ? rs_recommendation_get_text (rec) : rs_recommendation_get_title (rec));
  if (outcome == RS_OUTCOME_NONE)
    {
      rs_document_add_field (doc, RS_TR (cat, N_("The council decided")),
                             RS_TR (cat, N_("The council has not answered yet.")));
      return;
    }
  rs_document_add_field (doc, RS_TR (cat, N_("The council decided")), outcome_label (cat, outcome));
  if (nonempty (rs_recommendation_get_justification (rec)))
    rs_document_add_field (doc, RS_TR (cat, N_("Why")), rs_recommendation_get_justification (rec));
  if (!isnan (amount))
    {
      g_autofree char *money = rs_council_format_money (cat, amount);
      g_autofree char *text = nonempty (rs_recommendation_get_budget_line (rec))
                                ? g_strdup_printf ("%s (%s)", money, rs_recommendation_get_budget_line (rec))
                                : g_strdup (money);
      rs_document_add_field (doc, RS_TR (cat, N_("In the budget")), text);
    }
  if (outcome == RS_OUTCOME_ADOPTED || outcome == RS_OUTCOME_ADOPTED_WITH_CHANGES)
    rs_document_add_field (doc, RS_TR (cat, N_("What we did")),
                           implementation_label (cat, rs_recommendation_get_implementation (rec)));
  if (milestones->len > 0)
    {
      g_autoptr(GStrvBuilder) items = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;
      for (guint m = 0; m < milestones->len; m++)
        {
          RsMilestone *ms = g_ptr_array_index (milestones, m);
          g_autofree char *item = NULL;
          if (ms->done_on != NULL)
            item = g_strdup_printf (RS_TR (cat, N_("%s: done %s")), ms->title, ms->done_on);
          else if (ms->due_on != NULL)
            item = g_strdup_printf (RS_TR (cat, N_("%s: planned for %s")), ms->title, ms->due_on);
          else
            item = g_strdup (ms->title);
          g_strv_builder_add (items, item);
        }
      strv = g_strv_builder_end (items);
      rs_document_add_list (doc, (const char * const *) strv, FALSE);
    }
}

RsDocument *
rs_council_feedback_build (RsDatabase   *db,
                           gint64        process_id,
                           const char   *language,
                           GCancellable *cancellable,
                           GError      **error)
{
  g_autoptr(RsCatalog) cat = rs_catalog_new (language);
  g_autoptr(RsProcess) process = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(RsDocument) doc = NULL;
  g_autofree char *theme = NULL;
  g_autofree char *intro = NULL;
  guint n, adopted = 0;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  process = rs_process_store_get (db, process_id, error);
  if (process == NULL)
    return NULL;
  store = rs_recommendation_store_list (db, process_id, FALSE, error);
  if (store == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (store), i);
      RsDecisionOutcome o = rs_recommendation_get_outcome (rec);
      adopted += o == RS_OUTCOME_ADOPTED || o == RS_OUTCOME_ADOPTED_WITH_CHANGES;
    }

  doc = rs_document_new (RS_TR (cat, N_("You said, we did")), rs_catalog_get_language (cat));
  rs_document_set_subtitle (doc, rs_process_get_name (process));
  intro = g_strdup_printf (RS_TR (cat, N_("Thank you for taking part. You made %u recommendations "
                                          "for the budget %d. Here is the city council’s answer to "
                                          "each of them, and why: %u were adopted, in full or with "
                                          "changes.")),
                           n, rs_process_get_budget_year (process), adopted);
  rs_document_add_paragraph (doc, intro);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (i == 0 || g_strcmp0 (theme, rs_recommendation_get_theme (rec)) != 0)
        {
          g_free (theme);
          theme = g_strdup (rs_recommendation_get_theme (rec));
          rs_document_add_heading (doc, 2, *theme ? theme : RS_TR (cat, N_("Without a theme")));
        }
      add_feedback_item (doc, cat, rec, i + 1);
      if (cancelled (cancellable, error))
        return NULL;
    }
  return g_steal_pointer (&doc);
}

gboolean
rs_council_report_write (RsDatabase     *db,
                         gint64          process_id,
                         RsCouncilReport report,
                         RsCouncilFormat format,
                         const char     *language,
                         int             small_cell_limit,
                         const char     *path,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autoptr(RsDocument) doc = NULL;
  RsDocumentFormat doc_format;

  if (format == RS_COUNCIL_FORMAT_CSV || format == RS_COUNCIL_FORMAT_JSON)
    {
      if (report != RS_COUNCIL_REPORT_PACKAGE)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("“You said, we did” is written as PDF, ODT or HTML."));
          return FALSE;
        }
      return rs_recommendation_export_write (db, process_id, rs_council_format_extension (format),
                                             path, error);
    }
  doc_format = format == RS_COUNCIL_FORMAT_PDF ? RS_DOCUMENT_FORMAT_PDF
             : format == RS_COUNCIL_FORMAT_ODT ? RS_DOCUMENT_FORMAT_ODT
             : RS_DOCUMENT_FORMAT_HTML;
  if (report == RS_COUNCIL_REPORT_PACKAGE)
    doc = rs_council_package_build (db, process_id, language, small_cell_limit, cancellable, error);
  else
    doc = rs_council_feedback_build (db, process_id, language, cancellable, error);
  return doc != NULL && rs_document_write (doc, doc_format, path, cancellable, error);
}

/* The asynchronous write: what needs the database (the figures and texts,
 * or a whole CSV/JSON export) runs on the database thread; rendering the
 * document, which needs no SQL, then runs on a worker thread. */
typedef struct
{
  gint64          process_id;
  RsCouncilReport report;
  RsCouncilFormat format;
  char           *language;
  int             limit;
  char           *path;
  RsDocument     *doc;    /* built on the database thread */
  gboolean        done;   /* written there already (CSV, JSON) */
} WriteData;

static void
write_data_free (gpointer p)
{
  WriteData *w = p;

  g_clear_object (&w->doc);
  g_free (w->language);
  g_free (w->path);
  g_free (w);
}

static gpointer
build_job (RsDatabase   *db,
           gpointer      data,
           GCancellable *cancellable,
           GError      **error)
{
  WriteData *w = data;

  if (w->format == RS_COUNCIL_FORMAT_CSV || w->format == RS_COUNCIL_FORMAT_JSON)
    {
      w->done = rs_council_report_write (db, w->process_id, w->report, w->format, w->language,
                                         w->limit, w->path, cancellable, error);
      return NULL;
    }
  if (w->report == RS_COUNCIL_REPORT_PACKAGE)
    return rs_council_package_build (db, w->process_id, w->language, w->limit, cancellable, error);
  return rs_council_feedback_build (db, w->process_id, w->language, cancellable, error);
}

static void
render_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  WriteData *w = task_data;
  GError *error = NULL;
  RsDocumentFormat doc_format = w->format == RS_COUNCIL_FORMAT_PDF ? RS_DOCUMENT_FORMAT_PDF
                              : w->format == RS_COUNCIL_FORMAT_ODT ? RS_DOCUMENT_FORMAT_ODT
                              : RS_DOCUMENT_FORMAT_HTML;

  if (rs_document_write (w->doc, doc_format, w->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
built_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  WriteData *w = g_task_get_task_data (task);
  GError *error = NULL;
  RsDocument *doc = rs_database_run_finish (RS_DATABASE (source), result, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else if (w->done)
    g_task_return_boolean (task, TRUE);
  else
    {
      w->doc = doc;
      g_task_run_in_thread (task, render_thread);
    }
}

void
rs_council_report_write_async (RsDatabase         *db,
                               gint64              process_id,
                               RsCouncilReport     report,
                               RsCouncilFormat     format,
                               const char         *language,
                               int                 small_cell_limit,
                               const char         *path,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr(GTask) task = g_task_new (db, cancellable, callback, user_data);
  WriteData *w = g_new0 (WriteData, 1);

  w->process_id = process_id;
  w->report = report;
  w->format = format;
  w->language = g_strdup (language);
  w->limit = small_cell_limit;
  w->path = g_strdup (path);
  g_task_set_source_tag (task, rs_council_report_write_async);
  g_task_set_task_data (task, w, write_data_free);
  rs_database_run_async (db, build_job, w, NULL, g_object_unref, cancellable, built_cb,
                         g_object_ref (task));
}

gboolean
rs_council_report_write_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
