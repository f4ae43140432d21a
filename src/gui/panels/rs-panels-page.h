/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_PANELS_PAGE (rs_panels_page_get_type ())
G_DECLARE_FINAL_TYPE (RsPanelsPage, rs_panels_page, RS, PANELS_PAGE, RsPage)

/* The Draw tab of the panel shown (an RsSelectionView), or NULL; for tests. */
GtkWidget *rs_panels_page_get_draw_view (RsPanelsPage *self);

G_END_DECLS
