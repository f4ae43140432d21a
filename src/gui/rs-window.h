/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-application.h"
#include "rs-process.h"

G_BEGIN_DECLS

#define RS_TYPE_WINDOW (rs_window_get_type ())
G_DECLARE_FINAL_TYPE (RsWindow, rs_window, RS, WINDOW, AdwApplicationWindow)

RsWindow   *rs_window_new              (RsApplication *application,
                                        RsContext     *context,
                                        const char    *db_path);
void        rs_window_ensure_sample    (RsWindow      *self);
const char *rs_window_get_visible_page (RsWindow      *self);
GtkWidget  *rs_window_get_page         (RsWindow      *self,
                                        const char    *name);
RsProcess  *rs_window_get_process      (RsWindow      *self);
gboolean    rs_window_is_loading       (RsWindow      *self);

G_END_DECLS
