/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <math.h>

#include "rs-json-schema.h"
#include "rs-recommendation-store.h"
#include "rs-test-utils.h"

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
  rs_test_forget_council_decisions (f->db);
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

static RsRecommendation *
nth (GListStore *list,
     guint       i)
{
  return g_list_model_get_item (G_LIST_MODEL (list), i);
}

static double
total_cost (GListStore *list)
{
  double sum = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsRecommendation) rec = nth (list, i);
      double op, cap;
      rs_recommendation_get_cost_totals (rec, &op, &cap);
      sum += op + cap;
    }
  return sum;
}

static void
test_list_sample (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = rs_recommendation_store_list (f->db, f->process_id, FALSE, &error);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *last = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 12);
  /* The sample's estimates: 43.12 m operating and 22.9 m capital over 2027–2030. */
  g_assert_cmpfloat_with_epsilon (total_cost (list), 66020000.0, 0.5);

  /* Grouped by theme: once a theme is left it never comes back. */
  for (guint i = 0; i < 12; i++)
    {
      g_autoptr(RsRecommendation) rec = nth (list, i);
      const char *theme = rs_recommendation_get_theme (rec);
      if (g_strcmp0 (last, theme) != 0)
        {
          g_assert_false (g_hash_table_contains (seen, theme));
          g_hash_table_add (seen, g_strdup (theme));
          g_free (last);
          last = g_strdup (theme);
        }
      g_assert_cmpint (rs_recommendation_get_status (rec), ==, RS_RECOMMENDATION_VOTED);
      g_assert_cmpuint (rs_recommendation_get_costs (rec)->len, ==, 4);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 5);
}

static void
test_merge_split_lineage (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) before = rs_recommendation_store_list (f->db, f->process_id, FALSE, &error);
  g_autoptr(RsRecommendation) a = nth (before, 0);
  g_autoptr(RsRecommendation) b = nth (before, 1);
  g_autoptr(RsRecommendation) merged = NULL;
  g_autoptr(RsRecommendation) old_a = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(GListStore) active = NULL;
  g_autoptr(GArray) parts = NULL;
  gint64 ids[2] = { rs_recommendation_get_id (a), rs_recommendation_get_id (b) };
  const char *titles[] = { "Aktivitetscentre", "Spisefællesskaber", NULL };
  double total = total_cost (before), op_a, cap_a, op_b, cap_b, op_m, cap_m;
  gint64 merged_id;
  int vf;

  g_assert_no_error (error);
  merged_id = rs_recommendation_store_merge (f->db, ids, 2, "Ældreliv i bydelene", &error);
  g_assert_no_error (error);
  g_assert_cmpint (merged_id, >, 0);

  merged = rs_recommendation_store_get (f->db, merged_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_recommendation_get_status (merged), ==, RS_RECOMMENDATION_DRAFT);
  g_assert_cmpuint (rs_recommendation_get_parents (merged)->len, ==, 2);
  g_assert_cmpstr (((RsLineageLink *) g_ptr_array_index (rs_recommendation_get_parents (merged), 0))->kind,
                   ==, "merge");
  /* Both ideas are kept as origins, and the costs add up per year. */
  g_assert_cmpuint (rs_recommendation_get_origins (merged)->len, ==, 2);
  rs_recommendation_get_cost_totals (a, &op_a, &cap_a);
  rs_recommendation_get_cost_totals (b, &op_b, &cap_b);
  rs_recommendation_get_cost_totals (merged, &op_m, &cap_m);
  g_assert_cmpfloat_with_epsilon (op_m, op_a + op_b, 0.01);
  g_assert_cmpfloat_with_epsilon (cap_m, cap_a + cap_b, 0.01);
  g_assert_nonnull (strstr (rs_recommendation_get_text (merged), rs_recommendation_get_text (a)));
  g_assert_nonnull (strstr (rs_recommendation_get_text (merged), rs_recommendation_get_text (b)));

  /* The merged ones stay, superseded, with their votes and a link forward. */
  old_a = rs_recommendation_store_get (f->db, ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_recommendation_get_status (old_a), ==, RS_RECOMMENDATION_SUPERSEDED);
  rs_recommendation_get_votes (old_a, &vf, NULL, NULL);
  g_assert_cmpint (vf, ==, 81);
  g_assert_cmpuint (rs_recommendation_get_children (old_a)->len, ==, 1);
  g_assert_cmpint (((RsLineageLink *) g_ptr_array_index (rs_recommendation_get_children (old_a), 0))->other_id,
                   ==, merged_id);

  active = rs_recommendation_store_list (f->db, f->process_id, FALSE, &error);
  all = rs_recommendation_store_list (f->db, f->process_id, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (active)), ==, 11);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 13);
  g_assert_cmpfloat_with_epsilon (total_cost (active), total, 0.5);

  /* Merging a superseded one is refused and changes nothing. */
  g_assert_cmpint (rs_recommendation_store_merge (f->db, ids, 2, "Igen", &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_clear_object (&all);
  all = rs_recommendation_store_list (f->db, f->process_id, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 13);

  /* Split the merged one again: two drafts with half the cost each. */
  parts = rs_recommendation_store_split (f->db, merged_id, titles, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parts->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(RsRecommendation) part = rs_recommendation_store_get (f->db, g_array_index (parts, gint64, i), &error);
      RsLineageLink *link;
      double op, cap;

      g_assert_no_error (error);
      g_assert_cmpstr (rs_recommendation_get_title (part), ==, titles[i]);
      rs_recommendation_get_cost_totals (part, &op, &cap);
      g_assert_cmpfloat_with_epsilon (op, op_m / 2, 0.01);
      g_assert_cmpfloat_with_epsilon (cap, cap_m / 2, 0.01);
      g_assert_cmpuint (rs_recommendation_get_origins (part)->len, ==, 2);
      g_assert_cmpuint (rs_recommendation_get_parents (part)->len, ==, 1);
      link = g_ptr_array_index (rs_recommendation_get_parents (part), 0);
      g_assert_cmpint (link->other_id, ==, merged_id);
      g_assert_cmpstr (link->kind, ==, "split");
    }
  g_clear_object (&active);
  g_clear_object (&all);
  active = rs_recommendation_store_list (f->db, f->process_id, FALSE, &error);
  all = rs_recommendation_store_list (f->db, f->process_id, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (active)), ==, 12);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 15);
  g_assert_cmpfloat_with_epsilon (total_cost (active), total, 0.5);

  /* A split needs two titles. */
  g_assert_null (rs_recommendation_store_split (f->db, g_array_index (parts, gint64, 0),
                                                (const char *[]) { "Alene", NULL }, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_decision_dashboard (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = rs_recommendation_store_list (f->db, f->process_id, FALSE, &error);
  g_autoptr(RsRecommendation) first = nth (list, 0);
  g_autoptr(RsRecommendation) second = nth (list, 1);
  g_autoptr(RsRecommendation) reread = NULL;
  RsCouncilDashboard d;
  gint64 id = rs_recommendation_get_id (first);

  g_assert_true (rs_recommendation_store_dashboard (f->db, f->process_id, "2027-06-01", &d, &error));
  g_assert_cmpint (d.recommendations, ==, 12);
  g_assert_cmpint (d.voted, ==, 12);
  g_assert_cmpint (d.adopted, ==, 0);
  g_assert_cmpint (d.undecided, ==, 12);
  g_assert_cmpfloat_with_epsilon (d.budget_share, 0, 1e-9);

  g_assert_true (rs_recommendation_store_set_decision (f->db, id, RS_OUTCOME_ADOPTED_WITH_CHANGES,
                                                       "Fire bydele i første omgang.", "50.30.40",
                                                       6602000, "2026-10-09",
                                                       RS_IMPLEMENTATION_IN_PROGRESS, &error));
  g_assert_no_error (error);
  g_assert_true (rs_recommendation_store_set_decision (f->db, rs_recommendation_get_id (second),
                                                       RS_OUTCOME_REJECTED, "For dyrt.", "", NAN,
                                                       NULL, RS_IMPLEMENTATION_NOT_STARTED, &error));
  g_assert_cmpint (rs_recommendation_store_add_milestone (f->db, id, "Første center åbner",
                                                          "2027-03-01", NULL, &error), >, 0);
  g_assert_cmpint (rs_recommendation_store_add_milestone (f->db, id, "Evaluering", "2027-12-01",
                                                          NULL, &error), >, 0);

  reread = rs_recommendation_store_get (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_recommendation_get_outcome (reread), ==, RS_OUTCOME_ADOPTED_WITH_CHANGES);
  g_assert_cmpint (rs_recommendation_get_status (reread), ==, RS_RECOMMENDATION_ANSWERED);
  g_assert_cmpstr (rs_recommendation_get_budget_line (reread), ==, "50.30.40");
  g_assert_cmpfloat_with_epsilon (rs_recommendation_get_amount (reread), 6602000, 0.01);
  g_assert_cmpstr (rs_recommendation_get_decided_on (reread), ==, "2026-10-09");
  g_assert_cmpuint (rs_recommendation_get_milestones (reread)->len, ==, 2);

  g_assert_true (rs_recommendation_store_dashboard (f->db, f->process_id, "2027-06-01", &d, &error));
  g_assert_cmpint (d.adopted, ==, 1);
  g_assert_cmpint (d.rejected, ==, 1);
  g_assert_cmpint (d.answered, ==, 2);
  g_assert_cmpint (d.undecided, ==, 10);
  g_assert_cmpfloat_with_epsilon (d.cost_adopted, 6602000, 0.01);
  g_assert_cmpfloat_with_epsilon (d.budget_share, 0.1, 1e-6);
  g_assert_cmpint (d.open_follow_ups, ==, 1);
  g_assert_cmpint (d.open_milestones, ==, 2);
  g_assert_cmpint (d.overdue_milestones, ==, 1);

  /* A bad date is refused with a message naming it. */
  g_assert_false (rs_recommendation_store_set_decision (f->db, id, RS_OUTCOME_ADOPTED, "", "", NAN,
                                                        "9. oktober", RS_IMPLEMENTATION_DONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "9. oktober"));
  g_clear_error (&error);

  /* Clearing the decision puts it back to handed over. */
  g_assert_true (rs_recommendation_store_set_decision (f->db, id, RS_OUTCOME_NONE, NULL, NULL, NAN,
                                                       NULL, RS_IMPLEMENTATION_NOT_STARTED, &error));
  g_clear_object (&reread);
  reread = rs_recommendation_store_get (f->db, id, &error);
  g_assert_cmpint (rs_recommendation_get_outcome (reread), ==, RS_OUTCOME_NONE);
  g_assert_cmpint (rs_recommendation_get_status (reread), ==, RS_RECOMMENDATION_HANDED_OVER);
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsRecommendation) rec = rs_recommendation_store_create (f->db, f->process_id, "Ny idé",
                                                                    "Grøn omstilling", &error);
  g_autoptr(RsRecommendation) back = NULL;
  int vf, va, vab;

  g_assert_no_error (error);
  rs_recommendation_set_text (rec, "Cykelparkering ved stationen.");
  rs_recommendation_set_votes (rec, 50, 30, 10);
  rs_recommendation_set_cost (rec, 2028, 100000, 0);
  rs_recommendation_set_cost (rec, 2027, 50000, 900000);
  rs_recommendation_set_status (rec, RS_RECOMMENDATION_VOTED);
  g_assert_true (rs_recommendation_store_update (f->db, rec, &error));
  back = rs_recommendation_store_get (f->db, rs_recommendation_get_id (rec), &error);
  g_assert_cmpstr (rs_recommendation_get_text (back), ==, "Cykelparkering ved stationen.");
  rs_recommendation_get_votes (back, &vf, &va, &vab);
  g_assert_cmpint (vf + va + vab, ==, 90);
  g_assert_cmpfloat_with_epsilon (rs_recommendation_get_support (back), 50.0 / 90, 1e-9);
  g_assert_cmpuint (rs_recommendation_get_costs (back)->len, ==, 2);
  g_assert_cmpint (g_array_index (rs_recommendation_get_costs (back), RsRecommendationCost, 0).year, ==, 2027);

  rs_recommendation_set_title (rec, "  ");
  g_assert_false (rs_recommendation_store_update (f->db, rec, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_schema_validator (void)
{
  g_autoptr(JsonNode) schema = parse (
    "{\"type\":\"object\",\"required\":[\"id\",\"tags\"],\"additionalProperties\":false,"
    "\"properties\":{\"id\":{\"type\":\"integer\",\"minimum\":1},"
    "\"name\":{\"type\":[\"string\",\"null\"],\"minLength\":2,\"pattern\":\"^[A-Z]\"},"
    "\"kind\":{\"enum\":[\"a\",\"b\"]},\"share\":{\"type\":\"number\",\"maximum\":1},"
    "\"tags\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/tag\"}}},"
    "\"$defs\":{\"tag\":{\"type\":\"string\",\"const\":\"x\"}}}");
  struct { const char *json; gboolean valid; const char *where; } cases[] = {
    { "{\"id\":1,\"tags\":[\"x\"]}", TRUE, NULL },
    { "{\"id\":1,\"tags\":[\"x\"],\"name\":null,\"kind\":\"b\",\"share\":0.5}", TRUE, NULL },
    { "{\"id\":2.0,\"tags\":[\"x\"]}", TRUE, NULL },
    { "{\"tags\":[\"x\"]}", FALSE, "“id”" },
    { "{\"id\":0,\"tags\":[\"x\"]}", FALSE, "/id" },
    { "{\"id\":\"1\",\"tags\":[\"x\"]}", FALSE, "/id" },
    { "{\"id\":1.5,\"tags\":[\"x\"]}", FALSE, "/id" },
    { "{\"id\":1,\"tags\":[]}", FALSE, "/tags" },
    { "{\"id\":1,\"tags\":[\"x\",\"y\"]}", FALSE, "/tags/1" },
    { "{\"id\":1,\"tags\":[\"x\"],\"extra\":true}", FALSE, "“extra”" },
    { "{\"id\":1,\"tags\":[\"x\"],\"name\":\"abc\"}", FALSE, "/name" },
    { "{\"id\":1,\"tags\":[\"x\"],\"name\":\"A\"}", FALSE, "/name" },
    { "{\"id\":1,\"tags\":[\"x\"],\"kind\":\"c\"}", FALSE, "/kind" },
    { "{\"id\":1,\"tags\":[\"x\"],\"share\":1.5}", FALSE, "/share" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) instance = parse (cases[i].json);
      g_autoptr(GError) error = NULL;
      gboolean ok = rs_json_schema_validate (schema, instance, &error);

      g_test_message ("case %u: %s", i, cases[i].json);
      g_assert_cmpint (ok, ==, cases[i].valid);
      if (!cases[i].valid)
        {
          g_assert_error (error, RS_JSON_SCHEMA_ERROR, RS_JSON_SCHEMA_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, cases[i].where));
        }
    }

  /* A keyword the validator does not check is refused, not ignored. */
  {
    g_autoptr(JsonNode) odd = parse ("{\"type\":\"object\",\"oneOf\":[]}");
    g_autoptr(JsonNode) instance = parse ("{}");
    g_autoptr(GError) error = NULL;
    g_assert_false (rs_json_schema_validate (odd, instance, &error));
    g_assert_error (error, RS_JSON_SCHEMA_ERROR, RS_JSON_SCHEMA_ERROR_UNSUPPORTED);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/council/store/list-sample", Fixture, NULL, fixture_set_up, test_list_sample,
              fixture_tear_down);
  g_test_add ("/council/store/merge-split-lineage", Fixture, NULL, fixture_set_up,
              test_merge_split_lineage, fixture_tear_down);
  g_test_add ("/council/store/decision-dashboard", Fixture, NULL, fixture_set_up,
              test_decision_dashboard, fixture_tear_down);
  g_test_add ("/council/store/update", Fixture, NULL, fixture_set_up, test_update, fixture_tear_down);
  g_test_add_func ("/council/json-schema/validator", test_schema_validator);
  return g_test_run ();
}
