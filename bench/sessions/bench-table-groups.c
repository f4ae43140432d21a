/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "bench-table-groups"

#include "config.h"

#include <stdlib.h>

#include "rs-table-groups.h"

/* Balanced table groups on synthetic meetings: for each size (arguments,
 * default 100 400 2000 people; tables of 8, four categories with 5, 2, 3
 * and 6 values of uneven frequency) prints the imbalance of seating people
 * in the order they registered (sorted by category), at random, and with
 * rs_table_groups_assign(), and the time the latter took. */

static gint64
draw (GRand *rand,
      int    n_values)
{
  /* Uneven shares: value v has weight n_values - v. */
  int total = n_values * (n_values + 1) / 2;
  int r = g_rand_int_range (rand, 0, total);

  for (int v = 0; v < n_values; v++)
    {
      r -= n_values - v;
      if (r < 0)
        return v + 1;
    }
  return n_values;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const gint64 *x = a, *y = b;

  for (int c = 0; c < 4; c++)
    if (x[c] != y[c])
      return x[c] < y[c] ? -1 : 1;
  return 0;
}

int
main (int    argc,
      char **argv)
{
  static const int sizes[] = { 100, 400, 2000 };
  static const int n_values[] = { 5, 2, 3, 6 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20270101);
  int n_runs = argc > 1 ? argc - 1 : (int) G_N_ELEMENTS (sizes);

  g_print ("%8s %8s %12s %12s %12s %10s\n", "people", "tables", "in-order", "random", "balanced", "ms");
  for (int run = 0; run < n_runs; run++)
    {
      guint n = argc > 1 ? (guint) atoi (argv[run + 1]) : (guint) sizes[run];
      g_autofree gint64 *values = g_new (gint64, n * 4);
      g_autofree int *in_order = g_new (int, n);
      g_autofree int *random = g_new (int, n);
      g_autofree int *balanced = NULL;
      guint n_tables = 0;
      gint64 start;
      double ms;

      for (guint p = 0; p < n; p++)
        for (int c = 0; c < 4; c++)
          values[p * 4 + c] = 10 * (c + 1) + draw (rand, n_values[c]);
      qsort (values, n, 4 * sizeof (gint64), compare_rows);

      start = g_get_monotonic_time ();
      balanced = rs_table_groups_assign (n, 4, values, NULL, 8, &n_tables);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      for (guint p = 0; p < n; p++)
        {
          in_order[p] = (int) (p * n_tables / n);
          random[p] = in_order[p];
        }
      for (guint p = n - 1; p > 0; p--)
        {
          guint q = (guint) g_rand_int_range (rand, 0, (gint32) p + 1);
          int t = random[p];
          random[p] = random[q];
          random[q] = t;
        }
      g_print ("%8u %8u %12.3f %12.3f %12.3f %10.1f\n", n, n_tables,
               rs_table_groups_imbalance (n, 4, values, in_order, n_tables),
               rs_table_groups_imbalance (n, 4, values, random, n_tables),
               rs_table_groups_imbalance (n, 4, values, balanced, n_tables), ms);
    }
  return 0;
}
