/* SPDX-License-Identifier: MPL-2.0 */
/* A Statistics Denmark answer: JSON-stat parsing and the aggregation into
 * population figures for each table Rådslag fetches. */
#include "config.h"

#include "rs-fuzz.h"
#include "rs-jsonstat.h"
#include "rs-population.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const tables[] = { "FOLK1A", "FOLK1E", "RAS210" };
  g_autoptr(RsJsonStat) cube = NULL;
  g_autoptr(GError) error = NULL;

  rs_fuzz_init ();
  if (size > RS_FUZZ_MAX_INPUT)
    return 0;
  cube = rs_jsonstat_parse_data ((const char *) data, (gssize) size, &error);
  if (cube == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  if (cube->n_values > 0)
    {
      g_autofree guint *pos = g_new0 (guint, cube->n_dims);
      g_autofree const char **codes = g_new0 (const char *, cube->n_dims + 1);
      gsize last = cube->n_values - 1;

      rs_jsonstat_cell_position (cube, last, pos);
      for (guint d = 0; d < cube->n_dims; d++)
        codes[d] = g_ptr_array_index (cube->codes[d], pos[d]);
      g_assert_cmpint (rs_jsonstat_find_cell (cube, codes), >=, 0);
    }
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autoptr(GError) local = NULL;
      RsBenchmark *benchmark = rs_population_aggregate (tables[t], "461", cube, &local);

      g_assert ((benchmark == NULL) == (local != NULL));
      g_clear_pointer (&benchmark, rs_benchmark_free);
    }
  return 0;
}
