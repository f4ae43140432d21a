/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-hearing-import.h"
#include "rs-hearings-test-common.h"
#include "rs-response-store.h"

/* CSV bulk files whose columns are not recognised, imported by an explicit
 * column mapping. */

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      round_id;
  int         before;
} Fixture;

#define HEADER "Afsenders navn;Kategori;Indsendt den;Medie;Indlæg\n"

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  gint64 process_id;

  f->db = rs_test_open_sample_database (&f->dir, &process_id);
  f->round_id = sample_round_id (f->db, process_id);
  f->before = count_rows (f->db, "SELECT count(*) FROM hearing_response");
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return path;
}

static void
parse_mapping (const char   *path,
               const char   *spec,
               RsCsvMapping *mapping)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsCsv) head = rs_hearing_import_read_csv_head (path, 0, &error);

  g_assert_no_error (error);
  g_assert_true (rs_csv_mapping_parse (mapping, spec,
                                       (const char * const *) g_ptr_array_index (head->rows, 0), &error));
  g_assert_no_error (error);
}

static int
import_mapped (Fixture            *f,
               const char         *path,
               const RsCsvMapping *mapping,
               GError            **error)
{
  const char *paths[] = { path, NULL };
  const RsCsvMapping *mappings[] = { mapping, NULL };

  return rs_hearing_import_files_mapped (f->db, f->round_id, paths, mappings, NULL, NULL, NULL, error);
}

static void
test_good_mapping (Fixture      *f,
                   gconstpointer data)
{
  g_autofree char *path = write_file (f, "eksport.csv",
                                      HEADER
                                      "Havbjerg Skakklub;forening;02-10-2026;email;\"Vi beder om, at lokaletilskuddet bevares.\"\n"
                                      "Ida Holm;privat;2026-10-03;letter;Flere cykelstier til skolen\n"
                                      "Ældrerådet;organisation;4.10.2026;meeting;\"Linje 1\nLinje 2 om plejehjem\"\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  RsCsvMapping mapping;
  gboolean seen_club = FALSE, seen_private = FALSE;

  /* The header names nothing Rådslag knows, so it must be mapped. */
  g_assert_true (rs_hearing_import_needs_mapping (path));
  parse_mapping (path, "sender=Afsenders navn,type=kategori,received=3,channel=Medie,text=5", &mapping);
  g_assert_cmpint (mapping.columns[RS_CSV_FIELD_SENDER], ==, 0);
  g_assert_cmpint (mapping.columns[RS_CSV_FIELD_PARTY_TYPE], ==, 1);
  g_assert_cmpint (mapping.columns[RS_CSV_FIELD_RECEIVED], ==, 2);
  g_assert_cmpint (mapping.columns[RS_CSV_FIELD_TEXT], ==, 4);
  g_assert_cmpint (mapping.columns[RS_CSV_FIELD_SUBJECT], ==, -1);

  g_assert_cmpint (import_mapped (f, path, &mapping, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM hearing_response"), ==, f->before + 3);

  list = rs_response_store_list (f->db, f->round_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (list), i);
      if (g_str_equal (rs_hearing_response_get_sender (r), "Havbjerg Skakklub"))
        {
          seen_club = TRUE;
          g_assert_cmpstr (rs_hearing_response_get_party_type (r), ==, "organisation");
          g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-10-02");
          g_assert_cmpstr (rs_hearing_response_get_channel (r), ==, "email");
          g_assert_cmpstr (rs_hearing_response_get_text (r), ==, "Vi beder om, at lokaletilskuddet bevares.");
          g_assert_cmpstr (rs_hearing_response_get_source_file (r), ==, "eksport.csv:2");
        }
      if (g_str_equal (rs_hearing_response_get_sender (r), "Ida Holm"))
        {
          seen_private = TRUE;
          g_assert_cmpstr (rs_hearing_response_get_party_type (r), ==, "private");
          g_assert_cmpstr (rs_hearing_response_get_channel (r), ==, "letter");
        }
    }
  g_assert_true (seen_club);
  g_assert_true (seen_private);
}

static void
test_no_text_column (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *path = write_file (f, "uden-tekst.csv", HEADER "A;privat;2026-10-02;email;Tekst\n");
  g_autoptr(GError) error = NULL;
  RsCsvMapping mapping;

  parse_mapping (path, "sender=1,received=3", &mapping);
  g_assert_false (rs_csv_mapping_check (&mapping, 5, &error));
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "response text"));
  g_clear_error (&error);

  g_assert_cmpint (import_mapped (f, path, &mapping, &error), ==, -1);
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "uden-tekst.csv: "));
  g_assert_nonnull (strstr (error->message, "No column is mapped to the response text"));
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM hearing_response"), ==, f->before);
}

static void
test_bad_date (Fixture      *f,
               gconstpointer data)
{
  g_autofree char *path = write_file (f, "dato.csv",
                                      HEADER
                                      "A;privat;2026-10-02;email;Første svar\n"
                                      "B;privat;2026-10-03;email;Andet svar\n"
                                      "C;privat;31-02-2026;email;Tredje svar\n");
  g_autofree char *good = rs_test_data_path ("hearings/response.txt");
  const char *paths[] = { good, path, NULL };
  RsCsvMapping mapping;
  const RsCsvMapping *mappings[] = { NULL, &mapping, NULL };
  g_autoptr(GError) error = NULL;

  parse_mapping (path, "sender=1,received=Indsendt den,text=Indlæg", &mapping);
  g_assert_cmpint (rs_hearing_import_files_mapped (f->db, f->round_id, paths, mappings, NULL, NULL,
                                                   NULL, &error), ==, -1);
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "dato.csv, line 4, column 3"));
  g_assert_nonnull (strstr (error->message, "31-02-2026"));
  /* Nothing is stored: not the good rows, not the other file. */
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM hearing_response"), ==, f->before);
}

static void
test_refused_specs (Fixture      *f,
                    gconstpointer data)
{
  g_autofree char *path = write_file (f, "spec.csv", HEADER "A;privat;2026-10-02;email;Svar\n");
  g_autoptr(RsCsv) head = rs_hearing_import_read_csv_head (path, 1, NULL);
  const char * const *header = (const char * const *) g_ptr_array_index (head->rows, 0);
  g_autoptr(GError) error = NULL;
  RsCsvMapping mapping;

  g_assert_cmpuint (head->rows->len, ==, 2);
  g_assert_false (rs_csv_mapping_parse (&mapping, "text=1,text=5", header, &error));
  g_assert_nonnull (strstr (error->message, "“Afsenders navn” and “Indlæg” are both mapped"));
  g_clear_error (&error);
  g_assert_false (rs_csv_mapping_parse (&mapping, "text=Svartekst", header, &error));
  g_assert_nonnull (strstr (error->message, "no column “Svartekst”"));
  g_clear_error (&error);
  g_assert_false (rs_csv_mapping_parse (&mapping, "author=1", header, &error));
  g_assert_nonnull (strstr (error->message, "not a field"));
  g_clear_error (&error);
  g_assert_true (rs_csv_mapping_parse (&mapping, "text=9", header, &error));
  g_assert_false (rs_csv_mapping_check (&mapping, 5, &error));
  g_assert_nonnull (strstr (error->message, "only 5 columns"));
}

static void
test_recognised_needs_no_mapping (void)
{
  g_autofree char *csv = rs_test_data_path ("hearings/responses-da.csv");
  g_autofree char *txt = rs_test_data_path ("hearings/response.txt");

  g_assert_false (rs_hearing_import_needs_mapping (csv));
  g_assert_false (rs_hearing_import_needs_mapping (txt));
}

/* The preview of a file to map reads its head through the CSV reader:
 * Excel's "Unicode text" (UTF-16) and fields over several lines. */
static void
test_head_utf16 (void)
{
  const char *text = "Hvem\tDato\tIndlæg\r\nAnna\t19.09.2026\t\"To\r\nlinjer\"\r\nBo\t20.09.2026\tEn\r\n";
  g_autofree char *dir = g_dir_make_tmp ("raadslag-head-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "unicode.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) bytes = g_string_new_len ("\xff\xfe", 2);
  g_autofree gunichar2 *utf16 = NULL;
  glong n = 0;
  g_autoptr(RsCsv) head = NULL;
  GStrv row;

  utf16 = g_utf8_to_utf16 (text, -1, NULL, &n, NULL);
  for (glong i = 0; i < n; i++)
    {
      g_string_append_c (bytes, (char) (utf16[i] & 0xff));
      g_string_append_c (bytes, (char) (utf16[i] >> 8));
    }
  g_assert_true (g_file_set_contents (path, bytes->str, bytes->len, NULL));
  g_assert_cmpint (rs_hearing_import_detect (bytes->str, bytes->len), ==, RS_RESPONSE_FILE_CSV);
  /* A letter in UTF-16 is not taken for columns. */
  g_assert_cmpint (rs_hearing_import_detect ("\xff\xfeH\0e\0j\0\n\0", 10), ==, RS_RESPONSE_FILE_UNKNOWN);
  head = rs_hearing_import_read_csv_head (path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (head->rows->len, ==, 2);
  row = g_ptr_array_index (head->rows, 1);
  g_assert_cmpstr (row[0], ==, "Anna");
  g_assert_cmpstr (row[2], ==, "To\r\nlinjer");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (head->rows, 0))[2], ==, "Indlæg");
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) \
  g_test_add ("/hearings/mapped-csv/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("good-mapping", test_good_mapping);
  ADD ("no-text-column", test_no_text_column);
  ADD ("bad-date", test_bad_date);
  ADD ("refused-specs", test_refused_specs);
#undef ADD
  g_test_add_func ("/hearings/mapped-csv/recognised", test_recognised_needs_no_mapping);
  g_test_add_func ("/hearings/mapped-csv/head-utf16", test_head_utf16);
  return g_test_run ();
}
