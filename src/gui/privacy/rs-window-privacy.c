/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-window-privacy"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-erasure.h"
#include "rs-processing-record.h"
#include "rs-retention.h"
#include "rs-window-private.h"

/* The window's personal-data actions: "Erase Personal Data…" for the whole
 * budget process (asks first, saying exactly what goes and what stays) and
 * "Record of Processing…" (GDPR art. 30) as PDF, ODT or HTML. Both run on
 * the database thread. */

static void
erased_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  RsErasureCounts counts = { 0 };
  gboolean erased = rs_erasure_erase_process_finish (RS_DATABASE (source), result, &counts, &error);

  /* The window closed meanwhile (the erasure went through all the same). */
  if (self->cancellable == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  if (!erased)
    _rs_window_show_error_dialog (self, _("Could Not Erase the Personal Data"), error);
  else
    {
      g_autofree char *text = g_strdup_printf (_("Personal data erased: %d people, %d hearing responses"),
                                               counts.persons, counts.responses);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
    }
  /* Every page shows the process again, as it now is. */
  if (self->process != NULL)
    self->select_id = rs_process_get_id (self->process);
  _rs_window_load_processes (self);
}

static void
erase_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   RsWindow         *self)
{
  /* What the dialog was asked with. Once confirmed, the erasure goes
   * through even if the window is closed meanwhile. */
  RsErasurePreview *preview = g_object_get_data (G_OBJECT (dialog), "preview");

  if (preview == NULL || !g_str_equal (response, "erase"))
    return;
  rs_erasure_erase_process_async (rs_context_get_database (self->context), preview->process_id,
                                  preview->passed ? RS_ERASURE_REASON_RETENTION : RS_ERASURE_REASON_MANUAL,
                                  NULL, erased_cb, g_object_ref (self));
}

/* The confirmation: exactly what is erased and what is kept. */
static char *
describe (RsErasurePreview *e)
{
  GString *body = g_string_new (NULL);

  g_string_append (body, _("This erases for good:"));
  g_string_append (body, "\n• ");
  g_string_append_printf (body, ngettext ("the name, address, postcode, city, e-mail, phone, id in the source "
                                          "register and notes of %d pool member (also when registered for "
                                          "meetings); the household becomes a token without the address;",
                                          "the names, addresses, postcodes, cities, e-mails, phones, ids in the "
                                          "source register and notes of %d pool members (also those registered "
                                          "for meetings); households become tokens without the address;",
                                          e->counts.persons), e->counts.persons);
  g_string_append (body, "\n• ");
  g_string_append_printf (body, ngettext ("the name, address and e-mail of %d private hearing sender, the file "
                                          "name, and the same details in the text, which are replaced by "
                                          "[name], [address], [e-mail] and [phone] as in the white book;",
                                          "the names, addresses and e-mails of %d private hearing senders, the "
                                          "file names, and the same details in the texts, which are replaced by "
                                          "[name], [address], [e-mail] and [phone] as in the white book;",
                                          e->counts.responses), e->counts.responses);
  if (e->counts.attachments > 0)
    {
      g_string_append (body, "\n• ");
      g_string_append_printf (body, ngettext ("%d original file (e-mail or letter) of those responses.",
                                              "%d original files (e-mails or letters) of those responses.",
                                              e->counts.attachments), e->counts.attachments);
    }
  if (e->counts.others > 0)
    {
      g_string_append (body, "\n• ");
      g_string_append_printf (body, ngettext ("%d other record: proposers in participatory budgeting (name, "
                                              "e-mail, phone) or a deleted hearing response kept for undo.",
                                              "%d other records: proposers in participatory budgeting (names, "
                                              "e-mails, phones) and deleted hearing responses kept for undo.",
                                              e->counts.others), e->counts.others);
    }
  g_string_append (body, "\n\n");
  g_string_append (body, _("Kept: pseudonyms, category values, statuses, attendance, votes, organisations' "
                           "responses, every count, the selection protocols and every report, which stay "
                           "valid. The erasure is recorded with its date and counts, without the data."));
  for (guint i = 0; e->backups && e->backups[i]; i++)
    {
      g_string_append (body, "\n\n");
      g_string_append_printf (body, _("The backup copy “%s”, made before an upgrade, still holds the data; "
                                      "delete it when it is no longer needed."), e->backups[i]);
    }
  return g_string_free (body, FALSE);
}

static void
previewed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsErasurePreview) preview = rs_erasure_preview_finish (RS_DATABASE (source), result, &error);
  gint64 process_id;
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (preview == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _rs_window_show_error_dialog (self, _("Could Not Erase the Personal Data"), error);
      return;
    }
  process_id = self->process != NULL ? rs_process_get_id (self->process) : 0;
  if (process_id == 0 || process_id != preview->process_id ||
      preview->counts.persons + preview->counts.responses + preview->counts.others == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("This budget process holds no personal data to erase")));
      return;
    }
  heading = g_strdup_printf (_("Erase the Personal Data of “%s”?"), rs_process_get_name (self->process));
  body = describe (preview);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "erase", _("_Erase"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "preview", g_steal_pointer (&preview),
                          (GDestroyNotify) rs_erasure_preview_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (erase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RsWindow *self = RS_WINDOW (widget);

  if (self->process == NULL)
    return;
  rs_erasure_preview_async (rs_context_get_database (self->context), rs_process_get_id (self->process),
                            rs_retention_default_months (rs_context_get_settings (self->context)),
                            self->cancellable, previewed_cb, g_object_ref (self));
}

static void
record_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_processing_record_write_finish (RS_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _rs_window_show_error_dialog (self, _("Could Not Save the Record of Processing"), error);
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Record of processing saved")));
}

static void
record_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  RsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->process != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      const char *dot = path ? strrchr (path, '.') : NULL;
      RsDocumentFormat format;

      if (path != NULL)
        {
          if (dot == NULL || !rs_document_format_from_string (dot + 1, &format))
            {
              g_autofree char *with_pdf = g_strconcat (path, ".pdf", NULL);

              format = RS_DOCUMENT_FORMAT_PDF;
              g_free (path);
              path = g_steal_pointer (&with_pdf);
            }
          rs_processing_record_write_async (rs_context_get_database (self->context),
                                            rs_process_get_id (self->process),
                                            rs_retention_default_months (rs_context_get_settings (self->context)),
                                            NULL, format, path, self->cancellable, record_written_cb,
                                            g_object_ref (self));
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RsWindow *self = RS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  const char *patterns[] = { "*.pdf", "*.odt", "*.html" };
  const char *names[] = { N_("PDF document"), N_("OpenDocument text"), N_("Web page (HTML)") };
  g_autofree char *name = NULL;

  if (self->process == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Save Record of Processing"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: a file name; keep it short and without slashes. */
  name = g_strdup_printf (_("record-of-processing-%s.pdf"), rs_process_get_name (self->process));
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      gtk_file_filter_set_name (filter, _(names[i]));
      gtk_file_filter_add_pattern (filter, patterns[i]);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  g_signal_connect_object (chooser, "response", G_CALLBACK (record_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_rs_window_update_privacy_actions (RsWindow *self)
{
  gboolean has_process = self->process != NULL && rs_context_get_database (self->context) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.erase-personal-data", has_process);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-processing-record", has_process);
}

void
_rs_window_install_privacy_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.erase-personal-data", NULL, erase_action);
  gtk_widget_class_install_action (widget_class, "win.export-processing-record", NULL, record_action);
}
