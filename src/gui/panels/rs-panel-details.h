/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-page.h"
#include "rs-panel.h"

G_BEGIN_DECLS

#define RS_TYPE_PANEL_DETAILS (rs_panel_details_get_type ())
G_DECLARE_FINAL_TYPE (RsPanelDetails, rs_panel_details, RS, PANEL_DETAILS, AdwBin)

/* A panel's name, size, mandate and eligibility rules, with Delete;
 * save() (the page's Save in the header bar) stores the edits. Emits
 * "changed" after a save or delete. */
GtkWidget *rs_panel_details_new       (RsPage         *owner);
void       rs_panel_details_set_panel (RsPanelDetails *self,
                                       RsPanel        *panel);
/* The form saves itself 0.6 s after the last change; this saves at once. */
void       rs_panel_details_save      (RsPanelDetails *self);
gboolean   rs_panel_details_has_unsaved (RsPanelDetails *self);

G_END_DECLS
