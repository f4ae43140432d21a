/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-preferences-window.h"

struct _RsPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwEntryRow          *dst_base_url;
  GtkSpinButton        *min_hearing_days;
  GtkSpinButton        *retention_months;
  GtkSpinButton        *small_cell_limit;
};

G_DEFINE_FINAL_TYPE (RsPreferencesWindow, rs_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
rs_preferences_window_class_init (RsPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPreferencesWindow, dst_base_url);
  gtk_widget_class_bind_template_child (widget_class, RsPreferencesWindow, min_hearing_days);
  gtk_widget_class_bind_template_child (widget_class, RsPreferencesWindow, retention_months);
  gtk_widget_class_bind_template_child (widget_class, RsPreferencesWindow, small_cell_limit);
}

static void
rs_preferences_window_init (RsPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RsPreferencesWindow *
rs_preferences_window_new (RsContext *context)
{
  RsPreferencesWindow *self = g_object_new (RS_TYPE_PREFERENCES_WINDOW, NULL);
  GSettings *settings = context ? rs_context_get_settings (context) : NULL;

  if (settings != NULL)
    {
      g_settings_bind (settings, "min-hearing-days", self->min_hearing_days, "value",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "small-cell-limit", self->small_cell_limit, "value",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "retention-months", self->retention_months, "value",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "dst-base-url", self->dst_base_url, "text",
                       G_SETTINGS_BIND_DEFAULT);
    }
  return self;
}
