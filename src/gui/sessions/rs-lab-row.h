/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-item-row.h"

#include "rs-lab.h"

G_BEGIN_DECLS

#define RS_TYPE_LAB_ROW (rs_lab_row_get_type ())
G_DECLARE_FINAL_TYPE (RsLabRow, rs_lab_row, RS, LAB_ROW, RsItemRow)

/* A row of the lab list: its title and subtitle follow the lab (@item). */
GtkWidget *rs_lab_row_new      (RsLab    *item);
RsLab     *rs_lab_row_get_item (RsLabRow *self);
void       rs_lab_row_set_item (RsLabRow *self,
                                RsLab    *item);

G_END_DECLS
