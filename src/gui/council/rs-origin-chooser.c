/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-origin-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-origin-chooser.h"
#include "rs-recommendation-origins.h"

struct _RsOriginChooser
{
  AdwWindow        parent_instance;

  RsDatabase      *db;
  gint64           process_id;
  char            *origin_type;
  GHashTable      *linked;
  GCancellable    *cancellable;
  GtkSearchEntry  *search;
  GtkListBox      *list;
  GtkStack        *stack;
  AdwStatusPage   *status;
};

G_DEFINE_FINAL_TYPE (RsOriginChooser, rs_origin_chooser, ADW_TYPE_WINDOW)

enum {
  SIGNAL_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
chooser_title (const char *origin_type)
{
  if (g_strcmp0 (origin_type, "idea") == 0)
    return _("Link an Idea");
  if (g_strcmp0 (origin_type, "session") == 0)
    return _("Link a Session");
  if (g_strcmp0 (origin_type, "lab") == 0)
    return _("Link a Lab");
  if (g_strcmp0 (origin_type, "comment") == 0)
    return _("Link a Comment");
  return _("Link a Hearing Point");
}

static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       user_data)
{
  RsOriginChooser *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search));
  const char *haystack = g_object_get_data (G_OBJECT (row), "folded");
  g_autofree char *needle = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;
  needle = g_utf8_casefold (query, -1);
  return haystack != NULL && strstr (haystack, needle) != NULL;
}

static void
search_changed_cb (GtkSearchEntry  *entry,
                   RsOriginChooser *self)
{
  gtk_list_box_invalidate_filter (self->list);
}

static void
row_activated_cb (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  RsOriginChooser *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "origin-id");
  const char *label = g_object_get_data (G_OBJECT (row), "label");

  g_signal_emit (self, signals[SIGNAL_CHOSEN], 0, self->origin_type, id, label);
  gtk_window_close (GTK_WINDOW (self));
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsOriginChooser) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) candidates = rs_recommendation_origin_candidates_finish (RS_DATABASE (source), result,
                                                                                &error);
  guint shown = 0;

  if (candidates == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_title (self->status, _("Could not Load"));
      adw_status_page_set_description (self->status, error->message);
      gtk_stack_set_visible_child_name (self->stack, "status");
      return;
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      RsRecommendationOrigin *o = g_ptr_array_index (candidates, i);
      GtkWidget *row;
      g_autofree char *number = NULL;

      if (g_hash_table_contains (self->linked, &o->origin_id))
        continue;
      row = adw_action_row_new ();
      number = g_strdup_printf ("#%" G_GINT64_FORMAT, o->origin_id);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), o->label);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), number);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "origin-id", g_memdup2 (&o->origin_id, sizeof o->origin_id),
                              g_free);
      g_object_set_data_full (G_OBJECT (row), "label", g_strdup (o->label), g_free);
      g_object_set_data_full (G_OBJECT (row), "folded", g_utf8_casefold (o->label, -1), g_free);
      gtk_list_box_append (self->list, row);
      shown++;
    }
  if (shown == 0)
    {
      adw_status_page_set_title (self->status, _("Nothing to Link"));
      adw_status_page_set_description (self->status,
                                       _("This process has none of these yet, or all of them are "
                                         "linked already."));
      gtk_stack_set_visible_child_name (self->stack, "status");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

static void
rs_origin_chooser_dispose (GObject *object)
{
  RsOriginChooser *self = RS_ORIGIN_CHOOSER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->db);
  g_clear_pointer (&self->linked, g_hash_table_unref);
  g_clear_pointer (&self->origin_type, g_free);

  G_OBJECT_CLASS (rs_origin_chooser_parent_class)->dispose (object);
}

static void
rs_origin_chooser_class_init (RsOriginChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_origin_chooser_dispose;
  signals[SIGNAL_CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                         G_TYPE_STRING, G_TYPE_INT64, G_TYPE_STRING);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-origin-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, RsOriginChooser, list);
  gtk_widget_class_bind_template_child (widget_class, RsOriginChooser, search);
  gtk_widget_class_bind_template_child (widget_class, RsOriginChooser, stack);
  gtk_widget_class_bind_template_child (widget_class, RsOriginChooser, status);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}

static void
rs_origin_chooser_init (RsOriginChooser *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->list, filter_func, self, NULL);
}

RsOriginChooser *
rs_origin_chooser_new (GtkWindow  *parent,
                       RsDatabase *db,
                       gint64      process_id,
                       const char *origin_type,
                       GHashTable *linked)
{
  RsOriginChooser *self;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  self = g_object_new (RS_TYPE_ORIGIN_CHOOSER, "transient-for", parent,
                       "title", chooser_title (origin_type), NULL);
  self->db = g_object_ref (db);
  self->process_id = process_id;
  self->origin_type = g_strdup (origin_type);
  self->linked = g_hash_table_ref (linked);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  rs_recommendation_origin_candidates_async (db, process_id, origin_type, self->cancellable, loaded_cb,
                                             g_object_ref (self));
  return self;
}
