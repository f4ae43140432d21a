/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-involvement-dialog.h"

G_BEGIN_DECLS

#define RS_TYPE_TARGET_DIALOG (rs_target_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsTargetDialog, rs_target_dialog, RS, TARGET_DIALOG, RsInvolvementDialog)

/* Set Engagement Target: the kind of target, the district it is for
 * (participants only) and its value; Set stores it in @store. */
GtkWidget *rs_target_dialog_new (RsPage             *page,
                                 RsInvolvementStore *store,
                                 gint64              process_id);

G_END_DECLS
