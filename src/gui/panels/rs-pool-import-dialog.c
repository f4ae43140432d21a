/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pool-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-age-bands.h"
#include "rs-csv-reader.h"
#include "rs-pool-import-dialog.h"
#include "rs-pool-import.h"

struct _RsPoolImportDialog
{
  AdwWindow       parent_instance;

  RsDatabase     *db;
  gint64          panel_id;
  GPtrArray      *categories;
  RsPoolMapping  *stored;
  GFile          *file;
  RsPoolScan     *scan;
  GCancellable   *cancellable;

  GtkLabel       *file_label;
  GtkLabel       *message;
  GtkProgressBar *progress;
  GtkWidget      *import_button;
  GtkWidget      *cancel_button;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *values_group;
  GPtrArray      *column_rows;   /* AdwComboRow: id, contact fields, then categories */
  GPtrArray      *value_rows;    /* AdwComboRow with data "category", "spelling" */
  gboolean        importing;
};

G_DEFINE_FINAL_TYPE (RsPoolImportDialog, rs_pool_import_dialog, ADW_TYPE_WINDOW)

enum { IMPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

#define N_FIXED (1 + RS_N_CONTACT_FIELDS)
/* Distinct values kept per column (a column of names or addresses holds
 * thousands), and spellings shown per category for mapping. */
#define MAX_DISTINCT 2000
#define MAX_SPELLINGS 60

static const char *
fixed_title (guint i)
{
  const char *titles[N_FIXED] = {
    N_("Id"), N_("Name"), N_("Address"), N_("Postcode"), N_("City"), N_("E-mail"), N_("Phone"),
  };
  return _(titles[i]);
}

static const char *
selected_column (RsPoolImportDialog *self,
                 guint               row)
{
  guint i = adw_combo_row_get_selected (g_ptr_array_index (self->column_rows, row));

  return i == 0 || i == GTK_INVALID_LIST_POSITION ? NULL : g_ptr_array_index (self->scan->header, i - 1);
}

RsPoolMapping *
rs_pool_import_dialog_get_mapping (RsPoolImportDialog *self)
{
  RsPoolMapping *mapping = rs_pool_mapping_new ();

  if (self->scan == NULL)
    return mapping;
  mapping->id_column = g_strdup (selected_column (self, 0));
  for (guint k = 0; k < RS_N_CONTACT_FIELDS; k++)
    mapping->contact[k] = g_strdup (selected_column (self, 1 + k));
  for (guint c = 0; c < self->categories->len; c++)
    rs_pool_mapping_set_column (mapping, ((RsCategory *) self->categories->pdata[c])->name,
                                selected_column (self, N_FIXED + c));
  for (guint i = 0; i < self->value_rows->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->value_rows, i);
      RsCategory *category = g_object_get_data (G_OBJECT (row), "category");
      guint v = adw_combo_row_get_selected (row);
      if (v > 0 && v != GTK_INVALID_LIST_POSITION)
        rs_pool_mapping_add_alias (mapping, category->name, g_object_get_data (G_OBJECT (row), "spelling"),
                                   ((RsCategoryValue *) category->values->pdata[v - 1])->name);
    }
  return mapping;
}

GStrv
rs_pool_import_dialog_get_spellings (RsPoolImportDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->value_rows->len; i++)
    {
      GObject *row = g_ptr_array_index (self->value_rows, i);
      RsCategory *category = g_object_get_data (row, "category");
      g_autofree char *text = g_strdup_printf ("%s: %s", category->name,
                                               (const char *) g_object_get_data (row, "spelling"));
      g_strv_builder_add (builder, text);
    }
  return g_strv_builder_end (builder);
}

gboolean
rs_pool_import_dialog_is_ready (RsPoolImportDialog *self)
{
  return self->scan != NULL;
}

static gboolean
value_known (RsCategory *category,
             const char *cell)
{
  g_autofree char *key = rs_pool_spelling_key (cell);

  /* Ages in years, birth dates and bands map to an age category by themselves. */
  if (rs_category_is_age_bands (category))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                                               g_date_time_get_year (now));
      int lo, hi;

      if (rs_age_band_parse (cell, &lo, &hi) ? rs_category_band_value (category, lo, hi) != NULL
                                             : rs_category_age_value (category, rs_age_from_cell (cell, today)) != NULL)
        return TRUE;
    }
  for (guint v = 0; v < category->values->len; v++)
    {
      RsCategoryValue *value = g_ptr_array_index (category->values, v);
      g_autofree char *name = rs_pool_spelling_key (value->name);
      g_auto(GStrv) aliases = g_strsplit (value->aliases ? value->aliases : "", "|", -1);

      if (g_str_equal (key, name) || g_strv_contains ((const char * const *) aliases, key) ||
          (value->code && g_ascii_strcasecmp (value->code, cell) == 0))
        return TRUE;
    }
  return FALSE;
}

static void
rebuild_values (RsPoolImportDialog *self)
{
  for (guint i = 0; i < self->value_rows->len; i++)
    adw_preferences_group_remove (self->values_group, g_ptr_array_index (self->value_rows, i));
  g_ptr_array_set_size (self->value_rows, 0);

  for (guint c = 0; c < self->categories->len; c++)
    {
      RsCategory *category = g_ptr_array_index (self->categories, c);
      guint col = adw_combo_row_get_selected (g_ptr_array_index (self->column_rows, N_FIXED + c));
      GPtrArray *distinct;

      if (col == 0 || col == GTK_INVALID_LIST_POSITION)
        continue;
      distinct = g_ptr_array_index (self->scan->distinct, col - 1);
      for (guint d = 0, shown = 0; d < distinct->len && shown < MAX_SPELLINGS; d++)
        {
          const char *cell = g_ptr_array_index (distinct, d);
          g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
          const char *alias = self->stored ? rs_pool_mapping_lookup_alias (self->stored, category->name, cell) : NULL;
          g_autofree char *title = NULL;
          GtkWidget *row;

          if (value_known (category, cell))
            continue;
          shown++;
          gtk_string_list_append (names, _("(not matched: the row is refused)"));
          for (guint v = 0; v < category->values->len; v++)
            {
              RsCategoryValue *value = g_ptr_array_index (category->values, v);
              gtk_string_list_append (names, value->name);
              if (g_strcmp0 (alias, value->name) == 0)
                alias = NULL, g_object_set_data (G_OBJECT (names), "pick", GUINT_TO_POINTER (v + 1));
            }
          row = adw_combo_row_new ();
          /* Translators: a spelling found in the file and the category it belongs to */
          title = g_strdup_printf (_("“%s” in %s"), *cell ? cell : _("(empty)"), category->name);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
          adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                                      GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (names), "pick")));
          g_object_set_data (G_OBJECT (row), "category", category);
          g_object_set_data_full (G_OBJECT (row), "spelling", g_strdup (cell), g_free);
          adw_preferences_group_add (self->values_group, row);
          g_ptr_array_add (self->value_rows, row);
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->values_group), self->value_rows->len > 0);
}

static void
scanned_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsPoolImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPoolMapping) guess = NULL;
  g_autofree char *info = NULL;
  g_autofree char *separator = NULL;
  g_autofree char *base = g_file_get_basename (self->file);

  self->scan = g_task_propagate_pointer (G_TASK (result), &error);
  if (self->scan == NULL)
    {
      gtk_label_set_text (self->message, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
      return;
    }
  separator = rs_csv_separator_describe (self->scan->separator);
  /* TRANSLATORS: file name, number of people, separator (“;” or “tab”), encoding */
  info = g_strdup_printf (ngettext ("%s: %u person, separator %s, %s",
                                    "%s: %u people, separator %s, %s", self->scan->rows),
                          base, self->scan->rows, separator, self->scan->encoding);
  gtk_label_set_text (self->file_label, info);
  guess = self->stored ? rs_pool_mapping_copy (self->stored) : rs_pool_mapping_new ();
  rs_pool_mapping_guess (guess, self->scan->header, self->categories);

  for (guint r = 0; r < N_FIXED + self->categories->len; r++)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
      GtkWidget *row = adw_combo_row_new ();
      const char *want = r == 0 ? guess->id_column : r < N_FIXED ? guess->contact[r - 1]
                       : rs_pool_mapping_get_column (guess, ((RsCategory *) self->categories->pdata[r - N_FIXED])->name);
      guint pick = 0;

      gtk_string_list_append (names, _("(not in the file)"));
      for (guint h = 0; h < self->scan->header->len; h++)
        {
          gtk_string_list_append (names, g_ptr_array_index (self->scan->header, h));
          if (want && g_strcmp0 (want, g_ptr_array_index (self->scan->header, h)) == 0)
            pick = h + 1;
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), r < N_FIXED ? fixed_title (r)
                                     : ((RsCategory *) self->categories->pdata[r - N_FIXED])->name);
      if (r > 0 && r < N_FIXED)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Contact field, kept apart and never exported by default"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), pick);
      if (r >= N_FIXED)
        g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (rebuild_values), self);
      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->column_rows, row);
    }
  rebuild_values (self);
  gtk_widget_set_sensitive (self->import_button, TRUE);
}

static void
scan_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, cancellable, NULL, &error);
  g_autofree char *base = g_file_get_basename (file);
  /* Every value of the whole file, not only of its first rows. */
  RsPoolScan *scan = bytes ? rs_pool_scan (bytes, base, MAX_DISTINCT, &error) : NULL;

  if (scan == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, scan, (GDestroyNotify) rs_pool_scan_free);
}

static void
on_progress (double   fraction,
             guint    rows,
             gpointer user_data)
{
  RsPoolImportDialog *self = user_data;
  g_autofree char *text = g_strdup_printf (ngettext ("%u person read", "%u people read", rows), rows);

  gtk_progress_bar_set_fraction (self->progress, fraction);
  gtk_progress_bar_set_text (self->progress, text);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsPoolImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  RsPoolImportResult out = { 0 };

  self->importing = FALSE;
  gtk_widget_set_sensitive (self->import_button, TRUE);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
  if (!rs_pool_import_finish (result, &out, &error))
    {
      gtk_progress_bar_set_fraction (self->progress, 0);
      gtk_label_set_text (self->message, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                                         ? _("Import cancelled; nothing was imported.") : error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
      return;
    }
  g_signal_emit (self, signals[IMPORTED], 0, out.rows, out.flagged);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
import_clicked_cb (RsPoolImportDialog *self)
{
  g_autoptr(RsPoolMapping) mapping = rs_pool_import_dialog_get_mapping (self);

  if (self->importing)
    return;
  self->importing = TRUE;
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (self->import_button, FALSE);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Cancel"));
  gtk_label_set_text (self->message, "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->progress), TRUE);
  rs_pool_import_async (self->db, self->panel_id, self->file, mapping, on_progress, self,
                        self->cancellable, imported_cb, g_object_ref (self));
}

static void
cancel_clicked_cb (RsPoolImportDialog *self)
{
  if (self->importing)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
rs_pool_import_dialog_dispose (GObject *object)
{
  RsPoolImportDialog *self = RS_POOL_IMPORT_DIALOG (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->db);
  g_clear_object (&self->file);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->stored, rs_pool_mapping_free);
  g_clear_pointer (&self->scan, rs_pool_scan_free);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->value_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (rs_pool_import_dialog_parent_class)->dispose (object);
}

static void
rs_pool_import_dialog_class_init (RsPoolImportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rs_pool_import_dialog_dispose;
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/raadslag/Raadslag/ui/rs-pool-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPoolImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RsPoolImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, RsPoolImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, RsPoolImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, RsPoolImportDialog, message);
  gtk_widget_class_bind_template_child (widget_class, RsPoolImportDialog, progress);
  gtk_widget_class_bind_template_child (widget_class, RsPoolImportDialog, values_group);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
}

static void
rs_pool_import_dialog_init (RsPoolImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->column_rows = g_ptr_array_new ();
  self->value_rows = g_ptr_array_new ();
}

RsPoolImportDialog *
rs_pool_import_dialog_new (GtkWindow     *parent,
                           RsDatabase    *db,
                           gint64         panel_id,
                           GPtrArray     *categories,
                           RsPoolMapping *stored,
                           GFile         *file)
{
  RsPoolImportDialog *self = g_object_new (RS_TYPE_POOL_IMPORT_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GTask) task = NULL;

  self->db = g_object_ref (db);
  self->panel_id = panel_id;
  self->categories = g_ptr_array_ref (categories);
  self->stored = stored ? rs_pool_mapping_copy (stored) : NULL;
  self->file = g_object_ref (file);
  task = g_task_new (NULL, NULL, scanned_cb, g_object_ref (self));
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, scan_thread);
  return self;
}
