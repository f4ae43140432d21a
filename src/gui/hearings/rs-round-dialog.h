/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-hearing-round.h"

G_BEGIN_DECLS

#define RS_TYPE_ROUND_DIALOG (rs_round_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsRoundDialog, rs_round_dialog, RS, ROUND_DIALOG, AdwMessageDialog)

/* Edits a hearing round's title, dates, legal basis, case number and
 * material. Responds "save" or "cancel"; apply() copies the fields back. */
GtkWidget *rs_round_dialog_new   (GtkWindow      *parent,
                                  RsHearingRound *round);
void       rs_round_dialog_apply (RsRoundDialog  *self,
                                  RsHearingRound *round);

G_END_DECLS
