/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-involvement-dialog.h"

G_BEGIN_DECLS

#define RS_TYPE_DRAW_DIALOG (rs_draw_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsDrawDialog, rs_draw_dialog, RS, DRAW_DIALOG, RsInvolvementDialog)

/* Draw Invitations: the number of households, the seed (empty: a new one)
 * and the weights of districts that answer less; Draw draws and records
 * the letters in @store for the process. */
GtkWidget *rs_draw_dialog_new (RsPage             *page,
                               RsInvolvementStore *store,
                               gint64              process_id);

G_END_DECLS
