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
  "v2-comments.sql",
  NULL
};

static const char * const * const migrations[] = {
  NULL,         /* version 0: empty file */
  migration_1,
  migration_2,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == RS_SCHEMA_VERSION + 1);

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
