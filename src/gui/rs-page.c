/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-change-monitor.h"
#include "rs-page.h"

typedef struct
{
  RsContext       *context;
  RsProcess       *process;
  GCancellable    *cancellable;
  RsChangeMonitor *monitor;
} RsPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RsPage, rs_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROCESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_page_dispose (GObject *object)
{
  RsPagePrivate *priv = rs_page_get_instance_private (RS_PAGE (object));

  if (priv->cancellable != NULL)
    g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  g_clear_object (&priv->monitor);
  g_clear_object (&priv->context);
  g_clear_object (&priv->process);

  G_OBJECT_CLASS (rs_page_parent_class)->dispose (object);
}

static void
rs_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  RsPage *self = RS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, rs_page_get_context (self));
      break;
    case PROP_PROCESS:
      g_value_set_object (value, rs_page_get_process (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  RsPage *self = RS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      rs_page_set_context (self, g_value_get_object (value));
      break;
    case PROP_PROCESS:
      rs_page_set_process (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_page_class_init (RsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rs_page_dispose;
  object_class->get_property = rs_page_get_property;
  object_class->set_property = rs_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROCESS] =
    g_param_spec_object ("process", NULL, NULL, RS_TYPE_PROCESS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_page_init (RsPage *self)
{
  RsPagePrivate *priv = rs_page_get_instance_private (self);

  priv->cancellable = g_cancellable_new ();
}

static void
monitor_changed_cb (RsPage *self)
{
  if (RS_PAGE_GET_CLASS (self)->data_changed != NULL && rs_page_get_process (self) != NULL)
    RS_PAGE_GET_CLASS (self)->data_changed (self);
}

/* The page hears of writes to its process through one change monitor. */
static void
update_monitor (RsPage *self)
{
  RsPagePrivate *priv = rs_page_get_instance_private (self);
  RsDatabase *db = rs_page_get_database (self);
  guint mask = RS_PAGE_GET_CLASS (self)->watched_changes;
  gint64 process_id = priv->process ? rs_process_get_id (priv->process) : 0;

  if (mask == 0)
    return;
  if (priv->monitor != NULL && db == NULL)
    g_clear_object (&priv->monitor);
  if (db == NULL)
    return;
  if (priv->monitor == NULL)
    {
      priv->monitor = rs_change_monitor_new (db, process_id, mask);
      g_signal_connect_object (priv->monitor, "changed", G_CALLBACK (monitor_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else
    rs_change_monitor_set_process_id (priv->monitor, process_id);
}

RsContext *
rs_page_get_context (RsPage *self)
{
  RsPagePrivate *priv = rs_page_get_instance_private (self);
  g_return_val_if_fail (RS_IS_PAGE (self), NULL);
  return priv->context;
}

void
rs_page_set_context (RsPage    *self,
                     RsContext *context)
{
  RsPagePrivate *priv = rs_page_get_instance_private (self);

  g_return_if_fail (RS_IS_PAGE (self));
  if (g_set_object (&priv->context, context))
    {
      g_clear_object (&priv->monitor);
      update_monitor (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
    }
}

RsProcess *
rs_page_get_process (RsPage *self)
{
  RsPagePrivate *priv = rs_page_get_instance_private (self);
  g_return_val_if_fail (RS_IS_PAGE (self), NULL);
  return priv->process;
}

/* Pending work for the previous process is cancelled before the new one loads. */
void
rs_page_set_process (RsPage    *self,
                     RsProcess *process)
{
  RsPagePrivate *priv = rs_page_get_instance_private (self);

  g_return_if_fail (RS_IS_PAGE (self));

  if (!g_set_object (&priv->process, process))
    return;
  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  priv->cancellable = g_cancellable_new ();
  update_monitor (self);
  rs_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCESS]);
}

void
rs_page_reload (RsPage *self)
{
  g_return_if_fail (RS_IS_PAGE (self));
  if (RS_PAGE_GET_CLASS (self)->process_changed != NULL)
    RS_PAGE_GET_CLASS (self)->process_changed (self);
}

RsDatabase *
rs_page_get_database (RsPage *self)
{
  RsPagePrivate *priv = rs_page_get_instance_private (self);
  g_return_val_if_fail (RS_IS_PAGE (self), NULL);
  return priv->context ? rs_context_get_database (priv->context) : NULL;
}

GCancellable *
rs_page_get_cancellable (RsPage *self)
{
  RsPagePrivate *priv = rs_page_get_instance_private (self);
  g_return_val_if_fail (RS_IS_PAGE (self), NULL);
  return priv->cancellable;
}

/* Pages show feedback through the window's one toast overlay. */
void
rs_page_add_toast (RsPage   *self,
                   AdwToast *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

void
rs_page_show_error (RsPage       *self,
                    const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  rs_page_add_toast (self, adw_toast_new (error->message));
}
