/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shared between the files of RsSessionsPage (rs-sessions-page-export.c
 * holds the printables). */
void _rs_sessions_page_export_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter);

G_END_DECLS
