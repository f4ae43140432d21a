/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-action-forward.h"
#include "rs-change-monitor.h"
#include "rs-page.h"

typedef struct
{
  RsContext       *context;
  RsProcess       *process;
  GCancellable    *cancellable;
  GtkWidget       *header_widget;
  RsChangeMonitor *monitor;
  guint            serial;       /* of the last read asked for (rs_page_request_read()) */
} RsPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (RsPage, rs_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROCESS,
  PROP_HEADER_WIDGET,
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
  if (priv->header_widget != NULL && gtk_widget_get_parent (priv->header_widget) != NULL)
    gtk_widget_unparent (priv->header_widget);
  g_clear_object (&priv->header_widget);

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
    case PROP_HEADER_WIDGET:
      g_value_set_object (value, rs_page_get_header_widget (self));
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
    case PROP_HEADER_WIDGET:
      rs_page_set_header_widget (self, g_value_get_object (value));
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
  /* The page's actions for the end of the window's header bar, shown while
   * the page is (so they never scroll out of reach). */
  properties[PROP_HEADER_WIDGET] =
    g_param_spec_object ("header-widget", NULL, NULL, GTK_TYPE_WIDGET,
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

GtkWidget *
rs_page_get_header_widget (RsPage *self)
{
  RsPagePrivate *priv = rs_page_get_instance_private (self);
  g_return_val_if_fail (RS_IS_PAGE (self), NULL);
  return priv->header_widget;
}

/* The widget's buttons and menus name the page's actions as usual
 * ("hearings.import"): they are forwarded to the page. */
void
rs_page_set_header_widget (RsPage    *self,
                           GtkWidget *widget)
{
  RsPagePrivate *priv = rs_page_get_instance_private (self);

  g_return_if_fail (RS_IS_PAGE (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));
  if (priv->header_widget == widget)
    return;
  if (priv->header_widget != NULL && gtk_widget_get_parent (priv->header_widget) != NULL)
    gtk_widget_unparent (priv->header_widget);
  g_clear_object (&priv->header_widget);
  if (widget != NULL)
    {
      priv->header_widget = g_object_ref_sink (widget);
      rs_action_forward_insert (GTK_WIDGET (self), widget);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADER_WIDGET]);
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
  rs_page_drop_requests (self);
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
typedef struct
{
  GWeakRef  page;
  char     *action_name;
  GVariant *target;
} ToastRoute;

static void
toast_route_free (gpointer  data,
                  GClosure *closure)
{
  ToastRoute *route = data;

  g_weak_ref_clear (&route->page);
  g_free (route->action_name);
  g_clear_pointer (&route->target, g_variant_unref);
  g_free (route);
}

static void
toast_button_clicked_cb (AdwToast   *toast,
                         ToastRoute *route)
{
  g_autoptr(GtkWidget) page = g_weak_ref_get (&route->page);

  if (page != NULL)
    gtk_widget_activate_action_variant (page, route->action_name, route->target);
}

static gboolean
has_action (RsPage     *self,
            const char *name)
{
  const char *action_name;
  const GVariantType *parameter_type;
  const char *property_name;
  GType owner;

  for (guint i = 0; gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (self), i, &owner, &action_name,
                                                   &parameter_type, &property_name); i++)
    if (g_str_equal (action_name, name))
      return TRUE;
  return FALSE;
}

/* A toast's button naming one of the page's own actions ("Undo") would
 * look for it from the window's toast overlay, outside the page: the
 * button activates it on the page instead. */
void
rs_page_add_toast (RsPage   *self,
                   AdwToast *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  const char *action_name = adw_toast_get_action_name (toast);

  if (action_name != NULL && has_action (self, action_name))
    {
      ToastRoute *route = g_new0 (ToastRoute, 1);
      GVariant *target = adw_toast_get_action_target_value (toast);

      g_weak_ref_init (&route->page, self);
      route->action_name = g_strdup (action_name);
      route->target = target ? g_variant_ref (target) : NULL;
      adw_toast_set_action_name (toast, NULL);
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (toast_button_clicked_cb), route,
                             toast_route_free, 0);
    }

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

struct _RsPageRequest
{
  RsPage *page;
  guint   serial;
};

RsPageRequest *
rs_page_request (RsPage *self)
{
  RsPagePrivate *priv = rs_page_get_instance_private (self);
  RsPageRequest *request;

  g_return_val_if_fail (RS_IS_PAGE (self), NULL);
  request = g_new0 (RsPageRequest, 1);
  request->page = g_object_ref (self);
  request->serial = priv->serial;
  return request;
}

RsPageRequest *
rs_page_request_read (RsPage *self)
{
  g_return_val_if_fail (RS_IS_PAGE (self), NULL);
  rs_page_drop_requests (self);
  return rs_page_request (self);
}

gpointer
rs_page_request_end (RsPageRequest *request,
                     gboolean      *current)
{
  RsPage *self = request->page;
  RsPagePrivate *priv = rs_page_get_instance_private (self);

  *current = request->serial == priv->serial;
  g_free (request);
  return self;
}

void
rs_page_drop_requests (RsPage *self)
{
  RsPagePrivate *priv = rs_page_get_instance_private (self);

  g_return_if_fail (RS_IS_PAGE (self));
  priv->serial++;
}
