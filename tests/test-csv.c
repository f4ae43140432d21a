/* SPDX-License-Identifier: MPL-2.0 */
/* The one CSV reader on files as spreadsheets and case systems write them,
 * and the writer's round trip through it. */
#include "config.h"

#include <string.h>

#include "rs-csv-reader.h"
#include "rs-csv-writer.h"
#include "rs-test-utils.h"

typedef struct
{
  guint       record;  /* 0-based */
  guint       field;
  const char *text;
  guint       line;    /* where the field starts; 0: not checked */
  guint       column;
} Cell;

typedef struct
{
  const char *file;
  char        separator;
  const char *encoding;
  gboolean    bom;
  guint       records;
  guint       header_fields;
  Cell        cells[6];
} Corpus;

static const Corpus corpora[] = {
  { "excel-da-dk.csv", ';', "WINDOWS-1252", FALSE, 4, 5, {
      { 0, 1, "Køn", 1, 6 },
      { 1, 0, "Søren Ærø", 2, 1 },
      { 1, 3, "1.234,50", 2, 19 },
      { 1, 4, "Bor på \"Åbo\" vej; 2. sal", 2, 28 },
      { 3, 4, "To\r\nlinjer", 4, 24 },
      { 3, 2, "", 4, 19 } } },
  { "excel-utf8-bom.csv", ';', "UTF-8", TRUE, 4, 4, {
      { 0, 3, "Indlæg", 1, 18 },
      { 1, 3, "Mere cykelsti – tak!", 2, 17 },
      { 2, 3, "Første linje\nanden linje", 3, 17 },
      { 3, 0, "3", 5, 1 },
      { 3, 3, "€ 500", 5, 17 } } },
  { "libreoffice.csv", ',', "UTF-8", FALSE, 4, 3, {
      { 1, 0, "Hansen, Ida", 2, 1 },
      { 1, 1, "Algade 1, st. th.", 2, 15 },
      { 1, 2, "She said \"yes\"", 2, 35 },
      { 2, 2, "", 3, 20 },
      { 3, 0, "Eva \"Evi\" Berg", 4, 1 },
      { 3, 2, "multi\nline\nnote", 4, 21 } } },
  { "google-sheets.csv", ',', "UTF-8", FALSE, 4, 3, {
      { 0, 2, "Hvad synes du?", 1, 18 },
      { 1, 2, "Godt, men dyrt", 2, 26 },
      { 2, 2, "Linje 1\nLinje 2", 3, 27 },
      { 3, 2, "Ja", 5, 27 } } },
  { "municipal-export.csv", ';', "WINDOWS-1252", FALSE, 3, 5, {
      { 1, 1, "Grundejerforeningen Østerå", 2, 13 },
      { 1, 2, "19.09.2026", 2, 42 },
      { 1, 4, "", 2, 81 },
      { 2, 0, "26-001235", 4, 1 },
      { 2, 3, "Se vedhæftede \"bilag\"", 4, 43 } } },
  { "excel-unicode.txt", '\t', "UTF-16LE", TRUE, 3, 4, {
      { 0, 1, "Værdi", 1, 10 },
      { 1, 0, "Køn", 2, 1 },
      { 2, 1, "Mand", 3, 5 },
      { 2, 3, "7", 3, 12 } } },
  { "classic-mac.csv", ',', "UTF-8", FALSE, 3, 2, {
      { 1, 1, "x\ry", 2, 3 },
      { 2, 0, "2", 4, 1 },
      { 2, 1, "z", 4, 3 } } },
  { "ragged.csv", ',', "UTF-8", FALSE, 4, 3, {
      { 1, 1, "female", 2, 3 },
      { 2, 3, "extra", 3, 14 },
      { 3, 1, "", 4, 3 } } },
};

static RsCsvReader *
open_corpus (const char  *file,
             GError     **error)
{
  g_autofree char *name = g_build_filename ("csv", file, NULL);
  g_autofree char *path = rs_test_data_path (name);

  return rs_csv_reader_new_for_path (path, NULL, 0, RS_CSV_READER_DEFAULT, error);
}

static void
test_corpus (gconstpointer data)
{
  const Corpus *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsCsvReader) reader = open_corpus (c->file, &error);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *row;

  g_assert_no_error (error);
  g_assert_cmpint (rs_csv_reader_get_separator (reader), ==, c->separator);
  g_assert_cmpstr (rs_csv_reader_get_encoding (reader), ==, c->encoding);
  g_assert_cmpint (rs_csv_reader_get_had_bom (reader), ==, c->bom);
  g_assert_cmpstr (rs_csv_reader_get_file_name (reader), ==, c->file);
  while (rs_csv_reader_next (reader, &row, &error))
    {
      GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < row->len; i++)
        {
          guint line = rs_csv_reader_get_field_line (reader, i);
          guint column = rs_csv_reader_get_field_column (reader, i);

          g_ptr_array_add (copy, g_strdup (g_ptr_array_index (row, i)));
          /* Records, fields and their places, for the table below. */
          g_array_append_val (places, records->len);
          g_array_append_val (places, i);
          g_array_append_val (places, line);
          g_array_append_val (places, column);
        }
      g_assert_cmpuint (rs_csv_reader_get_line (reader), ==, rs_csv_reader_get_field_line (reader, 0));
      g_ptr_array_add (records, copy);
    }
  g_assert_no_error (error);
  g_assert_cmpfloat (rs_csv_reader_get_fraction (reader), ==, 1.0);
  g_assert_cmpuint (records->len, ==, c->records);
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (records, 0))->len, ==, c->header_fields);

  for (guint k = 0; k < G_N_ELEMENTS (c->cells) && c->cells[k].text != NULL; k++)
    {
      const Cell *cell = &c->cells[k];
      GPtrArray *record = g_ptr_array_index (records, cell->record);

      g_test_message ("%s: record %u, field %u", c->file, cell->record, cell->field);
      g_assert_cmpuint (cell->field, <, record->len);
      g_assert_cmpstr (g_ptr_array_index (record, cell->field), ==, cell->text);
      for (guint p = 0; p < places->len; p += 4)
        if (g_array_index (places, guint, p) == cell->record &&
            g_array_index (places, guint, p + 1) == cell->field)
          {
            g_assert_cmpuint (g_array_index (places, guint, p + 2), ==, cell->line);
            g_assert_cmpuint (g_array_index (places, guint, p + 3), ==, cell->column);
          }
    }
}

static void
test_broken (void)
{
  static const struct { const char *file; RsCsvError code; const char *where; } cases[] = {
    { "broken-unclosed.csv", RS_CSV_ERROR_SYNTAX, "broken-unclosed.csv, line 2, column 3: a quoted field is never closed" },
    { "broken-after-quote.csv", RS_CSV_ERROR_SYNTAX, "broken-after-quote.csv, line 2, column 11: unexpected text" },
    { "broken-zero-byte.csv", RS_CSV_ERROR_ENCODING, "broken-zero-byte.csv, line 2, column 5: the file holds a zero byte" },
    { "no-such-file.csv", RS_CSV_ERROR_READ, "no-such-file.csv: cannot be read" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RsCsvReader) reader = open_corpus (cases[i].file, &error);
      GPtrArray *row;

      while (reader != NULL && rs_csv_reader_next (reader, &row, &error))
        ;
      g_test_message ("%s", error ? error->message : "(no error)");
      g_assert_error (error, RS_CSV_ERROR, (int) cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, cases[i].where));
    }
}

/* Quote marks inside an unquoted field: text by default, an error when
 * strict; UTF-16 that is not; the separator when given. */
static void
test_options (void)
{
  g_autoptr(GBytes) quotes = g_bytes_new_static ("a,b\n5\" screen,x\n", 16);
  g_autoptr(GBytes) utf16 = g_bytes_new_static ("\xff\xfe" "a\0b", 5);
  g_autoptr(GBytes) semi = g_bytes_new_static ("a,b;c\n1,2;3\n", 12);
  g_autoptr(RsCsvReader) lenient = rs_csv_reader_new (quotes, "q.csv", NULL);
  g_autoptr(RsCsvReader) strict = rs_csv_reader_new_full (quotes, "q.csv", 0,
                                                          RS_CSV_READER_STRICT_QUOTES, NULL);
  g_autoptr(RsCsvReader) fixed = rs_csv_reader_new_full (semi, "s.csv", ';', 0, NULL);
  g_autoptr(RsCsvReader) broken = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *row;

  g_assert_true (rs_csv_reader_next (lenient, &row, NULL));
  g_assert_true (rs_csv_reader_next (lenient, &row, NULL));
  g_assert_cmpstr (g_ptr_array_index (row, 0), ==, "5\" screen");
  g_assert_false (rs_csv_reader_get_field_quoted (lenient, 0));

  g_assert_true (rs_csv_reader_next (strict, &row, NULL));
  g_assert_false (rs_csv_reader_next (strict, &row, &error));
  g_assert_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "q.csv, line 2, column 2: a quote mark"));
  g_clear_error (&error);

  g_assert_true (rs_csv_reader_next (fixed, &row, NULL));
  g_assert_cmpuint (row->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (row, 0), ==, "a,b");

  broken = rs_csv_reader_new (utf16, "u.csv", &error);
  g_assert_null (broken);
  g_assert_error (error, RS_CSV_ERROR, RS_CSV_ERROR_ENCODING);
}

static void
test_sniff (void)
{
  static const struct { const char *text; char separator; } cases[] = {
    /* Danish decimal commas in a ';' file. */
    { "navn;beløb\nA;1,5\nB;2,25\n", ';' },
    /* A comma file whose text holds ';' in one row. */
    { "a,b,c\n1,2;3,4\n5,6,7\n", ',' },
    /* Separators inside quotes do not count. */
    { "\"a;b;c\",d\n\"1;2;3\",4\n", ',' },
    { "a\tb\tc\n1\t2,5\t3\n", '\t' },
    /* One column: ','. */
    { "gender\nmale\n", ',' },
    { "", ',' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (rs_csv_sniff_separator (cases[i].text, strlen (cases[i].text)), ==,
                     cases[i].separator);
}

static const char * const awkward[] = {
  "plain", "", "a,b", "a;b", "tab\there", "say \"hi\"", "two\nlines", "crlf\r\nend",
  " leading", "trailing ", "=SUM(A1)", "+45 12 34 56 78", "-5", "@home", "æøå €", NULL
};

static void
round_trip (char             separator,
            RsCsvWriterFlags flags)
{
  g_autoptr(RsCsvWriter) writer = rs_csv_writer_new (separator, flags);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RsCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_strv_length ((char **) awkward);
  GPtrArray *row;

  /* Rows of every awkward field, each in a different position. */
  for (guint r = 0; r < n; r++)
    {
      for (guint f = 0; f < n; f++)
        rs_csv_writer_add (writer, awkward[(r + f) % n]);
      rs_csv_writer_end_row (writer);
    }
  bytes = rs_csv_writer_free_to_bytes (g_steal_pointer (&writer));
  if (flags & RS_CSV_WRITER_BOM)
    g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 3, "\xEF\xBB\xBF", 3);
  reader = rs_csv_reader_new (bytes, "round.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_csv_reader_get_separator (reader), ==, separator);
  for (guint r = 0; r < n; r++)
    {
      g_assert_true (rs_csv_reader_next (reader, &row, &error));
      g_assert_cmpuint (row->len, ==, n);
      for (guint f = 0; f < n; f++)
        {
          const char *want = awkward[(r + f) % n];
          g_autofree char *guarded = NULL;

          if ((flags & RS_CSV_WRITER_FORMULA_GUARD) && strchr ("=+-@", want[0]) && want[0])
            want = guarded = g_strconcat ("'", want, NULL);
          g_assert_cmpstr (g_ptr_array_index (row, f), ==, want);
        }
    }
  g_assert_false (rs_csv_reader_next (reader, &row, &error));
  g_assert_no_error (error);
}

static void
test_writer_round_trip (void)
{
  round_trip (',', RS_CSV_WRITER_DEFAULT);
  round_trip (';', RS_CSV_WRITER_CRLF | RS_CSV_WRITER_BOM);
  round_trip ('\t', RS_CSV_WRITER_CRLF);
  round_trip (',', RS_CSV_WRITER_QUOTE_ALL | RS_CSV_WRITER_FORMULA_GUARD);
}

static void
test_writer_quotes_only_when_needed (void)
{
  g_autoptr(RsCsvWriter) writer = rs_csv_writer_new (';', RS_CSV_WRITER_CRLF);
  g_autoptr(RsCsvWriter) guarded = rs_csv_writer_new (',', RS_CSV_WRITER_FORMULA_GUARD);
  const char * const row[] = { "a", "b,c", "d;e", "f\"g", " h", "", NULL };

  rs_csv_writer_add_row (writer, row);
  rs_csv_writer_add (writer, "bad \xff byte");
  rs_csv_writer_end_row (writer);
  g_assert_cmpstr (rs_csv_writer_peek (writer, NULL), ==,
                   "a;b,c;\"d;e\";\"f\"\"g\";\" h\";\r\nbad \xEF\xBF\xBD byte\r\n");

  rs_csv_writer_add (guarded, "=1+1");
  rs_csv_writer_add_plain (guarded, "-5");
  rs_csv_writer_add (guarded, "ok");
  rs_csv_writer_end_row (guarded);
  g_assert_cmpstr (rs_csv_writer_peek (guarded, NULL), ==, "\"'=1+1\",-5,ok\n");
}
/* The pool import dialog names the separator it found: a tab must not
 * show as blank space between quotes. */
static void
test_separator_describe (void)
{
  g_autofree char *semicolon = rs_csv_separator_describe (';');
  g_autofree char *tab = rs_csv_separator_describe ('\t');

  g_assert_cmpstr (semicolon, ==, "“;”");
  g_assert_null (strchr (tab, '\t'));
  g_assert_cmpuint (g_utf8_strlen (tab, -1), >=, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (corpora); i++)
    {
      g_autofree char *name = g_strdup_printf ("/csv/reader/%s", corpora[i].file);
      g_test_add_data_func (name, &corpora[i], test_corpus);
    }
  g_test_add_func ("/csv/reader/broken", test_broken);
  g_test_add_func ("/csv/reader/options", test_options);
  g_test_add_func ("/csv/reader/sniff", test_sniff);
  g_test_add_func ("/csv/writer/round-trip", test_writer_round_trip);
  g_test_add_func ("/csv/writer/quotes", test_writer_quotes_only_when_needed);
  g_test_add_func ("/csv/separator-describe", test_separator_describe);
  return g_test_run ();
}
