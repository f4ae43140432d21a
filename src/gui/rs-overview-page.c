/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cycle-check.h"
#include "rs-cycle-timeline.h"
#include "rs-engagement-group.h"
#include "rs-overview-page.h"
#include "rs-phase-row.h"
#include "rs-process-store.h"
#include "rs-retention-group.h"

/* The Overview: the annual cycle as a timeline and an editable list of
 * phases, the plan's warnings, and counts of what the process holds. */

struct _RsOverviewPage
{
  RsPage           parent_instance;

  GListStore      *phases;
  guint            n_warnings;

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

static void
add_summary_row (RsOverviewPage *self,
                 const char     *title,
                 int             value,
                 const char     *page)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *text = g_strdup_printf ("%d", value);
  GtkWidget *label = gtk_label_new (text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  if (page != NULL)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-page");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", page);
    }
  gtk_list_box_append (self->summary_list, row);
}

static void
summary_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsOverviewPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree RsProcessSummary *s = rs_process_store_summary_finish (RS_DATABASE (source), result,
                                                                    &error);

  if (s == NULL)
    {
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  clear_list (self->summary_list);
  add_summary_row (self, _("Citizen panels"), s->panels, "panels");
  add_summary_row (self, _("People in recruitment pools"), s->pool, "panels");
  add_summary_row (self, _("Selected panel members"), s->selected, "representativeness");
  add_summary_row (self, _("Meetings"), s->sessions, "sessions");
  add_summary_row (self, _("Labs"), s->labs, "labs");
  add_summary_row (self, _("Ideas captured"), s->ideas, "labs");
  add_summary_row (self, _("Hearing rounds"), s->hearing_rounds, "hearings");
  add_summary_row (self, _("Hearing responses"), s->responses, "hearings");
  add_summary_row (self, _("Recommendations"), s->recommendations, "recommendations");
  add_summary_row (self, _("Council decisions recorded"), s->decisions, "recommendations");
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
  clear_list (self->summary_list);
  g_clear_object (&self->phases);
  rs_cycle_timeline_set_phases (self->timeline, NULL);
  check_plan (self);
  rs_retention_group_set_process (self->retention_group, rs_page_get_context (page), process);
  rs_engagement_group_set_process (self->engagement_group, rs_page_get_context (page), process);

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
  rs_process_store_summary_async (db, rs_process_get_id (process), rs_page_get_cancellable (page),
                                  summary_loaded_cb, g_object_ref (self));
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
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, engagement_group);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, subheading);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, summary_list);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, RsOverviewPage, warnings_list);

  g_type_ensure (RS_TYPE_CYCLE_TIMELINE);
  g_type_ensure (RS_TYPE_RETENTION_GROUP);
  g_type_ensure (RS_TYPE_ENGAGEMENT_GROUP);
}

static void
rs_overview_page_init (RsOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::context", G_CALLBACK (context_changed_cb), NULL);
}

/* How many warnings the plan currently shows (for tests). */
guint
rs_overview_page_get_n_warnings (RsOverviewPage *self)
{
  g_return_val_if_fail (RS_IS_OVERVIEW_PAGE (self), 0);
  return self->n_warnings;
}
