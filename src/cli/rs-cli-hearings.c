/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-hearings"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cli.h"
#include "rs-cycle-check.h"
#include "rs-hearing-import.h"
#include "rs-hearing-store.h"
#include "rs-response-store.h"
#include "rs-whitebook.h"

/* raadslag-cli hearing create | hearing import | hearing responses | export whitebook */

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
    { NULL }
  };
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) mappings = NULL;
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
  count = rs_hearing_import_files_mapped (db, round_id, (const char * const *) argv + 1,
                                          mappings ? (const RsCsvMapping * const *) mappings->pdata : NULL,
                                          NULL, NULL, NULL, &error);
  if (count < 0)
    {
      g_printerr (_("Nothing was imported.\n"));
      return rs_cli_fail (error);
    }
  g_print (ngettext ("Imported %d response.\n", "Imported %d responses.\n", count), count);
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
    { NULL }
  };
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(RsHearingRound) round = NULL;
  gint64 round_id;
  int rc = open_database ("hearing responses", _("List the responses of a hearing round."), NULL,
                          entries, &argc, &argv, FALSE, &db);

  if (rc >= 0)
    return rc;
  if ((rc = parse_round ("hearing responses", &round_id)) >= 0)
    return rc;
  if ((round = rs_hearing_round_store_get (db, round_id, &error)) == NULL ||
      (list = rs_response_store_list (db, round_id, &error)) == NULL)
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
          json_builder_set_member_name (builder, "late");
          json_builder_add_boolean_value (builder, rs_hearing_response_get_late (r));
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
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", rs_hearing_response_get_id (r),
               rs_hearing_response_get_received_on (r), rs_hearing_response_get_party_type (r),
               rs_hearing_response_get_sender (r),
               rs_hearing_response_get_late (r) ? _("late") : "");
    }
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
  { "export whitebook", N_("Write the white book of a hearing round"), cmd_export_whitebook },
  { NULL }
};
