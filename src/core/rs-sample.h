/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-database.h"

G_BEGIN_DECLS

#define RS_SAMPLE_MUNICIPALITY "Havbjerg Kommune"
#define RS_SAMPLE_POOL_SIZE 600
#define RS_SAMPLE_PANEL_SIZE 99

/* Creates the fictional "Budget 2027" process of Havbjerg Kommune with a
 * citizens' council, its pool, meetings, labs, a hearing round and
 * recommendations. The same database content every time; returns the new
 * process id, or 0 on error. Everything is written in one transaction. */
gint64 rs_sample_create        (RsDatabase          *db,
                                GError             **error);
/* The same on the database thread; the finish returns the process id. */
void   rs_sample_create_async  (RsDatabase          *db,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data);
gint64 rs_sample_create_finish (RsDatabase          *db,
                                GAsyncResult        *result,
                                GError             **error);

G_END_DECLS
