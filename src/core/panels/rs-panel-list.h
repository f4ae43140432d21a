/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-live-list.h"
#include "rs-panel.h"

G_BEGIN_DECLS

#define RS_TYPE_PANEL_LIST (rs_panel_list_get_type ())
G_DECLARE_FINAL_TYPE (RsPanelList, rs_panel_list, RS, PANEL_LIST, RsLiveList)

/* The panels of a budget process as a GListModel of RsPanel that stays
 * current: it loads on the database thread and loads again (emitting
 * items-changed, then ::loaded) after every committed change to a panel of
 * the process, whoever made it. */
RsPanelList *rs_panel_list_new            (RsDatabase  *db,
                                           gint64       process_id);
gint64       rs_panel_list_get_process_id (RsPanelList *self);
/* Shows another process (empty until its panels have loaded). */
void         rs_panel_list_set_process_id (RsPanelList *self,
                                           gint64       process_id);
gboolean     rs_panel_list_get_loaded     (RsPanelList *self);
/* The position of the panel with @id, or -1. */
int          rs_panel_list_find           (RsPanelList *self,
                                           gint64       id);

G_END_DECLS
