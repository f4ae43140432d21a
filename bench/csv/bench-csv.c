/* SPDX-License-Identifier: MPL-2.0 */
/* The one CSV reader and writer on a generated file of N rows (default
 * 100,000) of ten fields as a municipal export has them (';', quoted text
 * with separators, doubled quotes and line breaks, Danish letters): write
 * it, read it as UTF-8 and as Windows-1252, and print rows and megabytes a
 * second. Usage: bench-csv [ROWS] */
#include "config.h"

#include "rs-csv-reader.h"
#include "rs-csv-writer.h"

static double
read_all (GBytes     *bytes,
          const char *label,
          guint       rows)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(RsCsvReader) reader = rs_csv_reader_new (bytes, "bench.csv", NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *row;
  guint n = 0;
  gsize fields = 0;
  double seconds;

  g_assert (reader != NULL);
  while (rs_csv_reader_next (reader, &row, &error))
    {
      n++;
      fields += row->len;
      /* Every field's place, as importers ask for it in their messages. */
      (void) rs_csv_reader_get_field_column (reader, row->len - 1);
    }
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, rows + 1);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_print ("read %-13s %.3f s, %.0f rows/s, %.1f MB/s (%" G_GSIZE_FORMAT " fields, %s, '%c')\n",
           label, seconds, n / seconds, g_bytes_get_size (bytes) / seconds / 1e6, fields,
           rs_csv_reader_get_encoding (reader), rs_csv_reader_get_separator (reader));
  return seconds;
}

int
main (int   argc,
      char *argv[])
{
  guint rows = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  const char * const header[] = {
    "Sagsnr", "Afsender", "Adresse", "Postnr", "By", "Modtaget", "Kanal", "Emne", "Tekst", "Beløb", NULL
  };
  g_autoptr(RsCsvWriter) writer = rs_csv_writer_new (';', RS_CSV_WRITER_CRLF | RS_CSV_WRITER_BOM);
  g_autoptr(GBytes) utf8 = NULL;
  g_autoptr(GBytes) cp1252 = NULL;
  g_autofree char *latin = NULL;
  gsize latin_len = 0;
  const char *text;
  gsize length;
  gint64 start;
  double seconds;

  start = g_get_monotonic_time ();
  rs_csv_writer_add_row (writer, header);
  for (guint r = 0; r < rows; r++)
    {
      rs_csv_writer_add_printf (writer, "26-%06u", r);
      rs_csv_writer_add (writer, r % 3 ? "Grundejerforeningen Østerå" : "Jens Ærtebjerg");
      rs_csv_writer_add_printf (writer, "Søndergade %u, %u. th.", r % 200, r % 5);
      rs_csv_writer_add_printf (writer, "%u", 8000 + r % 300);
      rs_csv_writer_add (writer, "Aarhus C");
      rs_csv_writer_add (writer, "19.09.2026");
      rs_csv_writer_add (writer, "e-mail");
      rs_csv_writer_add (writer, "Høringssvar; budget 2027");
      rs_csv_writer_add (writer, r % 10 ? "Vi ønsker bump på vejen og en \"sikker\" skolevej."
                                        : "To linjer:\r\nførst dette,\r\nså dette.");
      rs_csv_writer_add_printf (writer, "%u,%02u", r * 7 % 100000, r % 100);
      rs_csv_writer_end_row (writer);
    }
  text = rs_csv_writer_peek (writer, &length);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_print ("rows: %u, %.1f MB\n", rows, length / 1e6);
  g_print ("write:             %.3f s, %.0f rows/s\n", seconds, rows / seconds);

  utf8 = g_bytes_new (text, length);
  latin = g_convert (text + 3, length - 3, "WINDOWS-1252", "UTF-8", NULL, &latin_len, NULL);
  g_assert (latin != NULL);
  cp1252 = g_bytes_new (latin, latin_len);
  read_all (utf8, "UTF-8:", rows);
  read_all (cp1252, "Windows-1252:", rows);
  return 0;
}
