/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-draw-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-draw-dialog.h"

struct _RsDrawDialog
{
  RsInvolvementDialog parent_instance;

  /* Template widgets */
  GtkSpinButton *households;
  GtkEditable   *seed;
  GtkEditable   *weights;
};

G_DEFINE_FINAL_TYPE (RsDrawDialog, rs_draw_dialog, RS_TYPE_INVOLVEMENT_DIALOG)

static void
drawn_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsPage) page = user_data;
  g_autoptr(GError) error = NULL;

  if (rs_involvement_store_draw_finish (RS_INVOLVEMENT_STORE (source), result, &error) == 0)
    rs_page_show_error (page, error);
  else
    rs_page_add_toast (page, adw_toast_new (_("Invitations drawn and recorded")));
}

static void
rs_draw_dialog_response (AdwMessageDialog *dialog,
                         const char       *response)
{
  RsDrawDialog *self = RS_DRAW_DIALOG (dialog);
  RsInvolvementDialog *base = RS_INVOLVEMENT_DIALOG (dialog);
  RsPage *page = rs_involvement_dialog_get_page (base);
  const char *seed_text = gtk_editable_get_text (self->seed);
  guint64 seed;

  if (!g_str_equal (response, "draw") || rs_involvement_dialog_get_store (base) == NULL)
    return;
  if (*seed_text == '\0')
    seed = ((guint64) g_random_int () << 32) | g_random_int ();
  else
    {
      char *end = NULL;
      seed = g_ascii_strtoull (seed_text, &end, 10);
      if (*end != '\0' || *seed_text == '-')
        {
          g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                                                         _("The seed is a whole number."));
          rs_page_show_error (page, error);
          return;
        }
    }
  rs_involvement_store_draw_async (rs_involvement_dialog_get_store (base),
                                   rs_involvement_dialog_get_process_id (base),
                                   (guint) gtk_spin_button_get_value_as_int (self->households), seed,
                                   gtk_editable_get_text (self->weights),
                                   rs_involvement_dialog_get_cancellable (base), drawn_cb,
                                   g_object_ref (page));
}

static void
rs_draw_dialog_class_init (RsDrawDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  dialog_class->response = rs_draw_dialog_response;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-draw-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsDrawDialog, households);
  gtk_widget_class_bind_template_child (widget_class, RsDrawDialog, seed);
  gtk_widget_class_bind_template_child (widget_class, RsDrawDialog, weights);
}

static void
rs_draw_dialog_init (RsDrawDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_draw_dialog_new (RsPage             *page,
                    RsInvolvementStore *store,
                    gint64              process_id)
{
  return g_object_new (RS_TYPE_DRAW_DIALOG, "page", page, "store", store, "process-id", process_id,
                       NULL);
}
