/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-district-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-district-summary.h"
#include "rs-district-view.h"

struct _RsDistrictView
{
  AdwPreferencesGroup parent_instance;

  RsContext    *context;
  RsProcess    *process;
  GCancellable *cancellable;
  GString      *text;

  /* Template widgets */
  GtkListBox   *list;
  AdwActionRow *empty_row;
};

G_DEFINE_FINAL_TYPE (RsDistrictView, rs_district_view, ADW_TYPE_PREFERENCES_GROUP)

static void
clear (RsDistrictView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_string_truncate (self->text, 0);
}

static GtkWidget *
make_row (RsDistrictView         *self,
          const RsDistrictCounts *c,
          int                     limit)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *population = rs_district_format_share (c->population_share, 0, limit);
  g_autofree char *share = rs_district_format_share (c->participant_share, c->participants, limit);
  g_autofree char *comments = rs_district_format_count (c->comments, limit);
  g_autofree char *ideas = rs_district_format_count (c->ideas, limit);
  g_autofree char *responses = rs_district_format_count (c->responses, limit);
  g_autofree char *recs = rs_district_format_count (c->recommendations, limit);
  g_autofree char *sessions = rs_district_format_count (c->sessions, limit);
  g_autofree char *people = rs_district_format_count (c->participants, limit);
  /* TRANSLATORS: a district's counts in the district view */
  g_autofree char *subtitle =
    g_strdup_printf (_("Comments %s · ideas %s · hearing responses %s · recommendations %s · "
                       "meetings %s · participants %s"),
                     comments, ideas, responses, recs, sessions, people);
  /* TRANSLATORS: "18 % of residents", new line, "12 % of participants" */
  g_autofree char *shares = g_strdup_printf (_("%s of residents\n%s of participants"), population, share);
  GtkWidget *label = gtk_label_new (shares);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), c->district);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  g_string_append_printf (self->text, "%s: %s; %s\n", c->district, shares, subtitle);
  g_strdelimit (strrchr (self->text->str, ':'), "\n", ' ');
  self->text->str[self->text->len - 1] = '\n';
  return row;
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsDistrictView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = rs_district_summary_load_finish (RS_DATABASE (source), result, &error);
  int limit;

  if (list == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read the district view: %s", error->message);
      return;
    }
  limit = self->context ? rs_context_get_small_cell_limit (self->context) : 5;
  clear (self);
  for (guint i = 0; i < list->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (list, i), limit));
  gtk_widget_set_visible (GTK_WIDGET (self->list), list->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), list->len == 0);
}

void
rs_district_view_reload (RsDistrictView *self)
{
  RsDatabase *db;

  g_return_if_fail (RS_IS_DISTRICT_VIEW (self));
  db = self->context ? rs_context_get_database (self->context) : NULL;
  if (db == NULL || self->process == NULL)
    {
      clear (self);
      return;
    }
  rs_district_summary_load_async (db, rs_process_get_id (self->process), self->cancellable,
                                  loaded_cb, g_object_ref (self));
}

void
rs_district_view_set_process (RsDistrictView *self,
                              RsContext      *context,
                              RsProcess      *process)
{
  g_return_if_fail (RS_IS_DISTRICT_VIEW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_set_object (&self->context, context);
  g_set_object (&self->process, process);
  rs_district_view_reload (self);
}

const char *
rs_district_view_get_text (RsDistrictView *self)
{
  g_return_val_if_fail (RS_IS_DISTRICT_VIEW (self), NULL);
  return self->text->str;
}

static void
rs_district_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rs_district_view_parent_class)->map (widget);
  /* The command line may have tagged records since. */
  rs_district_view_reload (RS_DISTRICT_VIEW (widget));
}

static void
rs_district_view_dispose (GObject *object)
{
  RsDistrictView *self = RS_DISTRICT_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->process);
  G_OBJECT_CLASS (rs_district_view_parent_class)->dispose (object);
}

static void
rs_district_view_finalize (GObject *object)
{
  RsDistrictView *self = RS_DISTRICT_VIEW (object);

  g_string_free (self->text, TRUE);
  G_OBJECT_CLASS (rs_district_view_parent_class)->finalize (object);
}

static void
rs_district_view_class_init (RsDistrictViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_district_view_dispose;
  object_class->finalize = rs_district_view_finalize;
  widget_class->map = rs_district_view_map;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-district-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RsDistrictView, list);
  gtk_widget_class_bind_template_child (widget_class, RsDistrictView, empty_row);
}

static void
rs_district_view_init (RsDistrictView *self)
{
  self->text = g_string_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}
