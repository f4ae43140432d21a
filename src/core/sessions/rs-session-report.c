/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-session-report"

#include "config.h"

#include "rs-council-format.h"
#include "rs-date.h"
#include "rs-report-i18n.h"

#include "rs-checklist.h"
#include "rs-idea-store.h"
#include "rs-lab-store.h"
#include "rs-session-report.h"
#include "rs-session-store.h"

char *
rs_session_report_format_count (int n,
                                int small_cell_limit)
{
  if (n > 0 && n < small_cell_limit)
    return g_strdup_printf ("< %d", small_cell_limit);
  return g_strdup_printf ("%d", n);
}

static char *
format_when (const RsSessionInfo *s)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) start = rs_session_parse_time (s->starts_at, tz);
  g_autoptr(GDateTime) end = rs_session_parse_time (s->ends_at, tz);
  g_autofree char *day = NULL;
  g_autofree char *from = NULL;

  if (start == NULL)
    return g_strdup (s->starts_at);
  {
    g_autofree char *iso = rs_date_time_to_iso (start);
    /* In the report's language: "11. september 2026". */
    day = rs_date_format_long (iso);
  }
  from = g_date_time_format (start, "%H:%M");
  if (end)
    {
      g_autofree char *to = g_date_time_format (end, "%H:%M");
      return g_strdup_printf ("%s %s–%s", day, from, to);
    }
  return g_strdup_printf ("%s %s", day, from);
}

RsDocument *
rs_session_report_agenda (RsDatabase *db,
                          gint64      session_id,
                          const char *language,
                          GError    **error)
{
  g_autoptr(RsReportScope) scope = rs_report_scope_begin (language);
  g_autoptr(RsSessionInfo) s = rs_session_store_get (db, session_id, error);
  g_autoptr(GPtrArray) agenda = NULL;
  g_autoptr(RsDocument) doc = NULL;
  g_autoptr(GDateTime) clock = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  const char *header[] = { C_("agenda", "Time"), C_("agenda", "Item"), C_("agenda", "Minutes"), NULL };

  if (s == NULL || (agenda = rs_session_store_agenda (db, session_id, error)) == NULL)
    return NULL;
  when = format_when (s);
  subtitle = *s->place ? g_strdup_printf ("%s, %s", when, s->place) : g_strdup (when);
  doc = rs_document_new (s->title, rs_report_scope_get_language (scope));
  rs_document_set_subtitle (doc, subtitle);
  rs_document_add_heading (doc, 1, _("Agenda"));
  if (*s->facilitators)
    rs_document_add_field (doc, _("Facilitators"), s->facilitators);
  clock = rs_session_parse_time (s->starts_at, tz);
  rs_document_begin_table (doc, header);
  for (guint i = 0; i < agenda->len; i++)
    {
      RsAgendaItem *a = g_ptr_array_index (agenda, i);
      g_autofree char *time = clock ? g_date_time_format (clock, "%H:%M") : g_strdup ("");
      g_autofree char *minutes = g_strdup_printf ("%d", a->duration_min);
      const char *row[] = { time, a->title, minutes, NULL };

      rs_document_add_row (doc, row);
      if (clock)
        {
          GDateTime *next = g_date_time_add_minutes (clock, a->duration_min);
          g_date_time_unref (clock);
          clock = next;
        }
    }
  rs_document_end_table (doc);
  return g_steal_pointer (&doc);
}

RsDocument *
rs_session_report_attendance_sheet (RsDatabase *db,
                                    gint64      session_id,
                                    gboolean    with_names,
                                    const char *language,
                                    GError    **error)
{
  g_autoptr(RsReportScope) scope = rs_report_scope_begin (language);
  g_autoptr(RsSessionInfo) s = rs_session_store_get (db, session_id, error);
  g_autoptr(GPtrArray) regs = NULL;
  g_autoptr(RsDocument) doc = NULL;
  g_autofree char *when = NULL;
  const char *header[] = { "#", with_names ? _("Name") : _("Pseudonym"), _("Table"), _("Present"), NULL };
  guint n = 0;

  if (s == NULL || (regs = rs_session_store_registrations (db, session_id, with_names, error)) == NULL)
    return NULL;
  when = format_when (s);
  doc = rs_document_new (s->title, rs_report_scope_get_language (scope));
  rs_document_set_subtitle (doc, when);
  rs_document_add_heading (doc, 1, _("Attendance sheet"));
  if (!with_names)
    rs_document_add_paragraph (doc, _("Participants are listed by pseudonym."));
  rs_document_begin_table (doc, header);
  for (guint i = 0; i < regs->len; i++)
    {
      RsRegistration *r = g_ptr_array_index (regs, i);
      g_autofree char *num = NULL;
      g_autofree char *table = NULL;
      const char *who;

      if (r->status != RS_REGISTRATION_REGISTERED)
        continue;
      num = g_strdup_printf ("%u", ++n);
      table = r->table_no ? g_strdup_printf ("%d", r->table_no) : g_strdup ("");
      who = with_names && r->name && *r->name ? r->name : r->pseudonym;
      {
        const char *row[] = { num, who, table, "☐", NULL };
        rs_document_add_row (doc, row);
      }
    }
  rs_document_end_table (doc);
  return g_steal_pointer (&doc);
}

static gboolean
add_participation (RsDocument *doc,
                   RsDatabase *db,
                   gint64      lab_id,
                   int         limit,
                   GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  const char *header[] = { _("Category"), _("Group"), _("Participants"), NULL };
  gboolean any = FALSE;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT c.name, v.name, count(DISTINCT r.person_id) "
                            "FROM registration r JOIN session s ON s.id = r.session_id "
                            "JOIN person_attribute a ON a.person_id = r.person_id "
                            "JOIN category c ON c.id = a.category_id "
                            "JOIN category_value v ON v.id = a.value_id "
                            "WHERE s.lab_id = ? AND r.attended = 1 AND c.sensitive = 0 "
                            "GROUP BY c.id, v.id ORDER BY c.position, c.id, v.position, v.id",
                            "i", lab_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return FALSE;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autofree char *count = rs_session_report_format_count (rs_statement_column_int (stmt, 2), limit);
      const char *row[] = { (const char *) rs_statement_column_text (stmt, 0),
                            (const char *) rs_statement_column_text (stmt, 1), count, NULL };
      if (!any)
        rs_document_begin_table (doc, header);
      any = TRUE;
      rs_document_add_row (doc, row);
    }
  rs_database_unlock (db);
  if (any)
    rs_document_end_table (doc);
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  return TRUE;
}

RsDocument *
rs_session_report_lab_summary (RsDatabase *db,
                               gint64      lab_id,
                               int         small_cell_limit,
                               const char *language,
                               GError    **error)
{
  g_autoptr(RsReportScope) scope = rs_report_scope_begin (language);
  g_autoptr(RsLab) lab = rs_lab_store_get (db, lab_id, error);
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GPtrArray) checklist = NULL;
  g_autoptr(RsDocument) doc = NULL;
  g_autofree char *participants = NULL;
  g_autofree char *met = NULL;
  const char *idea_header[] = { _("Theme"), _("Idea"), _("Votes"), _("Status"), NULL };
  const char *check_header[] = { _("Principle"), _("Criterion"), _("Met"), _("Evidence"), NULL };

  if (lab == NULL
      || (ideas = rs_idea_store_list_lab (db, lab_id, error)) == NULL
      || (checklist = rs_checklist_load (db, "lab", lab_id, error)) == NULL)
    return NULL;

  doc = rs_document_new (lab->title, rs_report_scope_get_language (scope));
  rs_document_set_subtitle (doc, _("Lab summary"));
  rs_document_set_footer (doc, _("Published for transparency. Participants are counted, never named; "
                                 "small groups are shown as “< n”."));

  rs_document_add_heading (doc, 1, _("Purpose"));
  rs_document_add_paragraph (doc, *lab->problem ? lab->problem : _("No problem statement yet."));
  if (lab->funded)
    {
      /* "150.000 kr." or "DKK 150,000", by the report's language. */
      g_autofree char *amount = rs_council_format_money (scope, lab->funding_amount);
      rs_document_add_field (doc, _("Funding"), amount);
      rs_document_add_field (doc, _("Granted by"), lab->funding_granted_by);
      if (lab->funding_date)
        rs_document_add_field (doc, _("Granted on"), lab->funding_date);
    }
  if (*lab->external_facilitators)
    rs_document_add_field (doc, _("External facilitators"), lab->external_facilitators);

  rs_document_add_heading (doc, 1, _("Who took part"));
  if (*lab->invited_groups)
    rs_document_add_field (doc, _("Invited"), lab->invited_groups);
  if (*lab->invitation_method)
    rs_document_add_field (doc, _("How"), lab->invitation_method);
  participants = rs_session_report_format_count (lab->n_participants, small_cell_limit);
  rs_document_add_field (doc, _("Participants"), participants);
  if (!add_participation (doc, db, lab_id, small_cell_limit, error))
    return NULL;

  rs_document_add_heading (doc, 1, _("What came out"));
  if (*lab->outcome)
    rs_document_add_paragraph (doc, lab->outcome);
  if (ideas->len > 0)
    {
      rs_document_add_heading (doc, 2, _("Ideas"));
      rs_document_begin_table (doc, idea_header);
      for (guint i = 0; i < ideas->len; i++)
        {
          RsIdea *idea = g_ptr_array_index (ideas, i);
          g_autofree char *votes = g_strdup_printf ("%d", idea->votes);
          const char *row[] = { *idea->theme ? idea->theme : _("No theme"), idea->text, votes,
                                rs_idea_status_label (idea->status), NULL };
          rs_document_add_row (doc, row);
        }
      rs_document_end_table (doc);
    }

  rs_document_add_heading (doc, 1, _("Quality checklist"));
  met = rs_checklist_format_met (lab->checklist_met, lab->checklist_total);
  rs_document_add_paragraph (doc, met);
  rs_document_begin_table (doc, check_header);
  for (guint i = 0; i < checklist->len; i++)
    {
      RsChecklistItem *item = g_ptr_array_index (checklist, i);
      const char *row[] = { item->reference, item->title, item->met ? _("Yes") : _("No"),
                            item->evidence, NULL };
      rs_document_add_row (doc, row);
    }
  rs_document_end_table (doc);

  rs_document_add_heading (doc, 1, _("What happens next"));
  rs_document_add_paragraph (doc, *lab->next_steps ? lab->next_steps : _("Not decided yet."));
  return g_steal_pointer (&doc);
}
