/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-categories-editor"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rs-categories-editor.h"
#include "rs-population.h"
#include "rs-population-dialog.h"

struct _RsCategoriesEditor
{
  AdwBin      parent_instance;

  RsPage     *owner;
  RsPanel    *panel;
  GPtrArray  *categories;
  GPtrArray  *error_labels;   /* GtkLabel per category */
  GPtrArray  *preview_rows;   /* GPtrArray of AdwActionRow per category */
  GPtrArray  *add_rows;       /* "Add a value" AdwEntryRow per category */
  RsCategory *removed;        /* the last removed category, until undone */
  guint       removed_index;
  AdwToast   *undo_toast;     /* weak */
  GCancellable *cancellable;  /* cancelled in dispose */
  GtkMenuButton *add_button;
  GtkBox     *groups;
  GtkWidget  *empty;
  GtkLabel   *credit;
  RsDatabase *db;             /* when used without an owner (tests) */
  RsPopulationDialog *population;
  gboolean    filling;
  guint       save_id;        /* a save waiting for a pause in the typing */
};

G_DEFINE_FINAL_TYPE (RsCategoriesEditor, rs_categories_editor, ADW_TYPE_BIN)

static void rebuild       (RsCategoriesEditor *self);
static void schedule_save (RsCategoriesEditor *self);

/* The owner is NULL when the editor is used on its own (tests). */
static void
show_error (RsCategoriesEditor *self,
            const GError       *error)
{
  if (self->owner)
    rs_page_show_error (self->owner, error);
  else
    g_message ("%s", error->message);
}

static void
add_toast (RsCategoriesEditor *self,
           AdwToast           *toast)
{
  if (self->owner)
    rs_page_add_toast (self->owner, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
update_category (RsCategoriesEditor *self,
                 guint               c)
{
  RsCategory *category = g_ptr_array_index (self->categories, c);
  GtkLabel *label = g_ptr_array_index (self->error_labels, c);
  GPtrArray *rows = g_ptr_array_index (self->preview_rows, c);
  int size = rs_panel_get_size (self->panel);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsCategory) preview = rs_category_new (category->name, NULL, FALSE);
  gboolean has_shares = TRUE;

  for (guint v = 0; v < category->values->len; v++)
    {
      RsCategoryValue *value = g_ptr_array_index (category->values, v);
      rs_category_add_value (preview, value->name, NULL, value->share);
      has_shares = has_shares && value->share >= 0;
    }
  if (has_shares && rs_category_compute_quotas (preview, size, rs_panel_get_quota_tolerance (self->panel), NULL))
    for (guint v = 0; v < preview->values->len && v < rows->len; v++)
      {
        RsCategoryValue *value = g_ptr_array_index (preview->values, v);
        g_autofree char *text = value->min == value->max
          ? g_strdup_printf (_("Quota from the share: %d"), value->min)
          : g_strdup_printf (_("Quota from the share: %d–%d"), value->min, value->max);
        adw_action_row_set_subtitle (g_ptr_array_index (rows, v), text);
      }
  else
    for (guint v = 0; v < rows->len; v++)
      adw_action_row_set_subtitle (g_ptr_array_index (rows, v), "");

  if (!rs_category_validate (category, size, &error))
    {
      gtk_label_set_text (label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
}

typedef struct
{
  RsCategoriesEditor *self;
  guint               category;
  guint               value;
  int                 field;   /* 0 share, 1 min, 2 max */
} SpinTarget;

static void
spin_changed_cb (GtkSpinButton *spin,
                 SpinTarget    *target)
{
  RsCategoriesEditor *self = target->self;
  RsCategory *category;
  RsCategoryValue *value;

  if (self->filling)
    return;
  category = g_ptr_array_index (self->categories, target->category);
  value = g_ptr_array_index (category->values, target->value);
  if (target->field == 0)
    value->share = gtk_spin_button_get_value (spin);
  else if (target->field == 1)
    value->min = gtk_spin_button_get_value_as_int (spin);
  else
    value->max = gtk_spin_button_get_value_as_int (spin);
  update_category (self, target->category);
  schedule_save (self);
}

static GtkWidget *
make_spin (RsCategoriesEditor *self,
           guint               c,
           guint               v,
           int                 field,
           double              value,
           const char         *accessible)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, field == 0 ? 100 : 10000, field == 0 ? 0.1 : 1);
  SpinTarget *target = g_new0 (SpinTarget, 1);

  target->self = self;
  target->category = c;
  target->value = v;
  target->field = field;
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), field == 0 ? 1 : 0);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), MAX (value, 0));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_tooltip_text (spin, accessible);
  g_signal_connect_data (spin, "value-changed", G_CALLBACK (spin_changed_cb), target,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  return spin;
}

static void undo_remove (RsCategoriesEditor *self);

static void
undo_clicked_cb (AdwToast           *toast,
                 RsCategoriesEditor *self)
{
  undo_remove (self);
}

/* The toast is gone without Undo: now the removal is saved (with its
 * people's values for that category). */
static void
undo_dismissed_cb (AdwToast           *toast,
                   RsCategoriesEditor *self)
{
  if (self->removed == NULL || self->undo_toast != toast)
    return;
  g_clear_pointer (&self->removed, rs_category_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "categories.undo-remove", FALSE);
  schedule_save (self);
}

/* Removing a category takes its targets with it: the toast offers Undo. */
static void
remove_category (RsCategoriesEditor *self,
                 guint               c)
{
  AdwToast *toast;

  if (self->categories == NULL || c >= self->categories->len)
    return;
  /* A removal still offering Undo is final now (saved with this one). */
  if (self->undo_toast)
    {
      AdwToast *previous = self->undo_toast;

      g_clear_weak_pointer (&self->undo_toast);
      adw_toast_dismiss (previous);
    }
  g_clear_pointer (&self->removed, rs_category_free);
  self->removed = g_ptr_array_steal_index (self->categories, c);
  self->removed_index = c;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "categories.undo-remove", TRUE);
  rebuild (self);
  toast = adw_toast_new_format (_("Category “%s” removed with its targets"), self->removed->name);
  adw_toast_set_button_label (toast, _("_Undo"));
  /* Not ADW_TOAST_PRIORITY_HIGH: libadwaita 1.2 aborts when a toast it
   * pushed aside comes back. */
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_dismissed_cb), self, 0);
  g_set_weak_pointer (&self->undo_toast, toast);
  add_toast (self, toast);
}

static void
remove_category_cb (GtkButton          *button,
                    RsCategoriesEditor *self)
{
  remove_category (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "category")));
}

static void
undo_remove (RsCategoriesEditor *self)
{
  if (self->removed == NULL || self->categories == NULL)
    return;
  g_ptr_array_insert (self->categories, MIN (self->removed_index, self->categories->len),
                      g_steal_pointer (&self->removed));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "categories.undo-remove", FALSE);
  if (self->undo_toast)
    adw_toast_dismiss (self->undo_toast);
  rebuild (self);
  /* Edits made meanwhile were held back with the removal. */
  schedule_save (self);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  undo_remove (RS_CATEGORIES_EDITOR (widget));
}

static void
add_value_cb (AdwEntryRow        *row,
              RsCategoriesEditor *self)
{
  guint c = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "category"));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  RsCategory *category = g_ptr_array_index (self->categories, c);

  if (*name == '\0' || rs_category_find_value (category, name))
    return;
  rs_category_add_value (category, name, NULL, 0);
  rebuild (self);
  schedule_save (self);
  /* The row that had focus is gone: keep typing values into the new one
   * (focus must never land on the category's remove button). */
  if (c < self->add_rows->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->add_rows, c));
}

static void
rebuild (RsCategoriesEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_box_remove (self->groups, child);
  g_ptr_array_set_size (self->error_labels, 0);
  g_ptr_array_set_size (self->preview_rows, 0);
  g_ptr_array_set_size (self->add_rows, 0);
  gtk_widget_set_visible (self->empty, self->categories == NULL || self->categories->len == 0);
  if (self->categories == NULL)
    return;

  self->filling = TRUE;
  for (guint c = 0; c < self->categories->len; c++)
    {
      RsCategory *category = g_ptr_array_index (self->categories, c);
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *error = gtk_label_new (NULL);
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      GtkWidget *add = adw_entry_row_new ();
      GPtrArray *rows = g_ptr_array_new ();
      g_autofree char *remove_label = g_strdup_printf (_("Remove category “%s”"), category->name);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), category->name);
      if (category->sensitive)
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                               _("Sensitive: special-category personal data. Record it only "
                                                 "with consent, and report it only in aggregate."));
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      g_object_set_data (G_OBJECT (remove), "category", GUINT_TO_POINTER (c));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_category_cb), self);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), remove);

      gtk_label_set_xalign (GTK_LABEL (error), 0);
      gtk_label_set_wrap (GTK_LABEL (error), TRUE);
      gtk_widget_add_css_class (error, "error");
      gtk_widget_set_margin_bottom (error, 6);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), error);
      g_ptr_array_add (self->error_labels, error);

      for (guint v = 0; v < category->values->len; v++)
        {
          RsCategoryValue *value = g_ptr_array_index (category->values, v);
          GtkWidget *row = adw_action_row_new ();
          g_autofree char *a_share = g_strdup_printf (_("Target share of “%s”, percent"), value->name);
          g_autofree char *a_min = g_strdup_printf (_("Minimum for “%s”"), value->name);
          g_autofree char *a_max = g_strdup_printf (_("Maximum for “%s”"), value->name);
          GtkWidget *pct = gtk_label_new ("%");
          GtkWidget *dash = gtk_label_new ("–");

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), value->name);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_spin (self, c, v, 0, value->share, a_share));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), pct);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_spin (self, c, v, 1, value->min, a_min));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), dash);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), make_spin (self, c, v, 2, value->max, a_max));
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
          g_ptr_array_add (rows, row);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("Add a value"));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add), TRUE);
      g_object_set_data (G_OBJECT (add), "category", GUINT_TO_POINTER (c));
      g_signal_connect (add, "apply", G_CALLBACK (add_value_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), add);
      g_ptr_array_add (self->add_rows, add);
      g_ptr_array_add (self->preview_rows, rows);
      gtk_box_append (self->groups, group);
    }
  self->filling = FALSE;
  for (guint c = 0; c < self->categories->len; c++)
    update_category (self, c);
}

static void
add_preset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RsCategoriesEditor *self = RS_CATEGORIES_EDITOR (widget);
  RsCategory *category = rs_category_new_preset (g_variant_get_string (parameter, NULL));

  if (category == NULL || self->categories == NULL)
    return;
  if (rs_category_find (self->categories, category->name))
    {
      add_toast (self, adw_toast_new_format (_("The panel already has a category “%s”"),
                                                            category->name));
      rs_category_free (category);
      return;
    }
  g_ptr_array_add (self->categories, category);
  rebuild (self);
  schedule_save (self);
}

static void
compute_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RsCategoriesEditor *self = RS_CATEGORIES_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  for (guint c = 0; self->categories && c < self->categories->len; c++)
    if (!rs_category_compute_quotas (g_ptr_array_index (self->categories, c), rs_panel_get_size (self->panel),
                                     rs_panel_get_quota_tolerance (self->panel), error ? NULL : &error))
      continue;
  rebuild (self);
  schedule_save (self);
  if (error)
    show_error (self, error);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsCategoriesEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  /* Cancelled in dispose: the editor and its owner are going away. */
  if (!rs_categories_save_finish (RS_DATABASE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error);
}

static gboolean
has_errors (RsCategoriesEditor *self)
{
  for (guint c = 0; c < self->error_labels->len; c++)
    if (gtk_widget_get_visible (g_ptr_array_index (self->error_labels, c)))
      return TRUE;
  return FALSE;
}

/* Saves as you go: what is valid is stored; a category marked in red waits
 * until it is put right, and a removal until its Undo toast is gone. */
static void
save_now (RsCategoriesEditor *self)
{
  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->owner == NULL || self->panel == NULL || self->categories == NULL || self->removed != NULL ||
      has_errors (self))
    return;
  rs_categories_save_async (rs_page_get_database (self->owner), rs_panel_get_id (self->panel),
                            self->categories, self->cancellable, saved_cb, g_object_ref (self));
}

static gboolean
save_timeout_cb (gpointer data)
{
  RsCategoriesEditor *self = data;

  self->save_id = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (RsCategoriesEditor *self)
{
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (500, save_timeout_cb, self);
}

/* Ctrl+S: now rather than after the pause. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RsCategoriesEditor *self = RS_CATEGORIES_EDITOR (widget);

  if (self->categories != NULL && has_errors (self))
    add_toast (self, adw_toast_new (_("Fix the categories marked in red first")));
  save_now (self);
}

gboolean
rs_categories_editor_has_unsaved (RsCategoriesEditor *self)
{
  return self->save_id != 0 || self->removed != NULL;
}

static void
use_targets_cb (RsPopulationDialog *dialog,
                GPtrArray          *benchmarks,
                RsCategoriesEditor *self)
{
  g_autofree char *credit = NULL;
  guint applied = 0;

  for (guint c = 0; self->categories && c < self->categories->len; c++)
    if (rs_population_apply (benchmarks, g_ptr_array_index (self->categories, c),
                             rs_panel_get_min_age (self->panel), NULL))
      applied++;
  if (applied == 0)
    {
      add_toast (self, adw_toast_new (_("No category is age, gender, origin or socio-economic status; "
                                        "add one from Add Category first")));
      return;
    }
  rebuild (self);
  schedule_save (self);
  credit = rs_population_credit_text (benchmarks);
  gtk_label_set_text (self->credit, credit);
  gtk_widget_set_visible (GTK_WIDGET (self->credit), TRUE);
  add_toast (self, adw_toast_new_format (ngettext ("Target shares of %u category set from Statistics Denmark",
                                                   "Target shares of %u categories set from Statistics Denmark",
                                                   applied), applied));
}

static void
fetch_population_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RsCategoriesEditor *self = RS_CATEGORIES_EDITOR (widget);
  RsDatabase *db = self->owner ? rs_page_get_database (self->owner) : self->db;
  GSettings *settings = self->owner && rs_page_get_context (self->owner)
                        ? rs_context_get_settings (rs_page_get_context (self->owner)) : NULL;
  RsPopulationDialog *dialog;

  if (db == NULL || self->categories == NULL)
    return;
  dialog = rs_population_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), db, settings);
  g_signal_connect_object (dialog, "use-targets", G_CALLBACK (use_targets_cb), self, 0);
  g_set_weak_pointer (&self->population, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rs_categories_editor_dispose (GObject *object)
{
  RsCategoriesEditor *self = RS_CATEGORIES_EDITOR (object);

  /* Edits still waiting are saved, beyond the cancel below (a removal
   * whose Undo toast is still up is not). */
  if (self->save_id != 0)
    {
      GCancellable *cancellable = g_steal_pointer (&self->cancellable);

      save_now (self);
      self->cancellable = cancellable;
    }
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_weak_pointer (&self->population);
  g_clear_weak_pointer (&self->undo_toast);
  g_clear_weak_pointer (&self->owner);
  g_clear_pointer (&self->removed, rs_category_free);
  g_clear_object (&self->db);
  g_clear_object (&self->panel);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->error_labels, g_ptr_array_unref);
  g_clear_pointer (&self->preview_rows, g_ptr_array_unref);
  g_clear_pointer (&self->add_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (rs_categories_editor_parent_class)->dispose (object);
}

static void
rs_categories_editor_class_init (RsCategoriesEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rs_categories_editor_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-categories-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RsCategoriesEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, RsCategoriesEditor, credit);
  gtk_widget_class_bind_template_child (widget_class, RsCategoriesEditor, empty);
  gtk_widget_class_bind_template_child (widget_class, RsCategoriesEditor, groups);
  gtk_widget_class_install_action (widget_class, "categories.add-preset", "s", add_preset_action);
  gtk_widget_class_install_action (widget_class, "categories.compute", NULL, compute_action);
  gtk_widget_class_install_action (widget_class, "categories.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "categories.fetch-population", NULL, fetch_population_action);
  gtk_widget_class_install_action (widget_class, "categories.undo-remove", NULL, undo_remove_action);
}

static void
rs_categories_editor_init (RsCategoriesEditor *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  const char * const *presets = rs_category_preset_ids ();

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; presets[i]; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (rs_category_preset_title (presets[i]), NULL);
      g_menu_item_set_action_and_target (item, "categories.add-preset", "s", presets[i]);
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->add_button, G_MENU_MODEL (menu));
  self->error_labels = g_ptr_array_new ();
  self->preview_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->add_rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "categories.undo-remove", FALSE);
}

GtkWidget *
rs_categories_editor_new (RsPage *owner)
{
  RsCategoriesEditor *self = g_object_new (RS_TYPE_CATEGORIES_EDITOR, NULL);

  /* Weak: the editor may outlive its page while a save finishes. */
  g_set_weak_pointer (&self->owner, owner);
  return GTK_WIDGET (self);
}

void
rs_categories_editor_set_categories (RsCategoriesEditor *self,
                                     RsPanel            *panel,
                                     GPtrArray          *categories)
{
  /* A reload of the panel being edited does not undo edits not yet saved. */
  if (self->panel != NULL && panel != NULL && rs_panel_get_id (self->panel) == rs_panel_get_id (panel) &&
      rs_categories_editor_has_unsaved (self))
    {
      g_set_object (&self->panel, panel);
      g_ptr_array_unref (categories);
      return;
    }
  if (self->panel == NULL || panel == NULL || rs_panel_get_id (self->panel) != rs_panel_get_id (panel))
    {
      /* Another panel: what waited for this one is saved first. */
      gboolean pending = rs_categories_editor_has_unsaved (self);

      g_clear_pointer (&self->removed, rs_category_free);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "categories.undo-remove", FALSE);
      if (pending)
        save_now (self);
      if (self->undo_toast)
        adw_toast_dismiss (self->undo_toast);
    }
  g_set_object (&self->panel, panel);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  self->categories = categories;
  rebuild (self);
}

const char *
rs_categories_editor_get_error (RsCategoriesEditor *self,
                                guint               index)
{
  GtkWidget *label;

  if (index >= self->error_labels->len)
    return NULL;
  label = g_ptr_array_index (self->error_labels, index);
  return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

GPtrArray *
rs_categories_editor_get_categories (RsCategoriesEditor *self)
{
  return self->categories;
}

void
rs_categories_editor_set_database (RsCategoriesEditor *self,
                                   RsDatabase         *db)
{
  g_set_object (&self->db, db);
}

GtkWidget *
rs_categories_editor_get_add_row (RsCategoriesEditor *self,
                                  guint               index)
{
  return index < self->add_rows->len ? g_ptr_array_index (self->add_rows, index) : NULL;
}

void
rs_categories_editor_remove_category (RsCategoriesEditor *self,
                                      guint               index)
{
  remove_category (self, index);
}

RsPopulationDialog *
rs_categories_editor_get_population_dialog (RsCategoriesEditor *self)
{
  return self->population;
}

const char *
rs_categories_editor_get_credit (RsCategoriesEditor *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->credit)) ? gtk_label_get_text (self->credit) : NULL;
}

void
rs_categories_editor_update_panel (RsCategoriesEditor *self,
                                   RsPanel            *panel)
{
  if (self->panel == NULL || rs_panel_get_id (self->panel) != rs_panel_get_id (panel))
    return;
  g_set_object (&self->panel, panel);
  for (guint c = 0; self->categories && c < self->categories->len && c < self->error_labels->len; c++)
    update_category (self, c);
}
