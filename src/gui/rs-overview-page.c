/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-change-monitor.h"
#include "rs-conflict-dialog.h"
#include "rs-cycle-check.h"
#include "rs-cycle-timeline.h"
#include "rs-engagement-group.h"
#include "rs-overview-page.h"
#include "rs-phase-row.h"
#include "rs-process-stats.h"
#include "rs-process-store.h"
#include "rs-retention-group.h"

/* The Overview: the annual cycle as a timeline and an editable list of
 * phases, the plan's warnings, and counts of what the process holds. */

struct _RsOverviewPage
{
  RsPage           parent_instance;

  GListStore      *phases;
  guint            n_warnings;
  /* At a Glance: live counts, bound to the labels below. */
  RsProcessStats  *stats;
  GPtrArray       *bindings;

  /* Template widgets */
  GtkLabel        *heading;
  GtkListBox      *phases_list;
  RsRetentionGroup *retention_group;
  RsEngagementGroup *engagement_group;
  GtkLabel        *subheading;
  GtkListBox      *summary_list;
  RsCycleTimeline *timeline;
  AdwPreferencesGroup *warnings_group;
  GtkListBox      *warnings_list;
  GtkLabel        *panels_label;
  GtkLabel        *pool_label;
  GtkLabel        *selected_label;
  GtkLabel        *sessions_label;
  GtkLabel        *labs_label;
  GtkLabel        *ideas_label;
  GtkLabel        *hearing_rounds_label;
  GtkLabel        *responses_label;
  GtkLabel        *recommendations_label;
  GtkLabel        *decisions_label;
};

G_DEFINE_FINAL_TYPE (RsOverviewPage, rs_overview_page, RS_TYPE_PAGE)

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
check_plan (RsOverviewPage *self)
{
  RsContext *context = rs_page_get_context (RS_PAGE (self));
  int min_days = context ? rs_context_get_min_hearing_days (context) : RS_DEFAULT_MIN_HEARING_DAYS;
  g_autoptr(GPtrArray) warnings = NULL;
  guint mask = 0;

  clear_list (self->warnings_list);
  if (self->phases == NULL)
    {
      self->n_warnings = 0;
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), FALSE);
      return;
    }

  warnings = rs_cycle_check (G_LIST_MODEL (self->phases), min_days);
  for (guint i = 0; i < warnings->len; i++)
    {
      RsCycleWarning *w = g_ptr_array_index (warnings, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), w->message);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->warnings_list, row);
      mask |= 1u << w->phase;
    }
  self->n_warnings = warnings->len;
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), warnings->len > 0);
  rs_cycle_timeline_set_flagged (self->timeline, mask);
}

static void phase_changed_cb (RsOverviewPage *self,
                              GParamSpec     *pspec,
                              RsPhase        *phase);
static void save_phase       (RsOverviewPage *self,
                              RsPhase        *phase);

/* A phase's dates set here other than by typing: shown, checked, not saved. */
static void
show_phase_dates (RsOverviewPage *self,
                  RsPhase        *phase,
                  const char     *starts_on,
                  const char     *ends_on)
{
  g_signal_handlers_block_by_func (phase, phase_changed_cb, self);
  rs_phase_set_starts_on (phase, starts_on);
  rs_phase_set_ends_on (phase, ends_on);
  g_signal_handlers_unblock_by_func (phase, phase_changed_cb, self);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->phases_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (RS_IS_PHASE_ROW (row) && rs_phase_row_get_phase (RS_PHASE_ROW (row)) == phase)
      rs_phase_row_refresh (RS_PHASE_ROW (row));
  check_plan (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline));
}

static void
phase_conflict_response_cb (RsConflictDialog *dialog,
                            const char       *response,
                            RsOverviewPage   *self)
{
  RsPhase *phase = g_object_get_data (G_OBJECT (dialog), "rs-phase");
  RsPhase *current = g_object_get_data (G_OBJECT (dialog), "rs-current");

  if (self->phases == NULL || !g_list_store_find (self->phases, phase, NULL))
    return;
  if (g_str_equal (response, "theirs"))
    {
      rs_phase_set_stored (phase, rs_phase_get_starts_on (current), rs_phase_get_ends_on (current));
      show_phase_dates (self, phase, rs_phase_get_starts_on (current), rs_phase_get_ends_on (current));
    }
  else if (g_str_equal (response, "mine"))
    {
      rs_phase_set_stored (phase, rs_phase_get_starts_on (current), rs_phase_get_ends_on (current));
      save_phase (self, phase);
    }
}

/* Someone else changed the phase's dates since they were read here: both
 * versions side by side; the dates typed stay. */
static void
show_phase_conflict (RsOverviewPage *self,
                     RsPhase        *phase,
                     RsPhase        *current,
                     const char     *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  RsConflictDialog *dialog = rs_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, message);
  const char *title = rs_phase_kind_get_title (rs_phase_get_kind (phase));
  g_autofree char *start_label = g_strdup_printf (_("%s starts"), title);
  g_autofree char *end_label = g_strdup_printf (_("%s ends"), title);

  rs_conflict_dialog_add_field (dialog, start_label, rs_phase_get_starts_on (current), rs_phase_get_starts_on (phase));
  rs_conflict_dialog_add_field (dialog, end_label, rs_phase_get_ends_on (current), rs_phase_get_ends_on (phase));
  if (rs_conflict_dialog_get_n_fields (dialog) == 0)
    rs_conflict_dialog_add_field (dialog, title, _("Changed"), _("As in the form"));
  g_object_set_data_full (G_OBJECT (dialog), "rs-phase", g_object_ref (phase), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "rs-current", g_object_ref (current), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (phase_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  RsOverviewPage *self;
  RsPhase        *phase;
} PhaseSave;

static void
phase_save_free (PhaseSave *save)
{
  g_object_unref (save->self);
  g_object_unref (save->phase);
  g_free (save);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaseSave, phase_save_free)

static void
phase_saved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PhaseSave) save = user_data;
  RsOverviewPage *self = save->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPhase) saved = NULL;
  g_autoptr(RsPhase) current = NULL;
  gboolean again = g_object_get_data (G_OBJECT (save->phase), "rs-save-again") != NULL;

  g_object_set_data (G_OBJECT (save->phase), "rs-saving", NULL);
  g_object_set_data (G_OBJECT (save->phase), "rs-save-again", NULL);
  if (!rs_phase_store_save_finish (RS_DATABASE (source), result, &saved, &current, &error))
    {
      if (current != NULL)
        show_phase_conflict (self, save->phase, current, error->message);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  /* The next save starts from the dates this one stored. */
  rs_phase_set_stored (save->phase, rs_phase_get_starts_on (saved), rs_phase_get_ends_on (saved));
  if (again)
    save_phase (self, save->phase);
  else
    rs_retention_group_reload (self->retention_group);
}

/* One save of a phase at a time, each from the dates the last one stored,
 * so that typing a start and then an end never conflicts with itself. */
static void
save_phase (RsOverviewPage *self,
            RsPhase        *phase)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  PhaseSave *save;

  if (db == NULL)
    return;
  if (g_object_get_data (G_OBJECT (phase), "rs-saving") != NULL)
    {
      g_object_set_data (G_OBJECT (phase), "rs-save-again", GINT_TO_POINTER (1));
      return;
    }
  g_object_set_data (G_OBJECT (phase), "rs-saving", GINT_TO_POINTER (1));
  save = g_new0 (PhaseSave, 1);
  save->self = g_object_ref (self);
  save->phase = g_object_ref (phase);
  rs_phase_store_save_async (db, phase, rs_page_get_cancellable (RS_PAGE (self)), phase_saved_cb, save);
}

static void
phase_changed_cb (RsOverviewPage *self,
                  GParamSpec     *pspec,
                  RsPhase        *phase)
{
  save_phase (self, phase);
  check_plan (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline));
}

static gboolean
count_to_text (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_value_take_string (to, g_strdup_printf ("%d", g_value_get_int (from)));
  return TRUE;
}

/* The counts follow the process's stats object, which stays current. */
static void
bind_stats (RsOverviewPage *self,
            RsDatabase     *db,
            gint64          process_id)
{
  const struct { const char *property; GtkLabel *label; } counts[] = {
    { "panels", self->panels_label },
    { "pool", self->pool_label },
    { "selected", self->selected_label },
    { "sessions", self->sessions_label },
    { "labs", self->labs_label },
    { "ideas", self->ideas_label },
    { "hearing-rounds", self->hearing_rounds_label },
    { "responses", self->responses_label },
    { "recommendations", self->recommendations_label },
    { "decisions", self->decisions_label },
  };

  if (self->stats != NULL && db != NULL)
    {
      rs_process_stats_set_process_id (self->stats, process_id);
      return;
    }
  g_ptr_array_set_size (self->bindings, 0);
  g_clear_object (&self->stats);
  if (db == NULL)
    return;
  self->stats = rs_process_stats_new (db, process_id);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    g_ptr_array_add (self->bindings,
                     g_object_ref (g_object_bind_property_full (self->stats, counts[i].property,
                                                                counts[i].label, "label",
                                                                G_BINDING_SYNC_CREATE, count_to_text,
                                                                NULL, NULL, NULL)));
}

static void
unbind_binding (gpointer data)
{
  g_binding_unbind (data);
  g_object_unref (data);
}

static void
phases_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RsOverviewPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) phases = rs_phase_store_list_finish (RS_DATABASE (source), result, &error);

  if (phases == NULL)
    {
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }

  g_set_object (&self->phases, phases);
  clear_list (self->phases_list);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (phases)); i++)
    {
      g_autoptr(RsPhase) phase = g_list_model_get_item (G_LIST_MODEL (phases), i);
      gtk_list_box_append (self->phases_list, rs_phase_row_new (phase));
      g_signal_connect_object (phase, "notify::starts-on", G_CALLBACK (phase_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (phase, "notify::ends-on", G_CALLBACK (phase_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  rs_cycle_timeline_set_phases (self->timeline, G_LIST_MODEL (phases));
  check_plan (self);
}

static void
show_heading (RsOverviewPage *self,
              GParamSpec     *pspec,
              RsProcess      *process)
{
  g_autofree char *sub = NULL;

  if (process != rs_page_get_process (RS_PAGE (self)))
    return;  /* a process shown before */
  gtk_label_set_text (self->heading, rs_process_get_name (process));
  if (rs_process_get_municipality_name (process))
    sub = g_strdup_printf (_("%s · budget year %d"), rs_process_get_municipality_name (process),
                           rs_process_get_budget_year (process));
  else
    sub = g_strdup_printf (_("Budget year %d"), rs_process_get_budget_year (process));
  gtk_label_set_text (self->subheading, sub);
}

/* Phase dates saved elsewhere: shown in place, unless this page is saving
 * that phase or holds dates for it not yet saved (its own save then says
 * whether they conflict). A phase added or removed elsewhere rebuilds the
 * list. */
static void
phases_refreshed_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RsOverviewPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) fresh = rs_phase_store_list_finish (RS_DATABASE (source), result, &error);
  guint n;

  if (fresh == NULL || self->phases == NULL)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (fresh));
  if (n != g_list_model_get_n_items (G_LIST_MODEL (self->phases)))
    {
      rs_page_reload (RS_PAGE (self));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsPhase) now = g_list_model_get_item (G_LIST_MODEL (fresh), i);
      g_autoptr(RsPhase) shown = g_list_model_get_item (G_LIST_MODEL (self->phases), i);

      if (rs_phase_get_id (now) != rs_phase_get_id (shown))
        {
          rs_page_reload (RS_PAGE (self));
          return;
        }
      /* Saving it, or holding dates not saved (a refused save whose
       * conflict dialog is open): the user's dates stay. */
      if (g_object_get_data (G_OBJECT (shown), "rs-saving") != NULL ||
          g_strcmp0 (rs_phase_get_starts_on (shown), rs_phase_get_stored_starts_on (shown)) != 0 ||
          g_strcmp0 (rs_phase_get_ends_on (shown), rs_phase_get_stored_ends_on (shown)) != 0)
        continue;
      if (g_strcmp0 (rs_phase_get_starts_on (now), rs_phase_get_starts_on (shown)) == 0 &&
          g_strcmp0 (rs_phase_get_ends_on (now), rs_phase_get_ends_on (shown)) == 0)
        continue;
      rs_phase_set_stored (shown, rs_phase_get_starts_on (now), rs_phase_get_ends_on (now));
      show_phase_dates (self, shown, rs_phase_get_starts_on (now), rs_phase_get_ends_on (now));
    }
}

static void
rs_overview_page_data_changed (RsPage *page)
{
  RsOverviewPage *self = RS_OVERVIEW_PAGE (page);
  RsProcess *process = rs_page_get_process (page);
  RsDatabase *db = rs_page_get_database (page);

  if (process == NULL || db == NULL || self->phases == NULL)
    return;
  rs_phase_store_list_async (db, rs_process_get_id (process), rs_page_get_cancellable (page),
                             phases_refreshed_cb, g_object_ref (self));
}

static void
rs_overview_page_process_changed (RsPage *page)
{
  RsOverviewPage *self = RS_OVERVIEW_PAGE (page);
  RsProcess *process = rs_page_get_process (page);
  RsDatabase *db = rs_page_get_database (page);

  clear_list (self->phases_list);
  g_clear_object (&self->phases);
  rs_cycle_timeline_set_phases (self->timeline, NULL);
  check_plan (self);
  rs_retention_group_set_process (self->retention_group, rs_page_get_context (page), process);
  rs_engagement_group_set_process (self->engagement_group, rs_page_get_context (page), process);

  bind_stats (self, db, process ? rs_process_get_id (process) : 0);
  if (process == NULL || db == NULL)
    {
      gtk_label_set_text (self->heading, "");
      gtk_label_set_text (self->subheading, "");
      return;
    }

  show_heading (self, NULL, process);
  /* A rename, here or elsewhere, reaches the process object; once. */
  g_signal_handlers_disconnect_by_func (process, show_heading, self);
  g_signal_connect_object (process, "notify", G_CALLBACK (show_heading), self, G_CONNECT_SWAPPED);

  rs_phase_store_list_async (db, rs_process_get_id (process), rs_page_get_cancellable (page),
                             phases_loaded_cb, g_object_ref (self));
}

static void
min_days_changed_cb (RsOverviewPage *self)
{
  check_plan (self);
}

static void
context_changed_cb (RsOverviewPage *self)
{
  RsContext *context = rs_page_get_context (RS_PAGE (self));

  if (context && rs_context_get_settings (context))
    g_signal_connect_object (rs_context_get_settings (context), "changed::min-hearing-days",
                             G_CALLBACK (min_days_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
rs_overview_page_dispose (GObject *object)
{
  RsOverviewPage *self = RS_OVERVIEW_PAGE (object);

  g_clear_object (&self->phases);
  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_object (&self->stats);

  G_OBJECT_CLASS (rs_overview_page_parent_class)->dispose (object);
}

static void
rs_overview_page_class_init (RsOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RsPageClass *page_class = RS_PAGE_CLASS (klass);

  object_class->dispose = rs_overview_page_dispose;
  page_class->process_changed = rs_overview_page_process_changed;
  page_class->data_changed = rs_overview_page_data_changed;
  page_class->watched_changes = RS_CHANGE_MASK (RS_CHANGE_PHASE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, heading);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, phases_list);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, retention_group);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, engagement_group);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, subheading);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, summary_list);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, panels_label);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, pool_label);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, selected_label);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, sessions_label);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, labs_label);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, ideas_label);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, hearing_rounds_label);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, responses_label);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, recommendations_label);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, decisions_label);

  g_type_ensure (RS_TYPE_CYCLE_TIMELINE);
  g_type_ensure (RS_TYPE_RETENTION_GROUP);
  g_type_ensure (RS_TYPE_ENGAGEMENT_GROUP);
}

static void
rs_overview_page_init (RsOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->bindings = g_ptr_array_new_with_free_func (unbind_binding);
  g_signal_connect (self, "notify::context", G_CALLBACK (context_changed_cb), NULL);
}

/* How many warnings the plan currently shows (for tests). */
guint
rs_overview_page_get_n_warnings (RsOverviewPage *self)
{
  g_return_val_if_fail (RS_IS_OVERVIEW_PAGE (self), 0);
  return self->n_warnings;
}

const char *
rs_overview_page_get_count_text (RsOverviewPage *self,
                                 const char     *name)
{
  const struct { const char *name; GtkLabel *label; } counts[] = {
    { "panels", self->panels_label },
    { "pool", self->pool_label },
    { "selected", self->selected_label },
    { "sessions", self->sessions_label },
    { "labs", self->labs_label },
    { "ideas", self->ideas_label },
    { "hearing-rounds", self->hearing_rounds_label },
    { "responses", self->responses_label },
    { "recommendations", self->recommendations_label },
    { "decisions", self->decisions_label },
  };

  g_return_val_if_fail (RS_IS_OVERVIEW_PAGE (self), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (g_str_equal (counts[i].name, name))
      return gtk_label_get_text (counts[i].label);
  g_return_val_if_reached (NULL);
}
