/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RS_TYPE_CONFLICT_DIALOG (rs_conflict_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsConflictDialog, rs_conflict_dialog, RS, CONFLICT_DIALOG, AdwMessageDialog)

/* Shown when a save is refused because someone else saved the record
 * first (RS_DATABASE_ERROR_CONFLICT): @message says who and when; each
 * field added shows their value beside the user's. Its responses are
 * "theirs" (use the stored version), "mine" (overwrite it with the user's)
 * and "copy" (copy the user's values to the clipboard and keep editing);
 * closing it keeps the editor as it is. Nothing the user typed is lost
 * whichever they choose. */
RsConflictDialog *rs_conflict_dialog_new       (GtkWindow        *parent,
                                                const char       *message);
/* Adds a row when @theirs and @mine differ; returns whether it did. */
gboolean          rs_conflict_dialog_add_field (RsConflictDialog *self,
                                                const char       *label,
                                                const char       *theirs,
                                                const char       *mine);
guint             rs_conflict_dialog_get_n_fields (RsConflictDialog *self);
/* The user's values, as copied by "copy". */
const char       *rs_conflict_dialog_get_mine_text (RsConflictDialog *self);

G_END_DECLS
