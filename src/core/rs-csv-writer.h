/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  RS_CSV_WRITER_DEFAULT = 0,
  /* Rows end with CRLF (as Excel writes them) instead of LF. */
  RS_CSV_WRITER_CRLF = 1 << 0,
  /* The text starts with a UTF-8 byte-order mark, which Excel needs to
   * read the file as UTF-8 rather than Windows-1252. */
  RS_CSV_WRITER_BOM = 1 << 1,
  /* Every field is quoted (otherwise only those that need it). */
  RS_CSV_WRITER_QUOTE_ALL = 1 << 2,
  /* A text field a spreadsheet would take for a formula (starting with
   * = + - @, a tab or a carriage return) gets a leading apostrophe. */
  RS_CSV_WRITER_FORMULA_GUARD = 1 << 3,
} RsCsvWriterFlags;

/* The one CSV writer of Rådslag (RFC 4180): a field is quoted when it holds
 * the separator, a quote mark or a line break, or starts or ends with white
 * space; a quote mark is doubled. Text that is not UTF-8 is made valid. */
typedef struct _RsCsvWriter RsCsvWriter;

RsCsvWriter *rs_csv_writer_new            (char                separator,
                                           RsCsvWriterFlags    flags);
void         rs_csv_writer_free           (RsCsvWriter        *self);
/* A text field (guarded against formulas when the writer is); NULL is empty. */
void         rs_csv_writer_add            (RsCsvWriter        *self,
                                           const char         *text);
/* A field written as it is, never guarded: numbers, ids, header names. */
void         rs_csv_writer_add_plain      (RsCsvWriter        *self,
                                           const char         *text);
void         rs_csv_writer_add_printf     (RsCsvWriter        *self,
                                           const char         *format,
                                           ...) G_GNUC_PRINTF (2, 3);
/* Plain fields, then the end of the row. */
void         rs_csv_writer_add_row        (RsCsvWriter        *self,
                                           const char * const *fields);
void         rs_csv_writer_end_row        (RsCsvWriter        *self);
/* The text so far. */
const char  *rs_csv_writer_peek           (RsCsvWriter        *self,
                                           gsize              *length);
char        *rs_csv_writer_free_to_string (RsCsvWriter        *self);
GBytes      *rs_csv_writer_free_to_bytes  (RsCsvWriter        *self);

/* Appends one field to @out, quoted when needed (no formula guard). */
void         rs_csv_append_field          (GString            *out,
                                           const char         *field,
                                           char                separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsCsvWriter, rs_csv_writer_free)

G_END_DECLS
