/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-database.h"
#include "rs-district-summary.h"

G_BEGIN_DECLS

#define RS_TYPE_DISTRICT_ROW (rs_district_row_get_type ())
G_DECLARE_FINAL_TYPE (RsDistrictRow, rs_district_row, RS, DISTRICT_ROW, AdwComboRow)

/* The district chooser of an editor: "None" and the process's district
 * list, read on the database thread with the record's district (@id 0: a
 * record not yet stored). Hidden while the process has no districts. A
 * district the list no longer holds stays choosable. */
void        rs_district_row_load         (RsDistrictRow       *self,
                                          RsDatabase          *db,
                                          gint64               process_id,
                                          RsDistrictRecord     kind,
                                          gint64               id);
/* Shows the row even when the process has no districts (a dialog that
 * holds only this row). */
void        rs_district_row_keep_visible (RsDistrictRow       *self);
gboolean    rs_district_row_is_ready     (RsDistrictRow       *self);
/* The chosen district, "" for none. */
const char *rs_district_row_get_district (RsDistrictRow       *self);
/* Chooses @district ("" for none); FALSE when it is not offered. */
gboolean    rs_district_row_set_district (RsDistrictRow       *self,
                                          const char          *district);
/* Whether the choice differs from the record's district as read. */
gboolean    rs_district_row_get_changed  (RsDistrictRow       *self);
/* Stores the chosen district on @ids (gint64: the record, or the records a
 * new series created) through the typed store operation when it changed
 * (or, for a new record, when one was chosen); otherwise finishes at once. */
void        rs_district_row_save_async   (RsDistrictRow       *self,
                                          GArray              *ids,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean    rs_district_row_save_finish  (RsDistrictRow       *self,
                                          GAsyncResult        *result,
                                          GError             **error);

G_END_DECLS
