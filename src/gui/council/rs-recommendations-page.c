/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-recommendations-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "rs-council-dialogs.h"
#include "rs-council-format.h"
#include "rs-council-package.h"
#include "rs-council-submission-editor.h"
#include "rs-recommendation-editor.h"
#include "rs-recommendation-store.h"
#include "rs-recommendations-page.h"

/* Recommendations grouped by theme with their support and cost, the
 * follow-up dashboard, merge/split with lineage, the council's decision per
 * recommendation (in RsRecommendationEditor) and the exports. */

struct _RsRecommendationsPage
{
  RsPage        parent_instance;

  GListStore   *recommendations;
  RsCatalog    *catalog;
  GCancellable *export_cancellable;
  guint         pulse_id;

  /* Template widgets */
  GtkFlowBox   *dashboard;
  GtkBox       *groups;
  GtkLabel     *progress_label;
  GtkProgressBar *progress_bar;
  GtkRevealer  *progress_revealer;
  GtkStack     *stack;
  GtkLabel     *subheading;
};

G_DEFINE_FINAL_TYPE (RsRecommendationsPage, rs_recommendations_page, RS_TYPE_PAGE)

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static void
add_card (RsRecommendationsPage *self,
          const char            *value,
          const char            *caption,
          const char            *style)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *number = gtk_label_new (value);
  GtkWidget *label = gtk_label_new (caption);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_set_margin_top (number, 12);
  gtk_widget_set_margin_start (number, 12);
  gtk_widget_set_margin_end (number, 12);
  gtk_widget_add_css_class (number, "title-2");
  gtk_widget_add_css_class (number, "numeric");
  if (style)
    gtk_widget_add_css_class (number, style);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 8);
  gtk_widget_set_margin_end (label, 8);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), label);
  gtk_flow_box_append (self->dashboard, box);
}

static char *
money_short (RsRecommendationsPage *self,
             double                 amount)
{
  if (fabs (amount) >= 1e6)
    /* Translators: millions of kroner, e.g. "66.0 m DKK"; Danish: "%.1f mio. kr." */
    return g_strdup_printf (_("%.1f m DKK"), amount / 1e6);
  return rs_council_format_money (self->catalog, amount);
}

static void
fill_dashboard (RsRecommendationsPage    *self,
                const RsCouncilDashboard *d)
{
  g_autofree char *n = g_strdup_printf ("%d", d->recommendations);
  g_autofree char *adopted = g_strdup_printf ("%d / %d", d->adopted, d->answered);
  g_autofree char *share = rs_council_format_share (self->catalog, d->budget_share);
  g_autofree char *open = g_strdup_printf ("%d", d->open_follow_ups);
  g_autofree char *cost = money_short (self, d->cost_total);

  clear_box (GTK_WIDGET (self->dashboard));
  add_card (self, n, _("Recommendations"), NULL);
  add_card (self, adopted, _("Adopted of those answered"), d->adopted > 0 ? "success" : NULL);
  add_card (self, share, _("Share of the estimated cost adopted"), NULL);
  add_card (self, open, d->overdue_milestones > 0 ? _("Open follow-ups, some overdue")
                                                  : _("Open follow-ups"),
            d->overdue_milestones > 0 ? "warning" : NULL);
  add_card (self, cost, _("Estimated cost, all years"), NULL);
}

static GtkWidget *
support_widget (RsRecommendationsPage *self,
                RsRecommendation      *rec)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
  double support = rs_recommendation_get_support (rec);
  g_autofree char *share = rs_council_format_share (self->catalog, support);
  g_autofree char *text = NULL;
  GtkWidget *label;
  int vf, va, vab;

  rs_recommendation_get_votes (rec, &vf, &va, &vab);
  text = support < 0 ? g_strdup (_("Not voted"))
                     : g_strdup_printf (_("%s for"), share);
  label = gtk_label_new (text);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 110, -1);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MAX (support, 0));
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW, 0.5);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH, 2.0 / 3.0);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL, 1.0);
  {
    g_autofree char *tip = g_strdup_printf (_("%d for, %d against, %d abstaining"), vf, va, vab);
    gtk_widget_set_tooltip_text (box, tip);
    gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
  }
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static GtkWidget *
outcome_widget (RsRecommendation *rec)
{
  RsDecisionOutcome outcome = rs_recommendation_get_outcome (rec);
  GtkWidget *label;

  if (outcome == RS_OUTCOME_NONE)
    label = gtk_label_new (rs_recommendation_status_label (rs_recommendation_get_status (rec)));
  else
    label = gtk_label_new (rs_decision_outcome_label (outcome));
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (label, 130, -1);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "caption-heading");
  switch (outcome)
    {
    case RS_OUTCOME_ADOPTED:
    case RS_OUTCOME_ADOPTED_WITH_CHANGES:
      gtk_widget_add_css_class (label, "success");
      break;
    case RS_OUTCOME_REJECTED:
      gtk_widget_add_css_class (label, "error");
      break;
    case RS_OUTCOME_REFERRED:
      gtk_widget_add_css_class (label, "warning");
      break;
    case RS_OUTCOME_NONE:
    default:
      gtk_widget_add_css_class (label, "dim-label");
      break;
    }
  return label;
}

static GtkWidget *
recommendation_row (RsRecommendationsPage *self,
                    RsRecommendation      *rec,
                    guint                  number)
{
  GtkWidget *row = adw_action_row_new ();
  double op, cap;
  g_autofree char *title = NULL;
  g_autofree char *cost = NULL;
  g_autofree char *subtitle = NULL;
  GPtrArray *parents = rs_recommendation_get_parents (rec);
  GPtrArray *children = rs_recommendation_get_children (rec);

  rs_recommendation_get_cost_totals (rec, &op, &cap);
  cost = rs_council_format_money (self->catalog, op + cap);
  if (number > 0)
    title = g_strdup_printf ("%u. %s", number, rs_recommendation_get_title (rec));
  else
    title = g_strdup (rs_recommendation_get_title (rec));
  if (children->len > 0)
    {
      RsLineageLink *link = g_ptr_array_index (children, 0);
      subtitle = g_strdup_printf (g_str_equal (link->kind, "merge") ? _("Merged into “%s”")
                                                                    : _("Split into “%s” and others"),
                                  link->other_title);
    }
  else if (parents->len > 0)
    {
      RsLineageLink *link = g_ptr_array_index (parents, 0);
      g_autofree char *lineage = NULL;

      if (g_str_equal (link->kind, "merge"))
        lineage = g_strdup_printf (ngettext ("merged from %u recommendation",
                                             "merged from %u recommendations", parents->len),
                                   parents->len);
      else
        lineage = g_strdup_printf (_("split from “%s”"), link->other_title);
      subtitle = g_strdup_printf ("%s · %s · %s", *rs_recommendation_get_budget_area (rec)
                                                    ? rs_recommendation_get_budget_area (rec)
                                                    : _("No budget area"), cost, lineage);
    }
  else
    subtitle = g_strdup_printf ("%s · %s", *rs_recommendation_get_budget_area (rec)
                                             ? rs_recommendation_get_budget_area (rec)
                                             : _("No budget area"), cost);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (rs_recommendation_get_status (rec) != RS_RECOMMENDATION_SUPERSEDED)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), support_widget (self, rec));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), outcome_widget (rec));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "recommendations.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", rs_recommendation_get_id (rec));
  return row;
}

static GtkWidget *
new_group (const char *title,
           const char *description,
           GtkWidget **list_out)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  *list_out = list;
  return group;
}

static void
populate (RsRecommendationsPage    *self,
          const RsCouncilDashboard *d)
{
  GListModel *model = G_LIST_MODEL (self->recommendations);
  guint n = g_list_model_get_n_items (model), number = 0, n_themes = 0;
  GtkWidget *superseded_list = NULL;
  GtkWidget *list = NULL;
  g_autofree char *theme = NULL;

  clear_box (GTK_WIDGET (self->groups));
  if (d->recommendations + d->superseded == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "list");
  fill_dashboard (self, d);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (model, i);
      const char *t = rs_recommendation_get_theme (rec);

      if (rs_recommendation_get_status (rec) == RS_RECOMMENDATION_SUPERSEDED)
        continue;
      if (list == NULL || g_strcmp0 (theme, t) != 0)
        {
          double theme_cost = 0;
          guint theme_n = 0;
          g_autofree char *description = NULL;
          g_autofree char *money = NULL;

          for (guint j = i; j < n; j++)
            {
              g_autoptr(RsRecommendation) other = g_list_model_get_item (model, j);
              double op, cap;
              if (g_strcmp0 (rs_recommendation_get_theme (other), t) != 0)
                break;
              if (rs_recommendation_get_status (other) == RS_RECOMMENDATION_SUPERSEDED)
                continue;
              rs_recommendation_get_cost_totals (other, &op, &cap);
              theme_cost += op + cap;
              theme_n++;
            }
          money = rs_council_format_money (self->catalog, theme_cost);
          description = g_strdup_printf (ngettext ("%u recommendation · %s", "%u recommendations · %s",
                                                   theme_n), theme_n, money);
          g_free (theme);
          theme = g_strdup (t);
          gtk_box_append (self->groups, new_group (*t ? t : _("Without a theme"), description, &list));
          n_themes++;
        }
      gtk_list_box_append (GTK_LIST_BOX (list), recommendation_row (self, rec, ++number));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (model, i);
      if (rs_recommendation_get_status (rec) != RS_RECOMMENDATION_SUPERSEDED)
        continue;
      if (superseded_list == NULL)
        gtk_box_append (self->groups,
                        new_group (_("Merged or Split"),
                                   _("Kept with their votes so that nothing is lost; the new "
                                     "recommendations show where they came from."),
                                   &superseded_list));
      gtk_list_box_append (GTK_LIST_BOX (superseded_list), recommendation_row (self, rec, 0));
    }

  {
    g_autofree char *money = rs_council_format_money (self->catalog, d->cost_total);
    g_autofree char *text = g_strdup_printf (ngettext ("%u recommendation on %u themes · %s estimated in total",
                                                       "%u recommendations on %u themes · %s estimated in total",
                                                       number), number, n_themes, money);
    gtk_label_set_text (self->subheading, text);
  }
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsRecommendationsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  RsCouncilDashboard d = { 0 };
  g_autoptr(GListStore) list = rs_recommendation_store_list_finish (RS_DATABASE (source), result,
                                                                    &d, &error);

  if (list == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  g_set_object (&self->recommendations, list);
  populate (self, &d);
}

static void
reload (RsRecommendationsPage *self)
{
  RsProcess *process = rs_page_get_process (RS_PAGE (self));
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (process == NULL || db == NULL)
    {
      g_list_store_remove_all (self->recommendations);
      clear_box (GTK_WIDGET (self->groups));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  rs_recommendation_store_list_async (db, rs_process_get_id (process),
                                      rs_page_get_cancellable (RS_PAGE (self)),
                                      loaded_cb, g_object_ref (self));
}

static void
rs_recommendations_page_process_changed (RsPage *page)
{
  reload (RS_RECOMMENDATIONS_PAGE (page));
}

static RsRecommendation *
find (RsRecommendationsPage *self,
      gint64                 id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->recommendations)); i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (self->recommendations), i);
      if (rs_recommendation_get_id (rec) == id)
        return rec;
    }
  return NULL;
}

static void
editor_saved_cb (RsRecommendationsPage *self)
{
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Recommendation saved")));
  reload (self);
}

static void
open_editor (RsRecommendationsPage *self,
             RsRecommendation      *rec)
{
  RsRecommendationEditor *editor;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  editor = rs_recommendation_editor_new (rs_page_get_database (RS_PAGE (self)), rec);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RsRecommendationsPage *self = RS_RECOMMENDATIONS_PAGE (widget);
  RsRecommendation *rec = find (self, g_variant_get_int64 (parameter));

  if (rec != NULL)
    open_editor (self, rec);
}

static void
created_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsRecommendationsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsRecommendation) rec = rs_recommendation_store_create_finish (RS_DATABASE (source), result, &error);

  if (rec == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  reload (self);
  open_editor (self, rec);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RsRecommendationsPage *self = RS_RECOMMENDATIONS_PAGE (widget);
  RsProcess *process = rs_page_get_process (RS_PAGE (self));
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  g_autoptr(RsRecommendation) first = NULL;

  if (process == NULL || db == NULL)
    return;
  /* A new one joins the theme of the first. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->recommendations)) > 0)
    first = g_list_model_get_item (G_LIST_MODEL (self->recommendations), 0);
  rs_recommendation_store_create_async (db, rs_process_get_id (process), _("New recommendation"),
                                        first ? rs_recommendation_get_theme (first) : NULL,
                                        rs_page_get_cancellable (RS_PAGE (self)), created_cb, g_object_ref (self));
}

typedef struct
{
  GArray *ids;
  char   *title;
} MergeData;

static void
merge_data_free (gpointer p)
{
  MergeData *m = p;

  g_array_unref (m->ids);
  g_free (m->title);
  g_free (m);
}

static gboolean
merge_edit (RsDatabase *db,
            gpointer    data,
            GError    **error)
{
  MergeData *m = data;

  return rs_recommendation_store_merge (db, (const gint64 *) m->ids->data, m->ids->len, m->title,
                                        error) != 0;
}

static void
merged_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsRecommendationsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_recommendation_store_edit_finish (RS_DATABASE (source), result, &error))
    rs_page_show_error (RS_PAGE (self), error);
  else
    rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Recommendations merged; the originals are kept as superseded")));
  reload (self);
}

static void
merge_response_cb (AdwMessageDialog      *dialog,
                   const char            *response,
                   RsRecommendationsPage *self)
{
  MergeData *m;

  if (!g_str_equal (response, "merge"))
    return;
  m = g_new0 (MergeData, 1);
  m->ids = rs_council_merge_dialog_get_ids (dialog);
  m->title = rs_council_merge_dialog_get_title (dialog);
  rs_recommendation_store_edit_async (rs_page_get_database (RS_PAGE (self)), merge_edit, m,
                                      merge_data_free, rs_page_get_cancellable (RS_PAGE (self)),
                                      merged_cb, g_object_ref (self));
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RsRecommendationsPage *self = RS_RECOMMENDATIONS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  dialog = rs_council_merge_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        G_LIST_MODEL (self->recommendations));
  g_signal_connect_object (dialog, "response", G_CALLBACK (merge_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Export: choose format (and language), then the file, then write in a
 * worker thread with a pulsing progress bar and Cancel. */

typedef struct
{
  RsCouncilReport report;
  RsCouncilFormat format;
  char           *language;
} ExportChoice;

static void
export_choice_free (gpointer p)
{
  ExportChoice *e = p;

  g_free (e->language);
  g_free (e);
}

static gboolean
pulse_cb (gpointer data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (data));
  return G_SOURCE_CONTINUE;
}

static void
export_done (RsRecommendationsPage *self)
{
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->export_cancellable);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "recommendations.export", TRUE);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsRecommendationsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  export_done (self);
  if (!rs_council_report_write_finish (RS_DATABASE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Export cancelled")));
      else
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Export saved")));
}

static void
file_chosen_cb (GtkNativeDialog       *native,
                int                    response,
                RsRecommendationsPage *self)
{
  ExportChoice *e = g_object_get_data (G_OBJECT (native), "choice");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  RsContext *context = rs_page_get_context (RS_PAGE (self));
  RsProcess *process = rs_page_get_process (RS_PAGE (self));

  if (response != GTK_RESPONSE_ACCEPT || process == NULL)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  path = file ? g_file_get_path (file) : NULL;
  if (path == NULL)
    goto out;

  self->export_cancellable = g_cancellable_new ();
  gtk_label_set_text (self->progress_label, e->report == RS_COUNCIL_REPORT_PACKAGE
                                              ? _("Writing the council package…")
                                              : _("Writing the “you said, we did” report…"));
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  self->pulse_id = g_timeout_add (120, pulse_cb, self->progress_bar);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "recommendations.export", FALSE);
  rs_council_report_write_async (rs_page_get_database (RS_PAGE (self)), rs_process_get_id (process),
                                 e->report, e->format, e->language,
                                 context ? rs_context_get_small_cell_limit (context) : 5, path,
                                 self->export_cancellable, written_cb, g_object_ref (self));
out:
  g_object_unref (native);
}

static void
choose_file (RsRecommendationsPage *self,
             ExportChoice          *e)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;

  native = gtk_file_chooser_native_new (e->report == RS_COUNCIL_REPORT_PACKAGE
                                          ? _("Save the Council Package")
                                          : _("Save the “You Said, We Did” Report"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  name = g_strdup_printf ("%s.%s", e->report == RS_COUNCIL_REPORT_PACKAGE
                                     ? (e->format >= RS_COUNCIL_FORMAT_CSV ? "anbefalinger" : "indstilling")
                                     : "i-sagde-vi-gjorde",
                          rs_council_format_extension (e->format));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_object_set_data_full (G_OBJECT (native), "choice", e, export_choice_free);
  g_signal_connect_object (native, "response", G_CALLBACK (file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
export_response_cb (AdwMessageDialog      *dialog,
                    const char            *response,
                    RsRecommendationsPage *self)
{
  ExportChoice *e;

  if (!g_str_equal (response, "export"))
    return;
  e = g_new0 (ExportChoice, 1);
  rs_council_export_dialog_get_choice (dialog, &e->report, &e->format, &e->language);
  choose_file (self, e);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RsRecommendationsPage *self = RS_RECOMMENDATIONS_PAGE (widget);
  gboolean package = g_str_equal (g_variant_get_string (parameter, NULL), "package");
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  dialog = rs_council_export_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         package ? RS_COUNCIL_REPORT_PACKAGE : RS_COUNCIL_REPORT_FEEDBACK);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_submission_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  rs_council_submission_editor_open (RS_PAGE (widget));
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RsRecommendationsPage *self = RS_RECOMMENDATIONS_PAGE (widget);

  if (self->export_cancellable)
    g_cancellable_cancel (self->export_cancellable);
}

static void
rs_recommendations_page_dispose (GObject *object)
{
  RsRecommendationsPage *self = RS_RECOMMENDATIONS_PAGE (object);

  if (self->export_cancellable)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->recommendations);
  g_clear_pointer (&self->catalog, rs_catalog_free);

  G_OBJECT_CLASS (rs_recommendations_page_parent_class)->dispose (object);
}

static void
rs_recommendations_page_class_init (RsRecommendationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RsPageClass *page_class = RS_PAGE_CLASS (klass);

  object_class->dispose = rs_recommendations_page_dispose;
  page_class->process_changed = rs_recommendations_page_process_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-recommendations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationsPage, dashboard);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationsPage, groups);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationsPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationsPage, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RsRecommendationsPage, subheading);

  gtk_widget_class_install_action (widget_class, "recommendations.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "recommendations.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "recommendations.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "recommendations.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "recommendations.edit-submission", NULL,
                                   edit_submission_action);
  gtk_widget_class_install_action (widget_class, "recommendations.cancel-export", NULL,
                                   cancel_export_action);
}

static void
rs_recommendations_page_init (RsRecommendationsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->recommendations = g_list_store_new (RS_TYPE_RECOMMENDATION);
  self->catalog = rs_catalog_new (NULL);
}
