/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-council-submission-editor"

#include "config.h"

#include <glib/gi18n.h>

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

typedef struct
{
  gint64               process_id;
  RsCouncilSubmission  sub;
  char                *resume;
  char                *authority;
} Job;

static void
job_free (gpointer p)
{
  Job *job = p;

  rs_council_submission_clear (&job->sub);
  g_free (job->resume);
  g_free (job->authority);
  g_free (job);
}

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

static gpointer
load_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  Job *job = g_new0 (Job, 1);

  job->process_id = *(gint64 *) data;
  if (!rs_council_submission_load (db, job->process_id, &job->sub, error) ||
      !rs_council_submission_defaults (db, job->process_id, NULL, &job->resume, &job->authority, error))
    {
      job_free (job);
      return NULL;
    }
  return job;
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsCouncilSubmissionEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  Job *job = rs_database_run_finish (RS_DATABASE (source), result, &error);

  if (job == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->committee_row), job->sub.committee);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), job->sub.meeting_date ? job->sub.meeting_date : "");
  set_text (self->resume_view, job->sub.resume);
  set_text (self->case_view, job->sub.case_text);
  set_text (self->authority_view, job->sub.authority);
  self->generated_resume = g_steal_pointer (&job->resume);
  self->generated_authority = g_steal_pointer (&job->authority);
  gtk_label_set_text (self->resume_default, self->generated_resume);
  gtk_label_set_text (self->authority_default, self->generated_authority);
  self->loaded = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  job_free (job);
}

static gpointer
save_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  Job *job = data;

  if (!rs_council_submission_save (db, job->process_id, &job->sub, error))
    return NULL;
  return GINT_TO_POINTER (TRUE);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsCouncilSubmissionEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (rs_database_run_finish (RS_DATABASE (source), result, &error) == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RsCouncilSubmissionEditor *self = RS_COUNCIL_SUBMISSION_EDITOR (widget);
  Job *job = g_new0 (Job, 1);

  job->process_id = self->process_id;
  job->sub.committee = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->committee_row))));
  job->sub.meeting_date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));
  job->sub.resume = text_of (self->resume_view);
  job->sub.case_text = text_of (self->case_view);
  job->sub.authority = text_of (self->authority_view);
  show_error (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  rs_database_run_async (self->db, save_job, job, job_free, NULL, self->cancellable, saved_cb,
                         g_object_ref (self));
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
  rs_database_run_for_id_async (db, load_job, process_id, job_free, self->cancellable, loaded_cb,
                                g_object_ref (self));
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
