/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-invitations-group"

#include "config.h"

#include "rs-invitations-group.h"
#include "rs-involvement-row.h"

struct _RsInvitationsGroup
{
  AdwPreferencesGroup  parent_instance;

  RsInvolvementStore  *store;
  gint64               process_id;

  /* Template widgets */
  GtkListBox          *rates_list;
  GtkLabel            *status_label;
};

G_DEFINE_FINAL_TYPE (RsInvitationsGroup, rs_invitations_group, ADW_TYPE_PREFERENCES_GROUP)

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return rs_involvement_row_new (item);
}

static void
show_status (RsInvitationsGroup *self)
{
  const char *status = self->store ? rs_involvement_store_get_status (self->store, self->process_id)
                                   : NULL;

  gtk_label_set_text (self->status_label, status ? status : "");
}

static void
store_changed_cb (RsInvitationsGroup *self,
                  gint64              process_id)
{
  if (process_id == self->process_id)
    show_status (self);
}

static void
rs_invitations_group_dispose (GObject *object)
{
  RsInvitationsGroup *self = RS_INVITATIONS_GROUP (object);

  rs_invitations_group_set_store (self, NULL, 0);
  G_OBJECT_CLASS (rs_invitations_group_parent_class)->dispose (object);
}

static void
rs_invitations_group_class_init (RsInvitationsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_invitations_group_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-invitations-group.ui");
  gtk_widget_class_bind_template_child (widget_class, RsInvitationsGroup, rates_list);
  gtk_widget_class_bind_template_child (widget_class, RsInvitationsGroup, status_label);
}

static void
rs_invitations_group_init (RsInvitationsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
rs_invitations_group_set_store (RsInvitationsGroup *self,
                                RsInvolvementStore *store,
                                gint64              process_id)
{
  g_return_if_fail (RS_IS_INVITATIONS_GROUP (self));
  g_return_if_fail (store == NULL || RS_IS_INVOLVEMENT_STORE (store));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }
  self->process_id = store ? process_id : 0;
  if (self->rates_list != NULL)
    gtk_list_box_bind_model (self->rates_list,
                             store ? rs_involvement_store_get_rates (store, process_id) : NULL,
                             store ? create_row : NULL, NULL, NULL);
  if (self->status_label != NULL)
    show_status (self);
}

GtkListBox *
rs_invitations_group_get_rates_list (RsInvitationsGroup *self)
{
  g_return_val_if_fail (RS_IS_INVITATIONS_GROUP (self), NULL);
  return self->rates_list;
}

const char *
rs_invitations_group_get_status (RsInvitationsGroup *self)
{
  g_return_val_if_fail (RS_IS_INVITATIONS_GROUP (self), NULL);
  return gtk_label_get_text (self->status_label);
}
