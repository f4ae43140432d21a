/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-item-row"

#include "config.h"

#include "rs-item-row.h"

typedef struct
{
  GObject  *item;
  GBinding *title_binding;
} RsItemRowPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RsItemRow, rs_item_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
item_notify_cb (RsItemRow *self)
{
  RsItemRowPrivate *priv = rs_item_row_get_instance_private (self);
  g_autofree char *subtitle = priv->item ? RS_ITEM_ROW_GET_CLASS (self)->subtitle_of (priv->item) : NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle ? subtitle : "");
}

static void
rs_item_row_dispose (GObject *object)
{
  rs_item_row_set_item (RS_ITEM_ROW (object), NULL);
  G_OBJECT_CLASS (rs_item_row_parent_class)->dispose (object);
}

static void
rs_item_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, rs_item_row_get_item (RS_ITEM_ROW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_item_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ITEM:
      rs_item_row_set_item (RS_ITEM_ROW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_item_row_class_init (RsItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_item_row_dispose;
  object_class->get_property = rs_item_row_get_property;
  object_class->set_property = rs_item_row_set_property;
  klass->item_type = G_TYPE_OBJECT;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-item-row.ui");
}

static void
rs_item_row_init (RsItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

gpointer
rs_item_row_get_item (RsItemRow *self)
{
  RsItemRowPrivate *priv = rs_item_row_get_instance_private (self);

  g_return_val_if_fail (RS_IS_ITEM_ROW (self), NULL);
  return priv->item;
}

void
rs_item_row_set_item (RsItemRow *self,
                      gpointer   item)
{
  RsItemRowPrivate *priv = rs_item_row_get_instance_private (self);
  RsItemRowClass *klass;

  g_return_if_fail (RS_IS_ITEM_ROW (self));
  klass = RS_ITEM_ROW_GET_CLASS (self);
  g_return_if_fail (item == NULL || G_TYPE_CHECK_INSTANCE_TYPE (item, klass->item_type));

  if (priv->item == item)
    return;
  g_clear_pointer (&priv->title_binding, g_binding_unbind);
  if (priv->item != NULL)
    g_signal_handlers_disconnect_by_data (priv->item, self);
  g_set_object (&priv->item, item);
  if (item != NULL)
    {
      priv->title_binding = g_object_bind_property (item, "title", self, "title", G_BINDING_SYNC_CREATE);
      for (guint i = 0; klass->subtitle_properties && klass->subtitle_properties[i]; i++)
        {
          g_autofree char *signal = g_strconcat ("notify::", klass->subtitle_properties[i], NULL);
          g_signal_connect_swapped (item, signal, G_CALLBACK (item_notify_cb), self);
        }
    }
  if (klass->subtitle_of != NULL)
    item_notify_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
