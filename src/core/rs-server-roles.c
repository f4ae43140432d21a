/* SPDX-License-Identifier: MPL-2.0 */
/* The roles of a shared database on a PostgreSQL server. */
#define G_LOG_DOMAIN "rs-server-roles"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "rs-server-roles.h"

static const char *const nicks[] = { "facilitator", "secretariat", "council", "readonly" };
static const char *const pg_names[] = {
  "raadslag_facilitator", "raadslag_secretariat", "raadslag_council", "raadslag_readonly"
};

gboolean
rs_server_role_from_nick (const char   *nick,
                          RsServerRole *role_out)
{
  for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
    if (g_strcmp0 (nick, nicks[i]) == 0 || g_strcmp0 (nick, pg_names[i]) == 0)
      {
        *role_out = (RsServerRole) i;
        return TRUE;
      }
  return FALSE;
}

const char *
rs_server_role_to_pg_name (RsServerRole role)
{
  g_return_val_if_fail (role <= RS_SERVER_ROLE_READONLY, NULL);
  return pg_names[role];
}

static gboolean
need_server (RsDatabase *db,
             GError    **error)
{
  if (rs_database_is_server (db))
    return TRUE;
  g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_SQL,
               _("Roles exist only for a database on a PostgreSQL server (a postgresql:// URI); "
                 "a database file belongs to whoever may open it."));
  return FALSE;
}

gboolean
rs_server_roles_setup (RsDatabase *db,
                       GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;

  if (!need_server (db, error))
    return FALSE;
  bytes = g_resources_lookup_data (RESOURCE_BASE_PATH "/sql/pg/roles.sql", G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (!rs_database_exec_native (db, sql, error))
    {
      g_prefix_error (error, _("Could not set up the roles (this needs a server user that may create roles): "));
      return FALSE;
    }
  return TRUE;
}

gboolean
rs_server_roles_grant (RsDatabase   *db,
                       const char   *user,
                       RsServerRole  role,
                       GError      **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autofree char *sql = NULL;

  if (!need_server (db, error))
    return FALSE;
  stmt = rs_database_query (db, error, "SELECT quote_ident(?1), quote_ident(?2)", "tt", user,
                            rs_server_role_to_pg_name (role));
  if (stmt == NULL || !rs_database_step_done (db, stmt, error))
    return FALSE;
  sql = g_strdup_printf ("GRANT %s TO %s", (const char *) rs_statement_column_text (stmt, 1),
                         (const char *) rs_statement_column_text (stmt, 0));
  return rs_database_exec_native (db, sql, error);
}

GStrv
rs_server_roles_members (RsDatabase *db,
                         GError    **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  if (!need_server (db, error))
    return NULL;
  stmt = rs_database_query (db, error,
                            "SELECT u.rolname || chr(9) || r.rolname FROM pg_auth_members m "
                            "JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                            "WHERE r.rolname LIKE 'raadslag\\_%' ORDER BY u.rolname, r.rolname", "");
  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    g_strv_builder_add (builder, (const char *) rs_statement_column_text (stmt, 0));
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_strv_builder_end (builder);
}
