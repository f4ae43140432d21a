/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-target-dialog"

#include "config.h"

#include "rs-engagement-targets.h"
#include "rs-target-dialog.h"

struct _RsTargetDialog
{
  RsInvolvementDialog parent_instance;

  /* Template widgets */
  GtkEditable   *district;
  GtkDropDown   *kind;
  GtkSpinButton *value;
};

G_DEFINE_FINAL_TYPE (RsTargetDialog, rs_target_dialog, RS_TYPE_INVOLVEMENT_DIALOG)

static void
target_set_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(RsPage) page = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_involvement_store_set_target_finish (RS_INVOLVEMENT_STORE (source), result, &error))
    rs_page_show_error (page, error);
}

static void
rs_target_dialog_response (AdwMessageDialog *dialog,
                           const char       *response)
{
  RsTargetDialog *self = RS_TARGET_DIALOG (dialog);
  RsInvolvementDialog *base = RS_INVOLVEMENT_DIALOG (dialog);

  if (!g_str_equal (response, "set") || rs_involvement_dialog_get_store (base) == NULL)
    return;
  rs_involvement_store_set_target_async (rs_involvement_dialog_get_store (base),
                                         rs_involvement_dialog_get_process_id (base),
                                         gtk_drop_down_get_selected (self->kind),
                                         gtk_editable_get_text (self->district),
                                         gtk_spin_button_get_value (self->value),
                                         rs_involvement_dialog_get_cancellable (base), target_set_cb,
                                         g_object_ref (rs_involvement_dialog_get_page (base)));
}

static void
rs_target_dialog_class_init (RsTargetDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  dialog_class->response = rs_target_dialog_response;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-target-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsTargetDialog, district);
  gtk_widget_class_bind_template_child (widget_class, RsTargetDialog, kind);
  gtk_widget_class_bind_template_child (widget_class, RsTargetDialog, value);
}

static void
rs_target_dialog_init (RsTargetDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint k = 0; k < RS_N_TARGET_KINDS; k++)
    gtk_string_list_append (kinds, rs_target_kind_get_label (k));
  gtk_drop_down_set_model (self->kind, G_LIST_MODEL (kinds));
}

GtkWidget *
rs_target_dialog_new (RsPage             *page,
                      RsInvolvementStore *store,
                      gint64              process_id)
{
  return g_object_new (RS_TYPE_TARGET_DIALOG, "page", page, "store", store, "process-id", process_id,
                       NULL);
}
