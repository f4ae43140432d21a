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
}

static void
rs_whitebook_dialog_init (RsWhitebookDialog *self)
{
  g_autoptr(GtkStringList) formats = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) orders = gtk_string_list_new (NULL);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *names_row = adw_action_row_new ();

  gtk_string_list_append (formats, _("PDF"));
  gtk_string_list_append (formats, _("ODT (editable)"));
  gtk_string_list_append (formats, _("HTML (web page)"));
  self->format_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->format_row), _("Format"));
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->format_row));

  gtk_string_list_append (orders, _("By theme"));
  gtk_string_list_append (orders, _("By response, in the order received"));
  self->order_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->order_row), _("Order"));
  adw_combo_row_set_model (self->order_row, G_LIST_MODEL (orders));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->order_row));

  self->language_row = RS_REPORT_LANGUAGE_ROW (rs_report_language_row_new ());
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->language_row));

  self->names_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->names_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (names_row), _("Name Private Citizens"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (names_row),
                               _("Off: names, addresses, e-mail addresses and phone numbers of private "
                                 "citizens are removed. Organisations are always named."));
  adw_action_row_add_suffix (ADW_ACTION_ROW (names_row), GTK_WIDGET (self->names_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (names_row), GTK_WIDGET (self->names_switch));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->names_switch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name private citizens"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), names_row);

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Export White Book"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               _("The white book lists every response with its points, the "
                                 "administration's comments and decisions, and the consulted parties."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), group);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
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
