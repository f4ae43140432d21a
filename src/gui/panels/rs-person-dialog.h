/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-database.h"
#include "rs-pool-mapping.h"
#include "rs-pool-store.h"

G_BEGIN_DECLS

#define RS_TYPE_PERSON_DIALOG (rs_person_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsPersonDialog, rs_person_dialog, RS, PERSON_DIALOG, AdwWindow)

/* Adds one person to a panel's pool (@person_id 0) or edits one: contact
 * fields (RsContactField order) in one group, one dropdown per category in
 * another, and the status. Saving runs off the UI thread through
 * rs_pool_store_add/update and emits ::saved with the person's id. */
RsPersonDialog *rs_person_dialog_new          (GtkWindow      *parent,
                                               RsDatabase     *db,
                                               gint64          panel_id,
                                               GPtrArray      *categories,
                                               gint64          person_id,
                                               RsPersonData   *data);
/* For tests. */
GtkEditable    *rs_person_dialog_get_contact  (RsPersonDialog *self,
                                               RsContactField  field);
AdwComboRow    *rs_person_dialog_get_value    (RsPersonDialog *self,
                                               guint           category);
AdwComboRow    *rs_person_dialog_get_status   (RsPersonDialog *self);
/* The data the dialog would store now. */
RsPersonData   *rs_person_dialog_get_data     (RsPersonDialog *self);

G_END_DECLS
