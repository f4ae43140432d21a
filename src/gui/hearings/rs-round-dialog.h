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
/* The same dialog asking for a new round's title and dates, prefilled
 * from @defaults; its "save" response reads "Create". */
GtkWidget *rs_round_dialog_new_for_create (GtkWindow      *parent,
                                           RsHearingRound *defaults);
void       rs_round_dialog_apply (RsRoundDialog  *self,
                                  RsHearingRound *round);
/* "save" is enabled only with a title, valid dates and a deadline after
 * the first day; get_problem() is the message shown, or NULL. */
gboolean   rs_round_dialog_is_valid    (RsRoundDialog *self);
const char *rs_round_dialog_get_problem (RsRoundDialog *self);
/* For tests: types into the title and date rows. */
void       rs_round_dialog_set_fields  (RsRoundDialog *self,
                                        const char    *title,
                                        const char    *starts_on,
                                        const char    *deadline);

G_END_DECLS
