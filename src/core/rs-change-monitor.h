/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-change-kind.h"
#include "rs-database.h"

G_BEGIN_DECLS

#define RS_CHANGE_MASK(kind) (1u << (kind))

#define RS_TYPE_CHANGE_MONITOR (rs_change_monitor_get_type ())
G_DECLARE_FINAL_TYPE (RsChangeMonitor, rs_change_monitor, RS, CHANGE_MONITOR, GObject)

/* Listens to RsDatabase::changed for the kinds in @mask (RS_CHANGE_MASK()
 * or-ed) of one budget process (0: any), and emits ::changed once per turn
 * of the main loop however many notes matched. Models, aggregates and
 * widgets use it to know when to refresh. */
RsChangeMonitor *rs_change_monitor_new             (RsDatabase      *db,
                                                    gint64           process_id,
                                                    guint            mask);
gint64           rs_change_monitor_get_process_id  (RsChangeMonitor *self);
void             rs_change_monitor_set_process_id  (RsChangeMonitor *self,
                                                    gint64           process_id);

G_END_DECLS
