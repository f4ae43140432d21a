/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-whitebook-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-report-language-row.h"
#include "rs-whitebook-dialog.h"

struct _RsWhitebookDialog
{
  AdwMessageDialog  parent_instance;

  AdwComboRow      *format_row;
  AdwComboRow      *order_row;
  GtkSwitch        *names_switch;
  RsReportLanguageRow *language_row;
};

G_DEFINE_FINAL_TYPE (RsWhitebookDialog, rs_whitebook_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
rs_whitebook_dialog_class_init (RsWhitebookDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (RS_TYPE_REPORT_LANGUAGE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/raadslag/Raadslag/ui/rs-whitebook-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsWhitebookDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, RsWhitebookDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, RsWhitebookDialog, names_switch);
  gtk_widget_class_bind_template_child (widget_class, RsWhitebookDialog, order_row);
}

static void
rs_whitebook_dialog_init (RsWhitebookDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_whitebook_dialog_new (GtkWindow *parent)
{
  return g_object_new (RS_TYPE_WHITEBOOK_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
}

RsDocumentFormat
rs_whitebook_dialog_get_format (RsWhitebookDialog *self)
{
  static const RsDocumentFormat formats[] = {
    RS_DOCUMENT_FORMAT_PDF, RS_DOCUMENT_FORMAT_ODT, RS_DOCUMENT_FORMAT_HTML,
  };
  guint i = adw_combo_row_get_selected (self->format_row);

  return formats[i < G_N_ELEMENTS (formats) ? i : 0];
}

gboolean
rs_whitebook_dialog_get_show_private_names (RsWhitebookDialog *self)
{
  return gtk_switch_get_active (self->names_switch);
}

const char *
rs_whitebook_dialog_get_language (RsWhitebookDialog *self)
{
  return rs_report_language_row_get_language (self->language_row);
}

RsWhitebookOrder
rs_whitebook_dialog_get_order (RsWhitebookDialog *self)
{
  return adw_combo_row_get_selected (self->order_row) == 1 ? RS_WHITEBOOK_ORDER_RESPONSE
                                                          : RS_WHITEBOOK_ORDER_THEME;
}
