/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "rs-csv-reader.h"
#include "rs-selection-instance.h"

/* A row of a CSV file and the line it starts on. */
typedef struct
{
  GPtrArray *cells;  /* char* */
  int        line;
} CsvRow;

static void
csv_row_free (gpointer data)
{
  CsvRow *row = data;
  g_ptr_array_unref (row->cells);
  g_free (row);
}

/* The rows of the CSV file at @path, each with its line. */
static GPtrArray *
csv_parse (const char  *path,
           GError     **error)
{
  g_autofree char *text = NULL;
  gsize length;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (csv_row_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RsCsvReader) reader = NULL;
  g_autoptr(GError) local = NULL;
  GPtrArray *cells;

  if (!g_file_get_contents (path, &text, &length, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  reader = rs_csv_reader_new (bytes, path, &local);
  while (reader != NULL && rs_csv_reader_next (reader, &cells, &local))
    {
      CsvRow *row = g_new0 (CsvRow, 1);

      row->cells = g_ptr_array_new_with_free_func (g_free);
      row->line = (int) rs_csv_reader_get_line (reader);
      for (guint i = 0; i < cells->len; i++)
        g_ptr_array_add (row->cells, g_steal_pointer (&cells->pdata[i]));
      g_ptr_array_add (rows, row);
    }
  if (local != NULL)
    {
      g_set_error_literal (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE, local->message);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static const char *
cell_at (CsvRow *row,
         int     column)
{
  if (column < 0 || (guint) column >= row->cells->len)
    return "";
  return g_ptr_array_index (row->cells, column);
}

static int
find_column (CsvRow             *header,
             const char * const *names)
{
  for (guint i = 0; i < header->cells->len; i++)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (g_ptr_array_index (header->cells, i)));
      g_autofree char *h = g_utf8_casefold (trimmed, -1);
      for (guint n = 0; names[n]; n++)
        if (strcmp (h, names[n]) == 0)
          return (int) i;
    }
  return -1;
}

static gboolean
parse_int (const char *path,
           CsvRow     *row,
           int         column,
           const char *column_name,
           gboolean    optional,
           int         fallback,
           int        *out,
           GError    **error)
{
  g_autofree char *text = g_strstrip (g_strdup (cell_at (row, column)));
  char *endp = NULL;
  gint64 value;

  if (column < 0 || (optional && text[0] == '\0'))
    {
      *out = fallback;
      return TRUE;
    }
  errno = 0;
  value = g_ascii_strtoll (text, &endp, 10);
  if (text[0] == '\0' || *endp != '\0' || errno != 0 || value < 0 || value > G_MAXINT / 4)
    {
      g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                   _("%s, line %d, column %d (%s): “%s” is not a whole number of 0 or more."),
                   path, row->line, column + 1, column_name, text);
      return FALSE;
    }
  *out = (int) value;
  return TRUE;
}

gboolean
rs_selection_read_categories (RsSelectionInstance *self,
                              const char          *path,
                              GError             **error)
{
  static const char *cat_names[] = { "category", "feature", NULL };
  static const char *value_names[] = { "feature", "value", "name", "category value",
                                       "category_value", "category-value", NULL };
  g_autoptr(GPtrArray) rows = csv_parse (path, error);
  CsvRow *header;
  int c_cat, c_val, c_min, c_max, c_min_flex, c_max_flex;

  if (rows == NULL)
    return FALSE;
  if (rows->len < 2)
    {
      g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                   _("%s has no categories: it needs a header and one row per value."), path);
      return FALSE;
    }
  header = g_ptr_array_index (rows, 0);
  c_cat = find_column (header, cat_names);
  /* "category,feature" or "feature,value": the value column comes after. */
  c_val = -1;
  for (guint i = c_cat + 1; c_cat >= 0 && i < header->cells->len && c_val < 0; i++)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (g_ptr_array_index (header->cells, i)));
      g_autofree char *h = g_utf8_casefold (trimmed, -1);
      for (guint n = 0; value_names[n]; n++)
        if (strcmp (h, value_names[n]) == 0)
          c_val = (int) i;
    }
  c_min = find_column (header, (const char *[]) { "min", NULL });
  c_max = find_column (header, (const char *[]) { "max", NULL });
  c_min_flex = find_column (header, (const char *[]) { "min_flex", NULL });
  c_max_flex = find_column (header, (const char *[]) { "max_flex", NULL });
  if (c_cat < 0 || c_val < 0 || c_min < 0 || c_max < 0)
    {
      g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                   _("%s, line 1: the header must be “category,feature,min,max” or “feature,value,min,max”."),
                   path);
      return FALSE;
    }
  for (guint r = 1; r < rows->len; r++)
    {
      CsvRow *row = g_ptr_array_index (rows, r);
      g_autofree char *cat = g_strstrip (g_strdup (cell_at (row, c_cat)));
      g_autofree char *val = g_strstrip (g_strdup (cell_at (row, c_val)));
      int min, max, min_flex, max_flex, category;

      if (cat[0] == '\0' || val[0] == '\0')
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                       _("%s, line %d, column %d: the cell is empty."),
                       path, row->line, (cat[0] == '\0' ? c_cat : c_val) + 1);
          return FALSE;
        }
      if (!parse_int (path, row, c_min, "min", FALSE, 0, &min, error) ||
          !parse_int (path, row, c_max, "max", FALSE, 0, &max, error) ||
          !parse_int (path, row, c_min_flex, "min_flex", TRUE, 0, &min_flex, error) ||
          !parse_int (path, row, c_max_flex, "max_flex", TRUE, G_MAXINT / 4, &max_flex, error))
        return FALSE;
      if (min > max)
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                       _("%s, line %d, column %d: the minimum %d is larger than the maximum %d."),
                       path, row->line, c_min + 1, min, max);
          return FALSE;
        }
      category = rs_selection_instance_add_category (self, cat);
      if (rs_selection_instance_find_value (self, category, val) >= 0)
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                       _("%s, line %d, column %d: “%s” appears twice in “%s”."),
                       path, row->line, c_val + 1, val, cat);
          return FALSE;
        }
      rs_selection_instance_add_value (self, category, val, min, max,
                                       MIN (min_flex, min), MAX (max_flex, max));
    }
  return TRUE;
}

gboolean
rs_selection_read_respondents (RsSelectionInstance *self,
                               const char          *path,
                               const char          *id_column,
                               const char * const  *address_columns,
                               GError             **error)
{
  g_autoptr(GPtrArray) rows = csv_parse (path, error);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree int *cat_columns = NULL;
  g_autofree int *addr_columns = NULL;
  g_autofree int *values = NULL;
  guint n_addr = address_columns ? g_strv_length ((char **) address_columns) : 0;
  int n_cats = rs_selection_instance_n_categories (self);
  CsvRow *header;
  int c_id;

  if (rows == NULL)
    return FALSE;
  if (rows->len < 1)
    {
      g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                   _("%s is empty: it needs a header row."), path);
      return FALSE;
    }
  header = g_ptr_array_index (rows, 0);
  {
    g_autofree char *folded = g_utf8_casefold (id_column ? id_column : "nationbuilder_id", -1);
    c_id = find_column (header, (const char *[]) { folded, NULL });
    if (c_id < 0 && id_column != NULL)
      {
        g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                     _("%s, line 1: there is no id column “%s”."), path, id_column);
        return FALSE;
      }
  }
  cat_columns = g_new (int, MAX (n_cats, 1));
  for (int c = 0; c < n_cats; c++)
    {
      g_autofree char *folded = g_utf8_casefold (rs_selection_instance_category (self, c)->name, -1);
      cat_columns[c] = find_column (header, (const char *[]) { folded, NULL });
      if (cat_columns[c] < 0)
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                       _("%s, line 1: there is no column for the category “%s”."),
                       path, rs_selection_instance_category (self, c)->name);
          return FALSE;
        }
    }
  addr_columns = g_new (int, n_addr + 1);
  for (guint a = 0; a < n_addr; a++)
    {
      g_autofree char *folded = g_utf8_casefold (address_columns[a], -1);
      addr_columns[a] = find_column (header, (const char *[]) { folded, NULL });
      if (addr_columns[a] < 0)
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                       _("%s, line 1: there is no address column “%s”."), path, address_columns[a]);
          return FALSE;
        }
    }
  g_strfreev (self->header);
  g_ptr_array_add (header->cells, NULL);
  self->header = g_strdupv ((char **) header->cells->pdata);
  g_ptr_array_remove_index (header->cells, header->cells->len - 1);

  values = g_new (int, MAX (n_cats, 1));
  for (guint r = 1; r < rows->len; r++)
    {
      CsvRow *row = g_ptr_array_index (rows, r);
      g_autofree char *id = NULL;
      g_autofree char *household = NULL;
      g_autoptr(GPtrArray) addr = g_ptr_array_new ();

      if (row->cells->len != header->cells->len)
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                       _("%s, line %d: the row has %u cells but the header has %u."),
                       path, row->line, row->cells->len, header->cells->len);
          return FALSE;
        }
      if (c_id >= 0)
        id = g_strstrip (g_strdup (cell_at (row, c_id)));
      else
        id = g_strdup_printf ("%u", r);
      if (id[0] == '\0')
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                       _("%s, line %d, column %d: the id is empty."), path, row->line, c_id + 1);
          return FALSE;
        }
      if (!g_hash_table_add (ids, g_strdup (id)))
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                       _("%s, line %d, column %d: the id “%s” appears twice."),
                       path, row->line, c_id + 1, id);
          return FALSE;
        }
      for (int c = 0; c < n_cats; c++)
        {
          const char *text = cell_at (row, cat_columns[c]);

          values[c] = rs_selection_instance_find_value (self, c, text);
          if (values[c] < 0)
            {
              g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE,
                           _("%s, line %d, column %d: “%s” is not a value of the category “%s” in the categories file."),
                           path, row->line, cat_columns[c] + 1, text,
                           rs_selection_instance_category (self, c)->name);
              return FALSE;
            }
        }
      for (guint a = 0; a < n_addr; a++)
        g_ptr_array_add (addr, (gpointer) cell_at (row, addr_columns[a]));
      g_ptr_array_add (addr, NULL);
      if (n_addr > 0)
        household = rs_selection_normalise_household ((const char * const *) addr->pdata);
      g_ptr_array_add (row->cells, NULL);
      rs_selection_instance_add_person (self, id, values, household,
                                        (const char * const *) row->cells->pdata);
      g_ptr_array_remove_index (row->cells, row->cells->len - 1);
    }
  return TRUE;
}
