/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-repr-item"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-repr-item.h"

struct _RsReprItem
{
  GObject  parent_instance;
  char    *text[RS_REPR_N_COLUMNS];
  gboolean alert[RS_REPR_N_COLUMNS];
};

G_DEFINE_FINAL_TYPE (RsReprItem, rs_repr_item, G_TYPE_OBJECT)

static void
rs_repr_item_finalize (GObject *object)
{
  RsReprItem *self = RS_REPR_ITEM (object);

  for (guint i = 0; i < RS_REPR_N_COLUMNS; i++)
    g_free (self->text[i]);
  G_OBJECT_CLASS (rs_repr_item_parent_class)->finalize (object);
}

static void
rs_repr_item_class_init (RsReprItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rs_repr_item_finalize;
}

static void
rs_repr_item_init (RsReprItem *self)
{
}

static char *
share_text (RsRepresentativeness *data,
            RsReprRow            *row,
            RsReprGroup           group)
{
  double share = rs_repr_share (data, row, group);

  if (share < 0)
    return g_strdup ("–");
  /* Translators: a count of people and their share, e.g. "12 (11.5 %)" */
  return g_strdup_printf (_("%d (%.1f %%)"), rs_repr_count (row, group), share);
}

RsReprItem *
rs_repr_item_new (RsRepresentativeness *data,
                  RsReprRow            *row)
{
  RsReprItem *self = g_object_new (RS_TYPE_REPR_ITEM, NULL);

  self->text[0] = row->sensitive ? g_strdup_printf (_("%s (sensitive)"), row->category)
                                 : g_strdup (row->category);
  self->text[1] = g_strdup (row->value);
  self->text[2] = row->target >= 0 ? g_strdup_printf ("%.1f %%", row->target) : g_strdup ("–");
  for (int g = 0; g < 3; g++)
    {
      self->text[3 + g] = share_text (data, row, g);
      self->alert[3 + g] = rs_repr_gap_exceeded (data, row, g);
    }
  if (row->min < 0)
    self->text[6] = g_strdup (_("No quota"));
  else if (rs_repr_feasible (row))
    self->text[6] = g_strdup_printf (_("Yes (minimum %d)"), row->min);
  else
    self->text[6] = g_strdup_printf (_("No: %d in the pool, minimum %d"), row->pool, row->min);
  self->alert[6] = !rs_repr_feasible (row);
  return self;
}

const char *
rs_repr_item_get_text (RsReprItem *self,
                       guint       column)
{
  return self->text[column];
}

gboolean
rs_repr_item_is_alert (RsReprItem *self,
                       guint       column)
{
  return self->alert[column];
}
