/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <sqlite3.h>
#include <glib.h>

#include "rs-pg-conn.h"

G_BEGIN_DECLS

/* Applies migrations from @from_version up to RS_SCHEMA_VERSION; the caller
 * holds the transaction. */
gboolean rs_schema_migrate (sqlite3  *handle,
                            int       from_version,
                            GError  **error);

/* The same on PostgreSQL (sql/pg/), recording the version in the
 * raadslag_schema table. */
gboolean rs_schema_migrate_pg (RsPgConn *conn,
                               int       from_version,
                               GError  **error);
/* Reads a PostgreSQL database's schema version (0 when it has none) and
 * whether it holds any table at all. */
gboolean rs_schema_read_pg    (RsPgConn *conn,
                               int      *version_out,
                               gboolean *had_tables_out,
                               GError  **error);

G_END_DECLS
