/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-panel-details"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-panel-details.h"
#include "rs-panel-store.h"

struct _RsPanelDetails
{
  AdwBin         parent_instance;

  RsPage        *owner;
  RsPanel       *panel;
  AdwEntryRow   *name;
  GtkSpinButton *size;
  GtkSwitch     *chair;
  GtkTextView   *mandate;
  GtkSpinButton *min_age;
  GtkSwitch     *resident;
  GtkSwitch     *council;
  GtkSwitch     *employees;
  GtkSwitch     *household;
  GtkSpinButton *cooloff;
  GtkSpinButton *tolerance;
};

G_DEFINE_FINAL_TYPE (RsPanelDetails, rs_panel_details, ADW_TYPE_BIN)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static GtkSpinButton *
add_spin_row (AdwPreferencesGroup *group,
              const char          *title,
              const char          *subtitle,
              double               lower,
              double               upper,
              guint                digits)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, digits ? 0.5 : 1);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_group_add (group, row);
  return GTK_SPIN_BUTTON (spin);
}

static GtkSwitch *
add_switch_row (AdwPreferencesGroup *group,
                const char          *title,
                const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_group_add (group, row);
  return GTK_SWITCH (sw);
}

static void
written (RsPanelDetails *self,
         gboolean        ok,
         GError         *error)
{
  if (!ok)
    {
      rs_page_show_error (self->owner, error);
      return;
    }
  rs_page_add_toast (self->owner, adw_toast_new (_("Panel saved")));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsPanelDetails) self = user_data;
  g_autoptr(GError) error = NULL;

  written (self, rs_panel_store_update_finish (RS_DATABASE (source), result, &error), error);
}

static void
deleted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsPanelDetails) self = user_data;
  g_autoptr(GError) error = NULL;

  written (self, rs_panel_store_delete_finish (RS_DATABASE (source), result, &error), error);
}

static void
save_clicked_cb (RsPanelDetails *self)
{
  g_autoptr(RsPanel) copy = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;
  g_autofree char *mandate = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->mandate);

  if (self->panel == NULL)
    return;
  copy = rs_panel_copy (self->panel);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  mandate = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  rs_panel_set_name (copy, gtk_editable_get_text (GTK_EDITABLE (self->name)));
  rs_panel_set_mandate (copy, mandate);
  rs_panel_set_size (copy, gtk_spin_button_get_value_as_int (self->size));
  rs_panel_set_has_chair (copy, gtk_switch_get_active (self->chair));
  rs_panel_set_min_age (copy, gtk_spin_button_get_value_as_int (self->min_age));
  rs_panel_set_require_resident (copy, gtk_switch_get_active (self->resident));
  rs_panel_set_exclude_council_members (copy, gtk_switch_get_active (self->council));
  rs_panel_set_exclude_employees (copy, gtk_switch_get_active (self->employees));
  rs_panel_set_one_per_household (copy, gtk_switch_get_active (self->household));
  rs_panel_set_cooloff_years (copy, gtk_spin_button_get_value_as_int (self->cooloff));
  rs_panel_set_quota_tolerance (copy, gtk_spin_button_get_value (self->tolerance));
  if (!rs_panel_validate (copy, &error))
    {
      rs_page_show_error (self->owner, error);
      return;
    }
  rs_panel_store_update_async (rs_page_get_database (self->owner), copy,
                               rs_page_get_cancellable (self->owner), saved_cb, g_object_ref (self));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RsPanelDetails   *self)
{
  if (g_str_equal (response, "delete") && self->panel)
    rs_panel_store_delete_async (rs_page_get_database (self->owner), rs_panel_get_id (self->panel),
                                 rs_page_get_cancellable (self->owner), deleted_cb, g_object_ref (self));
}

static void
delete_clicked_cb (RsPanelDetails *self)
{
  GtkWidget *dialog;

  if (self->panel == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Delete Panel?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s”, its categories and its whole recruitment pool will be deleted."),
                                  rs_panel_get_name (self->panel));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rs_panel_details_dispose (GObject *object)
{
  RsPanelDetails *self = RS_PANEL_DETAILS (object);

  g_clear_object (&self->panel);
  G_OBJECT_CLASS (rs_panel_details_parent_class)->dispose (object);
}

static void
rs_panel_details_class_init (RsPanelDetailsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rs_panel_details_dispose;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rs_panel_details_init (RsPanelDetails *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *frame, *buttons, *save, *delete;

  adw_preferences_group_set_title (group, _("Panel"));
  self->name = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name), _("Name"));
  adw_preferences_group_add (group, GTK_WIDGET (self->name));
  self->size = add_spin_row (group, _("Members"), _("Seats on the panel, e.g. 99"), 1, 10000, 0);
  self->chair = add_switch_row (group, _("Has a chair"), _("One member chairs the meetings"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Mandate"));
  adw_preferences_group_set_description (group, _("What the panel may and may not decide. It is printed on "
                                                  "invitations and in exports."));
  self->mandate = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->mandate, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->mandate, 8);
  gtk_text_view_set_bottom_margin (self->mandate, 8);
  gtk_text_view_set_left_margin (self->mandate, 8);
  gtk_text_view_set_right_margin (self->mandate, 8);
  gtk_widget_set_size_request (GTK_WIDGET (self->mandate), -1, 110);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mandate), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Mandate"), -1);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->mandate));
  adw_preferences_group_add (group, frame);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Eligibility"));
  self->min_age = add_spin_row (group, _("Minimum age"), NULL, 0, 120, 0);
  self->resident = add_switch_row (group, _("Resident in the municipality"), NULL);
  self->council = add_switch_row (group, _("Exclude council members"), NULL);
  self->employees = add_switch_row (group, _("Exclude municipal employees"), NULL);
  self->household = add_switch_row (group, _("One person per household"), NULL);
  self->cooloff = add_spin_row (group, _("Cool-off after a previous panel"), _("Years"), 0, 20, 0);
  self->tolerance = add_spin_row (group, _("Quota tolerance"),
                                  _("Percentage points around each target share"), 0, 50, 1);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  delete = gtk_button_new_with_mnemonic (_("_Delete Panel…"));
  gtk_widget_add_css_class (delete, "destructive-action");
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), delete);
  gtk_box_append (GTK_BOX (buttons), save);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  g_signal_connect_swapped (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);
  adw_preferences_group_add (group, buttons);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  adw_bin_set_child (ADW_BIN (self), page);
}

GtkWidget *
rs_panel_details_new (RsPage *owner)
{
  RsPanelDetails *self = g_object_new (RS_TYPE_PANEL_DETAILS, NULL);

  self->owner = owner;
  return GTK_WIDGET (self);
}

void
rs_panel_details_set_panel (RsPanelDetails *self,
                            RsPanel        *panel)
{
  g_set_object (&self->panel, panel);
  if (panel == NULL)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->name), rs_panel_get_name (panel));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->mandate), rs_panel_get_mandate (panel), -1);
  gtk_spin_button_set_value (self->size, rs_panel_get_size (panel));
  gtk_switch_set_active (self->chair, rs_panel_get_has_chair (panel));
  gtk_spin_button_set_value (self->min_age, rs_panel_get_min_age (panel));
  gtk_switch_set_active (self->resident, rs_panel_get_require_resident (panel));
  gtk_switch_set_active (self->council, rs_panel_get_exclude_council_members (panel));
  gtk_switch_set_active (self->employees, rs_panel_get_exclude_employees (panel));
  gtk_switch_set_active (self->household, rs_panel_get_one_per_household (panel));
  gtk_spin_button_set_value (self->cooloff, rs_panel_get_cooloff_years (panel));
  gtk_spin_button_set_value (self->tolerance, rs_panel_get_quota_tolerance (panel));
}
