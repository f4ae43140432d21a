/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-csv-writer"

#include "config.h"

#include <string.h>

#include "rs-csv-writer.h"

struct _RsCsvWriter
{
  GString          *out;
  char              separator;
  RsCsvWriterFlags  flags;
  gboolean          row_open;  /* a field has been written on this row */
  guint             n_fields;  /* on this row */
  gsize             row_start; /* where this row starts in out */
};

RsCsvWriter *
rs_csv_writer_new (char             separator,
                   RsCsvWriterFlags flags)
{
  RsCsvWriter *self = g_new0 (RsCsvWriter, 1);

  self->out = g_string_new (NULL);
  self->separator = separator;
  self->flags = flags;
  if (flags & RS_CSV_WRITER_BOM)
    g_string_append (self->out, "\xEF\xBB\xBF");
  self->row_start = self->out->len;
  return self;
}

void
rs_csv_writer_free (RsCsvWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_free (self);
}

static gboolean
needs_quotes (const char *field,
              char        separator)
{
  gsize len = strlen (field);

  /* A leading byte-order mark would be taken for the file's own. */
  return strchr (field, separator) != NULL || strpbrk (field, "\"\r\n") != NULL ||
         (len > 0 && (g_ascii_isspace (field[0]) || g_ascii_isspace (field[len - 1]))) ||
         g_str_has_prefix (field, "\xEF\xBB\xBF");
}

static void
append_field (GString    *out,
              const char *field,
              char        separator,
              gboolean    quote_all,
              gboolean    guard)
{
  g_autofree char *valid = NULL;

  if (field == NULL)
    field = "";
  if (!g_utf8_validate (field, -1, NULL))
    field = valid = g_utf8_make_valid (field, -1);
  guard = guard && field[0] != '\0' && strchr ("=+-@\t\r", field[0]) != NULL;
  if (!quote_all && !guard && !needs_quotes (field, separator))
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  if (guard)
    g_string_append_c (out, '\'');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
rs_csv_append_field (GString    *out,
                     const char *field,
                     char        separator)
{
  append_field (out, field, separator, FALSE, FALSE);
}

static void
add (RsCsvWriter *self,
     const char  *text,
     gboolean     guard)
{
  if (self->row_open)
    g_string_append_c (self->out, self->separator);
  append_field (self->out, text, self->separator, (self->flags & RS_CSV_WRITER_QUOTE_ALL) != 0,
                guard);
  self->row_open = TRUE;
  self->n_fields++;
}

void
rs_csv_writer_add (RsCsvWriter *self,
                   const char  *text)
{
  add (self, text, (self->flags & RS_CSV_WRITER_FORMULA_GUARD) != 0);
}

void
rs_csv_writer_add_plain (RsCsvWriter *self,
                         const char  *text)
{
  add (self, text, FALSE);
}

void
rs_csv_writer_add_printf (RsCsvWriter *self,
                          const char  *format,
                          ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  add (self, text, FALSE);
}

void
rs_csv_writer_add_row (RsCsvWriter        *self,
                       const char * const *fields)
{
  for (guint i = 0; fields != NULL && fields[i] != NULL; i++)
    add (self, fields[i], FALSE);
  rs_csv_writer_end_row (self);
}

void
rs_csv_writer_end_row (RsCsvWriter *self)
{
  /* A row of one empty field would be a blank line, which readers skip. */
  if (self->n_fields == 1 && self->out->len == self->row_start)
    g_string_append (self->out, "\"\"");
  g_string_append (self->out, (self->flags & RS_CSV_WRITER_CRLF) ? "\r\n" : "\n");
  self->row_open = FALSE;
  self->n_fields = 0;
  self->row_start = self->out->len;
}

const char *
rs_csv_writer_peek (RsCsvWriter *self,
                    gsize       *length)
{
  if (length != NULL)
    *length = self->out->len;
  return self->out->str;
}

char *
rs_csv_writer_free_to_string (RsCsvWriter *self)
{
  char *text = g_string_free (self->out, FALSE);

  g_free (self);
  return text;
}

GBytes *
rs_csv_writer_free_to_bytes (RsCsvWriter *self)
{
  GBytes *bytes = g_string_free_to_bytes (self->out);

  g_free (self);
  return bytes;
}
