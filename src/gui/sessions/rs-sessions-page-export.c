/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sessions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-report-language-row.h"
#include "rs-session-printables.h"
#include "rs-session-report.h"
#include "rs-sessions-page-private.h"
#include "rs-sessions-page.h"

/* RsSessionsPage, continued: the printables (agenda, attendance sheet,
 * name badges, table cards), written as PDF on the database thread
 * (rs_session_printable_write_async()). */

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsSessionsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_session_printable_write_finish (RS_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Saved the PDF")));
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  RsSessionsPage  *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  gboolean names = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "names"));

  if (response == GTK_RESPONSE_ACCEPT && db != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      rs_session_printable_write_async (db, rs_sessions_page_get_session_id (self), (RsSessionPrintable) kind,
                                        names, rs_report_language_get_choice (GTK_FILE_CHOOSER (dialog)), path,
                                        rs_page_get_cancellable (RS_PAGE (self)), exported_cb, g_object_ref (self));
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
ask_file (RsSessionsPage *self,
          int             kind,
          gboolean        names,
          const char     *suggested)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *dialog;
  g_autofree char *name = g_strdup_printf ("%s.pdf", suggested);

  dialog = gtk_file_chooser_native_new (_("Save PDF"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  rs_report_language_add_choice (GTK_FILE_CHOOSER (dialog));
  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (dialog), "names", GINT_TO_POINTER (names));
  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
names_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   RsSessionsPage   *self)
{
  int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));

  if (g_strcmp0 (response, "names") == 0)
    ask_file (self, kind, TRUE,
              kind == RS_SESSION_PRINTABLE_ATTENDANCE_SHEET ? _("attendance-sheet-names") : _("badges-names"));
}

static void
ask_file_pseudonyms_cb (RsSessionsPage *self)
{
  ask_file (self, RS_SESSION_PRINTABLE_BADGES, FALSE, _("badges"));
}

void
_rs_sessions_page_export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RsSessionsPage *self = RS_SESSIONS_PAGE (widget);

  if (rs_sessions_page_get_session_id (self) == 0)
    return;
  if (g_str_equal (action_name, "sessions.export-agenda"))
    ask_file (self, RS_SESSION_PRINTABLE_AGENDA, FALSE, _("agenda"));
  else if (g_str_equal (action_name, "sessions.export-sheet"))
    ask_file (self, RS_SESSION_PRINTABLE_ATTENDANCE_SHEET, FALSE, _("attendance-sheet"));
  else if (g_str_equal (action_name, "sessions.export-table-cards"))
    ask_file (self, RS_SESSION_PRINTABLE_TABLE_CARDS, FALSE, _("table-cards"));
  else
    {
      /* Badges and the named sheet: names only after an explicit choice. */
      gboolean sheet = g_str_equal (action_name, "sessions.export-sheet-names");
      GtkRoot *root = gtk_widget_get_root (widget);
      GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  _("Print Names?"),
                                                  _("Printed names are personal data. Pseudonyms "
                                                    "are used unless you choose names."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "names", _("Use _Names"), NULL);
      if (!sheet)
        {
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "pseudonyms", _("Use _Pseudonyms"));
          adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "pseudonyms");
        }
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "names",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (sheet ? RS_SESSION_PRINTABLE_ATTENDANCE_SHEET
                                                                    : RS_SESSION_PRINTABLE_BADGES));
      g_signal_connect_object (dialog, "response::names", G_CALLBACK (names_response_cb), self, 0);
      if (!sheet)
        g_signal_connect_object (dialog, "response::pseudonyms", G_CALLBACK (ask_file_pseudonyms_cb),
                                 self, G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}
