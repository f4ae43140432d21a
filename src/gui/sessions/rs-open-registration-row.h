/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gtk/gtk.h>

#include "rs-open-registration.h"

G_BEGIN_DECLS

#define RS_TYPE_OPEN_REGISTRATION_ROW (rs_open_registration_row_get_type ())
G_DECLARE_FINAL_TYPE (RsOpenRegistrationRow, rs_open_registration_row, RS, OPEN_REGISTRATION_ROW, GtkWidget)

/* A public registration in the Meetings page's list: the name and
 * pseudonym, age band, district, status and the other meetings of the
 * participant, why it needs review; a check box for attendance and
 * buttons for the registrations.edit/cancel/reviewed actions (targets:
 * the registration's id). The "item" property is the RsOpenRegistration. */
RsOpenRegistration *rs_open_registration_row_get_item (RsOpenRegistrationRow *self);
void                rs_open_registration_row_set_item (RsOpenRegistrationRow *self,
                                                       RsOpenRegistration    *item);
/* A translated reason for each word of a review note, joined. */
char               *rs_open_registration_review_text  (const char            *note);

G_END_DECLS
