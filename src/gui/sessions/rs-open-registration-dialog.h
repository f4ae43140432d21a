/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-database.h"
#include "rs-open-registration.h"

G_BEGIN_DECLS

#define RS_TYPE_OPEN_REGISTRATION_DIALOG (rs_open_registration_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsOpenRegistrationDialog, rs_open_registration_dialog, RS, OPEN_REGISTRATION_DIALOG, AdwWindow)

/* Adds a public registration to @session_id (@registration NULL) or edits
 * one; saves on the database thread and closes. @districts: the process's
 * district names. */
RsOpenRegistrationDialog *rs_open_registration_dialog_new  (GtkWindow          *parent,
                                                            RsDatabase         *db,
                                                            gint64              session_id,
                                                            RsOpenRegistration *registration,
                                                            const char * const *districts);
/* For tests: fills the name and saves as the Save button does. */
void                      rs_open_registration_dialog_save (RsOpenRegistrationDialog *self,
                                                            const char               *name);

/* For tests: erases the participant's personal data as the confirmed
 * Erase Personal Data button does, then closes. */
void                      rs_open_registration_dialog_erase (RsOpenRegistrationDialog *self);

G_END_DECLS
