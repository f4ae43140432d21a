/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-panels-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-categories-editor.h"
#include "rs-evaluation-view.h"
#include "rs-history-window.h"
#include "rs-panel-details.h"
#include "rs-panel-list.h"
#include "rs-panel-store.h"
#include "rs-categories.h"
#include "rs-change-monitor.h"
#include "rs-panels-page.h"
#include "rs-pool-view.h"
#include "rs-selection-view.h"

struct _RsPanelsPage
{
  RsPage          parent_instance;

  GtkStack       *stack;
  AdwLeaflet     *leaflet;
  GtkWidget      *list_pane;
  GtkWidget      *content_pane;
  GtkListBox     *panel_list;
  AdwViewStack   *view_stack;

  GtkWidget      *details;
  GtkWidget      *categories;
  GtkWidget      *pool;
  AdwBin         *draw;
  AdwBin         *evaluation;
  RsPanelList    *panels;       /* stays current by itself */
  RsDatabase     *panels_db;    /* the database it lists, for comparison only */
  gint64          current_id;
  gint64          wanted_id;
  gint64          shown_id;     /* the panel the views were made for */
};

G_DEFINE_FINAL_TYPE (RsPanelsPage, rs_panels_page, RS_TYPE_PAGE)


typedef struct
{
  RsPanelsPage *self;
  RsPanel      *panel;
} CatsLoad;

static void
categories_loaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  CatsLoad *load = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *categories = rs_categories_load_finish (RS_DATABASE (source), result, &error);

  if (categories == NULL)
    rs_page_show_error (RS_PAGE (load->self), error);
  else
    rs_categories_editor_set_categories (RS_CATEGORIES_EDITOR (load->self->categories), load->panel, categories);
  g_object_unref (load->self);
  g_object_unref (load->panel);
  g_free (load);
}

static void
show_views (RsPanelsPage *self,
           RsPanel      *panel)
{
  adw_bin_set_child (self->draw, GTK_WIDGET (rs_selection_view_new (rs_page_get_context (RS_PAGE (self)),
                                                                    rs_panel_get_id (panel))));
  adw_bin_set_child (self->evaluation, rs_evaluation_view_new (rs_page_get_context (RS_PAGE (self)), "panel",
                                                               rs_panel_get_id (panel)));
}

static void
show_panel (RsPanelsPage *self,
            RsPanel      *panel)
{
  CatsLoad *load;
  gint64 id = rs_panel_get_id (panel);

  self->current_id = id;
  rs_panel_details_set_panel (RS_PANEL_DETAILS (self->details), panel);
  /* The same panel, reloaded after a change of its details (saved as you
   * go): the form keeps what is typed, and the views stay; they keep
   * themselves current. */
  if (id == self->shown_id)
    {
      rs_categories_editor_update_panel (RS_CATEGORIES_EDITOR (self->categories), panel);
      return;
    }
  self->shown_id = id;
  load = g_new0 (CatsLoad, 1);
  rs_pool_view_set_panel (RS_POOL_VIEW (self->pool), id);
  show_views (self, panel);
  load->self = g_object_ref (self);
  load->panel = g_object_ref (panel);
  rs_categories_load_async (rs_page_get_database (RS_PAGE (self)), id, rs_page_get_cancellable (RS_PAGE (self)),
                            categories_loaded_cb, load);
}

static void
row_selected_cb (RsPanelsPage  *self,
                 GtkListBoxRow *row)
{
  g_autoptr(RsPanel) panel = NULL;

  if (row == NULL || self->panels == NULL)
    return;
  panel = g_list_model_get_item (G_LIST_MODEL (self->panels), gtk_list_box_row_get_index (row));
  if (panel && rs_panel_get_id (panel) != self->current_id)
    show_panel (self, panel);
}

/* Narrow: the list and the panel take turns. */
static void
row_activated_cb (RsPanelsPage  *self,
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
  RsPanelsPage *self = RS_PANELS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RsPanel *panel = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (rs_panel_get_name (panel));
  g_autofree char *text = g_strdup_printf (ngettext ("%d member", "%d members", rs_panel_get_size (panel)),
                                           rs_panel_get_size (panel));
  GtkWidget *subtitle = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  return box;
}

/* The list changed (here, in another page or a dialog): show the panel
 * asked for, or stay on the one shown. */
static void
panels_loaded_cb (RsPanelsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->panels));
  int pick = -1;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "content" : "empty");
  if (self->wanted_id != 0)
    pick = rs_panel_list_find (self->panels, self->wanted_id);
  if (pick < 0 && self->current_id != 0)
    pick = rs_panel_list_find (self->panels, self->current_id);
  self->wanted_id = 0;
  self->current_id = 0;
  if (n > 0)
    gtk_list_box_select_row (self->panel_list, gtk_list_box_get_row_at_index (self->panel_list, MAX (pick, 0)));
}

static void
rs_panels_page_process_changed (RsPage *page)
{
  RsPanelsPage *self = RS_PANELS_PAGE (page);
  RsDatabase *db = rs_page_get_database (page);
  RsProcess *process = rs_page_get_process (page);

  self->wanted_id = 0;
  self->shown_id = 0;
  if (db == NULL || process == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  if (self->panels != NULL && self->panels_db == db)
    {
      rs_panel_list_set_process_id (self->panels, rs_process_get_id (process));
      return;
    }
  g_clear_object (&self->panels);
  self->panels = rs_panel_list_new (db, rs_process_get_id (process));
  self->panels_db = db;
  gtk_list_box_bind_model (self->panel_list, G_LIST_MODEL (self->panels), create_row, NULL, NULL);
  g_signal_connect_object (self->panels, "loaded", G_CALLBACK (panels_loaded_cb), self, G_CONNECT_SWAPPED);
}

/* The list reloads by itself after the save; stay on this panel. */
static void
details_changed_cb (RsPanelsPage *self)
{
  self->wanted_id = self->current_id;
}

static void
created_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsPanelsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPanel) panel = rs_panel_store_create_finish (RS_DATABASE (source), result, &error);

  if (panel == NULL)
    {
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  /* The list shows it once it has reloaded. */
  self->wanted_id = rs_panel_get_id (panel);
}

static void
add_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 RsPanelsPage     *self)
{
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "name");
  GtkSpinButton *size = g_object_get_data (G_OBJECT (dialog), "size");

  if (!g_str_equal (response, "add") || rs_page_get_process (RS_PAGE (self)) == NULL)
    return;
  rs_panel_store_create_async (rs_page_get_database (RS_PAGE (self)),
                               rs_process_get_id (rs_page_get_process (RS_PAGE (self))),
                               gtk_editable_get_text (name), gtk_spin_button_get_value_as_int (size),
                               rs_page_get_cancellable (RS_PAGE (self)), created_cb, g_object_ref (self));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RsPanelsPage *self = RS_PANELS_PAGE (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Add Panel"),
                                              _("A citizens’ council or panel of this budget process."));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *name = gtk_entry_new ();
  GtkWidget *size_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *size_label = gtk_label_new_with_mnemonic (_("_Members"));
  GtkWidget *size = gtk_spin_button_new_with_range (1, 10000, 1);

  gtk_entry_set_placeholder_text (GTK_ENTRY (name), _("Name, e.g. Borgerrådet for Budget 2028"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (size), 24);
  gtk_label_set_mnemonic_widget (GTK_LABEL (size_label), size);
  gtk_widget_set_hexpand (size_label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (size_label), 0);
  gtk_box_append (GTK_BOX (size_box), size_label);
  gtk_box_append (GTK_BOX (size_box), size);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), size_box);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  g_object_set_data (G_OBJECT (dialog), "name", name);
  g_object_set_data (G_OBJECT (dialog), "size", size);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The panel's details and its categories save as you go, like every
 * other page; Ctrl+S saves the visible one at once instead of after the
 * pause. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RsPanelsPage *self = RS_PANELS_PAGE (widget);
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (tab, "details") == 0)
    rs_panel_details_save (RS_PANEL_DETAILS (self->details));
  else if (g_strcmp0 (tab, "categories") == 0)
    gtk_widget_activate_action (self->categories, "categories.save", NULL);
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RsPanelsPage *self = RS_PANELS_PAGE (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->panel_list);
  g_autoptr(RsPanel) panel = NULL;

  if (row == NULL || self->panels == NULL)
    return;
  panel = g_list_model_get_item (G_LIST_MODEL (self->panels), gtk_list_box_row_get_index (row));
  if (panel != NULL)
    rs_history_window_show (widget, rs_page_get_database (RS_PAGE (self)), "panel", rs_panel_get_id (panel),
                            rs_panel_get_name (panel));
}

static void
rs_panels_page_dispose (GObject *object)
{
  RsPanelsPage *self = RS_PANELS_PAGE (object);

  g_clear_object (&self->panels);
  G_OBJECT_CLASS (rs_panels_page_parent_class)->dispose (object);
}

static void
rs_panels_page_class_init (RsPanelsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RsPageClass *page_class = RS_PAGE_CLASS (klass);

  object_class->dispose = rs_panels_page_dispose;
  page_class->process_changed = rs_panels_page_process_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-panels-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPanelsPage, content_pane);
  gtk_widget_class_bind_template_child (widget_class, RsPanelsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RsPanelsPage, list_pane);
  gtk_widget_class_bind_template_child (widget_class, RsPanelsPage, panel_list);
  gtk_widget_class_bind_template_child (widget_class, RsPanelsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RsPanelsPage, view_stack);
  gtk_widget_class_install_action (widget_class, "panels.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "panels.show-list", NULL, show_list_action);
  gtk_widget_class_install_action (widget_class, "panels.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "panels.history", NULL, history_action);
}

static void
rs_panels_page_init (RsPanelsPage *self)
{
  AdwViewStackPage *page;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->details = rs_panel_details_new (RS_PAGE (self));
  self->categories = rs_categories_editor_new (RS_PAGE (self));
  self->pool = rs_pool_view_new (RS_PAGE (self));
  self->draw = ADW_BIN (adw_bin_new ());
  self->evaluation = ADW_BIN (adw_bin_new ());
  page = adw_view_stack_add_titled (self->view_stack, self->details, "details", _("Panel"));
  adw_view_stack_page_set_icon_name (page, "document-properties-symbolic");
  page = adw_view_stack_add_titled (self->view_stack, self->categories, "categories", _("Categories and Targets"));
  adw_view_stack_page_set_icon_name (page, "view-list-bullet-symbolic");
  page = adw_view_stack_add_titled (self->view_stack, self->pool, "pool", _("Pool"));
  adw_view_stack_page_set_icon_name (page, "system-users-symbolic");
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->draw), "draw", _("Draw"));
  adw_view_stack_page_set_icon_name (page, "media-playlist-shuffle-symbolic");
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->evaluation), "evaluation", _("Evaluation"));
  adw_view_stack_page_set_icon_name (page, "emblem-ok-symbolic");
  g_signal_connect_swapped (self->panel_list, "row-selected", G_CALLBACK (row_selected_cb), self);
  g_signal_connect_swapped (self->panel_list, "row-activated", G_CALLBACK (row_activated_cb), self);
  g_signal_connect_swapped (self->details, "changed", G_CALLBACK (details_changed_cb), self);
}

GtkWidget *
rs_panels_page_get_draw_view (RsPanelsPage *self)
{
  g_return_val_if_fail (RS_IS_PANELS_PAGE (self), NULL);
  return adw_bin_get_child (self->draw);
}
