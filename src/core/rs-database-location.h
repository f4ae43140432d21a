/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-database.h"

G_BEGIN_DECLS

/* A database location as given to --db, "Open Database…" or "Connect to
 * Server…": a file path, or a postgresql:// (or postgres://) URI. */
gboolean    rs_database_location_is_server (const char          *location);
/* The location without a password, for messages and lists. */
char       *rs_database_location_display   (const char          *location);
/* Opens @location through rs_database_open_full(); a server URI fails
 * with a clear message when the PostgreSQL backend is not built in
 * (HAVE_POSTGRESQL in config.h). */
RsDatabase *rs_database_open_location      (const char          *location,
                                            RsDatabaseOpenFlags  flags,
                                            GError             **error);

G_END_DECLS
