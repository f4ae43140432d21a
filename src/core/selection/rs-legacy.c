/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-legacy"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-selection-result.h"
#include "rs-selection-rng.h"

/* LEGACY: the greedy method used before 2020, kept only as a baseline. */

#define MAX_ATTEMPTS 100

static void
remove_person (RsSelectionInstance *instance,
               gboolean            *available,
               int                 *remaining,
               int                  i)
{
  RsSelectionPerson *p = rs_selection_instance_person (instance, i);

  if (!available[i])
    return;
  available[i] = FALSE;
  for (int c = 0; c < rs_selection_instance_n_categories (instance); c++)
    remaining[p->values[c]]--;
}

static GArray *
attempt (RsSelectionInstance *instance,
         RsSelectionRng      *rng)
{
  int n = rs_selection_instance_n_people (instance);
  int n_values = rs_selection_instance_n_values (instance);
  int n_cats = rs_selection_instance_n_categories (instance);
  g_autofree gboolean *available = g_new (gboolean, MAX (n, 1));
  g_autofree int *remaining = g_new0 (int, MAX (n_values, 1));
  g_autofree int *selected = g_new0 (int, MAX (n_values, 1));
  g_autoptr(GArray) panel = g_array_new (FALSE, FALSE, sizeof (int));

  for (int i = 0; i < n; i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      available[i] = TRUE;
      for (int c = 0; c < n_cats; c++)
        remaining[p->values[c]]++;
    }
  for (int i = 0; i < n; i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      for (int c = 0; c < n_cats; c++)
        if (rs_selection_instance_value (instance, p->values[c])->max == 0)
          remove_person (instance, available, remaining, i);
    }
  for (int s = 0; s < instance->size; s++)
    {
      int best = -1, pick, chosen = -1;
      double best_ratio = 0.0;
      RsSelectionPerson *p;

      for (int v = 0; v < n_values; v++)
        {
          RsSelectionValue *val = rs_selection_instance_value (instance, v);
          double ratio;

          if (val->min - selected[v] > remaining[v])
            return NULL;
          if (remaining[v] <= 0 || val->max <= 0 || selected[v] >= val->max)
            continue;
          ratio = (val->min - selected[v]) / (double) remaining[v];
          if (best < 0 || ratio > best_ratio)
            {
              best = v;
              best_ratio = ratio;
            }
        }
      if (best < 0)
        return NULL;
      pick = (int) rs_selection_rng_below (rng, remaining[best]);
      for (int i = 0; i < n; i++)
        {
          p = rs_selection_instance_person (instance, i);
          if (!available[i] || p->values[rs_selection_instance_value (instance, best)->category] != best)
            continue;
          if (pick-- == 0)
            {
              chosen = i;
              break;
            }
        }
      g_assert (chosen >= 0);
      p = rs_selection_instance_person (instance, chosen);
      g_array_append_val (panel, chosen);
      remove_person (instance, available, remaining, chosen);
      for (int c = 0; c < n_cats; c++)
        selected[p->values[c]]++;
      for (int i = 0; p->household && i < n; i++)
        {
          RsSelectionPerson *q = rs_selection_instance_person (instance, i);
          if (available[i] && q->household && g_str_equal (q->household, p->household))
            remove_person (instance, available, remaining, i);
        }
      for (int c = 0; c < n_cats; c++)
        {
          int v = p->values[c];
          if (selected[v] < rs_selection_instance_value (instance, v)->max)
            continue;
          for (int i = 0; i < n; i++)
            if (available[i] && rs_selection_instance_person (instance, i)->values[c] == v)
              remove_person (instance, available, remaining, i);
        }
    }
  for (int v = 0; v < n_values; v++)
    if (selected[v] < rs_selection_instance_value (instance, v)->min)
      return NULL;
  return g_steal_pointer (&panel);
}

GArray *
rs_selection_legacy_panel (RsSelectionInstance *instance,
                           gpointer             rng,
                           int                 *retries)
{
  for (int a = 0; a < MAX_ATTEMPTS; a++)
    {
      GArray *panel = attempt (instance, rng);
      if (panel)
        {
          if (retries)
            *retries += a;
          return panel;
        }
    }
  return NULL;
}

RsSelectionResult *
rs_selection_legacy (RsSelectionInstance  *instance,
                     int                   n_draws,
                     guint64               seed,
                     RsSelectionProgress   progress,
                     gpointer              user_data,
                     GCancellable         *cancellable,
                     GError              **error)
{
  RsSelectionTypes *types = rs_selection_types_new (instance, FALSE);
  g_autoptr(RsSelectionResult) result = rs_selection_result_new (instance, types, RS_SELECTION_LEGACY);
  g_autofree char *seed_text = g_strdup_printf ("%" G_GUINT64_FORMAT, seed);
  g_autoptr(RsSelectionRng) rng = rs_selection_rng_new (seed_text);
  int n = rs_selection_instance_n_people (instance);
  g_autofree guint *hits = g_new0 (guint, MAX (n, 1));
  gint64 start = g_get_monotonic_time ();

  for (int d = 0; d < n_draws; d++)
    {
      g_autoptr(GArray) panel = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      panel = rs_selection_legacy_panel (instance, rng, &result->stats.n_legacy_retries);
      if (panel == NULL)
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INFEASIBLE,
                       _("The greedy method found no panel that meets every quota."));
          return NULL;
        }
      for (guint j = 0; j < panel->len; j++)
        hits[g_array_index (panel, int, j)]++;
      if (progress && d % 100 == 0)
        progress (_("Drawing greedy panels"), d / (double) n_draws, 0.0, 0.0, user_data);
    }
  for (int i = 0; i < n; i++)
    result->marginals[i] = n_draws > 0 ? hits[i] / (double) n_draws : 0.0;
  result->stats.n_legacy_draws = n_draws;
  result->stats.seconds_cg = (g_get_monotonic_time () - start) / 1e6;
  return g_steal_pointer (&result);
}
