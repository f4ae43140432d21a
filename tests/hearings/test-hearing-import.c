/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "rs-hearing-import.h"
#include "rs-hearings-test-common.h"
#include "rs-response-store.h"

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      process_id;
  gint64      round_id;
  int         before;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  f->round_id = sample_round_id (f->db, f->process_id);
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

static int
import (Fixture     *f,
        GError     **error,
        const char  *first,
        ...)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  va_list args;

  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    g_ptr_array_add (paths, g_path_is_absolute (name) ? g_strdup (name) : rs_test_data_path (name));
  va_end (args);
  g_ptr_array_add (paths, NULL);
  return rs_hearing_import_files (f->db, f->round_id, (const char * const *) paths->pdata,
                                  NULL, NULL, NULL, error);
}

static RsHearingResponse *
last_response (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = rs_response_store_search (f->db, f->round_id,
                                                         &(RsResponseFilter) { 0 }, &error);
  guint n;
  RsHearingResponse *best = NULL;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      RsHearingResponse *r = g_list_model_get_item (G_LIST_MODEL (list), i);
      if (best == NULL || rs_hearing_response_get_id (r) > rs_hearing_response_get_id (best))
        {
          g_clear_object (&best);
          best = r;
        }
      else
        g_object_unref (r);
    }
  return best;
}

static void
test_text (Fixture      *f,
           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsHearingResponse) r = NULL;

  g_assert_cmpint (import (f, &error, "hearings/response.txt", NULL), ==, 1);
  g_assert_no_error (error);
  r = last_response (f);
  g_assert_nonnull (strstr (rs_hearing_response_get_text (r), "Ældrerådet støtter"));
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM attachment WHERE owner_type = "
                                      "'hearing_response' AND filename = 'response.txt'"), ==, 1);
}

static void
test_email (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsHearingResponse) r = NULL;

  g_assert_cmpint (import (f, &error, "hearings/response-with-attachment.eml", NULL), ==, 1);
  g_assert_no_error (error);
  r = last_response (f);
  g_assert_cmpstr (rs_hearing_response_get_sender (r), ==, "Grethe Sørensen");
  g_assert_cmpstr (rs_hearing_response_get_sender_email (r), ==, "grethe@example.org");
  g_assert_cmpstr (rs_hearing_response_get_subject (r), ==, "Høringssvar om svømmehallen");
  g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-09-21");
  g_assert_cmpstr (rs_hearing_response_get_party_type (r), ==, "private");
  g_assert_false (rs_hearing_response_get_late (r));
  g_assert_nonnull (strstr (rs_hearing_response_get_text (r), "Min datter går til svømning"));
  g_assert_null (strstr (rs_hearing_response_get_text (r), "Underskrifter"));
  /* The original and the attachment are both kept. */
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM attachment WHERE owner_type = "
                                      "'hearing_response' AND filename = 'underskrifter.txt' "
                                      "AND CAST(data AS TEXT) = 'Underskrifter: 123'"), ==, 1);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM attachment WHERE "
                                      "filename = 'response-with-attachment.eml'"), ==, 1);
}

static char *
write_pdf (const char *dir,
           const char *text)
{
  char *path = g_build_filename (dir, "letter.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "Lokalrådet for Skovhuse");
  cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 12);
  cairo_move_to (cr, 72, 72);
  cairo_show_text (cr, text);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return path;
}

static void
test_pdf (Fixture      *f,
          gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsHearingResponse) r = NULL;
  g_autofree char *path = write_pdf (f->dir, "Lokalrådet ønsker en ny legeplads ved skolen.");

  g_assert_cmpint (import (f, &error, path, NULL), ==, 1);
  g_assert_no_error (error);
  r = last_response (f);
  g_assert_nonnull (strstr (rs_hearing_response_get_text (r), "ønsker en ny legeplads"));
  /* The author matches the register, so the sender is an organisation. */
  g_assert_cmpstr (rs_hearing_response_get_party_type (r), ==, "organisation");
  g_assert_cmpint (rs_hearing_response_get_party_id (r), >, 0);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM attachment WHERE filename = 'letter.pdf' "
                                      "AND substr(data, 1, 5) = CAST('%PDF-' AS BLOB)"), ==, 1);
}

static void
test_csv (Fixture      *f,
          gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  RsResponseFilter filter = { .query = "Ølgaard" };

  g_assert_cmpint (import (f, &error, "hearings/responses-da.csv", NULL), ==, 3);
  g_assert_no_error (error);
  list = rs_response_store_search (f->db, f->round_id, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  {
    g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-09-22");
    g_assert_cmpstr (rs_hearing_response_get_channel (r), ==, "brev");
    g_assert_cmpstr (rs_hearing_response_get_party_type (r), ==, "private");
  }
  /* The multi-line quoted text, and the late answer flagged but kept. */
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM hearing_response WHERE "
                                      "sender = 'Havbjerg Idrætssamvirke' AND party_type = 'organisation' "
                                      "AND text LIKE '%foreningerne.' || char(10) || char(10) || 'Det er%'"),
                   ==, 1);
  filter = (RsResponseFilter) { .status = "late" };
  g_clear_object (&list);
  list = rs_response_store_search (f->db, f->round_id, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);  /* sample + Åse */
}

static void
assert_nothing_stored (Fixture *f)
{
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM hearing_response"), ==, f->before);
}

static void
test_broken_email (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsHearingResponse) r = NULL;

  /* An e-mail without a sender no longer sinks the batch: it is imported
   * with what can be read and marked for review. */
  g_assert_cmpint (import (f, &error, "hearings/response.txt", "hearings/broken-no-sender.eml", NULL), ==, 2);
  g_assert_no_error (error);
  r = last_response (f);
  g_assert_cmpstr (rs_hearing_response_get_sender (r), ==, "");
  g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-09-21");
  g_assert_nonnull (strstr (rs_hearing_response_get_text (r), "ingen afsender"));
  g_assert_true (rs_hearing_response_needs_review (r));
  g_assert_cmpstr (rs_hearing_response_get_review_reason (r), ==, "no-sender");
}

static void
test_broken_csv (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (import (f, &error, "hearings/responses-da.csv", "hearings/broken-date.csv", NULL), ==, -1);
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "broken-date.csv, line 3, column 3"));
  assert_nothing_stored (f);
  g_clear_error (&error);

  g_assert_cmpint (import (f, &error, "hearings/broken-quote.csv", NULL), ==, -1);
  g_assert_nonnull (strstr (error->message, "broken-quote.csv, line 2, column 22"));
  assert_nothing_stored (f);
}

static void
test_broken_pdf (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "damaged.pdf", NULL);

  g_assert_true (g_file_set_contents (path, "%PDF-1.4\nthis is not really a PDF", -1, NULL));
  g_assert_cmpint (import (f, &error, "hearings/response.txt", path, NULL), ==, -1);
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "damaged.pdf"));
  assert_nothing_stored (f);
}

static void
test_binary_and_missing (Fixture      *f,
                         gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "picture.txt", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.eml", NULL);

  /* A PNG named .txt: the content decides, and it is refused. */
  g_assert_true (g_file_set_contents (path, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, NULL));
  g_assert_cmpint (import (f, &error, path, NULL), ==, -1);
  g_assert_nonnull (strstr (error->message, "picture.txt"));
  g_clear_error (&error);
  g_assert_cmpint (import (f, &error, missing, NULL), ==, -1);
  g_assert_nonnull (strstr (error->message, "missing.eml"));
  assert_nothing_stored (f);
}

static void
test_detect_by_content (void)
{
  static const char eml[] = "From: A <a@example.org>\nSubject: x\n\nBody";
  static const char csv[] = "afsender;tekst\nA;B\n";

  g_assert_cmpint (rs_hearing_import_detect (eml, sizeof eml - 1), ==, RS_RESPONSE_FILE_EMAIL);
  g_assert_cmpint (rs_hearing_import_detect (csv, sizeof csv - 1), ==, RS_RESPONSE_FILE_CSV);
  g_assert_cmpint (rs_hearing_import_detect ("%PDF-1.7", 8), ==, RS_RESPONSE_FILE_PDF);
  g_assert_cmpint (rs_hearing_import_detect ("Kære byråd: tak.", 17), ==, RS_RESPONSE_FILE_TEXT);
}

static void
test_parties_csv (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = rs_test_data_path ("hearings/parties.csv");
  int before = count_rows (f->db, "SELECT count(*) FROM consulted_party");
  g_autoptr(GListStore) parties = NULL;

  g_assert_cmpint (rs_consulted_party_store_import_csv (f->db, f->round_id, path, &error), ==, 2);
  g_assert_no_error (error);
  /* Ældrerådet is already on the register: reused, not duplicated. */
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM consulted_party"), ==, before + 1);
  parties = rs_consulted_party_store_list (f->db, f->round_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (parties)); i++)
    {
      g_autoptr(RsConsultedParty) p = g_list_model_get_item (G_LIST_MODEL (parties), i);
      if (g_str_equal (rs_consulted_party_get_name (p), "Ny Forening i Havbjerg"))
        g_assert_cmpstr (rs_consulted_party_get_status (p), ==, "invited");
      if (g_str_equal (rs_consulted_party_get_name (p), "Ældrerådet"))
        g_assert_cmpstr (rs_consulted_party_get_status (p), ==, "replied");
    }
  g_assert_true (rs_consulted_party_store_set_status (f->db, f->round_id, 1, "reminded",
                                                      "2026-09-24", &error));
  g_assert_false (rs_consulted_party_store_set_status (f->db, f->round_id, 1, "bogus", NULL, &error));
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID);
}

static void
test_round_warnings (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsHearingRound) round = NULL;
  g_autoptr(GPtrArray) warnings = NULL;

  round = rs_hearing_round_store_get (f->db, f->round_id, &error);
  g_assert_no_error (error);
  warnings = rs_hearing_round_check (f->db, round, 14, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_clear_pointer (&warnings, g_ptr_array_unref);

  /* Short, and running past the second reading. */
  rs_hearing_round_set_starts_on (round, "2026-10-05");
  rs_hearing_round_set_deadline (round, "2026-10-12");
  g_assert_true (rs_hearing_round_store_update (f->db, round, &error));
  warnings = rs_hearing_round_check (f->db, round, 14, &error);
  g_assert_cmpuint (warnings->len, ==, 2);

  rs_hearing_round_set_deadline (round, "2026-10-01");
  g_assert_false (rs_hearing_round_store_update (f->db, round, &error));
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) \
  g_test_add ("/hearings/import/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("text", test_text);
  ADD ("email", test_email);
  ADD ("pdf", test_pdf);
  ADD ("csv", test_csv);
  ADD ("broken-email", test_broken_email);
  ADD ("broken-csv", test_broken_csv);
  ADD ("broken-pdf", test_broken_pdf);
  ADD ("binary-and-missing", test_binary_and_missing);
  ADD ("parties-csv", test_parties_csv);
  ADD ("round-warnings", test_round_warnings);
#undef ADD
  g_test_add_func ("/hearings/import/detect", test_detect_by_content);
  return g_test_run ();
}
