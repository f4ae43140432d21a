/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-council-submission"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-audit.h"
#include "rs-council-format.h"
#include "rs-council-submission.h"
#include "rs-date.h"
#include "rs-recommendation-store.h"

void
rs_council_submission_clear (RsCouncilSubmission *s)
{
  g_clear_pointer (&s->committee, g_free);
  g_clear_pointer (&s->meeting_date, g_free);
  g_clear_pointer (&s->resume, g_free);
  g_clear_pointer (&s->case_text, g_free);
  g_clear_pointer (&s->authority, g_free);
}

gboolean
rs_council_submission_load (RsDatabase          *db,
                            gint64               process_id,
                            RsCouncilSubmission *s,
                            GError             **error)
{
  RsStatement *stmt = rs_database_query (db, error,
                                          "SELECT committee, meeting_date, resume, case_text, authority, version "
                                          "FROM council_submission WHERE process_id = ?", "i", process_id);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW)
    {
      s->committee = rs_column_dup_text (stmt, 0);
      s->meeting_date = rs_column_dup_text (stmt, 1);
      s->resume = rs_column_dup_text (stmt, 2);
      s->case_text = rs_column_dup_text (stmt, 3);
      s->authority = rs_column_dup_text (stmt, 4);
      s->version = rs_statement_column_int64 (stmt, 5);
    }
  else
    s->version = RS_COUNCIL_SUBMISSION_NEW;
  rs_statement_finalize (stmt);
  if (rc != RS_SQL_ROW && rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  if (s->committee == NULL)
    s->committee = g_strdup ("");
  if (s->resume == NULL)
    s->resume = g_strdup ("");
  if (s->case_text == NULL)
    s->case_text = g_strdup ("");
  if (s->authority == NULL)
    s->authority = g_strdup ("");
  return TRUE;
}

gboolean
rs_council_submission_save (RsDatabase          *db,
                            gint64               process_id,
                            RsCouncilSubmission *s,
                            GError             **error)
{
  g_auto(RsCouncilSubmission) stored = { 0 };
  g_autoptr(GString) changes = g_string_new ("");
  const char *date = s->meeting_date && *s->meeting_date ? s->meeting_date : NULL;
  gboolean ok;

  if (date != NULL && !rs_date_is_valid (date))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The meeting date “%s” is not a date; use YYYY-MM-DD."), date);
      return FALSE;
    }
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!rs_council_submission_load (db, process_id, &stored, error))
    goto fail;
  if (s->version == 0)
    ok = rs_database_run (db, error,
                          "INSERT INTO council_submission "
                          "(process_id, committee, meeting_date, resume, case_text, authority) "
                          "VALUES (?, coalesce(?, ''), ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, '')) "
                          "ON CONFLICT (process_id) DO UPDATE SET committee = excluded.committee, "
                          "meeting_date = excluded.meeting_date, resume = excluded.resume, "
                          "case_text = excluded.case_text, authority = excluded.authority, "
                          "version = council_submission.version + 1",
                          "ittttt", process_id, s->committee, date, s->resume, s->case_text, s->authority);
  else if (s->version == RS_COUNCIL_SUBMISSION_NEW)
    ok = rs_database_run (db, error,
                          "INSERT INTO council_submission "
                          "(process_id, committee, meeting_date, resume, case_text, authority) "
                          "VALUES (?, coalesce(?, ''), ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, '')) "
                          "ON CONFLICT (process_id) DO NOTHING",
                          "ittttt", process_id, s->committee, date, s->resume, s->case_text, s->authority);
  else
    ok = rs_database_run (db, error,
                          "UPDATE council_submission SET committee = coalesce(?, ''), meeting_date = ?, "
                          "resume = coalesce(?, ''), case_text = coalesce(?, ''), authority = coalesce(?, ''), "
                          "version = version + 1 WHERE process_id = ? AND version = ?",
                          "ttttt" "ii", s->committee, date, s->resume, s->case_text, s->authority,
                          process_id, s->version);
  if (!ok)
    goto fail;
  if (rs_database_changes (db) == 0)
    {
      rs_audit_set_conflict (db, "council_submission", process_id, _("The agenda-item texts"), error);
      goto fail;
    }
  rs_audit_diff (changes, "committee", stored.committee, s->committee, TRUE);
  rs_audit_diff (changes, "meeting_date", stored.meeting_date, date, TRUE);
  rs_audit_diff (changes, "resume", stored.resume, s->resume, FALSE);
  rs_audit_diff (changes, "case_text", stored.case_text, s->case_text, FALSE);
  rs_audit_diff (changes, "authority", stored.authority, s->authority, FALSE);
  if (!rs_audit_write (db, process_id, "council_submission", process_id,
                       stored.version == RS_COUNCIL_SUBMISSION_NEW ? "create" : "update", changes->str, error))
    goto fail;
  if (!rs_database_commit (db, error))
    return FALSE;
  s->version = stored.version == RS_COUNCIL_SUBMISSION_NEW ? 1 : stored.version + 1;
  return TRUE;

fail:
  rs_database_rollback (db);
  return FALSE;
}

char *
rs_council_submission_generated_resume (RsCatalog  *cat,
                                        GListModel *list)
{
  guint n = g_list_model_get_n_items (list), n_themes = 0, strong = 0;
  double op_sum = 0, cap_sum = 0;
  g_autofree char *total = NULL;
  g_autofree char *ops = NULL;
  g_autofree char *caps = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (list, i);
      double op, cap;

      rs_recommendation_get_cost_totals (rec, &op, &cap);
      op_sum += op;
      cap_sum += cap;
      if (rs_recommendation_get_support (rec) >= 2.0 / 3.0)
        strong++;
      if (i == 0)
        n_themes = 1;
      else
        {
          g_autoptr(RsRecommendation) prev = g_list_model_get_item (list, i - 1);
          if (g_strcmp0 (rs_recommendation_get_theme (prev), rs_recommendation_get_theme (rec)) != 0)
            n_themes++;
        }
    }
  total = rs_council_format_money (cat, op_sum + cap_sum);
  ops = rs_council_format_money (cat, op_sum);
  caps = rs_council_format_money (cat, cap_sum);
  return g_strdup_printf (RS_TR (cat, N_("The citizens’ panel made %u recommendations "
                                         "on %u themes; %u of them were supported "
                                         "by at least two thirds of the votes cast. "
                                         "Together they are estimated to cost %s: "
                                         "%s in operating and %s in capital "
                                         "costs.")),
                          n, n_themes, strong, total, ops, caps);
}

const char *
rs_council_submission_generated_authority (RsCatalog *cat)
{
  return RS_TR (cat, N_("The city council decides, as part of "
                        "adopting the budget. The committee "
                        "recommends."));
}

gboolean
rs_council_submission_defaults (RsDatabase  *db,
                                gint64       process_id,
                                const char  *language,
                                char       **resume,
                                char       **authority,
                                GError     **error)
{
  g_autoptr(RsCatalog) cat = rs_catalog_new (language);
  g_autoptr(GListStore) store = rs_recommendation_store_list (db, process_id, FALSE, error);

  if (store == NULL)
    return FALSE;
  *resume = rs_council_submission_generated_resume (cat, G_LIST_MODEL (store));
  *authority = g_strdup (rs_council_submission_generated_authority (cat));
  return TRUE;
}
