/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

#include "rs-representativeness.h"

G_BEGIN_DECLS

#define RS_TYPE_REPR_ITEM (rs_repr_item_get_type ())
G_DECLARE_FINAL_TYPE (RsReprItem, rs_repr_item, RS, REPR_ITEM, GObject)

/* One row of the representativeness table, as text for the columns. */
RsReprItem *rs_repr_item_new      (RsRepresentativeness *data,
                                   RsReprRow            *row);
const char *rs_repr_item_get_text (RsReprItem           *self,
                                   guint                 column);
gboolean    rs_repr_item_is_alert (RsReprItem           *self,
                                   guint                 column);

#define RS_REPR_N_COLUMNS 7

G_END_DECLS
