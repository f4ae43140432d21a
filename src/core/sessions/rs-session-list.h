/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-live-list.h"
#include "rs-session.h"

G_BEGIN_DECLS

#define RS_TYPE_SESSION_LIST (rs_session_list_get_type ())
G_DECLARE_FINAL_TYPE (RsSessionList, rs_session_list, RS, SESSION_LIST, RsLiveList)

/* The meetings of a budget process (by start) as a GListModel of RsSession
 * that stays current: it loads on the database thread and loads again
 * (emitting items-changed, then ::loaded) after every committed change to
 * a meeting or a registration of the process, whoever made it. */
RsSessionList *rs_session_list_new            (RsDatabase    *db,
                                               gint64         process_id);
gint64         rs_session_list_get_process_id (RsSessionList *self);
/* Shows another process (empty until it has loaded). */
void           rs_session_list_set_process_id (RsSessionList *self,
                                               gint64         process_id);
gboolean       rs_session_list_get_loaded     (RsSessionList *self);
/* The position of the item with @id, or -1. */
int            rs_session_list_find           (RsSessionList *self,
                                               gint64         id);

G_END_DECLS
