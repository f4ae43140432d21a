/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_SESSION (rs_session_get_type ())
G_DECLARE_FINAL_TYPE (RsSession, rs_session, RS, SESSION, GObject)

/* A session: a meeting of a panel, a lab workshop, an open or a network
 * meeting. A value object; rs-session-store.h reads and writes it. The
 * counts (registered, waiting, attended, agenda minutes) are filled when it
 * is read. */

RsSession  *rs_session_new                (void);
RsSession  *rs_session_copy               (RsSession *self);
/* The row's version when read (0: not read from the database, saved
 * whatever is stored; see rs_session_store_update()). */
gint64      rs_session_get_version        (RsSession *self);
void        rs_session_set_version        (RsSession *self,
                                           gint64     version);
gint64      rs_session_get_id             (RsSession *self);
void        rs_session_set_id             (RsSession *self,
                                           gint64 value);
gint64      rs_session_get_process_id     (RsSession *self);
void        rs_session_set_process_id     (RsSession *self,
                                           gint64 value);
/* 0: none */
gint64      rs_session_get_panel_id       (RsSession *self);
void        rs_session_set_panel_id       (RsSession *self,
                                           gint64 value);
/* 0: none */
gint64      rs_session_get_lab_id         (RsSession *self);
void        rs_session_set_lab_id         (RsSession *self,
                                           gint64 value);
const char *rs_session_get_title          (RsSession *self);
void        rs_session_set_title          (RsSession *self,
                                           const char *value);
/* "panel-meeting", "lab-workshop", "open-meeting" or "network-meeting". */
const char *rs_session_get_kind           (RsSession *self);
void        rs_session_set_kind           (RsSession *self,
                                           const char *value);
/* ISO 8601 local time, "2026-06-13T10:00". */
const char *rs_session_get_starts_at      (RsSession *self);
void        rs_session_set_starts_at      (RsSession *self,
                                           const char *value);
/* The same, or NULL. */
const char *rs_session_get_ends_at        (RsSession *self);
void        rs_session_set_ends_at        (RsSession *self,
                                           const char *value);
const char *rs_session_get_place          (RsSession *self);
void        rs_session_set_place          (RsSession *self,
                                           const char *value);
const char *rs_session_get_facilitators   (RsSession *self);
void        rs_session_set_facilitators   (RsSession *self,
                                           const char *value);
const char *rs_session_get_notes          (RsSession *self);
void        rs_session_set_notes          (RsSession *self,
                                           const char *value);
/* 0: no limit. */
int         rs_session_get_capacity       (RsSession *self);
void        rs_session_set_capacity       (RsSession *self,
                                           int value);
int         rs_session_get_registered     (RsSession *self);
void        rs_session_set_registered     (RsSession *self,
                                           int value);
int         rs_session_get_waiting        (RsSession *self);
void        rs_session_set_waiting        (RsSession *self,
                                           int value);
int         rs_session_get_attended       (RsSession *self);
void        rs_session_set_attended       (RsSession *self,
                                           int value);
int         rs_session_get_agenda_minutes (RsSession *self);
void        rs_session_set_agenda_minutes (RsSession *self,
                                           int value);

G_END_DECLS
