/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-response-entry-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-district-row.h"
#include "rs-response-entry-dialog.h"

struct _RsResponseEntryDialog
{
  AdwMessageDialog  parent_instance;

  AdwEntryRow      *sender_row;
  AdwEntryRow      *email_row;
  GtkSwitch        *organisation_switch;
  AdwEntryRow      *received_row;
  AdwComboRow      *channel_row;
  RsDistrictRow    *district_row;
  AdwActionRow     *review_row;
  GtkSwitch        *review_switch;
  GtkWidget        *text_scrolled;
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

/* The received date must be a date before it can be saved. */
static void
received_changed_cb (RsResponseEntryDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->received_row))));
  gboolean valid = rs_date_is_valid (text);

  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self->received_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->received_row), "error");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", valid);
}

static void
rs_response_entry_dialog_class_init (RsResponseEntryDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/raadslag/Raadslag/ui/rs-response-entry-dialog.ui");
  g_type_ensure (RS_TYPE_DISTRICT_ROW);
  gtk_widget_class_bind_template_child (widget_class, RsResponseEntryDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, RsResponseEntryDialog, district_row);
  gtk_widget_class_bind_template_child (widget_class, RsResponseEntryDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, RsResponseEntryDialog, organisation_switch);
  gtk_widget_class_bind_template_child (widget_class, RsResponseEntryDialog, received_row);
  gtk_widget_class_bind_template_child (widget_class, RsResponseEntryDialog, review_row);
  gtk_widget_class_bind_template_child (widget_class, RsResponseEntryDialog, review_switch);
  gtk_widget_class_bind_template_child (widget_class, RsResponseEntryDialog, sender_row);
  gtk_widget_class_bind_template_child (widget_class, RsResponseEntryDialog, text_scrolled);
  gtk_widget_class_bind_template_child (widget_class, RsResponseEntryDialog, text_view);
}

static void
rs_response_entry_dialog_init (RsResponseEntryDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_editable_set_text (GTK_EDITABLE (self->received_row), today);
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
rs_response_entry_dialog_new (GtkWindow *parent)
{
  GtkWidget *self = g_object_new (RS_TYPE_RESPONSE_ENTRY_DIALOG, "transient-for", parent, "modal", TRUE, NULL);

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Enter a Response"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "add", _("_Add"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", FALSE);
  return self;
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

GtkWidget *
rs_response_entry_dialog_new_for_response (GtkWindow         *parent,
                                           RsHearingResponse *response)
{
  RsResponseEntryDialog *self = g_object_new (RS_TYPE_RESPONSE_ENTRY_DIALOG, "transient-for", parent,
                                              "modal", TRUE, NULL);
  const char *channel = rs_hearing_response_get_channel (response);
  const char *reason = rs_hearing_response_get_review_reason (response);
  g_autofree char *why = rs_hearing_response_describe_review (response);
  guint selected = 0;

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Edit Response"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "save", _("_Save"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "save");
  gtk_widget_set_visible (self->text_scrolled, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->email_row), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->review_row), TRUE);

  gtk_editable_set_text (GTK_EDITABLE (self->sender_row), rs_hearing_response_get_sender (response));
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), rs_hearing_response_get_sender_email (response));
  gtk_switch_set_active (self->organisation_switch, !rs_hearing_response_is_private (response));
  gtk_editable_set_text (GTK_EDITABLE (self->received_row), rs_hearing_response_get_received_on (response));
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    if (g_strcmp0 (channel, channels[i]) == 0)
      selected = i;
  adw_combo_row_set_selected (self->channel_row, selected);
  gtk_switch_set_active (self->review_switch, *reason != '\0');
  adw_action_row_set_subtitle (self->review_row, *why ? why : _("Nothing to check"));
  g_object_set_data_full (G_OBJECT (self), "review-reason", g_strdup (reason), g_free);
  g_object_set_data_full (G_OBJECT (self), "channel", g_strdup (channel), g_free);
  g_signal_connect_swapped (self->received_row, "changed", G_CALLBACK (received_changed_cb), self);
  return GTK_WIDGET (self);
}

void
rs_response_entry_dialog_apply (RsResponseEntryDialog *self,
                                RsHearingResponse     *response)
{
  g_autofree char *sender = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->sender_row))));
  g_autofree char *email = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_row))));
  g_autofree char *received = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->received_row))));
  const char *old_channel = g_object_get_data (G_OBJECT (self), "channel");
  const char *reason = g_object_get_data (G_OBJECT (self), "review-reason");
  guint channel = adw_combo_row_get_selected (self->channel_row);
  gboolean known = FALSE;

  g_return_if_fail (RS_IS_RESPONSE_ENTRY_DIALOG (self));
  rs_hearing_response_set_sender (response, sender);
  rs_hearing_response_set_sender_email (response, email);
  rs_hearing_response_set_party_type (response, gtk_switch_get_active (self->organisation_switch)
                                                ? "organisation" : "private");
  rs_hearing_response_set_received_on (response, received);
  /* A channel from a CSV file ("brev") is kept unless another is chosen. */
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    if (g_strcmp0 (old_channel, channels[i]) == 0)
      known = TRUE;
  if (known || channel != 0)
    rs_hearing_response_set_channel (response, channels[channel < G_N_ELEMENTS (channels) ? channel : 0]);
  else
    rs_hearing_response_set_channel (response, old_channel);
  if (!gtk_switch_get_active (self->review_switch))
    rs_hearing_response_set_review_reason (response, "");
  else
    rs_hearing_response_set_review_reason (response, reason && *reason ? reason : "manual");
}

void
rs_response_entry_dialog_load_district (RsResponseEntryDialog *self,
                                        RsDatabase            *db,
                                        gint64                 process_id,
                                        gint64                 response_id)
{
  g_return_if_fail (RS_IS_RESPONSE_ENTRY_DIALOG (self));
  rs_district_row_load (self->district_row, db, process_id, RS_DISTRICT_RECORD_RESPONSE, response_id);
}

char *
rs_response_entry_dialog_dup_district (RsResponseEntryDialog *self)
{
  g_return_val_if_fail (RS_IS_RESPONSE_ENTRY_DIALOG (self), NULL);
  if (!rs_district_row_get_changed (self->district_row))
    return NULL;
  return g_strdup (rs_district_row_get_district (self->district_row));
}

gboolean
rs_response_entry_dialog_set_district (RsResponseEntryDialog *self,
                                       const char            *district)
{
  g_return_val_if_fail (RS_IS_RESPONSE_ENTRY_DIALOG (self), FALSE);
  return rs_district_row_is_ready (self->district_row) &&
         rs_district_row_set_district (self->district_row, district);
}
