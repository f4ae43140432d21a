/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-comment-store.h"
#include "rs-council-package.h"
#include "rs-district-summary.h"
#include "rs-engagement-targets.h"
#include "rs-erasure.h"
#include "rs-process-store.h"
#include "rs-involvement-error.h"
#include "rs-recommendation-origins.h"
#include "rs-recommendation-store.h"
#include "rs-test-utils.h"

/* Digital comments of the involvement phase: the importers on files as web
 * forms, Excel and mail clients write them, review flags, all-or-nothing
 * imports, links as recommendation origins, the digital-comments target,
 * the council package and the district view. */

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      process_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  g_assert_nonnull (f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static RsComment *
find_text (GListModel *list,
           const char *needle)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RsComment) c = g_list_model_get_item (list, i);
      if (strstr (rs_comment_get_text (c), needle) != NULL)
        return g_steal_pointer (&c);
    }
  return NULL;
}

static int
import (Fixture                *f,
        const char * const     *names,
        RsCommentImportReport  *report,
        GError                **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (paths, rs_test_data_path (names[i]));
  g_ptr_array_add (paths, NULL);
  return rs_comment_store_import (f->db, f->process_id, (const char * const *) paths->pdata, report,
                                  NULL, error);
}

static void
test_web_form (Fixture       *f,
               gconstpointer  data)
{
  const char *names[] = { "comments/comments-webform.csv", NULL };
  RsCommentImportReport report = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(RsComment) school = NULL;
  g_autoptr(RsComment) odd_date = NULL;
  g_autoptr(RsComment) odd_district = NULL;
  gboolean noted = FALSE;

  g_assert_cmpint (import (f, names, &report, &error), ==, 6);
  g_assert_no_error (error);
  g_assert_cmpint (report.imported, ==, 6);
  g_assert_cmpint (report.review, ==, 2);
  list = rs_comment_store_list (f->db, f->process_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 6);

  /* A byte-order mark, Windows line ends, a quoted field over two lines. */
  school = find_text (G_LIST_MODEL (list), "sikker skolevej");
  g_assert_nonnull (school);
  g_assert_nonnull (strstr (rs_comment_get_text (school), "\nBørnene krydser"));
  g_assert_null (strchr (rs_comment_get_text (school), '\r'));
  g_assert_cmpstr (rs_comment_get_author (school), ==, "Mette Skov");
  g_assert_cmpstr (rs_comment_get_received_on (school), ==, "2025-09-14");
  g_assert_cmpstr (rs_comment_get_district (school), ==, "Nørreby");
  g_assert_cmpstr (rs_comment_get_themes (school), ==, "Skoler, Trafik");
  g_assert_cmpstr (rs_comment_get_channel (school), ==, "web");
  g_assert_true (g_str_has_prefix (rs_comment_get_pseudonym (school), "K-"));
  g_assert_false (rs_comment_needs_review (school));

  /* One odd date, one district not on the list: imported and flagged. */
  odd_date = find_text (G_LIST_MODEL (list), "Bevar skoven");
  g_assert_true (rs_comment_needs_review (odd_date));
  g_assert_null (rs_comment_get_received_on (odd_date));
  g_assert_cmpstr (rs_comment_get_source (odd_date), ==, "comments-webform.csv:6:1");
  odd_district = find_text (G_LIST_MODEL (list), "Cykelstien");
  g_assert_cmpstr (rs_comment_get_review_reason (odd_district), ==, "district");
  for (guint i = 0; i < report.notes->len; i++)
    if (strstr (g_ptr_array_index (report.notes, i), "comments-webform.csv:6:1") != NULL)
      noted = TRUE;
  g_assert_true (noted);
  rs_comment_import_report_clear (&report);

  /* The same export read again after it grew: only the new rows. */
  g_assert_cmpint (import (f, names, &report, &error), ==, 0);
  g_assert_cmpint (report.skipped, ==, 6);
  rs_comment_import_report_clear (&report);

  /* Search covers text, themes and districts. */
  g_clear_object (&list);
  list = rs_comment_store_list (f->db, f->process_id, "trafik", &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
}

static void
test_excel_and_mail (Fixture       *f,
                     gconstpointer  data)
{
  const char *names[] = { "comments/comments-excel.csv", "comments/comment-thunderbird.eml",
                          "comments/comment-outlook.eml", "comments/comment-webform-nodate.eml", NULL };
  RsCommentImportReport report = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(RsComment) soren = NULL;
  g_autoptr(RsComment) short_row = NULL;
  g_autoptr(RsComment) thunder = NULL;
  g_autoptr(RsComment) outlook = NULL;
  g_autoptr(RsComment) robot = NULL;

  g_assert_cmpint (import (f, names, &report, &error), ==, 7);
  g_assert_no_error (error);
  list = rs_comment_store_list (f->db, f->process_id, NULL, &error);

  /* Danish Excel: ';', Windows-1252, dd.mm.yyyy. */
  soren = find_text (G_LIST_MODEL (list), "Kunstgræsbanen");
  g_assert_cmpstr (rs_comment_get_author (soren), ==, "Søren Ærø");
  g_assert_cmpstr (rs_comment_get_received_on (soren), ==, "2025-09-14");
  g_assert_cmpstr (rs_comment_get_district (soren), ==, "Vesterløkke");
  g_assert_cmpstr (rs_comment_get_themes (soren), ==, "Idræt");
  /* A row cut short has no text: kept and flagged. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsComment) c = g_list_model_get_item (G_LIST_MODEL (list), i);
      if (g_str_equal (rs_comment_get_author (c), "Bo"))
        short_row = g_steal_pointer (&c);
    }
  g_assert_nonnull (short_row);
  g_assert_nonnull (strstr (rs_comment_get_review_reason (short_row), "columns"));
  g_assert_nonnull (strstr (rs_comment_get_review_reason (short_row), "no-text"));

  /* Thunderbird: encoded-word sender, quoted-printable flowed text. */
  thunder = find_text (G_LIST_MODEL (list), "Svømmehallen i Vesterløkke bør renoveres før den lukker");
  g_assert_nonnull (thunder);
  g_assert_cmpstr (rs_comment_get_channel (thunder), ==, "email");
  g_assert_cmpstr (rs_comment_get_author (thunder), ==, "Søren Nørgaard");
  g_assert_cmpstr (rs_comment_get_received_on (thunder), ==, "2025-09-17");
  g_assert_false (rs_comment_needs_review (thunder));
  /* Outlook: HTML only, Windows-1252. */
  outlook = find_text (G_LIST_MODEL (list), "Bussen til Skovhuse kører");
  g_assert_nonnull (outlook);
  g_assert_cmpstr (rs_comment_get_author (outlook), ==, "Hansen, Karen");
  g_assert_null (strstr (rs_comment_get_text (outlook), "margin"));
  /* A web form's robot mail: the author from Reply-To, the theme from the
   * subject; no date is flagged. */
  robot = find_text (G_LIST_MODEL (list), "Strandvejen");
  g_assert_cmpstr (rs_comment_get_author (robot), ==, "Ib Larsen");
  g_assert_cmpstr (rs_comment_get_themes (robot), ==, "Trafik");
  g_assert_cmpstr (rs_comment_get_review_reason (robot), ==, "date");
  g_assert_cmpint (report.review, ==, 2);
  rs_comment_import_report_clear (&report);
}

static void
test_broken_changes_nothing (Fixture       *f,
                             gconstpointer  data)
{
  const char *broken[] = { "comments/comments-webform.csv", "comments/comments-broken.csv", NULL };
  const char *no_text[] = { "comments/comments-no-text-column.csv", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (import (f, broken, NULL, &error), ==, -1);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "comments-broken.csv"));
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);
  g_assert_cmpint (rs_comment_store_count (f->db, f->process_id, NULL), ==, 0);

  g_assert_cmpint (import (f, no_text, NULL, &error), ==, -1);
  g_assert_nonnull (strstr (error->message, "comments-no-text-column.csv:1:1"));
  g_clear_error (&error);
  g_assert_cmpint (rs_comment_store_count (f->db, f->process_id, NULL), ==, 0);
}

static void
test_edit_delete_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsComment) c = rs_comment_new ();
  g_autoptr(RsComment) again = NULL;
  gint64 id;

  rs_comment_set_process_id (c, f->process_id);
  rs_comment_set_channel (c, "meeting");
  rs_comment_set_text (c, "Flere bænke i parken");
  rs_comment_set_district (c, "midtbyen");
  rs_comment_set_themes (c, "Natur;natur; Byrum");
  id = rs_comment_store_add (f->db, c, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  /* The list's spelling, themes without repeats. */
  g_assert_cmpstr (rs_comment_get_district (c), ==, "Midtbyen");
  g_assert_cmpstr (rs_comment_get_themes (c), ==, "Natur, Byrum");
  g_assert_cmpstr (rs_comment_get_pseudonym (c), ==, "K-0001");

  rs_comment_set_district (c, "Atlantis");
  g_assert_true (rs_comment_store_update (f->db, c, &error));
  g_assert_cmpstr (rs_comment_get_review_reason (c), ==, "district");
  rs_comment_set_district (c, "Skovhuse");
  g_assert_true (rs_comment_store_update (f->db, c, &error));
  g_assert_false (rs_comment_needs_review (c));

  g_assert_true (rs_comment_store_delete (f->db, id, &error));
  g_assert_cmpint (rs_comment_store_count (f->db, f->process_id, NULL), ==, 0);
  g_assert_true (rs_comment_store_restore (f->db, id, &error));
  again = rs_comment_store_get (f->db, id, &error);
  g_assert_cmpstr (rs_comment_get_district (again), ==, "Skovhuse");
  g_assert_cmpint (rs_comment_store_count (f->db, f->process_id, NULL), ==, 1);
}

static void
test_origin_and_target (Fixture       *f,
                        gconstpointer  data)
{
  const char *names[] = { "comments/comments-webform.csv", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) recs = NULL;
  g_autoptr(RsRecommendation) rec = NULL;
  g_autoptr(RsRecommendation) reloaded = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(RsComment) comment = NULL;
  g_autoptr(GListStore) list = NULL;
  GPtrArray *origins;
  gboolean found = FALSE;

  g_assert_cmpint (import (f, names, NULL, &error), ==, 6);
  list = rs_comment_store_list (f->db, f->process_id, NULL, &error);
  comment = find_text (G_LIST_MODEL (list), "sikker skolevej");
  recs = rs_recommendation_store_list (f->db, f->process_id, FALSE, &error);
  g_assert_no_error (error);
  rec = g_list_model_get_item (G_LIST_MODEL (recs), 0);

  /* Comments are one more kind of origin. */
  candidates = rs_recommendation_origin_candidates (f->db, f->process_id, "comment", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (candidates->len, ==, 6);
  g_assert_true (rs_recommendation_origin_link (f->db, rs_recommendation_get_id (rec), "comment",
                                                rs_comment_get_id (comment), &error));
  g_assert_no_error (error);
  reloaded = rs_recommendation_store_get (f->db, rs_recommendation_get_id (rec), &error);
  origins = rs_recommendation_get_origins (reloaded);
  for (guint i = 0; i < origins->len; i++)
    {
      RsRecommendationOrigin *o = g_ptr_array_index (origins, i);
      if (g_str_equal (o->origin_type, "comment"))
        {
          found = TRUE;
          g_assert_cmpint (o->origin_id, ==, rs_comment_get_id (comment));
          /* By pseudonym and themes, never the author. */
          g_assert_nonnull (strstr (o->label, rs_comment_get_pseudonym (comment)));
          g_assert_nonnull (strstr (o->label, "Skoler"));
          g_assert_null (strstr (o->label, "Mette"));
        }
    }
  g_assert_true (found);
  g_assert_cmpstr (rs_recommendation_origin_kind_label ("comment"), !=, "comment");

  /* The digital-comments target's actual is the number of comments. */
  g_assert_true (rs_engagement_targets_set (f->db, f->process_id, RS_TARGET_DIGITAL_COMMENTS, NULL,
                                            10, 3, &error));
  targets = rs_engagement_targets_list (f->db, f->process_id, &error);
  {
    RsEngagementTarget *t = g_ptr_array_index (targets, RS_TARGET_DIGITAL_COMMENTS);
    g_autofree char *gap = rs_engagement_format_gap (t);
    g_assert_true (t->measured && t->has_actual);
    g_assert_cmpfloat (t->actual, ==, 6);
    g_assert_cmpstr (gap, ==, "−4");
  }
  g_clear_pointer (&targets, g_ptr_array_unref);
  g_assert_true (rs_comment_store_delete (f->db, rs_comment_get_id (comment), &error));
  targets = rs_engagement_targets_list (f->db, f->process_id, &error);
  g_assert_cmpfloat (((RsEngagementTarget *) g_ptr_array_index (targets, RS_TARGET_DIGITAL_COMMENTS))->actual,
                     ==, 5);

  /* A merged recommendation keeps the comment among its origins. */
  {
    g_autoptr(RsRecommendation) other = g_list_model_get_item (G_LIST_MODEL (recs), 1);
    gint64 ids[] = { rs_recommendation_get_id (rec), rs_recommendation_get_id (other) };
    gint64 merged = rs_recommendation_store_merge (f->db, ids, 2, "Samlet", &error);

    g_assert_no_error (error);
    g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM comment_link WHERE target_type = "
                                        "'recommendation' AND target_id = ?", merged), ==, 1);
  }
  g_assert_true (rs_comment_store_unlink (f->db, rs_comment_get_id (comment), "recommendation",
                                          rs_recommendation_get_id (rec), &error));
  /* Only ideas and recommendations of the same process. */
  g_assert_false (rs_comment_store_link (f->db, rs_comment_get_id (comment), "session", 1, &error));
  g_clear_error (&error);
}

static void
test_erasure (Fixture       *f,
              gconstpointer  data)
{
  const char *names[] = { "comments/comments-webform.csv", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  RsErasureCounts counts = { 0 };
  gint64 deleted;

  g_assert_cmpint (import (f, names, NULL, &error), ==, 6);
  deleted = rs_test_query_int (f->db, "SELECT min(id) FROM citizen_comment WHERE process_id = ?",
                               f->process_id);
  g_assert_true (rs_comment_store_delete (f->db, deleted, &error));
  g_assert_true (rs_erasure_erase_process (f->db, f->process_id, RS_ERASURE_REASON_MANUAL, &counts,
                                           &error));
  g_assert_no_error (error);
  /* Authors go, pseudonyms, texts and districts stay; deleted ones go. */
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM citizen_comment WHERE process_id = ? "
                                      "AND author <> ''", f->process_id), ==, 0);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM citizen_comment WHERE id = ?",
                                      deleted), ==, 0);
  list = rs_comment_store_list (f->db, f->process_id, "Nørreby", &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_clear_object (&list);
  list = rs_comment_store_list (f->db, f->process_id, "Midtbyen", &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  const char *names[] = { "comments/comments-webform.csv", "comments/comment-thunderbird.eml", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "kommentarer.csv", NULL);
  g_autofree char *text = NULL;
  const char *again[] = { path, NULL };
  g_autoptr(RsProcess) other = NULL;

  g_assert_cmpint (import (f, names, NULL, &error), ==, 7);
  g_assert_cmpint (rs_comment_store_export_csv (f->db, f->process_id, path, &error), ==, 7);
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  /* Danish Excel: a byte-order mark, ';', CRLF. */
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBFpseudonym;channel;date;district;themes;comment;"
                                         "review;recommendations\r\n"));
  g_assert_nonnull (strstr (text, "K-0001;web;2025-09-14;Nørreby;Skoler, Trafik;"));
  /* Pseudonyms, never the authors. */
  g_assert_null (strstr (text, "Mette"));
  g_assert_null (strstr (text, "Nørgaard"));
  /* The export reads back in as comments. */
  other = rs_process_store_create (f->db, "Budget 2028", 2028, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_comment_store_import (f->db, rs_process_get_id (other), again, NULL, NULL, &error),
                   ==, 7);
}

static char *
package_text (Fixture    *f,
              const char *language)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, language, NULL);
  char *text = NULL;

  g_assert_true (rs_council_report_write (f->db, f->process_id, RS_COUNCIL_REPORT_PACKAGE,
                                          RS_COUNCIL_FORMAT_HTML, language, 5, path, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static void
test_package (Fixture       *f,
              gconstpointer  data)
{
  const char *names[] = { "comments/comments-webform.csv", "comments/comments-excel.csv", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *en = NULL;
  g_autofree char *da = NULL;

  g_assert_cmpint (import (f, names, NULL, &error), ==, 10);
  g_assert_true (rs_engagement_targets_set (f->db, f->process_id, RS_TARGET_DIGITAL_COMMENTS, NULL,
                                            25, -1, &error));
  g_assert_true (rs_engagement_targets_set (f->db, f->process_id, RS_TARGET_YOUTH_SHARE, NULL,
                                            20, -1, &error));
  en = package_text (f, "en");
  g_assert_nonnull (strstr (en, "Engagement targets, planned against actual"));
  g_assert_nonnull (strstr (en, "Digital comments"));
  g_assert_nonnull (strstr (en, "10 digital comments"));
  /* Target, actual and gap for each target set. */
  g_assert_nonnull (strstr (en, "−15"));
  g_assert_nonnull (strstr (en, "Youth share"));
  /* Small cells: 0 < n < 5 (the comments from e-mail are none, "other" none). */
  g_assert_null (strstr (en, "Mette Skov"));
  g_assert_null (strstr (en, "Søren Ærø"));

  da = package_text (f, "da");
  g_assert_nonnull (strstr (da, "Mål for borgerinddragelse"));
  g_assert_nonnull (strstr (da, "Digitale kommentarer"));
  g_assert_nonnull (strstr (da, "Andel unge"));
}

static void
test_district_view (Fixture       *f,
                    gconstpointer  data)
{
  const char *names[] = { "comments/comments-webform.csv", "comments/comments-excel.csv", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) summary = NULL;
  g_autoptr(GArray) ideas = NULL;
  RsDistrictCounts *norreby = NULL;
  gint64 population = 0;
  double shares = 0;

  g_assert_cmpint (import (f, names, NULL, &error), ==, 10);
  /* Six ideas from Nørreby, one recommendation concerning it. */
  ideas = rs_database_query_ids (f->db, &error, "SELECT id FROM idea WHERE process_id = ? OR "
                                 "session_id IN (SELECT id FROM session WHERE process_id = ?1) "
                                 "ORDER BY id LIMIT 6", "i", f->process_id);
  g_assert_cmpuint (ideas->len, ==, 6);
  for (guint i = 0; i < ideas->len; i++)
    g_assert_true (rs_district_record_set (f->db, RS_DISTRICT_RECORD_IDEA,
                                           g_array_index (ideas, gint64, i), 0, "nørreby", &error));
  g_assert_false (rs_district_record_set (f->db, RS_DISTRICT_RECORD_IDEA,
                                          g_array_index (ideas, gint64, 0), 0, "Atlantis", &error));
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autofree char *d = rs_district_record_get (f->db, RS_DISTRICT_RECORD_IDEA,
                                                 g_array_index (ideas, gint64, 0), 0, &error);
    g_assert_cmpstr (d, ==, "Nørreby");
  }

  summary = rs_district_summary_load (f->db, f->process_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->len, ==, 6);
  for (guint i = 0; i < summary->len; i++)
    {
      RsDistrictCounts *c = g_ptr_array_index (summary, i);
      population += c->population;
      shares += c->population_share;
      if (g_str_equal (c->district, "Nørreby"))
        norreby = c;
    }
  g_assert_cmpfloat (shares, >, 99.9);
  g_assert_cmpfloat (shares, <, 100.1);
  g_assert_nonnull (norreby);
  g_assert_cmpint (norreby->ideas, ==, 6);
  g_assert_cmpint (norreby->comments, ==, 2);
  {
    /* Small cells are never shown: 2 comments read "< 5", 6 ideas "6". */
    g_autofree char *comments = rs_district_format_count (norreby->comments, 5);
    g_autofree char *ideas_text = rs_district_format_count (norreby->ideas, 5);
    g_autofree char *none = rs_district_format_count (0, 5);
    g_autofree char *share = rs_district_format_share (40, 2, 5);
    g_assert_cmpstr (comments, ==, "< 5");
    g_assert_cmpstr (ideas_text, ==, "6");
    g_assert_cmpstr (none, ==, "0");
    g_assert_cmpstr (share, ==, "–");
  }
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *db_path = g_strdup (rs_database_get_path (f->db));
  g_autofree char *pid = g_strdup_printf ("%" G_GINT64_FORMAT, f->process_id);
  g_autofree char *web = rs_test_data_path ("comments/comments-webform.csv");
  g_autofree char *mail = rs_test_data_path ("comments/comment-thunderbird.eml");
  g_autofree char *broken = rs_test_data_path ("comments/comments-broken.csv");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  {
    const char *argv[] = { "comments", "import", "--db", db_path, "--process", pid, web, broken, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), !=, 0);
    g_assert_nonnull (strstr (err, "comments-broken.csv"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "comments", "import", "--db", db_path, "--process", pid, web, mail, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "7"));
    g_assert_nonnull (strstr (out, "comments-webform.csv:6:1"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "comments", "add", "--db", db_path, "--process", pid, "--channel", "meeting",
                           "--district", "Bakkelund", "--themes", "Trafik", "--text", "Flere cykelstier", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "K-0008"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    /* Pseudonyms only, unless asked. */
    const char *argv[] = { "comments", "list", "--db", db_path, "--process", pid, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "K-0001"));
    g_assert_nonnull (strstr (out, "Flere cykelstier"));
    g_assert_null (strstr (out, "Mette Skov"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "comments", "list", "--db", db_path, "--process", pid, "--search", "cykel",
                           "--json", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "\"pseudonym\""));
    g_assert_null (strstr (out, "\"author\""));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    g_autofree char *csv = g_build_filename (f->dir, "out.csv", NULL);
    g_autofree char *text = NULL;
    const char *argv[] = { "comments", "export", "--db", db_path, "--process", pid, "--out", csv, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Wrote 8 comments"));
    g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
    g_assert_null (strstr (text, "Mette Skov"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "districts", "summary", "--db", db_path, "--process", pid, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Nørreby"));
    g_assert_nonnull (strstr (out, "< 5"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    /* The evaluation shows the process's targets against the records. */
    const char *set[] = { "targets", "set", "--db", db_path, "--process", pid, "--kind",
                          "digital-comments", "--target", "20", NULL };
    const char *argv[] = { "evaluation", "--db", db_path, "--panel", "1", NULL };
    const char *json[] = { "evaluation", "--db", db_path, "--panel", "1", "--json", NULL };
    g_assert_cmpint (rs_test_run_cli (set, NULL, NULL), ==, 0);
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Target Digital comments: 20, actual 8, gap −12\n"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (rs_test_run_cli (json, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "\"engagement_targets\""));
    g_assert_nonnull (strstr (out, "\"digital-comments\""));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "districts", "tag", "--db", db_path, "--record", "idea", "--id", "1",
                           "--district", "Skovhuse", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/comments/import/web-form", test_web_form);
  ADD ("/comments/import/excel-and-mail", test_excel_and_mail);
  ADD ("/comments/import/broken-changes-nothing", test_broken_changes_nothing);
  ADD ("/comments/edit-delete-undo", test_edit_delete_undo);
  ADD ("/comments/origin-and-target", test_origin_and_target);
  ADD ("/comments/council-package", test_package);
  ADD ("/comments/district-view", test_district_view);
  ADD ("/comments/cli", test_cli);
  ADD ("/comments/erasure", test_erasure);
  ADD ("/comments/export", test_export);
#undef ADD
  return g_test_run ();
}
