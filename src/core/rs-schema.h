/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* Applies migrations from @from_version up to RS_SCHEMA_VERSION; the caller
 * holds the transaction. */
gboolean rs_schema_migrate (sqlite3  *handle,
                            int       from_version,
                            GError  **error);

G_END_DECLS
