/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <glib/gstdio.h>

#include "rs-hearing-import.h"
#include "rs-hearings-test-common.h"
#include "rs-response-store.h"

/*
 * The mail corpus (tests/data/mail): messages as Outlook, Gmail, Apple Mail,
 * Thunderbird, webmail and form robots write them. Each is imported on its
 * own into a round running 2026-09-11 to 2026-09-30 and must give the sender,
 * date, text and attachments of expected.ini, or be marked for review with
 * the reason.
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
  round = rs_hearing_round_store_create (f->db, f->process_id, "Høring over budget 2027 (post)",
                                         "2026-09-11", "2026-09-30", &error);
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

static char *
attachment_names (RsDatabase *db,
                  gint64      response_id)
{
  g_autoptr(GString) names = g_string_new (NULL);
  RsStatement *stmt = rs_database_query (db, NULL,
                                          "SELECT filename FROM attachment WHERE owner_type = "
                                          "'hearing_response' AND owner_id = ? ORDER BY id", "i",
                                          response_id);
  gboolean first = TRUE;

  g_assert_nonnull (stmt);
  while (rs_statement_step (stmt) == RS_SQL_ROW)
    {
      /* The original comes first. */
      if (!first)
        g_string_append_printf (names, "%s%s", names->len ? ";" : "",
                                (const char *) rs_statement_column_text (stmt, 0));
      first = FALSE;
    }
  rs_statement_finalize (stmt);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
assert_substrings (const char *name,
                   const char *text,
                   const char *list,
                   gboolean    present)
{
  g_auto(GStrv) parts = g_strsplit (list, "|", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] == '\0')
        continue;
      if ((strstr (text, parts[i]) != NULL) != present)
        g_error ("%s: “%s” %s the text:\n%s", name, parts[i],
                 present ? "is missing from" : "should not be in", text);
    }
}

static gboolean
expect (GKeyFile   *expected,
        const char *name,
        const char *key,
        char      **value)
{
  g_free (*value);
  *value = g_key_file_get_string (expected, name, key, NULL);
  return *value != NULL;
}

static void
check_message (Fixture    *f,
               GKeyFile   *expected,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strconcat (TEST_DATA_DIR "/mail/", name, NULL);
  const char *paths[] = { path, NULL };
  RsHearingImportReport report = { 0 };
  g_autoptr(GListStore) list = NULL;
  g_autoptr(RsHearingResponse) r = NULL;
  g_autofree char *value = NULL;
  int n;

  n = rs_hearing_import_files_full (f->db, f->round_id, paths, NULL, NULL, &report, NULL, NULL, NULL, &error);
  if (n != 1)
    g_error ("%s: %d imported (%s)", name, n, error ? error->message : "no error");
  rs_hearing_import_report_clear (&report);
  list = rs_response_store_list (f->db, f->round_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsHearingResponse) item = g_list_model_get_item (G_LIST_MODEL (list), i);
      if (g_str_equal (rs_hearing_response_get_source_file (item), name))
        g_set_object (&r, item);
    }
  g_assert_nonnull (r);
  g_test_message ("%s: sender “%s” <%s>, %s, review “%s”", name, rs_hearing_response_get_sender (r),
                  rs_hearing_response_get_sender_email (r), rs_hearing_response_get_received_on (r),
                  describe (r));

#define EXPECT(key) expect (expected, name, key, &value)
  if (EXPECT ("sender"))
    g_assert_cmpstr (rs_hearing_response_get_sender (r), ==, value);
  if (EXPECT ("email"))
    g_assert_cmpstr (rs_hearing_response_get_sender_email (r), ==, value);
  if (EXPECT ("date"))
    g_assert_cmpstr (rs_hearing_response_get_received_on (r), ==, value);
  if (EXPECT ("subject"))
    g_assert_cmpstr (rs_hearing_response_get_subject (r), ==, value);
  if (EXPECT ("text"))
    {
      assert_substrings (name, rs_hearing_response_get_text (r), value, TRUE);
      if (*value == '\0')
        g_assert_cmpstr (rs_hearing_response_get_text (r), ==, "");
    }
  if (EXPECT ("not_text"))
    assert_substrings (name, rs_hearing_response_get_text (r), value, FALSE);
  if (EXPECT ("attachments"))
    {
      g_autofree char *names = attachment_names (f->db, rs_hearing_response_get_id (r));
      g_assert_cmpstr (names, ==, value);
    }
  if (EXPECT ("type"))
    g_assert_cmpstr (rs_hearing_response_get_party_type (r), ==, value);
  if (EXPECT ("late"))
    g_assert_cmpint (rs_hearing_response_get_late (r), ==, g_str_equal (value, "true"));
  if (EXPECT ("review"))
    {
      if (*value == '\0')
        g_assert_cmpstr (rs_hearing_response_get_review_reason (r), ==, "");
      else
        g_assert_cmpstr (rs_hearing_response_get_review_reason (r), ==, value);
    }
  /* The original is always kept, as the first file. */
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM attachment WHERE owner_type = 'hearing_response' "
                                      "AND mime_type = 'message/rfc822'"), >=, 1);
#undef EXPECT
}

static void
test_corpus (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(GKeyFile) expected = g_key_file_new ();
  g_autofree char *ini = rs_test_data_path ("mail/expected.ini");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) groups = NULL;
  gsize n;

  g_assert_true (g_key_file_load_from_file (expected, ini, G_KEY_FILE_NONE, &error));
  groups = g_key_file_get_groups (expected, &n);
  g_assert_cmpuint (n, >=, 30);
  for (gsize i = 0; i < n; i++)
    check_message (f, expected, groups[i]);
  /* Every message of the corpus is in, none twice. */
  g_assert_cmpint (count_rows (f->db, "SELECT count(*) FROM hearing_response r JOIN hearing_round h "
                                      "ON h.id = r.round_id WHERE h.title = 'Høring over budget 2027 (post)'"),
                   ==, (int) n);
}

static void
test_whole_folder_at_once (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr(GKeyFile) expected = g_key_file_new ();
  g_autofree char *ini = rs_test_data_path ("mail/expected.ini");
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) groups = NULL;
  RsHearingImportReport report = { 0 };
  gsize n;
  int review = 0;

  g_assert_true (g_key_file_load_from_file (expected, ini, G_KEY_FILE_NONE, &error));
  groups = g_key_file_get_groups (expected, &n);
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *reason = g_key_file_get_string (expected, groups[i], "review", NULL);
      g_ptr_array_add (paths, g_strconcat (TEST_DATA_DIR "/mail/", groups[i], NULL));
      if (reason != NULL && *reason != '\0')
        review++;
    }
  g_ptr_array_add (paths, NULL);
  /* The odd ones do not block the others. */
  g_assert_cmpint (rs_hearing_import_files_full (f->db, f->round_id, (const char * const *) paths->pdata,
                                                 NULL, NULL, &report, NULL, NULL, NULL, &error),
                   ==, (int) n);
  g_assert_no_error (error);
  g_assert_cmpint (report.review, ==, review);
  g_assert_cmpint (report.skipped, ==, 0);
  rs_hearing_import_report_clear (&report);
  {
    RsResponseFilter filter = { .status = "review" };
    g_autoptr(GListStore) list = rs_response_store_search (f->db, f->round_id, &filter, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, review);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/hearings/mail-corpus/each", Fixture, NULL, fixture_setup, test_corpus, fixture_teardown);
  g_test_add ("/hearings/mail-corpus/folder", Fixture, NULL, fixture_setup, test_whole_folder_at_once,
              fixture_teardown);
  return g_test_run ();
}
