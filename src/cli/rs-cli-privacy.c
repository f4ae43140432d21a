/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-privacy"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cli.h"
#include "rs-erasure.h"
#include "rs-person-ref.h"
#include "rs-process-store.h"
#include "rs-processing-record.h"
#include "rs-retention.h"
#include "rs-run-check.h"

/* raadslag-cli person erase | retention show | retention set |
 * retention apply | export processing-record | protocol verify */

static char *opt_db;
static char *opt_process;
static char *opt_panel;
static char *opt_person;
static char *opt_until;
static char *opt_format;
static char *opt_out;
static char *opt_language;
static int opt_months = -2;
static gboolean opt_default;
static gboolean opt_dry_run;
static gboolean opt_json;

#define DB_ENTRY { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") }
#define PROCESS_ENTRY { "process", 0, 0, G_OPTION_ARG_STRING, &opt_process, N_("Budget process id"), N_("ID") }

static const GOptionEntry erase_entries[] = {
  DB_ENTRY,
  { "person", 0, 0, G_OPTION_ARG_STRING, &opt_person, N_("Pseudonym (P-0001) or id in the source register"), N_("PERSON") },
  { "panel", 0, 0, G_OPTION_ARG_STRING, &opt_panel, N_("Panel id, when the pseudonym is in several panels"), N_("ID") },
  { NULL }
};

static const GOptionEntry show_entries[] = {
  DB_ENTRY, PROCESS_ENTRY,
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
  { NULL }
};

static const GOptionEntry set_entries[] = {
  DB_ENTRY, PROCESS_ENTRY,
  { "months", 0, 0, G_OPTION_ARG_INT, &opt_months, N_("Months after the evaluation"), N_("N") },
  { "default", 0, 0, G_OPTION_ARG_NONE, &opt_default, N_("Use the default number of months"), NULL },
  { "until", 0, 0, G_OPTION_ARG_STRING, &opt_until, N_("A fixed retention date instead (empty: none)"), N_("YYYY-MM-DD") },
  { NULL }
};

static const GOptionEntry apply_entries[] = {
  DB_ENTRY, PROCESS_ENTRY,
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, &opt_dry_run, N_("Only print what would be erased"), NULL },
  { NULL }
};

static const GOptionEntry record_entries[] = {
  DB_ENTRY, PROCESS_ENTRY,
  { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format, N_("pdf, odt or html"), N_("FORMAT") },
  { "out", 0, 0, G_OPTION_ARG_FILENAME, &opt_out, N_("Output file"), N_("FILE") },
  RS_CLI_LANGUAGE_ENTRY (opt_language),
  { NULL }
};

static const GOptionEntry verify_entries[] = {
  DB_ENTRY,
  { "panel", 0, 0, G_OPTION_ARG_STRING, &opt_panel, N_("Panel id"), N_("ID") },
  { NULL }
};

static int
default_months (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema =
    source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = schema ? g_settings_new (APP_ID) : NULL;

  return rs_retention_default_months (settings);
}

static void
print_counts (const RsErasureCounts *c)
{
  g_print (_("  pool members and registrants: %d\n"), c->persons);
  g_print (_("  private hearing responses: %d (original files deleted: %d, coded excerpts redacted: %d)\n"),
           c->responses, c->attachments, c->points);
  if (c->others > 0)
    g_print (_("  other records (proposers in participatory budgeting, deleted responses kept for undo): %d\n"),
             c->others);
}

static void
warn_backups (RsDatabase *db)
{
  g_auto(GStrv) backups = rs_erasure_list_backups (db);

  for (guint i = 0; backups[i]; i++)
    g_printerr (_("Note: the backup copy “%s” made before an upgrade still holds the data it held; "
                  "delete it if it is no longer needed.\n"), backups[i]);
}

static int
cmd_person_erase (int    argc,
                  char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPersonRef) ref = NULL;
  RsErasureCounts counts = { 0 };
  gint64 panel_id = 0, person_id;
  int rc = rs_cli_open_command ("person erase",
                                _("Erase one person's personal data on request (GDPR art. 17), keeping "
                                  "the pseudonym and category values."),
                                NULL, 0, erase_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (opt_person == NULL || *opt_person == '\0')
    return rs_cli_usage_error ("person erase", _("Give --person with a pseudonym such as P-0001."));
  if (opt_panel != NULL && (rc = rs_cli_need_id ("person erase", "panel", opt_panel, &panel_id)) >= 0)
    return rc;
  ref = rs_person_ref_resolve (db, 0, panel_id, opt_person, RS_PERSON_REF_ANY, &error);
  if (ref == NULL)
    return rs_cli_fail (error);
  person_id = ref->person_id;
  if (!rs_erasure_erase_person (db, person_id, RS_ERASURE_REASON_REQUEST, &counts, &error))
    return rs_cli_fail (error);
  if (counts.persons == 0)
    {
      g_print (_("The personal data of %s were already erased; nothing was changed.\n"), opt_person);
      return RS_CLI_OK;
    }
  g_print (_("Erased the personal data of %s: name, address, e-mail, phone, id in the source register "
             "and notes. The pseudonym, category values, status and attendance are kept.\n"), opt_person);
  warn_backups (db);
  return RS_CLI_OK;
}

static void
print_retention (RsRetention *r,
                 RsProcess   *process)
{
  g_print ("%" G_GINT64_FORMAT "\t%s\t", r->process_id, rs_process_get_name (process));
  if (r->until == NULL)
    g_print ("%s", _("no retention date (the evaluation has no date)"));
  else
    g_print ("%s", r->until);
  if (r->until_override)
    g_print (" (%s)", _("fixed date"));
  else
    g_print (" (%s)", r->months_is_default ? _("default months") : _("months set for the process"));
  if (r->erased_at && r->pending == 0)
    g_print ("\t%s %s", _("erased on"), r->erased_at);
  else if (r->passed)
    g_print ("\t%s", _("PASSED: personal data should be erased"));
  g_print ("\n");
}

static int
cmd_retention_show (int    argc,
                    char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) processes = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  gint64 only = 0;
  int rc = rs_cli_open_command ("retention show",
                                _("Show each budget process's retention date for personal data."),
                                NULL, 0, show_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (opt_process != NULL && (rc = rs_cli_need_id ("retention show", "process", opt_process, &only)) >= 0)
    return rc;
  if ((processes = rs_process_store_list (db, &error)) == NULL)
    return rs_cli_fail (error);
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (processes)); i++)
    {
      g_autoptr(RsProcess) p = g_list_model_get_item (G_LIST_MODEL (processes), i);
      g_autoptr(RsRetention) r = NULL;

      if (only && rs_process_get_id (p) != only)
        continue;
      if ((r = rs_retention_get (db, rs_process_get_id (p), default_months (), NULL, &error)) == NULL)
        return rs_cli_fail (error);
      if (!opt_json)
        {
          print_retention (r, p);
          continue;
        }
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "process");
      json_builder_add_int_value (b, r->process_id);
      json_builder_set_member_name (b, "evaluation");
      r->evaluation_on ? json_builder_add_string_value (b, r->evaluation_on) : json_builder_add_null_value (b);
      json_builder_set_member_name (b, "months");
      json_builder_add_int_value (b, r->months);
      json_builder_set_member_name (b, "months_is_default");
      json_builder_add_boolean_value (b, r->months_is_default);
      json_builder_set_member_name (b, "until");
      r->until ? json_builder_add_string_value (b, r->until) : json_builder_add_null_value (b);
      json_builder_set_member_name (b, "passed");
      json_builder_add_boolean_value (b, r->passed);
      json_builder_set_member_name (b, "pending");
      json_builder_add_int_value (b, r->pending);
      json_builder_set_member_name (b, "erased_at");
      r->erased_at ? json_builder_add_string_value (b, r->erased_at) : json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  if (opt_json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (b);
      rs_cli_print_json (root);
    }
  return RS_CLI_OK;
}

static int
cmd_retention_set (int    argc,
                   char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = NULL;
  g_autoptr(RsRetention) r = NULL;
  gint64 process_id;
  int rc = rs_cli_open_command ("retention set",
                                _("Set how long a budget process keeps personal data."),
                                NULL, 0, set_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("retention set", "process", opt_process, &process_id)) >= 0)
    return rc;
  if ((opt_months == -2 && !opt_default && opt_until == NULL) || (opt_months != -2 && opt_default))
    return rs_cli_usage_error ("retention set", _("Give --months N, --default or --until DATE."));
  if (opt_months < -2 || (opt_months < 0 && opt_months != -2))
    return rs_cli_usage_error ("retention set", _("--months must be 0 or more."));
  if ((process = rs_process_store_get (db, process_id, &error)) == NULL)
    return rs_cli_fail (error);
  if (opt_months == -2 && !opt_default)
    {
      /* Only --until: keep the months as they are. */
      g_autoptr(RsRetention) now = rs_retention_get (db, process_id, default_months (), NULL, &error);
      if (now == NULL)
        return rs_cli_fail (error);
      opt_months = now->months_is_default ? -1 : now->months;
    }
  if (!rs_retention_set (db, process_id, opt_default ? -1 : opt_months, opt_until, &error) ||
      (r = rs_retention_get (db, process_id, default_months (), NULL, &error)) == NULL)
    return rs_cli_fail (error);
  print_retention (r, process);
  return RS_CLI_OK;
}

static int
cmd_retention_apply (int    argc,
                     char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) due = NULL;
  gint64 only = 0;
  int rc = rs_cli_open_command ("retention apply",
                                _("Erase the personal data of every budget process whose retention date "
                                  "has passed."),
                                NULL, 0, apply_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (opt_process != NULL && (rc = rs_cli_need_id ("retention apply", "process", opt_process, &only)) >= 0)
    return rc;
  if ((due = rs_retention_list_due (db, only, default_months (), NULL, &error)) == NULL)
    return rs_cli_fail (error);
  if (due->len == 0)
    {
      g_print ("%s\n", _("No budget process has passed its retention date with personal data left."));
      return RS_CLI_OK;
    }
  for (guint i = 0; i < due->len; i++)
    {
      gint64 id = g_array_index (due, gint64, i);
      g_autoptr(RsProcess) process = rs_process_store_get (db, id, &error);
      g_autoptr(RsRetention) r = NULL;
      RsErasureCounts counts = { 0 };

      if (process == NULL ||
          (r = rs_retention_get (db, id, default_months (), NULL, &error)) == NULL)
        return rs_cli_fail (error);
      if (opt_dry_run)
        {
          if (!rs_erasure_preview (db, id, &counts, &error))
            return rs_cli_fail (error);
          g_print (_("Would erase “%s” (id %d, retention date %s):\n"),
                   rs_process_get_name (process), (int) id, r->until);
        }
      else
        {
          if (!rs_erasure_erase_process (db, id, RS_ERASURE_REASON_RETENTION, &counts, &error))
            return rs_cli_fail (error);
          g_print (_("Erased “%s” (id %d, retention date %s):\n"),
                   rs_process_get_name (process), (int) id, r->until);
        }
      print_counts (&counts);
    }
  if (!opt_dry_run)
    warn_backups (db);
  return RS_CLI_OK;
}

static int
cmd_export_record (int    argc,
                   char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  RsDocumentFormat format;
  gint64 process_id;
  int rc = rs_cli_open_command ("export processing-record",
                                _("Write the record of processing (GDPR art. 30) of a budget process."),
                                NULL, 0, record_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("export processing-record", "process", opt_process, &process_id)) >= 0)
    return rc;
  if (opt_format == NULL || !rs_document_format_from_string (opt_format, &format))
    return rs_cli_usage_error ("export processing-record", _("Give --format pdf, odt or html."));
  if (opt_out == NULL)
    return rs_cli_usage_error ("export processing-record", _("Give --out FILE."));
  if ((rc = rs_cli_check_language ("export processing-record", opt_language)) >= 0)
    return rc;
  if (!rs_processing_record_write (db, process_id, default_months (), opt_language, format, opt_out, NULL,
                                   &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static int
cmd_protocol_verify (int    argc,
                     char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  gboolean all_ok = TRUE;
  gint64 panel_id;
  int rc = rs_cli_open_command ("protocol verify",
                                _("Check that the stored selection runs of a panel still match their "
                                  "protocol's hashes."),
                                NULL, 0, verify_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("protocol verify", "panel", opt_panel, &panel_id)) >= 0)
    return rc;
  if ((checks = rs_run_check_panel (db, panel_id, &error)) == NULL)
    return rs_cli_fail (error);
  if (checks->len == 0)
    g_print ("%s\n", _("The panel has no stored selection runs."));
  for (guint i = 0; i < checks->len; i++)
    {
      RsRunCheck *c = g_ptr_array_index (checks, i);
      switch (c->status)
        {
        case RS_RUN_CHECK_OK:
          g_print (_("Run %d: the hashes match the snapshot.\n"), (int) c->run_id);
          break;
        case RS_RUN_CHECK_ATTESTED:
          g_print (_("Run %d: the hashes match the snapshot; the pool hash, which covers "
                     "erased household addresses, was checked just before the erasure.\n"), (int) c->run_id);
          break;
        case RS_RUN_CHECK_UNHASHED:
          g_print (_("Run %d: records no hashes, so there is nothing to check.\n"), (int) c->run_id);
          break;
        case RS_RUN_CHECK_FAILED:
        default:
          g_print (_("Run %d: DOES NOT MATCH. %s\n"), (int) c->run_id, c->message);
          all_ok = FALSE;
          break;
        }
    }
  return all_ok ? RS_CLI_OK : RS_CLI_ERROR;
}

const RsCliCommand rs_cli_privacy_commands[] = {
  { "person erase", N_("Erase one person's personal data (GDPR art. 17)"), cmd_person_erase },
  { "retention show", N_("Show the retention date of personal data"), cmd_retention_show },
  { "retention set", N_("Set how long a budget process keeps personal data"), cmd_retention_set },
  { "retention apply", N_("Erase personal data whose retention date has passed"), cmd_retention_apply },
  { "export processing-record", N_("Write the record of processing (GDPR art. 30)"), cmd_export_record },
  { "protocol verify", N_("Check stored selection runs against their hashes"), cmd_protocol_verify },
  { NULL }
};
