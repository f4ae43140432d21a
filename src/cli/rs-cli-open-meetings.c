/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-open-meetings"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rs-cli.h"
#include "rs-open-meeting-import.h"
#include "rs-open-meeting-store.h"
#include "rs-open-representation.h"
#include "rs-session-store.h"

/* raadslag-cli event registrations import|export|list|add|cancel,
 * event attend, event representation, event target: open meetings with
 * public registration. */

#define SMALL_CELL_LIMIT 5

static char *opt_db;
static char *opt_session;
static char *opt_process;
static char *opt_registration;
static char *opt_out;
static char *opt_name;
static char *opt_email;
static char *opt_phone;
static char *opt_age;
static char *opt_district;
static char *opt_heard;
static char *opt_first;
static char *opt_ages;
static double opt_share = -1;
static gboolean opt_with_contacts;
static gboolean opt_duplicates;
static gboolean opt_json;
static gboolean opt_absent;
static gboolean opt_remove;
static gboolean opt_reminders;

#define DB_ENTRY { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") }
#define SESSION_ENTRY { "session", 0, 0, G_OPTION_ARG_STRING, &opt_session, N_("Session id"), N_("ID") }

static char *opt_title;
static char *opt_kind;
static char *opt_starts;
static char *opt_place;
static int opt_capacity;

static const GOptionEntry create_entries[] = {
  DB_ENTRY,
  { "process", 0, 0, G_OPTION_ARG_STRING, &opt_process, N_("Budget process id"), N_("ID") },
  { "title", 0, 0, G_OPTION_ARG_STRING, &opt_title, N_("Title"), N_("TEXT") },
  { "kind", 0, 0, G_OPTION_ARG_STRING, &opt_kind,
    N_("welfare-meeting, youth-meeting, open-lab or open-meeting (the default)"), N_("KIND") },
  { "starts", 0, 0, G_OPTION_ARG_STRING, &opt_starts, N_("Start, e.g. 2026-09-17T17:00"), N_("TIME") },
  { "place", 0, 0, G_OPTION_ARG_STRING, &opt_place, N_("Place"), N_("TEXT") },
  { "capacity", 0, 0, G_OPTION_ARG_INT, &opt_capacity, N_("Seats (0: no limit)"), N_("N") },
  { NULL }
};

static const GOptionEntry import_entries[] = {
  DB_ENTRY,
  SESSION_ENTRY,
  { NULL }
};

static const GOptionEntry export_entries[] = {
  DB_ENTRY,
  SESSION_ENTRY,
  { "with-contacts", 0, 0, G_OPTION_ARG_NONE, &opt_with_contacts,
    N_("Include names, e-mail addresses and phone numbers (personal data)"), NULL },
  { "out", 0, 0, G_OPTION_ARG_FILENAME, &opt_out, N_("Output file"), N_("FILE") },
  { NULL }
};

static const GOptionEntry list_entries[] = {
  DB_ENTRY,
  SESSION_ENTRY,
  { "duplicates", 0, 0, G_OPTION_ARG_NONE, &opt_duplicates,
    N_("Only registrations flagged as duplicates or of participants registered for other meetings too"), NULL },
  { "with-contacts", 0, 0, G_OPTION_ARG_NONE, &opt_with_contacts,
    N_("Include names, e-mail addresses and phone numbers (personal data)"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
  { NULL }
};

static const GOptionEntry add_entries[] = {
  DB_ENTRY,
  SESSION_ENTRY,
  { "name", 0, 0, G_OPTION_ARG_STRING, &opt_name, N_("Name or initials"), N_("NAME") },
  { "email", 0, 0, G_OPTION_ARG_STRING, &opt_email, N_("E-mail address"), N_("ADDRESS") },
  { "phone", 0, 0, G_OPTION_ARG_STRING, &opt_phone, N_("Phone number"), N_("NUMBER") },
  { "age", 0, 0, G_OPTION_ARG_STRING, &opt_age, N_("Age or age band, e.g. 34 or 25-34"), N_("AGE") },
  { "district", 0, 0, G_OPTION_ARG_STRING, &opt_district, N_("District"), N_("DISTRICT") },
  { "heard", 0, 0, G_OPTION_ARG_STRING, &opt_heard, N_("How they heard of the meeting"), N_("TEXT") },
  { "first-time", 0, 0, G_OPTION_ARG_STRING, &opt_first, N_("First time taking part: yes or no"), N_("ANSWER") },
  { NULL }
};

static const GOptionEntry sent_entries[] = {
  DB_ENTRY,
  SESSION_ENTRY,
  { "reminders", 0, 0, G_OPTION_ARG_NONE, &opt_reminders,
    N_("Record reminders instead of confirmations"), NULL },
  { NULL }
};

static const GOptionEntry registration_entries[] = {
  DB_ENTRY,
  { "registration", 0, 0, G_OPTION_ARG_STRING, &opt_registration, N_("Registration id"), N_("ID") },
  { "absent", 0, 0, G_OPTION_ARG_NONE, &opt_absent, N_("Mark the person absent instead"), NULL },
  { NULL }
};

static const GOptionEntry representation_entries[] = {
  DB_ENTRY,
  SESSION_ENTRY,
  { "process", 0, 0, G_OPTION_ARG_STRING, &opt_process,
    N_("Budget process id: every open meeting of the process"), N_("ID") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
  { NULL }
};

static const GOptionEntry target_entries[] = {
  DB_ENTRY,
  SESSION_ENTRY,
  { "ages", 0, 0, G_OPTION_ARG_STRING, &opt_ages, N_("Age range, e.g. 15-24"), N_("FROM-TO") },
  { "share", 0, 0, G_OPTION_ARG_DOUBLE, &opt_share, N_("Target share in percent"), N_("PERCENT") },
  { "remove", 0, 0, G_OPTION_ARG_NONE, &opt_remove, N_("Remove the meeting’s target"), NULL },
  { NULL }
};

static int
open_with_session (const char          *name,
                   const char          *summary,
                   const char          *parameter,
                   int                  n_positional,
                   const GOptionEntry  *entries,
                   gint64              *session_id,
                   int                 *argc,
                   char              ***argv,
                   RsDatabase         **db)
{
  int rc = rs_cli_parse_command (name, summary, parameter, n_positional, entries, &opt_db, argc, argv);
  g_autoptr(GError) error = NULL;

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id (name, "session", opt_session, session_id)) >= 0)
    return rc;
  if ((*db = rs_cli_open_database (opt_db, &error)) == NULL)
    return rs_cli_fail (error);
  return -1;
}

static int
cmd_create (int    argc,
            char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSession) info = rs_session_new ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *name = "event create";
  gint64 process_id = 0, id;
  int rc = rs_cli_parse_command (name, _("Create an open meeting that takes registrations from anyone."),
                                 NULL, 0, create_entries, &opt_db, &argc, &argv);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id (name, "process", opt_process, &process_id)) >= 0)
    return rc;
  if (opt_title == NULL || *opt_title == '\0')
    return rs_cli_usage_error (name, _("Give the meeting a --title."));
  if (opt_kind != NULL && !rs_session_kind_is_open (opt_kind))
    return rs_cli_usage_error (name, _("The kind is one of welfare-meeting, youth-meeting, open-lab and open-meeting."));
  if (opt_starts == NULL || (start = rs_session_parse_time (opt_starts, local)) == NULL)
    return rs_cli_usage_error (name, _("Give the start as --starts 2026-09-17T17:00."));
  if (opt_capacity < 0)
    return rs_cli_usage_error (name, _("The capacity is a number of seats, 0 for no limit."));
  if ((db = rs_cli_open_database (opt_db, &error)) == NULL)
    return rs_cli_fail (error);
  rs_session_set_process_id (info, process_id);
  rs_session_set_title (info, opt_title);
  rs_session_set_kind (info, opt_kind ? opt_kind : "open-meeting");
  rs_session_set_starts_at (info, opt_starts);
  rs_session_set_place (info, opt_place);
  rs_session_set_capacity (info, opt_capacity);
  if ((id = rs_session_store_create (db, info, &error)) == 0)
    return rs_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return RS_CLI_OK;
}

static int
cmd_import (int    argc,
            char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsRegistrationImportReport) report = rs_registration_import_report_new ();
  gint64 session_id = 0;
  int rc = open_with_session ("event registrations import",
                              _("Import the CSV exports of a registration form into an open "
                                "meeting. Importing a file again adds only new rows; odd rows are "
                                "imported and flagged for review; a broken file changes nothing."),
                              _("FILE…"), -1, import_entries, &session_id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (argc < 2)
    return rs_cli_usage_error ("event registrations import", _("Give at least one file."));
  if (!rs_open_meeting_import (db, session_id, (const char * const *) argv + 1, NULL, NULL, report,
                               NULL, &error))
    return rs_cli_fail (error);
  g_print (ngettext ("Read %u row.\n", "Read %u rows.\n", report->rows), report->rows);
  g_print (ngettext ("Added %u registration", "Added %u registrations", report->added), report->added);
  g_print (_(" (%u on the waiting list, %u flagged for review, %u likely duplicates in this meeting, "
             "%u also registered for other meetings).\n"),
           report->waiting, report->review, report->duplicates, report->across);
  if (report->already > 0)
    g_print (ngettext ("%u row was imported before and is skipped.\n",
                       "%u rows were imported before and are skipped.\n", report->already),
             report->already);
  for (guint i = 0; i < report->notes->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (report->notes, i));
  return RS_CLI_OK;
}

static int
cmd_export (int    argc,
            char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  gint64 session_id = 0;
  int rc = open_with_session ("event registrations export",
                              _("Write an open meeting’s registrations as CSV, by pseudonym; names "
                                "and contacts only with --with-contacts."),
                              NULL, 0, export_entries, &session_id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((csv = rs_open_meeting_export_csv (db, session_id, opt_with_contacts, &error)) == NULL)
    return rs_cli_fail (error);
  if (opt_out != NULL)
    {
      if (!g_file_set_contents (opt_out, csv, -1, &error))
        return rs_cli_fail (error);
    }
  else
    g_print ("%s", csv);
  return RS_CLI_OK;
}

/* @text padded with spaces to @width characters (not bytes: Danish
 * letters are two bytes in UTF-8). */
static void
append_padded (GString    *out,
               const char *text,
               int         width)
{
  long n = g_utf8_strlen (text, -1);

  g_string_append (out, text);
  for (; n < width; n++)
    g_string_append_c (out, ' ');
  g_string_append_c (out, ' ');
}

static const char *
status_label (int status)
{
  switch (status)
    {
    case RS_REGISTRATION_REGISTERED: return _("registered");
    case RS_REGISTRATION_WAITING: return _("waiting");
    case RS_REGISTRATION_CANCELLED:
    default: return _("cancelled");
    }
}

static int
cmd_list (int    argc,
          char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) regs = NULL;
  gint64 session_id = 0;
  int rc = open_with_session ("event registrations list",
                              _("List an open meeting’s registrations: registered, then the waiting "
                                "list, then cancelled."),
                              NULL, 0, list_entries, &session_id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((regs = rs_open_meeting_store_list_session (db, session_id, opt_duplicates, &error)) == NULL)
    return rs_cli_fail (error);
  if (opt_json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (b);
      for (guint i = 0; i < regs->len; i++)
        {
          RsOpenRegistration *r = g_ptr_array_index (regs, i);
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_int_value (b, rs_open_registration_get_id (r));
          json_builder_set_member_name (b, "pseudonym");
          json_builder_add_string_value (b, rs_open_registration_get_pseudonym (r));
          if (opt_with_contacts)
            {
              json_builder_set_member_name (b, "name");
              json_builder_add_string_value (b, rs_open_registration_get_name (r));
              json_builder_set_member_name (b, "email");
              json_builder_add_string_value (b, rs_open_registration_get_email (r));
              json_builder_set_member_name (b, "phone");
              json_builder_add_string_value (b, rs_open_registration_get_phone (r));
            }
          json_builder_set_member_name (b, "status");
          json_builder_add_string_value (b, rs_registration_status_to_string (rs_open_registration_get_status (r)));
          json_builder_set_member_name (b, "position");
          json_builder_add_int_value (b, rs_open_registration_get_position (r));
          json_builder_set_member_name (b, "age_band");
          json_builder_add_string_value (b, rs_open_registration_get_age_band (r));
          json_builder_set_member_name (b, "district");
          json_builder_add_string_value (b, rs_open_registration_get_district (r));
          json_builder_set_member_name (b, "attended");
          if (rs_open_registration_get_attended (r) < 0)
            json_builder_add_null_value (b);
          else
            json_builder_add_boolean_value (b, rs_open_registration_get_attended (r) == 1);
          json_builder_set_member_name (b, "meetings");
          json_builder_add_int_value (b, rs_open_registration_get_meetings (r));
          json_builder_set_member_name (b, "review");
          json_builder_add_string_value (b, rs_open_registration_get_review_note (r));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      root = json_builder_get_root (b);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }
  for (guint i = 0; i < regs->len; i++)
    {
      RsOpenRegistration *r = g_ptr_array_index (regs, i);
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "%-6" G_GINT64_FORMAT " ", rs_open_registration_get_id (r));
      append_padded (line, rs_open_registration_get_pseudonym (r), 7);
      if (opt_with_contacts)
        {
          append_padded (line, rs_open_registration_get_name (r), 24);
          append_padded (line, rs_open_registration_get_email (r), 28);
          append_padded (line, rs_open_registration_get_phone (r), 15);
        }
      append_padded (line, status_label (rs_open_registration_get_status (r)), 10);
      append_padded (line, rs_open_registration_get_age_band (r), 6);
      append_padded (line, rs_open_registration_get_district (r), 15);
      if (*rs_open_registration_get_other_meetings (r))
        g_string_append_printf (line, " %s %s", _("also:"), rs_open_registration_get_other_meetings (r));
      if (*rs_open_registration_get_review_note (r))
        g_string_append_printf (line, " [%s: %s]", _("review"), rs_open_registration_get_review_note (r));
      g_print ("%s\n", line->str);
    }
  return RS_CLI_OK;
}

static int
cmd_add (int    argc,
         char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsOpenRegistration) info = rs_open_registration_new ();
  RsRegistrationStatus status = RS_REGISTRATION_REGISTERED;
  gint64 session_id = 0, id;
  int rc = open_with_session ("event registrations add",
                              _("Register a member of the public for an open meeting (typed in)."),
                              NULL, 0, add_entries, &session_id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  rs_open_registration_set_name (info, opt_name);
  rs_open_registration_set_email (info, opt_email);
  rs_open_registration_set_phone (info, opt_phone);
  if (opt_age != NULL)
    {
      g_autofree char *band = rs_open_meeting_age_band (opt_age);
      if (band == NULL)
        return rs_cli_usage_error ("event registrations add",
                                   _("Give the age in years or as a band such as 25-34."));
      rs_open_registration_set_age_band (info, band);
    }
  rs_open_registration_set_district (info, opt_district);
  rs_open_registration_set_heard_via (info, opt_heard);
  if (opt_first != NULL)
    {
      if (g_ascii_strcasecmp (opt_first, "yes") == 0 || g_ascii_strcasecmp (opt_first, "ja") == 0)
        rs_open_registration_set_first_time (info, 1);
      else if (g_ascii_strcasecmp (opt_first, "no") == 0 || g_ascii_strcasecmp (opt_first, "nej") == 0)
        rs_open_registration_set_first_time (info, 0);
      else
        return rs_cli_usage_error ("event registrations add", _("Answer --first-time with yes or no."));
    }
  if ((id = rs_open_meeting_store_add (db, session_id, info, &status, &error)) == 0)
    return rs_cli_fail (error);
  if (status == RS_REGISTRATION_WAITING)
    g_print (_("Registration %lld is on the waiting list.\n"), (long long) id);
  else
    g_print (_("Registration %lld is registered.\n"), (long long) id);
  return RS_CLI_OK;
}

static int
cmd_sent (int    argc,
          char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 session_id = 0;
  guint n = 0;
  int rc = open_with_session ("event registrations sent",
                              _("Record today as the day confirmations (or, with --reminders, "
                                "reminders) were sent to the registered who have none yet, e.g. "
                                "after writing the meeting letters."),
                              NULL, 0, sent_entries, &session_id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_open_meeting_store_mark_sent (db, session_id, opt_reminders, &n, &error))
    return rs_cli_fail (error);
  g_print (ngettext ("Recorded for %u registration.\n", "Recorded for %u registrations.\n", n), n);
  return RS_CLI_OK;
}

static int
open_with_registration (const char          *name,
                        const char          *summary,
                        gint64              *id,
                        int                 *argc,
                        char              ***argv,
                        RsDatabase         **db)
{
  int rc = rs_cli_parse_command (name, summary, NULL, 0, registration_entries, &opt_db, argc, argv);
  g_autoptr(GError) error = NULL;

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id (name, "registration", opt_registration, id)) >= 0)
    return rc;
  if ((*db = rs_cli_open_database (opt_db, &error)) == NULL)
    return rs_cli_fail (error);
  return -1;
}

static int
cmd_cancel (int    argc,
            char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0, promoted = 0;
  int rc = open_with_registration ("event registrations cancel",
                                   _("Cancel a registration; the first on the waiting list gets the seat."),
                                   &id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_open_meeting_store_cancel (db, id, &promoted, &error))
    return rs_cli_fail (error);
  if (promoted != 0)
    g_print (_("Cancelled. Registration %lld moved up from the waiting list.\n"), (long long) promoted);
  else
    g_print (_("Cancelled.\n"));
  return RS_CLI_OK;
}

static int
cmd_erase (int    argc,
           char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pseudonym = NULL;
  gint64 id = 0;
  int rc = open_with_registration ("event participant erase",
                                   _("Erase, on request, the name and contacts of the participant of a "
                                     "registration (in every meeting); the pseudonym and the counts stay."),
                                   &id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_open_meeting_store_erase_participant (db, id, &pseudonym, &error))
    return rs_cli_fail (error);
  g_print (_("Erased the name and contacts of %s.\n"), pseudonym);
  return RS_CLI_OK;
}

static int
cmd_attend (int    argc,
            char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  int rc = open_with_registration ("event attend",
                                   _("Mark a public registration present (or absent with --absent)."),
                                   &id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_open_meeting_store_set_attended (db, id, opt_absent ? 0 : 1, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static int
cmd_representation (int    argc,
                    char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsOpenRepresentation) repr = NULL;
  gint64 session_id = 0, process_id = 0;
  const char *name = "event representation";
  int rc = rs_cli_parse_command (name,
                                 _("Show who registered for an open meeting (or, with --process, for "
                                   "all of a process’s open meetings) by age band and district, against "
                                   "the population; counts below 5 are not shown."),
                                 NULL, 0, representation_entries, &opt_db, &argc, &argv);

  if (rc >= 0)
    return rc;
  if (opt_process != NULL)
    {
      if ((rc = rs_cli_need_id (name, "process", opt_process, &process_id)) >= 0)
        return rc;
    }
  else if ((rc = rs_cli_need_id (name, "session", opt_session, &session_id)) >= 0)
    return rc;
  if ((db = rs_cli_open_database (opt_db, &error)) == NULL)
    return rs_cli_fail (error);
  if ((repr = rs_open_representation_load (db, process_id, session_id, &error)) == NULL)
    return rs_cli_fail (error);
  if (opt_json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "registered");
      json_builder_add_int_value (b, repr->registered);
      json_builder_set_member_name (b, "attended");
      json_builder_add_int_value (b, repr->attended);
      json_builder_set_member_name (b, "rows");
      json_builder_begin_array (b);
      for (guint i = 0; i < repr->rows->len; i++)
        {
          RsOpenReprRow *r = g_ptr_array_index (repr->rows, i);
          g_autofree char *count = rs_open_representation_count (r->registered, SMALL_CELL_LIMIT);
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "category");
          json_builder_add_string_value (b, r->category);
          json_builder_set_member_name (b, "value");
          json_builder_add_string_value (b, r->value);
          json_builder_set_member_name (b, "registered");
          json_builder_add_string_value (b, count);
          json_builder_set_member_name (b, "population_percent");
          if (r->population >= 0)
            json_builder_add_double_value (b, r->population);
          else
            json_builder_add_null_value (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      if (repr->has_target)
        {
          json_builder_set_member_name (b, "target");
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "ages");
          {
            g_autofree char *ages = g_strdup_printf ("%d-%d", repr->target_from, repr->target_to);
            json_builder_add_string_value (b, ages);
          }
          json_builder_set_member_name (b, "share");
          json_builder_add_double_value (b, repr->target_share);
          json_builder_set_member_name (b, "actual");
          if (repr->target_actual >= 0)
            json_builder_add_double_value (b, repr->target_actual);
          else
            json_builder_add_null_value (b);
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      rs_cli_print_json (root);
    }
  else
    {
      g_autofree char *text = rs_open_representation_to_text (repr, SMALL_CELL_LIMIT);
      g_print ("%s", text);
    }
  return RS_CLI_OK;
}

static int
cmd_target (int    argc,
            char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 session_id = 0;
  int from = 0, to = 0;
  int rc = open_with_session ("event target",
                              _("Set an open meeting’s own target: a share of participants in an age "
                                "range (a youth meeting’s 15–24)."),
                              NULL, 0, target_entries, &session_id, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (opt_remove)
    {
      if (!rs_open_meeting_store_set_target (db, session_id, 0, 0, -1, &error))
        return rs_cli_fail (error);
      return RS_CLI_OK;
    }
  if (opt_ages == NULL || sscanf (opt_ages, "%d-%d", &from, &to) != 2 || opt_share < 0)
    return rs_cli_usage_error ("event target", _("Give --ages FROM-TO and --share PERCENT."));
  if (!rs_open_meeting_store_set_target (db, session_id, from, to, opt_share, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_open_meetings_commands[] = {
  { "event create", N_("Create an open meeting (welfare meeting, youth meeting, open lab)"), cmd_create },
  { "event registrations import", N_("Import a registration form’s CSV into an open meeting"), cmd_import },
  { "event registrations export", N_("Write an open meeting’s registrations as CSV"), cmd_export },
  { "event registrations list", N_("List an open meeting’s registrations"), cmd_list },
  { "event registrations add", N_("Register a member of the public for an open meeting"), cmd_add },
  { "event registrations sent", N_("Record that confirmations or reminders were sent"), cmd_sent },
  { "event registrations cancel", N_("Cancel a public registration"), cmd_cancel },
  { "event participant erase", N_("Erase a member of the public’s name and contacts on request"), cmd_erase },
  { "event attend", N_("Mark a public registration present or absent"), cmd_attend },
  { "event representation", N_("Show an open meeting’s registrations by age and district"), cmd_representation },
  { "event target", N_("Set an open meeting’s own age target"), cmd_target },
  { NULL }
};
