/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-panels"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-categories.h"
#include "rs-cli.h"
#include "rs-municipalities.h"
#include "rs-panel-store.h"
#include "rs-pool-import.h"
#include "rs-pool-store.h"
#include "rs-population.h"

/* raadslag-cli panel create | panels | categories import/export |
 * pool import/export | population fetch/show */

static char *opt_db;
static char *opt_name;
static char *opt_mapping;
static char *opt_municipality;
static gint64 opt_process;
static gint64 opt_panel;
static int opt_size;
static gboolean opt_json;
static gboolean opt_with_contacts;

static gboolean
parse_id_option (const char *option_name,
                 const char *value,
                 gpointer    data,
                 GError    **error)
{
  gint64 *target = g_str_equal (option_name, "--process") ? &opt_process : &opt_panel;

  if (!rs_cli_parse_id (value, target))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s needs a positive number, not “%s”."), option_name, value);
      return FALSE;
    }
  return TRUE;
}

#define DB_ENTRY { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") }
#define PANEL_ENTRY { "panel", 0, 0, G_OPTION_ARG_CALLBACK, parse_id_option, N_("Panel id"), N_("ID") }
#define JSON_ENTRY { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL }

static const GOptionEntry create_entries[] = {
  DB_ENTRY,
  { "process", 0, 0, G_OPTION_ARG_CALLBACK, parse_id_option, N_("Budget process id"), N_("ID") },
  { "name", 0, 0, G_OPTION_ARG_STRING, &opt_name, N_("Name of the panel"), N_("NAME") },
  { "size", 0, 0, G_OPTION_ARG_INT, &opt_size, N_("Number of members"), N_("K") },
  { NULL }
};
static const GOptionEntry list_entries[] = { DB_ENTRY, JSON_ENTRY, { NULL } };
static const GOptionEntry panel_entries[] = { DB_ENTRY, PANEL_ENTRY, { NULL } };
static const GOptionEntry pool_import_entries[] = {
  DB_ENTRY, PANEL_ENTRY,
  { "mapping", 0, 0, G_OPTION_ARG_FILENAME, &opt_mapping, N_("Column mapping (JSON)"), N_("FILE") },
  { NULL }
};
static const GOptionEntry pool_export_entries[] = {
  DB_ENTRY, PANEL_ENTRY,
  { "with-contacts", 0, 0, G_OPTION_ARG_NONE, &opt_with_contacts,
    N_("Include names, addresses, e-mail and phone (personal data)"), NULL },
  { NULL }
};
static const GOptionEntry population_entries[] = {
  DB_ENTRY, JSON_ENTRY,
  { "municipality", 0, 0, G_OPTION_ARG_STRING, &opt_municipality, N_("Municipality code, e.g. 461"),
    N_("CODE") },
  { NULL }
};

/* Parses options; expects @n_args positional arguments. */
static int
open_with (const char          *name,
           const char          *summary,
           const GOptionEntry  *entries,
           int                  n_args,
           gboolean             needs_panel,
           int                 *argc,
           char              ***argv,
           RsDatabase         **db_out)
{
  g_autoptr(GError) error = NULL;
  int rc = rs_cli_parse_command (name, summary, n_args ? _("FILE") : NULL, n_args, entries, &opt_db,
                                 argc, argv);

  if (rc >= 0)
    return rc;
  if (needs_panel && opt_panel == 0)
    return rs_cli_usage_error (name, _("No panel given; use --panel ID."));
  *db_out = rs_cli_open_database (opt_db, &error);
  if (*db_out == NULL)
    return rs_cli_fail (error);
  if (needs_panel)
    {
      g_autoptr(RsPanel) panel = rs_panel_store_get (*db_out, opt_panel, &error);
      if (panel == NULL)
        return rs_cli_fail (error);
    }
  return -1;
}

static int
cmd_panel_create (int    argc,
                  char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsPanel) panel = NULL;
  g_autoptr(GError) error = NULL;
  int rc = open_with ("panel create", _("Create a citizens’ panel in a budget process."),
                      create_entries, 0, FALSE, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (opt_process == 0 || opt_name == NULL || opt_size == 0)
    return rs_cli_usage_error ("panel create", _("Give --process ID, --name NAME and --size K."));
  panel = rs_panel_store_create (db, opt_process, opt_name, opt_size, &error);
  if (panel == NULL)
    return rs_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", rs_panel_get_id (panel));
  return RS_CLI_OK;
}

static int
cmd_panels (int    argc,
            char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  int rc = open_with ("panels", _("List the citizens’ panels in a database."),
                      list_entries, 0, FALSE, &argc, &argv, &db);
  guint n;

  if (rc >= 0)
    return rc;
  list = rs_panel_store_list (db, 0, &error);
  if (list == NULL)
    return rs_cli_fail (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (opt_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RsPanel) p = g_list_model_get_item (G_LIST_MODEL (list), i);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, rs_panel_get_id (p));
          json_builder_set_member_name (builder, "process_id");
          json_builder_add_int_value (builder, rs_panel_get_process_id (p));
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, rs_panel_get_name (p));
          json_builder_set_member_name (builder, "size");
          json_builder_add_int_value (builder, rs_panel_get_size (p));
          json_builder_set_member_name (builder, "min_age");
          json_builder_add_int_value (builder, rs_panel_get_min_age (p));
          json_builder_set_member_name (builder, "status");
          json_builder_add_string_value (builder, rs_panel_get_status (p));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsPanel) p = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_print ("%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\t%d\n", rs_panel_get_id (p),
               rs_panel_get_process_id (p), rs_panel_get_name (p), rs_panel_get_size (p));
    }
  return RS_CLI_OK;
}

static GBytes *
load_file (const char *path,
           GError    **error)
{
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}

static int
cmd_categories_import (int    argc,
                       char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  int rc = open_with ("categories import",
                      _("Replace a panel’s categories and quotas from a CSV file "
                        "(category,feature,min,max)."),
                      panel_entries, 1, TRUE, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  bytes = load_file (argv[1], &error);
  if (bytes == NULL)
    return rs_cli_fail (error);
  base = g_path_get_basename (argv[1]);
  categories = rs_categories_parse_csv (bytes, base, &error);
  if (categories == NULL || !rs_categories_save (db, opt_panel, categories, &error))
    return rs_cli_fail (error);
  g_print (ngettext ("Imported %u category.\n", "Imported %u categories.\n", categories->len),
           categories->len);
  return RS_CLI_OK;
}

static int
cmd_categories_export (int    argc,
                       char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  int rc = open_with ("categories export", _("Print a panel’s categories and quotas as CSV."),
                      panel_entries, 0, TRUE, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  categories = rs_categories_load (db, opt_panel, &error);
  if (categories == NULL)
    return rs_cli_fail (error);
  csv = rs_categories_to_csv (categories);
  g_print ("%s", csv);
  return RS_CLI_OK;
}

static int
cmd_pool_import (int    argc,
                 char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RsPoolMapping) mapping = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  RsPoolImportResult result = { 0 };
  int rc = open_with ("pool import", _("Import a recruitment pool from a CSV file (all or nothing)."),
                      pool_import_entries, 1, TRUE, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (opt_mapping != NULL)
    {
      g_autofree char *json = NULL;
      if (!g_file_get_contents (opt_mapping, &json, NULL, &error) ||
          (mapping = rs_pool_mapping_from_json (json, &error)) == NULL)
        return rs_cli_fail (error);
    }
  bytes = load_file (argv[1], &error);
  if (bytes == NULL)
    return rs_cli_fail (error);
  base = g_path_get_basename (argv[1]);
  if (!rs_pool_import (db, opt_panel, bytes, base, mapping, NULL, NULL, NULL, &result, &error))
    return rs_cli_fail (error);
  g_print (ngettext ("Imported %u person", "Imported %u people", result.rows), result.rows);
  g_print (ngettext ("; %d is flagged for review (duplicate or same household).\n",
                     "; %d are flagged for review (duplicates or same household).\n", result.flagged),
           result.flagged);
  return RS_CLI_OK;
}

static int
cmd_pool_export (int    argc,
                 char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  int rc = open_with ("pool export",
                      _("Print a panel’s pool as CSV in the Sortition Foundation layout; "
                        "contact fields only with --with-contacts."),
                      pool_export_entries, 0, TRUE, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  csv = rs_pool_store_export_csv (db, opt_panel, opt_with_contacts, &error);
  if (csv == NULL)
    return rs_cli_fail (error);
  g_print ("%s", csv);
  return RS_CLI_OK;
}

typedef struct
{
  GMainLoop *loop;
  GError    *error;
} Wait;

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Wait *wait = user_data;

  rs_population_fetch_finish (result, &wait->error);
  g_main_loop_quit (wait->loop);
}

static void
fetch_progress (double      fraction,
                const char *message,
                gpointer    user_data)
{
  g_printerr (_("Fetching from Statistics Denmark: %s (%d %%)\n"), message, (int) (fraction * 100));
}

static GSettings *
settings_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema =
    source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  return schema ? g_settings_new (APP_ID) : NULL;
}

static int
cmd_population_fetch (int    argc,
                      char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsDstClient) client = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *url = NULL;
  Wait wait = { NULL, NULL };
  int rc = open_with ("population fetch",
                      _("Fetch population figures for a municipality from Statistics Denmark."),
                      population_entries, 0, FALSE, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (rs_municipality_lookup (opt_municipality) == NULL)
    return rs_cli_usage_error ("population fetch",
                               _("Give --municipality CODE with a Danish municipality code, e.g. 461."));
  settings = settings_if_installed ();
  url = rs_dst_resolve_base_url (settings);
  client = rs_dst_client_new (url);
  wait.loop = g_main_loop_new (NULL, FALSE);
  rs_population_fetch_async (client, db, opt_municipality, fetch_progress, NULL, NULL,
                             fetched_cb, &wait);
  g_main_loop_run (wait.loop);
  g_main_loop_unref (wait.loop);
  if (wait.error != NULL)
    {
      rc = rs_cli_fail (wait.error);
      g_error_free (wait.error);
      return rc;
    }
  g_print (_("Stored population figures for %s.\n"), rs_municipality_lookup (opt_municipality)->name);
  return RS_CLI_OK;
}

static int
cmd_population_show (int    argc,
                     char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  const RsMunicipality *m;
  int rc = open_with ("population show",
                      _("Show the stored population figures of a municipality with their source."),
                      population_entries, 0, FALSE, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  m = rs_municipality_lookup (opt_municipality);
  if (m == NULL)
    return rs_cli_usage_error ("population show",
                               _("Give --municipality CODE with a Danish municipality code, e.g. 461."));
  list = rs_population_load (db, m->code, &error);
  if (list == NULL)
    return rs_cli_fail (error);
  if (list->len == 0)
    {
      g_autoptr(GError) none = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                            _("No population figures are stored for %s; run "
                                              "“population fetch” first."), m->name);
      return rs_cli_fail (none);
    }
  if (opt_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "municipality");
      json_builder_add_string_value (builder, m->code);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, m->name);
      json_builder_set_member_name (builder, "benchmarks");
      json_builder_begin_array (builder);
      for (guint b = 0; b < list->len; b++)
        {
          RsBenchmark *bm = g_ptr_array_index (list, b);
          json_builder_begin_object (builder);
#define MEMBER(key, value) json_builder_set_member_name (builder, key); \
                           json_builder_add_string_value (builder, value)
          MEMBER ("table", bm->table_id);
          MEMBER ("period", bm->period);
          MEMBER ("retrieved_at", bm->retrieved_at);
          MEMBER ("source", bm->source_credit);
#undef MEMBER
          json_builder_set_member_name (builder, "counts");
          json_builder_begin_array (builder);
          for (guint i = 0; i < bm->counts->len; i++)
            {
              RsPopulationCount *c = g_ptr_array_index (bm->counts, i);
              gint64 total = rs_benchmark_total (bm, c->dimension);
              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "dimension");
              json_builder_add_string_value (builder, c->dimension);
              json_builder_set_member_name (builder, "value");
              json_builder_add_string_value (builder, c->value);
              json_builder_set_member_name (builder, "count");
              json_builder_add_int_value (builder, c->count);
              json_builder_set_member_name (builder, "share");
              json_builder_add_double_value (builder, total ? 100.0 * c->count / total : 0);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }
  for (guint b = 0; b < list->len; b++)
    {
      RsBenchmark *bm = g_ptr_array_index (list, b);
      g_print (_("%s (%s), %s, retrieved %s\n"), bm->table_id, m->name, bm->period, bm->retrieved_at);
      for (guint i = 0; i < bm->counts->len; i++)
        {
          RsPopulationCount *c = g_ptr_array_index (bm->counts, i);
          gint64 total = rs_benchmark_total (bm, c->dimension);
          g_print ("  %s\t%s\t%" G_GINT64_FORMAT "\t%.1f %%\n", c->dimension, c->value, c->count,
                   total ? 100.0 * c->count / total : 0);
        }
      g_print ("%s\n", bm->source_credit);
    }
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_panels_commands[] = {
  { "panel create", N_("Create a citizens’ panel"), cmd_panel_create },
  { "panels", N_("List citizens’ panels"), cmd_panels },
  { "categories import", N_("Import a panel’s categories and quotas"), cmd_categories_import },
  { "categories export", N_("Export a panel’s categories and quotas"), cmd_categories_export },
  { "pool import", N_("Import a recruitment pool from CSV"), cmd_pool_import },
  { "pool export", N_("Export a recruitment pool as CSV"), cmd_pool_export },
  { "population fetch", N_("Fetch population figures from Statistics Denmark"), cmd_population_fetch },
  { "population show", N_("Show stored population figures"), cmd_population_show },
  { NULL }
};
