/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-council-submission-editor"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "rs-conflict-dialog.h"
#include "rs-council-submission-editor.h"
#include "rs-council-submission.h"

struct _RsCouncilSubmissionEditor
{
  AdwWindow      parent_instance;

  RsDatabase    *db;
  gint64         process_id;
  GCancellable  *cancellable;
  char          *generated_resume;
  char          *generated_authority;
  gboolean       loaded;
  gint64         version;

  /* Template widgets */
  GtkTextView   *authority_view;
  GtkLabel      *authority_default;
  GtkTextView   *case_view;
  AdwEntryRow   *committee_row;
  AdwEntryRow   *date_row;
  GtkLabel      *error_label;
  GtkRevealer   *error_revealer;
  GtkTextView   *resume_view;
  GtkLabel      *resume_default;
};

G_DEFINE_FINAL_TYPE (RsCouncilSubmissionEditor, rs_council_submission_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
set_text (GtkTextView *view,
          const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

static void
show_error (RsCouncilSubmissionEditor *self,
            const char                *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
fill (RsCouncilSubmissionEditor *self,
      const RsCouncilSubmission *sub)
{
  gtk_editable_set_text (GTK_EDITABLE (self->committee_row), sub->committee ? sub->committee : "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), sub->meeting_date ? sub->meeting_date : "");
  set_text (self->resume_view, sub->resume);
  set_text (self->case_view, sub->case_text);
  set_text (self->authority_view, sub->authority);
  self->version = sub->version;
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsCouncilSubmissionEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(RsCouncilSubmission) sub = { 0 };
  g_autofree char *resume = NULL;
  g_autofree char *authority = NULL;

  if (!rs_council_submission_load_finish (RS_DATABASE (source), result, &sub, &resume, &authority, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  fill (self, &sub);
  g_free (self->generated_resume);
  g_free (self->generated_authority);
  self->generated_resume = g_steal_pointer (&resume);
  self->generated_authority = g_steal_pointer (&authority);
  gtk_label_set_text (self->resume_default, self->generated_resume);
  gtk_label_set_text (self->authority_default, self->generated_authority);
  self->loaded = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
}

static void
read_form (RsCouncilSubmissionEditor *self,
           RsCouncilSubmission       *sub)
{
  sub->committee = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->committee_row))));
  sub->meeting_date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));
  sub->resume = text_of (self->resume_view);
  sub->case_text = text_of (self->case_view);
  sub->authority = text_of (self->authority_view);
  sub->version = self->version;
}

static void save (RsCouncilSubmissionEditor *self);

static void
conflict_response_cb (RsConflictDialog          *dialog,
                      const char                *response,
                      RsCouncilSubmissionEditor *self)
{
  RsCouncilSubmission *current = g_object_get_data (G_OBJECT (dialog), "rs-current");

  if (g_str_equal (response, "theirs"))
    fill (self, current);
  else if (g_str_equal (response, "mine"))
    {
      self->version = current->version;
      save (self);
    }
}

static void
free_submission (gpointer data)
{
  rs_council_submission_clear (data);
  g_free (data);
}

static void
show_conflict (RsCouncilSubmissionEditor *self,
               RsCouncilSubmission       *current,
               const char                *message)
{
  g_auto(RsCouncilSubmission) mine = { 0 };
  RsConflictDialog *dialog = rs_conflict_dialog_new (GTK_WINDOW (self), message);
  RsCouncilSubmission *kept = g_new0 (RsCouncilSubmission, 1);

  read_form (self, &mine);
  rs_conflict_dialog_add_field (dialog, _("Committee"), current->committee, mine.committee);
  rs_conflict_dialog_add_field (dialog, _("Meeting date (YYYY-MM-DD)"), current->meeting_date, mine.meeting_date);
  rs_conflict_dialog_add_field (dialog, _("Summary"), current->resume, mine.resume);
  rs_conflict_dialog_add_field (dialog, _("Case presentation"), current->case_text, mine.case_text);
  rs_conflict_dialog_add_field (dialog, _("Decision-making authority"), current->authority, mine.authority);
  *kept = *current;
  memset (current, 0, sizeof *current);
  g_object_set_data_full (G_OBJECT (dialog), "rs-current", kept, free_submission);
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsCouncilSubmissionEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(RsCouncilSubmission) current = { 0 };

  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (!rs_council_submission_save_finish (RS_DATABASE (source), result, &self->version, &current, &error))
    {
      if (g_error_matches (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT))
        show_conflict (self, &current, error->message);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
save (RsCouncilSubmissionEditor *self)
{
  g_auto(RsCouncilSubmission) sub = { 0 };

  read_form (self, &sub);
  show_error (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  rs_council_submission_save_async (self->db, self->process_id, &sub, self->cancellable, saved_cb,
                                    g_object_ref (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (RS_COUNCIL_SUBMISSION_EDITOR (widget));
}

static void
use_generated_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RsCouncilSubmissionEditor *self = RS_COUNCIL_SUBMISSION_EDITOR (widget);

  if (g_str_equal (action_name, "submission.use-generated-resume"))
    set_text (self->resume_view, self->generated_resume);
  else
    set_text (self->authority_view, self->generated_authority);
}

static void
rs_council_submission_editor_dispose (GObject *object)
{
  RsCouncilSubmissionEditor *self = RS_COUNCIL_SUBMISSION_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->db);
  g_clear_pointer (&self->generated_resume, g_free);
  g_clear_pointer (&self->generated_authority, g_free);

  G_OBJECT_CLASS (rs_council_submission_editor_parent_class)->dispose (object);
}

static void
rs_council_submission_editor_class_init (RsCouncilSubmissionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_council_submission_editor_dispose;
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-council-submission-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RsCouncilSubmissionEditor, authority_view);
  gtk_widget_class_bind_template_child (widget_class, RsCouncilSubmissionEditor, authority_default);
  gtk_widget_class_bind_template_child (widget_class, RsCouncilSubmissionEditor, case_view);
  gtk_widget_class_bind_template_child (widget_class, RsCouncilSubmissionEditor, committee_row);
  gtk_widget_class_bind_template_child (widget_class, RsCouncilSubmissionEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, RsCouncilSubmissionEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, RsCouncilSubmissionEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, RsCouncilSubmissionEditor, resume_view);
  gtk_widget_class_bind_template_child (widget_class, RsCouncilSubmissionEditor, resume_default);

  gtk_widget_class_install_action (widget_class, "submission.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "submission.use-generated-resume", NULL,
                                   use_generated_action);
  gtk_widget_class_install_action (widget_class, "submission.use-generated-authority", NULL,
                                   use_generated_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "submission.save", NULL);
}

static void
rs_council_submission_editor_init (RsCouncilSubmissionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

RsCouncilSubmissionEditor *
rs_council_submission_editor_new (GtkWindow  *parent,
                                  RsDatabase *db,
                                  gint64      process_id)
{
  RsCouncilSubmissionEditor *self;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  self = g_object_new (RS_TYPE_COUNCIL_SUBMISSION_EDITOR, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->process_id = process_id;
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  rs_council_submission_load_async (db, process_id, self->cancellable, loaded_cb, g_object_ref (self));
  return self;
}

gboolean
rs_council_submission_editor_is_loaded (RsCouncilSubmissionEditor *self)
{
  g_return_val_if_fail (RS_IS_COUNCIL_SUBMISSION_EDITOR (self), FALSE);
  return self->loaded;
}

static void
page_saved_cb (RsPage *page)
{
  rs_page_add_toast (page, adw_toast_new (_("Agenda-item texts saved")));
}

void
rs_council_submission_editor_open (RsPage *page)
{
  RsProcess *process = rs_page_get_process (page);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));
  RsCouncilSubmissionEditor *editor;

  if (process == NULL)
    return;
  editor = rs_council_submission_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                             rs_page_get_database (page), rs_process_get_id (process));
  g_signal_connect_object (editor, "saved", G_CALLBACK (page_saved_cb), page, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}
