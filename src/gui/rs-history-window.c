/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-history-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-audit.h"
#include "rs-history-window.h"

struct _RsHistoryWindow
{
  AdwWindow        parent_instance;

  GListStore      *entries;
  GCancellable    *cancellable;
  gboolean         loaded;

  /* Template widgets */
  GtkStack        *stack;
  AdwWindowTitle  *window_title;
  GtkNoSelection  *selection;
};

G_DEFINE_FINAL_TYPE (RsHistoryWindow, rs_history_window, ADW_TYPE_WINDOW)

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsHistoryWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) rows = rs_audit_list_finish (RS_DATABASE (source), result, &error);
  guint n;

  if (rows == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read the history: %s", error->message);
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (rows));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (G_LIST_MODEL (rows), i);
      g_list_store_append (self->entries, entry);
    }
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  self->loaded = TRUE;
}

static void
rs_history_window_dispose (GObject *object)
{
  RsHistoryWindow *self = RS_HISTORY_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->entries);
  G_OBJECT_CLASS (rs_history_window_parent_class)->dispose (object);
}

static void
rs_history_window_class_init (RsHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_history_window_dispose;
  g_type_ensure (RS_TYPE_AUDIT_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RsHistoryWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, RsHistoryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RsHistoryWindow, window_title);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rs_history_window_init (RsHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->entries = g_list_store_new (RS_TYPE_AUDIT_ENTRY);
  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->entries));
}

RsHistoryWindow *
rs_history_window_new (GtkWindow  *parent,
                       RsDatabase *db,
                       const char *entity,
                       gint64      entity_id,
                       const char *title)
{
  RsHistoryWindow *self;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  self = g_object_new (RS_TYPE_HISTORY_WINDOW, "transient-for", parent, NULL);
  adw_window_title_set_subtitle (self->window_title, title ? title : "");
  rs_audit_list_async (db, entity, entity_id, self->cancellable, loaded_cb, g_object_ref (self));
  return self;
}

GListModel *
rs_history_window_get_model (RsHistoryWindow *self)
{
  g_return_val_if_fail (RS_IS_HISTORY_WINDOW (self), NULL);
  return G_LIST_MODEL (self->entries);
}

gboolean
rs_history_window_is_loaded (RsHistoryWindow *self)
{
  g_return_val_if_fail (RS_IS_HISTORY_WINDOW (self), FALSE);
  return self->loaded;
}

void
rs_history_window_show (GtkWidget  *widget,
                        RsDatabase *db,
                        const char *entity,
                        gint64      entity_id,
                        const char *title)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  RsHistoryWindow *window;

  if (db == NULL || entity_id == 0)
    return;
  window = rs_history_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, db, entity, entity_id, title);
  gtk_window_present (GTK_WINDOW (window));
}
