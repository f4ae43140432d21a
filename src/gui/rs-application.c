/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-application"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-application.h"
#include "rs-preferences-window.h"
#include "rs-scroll-guard.h"
#include "rs-window.h"

struct _RsApplication
{
  AdwApplication  parent_instance;

  RsContext      *context;
  char           *db_path;
  gboolean        open_sample;
};

G_DEFINE_FINAL_TYPE (RsApplication, rs_application, ADW_TYPE_APPLICATION)

static const GOptionEntry options[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Open this database file or postgresql:// URI"), N_("DATABASE") },
  { "sample", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Add the sample budget process if the database has none"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
  { NULL }
};

static int
rs_application_handle_local_options (GApplication *app,
                                     GVariantDict *dict)
{
  RsApplication *self = RS_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_contains (dict, "version"))
    {
      g_print ("raadslag %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_lookup (dict, "db", "^&ay", &path))
    {
      /* A database on a server is its URI, not a file. */
      if (g_str_has_prefix (path, "postgresql://") || g_str_has_prefix (path, "postgres://"))
        self->db_path = g_strdup (path);
      else
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
          self->db_path = g_file_get_path (file);
        }
    }
  self->open_sample = g_variant_dict_contains (dict, "sample");
  return -1;
}

static void
rs_application_activate (GApplication *app)
{
  RsApplication *self = RS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (rs_window_new (self, self->context, self->db_path));
      if (self->open_sample)
        rs_window_ensure_sample (RS_WINDOW (window));
    }
  gtk_window_present (window);
}

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_warning ("GSettings schema %s is not installed; settings will not be kept", APP_ID);
      return NULL;
    }
  return g_settings_new (APP_ID);
}

static void
rs_application_startup (GApplication *app)
{
  RsApplication *self = RS_APPLICATION (app);
  g_autoptr(GSettings) settings = NULL;

  G_APPLICATION_CLASS (rs_application_parent_class)->startup (app);
  rs_scroll_guard_install_all ();

  settings = create_settings ();
  self->context = rs_context_new (NULL, settings);
}

static void
rs_application_dispose (GObject *object)
{
  RsApplication *self = RS_APPLICATION (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (rs_application_parent_class)->dispose (object);
}

static void
rs_application_class_init (RsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rs_application_dispose;
  app_class->activate = rs_application_activate;
  app_class->startup = rs_application_startup;
  app_class->handle_local_options = rs_application_handle_local_options;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "Rådslag developers", NULL };
  RsApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *debug_info = g_strdup_printf (
    "Rådslag %s (%s)\nGLib %u.%u.%u\nGTK %u.%u.%u\nlibadwaita %u.%u.%u\nSQLite %s\n"
    "Database: %s\n",
    PACKAGE_VERSION, APP_ID,
    glib_major_version, glib_minor_version, glib_micro_version,
    gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
    adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version (),
    rs_database_engine_version (),
    self->context && rs_context_get_database (self->context)
      ? rs_database_get_path (rs_context_get_database (self->context)) : "-");

  adw_show_about_window (window,
                         "application-name", _("Rådslag"),
                         "application-icon", APP_ID,
                         "developer-name", _("Rådslag developers"),
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "copyright", "© 2026 Rådslag developers",
                         "license-type", GTK_LICENSE_MPL_2_0,
                         "website", "https://github.com/raadslag/raadslag",
                         "issue-url", "https://github.com/raadslag/raadslag/issues",
                         "comments", _("Citizen involvement in the municipal budget: citizens’ "
                                       "councils, hearings, labs and the council’s answer."),
                         "translator-credits", _("translator-credits"),
                         "debug-info", debug_info,
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RsApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  RsPreferencesWindow *prefs = rs_preferences_window_new (self->context);

  gtk_window_set_transient_for (GTK_WINDOW (prefs), window);
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* Closing each window lets it save its state and cancel its work. */
  for (GList *l = windows; l; )
    {
      GList *next = l->next;
      gtk_window_close (l->data);
      l = next;
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
rs_application_init (RsApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", prefs_accels);
}

RsApplication *
rs_application_new (void)
{
  return g_object_new (RS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

RsContext *
rs_application_get_context (RsApplication *self)
{
  g_return_val_if_fail (RS_IS_APPLICATION (self), NULL);
  return self->context;
}
