/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rs-selection-draw.h"
#include "rs-selection-rng.h"
#include "selection-test-common.h"

static RsSelectionResult *
solve (RsSelectionInstance *instance)
{
  g_autoptr(GError) error = NULL;
  RsSelectionResult *result = rs_selection_leximin (instance, TRUE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return result;
}

static void
assert_members_valid (RsSelectionInstance *instance,
                      GArray              *members)
{
  int n_values = rs_selection_instance_n_values (instance);
  g_autofree int *counts = g_new0 (int, n_values);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) households = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (members->len, ==, instance->size);
  for (guint j = 0; j < members->len; j++)
    {
      int i = g_array_index (members, int, j);
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);

      g_assert_true (g_hash_table_add (seen, GINT_TO_POINTER (i + 1)));
      if (p->household)
        g_assert_true (g_hash_table_add (households, p->household));
      for (int c = 0; c < rs_selection_instance_n_categories (instance); c++)
        counts[p->values[c]]++;
    }
  for (int v = 0; v < n_values; v++)
    {
      g_assert_cmpint (counts[v], >=, rs_selection_instance_value (instance, v)->min);
      g_assert_cmpint (counts[v], <=, rs_selection_instance_value (instance, v)->max);
    }
}

static void
test_rng_known_values (void)
{
  g_autoptr(RsSelectionRng) rng = rs_selection_rng_new ("42");
  g_autofree char *hex = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "42:0", -1);
  g_autofree char *head = g_strndup (hex, 16);
  guint64 expected = g_ascii_strtoull (head, NULL, 16);

  /* The stream is documented: anyone can recompute it. */
  g_assert_cmpuint (rs_selection_rng_next (rng), ==, expected);
  for (int i = 0; i < 1000; i++)
    g_assert_cmpuint (rs_selection_rng_below (rng, 7), <, 7);
}

static void
test_same_seed (void)
{
  g_autoptr(RsSelectionInstance) instance = load_households ();
  g_autoptr(RsSelectionResult) result = solve (instance);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSelectionDraw) a = rs_selection_draw (result, "2026-11-01 Lotto 7 12 19 23 31 34", 5, &error);
  g_autoptr(RsSelectionDraw) b = rs_selection_draw (result, "2026-11-01 Lotto 7 12 19 23 31 34", 5, &error);
  gboolean differs = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (a->members->len, ==, b->members->len);
  g_assert_cmpmem (a->members->data, a->members->len * sizeof (int), b->members->data, b->members->len * sizeof (int));
  g_assert_cmpmem (a->reserves->data, a->reserves->len * sizeof (int), b->reserves->data, b->reserves->len * sizeof (int));
  assert_members_valid (instance, a->members);
  g_assert_cmpuint (a->reserves->len, ==, 5);
  /* Reserves are neither members nor their housemates. */
  for (guint r = 0; r < a->reserves->len; r++)
    for (guint m = 0; m < a->members->len; m++)
      {
        RsSelectionPerson *res = rs_selection_instance_person (instance, g_array_index (a->reserves, int, r));
        RsSelectionPerson *mem = rs_selection_instance_person (instance, g_array_index (a->members, int, m));
        g_assert_true (res != mem);
        g_assert_true (res->household == NULL || g_strcmp0 (res->household, mem->household) != 0);
      }
  /* Another seed gives (almost surely) another panel. */
  for (int s = 0; s < 5 && !differs; s++)
    {
      g_autofree char *seed = g_strdup_printf ("other-%d", s);
      g_autoptr(RsSelectionDraw) c = rs_selection_draw (result, seed, 0, &error);
      differs = c->members->len != a->members->len ||
                memcmp (c->members->data, a->members->data, a->members->len * sizeof (int)) != 0;
    }
  g_assert_true (differs);
}

/* Φ⁻¹ by bisection on erfc. */
static double
normal_quantile_upper (double alpha)
{
  double lo = 0.0, hi = 10.0;
  for (int i = 0; i < 100; i++)
    {
      double mid = (lo + hi) / 2;
      if (0.5 * erfc (mid / sqrt (2.0)) > alpha)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static void
check_draws (RsSelectionInstance *instance,
             RsSelectionResult   *result)
{
  const int T = 10000;
  int n = rs_selection_instance_n_people (instance);
  g_autofree int *person_hits = g_new0 (int, n);
  g_autofree int *panel_hits = g_new0 (int, result->panels->len);
  double z_limit = normal_quantile_upper (0.001 / (2.0 * n));
  double chi2 = 0.0, expected_rest = 0.0, observed_rest = 0.0, chi2_limit, h;
  int df = -1;
  long total = 0;

  for (int d = 0; d < T; d++)
    {
      g_autofree char *seed = g_strdup_printf ("test-%d", d);
      g_autoptr(GError) error = NULL;
      g_autoptr(RsSelectionDraw) draw = rs_selection_draw (result, seed, 0, &error);

      g_assert_no_error (error);
      if (d < 200)
        assert_members_valid (instance, draw->members);
      panel_hits[draw->panel_index]++;
      for (guint j = 0; j < draw->members->len; j++)
        person_hits[g_array_index (draw->members, int, j)]++;
      total += draw->members->len;
    }
  g_assert_cmpint (total, ==, (long) T * instance->size);
  /* Per person: z-test with a Bonferroni threshold at α = 0.001. */
  for (int i = 0; i < n; i++)
    {
      double p = result->marginals[i];
      if (p < 1e-9 || p > 1 - 1e-9)
        {
          g_assert_cmpint (person_hits[i], ==, p < 0.5 ? 0 : T);
          continue;
        }
      g_assert_cmpfloat (fabs ((person_hits[i] - T * p) / sqrt (T * p * (1 - p))), <=, z_limit);
    }
  /* Per panel: χ² goodness of fit, bins with T·x < 5 merged. */
  for (guint p = 0; p < result->panels->len; p++)
    {
      double e = T * ((RsSelectionPanel *) g_ptr_array_index (result->panels, p))->probability;
      if (e < 5)
        {
          expected_rest += e;
          observed_rest += panel_hits[p];
          continue;
        }
      chi2 += (panel_hits[p] - e) * (panel_hits[p] - e) / e;
      df++;
    }
  if (expected_rest > 0)
    {
      chi2 += (observed_rest - expected_rest) * (observed_rest - expected_rest) / expected_rest;
      df++;
    }
  if (df < 1)
    return;
  /* Wilson–Hilferty: the χ² quantile at 1 − 0.001. */
  h = 2.0 / (9.0 * df);
  chi2_limit = df * pow (1 - h + normal_quantile_upper (0.001) * sqrt (h), 3);
  g_test_message ("chi2 %.1f, df %d, limit %.1f, z limit %.2f", chi2, df, chi2_limit, z_limit);
  g_assert_cmpfloat (chi2, <=, chi2_limit);
}

static void
test_draws_match_small (void)
{
  g_autoptr(RsSelectionInstance) instance = load_small ();
  g_autoptr(RsSelectionResult) result = solve (instance);
  check_draws (instance, result);
}

static void
test_draws_match_households (void)
{
  g_autoptr(RsSelectionInstance) instance = load_households ();
  g_autoptr(RsSelectionResult) result = solve (instance);
  check_draws (instance, result);
}

static int
find (RsSelectionInstance *instance,
      const char          *id)
{
  for (int i = 0; i < rs_selection_instance_n_people (instance); i++)
    if (g_str_equal (rs_selection_instance_person (instance, i)->id, id))
      return i;
  g_assert_not_reached ();
}

static void
test_replacement (void)
{
  g_autoptr(RsSelectionInstance) instance = load_households ();
  g_autoptr(RsSelectionResult) result = solve (instance);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSelectionDraw) draw = rs_selection_draw (result, "replace", 6, &error);
  g_autoptr(GArray) remaining = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) dropped = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) chosen = NULL;
  g_autoptr(GArray) again = NULL;
  g_autoptr(GArray) full = NULL;

  g_assert_no_error (error);
  for (guint j = 0; j < draw->members->len; j++)
    {
      int i = g_array_index (draw->members, int, j);
      if (j < 2)
        g_array_append_val (dropped, i);
      else
        g_array_append_val (remaining, i);
    }
  chosen = rs_selection_replace (instance, remaining, dropped, draw->reserves, "replace-1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chosen->len, ==, 2);
  again = rs_selection_replace (instance, remaining, dropped, draw->reserves, "replace-1", &error);
  g_assert_cmpmem (chosen->data, chosen->len * sizeof (int), again->data, again->len * sizeof (int));
  full = g_array_copy (remaining);
  g_array_append_vals (full, chosen->data, chosen->len);
  /* Every quota still holds and no two members share a household. */
  assert_members_valid (instance, full);
  for (guint j = 0; j < chosen->len; j++)
    for (guint d = 0; d < dropped->len; d++)
      g_assert_cmpint (g_array_index (chosen, int, j), !=, g_array_index (dropped, int, d));
  (void) find;
}

static void
test_replacement_excludes_housemates (void)
{
  g_autoptr(RsSelectionInstance) instance = load_households ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) chosen = NULL;
  /* r01 and r02 share "Møllevej 29, 4000"; r03 and r04 the same Havnegade
   * address spelled differently. Keep r01 and r03, replace up to 8. */
  int keep[] = { find (instance, "r01"), find (instance, "r03") };

  g_array_append_vals (members, keep, 2);
  chosen = rs_selection_replace (instance, members, NULL, NULL, "mates", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (chosen->len, ==, 6);
  for (guint j = 0; j < chosen->len; j++)
    {
      int i = g_array_index (chosen, int, j);
      g_assert_cmpint (i, !=, find (instance, "r02"));
      g_assert_cmpint (i, !=, find (instance, "r04"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/selection/draw/rng-known-values", test_rng_known_values);
  g_test_add_func ("/selection/draw/same-seed", test_same_seed);
  g_test_add_func ("/selection/draw/match-marginals-small", test_draws_match_small);
  g_test_add_func ("/selection/draw/match-marginals-households", test_draws_match_households);
  g_test_add_func ("/selection/draw/replacement", test_replacement);
  g_test_add_func ("/selection/draw/replacement-housemates", test_replacement_excludes_housemates);
  return g_test_run ();
}
