/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-count"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rs-pb-count.h"

/*
 * Counting rules for participatory budgeting with approval ballots.
 *
 * Greedy (utilitarian): projects in order of votes (ties: lower cost, then
 * the lot), each funded when it still fits in what is left.
 *
 * Method of Equal Shares (MES) with cost utilities, as equalshares.net
 * ("How to compute the results", docs/implementation/computation) and
 * pabutools (method_of_equal_shares with Cost_Sat) compute it: each of the n
 * voters starts with an equal share B/n. A project c is affordable when its
 * supporters S(c) have at least cost(c) left. Its maximal payment ρ is the
 * smallest ρ with Σ_{i∈S(c)} min(budget_i, ρ) = cost(c), and its effective
 * vote count is cost(c)/ρ. Each round funds the affordable project with the
 * highest effective vote count (the lowest ρ/cost(c)), every supporter pays
 * min(budget_i, ρ), and counting stops when nothing is affordable.
 *
 * Ties (equal effective vote counts) follow equalshares.net's recommended
 * order (docs/implementation/tie-breaking): the lower cost, then the higher
 * initial vote count, then a lot. The lot here is reproducible: projects are
 * ordered by the SHA-256 of "<seed>:<project id>" (lower hex first), so the
 * whole tie order is fixed before counting and is the same in every run of
 * the completion, as the recommendation asks.
 *
 * Completion Add1U (docs/implementation/completion and the reference
 * JavaScript there): starting from the share B/n, raise every voter's share
 * by one currency unit at a time (a virtual budget B + k·n) and keep the
 * last outcome whose cost is within the real budget B; stop as soon as the
 * outcome is exhaustive (no unfunded project fits in what is left, or every
 * project with votes is funded) or the next raise would exceed B. If money
 * is left, the reference
 * fills it greedily by votes; Rådslag does the same, marks those projects
 * as funded by the completion, and (unlike the reference) never fills with
 * a project nobody voted for.
 *
 * Arithmetic: costs and budgets are whole currency units (gint64). Each
 * voter's money is a double (it changes at most once per funded project, so
 * it carries an error of a few units in the last place, about 1e-15 of the
 * share); sums over supporters, ρ and ρ/cost are long double (64-bit
 * mantissa), so adding up 100,000 voters adds no error of its own.
 * Comparisons of money and of ρ/cost use a relative tolerance of 1e-12,
 * far above those errors and far below any real difference (one øre in a
 * billion). Since costs are integers and every funded project's
 * cost is paid from the voters' shares, the funded total never exceeds the
 * budget (tests check this on every instance).
 *
 * Voters who cast the same ballot are counted once with a weight (their
 * money is the same all through MES).
 *
 * ρ is found without sorting the supporters: a three-way partition around
 * a pivot tells on which side of the pivot ρ lies (expected linear time).
 * As equalshares.net suggests, ρ can only grow from round to round (the
 * effective vote count only falls), so each round looks at projects in the
 * order of their previous ρ/cost and stops as soon as the next lower bound
 * is already worse than the best found.
 */

#define TOL 1e-12L

typedef struct
{
  const RsPbElection *election;
  guint               np;
  guint               nv;
  gint64              budget;
  long double        *cost;
  guint              *votes;
  guint32            *aoff;        /* per project: offsets into avoters (np + 1) */
  guint32            *avoters;
  guint              *tie_rank;    /* project -> place in the tie order */
  guint              *tie_order;
  guint32             max_support;
  guint               n_ballots;    /* voters; nv counts groups of identical ballots */
  guint32            *weight;       /* per group: how many voters cast that ballot */
  char              **lot_keys;
  GHashTable         *lot_ties;    /* "id,id" -> NULL: of the final run and the fill */
} Ctx;

typedef struct
{
  double  money;
  guint32 weight;
} Share;

/* One MES run's state; the completion runs two at a time, one per core. */
typedef struct
{
  Ctx                *ctx;
  double             *money;       /* per voter of each group */
  Share              *scratch;
  long double        *rho;         /* per project: ρ when funded, else -1 */
  long double        *prev_rho;    /* per project: ρ/cost in its last evaluation, a lower bound */
  double             *pay;         /* per approval position: what that voter paid */
  guint              *order;
  gboolean           *remaining;
  GHashTable         *lot_ties;
  /* The run's input and output, for running it in a thread. */
  long double         share;
  GArray             *funded;
  gint64              total;
} Run;

const char *
rs_pb_rule_to_string (RsPbRule rule)
{
  switch (rule)
    {
    case RS_PB_RULE_GREEDY: return "greedy";
    case RS_PB_RULE_EQUAL_SHARES: return "equalshares";
    case RS_PB_RULE_EQUAL_SHARES_ADD1: return "equalshares/add1";
    default: g_return_val_if_reached ("greedy");
    }
}

gboolean
rs_pb_rule_from_string (const char *text,
                        RsPbRule   *out)
{
  for (RsPbRule r = RS_PB_RULE_GREEDY; r <= RS_PB_RULE_EQUAL_SHARES_ADD1; r++)
    if (g_strcmp0 (text, rs_pb_rule_to_string (r)) == 0)
      {
        *out = r;
        return TRUE;
      }
  return FALSE;
}

const char *
rs_pb_rule_get_label (RsPbRule rule)
{
  switch (rule)
    {
    case RS_PB_RULE_GREEDY: return _("Greedy by votes");
    case RS_PB_RULE_EQUAL_SHARES: return _("Method of Equal Shares");
    case RS_PB_RULE_EQUAL_SHARES_ADD1: return _("Method of Equal Shares with completion (Add1U)");
    default: g_return_val_if_reached ("");
    }
}

static int
cmp_tie (gconstpointer a,
         gconstpointer b,
         gpointer      data)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  const Ctx *c = data;

  if (c->cost[x] != c->cost[y])
    return c->cost[x] < c->cost[y] ? -1 : 1;
  if (c->votes[x] != c->votes[y])
    return c->votes[x] > c->votes[y] ? -1 : 1;
  return strcmp (c->lot_keys[x], c->lot_keys[y]);
}

static int
cmp_greedy (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  const Ctx *c = data;

  if (c->votes[x] != c->votes[y])
    return c->votes[x] > c->votes[y] ? -1 : 1;
  return c->tie_rank[x] < c->tie_rank[y] ? -1 : c->tie_rank[x] > c->tie_rank[y];
}

static int
cmp_prev_rho (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  const Run *run = data;

  if (run->prev_rho[x] != run->prev_rho[y])
    return run->prev_rho[x] < run->prev_rho[y] ? -1 : 1;
  return run->ctx->tie_rank[x] < run->ctx->tie_rank[y] ? -1
       : run->ctx->tie_rank[x] > run->ctx->tie_rank[y];
}

static char *
lot_key (guint64     seed,
         const char *id)
{
  g_autofree char *text = g_strdup_printf ("%" G_GUINT64_FORMAT ":%s", seed, id);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
}

static Ctx *
ctx_new (const RsPbElection *election,
         guint64             seed)
{
  Ctx *ctx = g_new0 (Ctx, 1);
  guint np = rs_pb_election_get_n_projects (election);
  guint n_ballots = rs_pb_election_get_n_ballots (election);
  guint32 max_support = 0;
  g_autofree guint32 *fill = NULL;
  g_autofree guint32 *group_votes = g_new0 (guint32, np + 1);
  g_autoptr(GHashTable) groups = g_hash_table_new (g_bytes_hash, g_bytes_equal);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GArray) weights = g_array_new (FALSE, TRUE, sizeof (guint32));

  ctx->election = election;
  ctx->np = np;
  ctx->n_ballots = n_ballots;
  ctx->budget = rs_pb_election_get_budget (election);
  ctx->cost = g_new0 (long double, np + 1);
  ctx->votes = rs_pb_election_count_votes (election);
  ctx->aoff = g_new0 (guint32, np + 1);
  ctx->lot_keys = g_new0 (char *, np + 1);

  /* Voters with the same ballot have the same money all through MES, so
   * they are counted once, with a weight. */
  for (guint v = 0; v < n_ballots; v++)
    {
      guint n;
      const guint32 *items = rs_pb_election_get_ballot (election, v, &n);
      GBytes *key = g_bytes_new_static (items, n * sizeof (guint32));
      gpointer found = g_hash_table_lookup (groups, key);

      if (found != NULL)
        {
          g_array_index (weights, guint32, GPOINTER_TO_UINT (found) - 1)++;
          g_bytes_unref (key);
          continue;
        }
      g_ptr_array_add (keys, key);
      g_array_set_size (weights, weights->len + 1);
      g_array_index (weights, guint32, weights->len - 1) = 1;
      g_hash_table_insert (groups, key, GUINT_TO_POINTER (weights->len));
      for (guint j = 0; j < n; j++)
        group_votes[items[j]]++;
    }
  ctx->nv = weights->len;
  ctx->weight = g_memdup2 (weights->data, sizeof (guint32) * (weights->len + 1));
  for (guint p = 0; p < np; p++)
    {
      const RsPbProject *proj = rs_pb_election_get_project (election, p);

      ctx->cost[p] = (long double) proj->cost;
      ctx->aoff[p + 1] = ctx->aoff[p] + group_votes[p];
      max_support = MAX (max_support, group_votes[p]);
      ctx->lot_keys[p] = lot_key (seed, proj->id);
    }
  /* Transpose the groups' ballots into each project's supporting groups. */
  ctx->avoters = g_new (guint32, ctx->aoff[np] + 1);
  fill = g_memdup2 (ctx->aoff, sizeof (guint32) * (np + 1));
  for (guint g = 0; g < keys->len; g++)
    {
      gsize size;
      const guint32 *items = g_bytes_get_data (g_ptr_array_index (keys, g), &size);

      for (guint j = 0; j < size / sizeof (guint32); j++)
        ctx->avoters[fill[items[j]]++] = g;
    }
  ctx->tie_order = g_new (guint, np + 1);
  ctx->tie_rank = g_new (guint, np + 1);
  for (guint p = 0; p < np; p++)
    ctx->tie_order[p] = p;
  g_qsort_with_data (ctx->tie_order, np, sizeof (guint), cmp_tie, ctx);
  for (guint r = 0; r < np; r++)
    ctx->tie_rank[ctx->tie_order[r]] = r;
  ctx->lot_ties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx->max_support = max_support;
  return ctx;
}

static Run *
run_new (Ctx *ctx)
{
  Run *run = g_new0 (Run, 1);

  run->ctx = ctx;
  run->money = g_new (double, ctx->nv + 1);
  run->scratch = g_new (Share, ctx->max_support + 1);
  run->rho = g_new (long double, ctx->np + 1);
  run->prev_rho = g_new (long double, ctx->np + 1);
  run->pay = g_new0 (double, ctx->aoff[ctx->np] + 1);
  run->order = g_new (guint, ctx->np + 1);
  run->remaining = g_new (gboolean, ctx->np + 1);
  run->lot_ties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->funded = g_array_new (FALSE, FALSE, sizeof (guint));
  return run;
}

static void
run_free (Run *run)
{
  g_free (run->money);
  g_free (run->scratch);
  g_free (run->rho);
  g_free (run->prev_rho);
  g_free (run->pay);
  g_free (run->order);
  g_free (run->remaining);
  g_hash_table_unref (run->lot_ties);
  g_array_unref (run->funded);
  g_free (run);
}

static void
ctx_free (Ctx *ctx)
{
  g_free (ctx->cost);
  g_free (ctx->votes);
  g_free (ctx->weight);
  g_free (ctx->aoff);
  g_free (ctx->avoters);
  g_free (ctx->tie_rank);
  g_free (ctx->tie_order);
  g_strfreev (ctx->lot_keys);
  g_hash_table_unref (ctx->lot_ties);
  g_free (ctx);
}

static gboolean
same_cost_and_votes (const Ctx *ctx,
                     guint      a,
                     guint      b)
{
  return ctx->cost[a] == ctx->cost[b] && ctx->votes[a] == ctx->votes[b];
}

static void
note_lot_tie (Ctx        *ctx,
              GHashTable *ties,
              guint       a,
              guint       b)
{
  const char *ia = rs_pb_election_get_project (ctx->election, MIN (a, b))->id;
  const char *ib = rs_pb_election_get_project (ctx->election, MAX (a, b))->id;

  g_hash_table_add (ties, g_strdup_printf ("%s,%s", ia, ib));
}

/* The smallest ρ with Σ w_i·min(x_i, ρ) = need over x[0..m); the caller
 * made sure that Σ w_i·x_i covers @need (up to the tolerance). */
static long double
find_rho (Share      *x,
          guint       m,
          long double need)
{
  long double fixed = 0;   /* paid in full by those known to be below ρ */
  guint64 capped = 0;      /* voters known to be at or above ρ: they pay ρ */
  guint lo = 0, hi = m;
  double top = 0;

  for (guint i = 0; i < m; i++)
    top = MAX (top, x[i].money);

  while (lo < hi)
    {
      double p = x[lo + (hi - lo) / 2].money;
      long double ls = 0, es = 0;
      guint64 upper = 0;       /* weight of [lt, hi) */
      guint lt = lo, gt = hi, i = lo;

      /* Dutch-flag partition: [lo, lt) < p, [lt, gt) == p, [gt, hi) > p. */
      while (i < gt)
        {
          if (x[i].money < p)
            {
              Share t = x[i];
              ls += (long double) t.money * t.weight;
              x[i] = x[lt];
              x[lt] = t;
              lt++;
              i++;
            }
          else if (x[i].money > p)
            {
              Share t = x[i];
              upper += t.weight;
              gt--;
              x[i] = x[gt];
              x[gt] = t;
            }
          else
            {
              es += (long double) x[i].money * x[i].weight;
              upper += x[i].weight;
              i++;
            }
        }
      if (fixed + ls + (long double) (capped + upper) * (long double) p >= need)
        {
          /* ρ ≤ p: everyone at or above p pays ρ. */
          capped += upper;
          hi = lt;
        }
      else
        {
          /* ρ > p: everyone at or below p pays all they have. */
          fixed += ls + es;
          lo = gt;
        }
    }
  if (capped == 0)
    return top;
  return (need - fixed) / (long double) capped;
}

/* The higher effective vote count cost/ρ wins, i.e. the lower q = ρ/cost;
 * equal ones (within the tolerance) go by the tie order. */
static gboolean
better (Run        *run,
        guint       c,
        long double q_c,
        int         best,
        long double q_best)
{
  if (best < 0)
    return TRUE;
  if (q_c < q_best * (1 - TOL))
    return TRUE;
  if (q_c > q_best * (1 + TOL))
    return FALSE;
  if (same_cost_and_votes (run->ctx, c, (guint) best))
    note_lot_tie (run->ctx, run->lot_ties, c, (guint) best);
  return run->ctx->tie_rank[c] < run->ctx->tie_rank[best];
}

/* One run of MES with run->share per voter. Fills run->funded in order and
 * run->total, leaves each voter's money in run->money, ρ in run->rho and
 * the payments in run->pay. */
static void
mes_run (Run *run)
{
  Ctx *ctx = run->ctx;
  guint n_remaining = 0;

  g_array_set_size (run->funded, 0);
  g_hash_table_remove_all (run->lot_ties);
  run->total = 0;
  for (guint v = 0; v < ctx->nv; v++)
    run->money[v] = (double) run->share;
  for (guint p = 0; p < ctx->np; p++)
    {
      run->rho[p] = -1;
      run->remaining[p] = ctx->cost[p] > 0 && ctx->votes[p] > 0;
      if (run->remaining[p])
        {
          run->prev_rho[p] = 1.0L / ctx->votes[p];
          run->order[n_remaining++] = p;
        }
    }

  while (n_remaining > 0)
    {
      int best = -1;
      long double best_rho = 0;   /* the winner's maximal payment */
      long double best_q = 0;     /* and its ρ/cost, the inverse of its effective vote count */
      guint kept = 0;

      g_qsort_with_data (run->order, n_remaining, sizeof (guint), cmp_prev_rho, run);
      for (guint k = 0; k < n_remaining; k++)
        {
          guint c = run->order[k];
          long double have = 0, rho;
          double least = G_MAXDOUBLE;
          guint64 m = 0;

          if (best >= 0 && run->prev_rho[c] > best_q * (1 + TOL))
            {
              /* Neither this nor any later one can beat the best. */
              memmove (&run->order[kept], &run->order[k], (n_remaining - k) * sizeof (guint));
              kept += n_remaining - k;
              break;
            }
          for (guint32 a = ctx->aoff[c]; a < ctx->aoff[c + 1]; a++)
            {
              guint32 g = ctx->avoters[a];
              double b = run->money[g];

              if (b > 0)
                {
                  m += ctx->weight[g];
                  have += (long double) b * ctx->weight[g];
                  least = MIN (least, b);
                }
            }
          if (have < ctx->cost[c] * (1 - TOL))
            {
              run->remaining[c] = FALSE;  /* can never become affordable again */
              continue;
            }
          rho = ctx->cost[c] / m;
          if (least < rho)
            {
              /* Not everyone can pay an equal part: find ρ. */
              guint k2 = 0;

              for (guint32 a = ctx->aoff[c]; a < ctx->aoff[c + 1]; a++)
                {
                  guint32 g = ctx->avoters[a];

                  if (run->money[g] > 0)
                    {
                      run->scratch[k2].money = run->money[g];
                      run->scratch[k2].weight = ctx->weight[g];
                      k2++;
                    }
                }
              rho = find_rho (run->scratch, k2, ctx->cost[c]);
            }
          run->prev_rho[c] = rho / ctx->cost[c];
          run->order[kept++] = c;
          if (better (run, c, run->prev_rho[c], best, best_q))
            {
              best = (int) c;
              best_q = run->prev_rho[c];
              best_rho = rho;
            }
        }
      n_remaining = kept;
      if (best < 0)
        break;

      {
        guint c = (guint) best;
        guint w = 0;

        for (guint32 a = ctx->aoff[c]; a < ctx->aoff[c + 1]; a++)
          {
            guint32 v = ctx->avoters[a];
            double pay = MIN (run->money[v], (double) best_rho);

            run->money[v] -= pay;
            run->pay[a] = pay;
          }
        run->rho[c] = best_rho;
        run->remaining[c] = FALSE;
        run->total += rs_pb_election_get_project (ctx->election, c)->cost;
        g_array_append_val (run->funded, c);
        for (guint k = 0; k < n_remaining; k++)
          if (run->order[k] != c)
            run->order[w++] = run->order[k];
        n_remaining = w;
      }
    }
}

static gpointer
mes_run_thread (gpointer data)
{
  mes_run (data);
  return NULL;
}

static gboolean
is_exhaustive (Ctx    *ctx,
               GArray *funded,
               gint64  total)
{
  g_autofree gboolean *in = g_new0 (gboolean, ctx->np + 1);
  gboolean all_voted = TRUE;

  for (guint i = 0; i < funded->len; i++)
    in[g_array_index (funded, guint, i)] = TRUE;
  /* Every project with votes funded: raising the shares further cannot
   * change the outcome (the reference would loop for ever on a project
   * nobody voted for that still fits). */
  for (guint p = 0; p < ctx->np; p++)
    if (!in[p] && ctx->votes[p] > 0)
      all_voted = FALSE;
  if (all_voted)
    return TRUE;
  /* As the reference: exhaustive when no unfunded project fits. */
  for (guint p = 0; p < ctx->np; p++)
    if (!in[p] && rs_pb_election_get_project (ctx->election, p)->cost <= ctx->budget - total)
      return FALSE;
  return TRUE;
}

static void
explain_mes (Run        *run,
             RsPbResult *res)
{
  Ctx *ctx = run->ctx;
  g_autofree gboolean *mark = g_new0 (gboolean, ctx->nv + 1);

  for (guint i = 0; i < res->funded->len; i++)
    {
      guint c = g_array_index (res->funded, guint, i);
      RsPbOutcome *o = &res->outcomes[c];

      if (o->status != RS_PB_STATUS_FUNDED)
        continue;
      o->max_payment = (double) run->rho[c];
      for (guint32 a = ctx->aoff[c]; a < ctx->aoff[c + 1]; a++)
        if (run->pay[a] > 0)
          o->payers += ctx->weight[ctx->avoters[a]];
    }
  for (guint c = 0; c < ctx->np; c++)
    {
      RsPbOutcome *o = &res->outcomes[c];
      long double left = 0;

      o->spent_on[0] = o->spent_on[1] = -1;
      if (o->status != RS_PB_STATUS_NOT_FUNDED || ctx->votes[c] == 0)
        continue;
      for (guint32 a = ctx->aoff[c]; a < ctx->aoff[c + 1]; a++)
        {
          mark[ctx->avoters[a]] = TRUE;
          left += (long double) run->money[ctx->avoters[a]] * ctx->weight[ctx->avoters[a]];
        }
      o->supporters_left = (double) left;
      for (guint i = 0; i < res->funded->len; i++)
        {
          guint f = g_array_index (res->funded, guint, i);
          double spent = 0;

          if (run->rho[f] < 0)
            continue;
          for (guint32 a = ctx->aoff[f]; a < ctx->aoff[f + 1]; a++)
            if (mark[ctx->avoters[a]])
              spent += run->pay[a] * ctx->weight[ctx->avoters[a]];
          if (spent <= 0)
            continue;
          if (o->spent_on[0] < 0 || spent > o->spent_on_amount[0])
            {
              o->spent_on[1] = o->spent_on[0];
              o->spent_on_amount[1] = o->spent_on_amount[0];
              o->spent_on[0] = (int) f;
              o->spent_on_amount[0] = spent;
            }
          else if (o->spent_on[1] < 0 || spent > o->spent_on_amount[1])
            {
              o->spent_on[1] = (int) f;
              o->spent_on_amount[1] = spent;
            }
        }
      for (guint32 a = ctx->aoff[c]; a < ctx->aoff[c + 1]; a++)
        mark[ctx->avoters[a]] = FALSE;
    }
}

/* Funds projects in the greedy order (votes, then the tie order) while they
 * fit; @status says how those funded now are marked. */
static void
greedy_fill (Ctx        *ctx,
             RsPbResult *res,
             RsPbStatus  status,
             gboolean    skip_unvoted)
{
  g_autofree guint *order = g_new (guint, ctx->np + 1);

  for (guint p = 0; p < ctx->np; p++)
    order[p] = p;
  g_qsort_with_data (order, ctx->np, sizeof (guint), cmp_greedy, ctx);
  for (guint r = 0; r < ctx->np; r++)
    {
      guint c = order[r];
      RsPbOutcome *o = &res->outcomes[c];
      gint64 cost = rs_pb_election_get_project (ctx->election, c)->cost;

      if (status == RS_PB_STATUS_FUNDED)
        o->rank = r + 1;
      if (o->status != RS_PB_STATUS_NOT_FUNDED || (skip_unvoted && ctx->votes[c] == 0))
        continue;
      o->left = res->budget - res->spent;
      if (cost <= res->budget - res->spent)
        {
          o->status = status;
          res->spent += cost;
          g_array_append_val (res->funded, c);
          o->position = res->funded->len;
        }
      else if (r > 0 && same_cost_and_votes (ctx, c, order[r - 1]) &&
               res->outcomes[order[r - 1]].status != RS_PB_STATUS_NOT_FUNDED)
        {
          /* An equal project was funded before this one only by lot. */
          note_lot_tie (ctx, ctx->lot_ties, c, order[r - 1]);
        }
    }
}

static RsPbResult *
result_new (Ctx     *ctx,
            RsPbRule rule,
            guint64  seed)
{
  RsPbResult *res = g_new0 (RsPbResult, 1);

  res->rule = rule;
  res->seed = seed;
  res->budget = ctx->budget;
  res->n_voters = ctx->n_ballots;
  res->n_projects = ctx->np;
  res->funded = g_array_new (FALSE, FALSE, sizeof (guint));
  res->outcomes = g_new0 (RsPbOutcome, ctx->np + 1);
  for (guint p = 0; p < ctx->np; p++)
    {
      res->outcomes[p].votes = ctx->votes[p];
      res->outcomes[p].spent_on[0] = res->outcomes[p].spent_on[1] = -1;
    }
  res->tie_order = g_memdup2 (ctx->tie_order, sizeof (guint) * (ctx->np + 1));
  res->lot_keys = g_strdupv (ctx->lot_keys);
  res->lot_ties = g_ptr_array_new_with_free_func (g_free);
  return res;
}

static void
result_take_lot_ties (Ctx        *ctx,
                      RsPbResult *res)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, ctx->lot_ties);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (res->lot_ties, g_strdup (key));
  g_ptr_array_sort (res->lot_ties, (GCompareFunc) g_ascii_strcasecmp);
}

static int
cmp_str_ptr (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

RsPbResult *
rs_pb_count (const RsPbElection *election,
             RsPbRule            rule,
             guint64             seed)
{
  Ctx *ctx;
  RsPbResult *res;

  g_return_val_if_fail (election != NULL, NULL);

  ctx = ctx_new (election, seed);
  res = result_new (ctx, rule, seed);

  if (rule == RS_PB_RULE_GREEDY)
    {
      greedy_fill (ctx, res, RS_PB_STATUS_FUNDED, FALSE);
    }
  else if (ctx->n_ballots > 0)
    {
      guint k = 0;
      long double base = (long double) ctx->budget / ctx->n_ballots;
      Run *run = run_new (ctx);

      run->share = base;
      mes_run (run);
      if (rule == RS_PB_RULE_EQUAL_SHARES_ADD1 && !is_exhaustive (ctx, run->funded, run->total))
        {
          /* Raise the share by one unit at a time. Two runs go at once (k+1
           * here, k+2 in a second thread); the second is only used when the
           * first is kept and not yet exhaustive, so the outcome is exactly
           * that of raising one at a time. */
          Run *ahead = run_new (ctx);
          Run *next = run_new (ctx);

          for (;;)
            {
              GThread *thread;
              Run *tmp;

              next->share = base + (k + 1);
              ahead->share = base + (k + 2);
              thread = g_thread_new ("rs-pb-add1u", mes_run_thread, ahead);
              mes_run (next);
              g_thread_join (thread);
              if (next->total > ctx->budget)
                break;
              k++;
              tmp = run, run = next, next = tmp;
              if (is_exhaustive (ctx, run->funded, run->total) || ahead->total > ctx->budget)
                break;
              k++;
              tmp = run, run = ahead, ahead = tmp;
              if (is_exhaustive (ctx, run->funded, run->total))
                break;
            }
          run_free (ahead);
          run_free (next);
        }
      res->share = (double) (base + k);
      res->completion_steps = k;
      for (guint i = 0; i < run->funded->len; i++)
        {
          guint c = g_array_index (run->funded, guint, i);

          res->outcomes[c].status = RS_PB_STATUS_FUNDED;
          g_array_append_val (res->funded, c);
          res->outcomes[c].position = i + 1;
        }
      res->spent = run->total;
      explain_mes (run, res);
      {
        GHashTableIter iter;
        gpointer key;

        g_hash_table_iter_init (&iter, run->lot_ties);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          g_hash_table_add (ctx->lot_ties, g_strdup (key));
      }
      run_free (run);
      if (rule == RS_PB_RULE_EQUAL_SHARES_ADD1)
        greedy_fill (ctx, res, RS_PB_STATUS_FUNDED_COMPLETION, TRUE);
    }
  result_take_lot_ties (ctx, res);
  g_ptr_array_sort (res->lot_ties, cmp_str_ptr);
  ctx_free (ctx);
  return res;
}

GArray *
rs_pb_equal_shares_with_share (const RsPbElection *election,
                               double              share,
                               guint64             seed)
{
  Ctx *ctx = ctx_new (election, seed);
  Run *run = run_new (ctx);
  GArray *funded;

  run->share = share;
  mes_run (run);
  funded = g_array_ref (run->funded);
  run_free (run);
  ctx_free (ctx);
  return funded;
}

void
rs_pb_result_free (RsPbResult *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->funded);
  g_free (self->outcomes);
  g_free (self->tie_order);
  g_strfreev (self->lot_keys);
  g_ptr_array_unref (self->lot_ties);
  g_free (self);
}

gboolean
rs_pb_result_is_funded (const RsPbResult *self,
                        guint             project)
{
  g_return_val_if_fail (project < self->n_projects, FALSE);
  return self->outcomes[project].status != RS_PB_STATUS_NOT_FUNDED;
}

static char *
money (double amount)
{
  /* Whole currency units with a thin space between thousands. */
  g_autofree char *digits = g_strdup_printf ("%.0f", amount < 0 ? 0 : amount);
  GString *s = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (s, "\u202f");
      g_string_append_c (s, digits[i]);
    }
  return g_string_free (s, FALSE);
}

char *
rs_pb_format_amount (gint64 amount)
{
  return money ((double) amount);
}

static const char *
project_label (const RsPbElection *election,
               int                 p)
{
  const RsPbProject *proj = rs_pb_election_get_project (election, (guint) p);

  return proj->name && *proj->name ? proj->name : proj->id;
}

char *
rs_pb_result_explain (const RsPbResult   *self,
                      const RsPbElection *election,
                      guint               project)
{
  const RsPbOutcome *o;
  const RsPbProject *proj;
  g_autofree char *cost = NULL;

  g_return_val_if_fail (project < self->n_projects, NULL);
  o = &self->outcomes[project];
  proj = rs_pb_election_get_project (election, project);
  cost = money ((double) proj->cost);

  if (o->status == RS_PB_STATUS_FUNDED_COMPLETION)
    {
      g_autofree char *left = money ((double) o->left);
      return g_strdup_printf (_("Funded from the money left after Equal Shares, by votes (%u): "
                                "it cost %s and %s was left."), o->votes, cost, left);
    }
  if (self->rule == RS_PB_RULE_GREEDY)
    {
      g_autofree char *left = money ((double) o->left);

      if (o->status == RS_PB_STATUS_FUNDED)
        return g_strdup_printf (ngettext ("Funded: number %u by votes (%u vote); its cost of %s "
                                          "fitted in the %s left.",
                                          "Funded: number %u by votes (%u votes); its cost of %s "
                                          "fitted in the %s left.", o->votes),
                                o->rank, o->votes, cost, left);
      return g_strdup_printf (ngettext ("Not funded: number %u by votes (%u vote); it costs %s but "
                                        "only %s was left after the projects with more votes.",
                                        "Not funded: number %u by votes (%u votes); it costs %s but "
                                        "only %s was left after the projects with more votes.",
                                        o->votes),
                              o->rank, o->votes, cost, left);
    }
  if (o->status == RS_PB_STATUS_FUNDED)
    {
      g_autofree char *rho = money (ceil (o->max_payment));
      return g_strdup_printf (ngettext ("Funded in round %u: supported by %u voter whose shares "
                                        "covered its cost of %s (each paid at most %s).",
                                        "Funded in round %u: supported by %u voters whose shares "
                                        "covered its cost of %s (each paid at most %s).",
                                        o->votes),
                              o->position, o->votes, cost, rho);
    }
  if (o->votes == 0)
    return g_strdup (_("Not funded: nobody voted for it."));
  if (proj->cost > self->budget)
    return g_strdup_printf (_("Not funded: its cost of %s is more than the whole budget."), cost);
  {
    g_autofree char *left = money (floor (o->supporters_left));

    if (o->spent_on[0] >= 0 && o->spent_on[1] >= 0)
      return g_strdup_printf (ngettext ("Not funded: its %u supporter had spent their share on "
                                        "“%s” and “%s”; the %s they had left does not cover its "
                                        "cost of %s.",
                                        "Not funded: its %u supporters had spent their share on "
                                        "“%s” and “%s”; the %s they had left does not cover its "
                                        "cost of %s.", o->votes),
                              o->votes, project_label (election, o->spent_on[0]),
                              project_label (election, o->spent_on[1]), left, cost);
    if (o->spent_on[0] >= 0)
      return g_strdup_printf (ngettext ("Not funded: its %u supporter had spent their share on "
                                        "“%s”; the %s they had left does not cover its cost of %s.",
                                        "Not funded: its %u supporters had spent their share on "
                                        "“%s”; the %s they had left does not cover its cost of %s.",
                                        o->votes),
                              o->votes, project_label (election, o->spent_on[0]), left, cost);
    return g_strdup_printf (ngettext ("Not funded: its %u supporter had only %s together, less "
                                      "than its cost of %s.",
                                      "Not funded: its %u supporters had only %s together, less "
                                      "than its cost of %s.", o->votes),
                            o->votes, left, cost);
  }
}
