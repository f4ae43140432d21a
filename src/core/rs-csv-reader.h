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
  RS_CSV_ERROR_READ,
} RsCsvError;

typedef enum
{
  RS_CSV_READER_DEFAULT = 0,
  /* A quote mark inside an unquoted field is an error (otherwise it is
   * kept as text, as spreadsheets do). */
  RS_CSV_READER_STRICT_QUOTES = 1 << 0,
} RsCsvReaderFlags;

/* The one CSV reader of Rådslag, for files as offices have them:
 * - RFC 4180 quoting: quoted fields span lines, "" is one quote;
 * - the separator ',' ';' or tab, sniffed from the field counts of the
 *   first records (Danish Excel writes ';'), or given;
 * - UTF-8 with or without a byte-order mark, UTF-16 with a byte-order
 *   mark, and Windows-1252 for text that is not UTF-8 (converted);
 * - CRLF, LF and CR line ends; blank lines are skipped.
 * Records are read one at a time (rs_csv_reader_next()); the line and
 * column of every field are kept for messages, and every error names the
 * file, line and column. */
typedef struct _RsCsvReader RsCsvReader;

GQuark       rs_csv_error_quark                (void);
RsCsvReader *rs_csv_reader_new                 (GBytes            *bytes,
                                                const char        *file_name,
                                                GError           **error);
/* @separator: ',' ';' or '\t', or 0 to sniff it. */
RsCsvReader *rs_csv_reader_new_full            (GBytes            *bytes,
                                                const char        *file_name,
                                                char               separator,
                                                RsCsvReaderFlags   flags,
                                                GError           **error);
/* Reads @path (mapped, not copied); a file that cannot be read is an
 * RS_CSV_ERROR_READ error naming @file_name (or the path's base name). */
RsCsvReader *rs_csv_reader_new_for_path        (const char        *path,
                                                const char        *file_name,
                                                char               separator,
                                                RsCsvReaderFlags   flags,
                                                GError           **error);
void         rs_csv_reader_free                (RsCsvReader       *self);
char         rs_csv_reader_get_separator       (RsCsvReader       *self);
/* "UTF-8", "UTF-16LE", "UTF-16BE" or "WINDOWS-1252". */
const char  *rs_csv_reader_get_encoding        (RsCsvReader       *self);
gboolean     rs_csv_reader_get_had_bom         (RsCsvReader       *self);
/* Reads the next non-blank record. Returns FALSE at the end (no error) or
 * on a syntax error. *row_out (of char *) is owned by the reader until the
 * next call; its strings may be stolen with g_ptr_array_steal(). */
gboolean     rs_csv_reader_next                (RsCsvReader       *self,
                                                GPtrArray        **row_out,
                                                GError           **error);
/* The line (1-based) where the last record started. */
guint        rs_csv_reader_get_line            (RsCsvReader       *self);
/* The line the reader stands on: after the end, one past the last line
 * (or the last line, when it has no line end). */
guint        rs_csv_reader_get_current_line    (RsCsvReader       *self);
/* Where field @index of the last record starts: its line and its column
 * (1-based, in characters). An index past the record's end gives the
 * place just after its last field. */
guint        rs_csv_reader_get_field_line      (RsCsvReader       *self,
                                                guint              index);
guint        rs_csv_reader_get_field_column    (RsCsvReader       *self,
                                                guint              index);
/* Whether field @index of the last record was quoted. */
gboolean     rs_csv_reader_get_field_quoted    (RsCsvReader       *self,
                                                guint              index);
/* Progress: fraction of the text read, 0..1. */
double       rs_csv_reader_get_fraction        (RsCsvReader       *self);
const char  *rs_csv_reader_get_file_name       (RsCsvReader       *self);

/* The separator a reader would sniff in the UTF-8 @text. */
char         rs_csv_sniff_separator            (const char        *text,
                                                gsize              length);
/* A separator as a user reads it: “;”, or “tab” for a tab. */
char        *rs_csv_separator_describe         (char               separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsCsvReader, rs_csv_reader_free)

G_END_DECLS
