/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-db-copy"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cli.h"
#include "rs-database-copy.h"
#include "rs-database-location.h"

/* raadslag-cli db copy: moves a whole process database between a file and
 * a server (or two files), whole or not at all. */

static char *opt_from;
static char *opt_to;
static gboolean opt_replace;
static gboolean opt_quiet;

static const GOptionEntry copy_entries[] = {
  { "from", 0, 0, G_OPTION_ARG_FILENAME, &opt_from, N_("The database to copy: a file or a postgresql:// URI"),
    N_("LOCATION") },
  { "to", 0, 0, G_OPTION_ARG_FILENAME, &opt_to, N_("Where to copy it: a new file or an empty database on a server"),
    N_("LOCATION") },
  { "replace", 0, 0, G_OPTION_ARG_NONE, &opt_replace, N_("Replace everything a destination already holds"),
    NULL },
  { "quiet", 'q', 0, G_OPTION_ARG_NONE, &opt_quiet, N_("Print nothing but errors"), NULL },
  { NULL }
};

static void
progress_cb (const char *table,
             gint64      rows,
             guint       done,
             guint       total,
             gpointer    user_data)
{
  if (!opt_quiet && rows > 0)
    g_print ("  %-32s %8lld\n", table, (long long) rows);
}

static int
cmd_db_copy (int    argc,
             char **argv)
{
  g_autoptr(RsDatabase) src = NULL;
  g_autoptr(RsDatabase) dest = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  int rc = rs_cli_parse_command ("db copy",
                                 _("Copy a whole Rådslag database, e.g. from a file to a PostgreSQL server or "
                                   "back. The copy is made in one transaction and checked table by table: "
                                   "whole or not at all."),
                                 NULL, 0, copy_entries, NULL, &argc, &argv);

  if (rc >= 0)
    return rc;
  if (opt_from == NULL || opt_to == NULL)
    return rs_cli_usage_error ("db copy", _("Give both --from and --to."));
  if (!rs_database_location_is_server (opt_to) && !rs_database_location_is_server (opt_from) &&
      g_file_test (opt_from, G_FILE_TEST_EXISTS) && g_file_test (opt_to, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) a = g_file_new_for_path (opt_from);
      g_autoptr(GFile) b = g_file_new_for_path (opt_to);
      if (g_file_equal (a, b))
        return rs_cli_usage_error ("db copy", _("The source and the destination are the same database."));
    }
  from = rs_database_location_display (opt_from);
  to = rs_database_location_display (opt_to);
  if ((src = rs_database_open_location (opt_from, RS_DATABASE_OPEN_DEFAULT, &error)) == NULL ||
      (dest = rs_database_open_location (opt_to, RS_DATABASE_OPEN_CREATE, &error)) == NULL)
    return rs_cli_fail (error);
  if (!opt_quiet)
    g_print (_("Copying %s to %s:\n"), from, to);
  if (!rs_database_copy (src, dest, opt_replace ? RS_DATABASE_COPY_REPLACE : RS_DATABASE_COPY_DEFAULT,
                         progress_cb, NULL, NULL, &error))
    return rs_cli_fail (error);
  if (!opt_quiet)
    g_print ("%s\n", _("Copied; every table holds as many rows as the source."));
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_db_copy_commands[] = {
  { "db copy", N_("Copy a whole database between a file and a server"), cmd_db_copy },
  { NULL }
};
