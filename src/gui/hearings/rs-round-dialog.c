/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-round-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-round-dialog.h"

struct _RsRoundDialog
{
  AdwMessageDialog  parent_instance;

  AdwEntryRow      *title_row;
  AdwEntryRow      *start_row;
  AdwEntryRow      *deadline_row;
  AdwEntryRow      *case_row;
  AdwEntryRow      *reference_row;
  AdwEntryRow      *material_row;
  GtkSwitch        *statutory_switch;
};

G_DEFINE_FINAL_TYPE (RsRoundDialog, rs_round_dialog, ADW_TYPE_MESSAGE_DIALOG)

static AdwEntryRow *
add_entry (GtkWidget  *group,
           const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_ENTRY_ROW (row);
}

static void
rs_round_dialog_class_init (RsRoundDialogClass *klass)
{
}

static void
rs_round_dialog_init (RsRoundDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *statutory_row = adw_action_row_new ();

  self->title_row = add_entry (group, _("Title"));
  self->start_row = add_entry (group, _("First day (YYYY-MM-DD)"));
  self->deadline_row = add_entry (group, _("Deadline (YYYY-MM-DD)"));
  self->case_row = add_entry (group, _("Case number (ESDH)"));
  self->statutory_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->statutory_switch), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->statutory_switch), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Statutory hearing"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (statutory_row), _("Statutory hearing"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (statutory_row), _("Off: a voluntary hearing"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (statutory_row), GTK_WIDGET (self->statutory_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (statutory_row), GTK_WIDGET (self->statutory_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), statutory_row);
  self->reference_row = add_entry (group, _("Legal reference"));
  self->material_row = add_entry (group, _("Material"));

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Hearing Round"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), group);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
}

GtkWidget *
rs_round_dialog_new (GtkWindow      *parent,
                     RsHearingRound *round)
{
  RsRoundDialog *self = g_object_new (RS_TYPE_ROUND_DIALOG, "transient-for", parent, "modal", TRUE, NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), rs_hearing_round_get_title (round));
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), rs_hearing_round_get_starts_on (round));
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_row), rs_hearing_round_get_deadline (round));
  gtk_editable_set_text (GTK_EDITABLE (self->case_row), rs_hearing_round_get_case_number (round));
  gtk_editable_set_text (GTK_EDITABLE (self->reference_row), rs_hearing_round_get_legal_reference (round));
  gtk_editable_set_text (GTK_EDITABLE (self->material_row), rs_hearing_round_get_material (round));
  gtk_switch_set_active (self->statutory_switch, rs_hearing_round_get_statutory (round));
  return GTK_WIDGET (self);
}

void
rs_round_dialog_apply (RsRoundDialog  *self,
                       RsHearingRound *round)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *start = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->start_row))));
  g_autofree char *deadline = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->deadline_row))));

  rs_hearing_round_set_title (round, title);
  rs_hearing_round_set_starts_on (round, start);
  rs_hearing_round_set_deadline (round, deadline);
  rs_hearing_round_set_case_number (round, gtk_editable_get_text (GTK_EDITABLE (self->case_row)));
  rs_hearing_round_set_legal_reference (round, gtk_editable_get_text (GTK_EDITABLE (self->reference_row)));
  rs_hearing_round_set_material (round, gtk_editable_get_text (GTK_EDITABLE (self->material_row)));
  rs_hearing_round_set_statutory (round, gtk_switch_get_active (self->statutory_switch));
}
