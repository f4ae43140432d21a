/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cycle-check.h"
#include "rs-cycle-timeline.h"
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

static void
phase_saved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RsOverviewPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_phase_store_update_finish (RS_DATABASE (source), result, &error))
    rs_page_show_error (RS_PAGE (self), error);
  else
    rs_retention_group_reload (self->retention_group);
}

static void
phase_changed_cb (RsOverviewPage *self,
                  GParamSpec     *pspec,
                  RsPhase        *phase)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db != NULL)
    rs_phase_store_update_async (db, phase, rs_page_get_cancellable (RS_PAGE (self)),
                                 phase_saved_cb, g_object_ref (self));
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

  bind_stats (self, db, process ? rs_process_get_id (process) : 0);
  if (process == NULL || db == NULL)
    {
      gtk_label_set_text (self->heading, "");
      gtk_label_set_text (self->subheading, "");
      return;
    }

  gtk_label_set_text (self->heading, rs_process_get_name (process));
  {
    g_autofree char *sub = NULL;
    if (rs_process_get_municipality_name (process))
      sub = g_strdup_printf (_("%s · budget year %d"), rs_process_get_municipality_name (process),
                             rs_process_get_budget_year (process));
    else
      sub = g_strdup_printf (_("Budget year %d"), rs_process_get_budget_year (process));
    gtk_label_set_text (self->subheading, sub);
  }

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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, heading);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, phases_list);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, retention_group);
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
