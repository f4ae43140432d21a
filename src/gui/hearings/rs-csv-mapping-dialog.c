/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-csv-mapping-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-csv-mapping-dialog.h"
#include "rs-hearing-import.h"

#define PREVIEW_ROWS 5

struct _RsCsvMappingDialog
{
  AdwMessageDialog  parent_instance;

  GPtrArray        *rows;     /* of AdwComboRow, one per column */
  AdwPreferencesGroup *group;
  AdwBin           *preview;
  GStrv             header;
  char             *body;
};

G_DEFINE_FINAL_TYPE (RsCsvMappingDialog, rs_csv_mapping_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* The fields in dropdown order. */
static const RsCsvField fields[] = {
  RS_CSV_FIELD_IGNORE, RS_CSV_FIELD_SENDER, RS_CSV_FIELD_PARTY_TYPE, RS_CSV_FIELD_RECEIVED,
  RS_CSV_FIELD_CHANNEL, RS_CSV_FIELD_TEXT, RS_CSV_FIELD_ADDRESS, RS_CSV_FIELD_EMAIL,
  RS_CSV_FIELD_SUBJECT,
};

static void
rs_csv_mapping_dialog_finalize (GObject *object)
{
  RsCsvMappingDialog *self = RS_CSV_MAPPING_DIALOG (object);

  g_ptr_array_unref (self->rows);
  g_strfreev (self->header);
  g_free (self->body);
  G_OBJECT_CLASS (rs_csv_mapping_dialog_parent_class)->finalize (object);
}

static void
rs_csv_mapping_dialog_class_init (RsCsvMappingDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = rs_csv_mapping_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-csv-mapping-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsCsvMappingDialog, group);
  gtk_widget_class_bind_template_child (widget_class, RsCsvMappingDialog, preview);
}

static void
rs_csv_mapping_dialog_init (RsCsvMappingDialog *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

gboolean
rs_csv_mapping_dialog_get_mapping (RsCsvMappingDialog *self,
                                   RsCsvMapping       *mapping,
                                   GError            **error)
{
  rs_csv_mapping_init (mapping);
  for (guint i = 0; i < self->rows->len; i++)
    {
      guint selected = adw_combo_row_get_selected (g_ptr_array_index (self->rows, i));
      RsCsvField field = selected < G_N_ELEMENTS (fields) ? fields[selected] : RS_CSV_FIELD_IGNORE;

      if (!rs_csv_mapping_set (mapping, field, i, (const char * const *) self->header, error))
        return FALSE;
    }
  return rs_csv_mapping_check (mapping, self->rows->len, error);
}

static void
update_validity (RsCsvMappingDialog *self)
{
  RsCsvMapping mapping;
  g_autoptr(GError) error = NULL;
  gboolean valid = rs_csv_mapping_dialog_get_mapping (self, &mapping, &error);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "import", valid);
  if (valid)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), self->body);
  else
    {
      g_autofree char *body = g_strdup_printf ("%s\n\n%s", self->body, error->message);
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
    }
}

void
rs_csv_mapping_dialog_set_field (RsCsvMappingDialog *self,
                                 int                 column,
                                 RsCsvField          field)
{
  g_return_if_fail (column >= 0 && (guint) column < self->rows->len);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] == field)
      adw_combo_row_set_selected (g_ptr_array_index (self->rows, column), i);
}

static GtkWidget *
preview_label (const char *text,
               gboolean    bold)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  /* Short cells (dates, types) are shown whole; the preview scrolls sideways. */
  gtk_label_set_width_chars (GTK_LABEL (label), MIN (g_utf8_strlen (text, -1) + 1, 12));
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (bold)
    gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
build_preview (RsCsv *head)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  for (guint r = 0; r < head->rows->len && r <= PREVIEW_ROWS; r++)
    {
      GStrv row = g_ptr_array_index (head->rows, r);
      for (guint c = 0; row[c] != NULL; c++)
        {
          g_autofree char *one_line = g_strdelimit (g_strdup (row[c]), "\r\n\t", ' ');
          gtk_grid_attach (GTK_GRID (grid), preview_label (one_line, r == 0), c, r, 1, 1);
        }
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), grid);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  return scrolled;
}

GtkWidget *
rs_csv_mapping_dialog_new (GtkWindow  *parent,
                           const char *display_name,
                           RsCsv      *head)
{
  RsCsvMappingDialog *self = g_object_new (RS_TYPE_CSV_MAPPING_DIALOG,
                                           "transient-for", parent, "modal", TRUE, NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GStrv header = g_ptr_array_index (head->rows, 0);
  RsCsvMapping guess;

  self->header = g_strdupv (header);
  self->body = g_strdup_printf (_("The columns of “%s” are not recognised. Choose what each column "
                                  "holds; one column must hold the response text."), display_name);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_string_list_append (labels, rs_csv_field_get_label (fields[i]));
  rs_csv_mapping_from_header (&guess, head);

  for (guint c = 0; header[c] != NULL; c++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      g_autofree char *title = *header[c] ? g_strdup (header[c])
                                          : g_strdup_printf (_("Column %u"), c + 1);
      g_autofree char *accessible = g_strdup_printf (_("Contents of column “%s”"), title);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (head->rows->len > 1)
        {
          GStrv first = g_ptr_array_index (head->rows, 1);
          if (c < g_strv_length (first))
            {
              g_autofree char *sample = g_strdelimit (g_utf8_substring (first[c], 0,
                                                                        MIN (g_utf8_strlen (first[c], -1), 60)),
                                                      "\r\n\t", ' ');
              adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sample);
            }
        }
      adw_combo_row_set_model (row, G_LIST_MODEL (labels));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_ptr_array_add (self->rows, row);
      adw_preferences_group_add (self->group, GTK_WIDGET (row));
    }
  for (int f = 1; f < RS_CSV_N_FIELDS; f++)
    if (guess.columns[f] >= 0)
      rs_csv_mapping_dialog_set_field (self, guess.columns[f], f);
  for (guint i = 0; i < self->rows->len; i++)
    g_signal_connect_swapped (g_ptr_array_index (self->rows, i), "notify::selected",
                              G_CALLBACK (update_validity), self);

  adw_bin_set_child (self->preview, build_preview (head));
  update_validity (self);
  return GTK_WIDGET (self);
}

/* Mapping several files, one dialog after another */

typedef struct
{
  GtkWindow *parent;
  GStrv      paths;
  GPtrArray *mappings;  /* of RsCsvMapping or NULL */
  guint      next;
} MapFiles;

static void
map_files_free (MapFiles *data)
{
  g_clear_object (&data->parent);
  g_strfreev (data->paths);
  g_ptr_array_unref (data->mappings);
  g_free (data);
}

static void map_next (GTask *task);

static void
mapping_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  g_autoptr(GTask) task = user_data;
  MapFiles *data = g_task_get_task_data (task);
  RsCsvMapping *mapping;
  GError *error = NULL;

  if (!g_str_equal (response, "import"))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled; nothing was changed."));
      return;
    }
  mapping = g_new (RsCsvMapping, 1);
  g_ptr_array_index (data->mappings, data->next) = mapping;
  if (!rs_csv_mapping_dialog_get_mapping (RS_CSV_MAPPING_DIALOG (dialog), mapping, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  data->next++;
  map_next (g_steal_pointer (&task));
}

static void
map_next (GTask *task)
{
  MapFiles *data = g_task_get_task_data (task);
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }
  for (; data->paths[data->next] != NULL; data->next++)
    if (rs_hearing_import_needs_mapping (data->paths[data->next]))
      {
        const char *path = data->paths[data->next];
        g_autofree char *display = g_filename_display_basename (path);
        g_autoptr(RsCsv) head = rs_hearing_import_read_csv_head (path, PREVIEW_ROWS, &error);
        GtkWidget *dialog;

        if (head == NULL)
          {
            g_task_return_error (task, error);
            g_object_unref (task);
            return;
          }
        dialog = rs_csv_mapping_dialog_new (data->parent, display, head);
        g_signal_connect (dialog, "response", G_CALLBACK (mapping_response_cb), task);
        gtk_window_present (GTK_WINDOW (dialog));
        return;
      }
  g_task_return_pointer (task, g_ptr_array_ref (data->mappings), (GDestroyNotify) g_ptr_array_unref);
  g_object_unref (task);
}

void
rs_csv_mapping_dialog_map_files (GtkWindow           *parent,
                                 const char * const  *paths,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  MapFiles *data = g_new0 (MapFiles, 1);
  guint n = g_strv_length ((GStrv) paths);

  data->parent = parent ? g_object_ref (parent) : NULL;
  data->paths = g_strdupv ((GStrv) paths);
  data->mappings = g_ptr_array_new_full (n, g_free);
  g_ptr_array_set_size (data->mappings, n);
  g_task_set_source_tag (task, rs_csv_mapping_dialog_map_files);
  g_task_set_task_data (task, data, (GDestroyNotify) map_files_free);
  map_next (task);
}

GPtrArray *
rs_csv_mapping_dialog_map_files_finish (GAsyncResult  *result,
                                        GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
