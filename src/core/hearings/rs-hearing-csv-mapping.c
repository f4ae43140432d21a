/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-csv-mapping"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-hearing-csv-mapping.h"
#include "rs-hearing-import.h"
#include "rs-hearing-response.h"
#include "rs-hearing-store.h"

static const char * const sender_cols[] = { "sender", "afsender", "from", "fra", "navn", "name", NULL };
static const char * const type_cols[] = { "type", "part type", "afsendertype", NULL };
static const char * const received_cols[] = { "received", "modtaget", "date", "dato", NULL };
static const char * const channel_cols[] = { "channel", "kanal", NULL };
static const char * const text_cols[] = { "text", "tekst", "svar", "response", NULL };
static const char * const address_cols[] = { "address", "adresse", NULL };
static const char * const email_cols[] = { "email", "e-mail", "mail", NULL };
static const char * const subject_cols[] = { "subject", "emne", NULL };

static const char * const * const header_names[RS_CSV_N_FIELDS] = {
  NULL, sender_cols, type_cols, received_cols, channel_cols, text_cols,
  address_cols, email_cols, subject_cols,
};

static const char * const nicks[RS_CSV_N_FIELDS] = {
  "ignore", "sender", "type", "received", "channel", "text", "address", "email", "subject",
};

const char *
rs_csv_field_get_nick (RsCsvField field)
{
  g_return_val_if_fail (field < RS_CSV_N_FIELDS, NULL);
  return nicks[field];
}

const char *
rs_csv_field_get_label (RsCsvField field)
{
  switch (field)
    {
    case RS_CSV_FIELD_SENDER:
      return C_("csv column", "Sender");
    case RS_CSV_FIELD_PARTY_TYPE:
      return C_("csv column", "Party type");
    case RS_CSV_FIELD_RECEIVED:
      return C_("csv column", "Received");
    case RS_CSV_FIELD_CHANNEL:
      return C_("csv column", "Channel");
    case RS_CSV_FIELD_TEXT:
      return C_("csv column", "Text");
    case RS_CSV_FIELD_ADDRESS:
      return C_("csv column", "Address");
    case RS_CSV_FIELD_EMAIL:
      return C_("csv column", "E-mail");
    case RS_CSV_FIELD_SUBJECT:
      return C_("csv column", "Subject");
    case RS_CSV_FIELD_IGNORE:
    case RS_CSV_N_FIELDS:
    default:
      return C_("csv column", "Ignore");
    }
}

void
rs_csv_mapping_init (RsCsvMapping *mapping)
{
  for (int i = 0; i < RS_CSV_N_FIELDS; i++)
    mapping->columns[i] = -1;
}

void
rs_csv_mapping_from_header (RsCsvMapping *mapping,
                            RsCsv        *csv)
{
  rs_csv_mapping_init (mapping);
  for (int i = 1; i < RS_CSV_N_FIELDS; i++)
    mapping->columns[i] = rs_csv_find_column (csv, header_names[i]);
}

static const char *
column_name (const char * const *header,
             int                 column,
             char               *buffer,
             gsize               size)
{
  if (header != NULL && column >= 0 && (guint) column < g_strv_length ((GStrv) header) &&
      *header[column] != '\0')
    return header[column];
  g_snprintf (buffer, size, "%d", column + 1);
  return buffer;
}

gboolean
rs_csv_mapping_set (RsCsvMapping        *mapping,
                    RsCsvField           field,
                    int                  column,
                    const char * const  *header,
                    GError             **error)
{
  char a[16], b[16];

  g_return_val_if_fail (field < RS_CSV_N_FIELDS, FALSE);
  if (field == RS_CSV_FIELD_IGNORE)
    return TRUE;
  if (mapping->columns[field] >= 0 && mapping->columns[field] != column)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("The columns “%s” and “%s” are both mapped to “%s”; choose one."),
                   column_name (header, mapping->columns[field], a, sizeof a),
                   column_name (header, column, b, sizeof b), rs_csv_field_get_label (field));
      return FALSE;
    }
  mapping->columns[field] = column;
  return TRUE;
}

gboolean
rs_csv_mapping_check (const RsCsvMapping  *mapping,
                      guint                n_columns,
                      GError             **error)
{
  if (mapping->columns[RS_CSV_FIELD_TEXT] < 0)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("No column is mapped to the response text; choose the column that holds it."));
      return FALSE;
    }
  for (int i = 1; i < RS_CSV_N_FIELDS; i++)
    if (mapping->columns[i] >= (int) n_columns)
      {
        g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                     _("“%s” is mapped to column %d, but the file has only %u columns."),
                     rs_csv_field_get_label (i), mapping->columns[i] + 1, n_columns);
        return FALSE;
      }
  return TRUE;
}

gboolean
rs_csv_mapping_parse (RsCsvMapping        *mapping,
                      const char          *spec,
                      const char * const  *header,
                      GError             **error)
{
  g_auto(GStrv) items = g_strsplit (spec ? spec : "", ",", -1);

  rs_csv_mapping_init (mapping);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (items[i], "=", 2);
      RsCsvField field = RS_CSV_N_FIELDS;
      int column = -1;
      char *end = NULL;
      long number;

      if (kv[0] == NULL || kv[1] == NULL)
        {
          g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                       _("“%s” is not FIELD=COLUMN."), items[i]);
          return FALSE;
        }
      g_strstrip (kv[0]);
      g_strstrip (kv[1]);
      for (int f = 0; f < RS_CSV_N_FIELDS; f++)
        if (g_ascii_strcasecmp (kv[0], nicks[f]) == 0)
          field = f;
      if (field == RS_CSV_N_FIELDS)
        {
          g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                       _("“%s” is not a field (use sender, type, received, channel, text, address, "
                         "email or subject)."), kv[0]);
          return FALSE;
        }
      number = strtol (kv[1], &end, 10);
      if (*kv[1] != '\0' && end != NULL && *end == '\0' && number >= 1 && number <= G_MAXINT)
        column = number - 1;
      else
        {
          g_autofree char *wanted = g_utf8_casefold (kv[1], -1);
          for (guint c = 0; header != NULL && header[c] != NULL; c++)
            {
              g_autofree char *name = g_strstrip (g_utf8_casefold (header[c], -1));
              if (g_str_equal (name, wanted))
                {
                  column = c;
                  break;
                }
            }
          if (column < 0)
            {
              g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                           _("The file has no column “%s”."), kv[1]);
              return FALSE;
            }
        }
      if (!rs_csv_mapping_set (mapping, field, column, header, error))
        return FALSE;
    }
  return TRUE;
}

static const char *
cell (GStrv row,
      int   col)
{
  return col >= 0 && (guint) col < g_strv_length (row) ? row[col] : "";
}

gboolean
rs_csv_read_responses (RsCsv               *csv,
                       const RsCsvMapping  *mapping,
                       const char          *display,
                       const char          *fallback_date,
                       GPtrArray           *out,
                       GError             **error)
{
  const int *c = mapping->columns;
  guint header_n;
  g_autoptr(GError) local = NULL;

  if (csv->rows->len == 0)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the file is empty."), display);
      return FALSE;
    }
  header_n = g_strv_length (g_ptr_array_index (csv->rows, 0));
  if (!rs_csv_mapping_check (mapping, header_n, &local))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   "%s: %s", display, local->message);
      return FALSE;
    }

  for (guint i = 1; i < csv->rows->len; i++)
    {
      GStrv row = g_ptr_array_index (csv->rows, i);
      int line = g_array_index (csv->lines, int, i);
      g_autofree char *text = g_strstrip (g_strdup (cell (row, c[RS_CSV_FIELD_TEXT])));
      g_autofree char *received = NULL;
      g_autofree char *type = g_utf8_casefold (cell (row, c[RS_CSV_FIELD_PARTY_TYPE]), -1);
      g_autofree char *sender = g_strstrip (g_strdup (cell (row, c[RS_CSV_FIELD_SENDER])));
      g_autofree char *source = NULL;
      g_autoptr(RsHearingResponse) r = NULL;

      if (g_strv_length (row) > header_n)
        {
          g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                       _("%s, line %d, column %u: more cells than the header has columns."),
                       display, line, header_n + 1);
          return FALSE;
        }
      if (*text == '\0')
        {
          g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                       _("%s, line %d, column %d: the response text is empty."),
                       display, line, c[RS_CSV_FIELD_TEXT] + 1);
          return FALSE;
        }
      if (c[RS_CSV_FIELD_RECEIVED] >= 0)
        {
          const char *value = cell (row, c[RS_CSV_FIELD_RECEIVED]);
          g_autoptr(GError) bad_date = NULL;

          received = rs_date_normalize (value, &bad_date);
          if (received == NULL)
            {
              /* TRANSLATORS: file name, line, column and what is wrong there. */
              g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                           _("%s, line %d, column %d: %s"),
                           display, line, c[RS_CSV_FIELD_RECEIVED] + 1, bad_date->message);
              return FALSE;
            }
        }
      g_strstrip (type);
      if (*type != '\0' &&
          !g_str_equal (type, "organisation") && !g_str_equal (type, "organization") &&
          !g_str_equal (type, "org") && !g_str_equal (type, "forening") &&
          !g_str_equal (type, "private") && !g_str_equal (type, "privat") &&
          !g_str_equal (type, "borger") && !g_str_equal (type, "citizen"))
        {
          g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                       _("%s, line %d, column %d: “%s” is not a sender type (use organisation or private)."),
                       display, line, c[RS_CSV_FIELD_PARTY_TYPE] + 1,
                       cell (row, c[RS_CSV_FIELD_PARTY_TYPE]));
          return FALSE;
        }
      r = rs_hearing_response_new ();
      rs_hearing_response_set_sender (r, sender);
      rs_hearing_response_set_party_type (r, g_str_has_prefix (type, "org") || g_str_equal (type, "forening")
                                             ? "organisation" : "private");
      rs_hearing_response_set_received_on (r, received ? received : fallback_date);
      if (*cell (row, c[RS_CSV_FIELD_CHANNEL]))
        rs_hearing_response_set_channel (r, cell (row, c[RS_CSV_FIELD_CHANNEL]));
      rs_hearing_response_set_sender_address (r, cell (row, c[RS_CSV_FIELD_ADDRESS]));
      rs_hearing_response_set_sender_email (r, cell (row, c[RS_CSV_FIELD_EMAIL]));
      rs_hearing_response_set_subject (r, cell (row, c[RS_CSV_FIELD_SUBJECT]));
      rs_hearing_response_set_text (r, text);
      source = g_strdup_printf ("%s:%d", display, line);
      rs_hearing_response_set_source_file (r, source);
      g_ptr_array_add (out, g_steal_pointer (&r));
    }
  return TRUE;
}
