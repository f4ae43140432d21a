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
  RsInvolvementRow *self = g_object_new (RS_TYPE_INVOLVEMENT_ROW, NULL);
  const char *subtitle = rs_involvement_item_get_subtitle (item);

  self->item = g_object_ref (item);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), rs_involvement_item_get_title (item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_label_set_text (self->value_label, rs_involvement_item_get_value (item));
  return GTK_WIDGET (self);
}

RsInvolvementItem *
rs_involvement_row_get_item (RsInvolvementRow *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_ROW (self), NULL);
  return self->item;
}
