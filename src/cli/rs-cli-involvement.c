/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-involvement"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rs-cli.h"
#include "rs-districts.h"
#include "rs-engagement-targets.h"
#include "rs-invitations.h"
#include "rs-letters.h"

/* raadslag-cli districts [set|rename|remove|import|preset] |
 * addresses import | invitations draw | invitations replies import |
 * invitations rates | invitations to-pool */

#define SMALL_CELL_LIMIT 5

static char *opt_db;
static char *opt_process;
static char *opt_panel;
static char *opt_name;
static char *opt_to;
static char *opt_population;
static char *opt_households;
static char *opt_seed;
static char *opt_weights;
static gboolean opt_json;
static char *opt_kind;
static char *opt_district;
static char *opt_target;
static char *opt_actual;
static char *opt_out;
static char *opt_format;
static char *opt_session;
static char *opt_round;
static char *opt_sender;
static char *opt_subject;
static char *opt_body;
static gboolean opt_reset;

#define DB_ENTRY { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") }
#define PROCESS_ENTRY { "process", 0, 0, G_OPTION_ARG_STRING, &opt_process, N_("Budget process id"), N_("ID") }

static const GOptionEntry process_entries[] = {
  DB_ENTRY,
  PROCESS_ENTRY,
  { NULL }
};

static const GOptionEntry district_entries[] = {
  DB_ENTRY,
  PROCESS_ENTRY,
  { "name", 0, 0, G_OPTION_ARG_STRING, &opt_name, N_("Name of the district"), N_("TEXT") },
  { "population", 0, 0, G_OPTION_ARG_STRING, &opt_population, N_("Number of residents"), N_("N") },
  { "to", 0, 0, G_OPTION_ARG_STRING, &opt_to, N_("The new name"), N_("TEXT") },
  { NULL }
};

static const GOptionEntry draw_entries[] = {
  DB_ENTRY,
  PROCESS_ENTRY,
  { "households", 0, 0, G_OPTION_ARG_STRING, &opt_households, N_("Number of households to invite"), N_("N") },
  { "seed", 0, 0, G_OPTION_ARG_STRING, &opt_seed, N_("Seed of the lot (a new one is chosen and printed when left out)"), N_("SEED") },
  { "weights", 0, 0, G_OPTION_ARG_STRING, &opt_weights, N_("Oversample districts that answer less, e.g. Nørreby=2,Skovhuse=1.5"), N_("D=W,…") },
  { NULL }
};

static const GOptionEntry rates_entries[] = {
  DB_ENTRY,
  PROCESS_ENTRY,
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
  { NULL }
};

static const GOptionEntry pool_entries[] = {
  DB_ENTRY,
  { "panel", 0, 0, G_OPTION_ARG_STRING, &opt_panel, N_("Panel id"), N_("ID") },
  { NULL }
};

static const GOptionEntry target_entries[] = {
  DB_ENTRY,
  PROCESS_ENTRY,
  { "kind", 0, 0, G_OPTION_ARG_STRING, &opt_kind, N_("registrations, participants, parties-heard, youth-share, first-timers-share or digital-comments"), N_("KIND") },
  { "district", 0, 0, G_OPTION_ARG_STRING, &opt_district, N_("A district (participants only)"), N_("TEXT") },
  { "target", 0, 0, G_OPTION_ARG_STRING, &opt_target, N_("The target (a share in %)"), N_("N") },
  { "actual", 0, 0, G_OPTION_ARG_STRING, &opt_actual, N_("The actual, where Rådslag cannot measure it"), N_("N") },
  { NULL }
};

static const GOptionEntry letter_entries[] = {
  DB_ENTRY,
  PROCESS_ENTRY,
  { "kind", 0, 0, G_OPTION_ARG_STRING, &opt_kind, N_("invitation, confirmation, reserve, meeting, reminder, thank-you, you-said-we-did, receipt or answer"), N_("KIND") },
  { "out", 0, 0, G_OPTION_ARG_FILENAME, &opt_out, N_("Write the letters into this folder"), N_("DIR") },
  { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format, N_("pdf (default), odt or mbox"), N_("FORMAT") },
  { "panel", 0, 0, G_OPTION_ARG_STRING, &opt_panel, N_("Panel id (default: the process’s first)"), N_("ID") },
  { "session", 0, 0, G_OPTION_ARG_STRING, &opt_session, N_("Meeting id for the meeting invitation (default: the next)"), N_("ID") },
  { "round", 0, 0, G_OPTION_ARG_STRING, &opt_round, N_("Hearing round id for receipts and answers (default: the latest)"), N_("ID") },
  { "sender", 0, 0, G_OPTION_ARG_STRING, &opt_sender, N_("Who signs the letters (default: the municipality)"), N_("TEXT") },
  { NULL }
};

static const GOptionEntry template_entries[] = {
  DB_ENTRY,
  PROCESS_ENTRY,
  { "kind", 0, 0, G_OPTION_ARG_STRING, &opt_kind, N_("invitation, confirmation, reserve, meeting or thank-you"), N_("KIND") },
  { "subject", 0, 0, G_OPTION_ARG_STRING, &opt_subject, N_("The subject line"), N_("TEXT") },
  { "body", 0, 0, G_OPTION_ARG_FILENAME, &opt_body, N_("A UTF-8 text file with the letter"), N_("FILE") },
  { "reset", 0, 0, G_OPTION_ARG_NONE, &opt_reset, N_("Go back to the built-in template"), NULL },
  { NULL }
};

/* "25", "25 %" or "12,5"; FALSE otherwise. */
static gboolean
parse_number (const char *text,
              double     *out)
{
  g_autofree char *copy = NULL;
  char *end = NULL;

  if (text == NULL)
    return FALSE;
  copy = g_strstrip (g_strdelimit (g_strdup (text), ",", '.'));
  if (g_str_has_suffix (copy, "%"))
    copy[strlen (copy) - 1] = '\0';
  g_strstrip (copy);
  *out = g_ascii_strtod (copy, &end);
  return *copy != '\0' && *end == '\0' && *out >= 0;
}

static gboolean
parse_count (const char *text,
             gint64      max,
             gint64     *out)
{
  char *end = NULL;
  gint64 v;

  if (text == NULL || *text == '\0')
    return FALSE;
  v = g_ascii_strtoll (text, &end, 10);
  if (*end != '\0' || v < 0 || v > max)
    return FALSE;
  *out = v;
  return TRUE;
}

static GBytes *
load_file (const char  *arg,
           char       **base_out,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);

  *base_out = g_file_get_basename (file);
  return g_file_load_bytes (file, NULL, NULL, error);
}

static int
cmd_districts (int    argc,
               char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 process_id;
  int rc = rs_cli_open_command ("districts", _("List the districts of a process"), NULL, 0,
                                process_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id))
    return rs_cli_usage_error ("districts", _("Give the process with --process ID."));
  if ((list = rs_districts_list (db, process_id, &error)) == NULL)
    return rs_cli_fail (error);
  for (guint i = 0; i < list->len; i++)
    {
      RsDistrict *d = g_ptr_array_index (list, i);
      if (d->population >= 0)
        g_print ("%s\t%" G_GINT64_FORMAT "\n", d->name, d->population);
      else
        g_print ("%s\t\n", d->name);
    }
  return RS_CLI_OK;
}

static int
cmd_districts_set (int    argc,
                   char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  gint64 process_id, population = -1;
  int rc = rs_cli_open_command ("districts set", _("Add a district or set its population"), NULL,
                                0, district_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id) || opt_name == NULL)
    return rs_cli_usage_error ("districts set", _("Give --process ID and --name TEXT."));
  if (opt_population != NULL && !parse_count (opt_population, G_GINT64_CONSTANT (100000000),
                                              &population))
    return rs_cli_usage_error ("districts set", _("The population is a whole number."));
  if (!rs_districts_set (db, process_id, opt_name, population, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static int
cmd_districts_rename (int    argc,
                      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  gint64 process_id;
  int rc = rs_cli_open_command ("districts rename", _("Rename a district"), NULL, 0,
                                district_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id) || opt_name == NULL || opt_to == NULL)
    return rs_cli_usage_error ("districts rename", _("Give --process ID, --name TEXT and "
                                                     "--to TEXT."));
  if (!rs_districts_rename (db, process_id, opt_name, opt_to, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static int
cmd_districts_remove (int    argc,
                      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  gint64 process_id;
  int rc = rs_cli_open_command ("districts remove", _("Remove a district from the list"), NULL, 0,
                                district_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id) || opt_name == NULL)
    return rs_cli_usage_error ("districts remove", _("Give --process ID and --name TEXT."));
  if (!rs_districts_remove (db, process_id, opt_name, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

typedef gboolean (*CsvImporter) (RsDatabase *db,
                                  gint64      process_id,
                                  GBytes     *bytes,
                                  const char *file_name,
                                  guint      *n_imported,
                                  guint      *n_flagged,
                                  GError    **error);

/* The import commands: one CSV file into a process, counts printed. */
static int
import_csv (const char  *command,
            const char  *summary,
            CsvImporter  importer,
            int          argc,
            char       **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *base = NULL;
  gint64 process_id;
  guint n = 0, flagged = 0;
  int rc = rs_cli_open_command (command, summary, _("FILE.csv"), 1, process_entries, &opt_db, &argc,
                                &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id))
    return rs_cli_usage_error (command, _("Give the process with --process ID."));
  if ((bytes = load_file (argv[1], &base, &error)) == NULL ||
      !importer (db, process_id, bytes, base, &n, &flagged, &error))
    return rs_cli_fail (error);
  g_print (_("Imported %u, of which %u flagged for review.\n"), n, flagged);
  return RS_CLI_OK;
}

static int
cmd_districts_import (int    argc,
                      char **argv)
{
  return import_csv ("districts import", _("Import districts with their population from a CSV file"),
                     rs_districts_import_csv, argc, argv);
}

static int
cmd_districts_preset (int    argc,
                      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  gint64 process_id;
  guint n = 0;
  int rc = rs_cli_open_command ("districts preset", _("Add the preset districts of the "
                                                      "municipality"),
                                NULL, 0, process_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id))
    return rs_cli_usage_error ("districts preset", _("Give the process with --process ID."));
  if (!rs_districts_preset (db, process_id, &n, &error))
    return rs_cli_fail (error);
  g_print (ngettext ("Added %u district.\n", "Added %u districts.\n", n), n);
  return RS_CLI_OK;
}

static int
cmd_addresses_import (int    argc,
                      char **argv)
{
  return import_csv ("addresses import", _("Import the address list for the invitation draw"),
                     rs_invitations_import_addresses, argc, argv);
}

static int
cmd_invitations_draw (int    argc,
                      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GHashTable) weights = NULL;
  gint64 process_id, households, draw_id;
  guint64 seed;
  int rc = rs_cli_open_command ("invitations draw", _("Draw the households that get an "
                                                      "invitation, by district"),
                                NULL, 0, draw_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id) ||
      !parse_count (opt_households, G_MAXINT32, &households) || households == 0)
    return rs_cli_usage_error ("invitations draw", _("Give --process ID and --households N."));
  if (opt_seed != NULL)
    {
      char *end = NULL;
      seed = g_ascii_strtoull (opt_seed, &end, 10);
      if (*opt_seed == '\0' || *opt_seed == '-' || *end != '\0')
        return rs_cli_usage_error ("invitations draw", _("The seed is a whole number."));
    }
  else
    seed = ((guint64) g_random_int () << 32) | g_random_int ();
  if ((weights = rs_invitations_parse_weights (opt_weights, &error)) == NULL)
    return rs_cli_usage_error ("invitations draw", error->message);
  draw_id = rs_invitations_draw (db, process_id, (guint) households, seed, weights, &error);
  if (draw_id == 0)
    return rs_cli_fail (error);
  {
    g_autofree char *seed_text = g_strdup_printf ("%" G_GUINT64_FORMAT, seed);
    g_print (_("Draw %lld: %u households invited, seed %s.\n"), (long long) draw_id,
             (guint) households, seed_text);
  }
  {
    g_autoptr(RsInvitationRates) rates = rs_invitations_rates (db, process_id, &error);
    if (rates == NULL)
      return rs_cli_fail (error);
    for (guint i = 0; i < rates->districts->len; i++)
      {
        RsInvitationRate *r = g_ptr_array_index (rates->districts, i);
        g_print ("%s\t%u\n", r->label, r->invited);
      }
  }
  return RS_CLI_OK;
}

static int
cmd_draws (int    argc,
           char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GPtrArray) draws = NULL;
  gint64 process_id;
  int rc = rs_cli_open_command ("invitations draws", _("List the recorded invitation draws"), NULL,
                                0, process_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id))
    return rs_cli_usage_error ("invitations draws", _("Give the process with --process ID."));
  if ((draws = rs_invitations_list_draws (db, process_id, &error)) == NULL)
    return rs_cli_fail (error);
  for (guint i = 0; i < draws->len; i++)
    {
      RsInvitationDraw *d = g_ptr_array_index (draws, i);
      g_print ("%" G_GINT64_FORMAT "\t%s\t%u\t%s\t%s\t%s\t%s\n", d->id, d->created_at,
               d->households, d->seed, d->weights, d->input_sha256, d->allocation);
    }
  return RS_CLI_OK;
}

static int
cmd_replies_import (int    argc,
                    char **argv)
{
  return import_csv ("invitations replies import", _("Import the replies to the invitations"),
                     rs_invitations_import_replies, argc, argv);
}

static void
print_rate_row (const RsInvitationRate *r,
                const char             *label,
                gboolean                with_invited)
{
  g_autofree char *invited = rs_invitations_format_count (r->invited, SMALL_CELL_LIMIT);
  g_autofree char *replies = rs_invitations_format_count (r->replies, SMALL_CELL_LIMIT);
  g_autofree char *yes = rs_invitations_format_count (r->yes, SMALL_CELL_LIMIT);
  g_autofree char *reply_rate = rs_invitations_format_rate (r->replies, r->invited, SMALL_CELL_LIMIT);
  g_autofree char *yes_rate = rs_invitations_format_rate (r->yes, r->replies, SMALL_CELL_LIMIT);

  g_print ("%s\t%s\t%s\t%s\t%s\t%s\n", label, with_invited ? invited : "",
           replies, with_invited ? reply_rate : "", yes, yes_rate);
}

static void
add_rate_json (JsonBuilder            *b,
               const RsInvitationRate *r,
               gboolean                with_invited)
{
  /* Small cells are left out of the JSON as well. */
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "label");
  json_builder_add_string_value (b, r->label);
  if (with_invited && (r->invited >= SMALL_CELL_LIMIT || r->invited == 0))
    {
      json_builder_set_member_name (b, "invited");
      json_builder_add_int_value (b, r->invited);
    }
  if (r->replies >= SMALL_CELL_LIMIT || r->replies == 0)
    {
      json_builder_set_member_name (b, "replies");
      json_builder_add_int_value (b, r->replies);
    }
  if (r->yes >= SMALL_CELL_LIMIT || r->yes == 0)
    {
      json_builder_set_member_name (b, "yes");
      json_builder_add_int_value (b, r->yes);
    }
  json_builder_end_object (b);
}

static int
cmd_rates (int    argc,
           char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsInvitationRates) rates = NULL;
  gint64 process_id;
  int rc = rs_cli_open_command ("invitations rates", _("Show response rates per district and "
                                                       "per channel"),
                                NULL, 0, rates_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id))
    return rs_cli_usage_error ("invitations rates", _("Give the process with --process ID."));
  if ((rates = rs_invitations_rates (db, process_id, &error)) == NULL)
    return rs_cli_fail (error);
  if (opt_json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "draw");
      json_builder_add_int_value (b, rates->draw_id);
      json_builder_set_member_name (b, "total");
      add_rate_json (b, rates->total, TRUE);
      json_builder_set_member_name (b, "districts");
      json_builder_begin_array (b);
      for (guint i = 0; i < rates->districts->len; i++)
        add_rate_json (b, g_ptr_array_index (rates->districts, i), TRUE);
      json_builder_end_array (b);
      json_builder_set_member_name (b, "channels");
      json_builder_begin_array (b);
      for (guint i = 0; i < rates->channels->len; i++)
        add_rate_json (b, g_ptr_array_index (rates->channels, i), FALSE);
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }
  g_print ("%s\t%s\t%s\t%s\t%s\t%s\n", _("Group"), _("Invited"), _("Replies"), _("Reply rate"),
           _("Yes"), _("Yes of replies"));
  print_rate_row (rates->total, _("All"), TRUE);
  for (guint i = 0; i < rates->districts->len; i++)
    {
      RsInvitationRate *r = g_ptr_array_index (rates->districts, i);
      print_rate_row (r, *r->label ? r->label : _("(no district)"), TRUE);
    }
  for (guint i = 0; i < rates->channels->len; i++)
    {
      RsInvitationRate *r = g_ptr_array_index (rates->channels, i);
      /* TRANSLATORS: a reply channel in the rates table: "by e-mail", "by post" */
      print_rate_row (r, g_str_equal (r->label, "e-mail") ? _("By e-mail") : _("By post"), FALSE);
    }
  return RS_CLI_OK;
}

static int
cmd_to_pool (int    argc,
             char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  gint64 panel_id;
  guint n = 0;
  int rc = rs_cli_open_command ("invitations to-pool", _("Add the “yes” replies to the panel’s "
                                                         "recruitment pool"),
                                NULL, 0, pool_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_panel, &panel_id))
    return rs_cli_usage_error ("invitations to-pool", _("Give the panel with --panel ID."));
  if (!rs_invitations_to_pool (db, panel_id, &n, &error))
    return rs_cli_fail (error);
  g_print (ngettext ("Added %u person to the pool.\n", "Added %u people to the pool.\n", n), n);
  return RS_CLI_OK;
}

static int
cmd_targets_set (int    argc,
                 char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  gint64 process_id;
  RsTargetKind kind;
  double target = -1, actual = -1;
  int rc = rs_cli_open_command ("targets set", _("Set an engagement target of a process"), NULL,
                                0, target_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id) || !rs_target_kind_from_string (opt_kind, &kind))
    return rs_cli_usage_error ("targets set", _("Give --process ID and --kind KIND (registrations, "
                                                "participants, parties-heard, youth-share, "
                                                "first-timers-share or digital-comments)."));
  if ((opt_target == NULL && opt_actual == NULL) ||
      (opt_target != NULL && !parse_number (opt_target, &target)) ||
      (opt_actual != NULL && !parse_number (opt_actual, &actual)))
    return rs_cli_usage_error ("targets set", _("Give --target N or --actual N, a number of 0 or "
                                                "more."));
  if (!rs_engagement_targets_set (db, process_id, kind, opt_district, target, actual, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static int
cmd_targets_remove (int    argc,
                    char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  gint64 process_id;
  RsTargetKind kind;
  int rc = rs_cli_open_command ("targets remove", _("Remove an engagement target"), NULL, 0,
                                target_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id) || !rs_target_kind_from_string (opt_kind, &kind))
    return rs_cli_usage_error ("targets remove", _("Give --process ID and --kind KIND."));
  if (!rs_engagement_targets_remove (db, process_id, kind, opt_district, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static int
cmd_targets_show (int    argc,
                  char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 process_id;
  int rc = rs_cli_open_command ("targets show", _("Show engagement targets against actuals"), NULL,
                                0, rates_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id))
    return rs_cli_usage_error ("targets show", _("Give the process with --process ID."));
  if ((list = rs_engagement_targets_list (db, process_id, &error)) == NULL)
    return rs_cli_fail (error);
  if (opt_json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (b);
      for (guint i = 0; i < list->len; i++)
        {
          RsEngagementTarget *t = g_ptr_array_index (list, i);
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "kind");
          json_builder_add_string_value (b, rs_target_kind_to_string (t->kind));
          json_builder_set_member_name (b, "district");
          json_builder_add_string_value (b, t->district);
          json_builder_set_member_name (b, "target");
          if (t->has_target)
            json_builder_add_double_value (b, t->target);
          else
            json_builder_add_null_value (b);
          json_builder_set_member_name (b, "actual");
          if (t->has_actual)
            json_builder_add_double_value (b, t->actual);
          else
            json_builder_add_null_value (b);
          json_builder_set_member_name (b, "measured");
          json_builder_add_boolean_value (b, t->measured);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      root = json_builder_get_root (b);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }
  g_print ("%s\t%s\t%s\t%s\n", _("Target"), _("Planned"), _("Actual"), _("Gap"));
  for (guint i = 0; i < list->len; i++)
    {
      RsEngagementTarget *t = g_ptr_array_index (list, i);
      g_autofree char *target = rs_engagement_format_value (t->kind, t->has_target, t->target);
      g_autofree char *actual = rs_engagement_format_value (t->kind, t->has_actual, t->actual);
      g_autofree char *gap = rs_engagement_format_gap (t);
      g_autofree char *label = *t->district
        ? g_strdup_printf ("%s, %s", rs_target_kind_get_label (t->kind), t->district)
        : g_strdup (rs_target_kind_get_label (t->kind));

      g_print ("%s\t%s\t%s\t%s\n", label, target, actual, gap);
    }
  return RS_CLI_OK;
}

static int
cmd_letters (int    argc,
             char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autofree char *path = NULL;
  gint64 process_id, panel_id = 0, session_id = 0;
  RsLetterKind kind;
  RsLetterFormat format = RS_LETTER_FORMAT_PDF;
  guint n = 0, skipped = 0;
  int rc = rs_cli_open_command ("letters", _("Write letters in Danish as PDF, ODT or mbox drafts"),
                                NULL, 0, letter_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id) || !rs_letter_kind_from_string (opt_kind, &kind) ||
      opt_out == NULL)
    return rs_cli_usage_error ("letters", _("Give --process ID, --kind KIND (invitation, "
                                            "confirmation, reserve, meeting, reminder, thank-you, "
                                            "you-said-we-did, receipt or answer) and --out DIR."));
  if (opt_format != NULL && !rs_letter_format_from_string (opt_format, &format))
    return rs_cli_usage_error ("letters", _("The format is pdf, odt or mbox."));
  if ((opt_panel != NULL && !rs_cli_parse_id (opt_panel, &panel_id)) ||
      (opt_session != NULL && !rs_cli_parse_id (opt_session, &session_id)))
    return rs_cli_usage_error ("letters", _("Give the panel and meeting as numeric ids."));
  if (opt_round != NULL && !rs_cli_parse_id (opt_round, &session_id))
    return rs_cli_usage_error ("letters", _("Give the hearing round as a numeric id."));
  if (opt_round != NULL && kind != RS_LETTER_RECEIPT && kind != RS_LETTER_ANSWER)
    return rs_cli_usage_error ("letters", _("--round is for receipts and answers."));
  if (!rs_letters_write (db, process_id, kind, panel_id, session_id, format, opt_out, opt_sender,
                         &path, &n, &skipped, NULL, &error))
    return rs_cli_fail (error);
  g_print (ngettext ("Wrote %u letter to %s.\n", "Wrote %u letters to %s.\n", n), n, path);
  if (skipped > 0)
    g_print (ngettext ("%u recipient has no e-mail address and needs a printed letter.\n",
                       "%u recipients have no e-mail address and need a printed letter.\n",
                       skipped), skipped);
  return RS_CLI_OK;
}

static int
cmd_letters_template (int    argc,
                      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autofree char *subject = NULL, *body = NULL;
  gint64 process_id;
  RsLetterKind kind;
  gboolean custom = FALSE;
  int rc = rs_cli_open_command ("letters template", _("Show or change a letter template"), NULL, 0,
                                template_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id) || !rs_letter_kind_from_string (opt_kind, &kind))
    return rs_cli_usage_error ("letters template", _("Give --process ID and --kind KIND."));
  if (opt_reset)
    {
      if (!rs_letters_set_template (db, process_id, kind, NULL, NULL, &error))
        return rs_cli_fail (error);
      return RS_CLI_OK;
    }
  if (opt_subject != NULL || opt_body != NULL)
    {
      g_autofree char *text = NULL;

      if (opt_subject == NULL || opt_body == NULL)
        return rs_cli_usage_error ("letters template", _("Give both --subject TEXT and --body FILE."));
      if (!g_file_get_contents (opt_body, &text, NULL, &error))
        return rs_cli_fail (error);
      if (!g_utf8_validate (text, -1, NULL))
        return rs_cli_usage_error ("letters template", _("The letter file must be UTF-8 text."));
      if (!rs_letters_set_template (db, process_id, kind, opt_subject, text, &error))
        return rs_cli_fail (error);
      return RS_CLI_OK;
    }
  if (!rs_letters_get_template (db, process_id, kind, &subject, &body, &custom, &error))
    return rs_cli_fail (error);
  g_print ("%s\n\n%s\n", subject, body);
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_involvement_commands[] = {
  { "districts", N_("List the districts of a process with their population"), cmd_districts },
  { "districts set", N_("Add a district or set its population"), cmd_districts_set },
  { "districts rename", N_("Rename a district"), cmd_districts_rename },
  { "districts remove", N_("Remove a district from the list"), cmd_districts_remove },
  { "districts import", N_("Import districts with their population from a CSV file"), cmd_districts_import },
  { "districts preset", N_("Add the preset districts of the municipality"), cmd_districts_preset },
  { "addresses import", N_("Import the address list for the invitation draw"), cmd_addresses_import },
  { "invitations draw", N_("Draw the households that get an invitation, by district"), cmd_invitations_draw },
  { "invitations draws", N_("List the recorded invitation draws"), cmd_draws },
  { "invitations replies import", N_("Import the replies to the invitations"), cmd_replies_import },
  { "invitations rates", N_("Show response rates per district and per channel"), cmd_rates },
  { "invitations to-pool", N_("Add the “yes” replies to the panel’s recruitment pool"), cmd_to_pool },
  { "targets set", N_("Set an engagement target (or an actual Rådslag cannot measure)"), cmd_targets_set },
  { "targets remove", N_("Remove an engagement target"), cmd_targets_remove },
  { "targets show", N_("Show engagement targets: planned, actual and gap"), cmd_targets_show },
  { "letters", N_("Write letters in Danish as PDF, ODT or mbox drafts"), cmd_letters },
  { "letters template", N_("Show or change a letter template"), cmd_letters_template },
  { NULL }
};
