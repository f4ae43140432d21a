/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <sqlite3.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* The SQLite connection, for the SQLite backend and its tests only. */
sqlite3 *rs_database_get_handle (RsDatabase *self);

G_END_DECLS
