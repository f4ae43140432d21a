/* SPDX-License-Identifier: MPL-2.0 */
/* A development pool's figures: ballot statistics against the population,
 * the count and its protocol, the .pb export and carrying funded projects
 * into the recommendations. */
#define G_LOG_DOMAIN "rs-pb-results"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rs-csv-reader.h"
#include "rs-date.h"
#include "rs-pb-file.h"
#include "rs-pb-protocol.h"
#include "rs-pb-storage.h"
#include "rs-pb-storage-private.h"
#include "rs-process-store.h"
#include "rs-recommendation-store.h"


void
rs_pb_stats_clear (RsPbStats *stats)
{
  g_clear_pointer (&stats->by_age_band, g_hash_table_unref);
  g_clear_pointer (&stats->by_district, g_hash_table_unref);
  g_clear_pointer (&stats->population_share, g_hash_table_unref);
  g_clear_pointer (&stats->population_credit, g_free);
}

/* "25-39" -> 25, 39; "75+" -> 75, 200; FALSE for anything else. */
gboolean
rs_pb_parse_age_band (const char *band,
                      int        *from,
                      int        *to)
{
  int a = 0, b = 0;
  char plus = 0;

  if (sscanf (band, "%d-%d", &a, &b) == 2 && a <= b)
    {
      *from = a, *to = b;
      return TRUE;
    }
  if (sscanf (band, "%d%c", &a, &plus) == 2 && plus == '+')
    {
      *from = a, *to = 200;
      return TRUE;
    }
  return FALSE;
}

/* Inside the lock: the population per single year of age, if stored. */
static void
add_population_shares (RsDatabase *db,
                       gint64      pool_id,
                       RsPbStats  *out)
{
  g_autoptr(RsStatement) q = rs_database_query (db, NULL,
      "SELECT b.id, b.source_credit, b.period, pl.min_age FROM pb_pool pl "
      "JOIN budget_process bp ON bp.id = pl.process_id "
      "JOIN population_benchmark b ON b.municipality_code = bp.municipality_code "
      "AND b.table_id = 'FOLK1A' WHERE pl.id = ?", "i", pool_id);
  g_autoptr(GHashTable) by_age = NULL;
  gint64 benchmark_id, total = 0;
  int min_age;
  GHashTableIter iter;
  gpointer key;

  if (q == NULL || rs_statement_step (q) != RS_SQL_ROW)
    return;
  benchmark_id = rs_statement_column_int64 (q, 0);
  out->population_credit = g_strdup_printf ("%s (%s)", rs_statement_column_text (q, 1),
                                            rs_statement_column_text (q, 2));
  min_age = rs_statement_column_int (q, 3);
  g_clear_pointer (&q, rs_statement_finalize);
  by_age = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  q = rs_database_query (db, NULL, "SELECT value, count FROM population_count WHERE "
                                   "benchmark_id = ? AND dimension = 'age'", "i", benchmark_id);
  while (q != NULL && rs_statement_step (q) == RS_SQL_ROW)
    {
      int age = (int) g_ascii_strtoll ((const char *) rs_statement_column_text (q, 0), NULL, 10);
      gint64 count = rs_statement_column_int64 (q, 1);

      if (age < min_age)
        continue;
      total += count;
      g_hash_table_insert (by_age, GINT_TO_POINTER (age), g_memdup2 (&count, sizeof count));
    }
  if (total <= 0)
    return;
  out->population_share = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, out->by_age_band);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      int from, to;
      gint64 sum = 0;
      double share;

      if (!rs_pb_parse_age_band (key, &from, &to))
        continue;
      for (int a = MAX (from, min_age); a <= MIN (to, 125); a++)
        {
          gint64 *c = g_hash_table_lookup (by_age, GINT_TO_POINTER (a));
          if (c)
            sum += *c;
        }
      share = 100.0 * (double) sum / (double) total;
      g_hash_table_insert (out->population_share, g_strdup (key), g_memdup2 (&share, sizeof share));
    }
}

gboolean
rs_pb_storage_stats (RsDatabase *db,
                     gint64      pool_id,
                     RsPbStats  *out,
                     GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  gboolean ok = FALSE;

  memset (out, 0, sizeof *out);
  out->by_age_band = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  out->by_district = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT count(*), coalesce(sum(channel = 'paper'), 0), "
                            "coalesce(sum(checked <> ''), 0), coalesce(sum(checked = 'mismatch'), 0), "
                            "coalesce(sum(review_note <> ''), 0) FROM pb_ballot WHERE pool_id = ?",
                            "i", pool_id);
  if (stmt != NULL && rs_statement_step (stmt) == RS_SQL_ROW)
    {
      out->ballots = rs_statement_column_int (stmt, 0);
      out->paper = rs_statement_column_int (stmt, 1);
      out->checked = rs_statement_column_int (stmt, 2);
      out->mismatches = rs_statement_column_int (stmt, 3);
      out->flagged = rs_statement_column_int (stmt, 4);
      g_clear_pointer (&stmt, rs_statement_finalize);
      stmt = rs_database_query (db, error, "SELECT 'a', age_band, count(*) FROM pb_ballot "
                                           "WHERE pool_id = ? GROUP BY age_band UNION ALL "
                                           "SELECT 'd', district, count(*) FROM pb_ballot "
                                           "WHERE pool_id = ? GROUP BY district", "ii", pool_id,
                                pool_id);
      while (stmt != NULL && rs_statement_step (stmt) == RS_SQL_ROW)
        g_hash_table_insert (*rs_statement_column_text (stmt, 0) == 'a' ? out->by_age_band
                                                                  : out->by_district,
                             rs_column_dup_text (stmt, 1),
                             GINT_TO_POINTER (rs_statement_column_int (stmt, 2)));
      ok = stmt != NULL;
      if (ok)
        add_population_shares (db, pool_id, out);
    }
  rs_database_unlock (db);
  if (!ok)
    rs_pb_stats_clear (out);
  return ok;
}

/* ---- Counting ---- */

void
rs_pb_pool_count_free (RsPbPoolCount *count)
{
  if (count == NULL)
    return;
  g_free (count->input_sha256);
  g_ptr_array_unref (count->envelopes);
  g_ptr_array_unref (count->elections);
  g_ptr_array_unref (count->results);
  g_ptr_array_unref (count->proposal_ids);
  g_free (count);
}

/* The whole pool as one election: feasible proposals (districts without
 * an envelope become municipality-wide) and every ballot. */
static RsPbElection *
load_election (RsDatabase *db,
               RsPbPool   *pool,
               GArray     *proposal_ids,
               GError    **error)
{
  g_autoptr(RsPbElection) e = rs_pb_election_new (rs_pb_pool_get_amount (pool));
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) envelopes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GArray) ballot = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *env = rs_pb_pool_get_envelopes (pool);
  gint64 current = -1;

  for (guint i = 0; i < env->len; i++)
    g_hash_table_add (envelopes, ((RsPbEnvelope *) g_ptr_array_index (env, i))->district);
  stmt = rs_database_query (db, error,
                            "SELECT id, code, title, coalesce(revised_cost, cost), district "
                            "FROM pb_proposal WHERE pool_id = ? AND status = 'feasible' "
                            "ORDER BY code COLLATE NOCASE, id", "i", rs_pb_pool_get_id (pool));
  if (stmt == NULL)
    return NULL;
  while (rs_statement_step (stmt) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      const char *district = (const char *) rs_statement_column_text (stmt, 4);
      gint64 cost = rs_statement_column_int64 (stmt, 3);
      int p;

      if (district && !g_hash_table_contains (envelopes, district))
        district = NULL;
      p = rs_pb_election_add_project (e, (const char *) rs_statement_column_text (stmt, 1),
                                      (const char *) rs_statement_column_text (stmt, 2),
                                      MAX (cost, 1), district);
      if (p < 0)
        continue;
      g_array_append_val (proposal_ids, id);
      g_hash_table_insert (index, g_memdup2 (&id, sizeof id), GINT_TO_POINTER (p + 1));
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  stmt = rs_database_query (db, error,
                            "SELECT b.id, c.proposal_id FROM pb_ballot b LEFT JOIN pb_ballot_choice c "
                            "ON c.ballot_id = b.id WHERE b.pool_id = ? ORDER BY b.id", "i",
                            rs_pb_pool_get_id (pool));
  if (stmt == NULL)
    return NULL;
  while (rs_statement_step (stmt) == RS_SQL_ROW)
    {
      gint64 b = rs_statement_column_int64 (stmt, 0);
      gint64 pid = rs_statement_column_int64 (stmt, 1);
      gpointer v;

      if (b != current)
        {
          if (current >= 0)
            rs_pb_election_add_ballot (e, (guint *) ballot->data, ballot->len);
          g_array_set_size (ballot, 0);
          current = b;
        }
      if ((v = g_hash_table_lookup (index, &pid)) != NULL)
        {
          guint p = GPOINTER_TO_UINT (v) - 1;
          g_array_append_val (ballot, p);
        }
    }
  if (current >= 0)
    rs_pb_election_add_ballot (e, (guint *) ballot->data, ballot->len);
  return g_steal_pointer (&e);
}

char *
rs_pb_storage_export_pb (RsDatabase *db,
                         gint64      pool_id,
                         GError    **error)
{
  g_autoptr(RsPbPool) pool = rs_pb_storage_get_pool (db, pool_id, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RsPbElection) e = NULL;
  g_autoptr(RsPbFile) file = NULL;
  const char *meta[] = { "description", NULL, "country", "Denmark", "currency", "DKK",
                         "rule", NULL, NULL };

  if (pool == NULL)
    return NULL;
  rs_database_lock (db);
  e = load_election (db, pool, ids, error);
  rs_database_unlock (db);
  if (e == NULL)
    return NULL;
  meta[1] = rs_pb_pool_get_name (pool);
  meta[7] = rs_pb_pool_get_rule (pool);
  file = rs_pb_file_new_from_election (e, meta, NULL);
  return rs_pb_file_to_string (file);
}

RsPbPoolCount *
rs_pb_storage_count (RsDatabase *db,
                     gint64      pool_id,
                     RsPbRule    rule,
                     guint64     seed,
                     gboolean    save,
                     GError    **error)
{
  g_autoptr(RsPbPool) pool = rs_pb_storage_get_pool (db, pool_id, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RsPbElection) all = NULL;
  g_autoptr(RsPbPoolCount) count = NULL;
  g_autofree char *text = NULL;
  GPtrArray *env;

  if (pool == NULL)
    return NULL;
  rs_database_lock (db);
  all = load_election (db, pool, ids, error);
  rs_database_unlock (db);
  if (all == NULL)
    return NULL;

  count = g_new0 (RsPbPoolCount, 1);
  count->rule = rule;
  count->seed = seed;
  count->envelopes = g_ptr_array_new_with_free_func (g_free);
  count->elections = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_pb_election_free);
  count->results = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_pb_result_free);
  count->proposal_ids = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  {
    g_autoptr(RsPbFile) file = rs_pb_file_new_from_election (all, NULL, NULL);
    text = rs_pb_file_to_string (file);
    count->input_sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  }

  env = rs_pb_pool_get_envelopes (pool);
  for (int i = -1; i < (int) env->len; i++)
    {
      const char *district = i < 0 ? NULL : ((RsPbEnvelope *) g_ptr_array_index (env, i))->district;
      gint64 amount = i < 0 ? rs_pb_pool_get_common_amount (pool)
                            : ((RsPbEnvelope *) g_ptr_array_index (env, i))->amount;
      RsPbElection *sub = rs_pb_election_restrict (all, district, amount);
      GArray *sub_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      if (i < 0 && rs_pb_election_get_n_projects (sub) == 0 && env->len > 0)
        {
          rs_pb_election_free (sub);
          g_array_unref (sub_ids);
          continue;
        }
      for (guint p = 0; p < rs_pb_election_get_n_projects (sub); p++)
        {
          int at = rs_pb_election_find_project (all, rs_pb_election_get_project (sub, p)->id);
          g_array_append_val (sub_ids, g_array_index (ids, gint64, at));
        }
      g_ptr_array_add (count->envelopes, g_strdup (district ? district : ""));
      g_ptr_array_add (count->results, rs_pb_count (sub, rule, seed));
      g_ptr_array_add (count->elections, sub);
      g_ptr_array_add (count->proposal_ids, sub_ids);
    }

  if (save)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonGenerator) gen = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *protocol = NULL;
      gint64 spent = 0, result_id;

      json_builder_begin_array (b);
      for (guint i = 0; i < count->results->len; i++)
        {
          RsPbResult *r = g_ptr_array_index (count->results, i);
          g_autofree char *name = g_strdup_printf ("%s%s%s", rs_pb_pool_get_name (pool),
                                                   *(char *) g_ptr_array_index (count->envelopes, i)
                                                   ? " / " : "",
                                                   (char *) g_ptr_array_index (count->envelopes, i));
          spent += r->spent;
          json_builder_add_value (b, rs_pb_protocol_to_json (r, g_ptr_array_index (count->elections, i),
                                                             name, count->input_sha256));
        }
      json_builder_end_array (b);
      root = json_builder_get_root (b);
      json_generator_set_root (gen, root);
      json_generator_set_pretty (gen, TRUE);
      protocol = json_generator_to_data (gen, NULL);

      if (!rs_database_begin (db, error))
        return NULL;
      if (!rs_database_run (db, error, "INSERT INTO pb_result (pool_id, rule, seed, input_sha256, "
                                       "ballots, spent, protocol) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            "itit" "nit", pool_id, rs_pb_rule_to_string (rule), (gint64) seed,
                            count->input_sha256, (int) rs_pb_election_get_n_ballots (all), spent,
                            protocol))
        goto fail;
      result_id = rs_database_last_insert_id (db);
      for (guint i = 0; i < count->results->len; i++)
        {
          RsPbResult *r = g_ptr_array_index (count->results, i);
          RsPbElection *sub = g_ptr_array_index (count->elections, i);
          GArray *sub_ids = g_ptr_array_index (count->proposal_ids, i);

          for (guint p = 0; p < r->n_projects; p++)
            {
              g_autofree char *why = rs_pb_result_explain (r, sub, p);
              const char *status = r->outcomes[p].status == RS_PB_STATUS_FUNDED ? "funded"
                                 : r->outcomes[p].status == RS_PB_STATUS_FUNDED_COMPLETION
                                 ? "funded-completion" : "not-funded";

              if (!rs_database_run (db, error, "INSERT INTO pb_result_project (result_id, "
                                               "proposal_id, envelope, status, position, votes, "
                                               "explanation) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                    "iitt" "nnt", result_id, g_array_index (sub_ids, gint64, p),
                                    (char *) g_ptr_array_index (count->envelopes, i), status,
                                    (int) r->outcomes[p].position, (int) r->outcomes[p].votes, why))
                goto fail;
            }
        }
      if (!rs_audit_log (db, "pb_result", result_id, "count", rs_pb_rule_to_string (rule), error) ||
          !rs_database_commit (db, error))
        goto fail_committed;
      count->result_id = result_id;
    }
  return g_steal_pointer (&count);

fail:
  rs_database_rollback (db);
fail_committed:
  return NULL;
}

gint64
rs_pb_storage_latest_result (RsDatabase *db,
                             gint64      pool_id,
                             GError    **error)
{
  g_autoptr(RsStatement) q = NULL;
  gint64 id = 0;

  rs_database_lock (db);
  q = rs_database_query (db, error, "SELECT max(id) FROM pb_result WHERE pool_id = ?", "i",
                         pool_id);
  if (q != NULL && rs_statement_step (q) == RS_SQL_ROW)
    id = rs_statement_column_int64 (q, 0);
  rs_database_unlock (db);
  return id;
}

typedef struct
{
  gint64  proposal_id;
  char   *code;
  char   *title;
  char   *description;
  char   *theme;
  char   *explanation;
  gint64  cost;
  int     votes;
} Carry;

static void
carry_free (gpointer p)
{
  Carry *c = p;

  g_free (c->code);
  g_free (c->title);
  g_free (c->description);
  g_free (c->theme);
  g_free (c->explanation);
  g_free (c);
}

gboolean
rs_pb_storage_carry_to_recommendations (RsDatabase *db,
                                        gint64      result_id,
                                        guint      *n_carried,
                                        GError    **error)
{
  g_autoptr(GPtrArray) todo = g_ptr_array_new_with_free_func (carry_free);
  g_autoptr(RsPbPool) pool = NULL;
  g_autoptr(RsStatement) q = NULL;
  g_autofree char *decided_on = NULL;
  gint64 pool_id = 0;
  guint n = 0;

  rs_database_lock (db);
  q = rs_database_query (db, error,
                         "SELECT r.pool_id, substr(r.counted_at, 1, 10), p.id, p.code, p.title, "
                         "p.description, p.theme, rp.explanation, coalesce(p.revised_cost, p.cost), "
                         "rp.votes FROM pb_result r JOIN pb_result_project rp ON rp.result_id = r.id "
                         "JOIN pb_proposal p ON p.id = rp.proposal_id WHERE r.id = ? AND "
                         "rp.status <> 'not-funded' AND rp.recommendation_id IS NULL "
                         "ORDER BY rp.envelope, rp.position", "i", result_id);
  while (q != NULL && rs_statement_step (q) == RS_SQL_ROW)
    {
      Carry *c = g_new0 (Carry, 1);

      pool_id = rs_statement_column_int64 (q, 0);
      if (decided_on == NULL)
        decided_on = rs_column_dup_text (q, 1);
      c->proposal_id = rs_statement_column_int64 (q, 2);
      c->code = rs_column_dup_text (q, 3);
      c->title = rs_column_dup_text (q, 4);
      c->description = rs_column_dup_text (q, 5);
      c->theme = rs_column_dup_text (q, 6);
      c->explanation = rs_column_dup_text (q, 7);
      c->cost = rs_statement_column_int64 (q, 8);
      c->votes = rs_statement_column_int (q, 9);
      g_ptr_array_add (todo, c);
    }
  rs_database_unlock (db);
  if (q == NULL)
    return FALSE;
  if (todo->len > 0 && (pool = rs_pb_storage_get_pool (db, pool_id, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < todo->len; i++)
    {
      Carry *c = g_ptr_array_index (todo, i);
      g_autoptr(RsRecommendation) rec = NULL;
      g_autofree char *title = g_strdup_printf ("%s %s", c->code, c->title);
      g_autofree char *line = g_strdup_printf ("%s: %s", rs_pb_pool_get_name (pool), c->code);
      g_autofree char *due = NULL;
      int year = rs_pb_pool_get_first_year (pool);

      rec = rs_recommendation_store_create (db, rs_pb_pool_get_process_id (pool), title,
                                            *c->theme ? c->theme : _("Development pool"), error);
      if (rec == NULL)
        return FALSE;
      rs_recommendation_set_text (rec, c->description);
      rs_recommendation_set_rationale (rec, c->explanation);
      rs_recommendation_set_budget_area (rec, rs_pb_pool_get_name (pool));
      rs_recommendation_set_votes (rec, c->votes, 0, 0);
      rs_recommendation_set_status (rec, RS_RECOMMENDATION_VOTED);
      if (year <= 0)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          year = g_date_time_get_year (now) + 1;
        }
      rs_recommendation_set_cost (rec, year, 0, (double) c->cost);
      due = g_strdup_printf ("%04d-12-31", MAX (year, rs_pb_pool_get_last_year (pool)));
      if (!rs_recommendation_store_update (db, rec, error) ||
          !rs_recommendation_store_set_decision (db, rs_recommendation_get_id (rec),
                                                 RS_OUTCOME_ADOPTED,
                                                 _("Funded by the citizens' vote on the "
                                                   "development pool."),
                                                 line, (double) c->cost, decided_on,
                                                 RS_IMPLEMENTATION_NOT_STARTED, error) ||
          rs_recommendation_store_add_milestone (db, rs_recommendation_get_id (rec),
                                                 _("Project carried out"), due, NULL, error) == 0 ||
          !rs_database_run (db, error, "UPDATE pb_result_project SET recommendation_id = ? "
                                       "WHERE result_id = ? AND proposal_id = ?", "iii",
                            rs_recommendation_get_id (rec), result_id, c->proposal_id))
        return FALSE;
      n++;
    }
  if (n_carried)
    *n_carried = n;
  return TRUE;
}
