/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-involvement-dialog.h"

G_BEGIN_DECLS

#define RS_TYPE_LETTER_TEMPLATE_DIALOG (rs_letter_template_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsLetterTemplateDialog, rs_letter_template_dialog, RS, LETTER_TEMPLATE_DIALOG,
                      RsInvolvementDialog)

/* Letter Templates: the process's subject and text of each kind of letter,
 * read from @store when the kind is chosen; Save stores them, Built-in Text
 * goes back to Rådslag's own. */
GtkWidget *rs_letter_template_dialog_new (RsPage             *page,
                                          RsInvolvementStore *store,
                                          gint64              process_id);

G_END_DECLS
