/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-connect-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>
#include <string.h>

#include "rs-connect-dialog.h"

#define MAX_RECENT 8

struct _RsConnectDialog
{
  AdwWindow             parent_instance;

  GSettings            *settings;
  GCancellable         *cancellable;

  /* Template widgets */
  AdwEntryRow          *host_row;
  AdwEntryRow          *port_row;
  AdwEntryRow          *database_row;
  AdwEntryRow          *user_row;
  AdwPasswordEntryRow  *password_row;
  AdwComboRow          *tls_row;
  GtkSwitch            *remember_switch;
  AdwPreferencesGroup  *recent_group;
  GtkListBox           *recent_list;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (RsConnectDialog, rs_connect_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_CONNECT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The TLS modes offered, in the combo row's order (libpq's sslmode). */
static const char * const tls_modes[] = { "prefer", "require", "verify-full", "disable", NULL };

/* Passwords in the keyring, one per server and user. */
static const SecretSchema *
password_schema (void)
{
  static const SecretSchema schema = {
    "io.github.raadslag.Raadslag.Server", SECRET_SCHEMA_NONE,
    {
      { "host", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "port", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };
  return &schema;
}

static char *
field (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
build_uri (RsConnectDialog *self,
           const char      *password)
{
  g_autofree char *host = field (self->host_row);
  g_autofree char *port_text = field (self->port_row);
  g_autofree char *database = field (self->database_row);
  g_autofree char *user = field (self->user_row);
  g_autofree char *path = NULL;
  g_autofree char *query = NULL;
  guint tls = adw_combo_row_get_selected (self->tls_row);
  int port = -1;

  if (*port_text != '\0')
    port = (int) g_ascii_strtoll (port_text, NULL, 10);
  path = g_strconcat ("/", database, NULL);
  if (tls < G_N_ELEMENTS (tls_modes) - 1 && tls > 0)
    query = g_strdup_printf ("sslmode=%s", tls_modes[tls]);
  return g_uri_join_with_user (G_URI_FLAGS_NONE, "postgresql", *user ? user : NULL,
                               password && *password ? password : NULL, NULL, host, port > 0 ? port : -1,
                               path, query, NULL);
}

char *
rs_connect_dialog_dup_uri (RsConnectDialog *self)
{
  g_return_val_if_fail (RS_IS_CONNECT_DIALOG (self), NULL);
  return build_uri (self, NULL);
}

static void
password_found_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsConnectDialog) self = user_data;
  g_autofree char *password = secret_password_lookup_finish (result, NULL);

  if (password != NULL && self->cancellable != NULL && !g_cancellable_is_cancelled (self->cancellable))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->password_row), password);
      gtk_switch_set_active (self->remember_switch, TRUE);
    }
  if (password != NULL)
    secret_password_wipe (g_steal_pointer (&password));
}

void
rs_connect_dialog_set_uri (RsConnectDialog *self,
                           const char      *text)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *port = NULL;
  const char *path, *query;

  g_return_if_fail (RS_IS_CONNECT_DIALOG (self));
  uri = g_uri_parse (text, G_URI_FLAGS_HAS_PASSWORD, NULL);
  if (uri == NULL)
    return;
  path = g_uri_get_path (uri);
  query = g_uri_get_query (uri);
  if (g_uri_get_port (uri) > 0)
    port = g_strdup_printf ("%d", g_uri_get_port (uri));
  gtk_editable_set_text (GTK_EDITABLE (self->host_row), g_uri_get_host (uri) ? g_uri_get_host (uri) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->port_row), port ? port : "");
  gtk_editable_set_text (GTK_EDITABLE (self->database_row), path && *path == '/' ? path + 1 : "");
  gtk_editable_set_text (GTK_EDITABLE (self->user_row), g_uri_get_user (uri) ? g_uri_get_user (uri) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  adw_combo_row_set_selected (self->tls_row, 0);
  for (guint i = 0; query != NULL && tls_modes[i] != NULL; i++)
    {
      g_autofree char *want = g_strdup_printf ("sslmode=%s", tls_modes[i]);
      if (g_str_equal (query, want))
        adw_combo_row_set_selected (self->tls_row, i);
    }
  secret_password_lookup (password_schema (), self->cancellable, password_found_cb, g_object_ref (self),
                          "host", g_uri_get_host (uri) ? g_uri_get_host (uri) : "",
                          "port", port ? port : "",
                          "database", path && *path == '/' ? path + 1 : "",
                          "user", g_uri_get_user (uri) ? g_uri_get_user (uri) : "",
                          NULL);
}

static void
remember_server (RsConnectDialog *self,
                 const char      *uri)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  if (self->settings == NULL)
    return;
  recent = g_settings_get_strv (self->settings, "recent-servers");
  g_strv_builder_add (builder, uri);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    if (!g_str_equal (recent[i], uri))
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-servers", (const char * const *) updated);
}

static void
password_stored_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_message ("The password was not kept in the keyring: %s", error->message);
}

static void
connect_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RsConnectDialog *self = RS_CONNECT_DIALOG (widget);
  g_autofree char *host = field (self->host_row);
  g_autofree char *port = field (self->port_row);
  g_autofree char *database = field (self->database_row);
  g_autofree char *user = field (self->user_row);
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  g_autofree char *uri = NULL;
  g_autofree char *with_password = NULL;

  if (*host == '\0' || *database == '\0')
    {
      gtk_label_set_text (self->error_label, _("Give the server’s host name and the database."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  if (*port != '\0' && (g_ascii_strtoll (port, NULL, 10) <= 0 || g_ascii_strtoll (port, NULL, 10) > 65535 ||
                        strspn (port, "0123456789") != strlen (port)))
    {
      gtk_label_set_text (self->error_label, _("The port is a number from 1 to 65535, e.g. 5432."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  uri = build_uri (self, NULL);
  with_password = build_uri (self, password);
  remember_server (self, uri);
  if (gtk_switch_get_active (self->remember_switch) && *password != '\0')
    {
      g_autofree char *label = g_strdup_printf (_("Rådslag database %s"), uri);
      secret_password_store (password_schema (), SECRET_COLLECTION_DEFAULT, label, password, NULL,
                             password_stored_cb, NULL, "host", host, "port", port, "database", database,
                             "user", user, NULL);
    }
  g_signal_emit (self, signals[SIGNAL_CONNECT], 0, with_password);
  gtk_window_close (GTK_WINDOW (self));
}

static void
recent_activated_cb (RsConnectDialog *self,
                     GtkListBoxRow   *row)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "rs-uri");

  if (uri != NULL)
    rs_connect_dialog_set_uri (self, uri);
}

static void
fill_recent (RsConnectDialog *self)
{
  g_auto(GStrv) recent = self->settings ? g_settings_get_strv (self->settings, "recent-servers") : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  for (guint i = 0; recent != NULL && recent[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), recent[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "rs-uri", g_strdup (recent[i]), g_free);
      gtk_list_box_append (self->recent_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), recent != NULL && recent[0] != NULL);
}

static void
rs_connect_dialog_dispose (GObject *object)
{
  RsConnectDialog *self = RS_CONNECT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (rs_connect_dialog_parent_class)->dispose (object);
}

static void
rs_connect_dialog_class_init (RsConnectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_connect_dialog_dispose;

  /**
   * RsConnectDialog::connect:
   * @uri: the postgresql:// URI to open, with the password when one was given
   */
  signals[SIGNAL_CONNECT] = g_signal_new ("connect", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-connect-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsConnectDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, RsConnectDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, RsConnectDialog, host_row);
  gtk_widget_class_bind_template_child (widget_class, RsConnectDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, RsConnectDialog, port_row);
  gtk_widget_class_bind_template_child (widget_class, RsConnectDialog, recent_group);
  gtk_widget_class_bind_template_child (widget_class, RsConnectDialog, recent_list);
  gtk_widget_class_bind_template_child (widget_class, RsConnectDialog, remember_switch);
  gtk_widget_class_bind_template_child (widget_class, RsConnectDialog, tls_row);
  gtk_widget_class_bind_template_child (widget_class, RsConnectDialog, user_row);
  gtk_widget_class_bind_template_callback (widget_class, recent_activated_cb);
  gtk_widget_class_install_action (widget_class, "connect.connect", NULL, connect_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rs_connect_dialog_init (RsConnectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_editable_set_text (GTK_EDITABLE (self->user_row), g_get_user_name ());
}

RsConnectDialog *
rs_connect_dialog_new (GtkWindow *parent,
                       GSettings *settings)
{
  RsConnectDialog *self = g_object_new (RS_TYPE_CONNECT_DIALOG, "transient-for", parent, NULL);

  g_set_object (&self->settings, settings);
  fill_recent (self);
  return self;
}
