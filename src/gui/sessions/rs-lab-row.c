/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-lab-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-checklist.h"
#include "rs-lab.h"
#include "rs-lab-row.h"

struct _RsLabRow
{
  AdwActionRow  parent_instance;

  RsLab        *item;
  GBinding     *title_binding;
};

G_DEFINE_FINAL_TYPE (RsLabRow, rs_lab_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "5 of 13 met · 150000 kr." */
static char *
subtitle_of (RsLab *lab)
{
  g_autofree char *met = rs_checklist_format_met (rs_lab_get_checklist_met (lab), rs_lab_get_checklist_total (lab));

  return rs_lab_get_funded (lab) ? g_strdup_printf (_("%s · %'.0f kr."), met, rs_lab_get_funding_amount (lab))
                                 : g_steal_pointer (&met);
}

static void
item_notify_cb (RsLabRow *self)
{
  g_autofree char *subtitle = self->item ? subtitle_of (self->item) : NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle ? subtitle : "");
}

static void
rs_lab_row_dispose (GObject *object)
{
  RsLabRow *self = RS_LAB_ROW (object);

  rs_lab_row_set_item (self, NULL);
  G_OBJECT_CLASS (rs_lab_row_parent_class)->dispose (object);
}

static void
rs_lab_row_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RsLabRow *self = RS_LAB_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_lab_row_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RsLabRow *self = RS_LAB_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      rs_lab_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_lab_row_class_init (RsLabRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_lab_row_dispose;
  object_class->get_property = rs_lab_row_get_property;
  object_class->set_property = rs_lab_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, RS_TYPE_LAB,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-lab-row.ui");
}

static void
rs_lab_row_init (RsLabRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
  return self->item;
}

void
rs_lab_row_set_item (RsLabRow *self,
                    RsLab    *item)
{
  g_return_if_fail (RS_IS_LAB_ROW (self));
  g_return_if_fail (item == NULL || RS_IS_LAB (item));

  if (self->item == item)
    return;
  g_clear_pointer (&self->title_binding, g_binding_unbind);
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    {
      self->title_binding = g_object_bind_property (item, "title", self, "title", G_BINDING_SYNC_CREATE);
      g_signal_connect_swapped (item, "notify::checklist-met", G_CALLBACK (item_notify_cb), self);
      g_signal_connect_swapped (item, "notify::checklist-total", G_CALLBACK (item_notify_cb), self);
      g_signal_connect_swapped (item, "notify::funded", G_CALLBACK (item_notify_cb), self);
      g_signal_connect_swapped (item, "notify::funding-amount", G_CALLBACK (item_notify_cb), self);
    }
  item_notify_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
