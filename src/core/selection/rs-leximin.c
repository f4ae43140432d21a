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

#define GAP_EPS     0.0005
#define PRICE_GAP   0.00005  /* pricing tolerance: a tenth of GAP_EPS */
#define MW_ROUNDS   400   /* ILPs are cheaper than LP re-solves: measured on the sample */

typedef struct
{
  RsSelectionInstance *instance;
  RsSelectionTypes    *types;
  RsSolverIlp         *ilp;
  GPtrArray           *panels;   /* int* counts */
  GHashTable          *known;    /* key string -> index+1 */
  RsSelectionStats    *stats;
  RsSelectionProgress  progress;
  gpointer             user_data;
  GCancellable        *cancellable;
} Ctx;

/* Solves the pricing ILP to within @gap (absolute, in the units of @obj);
 * *bound (if given) receives an upper bound on the true maximum. */
static gboolean
price_gap (Ctx          *ctx,
           const double *obj,
           double        gap,
           int          *counts,
           double       *value,
           double       *bound,
           GError      **error)
{
  int T = ctx->types->n_types;
  g_autofree double *x = g_new (double, MAX (T, 1));
  g_autofree double *scaled = g_new (double, MAX (T, 1));
  gint64 start = g_get_monotonic_time ();
  RsSolverStatus status;
  double top = 0.0;

  /* CBC works best with objective coefficients around 1. */
  for (int t = 0; t < T; t++)
    top = MAX (top, fabs (obj[t]));
  for (int t = 0; t < T; t++)
    scaled[t] = top > 0 ? obj[t] / top : 0.0;
  status = rs_solver_ilp_solve_gap (ctx->ilp, scaled, TRUE, top > 0 ? gap / top : gap, x, value, bound);
  if (value)
    *value *= top;
  if (bound)
    *bound *= top;

  ctx->stats->n_ilp++;
  ctx->stats->seconds_ilp += (g_get_monotonic_time () - start) / 1e6;
  if (status != RS_SOLVER_OPTIMAL)
    {
      g_set_error (error, RS_SELECTION_ERROR,
                   status == RS_SOLVER_INFEASIBLE ? RS_SELECTION_ERROR_INFEASIBLE : RS_SELECTION_ERROR_SOLVER,
                   status == RS_SOLVER_INFEASIBLE ? _("No panel satisfies every quota.")
                                                  : _("The integer programming solver failed."));
      return FALSE;
    }
  for (int t = 0; t < T; t++)
    counts[t] = (int) x[t];
  return TRUE;
}

static gboolean
price (Ctx          *ctx,
       const double *obj,
       int          *counts,
       double       *value,
       GError      **error)
{
  return price_gap (ctx, obj, 1e-9, counts, value, NULL, error);
}

/* Returns the panel's index; *is_new tells whether it was added. */
static int
add_panel (Ctx       *ctx,
           const int *counts,
           gboolean  *is_new)
{
  GString *key = g_string_new (NULL);
  gpointer found;

  for (int t = 0; t < ctx->types->n_types; t++)
    if (counts[t])
      g_string_append_printf (key, "%d:%d,", t, counts[t]);
  found = g_hash_table_lookup (ctx->known, key->str);
  if (found)
    {
      g_string_free (key, TRUE);
      if (is_new)
        *is_new = FALSE;
      return GPOINTER_TO_INT (found) - 1;
    }
  g_ptr_array_add (ctx->panels, g_memdup2 (counts, sizeof (int) * ctx->types->n_types));
  g_hash_table_insert (ctx->known, g_string_free (key, FALSE), GINT_TO_POINTER (ctx->panels->len));
  if (is_new)
    *is_new = TRUE;
  return (int) ctx->panels->len - 1;
}

static gboolean
cancelled (Ctx     *ctx,
           GError **error)
{
  return g_cancellable_set_error_if_cancelled (ctx->cancellable, error);
}

/* Finds panels covering every type that can be on a panel at all, then
 * multiplicative weights for a diverse start. Types that no panel can
 * hold are marked impossible. */
static gboolean
initial_panels (Ctx       *ctx,
                gboolean  *impossible,
                GError   **error)
{
  int T = ctx->types->n_types;
  g_autofree double *obj = g_new0 (double, MAX (T, 1));
  g_autofree double *weight = g_new (double, MAX (T, 1));
  g_autofree int *counts = g_new0 (int, MAX (T, 1));
  g_autofree gboolean *covered = g_new0 (gboolean, MAX (T, 1));
  int n = ctx->types->n_people;
  int rounds = MIN (T, MW_ROUNDS);
  const char *env = g_getenv ("RS_LEXIMIN_MW_ROUNDS");  /* tuning knob for benchmarks */
  double value;

  if (env)
    rounds = atoi (env);

  for (int t = 0; t < T; t++)
    weight[t] = 1.0;
  for (int r = 0; r < rounds; r++)
    {
      double total = 0.0;

      if (cancelled (ctx, error))
        return FALSE;
      /* Start panels need not be optimal: 1 % is plenty. */
      if (!price_gap (ctx, weight, 0.01 * ctx->instance->size, counts, &value, NULL, error))
        return FALSE;
      add_panel (ctx, counts, NULL);
      for (int t = 0; t < T; t++)
        {
          if (counts[t])
            covered[t] = TRUE;
          weight[t] *= 1.0 - 0.2 * counts[t] / (double) ctx->types->count[t];
          total += weight[t] * ctx->types->count[t];
        }
      /* Renormalise, with a floor so that no weight underflows (CBC
       * misreads tiny objectives). */
      for (int t = 0; t < T; t++)
        weight[t] = MAX (weight[t] * n / total, 1e-3);
      if (ctx->progress)
        ctx->progress (_("Finding a first set of panels"), 0.3 * (r + 1) / rounds, 0.0, 1.0, ctx->user_data);
    }
  /* Coverage: maximise the share of uncovered types; 0 means none fits. */
  for (;;)
    {
      gboolean any = FALSE;

      if (cancelled (ctx, error))
        return FALSE;
      for (int t = 0; t < T; t++)
        {
          obj[t] = covered[t] ? 0.0 : 1.0 / ctx->types->count[t];
          any |= !covered[t];
        }
      if (!any)
        break;
      if (!price (ctx, obj, counts, &value, error))
        return FALSE;
      if (value < 1e-9)
        {
          for (int t = 0; t < T; t++)
            impossible[t] = !covered[t];
          break;
        }
      add_panel (ctx, counts, NULL);
      for (int t = 0; t < T; t++)
        if (counts[t])
          covered[t] = TRUE;
    }
  return TRUE;
}

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

/* The final primal: min ε s.t. π_t + ε ≥ f_t, Σ x_P = 1, x ≥ 0. */
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
            int r = t + 1;
            double c = counts[t] / (double) ctx->types->count[t];
            g_array_append_val (rows, r);
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
  rs_solver_lp_add_column (lp, 0.0, G_MAXDOUBLE, 1.0, rows->len, (int *) rows->data, (double *) coefs->data);
  if (solve_lp (ctx, lp) != RS_SOLVER_OPTIMAL)
    {
      rs_solver_lp_free (lp);
      g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_SOLVER,
                   _("The linear programming solver failed on the final distribution."));
      return FALSE;
    }
  x = rs_solver_lp_primal (lp);
  result->stats.final_epsilon = x[ctx->panels->len];
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
}

RsSelectionResult *
rs_selection_leximin (RsSelectionInstance  *instance,
                      gboolean              aggregate,
                      RsSelectionProgress   progress,
                      gpointer              user_data,
                      GCancellable         *cancellable,
                      GError              **error)
{
  RsSelectionTypes *types = rs_selection_types_new (instance, aggregate);
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
  ctx.panels = g_ptr_array_new_with_free_func (g_free);
  ctx.known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.stats = &result->stats;
  ctx.progress = progress;
  ctx.user_data = user_data;
  ctx.cancellable = cancellable;

  if (!initial_panels (&ctx, impossible, error))
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

          if (cancelled (&ctx, error))
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
              if (++n_guard > 20 || n_fixed == 0)
                {
                  g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_SOLVER,
                               _("The linear programming solver failed while fixing probabilities."));
                  goto fail;
                }
              for (int t = 0; t < T; t++)
                if (fixed[t])
                  fixed_value[t] = MAX (0.0, fixed_value[t] - 1e-4);
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
          if (!price_gap (&ctx, obj, PRICE_GAP, counts, &value, &bound, error))
            {
              rs_solver_lp_free (lp);
              goto fail;
            }
          upper = bound - fixed_part;
          if (progress)
            progress (_("Raising the lowest probabilities"),
                      0.3 + 0.7 * n_fixed / (double) T, lower, upper, user_data);
          if (upper - lower <= GAP_EPS)
            break;
          add_panel (&ctx, counts, &is_new);
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
          if (!price (&ctx, obj, counts, &result->certificate_bound, error))
            {
              rs_solver_lp_free (lp);
              goto fail;
            }
          first_level = FALSE;
        }
      /* Robust fixing: everyone with a dual weight near the largest, and
       * always at least the largest one. */
      for (int t = 0; t < T; t++)
        if (!fixed[t] && w[t] > max_w)
          {
            max_w = w[t];
            argmax = t;
          }
      threshold = MAX (1e-7, 1e-4 * max_w);
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
