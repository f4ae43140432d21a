/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-selection-store.h"

G_BEGIN_DECLS

#define RS_TYPE_SELECTION_REPLACE_DIALOG (rs_selection_replace_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsSelectionReplaceDialog, rs_selection_replace_dialog, RS, SELECTION_REPLACE_DIALOG,
                      AdwMessageDialog)

/* Lists the members of @draw by pseudonym with a check button each; the
 * response "replace" is enabled once at least one is checked. */
GtkWidget *rs_selection_replace_dialog_new         (GtkWindow                *parent,
                                                    RsSelectionLatestDraw    *draw);
/* Shows an entry where a member is checked by pseudonym ("P-0042"), its
 * number ("42") or source id, looked up in @panel_id's pool of @db. */
void       rs_selection_replace_dialog_set_lookup  (RsSelectionReplaceDialog *self,
                                                    RsDatabase               *db,
                                                    gint64                    panel_id);
/* The checked members: gint64 person ids. */
GArray    *rs_selection_replace_dialog_get_dropped (RsSelectionReplaceDialog *self);
/* Types @text into the lookup entry and presses Enter (for tests). */
void       rs_selection_replace_dialog_type_member (RsSelectionReplaceDialog *self,
                                                    const char               *text);
/* Checks or unchecks the member at @index (for tests). */
void       rs_selection_replace_dialog_set_checked (RsSelectionReplaceDialog *self,
                                                    guint                     index,
                                                    gboolean                  checked);

G_END_DECLS
