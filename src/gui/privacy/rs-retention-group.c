/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-retention-group"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-retention.h"
#include "rs-retention-group.h"

struct _RsRetentionGroup
{
  AdwPreferencesGroup  parent_instance;

  RsContext           *context;
  RsProcess           *process;
  GCancellable        *cancellable;
  gboolean             updating;

  /* Template widgets */
  GtkWidget           *default_button;
  AdwActionRow        *erased_row;
  GtkSpinButton       *months;
  AdwActionRow        *months_row;
  AdwActionRow        *status_row;
  AdwActionRow        *warning_row;
};

G_DEFINE_FINAL_TYPE (RsRetentionGroup, rs_retention_group, ADW_TYPE_PREFERENCES_GROUP)

static int
default_months (RsRetentionGroup *self)
{
  return rs_retention_default_months (self->context ? rs_context_get_settings (self->context) : NULL);
}

static RsDatabase *
database (RsRetentionGroup *self)
{
  return self->context ? rs_context_get_database (self->context) : NULL;
}

static void
show (RsRetentionGroup *self,
      RsRetention      *r)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (r->until != NULL)
    {
      g_autofree char *date = g_strchug (rs_date_format_long (r->until));
      title = g_strdup_printf (_("Contact data are kept until %s"), date);
      if (r->until_override != NULL)
        subtitle = g_strdup (_("A date set for this process"));
      else if (r->months_is_default)
        subtitle = g_strdup_printf (ngettext ("%d month after the evaluation (the default from Preferences)",
                                              "%d months after the evaluation (the default from Preferences)",
                                              r->months), r->months);
      else
        subtitle = g_strdup_printf (ngettext ("%d month after the evaluation", "%d months after the evaluation",
                                              r->months), r->months);
    }
  else
    {
      title = g_strdup (_("No retention date yet"));
      subtitle = g_strdup (_("Give the evaluation phase a date in the annual cycle."));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);
  adw_action_row_set_subtitle (self->status_row, subtitle);

  self->updating = TRUE;
  gtk_spin_button_set_value (self->months, r->months);
  self->updating = FALSE;
  gtk_widget_set_visible (self->default_button, !r->months_is_default || r->until_override != NULL);

  if (r->passed && r->pending > 0)
    {
      g_autofree char *date = g_strchug (rs_date_format_long (r->until));
      g_autofree char *warning = g_strdup_printf (ngettext ("The retention date, %s, has passed: the personal data "
                                                            "of %d person should now be erased.",
                                                            "The retention date, %s, has passed: the personal data "
                                                            "of %d people should now be erased.", r->pending),
                                                  date, r->pending);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->warning_row), warning);
      gtk_widget_set_visible (GTK_WIDGET (self->warning_row), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->warning_row), FALSE);

  if (r->erased_at != NULL && r->pending == 0)
    {
      g_autofree char *day = g_strndup (r->erased_at, 10);
      g_autofree char *date = g_strchug (rs_date_format_long (day));
      g_autofree char *text = g_strdup_printf (_("Personal data erased on %s"), date);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->erased_row), text);
      gtk_widget_set_visible (GTK_WIDGET (self->erased_row), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->erased_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsRetentionGroup) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsRetention) r = rs_retention_get_finish (RS_DATABASE (source), result, &error);

  if (r == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read the retention date: %s", error->message);
      return;
    }
  if (self->process == NULL || r->process_id != rs_process_get_id (self->process))
    return;
  show (self, r);
}

void
rs_retention_group_reload (RsRetentionGroup *self)
{
  RsDatabase *db = database (self);

  g_return_if_fail (RS_IS_RETENTION_GROUP (self));
  if (db == NULL || self->process == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  rs_retention_get_async (db, rs_process_get_id (self->process), default_months (self), self->cancellable,
                          loaded_cb, g_object_ref (self));
}

static void
settings_changed_cb (RsRetentionGroup *self)
{
  rs_retention_group_reload (self);
}

void
rs_retention_group_set_process (RsRetentionGroup *self,
                                RsContext        *context,
                                RsProcess        *process)
{
  g_return_if_fail (RS_IS_RETENTION_GROUP (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  if (g_set_object (&self->context, context) && context && rs_context_get_settings (context))
    g_signal_connect_object (rs_context_get_settings (context), "changed::retention-months",
                             G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_set_object (&self->process, process);
  gtk_widget_set_visible (GTK_WIDGET (self->warning_row), FALSE);
  rs_retention_group_reload (self);
}

const char *
rs_retention_group_get_warning (RsRetentionGroup *self)
{
  g_return_val_if_fail (RS_IS_RETENTION_GROUP (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->warning_row))
         ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->warning_row)) : NULL;
}

static void
set_cb (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(RsRetentionGroup) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_retention_set_finish (RS_DATABASE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_warning ("Could not save the retention period: %s", error->message);
    }
  rs_retention_group_reload (self);
}

static void
save_months (RsRetentionGroup *self,
             int               months)
{
  RsDatabase *db = database (self);

  if (db == NULL || self->process == NULL)
    return;
  /* A date fixed for the process (from the command line) gives way to
   * the months chosen here. */
  rs_retention_set_async (db, rs_process_get_id (self->process), months, NULL, self->cancellable, set_cb,
                          g_object_ref (self));
}

static void
months_changed_cb (RsRetentionGroup *self)
{
  if (!self->updating)
    save_months (self, gtk_spin_button_get_value_as_int (self->months));
}

static void
default_clicked_cb (RsRetentionGroup *self)
{
  save_months (self, -1);
}

/* Shown again (e.g. back on the Overview after erasing a person): the
 * counts may have changed meanwhile. */
static void
rs_retention_group_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rs_retention_group_parent_class)->map (widget);
  rs_retention_group_reload (RS_RETENTION_GROUP (widget));
}

static void
rs_retention_group_dispose (GObject *object)
{
  RsRetentionGroup *self = RS_RETENTION_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->process);

  G_OBJECT_CLASS (rs_retention_group_parent_class)->dispose (object);
}

static void
rs_retention_group_class_init (RsRetentionGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_retention_group_dispose;
  widget_class->map = rs_retention_group_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-retention-group.ui");
  gtk_widget_class_bind_template_child (widget_class, RsRetentionGroup, default_button);
  gtk_widget_class_bind_template_child (widget_class, RsRetentionGroup, erased_row);
  gtk_widget_class_bind_template_child (widget_class, RsRetentionGroup, months);
  gtk_widget_class_bind_template_child (widget_class, RsRetentionGroup, months_row);
  gtk_widget_class_bind_template_child (widget_class, RsRetentionGroup, status_row);
  gtk_widget_class_bind_template_child (widget_class, RsRetentionGroup, warning_row);
  gtk_widget_class_bind_template_callback (widget_class, months_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, default_clicked_cb);
}

static void
rs_retention_group_init (RsRetentionGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
