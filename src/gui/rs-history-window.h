/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-database.h"

G_BEGIN_DECLS

#define RS_TYPE_HISTORY_WINDOW (rs_history_window_get_type ())
G_DECLARE_FINAL_TYPE (RsHistoryWindow, rs_history_window, RS, HISTORY_WINDOW, AdwWindow)

/* The history of one record from the audit log: who changed it, when and
 * what, newest first. @entity is its kind as the stores log it (e.g.
 * "recommendation", "response_point"); @title names the record. */
RsHistoryWindow *rs_history_window_new       (GtkWindow       *parent,
                                              RsDatabase      *db,
                                              const char      *entity,
                                              gint64           entity_id,
                                              const char      *title);
/* The rows shown (RsAuditEntry); empty until loaded. */
GListModel      *rs_history_window_get_model (RsHistoryWindow *self);
gboolean         rs_history_window_is_loaded (RsHistoryWindow *self);
/* Opens the window for a record, transient for @widget's window. */
void             rs_history_window_show      (GtkWidget       *widget,
                                              RsDatabase      *db,
                                              const char      *entity,
                                              gint64           entity_id,
                                              const char      *title);

G_END_DECLS
