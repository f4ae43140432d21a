/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

#include "rs-hearing-csv.h"

G_BEGIN_DECLS

/* What a column of a CSV bulk file holds. */
typedef enum
{
  RS_CSV_FIELD_IGNORE = 0,
  RS_CSV_FIELD_SENDER,
  RS_CSV_FIELD_PARTY_TYPE,
  RS_CSV_FIELD_RECEIVED,
  RS_CSV_FIELD_CHANNEL,
  RS_CSV_FIELD_TEXT,
  RS_CSV_FIELD_ADDRESS,
  RS_CSV_FIELD_EMAIL,
  RS_CSV_FIELD_SUBJECT,
  RS_CSV_N_FIELDS
} RsCsvField;

/* An explicit column mapping: for each field the 0-based column holding it,
 * or -1 when the file has none (columns[RS_CSV_FIELD_IGNORE] is unused). */
typedef struct
{
  int columns[RS_CSV_N_FIELDS];
} RsCsvMapping;

void        rs_csv_mapping_init        (RsCsvMapping        *mapping);
/* The mapping found from the header's English or Danish column names. */
void        rs_csv_mapping_from_header (RsCsvMapping        *mapping,
                                        RsCsv               *csv);
/* Maps @column to @field; refuses a field that already has another column. */
gboolean    rs_csv_mapping_set         (RsCsvMapping        *mapping,
                                        RsCsvField           field,
                                        int                  column,
                                        const char * const  *header,
                                        GError             **error);
/* Checks that the text is mapped and every column exists in a header of
 * @n_columns columns. */
gboolean    rs_csv_mapping_check       (const RsCsvMapping  *mapping,
                                        guint                n_columns,
                                        GError             **error);
/* Parses "sender=Navn,text=3,received=Dato": a field nick, then a header
 * name (case-insensitive) or a 1-based column number. */
gboolean    rs_csv_mapping_parse       (RsCsvMapping        *mapping,
                                        const char          *spec,
                                        const char * const  *header,
                                        GError             **error);
/* "sender", "type", "received", "channel", "text", "address", "email",
 * "subject"; "ignore" for RS_CSV_FIELD_IGNORE. */
const char *rs_csv_field_get_nick      (RsCsvField           field);
/* A translated label. */
const char *rs_csv_field_get_label     (RsCsvField           field);
/* Reads the rows after the header into responses (RsHearingResponse) by
 * @mapping. Errors name @display, the line and the column. */
gboolean    rs_csv_read_responses      (RsCsv               *csv,
                                        const RsCsvMapping  *mapping,
                                        const char          *display,
                                        const char          *fallback_date,
                                        GPtrArray           *out,
                                        GError             **error);

G_END_DECLS
