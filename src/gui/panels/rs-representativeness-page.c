/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-representativeness-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-change-monitor.h"
#include "rs-panel-store.h"
#include "rs-repr-chart.h"
#include "rs-repr-item.h"
#include "rs-report-language-row.h"
#include "rs-representativeness-page.h"

struct _RsRepresentativenessPage
{
  RsPage                parent_instance;

  GtkStack             *stack;
  GtkDropDown          *panel_dropdown;
  GtkLabel             *feasibility_label;
  RsReprChart          *chart;
  GtkColumnView        *table;

  GArray               *panel_ids;
  RsRepresentativeness *data;
  gboolean              filling;
};

G_DEFINE_FINAL_TYPE (RsRepresentativenessPage, rs_representativeness_page, RS_TYPE_PAGE)

static void
show_data (RsRepresentativenessPage *self)
{
  g_autoptr(GListStore) items = g_list_store_new (RS_TYPE_REPR_ITEM);
  g_autoptr(GString) problems = g_string_new (NULL);
  guint infeasible = 0;

  rs_repr_chart_set_data (self->chart, self->data);
  for (guint i = 0; i < self->data->rows->len; i++)
    {
      RsReprRow *row = g_ptr_array_index (self->data->rows, i);
      g_autoptr(RsReprItem) item = rs_repr_item_new (self->data, row);

      g_list_store_append (items, item);
      if (!rs_repr_feasible (row))
        {
          infeasible++;
          g_string_append_printf (problems, "%s%s: %s", problems->len ? "; " : "", row->category, row->value);
        }
    }
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&items)))));
  if (infeasible == 0)
    {
      g_autofree char *summary = rs_representativeness_summary (self->data, 0, NULL, NULL);
      g_autofree char *text = g_strdup_printf (_("The pool of %d people holds enough for every minimum. %s "
                                                 "Gaps of more than %.0f percentage points from the target are outlined in red."),
                                               self->data->pool_total, summary, self->data->tolerance);
      gtk_label_set_text (self->feasibility_label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->feasibility_label), "error");
    }
  else
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u quota cannot be met from the pool: %s.",
                                                         "%u quotas cannot be met from the pool: %s.",
                                                         infeasible), infeasible, problems->str);
      gtk_label_set_text (self->feasibility_label, text);
      gtk_widget_add_css_class (GTK_WIDGET (self->feasibility_label), "error");
    }
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsRepresentativenessPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcessRepresentativeness) load = rs_process_representativeness_load_finish (RS_DATABASE (source), result, &error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  if (load == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  g_array_set_size (self->panel_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (load->panels)); i++)
    {
      g_autoptr(RsPanel) panel = g_list_model_get_item (G_LIST_MODEL (load->panels), i);
      gint64 id = rs_panel_get_id (panel);
      gtk_string_list_append (names, rs_panel_get_name (panel));
      g_array_append_val (self->panel_ids, id);
      if (id == load->panel_id)
        selected = i;
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->panel_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->panel_dropdown, selected);
  self->filling = FALSE;
  rs_repr_chart_set_data (self->chart, NULL);
  g_clear_pointer (&self->data, rs_representativeness_free);
  self->data = g_steal_pointer (&load->data);
  gtk_stack_set_visible_child_name (self->stack, self->data ? "content" : "empty");
  if (self->data)
    show_data (self);
}

static void
reload (RsRepresentativenessPage *self,
        gint64                    panel_id)
{
  RsPage *page = RS_PAGE (self);
  RsDatabase *db = rs_page_get_database (page);

  if (db == NULL || rs_page_get_process (page) == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  rs_process_representativeness_load_async (db, rs_process_get_id (rs_page_get_process (page)), panel_id,
                                            rs_page_get_cancellable (page), loaded_cb, g_object_ref (self));
}

static void
panel_selected_cb (RsRepresentativenessPage *self)
{
  guint i = gtk_drop_down_get_selected (self->panel_dropdown);

  if (!self->filling && i < self->panel_ids->len)
    reload (self, g_array_index (self->panel_ids, gint64, i));
}

static void
rs_representativeness_page_process_changed (RsPage *page)
{
  reload (RS_REPRESENTATIVENESS_PAGE (page), 0);
}

/* A panel, its pool, targets or draw changed: show the same panel again. */
static void
rs_representativeness_page_data_changed (RsPage *page)
{
  RsRepresentativenessPage *self = RS_REPRESENTATIVENESS_PAGE (page);
  guint i = gtk_drop_down_get_selected (self->panel_dropdown);

  reload (self, i < self->panel_ids->len ? g_array_index (self->panel_ids, gint64, i) : 0);
}

static void
export_response_cb (GtkNativeDialog          *dialog,
                    int                       response,
                    RsRepresentativenessPage *self)
{
  const char *kind = g_object_get_data (G_OBJECT (dialog), "kind");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int limit = rs_context_get_small_cell_limit (rs_page_get_context (RS_PAGE (self)));
  gboolean ok;

  if (response != GTK_RESPONSE_ACCEPT || self->data == NULL)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = g_file_get_path (file);
  if (g_str_equal (kind, "csv"))
    {
      g_autofree char *csv = rs_representativeness_to_csv (self->data, limit);
      ok = g_file_set_contents (path, csv, -1, &error);
    }
  else
    ok = rs_representativeness_export_chart (self->data, path, limit,
                                             rs_report_language_get_choice (GTK_FILE_CHOOSER (dialog)),
                                             &error);
  if (!ok)
    rs_page_show_error (RS_PAGE (self), error);
  else
    {
      g_autofree char *base = g_file_get_basename (file);
      rs_page_add_toast (RS_PAGE (self), adw_toast_new_format (_("Saved %s"), base));
    }
out:
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RsRepresentativenessPage *self = RS_REPRESENTATIVENESS_PAGE (widget);
  const char *kind = g_variant_get_string (parameter, NULL);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  if (self->data == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Export Representativeness"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: a file name; keep it short and without spaces */
  name = g_strdup_printf ("%s.%s", _("representativeness"), kind);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  /* The CSV is data with fixed column names; the chart has words. */
  if (!g_str_equal (kind, "csv"))
    rs_report_language_add_choice (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), "kind", g_strdup (kind), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  column)
{
  RsReprItem *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  guint c = GPOINTER_TO_UINT (column);

  gtk_label_set_text (GTK_LABEL (label), rs_repr_item_get_text (row, c));
  if (rs_repr_item_is_alert (row, c))
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_remove_css_class (label, "error");
}

static void
add_columns (RsRepresentativenessPage *self)
{
  const char *titles[RS_REPR_N_COLUMNS] = {
    _("Category"), _("Value"), _("Target"), _("Pool"), _("Selected"), _("Attended"),
    _("Enough in the pool"),
  };

  for (guint c = 0; c < RS_REPR_N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (c));
      column = gtk_column_view_column_new (titles[c], factory);
      gtk_column_view_column_set_expand (column, c == 1 || c == 6);
      gtk_column_view_append_column (self->table, column);
    }
}

static void
rs_representativeness_page_dispose (GObject *object)
{
  RsRepresentativenessPage *self = RS_REPRESENTATIVENESS_PAGE (object);

  if (self->chart)
    rs_repr_chart_set_data (self->chart, NULL);
  g_clear_pointer (&self->data, rs_representativeness_free);
  g_clear_pointer (&self->panel_ids, g_array_unref);
  G_OBJECT_CLASS (rs_representativeness_page_parent_class)->dispose (object);
}

static void
rs_representativeness_page_class_init (RsRepresentativenessPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RsPageClass *page_class = RS_PAGE_CLASS (klass);

  object_class->dispose = rs_representativeness_page_dispose;
  page_class->process_changed = rs_representativeness_page_process_changed;
  page_class->data_changed = rs_representativeness_page_data_changed;
  page_class->watched_changes = RS_CHANGE_MASK (RS_CHANGE_PANEL) | RS_CHANGE_MASK (RS_CHANGE_PERSON) |
                                RS_CHANGE_MASK (RS_CHANGE_CATEGORY) | RS_CHANGE_MASK (RS_CHANGE_POPULATION) |
                                RS_CHANGE_MASK (RS_CHANGE_SELECTION_RUN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-representativeness-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsRepresentativenessPage, chart);
  gtk_widget_class_bind_template_child (widget_class, RsRepresentativenessPage, feasibility_label);
  gtk_widget_class_bind_template_child (widget_class, RsRepresentativenessPage, panel_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RsRepresentativenessPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RsRepresentativenessPage, table);
  gtk_widget_class_install_action (widget_class, "repr.export", "s", export_action);
  g_type_ensure (RS_TYPE_REPR_CHART);
}

static void
rs_representativeness_page_init (RsRepresentativenessPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->panel_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  add_columns (self);
  g_signal_connect_swapped (self->panel_dropdown, "notify::selected", G_CALLBACK (panel_selected_cb), self);
}

guint
rs_representativeness_page_get_n_panels (RsRepresentativenessPage *self)
{
  g_return_val_if_fail (RS_IS_REPRESENTATIVENESS_PAGE (self), 0);
  return self->panel_ids->len;
}

int
rs_representativeness_page_get_pool_size (RsRepresentativenessPage *self)
{
  g_return_val_if_fail (RS_IS_REPRESENTATIVENESS_PAGE (self), -1);
  return self->data ? self->data->pool_total : -1;
}
