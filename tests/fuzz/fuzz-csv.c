/* SPDX-License-Identifier: MPL-2.0 */
/* The one CSV reader under every separator and flag, the place of every
 * field, and the writer's round trip: what was read, written and read again
 * (with the same separator) is the same. */
#include "config.h"

#include "rs-csv-reader.h"
#include "rs-csv-writer.h"
#include "rs-fuzz.h"

static void
read_and_round_trip (GBytes           *bytes,
                     char              separator,
                     RsCsvReaderFlags  flags)
{
  g_autoptr(RsCsvReader) reader = rs_csv_reader_new_full (bytes, "fuzz.csv", separator, flags, NULL);
  g_autoptr(RsCsvWriter) writer = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(RsCsvReader) again = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *row;
  guint last_line = 0;

  if (reader == NULL)
    return;
  separator = rs_csv_reader_get_separator (reader);
  writer = rs_csv_writer_new (separator, (flags & RS_CSV_READER_STRICT_QUOTES)
                                          ? RS_CSV_WRITER_CRLF | RS_CSV_WRITER_BOM : RS_CSV_WRITER_DEFAULT);
  while (rs_csv_reader_next (reader, &row, &error))
    {
      g_assert_cmpuint (row->len, >=, 1);
      g_assert_cmpuint (rs_csv_reader_get_line (reader), >, last_line);
      last_line = rs_csv_reader_get_line (reader);
      for (guint i = 0; i < row->len; i++)
        {
          g_assert_cmpuint (rs_csv_reader_get_field_line (reader, i), >=, last_line);
          g_assert_cmpuint (rs_csv_reader_get_field_column (reader, i), >=, 1);
          g_assert_true (g_utf8_validate (g_ptr_array_index (row, i), -1, NULL));
          rs_csv_writer_add (writer, g_ptr_array_index (row, i));
        }
      rs_csv_writer_end_row (writer);
      g_ptr_array_add (row, NULL);
      g_ptr_array_add (records, g_strdupv ((char **) row->pdata));
      g_ptr_array_remove_index (row, row->len - 1);
      g_assert_cmpfloat (rs_csv_reader_get_fraction (reader), <=, 1.0);
    }
  if (error != NULL)
    {
      g_assert_true (g_str_has_prefix (error->message, "fuzz.csv, line "));
      return;
    }

  written = rs_csv_writer_free_to_bytes (g_steal_pointer (&writer));
  again = rs_csv_reader_new_full (written, "again.csv", separator, RS_CSV_READER_STRICT_QUOTES, &error);
  g_assert_no_error (error);
  for (guint r = 0; r < records->len; r++)
    {
      GStrv want = g_ptr_array_index (records, r);

      g_assert_true (rs_csv_reader_next (again, &row, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (row->len, ==, g_strv_length (want));
      for (guint i = 0; i < row->len; i++)
        g_assert_cmpstr (g_ptr_array_index (row, i), ==, want[i]);
    }
  g_assert_false (rs_csv_reader_next (again, &row, &error));
  g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;

  rs_fuzz_init ();
  if (size > RS_FUZZ_MAX_INPUT)
    return 0;
  bytes = g_bytes_new (data, size);
  read_and_round_trip (bytes, 0, RS_CSV_READER_DEFAULT);
  read_and_round_trip (bytes, 0, RS_CSV_READER_STRICT_QUOTES);
  read_and_round_trip (bytes, ';', RS_CSV_READER_DEFAULT);
  read_and_round_trip (bytes, '\t', RS_CSV_READER_DEFAULT);
  return 0;
}
