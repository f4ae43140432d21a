/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-schema"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "rs-database.h"
#include "rs-schema.h"

/*
 * Forward migrations, keyed on PRAGMA user_version. Migration N brings a file
 * from version N-1 to N and is the list of SQL resources below, applied in
 * order inside the caller's transaction. Add a new migration as a new entry;
 * never edit one that has been released.
 */
static const char * const migration_1[] = {
  "v1-base.sql",
  "v1-panels.sql",
  "v1-sessions.sql",
  "v1-hearings.sql",
  "v1-recommendations.sql",
  NULL
};

/* Each area adds its own v2-*.sql file; they are independent of each other. */
static const char * const migration_2[] = {
  "v2-retention.sql",
  "v2-hearings-intake.sql",
  "v2-hearings-analysis.sql",
  "v2-pb.sql",
  "v2-involvement.sql",
  "v2-sharing.sql",
  "v2-comments.sql",
  "v2-open-meetings.sql",
  NULL
};

static const char * const * const migrations[] = {
  NULL,         /* version 0: empty file */
  migration_1,
  migration_2,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == RS_SCHEMA_VERSION + 1);

/* PostgreSQL: hand-written equivalents of the lists above (sql/pg/), plus
 * the functions SQLite has and PostgreSQL lacks (compat.sql) and the change
 * notifications (notify.sql). Areas add their own pg/v2-*.sql beside their
 * SQLite file. */
static const char * const pg_migration_1[] = {
  "pg/compat.sql",
  "pg/v1-base.sql",
  "pg/v1-panels.sql",
  "pg/v1-sessions.sql",
  "pg/v1-hearings.sql",
  "pg/v1-recommendations.sql",
  NULL
};

static const char * const pg_migration_2[] = {
  "pg/v2-retention.sql",
  "pg/v2-hearings-intake.sql",
  "pg/v2-hearings-analysis.sql",
  "pg/v2-pb.sql",
  "pg/v2-involvement.sql",
  "pg/v2-sharing.sql",
  "pg/v2-comments.sql",
  "pg/v2-open-meetings.sql",
  "pg/notify.sql",
  NULL
};

static const char * const * const pg_migrations[] = {
  NULL,
  pg_migration_1,
  pg_migration_2,
};

G_STATIC_ASSERT (G_N_ELEMENTS (pg_migrations) == RS_SCHEMA_VERSION + 1);

static gboolean
apply_resource (sqlite3    *handle,
                const char *name,
                GError    **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_BASE_PATH "/sql/", name, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  char *errmsg = NULL;
  gsize len;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, &len), g_bytes_get_size (bytes));

  if (sqlite3_exec (handle, sql, NULL, NULL, &errmsg) != SQLITE_OK)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_SQL,
                   _("Could not upgrade the database (%s): %s"), name, errmsg);
      sqlite3_free (errmsg);
      return FALSE;
    }
  return TRUE;
}

gboolean
rs_schema_migrate (sqlite3 *handle,
                   int      from_version,
                   GError **error)
{
  for (int v = from_version + 1; v <= RS_SCHEMA_VERSION; v++)
    for (guint i = 0; migrations[v][i] != NULL; i++)
      if (!apply_resource (handle, migrations[v][i], error))
        return FALSE;
  return TRUE;
}

static char *
lookup_sql (const char *name,
            GError    **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_BASE_PATH "/sql/", name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

gboolean
rs_schema_migrate_pg (RsPgConn *conn,
                      int       from_version,
                      GError  **error)
{
  g_autofree char *version_sql = NULL;

  /* Two clients opening a new database at once: one migrates. */
  if (!rs_pg_conn_exec_raw (conn, "SELECT pg_advisory_xact_lock(1381190727)"))
    goto fail_raw;
  for (int v = from_version + 1; v <= RS_SCHEMA_VERSION; v++)
    for (guint i = 0; pg_migrations[v][i] != NULL; i++)
      {
        g_autofree char *sql = lookup_sql (pg_migrations[v][i], error);

        if (sql == NULL)
          return FALSE;
        if (!rs_pg_conn_exec_raw (conn, sql))
          {
            g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_SQL,
                         _("Could not upgrade the database (%s): %s"), pg_migrations[v][i],
                         rs_pg_conn_errmsg (conn));
            return FALSE;
          }
      }
  version_sql = g_strdup_printf ("CREATE TABLE IF NOT EXISTS raadslag_schema ("
                                 "  application_id bigint NOT NULL, version integer NOT NULL);"
                                 "DELETE FROM raadslag_schema;"
                                 "INSERT INTO raadslag_schema VALUES (%d, %d);",
                                 RS_APPLICATION_ID, RS_SCHEMA_VERSION);
  if (rs_pg_conn_exec_raw (conn, version_sql))
    return TRUE;
fail_raw:
  g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_SQL,
               _("Could not upgrade the database: %s"), rs_pg_conn_errmsg (conn));
  return FALSE;
}

gboolean
rs_schema_read_pg (RsPgConn *conn,
                   int      *version_out,
                   gboolean *had_tables_out,
                   GError  **error)
{
  PGconn *pg = rs_pg_conn_get_pgconn (conn);
  PGresult *res;
  gboolean has_version_table = FALSE;

  *version_out = 0;
  *had_tables_out = FALSE;
  res = PQexec (pg, "SELECT count(*), count(*) FILTER (WHERE table_name = 'raadslag_schema') "
                    "FROM information_schema.tables WHERE table_schema = current_schema()");
  if (PQresultStatus (res) != PGRES_TUPLES_OK)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_OPEN,
                   _("Cannot read the database on the server: %s"), PQresultErrorMessage (res));
      PQclear (res);
      return FALSE;
    }
  *had_tables_out = atoi (PQgetvalue (res, 0, 0)) > 0;
  has_version_table = atoi (PQgetvalue (res, 0, 1)) > 0;
  PQclear (res);
  if (!has_version_table)
    return TRUE;

  res = PQexec (pg, "SELECT application_id, version FROM raadslag_schema");
  if (PQresultStatus (res) != PGRES_TUPLES_OK || PQntuples (res) != 1 ||
      g_ascii_strtoll (PQgetvalue (res, 0, 0), NULL, 10) != RS_APPLICATION_ID)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_RAADSLAG,
                   _("The database on the server is not a Rådslag database. It was left unchanged."));
      PQclear (res);
      return FALSE;
    }
  *version_out = atoi (PQgetvalue (res, 0, 1));
  PQclear (res);
  return TRUE;
}
