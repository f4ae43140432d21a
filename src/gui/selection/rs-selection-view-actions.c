/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-report-language-row.h"
#include "rs-selection-protocol.h"
#include "rs-selection-replace-dialog.h"
#include "rs-selection-view.h"
#include "rs-selection-view-private.h"

/* RsSelectionView, continued: replacing drop-outs and saving the protocol. */

static RsDatabase *
get_database (RsSelectionView *self)
{
  return rs_context_get_database (self->context);
}

/* Replace drop-outs: pick them from the latest draw, replace on the
 * database thread, show who replaces whom. */

static void
on_replace_response (RsSelectionReplaceDialog *dialog,
                     const char               *response,
                     RsSelectionView          *self)
{
  g_autoptr(GArray) dropped = NULL;

  if (!g_str_equal (response, "replace"))
    return;
  dropped = rs_selection_replace_dialog_get_dropped (dialog);
  if (dropped->len > 0)
    rs_selection_view_replace (self, dropped);
}

static void
latest_done (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  g_autoptr(RsSelectionView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSelectionLatestDraw) draw = rs_selection_store_latest_draw_finish (RS_DATABASE (source), res, &error);
  GtkWidget *dialog;

  if (draw == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_selection_view_toast (self, error->message);
      return;
    }
  if (draw->person_ids->len == 0)
    {
      rs_selection_view_toast (self, _("No member of the latest draw is still selected."));
      return;
    }
  dialog = rs_selection_replace_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), draw);
  rs_selection_replace_dialog_set_lookup (RS_SELECTION_REPLACE_DIALOG (dialog), RS_DATABASE (source),
                                          self->panel_id);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replace_response), self, 0);
  g_object_set_data (G_OBJECT (self), "replace-dialog", dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
rs_selection_view_on_replace_clicked (RsSelectionView *self)
{
  rs_selection_store_latest_draw_async (get_database (self), self->panel_id, self->cancellable, latest_done,
                                        g_object_ref (self));
}

static void
replace_done (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr(RsSelectionView) self = user_data;
  g_autoptr(GError) error = NULL;
  RsSelectionReplacement *r = rs_selection_store_replace_finish (RS_DATABASE (source), res, &error);
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  gtk_widget_set_sensitive (GTK_WIDGET (self->replace_button), TRUE);
  if (r == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_selection_view_toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->replacement, rs_selection_replacement_free);
  self->replacement = r;
  for (guint j = 0; j < r->dropped->len; j++)
    {
      /* Translators: a drop-out's pseudonym, then the replacement's */
      g_string_append_printf (body, _("%s is replaced by %s"), (char *) g_ptr_array_index (r->dropped, j),
                              (char *) g_ptr_array_index (r->replacements, j));
      g_string_append_c (body, '\n');
    }
  g_string_append_printf (body, _("Every quota still holds. Seed: %s"), r->seed ? r->seed : "–");
  /* The panel shown above is the one before the replacement. */
  gtk_widget_set_visible (GTK_WIDGET (self->members_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->reserves_group), FALSE);
  g_clear_pointer (&self->protocol, json_node_unref);
  g_clear_pointer (&self->draw, rs_selection_draw_free);
  rs_selection_view_set_state (self, self->state == RS_SELECTION_VIEW_DRAWN ? RS_SELECTION_VIEW_COMPUTED : self->state);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Replacements Drawn"), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
  rs_selection_view_toast (self, _("Drop-outs and replacements are marked in the pool."));
  rs_selection_view_load_history (self);
}

void
rs_selection_view_replace (RsSelectionView *self,
                           GArray          *dropped)
{
  g_return_if_fail (RS_IS_SELECTION_VIEW (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->replace_button), FALSE);
  rs_selection_store_replace_async (get_database (self), self->panel_id, dropped, self->cancellable, replace_done,
                                    g_object_ref (self));
}

const RsSelectionReplacement *
rs_selection_view_get_replacement (RsSelectionView *self)
{
  return self->replacement;
}

/* Save the protocol of the draw made here: the CLI's protocol.pdf, as PDF
 * or HTML, written in a worker thread. */

static void
protocol_written (GObject      *source,
                  GAsyncResult *res,
                  gpointer      user_data)
{
  g_autoptr(RsSelectionView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_document_write_finish (RS_DOCUMENT (source), res, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_selection_view_toast (self, error->message);
    }
  else
    rs_selection_view_toast (self, _("The protocol was saved."));
  self->n_protocols_written++;
}

void
rs_selection_view_save_protocol (RsSelectionView *self,
                                 const char      *path,
                                 const char      *language)
{
  g_autoptr(RsDocument) doc = NULL;
  RsDocumentFormat format = RS_DOCUMENT_FORMAT_PDF;

  g_return_if_fail (RS_IS_SELECTION_VIEW (self));
  g_return_if_fail (self->draw != NULL && self->protocol != NULL);
  if (g_str_has_suffix (path, ".html") || g_str_has_suffix (path, ".htm") ||
      g_str_has_suffix (path, ".HTML") || g_str_has_suffix (path, ".HTM"))
    format = RS_DOCUMENT_FORMAT_HTML;
  doc = rs_selection_protocol_document (self->result, self->draw, self->protocol,
                                        rs_context_get_small_cell_limit (self->context), language);
  rs_document_write_async (doc, format, path, self->cancellable, protocol_written, g_object_ref (self));
}

int
rs_selection_view_get_n_protocols_written (RsSelectionView *self)
{
  return self->n_protocols_written;
}

static void
protocol_response (GtkNativeDialog *chooser,
                   int              response,
                   RsSelectionView *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->draw != NULL && self->protocol != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path)
        rs_selection_view_save_protocol (self, path,
                                         rs_report_language_get_choice (GTK_FILE_CHOOSER (chooser)));
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

void
rs_selection_view_on_protocol_clicked (RsSelectionView *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) html = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Save Protocol"), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (pdf, _("PDF document"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_filter_set_name (html, _("Web page (HTML)"));
  gtk_file_filter_add_suffix (html, "html");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), html);
  /* Translators: a file name; keep it short and without spaces */
  name = g_strdup_printf ("%s.pdf", _("selection-protocol"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  rs_report_language_add_choice (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (protocol_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
