/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-sessions"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-attendance.h"
#include "rs-checklist.h"
#include "rs-cli.h"
#include "rs-context.h"
#include "rs-document.h"
#include "rs-engagement-targets.h"
#include "rs-evaluation-store.h"
#include "rs-lab-store.h"
#include "rs-session-report.h"
#include "rs-session-store.h"

/* raadslag-cli sessions | labs | session attendance | session show | export lab */

static char *opt_db;
static char *opt_process;
static char *opt_session;
static char *opt_lab;
static char *opt_format;
static char *opt_out;
static char *opt_panel;
static char *opt_language;
static gboolean opt_json;
static gboolean opt_register;
static gboolean opt_absent;
static gboolean opt_members;
static char *opt_file;

static const GOptionEntry process_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
  { "process", 0, 0, G_OPTION_ARG_STRING, &opt_process, N_("Budget process id"), N_("ID") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
  { NULL }
};

static const GOptionEntry session_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
  { "session", 0, 0, G_OPTION_ARG_STRING, &opt_session, N_("Session id"), N_("ID") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
  { NULL }
};

static const GOptionEntry attendance_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
  { "session", 0, 0, G_OPTION_ARG_STRING, &opt_session, N_("Session id"), N_("ID") },
  { "register", 0, 0, G_OPTION_ARG_NONE, &opt_register,
    N_("Register people who are not registered for the meeting (walk-ins) instead of refusing them"), NULL },
  { NULL }
};

static const GOptionEntry attend_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
  { "session", 0, 0, G_OPTION_ARG_STRING, &opt_session, N_("Session id"), N_("ID") },
  { "register", 0, 0, G_OPTION_ARG_NONE, &opt_register,
    N_("Register people who are not registered for the meeting (walk-ins) instead of refusing them"), NULL },
  { "absent", 0, 0, G_OPTION_ARG_NONE, &opt_absent, N_("Mark the people absent instead"), NULL },
  { NULL }
};

static const GOptionEntry register_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
  { "session", 0, 0, G_OPTION_ARG_STRING, &opt_session, N_("Session id"), N_("ID") },
  { "file", 0, 0, G_OPTION_ARG_FILENAME, &opt_file, N_("A CSV file naming the people to register"), N_("FILE.csv") },
  { "members", 0, 0, G_OPTION_ARG_NONE, &opt_members,
    N_("Register the members and the chair of the meeting’s panel"), NULL },
  { NULL }
};

static const GOptionEntry export_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
  { "lab", 0, 0, G_OPTION_ARG_STRING, &opt_lab, N_("Lab id"), N_("ID") },
  { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format, N_("Output format: pdf or html"), N_("FORMAT") },
  { "out", 0, 0, G_OPTION_ARG_FILENAME, &opt_out, N_("Output file"), N_("FILE") },
  RS_CLI_LANGUAGE_ENTRY (opt_language),
  { NULL }
};

static const GOptionEntry evaluation_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
  { "panel", 0, 0, G_OPTION_ARG_STRING, &opt_panel, N_("Panel id"), N_("ID") },
  { "lab", 0, 0, G_OPTION_ARG_STRING, &opt_lab, N_("Lab id"), N_("ID") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
  { NULL }
};

/* Parses options and opens the database; *id_out gets the id option named
 * @id_name. Returns -1 to go on, or an exit code. */
static int
prepare (const char          *name,
         const char          *summary,
         const char          *parameter,
         const GOptionEntry  *entries,
         const char          *id_name,
         char               **id_text,
         gint64              *id_out,
         int                 *argc,
         char              ***argv,
         RsDatabase         **db_out)
{
  g_autoptr(GError) error = NULL;
  int rc = rs_cli_parse_command (name, summary, parameter, parameter ? -1 : 0, entries, &opt_db,
                                 argc, argv);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (*id_text, id_out))
    {
      g_autofree char *msg = g_strdup_printf (_("Give a valid id with --%s ID."), id_name);
      return rs_cli_usage_error (name, msg);
    }
  *db_out = rs_cli_open_database (opt_db, &error);
  if (*db_out == NULL)
    return rs_cli_fail (error);
  return -1;
}

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_id (JsonBuilder *b,
        const char  *name,
        gint64       value)
{
  json_builder_set_member_name (b, name);
  if (value)
    json_builder_add_int_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_int (JsonBuilder *b,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

static void
add_session (JsonBuilder *b,
             RsSession   *s)
{
  json_builder_begin_object (b);
  add_int (b, "id", rs_session_get_id (s));
  add_string (b, "title", rs_session_get_title (s));
  add_string (b, "kind", rs_session_get_kind (s));
  add_id (b, "panel_id", rs_session_get_panel_id (s));
  add_id (b, "lab_id", rs_session_get_lab_id (s));
  add_string (b, "starts_at", rs_session_get_starts_at (s));
  add_string (b, "ends_at", rs_session_get_ends_at (s));
  add_string (b, "place", rs_session_get_place (s));
  add_id (b, "capacity", rs_session_get_capacity (s));
  add_string (b, "facilitators", rs_session_get_facilitators (s));
  add_int (b, "agenda_minutes", rs_session_get_agenda_minutes (s));
  add_int (b, "registered", rs_session_get_registered (s));
  add_int (b, "waiting", rs_session_get_waiting (s));
  add_int (b, "attended", rs_session_get_attended (s));
  json_builder_end_object (b);
}

static int
cmd_sessions (int    argc,
              char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) sessions = NULL;
  gint64 process_id = 0;
  int rc = prepare ("sessions", _("List the meetings of a budget process."), NULL, process_entries,
                    "process", &opt_process, &process_id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  sessions = rs_session_store_list (db, process_id, &error);
  if (sessions == NULL)
    return rs_cli_fail (error);
  if (opt_json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (b);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sessions)); i++)
        {
          g_autoptr(RsSession) s = g_list_model_get_item (G_LIST_MODEL (sessions), i);
          add_session (b, s);
        }
      json_builder_end_array (b);
      root = json_builder_get_root (b);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sessions)); i++)
    {
      g_autoptr(RsSession) s = g_list_model_get_item (G_LIST_MODEL (sessions), i);
      /* Translators: id, start, title, attended, registered */
      g_print (_("%4lld  %s  %s (%d of %d present)\n"),
               (long long) rs_session_get_id (s), rs_session_get_starts_at (s), rs_session_get_title (s),
               rs_session_get_attended (s), rs_session_get_registered (s));
    }
  return RS_CLI_OK;
}

static int
cmd_labs (int    argc,
          char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) labs = NULL;
  guint n_labs;
  gint64 process_id = 0;
  int rc = prepare ("labs", _("List the labs of a budget process with their checklists."), NULL,
                    process_entries, "process", &opt_process, &process_id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  labs = rs_lab_store_list (db, process_id, &error);
  if (labs == NULL)
    return rs_cli_fail (error);
  n_labs = g_list_model_get_n_items (G_LIST_MODEL (labs));
  if (opt_json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (b);
      for (guint i = 0; i < n_labs; i++)
        {
          g_autoptr(RsLab) l = g_list_model_get_item (G_LIST_MODEL (labs), i);
          json_builder_begin_object (b);
          add_int (b, "id", rs_lab_get_id (l));
          add_string (b, "title", rs_lab_get_title (l));
          add_string (b, "problem", rs_lab_get_problem (l));
          add_string (b, "invited_groups", rs_lab_get_invited_groups (l));
          add_string (b, "invitation_method", rs_lab_get_invitation_method (l));
          json_builder_set_member_name (b, "funding");
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "amount");
          if (rs_lab_get_funded (l))
            json_builder_add_double_value (b, rs_lab_get_funding_amount (l));
          else
            json_builder_add_null_value (b);
          add_string (b, "granted_by", rs_lab_get_funding_granted_by (l));
          add_string (b, "date", rs_lab_get_funding_date (l));
          json_builder_end_object (b);
          add_string (b, "external_facilitators", rs_lab_get_external_facilitators (l));
          add_string (b, "outcome", rs_lab_get_outcome (l));
          add_string (b, "next_steps", rs_lab_get_next_steps (l));
          add_string (b, "status", rs_lab_get_status (l));
          json_builder_set_member_name (b, "checklist");
          json_builder_begin_object (b);
          add_int (b, "met", rs_lab_get_checklist_met (l));
          add_int (b, "total", rs_lab_get_checklist_total (l));
          json_builder_end_object (b);
          add_int (b, "sessions", rs_lab_get_n_sessions (l));
          add_int (b, "ideas", rs_lab_get_n_ideas (l));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      root = json_builder_get_root (b);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }
  for (guint i = 0; i < n_labs; i++)
    {
      g_autoptr(RsLab) l = g_list_model_get_item (G_LIST_MODEL (labs), i);
      g_autofree char *met = rs_checklist_format_met (rs_lab_get_checklist_met (l), rs_lab_get_checklist_total (l));
      g_print ("%4" G_GINT64_FORMAT "  %s (%s)\n", rs_lab_get_id (l), rs_lab_get_title (l), met);
    }
  return RS_CLI_OK;
}

static int
cmd_session_attendance (int    argc,
                        char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSession) session = NULL;
  gint64 session_id = 0;
  guint marked = 0;
  int rc = prepare ("session attendance",
                    _("Mark the people listed in a CSV file as present: a column of pseudonyms "
                      "(P-0042), their numbers (42) or ids in the source register."),
                    _("FILE.csv"), attendance_entries, "session", &opt_session, &session_id,
                    &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (argc != 2)
    return rs_cli_usage_error ("session attendance", _("Give exactly one CSV file."));
  session = rs_session_store_get (db, session_id, &error);
  if (session == NULL)
    return rs_cli_fail (error);
  if (!rs_attendance_import_csv (db, session_id, argv[1], opt_register, &marked, &error))
    return rs_cli_fail (error);
  g_print (ngettext ("Marked %u person present at “%s”.\n",
                     "Marked %u people present at “%s”.\n", marked), marked, rs_session_get_title (session));
  return RS_CLI_OK;
}

static int
cmd_session_attend (int    argc,
                    char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 session_id = 0;
  int rc = prepare ("session attend",
                    _("Mark people present (or absent with --absent), each given as a pseudonym "
                      "(P-0042), its number (42) or the id in the source register."),
                    _("PERSON…"), attend_entries, "session", &opt_session, &session_id,
                    &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (argc < 2)
    return rs_cli_usage_error ("session attend", _("Name at least one person."));
  /* Resolve everyone first, so that a typo changes nothing. */
  for (int i = 1; i < argc; i++)
    {
      gint64 id = rs_attendance_find_person (db, session_id, argv[i], &error);
      if (id == 0)
        return rs_cli_fail (error);
      g_array_append_val (ids, id);
    }
  for (guint i = 0; i < ids->len; i++)
    {
      if (!rs_attendance_set (db, session_id, g_array_index (ids, gint64, i), !opt_absent, opt_register, &error))
        return rs_cli_fail (error);
    }
  if (opt_absent)
    g_print (ngettext ("Marked %u person absent.\n", "Marked %u people absent.\n", ids->len), ids->len);
  else
    g_print (ngettext ("Marked %u person present.\n", "Marked %u people present.\n", ids->len), ids->len);
  return RS_CLI_OK;
}

static int
cmd_session_register (int    argc,
                      char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 session_id = 0;
  guint added = 0;
  int rc = prepare ("session register",
                    _("Register people for a meeting, each given as a pseudonym (P-0042), its "
                      "number (42) or the id in the source register; or those of a CSV file "
                      "(--file), or the panel’s members and chair (--members)."),
                    _("[PERSON…]"), register_entries, "session", &opt_session, &session_id,
                    &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (opt_members)
    {
      if (!rs_session_store_register_members (db, session_id, &added, &error))
        return rs_cli_fail (error);
    }
  else
    {
      if (opt_file != NULL)
        {
          if ((ids = rs_attendance_read_people_csv (db, session_id, opt_file, NULL, &error)) == NULL)
            return rs_cli_fail (error);
        }
      else
        ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (int i = 1; i < argc; i++)
        {
          gint64 id = rs_session_store_find_person (db, session_id, argv[i], &error);
          if (id == 0)
            return rs_cli_fail (error);
          g_array_append_val (ids, id);
        }
      if (ids->len == 0)
        return rs_cli_usage_error ("session register", _("Name at least one person, or use --file or --members."));
      if (!rs_session_store_register_many (db, session_id, ids, &added, &error))
        return rs_cli_fail (error);
    }
  g_print (ngettext ("Registered %u person.\n", "Registered %u people.\n", added), added);
  return RS_CLI_OK;
}

static int
cmd_session_show (int    argc,
                  char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSession) session = NULL;
  g_autoptr(GPtrArray) regs = NULL;
  g_autoptr(GPtrArray) stats = NULL;
  g_autoptr(GPtrArray) agenda = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  gint64 session_id = 0;
  int rc = prepare ("session show", _("Show a meeting: agenda, registrations and attendance."), NULL,
                    session_entries, "session", &opt_session, &session_id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((session = rs_session_store_get (db, session_id, &error)) == NULL
      || (agenda = rs_session_store_agenda (db, session_id, &error)) == NULL
      || (regs = rs_session_store_registrations (db, session_id, FALSE, &error)) == NULL
      || (stats = rs_attendance_stats (db, session_id, &error)) == NULL)
    return rs_cli_fail (error);

  if (!opt_json)
    {
      g_print ("%s\n%s  %s\n", rs_session_get_title (session), rs_session_get_starts_at (session),
               rs_session_get_place (session));
      g_print (_("Registered: %d, waiting: %d, present: %d\n"),
               rs_session_get_registered (session), rs_session_get_waiting (session),
               rs_session_get_attended (session));
      for (guint i = 0; i < stats->len; i++)
        {
          RsAttendanceStat *st = g_ptr_array_index (stats, i);
          g_print ("  %-20s %-24s %3d / %3d  %5.1f %%\n", rs_attendance_stat_get_category (st),
                   rs_attendance_stat_get_value (st),
                   rs_attendance_stat_get_attended (st), rs_attendance_stat_get_registered (st),
                   100.0 * rs_attendance_stat_get_share (st));
        }
      return RS_CLI_OK;
    }

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "session");
  add_session (b, session);
  json_builder_set_member_name (b, "agenda");
  json_builder_begin_array (b);
  for (guint i = 0; i < agenda->len; i++)
    {
      RsAgendaItem *a = g_ptr_array_index (agenda, i);
      json_builder_begin_object (b);
      add_string (b, "title", rs_agenda_item_get_title (a));
      add_int (b, "minutes", rs_agenda_item_get_duration_min (a));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  /* Pseudonyms only: names stay in the database. */
  json_builder_set_member_name (b, "registrations");
  json_builder_begin_array (b);
  for (guint i = 0; i < regs->len; i++)
    {
      RsRegistration *r = g_ptr_array_index (regs, i);
      json_builder_begin_object (b);
      add_int (b, "person_id", rs_registration_get_person_id (r));
      add_string (b, "pseudonym", rs_registration_get_pseudonym (r));
      add_string (b, "status", rs_registration_status_to_string (rs_registration_get_status (r)));
      add_int (b, "position", rs_registration_get_position (r));
      json_builder_set_member_name (b, "attended");
      if (rs_registration_get_attended (r) < 0)
        json_builder_add_null_value (b);
      else
        json_builder_add_boolean_value (b, rs_registration_get_attended (r) == 1);
      add_id (b, "table", rs_registration_get_table_no (r));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "attendance");
  json_builder_begin_object (b);
  add_int (b, "registered", rs_session_get_registered (session));
  add_int (b, "waiting", rs_session_get_waiting (session));
  add_int (b, "present", rs_session_get_attended (session));
  json_builder_set_member_name (b, "per_category");
  json_builder_begin_array (b);
  for (guint i = 0; i < stats->len; i++)
    {
      RsAttendanceStat *st = g_ptr_array_index (stats, i);
      json_builder_begin_object (b);
      add_string (b, "category", rs_attendance_stat_get_category (st));
      add_string (b, "value", rs_attendance_stat_get_value (st));
      add_int (b, "registered", rs_attendance_stat_get_registered (st));
      add_int (b, "present", rs_attendance_stat_get_attended (st));
      json_builder_set_member_name (b, "share");
      json_builder_add_double_value (b, rs_attendance_stat_get_share (st));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  rs_cli_print_json (root);
  return RS_CLI_OK;
}

static int
cmd_export_lab (int    argc,
                char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDocument) doc = NULL;
  g_autoptr(RsContext) context = NULL;
  RsDocumentFormat format;
  gint64 lab_id = 0;
  int rc = prepare ("export lab",
                    _("Write the published summary of a lab (aggregates only) as PDF or HTML."), NULL,
                    export_entries, "lab", &opt_lab, &lab_id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (opt_format == NULL || !rs_document_format_from_string (opt_format, &format)
      || format == RS_DOCUMENT_FORMAT_ODT)
    return rs_cli_usage_error ("export lab", _("Give --format pdf or --format html."));
  if (opt_out == NULL)
    return rs_cli_usage_error ("export lab", _("No output file given; use --out FILE."));
  if ((rc = rs_cli_check_language ("export lab", opt_language)) >= 0)
    return rc;
  context = rs_context_new (db, NULL);
  doc = rs_session_report_lab_summary (db, lab_id, rs_context_get_small_cell_limit (context),
                                       opt_language, &error);
  if (doc == NULL || !rs_document_write (doc, format, opt_out, NULL, &error))
    return rs_cli_fail (error);
  g_print (_("Wrote %s\n"), opt_out);
  return RS_CLI_OK;
}

static int
cmd_evaluation (int    argc,
                char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsEvaluationFigures) fig = NULL;
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  const char *owner_type;
  gint64 owner_id = 0, eval_id;
  int rc;

  rc = rs_cli_parse_command ("evaluation",
                             _("Show the process evaluation of a panel or lab: contact hours, "
                               "attendance rate and drop-out per category, and the aggregated "
                               "questionnaire answers."),
                             NULL, 0, evaluation_entries, &opt_db, &argc, &argv);
  if (rc >= 0)
    return rc;
  if ((opt_panel == NULL) == (opt_lab == NULL))
    return rs_cli_usage_error ("evaluation", _("Give either --panel ID or --lab ID."));
  owner_type = opt_panel != NULL ? "panel" : "lab";
  if (!rs_cli_parse_id (opt_panel != NULL ? opt_panel : opt_lab, &owner_id))
    return rs_cli_usage_error ("evaluation", _("Give a valid id with --panel or --lab."));
  if ((db = rs_cli_open_database (opt_db, &error)) == NULL)
    return rs_cli_fail (error);
  if ((fig = rs_evaluation_compute (db, owner_type, owner_id, &error)) == NULL
      || (eval_id = rs_evaluation_ensure (db, owner_type, owner_id, &error)) == 0
      || (answers = rs_evaluation_answers (db, eval_id, &error)) == NULL)
    return rs_cli_fail (error);
  /* The process's engagement targets, planned against actual. */
  {
    gint64 process_id = rs_engagement_owner_process (db, owner_type, owner_id, &error);
    if (process_id == 0 || (targets = rs_engagement_targets_list (db, process_id, &error)) == NULL)
      return rs_cli_fail (error);
  }

  if (!opt_json)
    {
      g_print (_("Sessions: %d, contact hours: %.1f, attendance rate: %.1f %%\n"),
               fig->n_sessions, fig->contact_hours, 100.0 * fig->attendance_rate);
      if (fig->panel_summary != NULL)
        g_print ("%s\n", fig->panel_summary);
      for (guint i = 0; i < fig->per_category->len; i++)
        {
          RsEvaluationCategoryFigure *c = g_ptr_array_index (fig->per_category, i);
          /* Translators: category, value, attendance rate, drop-outs, people at the first session */
          g_print (_("  %s · %s: attendance %.1f %%, dropped out %d of %d\n"),
                   rs_evaluation_category_figure_get_category (c), rs_evaluation_category_figure_get_value (c),
                   100.0 * rs_evaluation_category_figure_get_attendance_rate (c),
                   rs_evaluation_category_figure_get_dropped (c), rs_evaluation_category_figure_get_started (c));
        }
      for (guint i = 0; i < targets->len; i++)
        {
          RsEngagementTarget *t = g_ptr_array_index (targets, i);
          g_autofree char *target = NULL;
          g_autofree char *actual = NULL;
          g_autofree char *gap = NULL;

          if (!t->has_target)
            continue;
          target = rs_engagement_format_value (t->kind, t->has_target, t->target);
          actual = rs_engagement_format_value (t->kind, t->has_actual, t->actual);
          gap = rs_engagement_format_gap (t);
          /* TRANSLATORS: an engagement target in "evaluation": kind (and district), target, actual, gap */
          g_print (_("Target %s%s%s: %s, actual %s, gap %s\n"), rs_target_kind_get_label (t->kind),
                   *t->district ? ", " : "", t->district, target, actual, gap);
        }
      return RS_CLI_OK;
    }
  {
    g_autoptr(JsonBuilder) b = json_builder_new ();
    g_autoptr(JsonNode) root = NULL;

    json_builder_begin_object (b);
    add_string (b, "owner_type", owner_type);
    add_int (b, "owner_id", owner_id);
    add_int (b, "sessions", fig->n_sessions);
    json_builder_set_member_name (b, "contact_hours");
    json_builder_add_double_value (b, fig->contact_hours);
    json_builder_set_member_name (b, "person_hours");
    json_builder_add_double_value (b, fig->person_hours);
    if (fig->panel_summary != NULL)
      add_string (b, "panel_summary", fig->panel_summary);
    json_builder_set_member_name (b, "attendance_rate");
    json_builder_add_double_value (b, fig->attendance_rate);
    json_builder_set_member_name (b, "per_category");
    json_builder_begin_array (b);
    for (guint i = 0; i < fig->per_category->len; i++)
      {
        RsEvaluationCategoryFigure *c = g_ptr_array_index (fig->per_category, i);
        json_builder_begin_object (b);
        add_string (b, "category", rs_evaluation_category_figure_get_category (c));
        add_string (b, "value", rs_evaluation_category_figure_get_value (c));
        add_int (b, "registrations", rs_evaluation_category_figure_get_registrations (c));
        add_int (b, "attendances", rs_evaluation_category_figure_get_attendances (c));
        json_builder_set_member_name (b, "attendance_rate");
        json_builder_add_double_value (b, rs_evaluation_category_figure_get_attendance_rate (c));
        add_int (b, "started", rs_evaluation_category_figure_get_started (c));
        add_int (b, "dropped_out", rs_evaluation_category_figure_get_dropped (c));
        json_builder_set_member_name (b, "dropout_rate");
        json_builder_add_double_value (b, rs_evaluation_category_figure_get_dropout_rate (c));
        json_builder_end_object (b);
      }
    json_builder_end_array (b);
    json_builder_set_member_name (b, "answers");
    json_builder_begin_array (b);
    for (guint i = 0; i < answers->len; i++)
      {
        RsEvaluationAnswer *a = g_ptr_array_index (answers, i);
        json_builder_begin_object (b);
        add_string (b, "question", rs_evaluation_answer_get_question (a));
        add_string (b, "answer", rs_evaluation_answer_get_answer (a));
        add_int (b, "count", rs_evaluation_answer_get_count (a));
        json_builder_set_member_name (b, "share");
        json_builder_add_double_value (b, rs_evaluation_answer_get_share (a));
        json_builder_end_object (b);
      }
    json_builder_end_array (b);
    json_builder_set_member_name (b, "engagement_targets");
    json_builder_begin_array (b);
    for (guint i = 0; i < targets->len; i++)
      {
        RsEngagementTarget *t = g_ptr_array_index (targets, i);
        if (!t->has_target)
          continue;
        json_builder_begin_object (b);
        add_string (b, "kind", rs_target_kind_to_string (t->kind));
        add_string (b, "district", t->district);
        json_builder_set_member_name (b, "target");
        json_builder_add_double_value (b, t->target);
        json_builder_set_member_name (b, "actual");
        if (t->has_actual)
          json_builder_add_double_value (b, t->actual);
        else
          json_builder_add_null_value (b);
        json_builder_set_member_name (b, "gap");
        if (t->has_actual)
          json_builder_add_double_value (b, t->actual - t->target);
        else
          json_builder_add_null_value (b);
        json_builder_end_object (b);
      }
    json_builder_end_array (b);
    json_builder_end_object (b);
    root = json_builder_get_root (b);
    rs_cli_print_json (root);
  }
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_sessions_commands[] = {
  { "sessions", N_("List the meetings of a budget process"), cmd_sessions },
  { "labs", N_("List the labs of a budget process"), cmd_labs },
  { "session attendance", N_("Mark attendance from a CSV file of pseudonyms or source ids"), cmd_session_attendance },
  { "session attend", N_("Mark people present by pseudonym, number or source id"), cmd_session_attend },
  { "session register", N_("Register people for a meeting"), cmd_session_register },
  { "session show", N_("Show a meeting with attendance per category"), cmd_session_show },
  { "export lab", N_("Write a lab summary as PDF or HTML"), cmd_export_lab },
  { "evaluation", N_("Show the evaluation figures of a panel or lab"), cmd_evaluation },
  { NULL }
};
