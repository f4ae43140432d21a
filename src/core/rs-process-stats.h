/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-process-store.h"

G_BEGIN_DECLS

#define RS_TYPE_PROCESS_STATS (rs_process_stats_get_type ())
G_DECLARE_FINAL_TYPE (RsProcessStats, rs_process_stats, RS, PROCESS_STATS, GObject)

/* The counts of what a budget process holds (the Overview's "At a Glance"),
 * as properties that stay current: the stats load on the database thread
 * and load again whenever a write that could change a count is committed.
 * Bind to "panels", "pool", "selected", "sessions", "labs", "ideas",
 * "hearing-rounds", "responses", "recommendations" and "decisions". */
RsProcessStats *rs_process_stats_new            (RsDatabase     *db,
                                                 gint64          process_id);
gint64          rs_process_stats_get_process_id (RsProcessStats *self);
void            rs_process_stats_set_process_id (RsProcessStats *self,
                                                 gint64          process_id);
/* TRUE once the counts of the current process have loaded. */
gboolean        rs_process_stats_get_loaded     (RsProcessStats *self);
const RsProcessSummary *rs_process_stats_get_summary (RsProcessStats *self);

G_END_DECLS
