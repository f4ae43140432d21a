/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-database.h"
#include "rs-session-store.h"

G_BEGIN_DECLS

#define RS_TYPE_SESSION_EDITOR (rs_session_editor_get_type ())
G_DECLARE_FINAL_TYPE (RsSessionEditor, rs_session_editor, RS, SESSION_EDITOR, AdwWindow)

/* The New Meeting / Edit Meeting dialog. Emits "saved" (gint64 first id,
 * guint how many) once the meeting (or template series) is stored. With
 * @session NULL it creates a meeting. */
RsSessionEditor *rs_session_editor_new  (GtkWindow           *parent,
                                         RsDatabase          *db,
                                         gint64               process_id,
                                         RsSession           *session);
/* What the Save button does. */
void             rs_session_editor_save (RsSessionEditor     *self);
/* For tests: fills the form as a user would. @owner is a label in the
 * owner list ("Open meeting", a panel's or a lab's name); @template_name
 * NULL, "council" or "network". */
void             rs_session_editor_fill (RsSessionEditor     *self,
                                         const char          *title,
                                         const char          *date,
                                         const char          *start,
                                         const char          *end,
                                         int                  capacity,
                                         const char          *template_name);
gboolean         rs_session_editor_is_ready (RsSessionEditor *self);

G_END_DECLS
