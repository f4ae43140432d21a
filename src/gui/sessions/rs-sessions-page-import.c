/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sessions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-sessions-page-private.h"
#include "rs-sessions-page.h"

/* RsSessionsPage, continued: attendance and registrations from a CSV file
 * (pseudonyms, their numbers or source ids), read on the database thread,
 * all or nothing. */

static void
imported (GObject        *source,
          GAsyncResult   *result,
          RsSessionsPage *self,
          gboolean        registrations)
{
  g_autoptr(GError) error = NULL;
  guint count = 0;
  g_autofree char *text = NULL;

  if (!rs_session_import_csv_finish (RS_DATABASE (source), result, &count, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  if (registrations)
    text = g_strdup_printf (ngettext ("Registered %u person", "Registered %u people", count), count);
  else
    text = g_strdup_printf (ngettext ("Marked %u person present", "Marked %u people present", count), count);
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (text));
  _rs_sessions_page_reload (self, rs_sessions_page_get_session_id (self));
}

static void
attendance_imported_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(RsSessionsPage) self = user_data;
  imported (source, result, self, FALSE);
}

static void
registrations_imported_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(RsSessionsPage) self = user_data;
  imported (source, result, self, TRUE);
}

void
_rs_sessions_page_import_file (RsSessionsPage *self,
                               GFile          *file,
                               gboolean        registrations)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  g_autofree char *path = g_file_get_path (file);

  if (db == NULL || rs_sessions_page_get_session_id (self) == 0)
    return;
  rs_session_import_csv_async (db, rs_sessions_page_get_session_id (self), path, registrations,
                               rs_page_get_cancellable (RS_PAGE (self)),
                               registrations ? registrations_imported_cb : attendance_imported_cb,
                               g_object_ref (self));
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  RsSessionsPage  *self)
{
  gboolean registrations = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "registrations"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      _rs_sessions_page_import_file (self, file, registrations);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

void
_rs_sessions_page_import_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  RsSessionsPage *self = RS_SESSIONS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gboolean registrations = g_str_equal (action_name, "sessions.import-registrations");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;

  if (rs_sessions_page_get_session_id (self) == 0)
    return;
  dialog = gtk_file_chooser_native_new (registrations ? _("Import Registrations") : _("Import Attendance"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_set_data (G_OBJECT (dialog), "registrations", GINT_TO_POINTER (registrations));
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
rs_sessions_page_import_csv (RsSessionsPage *self,
                             const char     *path,
                             gboolean        registrations)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_return_if_fail (RS_IS_SESSIONS_PAGE (self));
  _rs_sessions_page_import_file (self, file, registrations);
}
