/* SPDX-License-Identifier: MPL-2.0 */
/* The columns of LEXIMIN's column generation: pricing ILPs, the first
 * panels, household groups, swap neighbours and damped further pricing. */
#define G_LOG_DOMAIN "rs-leximin"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "rs-leximin-private.h"

/* Solves the pricing ILP to within @gap (absolute, in the units of @obj);
 * *bound (if given) receives an upper bound on the true maximum. */
gboolean
rs_leximin_price_gap (Ctx          *ctx,
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

gboolean
rs_leximin_price (Ctx          *ctx,
       const double *obj,
       int          *counts,
       double       *value,
       GError      **error)
{
  return rs_leximin_price_gap (ctx, obj, 1e-9, counts, value, NULL, error);
}

/* Returns the panel's index; *is_new tells whether it was added. */
int
rs_leximin_add_panel (Ctx       *ctx,
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

gboolean
rs_leximin_cancelled (Ctx     *ctx,
           GError **error)
{
  return g_cancellable_set_error_if_cancelled (ctx->cancellable, error);
}

/* Finds panels covering every type that can be on a panel at all, then
 * multiplicative weights for a diverse start. Types that no panel can
 * hold are marked impossible. */
gboolean
rs_leximin_initial_panels (Ctx       *ctx,
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

      if (rs_leximin_cancelled (ctx, error))
        return FALSE;
      /* Start panels need not be optimal: 1 % is plenty. */
      if (!rs_leximin_price_gap (ctx, weight, 0.01 * ctx->instance->size, counts, &value, NULL, error))
        return FALSE;
      rs_leximin_add_panel (ctx, counts, NULL);
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

      if (rs_leximin_cancelled (ctx, error))
        return FALSE;
      for (int t = 0; t < T; t++)
        {
          obj[t] = covered[t] ? 0.0 : 1.0 / ctx->types->count[t];
          any |= !covered[t];
        }
      if (!any)
        break;
      if (!rs_leximin_price (ctx, obj, counts, &value, error))
        return FALSE;
      if (value < 1e-9)
        {
          for (int t = 0; t < T; t++)
            impossible[t] = !covered[t];
          break;
        }
      rs_leximin_add_panel (ctx, counts, NULL);
      for (int t = 0; t < T; t++)
        if (counts[t])
          covered[t] = TRUE;
    }
  return TRUE;
}

/* Per type: its household group (-1 if none); groups of size ≥ 2. */
int *
rs_leximin_household_groups (Ctx *ctx)
{
  RsSelectionTypes *types = ctx->types;
  int T = types->n_types;
  int *group = g_new (int, MAX (T, 1));
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (int t = 0; t < T; t++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (ctx->instance, types->member[types->start[t]]);
      gpointer found;

      group[t] = -1;
      if (types->count[t] != 1 || p->household == NULL)
        continue;
      if (!g_hash_table_lookup_extended (ids, p->household, NULL, &found))
        {
          found = GINT_TO_POINTER (g_hash_table_size (ids));
          g_hash_table_insert (ids, p->household, found);
        }
      group[t] = GPOINTER_TO_INT (found);
    }
  return group;
}

typedef struct
{
  int    out, in;
  double delta;
} Swap;

static int
swap_compare (gconstpointer a,
              gconstpointer b)
{
  const Swap *x = a, *y = b;
  return x->delta < y->delta ? 1 : x->delta > y->delta ? -1 : 0;
}

/* Panels one swap away from @counts (one member of a type out, one of
 * another in) that keep every quota and household rule and still price
 * in above @threshold: cheap extra columns for the same LP round. */
int
rs_leximin_swap_neighbours (Ctx          *ctx,
                 const int    *group,
                 const int    *counts,
                 const double *obj,
                 double        value,
                 double        threshold,
                 int          *out_counts,   /* N_NEIGHBOURS × T */
                 int           max_out)
{
  RsSelectionTypes *types = ctx->types;
  RsSelectionInstance *instance = ctx->instance;
  int T = types->n_types;
  int n_cats = rs_selection_instance_n_categories (instance);
  int n_values = rs_selection_instance_n_values (instance);
  g_autofree int *vc = g_new0 (int, MAX (n_values, 1));
  g_autoptr(GHashTable) used_groups = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) swaps = g_array_new (FALSE, FALSE, sizeof (Swap));
  int n = 0;

  for (int t = 0; t < T; t++)
    if (counts[t])
      {
        RsSelectionPerson *p = rs_selection_instance_person (instance, types->member[types->start[t]]);
        for (int c = 0; c < n_cats; c++)
          vc[p->values[c]] += counts[t];
        if (group[t] >= 0)
          g_hash_table_add (used_groups, GINT_TO_POINTER (group[t] + 1));
      }
  for (int a = 0; a < T; a++)
    {
      RsSelectionPerson *pa;

      if (counts[a] == 0)
        continue;
      pa = rs_selection_instance_person (instance, types->member[types->start[a]]);
      for (int b = 0; b < T; b++)
        {
          RsSelectionPerson *pb;
          double delta = obj[b] - obj[a];
          gboolean ok = TRUE;

          if (b == a || counts[b] >= types->count[b] || value + delta <= threshold)
            continue;
          if (group[b] >= 0 && group[b] != group[a] && g_hash_table_contains (used_groups, GINT_TO_POINTER (group[b] + 1)))
            continue;
          pb = rs_selection_instance_person (instance, types->member[types->start[b]]);
          for (int c = 0; c < n_cats && ok; c++)
            if (pa->values[c] != pb->values[c])
              ok = vc[pa->values[c]] - 1 >= rs_selection_instance_value (instance, pa->values[c])->min &&
                   vc[pb->values[c]] + 1 <= rs_selection_instance_value (instance, pb->values[c])->max;
          if (ok)
            {
              Swap sw = { a, b, delta };
              g_array_append_val (swaps, sw);
            }
        }
    }
  g_array_sort (swaps, swap_compare);
  for (guint i = 0; i < swaps->len && n < max_out; i++)
    {
      Swap *sw = &g_array_index (swaps, Swap, i);
      int *o = out_counts + (gsize) n * T;

      memcpy (o, counts, sizeof (int) * T);
      o[sw->out]--;
      o[sw->in]++;
      n++;
    }
  return n;
}

/* More columns per round: ILPs are far cheaper than LP solves here. Damp
 * the weights of the types the last panel took and price again,
 * N_DIVERSE times; appends the panels found to @found (with DIVERSE_ALL
 * also those that do not price in above @threshold now: they may later). */
void
rs_leximin_price_diverse (Ctx          *ctx,
               const double *obj,
               const int    *counts,
               double        threshold,
               GArray       *found)
{
  int T = ctx->types->n_types;
  g_autofree double *damped = g_memdup2 (obj, sizeof (double) * MAX (T, 1));
  g_autofree double *scaled = g_new (double, MAX (T, 1));
  g_autofree double *x = g_new0 (double, MAX (T, 1));
  g_autofree int *panel = g_new0 (int, MAX (T, 1));
  const int *last = counts;

  for (int d = 0; d < N_DIVERSE; d++)
    {
      double v = 0.0, top = 0.0, dv;
      gint64 start = g_get_monotonic_time ();
      RsSolverStatus status;
      int p;

      for (int t = 0; t < T; t++)
        if (last[t])
          damped[t] *= 0.5;
      for (int t = 0; t < T; t++)
        top = MAX (top, damped[t]);
      if (top <= 0)
        break;
      for (int t = 0; t < T; t++)
        scaled[t] = damped[t] / top;
      status = rs_solver_ilp_solve_gap (ctx->ilp, scaled, TRUE, 0.01, x, &dv, NULL);
      ctx->stats->n_ilp++;
      ctx->stats->seconds_ilp += (g_get_monotonic_time () - start) / 1e6;
      if (status != RS_SOLVER_OPTIMAL)
        break;
      for (int t = 0; t < T; t++)
        {
          panel[t] = (int) x[t];
          v += obj[t] * panel[t];
        }
      if (v <= threshold && !DIVERSE_ALL)
        break;
      p = rs_leximin_add_panel (ctx, panel, NULL);
      g_array_append_val (found, p);
      last = panel;
    }
}
