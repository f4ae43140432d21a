/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-process"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cli.h"
#include "rs-process-store.h"
#include "rs-sample.h"

/* raadslag-cli init | sample | processes */

static char *opt_db;
static gboolean opt_json;

static const GOptionEntry db_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
  { NULL }
};

static const GOptionEntry list_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
  { NULL }
};

static int
open_with (const char          *name,
           const char          *summary,
           const GOptionEntry  *entries,
           int                 *argc,
           char              ***argv,
           RsDatabase         **db_out)
{
  return rs_cli_open_command (name, summary, NULL, 0, entries, &opt_db, argc, argv, db_out);
}

static int
cmd_init (int    argc,
          char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  int rc;

  rs_cli_allow_create ();
  rc = open_with ("init", _("Create an empty Rådslag database, or upgrade an existing one."),
                      db_entries, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (rs_database_get_backup_path (db) != NULL)
    g_print (_("Upgraded the database; the previous version was saved as %s\n"),
             rs_database_get_backup_path (db));
  g_print (_("Database ready: %s (schema %d)\n"), rs_database_get_path (db), RS_SCHEMA_VERSION);
  return RS_CLI_OK;
}

static int
cmd_sample (int    argc,
            char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  int rc;

  rs_cli_allow_create ();
  rc = open_with ("sample", _("Add the sample budget process of a fictional municipality."),
                      db_entries, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  id = rs_sample_create (db, &error);
  if (id == 0)
    return rs_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return RS_CLI_OK;
}

static int
cmd_processes (int    argc,
               char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  int rc = open_with ("processes", _("List the budget processes in a database."),
                      list_entries, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  list = rs_process_store_list (db, &error);
  if (list == NULL)
    return rs_cli_fail (error);

  if (opt_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
        {
          g_autoptr(RsProcess) p = g_list_model_get_item (G_LIST_MODEL (list), i);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, rs_process_get_id (p));
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, rs_process_get_name (p));
          json_builder_set_member_name (builder, "budget_year");
          json_builder_add_int_value (builder, rs_process_get_budget_year (p));
          json_builder_set_member_name (builder, "municipality");
          if (rs_process_get_municipality_name (p))
            json_builder_add_string_value (builder, rs_process_get_municipality_name (p));
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsProcess) p = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_print ("%" G_GINT64_FORMAT "\t%s\t%d\t%s\n", rs_process_get_id (p),
               rs_process_get_name (p), rs_process_get_budget_year (p),
               rs_process_get_municipality_name (p) ? rs_process_get_municipality_name (p) : "");
    }
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_process_commands[] = {
  { "init", N_("Create or upgrade a database"), cmd_init },
  { "sample", N_("Add the sample budget process"), cmd_sample },
  { "processes", N_("List budget processes"), cmd_processes },
  { NULL }
};
