/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "rs-council-package.h"
#include "rs-council-submission.h"
#include "rs-idea-store.h"
#include "rs-recommendation-origins.h"
#include "rs-recommendation-store.h"
#include "rs-test-utils.h"

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      process_id;
  gint64      rec_id;
  char       *rec_title;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(RsRecommendation) rec = NULL;

  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  g_assert_nonnull (f->db);
  list = rs_recommendation_store_list (f->db, f->process_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
  rec = g_list_model_get_item (G_LIST_MODEL (list), 0);
  f->rec_id = rs_recommendation_get_id (rec);
  f->rec_title = g_strdup (rs_recommendation_get_title (rec));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->db);
  g_free (f->rec_title);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
write_report (Fixture         *f,
              RsCouncilFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("package.%s", rs_council_format_extension (format));
  char *path = g_build_filename (f->dir, name, NULL);
  char *text = NULL;

  g_assert_true (rs_council_report_write (f->db, f->process_id, RS_COUNCIL_REPORT_PACKAGE, format, "en", 5,
                                          path, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  g_free (path);
  return text;
}

/* Whether the JSON export lists @type #@id (with @label) as an origin of @rec_id. */
static gboolean
json_has_origin (Fixture    *f,
                 const char *type,
                 gint64      id,
                 const char *label)
{
  g_autofree char *json = write_report (f, RS_COUNCIL_FORMAT_JSON);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *recs;
  gboolean found = FALSE;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  recs = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                       "recommendations");
  for (guint i = 0; i < json_array_get_length (recs); i++)
    {
      JsonObject *rec = json_array_get_object_element (recs, i);
      JsonArray *origins;
      if (g_strcmp0 (json_object_get_string_member (rec, "title"), f->rec_title) != 0)
        continue;
      origins = json_object_get_array_member (rec, "origins");
      for (guint o = 0; o < json_array_get_length (origins); o++)
        {
          JsonObject *origin = json_array_get_object_element (origins, o);
          if (g_str_equal (json_object_get_string_member (origin, "type"), type) &&
              json_object_get_int_member (origin, "id") == id)
            {
              /* A hearing point is labelled with its theme, the others with their text or title. */
              if (!g_str_equal (type, "response-point"))
                g_assert_cmpstr (json_object_get_string_member (origin, "label"), ==, label);
              g_assert_cmpstr (json_object_get_string_member (origin, "label"), !=, "");
              found = TRUE;
            }
        }
    }
  return found;
}

static void
test_link_unlink (Fixture       *f,
                  gconstpointer  data)
{
  const char *kinds[] = { "idea", "session", "lab", "response-point" };
  g_autoptr(GError) error = NULL;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GPtrArray) candidates = NULL;
      RsRecommendationOrigin *pick;
      g_autofree char *label = NULL;

      g_test_message ("kind %s", kinds[k]);
      candidates = rs_recommendation_origin_candidates (f->db, f->process_id, kinds[k], &error);
      g_assert_no_error (error);
      g_assert_cmpuint (candidates->len, >, 0);
      /* The last one: the least likely to be linked by the sample already. */
      pick = g_ptr_array_index (candidates, candidates->len - 1);
      g_assert_cmpstr (pick->origin_type, ==, kinds[k]);
      g_assert_cmpstr (pick->label, !=, "");
      label = g_strdup (pick->label);
      g_assert_true (rs_recommendation_origin_unlink (f->db, f->rec_id, kinds[k], pick->origin_id, &error));
      g_assert_false (json_has_origin (f, kinds[k], pick->origin_id, label));

      g_assert_true (rs_recommendation_origin_link (f->db, f->rec_id, kinds[k], pick->origin_id, &error));
      g_assert_no_error (error);
      /* Twice is harmless. */
      g_assert_true (rs_recommendation_origin_link (f->db, f->rec_id, kinds[k], pick->origin_id, &error));
      g_assert_true (json_has_origin (f, kinds[k], pick->origin_id, label));

      if (g_str_equal (kinds[k], "idea"))
        {
          RsStatement *stmt = rs_database_query (f->db, &error, "SELECT status FROM idea WHERE id = ?", "i",
                                                  pick->origin_id);
          g_assert_no_error (error);
          g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
          g_assert_cmpstr ((const char *) rs_statement_column_text (stmt, 0), ==,
                           rs_idea_status_to_string (RS_IDEA_RECOMMENDATION));
          rs_statement_finalize (stmt);
        }

      g_assert_true (rs_recommendation_origin_unlink (f->db, f->rec_id, kinds[k], pick->origin_id, &error));
      g_assert_no_error (error);
      g_assert_false (json_has_origin (f, kinds[k], pick->origin_id, label));
    }

  g_assert_null (rs_recommendation_origin_candidates (f->db, f->process_id, "rumour", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (rs_recommendation_origin_link (f->db, f->rec_id, "rumour", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_edited_resume (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(RsCouncilSubmission) sub = { 0 };
  g_auto(RsCouncilSubmission) back = { 0 };
  g_autofree char *generated = NULL;
  g_autofree char *authority = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *cleared = NULL;
  RsCouncilSubmission bad = { .meeting_date = (char *) "next Tuesday" };

  g_assert_true (rs_council_submission_defaults (f->db, f->process_id, "en", &generated, &authority, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (generated, "recommendations on"));

  /* Start without any edited texts: the generated one is used. */
  g_assert_true (rs_database_run (f->db, &error, "DELETE FROM council_submission", ""));
  before = write_report (f, RS_COUNCIL_FORMAT_HTML);
  g_assert_nonnull (strstr (before, "The citizens’ panel made"));
  g_assert_nonnull (strstr (before, "The city council decides"));

  sub.committee = g_strdup ("Økonomiudvalget");
  sub.meeting_date = g_strdup ("2026-09-14");
  sub.resume = g_strdup ("Our own summary of the panel's work.");
  sub.case_text = g_strdup ("The case as the administration tells it.");
  sub.authority = g_strdup ("The committee decides.");
  g_assert_true (rs_council_submission_save (f->db, f->process_id, &sub, &error));
  g_assert_no_error (error);
  g_assert_true (rs_council_submission_load (f->db, f->process_id, &back, &error));
  g_assert_cmpstr (back.resume, ==, sub.resume);
  g_assert_cmpstr (back.meeting_date, ==, "2026-09-14");

  after = write_report (f, RS_COUNCIL_FORMAT_HTML);
  g_assert_nonnull (strstr (after, "Our own summary of the panel"));
  g_assert_null (strstr (after, "The citizens’ panel made"));
  g_assert_nonnull (strstr (after, "The case as the administration tells it."));
  g_assert_nonnull (strstr (after, "The committee decides."));
  g_assert_null (strstr (after, "The city council decides"));
  g_assert_nonnull (strstr (after, "Økonomiudvalget"));
  g_assert_nonnull (strstr (after, "2026-09-14"));

  /* Emptied again: back to the generated text. */
  g_free (sub.resume);
  sub.resume = g_strdup ("");
  g_assert_true (rs_council_submission_save (f->db, f->process_id, &sub, &error));
  cleared = write_report (f, RS_COUNCIL_FORMAT_HTML);
  g_assert_nonnull (strstr (cleared, "The citizens’ panel made"));

  g_assert_false (rs_council_submission_save (f->db, f->process_id, &bad, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "next Tuesday"));
}

static void
test_milestone_delete (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsRecommendation) rec = NULL;
  g_autoptr(RsRecommendation) again = NULL;
  guint n;
  gint64 keep, gone;

  keep = rs_recommendation_store_add_milestone (f->db, f->rec_id, "Tender", "2027-03-01", NULL, &error);
  g_assert_no_error (error);
  gone = rs_recommendation_store_add_milestone (f->db, f->rec_id, "Opening", "2027-09-01", NULL, &error);
  g_assert_no_error (error);
  rec = rs_recommendation_store_get (f->db, f->rec_id, &error);
  g_assert_no_error (error);
  n = rs_recommendation_get_milestones (rec)->len;

  g_assert_true (rs_recommendation_store_delete_milestone (f->db, gone, &error));
  g_assert_no_error (error);
  g_assert_true (rs_recommendation_store_set_milestone_done (f->db, keep, "2027-02-20", &error));
  again = rs_recommendation_store_get (f->db, f->rec_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rs_recommendation_get_milestones (again)->len, ==, n - 1);
  for (guint m = 0; m < rs_recommendation_get_milestones (again)->len; m++)
    {
      RsMilestone *ms = g_ptr_array_index (rs_recommendation_get_milestones (again), m);
      g_assert_cmpint (ms->id, !=, gone);
      if (ms->id == keep)
        g_assert_cmpstr (ms->done_on, ==, "2027-02-20");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/council/origins/link-unlink", Fixture, NULL, fixture_set_up, test_link_unlink,
              fixture_tear_down);
  g_test_add ("/council/submission/edited-resume", Fixture, NULL, fixture_set_up, test_edited_resume,
              fixture_tear_down);
  g_test_add ("/council/milestones/delete", Fixture, NULL, fixture_set_up, test_milestone_delete,
              fixture_tear_down);
  return g_test_run ();
}
