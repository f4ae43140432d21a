/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-hearings"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cli.h"
#include "rs-cycle-check.h"
#include "rs-date.h"
#include "rs-hearing-import.h"
#include "rs-hearing-store.h"
#include "rs-response-store.h"
#include "rs-whitebook.h"

/* raadslag-cli hearing create | hearing import | hearing responses |
 * hearing response edit|delete|restore | export whitebook */

static char *opt_db;
static char *opt_process;
static char *opt_round;
static char *opt_title;
static char *opt_start;
static char *opt_deadline;
static gboolean opt_json;
static char *opt_format;
static char *opt_out;
static gboolean opt_show_private;
static char *opt_order;
static char *opt_map;
static char *opt_received;
static gboolean opt_review;
static char *opt_id;
static char *opt_sender;
static char *opt_email;
static char *opt_kind;
static char *opt_channel;
static gboolean opt_reviewed;
static char *opt_language;

static int
open_database (const char           *name,
               const char           *summary,
               const char           *parameters,
               const GOptionEntry   *entries,
               int                  *argc,
               char               ***argv,
               gboolean              allow_args,
               RsDatabase          **db_out)
{
  return rs_cli_open_command (name, summary, parameters, allow_args ? -1 : 0, entries, &opt_db,
                              argc, argv, db_out);
}

static int
parse_round (const char *name,
             gint64     *round_id)
{
  if (opt_round == NULL || !rs_cli_parse_id (opt_round, round_id))
    return rs_cli_usage_error (name, _("Give the hearing round with --round ID."));
  return -1;
}

static int
cmd_create (int    argc,
            char **argv)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
    { "process", 0, 0, G_OPTION_ARG_STRING, &opt_process, N_("Budget process id"), N_("ID") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &opt_title, N_("Title of the hearing round"), N_("TEXT") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &opt_start, N_("First day (YYYY-MM-DD)"), N_("DATE") },
    { "deadline", 0, 0, G_OPTION_ARG_STRING, &opt_deadline, N_("Deadline (YYYY-MM-DD)"), N_("DATE") },
    { NULL }
  };
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsHearingRound) round = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  gint64 process_id;
  int rc = open_database ("hearing create", _("Create a hearing round and print its id."), NULL,
                          entries, &argc, &argv, FALSE, &db);

  if (rc >= 0)
    return rc;
  if (opt_process == NULL || !rs_cli_parse_id (opt_process, &process_id))
    return rs_cli_usage_error ("hearing create", _("Give the budget process with --process ID."));
  if (opt_title == NULL || opt_start == NULL || opt_deadline == NULL)
    return rs_cli_usage_error ("hearing create", _("Give --title, --start and --deadline."));
  round = rs_hearing_round_store_create (db, process_id, opt_title, opt_start, opt_deadline, &error);
  if (round == NULL)
    return rs_cli_fail (error);
  warnings = rs_hearing_round_check (db, round, RS_DEFAULT_MIN_HEARING_DAYS, NULL);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    g_printerr (_("Warning: %s\n"), (const char *) g_ptr_array_index (warnings, i));
  g_print ("%" G_GINT64_FORMAT "\n", rs_hearing_round_get_id (round));
  return RS_CLI_OK;
}

static int
cmd_import (int    argc,
            char **argv)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &opt_round, N_("Hearing round id"), N_("ID") },
    { "map", 0, 0, G_OPTION_ARG_STRING, &opt_map,
      N_("Columns of the CSV files: sender=COL,type=COL,received=COL,channel=COL,text=COL "
         "(COL is a header name or a column number)"), N_("MAPPING") },
    { "received", 0, 0, G_OPTION_ARG_STRING, &opt_received,
      N_("The date the files were received (YYYY-MM-DD), for every response in them"), N_("DATE") },
    { NULL }
  };
  RsHearingImportReport report = { 0 };
  RsHearingImportOptions options = { NULL };
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) mappings = NULL;
  g_autofree char *received = NULL;
  gint64 round_id;
  int count;
  int rc = open_database ("hearing import",
                          _("Import response files (plain text, e-mail, PDF or CSV) into a hearing "
                            "round: all files or none."),
                          _("FILE…"), entries, &argc, &argv, TRUE, &db);

  if (rc >= 0)
    return rc;
  if ((rc = parse_round ("hearing import", &round_id)) >= 0)
    return rc;
  if (argc < 2)
    return rs_cli_usage_error ("hearing import", _("Give at least one file to import."));
  if (opt_map != NULL)
    {
      mappings = g_ptr_array_new_with_free_func (g_free);
      for (int i = 1; i < argc; i++)
        {
          g_autoptr(RsCsv) head = rs_hearing_import_read_csv_head (argv[i], 0, &error);
          RsCsvMapping *mapping = g_new (RsCsvMapping, 1);

          g_ptr_array_add (mappings, mapping);
          if (head == NULL ||
              !rs_csv_mapping_parse (mapping, opt_map,
                                     (const char * const *) g_ptr_array_index (head->rows, 0), &error))
            {
              g_printerr (_("Nothing was imported.\n"));
              return rs_cli_fail (error);
            }
        }
    }
  if (opt_received != NULL)
    {
      /* Any form the date module reads ("19.09.2026"), stored as ISO. */
      received = rs_date_normalize (opt_received, &error);
      if (received == NULL)
        {
          g_autofree char *message = g_strdup_printf ("%s %s", error->message,
                                                      _("Give the received date as YYYY-MM-DD."));
          return rs_cli_usage_error ("hearing import", message);
        }
      options.received = received;
    }
  count = rs_hearing_import_files_full (db, round_id, (const char * const *) argv + 1,
                                        mappings ? (const RsCsvMapping * const *) mappings->pdata : NULL,
                                        &options, &report, NULL, NULL, NULL, &error);
  if (count < 0)
    {
      rs_hearing_import_report_clear (&report);
      g_printerr (_("Nothing was imported.\n"));
      return rs_cli_fail (error);
    }
  for (guint i = 0; i < report.notes->len; i++)
    g_print (_("Note: %s\n"), (const char *) g_ptr_array_index (report.notes, i));
  g_print (ngettext ("Imported %d response.\n", "Imported %d responses.\n", count), count);
  if (report.skipped > 0)
    g_print (ngettext ("Skipped %d response already in the round.\n",
                       "Skipped %d responses already in the round.\n", report.skipped), report.skipped);
  if (report.review > 0)
    g_print (ngettext ("%d response needs review (see “hearing responses --review”).\n",
                       "%d responses need review (see “hearing responses --review”).\n", report.review),
             report.review);
  rs_hearing_import_report_clear (&report);
  return RS_CLI_OK;
}

static int
cmd_responses (int    argc,
               char **argv)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &opt_round, N_("Hearing round id"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
    { "review", 0, 0, G_OPTION_ARG_NONE, &opt_review, N_("Only the responses that need review"), NULL },
    { NULL }
  };
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(RsHearingRound) round = NULL;
  RsResponseFilter filter = { 0 };
  gint64 round_id;
  int rc = open_database ("hearing responses", _("List the responses of a hearing round."), NULL,
                          entries, &argc, &argv, FALSE, &db);

  if (rc >= 0)
    return rc;
  if ((rc = parse_round ("hearing responses", &round_id)) >= 0)
    return rc;
  filter.status = opt_review ? "review" : NULL;
  if ((round = rs_hearing_round_store_get (db, round_id, &error)) == NULL ||
      (list = rs_response_store_search (db, round_id, &filter, &error)) == NULL)
    return rs_cli_fail (error);

  if (opt_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
        {
          g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (list), i);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, rs_hearing_response_get_id (r));
          json_builder_set_member_name (builder, "sender");
          json_builder_add_string_value (builder, rs_hearing_response_get_sender (r));
          json_builder_set_member_name (builder, "party_type");
          json_builder_add_string_value (builder, rs_hearing_response_get_party_type (r));
          json_builder_set_member_name (builder, "received");
          json_builder_add_string_value (builder, rs_hearing_response_get_received_on (r));
          json_builder_set_member_name (builder, "channel");
          json_builder_add_string_value (builder, rs_hearing_response_get_channel (r));
          json_builder_set_member_name (builder, "sender_email");
          json_builder_add_string_value (builder, rs_hearing_response_get_sender_email (r));
          json_builder_set_member_name (builder, "late");
          json_builder_add_boolean_value (builder, rs_hearing_response_get_late (r));
          json_builder_set_member_name (builder, "needs_review");
          json_builder_add_boolean_value (builder, rs_hearing_response_needs_review (r));
          json_builder_set_member_name (builder, "review_reason");
          {
            g_autofree char *why = rs_hearing_response_describe_review (r);
            json_builder_add_string_value (builder, why);
          }
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, rs_hearing_response_get_text (r));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *why = rs_hearing_response_describe_review (r);
      g_autofree char *flags = g_strjoin (rs_hearing_response_get_late (r) &&
                                          rs_hearing_response_needs_review (r) ? ", " : "",
                                          rs_hearing_response_get_late (r) ? _("late") : "",
                                          rs_hearing_response_needs_review (r) ? _("needs review") : "",
                                          NULL);
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\n", rs_hearing_response_get_id (r),
               rs_hearing_response_get_received_on (r), rs_hearing_response_get_party_type (r),
               *rs_hearing_response_get_sender (r) ? rs_hearing_response_get_sender (r) : _("(no sender)"),
               flags, why);
    }
  return RS_CLI_OK;
}

static int
cmd_response (int    argc,
              char **argv)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
    { "id", 0, 0, G_OPTION_ARG_STRING, &opt_id, N_("Response id (see “hearing responses”)"), N_("ID") },
    { "sender", 0, 0, G_OPTION_ARG_STRING, &opt_sender, N_("edit: the sender’s name"), N_("NAME") },
    { "email", 0, 0, G_OPTION_ARG_STRING, &opt_email, N_("edit: the sender’s e-mail address"), N_("ADDRESS") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &opt_kind, N_("edit: organisation or private"), N_("KIND") },
    { "received", 0, 0, G_OPTION_ARG_STRING, &opt_received, N_("edit: the received date (YYYY-MM-DD)"),
      N_("DATE") },
    { "channel", 0, 0, G_OPTION_ARG_STRING, &opt_channel,
      N_("edit: letter, email, meeting, phone or digital"), N_("CHANNEL") },
    { "reviewed", 0, 0, G_OPTION_ARG_NONE, &opt_reviewed, N_("edit: clear the review flag"), NULL },
    { NULL }
  };
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsHearingResponse) r = NULL;
  gint64 id;
  int rc = open_database ("hearing response",
                          _("Edit, delete or restore one response: edit (with the fields to change), "
                            "delete (kept for restore) or restore (undoes a delete)."),
                          _("edit|delete|restore"), entries, &argc, &argv, TRUE, &db);

  if (rc >= 0)
    return rc;
  if (argc != 2 || (!g_str_equal (argv[1], "edit") && !g_str_equal (argv[1], "delete") &&
                    !g_str_equal (argv[1], "restore")))
    return rs_cli_usage_error ("hearing response", _("Say what to do: edit, delete or restore."));
  if (opt_id == NULL || !rs_cli_parse_id (opt_id, &id))
    return rs_cli_usage_error ("hearing response", _("Give the response with --id ID."));

  if (g_str_equal (argv[1], "delete"))
    {
      if (!rs_response_store_delete (db, id, &error))
        return rs_cli_fail (error);
      g_print (_("Deleted response %lld. Undo with: raadslag-cli hearing response restore --id %lld\n"),
               (long long) id, (long long) id);
      return RS_CLI_OK;
    }
  if (g_str_equal (argv[1], "restore"))
    {
      if (!rs_response_store_restore (db, id, &error))
        return rs_cli_fail (error);
      g_print (_("Restored response %lld.\n"), (long long) id);
      return RS_CLI_OK;
    }

  if (opt_sender == NULL && opt_email == NULL && opt_kind == NULL && opt_received == NULL &&
      opt_channel == NULL && !opt_reviewed)
    return rs_cli_usage_error ("hearing response",
                               _("Give what to change: --sender, --email, --kind, --received, "
                                 "--channel or --reviewed."));
  if ((r = rs_response_store_get (db, id, &error)) == NULL)
    return rs_cli_fail (error);
  if (opt_sender != NULL)
    rs_hearing_response_set_sender (r, opt_sender);
  if (opt_email != NULL)
    rs_hearing_response_set_sender_email (r, opt_email);
  if (opt_kind != NULL)
    rs_hearing_response_set_party_type (r, opt_kind);
  if (opt_received != NULL)
    rs_hearing_response_set_received_on (r, opt_received);
  if (opt_channel != NULL)
    rs_hearing_response_set_channel (r, opt_channel);
  if (opt_reviewed)
    rs_hearing_response_set_review_reason (r, "");
  if (!rs_response_store_edit (db, r, &error))
    return rs_cli_fail (error);
  g_print (_("Saved response %lld.\n"), (long long) id);
  return RS_CLI_OK;
}

static int
cmd_export_whitebook (int    argc,
                      char **argv)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &opt_round, N_("Hearing round id"), N_("ID") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format, N_("pdf, odt or html"), N_("FORMAT") },
    { "out", 0, 0, G_OPTION_ARG_FILENAME, &opt_out, N_("Output file"), N_("FILE") },
    { "show-private-names", 0, 0, G_OPTION_ARG_NONE, &opt_show_private,
      N_("Name private citizens and keep their details (off by default)"), NULL },
    { "order", 0, 0, G_OPTION_ARG_STRING, &opt_order,
      N_("theme (points grouped by theme, the default) or response (every response in the order received)"),
      N_("ORDER") },
    RS_CLI_LANGUAGE_ENTRY (opt_language),
    { NULL }
  };
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  RsWhitebookOptions options = { FALSE, 5, RS_WHITEBOOK_ORDER_THEME };
  RsDocumentFormat format;
  gint64 round_id;
  int rc = open_database ("export whitebook", _("Write the white book of a hearing round."), NULL,
                          entries, &argc, &argv, FALSE, &db);

  if (rc >= 0)
    return rc;
  if ((rc = parse_round ("export whitebook", &round_id)) >= 0)
    return rc;
  if (opt_format == NULL || !rs_document_format_from_string (opt_format, &format))
    return rs_cli_usage_error ("export whitebook", _("Give --format pdf, odt or html."));
  if (opt_out == NULL)
    return rs_cli_usage_error ("export whitebook", _("Give the output file with --out FILE."));
  if (opt_order == NULL || g_str_equal (opt_order, "theme"))
    options.order = RS_WHITEBOOK_ORDER_THEME;
  else if (g_str_equal (opt_order, "response"))
    options.order = RS_WHITEBOOK_ORDER_RESPONSE;
  else
    return rs_cli_usage_error ("export whitebook", _("Give --order theme or response."));
  if ((rc = rs_cli_check_language ("export whitebook", opt_language)) >= 0)
    return rc;
  options.show_private_names = opt_show_private;
  options.language = opt_language;
  if (!rs_whitebook_export (db, round_id, &options, format, opt_out, NULL, NULL, NULL, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_hearings_commands[] = {
  { "hearing create", N_("Create a hearing round"), cmd_create },
  { "hearing import", N_("Import hearing responses from files"), cmd_import },
  { "hearing responses", N_("List the responses of a hearing round"), cmd_responses },
  { "hearing response", N_("Edit, delete or restore one hearing response"), cmd_response },
  { "export whitebook", N_("Write the white book of a hearing round"), cmd_export_whitebook },
  { NULL }
};
