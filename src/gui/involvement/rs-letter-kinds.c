/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-letter-kinds"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-letter-kinds.h"

GtkStringList *
rs_letter_kinds_new_model (void)
{
  const char *labels[RS_N_LETTER_KINDS + 1] = { NULL };

  labels[RS_LETTER_INVITATION] = _("Invitation to the drawn households");
  labels[RS_LETTER_CONFIRMATION] = _("Confirmation to the members");
  labels[RS_LETTER_RESERVE] = _("Letter to the reserves");
  labels[RS_LETTER_MEETING] = _("Meeting invitation");
  labels[RS_LETTER_THANK_YOU] = _("Thank-you to participants");
  labels[RS_LETTER_REMINDER] = _("Meeting reminder");
  labels[RS_LETTER_YOU_SAID_WE_DID] = _("“You said, we did” to participants");
  labels[RS_LETTER_RECEIPT] = _("Receipt to each hearing party");
  labels[RS_LETTER_ANSWER] = _("Answer to each hearing party (white book)");
  return gtk_string_list_new (labels);
}
