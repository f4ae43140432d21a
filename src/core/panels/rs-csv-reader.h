/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RS_CSV_ERROR (rs_csv_error_quark ())

typedef enum
{
  RS_CSV_ERROR_ENCODING,
  RS_CSV_ERROR_SYNTAX,
  RS_CSV_ERROR_EMPTY,
} RsCsvError;

/* A forgiving CSV reader for files as offices have them: ',' ';' or tab
 * separators (sniffed from the first line), UTF-8 with or without a BOM or
 * Windows-1252 (converted), RFC 4180 quoting with embedded newlines and
 * doubled quotes, CRLF/LF/CR line ends. Errors carry file, line and column. */
typedef struct _RsCsvReader RsCsvReader;

GQuark       rs_csv_error_quark          (void);
RsCsvReader *rs_csv_reader_new           (GBytes       *bytes,
                                          const char   *file_name,
                                          GError      **error);
void         rs_csv_reader_free          (RsCsvReader  *self);
char         rs_csv_reader_get_separator (RsCsvReader  *self);
const char  *rs_csv_reader_get_encoding  (RsCsvReader  *self);
/* Reads the next non-blank record. Returns FALSE at the end (no error) or
 * on a syntax error. *row_out is owned by the reader until the next call. */
gboolean     rs_csv_reader_next          (RsCsvReader  *self,
                                          GPtrArray   **row_out,
                                          GError      **error);
/* The line (1-based) where the last record started. */
guint        rs_csv_reader_get_line      (RsCsvReader  *self);
/* Progress: fraction of the text read, 0..1. */
double       rs_csv_reader_get_fraction  (RsCsvReader  *self);
const char  *rs_csv_reader_get_file_name (RsCsvReader  *self);

/* Appends @field quoted when needed. */
void         rs_csv_append_field         (GString      *out,
                                          const char   *field,
                                          char          separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsCsvReader, rs_csv_reader_free)

G_END_DECLS
