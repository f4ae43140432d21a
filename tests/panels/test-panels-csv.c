/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-csv-reader.h"
#include "rs-csv-writer.h"

static GPtrArray *
read_all (const char *text,
          gssize      length,
          GError    **error,
          char       *separator)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(RsCsvReader) reader = rs_csv_reader_new (bytes, "t.csv", error);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *row;

  if (reader == NULL)
    {
      g_ptr_array_unref (rows);
      return NULL;
    }
  if (separator)
    *separator = rs_csv_reader_get_separator (reader);
  while (rs_csv_reader_next (reader, &row, error))
    {
      char **copy = g_new0 (char *, row->len + 1);
      for (guint i = 0; i < row->len; i++)
        copy[i] = g_strdup (g_ptr_array_index (row, i));
      g_ptr_array_add (rows, copy);
    }
  if (error && *error)
    {
      g_ptr_array_unref (rows);
      return NULL;
    }
  return rows;
}

static void
test_comma_and_semicolon (void)
{
  g_autoptr(GError) error = NULL;
  char sep = 0;
  g_autoptr(GPtrArray) a = read_all ("a,b,c\n1,2,3\n", -1, &error, &sep);
  g_autoptr(GPtrArray) b = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sep, ==, ',');
  g_assert_cmpuint (a->len, ==, 2);
  g_assert_cmpstr (((char **) g_ptr_array_index (a, 1))[2], ==, "3");

  b = read_all ("navn;by\r\n\"Hansen, Jens\";Odense\r\n\r\n", -1, &error, &sep);
  g_assert_no_error (error);
  g_assert_cmpint (sep, ==, ';');
  g_assert_cmpuint (b->len, ==, 2);
  g_assert_cmpstr (((char **) g_ptr_array_index (b, 1))[0], ==, "Hansen, Jens");
}

static void
test_quotes_and_newlines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = read_all ("id,adresse,note\n1,\"Vej 1\r\n2. th.\",\"sagde \"\"hej\"\"\"\n2,,x", -1,
                                        &error, NULL);
  char **r;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  r = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (r[1], ==, "Vej 1\r\n2. th.");
  g_assert_cmpstr (r[2], ==, "sagde \"hej\"");
  r = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (r[1], ==, "");
  g_assert_cmpstr (r[2], ==, "x");
}

static void
test_encodings (void)
{
  g_autoptr(GError) error = NULL;
  /* "Søren;Ærø" in Windows-1252 */
  const char cp1252[] = "navn;by\nS\xf8ren;\xc6r\xf8\n";
  const char bom[] = "\xef\xbb\xbfnavn,by\nS\xc3\xb8ren,\xc3\x86r\xc3\xb8\n";
  g_autoptr(GPtrArray) a = read_all (cp1252, -1, &error, NULL);
  g_autoptr(GPtrArray) b = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (((char **) g_ptr_array_index (a, 1))[0], ==, "Søren");
  g_assert_cmpstr (((char **) g_ptr_array_index (a, 1))[1], ==, "Ærø");
  b = read_all (bom, -1, &error, NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (((char **) g_ptr_array_index (b, 0))[0], ==, "navn");
  g_assert_cmpstr (((char **) g_ptr_array_index (b, 1))[1], ==, "Ærø");
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) a = read_all ("a,b\n1,\"open\n2,3\n", -1, &error, NULL);

  g_assert_null (a);
  g_assert_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "line 2, column 3"));
  g_clear_error (&error);

  a = read_all ("a,b\n1,\"x\"y\n", -1, &error, NULL);
  g_assert_null (a);
  g_assert_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "line 2, column 6"));
  g_clear_error (&error);

  a = read_all ("a,b\n1,\0\n", 8, &error, NULL);
  g_assert_null (a);
  g_assert_error (error, RS_CSV_ERROR, RS_CSV_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "line 2, column 3"));
}

static void
test_write_field (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  rs_csv_append_field (out, "plain", ',');
  g_string_append_c (out, ',');
  rs_csv_append_field (out, "a,b \"c\"", ',');
  g_string_append_c (out, ',');
  rs_csv_append_field (out, "two\nlines", ',');
  g_assert_cmpstr (out->str, ==, "plain,\"a,b \"\"c\"\"\",\"two\nlines\"");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/panels/csv/separators", test_comma_and_semicolon);
  g_test_add_func ("/panels/csv/quotes-newlines", test_quotes_and_newlines);
  g_test_add_func ("/panels/csv/encodings", test_encodings);
  g_test_add_func ("/panels/csv/errors", test_errors);
  g_test_add_func ("/panels/csv/write-field", test_write_field);
  return g_test_run ();
}
