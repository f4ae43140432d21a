/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A CSV file read whole into rows of cells by the CSV reader
 * (rs-csv-reader.h), quote marks strict. Errors (RS_HEARING_ERROR_PARSE)
 * name the file, line and column. */
typedef struct
{
  GPtrArray *rows;     /* of GStrv */
  GArray    *lines;    /* int: the line each row starts on (1-based) */
} RsCsv;

RsCsv *rs_csv_parse        (const char *text,
                            gsize       length,
                            const char *display_name,
                            GError    **error);
/* The first @max_rows rows (the header counts) only; 0: all. A quoted
 * field left open past them is not an error. */
RsCsv *rs_csv_parse_head   (const char *text,
                            gsize       length,
                            const char *display_name,
                            guint       max_rows,
                            GError    **error);
void   rs_csv_free         (RsCsv      *csv);
/* The index of the first header cell matching one of @names
 * (case-insensitive, trimmed), or -1. */
int    rs_csv_find_column  (RsCsv      *csv,
                            const char * const *names);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsCsv, rs_csv_free)

G_END_DECLS
