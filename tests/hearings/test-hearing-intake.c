/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <glib/gstdio.h>

#include "rs-date.h"
#include "rs-hearing-csv-mapping.h"
#include "rs-hearing-import.h"
#include "rs-hearings-test-common.h"
#include "rs-redact.h"
#include "rs-response-store.h"
#include "rs-whitebook.h"

/*
 * Hearing intake: letters (date and sender from the text), a mixed folder
 * with exactly the late ones flagged, duplicates, the received date given
 * by hand, editing and deleting with undo, and the regressions of issue 11
 * (CSV by structure, the over-read, undefined Windows-1252 bytes, dates
 * that wrapped, CPR numbers and file names in exports).
 */

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      process_id;
  gint64      round_id;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsHearingRound) round = NULL;

  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  round = rs_hearing_round_store_create (f->db, f->process_id, "Høring (breve)", "2026-09-11",
                                         "2026-09-30", &error);
  g_assert_no_error (error);
  f->round_id = rs_hearing_round_get_id (round);
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
round_count (Fixture    *f,
             const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM hearing_response r JOIN hearing_round h "
                                          "ON h.id = r.round_id WHERE r.round_id = %" G_GINT64_FORMAT
                                          " AND (%s)", f->round_id, where);
  return count_rows (f->db, sql);
}

static RsHearingResponse *
response_from (Fixture    *f,
               const char *source_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = rs_response_store_list (f->db, f->round_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (list), i);
      if (g_str_equal (rs_hearing_response_get_source_file (r), source_file))
        return g_steal_pointer (&r);
    }
  g_error ("no response from %s", source_file);
  return NULL;
}

/* A copy of a letter with a known modification date. */
static char *
copy_with_mtime (Fixture    *f,
                 const char *name,
                 const char *iso_date)
{
  g_autofree char *src = rs_test_data_path (name);
  g_autofree char *base = g_path_get_basename (name);
  char *dest = g_build_filename (f->dir, base, NULL);
  g_autoptr(GFile) from = g_file_new_for_path (src);
  g_autoptr(GFile) to = g_file_new_for_path (dest);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Copenhagen");
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GError) error = NULL;
  int y, m, d;

  g_assert_true (g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error));
  g_assert_cmpint (sscanf (iso_date, "%d-%d-%d", &y, &m, &d), ==, 3);
  dt = g_date_time_new (tz, y, m, d, 12, 0, 0);
  g_assert_true (g_file_set_attribute_uint64 (to, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                              g_date_time_to_unix (dt), G_FILE_QUERY_INFO_NONE,
                                              NULL, &error));
  return dest;
}

static void
test_letter_date (void)
{
  static const struct { const char *text, *date; } cases[] = {
    { "Havbjerg, den 19. september 2025\n\nKære byråd", "2025-09-19" },
    { "19.09.2025\nTil byrådet", "2025-09-19" },
    { "Havbjerg 19/9-2025\n\nTekst", "2025-09-19" },
    { "Dato: 2025-09-19\nTekst", "2025-09-19" },
    { "Skovhuse d. 3. okt. 2026\nTekst", "2026-10-03" },
    { "Kære byråd\n\nTekst.\n\nVenlig hilsen\nA. Berg\n1. oktober 2026", "2026-10-01" },
    /* A date in the body is about something else. */
    { "Kære byråd\na\nb\nc\nd\ne\nf\ng\nh\nMødet den 3. september 2026 var godt.\ni\nj\nk\nl\nm\nn\no\np\nq",
      NULL },
    { "Ordre 31.02.2026 og 257-09-2026\nTekst", NULL },
    { "Kære byråd, ingen dato her.", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *date = rs_hearing_find_letter_date (cases[i].text);
      g_assert_cmpstr (date, ==, cases[i].date);
    }
}

static void
test_signature (void)
{
  static const struct { const char *text, *name; } cases[] = {
    { "Tekst.\n\nMed venlig hilsen\n\nGrethe Madsen, formand\nÆldrerådet", "Grethe Madsen" },
    { "Tekst.\n\nVenlig hilsen\nCarla Holm\nSkolevej 12", "Carla Holm" },
    { "Tekst.\n\nMvh. Lars og Hanne Toft\n", "Lars og Hanne Toft" },
    { "Tekst.\n\nmvh\nSkolebestyrelsen ved Nørreby Skole", "Skolebestyrelsen ved Nørreby Skole" },
    { "Tekst.\n\nVenlige hilsner\nkaren@example.org", NULL },
    { "Tekst uden hilsen.", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = rs_hearing_find_signature (cases[i].text);
      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

static void
test_sender_header (void)
{
  static const struct { const char *header, *name, *email; } cases[] = {
    /* The header, after decoding its encoded words. */
    { "Ældrerådet i Odense <aeldreraad@example.org>", "Ældrerådet i Odense", "aeldreraad@example.org" },
    { "\"Holm, Carla\" <carla@example.org>", "Holm, Carla", "carla@example.org" },
    { "carla@example.org (Carla Holm)", "Carla Holm", "carla@example.org" },
    { "<carla@example.org>", NULL, "carla@example.org" },
    { "carla@example.org <carla@example.org>", NULL, "carla@example.org" },
    { "Carla Holm", "Carla Holm", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *email = NULL;
      rs_hearing_parse_sender (cases[i].header, &name, &email);
      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_cmpstr (email, ==, cases[i].email);
    }
}

/* Issue 11: a letter whose first line has a comma and "svar" is a letter. */
static void
test_csv_by_structure (void)
{
  static const char letter[] =
    "Høringssvar fra Ældrerådet, Havbjerg Kommune\n\nKære byråd, tak for materialet.\n\n"
    "Vi mener, at hjemmeplejen skal prioriteres.\n\nMed venlig hilsen\nÆldrerådet\n";
  static const char csv[] = "navn,dato,indlæg\nA,2026-09-20,Tekst et\nB,2026-09-21,\"Tekst, to\"\n";
  static const char csv_semicolon[] = "afsender;tekst\nA;B\n";

  g_assert_cmpint (rs_hearing_import_detect (letter, sizeof letter - 1), ==, RS_RESPONSE_FILE_TEXT);
  g_assert_cmpint (rs_hearing_import_detect (csv, sizeof csv - 1), ==, RS_RESPONSE_FILE_CSV);
  g_assert_cmpint (rs_hearing_import_detect (csv_semicolon, sizeof csv_semicolon - 1), ==,
                   RS_RESPONSE_FILE_CSV);
}

/* Issue 11: looks_like_csv read one byte past data without a NUL. The
 * buffer is exactly the data; ASan (bench/fuzz.sh) reports the old read. */
static void
test_detect_without_nul (void)
{
  static const char sample[] = "tekst;svar";
  char *exact = g_malloc (sizeof sample - 1);

  memcpy (exact, sample, sizeof sample - 1);
  g_assert_cmpint (rs_hearing_import_detect (exact, sizeof sample - 1), ==, RS_RESPONSE_FILE_TEXT);
  g_free (exact);
}

/* Issue 11: bytes Windows-1252 leaves undefined gave g_strstrip (NULL) and
 * "the e-mail has no text". */
static void
test_undefined_cp1252 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = rs_test_data_path ("mail/bad-charset-undefined-cp1252.eml");
  g_autoptr(GPtrArray) out = rs_hearing_import_read_file (path, &error);
  RsHearingResponse *r;

  g_assert_no_error (error);
  g_assert_cmpuint (out->len, ==, 1);
  r = g_ptr_array_index (out, 0);
  g_assert_nonnull (strstr (rs_hearing_response_get_text (r), "spare på"));
  g_assert_nonnull (strstr (rs_hearing_response_get_text (r), "\xEF\xBF\xBD"));
  g_assert_true (rs_hearing_response_needs_review (r));
}

/* Issue 11: "257-09-2026" was stored as 2026-09-01 (GDateDay is a byte). */
static void
test_dates_do_not_wrap (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "257-09-2026", NULL }, { "2026-09-257", NULL }, { "32-09-2026", NULL }, { "28-13-2026", NULL },
    { "28-09-2026", "2026-09-28" }, { "28.09.2026", "2026-09-28" }, { "28/9/2026", "2026-09-28" },
    { "2026-09-28", "2026-09-28" }, { "2026-09-28T10:00:00+02:00", "2026-09-28" },
    { "28-09-2026x", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = rs_date_normalize (cases[i].in, NULL);
      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_csv_wrapped_date_refused (Fixture      *f,
                               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "svar.csv", NULL);
  const char *paths[] = { path, NULL };

  g_assert_true (g_file_set_contents (path, "afsender;modtaget;tekst\nA;257-09-2026;Tekst\n", -1, NULL));
  g_assert_cmpint (rs_hearing_import_files (f->db, f->round_id, paths, NULL, NULL, NULL, &error), ==, -1);
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "svar.csv, line 2, column 2"));
  g_assert_cmpint (round_count (f, "1"), ==, 0);
}

static void
test_cpr_redaction (void)
{
  g_autofree char *out = rs_redact_cpr ("CPR 010190-1234, igen 0101901234, ordre 993312-4455, tlf 21436587.");
  g_autofree char *text = rs_redact_text ("Jeg hedder Carla Holm, CPR 311299 1234.", "Carla Holm", NULL);

  g_assert_cmpstr (out, ==, "CPR [CPR number], igen [CPR number], ordre 993312-4455, tlf 21436587.");
  g_assert_null (strstr (text, "311299"));
  g_assert_null (strstr (text, "Carla"));
}

/* Letters, e-mails and a PDF in one folder: the late ones are judged on
 * the received date, never the day of import. */
static void
test_mixed_folder (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *undated = copy_with_mtime (f, "intake/brev-uden-dato.txt", "2026-09-25");
  g_autofree char *carla = rs_test_data_path ("intake/Høringssvar Carla Holm.txt");
  g_autofree char *aeldre = rs_test_data_path ("intake/brev-aeldreraad.txt");
  g_autofree char *b199 = rs_test_data_path ("intake/brev-19-9.txt");
  g_autofree char *skovhuse = rs_test_data_path ("intake/brev-skovhuse.pdf");
  g_autofree char *sent = rs_test_data_path ("intake/brev-sent.pdf");
  g_autofree char *broken = rs_test_data_path ("intake/afbrudt.pdf");
  g_autofree char *word = rs_test_data_path ("intake/brev-word.docx");
  g_autofree char *utf16 = rs_test_data_path ("intake/brev-notepad-utf16.txt");
  g_autofree char *scan = copy_with_mtime (f, "intake/scannet-brev.jpg", "2026-09-22");
  g_autofree char *m1 = rs_test_data_path ("mail/late-after-deadline.eml");
  g_autofree char *m2 = rs_test_data_path ("mail/timezone-after-midnight.eml");
  g_autofree char *m3 = rs_test_data_path ("mail/deadline-last-minute.eml");
  g_autofree char *m4 = rs_test_data_path ("mail/missing-from.eml");
  const char *with_broken[] = { undated, carla, aeldre, b199, skovhuse, sent, m1, m2, m3, m4, word, utf16,
                                scan, broken, NULL };
  const char *paths[] = { undated, carla, aeldre, b199, skovhuse, sent, m1, m2, m3, m4, word, utf16, scan, NULL };
  RsHearingImportReport report = { 0 };
  g_autoptr(RsHearingResponse) r = NULL;
  RsResponseFilter late = { .status = "late" };
  g_autoptr(GListStore) list = NULL;

  /* A truncated PDF is genuinely broken: nothing is imported, and the
   * message names the file and the reason. */
  g_assert_cmpint (rs_hearing_import_files_full (f->db, f->round_id, with_broken, NULL, NULL, &report,
                                                 NULL, NULL, NULL, &error), ==, -1);
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "afbrudt.pdf"));
  g_assert_nonnull (strstr (error->message, "incomplete"));
  g_assert_cmpint (round_count (f, "1"), ==, 0);
  g_clear_error (&error);
  rs_hearing_import_report_clear (&report);

  g_assert_cmpint (rs_hearing_import_files_full (f->db, f->round_id, paths, NULL, NULL, &report,
                                                 NULL, NULL, NULL, &error), ==, 13);
  g_assert_no_error (error);
  rs_hearing_import_report_clear (&report);

  list = rs_response_store_search (f->db, f->round_id, &late, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  g_assert_cmpint (round_count (f, "r.received_on > h.deadline AND r.source_file IN "
                                   "('Høringssvar Carla Holm.txt', 'brev-sent.pdf', "
                                   "'late-after-deadline.eml', 'timezone-after-midnight.eml')"), ==, 4);

  r = response_from (f, "brev-aeldreraad.txt");
  g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-09-19");
  g_assert_cmpstr (rs_hearing_response_get_sender (r), ==, "Grethe Madsen");
  /* Signed on behalf of Ældrerådet, on the register. */
  g_assert_cmpstr (rs_hearing_response_get_party_type (r), ==, "organisation");
  g_assert_cmpstr (rs_hearing_response_get_party_name (r), ==, "Ældrerådet");
  g_assert_cmpstr (rs_hearing_response_get_channel (r), ==, "letter");
  /* The file name is not the subject. */
  g_assert_cmpstr (rs_hearing_response_get_subject (r), ==, "");
  g_assert_nonnull (strstr (rs_hearing_response_get_review_reason (r), "letter-signature"));
  g_clear_object (&r);

  r = response_from (f, "brev-uden-dato.txt");
  g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-09-25");
  g_assert_nonnull (strstr (rs_hearing_response_get_review_reason (r), "letter-no-date"));
  g_clear_object (&r);

  r = response_from (f, "brev-19-9.txt");
  g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-09-19");
  g_assert_nonnull (strstr (rs_hearing_response_get_text (r), "“klassekvotienten er allerede høj”"));
  g_assert_cmpstr (rs_hearing_response_get_party_type (r), ==, "organisation");
  g_clear_object (&r);

  r = response_from (f, "brev-skovhuse.pdf");
  g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-09-28");
  g_clear_object (&r);

  /* No date in the text: the PDF's creation date. */
  r = response_from (f, "brev-sent.pdf");
  g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-10-03");
  g_assert_cmpstr (rs_hearing_response_get_sender (r), ==, "Jytte Brandt");
  g_assert_true (rs_hearing_response_get_late (r));
  g_clear_object (&r);

  /* A Word letter, a Notepad "Unicode" (UTF-16) letter and a scan. */
  r = response_from (f, "brev-word.docx");
  g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-09-24");
  g_assert_cmpstr (rs_hearing_response_get_sender (r), ==, "Bo Kjeldsen");
  g_assert_cmpstr (rs_hearing_response_get_party_type (r), ==, "organisation");
  g_assert_nonnull (strstr (rs_hearing_response_get_text (r), "bevare lokaletilskuddet"));
  g_clear_object (&r);
  r = response_from (f, "brev-notepad-utf16.txt");
  g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-09-27");
  g_assert_cmpstr (rs_hearing_response_get_sender (r), ==, "Ellen Vinther");
  g_assert_nonnull (strstr (rs_hearing_response_get_text (r), "Bevar bussen til Skovhuse – den"));
  g_clear_object (&r);
  r = response_from (f, "scannet-brev.jpg");
  g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-09-22");
  g_assert_cmpstr (rs_hearing_response_get_text (r), ==, "");
  g_assert_cmpstr (rs_hearing_response_get_review_reason (r), ==, "letter-no-date scan");
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM attachment WHERE filename = 'scannet-brev.jpg' "
                                      "AND mime_type = 'image/jpeg'"), ==, 1);
}

static void
test_received_given (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *undated = copy_with_mtime (f, "intake/brev-uden-dato.txt", "2026-09-25");
  const char *paths[] = { undated, NULL };
  RsHearingImportOptions options = { .received = "2026-10-05" };
  RsHearingImportOptions bad = { .received = "5-10-2026" };
  g_autoptr(RsHearingResponse) r = NULL;

  g_assert_cmpint (rs_hearing_import_files_full (f->db, f->round_id, paths, NULL, &bad, NULL, NULL,
                                                 NULL, NULL, &error), ==, -1);
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (rs_hearing_import_files_full (f->db, f->round_id, paths, NULL, &options, NULL, NULL,
                                                 NULL, NULL, &error), ==, 1);
  g_assert_no_error (error);
  r = response_from (f, "brev-uden-dato.txt");
  g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, "2026-10-05");
  g_assert_true (rs_hearing_response_get_late (r));
  /* The date given answers the date's review reason; the sender's stays. */
  g_assert_null (strstr (rs_hearing_response_get_review_reason (r), "letter-no-date"));
  g_assert_nonnull (strstr (rs_hearing_response_get_review_reason (r), "letter-signature"));
}

static void
test_duplicates (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *letter = rs_test_data_path ("intake/brev-aeldreraad.txt");
  g_autofree char *mail = rs_test_data_path ("mail/gmail-alternative.eml");
  g_autofree char *copy = g_build_filename (f->dir, "kopi af svar.txt", NULL);
  g_autofree char *contents = NULL;
  const char *first[] = { letter, mail, mail, NULL };
  const char *second[] = { copy, NULL };
  RsHearingImportReport report = { 0 };

  /* The same mail twice in one batch: once. */
  g_assert_cmpint (rs_hearing_import_files_full (f->db, f->round_id, first, NULL, NULL, &report, NULL,
                                                 NULL, NULL, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpint (report.skipped, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report.notes, report.notes->len - 1), "gmail-alternative.eml"));
  rs_hearing_import_report_clear (&report);

  /* The same letter under another name, with other line breaks: skipped. */
  g_assert_true (g_file_get_contents (letter, &contents, NULL, NULL));
  {
    g_autoptr(GString) s = g_string_new (contents);
    g_string_replace (s, "\n", "\r\n", 0);
    g_assert_true (g_file_set_contents (copy, s->str, -1, NULL));
  }
  g_assert_cmpint (rs_hearing_import_files_full (f->db, f->round_id, second, NULL, NULL, &report, NULL,
                                                 NULL, NULL, &error), ==, 0);
  g_assert_cmpint (report.skipped, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report.notes, 0), "kopi af svar.txt"));
  g_assert_nonnull (strstr (g_ptr_array_index (report.notes, 0), "already"));
  rs_hearing_import_report_clear (&report);
  g_assert_cmpint (round_count (f, "1"), ==, 2);
  g_assert_cmpint (round_count (f, "length(r.content_hash) = 64"), ==, 2);

  /* A campaign text without senders is not a duplicate of itself; the same
   * CSV file again is. */
  {
    g_autofree char *csv = g_build_filename (f->dir, "kampagne.csv", NULL);
    const char *third[] = { csv, NULL };
    g_assert_true (g_file_set_contents (csv, "afsender;tekst\n;Bevar svømmehallen!\n;Bevar svømmehallen!\n"
                                             "Ida Holm;Bevar svømmehallen!\n", -1, NULL));
    g_assert_cmpint (rs_hearing_import_files_full (f->db, f->round_id, third, NULL, NULL, &report, NULL,
                                                   NULL, NULL, &error), ==, 3);
    g_assert_no_error (error);
    rs_hearing_import_report_clear (&report);
    g_assert_cmpint (rs_hearing_import_files_full (f->db, f->round_id, third, NULL, NULL, &report, NULL,
                                                   NULL, NULL, &error), ==, 0);
    g_assert_cmpint (report.skipped, ==, 3);
    g_assert_nonnull (strstr (g_ptr_array_index (report.notes, 0), "kampagne.csv, row 1"));
    rs_hearing_import_report_clear (&report);
  }
}

static void
test_edit_delete_undo (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *letter = rs_test_data_path ("intake/brev-aeldreraad.txt");
  const char *paths[] = { letter, NULL };
  g_autoptr(RsHearingResponse) r = NULL;
  g_autoptr(RsHearingResponse) again = NULL;
  g_autoptr(RsResponsePoint) point = NULL;
  gint64 id;

  g_assert_cmpint (rs_hearing_import_files (f->db, f->round_id, paths, NULL, NULL, NULL, &error), ==, 1);
  r = response_from (f, "brev-aeldreraad.txt");
  id = rs_hearing_response_get_id (r);

  /* Edit: the sender is the council, an organisation on the register. */
  rs_hearing_response_set_sender (r, "Ældrerådet");
  rs_hearing_response_set_party_type (r, "organisation");
  rs_hearing_response_set_received_on (r, "2026-10-01");
  rs_hearing_response_set_channel (r, "digital");
  rs_hearing_response_set_review_reason (r, "");
  g_assert_true (rs_response_store_edit (f->db, r, &error));
  g_assert_no_error (error);
  again = rs_response_store_get (f->db, id, &error);
  g_assert_cmpstr (rs_hearing_response_get_sender (again), ==, "Ældrerådet");
  g_assert_cmpstr (rs_hearing_response_get_party_type (again), ==, "organisation");
  g_assert_cmpint (rs_hearing_response_get_party_id (again), >, 0);
  g_assert_cmpstr (rs_hearing_response_get_channel (again), ==, "digital");
  g_assert_true (rs_hearing_response_get_late (again));
  g_assert_false (rs_hearing_response_needs_review (again));
  g_clear_object (&again);

  rs_hearing_response_set_received_on (r, "2026-10-32");
  g_assert_false (rs_response_store_edit (f->db, r, &error));
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID);
  g_clear_error (&error);
  rs_hearing_response_set_received_on (r, "2026-09-19");
  rs_hearing_response_set_party_type (r, "club");
  g_assert_false (rs_response_store_edit (f->db, r, &error));
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID);
  g_clear_error (&error);

  /* Delete with a coded point, then undo: the same id, point and files. */
  point = rs_response_point_new (0, id, 0, 10, "styrke rehabiliteringen");
  rs_response_point_set_theme (point, "Ældre og sundhed");
  g_assert_true (rs_response_point_store_add (f->db, point, &error));
  g_assert_true (rs_response_store_delete (f->db, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (round_count (f, "1"), ==, 0);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM response_point WHERE excerpt = 'styrke rehabiliteringen'"), ==, 0);
  g_assert_true (rs_response_store_restore (f->db, id, &error));
  g_assert_no_error (error);
  again = rs_response_store_get (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rs_hearing_response_get_sender (again), ==, "Ældrerådet");
  g_assert_cmpint (rs_hearing_response_get_n_points (again), ==, 1);
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM attachment WHERE owner_type = 'hearing_response' "
                                      "AND filename = 'brev-aeldreraad.txt' AND length(data) > 100"), ==, 1);
  /* Search finds it again. */
  {
    RsResponseFilter filter = { .query = "rehabiliteringen" };
    g_autoptr(GListStore) hits = rs_response_store_search (f->db, f->round_id, &filter, &error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hits)), ==, 1);
  }
  g_assert_false (rs_response_store_restore (f->db, id, &error));
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_NOT_FOUND);
}

/* Issue 11: a letter's file name was printed as its subject, and CPR
 * numbers went into the white book. */
static void
test_whitebook_privacy (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *carla = rs_test_data_path ("intake/Høringssvar Carla Holm.txt");
  g_autofree char *out = g_build_filename (f->dir, "hvidbog.html", NULL);
  g_autofree char *html = NULL;
  const char *paths[] = { carla, NULL };
  RsWhitebookOptions options = { .show_private_names = FALSE, .small_cell_limit = 5,
                                 .order = RS_WHITEBOOK_ORDER_RESPONSE };
  g_autoptr(RsHearingResponse) r = NULL;

  g_assert_cmpint (rs_hearing_import_files (f->db, f->round_id, paths, NULL, NULL, NULL, &error), ==, 1);
  r = response_from (f, "Høringssvar Carla Holm.txt");
  g_assert_cmpstr (rs_hearing_response_get_sender (r), ==, "Carla Holm");
  g_assert_true (rs_whitebook_export (f->db, f->round_id, &options, RS_DOCUMENT_FORMAT_HTML, out,
                                      NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "svømmehallen i Vesterløkke"));
  g_assert_null (strstr (html, "Høringssvar Carla Holm"));
  g_assert_null (strstr (html, ".txt"));
  g_assert_null (strstr (html, "010190"));
  g_assert_null (strstr (html, "Carla"));
  g_assert_null (strstr (html, "Skolevej 12"));
  g_assert_null (strstr (html, "21 43 65 87"));

  /* Shown by name, the CPR number is still removed. */
  g_clear_pointer (&html, g_free);
  options.show_private_names = TRUE;
  g_assert_true (rs_whitebook_export (f->db, f->round_id, &options, RS_DOCUMENT_FORMAT_HTML, out,
                                      NULL, NULL, NULL, &error));
  g_assert_true (g_file_get_contents (out, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "Carla Holm"));
  g_assert_null (strstr (html, "010190"));
}

/* A damaged Outlook message (its directory's sector chain loops back on
 * itself) is refused, naming the file, and quickly. */
static void
test_msg_cycle (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *src = rs_test_data_path ("mail/outlook-saved-message.msg");
  g_autofree char *path = g_build_filename (f->dir, "løkke.msg", NULL);
  g_autofree char *contents = NULL;
  const char *paths[] = { path, NULL };
  guint32 dir_start, fat0;
  gsize len;

  g_assert_true (g_file_get_contents (src, &contents, &len, NULL));
  memcpy (&dir_start, contents + 0x30, 4);
  memcpy (&fat0, contents + 0x4C, 4);
  dir_start = GUINT32_FROM_LE (dir_start);
  fat0 = GUINT32_FROM_LE (fat0);
  g_assert_cmpuint ((fat0 + 1) * 512 + dir_start * 4 + 4, <=, len);
  {
    guint32 self = GUINT32_TO_LE (dir_start);
    memcpy (contents + (fat0 + 1) * 512 + dir_start * 4, &self, 4);
  }
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  g_assert_cmpint (rs_hearing_import_files (f->db, f->round_id, paths, NULL, NULL, NULL, &error), ==, -1);
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "løkke.msg"));
  g_assert_cmpint (round_count (f, "1"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hearings/intake/letter-date", test_letter_date);
  g_test_add_func ("/hearings/intake/signature", test_signature);
  g_test_add_func ("/hearings/intake/sender-header", test_sender_header);
  g_test_add_func ("/hearings/intake/csv-by-structure", test_csv_by_structure);
  g_test_add_func ("/hearings/intake/detect-without-nul", test_detect_without_nul);
  g_test_add_func ("/hearings/intake/undefined-cp1252", test_undefined_cp1252);
  g_test_add_func ("/hearings/intake/dates-do-not-wrap", test_dates_do_not_wrap);
  g_test_add_func ("/hearings/intake/cpr", test_cpr_redaction);
#define ADD(name, func) \
  g_test_add ("/hearings/intake/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("csv-wrapped-date", test_csv_wrapped_date_refused);
  ADD ("mixed-folder", test_mixed_folder);
  ADD ("received-given", test_received_given);
  ADD ("duplicates", test_duplicates);
  ADD ("edit-delete-undo", test_edit_delete_undo);
  ADD ("whitebook-privacy", test_whitebook_privacy);
  ADD ("msg-cycle", test_msg_cycle);
#undef ADD
  return g_test_run ();
}
