/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-involvement-item.h"

G_BEGIN_DECLS

#define RS_TYPE_INVOLVEMENT_ROW (rs_involvement_row_get_type ())
G_DECLARE_FINAL_TYPE (RsInvolvementRow, rs_involvement_row, RS, INVOLVEMENT_ROW, AdwActionRow)

/* A line of the Involvement page: a district with its population, or a
 * row of response rates with the rate as its value. */
GtkWidget         *rs_involvement_row_new      (RsInvolvementItem *item);
RsInvolvementItem *rs_involvement_row_get_item (RsInvolvementRow  *self);

G_END_DECLS
