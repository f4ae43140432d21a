/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-lab-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-checklist.h"
#include "rs-lab.h"
#include "rs-lab-row.h"

struct _RsLabRow
{
  RsItemRow parent_instance;
};

G_DEFINE_FINAL_TYPE (RsLabRow, rs_lab_row, RS_TYPE_ITEM_ROW)

/* "5 of 13 met · 150000 kr." */
static char *
subtitle_of (GObject *item)
{
  RsLab *lab = RS_LAB (item);
  g_autofree char *met = rs_checklist_format_met (rs_lab_get_checklist_met (lab), rs_lab_get_checklist_total (lab));

  return rs_lab_get_funded (lab) ? g_strdup_printf (_("%s · %'.0f kr."), met, rs_lab_get_funding_amount (lab))
                                 : g_steal_pointer (&met);
}

static void
rs_lab_row_class_init (RsLabRowClass *klass)
{
  static const char * const subtitle_properties[] = {
    "checklist-met", "checklist-total", "funded", "funding-amount", NULL
  };
  RsItemRowClass *row_class = RS_ITEM_ROW_CLASS (klass);

  row_class->item_type = RS_TYPE_LAB;
  row_class->subtitle_properties = subtitle_properties;
  row_class->subtitle_of = subtitle_of;
}

static void
rs_lab_row_init (RsLabRow *self)
{
}

GtkWidget *
rs_lab_row_new (RsLab *item)
{
  return g_object_new (RS_TYPE_LAB_ROW, "item", item, NULL);
}

RsLab *
rs_lab_row_get_item (RsLabRow *self)
{
  g_return_val_if_fail (RS_IS_LAB_ROW (self), NULL);
  return rs_item_row_get_item (RS_ITEM_ROW (self));
}

void
rs_lab_row_set_item (RsLabRow *self,
                     RsLab    *item)
{
  g_return_if_fail (RS_IS_LAB_ROW (self));
  rs_item_row_set_item (RS_ITEM_ROW (self), item);
}
