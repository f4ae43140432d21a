/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-involvement-dialog.h"
#include "rs-letters.h"

G_BEGIN_DECLS

#define RS_TYPE_LETTERS_DIALOG (rs_letters_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsLettersDialog, rs_letters_dialog, RS, LETTERS_DIALOG, RsInvolvementDialog)

/* Write Letters: the kind of letter, for a meeting or hearing round letter
 * which one (the process's, read when the dialog opens), and the format;
 * Choose Folder… asks where and writes them from @store. */
GtkWidget *rs_letters_dialog_new         (RsPage             *page,
                                          RsInvolvementStore *store,
                                          gint64              process_id);
/* Choosing a kind and its @subject (0: the default, then the meetings or
 * rounds in their order); FALSE until they are read or when the kind has
 * none. */
gboolean   rs_letters_dialog_choose      (RsLettersDialog    *self,
                                          RsLetterKind        kind,
                                          guint               subject);
/* The meeting or round id the dialog would write for, 0: the default. */
gint64     rs_letters_dialog_get_subject (RsLettersDialog    *self);

G_END_DECLS
