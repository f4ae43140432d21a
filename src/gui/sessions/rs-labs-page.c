/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-labs-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-change-monitor.h"
#include "rs-conflict-dialog.h"
#include "rs-checklist.h"
#include "rs-evaluation-store.h"
#include "rs-evaluation-view.h"
#include "rs-idea-board.h"
#include "rs-lab-details.h"
#include "rs-lab-list.h"
#include "rs-lab-row.h"
#include "rs-labs-page-private.h"
#include "rs-labs-page.h"
#include "rs-report-language-row.h"
#include "rs-session-report.h"

G_DEFINE_FINAL_TYPE (RsLabsPage, rs_labs_page, RS_TYPE_PAGE)

/* ---- showing ---- */


static void
remove_added_rows (RsLabsPage *self)
{
  for (guint i = 0; i + 1 < self->added_rows->len; i += 2)
    adw_preferences_group_remove (g_ptr_array_index (self->added_rows, i),
                                  g_ptr_array_index (self->added_rows, i + 1));
  g_ptr_array_set_size (self->added_rows, 0);
}

void
_rs_labs_page_add_row (RsLabsPage          *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->added_rows, group);
  g_ptr_array_add (self->added_rows, row);
}

static void lab_saved_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data);
static void show_lab     (RsLabsPage   *self,
                          RsLabDetails *d);
static void fill_record  (RsLabsPage   *self);

/* One save at a time, each from the version the last one stored, so that
 * changing one field after another never conflicts with one's own save. */
static void
save_this_lab (RsLabsPage *self,
               RsLab      *lab)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db == NULL || lab == NULL)
    return;
  if (self->saving)
    {
      g_set_object (&self->save_again, lab);
      return;
    }
  self->saving = TRUE;
  rs_lab_details_update_async (db, lab, rs_page_get_cancellable (RS_PAGE (self)),
                               lab_saved_cb, rs_page_request (RS_PAGE (self)));
}

static void
save_lab (RsLabsPage *self)
{
  save_this_lab (self, self->lab);
}

static void
conflict_response_cb (RsConflictDialog *dialog,
                      const char       *response,
                      RsLabsPage       *self)
{
  RsLabDetails *current = g_object_get_data (G_OBJECT (dialog), "rs-current");
  RsLab *mine = g_object_get_data (G_OBJECT (dialog), "rs-mine");

  if (self->lab == NULL || rs_lab_get_id (self->lab) != rs_lab_get_id (current->lab))
    return;
  if (g_str_equal (response, "theirs"))
    show_lab (self, current);
  else if (g_str_equal (response, "mine"))
    {
      /* What the user had, over the version now stored. */
      g_autoptr(RsLab) lab = rs_lab_copy (mine);

      rs_lab_set_version (lab, rs_lab_get_version (current->lab));
      g_set_object (&self->lab, lab);
      fill_record (self);
      save_lab (self);
    }
}

/* Someone else saved the lab since it was read here: both versions side
 * by side; the record keeps what was typed. */
static void
show_conflict (RsLabsPage   *self,
               RsLabDetails *current,
               const char   *message)
{
  static const struct { const char *label; const char *property; } shown[] = {
    { N_("Problem it addresses"), "problem" },
    { N_("Invited groups"), "invited-groups" },
    { N_("How they are invited"), "invitation-method" },
    { N_("External facilitators"), "external-facilitators" },
    { N_("Outcome"), "outcome" },
    { N_("Next steps"), "next-steps" },
    { N_("Funding granted by"), "funding-granted-by" },
    { N_("Funding granted on"), "funding-date" },
  };
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  RsConflictDialog *dialog = rs_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, message);
  RsLab *theirs = current->lab;
  g_autofree char *their_amount = rs_lab_get_funded (theirs) ? g_strdup_printf ("%.0f", rs_lab_get_funding_amount (theirs))
                                                             : g_strdup ("");
  g_autofree char *my_amount = rs_lab_get_funded (self->lab) ? g_strdup_printf ("%.0f", rs_lab_get_funding_amount (self->lab))
                                                             : g_strdup ("");

  rs_conflict_dialog_add_field (dialog, _("Title"), rs_lab_get_title (theirs), rs_lab_get_title (self->lab));
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      g_object_get (theirs, shown[i].property, &a, NULL);
      g_object_get (self->lab, shown[i].property, &b, NULL);
      rs_conflict_dialog_add_field (dialog, _(shown[i].label), a, b);
    }
  rs_conflict_dialog_add_field (dialog, _("Funding, amount (kr.)"), their_amount, my_amount);
  if (rs_conflict_dialog_get_n_fields (dialog) == 0)
    rs_conflict_dialog_add_field (dialog, _("Other details"), _("Changed"), _("As in the form"));
  g_object_set_data_full (G_OBJECT (dialog), "rs-current", current, (GDestroyNotify) rs_lab_details_free);
  g_object_set_data_full (G_OBJECT (dialog), "rs-mine", rs_lab_copy (self->lab), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
lab_saved_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean current;
  g_autoptr(RsLabsPage) self = rs_page_request_end (user_data, &current);
  g_autoptr(GError) error = NULL;
  RsLabDetails *stored = NULL;
  g_autoptr(RsLabDetails) d = rs_lab_details_update_finish (RS_DATABASE (source), result, &stored, &error);
  g_autoptr(RsLab) again = g_steal_pointer (&self->save_again);

  self->saving = FALSE;
  if (d == NULL)
    {
      if (stored != NULL && self->lab != NULL && rs_lab_get_id (stored->lab) == rs_lab_get_id (self->lab))
        show_conflict (self, stored, error->message);
      else
        {
          rs_lab_details_free (stored);
          if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            rs_page_show_error (RS_PAGE (self), error);
        }
      return;
    }
  /* The next save starts from the version this one stored. */
  if (self->lab != NULL && rs_lab_get_id (d->lab) == rs_lab_get_id (self->lab))
    rs_lab_set_version (self->lab, rs_lab_get_version (d->lab));
  if (again != NULL)
    {
      /* Changed again meanwhile (perhaps before another lab was chosen):
       * that is saved, not overwritten by the record as this save left it. */
      if (rs_lab_get_id (again) == rs_lab_get_id (d->lab))
        rs_lab_set_version (again, rs_lab_get_version (d->lab));
      save_this_lab (self, again);
      return;
    }
  if (current && rs_lab_get_id (d->lab) == self->wanted_id)
    show_lab (self, d);
}

static void
save_criterion (RsLabsPage *self,
                GtkWidget  *expander,
                gboolean    met,
                const char *evidence)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db == NULL || self->lab == NULL)
    return;
  rs_lab_details_check_async (db, rs_lab_get_id (self->lab),
                              g_object_get_data (G_OBJECT (expander), "criterion"), met, evidence,
                              rs_page_get_cancellable (RS_PAGE (self)), _rs_labs_page_details_cb,
                              rs_page_request (RS_PAGE (self)));
}

static void
field_applied_cb (AdwEntryRow *row,
                  RsLabsPage  *self)
{
  const char *property = gtk_widget_get_name (GTK_WIDGET (row));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (self->lab == NULL || self->filling)
    return;
  g_object_set (self->lab, property, text, NULL);
  save_lab (self);
}

static void
amount_applied_cb (AdwEntryRow *row,
                   RsLabsPage  *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *clean = g_strdelimit (g_strstrip (g_strdup (text)), ".", ' ');
  g_autoptr(GString) digits = g_string_new (NULL);
  char *end = NULL;
  double value;

  if (self->lab == NULL)
    return;
  for (const char *p = clean; *p; p++)
    if (*p != ' ')
      g_string_append_c (digits, *p == ',' ? '.' : *p);
  if (digits->len == 0)
    {
      rs_lab_set_funded (self->lab, FALSE);
      save_lab (self);
      return;
    }
  value = g_ascii_strtod (digits->str, &end);
  if (end == digits->str || *end != '\0' || value < 0)
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not an amount in kroner."), text);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      rs_page_add_toast (RS_PAGE (self), adw_toast_new (msg));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  rs_lab_set_funding_amount (self->lab, value);
  save_lab (self);
}

/* Shows the string property of the shown lab that @row edits (its widget
 * name, set in the template). */
static void
fill_row (RsLabsPage  *self,
          AdwEntryRow *row)
{
  g_autofree char *text = NULL;

  g_object_get (self->lab, gtk_widget_get_name (GTK_WIDGET (row)), &text, NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
met_toggled_cb (GtkSwitch  *sw,
                GParamSpec *pspec,
                RsLabsPage *self)
{
  GtkWidget *expander = g_object_get_data (G_OBJECT (sw), "expander");
  GtkWidget *evidence = g_object_get_data (G_OBJECT (expander), "evidence");

  if (self->filling)
    return;
  save_criterion (self, expander, gtk_switch_get_active (sw), gtk_editable_get_text (GTK_EDITABLE (evidence)));
}

static void
evidence_applied_cb (AdwEntryRow *row,
                     RsLabsPage  *self)
{
  GtkWidget *expander = g_object_get_data (G_OBJECT (row), "expander");
  GtkSwitch *sw = g_object_get_data (G_OBJECT (expander), "switch");

  save_criterion (self, expander, gtk_switch_get_active (sw), gtk_editable_get_text (GTK_EDITABLE (row)));
}

void
_rs_labs_page_show_checklist (RsLabsPage          *self,
                              AdwPreferencesGroup *group,
                              const char          *owner_type,
                              GPtrArray           *items)
{
  guint met = 0, total = rs_checklist_count_met (items, &met);
  g_autofree char *text = rs_checklist_format_met (met, total);
  g_autofree char *description =
    g_strdup_printf (_("%s. Built from the OECD good practice principles for deliberative "
                       "processes and the criteria of the budget process."), text);

  if (g_strcmp0 (owner_type, "lab") == 0)
    adw_preferences_group_set_description (group, description);
  else
    adw_preferences_group_set_description (group, text);
  for (guint i = 0; i < items->len; i++)
    {
      RsChecklistItem *item = g_ptr_array_index (items, i);
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *sw = gtk_switch_new ();
      GtkWidget *evidence = adw_entry_row_new ();
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), item->title);
      if (*item->evidence)
        subtitle = g_strdup_printf ("%s · %s", item->reference, item->evidence);
      else
        subtitle = g_strdup_printf (_("%s · No evidence yet (%s)"), item->reference, item->hint);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
      gtk_switch_set_active (GTK_SWITCH (sw), item->met);
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      item->title, -1);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), sw);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (evidence), _("Evidence"));
      gtk_editable_set_text (GTK_EDITABLE (evidence), item->evidence);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (evidence), TRUE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), evidence);
      g_object_set_data_full (G_OBJECT (expander), "criterion", g_strdup (item->criterion), g_free);
      g_object_set_data (G_OBJECT (expander), "evidence", evidence);
      g_object_set_data (G_OBJECT (expander), "owner-type", (gpointer) owner_type);
      g_object_set_data (G_OBJECT (expander), "switch", sw);
      g_object_set_data (G_OBJECT (sw), "expander", expander);
      g_object_set_data (G_OBJECT (evidence), "expander", expander);
      g_signal_connect (sw, "notify::active", G_CALLBACK (met_toggled_cb), self);
      g_signal_connect (evidence, "apply", G_CALLBACK (evidence_applied_cb), self);
      _rs_labs_page_add_row (self, group, expander);
    }
}

/* Selects the row at @position without reading its lab. */
static void
select_row_quietly (RsLabsPage *self,
                    int         position)
{
  self->quiet_select = TRUE;
  gtk_list_box_select_row (self->lab_list, gtk_list_box_get_row_at_index (self->lab_list, position));
  self->quiet_select = FALSE;
}

/* Selects the row of the lab shown (the list's rows are made again on
 * every load). */
static void
select_shown (RsLabsPage *self)
{
  int position = self->lab ? rs_lab_list_find (self->labs, rs_lab_get_id (self->lab)) : -1;

  if (position >= 0)
    select_row_quietly (self, position);
}

/* The record's and funding's rows, from self->lab. */
static void
fill_record (RsLabsPage *self)
{
  g_autofree char *amount = NULL;
  gboolean filling = self->filling;

  self->filling = TRUE;
  fill_row (self, self->problem_row);
  fill_row (self, self->invited_row);
  fill_row (self, self->how_row);
  fill_row (self, self->facilitators_row);
  fill_row (self, self->outcome_row);
  fill_row (self, self->next_steps_row);
  fill_row (self, self->granted_by_row);
  fill_row (self, self->granted_on_row);
  amount = rs_lab_get_funded (self->lab) ? g_strdup_printf ("%.0f", rs_lab_get_funding_amount (self->lab))
                                         : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
  gtk_widget_remove_css_class (GTK_WIDGET (self->amount_row), "error");
  self->filling = filling;
}

static void
show_lab (RsLabsPage   *self,
          RsLabDetails *d)
{
  RsProcess *process = rs_page_get_process (RS_PAGE (self));
  gboolean same = self->lab != NULL && rs_lab_get_id (self->lab) == rs_lab_get_id (d->lab);
  const char *status = rs_lab_get_status (d->lab);
  int n_ideas = rs_lab_get_n_ideas (d->lab);
  g_autofree char *subtitle = NULL;

  g_set_object (&self->lab, d->lab);
  self->filling = TRUE;
  remove_added_rows (self);

  gtk_label_set_text (self->title_label, rs_lab_get_title (self->lab));
  subtitle = g_strdup_printf (ngettext ("%s · %d idea · %d taking part", "%s · %d ideas · %d taking part",
                                        n_ideas),
                              g_strcmp0 (status, "completed") == 0 ? _("Completed")
                              : g_strcmp0 (status, "running") == 0 ? _("Running") : _("Planned"),
                              n_ideas, rs_lab_get_n_participants (self->lab));
  gtk_label_set_text (self->subtitle_label, subtitle);

  _rs_labs_page_show_checklist (self, self->checklist_group, "lab", d->checklist);
  if (!same)
    {
      GtkWidget *view = rs_evaluation_view_new (rs_page_get_context (RS_PAGE (self)), "lab",
                                                rs_lab_get_id (self->lab));
      rs_evaluation_view_set_scrolls (RS_EVALUATION_VIEW (view), FALSE);
      adw_bin_set_child (self->evaluation_bin, view);
    }

  fill_record (self);
  self->filling = FALSE;

  select_shown (self);
  if (!same && process != NULL)
    rs_idea_board_load (self->board, rs_page_get_database (RS_PAGE (self)), rs_process_get_id (process),
                        rs_lab_get_id (self->lab), rs_page_get_cancellable (RS_PAGE (self)));
}

/* The result of a read, or of a save that returns the lab: shown unless
 * a read was asked for since (another lab chosen, or this one read again
 * after a change), so an older result never replaces a newer one. */
void
_rs_labs_page_details_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  gboolean current;
  g_autoptr(RsLabsPage) self = rs_page_request_end (user_data, &current);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsLabDetails) d = rs_lab_details_finish (RS_DATABASE (source), result, &error);

  if (d == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  if (current && rs_lab_get_id (d->lab) == self->wanted_id)
    show_lab (self, d);
}

static void
load_lab (RsLabsPage *self,
          gint64      lab_id)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db == NULL)
    return;
  self->wanted_id = lab_id;
  rs_lab_details_load_async (db, lab_id, rs_page_get_cancellable (RS_PAGE (self)), _rs_labs_page_details_cb,
                             rs_page_request_read (RS_PAGE (self)));
}

/* Narrow: the list and the lab take turns. */
static void
lab_activated_cb (RsLabsPage    *self,
                  GtkListBoxRow *row)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RsLabsPage *self = RS_LABS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

/* The user chose a lab (the page's own selections are quiet). */
static void
lab_selected_cb (RsLabsPage    *self,
                 GtkListBoxRow *row)
{
  g_autoptr(RsLab) lab = NULL;
  int index;

  if (row == NULL || self->quiet_select)
    return;
  index = gtk_list_box_row_get_index (row);
  if (index < 0 || (lab = g_list_model_get_item (G_LIST_MODEL (self->labs), (guint) index)) == NULL)
    return;
  if (rs_lab_get_id (lab) == self->wanted_id)
    return;
  g_clear_object (&self->lab);
  load_lab (self, rs_lab_get_id (lab));
}

static GtkWidget *
create_lab_row (gpointer item,
                gpointer user_data)
{
  return rs_lab_row_new (item);
}

/* The list (re)loaded, after a process switch or any change to a lab, its
 * meetings, ideas or attendance, here or elsewhere: keep the lab the user
 * looks at, and show it as it is now; the first when it is gone. */
/* Shows the lab with @lab_id as soon as the list has it. */
void
_rs_labs_page_show_lab_id (RsLabsPage *self,
                           gint64      lab_id)
{
  int position = self->labs ? rs_lab_list_find (self->labs, lab_id) : -1;

  self->select_id = lab_id;
  if (position < 0)
    return;
  self->select_id = 0;
  g_clear_object (&self->lab);
  select_row_quietly (self, position);
  load_lab (self, lab_id);
}

/* Shows the list, its row of the lab chosen selected: focus moving into it
 * from the empty page (its button had it) lands there. Were the list shown
 * first, the focus would select the first lab, as if the user had. */
static void
show_list (RsLabsPage *self,
           int         position)
{
  self->quiet_select = TRUE;
  gtk_stack_set_visible_child_name (self->page_stack, "labs");
  self->quiet_select = FALSE;
  if (gtk_list_box_get_selected_row (self->lab_list) != gtk_list_box_get_row_at_index (self->lab_list, position))
    select_row_quietly (self, position);
}

static void
labs_loaded_cb (RsLabsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->labs));
  gint64 chosen = self->wanted_id ? self->wanted_id : self->lab ? rs_lab_get_id (self->lab) : 0;
  int position;

  if (self->select_id != 0 && (position = rs_lab_list_find (self->labs, self->select_id)) >= 0)
    {
      _rs_labs_page_show_lab_id (self, self->select_id);
      show_list (self, position);
      return;
    }

  if (n == 0)
    {
      gtk_stack_set_visible_child_name (self->page_stack, "empty");
      g_clear_object (&self->lab);
      self->wanted_id = 0;
      rs_page_drop_requests (RS_PAGE (self));
      return;
    }
  /* Stay on the lab chosen, and read it again; the first when it is gone. */
  position = chosen ? rs_lab_list_find (self->labs, chosen) : -1;
  if (position < 0)
    {
      g_clear_object (&self->lab);
      position = 0;
    }
  select_row_quietly (self, position);
  {
    g_autoptr(RsLab) lab = g_list_model_get_item (G_LIST_MODEL (self->labs), (guint) position);
    load_lab (self, rs_lab_get_id (lab));
  }
  show_list (self, position);
}

void
rs_labs_page_process_changed (RsPage *page)
{
  RsLabsPage *self = RS_LABS_PAGE (page);
  RsProcess *process = rs_page_get_process (page);
  RsDatabase *db = rs_page_get_database (page);
  gint64 process_id = process ? rs_process_get_id (process) : 0;

  g_clear_object (&self->lab);
  self->select_id = 0;
  self->wanted_id = 0;
  gtk_stack_set_visible_child_name (self->page_stack, "empty");
  if (db == NULL)
    return;
  /* self->labs (RsLabList, live) ─▶ lab_list (RsLabRow) */
  if (self->labs == NULL)
    {
      self->labs = rs_lab_list_new (db, process_id);
      g_signal_connect_object (self->labs, "loaded", G_CALLBACK (labs_loaded_cb), self, G_CONNECT_SWAPPED);
      gtk_list_box_bind_model (self->lab_list, G_LIST_MODEL (self->labs), create_lab_row, NULL, NULL);
    }
  else
    rs_lab_list_set_process_id (self->labs, process_id);
}

/* A lab, its meetings, ideas or attendance changed, here or on another
 * page: the list reloads itself (and with it the lab shown); the ideas
 * board reads its lab's ideas again. */
static void
rs_labs_page_data_changed (RsPage *page)
{
  RsLabsPage *self = RS_LABS_PAGE (page);

  if (self->lab != NULL)
    rs_idea_board_reload (self->board);
}

/* ---- export ---- */

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsLabsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_lab_summary_write_finish (RS_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Saved the lab summary")));
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  RsLabsPage      *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  RsContext *context = rs_page_get_context (RS_PAGE (self));

  if (response == GTK_RESPONSE_ACCEPT && db != NULL && self->lab != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      rs_lab_summary_write_async (db, rs_lab_get_id (self->lab),
                                  context ? rs_context_get_small_cell_limit (context) : 5,
                                  rs_report_language_get_choice (GTK_FILE_CHOOSER (dialog)), path,
                                  rs_page_get_cancellable (RS_PAGE (self)), exported_cb, g_object_ref (self));
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RsLabsPage *self = RS_LABS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) html = gtk_file_filter_new ();

  if (self->lab == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Export the Lab Summary"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (pdf, _("PDF document"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_filter_set_name (html, _("Web page (HTML)"));
  gtk_file_filter_add_suffix (html, "html");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), html);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("lab-summary.pdf"));
  rs_report_language_add_choice (GTK_FILE_CHOOSER (dialog));
  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ---- life cycle ---- */

static void
rs_labs_page_dispose (GObject *object)
{
  RsLabsPage *self = RS_LABS_PAGE (object);

  /* Unbound and unreferenced, the live list goes and cancels its loading. */
  if (self->labs != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->labs, self);
      gtk_list_box_bind_model (self->lab_list, NULL, NULL, NULL, NULL);
    }
  g_clear_object (&self->labs);
  g_clear_object (&self->lab);
  g_clear_object (&self->save_again);
  g_clear_pointer (&self->added_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (rs_labs_page_parent_class)->dispose (object);
}

static void
rs_labs_page_class_init (RsLabsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RsPageClass *page_class = RS_PAGE_CLASS (klass);

  object_class->dispose = rs_labs_page_dispose;
  page_class->process_changed = rs_labs_page_process_changed;
  page_class->data_changed = rs_labs_page_data_changed;
  page_class->watched_changes = RS_CHANGE_MASK (RS_CHANGE_LAB) | RS_CHANGE_MASK (RS_CHANGE_SESSION)
                                | RS_CHANGE_MASK (RS_CHANGE_IDEA) | RS_CHANGE_MASK (RS_CHANGE_REGISTRATION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-labs-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, board);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, checklist_group);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, evaluation_bin);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, funding_group);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, ideas_group);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, lab_list);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, record_group);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, problem_row);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, invited_row);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, how_row);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, facilitators_row);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, next_steps_row);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, amount_row);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, granted_by_row);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, granted_on_row);
  gtk_widget_class_bind_template_callback (widget_class, field_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, amount_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, lab_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, lab_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, RsLabsPage, content_pane);
  gtk_widget_class_install_action (widget_class, "labs.show-list", NULL, show_list_action);

  gtk_widget_class_install_action (widget_class, "labs.export-summary", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "labs.new", NULL, _rs_labs_page_edit_action);
  gtk_widget_class_install_action (widget_class, "labs.delete", NULL, _rs_labs_page_edit_action);

  g_type_ensure (RS_TYPE_IDEA_BOARD);
}

static void
rs_labs_page_init (RsLabsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->added_rows = g_ptr_array_new ();
}

/* For tests. */
RsIdeaBoard *
rs_labs_page_get_board (RsLabsPage *self)
{
  g_return_val_if_fail (RS_IS_LABS_PAGE (self), NULL);
  return self->board;
}

gint64
rs_labs_page_get_lab_id (RsLabsPage *self)
{
  g_return_val_if_fail (RS_IS_LABS_PAGE (self), 0);
  return self->lab ? rs_lab_get_id (self->lab) : 0;
}

/* Chooses the lab with @lab_id, when it is in the list, as a click on its
 * row does; it is shown once read. */
void
rs_labs_page_select_lab (RsLabsPage *self,
                         gint64      lab_id)
{
  int position;

  g_return_if_fail (RS_IS_LABS_PAGE (self));
  if (self->labs != NULL && (position = rs_lab_list_find (self->labs, lab_id)) >= 0)
    gtk_list_box_select_row (self->lab_list, gtk_list_box_get_row_at_index (self->lab_list, position));
}

/* The title of the lab shown, as its heading shows it; NULL before one is. */
const char *
rs_labs_page_get_lab_title (RsLabsPage *self)
{
  g_return_val_if_fail (RS_IS_LABS_PAGE (self), NULL);
  return self->lab ? gtk_label_get_text (self->title_label) : NULL;
}

const char *
rs_labs_page_get_checklist_summary (RsLabsPage *self)
{
  g_return_val_if_fail (RS_IS_LABS_PAGE (self), NULL);
  return adw_preferences_group_get_description (self->checklist_group);
}

/* The shown lab's evaluation view, or NULL before a lab is shown. */
GtkWidget *
rs_labs_page_get_evaluation_view (RsLabsPage *self)
{
  g_return_val_if_fail (RS_IS_LABS_PAGE (self), NULL);
  return adw_bin_get_child (self->evaluation_bin);
}

/* Adds a questionnaire answer to the shown lab's evaluation (for tests and
 * keyboard users alike, through the evaluation view's own add row). */
void
rs_labs_page_add_answer (RsLabsPage *self,
                         const char *question,
                         const char *answer,
                         int         count)
{
  GtkWidget *view;

  g_return_if_fail (RS_IS_LABS_PAGE (self));
  view = adw_bin_get_child (self->evaluation_bin);
  g_return_if_fail (RS_IS_EVALUATION_VIEW (view));
  rs_evaluation_view_add_answer (RS_EVALUATION_VIEW (view), question, answer, count);
}
