/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RS_TYPE_ITEM_ROW (rs_item_row_get_type ())
G_DECLARE_DERIVABLE_TYPE (RsItemRow, rs_item_row, RS, ITEM_ROW, AdwActionRow)

/* The base of a list row that follows an item: its title is the item's
 * "title", its subtitle what subtitle_of() makes of the item, again
 * whenever one of the item's @subtitle_properties changes. */
struct _RsItemRowClass
{
  AdwActionRowClass parent_class;

  GType               item_type;
  const char * const *subtitle_properties;
  char             *(*subtitle_of) (GObject *item);
};

gpointer rs_item_row_get_item (RsItemRow *self);
void     rs_item_row_set_item (RsItemRow *self,
                               gpointer   item);

G_END_DECLS
