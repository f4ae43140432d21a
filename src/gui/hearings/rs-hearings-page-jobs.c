/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearings-page"

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <glib/gi18n.h>

#include "rs-chosen-paths.h"
#include "rs-csv-mapping-dialog.h"
#include "rs-hearing-import.h"
#include "rs-hearing-store.h"
#include "rs-hearings-page-private.h"
#include "rs-round-dialog.h"
#include "rs-process-store.h"
#include "rs-whitebook-dialog.h"
#include "rs-whitebook.h"

/* The page's long work: importing responses and parties, exporting the
 * white book, creating a round. Each runs off the UI thread, shows its
 * progress in the page's job bar and can be cancelled there. */

GtkWindow *
_rs_hearings_page_get_window (RsHearingsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static GCancellable *
job_begin (RsHearingsPage *self,
           const char     *label)
{
  if (self->job_cancellable)
    g_cancellable_cancel (self->job_cancellable);
  g_clear_object (&self->job_cancellable);
  self->job_cancellable = g_cancellable_new ();
  gtk_label_set_label (self->job_label, label);
  gtk_progress_bar_set_fraction (self->job_progress, 0.0);
  gtk_revealer_set_reveal_child (self->job_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "hearings.import", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "hearings.export", FALSE);
  return self->job_cancellable;
}

static void
job_end (RsHearingsPage *self)
{
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->job_cancellable);
  gtk_revealer_set_reveal_child (self->job_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "hearings.import", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "hearings.export", TRUE);
}

void
_rs_hearings_page_show_failure (RsHearingsPage *self,
                                const char     *heading,
                                const GError   *error)
{
  GtkWidget *dialog;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Cancelled; nothing was changed.")));
      return;
    }
  dialog = adw_message_dialog_new (_rs_hearings_page_get_window (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Progress of the running job, on the main context; after the job ended
 * (or another began) a late report changes nothing. */
static void
job_progress_cb (double   fraction,
                 gpointer user_data)
{
  RsHearingsPage *self = user_data;

  if (self->job_cancellable != NULL)
    gtk_progress_bar_set_fraction (self->job_progress, fraction);
}

/* Import of responses */

/* What the mapping dialog is asked with: the page and the files. */
typedef struct
{
  RsHearingsPage *self;
  gint64          round_id;
  GStrv           paths;
} ImportRequest;

static void
import_request_free (ImportRequest *request)
{
  g_object_unref (request->self);
  g_strfreev (request->paths);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportRequest, import_request_free)

/* What the import did, and why some responses need a look. */
static void
show_import_report (RsHearingsPage        *self,
                    RsHearingImportReport *report)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog, *scrolled, *label;

  g_string_append_printf (body, ngettext ("Imported %d response.", "Imported %d responses.", report->imported),
                          report->imported);
  if (report->review > 0)
    {
      g_string_append_c (body, ' ');
      g_string_append_printf (body, ngettext ("%d needs review: choose “Needs review” in the status filter.",
                                              "%d need review: choose “Needs review” in the status filter.",
                                              report->review), report->review);
    }
  if (report->skipped > 0)
    {
      g_string_append_c (body, ' ');
      g_string_append_printf (body, ngettext ("%d was already in the round and was skipped.",
                                              "%d were already in the round and were skipped.",
                                              report->skipped), report->skipped);
    }
  dialog = adw_message_dialog_new (_rs_hearings_page_get_window (self), _("Responses Imported"), body->str);
  {
    g_autofree char *notes = g_strjoinv ("\n", (char **) (g_ptr_array_add (report->notes, NULL),
                                                          report->notes->pdata));
    label = gtk_label_new (notes);
  }
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  g_object_set (label, "margin-start", 6, "margin-end", 6, "margin-top", 6, "margin-bottom", 6, NULL);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_add_css_class (scrolled, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  RsHearingImportReport *report = rs_hearing_import_files_finish (RS_DATABASE (source), result, &error);
  g_autofree char *message = NULL;

  job_end (self);
  if (report == NULL)
    {
      _rs_hearings_page_show_failure (self, _("Nothing Was Imported"), error);
      return;
    }
  if (report->notes->len > 0)
    show_import_report (self, report);
  else
    {
      message = g_strdup_printf (ngettext ("Imported %d response", "Imported %d responses", report->imported),
                                 report->imported);
      rs_page_add_toast (RS_PAGE (self), adw_toast_new (message));
    }
  rs_hearing_import_report_free (report);
  _rs_hearings_page_load_round (self);
}

static void
mapped_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(ImportRequest) request = user_data;
  RsHearingsPage *self = request->self;
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) mappings = rs_csv_mapping_dialog_map_files_finish (result, &error);

  if (mappings == NULL)
    {
      _rs_hearings_page_show_failure (self, _("Nothing Was Imported"), error);
      return;
    }
  if (db == NULL || self->round == NULL || rs_hearing_round_get_id (self->round) != request->round_id)
    return;
  rs_hearing_import_files_async (db, request->round_id, (const char * const *) request->paths, mappings,
                                 job_progress_cb, g_object_ref (self), g_object_unref,
                                 job_begin (self, _("Importing responses…")), import_done_cb, g_object_ref (self));
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  ImportRequest *request;

  if (response == GTK_RESPONSE_ACCEPT && self->round != NULL)
    {
      /* CSV files whose header is not recognised are mapped in a dialog first. */
      request = g_new0 (ImportRequest, 1);
      request->self = g_object_ref (self);
      request->round_id = rs_hearing_round_get_id (self->round);
      request->paths = rs_chosen_paths (GTK_FILE_CHOOSER (chooser));
      rs_csv_mapping_dialog_map_files (_rs_hearings_page_get_window (self),
                                       (const char * const *) request->paths,
                                       rs_page_get_cancellable (RS_PAGE (self)), mapped_cb, request);
    }
  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char * const *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  static const char * const response_patterns[] = { "*.txt", "*.eml", "*.pdf", "*.csv", "*.TXT", "*.EML",
                                                    "*.PDF", "*.CSV", NULL };
  static const char * const all_patterns[] = { "*", NULL };
  GtkFileChooserNative *chooser;

  if (self->round == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Import Responses"), _rs_hearings_page_get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Responses (e-mail, PDF, text, CSV)"), response_patterns);
  add_filter (GTK_FILE_CHOOSER (chooser), _("All files"), all_patterns);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Import of consulted parties */

static void
import_parties_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  int count = rs_consulted_party_store_import_csv_finish (RS_DATABASE (source), result, &error);
  g_autofree char *message = NULL;

  job_end (self);
  if (count < 0)
    {
      _rs_hearings_page_show_failure (self, _("No Parties Were Imported"), error);
      return;
    }
  message = g_strdup_printf (ngettext ("Imported %d party", "Imported %d parties", count), count);
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (message));
  _rs_hearings_page_load_round (self);
}

static void
import_parties_response_cb (GtkNativeDialog *chooser,
                            int              response,
                            gpointer         user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  g_auto(GStrv) paths = rs_chosen_paths (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && db != NULL && self->round != NULL && paths[0] != NULL)
    rs_consulted_party_store_import_csv_async (db, rs_hearing_round_get_id (self->round), paths[0],
                                               job_begin (self, _("Importing consulted parties…")),
                                               import_parties_done_cb, g_object_ref (self));
  g_object_unref (chooser);
}

static void
import_parties_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  static const char * const csv_patterns[] = { "*.csv", "*.CSV", NULL };
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import Consulted Parties"), _rs_hearings_page_get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  add_filter (GTK_FILE_CHOOSER (chooser), _("CSV files"), csv_patterns);
  g_signal_connect (chooser, "response", G_CALLBACK (import_parties_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Party status */

static void
status_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_consulted_party_store_set_status_finish (RS_DATABASE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    rs_page_show_error (RS_PAGE (self), error);
}

void
_rs_hearings_page_set_party_status (RsHearingsPage *self,
                                    gint64          party_id,
                                    const char     *status)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db == NULL || self->round == NULL)
    return;
  /* Dated today, except "no reply". */
  rs_consulted_party_store_set_status_async (db, rs_hearing_round_get_id (self->round), party_id, status,
                                             rs_page_get_cancellable (RS_PAGE (self)), status_done_cb,
                                             g_object_ref (self));
}

/* White book export */

typedef struct
{
  RsHearingsPage    *self;
  gint64             round_id;
  RsWhitebookOptions options;
  RsDocumentFormat   format;
  char              *path;
  gboolean           print;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_object_unref (job->self);
  g_free (job->path);
  g_free (job);
}

static gboolean
pulse_cb (gpointer data)
{
  RsHearingsPage *self = data;

  gtk_progress_bar_pulse (self->job_progress);
  return G_SOURCE_CONTINUE;
}

/* Printing: the white book is written as a PDF to a temporary file and
 * its pages are rendered onto the print context with poppler. */

static void
print_begin_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PopplerDocument   *doc)
{
  gtk_print_operation_set_n_pages (operation, poppler_document_get_n_pages (doc));
}

static void
print_draw_cb (GtkPrintOperation *operation,
               GtkPrintContext   *context,
               int                page_nr,
               PopplerDocument   *doc)
{
  PopplerPage *page = poppler_document_get_page (doc, page_nr);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height, scale;

  if (page == NULL)
    return;
  poppler_page_get_size (page, &width, &height);
  scale = MIN (gtk_print_context_get_width (context) / width,
               gtk_print_context_get_height (context) / height);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  poppler_page_render_for_printing (page, cr);
  cairo_restore (cr);
  g_object_unref (page);
}

static void
print_document (RsHearingsPage *self,
                const char     *path)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);

  g_unlink (path);  /* poppler holds the contents */
  if (doc == NULL)
    {
      _rs_hearings_page_show_failure (self, _("The White Book Could Not Be Printed"), error);
      return;
    }
  gtk_print_operation_set_job_name (operation, _("White book"));
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (print_begin_cb), doc);
  g_signal_connect (operation, "draw-page", G_CALLBACK (print_draw_cb), doc);
  g_object_set_data_full (G_OBJECT (operation), "rs-document", doc, g_object_unref);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, _rs_hearings_page_get_window (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    _rs_hearings_page_show_failure (self, _("The White Book Could Not Be Printed"), error);
}

static void
export_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ExportJob *job = user_data;
  g_autoptr(RsHearingsPage) self = g_object_ref (job->self);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_steal_pointer (&job->path);
  g_autofree char *name = path ? g_filename_display_basename (path) : NULL;
  g_autofree char *message = NULL;
  gboolean print = job->print;

  export_job_free (job);
  job_end (self);
  if (!rs_document_write_finish (RS_DOCUMENT (source), result, &error))
    {
      _rs_hearings_page_show_failure (self, _("The White Book Was Not Saved"), error);
      if (print)
        g_unlink (path);
      return;
    }
  if (print)
    {
      print_document (self, path);
      return;
    }
  message = g_strdup_printf (_("White book saved as “%s”"), name);
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (message));
}

static void
export_built_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ExportJob *job = user_data;
  g_autoptr(RsHearingsPage) self = g_object_ref (job->self);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDocument) doc = rs_whitebook_build_finish (RS_DATABASE (source), result, &error);

  if (doc == NULL || self->job_cancellable == NULL)
    {
      if (job->print)
        g_unlink (job->path);
      job_end (self);
      if (error != NULL)
        _rs_hearings_page_show_failure (self, _("The White Book Was Not Saved"), error);
      export_job_free (job);
      return;
    }
  gtk_label_set_label (self->job_label, _("Writing the white book…"));
  self->pulse_id = g_timeout_add (150, pulse_cb, self);
  rs_document_write_async (doc, job->format, job->path, self->job_cancellable, export_written_cb, job);
}

static void
export_file_cb (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  ExportJob *job = user_data;
  RsHearingsPage *self = job->self;
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_object_unref (chooser);
  if (response != GTK_RESPONSE_ACCEPT || file == NULL || db == NULL || g_file_get_path (file) == NULL)
    {
      export_job_free (job);
      return;
    }
  job->path = g_file_get_path (file);
  /* The document is built on the database thread, then written in a worker. */
  rs_whitebook_build_async (db, job->round_id, &job->options, job_progress_cb, g_object_ref (self),
                            g_object_unref, job_begin (self, _("Compiling the white book…")), export_built_cb,
                            job);
}

static void
export_dialog_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  RsHearingsPage   *self)
{
  RsContext *context = rs_page_get_context (RS_PAGE (self));
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  ExportJob *job;

  if (!g_str_equal (response, "export") || self->round == NULL)
    return;
  job = g_new0 (ExportJob, 1);
  job->self = g_object_ref (self);
  job->round_id = rs_hearing_round_get_id (self->round);
  job->format = rs_whitebook_dialog_get_format (RS_WHITEBOOK_DIALOG (dialog));
  job->options.show_private_names = rs_whitebook_dialog_get_show_private_names (RS_WHITEBOOK_DIALOG (dialog));
  job->options.order = rs_whitebook_dialog_get_order (RS_WHITEBOOK_DIALOG (dialog));
  /* A static "da" or "en". */
  job->options.language = rs_whitebook_dialog_get_language (RS_WHITEBOOK_DIALOG (dialog));
  job->options.small_cell_limit = context ? rs_context_get_small_cell_limit (context) : 5;

  chooser = gtk_file_chooser_native_new (_("Save White Book"), _rs_hearings_page_get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: the default file name of the white book, without extension. */
  name = g_strdup_printf ("%s.%s", _("whitebook"), rs_document_format_get_extension (job->format));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_file_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  GtkWidget *dialog;

  if (self->round == NULL)
    return;
  dialog = rs_whitebook_dialog_new (_rs_hearings_page_get_window (self));
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_dialog_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* New round: a dialog asks for its title and dates, prefilled like the
 * process's hearing phase (or three weeks from today); nothing is created
 * until the user says Create. */

static void
new_round_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsHearingRound) round = rs_hearing_round_store_add_finish (RS_DATABASE (source), result, &error);

  if (round == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  self->select_round_id = rs_hearing_round_get_id (round);
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Hearing round created")));
  _rs_hearings_page_load_rounds (self);
}

static void
new_round_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       RsHearingsPage   *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  RsProcess *process = rs_page_get_process (RS_PAGE (self));
  g_autoptr(RsHearingRound) wanted = NULL;

  if (!g_str_equal (response, "save") || db == NULL || process == NULL ||
      !rs_round_dialog_is_valid (RS_ROUND_DIALOG (dialog)))
    return;
  wanted = rs_hearing_round_new (0, rs_process_get_id (process), NULL, NULL, NULL);
  rs_round_dialog_apply (RS_ROUND_DIALOG (dialog), wanted);
  rs_hearing_round_store_add_async (db, wanted, rs_page_get_cancellable (RS_PAGE (self)), new_round_done_cb,
                                    g_object_ref (self));
}

static void
round_defaults_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsHearingRound) defaults = rs_hearing_round_store_defaults_finish (RS_DATABASE (source), result,
                                                                               &error);
  GtkWidget *dialog;

  if (defaults == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  dialog = rs_round_dialog_new_for_create (_rs_hearings_page_get_window (self), defaults);
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_round_response_cb), self, 0);
  g_set_weak_pointer (&self->round_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_round_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  RsProcess *process = rs_page_get_process (RS_PAGE (self));

  if (db == NULL || process == NULL)
    return;
  rs_hearing_round_store_defaults_async (db, rs_process_get_id (process), rs_page_get_cancellable (RS_PAGE (self)),
                                         round_defaults_cb, g_object_ref (self));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  RsContext *context = rs_page_get_context (RS_PAGE (self));
  g_autoptr(GError) error = NULL;
  ExportJob *job;
  int fd;

  if (db == NULL || self->round == NULL)
    return;
  job = g_new0 (ExportJob, 1);
  job->self = g_object_ref (self);
  job->round_id = rs_hearing_round_get_id (self->round);
  job->format = RS_DOCUMENT_FORMAT_PDF;
  job->print = TRUE;
  /* Printing uses the default: private citizens are not named. */
  job->options.small_cell_limit = context ? rs_context_get_small_cell_limit (context) : 5;
  fd = g_file_open_tmp ("raadslag-whitebook-XXXXXX.pdf", &job->path, &error);
  if (fd < 0)
    {
      _rs_hearings_page_show_failure (self, _("The White Book Could Not Be Printed"), error);
      export_job_free (job);
      return;
    }
  g_close (fd, NULL);
  rs_whitebook_build_async (db, job->round_id, &job->options, job_progress_cb, g_object_ref (self),
                            g_object_unref, job_begin (self, _("Preparing the white book for printing…")),
                            export_built_cb, job);
}

static void
cancel_job_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);

  if (self->job_cancellable != NULL)
    g_cancellable_cancel (self->job_cancellable);
}

void
_rs_hearings_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "hearings.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "hearings.import-parties", NULL, import_parties_action);
  gtk_widget_class_install_action (widget_class, "hearings.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "hearings.new-round", NULL, new_round_action);
  gtk_widget_class_install_action (widget_class, "hearings.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "hearings.cancel-job", NULL, cancel_job_action);
}
