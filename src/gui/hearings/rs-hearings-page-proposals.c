/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearings-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rs-hearings-page-private.h"
#include "rs-proposal-store.h"

/*
 * The Hearings page's Budget Proposals view: the round's proposals
 * (budgetforslag), each editable in place (number, title, area, amount and
 * the administration's comment), added one by one or imported from CSV;
 * and the keyboard's next/previous response.
 */

static void proposal_updated_cb (GObject      *source,
                                 GAsyncResult *result,
                                 gpointer      user_data);
static void proposal_deleted_cb (GObject      *source,
                                 GAsyncResult *result,
                                 gpointer      user_data);

static void
entry_applied_cb (AdwEntryRow    *entry,
                  RsHearingsPage *self)
{
  RsBudgetProposal *p = g_object_get_data (G_OBJECT (entry), "rs-proposal");
  const char *field = g_object_get_data (G_OBJECT (entry), "rs-field");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  g_autoptr(RsBudgetProposal) copy = rs_budget_proposal_copy (p);

  if (db == NULL)
    return;
  if (g_str_equal (field, "number"))
    rs_budget_proposal_set_number (copy, text);
  else if (g_str_equal (field, "title"))
    rs_budget_proposal_set_title (copy, text);
  else if (g_str_equal (field, "area"))
    rs_budget_proposal_set_area (copy, text);
  else if (g_str_equal (field, "comment"))
    rs_budget_proposal_set_comment (copy, text);
  else
    {
      gint64 kroner;
      g_autofree char *trimmed = g_strstrip (g_strdup (text));

      if (*trimmed == '\0')
        rs_budget_proposal_clear_amount (copy);
      else if (rs_amount_parse (trimmed, &kroner))
        rs_budget_proposal_set_amount (copy, kroner);
      else
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not an amount; write e.g. -2.500.000"), trimmed);
          rs_page_add_toast (RS_PAGE (self), adw_toast_new (message));
          return;
        }
    }
  rs_proposal_store_update_async (db, copy, rs_page_get_cancellable (RS_PAGE (self)), proposal_updated_cb,
                                  g_object_ref (self));
}

static GtkWidget *
proposal_entry (RsHearingsPage   *self,
                RsBudgetProposal *p,
                const char       *title,
                const char       *text,
                const char       *field)
{
  GtkWidget *entry = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_object_set_data_full (G_OBJECT (entry), "rs-proposal", g_object_ref (p), g_object_unref);
  g_object_set_data (G_OBJECT (entry), "rs-field", (gpointer) field);
  g_signal_connect (entry, "apply", G_CALLBACK (entry_applied_cb), self);
  return entry;
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RsHearingsPage   *self)
{
  RsBudgetProposal *p = g_object_get_data (G_OBJECT (dialog), "rs-proposal");
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (g_strcmp0 (response, "delete") == 0 && db != NULL)
    rs_proposal_store_delete_async (db, rs_budget_proposal_get_id (p), rs_page_get_cancellable (RS_PAGE (self)),
                                    proposal_deleted_cb, g_object_ref (self));
}

static void
delete_clicked_cb (GtkButton      *button,
                   RsHearingsPage *self)
{
  RsBudgetProposal *p = g_object_get_data (G_OBJECT (button), "rs-proposal");
  g_autofree char *label = rs_budget_proposal_dup_label (p);
  GtkWidget *dialog = adw_message_dialog_new (_rs_hearings_page_get_window (self), _("Delete Budget Proposal?"),
                                              NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” and its comment are deleted. Points that named it keep their "
                                    "position but no longer name a proposal."), label);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "rs-proposal", g_object_ref (p), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fill_proposals (RsHearingsPage *self,
                GListModel     *proposals)
{
  GtkWidget *child, *group;
  guint n = g_list_model_get_n_items (proposals);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->proposals_box))) != NULL)
    gtk_box_remove (self->proposals_box, child);
  rs_response_coding_view_set_proposals (self->coding_view, proposals);
  g_object_set_data_full (G_OBJECT (self), "rs-proposals", g_object_ref (proposals), g_object_unref);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Budget Proposals"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The administration's proposals the hearing asks about. A coded point "
                                           "can name one and a position on it; the white book gets a section "
                                           "per proposal. Import a CSV file with the columns number, title, "
                                           "area, amount and comment, or add them one by one."));
  {
    GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));
    GtkWidget *import = gtk_button_new_with_mnemonic (_("_Import…"));

    gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);

    gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "hearings.add-proposal");
    gtk_actionable_set_action_name (GTK_ACTIONABLE (import), "hearings.import-proposals");
    gtk_widget_set_tooltip_text (add, _("Add a budget proposal"));
    gtk_widget_set_tooltip_text (import, _("Import budget proposals from a CSV file"));
    gtk_box_append (GTK_BOX (buttons), add);
    gtk_box_append (GTK_BOX (buttons), import);
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), buttons);
  }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsBudgetProposal) p = g_list_model_get_item (proposals, i);
      g_autofree char *label = rs_budget_proposal_dup_label (p);
      g_autofree char *amount = rs_budget_proposal_has_amount (p) ? rs_amount_format (rs_budget_proposal_get_amount (p))
                                                                  : g_strdup ("");
      g_autofree char *subtitle = g_strdup_printf ("%s%s%s", rs_budget_proposal_get_area (p),
                                                   *rs_budget_proposal_get_area (p) && *amount ? " · " : "", amount);
      g_autofree char *amount_text = rs_budget_proposal_has_amount (p)
                                     ? g_strdup_printf ("%" G_GINT64_FORMAT, rs_budget_proposal_get_amount (p))
                                     : g_strdup ("");
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *delete_label = g_strdup_printf (_("Delete %s"), label);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      gtk_widget_add_css_class (delete, "flat");
      gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (delete, delete_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);
      g_object_set_data_full (G_OBJECT (delete), "rs-proposal", g_object_ref (p), g_object_unref);
      g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), delete);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                proposal_entry (self, p, C_("budget proposal", "Number"), rs_budget_proposal_get_number (p),
                                                "number"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                proposal_entry (self, p, _("Title"), rs_budget_proposal_get_title (p), "title"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                proposal_entry (self, p, _("Budget area"), rs_budget_proposal_get_area (p), "area"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                proposal_entry (self, p, _("Amount (kr.; negative for a saving)"), amount_text,
                                                "amount"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                proposal_entry (self, p, _("Administration's comment"),
                                                rs_budget_proposal_get_comment (p), "comment"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  if (n == 0)
    {
      GtkWidget *empty = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (empty), _("No budget proposals yet"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), empty);
    }
  gtk_box_append (self->proposals_box, group);
}

static void
proposals_listed_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) proposals = rs_proposal_store_list_finish (RS_DATABASE (source), result, &error);

  if (proposals == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  fill_proposals (self, G_LIST_MODEL (proposals));
}

void
_rs_hearings_page_load_proposals (RsHearingsPage *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db == NULL || self->round == NULL)
    return;
  rs_proposal_store_list_async (db, rs_hearing_round_get_id (self->round), rs_page_get_cancellable (RS_PAGE (self)),
                                proposals_listed_cb, g_object_ref (self));
}

/* After an add, update or delete: the list as it now is, or why not. */
static void
proposal_changed (RsHearingsPage *self,
                  gboolean        ok,
                  const GError   *error)
{
  if (!ok)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _rs_hearings_page_show_failure (self, _("The budget proposals were not changed"), error);
      return;
    }
  _rs_hearings_page_load_proposals (self);
}

static void
proposal_added_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsBudgetProposal) added = rs_proposal_store_add_finish (RS_DATABASE (source), result, &error);

  proposal_changed (self, added != NULL, error);
}

static void
proposal_updated_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  proposal_changed (self, rs_proposal_store_update_finish (RS_DATABASE (source), result, &error), error);
}

static void
proposal_deleted_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  proposal_changed (self, rs_proposal_store_delete_finish (RS_DATABASE (source), result, &error), error);
}

static void
proposals_imported_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *message = NULL;
  int imported = rs_proposal_store_import_csv_finish (RS_DATABASE (source), result, &warnings, &error);

  if (imported < 0)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _rs_hearings_page_show_failure (self, _("The budget proposals were not changed"), error);
      return;
    }
  if (warnings->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GError) note = NULL;

      for (guint i = 0; i < warnings->len; i++)
        g_string_append_printf (text, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (warnings, i));
      note = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT, text->str);
      _rs_hearings_page_show_failure (self, _("Some rows need a look"), note);
    }
  message = g_strdup_printf (ngettext ("%d budget proposal imported", "%d budget proposals imported",
                                       imported), imported);
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (message));
  _rs_hearings_page_load_proposals (self);
}

static void
add_proposal_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  GListModel *proposals = g_object_get_data (G_OBJECT (self), "rs-proposals");
  guint n = proposals ? g_list_model_get_n_items (proposals) : 0;
  g_autofree char *number = NULL;
  g_autoptr(RsBudgetProposal) p = NULL;
  gboolean taken;

  if (self->round == NULL || db == NULL)
    return;
  /* The next free number: 1, 2, … (edit it afterwards). */
  do
    {
      g_free (number);
      number = g_strdup_printf ("%u", ++n);
      taken = FALSE;
      for (guint i = 0; proposals != NULL && i < g_list_model_get_n_items (proposals) && !taken; i++)
        {
          g_autoptr(RsBudgetProposal) other = g_list_model_get_item (proposals, i);
          taken = g_str_equal (rs_budget_proposal_get_number (other), number);
        }
    }
  while (taken);
  p = rs_budget_proposal_new (number, _("New proposal"));
  rs_budget_proposal_set_round_id (p, rs_hearing_round_get_id (self->round));
  rs_proposal_store_add_async (db, p, rs_page_get_cancellable (RS_PAGE (self)), proposal_added_cb,
                               g_object_ref (self));
}

static void
import_proposals_response_cb (GtkNativeDialog *chooser,
                              int              response,
                              gpointer         user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      RsDatabase *db = rs_page_get_database (RS_PAGE (self));

      if (path != NULL && db != NULL && self->round != NULL)
        rs_proposal_store_import_csv_async (db, rs_hearing_round_get_id (self->round), path,
                                            rs_page_get_cancellable (RS_PAGE (self)), proposals_imported_cb,
                                            g_object_ref (self));
    }
  g_object_unref (chooser);
}

static void
import_proposals_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->round == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Import Budget Proposals"), _rs_hearings_page_get_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (import_proposals_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Next and previous response in the list, for coding at speed. */
static void
step_response_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint selected = gtk_single_selection_get_selected (self->selection);
  int step = g_variant_get_int32 (parameter);
  guint next;

  if (n == 0)
    return;
  if (selected == GTK_INVALID_LIST_POSITION)
    next = step > 0 ? 0 : n - 1;
  else if (step < 0 && selected == 0)
    return;
  else
    next = MIN (selected + step, n - 1);
  gtk_single_selection_set_selected (self->selection, next);
  gtk_widget_activate_action (GTK_WIDGET (self->responses_view), "list.scroll-to-item", "u", next);
}

void
_rs_hearings_page_install_proposal_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "hearings.add-proposal", NULL, add_proposal_action);
  gtk_widget_class_install_action (widget_class, "hearings.import-proposals", NULL, import_proposals_action);
  gtk_widget_class_install_action (widget_class, "hearings.step-response", "i", step_response_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "hearings.step-response", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "hearings.step-response", "i", -1);
}
