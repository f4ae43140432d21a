/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-involvement-store.h"
#include "rs-district-view.h"
#include "rs-letters.h"
#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_INVOLVEMENT_PAGE (rs_involvement_page_get_type ())
G_DECLARE_FINAL_TYPE (RsInvolvementPage, rs_involvement_page, RS, INVOLVEMENT_PAGE, RsPage)

/* Involvement beyond the panel: the invitation stage of the draw (import
 * the address list, draw the letters by district with a seed and weights,
 * import the replies, response rates per district and channel), the
 * district list and the engagement targets. */

/* For tests. */
RsInvolvementStore *rs_involvement_page_get_store       (RsInvolvementPage *self);
GtkListBox         *rs_involvement_page_get_rates_list  (RsInvolvementPage *self);
GtkListBox         *rs_involvement_page_get_districts_list (RsInvolvementPage *self);
RsDistrictView     *rs_involvement_page_get_district_view  (RsInvolvementPage *self);
const char         *rs_involvement_page_get_status      (RsInvolvementPage *self);
/* The toast of the last removed district (its Undo), and the open Edit
 * District dialog (involvement.edit-district), or NULL. */
AdwToast           *rs_involvement_page_get_undo_toast  (RsInvolvementPage *self);
GtkWindow          *rs_involvement_page_get_district_dialog (RsInvolvementPage *self);
/* The open Write Letters dialog; choosing a kind and its @subject (0: the
 * default, then the process's meetings or hearing rounds in their order;
 * FALSE until they are read or when the kind has none); the meeting or
 * round id the dialog would write for. */
GtkWindow          *rs_involvement_page_get_letters_dialog (RsInvolvementPage *self);
gboolean            rs_involvement_page_choose_letter   (RsInvolvementPage *self,
                                                         RsLetterKind       kind,
                                                         guint              subject);
gint64              rs_involvement_page_get_letter_subject (RsInvolvementPage *self);

G_END_DECLS
