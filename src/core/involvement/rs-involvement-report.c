/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-involvement-report"

#include "config.h"

#include <math.h>

#include "rs-council-format.h"
#include "rs-engagement-targets.h"
#include "rs-involvement-report.h"
#include "rs-report-i18n.h"

gboolean
rs_involvement_report_comments (RsDocument *doc,
                                RsCatalog  *cat,
                                RsDatabase *db,
                                gint64      process_id,
                                int         limit,
                                GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  gint64 by_channel[4] = { 0 };
  static const char * const channels[] = { "web", "email", "meeting", "other" };
  gint64 total = 0;
  int rc;

  stmt = rs_database_query (db, error, "SELECT channel, count(*) FROM citizen_comment "
                            "WHERE process_id = ? AND deleted = 0 GROUP BY channel",
                            "i", process_id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      const char *channel = (const char *) rs_statement_column_text (stmt, 0);
      for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
        if (g_strcmp0 (channel, channels[i]) == 0)
          by_channel[i] += rs_statement_column_int64 (stmt, 1);
      total += rs_statement_column_int64 (stmt, 1);
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  if (total == 0)
    return TRUE;
  {
    g_autofree char *all = rs_council_format_count (cat, total, limit);
    g_autofree char *web = rs_council_format_count (cat, by_channel[0], limit);
    g_autofree char *mail = rs_council_format_count (cat, by_channel[1], limit);
    g_autofree char *meeting = rs_council_format_count (cat, by_channel[2], limit);
    g_autofree char *other = rs_council_format_count (cat, by_channel[3], limit);
    g_autofree char *text =
      g_strdup_printf (RS_TR (cat, N_("Besides the panel and the hearings, %s digital comments were "
                                      "received in the involvement phase: %s by web form, %s by "
                                      "e-mail, %s from meetings’ post-its and %s otherwise.")),
                       all, web, mail, meeting, other);

    rs_document_add_heading (doc, 2, RS_TR (cat, N_("Digital comments")));
    rs_document_add_paragraph (doc, text);
  }
  return TRUE;
}

static const char *
kind_label (RsCatalog   *cat,
            RsTargetKind kind)
{
  switch (kind)
    {
    case RS_TARGET_REGISTRATIONS: return RS_TR (cat, N_("Registrations"));
    case RS_TARGET_PARTICIPANTS: return RS_TR (cat, N_("Participants"));
    case RS_TARGET_PARTIES_HEARD: return RS_TR (cat, N_("Parties heard"));
    case RS_TARGET_YOUTH_SHARE: return RS_TR (cat, N_("Youth share"));
    case RS_TARGET_FIRST_TIMERS_SHARE: return RS_TR (cat, N_("First-timers share"));
    case RS_TARGET_DIGITAL_COMMENTS: return RS_TR (cat, N_("Digital comments"));
    case RS_N_TARGET_KINDS:
    default: return "";
    }
}

static char *
format_value (RsTargetKind kind,
              gboolean     has,
              double       value)
{
  if (!has)
    return g_strdup ("–");
  if (rs_target_kind_is_share (kind))
    return g_strdup_printf ("%u %%", (guint) lround (value));
  return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) llround (value));
}

static char *
format_gap (RsCatalog                *cat,
            const RsEngagementTarget *t)
{
  g_autofree char *number = NULL;
  gint64 gap;

  if (!t->has_target || !t->has_actual)
    return g_strdup ("–");
  gap = llround (t->actual - t->target);
  number = g_strdup_printf ("%s%" G_GINT64_FORMAT, gap < 0 ? "−" : "+", gap < 0 ? -gap : gap);
  if (rs_target_kind_is_share (t->kind))
    return g_strdup_printf (RS_TR (cat, N_("%s points")), number);
  return g_steal_pointer (&number);
}

gboolean
rs_involvement_report_targets (RsDocument *doc,
                               RsCatalog  *cat,
                               RsDatabase *db,
                               gint64      process_id,
                               GError    **error)
{
  g_autoptr(GPtrArray) list = rs_engagement_targets_list (db, process_id, error);
  gboolean any = FALSE;

  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      RsEngagementTarget *t = g_ptr_array_index (list, i);
      g_autofree char *title = NULL;
      g_autofree char *target = NULL;
      g_autofree char *actual = NULL;
      g_autofree char *gap = NULL;

      if (!t->has_target)
        continue;
      if (!any)
        {
          const char *header[] = { RS_TR (cat, N_("Engagement target")), RS_TR (cat, N_("Target")),
                                   RS_TR (cat, N_("Actual")), RS_TR (cat, N_("Gap")), NULL };
          rs_document_add_heading (doc, 2, RS_TR (cat, N_("Engagement targets, planned against actual")));
          rs_document_begin_table (doc, header);
          any = TRUE;
        }
      title = *t->district ? g_strdup_printf ("%s, %s", kind_label (cat, t->kind), t->district)
                           : g_strdup (kind_label (cat, t->kind));
      target = format_value (t->kind, t->has_target, t->target);
      actual = format_value (t->kind, t->has_actual, t->actual);
      gap = format_gap (cat, t);
      {
        const char *cells[] = { title, target, actual, gap };
        rs_document_add_row (doc, cells);
      }
    }
  if (any)
    rs_document_end_table (doc);
  return TRUE;
}
