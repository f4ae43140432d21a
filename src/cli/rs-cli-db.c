/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-db"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cli.h"
#include "rs-server-roles.h"

/* raadslag-cli db init | db roles | db grant: a shared database on a
 * PostgreSQL server. */

static char *opt_db;

static const GOptionEntry db_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file or postgresql:// URI"), N_("DATABASE") },
  { NULL }
};

static int
cmd_db_init (int    argc,
             char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  int rc;

  rs_cli_allow_create ();
  rc = rs_cli_open_command ("db init",
                            _("Create the Rådslag schema in a database, or upgrade it; on a PostgreSQL "
                              "server also the roles raadslag_facilitator, raadslag_secretariat, "
                              "raadslag_council and raadslag_readonly with their privileges."),
                            NULL, 0, db_entries, &opt_db, &argc, &argv, &db);
  if (rc >= 0)
    return rc;
  if (rs_database_is_server (db) && !rs_server_roles_setup (db, &error))
    return rs_cli_fail (error);
  if (rs_database_is_server (db))
    {
      g_autoptr(RsStatement) stmt = rs_database_query (db, NULL, "SELECT datcollate FROM pg_database "
                                                       "WHERE datname = current_database()", "");
      if (stmt != NULL && rs_statement_step (stmt) == RS_SQL_ROW &&
          g_strcmp0 ((const char *) rs_statement_column_text (stmt, 0), "C") != 0)
        g_printerr (_("Warning: the database’s locale is %s, not C: lists may sort and match text "
                      "differently from a database file. Create it with “createdb -T template0 -E UTF8 "
                      "--locale=C”.\n"), (const char *) rs_statement_column_text (stmt, 0));
    }
  g_print (_("Database ready: %s (schema %d)\n"), rs_database_get_path (db), RS_SCHEMA_VERSION);
  if (rs_database_is_server (db))
    g_print (_("Roles ready: raadslag_facilitator, raadslag_secretariat, raadslag_council, raadslag_readonly. "
               "Give staff a role with “raadslag-cli db grant USER ROLE --db URI”.\n"));
  return RS_CLI_OK;
}

static int
cmd_db_roles (int    argc,
              char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) members = NULL;
  int rc = rs_cli_open_command ("db roles", _("List the server users that have a Rådslag role."),
                                NULL, 0, db_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  members = rs_server_roles_members (db, &error);
  if (members == NULL)
    return rs_cli_fail (error);
  for (guint i = 0; members[i]; i++)
    g_print ("%s\n", members[i]);
  return RS_CLI_OK;
}

static int
cmd_db_grant (int    argc,
              char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  RsServerRole role;
  int rc = rs_cli_open_command ("db grant",
                                _("Give a server user one of the roles facilitator, secretariat, council "
                                  "or readonly."),
                                _("USER ROLE"), 2, db_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_server_role_from_nick (argv[2], &role))
    return rs_cli_usage_error ("db grant", _("The role must be facilitator, secretariat, council or readonly."));
  if (!rs_server_roles_grant (db, argv[1], role, &error))
    return rs_cli_fail (error);
  g_print (_("%s now has the role %s.\n"), argv[1], rs_server_role_to_pg_name (role));
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_db_commands[] = {
  { "db init", N_("Create a database (on a server: with its roles)"), cmd_db_init },
  { "db roles", N_("List the users with a role on a server"), cmd_db_roles },
  { "db grant", N_("Give a user a role on a server"), cmd_db_grant },
  { NULL }
};
