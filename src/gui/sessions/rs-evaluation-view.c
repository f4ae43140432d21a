/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-evaluation-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-change-monitor.h"
#include "rs-checklist.h"
#include "rs-evaluation-details.h"
#include "rs-evaluation-view.h"

/* RsEvaluationView: the process evaluation of a panel or lab. Every load
 * and save is an rs_evaluation_details_*() operation on the database
 * thread; a change stores what the user asked for (an answer, a criterion)
 * and finishes with figures, answers and criteria read again. */

struct _RsEvaluationView
{
  AdwBin               parent_instance;

  AdwToastOverlay     *toasts;
  AdwPreferencesGroup *figures_group;
  AdwPreferencesGroup *answers_group;
  GtkScrolledWindow   *scroller;
  GtkWidget           *content_box;
  AdwPreferencesGroup *criteria_group;

  RsContext           *context;
  char                *owner_type;
  gint64               owner_id;
  gint64               evaluation_id;
  double               contact_hours;
  GPtrArray           *rows;           /* (GtkWidget, group) pairs to remove on reload */
  GtkWidget           *add_button;
  GCancellable        *cancellable;
  RsChangeMonitor     *monitor;        /* meetings and attendance feed the figures */
  guint                busy;
};

G_DEFINE_FINAL_TYPE (RsEvaluationView, rs_evaluation_view, ADW_TYPE_BIN)

static void
add_row (RsEvaluationView    *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
  g_ptr_array_add (self->rows, group);
}

static void
clear_rows (RsEvaluationView *self)
{
  for (guint i = 0; i + 1 < self->rows->len; i += 2)
    adw_preferences_group_remove (g_ptr_array_index (self->rows, i + 1), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  self->add_button = NULL;
}

static GtkWidget *
labelled (GtkWidget  *widget,
          const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return widget;
}

static void
show_figures (RsEvaluationView    *self,
              RsEvaluationFigures *fig)
{
  g_autofree char *sessions = g_strdup_printf ("%d", fig->n_sessions);
  g_autofree char *hours = g_strdup_printf ("%.1f", fig->contact_hours);
  g_autofree char *person = g_strdup_printf ("%.1f", fig->person_hours);
  g_autofree char *rate = g_strdup_printf ("%.0f %%", 100.0 * fig->attendance_rate);
  const char *rows[][2] = {
    { _("Meetings"), sessions }, { _("Contact hours"), hours },
    { _("Person hours"), person }, { _("Attendance rate"), rate },
  };
  GtkWidget *expander = adw_expander_row_new ();

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (rows[i][1]);

      gtk_widget_add_css_class (label, "numeric");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rows[i][0]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      add_row (self, self->figures_group, row);
    }
  if (fig->panel_summary != NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Seats and attendance"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), fig->panel_summary);
      add_row (self, self->figures_group, row);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Per category"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), _("Attendance rate and drop-out"));
  for (guint i = 0; i < fig->per_category->len; i++)
    {
      RsEvaluationCategoryFigure *c = g_ptr_array_index (fig->per_category, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf ("%s · %s", rs_evaluation_category_figure_get_category (c),
                                                rs_evaluation_category_figure_get_value (c));
      /* Translators: attendance rate, then drop-outs of people at the first meeting */
      g_autofree char *text = g_strdup_printf (_("%.0f %% · %d of %d dropped out"),
                                               100.0 * rs_evaluation_category_figure_get_attendance_rate (c),
                                               rs_evaluation_category_figure_get_dropped (c),
                                               rs_evaluation_category_figure_get_started (c));
      GtkWidget *label = gtk_label_new (text);

      gtk_widget_add_css_class (label, "dim-label");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  add_row (self, self->figures_group, expander);
}

static void details_cb (GObject *source, GAsyncResult *result, gpointer user_data);

static void
add_answer_cb (GtkWidget        *button,
               RsEvaluationView *self)
{
  GtkWidget *question = g_object_get_data (G_OBJECT (button), "question");
  GtkWidget *answer = g_object_get_data (G_OBJECT (button), "answer");
  GtkWidget *count = g_object_get_data (G_OBJECT (button), "count");
  g_autofree char *q = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (question))));
  g_autofree char *ans = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (answer))));

  if (*q == '\0' || *ans == '\0')
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Type a question and an answer first.")));
      gtk_widget_grab_focus (*q == '\0' ? question : answer);
      return;
    }
  self->busy++;
  rs_evaluation_details_answer_async (rs_context_get_database (self->context), self->owner_type, self->owner_id,
                                      q, ans, gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (count)),
                                      self->cancellable, details_cb, g_object_ref (self));
}

static void
show_answers (RsEvaluationView *self,
              GPtrArray        *answers)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *question = labelled (gtk_entry_new (), _("Question"));
  GtkWidget *answer = labelled (gtk_entry_new (), _("Answer"));
  GtkWidget *count = labelled (gtk_spin_button_new_with_range (0, 100000, 1), _("Number of participants"));
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));
  const char *last = NULL;

  for (guint i = 0; i < answers->len; i++)
    {
      RsEvaluationAnswer *an = g_ptr_array_index (answers, i);
      GtkWidget *r = adw_action_row_new ();
      /* Translators: number of participants, then their share of the question's answers */
      g_autofree char *text = g_strdup_printf (_("%d · %.0f %%"), rs_evaluation_answer_get_count (an),
                                               100.0 * rs_evaluation_answer_get_share (an));
      GtkWidget *label = gtk_label_new (text);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r), rs_evaluation_answer_get_answer (an));
      if (g_strcmp0 (last, rs_evaluation_answer_get_question (an)) != 0)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (r), rs_evaluation_answer_get_question (an));
      last = rs_evaluation_answer_get_question (an);
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (r), label);
      add_row (self, self->answers_group, r);
    }

  /* Entry row: question, answer, count, Add (Enter in any field adds). */
  gtk_entry_set_placeholder_text (GTK_ENTRY (question), _("Question"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (answer), _("Answer"));
  gtk_widget_set_hexpand (question, TRUE);
  gtk_widget_set_hexpand (answer, TRUE);
  gtk_widget_set_tooltip_text (count, _("Number of participants"));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  if (last != NULL)
    gtk_editable_set_text (GTK_EDITABLE (question), last);
  gtk_box_append (GTK_BOX (box), question);
  gtk_box_append (GTK_BOX (box), answer);
  gtk_box_append (GTK_BOX (box), count);
  gtk_box_append (GTK_BOX (box), add);
  g_object_set_data (G_OBJECT (add), "question", question);
  g_object_set_data (G_OBJECT (add), "answer", answer);
  g_object_set_data (G_OBJECT (add), "count", count);
  g_signal_connect (add, "clicked", G_CALLBACK (add_answer_cb), self);
  g_signal_connect_swapped (question, "activate", G_CALLBACK (gtk_widget_activate), add);
  g_signal_connect_swapped (answer, "activate", G_CALLBACK (gtk_widget_activate), add);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  self->add_button = add;
  add_row (self, self->answers_group, row);
}

static void
save_criterion (RsEvaluationView *self,
                GtkWidget        *expander)
{
  GtkWidget *sw = g_object_get_data (G_OBJECT (expander), "switch");
  GtkWidget *evidence = g_object_get_data (G_OBJECT (expander), "evidence");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (evidence))));

  self->busy++;
  rs_evaluation_details_check_async (rs_context_get_database (self->context), self->owner_type, self->owner_id,
                                     g_object_get_data (G_OBJECT (expander), "criterion"),
                                     gtk_switch_get_active (GTK_SWITCH (sw)), text, self->cancellable,
                                     details_cb, g_object_ref (self));
}

static void
met_toggled_cb (GtkWidget        *sw,
                GParamSpec       *pspec,
                RsEvaluationView *self)
{
  save_criterion (self, g_object_get_data (G_OBJECT (sw), "expander"));
}

static void
evidence_applied_cb (GtkWidget        *evidence,
                     RsEvaluationView *self)
{
  save_criterion (self, g_object_get_data (G_OBJECT (evidence), "expander"));
}

static void
show_criteria (RsEvaluationView *self,
               GPtrArray        *criteria)
{
  guint met = 0;
  guint total = rs_checklist_count_met (criteria, &met);
  g_autofree char *summary = rs_checklist_format_met (met, total);

  adw_preferences_group_set_description (self->criteria_group, summary);
  for (guint i = 0; i < criteria->len; i++)
    {
      RsChecklistItem *item = g_ptr_array_index (criteria, i);
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *sw = gtk_switch_new ();
      GtkWidget *evidence = adw_entry_row_new ();
      g_autofree char *subtitle = item->reference != NULL
                                  ? g_strdup_printf ("%s · %s", item->reference, item->hint)
                                  : g_strdup (item->hint);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), item->title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
      gtk_switch_set_active (GTK_SWITCH (sw), item->met);
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      labelled (sw, item->title);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), sw);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (evidence), _("Evidence"));
      gtk_editable_set_text (GTK_EDITABLE (evidence), item->evidence != NULL ? item->evidence : "");
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (evidence), TRUE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), evidence);
      g_object_set_data_full (G_OBJECT (expander), "criterion", g_strdup (item->criterion), g_free);
      g_object_set_data (G_OBJECT (expander), "evidence", evidence);
      g_object_set_data (G_OBJECT (expander), "switch", sw);
      g_object_set_data (G_OBJECT (sw), "expander", expander);
      g_object_set_data (G_OBJECT (evidence), "expander", expander);
      g_signal_connect (sw, "notify::active", G_CALLBACK (met_toggled_cb), self);
      g_signal_connect (evidence, "apply", G_CALLBACK (evidence_applied_cb), self);
      add_row (self, self->criteria_group, expander);
    }
}

static void
details_cb (GObject      *source,
            GAsyncResult *res,
            gpointer      user_data)
{
  g_autoptr(RsEvaluationView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsEvaluationDetails) d = rs_evaluation_details_finish (RS_DATABASE (source), res, &error);

  self->busy--;
  if (d == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  clear_rows (self);
  self->evaluation_id = d->evaluation_id;
  self->contact_hours = d->figures->contact_hours;
  show_figures (self, d->figures);
  show_answers (self, d->answers);
  show_criteria (self, d->criteria);
}

static void
rs_evaluation_view_dispose (GObject *object)
{
  RsEvaluationView *self = RS_EVALUATION_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_clear_object (&self->monitor);
  G_OBJECT_CLASS (rs_evaluation_view_parent_class)->dispose (object);
}

static void
rs_evaluation_view_finalize (GObject *object)
{
  RsEvaluationView *self = RS_EVALUATION_VIEW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self->owner_type);
  G_OBJECT_CLASS (rs_evaluation_view_parent_class)->finalize (object);
}

static void
rs_evaluation_view_class_init (RsEvaluationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_evaluation_view_dispose;
  object_class->finalize = rs_evaluation_view_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-evaluation-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RsEvaluationView, toasts);
  gtk_widget_class_bind_template_child (widget_class, RsEvaluationView, figures_group);
  gtk_widget_class_bind_template_child (widget_class, RsEvaluationView, answers_group);
  gtk_widget_class_bind_template_child (widget_class, RsEvaluationView, criteria_group);
  gtk_widget_class_bind_template_child (widget_class, RsEvaluationView, scroller);
  gtk_widget_class_bind_template_child (widget_class, RsEvaluationView, content_box);
}

static void
rs_evaluation_view_init (RsEvaluationView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
  self->contact_hours = -1;
}

GtkWidget *
rs_evaluation_view_new (RsContext  *context,
                        const char *owner_type,
                        gint64      owner_id)
{
  RsEvaluationView *self;

  g_return_val_if_fail (RS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (owner_type != NULL, NULL);
  self = g_object_new (RS_TYPE_EVALUATION_VIEW, NULL);
  self->context = g_object_ref (context);
  self->owner_type = g_strdup (owner_type);
  self->owner_id = owner_id;
  self->monitor = rs_change_monitor_new (rs_context_get_database (context), 0,
                                         RS_CHANGE_MASK (RS_CHANGE_SESSION)
                                         | RS_CHANGE_MASK (RS_CHANGE_REGISTRATION)
                                         | RS_CHANGE_MASK (RS_CHANGE_EVALUATION));
  g_signal_connect_swapped (self->monitor, "changed", G_CALLBACK (rs_evaluation_view_reload), self);
  rs_evaluation_view_reload (self);
  return GTK_WIDGET (self);
}

/* Reads the evaluation again, after a meeting or attendance changed. */
void
rs_evaluation_view_reload (RsEvaluationView *self)
{
  g_return_if_fail (RS_IS_EVALUATION_VIEW (self));
  self->busy++;
  rs_evaluation_details_load_async (rs_context_get_database (self->context), self->owner_type, self->owner_id,
                                    self->cancellable, details_cb, g_object_ref (self));
}

gboolean
rs_evaluation_view_is_busy (RsEvaluationView *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_VIEW (self), FALSE);
  return self->busy > 0;
}

gint64
rs_evaluation_view_get_evaluation_id (RsEvaluationView *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_VIEW (self), 0);
  return self->evaluation_id;
}

double
rs_evaluation_view_get_contact_hours (RsEvaluationView *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_VIEW (self), -1);
  return self->contact_hours;
}

void
rs_evaluation_view_add_answer (RsEvaluationView *self,
                               const char       *question,
                               const char       *answer,
                               int               count)
{
  g_return_if_fail (RS_IS_EVALUATION_VIEW (self));
  g_return_if_fail (self->add_button != NULL);
  gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (self->add_button), "question")), question);
  gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (self->add_button), "answer")), answer);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (g_object_get_data (G_OBJECT (self->add_button), "count")), count);
  g_signal_emit_by_name (self->add_button, "clicked");
}

/* Whether the view scrolls on its own (the default, for a page of its own)
 * or grows with its content inside a page that already scrolls. */
void
rs_evaluation_view_set_scrolls (RsEvaluationView *self,
                                gboolean          scrolls)
{
  g_return_if_fail (RS_IS_EVALUATION_VIEW (self));
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER,
                                  scrolls ? GTK_POLICY_AUTOMATIC : GTK_POLICY_NEVER);
  /* Inside a page, line up with the page's own groups. */
  gtk_widget_set_margin_start (self->content_box, scrolls ? 12 : 0);
  gtk_widget_set_margin_end (self->content_box, scrolls ? 12 : 0);
  gtk_widget_set_margin_top (self->content_box, scrolls ? 18 : 0);
  gtk_widget_set_margin_bottom (self->content_box, scrolls ? 18 : 0);
}
