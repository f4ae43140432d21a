/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-csv-reader"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-csv-reader.h"

/* How many records the separator is sniffed from, and from how much text. */
#define SNIFF_RECORDS 20
#define SNIFF_BYTES   65536

struct _RsCsvReader
{
  char            *file_name;
  const char      *text;       /* UTF-8: in source, or owned when converted */
  char            *owned;
  GBytes          *source;
  gsize            length;
  gsize            pos;
  guint            line;       /* line at pos */
  gsize            line_start; /* byte offset where the current line starts */
  gsize            col_offset; /* a known column on the current line: */
  guint            col_value;  /* the column of byte col_offset */
  guint            record_line;
  char             separator;
  RsCsvReaderFlags flags;
  const char      *encoding;
  gboolean         had_bom;
  GPtrArray       *row;
  GArray          *field_lines;
  GArray          *field_columns;
  GArray          *field_quoted;
  guint            end_line;   /* where the last record ended */
  guint            end_column;
};

G_DEFINE_QUARK (rs-csv-error-quark, rs_csv_error)

static const char candidates[] = { ',', ';', '\t' };

char *
rs_csv_separator_describe (char separator)
{
  if (separator == '\t')
    /* TRANSLATORS: the separator of a CSV file that has tabs between fields */
    return g_strdup (_("tab"));
  return g_strdup_printf ("“%c”", separator);
}

char
rs_csv_sniff_separator (const char *text,
                        gsize       length)
{
  guint header[G_N_ELEMENTS (candidates)] = { 0 };
  guint matches[G_N_ELEMENTS (candidates)] = { 0 };
  guint fields[G_N_ELEMENTS (candidates)];
  guint records = 0;
  gboolean quoted = FALSE, blank = TRUE;
  gboolean cut = length > SNIFF_BYTES;
  int best = -1;

  length = MIN (length, SNIFF_BYTES);
  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    fields[c] = 1;
  for (gsize i = 0; i <= length && records < SNIFF_RECORDS; i++)
    {
      char ch;

      if (i == length)
        {
          /* A record cut off by the sample's end does not count. */
          if (cut)
            break;
          ch = '\n';
          quoted = FALSE;
        }
      else
        ch = text[i];
      if (ch == '"')
        quoted = !quoted;
      if (quoted || ch == '"')
        {
          blank = FALSE;
          continue;
        }
      if (ch == '\n' || ch == '\r')
        {
          if (!blank)
            {
              for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
                {
                  if (records == 0)
                    header[c] = fields[c];
                  else if (fields[c] == header[c])
                    matches[c]++;
                  fields[c] = 1;
                }
              records++;
            }
          blank = TRUE;
          continue;
        }
      blank = FALSE;
      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        if (ch == candidates[c])
          fields[c]++;
    }

  /* The separator that splits the header into most fields among those that
   * split most records like the header. */
  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      if (header[c] < 2)
        continue;
      if (best < 0 || matches[c] > matches[best] ||
          (matches[c] == matches[best] && header[c] > header[best]))
        best = (int) c;
    }
  return best < 0 ? ',' : candidates[best];
}

/* Line and column (1-based) of a byte offset in @data; the column counts
 * characters where the line is UTF-8, else bytes. */
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
  if (g_utf8_validate (data + start, offset - start, NULL))
    *column = (guint) g_utf8_strlen (data + start, offset - start) + 1;
  else
    *column = (guint) (offset - start) + 1;
}

static gboolean
decode (RsCsvReader *self,
        GBytes      *bytes,
        const char  *data,
        gsize        size,
        GError     **error)
{
  const char *from = NULL;
  const char *zero;

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
      self->had_bom = TRUE;
    }
  else if (size >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    from = "UTF-16LE";
  else if (size >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    from = "UTF-16BE";

  if (from != NULL)
    {
      g_autoptr(GError) local = NULL;
      gsize read = 0, written = 0;

      self->had_bom = TRUE;
      /* With @read given, g_convert() takes a partial last character as
       * the end; it is an error here. */
      self->text = self->owned = g_convert (data + 2, size - 2, "UTF-8", from, &read, &written,
                                            &local);
      if (self->text == NULL || read != size - 2)
        {
          g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_ENCODING,
                       _("%s: the text is marked as UTF-16 but is not (byte %zu)."),
                       self->file_name, (size_t) read + 3);
          return FALSE;
        }
      self->length = written;
      self->encoding = from;
    }
  else if ((zero = memchr (data, '\0', size)) != NULL)
    {
      guint line, column;
      locate (data, zero - data, &line, &column);
      g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_ENCODING,
                   _("%s, line %u, column %u: the file holds a zero byte; it is not a "
                     "text file (save it from the spreadsheet as CSV)."),
                   self->file_name, line, column);
      return FALSE;
    }
  else if (g_utf8_validate (data, size, NULL))
    {
      /* Read in place: a large file is not copied. */
      self->source = bytes ? g_bytes_ref (bytes) : NULL;
      self->text = data;
      self->length = size;
      self->encoding = "UTF-8";
    }
  else
    {
      g_autoptr(GError) local = NULL;
      gsize written = 0, read = 0;

      self->text = self->owned = g_convert (data, size, "UTF-8", "WINDOWS-1252", &read, &written,
                                            &local);
      if (self->text == NULL)
        {
          guint line, column;
          locate (data, read, &line, &column);
          g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_ENCODING,
                       _("%s, line %u, column %u: the text is neither UTF-8 nor "
                         "Windows-1252."), self->file_name, line, column);
          return FALSE;
        }
      self->length = written;
      self->encoding = "WINDOWS-1252";
    }

  if ((zero = memchr (self->text, '\0', self->length)) != NULL)
    {
      guint line, column;
      locate (self->text, zero - self->text, &line, &column);
      g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_ENCODING,
                   _("%s, line %u, column %u: the file holds a zero byte; it is not a "
                     "text file (save it from the spreadsheet as CSV)."),
                   self->file_name, line, column);
      return FALSE;
    }
  return TRUE;
}

RsCsvReader *
rs_csv_reader_new_full (GBytes            *bytes,
                        const char        *file_name,
                        char               separator,
                        RsCsvReaderFlags   flags,
                        GError           **error)
{
  g_autoptr(RsCsvReader) self = g_new0 (RsCsvReader, 1);
  gsize size = 0;
  const char *data = bytes ? g_bytes_get_data (bytes, &size) : NULL;

  g_return_val_if_fail (separator == 0 || separator == ',' || separator == ';' ||
                        separator == '\t', NULL);

  self->file_name = g_strdup (file_name ? file_name : _("CSV file"));
  self->line = 1;
  self->col_value = 1;
  self->flags = flags;
  self->row = g_ptr_array_new_with_free_func (g_free);
  self->field_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->field_columns = g_array_new (FALSE, FALSE, sizeof (guint));
  self->field_quoted = g_array_new (FALSE, FALSE, sizeof (gboolean));

  if (data == NULL)
    data = "";
  if (!decode (self, bytes, data, size, error))
    return NULL;
  self->separator = separator ? separator : rs_csv_sniff_separator (self->text, self->length);
  return g_steal_pointer (&self);
}

RsCsvReader *
rs_csv_reader_new (GBytes      *bytes,
                   const char  *file_name,
                   GError     **error)
{
  return rs_csv_reader_new_full (bytes, file_name, 0, RS_CSV_READER_DEFAULT, error);
}

RsCsvReader *
rs_csv_reader_new_for_path (const char        *path,
                            const char        *file_name,
                            char               separator,
                            RsCsvReaderFlags   flags,
                            GError           **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, &local);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *base = NULL;

  if (file_name == NULL)
    file_name = base = g_filename_display_basename (path);
  if (mapped == NULL)
    {
      g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_READ,
                   _("%s: cannot be read (%s)."), file_name, local->message);
      return NULL;
    }
  bytes = g_mapped_file_get_bytes (mapped);
  return rs_csv_reader_new_full (bytes, file_name, separator, flags, error);
}

void
rs_csv_reader_free (RsCsvReader *self)
{
  if (self == NULL)
    return;
  g_free (self->file_name);
  g_free (self->owned);
  g_clear_pointer (&self->source, g_bytes_unref);
  g_ptr_array_unref (self->row);
  g_array_unref (self->field_lines);
  g_array_unref (self->field_columns);
  g_array_unref (self->field_quoted);
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

gboolean
rs_csv_reader_get_had_bom (RsCsvReader *self)
{
  return self->had_bom;
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

guint
rs_csv_reader_get_current_line (RsCsvReader *self)
{
  return self->line;
}

guint
rs_csv_reader_get_field_line (RsCsvReader *self,
                              guint        index)
{
  if (index >= self->field_lines->len)
    return self->end_line;
  return g_array_index (self->field_lines, guint, index);
}

guint
rs_csv_reader_get_field_column (RsCsvReader *self,
                                guint        index)
{
  if (index >= self->field_columns->len)
    return self->end_column;
  return g_array_index (self->field_columns, guint, index);
}

gboolean
rs_csv_reader_get_field_quoted (RsCsvReader *self,
                                guint        index)
{
  return index < self->field_quoted->len && g_array_index (self->field_quoted, gboolean, index);
}

double
rs_csv_reader_get_fraction (RsCsvReader *self)
{
  return self->length ? (double) self->pos / (double) self->length : 1.0;
}

/* The column (1-based, in characters) of a byte offset on the current
 * line; counted on from the last one asked for, so that a long record
 * costs no more than its length. */
static guint
column_at (RsCsvReader *self,
           gsize        offset)
{
  if (self->col_offset < self->line_start || self->col_offset > offset)
    {
      self->col_offset = self->line_start;
      self->col_value = 1;
    }
  self->col_value += (guint) g_utf8_strlen (self->text + self->col_offset,
                                            offset - self->col_offset);
  self->col_offset = offset;
  return self->col_value;
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

static gboolean
at_field_end (RsCsvReader *self)
{
  char c;

  if (self->pos >= self->length)
    return TRUE;
  c = self->text[self->pos];
  return c == self->separator || c == '\r' || c == '\n';
}

gboolean
rs_csv_reader_next (RsCsvReader  *self,
                    GPtrArray   **row_out,
                    GError      **error)
{
  g_autoptr(GString) field = g_string_new (NULL);

  g_ptr_array_set_size (self->row, 0);
  g_array_set_size (self->field_lines, 0);
  g_array_set_size (self->field_columns, 0);
  g_array_set_size (self->field_quoted, 0);

  /* Skip blank lines. */
  while (self->pos < self->length && eat_newline (self))
    ;
  if (self->pos >= self->length)
    return FALSE;
  self->record_line = self->line;

  for (;;)
    {
      guint line = self->line, column = column_at (self, self->pos);
      gboolean quoted = FALSE;

      g_string_truncate (field, 0);
      if (self->pos < self->length && self->text[self->pos] == '"')
        {
          quoted = TRUE;
          self->pos++;
          for (;;)
            {
              const char *q;

              if (self->pos >= self->length)
                {
                  g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                               _("%s, line %u, column %u: a quoted field is never closed."),
                               self->file_name, line, column);
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
              /* Copy up to the next quote or line end at once. */
              q = self->text + self->pos;
              while (q < self->text + self->length && *q != '"' && *q != '\r' && *q != '\n')
                q++;
              g_string_append_len (field, self->text + self->pos, q - (self->text + self->pos));
              self->pos = q - self->text;
            }
          /* Spaces after the closing quote are let pass; other text is not. */
          while (self->pos < self->length && !at_field_end (self) &&
                 (self->text[self->pos] == ' ' || self->text[self->pos] == '\t'))
            self->pos++;
          if (!at_field_end (self))
            {
              g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                           _("%s, line %u, column %u: unexpected text after a closing quote."),
                           self->file_name, self->line, column_at (self, self->pos));
              return FALSE;
            }
        }
      else
        {
          gsize start = self->pos;
          while (!at_field_end (self))
            {
              if (self->text[self->pos] == '"' && (self->flags & RS_CSV_READER_STRICT_QUOTES))
                {
                  g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
                               _("%s, line %u, column %u: a quote mark inside an unquoted field "
                                 "(a field with quote marks must be quoted as a whole)."),
                               self->file_name, self->line, column_at (self, self->pos));
                  return FALSE;
                }
              self->pos++;
            }
          g_string_append_len (field, self->text + start, self->pos - start);
        }

      g_ptr_array_add (self->row, g_strndup (field->str, field->len));
      g_array_append_val (self->field_lines, line);
      g_array_append_val (self->field_columns, column);
      g_array_append_val (self->field_quoted, quoted);
      if (self->pos < self->length && self->text[self->pos] == self->separator)
        {
          self->pos++;
          continue;
        }
      self->end_line = self->line;
      self->end_column = column_at (self, self->pos);
      if (self->pos < self->length)
        eat_newline (self);
      break;
    }

  *row_out = self->row;
  return TRUE;
}
