/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-letters-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-hearing-store.h"
#include "rs-letter-kinds.h"
#include "rs-letters-dialog.h"
#include "rs-session-details.h"

struct _RsLettersDialog
{
  RsInvolvementDialog parent_instance;

  /* The choices of the third drop-down, each after a first "the default"
   * entry (id 0); NULL until read. */
  GtkStringList *meeting_labels;
  GArray        *meeting_ids;
  GtkStringList *round_labels;
  GArray        *round_ids;

  /* Template widgets */
  GtkDropDown   *format;
  GtkDropDown   *kind;
  GtkDropDown   *subject;
  GtkWidget     *subject_box;
  GtkLabel      *subject_caption;
};

G_DEFINE_FINAL_TYPE (RsLettersDialog, rs_letters_dialog, RS_TYPE_INVOLVEMENT_DIALOG)

/* What Choose Folder… writes, once the folder is chosen. */
typedef struct
{
  RsPage             *page;
  RsInvolvementStore *store;
  gint64              process_id;
  RsLetterKind        kind;
  RsLetterFormat      format;
  gint64              subject_id;
} LetterData;

static gboolean
kind_has_meeting (RsLetterKind kind)
{
  return kind == RS_LETTER_MEETING || kind == RS_LETTER_REMINDER;
}

static gboolean
kind_has_round (RsLetterKind kind)
{
  return kind == RS_LETTER_RECEIPT || kind == RS_LETTER_ANSWER;
}

/* Fills the third choice for the chosen kind: the process's meetings, or
 * its hearing rounds, after a first "the default" entry. */
static void
show_subjects (RsLettersDialog *self)
{
  RsLetterKind k = self->kind ? gtk_drop_down_get_selected (self->kind) : 0;
  GtkStringList *labels = kind_has_meeting (k) ? self->meeting_labels : self->round_labels;

  if (self->subject_box == NULL)   /* closed before the lists were read */
    return;
  gtk_widget_set_visible (self->subject_box, (kind_has_meeting (k) || kind_has_round (k)) && labels != NULL);
  if (!gtk_widget_get_visible (self->subject_box))
    return;
  gtk_label_set_text_with_mnemonic (self->subject_caption,
                                    kind_has_meeting (k) ? _("_Meeting") : _("_Hearing round"));
  gtk_drop_down_set_model (self->subject, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->subject, 0);
}

static void
meetings_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsLettersDialog) self = user_data;
  g_autoptr(GListStore) sessions = rs_session_store_list_finish (RS_DATABASE (source), result, NULL);
  gint64 none = 0;

  if (sessions == NULL)
    return;
  self->meeting_labels = gtk_string_list_new (NULL);
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_string_list_append (self->meeting_labels, _("The next meeting with registrations"));
  g_array_append_val (self->meeting_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sessions)); i++)
    {
      g_autoptr(RsSession) session = g_list_model_get_item (G_LIST_MODEL (sessions), i);
      const char *starts = rs_session_get_starts_at (session);
      g_autofree char *label = g_strdup_printf ("%.10s · %s", starts ? starts : "", rs_session_get_title (session));
      gint64 id = rs_session_get_id (session);

      gtk_string_list_append (self->meeting_labels, label);
      g_array_append_val (self->meeting_ids, id);
    }
  show_subjects (self);
}

static void
rounds_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsLettersDialog) self = user_data;
  g_autoptr(GListStore) rounds = rs_hearing_round_store_list_finish (RS_DATABASE (source), result, NULL);
  gint64 none = 0;

  if (rounds == NULL)
    return;
  self->round_labels = gtk_string_list_new (NULL);
  self->round_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_string_list_append (self->round_labels, _("The latest hearing round"));
  g_array_append_val (self->round_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rounds)); i++)
    {
      g_autoptr(RsHearingRound) round = g_list_model_get_item (G_LIST_MODEL (rounds), i);
      gint64 id = rs_hearing_round_get_id (round);

      gtk_string_list_append (self->round_labels, rs_hearing_round_get_title (round));
      g_array_append_val (self->round_ids, id);
    }
  show_subjects (self);
}

static void
letters_written_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RsPage) page = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n = 0, skipped = 0;

  path = rs_involvement_store_letters_finish (RS_INVOLVEMENT_STORE (source), result, &n, &skipped,
                                              &error);
  if (path == NULL)
    {
      rs_page_show_error (page, error);
      return;
    }
  text = g_strdup_printf (ngettext ("Wrote %u letter to %s.\n", "Wrote %u letters to %s.\n", n),
                          n, path);
  rs_page_add_toast (page, adw_toast_new (g_strstrip (text)));
}

static void
folder_cb (GtkNativeDialog *chooser,
           int              response,
           gpointer         user_data)
{
  LetterData *d = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      rs_involvement_store_letters_for_async (d->store, d->process_id, d->kind, d->format,
                                              d->subject_id, folder, rs_page_get_cancellable (d->page),
                                              letters_written_cb, g_object_ref (d->page));
    }
  g_object_unref (d->page);
  g_object_unref (d->store);
  g_free (d);
  g_object_unref (chooser);
}

static void
rs_letters_dialog_response (AdwMessageDialog *dialog,
                            const char       *response)
{
  RsLettersDialog *self = RS_LETTERS_DIALOG (dialog);
  RsInvolvementDialog *base = RS_INVOLVEMENT_DIALOG (dialog);
  GtkFileChooserNative *chooser;
  LetterData *d;

  if (!g_str_equal (response, "write") || rs_involvement_dialog_get_store (base) == NULL)
    return;
  d = g_new0 (LetterData, 1);
  d->page = g_object_ref (rs_involvement_dialog_get_page (base));
  d->store = g_object_ref (rs_involvement_dialog_get_store (base));
  d->process_id = rs_involvement_dialog_get_process_id (base);
  d->kind = gtk_drop_down_get_selected (self->kind);
  d->format = gtk_drop_down_get_selected (self->format);
  d->subject_id = rs_letters_dialog_get_subject (self);
  chooser = gtk_file_chooser_native_new (_("Folder for the Letters"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (d->page))),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Write"), NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (folder_cb), d);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
rs_letters_dialog_dispose (GObject *object)
{
  /* Clears the fields: the lists may arrive after the dialog closed. */
  gtk_widget_dispose_template (GTK_WIDGET (object), RS_TYPE_LETTERS_DIALOG);
  G_OBJECT_CLASS (rs_letters_dialog_parent_class)->dispose (object);
}

static void
rs_letters_dialog_finalize (GObject *object)
{
  RsLettersDialog *self = RS_LETTERS_DIALOG (object);

  g_clear_object (&self->meeting_labels);
  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_object (&self->round_labels);
  g_clear_pointer (&self->round_ids, g_array_unref);
  G_OBJECT_CLASS (rs_letters_dialog_parent_class)->finalize (object);
}

static void
rs_letters_dialog_class_init (RsLettersDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = rs_letters_dialog_dispose;
  object_class->finalize = rs_letters_dialog_finalize;
  dialog_class->response = rs_letters_dialog_response;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-letters-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsLettersDialog, format);
  gtk_widget_class_bind_template_child (widget_class, RsLettersDialog, kind);
  gtk_widget_class_bind_template_child (widget_class, RsLettersDialog, subject);
  gtk_widget_class_bind_template_child (widget_class, RsLettersDialog, subject_box);
  gtk_widget_class_bind_template_child (widget_class, RsLettersDialog, subject_caption);
}

static void
rs_letters_dialog_init (RsLettersDialog *self)
{
  g_autoptr(GtkStringList) kinds = rs_letter_kinds_new_model ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->kind, G_LIST_MODEL (kinds));
  g_signal_connect_swapped (self->kind, "notify::selected", G_CALLBACK (show_subjects), self);
}

GtkWidget *
rs_letters_dialog_new (RsPage             *page,
                       RsInvolvementStore *store,
                       gint64              process_id)
{
  RsLettersDialog *self = g_object_new (RS_TYPE_LETTERS_DIALOG, "page", page, "store", store,
                                        "process-id", process_id, NULL);
  GCancellable *cancellable = rs_page_get_cancellable (page);

  rs_session_store_list_async (rs_page_get_database (page), process_id, cancellable, meetings_cb,
                               g_object_ref (self));
  rs_hearing_round_store_list_async (rs_page_get_database (page), process_id, cancellable,
                                     rounds_cb, g_object_ref (self));
  return GTK_WIDGET (self);
}

gboolean
rs_letters_dialog_choose (RsLettersDialog *self,
                          RsLetterKind     kind,
                          guint            subject)
{
  GListModel *subjects;

  g_return_val_if_fail (RS_IS_LETTERS_DIALOG (self), FALSE);
  gtk_drop_down_set_selected (self->kind, kind);
  subjects = gtk_drop_down_get_model (self->subject);
  if (!gtk_widget_get_visible (self->subject_box) || subjects == NULL ||
      subject >= g_list_model_get_n_items (subjects))
    return FALSE;
  gtk_drop_down_set_selected (self->subject, subject);
  return TRUE;
}

gint64
rs_letters_dialog_get_subject (RsLettersDialog *self)
{
  GArray *ids;
  guint selected;

  g_return_val_if_fail (RS_IS_LETTERS_DIALOG (self), 0);
  ids = kind_has_meeting (gtk_drop_down_get_selected (self->kind)) ? self->meeting_ids
                                                                    : self->round_ids;
  selected = gtk_drop_down_get_selected (self->subject);
  if (ids == NULL || !gtk_widget_get_visible (self->subject_box) ||
      selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected);
}
