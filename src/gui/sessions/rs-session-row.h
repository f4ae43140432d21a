/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-item-row.h"

#include "rs-session.h"

G_BEGIN_DECLS

#define RS_TYPE_SESSION_ROW (rs_session_row_get_type ())
G_DECLARE_FINAL_TYPE (RsSessionRow, rs_session_row, RS, SESSION_ROW, RsItemRow)

/* A row of the meeting list: its title and subtitle follow the meeting (@item). */
GtkWidget *rs_session_row_new      (RsSession    *item);
RsSession *rs_session_row_get_item (RsSessionRow *self);
void       rs_session_row_set_item (RsSessionRow *self,
                                    RsSession    *item);

G_END_DECLS
