/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-pb-count.h"
#include "rs-pb-file.h"
#include "rs-test-utils.h"

/* The counting rules: textbook examples written out, properties on random
 * instances, and a generated corpus compared with an independent count in
 * exact rational arithmetic (below), written differently from
 * rs-pb-count.c: no lazy evaluation, ρ found by trying every threshold. */

static RsPbElection *
election_from (gint64              budget,
               const char * const *ids,
               const gint64       *costs,
               const char * const *ballots)
{
  RsPbElection *e = rs_pb_election_new (budget);

  for (guint i = 0; ids[i]; i++)
    rs_pb_election_add_project (e, ids[i], NULL, costs[i], NULL);
  for (guint b = 0; ballots[b]; b++)
    {
      g_auto(GStrv) parts = g_strsplit (ballots[b], ",", -1);
      guint idx[16], n = 0;

      for (guint j = 0; parts[j]; j++)
        idx[n++] = (guint) rs_pb_election_find_project (e, parts[j]);
      rs_pb_election_add_ballot (e, idx, n);
    }
  return e;
}

static char *
funded_ids (const RsPbElection *e,
            GArray             *funded)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < funded->len; i++)
    {
      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, rs_pb_election_get_project (e, g_array_index (funded, guint, i))->id);
    }
  return g_string_free (s, FALSE);
}

static char *
count_ids (const RsPbElection *e,
           RsPbRule            rule,
           guint64             seed)
{
  g_autoptr(RsPbResult) r = rs_pb_count (e, rule, seed);

  return funded_ids (e, r->funded);
}

/* equalshares.net, "Explanation", Example 1: budget 1100, 11 voters.
 *   bike path 700: voters 1–6 and 11 (7 votes)
 *   outdoor gym 400: voters 1–6
 *   new park 250: voters 2, 4, 5, 7, 10
 *   playground 200: voters 7–10
 *   library 100: voters 7, 9, 10
 * Greedy funds bike path and gym (1100). MES: each voter has 100; the bike
 * path's 7 supporters pay 100 each and are spent; the gym's effective vote
 * count drops to 0 and the park's to 2; the playground (4 votes, 50 each)
 * goes next, then the library (3 voters with 50 left pay 33.33 each);
 * nothing else is affordable. */
static const char * const ex_ids[] = { "bike", "gym", "park", "playground", "library", NULL };
static const gint64 ex_costs[] = { 700, 400, 250, 200, 100 };
static const char * const ex1_ballots[] = {
  "bike,gym", "bike,gym,park", "bike,gym", "bike,gym,park", "bike,gym,park", "bike,gym",
  "park,playground,library", "playground", "playground,library", "park,playground,library",
  "bike", NULL
};
/* Example 2: voter 11 votes for the gym instead of the bike path. The gym
 * (7 votes) goes first at 400/7 = 57.14 each; the bike path (6 voters with
 * 42.86 left) is unaffordable; the park's three spent supporters pay their
 * 42.86 and the two others 60.71 (effective vote count 250/60.71 = 4.12),
 * which still beats the playground's 4; then the playground at 3.2. */
static const char * const ex2_ballots[] = {
  "bike,gym", "bike,gym,park", "bike,gym", "bike,gym,park", "bike,gym,park", "bike,gym",
  "park,playground,library", "playground", "playground,library", "park,playground,library",
  "gym", NULL
};

static void
test_textbook_example_1 (void)
{
  g_autoptr(RsPbElection) e = election_from (1100, ex_ids, ex_costs, ex1_ballots);
  g_autoptr(RsPbResult) mes = rs_pb_count (e, RS_PB_RULE_EQUAL_SHARES, 0);
  g_autofree char *greedy = count_ids (e, RS_PB_RULE_GREEDY, 0);
  g_autofree char *mes_ids = funded_ids (e, mes->funded);
  g_autofree char *why_gym = rs_pb_result_explain (mes, e, 1);
  g_autofree char *why_bike = rs_pb_result_explain (mes, e, 0);
  g_autofree char *why_library = rs_pb_result_explain (mes, e, 4);

  g_assert_cmpstr (greedy, ==, "bike gym");
  g_assert_cmpstr (mes_ids, ==, "bike playground library");
  g_assert_cmpint (mes->spent, ==, 1000);
  g_assert_cmpfloat_with_epsilon (mes->share, 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (mes->outcomes[0].max_payment, 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (mes->outcomes[3].max_payment, 50.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (mes->outcomes[4].max_payment, 100.0 / 3, 1e-9);
  /* The gym's supporters spent everything on the bike path. */
  g_assert_cmpint (mes->outcomes[1].spent_on[0], ==, 0);
  g_assert_cmpint (mes->outcomes[1].spent_on[1], ==, -1);
  g_assert_cmpfloat_with_epsilon (mes->outcomes[1].supporters_left, 0.0, 1e-9);
  g_assert_nonnull (strstr (why_gym, "spent their share on “bike”"));
  g_assert_nonnull (strstr (why_bike, "Funded in round 1: supported by 7 voters"));
  g_assert_nonnull (strstr (why_library, "round 3"));
}

static void
test_textbook_example_2 (void)
{
  g_autoptr(RsPbElection) e = election_from (1100, ex_ids, ex_costs, ex2_ballots);
  g_autoptr(RsPbResult) mes = rs_pb_count (e, RS_PB_RULE_EQUAL_SHARES, 0);
  g_autofree char *ids = funded_ids (e, mes->funded);
  g_autofree char *greedy = count_ids (e, RS_PB_RULE_GREEDY, 0);
  double gym = 400.0 / 7;

  g_assert_cmpstr (greedy, ==, "gym bike");
  g_assert_cmpstr (ids, ==, "gym park playground");
  g_assert_cmpfloat_with_epsilon (mes->outcomes[1].max_payment, gym, 1e-9);
  g_assert_cmpfloat_with_epsilon (mes->outcomes[2].max_payment, (250 - 3 * (100 - gym)) / 2, 1e-9);
  /* The playground: two supporters with 39.29 left pay it, the others 60.71. */
  g_assert_cmpfloat_with_epsilon (mes->outcomes[3].max_payment,
                                  (200 - 2 * (100 - (250 - 3 * (100 - gym)) / 2)) / 2, 1e-9);
  /* The library is left: its supporters had spent on the park and the playground. */
  g_assert_false (rs_pb_result_is_funded (mes, 4));
  g_assert_cmpint (mes->outcomes[4].spent_on[0], ==, 3);
  g_assert_cmpint (mes->outcomes[4].spent_on[1], ==, 2);
}

/* Add1U on a small instance worked by hand: budget 100, 4 voters, share 25.
 *   A 60: voters 1, 2   B 40: voter 1   C 30: voters 3, 4
 * Share 25: C (15 each), A unaffordable (50 < 60). Raised by 1 at a time,
 * A becomes affordable at share 30, where C and A tie at 2 effective votes
 * and the cheaper C goes first; total 90 ≤ 100 and B (40) no longer fits,
 * so the outcome is exhaustive after 5 raises. */
static void
test_add1u_by_hand (void)
{
  const char * const ids[] = { "A", "B", "C", NULL };
  const gint64 costs[] = { 60, 40, 30 };
  const char * const ballots[] = { "A,B", "A", "C", "C", NULL };
  g_autoptr(RsPbElection) e = election_from (100, ids, costs, ballots);
  g_autoptr(RsPbResult) r = rs_pb_count (e, RS_PB_RULE_EQUAL_SHARES_ADD1, 0);
  g_autofree char *plain = count_ids (e, RS_PB_RULE_EQUAL_SHARES, 0);
  g_autofree char *got = funded_ids (e, r->funded);

  g_assert_cmpstr (plain, ==, "C");
  g_assert_cmpstr (got, ==, "C A");
  g_assert_cmpuint (r->completion_steps, ==, 5);
  g_assert_cmpfloat_with_epsilon (r->share, 30.0, 1e-9);
  g_assert_cmpint (r->spent, ==, 90);
}

/* The fill after Add1U: one voter likes only X (cost 90), the other only
 * Y (10); budget 100. Share 50: Y is funded; X needs a share of 90, where
 * X+Y = 100 fits: funded by raising. With a budget of 95 the raise would
 * overspend, so X is left and nothing else fits; the fill funds nothing. */
static void
test_add1u_fill (void)
{
  const char * const ids[] = { "X", "Y", "Z", NULL };
  const gint64 costs[] = { 90, 10, 5 };
  const char * const ballots[] = { "X", "Y", NULL };
  g_autoptr(RsPbElection) e = election_from (100, ids, costs, ballots);
  g_autofree char *a = count_ids (e, RS_PB_RULE_EQUAL_SHARES_ADD1, 0);
  g_autoptr(RsPbResult) r = NULL;
  g_autofree char *b = NULL;
  g_autofree char *why_z = NULL;

  g_assert_cmpstr (a, ==, "Y X");
  rs_pb_election_set_budget (e, 95);
  r = rs_pb_count (e, RS_PB_RULE_EQUAL_SHARES_ADD1, 0);
  b = funded_ids (e, r->funded);
  g_assert_cmpstr (b, ==, "Y");
  /* Z fits in what is left but nobody voted for it: never filled. */
  g_assert_false (rs_pb_result_is_funded (r, 2));
  why_z = rs_pb_result_explain (r, e, 2);
  g_assert_cmpstr (why_z, ==, "Not funded: nobody voted for it.");

  /* A fill that does happen: two voters, one for X (60), one for Y (60),
   * budget 100. Neither is affordable at a share of 50; at 60 both are,
   * and 120 would overspend, so the raising stops at 59 with nothing
   * funded, and the fill takes one of them (equal votes and cost: the lot). */
  {
    const char * const ids2[] = { "X", "Y", NULL };
    const gint64 costs2[] = { 60, 60 };
    const char * const ballots2[] = { "X", "Y", NULL };
    g_autoptr(RsPbElection) e2 = election_from (100, ids2, costs2, ballots2);
    g_autoptr(RsPbResult) r2 = rs_pb_count (e2, RS_PB_RULE_EQUAL_SHARES_ADD1, 0);
    guint won;
    g_autofree char *why = NULL;

    g_assert_cmpuint (r2->funded->len, ==, 1);
    g_assert_cmpuint (r2->completion_steps, ==, 9);
    won = g_array_index (r2->funded, guint, 0);
    g_assert_cmpint (r2->outcomes[won].status, ==, RS_PB_STATUS_FUNDED_COMPLETION);
    why = rs_pb_result_explain (r2, e2, won);
    g_assert_true (g_str_has_prefix (why, "Funded from the money left after Equal Shares"));
  }
}

/* Ties by lot: two projects of the same cost, approved by the same two
 * voters, budget for one of them. The one with the lower SHA-256 of
 * "<seed>:<id>" wins, and the tie is recorded. */
static void
test_tie_by_lot (void)
{
  const char * const ids[] = { "X", "Y", NULL };
  const gint64 costs[] = { 50, 50 };
  const char * const ballots[] = { "X,Y", "X,Y", NULL };
  g_autoptr(RsPbElection) e = election_from (50, ids, costs, ballots);
  gboolean won[2] = { FALSE, FALSE };

  for (guint64 seed = 0; seed < 16; seed++)
    for (RsPbRule rule = RS_PB_RULE_GREEDY; rule <= RS_PB_RULE_EQUAL_SHARES_ADD1; rule++)
      {
        g_autoptr(RsPbResult) r = rs_pb_count (e, rule, seed);
        g_autoptr(RsPbResult) again = rs_pb_count (e, rule, seed);
        guint expect = strcmp (r->lot_keys[0], r->lot_keys[1]) < 0 ? 0 : 1;
        g_autofree char *key = g_strdup_printf ("%" G_GUINT64_FORMAT ":X", seed);
        g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

        g_assert_cmpstr (r->lot_keys[0], ==, sha);
        g_assert_cmpuint (r->funded->len, ==, 1);
        g_assert_cmpuint (g_array_index (r->funded, guint, 0), ==, expect);
        g_assert_cmpuint (g_array_index (again->funded, guint, 0), ==, expect);
        g_assert_cmpuint (r->tie_order[0], ==, expect);
        g_assert_cmpuint (r->lot_ties->len, ==, 1);
        g_assert_cmpstr (g_ptr_array_index (r->lot_ties, 0), ==, "X,Y");
        won[expect] = TRUE;
      }
  g_assert_true (won[0] && won[1]);
}

/* Equal effective vote counts: the lower cost wins before any lot
 * (equalshares.net, "Tie breaking", Example 1). P costs 40 and Q 50, both
 * approved by the same two voters: both have 2 effective votes. */
static void
test_tie_by_cost (void)
{
  const char * const ids[] = { "Q", "P", NULL };
  const gint64 costs[] = { 50, 40 };
  const char * const ballots[] = { "P,Q", "P,Q", NULL };
  g_autoptr(RsPbElection) e = election_from (50, ids, costs, ballots);

  for (guint64 seed = 0; seed < 8; seed++)
    {
      g_autoptr(RsPbResult) r = rs_pb_count (e, RS_PB_RULE_EQUAL_SHARES, seed);
      g_autofree char *ids_got = funded_ids (e, r->funded);
      g_autofree char *greedy = count_ids (e, RS_PB_RULE_GREEDY, seed);

      g_assert_cmpstr (ids_got, ==, "P");
      g_assert_cmpstr (greedy, ==, "P");
      g_assert_cmpuint (r->lot_ties->len, ==, 0);
    }
}

/* ---- The independent count: exact rationals ---- */

typedef struct { __int128 n, d; } Q;

static __int128
gcd128 (__int128 a, __int128 b)
{
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b) { __int128 t = a % b; a = b; b = t; }
  return a ? a : 1;
}

static Q
q_make (__int128 n, __int128 d)
{
  __int128 g = gcd128 (n, d);
  Q q = { n / g, d / g };
  if (q.d < 0) { q.n = -q.n; q.d = -q.d; }
  return q;
}

static Q q_add (Q a, Q b) { return q_make (a.n * b.d + b.n * a.d, a.d * b.d); }
static Q q_sub (Q a, Q b) { return q_make (a.n * b.d - b.n * a.d, a.d * b.d); }
static Q q_div_int (Q a, gint64 k) { return q_make (a.n, a.d * k); }
static int q_cmp (Q a, Q b) { __int128 l = a.n * b.d, r = b.n * a.d; return l < r ? -1 : l > r; }
static Q q_int (gint64 v) { Q q = { v, 1 }; return q; }

typedef struct
{
  guint   np, nv;
  gint64  budget;
  gint64 *cost;
  guint  *votes;
  GPtrArray *supporters;  /* per project: GArray of guint voters */
  char  **lot;
} Ref;

static void
ref_init (Ref *r, const RsPbElection *e, guint64 seed)
{
  r->np = rs_pb_election_get_n_projects (e);
  r->nv = rs_pb_election_get_n_ballots (e);
  r->budget = rs_pb_election_get_budget (e);
  r->cost = g_new0 (gint64, r->np);
  r->votes = g_new0 (guint, r->np);
  r->lot = g_new0 (char *, r->np + 1);
  r->supporters = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint p = 0; p < r->np; p++)
    {
      g_autofree char *k = g_strdup_printf ("%" G_GUINT64_FORMAT ":%s", seed,
                                            rs_pb_election_get_project (e, p)->id);
      r->cost[p] = rs_pb_election_get_project (e, p)->cost;
      r->lot[p] = g_compute_checksum_for_string (G_CHECKSUM_SHA256, k, -1);
      g_ptr_array_add (r->supporters, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  for (guint v = 0; v < r->nv; v++)
    {
      guint n;
      const guint32 *items = rs_pb_election_get_ballot (e, v, &n);
      for (guint j = 0; j < n; j++)
        {
          g_array_append_val (g_ptr_array_index (r->supporters, items[j]), v);
          r->votes[items[j]]++;
        }
    }
}

static void
ref_clear (Ref *r)
{
  g_free (r->cost);
  g_free (r->votes);
  g_strfreev (r->lot);
  g_ptr_array_unref (r->supporters);
}

/* Does a come before b in the tie order (lower cost, more votes, lot)? */
static gboolean
ref_tie_first (Ref *r, guint a, guint b)
{
  if (r->cost[a] != r->cost[b])
    return r->cost[a] < r->cost[b];
  if (r->votes[a] != r->votes[b])
    return r->votes[a] > r->votes[b];
  return strcmp (r->lot[a], r->lot[b]) < 0;
}

/* ρ by trying each threshold t ∈ {0} ∪ {money}: those with money ≤ t pay
 * all, the others split the rest equally; the valid split is the one whose
 * equal part lies between t and the smallest money above t. */
static gboolean
ref_rho (Ref *r, Q *money, guint c, Q *rho_out)
{
  GArray *s = g_ptr_array_index (r->supporters, c);
  Q total = q_int (0);

  for (guint i = 0; i < s->len; i++)
    total = q_add (total, money[g_array_index (s, guint, i)]);
  if (q_cmp (total, q_int (r->cost[c])) < 0)
    return FALSE;
  for (guint ti = 0; ti <= s->len; ti++)
    {
      Q t = ti == 0 ? q_int (0) : money[g_array_index (s, guint, ti - 1)];
      Q paid = q_int (0);
      guint rest = 0;
      gboolean have_min = FALSE;
      Q min_above = q_int (0);

      for (guint i = 0; i < s->len; i++)
        {
          Q m = money[g_array_index (s, guint, i)];
          if (q_cmp (m, t) <= 0)
            paid = q_add (paid, m);
          else
            {
              rest++;
              if (!have_min || q_cmp (m, min_above) < 0)
                min_above = m, have_min = TRUE;
            }
        }
      if (rest == 0)
        continue;
      {
        Q rho = q_div_int (q_sub (q_int (r->cost[c]), paid), rest);
        if (q_cmp (rho, t) >= 0 && q_cmp (rho, min_above) <= 0)
          {
            *rho_out = rho;
            return TRUE;
          }
      }
    }
  /* Everyone pays everything: the total is exactly the cost. */
  {
    Q top = q_int (0);
    for (guint i = 0; i < s->len; i++)
      if (q_cmp (money[g_array_index (s, guint, i)], top) > 0)
        top = money[g_array_index (s, guint, i)];
    *rho_out = top;
  }
  return TRUE;
}

/* MES with the share (budget + k·n)/n; returns the funded projects in order. */
static GArray *
ref_mes (Ref *r, gint64 k, gint64 *total_out)
{
  GArray *funded = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree Q *money = g_new (Q, r->nv + 1);
  g_autofree gboolean *done = g_new0 (gboolean, r->np + 1);
  gint64 total = 0;

  for (guint v = 0; v < r->nv; v++)
    money[v] = q_make ((__int128) r->budget + (__int128) k * r->nv, r->nv);
  for (;;)
    {
      int best = -1;
      Q best_eff = q_int (0), best_rho = q_int (0);

      for (guint c = 0; c < r->np; c++)
        {
          Q rho, eff;
          if (done[c] || r->votes[c] == 0 || !ref_rho (r, money, c, &rho))
            continue;
          eff = q_make (rho.d * r->cost[c], rho.n);    /* cost / ρ */
          if (best < 0 || q_cmp (eff, best_eff) > 0 ||
              (q_cmp (eff, best_eff) == 0 && ref_tie_first (r, c, (guint) best)))
            best = (int) c, best_eff = eff, best_rho = rho;
        }
      if (best < 0)
        break;
      done[best] = TRUE;
      total += r->cost[best];
      g_array_append_val (funded, best);
      {
        GArray *s = g_ptr_array_index (r->supporters, best);
        for (guint i = 0; i < s->len; i++)
          {
            guint v = g_array_index (s, guint, i);
            money[v] = q_sub (money[v], q_cmp (money[v], best_rho) < 0 ? money[v] : best_rho);
          }
      }
    }
  *total_out = total;
  return funded;
}

static gboolean
ref_contains (GArray *a, guint p)
{
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, guint, i) == p)
      return TRUE;
  return FALSE;
}

static GArray *
ref_add1u (Ref *r)
{
  gint64 total, next_total;
  GArray *cur = ref_mes (r, 0, &total);

  for (gint64 k = 1;; k++)
    {
      gboolean exhaustive = TRUE, all_voted = TRUE;
      GArray *next;

      for (guint c = 0; c < r->np; c++)
        {
          if (!ref_contains (cur, c) && total + r->cost[c] <= r->budget)
            exhaustive = FALSE;
          if (r->votes[c] > 0 && !ref_contains (cur, c))
            all_voted = FALSE;
        }
      if (all_voted)
        break;
      if (exhaustive)
        break;
      next = ref_mes (r, k, &next_total);
      if (next_total > r->budget)
        {
          g_array_unref (next);
          break;
        }
      g_array_unref (cur);
      cur = next;
      total = next_total;
    }
  /* Fill by votes, then the tie order; never a project without votes. */
  for (;;)
    {
      int pick = -1;
      for (guint c = 0; c < r->np; c++)
        if (r->votes[c] > 0 && !ref_contains (cur, c) && total + r->cost[c] <= r->budget &&
            (pick < 0 || r->votes[c] > r->votes[pick] ||
             (r->votes[c] == r->votes[pick] && ref_tie_first (r, c, (guint) pick))))
          pick = (int) c;
      if (pick < 0)
        break;
      /* The greedy fill goes down the list once: a project passed over
       * because it did not fit is not taken later, but since the budget
       * left only shrinks, a project that did not fit never fits later. */
      g_array_append_val (cur, pick);
      total += r->cost[pick];
    }
  return cur;
}

static GArray *
ref_greedy (Ref *r)
{
  GArray *funded = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gboolean *seen = g_new0 (gboolean, r->np + 1);
  gint64 left = r->budget;

  for (guint step = 0; step < r->np; step++)
    {
      int pick = -1;
      for (guint c = 0; c < r->np; c++)
        if (!seen[c] && (pick < 0 || r->votes[c] > r->votes[pick] ||
                         (r->votes[c] == r->votes[pick] && ref_tie_first (r, c, (guint) pick))))
          pick = (int) c;
      seen[pick] = TRUE;
      if (r->cost[pick] <= left)
        {
          left -= r->cost[pick];
          g_array_append_val (funded, pick);
        }
    }
  return funded;
}

static RsPbElection *
random_election (GRand *rand,
                 guint  max_voters,
                 guint  max_projects)
{
  static const gint64 costs[] = { 10, 20, 30, 40, 60, 75, 120 };
  guint np = g_rand_int_range (rand, 2, max_projects + 1);
  guint nv = g_rand_int_range (rand, 1, max_voters + 1);
  gint64 budget = g_rand_int_range (rand, 40, 300);
  RsPbElection *e = rs_pb_election_new (budget);
  guint idx[32];

  for (guint p = 0; p < np; p++)
    {
      char id[8];
      g_snprintf (id, sizeof id, "p%u", p + 1);
      rs_pb_election_add_project (e, id, NULL, costs[g_rand_int_range (rand, 0, G_N_ELEMENTS (costs))],
                                  NULL);
    }
  for (guint v = 0; v < nv; v++)
    {
      guint n = 0;
      for (guint p = 0; p < np; p++)
        if (g_rand_double (rand) < 0.4)
          idx[n++] = p;
      rs_pb_election_add_ballot (e, idx, n);
    }
  return e;
}

static gboolean
same_order (GArray *a, GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_array_index (a, guint, i) != g_array_index (b, guint, i))
      return FALSE;
  return TRUE;
}

static void
test_corpus_against_reference (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20270101);
  guint with_raises = 0, with_lot = 0;

  for (guint i = 0; i < 600; i++)
    {
      g_autoptr(RsPbElection) e = random_election (rand, 9, 7);
      guint64 seed = g_rand_int (rand);
      Ref ref;

      ref_init (&ref, e, seed);
      for (RsPbRule rule = RS_PB_RULE_GREEDY; rule <= RS_PB_RULE_EQUAL_SHARES_ADD1; rule++)
        {
          g_autoptr(RsPbResult) got = rs_pb_count (e, rule, seed);
          g_autoptr(GArray) want = NULL;
          gint64 total;

          if (rule == RS_PB_RULE_GREEDY)
            want = ref_greedy (&ref);
          else if (rule == RS_PB_RULE_EQUAL_SHARES)
            want = ref_mes (&ref, 0, &total);
          else
            want = ref_add1u (&ref);
          if (!same_order (got->funded, want))
            {
              g_autofree char *a = funded_ids (e, got->funded);
              g_autofree char *b = funded_ids (e, want);
              g_autoptr(RsPbFile) f = rs_pb_file_new_from_election (e, NULL, NULL);
              g_autofree char *text = rs_pb_file_to_string (f);
              g_test_message ("instance %u, rule %s, seed %" G_GUINT64_FORMAT ":\n%s",
                              i, rs_pb_rule_to_string (rule), seed, text);
              g_assert_cmpstr (a, ==, b);
            }
          if (rule == RS_PB_RULE_EQUAL_SHARES_ADD1 && got->completion_steps > 0)
            with_raises++;
          if (got->lot_ties->len > 0)
            with_lot++;
        }
      ref_clear (&ref);
    }
  /* The corpus exercises the completion and the lot. */
  g_assert_cmpuint (with_raises, >, 50);
  g_assert_cmpuint (with_lot, >, 5);
}

static void
test_properties (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);

  for (guint i = 0; i < 150; i++)
    {
      g_autoptr(RsPbElection) e = random_election (rand, 200, 15);
      guint np = rs_pb_election_get_n_projects (e);
      gint64 budget = rs_pb_election_get_budget (e);
      g_autoptr(RsPbResult) greedy = rs_pb_count (e, RS_PB_RULE_GREEDY, i);
      g_autoptr(RsPbResult) mes = rs_pb_count (e, RS_PB_RULE_EQUAL_SHARES, i);
      g_autoptr(RsPbResult) add1 = rs_pb_count (e, RS_PB_RULE_EQUAL_SHARES_ADD1, i);
      gint64 sum = 0;

      /* Budget-feasible, and the spent total is what the funded cost. */
      g_assert_cmpint (greedy->spent, <=, budget);
      g_assert_cmpint (mes->spent, <=, budget);
      g_assert_cmpint (add1->spent, <=, budget);
      for (guint k = 0; k < mes->funded->len; k++)
        sum += rs_pb_election_get_project (e, g_array_index (mes->funded, guint, k))->cost;
      g_assert_cmpint (sum, ==, mes->spent);
      /* Add1U only adds to plain MES's spending. */
      g_assert_cmpint (add1->spent, >=, mes->spent);
      /* Greedy: funded iff it fits after every project ranked above it. */
      for (guint p = 0; p < np; p++)
        {
          gint64 above = 0;
          gint64 cost = rs_pb_election_get_project (e, p)->cost;

          for (guint q = 0; q < np; q++)
            if (greedy->outcomes[q].rank < greedy->outcomes[p].rank &&
                rs_pb_result_is_funded (greedy, q))
              above += rs_pb_election_get_project (e, q)->cost;
          g_assert_cmpint (rs_pb_result_is_funded (greedy, p), ==, cost <= budget - above);
        }
      /* Every explanation is a sentence. */
      for (guint p = 0; p < np; p++)
        {
          g_autofree char *why = rs_pb_result_explain (add1, e, p);
          g_assert_true (g_str_has_suffix (why, "."));
        }
    }
}

/* A project every voter approves and that fits is funded by MES. */
static void
test_unanimous_is_funded (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(RsPbElection) base = random_election (rand, 60, 8);
      guint np = rs_pb_election_get_n_projects (base);
      g_autoptr(RsPbElection) e = rs_pb_election_new (rs_pb_election_get_budget (base));
      g_autoptr(RsPbResult) r = NULL;
      guint all;

      for (guint p = 0; p < np; p++)
        rs_pb_election_add_project (e, rs_pb_election_get_project (base, p)->id, NULL,
                                    rs_pb_election_get_project (base, p)->cost, NULL);
      all = (guint) rs_pb_election_add_project (e, "everyone", NULL,
                                                rs_pb_election_get_budget (base) / 2, NULL);
      for (guint v = 0; v < rs_pb_election_get_n_ballots (base); v++)
        {
          guint n, idx[32];
          const guint32 *items = rs_pb_election_get_ballot (base, v, &n);
          for (guint j = 0; j < n; j++)
            idx[j] = items[j];
          idx[n] = all;
          rs_pb_election_add_ballot (e, idx, n + 1);
        }
      r = rs_pb_count (e, RS_PB_RULE_EQUAL_SHARES, 0);
      g_assert_true (rs_pb_result_is_funded (r, all));
    }
}

/* Envelopes: restricting to a district keeps its projects and its voters. */
static void
test_restrict_to_district (void)
{
  g_autoptr(RsPbElection) e = rs_pb_election_new (1000);
  g_autoptr(RsPbElection) nord = NULL;
  guint b1[] = { 0, 2 }, b2[] = { 1 }, b3[] = { 2 };

  rs_pb_election_add_project (e, "n1", NULL, 100, "Nord");
  rs_pb_election_add_project (e, "s1", NULL, 100, "Syd");
  rs_pb_election_add_project (e, "n2", NULL, 100, "Nord");
  rs_pb_election_add_ballot (e, b1, 2);
  rs_pb_election_add_ballot (e, b2, 1);
  rs_pb_election_add_ballot (e, b3, 1);
  nord = rs_pb_election_restrict (e, "Nord", 150);
  g_assert_cmpuint (rs_pb_election_get_n_projects (nord), ==, 2);
  g_assert_cmpuint (rs_pb_election_get_n_ballots (nord), ==, 2);
  g_assert_cmpint (rs_pb_election_get_budget (nord), ==, 150);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pb/count/textbook-example-1", test_textbook_example_1);
  g_test_add_func ("/pb/count/textbook-example-2", test_textbook_example_2);
  g_test_add_func ("/pb/count/add1u-by-hand", test_add1u_by_hand);
  g_test_add_func ("/pb/count/add1u-fill", test_add1u_fill);
  g_test_add_func ("/pb/count/tie-by-lot", test_tie_by_lot);
  g_test_add_func ("/pb/count/tie-by-cost", test_tie_by_cost);
  g_test_add_func ("/pb/count/corpus-against-reference", test_corpus_against_reference);
  g_test_add_func ("/pb/count/properties", test_properties);
  g_test_add_func ("/pb/count/unanimous-is-funded", test_unanimous_is_funded);
  g_test_add_func ("/pb/count/restrict-to-district", test_restrict_to_district);
  return g_test_run ();
}
