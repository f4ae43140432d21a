/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-categories.h"
#include "rs-page.h"
#include "rs-panel.h"
#include "rs-population-dialog.h"

G_BEGIN_DECLS

#define RS_TYPE_CATEGORIES_EDITOR (rs_categories_editor_get_type ())
G_DECLARE_FINAL_TYPE (RsCategoriesEditor, rs_categories_editor, RS, CATEGORIES_EDITOR, AdwBin)

/* Categories, values and targets of a panel: target share, min and max per
 * value, a live quota preview for the panel's size and an error per
 * category (shares that do not add up to 100 %, impossible quotas). */
GtkWidget *rs_categories_editor_new            (RsPage             *owner);
/* Takes ownership of @categories. */
void       rs_categories_editor_set_categories (RsCategoriesEditor *self,
                                                RsPanel            *panel,
                                                GPtrArray          *categories);
/* For tests: the error shown for category @index, or NULL. */
const char *rs_categories_editor_get_error     (RsCategoriesEditor *self,
                                                guint               index);
GPtrArray  *rs_categories_editor_get_categories (RsCategoriesEditor *self);
/* Without an owner page (tests): the database the population fetch uses. */
void        rs_categories_editor_set_database   (RsCategoriesEditor *self,
                                                 RsDatabase         *db);
/* For tests: the open "Fetch Population Figures" dialog, or NULL. */
RsPopulationDialog *rs_categories_editor_get_population_dialog (RsCategoriesEditor *self);
/* For tests: the "Add a value" row of category @index, or NULL. */
GtkWidget  *rs_categories_editor_get_add_row    (RsCategoriesEditor *self,
                                                 guint               index);
/* What the category's remove button does: removes it, with an Undo toast
 * (action "categories.undo-remove"). */
void        rs_categories_editor_remove_category (RsCategoriesEditor *self,
                                                  guint               index);
/* The same panel with new details (its size, the quota tolerance): the
 * quotas and checks are redone, the edits kept. */
void        rs_categories_editor_update_panel   (RsCategoriesEditor *self,
                                                 RsPanel            *panel);
/* Edits wait half a second, and a removal until its Undo toast is gone,
 * before they are saved ("categories.save" saves at once). */
gboolean    rs_categories_editor_has_unsaved    (RsCategoriesEditor *self);
/* The source credit shown above the targets, or NULL. */
const char *rs_categories_editor_get_credit     (RsCategoriesEditor *self);

G_END_DECLS
