/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-involvement-row.h"

struct _RsInvolvementRow
{
  AdwActionRow       parent_instance;

  RsInvolvementItem *item;

  /* Template widgets */
  GtkLabel          *value_label;
};

G_DEFINE_FINAL_TYPE (RsInvolvementRow, rs_involvement_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_item (RsInvolvementRow *self)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 rs_involvement_item_get_title (self->item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self),
                               rs_involvement_item_get_subtitle (self->item));
  gtk_label_set_text (self->value_label, rs_involvement_item_get_value (self->item));
}

static void
rs_involvement_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RsInvolvementRow *self = RS_INVOLVEMENT_ROW (object);

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
rs_involvement_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RsInvolvementRow *self = RS_INVOLVEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_set_object (&self->item, g_value_get_object (value));
      if (self->item != NULL)
        show_item (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_involvement_row_dispose (GObject *object)
{
  RsInvolvementRow *self = RS_INVOLVEMENT_ROW (object);

  g_clear_object (&self->item);
  G_OBJECT_CLASS (rs_involvement_row_parent_class)->dispose (object);
}

static void
rs_involvement_row_class_init (RsInvolvementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_involvement_row_dispose;
  object_class->get_property = rs_involvement_row_get_property;
  object_class->set_property = rs_involvement_row_set_property;
  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, RS_TYPE_INVOLVEMENT_ITEM,
                                               G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                               G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-involvement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RsInvolvementRow, value_label);
}

static void
rs_involvement_row_init (RsInvolvementRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_involvement_row_new (RsInvolvementItem *item)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_ITEM (item), NULL);
  return g_object_new (RS_TYPE_INVOLVEMENT_ROW, "item", item, NULL);
}

RsInvolvementItem *
rs_involvement_row_get_item (RsInvolvementRow *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_ROW (self), NULL);
  return self->item;
}
