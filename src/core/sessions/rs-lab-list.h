/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-live-list.h"
#include "rs-lab.h"

G_BEGIN_DECLS

#define RS_TYPE_LAB_LIST (rs_lab_list_get_type ())
G_DECLARE_FINAL_TYPE (RsLabList, rs_lab_list, RS, LAB_LIST, RsLiveList)

/* The labs of a budget process as a GListModel of RsLab that stays
 * current: it loads on the database thread and loads again (emitting
 * items-changed, then ::loaded) after every committed change to a lab, its
 * meetings, ideas, attendance or checklist, whoever made it. */
RsLabList *rs_lab_list_new            (RsDatabase *db,
                                       gint64     process_id);
gint64     rs_lab_list_get_process_id (RsLabList *self);
/* Shows another process (empty until it has loaded). */
void       rs_lab_list_set_process_id (RsLabList *self,
                                       gint64     process_id);
gboolean   rs_lab_list_get_loaded     (RsLabList *self);
/* The position of the item with @id, or -1. */
int        rs_lab_list_find           (RsLabList *self,
                                       gint64     id);

G_END_DECLS
