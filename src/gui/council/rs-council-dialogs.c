/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-council-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-council-dialogs.h"
#include "rs-recommendation.h"
#include "rs-report-language-row.h"

static void
merge_check_toggled_cb (AdwMessageDialog *dialog)
{
  GtkWidget *box = g_object_get_data (G_OBJECT (dialog), "checks");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "title");
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (box); c; c = gtk_widget_get_next_sibling (c))
    n += gtk_check_button_get_active (GTK_CHECK_BUTTON (c));
  adw_message_dialog_set_response_enabled (dialog, "merge", n >= 2 && *title != '\0');
}

AdwMessageDialog *
rs_council_merge_dialog_new (GtkWindow  *parent,
                             GListModel *recommendations)
{
  AdwMessageDialog *dialog;
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *checks = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *entry = gtk_entry_new ();

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Merge Recommendations?"),
                                                       _("Choose two or more. The merged recommendation "
                                                         "gets their texts, origins and summed costs and "
                                                         "is a draft to be voted on; the originals are "
                                                         "kept as superseded.")));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Title of the merged recommendation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Title of the merged recommendation"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (checks), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Recommendations to merge"), -1);
  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (recommendations, i);
      GtkWidget *check;
      gint64 id = rs_recommendation_get_id (rec);

      if (rs_recommendation_get_status (rec) == RS_RECOMMENDATION_SUPERSEDED)
        continue;
      check = gtk_check_button_new_with_label (rs_recommendation_get_title (rec));
      g_object_set_data_full (G_OBJECT (check), "id", g_memdup2 (&id, sizeof id), g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (merge_check_toggled_cb), dialog,
                               G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (checks), check);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), checks);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_box_append (GTK_BOX (outer), entry);
  gtk_box_append (GTK_BOX (outer), scroller);
  adw_message_dialog_set_extra_child (dialog, outer);
  g_object_set_data (G_OBJECT (dialog), "checks", checks);
  g_object_set_data (G_OBJECT (dialog), "title", entry);
  g_signal_connect_object (entry, "changed", G_CALLBACK (merge_check_toggled_cb), dialog,
                           G_CONNECT_SWAPPED);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "merge", FALSE);
  return dialog;
}

GArray *
rs_council_merge_dialog_get_ids (AdwMessageDialog *dialog)
{
  GtkWidget *box = g_object_get_data (G_OBJECT (dialog), "checks");
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (GtkWidget *c = gtk_widget_get_first_child (box); c; c = gtk_widget_get_next_sibling (c))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (c)))
      g_array_append_val (ids, *(gint64 *) g_object_get_data (G_OBJECT (c), "id"));
  return ids;
}

char *
rs_council_merge_dialog_get_title (AdwMessageDialog *dialog)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "title");

  return g_strstrip (g_strdup (gtk_editable_get_text (entry)));
}

AdwMessageDialog *
rs_council_export_dialog_new (GtkWindow       *parent,
                              RsCouncilReport  report)
{
  gboolean package = report == RS_COUNCIL_REPORT_PACKAGE;
  const char *package_formats[] = { _("PDF"), _("ODT (editable)"), _("HTML"),
                                    _("CSV (recommendations for the case system)"),
                                    _("JSON (recommendations for the case system)"), NULL };
  const char *feedback_formats[] = { _("PDF"), _("HTML"), _("ODT (editable)"), NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *format = gtk_drop_down_new_from_strings (package ? package_formats : feedback_formats);
  GtkWidget *language = rs_report_language_row_new ();
  GtkWidget *language_list = gtk_list_box_new ();
  GtkWidget *format_label = gtk_label_new_with_mnemonic (_("_Format"));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    parent,
    package ? _("Export the Council Package") : _("Export “You Said, We Did”"),
    package ? _("An agenda item for the council with the recommendations, their cost and annexes. "
                "It holds no names or contact details, and counts of fewer people than the "
                "small-cell limit are suppressed.")
            : _("Each recommendation, the council’s answer and why, for the participants.")));
  gtk_label_set_xalign (GTK_LABEL (format_label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (format_label), format);
  gtk_accessible_update_property (GTK_ACCESSIBLE (format), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Format"), -1);
  gtk_box_append (GTK_BOX (box), format_label);
  gtk_box_append (GTK_BOX (box), format);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (language_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (language_list, "boxed-list");
  gtk_widget_set_margin_top (language_list, 6);
  gtk_list_box_append (GTK_LIST_BOX (language_list), language);
  gtk_box_append (GTK_BOX (box), language_list);
  adw_message_dialog_set_extra_child (dialog, box);
  g_object_set_data (G_OBJECT (dialog), "format", format);
  g_object_set_data (G_OBJECT (dialog), "language", language);
  g_object_set_data (G_OBJECT (dialog), "report", GINT_TO_POINTER (report));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "export", _("_Choose File…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  return dialog;
}

void
rs_council_export_dialog_get_choice (AdwMessageDialog *dialog,
                                     RsCouncilReport  *report,
                                     RsCouncilFormat  *format,
                                     char            **language)
{
  GtkDropDown *format_drop = g_object_get_data (G_OBJECT (dialog), "format");
  RsReportLanguageRow *language_row = g_object_get_data (G_OBJECT (dialog), "language");
  static const RsCouncilFormat feedback_formats[] = {
    RS_COUNCIL_FORMAT_PDF, RS_COUNCIL_FORMAT_HTML, RS_COUNCIL_FORMAT_ODT,
  };

  *report = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "report"));
  *format = *report == RS_COUNCIL_REPORT_PACKAGE
              ? (RsCouncilFormat) MIN (gtk_drop_down_get_selected (format_drop), RS_COUNCIL_FORMAT_JSON)
              : feedback_formats[MIN (gtk_drop_down_get_selected (format_drop), 2)];
  *language = g_strdup (rs_report_language_row_get_language (language_row));
}
