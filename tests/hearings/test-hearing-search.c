/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-duplicates.h"
#include "rs-hearings-test-common.h"
#include "rs-response-store.h"

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      round_id;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  gint64 process_id;

  f->db = rs_test_open_sample_database (&f->dir, &process_id);
  f->round_id = sample_round_id (f->db, process_id);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GListStore *
search (Fixture                *f,
        const RsResponseFilter *filter)
{
  g_autoptr(GError) error = NULL;
  GListStore *list = rs_response_store_search (f->db, f->round_id, filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static guint
n_hits (Fixture    *f,
        const char *query)
{
  g_autoptr(GListStore) list = search (f, &(RsResponseFilter) { .query = query });
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static void
test_danish_letters (Fixture      *f,
                     gconstpointer data)
{
  /* Five campaign letters and three from the sample's topics mention it. */
  guint svoem = n_hits (f, "svømmehallen");

  g_assert_cmpuint (svoem, >=, 5);
  /* Prefixes, case folding of Æ/Ø/Å, and several words (all must occur). */
  g_assert_cmpuint (n_hits (f, "svømmehal"), ==, svoem);
  g_assert_cmpuint (n_hits (f, "SVØMMEHALLEN"), ==, svoem);
  g_assert_cmpuint (n_hits (f, "Ældrerådet"), >=, 1);
  g_assert_cmpuint (n_hits (f, "ældrerådet"), ==, n_hits (f, "ÆLDRERÅDET"));
  g_assert_cmpuint (n_hits (f, "svømmehallen Vesterløkke"), >=, 5);
  /* æ is a letter of its own: "aeldre" and "svommehallen" find nothing. */
  g_assert_cmpuint (n_hits (f, "aeldreraadet"), ==, 0);
  g_assert_cmpuint (n_hits (f, "svommehallen"), ==, 0);
  /* FTS5 syntax in the query is taken as words, never as an error. */
  g_assert_cmpuint (n_hits (f, "\"svømmehallen\" OR NEAR(*"), ==, 0);
}

static void
test_snippets (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GListStore) list = search (f, &(RsResponseFilter) { .query = "rehabiliteringen" });
  g_autoptr(RsHearingResponse) r = NULL;
  const char *snippet;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >=, 1);
  r = g_list_model_get_item (G_LIST_MODEL (list), 0);
  snippet = rs_hearing_response_get_summary (r);
  g_assert_nonnull (strstr (snippet, RS_SEARCH_MARK_START "rehabiliteringen" RS_SEARCH_MARK_END));
}

static void
test_preview_and_limit (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GListStore) all = search (f, &(RsResponseFilter) { .query = "svømmehallen" });
  g_autoptr(GListStore) two = search (f, &(RsResponseFilter) { .query = "svømmehallen", .limit = 2,
                                                                .preview_only = TRUE });
  g_autoptr(RsHearingResponse) best = NULL, first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), >, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (two)), ==, 2);
  best = g_list_model_get_item (G_LIST_MODEL (all), 0);
  first = g_list_model_get_item (G_LIST_MODEL (two), 0);
  g_assert_cmpint (rs_hearing_response_get_id (best), ==, rs_hearing_response_get_id (first));
  g_assert_true (rs_hearing_response_get_preview (first));
  g_assert_false (rs_hearing_response_get_preview (best));
  g_assert_cmpint (g_utf8_strlen (rs_hearing_response_get_text (first), -1), <=, RS_RESPONSE_PREVIEW_LENGTH);
}

static void
test_filters (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GListStore) all = search (f, &(RsResponseFilter) { 0 });
  g_autoptr(GListStore) priv = search (f, &(RsResponseFilter) { .party_type = "private" });
  g_autoptr(GListStore) changed = search (f, &(RsResponseFilter) { .decision = "changed" });
  g_autoptr(GListStore) uncoded = search (f, &(RsResponseFilter) { .status = "uncoded" });
  g_autoptr(GListStore) analysed = search (f, &(RsResponseFilter) { .status = "analysed" });
  g_autoptr(GListStore) theme = search (f, &(RsResponseFilter) { .theme = "Grøn omstilling" });
  g_autoptr(GListStore) priv_svoem = search (f, &(RsResponseFilter) { .query = "svømmehallen",
                                                                       .party_type = "private" });
  int done = 0, total = 0;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 40);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (priv)), ==, 16);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (changed)), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (theme)), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (uncoded)) +
                    g_list_model_get_n_items (G_LIST_MODEL (analysed)), ==, 40);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (priv_svoem)), >=, 5);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (priv_svoem)); i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (priv_svoem), i);
      g_assert_cmpstr (rs_hearing_response_get_party_type (r), ==, "private");
    }
  g_assert_true (rs_response_store_progress (f->db, f->round_id, &done, &total, &error));
  g_assert_cmpint (total, ==, 40);
  g_assert_cmpint (done, ==, (int) g_list_model_get_n_items (G_LIST_MODEL (analysed)));
}

static void
test_coding (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(GListStore) uncoded = search (f, &(RsResponseFilter) { .status = "uncoded" });
  g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (uncoded), 0);
  g_autoptr(RsResponsePoint) point = NULL;
  g_autoptr(GListStore) points = NULL;
  g_autoptr(GError) error = NULL;
  int done0 = 0, done1 = 0, total = 0;

  g_assert_true (rs_response_store_progress (f->db, f->round_id, &done0, &total, &error));
  point = rs_response_point_new (0, rs_hearing_response_get_id (r), 0, 10, "Et uddrag");
  g_assert_true (rs_response_point_store_add (f->db, point, &error));
  g_assert_no_error (error);
  /* A point without a decision: in progress, not analysed. */
  g_assert_true (rs_response_store_progress (f->db, f->round_id, &done1, &total, &error));
  g_assert_cmpint (done1, ==, done0);
  rs_response_point_set_theme (point, "Svømmehal");
  rs_response_point_set_comment (point, "Administrationen foreslår at bevare svømmehallen.");
  rs_response_point_set_decision (point, "changed");
  g_assert_true (rs_response_point_store_update (f->db, point, &error));
  g_assert_true (rs_response_store_progress (f->db, f->round_id, &done1, &total, &error));
  g_assert_cmpint (done1, ==, done0 + 1);
  points = rs_response_point_store_list (f->db, rs_hearing_response_get_id (r), &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (points)), ==, 1);

  rs_response_point_set_decision (point, "maybe");
  g_assert_false (rs_response_point_store_update (f->db, point, &error));
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (rs_response_point_store_delete (f->db, rs_response_point_get_id (point), &error));
  g_assert_true (rs_response_store_progress (f->db, f->round_id, &done1, &total, &error));
  g_assert_cmpint (done1, ==, done0);
}

static void
test_duplicates (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GListStore) all = search (f, &(RsResponseFilter) { 0 });
  g_autoptr(GPtrArray) groups = rs_duplicates_find (G_LIST_MODEL (all), RS_DUPLICATES_DEFAULT_THRESHOLD,
                                                    NULL);
  gboolean found_campaign = FALSE;

  g_assert_cmpuint (groups->len, >=, 1);
  for (guint g = 0; g < groups->len; g++)
    {
      GArray *group = g_ptr_array_index (groups, g);
      guint campaign = 0;

      g_assert_cmpuint (group->len, >=, 2);
      for (guint i = 0; i < group->len; i++)
        {
          g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (all),
                                                                  g_array_index (group, guint, i));
          campaign += g_str_equal (rs_hearing_response_get_subject (r), "Bevar svømmehallen");
        }
      /* A group is all campaign letters or none of them. */
      g_assert_true (campaign == 0 || campaign == group->len);
      if (campaign == 5)
        found_campaign = TRUE;
    }
  g_assert_true (found_campaign);

  g_assert_cmpfloat (rs_duplicates_jaccard ("a b c d e f", "a b c d e f"), ==, 1.0);
  g_assert_cmpfloat (rs_duplicates_jaccard ("en to tre fire fem", "seks syv otte ni ti"), ==, 0.0);
  g_assert_cmpfloat (rs_duplicates_jaccard ("Ære være Åen og Øen", "ære VÆRE åen og øen"), ==, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) \
  g_test_add ("/hearings/search/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("danish-letters", test_danish_letters);
  ADD ("snippets", test_snippets);
  ADD ("preview-and-limit", test_preview_and_limit);
  ADD ("filters", test_filters);
  ADD ("coding", test_coding);
  ADD ("duplicates", test_duplicates);
#undef ADD
  return g_test_run ();
}
