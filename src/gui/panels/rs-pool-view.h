/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-page.h"
#include "rs-person-dialog.h"

G_BEGIN_DECLS

#define RS_TYPE_POOL_VIEW (rs_pool_view_get_type ())
G_DECLARE_FINAL_TYPE (RsPoolView, rs_pool_view, RS, POOL_VIEW, AdwBin)

/* A panel's recruitment pool: search, status filter, status changes,
 * adding, editing and removing one person (contact data only in the
 * person dialog) and CSV import with the mapping step. No contact data is
 * shown in the list. */
GtkWidget *rs_pool_view_new       (RsPage     *owner);
void       rs_pool_view_set_panel (RsPoolView *self,
                                   gint64      panel_id);
/* For tests. */
GListModel *rs_pool_view_get_model (RsPoolView *self);
void        rs_pool_view_set_search (RsPoolView *self,
                                     const char *text);
/* Opens the person dialog for a new person once the categories are loaded. */
void        rs_pool_view_add_person (RsPoolView *self);
RsPersonDialog *rs_pool_view_get_person_dialog (RsPoolView *self);

G_END_DECLS
