/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-database.h"
#include "rs-hearing-response.h"

G_BEGIN_DECLS

#define RS_TYPE_RESPONSE_ENTRY_DIALOG (rs_response_entry_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsResponseEntryDialog, rs_response_entry_dialog, RS, RESPONSE_ENTRY_DIALOG,
                      AdwMessageDialog)

/* Enters a response by hand (a letter, a phone call, a meeting). Responds
 * "add" or "cancel"; build() makes the response from the fields. */
GtkWidget         *rs_response_entry_dialog_new   (GtkWindow             *parent);
RsHearingResponse *rs_response_entry_dialog_build (RsResponseEntryDialog *self);
/* Edits a stored response's sender, e-mail, kind, received date, channel
 * and review flag (not its text: its points hold offsets into it).
 * Responds "save" or "cancel"; apply() writes the fields into @response. */
GtkWidget         *rs_response_entry_dialog_new_for_response (GtkWindow         *parent,
                                                              RsHearingResponse *response);
void               rs_response_entry_dialog_apply (RsResponseEntryDialog *self,
                                                   RsHearingResponse     *response);

/* Offers the process's districts (read on the database thread) with the
 * response's (@response_id 0: a new one). */
void               rs_response_entry_dialog_load_district (RsResponseEntryDialog *self,
                                                           RsDatabase            *db,
                                                           gint64                 process_id,
                                                           gint64                 response_id);
/* The district chosen when it differs from the stored one, else NULL. */
char              *rs_response_entry_dialog_dup_district  (RsResponseEntryDialog *self);
/* For tests: chooses @district ("" none); FALSE until the list is read. */
gboolean           rs_response_entry_dialog_set_district  (RsResponseEntryDialog *self,
                                                           const char            *district);

G_END_DECLS
