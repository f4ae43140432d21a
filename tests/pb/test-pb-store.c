/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-pb-report.h"
#include "rs-population.h"
#include "rs-pb-store.h"
#include "rs-recommendation-store.h"
#include "rs-test-utils.h"

/* Development pools in the database: proposals and their import, ballots
 * and their rules, the count per envelope, carrying funded projects into
 * the recommendations, and RsPbStore's live models. */

typedef struct
{
  char       *dir;
  RsDatabase *db;
  gint64      process_id;
  RsPbPool   *pool;
} Fixture;

static GBytes *
data_bytes (const char *name)
{
  g_autofree char *rel = g_build_filename ("pb", name, NULL);
  g_autofree char *path = rs_test_data_path (rel);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  f->pool = rs_pb_storage_create_pool (f->db, f->process_id, "Borgerbudget 2027", 5000000, &error);
  g_assert_no_error (error);
  rs_pb_pool_set_envelope (f->pool, "Nord", 1500000);
  rs_pb_pool_set_envelope (f->pool, "Syd", 1500000);
  rs_pb_pool_set_envelope (f->pool, "Midt", 1500000);
  g_object_set (f->pool, "first-year", 2027, "last-year", 2028, "voting-from", "2026-09-01",
                "voting-to", "2026-09-21", "result-on", "2026-09-30", NULL);
  g_assert_true (rs_pb_storage_save_pool (f->db, f->pool, &error));
  g_assert_no_error (error);
  {
    g_autoptr(RsPbPool) again = rs_pb_storage_get_pool (f->db, rs_pb_pool_get_id (f->pool), &error);
    g_assert_cmpstr (rs_pb_pool_get_voting_to (again), ==, "2026-09-21");
    g_assert_cmpstr (rs_pb_pool_get_result_on (again), ==, "2026-09-30");
    g_assert_null (rs_pb_pool_get_proposals_to (again));
    g_object_set (again, "proposals-to", "1.9.2026", NULL);
    g_assert_false (rs_pb_storage_save_pool (f->db, again, &error));
    g_assert_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID);
    g_clear_error (&error);
  }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->pool);
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
pool_id (Fixture *f)
{
  return rs_pb_pool_get_id (f->pool);
}

static void
import_and_assess (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = data_bytes ("havbjerg-proposals.csv");
  g_autoptr(GPtrArray) list = NULL;
  guint n = 0, flagged = 0;

  g_assert_true (rs_pb_storage_import_proposals (f->db, pool_id (f), bytes,
                                                 "havbjerg-proposals.csv", &n, &flagged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 60);
  g_assert_cmpuint (flagged, ==, 1);
  list = rs_pb_storage_list_proposals (f->db, pool_id (f), &error);
  for (guint i = 0; i < list->len; i++)
    {
      RsPbProposal *p = g_ptr_array_index (list, i);

      if (rs_pb_proposal_get_cost (p) == 0)
        {
          /* Without a cost it cannot go on the ballot; the assessment gives one. */
          g_assert_false (rs_pb_storage_assess (f->db, rs_pb_proposal_get_id (p), "feasible", NULL,
                                                -1, &error));
          g_assert_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID);
          g_clear_error (&error);
          g_assert_true (rs_pb_storage_assess (f->db, rs_pb_proposal_get_id (p), "feasible", NULL,
                                               200000, &error));
        }
      else
        g_assert_true (rs_pb_storage_assess (f->db, rs_pb_proposal_get_id (p), "feasible", NULL,
                                             -1, &error));
    }
}

static RsPbProposal *
find_code (GPtrArray  *list,
           const char *code)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (rs_pb_proposal_get_code (g_ptr_array_index (list, i)), code))
      return g_ptr_array_index (list, i);
  return NULL;
}

static void
test_proposals (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  RsPbProposal *odd, *n01;
  gint64 ids[2], merged;

  import_and_assess (f);
  list = rs_pb_storage_list_proposals (f->db, pool_id (f), &error);
  g_assert_cmpuint (list->len, ==, 60);
  n01 = find_code (list, "N-01");
  g_assert_cmpstr (rs_pb_proposal_get_title (n01), ==, "Repair café ved havnen");
  g_assert_cmpint (rs_pb_proposal_get_cost (n01), ==, 420000);
  g_assert_cmpstr (rs_pb_proposal_get_district (n01), ==, "Nord");
  /* The odd cost ("ca. 200.000") is imported with cost 0 and flagged. */
  odd = find_code (list, "M-06");
  g_assert_cmpint (rs_pb_proposal_get_cost (odd), ==, 0);
  g_assert_cmpint (rs_pb_proposal_get_revised_cost (odd), ==, 200000);
  g_assert_nonnull (strstr (rs_pb_proposal_get_review_note (odd), "ca. 200.000"));
  /* The proposer is personal data, not on the proposal. */
  g_assert_null (g_object_class_find_property (G_OBJECT_GET_CLASS (n01), "proposer"));

  /* Not feasible needs a reason. */
  g_assert_false (rs_pb_storage_assess (f->db, rs_pb_proposal_get_id (odd), "not-feasible", "",
                                        -1, &error));
  g_assert_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (rs_pb_storage_assess (f->db, rs_pb_proposal_get_id (odd), "feasible", "",
                                       190000, &error));

  /* Merging keeps lineage and sums the costs. */
  ids[0] = rs_pb_proposal_get_id (find_code (list, "N-02"));
  ids[1] = rs_pb_proposal_get_id (find_code (list, "N-03"));
  merged = rs_pb_storage_merge (f->db, ids, 2, "Samlet forslag", &error);
  g_assert_no_error (error);
  g_assert_cmpint (merged, >, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = rs_pb_storage_list_proposals (f->db, pool_id (f), &error);
  g_assert_cmpuint (list->len, ==, 61);
  g_assert_cmpstr (rs_pb_proposal_get_status (find_code (list, "N-02")), ==, "merged");
  g_assert_cmpint (rs_pb_proposal_get_effective_cost (find_code (list, "M-06")), ==, 190000);
}

static void
test_ballots (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = data_bytes ("havbjerg-ballots.csv");
  const char *codes[] = { "n-01", "N-02", NULL };
  const char *unknown[] = { "N-01", "Q-77", NULL };
  const char *twice[] = { "N-01", "N-01", NULL };
  RsPbBallotInput in = { .voter_id = "P-1", .age_band = "25-39", .district = "Nord",
                         .paper_number = "1", .codes = codes };
  RsPbStats stats;
  gboolean matched = FALSE;
  guint n = 0, flagged = 0;

  import_and_assess (f);
  /* Paper entry: codes are matched without regard to case. */
  g_assert_cmpint (rs_pb_storage_add_ballot (f->db, pool_id (f), &in, &error), >, 0);
  g_assert_no_error (error);
  /* One ballot per voter. */
  g_assert_cmpint (rs_pb_storage_add_ballot (f->db, pool_id (f), &in, &error), ==, 0);
  g_assert_error (error, RS_PB_ERROR, RS_PB_ERROR_DUPLICATE);
  g_clear_error (&error);
  in.voter_id = "P-2";
  in.codes = unknown;
  g_assert_false (rs_pb_storage_validate_ballot (f->db, pool_id (f), &in, &error));
  g_assert_cmpstr (error->message, ==, "“Q-77” is not on the ballot.");
  g_clear_error (&error);
  in.codes = twice;
  g_assert_false (rs_pb_storage_validate_ballot (f->db, pool_id (f), &in, &error));
  g_clear_error (&error);
  /* Below the minimum age (15). */
  in.codes = codes;
  in.age_band = "10-14";
  g_assert_false (rs_pb_storage_validate_ballot (f->db, pool_id (f), &in, &error));
  g_assert_cmpstr (error->message, ==, "The age band 10-14 is below the minimum age to vote (15).");
  g_clear_error (&error);
  in.age_band = "25-39";

  /* k-approval: at most 1 mark. */
  g_object_set (f->pool, "ballot-kind", "k-approval", "max-choices", 1, NULL);
  g_assert_true (rs_pb_storage_save_pool (f->db, f->pool, &error));
  in.codes = codes;
  g_assert_false (rs_pb_storage_validate_ballot (f->db, pool_id (f), &in, &error));
  g_assert_nonnull (strstr (error->message, "at most 1"));
  g_clear_error (&error);
  /* Knapsack: within the pool's amount (N-01 + N-02 fit in 5 million). */
  g_object_set (f->pool, "ballot-kind", "knapsack", "amount", (gint64) 500000, NULL);
  g_assert_false (rs_pb_storage_save_pool (f->db, f->pool, &error));  /* envelopes exceed it */
  g_clear_error (&error);
  g_object_set (f->pool, "amount", (gint64) 5000000, NULL);
  g_assert_true (rs_pb_storage_save_pool (f->db, f->pool, &error));
  g_assert_true (rs_pb_storage_validate_ballot (f->db, pool_id (f), &in, &error));
  g_object_set (f->pool, "ballot-kind", "approval", NULL);
  g_assert_true (rs_pb_storage_save_pool (f->db, f->pool, &error));

  /* Double entry of a sample. */
  in.voter_id = "P-1";
  g_assert_true (rs_pb_storage_check_ballot (f->db, pool_id (f), &in, &matched, &error));
  g_assert_true (matched);
  in.codes = (const char *[]) { "N-01", NULL };
  g_assert_true (rs_pb_storage_check_ballot (f->db, pool_id (f), &in, &matched, &error));
  g_assert_false (matched);

  /* CSV import: the repeated voter is left out, the unknown code flagged. */
  g_assert_true (rs_pb_storage_import_ballots (f->db, pool_id (f), bytes, "havbjerg-ballots.csv",
                                               &n, &flagged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2999);
  g_assert_cmpuint (flagged, ==, 2);
  g_assert_true (rs_pb_storage_stats (f->db, pool_id (f), &stats, &error));
  g_assert_cmpint (stats.ballots, ==, 3000);
  g_assert_cmpint (stats.paper, ==, 1);
  g_assert_cmpint (stats.checked, ==, 1);
  g_assert_cmpint (stats.mismatches, ==, 1);
  g_assert_cmpint (stats.flagged, ==, 1);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (stats.by_district, "Nord")), >, 900);
  /* No population figures stored yet. */
  g_assert_null (stats.population_share);
  rs_pb_stats_clear (&stats);

  /* With FOLK1A stored for the municipality: 100 people of every age
   * 0-99, so of those 15 and over (85 years) "25-39" is 15/85. */
  {
    g_autoptr(GPtrArray) benchmarks = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_benchmark_free);
    RsBenchmark *b = rs_benchmark_new ("999", "FOLK1A");

    for (int age = 0; age < 100; age++)
      {
        g_autofree char *v = g_strdup_printf ("%d", age);
        rs_benchmark_add (b, "age", v, 100);
      }
    g_free (b->period);
    b->period = g_strdup ("2026K3");
    g_ptr_array_add (benchmarks, b);
    g_assert_true (rs_population_store (f->db, benchmarks, &error));
    g_assert_no_error (error);
  }
  g_assert_true (rs_pb_storage_stats (f->db, pool_id (f), &stats, &error));
  g_assert_nonnull (stats.population_share);
  g_assert_cmpfloat_with_epsilon (*(double *) g_hash_table_lookup (stats.population_share, "25-39"),
                                  100.0 * 15 / 85, 1e-9);
  g_assert_cmpfloat_with_epsilon (*(double *) g_hash_table_lookup (stats.population_share, "75+"),
                                  100.0 * 25 / 85, 1e-9);
  g_assert_nonnull (strstr (stats.population_credit, "FOLK1A (2026K3)"));
  rs_pb_stats_clear (&stats);
}

static void
test_count_and_carry (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = data_bytes ("havbjerg-ballots.csv");
  g_autoptr(RsPbPoolCount) count = NULL;
  g_autoptr(RsPbPoolCount) greedy = NULL;
  g_autoptr(GListStore) recs = NULL;
  g_autofree char *pb = NULL;
  guint n = 0, carried = 0, funded = 0, before;

  import_and_assess (f);
  g_assert_true (rs_pb_storage_import_ballots (f->db, pool_id (f), bytes, "b.csv", &n, NULL,
                                               &error));
  count = rs_pb_storage_count (f->db, pool_id (f), RS_PB_RULE_EQUAL_SHARES_ADD1, 0, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count->result_id, >, 0);
  /* Municipality-wide first, then the three envelopes, each within its amount. */
  g_assert_cmpuint (count->results->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (count->envelopes, 0), ==, "");
  for (guint i = 0; i < count->results->len; i++)
    {
      RsPbResult *r = g_ptr_array_index (count->results, i);
      g_assert_cmpint (r->spent, <=, i == 0 ? 500000 : 1500000);
      funded += r->funded->len;
    }
  g_assert_cmpuint (funded, >, 10);
  /* The same counted again from the exported .pb gives the same input hash. */
  pb = rs_pb_storage_export_pb (f->db, pool_id (f), &error);
  g_assert_nonnull (strstr (pb, "currency;DKK"));
  g_assert_null (strstr (pb, "V10000"));  /* voter ids never leave */
  greedy = rs_pb_storage_count (f->db, pool_id (f), RS_PB_RULE_GREEDY, 0, FALSE, &error);
  g_assert_cmpint (greedy->result_id, ==, 0);
  g_assert_cmpstr (greedy->input_sha256, ==, count->input_sha256);
  g_assert_cmpint (rs_pb_storage_latest_result (f->db, pool_id (f), &error), ==, count->result_id);

  /* The result report holds every explanation and the protocol. */
  {
    g_autoptr(RsDocument) doc = rs_pb_report_result (f->pool, count, greedy, "da");
    g_autofree char *path = g_build_filename (f->dir, "result.html", NULL);
    g_autofree char *html = NULL;
    g_autoptr(GPtrArray) proposals = rs_pb_storage_list_proposals (f->db, pool_id (f), &error);
    g_autoptr(RsDocument) list = rs_pb_report_ballot_list (f->pool, proposals, "da");
    g_autofree char *list_path = g_build_filename (f->dir, "ballot-list.pdf", NULL);

    g_assert_true (rs_document_write (doc, RS_DOCUMENT_FORMAT_HTML, path, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
    g_assert_nonnull (strstr (html, count->input_sha256));
    g_assert_nonnull (strstr (html, "Funded in round 1"));
    g_assert_null (strstr (html, "borger1@example.org"));
    g_assert_true (rs_document_write (list, RS_DOCUMENT_FORMAT_PDF, list_path, NULL, &error));
    g_assert_no_error (error);
  }

  recs = rs_recommendation_store_list (f->db, f->process_id, FALSE, &error);
  before = g_list_model_get_n_items (G_LIST_MODEL (recs));
  g_assert_true (rs_pb_storage_carry_to_recommendations (f->db, count->result_id, &carried,
                                                         &error));
  g_assert_no_error (error);
  g_assert_cmpuint (carried, ==, funded);
  g_clear_object (&recs);
  recs = rs_recommendation_store_list (f->db, f->process_id, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (recs)), ==, before + funded);
  /* Carrying again adds nothing. */
  g_assert_true (rs_pb_storage_carry_to_recommendations (f->db, count->result_id, &carried,
                                                         &error));
  g_assert_cmpuint (carried, ==, 0);
}

/* ---- RsPbStore: live models ---- */

typedef struct
{
  GMainLoop *loop;
  guint      items_changed;
  guint      changed;
  char      *kind;
  gboolean   done;
} Watch;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Watch      *w)
{
  w->items_changed++;
}

static void
store_changed_cb (RsPbStore  *store,
                  const char *kind,
                  gint64      id,
                  Watch      *w)
{
  w->changed++;
  g_free (w->kind);
  w->kind = g_strdup (kind);
}

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Watch *w = user_data;
  g_autoptr(GError) error = NULL;

  if (g_task_get_source_tag (G_TASK (result)) == rs_pb_store_add_proposal_async)
    g_assert_cmpint (rs_pb_store_add_proposal_finish (RS_PB_STORE (object), result, &error), >, 0);
  else
    g_assert_true (rs_pb_store_assess_finish (RS_PB_STORE (object), result, &error));
  g_assert_no_error (error);
  w->done = TRUE;
}

static void
wait_for (gboolean *flag)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*flag);
}

static gboolean
has_items (GListModel *model,
           guint       n)
{
  return g_list_model_get_n_items (model) == n;
}

static void
capture_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_store_live_models (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(RsPbStore) store = rs_pb_store_new (f->db);
  GListModel *proposals = rs_pb_store_get_proposals (store, pool_id (f));
  GListModel *pools = rs_pb_store_get_pools (store, f->process_id);
  g_autoptr(RsPbProposal) first = NULL;
  Watch w = { 0 };
  gint64 end;

  /* The models fill themselves. */
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!has_items (pools, 1) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (pools), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 0);

  g_signal_connect (proposals, "items-changed", G_CALLBACK (items_changed_cb), &w);
  g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), &w);
  rs_pb_store_add_proposal_async (store, pool_id (f), "N-01", "Bænke ved søen", 45000, "Nord",
                                  "natur", NULL, done_cb, &w);
  wait_for (&w.done);
  g_assert_cmpuint (w.changed, ==, 1);
  g_assert_cmpstr (w.kind, ==, "proposal");
  /* No reload call: the model updates itself. */
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!has_items (proposals, 1) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 1);
  g_assert_cmpuint (w.items_changed, >=, 1);

  first = g_list_model_get_item (proposals, 0);
  g_assert_cmpstr (rs_pb_proposal_get_status (first), ==, "submitted");
  w.done = FALSE;
  w.items_changed = 0;
  rs_pb_store_assess_async (store, first, "feasible", NULL, 40000, NULL, done_cb, &w);
  wait_for (&w.done);
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (w.items_changed == 0 && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  {
    g_autoptr(RsPbProposal) now = g_list_model_get_item (proposals, 0);
    g_assert_cmpstr (rs_pb_proposal_get_status (now), ==, "feasible");
    g_assert_cmpint (rs_pb_proposal_get_effective_cost (now), ==, 40000);
  }
  /* The export runs on the database thread too. */
  {
    g_autoptr(GAsyncResult) res = NULL;
    g_autofree char *pb = NULL;

    rs_pb_store_export_pb_async (store, pool_id (f), NULL, capture_cb, &res);
    while (res == NULL)
      g_main_context_iteration (NULL, TRUE);
    pb = rs_pb_store_export_pb_finish (store, res, NULL);
    g_assert_nonnull (strstr (pb, "N-01;40000;0;Bænke ved søen;Nord"));
  }
  /* Merging through the store: the list shows the new proposal and the
   * merged ones, marked, without a reload. */
  {
    g_autoptr(GAsyncResult) res = NULL;
    RsPbProposalInput in = { .code = "N-02", .title = "Bænke ved stien", .cost = 30000 };
    gint64 ids[2];

    ids[0] = rs_pb_proposal_get_id (first);
    ids[1] = rs_pb_storage_add_proposal (f->db, pool_id (f), &in, NULL);
    rs_pb_store_merge_async (store, pool_id (f), ids, 2, "Bænke ved søen og stien", NULL,
                             capture_cb, &res);
    while (res == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpint (rs_pb_store_merge_finish (store, res, NULL), >, 0);
    end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    while (!has_items (proposals, 3) && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 3);
  }
  g_free (w.kind);
  g_signal_handlers_disconnect_by_data (proposals, &w);
  g_signal_handlers_disconnect_by_data (store, &w);
}

/* The same chain through raadslag-cli. */
static void
test_cli_chain (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autofree char *path = g_strdup (rs_database_get_path (db));
  g_autofree char *proposals = rs_test_data_path ("pb/havbjerg-proposals.csv");
  g_autofree char *ballots = rs_test_data_path ("pb/havbjerg-ballots.csv");
  g_autofree char *process = g_strdup_printf ("%" G_GINT64_FORMAT, process_id);
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *report = g_build_filename (dir, "result.html", NULL);
  g_auto(GStrv) lines = NULL;

  g_clear_object (&db);
  {
    const char *argv[] = { "pb", "pool", "create", "--db", path, "--process", process, "--name",
                           "Borgerbudget", "--amount", "5000000", "--envelope", "Nord=1500000",
                           "--envelope", "Syd=1500000", "--envelope", "Midt=1500000", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_cmpstr (out, ==, "1\n");
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "pb", "proposals", "import", "--db", path, "--pool", "1", proposals,
                           NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_cmpstr (out, ==, "Imported 60, of which 1 flagged for review.\n");
  }
  for (int id = 1; id <= 60; id++)
    {
      g_autofree char *sid = g_strdup_printf ("%d", id);
      const char *argv[] = { "pb", "assess", "--db", path, "--proposal", sid, "--status",
                             "feasible", "--revised-cost", id == 18 ? "200000" : NULL, NULL };
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      if (id != 18)
        argv[8] = NULL;
      g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "pb", "ballots", "import", "--db", path, "--pool", "1", ballots, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_cmpstr (out, ==, "Imported 2999, of which 2 flagged for review.\n");
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "pb", "count", "--db", path, "--pool", "1", "--save", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    lines = g_strsplit (out, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), >, 10);
    g_assert_nonnull (strstr (err, "Saved as result 1."));
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "pb", "carry", "--db", path, "--result", "1", NULL };
    g_autofree char *want = g_strdup_printf ("Carried %u funded projects into the "
                                             "recommendations.\n", g_strv_length (lines) - 1);
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_cmpstr (out, ==, want);
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "pb", "report", "--db", path, "--pool", "1", "--kind", "result",
                           "--format", "html", "--out", report, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_true (g_file_test (report, G_FILE_TEST_EXISTS));
  }
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/pb/store/proposals", Fixture, NULL, fixture_set_up, test_proposals,
              fixture_tear_down);
  g_test_add ("/pb/store/ballots", Fixture, NULL, fixture_set_up, test_ballots, fixture_tear_down);
  g_test_add ("/pb/store/count-and-carry", Fixture, NULL, fixture_set_up, test_count_and_carry,
              fixture_tear_down);
  g_test_add ("/pb/store/live-models", Fixture, NULL, fixture_set_up, test_store_live_models,
              fixture_tear_down);
  g_test_add_func ("/pb/store/cli-chain", test_cli_chain);
  return g_test_run ();
}
