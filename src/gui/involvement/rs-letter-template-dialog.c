/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-letter-template-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-letter-kinds.h"
#include "rs-letter-template-dialog.h"

struct _RsLetterTemplateDialog
{
  RsInvolvementDialog parent_instance;

  /* Template widgets */
  GtkTextView *body;
  GtkDropDown *kind;
  GtkEditable *subject;
};

G_DEFINE_FINAL_TYPE (RsLetterTemplateDialog, rs_letter_template_dialog, RS_TYPE_INVOLVEMENT_DIALOG)

static void
template_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RsLetterTemplateDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *subject = NULL, *body = NULL;

  if (!rs_involvement_store_get_template_finish (RS_INVOLVEMENT_STORE (source), result, &subject,
                                                 &body, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read the letter template: %s", error->message);
      return;
    }
  if (self->subject == NULL || self->body == NULL)   /* closed since */
    return;
  gtk_editable_set_text (self->subject, subject);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body), body, -1);
}

static void
load_template (RsLetterTemplateDialog *self)
{
  RsInvolvementDialog *base = RS_INVOLVEMENT_DIALOG (self);

  rs_involvement_store_get_template_async (rs_involvement_dialog_get_store (base),
                                           rs_involvement_dialog_get_process_id (base),
                                           gtk_drop_down_get_selected (self->kind),
                                           rs_involvement_dialog_get_cancellable (base),
                                           template_loaded_cb, g_object_ref (self));
}

static void
template_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsPage) page = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_involvement_store_set_template_finish (RS_INVOLVEMENT_STORE (source), result, &error))
    rs_page_show_error (page, error);
  else
    rs_page_add_toast (page, adw_toast_new (_("Letter template saved")));
}

static void
rs_letter_template_dialog_response (AdwMessageDialog *dialog,
                                    const char       *response)
{
  RsLetterTemplateDialog *self = RS_LETTER_TEMPLATE_DIALOG (dialog);
  RsInvolvementDialog *base = RS_INVOLVEMENT_DIALOG (dialog);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (rs_involvement_dialog_get_store (base) == NULL || g_str_equal (response, "cancel"))
    return;
  if (!g_str_equal (response, "reset"))
    {
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  /* Reset: no subject and text, the built-in ones. */
  rs_involvement_store_set_template_async (rs_involvement_dialog_get_store (base),
                                           rs_involvement_dialog_get_process_id (base),
                                           gtk_drop_down_get_selected (self->kind),
                                           text ? gtk_editable_get_text (self->subject) : NULL, text,
                                           rs_involvement_dialog_get_cancellable (base),
                                           template_saved_cb,
                                           g_object_ref (rs_involvement_dialog_get_page (base)));
}

static void
rs_letter_template_dialog_dispose (GObject *object)
{
  /* Clears the fields: a template may arrive after the dialog closed. */
  gtk_widget_dispose_template (GTK_WIDGET (object), RS_TYPE_LETTER_TEMPLATE_DIALOG);
  G_OBJECT_CLASS (rs_letter_template_dialog_parent_class)->dispose (object);
}

static void
rs_letter_template_dialog_class_init (RsLetterTemplateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = rs_letter_template_dialog_dispose;
  dialog_class->response = rs_letter_template_dialog_response;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-letter-template-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsLetterTemplateDialog, body);
  gtk_widget_class_bind_template_child (widget_class, RsLetterTemplateDialog, kind);
  gtk_widget_class_bind_template_child (widget_class, RsLetterTemplateDialog, subject);
}

static void
rs_letter_template_dialog_init (RsLetterTemplateDialog *self)
{
  g_autoptr(GtkStringList) kinds = rs_letter_kinds_new_model ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->kind, G_LIST_MODEL (kinds));
}

GtkWidget *
rs_letter_template_dialog_new (RsPage             *page,
                               RsInvolvementStore *store,
                               gint64              process_id)
{
  RsLetterTemplateDialog *self = g_object_new (RS_TYPE_LETTER_TEMPLATE_DIALOG, "page", page,
                                               "store", store, "process-id", process_id, NULL);

  g_signal_connect_swapped (self->kind, "notify::selected", G_CALLBACK (load_template), self);
  load_template (self);
  return GTK_WIDGET (self);
}
