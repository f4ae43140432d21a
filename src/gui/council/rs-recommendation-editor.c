/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-recommendation-editor"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "rs-origin-list.h"
#include "rs-date.h"
#include "rs-conflict-dialog.h"
#include "rs-history-window.h"
#include "rs-recommendation-editor.h"
#include "rs-district-row.h"
#include "rs-recommendation-store.h"

struct _RsRecommendationEditor
{
  AdwWindow         parent_instance;

  RsDatabase       *db;
  RsRecommendation *rec;
  GCancellable     *cancellable;
  GPtrArray        *conflict;        /* shared with a save in flight */
  GPtrArray        *cost_spins;      /* pairs: operating, capital per year */
  GArray           *cost_years;
  GtkSpinButton    *vote_spins[3];
  GPtrArray        *new_milestones;  /* RsMilestone, id 0 */
  GArray           *done_milestones; /* gint64 */
  GArray           *deleted_milestones; /* gint64 */

  /* Template widgets */
  AdwEntryRow      *amount_row;
  AdwEntryRow      *area_row;
  AdwEntryRow      *budget_line_row;
  AdwPreferencesGroup *costs_group;
  AdwEntryRow      *decided_row;
  RsDistrictRow    *district_row;
  GtkLabel         *error_label;
  GtkRevealer      *error_revealer;
  AdwComboRow      *implementation_row;
  AdwEntryRow      *milestone_due_row;
  AdwEntryRow      *milestone_title_row;
  GtkListBox       *milestones_list;
  AdwPreferencesGroup *origin_group;
  RsOriginList     *origin_list;
  AdwComboRow      *outcome_row;
  GtkTextView      *rationale_view;
  GtkTextView      *justification_view;
  AdwComboRow      *status_row;
  GtkTextView      *text_view;
  AdwEntryRow      *theme_row;
  AdwEntryRow      *title_row;
  AdwPreferencesGroup *votes_group;
};

G_DEFINE_FINAL_TYPE (RsRecommendationEditor, rs_recommendation_editor, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
show_error (RsRecommendationEditor *self,
            const char             *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

static GtkWidget *
spin_new (double      min,
          double      max,
          double      step,
          double      value,
          const char *label)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, step);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (spin, label);
  return spin;
}

static void
milestone_toggled_cb (GtkCheckButton         *check,
                      RsRecommendationEditor *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (check), "milestone-id");

  for (guint i = 0; i < self->done_milestones->len; i++)
    if (g_array_index (self->done_milestones, gint64, i) == id)
      {
        g_array_remove_index (self->done_milestones, i);
        break;
      }
  if (gtk_check_button_get_active (check))
    g_array_append_val (self->done_milestones, id);
}

static void
milestone_delete_cb (GtkButton              *button,
                     RsRecommendationEditor *self)
{
  RsMilestone *ms = g_object_get_data (G_OBJECT (button), "milestone");
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");

  if (ms->id != 0)
    {
      for (guint i = 0; i < self->done_milestones->len; i++)
        if (g_array_index (self->done_milestones, gint64, i) == ms->id)
          g_array_remove_index (self->done_milestones, i--);
      g_array_append_val (self->deleted_milestones, ms->id);
      gtk_list_box_remove (self->milestones_list, row);
    }
  else
    {
      gtk_list_box_remove (self->milestones_list, row);
      g_ptr_array_remove (self->new_milestones, ms);
    }
}

static void
add_milestone_row (RsRecommendationEditor *self,
                   RsMilestone            *ms)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ms->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (ms->done_on)
    subtitle = g_strdup_printf (_("Done %s"), ms->done_on);
  else if (ms->due_on)
    subtitle = g_strdup_printf (_("Due %s"), ms->due_on);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (ms->done_on == NULL && ms->id != 0)
    {
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *label = g_strdup_printf (_("Mark “%s” as done"), ms->title);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_tooltip_text (check, label);
      g_object_set_data_full (G_OBJECT (check), "milestone-id",
                              g_memdup2 (&ms->id, sizeof ms->id), g_free);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (milestone_toggled_cb), self, 0);
    }
  else if (ms->done_on != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }
  {
    GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
    g_autofree char *label = g_strdup_printf (_("Delete “%s”"), ms->title);
    gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (remove, "flat");
    gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    gtk_widget_set_tooltip_text (remove, label);
    g_object_set_data (G_OBJECT (remove), "milestone", ms);
    g_object_set_data (G_OBJECT (remove), "row", row);
    g_signal_connect_object (remove, "clicked", G_CALLBACK (milestone_delete_cb), self, 0);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  }
  /* Before the two rows that add a new one. */
  gtk_list_box_insert (self->milestones_list, row,
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self->milestone_title_row)));
}

static void
add_cost_row (RsRecommendationEditor *self,
              int                     year,
              double                  operating,
              double                  capital)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("%d", year);
  g_autofree char *op_label = g_strdup_printf (_("Operating cost %d"), year);
  g_autofree char *cap_label = g_strdup_printf (_("Capital cost %d"), year);
  GtkWidget *op = spin_new (-1e10, 1e10, 10000, operating, op_label);
  GtkWidget *cap = spin_new (-1e10, 1e10, 10000, capital, cap_label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Operating · capital"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), op);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), cap);
  g_ptr_array_add (self->cost_spins, op);
  g_ptr_array_add (self->cost_spins, cap);
  g_array_append_val (self->cost_years, year);
  adw_preferences_group_add (self->costs_group, row);
}

static void
add_cost_year_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RsRecommendationEditor *self = RS_RECOMMENDATION_EDITOR (widget);
  int year = 0;

  for (guint c = 0; c < self->cost_years->len; c++)
    year = MAX (year, g_array_index (self->cost_years, int, c));
  if (year == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      year = g_date_time_get_year (now);
    }
  add_cost_row (self, year + 1, 0, 0);
}

static void
fill (RsRecommendationEditor *self)
{
  RsRecommendation *rec = self->rec;
  GArray *costs = rs_recommendation_get_costs (rec);
  GPtrArray *origins = rs_recommendation_get_origins (rec);
  GPtrArray *parents = rs_recommendation_get_parents (rec);
  GPtrArray *children = rs_recommendation_get_children (rec);
  GPtrArray *milestones = rs_recommendation_get_milestones (rec);
  const char *vote_titles[] = { _("For"), _("Against"), _("Abstaining") };
  int votes[3];
  double amount = rs_recommendation_get_amount (rec);
  gboolean any_lineage = FALSE;

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), rs_recommendation_get_title (rec));
  gtk_editable_set_text (GTK_EDITABLE (self->theme_row), rs_recommendation_get_theme (rec));
  gtk_editable_set_text (GTK_EDITABLE (self->area_row), rs_recommendation_get_budget_area (rec));
  adw_combo_row_set_selected (self->status_row, MIN (rs_recommendation_get_status (rec),
                                                     RS_RECOMMENDATION_ANSWERED));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), rs_recommendation_get_text (rec), -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->rationale_view),
                            rs_recommendation_get_rationale (rec), -1);

  rs_recommendation_get_votes (rec, &votes[0], &votes[1], &votes[2]);
  for (int i = 0; i < 3; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = spin_new (0, 100000, 1, votes[i], vote_titles[i]);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), vote_titles[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      self->vote_spins[i] = GTK_SPIN_BUTTON (spin);
      adw_preferences_group_add (self->votes_group, row);
    }

  if (costs->len == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      rs_recommendation_set_cost (rec, g_date_time_get_year (now) + 1, 0, 0);
    }
  for (guint c = 0; c < costs->len; c++)
    {
      RsRecommendationCost *cost = &g_array_index (costs, RsRecommendationCost, c);
      add_cost_row (self, cost->year, cost->operating, cost->capital);
    }

  rs_origin_list_set (self->origin_list, self->db, rs_recommendation_get_process_id (rec), origins);
  rs_district_row_load (self->district_row, self->db, rs_recommendation_get_process_id (rec),
                        RS_DISTRICT_RECORD_RECOMMENDATION, rs_recommendation_get_id (rec));
  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *links = pass == 0 ? parents : children;
      for (guint l = 0; l < links->len; l++)
        {
          RsLineageLink *link = g_ptr_array_index (links, l);
          GtkWidget *row = adw_action_row_new ();
          const char *what = pass == 0
            ? (g_str_equal (link->kind, "merge") ? _("Merged from") : _("Split from"))
            : (g_str_equal (link->kind, "merge") ? _("Merged into") : _("Split into"));
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), link->other_title);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), what);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name (pass == 0 ? "go-up-symbolic"
                                                                             : "go-down-symbolic"));
          adw_preferences_group_add (self->origin_group, row);
          any_lineage = TRUE;
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->origin_group), any_lineage);

  adw_combo_row_set_selected (self->outcome_row, rs_recommendation_get_outcome (rec));
  gtk_editable_set_text (GTK_EDITABLE (self->budget_line_row), rs_recommendation_get_budget_line (rec));
  if (!isnan (amount))
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      gtk_editable_set_text (GTK_EDITABLE (self->amount_row),
                             g_ascii_formatd (buf, sizeof buf, "%.0f", amount));
    }
  if (rs_recommendation_get_decided_on (rec))
    gtk_editable_set_text (GTK_EDITABLE (self->decided_row), rs_recommendation_get_decided_on (rec));
  adw_combo_row_set_selected (self->implementation_row, rs_recommendation_get_implementation (rec));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->justification_view),
                            rs_recommendation_get_justification (rec), -1);
  for (guint m = 0; m < milestones->len; m++)
    add_milestone_row (self, g_ptr_array_index (milestones, m));

  if (rs_recommendation_get_status (rec) == RS_RECOMMENDATION_SUPERSEDED)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.split", FALSE);
      rs_origin_list_set_editable (self->origin_list, FALSE);
      show_error (self, _("This recommendation was merged or split; it is kept for its lineage and "
                          "cannot be changed."));
    }
}

typedef struct
{
  RsRecommendation  *rec;
  gboolean           had_decision;
  RsDecisionOutcome  outcome;
  char              *justification;
  char              *budget_line;
  double             amount;
  char              *decided_on;
  RsImplementation   implementation;
  GPtrArray         *new_milestones;
  GArray            *done_milestones;
  GArray            *deleted_milestones;
  GPtrArray         *origin_changes;
  char              *today;
  char              *district;  /* NULL: unchanged */
  GPtrArray         *conflict;  /* the recommendation as stored, after a refused save */
} SaveData;

static void
save_data_free (gpointer p)
{
  SaveData *d = p;

  g_clear_object (&d->rec);
  g_free (d->justification);
  g_free (d->budget_line);
  g_free (d->decided_on);
  g_clear_pointer (&d->new_milestones, g_ptr_array_unref);
  g_clear_pointer (&d->done_milestones, g_array_unref);
  g_clear_pointer (&d->deleted_milestones, g_array_unref);
  g_clear_pointer (&d->origin_changes, g_ptr_array_unref);
  g_free (d->today);
  g_free (d->district);
  g_clear_pointer (&d->conflict, g_ptr_array_unref);
  g_free (d);
}

static gboolean
save_edit (RsDatabase *db,
           gpointer    data,
           GError    **error)
{
  SaveData *d = data;
  gint64 id = rs_recommendation_get_id (d->rec);

  RsRecommendation *current = NULL;

  if (!rs_recommendation_store_save (db, d->rec, &current, error))
    {
      if (current != NULL)
        g_ptr_array_add (d->conflict, current);
      return FALSE;
    }
  if ((d->outcome != RS_OUTCOME_NONE || d->had_decision) &&
      !rs_recommendation_store_set_decision (db, id, d->outcome, d->justification, d->budget_line,
                                             d->amount, d->decided_on, d->implementation, error))
    return FALSE;
  for (guint i = 0; i < d->new_milestones->len; i++)
    {
      RsMilestone *ms = g_ptr_array_index (d->new_milestones, i);
      if (rs_recommendation_store_add_milestone (db, id, ms->title, ms->due_on, NULL, error) == 0)
        return FALSE;
    }
  for (guint i = 0; i < d->done_milestones->len; i++)
    if (!rs_recommendation_store_set_milestone_done (db, g_array_index (d->done_milestones, gint64, i),
                                                     d->today, error))
      return FALSE;
  for (guint i = 0; i < d->deleted_milestones->len; i++)
    if (!rs_recommendation_store_delete_milestone (db, g_array_index (d->deleted_milestones, gint64, i),
                                                   error))
      return FALSE;
  if (d->district != NULL &&
      !rs_district_record_set (db, RS_DISTRICT_RECORD_RECOMMENDATION, id, 0, d->district, error))
    return FALSE;
  return rs_origin_changes_apply (db, id, d->origin_changes, error);
}

static void
use_theirs (RsRecommendationEditor *self,
            RsRecommendation       *current)
{
  int votes[3];
  double amount = rs_recommendation_get_amount (current);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), rs_recommendation_get_title (current));
  gtk_editable_set_text (GTK_EDITABLE (self->theme_row), rs_recommendation_get_theme (current));
  gtk_editable_set_text (GTK_EDITABLE (self->area_row), rs_recommendation_get_budget_area (current));
  adw_combo_row_set_selected (self->status_row, MIN (rs_recommendation_get_status (current),
                                                     RS_RECOMMENDATION_ANSWERED));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), rs_recommendation_get_text (current), -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->rationale_view),
                            rs_recommendation_get_rationale (current), -1);
  rs_recommendation_get_votes (current, &votes[0], &votes[1], &votes[2]);
  for (int i = 0; i < 3; i++)
    gtk_spin_button_set_value (self->vote_spins[i], votes[i]);
  adw_combo_row_set_selected (self->outcome_row, rs_recommendation_get_outcome (current));
  gtk_editable_set_text (GTK_EDITABLE (self->budget_line_row), rs_recommendation_get_budget_line (current));
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row),
                         isnan (amount) ? "" : g_ascii_formatd (buf, sizeof buf, "%.0f", amount));
  gtk_editable_set_text (GTK_EDITABLE (self->decided_row),
                         rs_recommendation_get_decided_on (current) ? rs_recommendation_get_decided_on (current) : "");
  adw_combo_row_set_selected (self->implementation_row, rs_recommendation_get_implementation (current));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->justification_view),
                            rs_recommendation_get_justification (current), -1);
}

static void
conflict_response_cb (RsConflictDialog       *dialog,
                      const char             *response,
                      RsRecommendationEditor *self)
{
  RsRecommendation *current = g_object_get_data (G_OBJECT (dialog), "rs-current");

  if (g_str_equal (response, "theirs"))
    {
      use_theirs (self, current);
      rs_recommendation_set_version (self->rec, rs_recommendation_get_version (current));
    }
  else if (g_str_equal (response, "mine"))
    {
      rs_recommendation_set_version (self->rec, rs_recommendation_get_version (current));
      gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
    }
}

static const char *
outcome_label (RsRecommendation *rec)
{
  return rs_recommendation_get_outcome (rec) == RS_OUTCOME_NONE
    ? "" : rs_decision_outcome_label (rs_recommendation_get_outcome (rec));
}

static void
show_conflict (RsRecommendationEditor *self,
               RsRecommendation       *current,
               const char             *message)
{
  RsConflictDialog *dialog = rs_conflict_dialog_new (GTK_WINDOW (self), message);
  g_autofree char *text = text_of (self->text_view);
  g_autofree char *rationale = text_of (self->rationale_view);
  g_autofree char *justification = text_of (self->justification_view);
  const char *mine_outcome = "";

  rs_conflict_dialog_add_field (dialog, _("Title"), rs_recommendation_get_title (current),
                                gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  rs_conflict_dialog_add_field (dialog, _("Text"), rs_recommendation_get_text (current), text);
  rs_conflict_dialog_add_field (dialog, _("Rationale"), rs_recommendation_get_rationale (current), rationale);
  rs_conflict_dialog_add_field (dialog, _("Theme"), rs_recommendation_get_theme (current),
                                gtk_editable_get_text (GTK_EDITABLE (self->theme_row)));
  rs_conflict_dialog_add_field (dialog, _("Budget area"), rs_recommendation_get_budget_area (current),
                                gtk_editable_get_text (GTK_EDITABLE (self->area_row)));
  if (adw_combo_row_get_selected (self->outcome_row) != RS_OUTCOME_NONE)
    mine_outcome = rs_decision_outcome_label (adw_combo_row_get_selected (self->outcome_row));
  rs_conflict_dialog_add_field (dialog, _("Council decision"), outcome_label (current), mine_outcome);
  rs_conflict_dialog_add_field (dialog, _("Justification"), rs_recommendation_get_justification (current),
                                justification);
  g_object_set_data_full (G_OBJECT (dialog), "rs-current", g_object_ref (current), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsRecommendationEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflict = g_steal_pointer (&self->conflict);

  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (!rs_recommendation_store_edit_finish (RS_DATABASE (source), result, &error))
    {
      if (g_error_matches (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT) && conflict != NULL &&
          conflict->len > 0)
        show_conflict (self, g_ptr_array_index (conflict, 0), error->message);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RsRecommendationEditor *self = RS_RECOMMENDATION_EDITOR (widget);
  SaveData *d = g_new0 (SaveData, 1);
  const char *amount_text = gtk_editable_get_text (GTK_EDITABLE (self->amount_row));
  g_autofree char *text = text_of (self->text_view);
  g_autofree char *rationale = text_of (self->rationale_view);
  g_autofree char *amount_clean = g_strstrip (g_strdup (amount_text));
  RsRecommendation *rec = self->rec;

  d->amount = NAN;
  if (*amount_clean != '\0')
    {
      char *end = NULL;
      d->amount = g_ascii_strtod (amount_clean, &end);
      if (end == amount_clean || *end != '\0' || isinf (d->amount))
        {
          show_error (self, _("The amount must be a number of kroner, e.g. 450000."));
          save_data_free (d);
          return;
        }
    }

  rs_recommendation_set_title (rec, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  rs_recommendation_set_theme (rec, gtk_editable_get_text (GTK_EDITABLE (self->theme_row)));
  rs_recommendation_set_budget_area (rec, gtk_editable_get_text (GTK_EDITABLE (self->area_row)));
  rs_recommendation_set_status (rec, adw_combo_row_get_selected (self->status_row));
  rs_recommendation_set_text (rec, text);
  rs_recommendation_set_rationale (rec, rationale);
  rs_recommendation_set_votes (rec, gtk_spin_button_get_value_as_int (self->vote_spins[0]),
                               gtk_spin_button_get_value_as_int (self->vote_spins[1]),
                               gtk_spin_button_get_value_as_int (self->vote_spins[2]));
  for (guint c = 0; c < self->cost_years->len; c++)
    rs_recommendation_set_cost (rec, g_array_index (self->cost_years, int, c),
                                gtk_spin_button_get_value (g_ptr_array_index (self->cost_spins, 2 * c)),
                                gtk_spin_button_get_value (g_ptr_array_index (self->cost_spins, 2 * c + 1)));

  d->rec = g_object_ref (rec);
  d->had_decision = rs_recommendation_get_outcome (rec) != RS_OUTCOME_NONE;
  d->outcome = adw_combo_row_get_selected (self->outcome_row);
  d->justification = text_of (self->justification_view);
  d->budget_line = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->budget_line_row)));
  d->decided_on = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->decided_row))));
  d->implementation = adw_combo_row_get_selected (self->implementation_row);
  d->new_milestones = g_ptr_array_ref (self->new_milestones);
  d->done_milestones = g_array_ref (self->done_milestones);
  d->deleted_milestones = g_array_ref (self->deleted_milestones);
  d->origin_changes = rs_origin_list_dup_changes (self->origin_list);
  d->today = today ();
  if (rs_district_row_get_changed (self->district_row))
    d->district = g_strdup (rs_district_row_get_district (self->district_row));
  g_clear_pointer (&self->conflict, g_ptr_array_unref);
  self->conflict = g_ptr_array_new_with_free_func (g_object_unref);
  d->conflict = g_ptr_array_ref (self->conflict);

  show_error (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  rs_recommendation_store_edit_async (self->db, save_edit, d, save_data_free, self->cancellable,
                                      saved_cb, g_object_ref (self));
}

static void
add_milestone_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RsRecommendationEditor *self = RS_RECOMMENDATION_EDITOR (widget);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->milestone_title_row))));
  g_autofree char *due = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->milestone_due_row))));
  RsMilestone *ms;

  if (*title == '\0')
    {
      show_error (self, _("Give the milestone a title."));
      return;
    }
  if (*due != '\0')
    {
      if (!rs_date_is_valid (due))
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is not a date; use YYYY-MM-DD."), due);
          show_error (self, msg);
          return;
        }
    }
  ms = g_new0 (RsMilestone, 1);
  ms->title = g_steal_pointer (&title);
  ms->due_on = *due ? g_steal_pointer (&due) : NULL;
  g_ptr_array_add (self->new_milestones, ms);
  add_milestone_row (self, ms);
  show_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->milestone_title_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->milestone_due_row), "");
}

typedef struct
{
  gint64  id;
  GStrv   titles;
} SplitData;

static void
split_data_free (gpointer p)
{
  SplitData *d = p;

  g_strfreev (d->titles);
  g_free (d);
}

static gboolean
split_edit (RsDatabase *db,
            gpointer    data,
            GError    **error)
{
  SplitData *d = data;
  g_autoptr(GArray) ids = rs_recommendation_store_split (db, d->id, (const char * const *) d->titles,
                                                         error);
  return ids != NULL;
}

static void
split_response_cb (AdwMessageDialog       *dialog,
                   const char             *response,
                   RsRecommendationEditor *self)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "titles");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  SplitData *d;

  if (!g_str_equal (response, "split"))
    return;
  text = text_of (view);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_strv_builder_add (builder, lines[i]);
  d = g_new0 (SplitData, 1);
  d->id = rs_recommendation_get_id (self->rec);
  d->titles = g_strv_builder_end (builder);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  rs_recommendation_store_edit_async (self->db, split_edit, d, split_data_free, self->cancellable,
                                      saved_cb, g_object_ref (self));
}

static void
split_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RsRecommendationEditor *self = RS_RECOMMENDATION_EDITOR (widget);
  AdwMessageDialog *dialog;
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  g_autofree char *suggestion = g_strdup_printf ("%s (1)\n%s (2)", rs_recommendation_get_title (self->rec),
                                                 rs_recommendation_get_title (self->rec));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Split the Recommendation?"),
                                                       _("Write one title per line. Each new recommendation "
                                                         "keeps the origin and text and gets an equal share "
                                                         "of the cost; they are drafts to be voted on. The "
                                                         "original is kept as superseded.")));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_widget_set_size_request (view, -1, 90);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), suggestion, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Titles of the new recommendations, one per line"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_message_dialog_set_extra_child (dialog, frame);
  g_object_set_data (G_OBJECT (dialog), "titles", view);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "split", _("_Split"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "split", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (split_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RsRecommendationEditor *self = RS_RECOMMENDATION_EDITOR (widget);

  rs_history_window_show (widget, self->db, "recommendation", rs_recommendation_get_id (self->rec),
                          rs_recommendation_get_title (self->rec));
}

static void
rs_recommendation_editor_dispose (GObject *object)
{
  RsRecommendationEditor *self = RS_RECOMMENDATION_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->db);
  g_clear_object (&self->rec);

  G_OBJECT_CLASS (rs_recommendation_editor_parent_class)->dispose (object);
}

static void
rs_recommendation_editor_finalize (GObject *object)
{
  RsRecommendationEditor *self = RS_RECOMMENDATION_EDITOR (object);

  g_ptr_array_unref (self->cost_spins);
  g_array_unref (self->cost_years);
  g_ptr_array_unref (self->new_milestones);
  g_array_unref (self->done_milestones);
  g_array_unref (self->deleted_milestones);
  g_clear_pointer (&self->conflict, g_ptr_array_unref);

  G_OBJECT_CLASS (rs_recommendation_editor_parent_class)->finalize (object);
}

static void
rs_recommendation_editor_class_init (RsRecommendationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_recommendation_editor_dispose;
  object_class->finalize = rs_recommendation_editor_finalize;

  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (RS_TYPE_ORIGIN_LIST);
  g_type_ensure (RS_TYPE_DISTRICT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-recommendation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, area_row);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, budget_line_row);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, costs_group);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, decided_row);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, district_row);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, implementation_row);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, justification_view);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, milestone_due_row);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, milestone_title_row);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, milestones_list);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, origin_group);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, origin_list);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, rationale_view);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, theme_row);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationEditor, votes_group);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.split", NULL, split_action);
  gtk_widget_class_install_action (widget_class, "editor.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "editor.add-milestone", NULL, add_milestone_action);
  gtk_widget_class_install_action (widget_class, "editor.add-cost-year", NULL, add_cost_year_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
rs_recommendation_editor_init (RsRecommendationEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->cost_spins = g_ptr_array_new ();
  self->cost_years = g_array_new (FALSE, FALSE, sizeof (int));
  self->new_milestones = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_milestone_free);
  self->done_milestones = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->deleted_milestones = g_array_new (FALSE, FALSE, sizeof (gint64));
}

RsRecommendationEditor *
rs_recommendation_editor_new (RsDatabase       *db,
                              RsRecommendation *rec)
{
  RsRecommendationEditor *self;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  g_return_val_if_fail (RS_IS_RECOMMENDATION (rec), NULL);

  self = g_object_new (RS_TYPE_RECOMMENDATION_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->rec = g_object_ref (rec);
  fill (self);
  return self;
}

RsRecommendation *
rs_recommendation_editor_get_recommendation (RsRecommendationEditor *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION_EDITOR (self), NULL);
  return self->rec;
}

void
rs_recommendation_editor_fill_decision (RsRecommendationEditor *self,
                                        RsDecisionOutcome       outcome,
                                        const char             *justification,
                                        const char             *budget_line,
                                        const char             *amount)
{
  g_return_if_fail (RS_IS_RECOMMENDATION_EDITOR (self));
  adw_combo_row_set_selected (self->outcome_row, outcome);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->justification_view),
                            justification ? justification : "", -1);
  gtk_editable_set_text (GTK_EDITABLE (self->budget_line_row), budget_line ? budget_line : "");
  gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount ? amount : "");
}
