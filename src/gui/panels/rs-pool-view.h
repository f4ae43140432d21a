/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_POOL_VIEW (rs_pool_view_get_type ())
G_DECLARE_FINAL_TYPE (RsPoolView, rs_pool_view, RS, POOL_VIEW, AdwBin)

/* A panel's recruitment pool: search, status filter, status changes,
 * removal and CSV import with the mapping step. No contact data is shown. */
GtkWidget *rs_pool_view_new       (RsPage     *owner);
void       rs_pool_view_set_panel (RsPoolView *self,
                                   gint64      panel_id);
/* For tests. */
GListModel *rs_pool_view_get_model (RsPoolView *self);
void        rs_pool_view_set_search (RsPoolView *self,
                                     const char *text);

G_END_DECLS
