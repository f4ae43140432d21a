/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-engagement-group"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-engagement-group.h"
#include "rs-engagement-targets.h"

struct _RsEngagementGroup
{
  AdwPreferencesGroup parent_instance;

  RsContext    *context;
  RsProcess    *process;
  GCancellable *cancellable;
  guint         n_rows;

  /* Template widgets */
  GtkListBox   *list;
  AdwActionRow *empty_row;
};

G_DEFINE_FINAL_TYPE (RsEngagementGroup, rs_engagement_group, ADW_TYPE_PREFERENCES_GROUP)

static void
clear (RsEngagementGroup *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_rows = 0;
}

static GtkWidget *
make_row (const RsEngagementTarget *t)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *target = rs_engagement_format_value (t->kind, t->has_target, t->target);
  g_autofree char *actual = rs_engagement_format_value (t->kind, t->has_actual, t->actual);
  g_autofree char *gap = rs_engagement_format_gap (t);
  g_autofree char *title = *t->district
    ? g_strdup_printf ("%s, %s", rs_target_kind_get_label (t->kind), t->district)
    : g_strdup (rs_target_kind_get_label (t->kind));
  /* TRANSLATORS: under an engagement target, e.g. "Target 400 · actual 347" */
  g_autofree char *subtitle = g_strdup_printf (_("Target %s · actual %s"), target, actual);
  GtkWidget *gap_label = gtk_label_new (gap);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (gap_label, "numeric");
  if (t->has_target && t->has_actual)
    gtk_widget_add_css_class (gap_label, t->actual >= t->target ? "success" : "warning");
  gtk_widget_set_tooltip_text (gap_label, _("Actual minus target"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gap_label);
  return row;
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsEngagementGroup) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = rs_engagement_targets_list_finish (RS_DATABASE (source), result,
                                                                 &error);

  if (list == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read the engagement targets: %s", error->message);
      return;
    }
  clear (self);
  for (guint i = 0; i < list->len; i++)
    {
      RsEngagementTarget *t = g_ptr_array_index (list, i);

      if (!t->has_target)
        continue;
      gtk_list_box_append (self->list, make_row (t));
      self->n_rows++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list), self->n_rows > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), self->n_rows == 0);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

void
rs_engagement_group_reload (RsEngagementGroup *self)
{
  RsDatabase *db;

  g_return_if_fail (RS_IS_ENGAGEMENT_GROUP (self));
  db = self->context ? rs_context_get_database (self->context) : NULL;
  if (db == NULL || self->process == NULL)
    {
      clear (self);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  rs_engagement_targets_list_async (db, rs_process_get_id (self->process), self->cancellable,
                                    loaded_cb, g_object_ref (self));
}

void
rs_engagement_group_set_process (RsEngagementGroup *self,
                                 RsContext         *context,
                                 RsProcess         *process)
{
  g_return_if_fail (RS_IS_ENGAGEMENT_GROUP (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_set_object (&self->context, context);
  g_set_object (&self->process, process);
  rs_engagement_group_reload (self);
}

guint
rs_engagement_group_get_n_rows (RsEngagementGroup *self)
{
  g_return_val_if_fail (RS_IS_ENGAGEMENT_GROUP (self), 0);
  return self->n_rows;
}

static void
rs_engagement_group_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rs_engagement_group_parent_class)->map (widget);
  /* The command line may have set targets since. */
  rs_engagement_group_reload (RS_ENGAGEMENT_GROUP (widget));
}

static void
rs_engagement_group_dispose (GObject *object)
{
  RsEngagementGroup *self = RS_ENGAGEMENT_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->process);
  G_OBJECT_CLASS (rs_engagement_group_parent_class)->dispose (object);
}

static void
rs_engagement_group_class_init (RsEngagementGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_engagement_group_dispose;
  widget_class->map = rs_engagement_group_map;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-engagement-group.ui");
  gtk_widget_class_bind_template_child (widget_class, RsEngagementGroup, list);
  gtk_widget_class_bind_template_child (widget_class, RsEngagementGroup, empty_row);
}

static void
rs_engagement_group_init (RsEngagementGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
