/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RS_TYPE_CYCLE_TIMELINE (rs_cycle_timeline_get_type ())
G_DECLARE_FINAL_TYPE (RsCycleTimeline, rs_cycle_timeline, RS, CYCLE_TIMELINE, GtkWidget)

GtkWidget  *rs_cycle_timeline_new         (void);
void        rs_cycle_timeline_set_phases  (RsCycleTimeline *self,
                                           GListModel      *phases);
void        rs_cycle_timeline_set_flagged (RsCycleTimeline *self,
                                           guint            flagged_mask);

G_END_DECLS
