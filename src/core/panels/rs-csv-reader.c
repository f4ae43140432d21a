/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-csv-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-csv-reader.h"

struct _RsCsvReader
{
  char      *file_name;
  char      *text;       /* UTF-8 */
  gsize      length;
  gsize      pos;
  guint      line;       /* line at pos */
  gsize      line_start; /* byte offset where the current line starts */
  guint      record_line;
  char       separator;
  const char *encoding;
  GPtrArray *row;
};

G_DEFINE_QUARK (rs-csv-error-quark, rs_csv_error)

static char
sniff_separator (const char *text,
                 gsize       length)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];
      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted && c == ',')
        commas++;
      else if (!quoted && c == ';')
        semicolons++;
      else if (!quoted && c == '\t')
        tabs++;
    }
  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

/* Line and column (in characters, 1-based) of a byte offset in @data. */
static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  gsize start = 0;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        start = i + 1;
      }
  *column = (guint) (offset - start) + 1;
}

RsCsvReader *
rs_csv_reader_new (GBytes      *bytes,
                   const char  *file_name,
                   GError     **error)
{
  g_autoptr(RsCsvReader) self = g_new0 (RsCsvReader, 1);
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end = NULL;

  self->file_name = g_strdup (file_name ? file_name : _("CSV file"));
  self->line = 1;
  self->row = g_ptr_array_new_with_free_func (g_free);

  if (data == NULL)
    data = "";
  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
    }
  if (memchr (data, '\0', size) != NULL)
    {
      guint line, column;
      locate (data, (const char *) memchr (data, '\0', size) - data, &line, &column);
      g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_ENCODING,
                   _("%s, line %u, column %u: the file holds a zero byte; it is not a "
                     "text file (save it from the spreadsheet as CSV)."),
                   self->file_name, line, column);
      return NULL;
    }
  if (g_utf8_validate (data, size, &end))
    {
      self->text = g_strndup (data, size);
      self->length = size;
      self->encoding = "UTF-8";
    }
  else
    {
      g_autoptr(GError) local = NULL;
      gsize written = 0, read = 0;

      self->text = g_convert (data, size, "UTF-8", "WINDOWS-1252", &read, &written, &local);
      if (self->text == NULL)
        {
          guint line, column;
          locate (data, read, &line, &column);
          g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_ENCODING,
                       _("%s, line %u, column %u: the text is neither UTF-8 nor "
                         "Windows-1252."), self->file_name, line, column);
          return NULL;
        }
      self->length = written;
      self->encoding = "WINDOWS-1252";
    }
  self->separator = sniff_separator (self->text, self->length);
  return g_steal_pointer (&self);
}

void
rs_csv_reader_free (RsCsvReader *self)
{
  if (self == NULL)
    return;
  g_free (self->file_name);
  g_free (self->text);
  g_ptr_array_unref (self->row);
  g_free (self);
}

char
rs_csv_reader_get_separator (RsCsvReader *self)
{
  return self->separator;
}

const char *
rs_csv_reader_get_encoding (RsCsvReader *self)
{
  return self->encoding;
}

const char *
rs_csv_reader_get_file_name (RsCsvReader *self)
{
  return self->file_name;
}

guint
rs_csv_reader_get_line (RsCsvReader *self)
{
  return self->record_line;
}

double
rs_csv_reader_get_fraction (RsCsvReader *self)
{
  return self->length ? (double) self->pos / (double) self->length : 1.0;
}

static guint
column_at (RsCsvReader *self,
           gsize        offset)
{
  return (guint) g_utf8_strlen (self->text + self->line_start, offset - self->line_start) + 1;
}

/* Consumes a line end at pos if there is one. */
static gboolean
eat_newline (RsCsvReader *self)
{
  char c = self->text[self->pos];

  if (c == '\r')
    {
      self->pos++;
      if (self->pos < self->length && self->text[self->pos] == '\n')
        self->pos++;
    }
  else if (c == '\n')
    self->pos++;
  else
    return FALSE;
  self->line++;
  self->line_start = self->pos;
  return TRUE;
}

gboolean
rs_csv_reader_next (RsCsvReader  *self,
                    GPtrArray   **row_out,
                    GError      **error)
{
  GString *field = g_string_new (NULL);
  const char sep = self->separator;

  g_ptr_array_set_size (self->row, 0);

  /* Skip blank lines. */
  while (self->pos < self->length && eat_newline (self))
    ;
  if (self->pos >= self->length)
    {
      g_string_free (field, TRUE);
      return FALSE;
    }
  self->record_line = self->line;

  for (;;)
    {
      g_string_truncate (field, 0);
      if (self->pos < self->length && self->text[self->pos] == '"')
        {
          guint open_line = self->line, open_column = column_at (self, self->pos);

          self->pos++;
          for (;;)
            {
              if (self->pos >= self->length)
                {
                  g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                               _("%s, line %u, column %u: a quoted field is never closed."),
                               self->file_name, open_line, open_column);
                  g_string_free (field, TRUE);
                  return FALSE;
                }
              if (self->text[self->pos] == '"')
                {
                  if (self->pos + 1 < self->length && self->text[self->pos + 1] == '"')
                    {
                      g_string_append_c (field, '"');
                      self->pos += 2;
                      continue;
                    }
                  self->pos++;
                  break;
                }
              if (self->text[self->pos] == '\r' || self->text[self->pos] == '\n')
                {
                  gsize before = self->pos;
                  eat_newline (self);
                  g_string_append_len (field, self->text + before, self->pos - before);
                  continue;
                }
              g_string_append_c (field, self->text[self->pos++]);
            }
          if (self->pos < self->length && self->text[self->pos] != sep &&
              self->text[self->pos] != '\r' && self->text[self->pos] != '\n')
            {
              g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                           _("%s, line %u, column %u: unexpected text after a closing quote."),
                           self->file_name, self->line, column_at (self, self->pos));
              g_string_free (field, TRUE);
              return FALSE;
            }
        }
      else
        {
          gsize start = self->pos;
          while (self->pos < self->length && self->text[self->pos] != sep &&
                 self->text[self->pos] != '\r' && self->text[self->pos] != '\n')
            self->pos++;
          g_string_append_len (field, self->text + start, self->pos - start);
        }

      g_ptr_array_add (self->row, g_strndup (field->str, field->len));
      if (self->pos < self->length && self->text[self->pos] == sep)
        {
          self->pos++;
          continue;
        }
      if (self->pos < self->length)
        eat_newline (self);
      break;
    }

  g_string_free (field, TRUE);
  *row_out = self->row;
  return TRUE;
}

void
rs_csv_append_field (GString    *out,
                     const char *field,
                     char        separator)
{
  g_autofree char *valid = NULL;

  if (field == NULL)
    field = "";
  if (!g_utf8_validate (field, -1, NULL))
    field = valid = g_utf8_make_valid (field, -1);
  if (strchr (field, separator) || strpbrk (field, "\"\r\n") ||
      (field[0] == ' ' || (*field && field[strlen (field) - 1] == ' ')))
    {
      g_string_append_c (out, '"');
      for (const char *p = field; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, field);
}
