/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-session-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-session.h"
#include "rs-session-row.h"

struct _RsSessionRow
{
  AdwActionRow  parent_instance;

  RsSession    *item;
  GBinding     *title_binding;
};

G_DEFINE_FINAL_TYPE (RsSessionRow, rs_session_row, ADW_TYPE_ACTION_ROW)

enum
{
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "2026-06-13 · 96 of 102 present" */
static char *
subtitle_of (RsSession *session)
{
  g_autofree char *day = g_strndup (rs_session_get_starts_at (session), 10);

  return g_strdup_printf (_("%s · %d of %d present"), day, rs_session_get_attended (session),
                          rs_session_get_registered (session));
}

static void
item_notify_cb (RsSessionRow *self)
{
  g_autofree char *subtitle = self->item ? subtitle_of (self->item) : NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle ? subtitle : "");
}

static void
rs_session_row_dispose (GObject *object)
{
  RsSessionRow *self = RS_SESSION_ROW (object);

  rs_session_row_set_item (self, NULL);
  G_OBJECT_CLASS (rs_session_row_parent_class)->dispose (object);
}

static void
rs_session_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RsSessionRow *self = RS_SESSION_ROW (object);

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
rs_session_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RsSessionRow *self = RS_SESSION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      rs_session_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_session_row_class_init (RsSessionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_session_row_dispose;
  object_class->get_property = rs_session_row_get_property;
  object_class->set_property = rs_session_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, RS_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-session-row.ui");
}

static void
rs_session_row_init (RsSessionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_session_row_new (RsSession *item)
{
  return g_object_new (RS_TYPE_SESSION_ROW, "item", item, NULL);
}

RsSession *
rs_session_row_get_item (RsSessionRow *self)
{
  g_return_val_if_fail (RS_IS_SESSION_ROW (self), NULL);
  return self->item;
}

void
rs_session_row_set_item (RsSessionRow *self,
                        RsSession    *item)
{
  g_return_if_fail (RS_IS_SESSION_ROW (self));
  g_return_if_fail (item == NULL || RS_IS_SESSION (item));

  if (self->item == item)
    return;
  g_clear_pointer (&self->title_binding, g_binding_unbind);
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    {
      self->title_binding = g_object_bind_property (item, "title", self, "title", G_BINDING_SYNC_CREATE);
      g_signal_connect_swapped (item, "notify::starts-at", G_CALLBACK (item_notify_cb), self);
      g_signal_connect_swapped (item, "notify::attended", G_CALLBACK (item_notify_cb), self);
      g_signal_connect_swapped (item, "notify::registered", G_CALLBACK (item_notify_cb), self);
    }
  item_notify_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
