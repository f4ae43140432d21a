/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <sqlite3.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* The SQLite connection, for the SQLite backend and its tests only. */
sqlite3 *rs_database_get_handle (RsDatabase *self);

/* The job thread (rs-database-jobs.c). */
GThreadPool **rs_database_get_job_pool (RsDatabase   *self);
void          rs_database_jobs_free    (GThreadPool **pool);

G_END_DECLS
