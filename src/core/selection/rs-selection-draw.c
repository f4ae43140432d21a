/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "rs-selection-draw.h"
#include "rs-selection-model.h"

static int
compare_int (const void *a,
             const void *b)
{
  return *(const int *) a - *(const int *) b;
}

void
rs_selection_draw_free (RsSelectionDraw *draw)
{
  if (draw == NULL)
    return;
  g_free (draw->seed);
  g_clear_pointer (&draw->members, g_array_unref);
  g_clear_pointer (&draw->reserves, g_array_unref);
  g_free (draw);
}

/* Marks members and everyone sharing a household with a member. */
static gboolean *
blocked_people (RsSelectionInstance *instance,
                GArray              *members)
{
  int n = rs_selection_instance_n_people (instance);
  gboolean *blocked = g_new0 (gboolean, MAX (n, 1));
  g_autoptr(GHashTable) households = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint j = 0; j < members->len; j++)
    {
      int i = g_array_index (members, int, j);
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      blocked[i] = TRUE;
      if (p->household)
        g_hash_table_add (households, p->household);
    }
  for (int i = 0; i < n; i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      if (p->household && g_hash_table_contains (households, p->household))
        blocked[i] = TRUE;
    }
  return blocked;
}

RsSelectionDraw *
rs_selection_draw (RsSelectionResult *result,
                   const char        *seed,
                   int                n_reserves,
                   GError           **error)
{
  g_autoptr(RsSelectionRng) rng = rs_selection_rng_new (seed);
  g_autoptr(RsSelectionDraw) draw = g_new0 (RsSelectionDraw, 1);
  RsSelectionTypes *types = result->types;
  int n = rs_selection_instance_n_people (result->instance);
  g_autofree gboolean *blocked = NULL;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (int));

  draw->seed = g_strdup (seed);
  draw->panel_index = -1;
  if (result->algorithm == RS_SELECTION_LEGACY)
    {
      draw->members = rs_selection_legacy_panel (result->instance, rng, NULL);
      if (draw->members == NULL)
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INFEASIBLE,
                       _("The greedy method found no panel that meets every quota."));
          return NULL;
        }
    }
  else
    {
      double u = rs_selection_rng_double (rng), cumulative = 0.0;
      RsSelectionPanel *panel = NULL;

      if (result->panels->len == 0)
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INVALID,
                       _("There is no distribution to draw from."));
          return NULL;
        }
      for (guint p = 0; p < result->panels->len; p++)
        {
          panel = g_ptr_array_index (result->panels, p);
          cumulative += panel->probability;
          draw->panel_index = (int) p;
          if (u < cumulative)
            break;
        }
      draw->members = g_array_new (FALSE, FALSE, sizeof (int));
      for (int t = 0; t < types->n_types; t++)
        {
          int c = types->count[t], m = panel->counts[t];
          g_autofree int *pool = g_memdup2 (types->member + types->start[t], sizeof (int) * MAX (c, 1));

          /* Partial Fisher–Yates: m of the c interchangeable people. */
          for (int j = 0; j < m; j++)
            {
              int r = j + (int) rs_selection_rng_below (rng, c - j);
              int tmp = pool[j];
              pool[j] = pool[r];
              pool[r] = tmp;
              g_array_append_val (draw->members, pool[j]);
            }
        }
    }
  qsort (draw->members->data, draw->members->len, sizeof (int), compare_int);

  /* Reserves: a seeded random order of everyone still eligible. */
  blocked = blocked_people (result->instance, draw->members);
  for (int i = 0; i < n; i++)
    if (!blocked[i])
      g_array_append_val (candidates, i);
  draw->reserves = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint j = 0; j < candidates->len && (int) j < n_reserves; j++)
    {
      guint r = j + (guint) rs_selection_rng_below (rng, candidates->len - j);
      int tmp = g_array_index (candidates, int, j);
      g_array_index (candidates, int, j) = g_array_index (candidates, int, r);
      g_array_index (candidates, int, r) = tmp;
      g_array_append_val (draw->reserves, g_array_index (candidates, int, j));
    }
  return g_steal_pointer (&draw);
}

GArray *
rs_selection_replace (RsSelectionInstance *instance,
                      GArray              *members,
                      GArray              *excluded,
                      GArray              *reserves,
                      const char          *seed,
                      GError             **error)
{
  RsSelectionTypes *types = rs_selection_types_new (instance, FALSE);
  g_autoptr(RsSelectionRng) rng = rs_selection_rng_new (seed);
  int n = rs_selection_instance_n_people (instance);
  g_autofree gboolean *blocked = blocked_people (instance, members);
  g_autofree double *obj = g_new0 (double, MAX (n, 1));
  g_autofree double *x = g_new0 (double, MAX (n, 1));
  RsSolverIlp *ilp;
  GArray *chosen;
  RsSolverStatus status;
  int n_res = reserves ? (int) reserves->len : 0;

  /* Without aggregation, type i is person i. */
  ilp = rs_selection_build_ilp (instance, types, NULL, NULL);
  for (int i = 0; i < n; i++)
    obj[i] = rs_selection_rng_double (rng);
  for (int r = 0; r < n_res; r++)
    obj[g_array_index (reserves, int, r)] = 2.0 * n + (n_res - r) * (double) n;
  for (int i = 0; i < n; i++)
    if (blocked[i])
      rs_solver_ilp_set_bounds (ilp, types->type_of_person[i], 0.0, 0.0);
  for (guint j = 0; j < members->len; j++)
    rs_solver_ilp_set_bounds (ilp, types->type_of_person[g_array_index (members, int, j)], 1.0, 1.0);
  for (guint j = 0; excluded && j < excluded->len; j++)
    rs_solver_ilp_set_bounds (ilp, types->type_of_person[g_array_index (excluded, int, j)], 0.0, 0.0);
  for (guint j = 0; j < members->len; j++)
    obj[g_array_index (members, int, j)] = 0.0;
  status = rs_solver_ilp_solve (ilp, obj, TRUE, x, NULL);
  rs_solver_ilp_free (ilp);
  if (status != RS_SOLVER_OPTIMAL)
    {
      rs_selection_types_free (types);
      g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INFEASIBLE,
                   _("No replacement keeps every quota: the remaining pool is too small for the targets."));
      return NULL;
    }
  chosen = g_array_new (FALSE, FALSE, sizeof (int));
  for (int i = 0; i < n; i++)
    if (x[types->type_of_person[i]] > 0.5 && !blocked[i])
      g_array_append_val (chosen, i);
  rs_selection_types_free (types);
  return chosen;
}
