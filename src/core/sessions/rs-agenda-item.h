/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_AGENDA_ITEM (rs_agenda_item_get_type ())
G_DECLARE_FINAL_TYPE (RsAgendaItem, rs_agenda_item, RS, AGENDA_ITEM, GObject)

/* An item on a session's agenda. A value object; rs-session-store.h
 * reads and writes it. */

RsAgendaItem*rs_agenda_item_new              (void);
RsAgendaItem*rs_agenda_item_copy             (RsAgendaItem *self);
gint64      rs_agenda_item_get_id           (RsAgendaItem *self);
void        rs_agenda_item_set_id           (RsAgendaItem *self,
                                             gint64 value);
int         rs_agenda_item_get_position     (RsAgendaItem *self);
void        rs_agenda_item_set_position     (RsAgendaItem *self,
                                             int value);
const char *rs_agenda_item_get_title        (RsAgendaItem *self);
void        rs_agenda_item_set_title        (RsAgendaItem *self,
                                             const char *value);
int         rs_agenda_item_get_duration_min (RsAgendaItem *self);
void        rs_agenda_item_set_duration_min (RsAgendaItem *self,
                                             int value);
const char *rs_agenda_item_get_presenter    (RsAgendaItem *self);
void        rs_agenda_item_set_presenter    (RsAgendaItem *self,
                                             const char *value);

G_END_DECLS
