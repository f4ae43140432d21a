/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-csv"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

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

static char
detect_separator (const char *text,
                  gsize       length)
{
  int commas = 0, semicolons = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length && text[i] != '\n'; i++)
    {
      if (text[i] == '"')
        quoted = !quoted;
      else if (!quoted && text[i] == ',')
        commas++;
      else if (!quoted && text[i] == ';')
        semicolons++;
    }
  return semicolons > commas ? ';' : ',';
}

RsCsv *
rs_csv_parse (const char *text,
              gsize       length,
              const char *display_name,
              GError    **error)
{
  g_autoptr(RsCsv) csv = g_new0 (RsCsv, 1);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  const char *end = text + length;
  const char *p = text;
  const char *invalid = NULL;
  int line = 1, row_line = 1;
  const char *line_start = text;
  gboolean in_quotes = FALSE, was_quoted = FALSE;
  int quote_line = 0, quote_col = 0;
  char sep;

  csv->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  csv->lines = g_array_new (FALSE, FALSE, sizeof (int));

  if (!g_utf8_validate (text, length, &invalid))
    {
      const char *q;
      int col = 1;
      for (q = text; q < invalid; q++)
        if (*q == '\n')
          {
            line++;
            line_start = q + 1;
          }
      col = g_utf8_strlen (line_start, invalid - line_start) + 1;
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s, line %d, column %d: the text is not valid UTF-8."),
                   display_name, line, col);
      return NULL;
    }
  /* A byte-order mark is skipped. */
  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3, line_start = p;
  sep = detect_separator (p, end - p);

  while (p <= end)
    {
      char c = p < end ? *p : '\0';
      gboolean at_end = p == end;

      if (in_quotes)
        {
          if (at_end)
            {
              g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                           _("%s, line %d, column %d: a quoted field is never closed."),
                           display_name, quote_line, quote_col);
              return NULL;
            }
          if (c == '"')
            {
              if (p + 1 < end && p[1] == '"')
                {
                  g_string_append_c (cell, '"');
                  p += 2;
                  continue;
                }
              in_quotes = FALSE;
              p++;
              continue;
            }
          if (c == '\n')
            {
              line++;
              line_start = p + 1;
            }
          g_string_append_c (cell, c);
          p++;
          continue;
        }

      if (!at_end && c == '"')
        {
          if (cell->len > 0 || was_quoted)
            {
              int col = g_utf8_strlen (line_start, p - line_start) + 1;
              g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                           _("%s, line %d, column %d: a quote mark inside an unquoted field."),
                           display_name, line, col);
              return NULL;
            }
          in_quotes = TRUE;
          was_quoted = TRUE;
          quote_line = line;
          quote_col = g_utf8_strlen (line_start, p - line_start) + 1;
          p++;
          continue;
        }
      if (!at_end && c == sep)
        {
          g_ptr_array_add (row, g_strdup (cell->str));
          g_string_truncate (cell, 0);
          was_quoted = FALSE;
          p++;
          continue;
        }
      if (at_end || c == '\n' || (c == '\r' && p + 1 < end && p[1] == '\n'))
        {
          gboolean blank = row->len == 0 && cell->len == 0 && !was_quoted;

          if (!blank)
            {
              g_ptr_array_add (row, g_strdup (cell->str));
              g_ptr_array_add (row, NULL);
              g_ptr_array_add (csv->rows, g_ptr_array_steal (row, NULL));
              g_array_append_val (csv->lines, row_line);
            }
          g_string_truncate (cell, 0);
          was_quoted = FALSE;
          if (at_end)
            break;
          p += c == '\r' ? 2 : 1;
          line++;
          line_start = p;
          row_line = line;
          continue;
        }
      if (was_quoted && c != '\r' && c != ' ')
        {
          int col = g_utf8_strlen (line_start, p - line_start) + 1;
          g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                       _("%s, line %d, column %d: text after a closing quote mark."),
                       display_name, line, col);
          return NULL;
        }
      if (!was_quoted)
        g_string_append_c (cell, c);
      p++;
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
