/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-checklist"

#include "config.h"

#include "rs-report-i18n.h"

#include "rs-checklist.h"

static const RsChecklistCriterion lab_criteria[] = {
  { "clear-mandate", "GPP-01", N_("Clear mandate: a specific problem, phrased neutrally"),
    N_("The remit question and who set it") },
  { "accountability", "GPP-02", N_("The commissioning body commits to respond"),
    N_("Committee decision, response deadline") },
  { "transparency", "GPP-03", N_("Transparency: announced, materials and funding published"),
    N_("Announcement date, link to materials") },
  { "representativeness", "GPP-04", N_("Who takes part is known and broad enough"),
    N_("Invited groups, attendance per category") },
  { "inclusiveness", "GPP-05", N_("Inclusiveness: support for under-represented groups"),
    N_("Gift cards, childcare, accessibility, language") },
  { "information", "GPP-06", N_("Information: accurate, diverse evidence and experts"),
    N_("Evidence register, speakers") },
  { "facilitation", "GPP-07", N_("Skilled, neutral facilitation and group deliberation"),
    N_("Facilitation plan, external facilitators") },
  { "time", "GPP-08", N_("Enough time to learn and give ideas time to mature"),
    N_("Session calendar, contact hours") },
  { "integrity", "GPP-09", N_("Integrity: run at arm's length, no political interference"),
    N_("Coordinator, decision log") },
  { "privacy", "GPP-10", N_("Privacy: consent, pseudonyms, data retention"),
    N_("Consent records, retention date") },
  { "evaluation", "GPP-11", N_("Evaluation: participants evaluate anonymously"),
    N_("Questionnaire, response rate") },
  { "funding", "Brief 1.4", N_("Funding granted for this lab and disclosed"),
    N_("Amount, granted by, date") },
  { "expectations", "Brief 2.2", N_("Expectations: what the municipality can deliver is stated"),
    N_("Scope text on the invitation") },
};

static const RsChecklistCriterion evaluation_criteria[] = {
  { "ev-framing", "EV-D1", N_("Clear and unbiased framing"), N_("Remit question, neutrality review") },
  { "ev-design", "EV-D2", N_("Suitable design, developed with those concerned"), N_("Design notes") },
  { "ev-transparency", "EV-D3", N_("Transparent process and selection"), N_("Published selection method") },
  { "ev-representativeness", "EV-D4", N_("The group matches the population"), N_("Target against achieved") },
  { "ev-inclusiveness", "EV-D5", N_("Inclusive, also of minorities"), N_("Support measures") },
  { "ev-facilitation", "EV-X1", N_("Neutral and inclusive facilitation"), N_("Questionnaire answers") },
  { "ev-voice", "EV-X2", N_("Everyone had an equal chance to speak"), N_("Questionnaire answers") },
  { "ev-respect", "EV-X3", N_("Respect and mutual understanding"), N_("Observation") },
  { "ev-information", "EV-X4", N_("Balanced information; participants learned"), N_("Questionnaire answers") },
  { "ev-time", "EV-X5", N_("Enough time"), N_("Contact hours") },
  { "ev-free-decision", "EV-X6", N_("Free decisions, no undue influence"), N_("Observation, answers") },
  { "ev-influence", "EV-I1", N_("Recommendations were influential"), N_("Council decisions") },
  { "ev-response", "EV-I2", N_("The authority responded and followed up"), N_("Response letter, dates") },
  { "ev-awareness", "EV-I3", N_("Public awareness and wider impact"), N_("Communication, media") },
};

void
rs_checklist_item_free (RsChecklistItem *item)
{
  if (item == NULL)
    return;
  g_free (item->criterion);
  g_free (item->evidence);
  g_free (item);
}

const RsChecklistCriterion *
rs_checklist_criteria (const char *kind,
                       guint      *n_out)
{
  if (g_strcmp0 (kind, "evaluation") == 0)
    {
      *n_out = G_N_ELEMENTS (evaluation_criteria);
      return evaluation_criteria;
    }
  *n_out = G_N_ELEMENTS (lab_criteria);
  return lab_criteria;
}

GPtrArray *
rs_checklist_load (RsDatabase *db,
                   const char *owner_type,
                   gint64      owner_id,
                   GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_checklist_item_free);
  const RsChecklistCriterion *crit;
  guint n_crit = 0;
  int rc;

  crit = rs_checklist_criteria (owner_type, &n_crit);
  for (guint i = 0; i < n_crit; i++)
    {
      RsChecklistItem *item = g_new0 (RsChecklistItem, 1);
      item->criterion = g_strdup (crit[i].criterion);
      item->reference = crit[i].reference;
      item->title = _(crit[i].title);
      item->hint = _(crit[i].hint);
      item->evidence = g_strdup ("");
      g_ptr_array_add (out, item);
    }

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT i.id, i.criterion, i.met, i.evidence, "
                            "(SELECT count(*) FROM attachment a WHERE a.owner_type = 'checklist_item' "
                            " AND a.owner_id = i.id) "
                            "FROM checklist_item i WHERE i.owner_type = ? AND i.owner_id = ? ORDER BY i.id",
                            "ti", owner_type, owner_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      const char *criterion = (const char *) rs_statement_column_text (stmt, 1);
      RsChecklistItem *item = NULL;

      for (guint i = 0; i < out->len && item == NULL; i++)
        if (g_strcmp0 (((RsChecklistItem *) g_ptr_array_index (out, i))->criterion, criterion) == 0)
          item = g_ptr_array_index (out, i);
      if (item == NULL)
        {
          item = g_new0 (RsChecklistItem, 1);
          item->criterion = g_strdup (criterion);
          item->reference = "";
          item->title = item->criterion;
          item->hint = "";
          g_ptr_array_add (out, item);
        }
      item->id = rs_statement_column_int64 (stmt, 0);
      item->met = rs_statement_column_int (stmt, 2) != 0;
      g_free (item->evidence);
      item->evidence = rs_column_dup_text (stmt, 3);
      item->n_files = rs_statement_column_int (stmt, 4);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

gboolean
rs_checklist_set (RsDatabase *db,
                  const char *owner_type,
                  gint64      owner_id,
                  const char *criterion,
                  gboolean    met,
                  const char *evidence,
                  GError    **error)
{
  return rs_database_run (db, error,
                          "INSERT INTO checklist_item (owner_type, owner_id, criterion, met, evidence) "
                          "VALUES (?, ?, ?, ?, coalesce(?, '')) "
                          "ON CONFLICT (owner_type, owner_id, criterion) DO UPDATE SET "
                          "met = excluded.met, evidence = excluded.evidence",
                          "titnt", owner_type, owner_id, criterion, met ? 1 : 0, evidence);
}

guint
rs_checklist_count_met (GPtrArray *items,
                        guint     *met_out)
{
  guint met = 0;

  for (guint i = 0; i < items->len; i++)
    if (((RsChecklistItem *) g_ptr_array_index (items, i))->met)
      met++;
  if (met_out)
    *met_out = met;
  return items->len;
}

char *
rs_checklist_format_met (guint met,
                         guint total)
{
  /* Translators: checklist progress, e.g. "5 of 13 met" */
  return g_strdup_printf (ngettext ("%u of %u met", "%u of %u met", total), met, total);
}
