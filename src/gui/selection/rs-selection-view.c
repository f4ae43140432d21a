/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-selection-chart.h"
#include "rs-selection-check.h"
#include "rs-selection-draw.h"
#include "rs-selection-protocol.h"
#include "rs-selection-store.h"
#include "rs-selection-view.h"
#include "rs-selection-view-private.h"

#define LEGACY_DRAWS 1000


G_DEFINE_FINAL_TYPE (RsSelectionView, rs_selection_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];



static RsDatabase *
get_database (RsSelectionView *self)
{
  return rs_context_get_database (self->context);
}

void
rs_selection_view_set_state (RsSelectionView      *self,
           RsSelectionViewState  state)
{
  gboolean busy = state == RS_SELECTION_VIEW_LOADING || state == RS_SELECTION_VIEW_COMPUTING;

  self->state = state;
  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->compute_button),
                            state == RS_SELECTION_VIEW_CHECKED || state == RS_SELECTION_VIEW_COMPUTED ||
                            state == RS_SELECTION_VIEW_DRAWN);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), state == RS_SELECTION_VIEW_COMPUTING);
  gtk_widget_set_sensitive (GTK_WIDGET (self->draw_button),
                            state == RS_SELECTION_VIEW_COMPUTED || state == RS_SELECTION_VIEW_DRAWN);
  gtk_widget_set_sensitive (GTK_WIDGET (self->protocol_button),
                            !busy && self->draw != NULL && self->protocol != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->replace_button), !busy && self->n_runs > 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

void
rs_selection_view_toast (RsSelectionView *self,
       const char      *text)
{
  /* The template's root is the view's own toast overlay (not bound: AdwBin owns it). */
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self))), adw_toast_new (text));
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle,
         const char *icon)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (icon)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  gtk_list_box_append (list, row);
}

/* Check: load the pool and quotas and test them (database thread). */

static void
check_done (GObject      *source,
            GAsyncResult *res,
            gpointer      user_data)
{
  g_autoptr(RsSelectionView) self = user_data;
  g_autoptr(GError) error = NULL;
  RsSelectionPoolCheck *c = rs_selection_pool_check_finish (RS_DATABASE (source), res, &error);
  g_autoptr(GPtrArray) lines = NULL;

  if (c == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_label_set_text (self->summary_label, error->message);
          rs_selection_view_set_state (self, RS_SELECTION_VIEW_FAILED);
        }
      return;
    }
  g_clear_pointer (&self->instance, rs_selection_instance_unref);
  self->instance = rs_selection_instance_ref (c->instance);
  clear_list (self->check_list);
  if (c->check->feasible)
    {
      g_autofree char *text = g_strdup_printf (_("%d people in the pool, %d seats: every quota can be met."),
                                               rs_selection_instance_n_people (c->instance), c->instance->size);
      add_row (self->check_list, text, NULL, "emblem-ok-symbolic");
    }
  if (c->zero_chance && c->zero_chance->len > 0)
    {
      add_row (self->check_list, _("Some volunteers cannot be drawn at all with these quotas"),
               _("Their chance would be zero. Relax their quotas under Categories and Targets "
                 "before computing, or compute anyway if that is intended."),
               "dialog-warning-symbolic");
      for (guint i = 0; i < c->zero_chance->len; i++)
        add_row (self->check_list, g_ptr_array_index (c->zero_chance, i), NULL, NULL);
    }
  lines = rs_selection_check_describe (c->check, c->instance);
  for (guint i = 0; i < lines->len; i++)
    add_row (self->check_list, g_ptr_array_index (lines, i), NULL, c->check->feasible ? NULL : "dialog-warning-symbolic");
  if (c->skipped > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%d person lacks a value in some category and is left out.",
                                                         "%d people lack a value in some category and are left out.",
                                                         c->skipped), c->skipped);
      add_row (self->check_list, text, NULL, "dialog-information-symbolic");
    }
  rs_selection_view_set_state (self, c->check->feasible ? RS_SELECTION_VIEW_CHECKED : RS_SELECTION_VIEW_INFEASIBLE);
  rs_selection_pool_check_free (c);
}

void
rs_selection_view_check (RsSelectionView *self)
{
  g_return_if_fail (RS_IS_SELECTION_VIEW (self));
  rs_selection_view_set_state (self, RS_SELECTION_VIEW_LOADING);
  rs_selection_pool_check_async (get_database (self), self->panel_id, self->cancellable, check_done,
                                 g_object_ref (self));
}

/* Compute: LEXIMIN (and LEGACY for comparison) in a worker thread. */

typedef struct
{
  RsSelectionInstance *instance;
  gboolean             compare;
  RsSelectionResult   *result;
  RsSelectionResult   *legacy;
  RsSelectionView     *view;    /* for progress only; a strong reference */
} ComputeData;

static void
compute_data_free (gpointer data)
{
  ComputeData *c = data;
  g_clear_pointer (&c->instance, rs_selection_instance_unref);
  g_clear_pointer (&c->result, rs_selection_result_unref);
  g_clear_pointer (&c->legacy, rs_selection_result_unref);
  g_clear_object (&c->view);
  g_free (c);
}

typedef struct
{
  RsSelectionView *view;
  char            *stage;
  double           fraction;
  double           lower;
  double           upper;
} Progress;

static gboolean
show_progress (gpointer data)
{
  Progress *p = data;

  if (p->view->state == RS_SELECTION_VIEW_COMPUTING)
    {
      /* The gap in words: the chance the level being raised has reached
       * and the most still possible for it (at the first level, the
       * lowest chance of all); the numbers first, as the end may be cut. */
      g_autofree char *text = p->upper > p->lower && (p->lower > 0 || p->upper < 1)
                              ? g_strdup_printf (_("%.2f %% reached, at most %.2f %% possible · %s"),
                                                 100 * p->lower, 100 * MIN (p->upper, 1.0), p->stage)
                              : g_strdup (p->stage);

      gtk_progress_bar_set_ellipsize (p->view->progress_bar, PANGO_ELLIPSIZE_END);
      gtk_progress_bar_set_fraction (p->view->progress_bar, p->fraction);
      gtk_progress_bar_set_text (p->view->progress_bar, text);
    }
  g_object_unref (p->view);
  g_free (p->stage);
  g_free (p);
  return G_SOURCE_REMOVE;
}

static void
progress_cb (const char *stage,
             double      fraction,
             double      lower,
             double      upper,
             gpointer    user_data)
{
  ComputeData *c = user_data;
  Progress *p = g_new0 (Progress, 1);

  p->view = g_object_ref (c->view);
  p->stage = g_strdup (stage);
  p->fraction = fraction;
  p->lower = lower;
  p->upper = upper;
  g_idle_add (show_progress, p);
}

static void
compute_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeData *c = task_data;
  GError *error = NULL;

  c->result = rs_selection_leximin (c->instance, TRUE, progress_cb, c, cancellable, &error);
  if (c->result && c->compare)
    c->legacy = rs_selection_legacy (c->instance, LEGACY_DRAWS, 1, progress_cb, c, cancellable, &error);
  if (error)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
compute_done (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  RsSelectionView *self = RS_SELECTION_VIEW (source);
  ComputeData *c = g_task_get_task_data (G_TASK (res));
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  int n;

  if (!g_task_propagate_boolean (G_TASK (res), &error))
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_progress_bar_set_text (self->progress_bar, NULL);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_selection_view_toast (self, _("The computation was cancelled."));
      else
        gtk_label_set_text (self->summary_label, error->message);
      rs_selection_view_set_state (self, RS_SELECTION_VIEW_CHECKED);
      return;
    }
  g_clear_pointer (&self->result, rs_selection_result_unref);
  self->result = rs_selection_result_ref (c->result);
  n = rs_selection_instance_n_people (c->instance);
  gtk_progress_bar_set_fraction (self->progress_bar, 1.0);
  gtk_progress_bar_set_text (self->progress_bar, _("Done"));
  rs_selection_chart_set_share (self->chart, c->instance->size / (double) MAX (n, 1));
  rs_selection_chart_set_series (self->chart, 0, c->result->marginals, n);
  rs_selection_chart_set_series (self->chart, 1, c->legacy ? c->legacy->marginals : NULL, n);
  gtk_widget_set_visible (GTK_WIDGET (self->chart), TRUE);
  if (c->result->certificate_bound <= 1e-9)
    summary = g_strdup_printf (_("Lowest chance %.1f %%, highest %.1f %%, Gini %.1f %%; %u possible panels "
                                 "(%.1f s). Some volunteers have no chance at all under these quotas: "
                                 "see the warnings above and relax the quotas if that is not intended."),
                               100 * rs_selection_result_minimum (c->result),
                               100 * rs_selection_result_maximum (c->result),
                               100 * rs_selection_result_gini (c->result), c->result->panels->len,
                               (g_get_monotonic_time () - self->compute_started) / 1e6);
  else
    summary = g_strdup_printf (_("Lowest chance %.1f %%, highest %.1f %%, Gini %.1f %%; %u possible panels "
                                 "(%.1f s). No fair lottery under these quotas can give everyone more than "
                                 "%.1f %%: an independent check proves the lowest chance is as high as it can be."),
                               100 * rs_selection_result_minimum (c->result),
                               100 * rs_selection_result_maximum (c->result),
                               100 * rs_selection_result_gini (c->result), c->result->panels->len,
                               (g_get_monotonic_time () - self->compute_started) / 1e6,
                               100 * c->result->certificate_bound);
  if (c->legacy)
    {
      g_autofree char *legacy = g_strdup_printf (_("%s The greedy method (orange) gives the least favoured only %.1f %%."),
                                                 summary, 100 * rs_selection_result_minimum (c->legacy));
      g_free (summary);
      summary = g_steal_pointer (&legacy);
    }
  gtk_label_set_text (self->summary_label, summary);
  rs_selection_view_set_state (self, RS_SELECTION_VIEW_COMPUTED);
}

void
rs_selection_view_compute (RsSelectionView *self)
{
  g_autoptr(GTask) task = NULL;
  ComputeData *c;

  g_return_if_fail (RS_IS_SELECTION_VIEW (self));
  g_return_if_fail (self->instance != NULL);
  g_clear_object (&self->compute_cancel);
  self->compute_cancel = g_cancellable_new ();
  c = g_new0 (ComputeData, 1);
  c->instance = rs_selection_instance_ref (self->instance);
  c->compare = gtk_switch_get_active (self->compare_switch);
  c->view = g_object_ref (self);
  task = g_task_new (self, self->compute_cancel, compute_done, NULL);
  g_task_set_task_data (task, c, compute_data_free);
  self->compute_started = g_get_monotonic_time ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, _("Starting"));
  rs_selection_view_set_state (self, RS_SELECTION_VIEW_COMPUTING);
  g_task_run_in_thread (task, compute_thread);
}

/* Draw and save (database thread). */

static void
show_people (RsSelectionView *self,
             GtkListBox      *list,
             GArray          *people,
             gboolean         numbered)
{
  clear_list (list);
  for (guint j = 0; j < people->len; j++)
    {
      int i = g_array_index (people, int, j);
      RsSelectionPerson *p = rs_selection_instance_person (self->result->instance, i);
      g_autofree char *title = numbered ? g_strdup_printf ("%u. %s", j + 1, p->id) : g_strdup (p->id);
      g_autofree char *subtitle = NULL;
      GString *values = g_string_new (NULL);

      for (int c = 0; c < rs_selection_instance_n_categories (self->result->instance); c++)
        g_string_append_printf (values, "%s%s", c ? ", " : "",
                                rs_selection_instance_value (self->result->instance, p->values[c])->name);
      subtitle = g_strdup_printf (_("%s · chance %.1f %%"), values->str, 100 * self->result->marginals[i]);
      g_string_free (values, TRUE);
      add_row (list, title, subtitle, NULL);
    }
}

static void
save_done (GObject      *source,
           GAsyncResult *res,
           gpointer      user_data)
{
  g_autoptr(RsSelectionView) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = rs_selection_store_save_run_finish (RS_DATABASE (source), res, &error);

  if (id == 0)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_label_set_text (self->summary_label, error->message);
          rs_selection_view_set_state (self, RS_SELECTION_VIEW_COMPUTED);
        }
      return;
    }
  show_people (self, self->members_list, self->draw->members, FALSE);
  show_people (self, self->reserves_list, self->draw->reserves, TRUE);
  self->n_members = self->draw->members->len;
  gtk_widget_set_visible (GTK_WIDGET (self->members_group), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->reserves_group), self->draw->reserves->len > 0);
  rs_selection_view_toast (self, _("The panel was drawn and saved; members and reserves are marked in the pool."));
  rs_selection_view_set_state (self, RS_SELECTION_VIEW_DRAWN);
  rs_selection_view_load_history (self);
}

void
rs_selection_view_draw (RsSelectionView *self,
                        const char      *seed)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fresh = NULL;
  const char *source = "user";

  g_return_if_fail (RS_IS_SELECTION_VIEW (self));
  g_return_if_fail (self->result != NULL);
  if (seed == NULL)
    seed = gtk_editable_get_text (GTK_EDITABLE (self->seed_entry));
  else
    gtk_editable_set_text (GTK_EDITABLE (self->seed_entry), seed);
  if (seed == NULL || seed[0] == '\0')
    {
      seed = fresh = rs_selection_rng_fresh_seed ();
      source = "getrandom";
      gtk_editable_set_text (GTK_EDITABLE (self->seed_entry), fresh);
    }
  g_clear_pointer (&self->draw, rs_selection_draw_free);
  g_clear_pointer (&self->protocol, json_node_unref);
  self->draw = rs_selection_draw (self->result, seed, (self->result->instance->size + 4) / 5, &error);
  if (self->draw == NULL)
    {
      gtk_label_set_text (self->summary_label, error->message);
      return;
    }
  self->protocol = rs_selection_protocol_json (self->result, self->draw, source,
                                               self->result->stats.seconds_mw + self->result->stats.seconds_cg +
                                               self->result->stats.seconds_final);
  gtk_widget_set_sensitive (GTK_WIDGET (self->draw_button), FALSE);
  rs_selection_store_save_run_async (get_database (self), self->panel_id, self->result, self->draw,
                                     self->protocol, self->cancellable, save_done, g_object_ref (self));
}

/* History. */

static void
history_done (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr(RsSelectionView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) runs = rs_selection_store_list_runs_finish (RS_DATABASE (source), res, &error);

  if (runs == NULL)
    return;
  clear_list (self->history_list);
  self->n_runs = runs->len;
  rs_selection_view_set_state (self, self->state);
  if (runs->len == 0)
    add_row (self->history_list, _("No draws yet"), NULL, NULL);
  for (guint i = 0; i < runs->len; i++)
    {
      RsSelectionRunInfo *info = g_ptr_array_index (runs, i);
      g_autofree char *when = rs_date_time_format_long (info->created_at);
      g_autofree char *title = g_strdup_printf (_("%s · seed %s"), when ? when : info->created_at,
                                                info->seed ? info->seed : "–");
      g_autofree char *subtitle = info->minimum >= 0
                                  ? g_strdup_printf (_("%s, %d members, %d reserves, lowest chance %.1f %%"),
                                                     info->algorithm, info->n_members, info->n_reserves,
                                                     100 * info->minimum)
                                  : g_strdup_printf (_("%s, %d members, %d reserves"),
                                                     info->algorithm, info->n_members, info->n_reserves);
      add_row (self->history_list, title, subtitle, "document-open-recent-symbolic");
    }
}

void
rs_selection_view_load_history (RsSelectionView *self)
{
  rs_selection_store_list_runs_async (get_database (self), self->panel_id, self->cancellable, history_done,
                                      g_object_ref (self));
}

/* Signal handlers. */

static void
on_check_clicked (RsSelectionView *self)
{
  rs_selection_view_check (self);
}

static void
on_compute_clicked (RsSelectionView *self)
{
  rs_selection_view_compute (self);
}

static void
on_cancel_clicked (RsSelectionView *self)
{
  g_cancellable_cancel (self->compute_cancel);
}

static void
on_generate_clicked (RsSelectionView *self)
{
  g_autofree char *seed = rs_selection_rng_fresh_seed ();
  gtk_editable_set_text (GTK_EDITABLE (self->seed_entry), seed);
}

static void
on_draw_clicked (RsSelectionView *self)
{
  rs_selection_view_draw (self, NULL);
}

static void
rs_selection_view_dispose (GObject *object)
{
  RsSelectionView *self = RS_SELECTION_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->compute_cancel)
    g_cancellable_cancel (self->compute_cancel);
  g_clear_object (&self->pool_monitor);
  g_clear_object (&self->runs_monitor);
  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_SELECTION_VIEW);
  G_OBJECT_CLASS (rs_selection_view_parent_class)->dispose (object);
}

static void
rs_selection_view_finalize (GObject *object)
{
  RsSelectionView *self = RS_SELECTION_VIEW (object);

  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->compute_cancel);
  g_clear_pointer (&self->instance, rs_selection_instance_unref);
  g_clear_pointer (&self->result, rs_selection_result_unref);
  g_clear_pointer (&self->draw, rs_selection_draw_free);
  g_clear_pointer (&self->protocol, json_node_unref);
  g_clear_pointer (&self->replacement, rs_selection_replacement_free);
  G_OBJECT_CLASS (rs_selection_view_parent_class)->finalize (object);
}

static void
rs_selection_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RsSelectionView *self = RS_SELECTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_selection_view_class_init (RsSelectionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_selection_view_dispose;
  object_class->finalize = rs_selection_view_finalize;
  object_class->get_property = rs_selection_view_get_property;
  properties[PROP_STATE] = g_param_spec_int ("state", NULL, NULL, 0, RS_SELECTION_VIEW_FAILED, 0,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RS_TYPE_SELECTION_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-selection-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, chart);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, check_button);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, check_list);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, compare_switch);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, compute_button);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, draw_button);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, generate_button);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, history_list);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, members_group);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, members_list);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, protocol_button);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, replace_button);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, reserves_group);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, reserves_list);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, seed_entry);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionView, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_check_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_compute_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_draw_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_generate_clicked);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_protocol_clicked",
                                                G_CALLBACK (rs_selection_view_on_protocol_clicked));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_replace_clicked",
                                                G_CALLBACK (rs_selection_view_on_replace_clicked));
}

static void
rs_selection_view_init (RsSelectionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  /* Lets tests press the button like a user. */
  g_object_set_data (G_OBJECT (self), "cancel-button", self->cancel_button);
  g_object_set_data (G_OBJECT (self), "replace-button", self->replace_button);
}

/* The pool, its targets or the panel changed, wherever: check again, unless
 * a computation or a draw on screen would be thrown away. */
static void
pool_changed_cb (RsSelectionView *self)
{
  switch (self->state)
    {
    case RS_SELECTION_VIEW_LOADING:
    case RS_SELECTION_VIEW_INFEASIBLE:
    case RS_SELECTION_VIEW_CHECKED:
    case RS_SELECTION_VIEW_FAILED:
      rs_selection_view_check (self);
      break;
    case RS_SELECTION_VIEW_COMPUTING:
    case RS_SELECTION_VIEW_COMPUTED:
    case RS_SELECTION_VIEW_DRAWN:
    default:
      break;
    }
}

GtkWidget *
rs_selection_view_new (RsContext *context,
                       gint64     panel_id)
{
  RsSelectionView *self = g_object_new (RS_TYPE_SELECTION_VIEW, NULL);

  self->context = g_object_ref (context);
  self->panel_id = panel_id;
  self->pool_monitor = rs_change_monitor_new (get_database (self), 0,
                                              RS_CHANGE_MASK (RS_CHANGE_PERSON) |
                                              RS_CHANGE_MASK (RS_CHANGE_CATEGORY) |
                                              RS_CHANGE_MASK (RS_CHANGE_PANEL));
  g_signal_connect_object (self->pool_monitor, "changed", G_CALLBACK (pool_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->runs_monitor = rs_change_monitor_new (get_database (self), 0,
                                              RS_CHANGE_MASK (RS_CHANGE_SELECTION_RUN));
  g_signal_connect_object (self->runs_monitor, "changed",
                           G_CALLBACK (rs_selection_view_load_history), self, G_CONNECT_SWAPPED);
  rs_selection_view_check (self);
  rs_selection_view_load_history (self);
  return GTK_WIDGET (self);
}

/* The people in the pool as last checked (0 before the check). */
int
rs_selection_view_get_pool_size (RsSelectionView *self)
{
  g_return_val_if_fail (RS_IS_SELECTION_VIEW (self), 0);
  return self->instance ? rs_selection_instance_n_people (self->instance) : 0;
}

RsSelectionViewState
rs_selection_view_get_state (RsSelectionView *self)
{
  return self->state;
}

int
rs_selection_view_get_n_members (RsSelectionView *self)
{
  return self->n_members;
}

int
rs_selection_view_get_n_runs (RsSelectionView *self)
{
  return self->n_runs;
}
