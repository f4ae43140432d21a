/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-audit"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-audit.h"
#include "rs-cli.h"

/* raadslag-cli audit: who changed what and when. */

static char *opt_db;
static char *opt_kind;
static char *opt_id;
static char *opt_process;
static gboolean opt_json;

static const GOptionEntry audit_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
  { "kind", 0, 0, G_OPTION_ARG_STRING, &opt_kind,
    N_("Kind of record, e.g. recommendation, response_point, hearing_response, panel"), N_("KIND") },
  { "id", 0, 0, G_OPTION_ARG_STRING, &opt_id, N_("Id of the record (with --kind)"), N_("ID") },
  { "process", 0, 0, G_OPTION_ARG_STRING, &opt_process, N_("Budget process id"), N_("ID") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
  { NULL }
};

static int
cmd_audit (int    argc,
           char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) rows = NULL;
  gint64 id = 0, process_id = 0;
  guint n;
  int rc = rs_cli_open_command ("audit", _("Show who changed which record, and when (the audit log)."),
                                NULL, 0, audit_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (opt_id != NULL && (rc = rs_cli_need_id ("audit", "id", opt_id, &id)) >= 0)
    return rc;
  if (opt_process != NULL && (rc = rs_cli_need_id ("audit", "process", opt_process, &process_id)) >= 0)
    return rc;
  if (opt_id != NULL && opt_kind == NULL)
    return rs_cli_usage_error ("audit", _("Give the kind of record with --kind as well as --id."));
  rows = rs_audit_list (db, opt_kind, id, process_id, &error);
  if (rows == NULL)
    return rs_cli_fail (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (rows));
  if (opt_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RsAuditEntry) e = g_list_model_get_item (G_LIST_MODEL (rows), i);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "at");
          json_builder_add_string_value (builder, rs_audit_entry_get_at (e));
          json_builder_set_member_name (builder, "user");
          json_builder_add_string_value (builder, rs_audit_entry_get_actor (e));
          json_builder_set_member_name (builder, "process");
          if (rs_audit_entry_get_process_id (e) != 0)
            json_builder_add_int_value (builder, rs_audit_entry_get_process_id (e));
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, rs_audit_entry_get_entity (e));
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, rs_audit_entry_get_entity_id (e));
          json_builder_set_member_name (builder, "action");
          json_builder_add_string_value (builder, rs_audit_entry_get_action (e));
          json_builder_set_member_name (builder, "summary");
          json_builder_add_string_value (builder, rs_audit_entry_get_details (e));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }
  if (n == 0)
    {
      g_print ("%s\n", _("No changes recorded."));
      return RS_CLI_OK;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsAuditEntry) e = g_list_model_get_item (G_LIST_MODEL (rows), i);
      g_autofree char *record = g_strdup_printf ("%s #%" G_GINT64_FORMAT, rs_audit_entry_get_entity (e),
                                                 rs_audit_entry_get_entity_id (e));

      g_print ("%s  %-24s  %-26s  %-10s  %s\n", rs_audit_entry_get_at (e), rs_audit_entry_get_actor (e), record,
               rs_audit_entry_get_action (e), rs_audit_entry_get_details (e));
    }
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_audit_commands[] = {
  { "audit", N_("Show who changed which record, and when"), cmd_audit },
  { NULL }
};
