/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-response-entry-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-response-entry-dialog.h"

struct _RsResponseEntryDialog
{
  AdwMessageDialog  parent_instance;

  AdwEntryRow      *sender_row;
  GtkSwitch        *organisation_switch;
  AdwEntryRow      *received_row;
  AdwComboRow      *channel_row;
  GtkTextView      *text_view;
};

G_DEFINE_FINAL_TYPE (RsResponseEntryDialog, rs_response_entry_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char * const channels[] = { "letter", "email", "meeting", "phone", "digital" };

static void
text_changed_cb (RsResponseEntryDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add",
                                           gtk_text_buffer_get_char_count (buffer) > 0);
}

static void
rs_response_entry_dialog_class_init (RsResponseEntryDialogClass *klass)
{
}

static void
rs_response_entry_dialog_init (RsResponseEntryDialog *self)
{
  g_autoptr(GtkStringList) channel_labels = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *org_row = adw_action_row_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *row;

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Sender"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->sender_row = ADW_ENTRY_ROW (row);

  self->organisation_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->organisation_switch), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->organisation_switch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Sent on behalf of an organisation"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (org_row), _("Sent on behalf of an organisation"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (org_row),
                               _("Senders on the consulted-parties register are organisations anyway"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (org_row), GTK_WIDGET (self->organisation_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (org_row), GTK_WIDGET (self->organisation_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), org_row);

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Received (YYYY-MM-DD)"));
  gtk_editable_set_text (GTK_EDITABLE (row), today);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->received_row = ADW_ENTRY_ROW (row);

  gtk_string_list_append (channel_labels, _("Letter"));
  gtk_string_list_append (channel_labels, _("E-mail"));
  gtk_string_list_append (channel_labels, _("Meeting"));
  gtk_string_list_append (channel_labels, _("Phone"));
  gtk_string_list_append (channel_labels, _("Digital form"));
  self->channel_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->channel_row), _("Channel"));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (channel_labels));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->channel_row));

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  g_object_set (self->text_view, "left-margin", 8, "right-margin", 8, "top-margin", 8, "bottom-margin", 8, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Response text"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->text_view));
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 160);
  gtk_widget_add_css_class (scrolled, "card");
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed",
                            G_CALLBACK (text_changed_cb), self);

  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Enter a Response"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
}

GtkWidget *
rs_response_entry_dialog_new (GtkWindow *parent)
{
  return g_object_new (RS_TYPE_RESPONSE_ENTRY_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
}

RsHearingResponse *
rs_response_entry_dialog_build (RsResponseEntryDialog *self)
{
  RsHearingResponse *r = rs_hearing_response_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *text = NULL;
  g_autofree char *sender = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->sender_row))));
  g_autofree char *received = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->received_row))));
  GtkTextIter start, end;
  guint channel = adw_combo_row_get_selected (self->channel_row);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  rs_hearing_response_set_sender (r, sender);
  rs_hearing_response_set_party_type (r, gtk_switch_get_active (self->organisation_switch)
                                         ? "organisation" : "private");
  rs_hearing_response_set_received_on (r, received);
  rs_hearing_response_set_channel (r, channels[channel < G_N_ELEMENTS (channels) ? channel : 0]);
  rs_hearing_response_set_text (r, g_strstrip (text));
  return r;
}
