/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-csv"

#include "config.h"

#include <string.h>

#include "rs-csv-reader.h"
#include "rs-hearing-csv.h"
#include "rs-hearing-store.h"

void
rs_csv_free (RsCsv *csv)
{
  if (csv == NULL)
    return;
  g_ptr_array_unref (csv->rows);
  g_array_unref (csv->lines);
  g_free (csv);
}

RsCsv *
rs_csv_parse (const char *text,
              gsize       length,
              const char *display_name,
              GError    **error)
{
  return rs_csv_parse_head (text, length, display_name, 0, error);
}

RsCsv *
rs_csv_parse_head (const char *text,
                   gsize       length,
                   const char *display_name,
                   guint       max_rows,
                   GError    **error)
{
  g_autoptr(RsCsv) csv = g_new0 (RsCsv, 1);
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, length);
  g_autoptr(RsCsvReader) reader = NULL;
  g_autoptr(GError) local = NULL;
  GPtrArray *row;

  csv->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  csv->lines = g_array_new (FALSE, FALSE, sizeof (int));
  reader = rs_csv_reader_new_full (bytes, display_name, 0, RS_CSV_READER_STRICT_QUOTES, &local);
  while (reader != NULL && (max_rows == 0 || csv->rows->len < max_rows) &&
         rs_csv_reader_next (reader, &row, &local))
    {
      int line = (int) rs_csv_reader_get_line (reader);

      g_ptr_array_add (row, NULL);
      g_ptr_array_add (csv->rows, g_ptr_array_steal (row, NULL));
      g_array_append_val (csv->lines, line);
    }
  if (local != NULL)
    {
      g_set_error_literal (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE, local->message);
      return NULL;
    }
  return g_steal_pointer (&csv);
}

int
rs_csv_find_column (RsCsv              *csv,
                    const char * const *names)
{
  GStrv header;

  if (csv->rows->len == 0)
    return -1;
  header = g_ptr_array_index (csv->rows, 0);
  for (int i = 0; header[i] != NULL; i++)
    {
      g_autofree char *trimmed = g_strstrip (g_utf8_casefold (header[i], -1));
      for (guint n = 0; names[n] != NULL; n++)
        if (g_str_equal (trimmed, names[n]))
          return i;
    }
  return -1;
}
