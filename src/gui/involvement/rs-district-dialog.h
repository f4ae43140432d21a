/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-involvement-dialog.h"

G_BEGIN_DECLS

#define RS_TYPE_DISTRICT_DIALOG (rs_district_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsDistrictDialog, rs_district_dialog, RS, DISTRICT_DIALOG, RsInvolvementDialog)

/* Add District (@name NULL), or Edit District @name with its @population:
 * a name and a population (0: not known). A new name follows the district
 * on every record; a name already on the list gets the new population. */
GtkWidget *rs_district_dialog_new (RsPage             *page,
                                   RsInvolvementStore *store,
                                   gint64              process_id,
                                   const char         *name,
                                   double              population);

G_END_DECLS
