/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-document.h"
#include "rs-whitebook.h"

G_BEGIN_DECLS

#define RS_TYPE_WHITEBOOK_DIALOG (rs_whitebook_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsWhitebookDialog, rs_whitebook_dialog, RS, WHITEBOOK_DIALOG, AdwMessageDialog)

/* Asks for the white book's format, its order (by theme or by response), its language and whether private
 * citizens are named (off by default). Responds "export" or "cancel". */
GtkWidget        *rs_whitebook_dialog_new                    (GtkWindow         *parent);
RsDocumentFormat  rs_whitebook_dialog_get_format             (RsWhitebookDialog *self);
gboolean          rs_whitebook_dialog_get_show_private_names (RsWhitebookDialog *self);
RsWhitebookOrder  rs_whitebook_dialog_get_order              (RsWhitebookDialog *self);
/* The report language, "da" or "en". */
const char       *rs_whitebook_dialog_get_language           (RsWhitebookDialog *self);

G_END_DECLS
