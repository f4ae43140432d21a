/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-leximin"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "rs-selection-model.h"

/*
 * LEXIMIN (Flanigan et al. 2021) by column generation over types.
 * Per level, the dual over type weights w_t (per-person weight w_t / c_t):
 *   min ŷ − Σ_fixed f_t w_t   s.t.  Σ_unfixed w_t = 1,
 *   Σ_t (m_t(P) / c_t) w_t ≤ ŷ for every known panel P,   w ≥ 0.
 * Pricing: max_P Σ_t w_t m_t(P) / c_t over all feasible panels (CBC).
 */

#include "rs-leximin-private.h"

#define GAP_EPS     0.0005
#define PRICE_GAP   0.00005  /* pricing tolerance: a tenth of GAP_EPS */

/* The restricted primal of a level, solved with panels as columns (so the
 * simplex warm-starts when a panel is added):
 *   max z  s.t.  Σ_P x_P = 1,  Σ_P a_tP x_P − z ≥ 0 (unfixed t),
 *                Σ_P a_tP x_P ≥ f_t (fixed t),  x ≥ 0,  z free,
 * with a_tP = m_t(P) / c_t. Its row duals are the type weights w. */
static void
add_primal_column (Ctx        *ctx,
                   RsSolverLp *lp,
                   const int  *counts)
{
  int T = ctx->types->n_types;
  g_autofree int *rows = g_new (int, T + 1);
  g_autofree double *coefs = g_new (double, T + 1);
  int nz = 0;

  rows[nz] = 0;
  coefs[nz++] = 1.0;
  for (int t = 0; t < T; t++)
    if (counts[t])
      {
        rows[nz] = t + 1;
        coefs[nz++] = counts[t] / (double) ctx->types->count[t];
      }
  rs_solver_lp_add_column (lp, 0.0, G_MAXDOUBLE, 0.0, nz, rows, coefs);
}

static RsSolverLp *
build_primal (Ctx            *ctx,
              const gboolean *fixed,
              const double   *fixed_value)
{
  int T = ctx->types->n_types;
  RsSolverLp *lp = rs_solver_lp_new (TRUE);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) coefs = g_array_new (FALSE, FALSE, sizeof (double));

  rs_solver_lp_add_row (lp, 0, NULL, NULL, 1.0, 1.0);
  for (int t = 0; t < T; t++)
    rs_solver_lp_add_row (lp, 0, NULL, NULL, fixed[t] ? fixed_value[t] : 0.0, G_MAXDOUBLE);
  for (int t = 0; t < T; t++)
    if (!fixed[t])
      {
        int r = t + 1;
        double c = -1.0;
        g_array_append_val (rows, r);
        g_array_append_val (coefs, c);
      }
  rs_solver_lp_add_column (lp, -G_MAXDOUBLE, G_MAXDOUBLE, 1.0, rows->len, (int *) rows->data, (double *) coefs->data);
  for (guint p = 0; p < ctx->panels->len; p++)
    add_primal_column (ctx, lp, g_ptr_array_index (ctx->panels, p));
  return lp;
}

/* Type weights from the row duals, signed so that Σ_unfixed w = 1. */
static void
read_weights (Ctx            *ctx,
              RsSolverLp     *lp,
              const gboolean *fixed,
              double         *w)
{
  const double *duals = rs_solver_lp_duals (lp);
  int T = ctx->types->n_types;
  double sum = 0.0;

  for (int t = 0; t < T; t++)
    if (!fixed[t])
      sum += duals[t + 1];
  for (int t = 0; t < T; t++)
    w[t] = MAX (0.0, sum < 0 ? -duals[t + 1] : duals[t + 1]);
}

static RsSolverStatus
solve_lp (Ctx        *ctx,
          RsSolverLp *lp)
{
  gint64 start = g_get_monotonic_time ();
  RsSolverStatus status = rs_solver_lp_solve (lp);

  ctx->stats->n_lp++;
  ctx->stats->seconds_lp += (g_get_monotonic_time () - start) / 1e6;
  return status;
}

/* An LP solve on a second thread, so that the pricing ILPs of the same
 * round run meanwhile on the first: both cores work. Which columns the LP
 * holds, and in which order, never depends on the threads' timing. */
typedef struct
{
  RsSolverLp     *lp;
  RsSolverStatus  status;
  gint64          microseconds;
  GThread        *thread;
} AsyncLp;

static gpointer
async_lp_run (gpointer data)
{
  AsyncLp *async = data;
  gint64 start = g_get_monotonic_time ();

  async->status = rs_solver_lp_solve (async->lp);
  async->microseconds = g_get_monotonic_time () - start;
  return NULL;
}

static void
async_lp_start (AsyncLp    *async,
                RsSolverLp *lp)
{
  g_assert (async->thread == NULL);
  async->lp = lp;
  async->thread = g_thread_new ("rs-leximin-lp", async_lp_run, async);
}

/* Waits for the solve started by async_lp_start (); FALSE if none runs. */
static gboolean
async_lp_join (Ctx            *ctx,
               AsyncLp        *async,
               RsSolverStatus *status)
{
  if (async->thread == NULL)
    return FALSE;
  g_thread_join (g_steal_pointer (&async->thread));
  ctx->stats->n_lp++;
  ctx->stats->seconds_lp += async->microseconds / 1e6;
  *status = async->status;
  return TRUE;
}

/* The final primal, in two steps on one LP: first min ε s.t. π_t + ε ≥ f_t,
 * Σ x_P = 1, x ≥ 0; then, with ε held there, min δ s.t. π_t − δ ≤ f_t: of
 * the distributions that give everyone their level, the one that hands
 * no type more than it must. (Without the second step the levels'
 * tolerance leaves the LP free to give some types more than their level,
 * and which ones depends on the solver's path: runs differed by 0.001.) */
static gboolean
final_primal (Ctx               *ctx,
              const double      *fixed_value,
              RsSelectionResult *result,
              GError           **error)
{
  int T = ctx->types->n_types;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) coefs = g_array_new (FALSE, FALSE, sizeof (double));
  RsSolverLp *lp = rs_solver_lp_new (FALSE);
  const double *x;
  double total = 0.0;
  int n = ctx->types->n_people;

  rs_solver_lp_add_row (lp, 0, NULL, NULL, 1.0, 1.0);
  for (int t = 0; t < T; t++)
    rs_solver_lp_add_row (lp, 0, NULL, NULL, fixed_value[t], G_MAXDOUBLE);
  for (int t = 0; t < T; t++)
    rs_solver_lp_add_row (lp, 0, NULL, NULL, -G_MAXDOUBLE, fixed_value[t]);
  for (guint p = 0; p < ctx->panels->len; p++)
    {
      const int *counts = g_ptr_array_index (ctx->panels, p);
      int one = 0;
      double c1 = 1.0;

      g_array_set_size (rows, 0);
      g_array_set_size (coefs, 0);
      g_array_append_val (rows, one);
      g_array_append_val (coefs, c1);
      for (int t = 0; t < T; t++)
        if (counts[t])
          {
            int r = t + 1, r2 = T + 1 + t;
            double c = counts[t] / (double) ctx->types->count[t];
            g_array_append_val (rows, r);
            g_array_append_val (coefs, c);
            g_array_append_val (rows, r2);
            g_array_append_val (coefs, c);
          }
      rs_solver_lp_add_column (lp, 0.0, G_MAXDOUBLE, 0.0, rows->len, (int *) rows->data, (double *) coefs->data);
    }
  g_array_set_size (rows, 0);
  g_array_set_size (coefs, 0);
  for (int t = 0; t < T; t++)
    {
      int r = t + 1;
      double c = 1.0;
      g_array_append_val (rows, r);
      g_array_append_val (coefs, c);
    }
  rs_solver_lp_add_column (lp, 0.0, G_MAXDOUBLE, 1.0, T, (int *) rows->data, (double *) coefs->data);
  for (int t = 0; t < T; t++)
    {
      g_array_index (rows, int, t) = T + 1 + t;
      g_array_index (coefs, double, t) = -1.0;
    }
  rs_solver_lp_add_column (lp, 0.0, G_MAXDOUBLE, 0.0, T, (int *) rows->data, (double *) coefs->data);
  if (solve_lp (ctx, lp) != RS_SOLVER_OPTIMAL)
    goto failed;
  x = rs_solver_lp_primal (lp);
  result->stats.final_epsilon = x[ctx->panels->len];
  rs_solver_lp_set_column_bounds (lp, ctx->panels->len, 0.0, MAX (x[ctx->panels->len], 0.0) + 1e-9);
  rs_solver_lp_set_objective (lp, ctx->panels->len, 0.0);
  rs_solver_lp_set_objective (lp, ctx->panels->len + 1, 1.0);
  if (solve_lp (ctx, lp) != RS_SOLVER_OPTIMAL)
    goto failed;
  x = rs_solver_lp_primal (lp);
  g_debug ("final distribution: below the levels by %.2g, above by at most %.2g",
           x[ctx->panels->len], x[ctx->panels->len + 1]);
  for (guint p = 0; p < ctx->panels->len; p++)
    if (x[p] > 1e-9)
      total += x[p];
  for (guint p = 0; p < ctx->panels->len; p++)
    {
      RsSelectionPanel *panel;

      if (x[p] <= 1e-9)
        continue;
      panel = g_new0 (RsSelectionPanel, 1);
      panel->probability = x[p] / total;
      panel->counts = g_memdup2 (g_ptr_array_index (ctx->panels, p), sizeof (int) * MAX (T, 1));
      g_ptr_array_add (result->panels, panel);
    }
  rs_solver_lp_free (lp);
  for (int i = 0; i < n; i++)
    result->marginals[i] = 0.0;
  for (guint p = 0; p < result->panels->len; p++)
    {
      RsSelectionPanel *panel = g_ptr_array_index (result->panels, p);
      for (int t = 0; t < T; t++)
        for (int j = ctx->types->start[t]; panel->counts[t] && j < ctx->types->start[t + 1]; j++)
          result->marginals[ctx->types->member[j]] += panel->probability * panel->counts[t] / (double) ctx->types->count[t];
    }
  return TRUE;

failed:
  rs_solver_lp_free (lp);
  g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_SOLVER,
               _("The linear programming solver failed on the final distribution."));
  return FALSE;
}

/* Tuning knobs for benchmarks (RS_LEXIMIN_FAST="-pool,-drop,-share"). */
static gboolean
fast_feature (const char *name)
{
  const char *env = g_getenv ("RS_LEXIMIN_FAST");
  g_autofree char *minus = NULL;

  if (env == NULL)
    return TRUE;
  minus = g_strconcat ("-", name, NULL);
  return strstr (env, minus) == NULL;
}

/* Parts that stay off unless RS_LEXIMIN_FAST names them ("+thread"). */
static gboolean
fast_feature_opt_in (const char *name)
{
  const char *env = g_getenv ("RS_LEXIMIN_FAST");
  g_autofree char *plus = g_strconcat ("+", name, NULL);

  return env != NULL && strstr (env, plus) != NULL;
}

#define POOL_EXTRA   8     /* further improving panels taken from one pricing ILP */

/* Benchmark knob: RS_LEXIMIN_TUNE="neighbours=8,drop=20,diverse=2". */
int
rs_leximin_tune (const char *name,
                 int         fallback)
{
  const char *env = g_getenv ("RS_LEXIMIN_TUNE");
  g_autofree char *key = g_strconcat (name, "=", NULL);
  const char *at = env ? strstr (env, key) : NULL;

  return at ? atoi (at + strlen (key)) : fallback;
}

#define DROP_AFTER   rs_leximin_tune ("drop", 60)  /* solves a column may stay non-basic before it leaves the LP */

/* Adds panel @p to the LP unless it is there; returns TRUE if added. */
static gboolean
lp_take_panel (Ctx        *ctx,
               RsSolverLp *lp,
               GArray     *lp_column_of,  /* per panel: LP column or -1 */
               GArray     *panel_of,      /* per LP column: panel or -1 (z) */
               GArray     *idle,          /* per LP column: solves spent non-basic */
               int         p)
{
  int col, zero = 0;

  while (lp_column_of->len < ctx->panels->len)
    {
      int none = -1;
      g_array_append_val (lp_column_of, none);
    }
  if (g_array_index (lp_column_of, int, p) >= 0)
    return FALSE;
  add_primal_column (ctx, lp, g_ptr_array_index (ctx->panels, p));
  col = rs_solver_lp_n_columns (lp) - 1;
  g_array_index (lp_column_of, int, p) = col;
  g_array_append_val (panel_of, p);
  g_array_append_val (idle, zero);
  g_assert ((int) panel_of->len == col + 1);
  return TRUE;
}

/* The LP column of the current level's z: the last column that is no panel. */
static int
last_z_column (GArray *panel_of)
{
  for (int c = (int) panel_of->len - 1; c >= 0; c--)
    if (g_array_index (panel_of, int, c) < 0)
      return c;
  g_assert_not_reached ();
}

/* Removes the columns that have stayed out of the basis for long. They
 * stay known panels: pricing may bring them back, and the final
 * distribution still sees them. */
static void
lp_drop_idle (RsSolverLp *lp,
              GArray     *lp_column_of,
              GArray     *panel_of,
              GArray     *idle)
{
  g_autoptr(GArray) which = g_array_new (FALSE, FALSE, sizeof (int));
  int kept = 0;

  for (guint c = 1; c < panel_of->len; c++)
    if (g_array_index (idle, int, c) >= DROP_AFTER && g_array_index (panel_of, int, c) >= 0)
      g_array_append_val (which, c);
  if (which->len < panel_of->len / 4)
    return;  /* not worth the refactorisation */
  rs_solver_lp_delete_columns (lp, which->len, (int *) which->data);
  for (guint c = 0, d = 0; c < panel_of->len; c++)
    {
      int p = g_array_index (panel_of, int, c);

      if (d < which->len && g_array_index (which, int, d) == (int) c)
        {
          d++;
          g_array_index (lp_column_of, int, p) = -1;
          continue;
        }
      g_array_index (panel_of, int, kept) = p;
      g_array_index (idle, int, kept) = g_array_index (idle, int, c);
      if (p >= 0)
        g_array_index (lp_column_of, int, p) = kept;
      kept++;
    }
  g_array_set_size (panel_of, kept);
  g_array_set_size (idle, kept);
  g_debug ("dropped %u idle columns, %d left", which->len, kept);
}

#define STAB_ALPHA   0.7   /* dual smoothing (Wentges) */
#define N_NEIGHBOURS rs_leximin_tune ("neighbours", 8)   /* swap neighbours of a priced panel added per round */

/* The dual weight above which a type is fixed at the level just found.
 * A level ends within a gap g of its optimum, and a type of weight w can
 * then still lie up to g / w above it: weights far below the largest
 * (down to 1e-4 of it, as before) fixed some types too low, and which
 * ones depended on the solver's path, so that runs differing only in BLAS
 * or in how the LP was warm-started gave chances 0.012 apart on the
 * sample. Types left unfixed are fixed at the next level, at the same
 * value if that is theirs. Benchmark knob: RS_LEXIMIN_TUNE=fix=N for 10^-N. */
static double
fix_threshold (double max_w)
{
  return MAX (1e-7, pow (10.0, -rs_leximin_tune ("fix", 1)) * max_w);
}

/* The certificate of the first level: per-person weights and the exact
 * maximum of their sum over every feasible panel. */
static gboolean
make_certificate (Ctx               *ctx,
                  const double      *w,
                  RsSelectionResult *result,
                  GError           **error)
{
  RsSelectionTypes *types = ctx->types;
  int T = types->n_types;
  g_autofree double *obj = g_new0 (double, MAX (T, 1));
  g_autofree int *counts = g_new0 (int, MAX (T, 1));

  result->certificate = g_new0 (double, MAX (types->n_people, 1));
  for (int t = 0; t < T; t++)
    for (int j = types->start[t]; j < types->start[t + 1]; j++)
      result->certificate[types->member[j]] = MAX (w[t], 0.0) / types->count[t];
  for (int t = 0; t < T; t++)
    obj[t] = MAX (w[t], 0.0) / types->count[t];
  return rs_leximin_price (ctx, obj, counts, &result->certificate_bound, error);
}

/* The levels with one LP kept alive throughout: fixing a type turns its
 * row "π_t − z ≥ 0" into "π_t ≥ f_t" in place, which keeps the current
 * point feasible, so the primal simplex goes on from the last basis;
 * priced panels are added as columns (several per ILP when CBC met more
 * improving ones), idle columns are dropped, and a level ends early when
 * the sum Σ π = k shows that everyone left shares it. */
static gboolean
levels_fast (Ctx               *ctx,
             gboolean          *fixed,
             double            *fixed_value,
             int                n_fixed,
             gboolean           first_level,
             RsSelectionResult *result,
             gint64             t0,
             GError           **error)
{
  RsSelectionTypes *types = ctx->types;
  int T = types->n_types;
  int k = ctx->instance->size;
  gboolean use_pool = fast_feature ("pool"), use_drop = fast_feature ("drop"), use_share = fast_feature ("share");
  gboolean use_swap = fast_feature ("swap"), use_diverse = fast_feature ("diverse");
  gboolean use_stab = fast_feature ("stab");
  g_autofree double *ws = g_new0 (double, MAX (T, 1));
  g_autofree double *obj_s = g_new0 (double, MAX (T, 1));
  g_autofree double *best_w = g_new0 (double, MAX (T, 1));
  g_autofree double *scaled_s = g_new0 (double, MAX (T, 1));
  g_autofree int *group = rs_leximin_household_groups (ctx);
  g_autofree int *neighbours = g_new0 (int, (gsize) N_NEIGHBOURS * MAX (T, 1));
  g_autofree double *obj = g_new0 (double, MAX (T, 1));
  g_autofree double *w = g_new0 (double, MAX (T, 1));
  g_autofree int *counts = g_new0 (int, MAX (T, 1));
  g_autofree int *extra_counts = g_new0 (int, MAX (T, 1));
  g_autofree double *x = g_new0 (double, MAX (T, 1));
  g_autofree double *extra = g_new0 (double, (gsize) POOL_EXTRA * MAX (T, 1));
  g_autoptr(GArray) lp_column_of = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) panel_of = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) idle = g_array_new (FALSE, FALSE, sizeof (int));
  RsSolverLp *lp = rs_solver_lp_new (TRUE);
  g_autoptr(GArray) zrows = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) zcoefs = g_array_new (FALSE, FALSE, sizeof (double));
  int n_guard = 0, minus_one_panel = -1;
  gboolean ok = FALSE, solved_async = FALSE;
  /* Off by default: the LP then lacks the round's further panels, which
   * costs more rounds than the overlap saves on a loaded machine. */
  gboolean use_thread = fast_feature_opt_in ("thread");
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (int));
  AsyncLp async = { 0 };
  /* A level's z stays in the LP as a fixed column and a new z joins:
   * the basis stays valid, and where a level starts the simplex takes a
   * quarter of the iterations (Odense-like pool: 57,000 → 13,600). */
  gboolean use_chain = fast_feature ("chain");
  g_autofree gboolean *in_chain = g_new0 (gboolean, MAX (T, 1));
  double z_offset = 0.0;  /* Σ of the fixed z columns: the level the LP's z adds to */
  int n_z = 1;
  g_autoptr(GArray) chain_values = g_array_new (FALSE, FALSE, sizeof (double));

  /* Rows: Σ x = 1, then one per type; column 0 is z. */
  rs_solver_lp_add_row (lp, 0, NULL, NULL, 1.0, 1.0);
  for (int t = 0; t < T; t++)
    rs_solver_lp_add_row (lp, 0, NULL, NULL, fixed[t] ? fixed_value[t] : 0.0, G_MAXDOUBLE);
  for (int t = 0; t < T; t++)
    if (!fixed[t])
      {
        int r = t + 1;
        double c = -1.0;
        g_array_append_val (zrows, r);
        g_array_append_val (zcoefs, c);
        in_chain[t] = TRUE;
      }
  rs_solver_lp_add_column (lp, -G_MAXDOUBLE, G_MAXDOUBLE, 1.0, zrows->len, (int *) zrows->data, (double *) zcoefs->data);
  g_array_append_val (panel_of, minus_one_panel);
  {
    int zero = 0;
    g_array_append_val (idle, zero);
  }
  for (guint p = 0; p < ctx->panels->len; p++)
    lp_take_panel (ctx, lp, lp_column_of, panel_of, idle, p);

  while (n_fixed < T)
    {
      double lower = 0.0, upper = 1.0, max_w = 0.0, threshold, average;
      double rest = k;
      int n_rest = 0, argmax = -1, newly = 0;
      gboolean shared = FALSE, have_best = FALSE;
      double best_upper = G_MAXDOUBLE;

      result->stats.n_levels++;
      for (int t = 0; t < T; t++)
        if (fixed[t])
          rest -= fixed_value[t] * types->count[t];
        else
          n_rest += types->count[t];
      /* Σ_i π_i = k in every distribution: the unfixed cannot all get
       * more than their share of what the fixed leave. */
      average = rest / MAX (n_rest, 1);
      for (;;)
        {
          RsSolverStatus status;
          double value, bound, fixed_part = 0.0;
          const double *primal;
          int n_extra = 0;
          gboolean any_new = FALSE;

          /* With use_thread, this round's LP may be solving already. */
          solved_async = async_lp_join (ctx, &async, &status);
          if (rs_leximin_cancelled (ctx, error))
            goto out;
          if (!solved_async)
            status = solve_lp (ctx, lp);
          if (status == RS_SOLVER_OPTIMAL)
            {
              lower = z_offset + rs_solver_lp_value (lp);
              read_weights (ctx, lp, fixed, w);
              for (int t = 0; t < T; t++)
                if (fixed[t] && w[t] > 1e3)
                  status = RS_SOLVER_FAILED;
            }
          if (status != RS_SOLVER_OPTIMAL)
            {
              /* Numerical guard: a fixed probability is a hair too high
               * for the known panels; relax every fixed one by 1e-5. */
              if (++n_guard > 50)
                {
                  g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_SOLVER,
                               _("The linear programming solver failed while fixing probabilities."));
                  goto out;
                }
              for (int t = 0; t < T; t++)
                if (fixed[t])
                  {
                    fixed_value[t] = MAX (0.0, fixed_value[t] - 1e-5);
                    if (!use_chain || !in_chain[t])
                      rs_solver_lp_set_row_bounds (lp, t + 1, fixed_value[t], G_MAXDOUBLE);
                  }
              if (use_chain && n_z > 1)
                {
                  /* Every fixed row holds the first z (column 0): lower it. */
                  double z1 = g_array_index (chain_values, double, 0) - 1e-5;

                  g_array_index (chain_values, double, 0) = z1;
                  rs_solver_lp_set_column_bounds (lp, 0, z1, z1);
                  z_offset -= 1e-5;
                }
              g_debug ("numerical guard %d: fixed chances lowered by 1e-5", n_guard);
              /* The bounds found so far assumed the old values. */
              have_best = FALSE;
              best_upper = G_MAXDOUBLE;
              continue;
            }
          /* Column ageing. */
          primal = rs_solver_lp_primal (lp);
          for (guint c = 1; c < idle->len; c++)
            {
              if (rs_solver_lp_column_basic (lp, c) || primal[c] > 1e-12)
                g_array_index (idle, int, c) = 0;
              else
                g_array_index (idle, int, c)++;
            }
          /* The last round's further panels, priced while this LP solved. */
          for (guint i = 0; i < pending->len; i++)
            lp_take_panel (ctx, lp, lp_column_of, panel_of, idle, g_array_index (pending, int, i));
          g_array_set_size (pending, 0);
          if (use_share && (lower >= average - 1e-9 || lower >= 1.0 - 1e-9))
            {
              shared = TRUE;
              upper = MIN (average, 1.0);
              break;
            }
          for (int t = 0; t < T; t++)
            {
              obj[t] = MAX (w[t], 0.0) / types->count[t];
              if (fixed[t])
                fixed_part += fixed_value[t] * MAX (w[t], 0.0);
            }
          /* Pricing, stabilised: at a point between the best dual found so
           * far and the LP's (any weights give a valid bound); if that
           * finds nothing that prices in at the LP's duals, price at those. */
          for (double alpha = (use_stab && have_best) ? STAB_ALPHA : 0.0;; alpha = 0.0)
            {
              gint64 start = g_get_monotonic_time ();
              double top = 0.0, fixed_s = 0.0;

              for (int t = 0; t < T; t++)
                {
                  ws[t] = alpha * best_w[t] + (1 - alpha) * MAX (w[t], 0.0);
                  obj_s[t] = ws[t] / types->count[t];
                  if (fixed[t])
                    fixed_s += fixed_value[t] * ws[t];
                  top = MAX (top, obj_s[t]);
                }
              for (int t = 0; t < T; t++)
                scaled_s[t] = top > 0 ? obj_s[t] / top : 0.0;
              status = rs_solver_ilp_solve_pool (ctx->ilp, scaled_s, TRUE, top > 0 ? ctx->price_gap / top : ctx->price_gap,
                                                 x, &value, &bound, use_pool ? POOL_EXTRA : 0, extra, &n_extra);
              bound *= top;
              ctx->stats->n_ilp++;
              ctx->stats->seconds_ilp += (g_get_monotonic_time () - start) / 1e6;
              if (status != RS_SOLVER_OPTIMAL)
                {
                  g_set_error (error, RS_SELECTION_ERROR,
                               status == RS_SOLVER_INFEASIBLE ? RS_SELECTION_ERROR_INFEASIBLE : RS_SELECTION_ERROR_SOLVER,
                               status == RS_SOLVER_INFEASIBLE ? _("No panel satisfies every quota.")
                                                              : _("The integer programming solver failed."));
                  goto out;
                }
              if (bound - fixed_s < best_upper)
                {
                  best_upper = bound - fixed_s;
                  memcpy (best_w, ws, sizeof (double) * T);
                  have_best = TRUE;
                }
              /* The panel's value at the LP's duals. */
              value = 0.0;
              for (int t = 0; t < T; t++)
                {
                  counts[t] = (int) x[t];
                  value += obj[t] * counts[t];
                }
              if (alpha == 0.0 || value > lower + fixed_part + 1e-9 || best_upper - lower <= ctx->gap_eps)
                break;
            }
          /* Nobody's chance exceeds 1. */
          upper = MIN (best_upper, use_share ? MIN (average, 1.0) : 1.0);
          if (ctx->progress)
            {
              g_autofree char *stage = g_strdup_printf (_("Raising the lowest probabilities (level %d)"),
                                                        result->stats.n_levels);
              ctx->progress (stage, 0.3 + 0.7 * n_fixed / (double) T, lower, upper, ctx->user_data);
            }
          g_debug ("  lower %.6f upper %.6f (average %.6f), %d columns, LP %.1f s, ILP %.1f s",
                   lower, upper, average, rs_solver_lp_n_columns (lp),
                   ctx->stats->seconds_lp, ctx->stats->seconds_ilp);
          if (upper - lower <= ctx->gap_eps)
            break;
          any_new |= lp_take_panel (ctx, lp, lp_column_of, panel_of, idle, rs_leximin_add_panel (ctx, counts, NULL));
          for (int e = 0; e < n_extra; e++)
            {
              double v = 0.0;

              for (int t = 0; t < T; t++)
                {
                  extra_counts[t] = (int) extra[(gsize) e * T + t];
                  v += obj[t] * extra_counts[t];
                }
              /* Only panels that the current duals price in. */
              if (v > lower + fixed_part + 1e-9)
                any_new |= lp_take_panel (ctx, lp, lp_column_of, panel_of, idle, rs_leximin_add_panel (ctx, extra_counts, NULL));
            }
          if (use_swap)
            {
              int n_nb = rs_leximin_swap_neighbours (ctx, group, counts, obj, value, lower + fixed_part + 1e-9,
                                          neighbours, N_NEIGHBOURS);
              for (int e = 0; e < n_nb; e++)
                lp_take_panel (ctx, lp, lp_column_of, panel_of, idle, rs_leximin_add_panel (ctx, neighbours + (gsize) e * T, NULL));
            }
          if (!any_new)
            break;  /* nothing left to add: the LP is already optimal */
          if (use_drop)
            lp_drop_idle (lp, lp_column_of, panel_of, idle);
          if (use_diverse)
            {
              /* With use_thread, the LP solves with the columns so far on
               * the other core meanwhile, and the damped panels join it
               * after that solve. (Their place after the swap neighbours
               * matters at the default tolerance: taken before them, the
               * sample's chances end up 0.012 from the slow path's instead
               * of 4e-6, another near-optimal dual fixing other types.) */
              if (use_thread)
                async_lp_start (&async, lp);
              rs_leximin_price_diverse (ctx, obj, counts, lower + fixed_part + 1e-9, pending);
              if (!use_thread)
                {
                  for (guint i = 0; i < pending->len; i++)
                    lp_take_panel (ctx, lp, lp_column_of, panel_of, idle, g_array_index (pending, int, i));
                  g_array_set_size (pending, 0);
                }
            }
        }
      /* The weights that proved the level: the best bound's. */
      if (!shared && have_best && best_upper - lower <= ctx->gap_eps)
        memcpy (w, best_w, sizeof (double) * T);
      if (first_level)
        {
          if (shared)
            {
              /* Everyone at k/n: uniform weights certify it. */
              for (int t = 0; t < T; t++)
                w[t] = fixed[t] ? 0.0 : types->count[t] / (double) MAX (n_rest, 1);
            }
          if (!make_certificate (ctx, w, result, error))
            goto out;
          first_level = FALSE;
          result->stats.seconds_first_level = (g_get_monotonic_time () - t0) / 1e6;
        }
      /* Fix everyone whose dual weight is near the largest, always at
       * least the largest; everyone when the level is shared. */
      for (int t = 0; t < T; t++)
        if (!fixed[t] && w[t] > max_w)
          {
            max_w = w[t];
            argmax = t;
          }
      threshold = fix_threshold (max_w);
      for (int t = 0; t < T; t++)
        if (!fixed[t] && (shared || argmax < 0 || t == argmax || w[t] > threshold))
          {
            fixed[t] = TRUE;
            fixed_value[t] = MIN (1.0, MAX (0.0, lower));
            if (!use_chain)
              {
                rs_solver_lp_set_coefficient (lp, t + 1, 0, 0.0);
                rs_solver_lp_set_row_bounds (lp, t + 1, fixed_value[t], G_MAXDOUBLE);
              }
            newly++;
          }
      n_fixed += newly;
      if (use_chain && n_fixed < T)
        {
          /* Fixing without touching the basis: the level's z keeps its
           * column and its value (so every fixed row reads π_t ≥ level),
           * and a new z on the rows still open measures how far they
           * rise above it. Zeroing z's entries in the fixed rows instead
           * often made the last basis singular, and CLP restarted from
           * an infeasible point. */
          int zcol = last_z_column (panel_of);
          double zval = rs_solver_lp_primal (lp)[zcol];

          rs_solver_lp_set_column_bounds (lp, zcol, zval, zval);
          rs_solver_lp_set_objective (lp, zcol, 0.0);
          g_array_append_val (chain_values, zval);
          z_offset += zval;
          g_array_set_size (zrows, 0);
          g_array_set_size (zcoefs, 0);
          for (int t = 0; t < T; t++)
            if (!fixed[t])
              {
                int r = t + 1;
                double c = -1.0;
                g_array_append_val (zrows, r);
                g_array_append_val (zcoefs, c);
              }
          rs_solver_lp_add_column (lp, -G_MAXDOUBLE, G_MAXDOUBLE, 1.0, zrows->len, (int *) zrows->data, (double *) zcoefs->data);
          {
            int zero = 0;
            g_array_append_val (panel_of, minus_one_panel);
            g_array_append_val (idle, zero);
          }
          n_z++;
        }
      g_debug ("level %d: fixed %d types at %.5f (gap %.6f%s), %.1f s, LP %d (%.1f s), ILP %d (%.1f s), columns %d",
               result->stats.n_levels, newly, lower, upper - lower, shared ? ", shared" : "",
               (g_get_monotonic_time () - t0) / 1e6, ctx->stats->n_lp, ctx->stats->seconds_lp,
               ctx->stats->n_ilp, ctx->stats->seconds_ilp, rs_solver_lp_n_columns (lp));
    }
  ok = TRUE;
out:
  {
    RsSolverStatus ignored;
    async_lp_join (ctx, &async, &ignored);
  }
  rs_solver_lp_free (lp);
  return ok;
}

RsSelectionResult *
rs_selection_leximin (RsSelectionInstance  *instance,
                      gboolean              aggregate,
                      RsSelectionProgress   progress,
                      gpointer              user_data,
                      GCancellable         *cancellable,
                      GError              **error)
{
  return rs_selection_leximin_full (instance, aggregate ? 0 : RS_LEXIMIN_NO_AGGREGATE,
                                    progress, user_data, cancellable, error);
}

RsSelectionResult *
rs_selection_leximin_full (RsSelectionInstance  *instance,
                           RsLeximinFlags        flags,
                           RsSelectionProgress   progress,
                           gpointer              user_data,
                           GCancellable         *cancellable,
                           GError              **error)
{
  RsSelectionTypes *types = rs_selection_types_new (instance, !(flags & RS_LEXIMIN_NO_AGGREGATE));
  g_autoptr(RsSelectionResult) result = rs_selection_result_new (instance, types, RS_SELECTION_LEXIMIN);
  int T = types->n_types;
  g_autofree gboolean *fixed = g_new0 (gboolean, MAX (T, 1));
  g_autofree double *fixed_value = g_new0 (double, MAX (T, 1));
  g_autofree double *obj = g_new0 (double, MAX (T, 1));
  g_autofree double *w = g_new0 (double, MAX (T, 1));
  g_autofree int *counts = g_new0 (int, MAX (T, 1));
  g_autofree gboolean *impossible = g_new0 (gboolean, MAX (T, 1));
  int n_fixed = 0, n_guard = 0;
  gboolean first_level = TRUE;
  gint64 t0 = g_get_monotonic_time (), t1, t2;
  Ctx ctx = { 0 };

  ctx.instance = instance;
  ctx.types = types;
  ctx.ilp = rs_selection_build_ilp (instance, types, NULL, NULL);
  /* The slow path stays the reference: CBC with its default settings. */
  rs_solver_ilp_set_quick (ctx.ilp, !(flags & RS_LEXIMIN_SLOW) && fast_feature ("quick"));
  ctx.panels = g_ptr_array_new_with_free_func (g_free);
  ctx.known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.stats = &result->stats;
  ctx.progress = progress;
  ctx.user_data = user_data;
  ctx.cancellable = cancellable;
  ctx.gap_eps = (flags & RS_LEXIMIN_EXACT) ? 1e-7 : GAP_EPS;
  ctx.price_gap = (flags & RS_LEXIMIN_EXACT) ? 1e-8 : PRICE_GAP;

  if (!rs_leximin_initial_panels (&ctx, impossible, error))
    goto fail;
  for (int t = 0; t < T; t++)
    if (impossible[t])
      {
        fixed[t] = TRUE;
        fixed_value[t] = 0.0;
        n_fixed++;
      }
  if (n_fixed > 0)
    {
      /* Somebody can never be selected: the minimum is 0, and any one of
       * them is its own certificate. */
      result->certificate = g_new0 (double, MAX (types->n_people, 1));
      for (int t = 0; t < T; t++)
        if (impossible[t])
          {
            result->certificate[types->member[types->start[t]]] = 1.0;
            break;
          }
      result->certificate_bound = 0.0;
      first_level = FALSE;
    }
  t1 = g_get_monotonic_time ();
  result->stats.seconds_mw = (t1 - t0) / 1e6;

  if (!(flags & RS_LEXIMIN_SLOW))
    {
      if (!levels_fast (&ctx, fixed, fixed_value, n_fixed, first_level, result, t0, error))
        goto fail;
      n_fixed = T;
    }
  while (n_fixed < T)
    {
      RsSolverLp *lp = build_primal (&ctx, fixed, fixed_value);
      double lower = 0.0, upper = 1.0, max_w = 0.0, threshold;
      int argmax = -1, newly = 0;

      result->stats.n_levels++;
      for (;;)
        {
          RsSolverStatus status;
          double value, bound, fixed_part = 0.0;
          gboolean is_new;

          if (rs_leximin_cancelled (&ctx, error))
            {
              rs_solver_lp_free (lp);
              goto fail;
            }
          status = solve_lp (&ctx, lp);
          if (status != RS_SOLVER_OPTIMAL)
            {
              /* Numerical guard: the fixed values are slightly too high for
               * the known panels; lower them a little and start the level again. */
              rs_solver_lp_free (lp);
              lp = NULL;
              if (++n_guard > 200 || n_fixed == 0)
                {
                  g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_SOLVER,
                               _("The linear programming solver failed while fixing probabilities."));
                  goto fail;
                }
              for (int t = 0; t < T; t++)
                if (fixed[t])
                  fixed_value[t] = MAX (0.0, fixed_value[t] - 1e-8);
              break;
            }
          lower = rs_solver_lp_value (lp);
          read_weights (&ctx, lp, fixed, w);
          for (int t = 0; t < T; t++)
            if (fixed[t] && w[t] > 1e3)
              status = RS_SOLVER_FAILED;
          if (status != RS_SOLVER_OPTIMAL)
            {
              /* Numerical guard, second case: a fixed probability is so
               * tight that its dual weight explodes; relax all by 1e-5. */
              rs_solver_lp_free (lp);
              lp = NULL;
              if (++n_guard > 50)
                {
                  g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_SOLVER,
                               _("The linear programming solver failed while fixing probabilities."));
                  goto fail;
                }
              for (int t = 0; t < T; t++)
                if (fixed[t])
                  fixed_value[t] = MAX (0.0, fixed_value[t] - 1e-5);
              break;
            }
          for (int t = 0; t < T; t++)
            {
              obj[t] = MAX (w[t], 0.0) / types->count[t];
              if (fixed[t])
                fixed_part += fixed_value[t] * MAX (w[t], 0.0);
            }
          if (!rs_leximin_price_gap (&ctx, obj, ctx.price_gap, counts, &value, &bound, error))
            {
              rs_solver_lp_free (lp);
              goto fail;
            }
          upper = bound - fixed_part;
          if (progress)
            progress (_("Raising the lowest probabilities"),
                      0.3 + 0.7 * n_fixed / (double) T, lower, upper, user_data);
          if (upper - lower <= ctx.gap_eps)
            break;
          rs_leximin_add_panel (&ctx, counts, &is_new);
          if (!is_new)
            break;  /* nothing left to add: the LP is already optimal */
          add_primal_column (&ctx, lp, counts);
        }
      if (lp == NULL)
        continue;
      if (first_level)
        {
          result->certificate = g_new0 (double, MAX (types->n_people, 1));
          for (int t = 0; t < T; t++)
            for (int j = types->start[t]; j < types->start[t + 1]; j++)
              result->certificate[types->member[j]] = MAX (w[t], 0.0) / types->count[t];
          /* The verifier's ILP, solved exactly: the certificate's bound. */
          for (int t = 0; t < T; t++)
            obj[t] = w[t] / types->count[t];
          if (!rs_leximin_price (&ctx, obj, counts, &result->certificate_bound, error))
            {
              rs_solver_lp_free (lp);
              goto fail;
            }
          first_level = FALSE;
          result->stats.seconds_first_level = (g_get_monotonic_time () - t0) / 1e6;
        }
      /* Robust fixing: everyone with a dual weight near the largest, and
       * always at least the largest one. */
      for (int t = 0; t < T; t++)
        if (!fixed[t] && w[t] > max_w)
          {
            max_w = w[t];
            argmax = t;
          }
      threshold = fix_threshold (max_w);
      for (int t = 0; t < T; t++)
        if (!fixed[t] && (t == argmax || w[t] > threshold))
          {
            fixed[t] = TRUE;
            fixed_value[t] = MIN (1.0, MAX (0.0, lower));
            newly++;
          }
      if (argmax < 0)
        {
          /* All weights 0 (degenerate): fix the remaining at the level. */
          for (int t = 0; t < T; t++)
            if (!fixed[t])
              {
                fixed[t] = TRUE;
                fixed_value[t] = MIN (1.0, MAX (0.0, lower));
                newly++;
              }
        }
      n_fixed += newly;
      rs_solver_lp_free (lp);
      g_debug ("level %d: fixed %d types at %.5f (gap %.6f)", result->stats.n_levels, newly, lower, upper - lower);
    }
  t2 = g_get_monotonic_time ();
  result->stats.n_columns = ctx.panels->len;
  result->stats.seconds_cg = (t2 - t1) / 1e6;
  if (progress)
    progress (_("Computing the final distribution"), 1.0, 0.0, 0.0, user_data);
  if (!final_primal (&ctx, fixed_value, result, error))
    goto fail;
  result->stats.seconds_final = (g_get_monotonic_time () - t2) / 1e6;

  rs_solver_ilp_free (ctx.ilp);
  g_ptr_array_unref (ctx.panels);
  g_hash_table_unref (ctx.known);
  return g_steal_pointer (&result);

fail:
  rs_solver_ilp_free (ctx.ilp);
  g_ptr_array_unref (ctx.panels);
  g_hash_table_unref (ctx.known);
  return NULL;
}
