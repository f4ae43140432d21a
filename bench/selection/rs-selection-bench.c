/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection-bench"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "rs-selection-check.h"
#include "rs-selection-result.h"
#include "rs-selection-rng.h"

/*
 * rs-selection-bench CATEGORIES.csv RESPONDENTS.csv K [--reference STATS.txt]
 * rs-selection-bench --synthetic NAME [--seed S]     (NAME: sf_a … obf, all)
 * Options: --no-aggregate (per-person ILP), --legacy N (N greedy draws).
 * Prints minimum, maximum, Gini, support, levels, ILP/LP counts, time split,
 * peak RSS and, when given, the paper's reference time.
 */

typedef struct
{
  const char *name;
  int n, k;
  int values[8];
} Synthetic;

/* n, k and number of categories from the Nature paper; only sf_e's value
 * counts are known (3,4,12,3,5,2,2); the others are invented. */
static const Synthetic synthetic[] = {
  { "sf_a", 312, 35, { 2, 4, 5, 3, 4, 3 } },
  { "sf_b", 250, 20, { 2, 4, 4, 3, 5, 2 } },
  { "sf_c", 161, 44, { 2, 5, 4, 3, 3, 2, 4 } },
  { "sf_d", 404, 40, { 2, 5, 6, 3, 4, 3 } },
  { "sf_e", 1727, 110, { 3, 4, 12, 3, 5, 2, 2 } },
  { "cca", 825, 75, { 2, 5, 6, 4 } },
  { "hd", 239, 30, { 2, 4, 3, 5, 3, 2, 3 } },
  { "mass", 70, 24, { 2, 4, 3, 3, 2 } },
  { "nexus", 342, 170, { 2, 5, 4, 3, 3 } },
  { "obf", 321, 30, { 2, 4, 5, 3, 3, 2, 4, 3 } },
};

static RsSelectionInstance *
make_synthetic (const Synthetic *s,
                const char      *seed)
{
  g_autoptr(RsSelectionRng) rng = rs_selection_rng_new (seed);
  RsSelectionInstance *instance = rs_selection_instance_new (s->k);
  int n_cats = 0;
  g_autofree int *values = NULL;
  double pop[8][16], pool[8][16];

  while (n_cats < 8 && s->values[n_cats] > 0)
    n_cats++;
  for (int c = 0; c < n_cats; c++)
    {
      double sum_pop = 0, sum_pool = 0;
      g_autofree char *cname = g_strdup_printf ("c%d", c);
      int cat = rs_selection_instance_add_category (instance, cname);

      for (int v = 0; v < s->values[c]; v++)
        {
          pop[c][v] = 0.3 + rs_selection_rng_double (rng);
          /* Self-selection bias: ×/÷ up to 2.5. */
          pool[c][v] = pop[c][v] * exp ((rs_selection_rng_double (rng) * 2 - 1) * log (2.5));
          sum_pop += pop[c][v];
          sum_pool += pool[c][v];
        }
      for (int v = 0; v < s->values[c]; v++)
        {
          g_autofree char *vname = g_strdup_printf ("v%d", v);
          int q;

          pop[c][v] /= sum_pop;
          pool[c][v] /= sum_pool;
          q = (int) floor (pop[c][v] * s->k);
          rs_selection_instance_add_value (instance, cat, vname, MAX (0, q - 1), q + 2, 0, s->k);
        }
    }
  values = g_new (int, n_cats);
  for (int i = 0; i < s->n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%d", s->name, i + 1);
      for (int c = 0; c < n_cats; c++)
        {
          double u = rs_selection_rng_double (rng), acc = 0;
          int v = 0;
          for (v = 0; v < s->values[c] - 1; v++)
            {
              acc += pool[c][v];
              if (u < acc)
                break;
            }
          values[c] = rs_selection_instance_category (instance, c)->first_value + v;
        }
      rs_selection_instance_add_person (instance, id, values, NULL, NULL);
    }
  return instance;
}

static char *
reference_time (const char *path)
{
  g_autofree char *text = NULL;
  const char *p;

  if (path == NULL || !g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  p = strstr (text, "median running time of ");
  if (p == NULL)
    return NULL;
  p += strlen ("median running time of ");
  return g_strndup (p, strcspn (p, "\n"));
}

static void
run (const char          *label,
     RsSelectionInstance *instance,
     gboolean             aggregate,
     int                  legacy_draws,
     const char          *reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSelectionCheck) check = rs_selection_check (instance, NULL, &error);
  g_autoptr(RsSelectionResult) result = NULL;
  
  g_autofree char *ref = reference_time (reference);
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  double seconds;

  if (check != NULL && !check->feasible && check->relaxable)
    {
      /* Synthetic look-alikes may come out infeasible: apply the suggested
       * relaxation, as a user would. */
      for (guint i = 0; i < check->changes->len; i++)
        {
          RsSelectionChange *c = &g_array_index (check->changes, RsSelectionChange, i);
          rs_selection_instance_value (instance, c->value)->min = c->new_min;
          rs_selection_instance_value (instance, c->value)->max = c->new_max;
        }
      g_print ("%s: applied the suggested relaxation (%u quotas changed)\n", label, check->changes->len);
      g_clear_pointer (&check, rs_selection_check_free);
      check = rs_selection_check (instance, NULL, &error);
    }
  if (check == NULL || !check->feasible)
    {
      g_print ("%s: infeasible quotas (%s)\n", label, error ? error->message : "see check");
      return;
    }
  if (legacy_draws > 0)
    result = rs_selection_legacy (instance, legacy_draws, 1, NULL, NULL, NULL, &error);
  else
    result = rs_selection_leximin (instance, aggregate, NULL, NULL, NULL, &error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  if (result == NULL)
    {
      g_print ("%s: failed: %s\n", label, error->message);
      return;
    }
  getrusage (RUSAGE_SELF, &usage);
  g_print ("%s: n=%d k=%d categories=%d types=%d%s\n", label,
           rs_selection_instance_n_people (instance), instance->size,
           rs_selection_instance_n_categories (instance), result->types->n_types,
           legacy_draws > 0 ? " algorithm=legacy" : (aggregate ? " algorithm=leximin (types)" : " algorithm=leximin (per person)"));
  g_print ("  minimum %.4f  maximum %.4f  gini %.1f%%  support %u  levels %d\n",
           rs_selection_result_minimum (result), rs_selection_result_maximum (result),
           100 * rs_selection_result_gini (result), result->panels->len, result->stats.n_levels);
  if (result->certificate)
    g_print ("  certificate bound %.4f (gap %.5f)  final LP epsilon %.2g\n", result->certificate_bound,
             result->certificate_bound - rs_selection_result_minimum (result), result->stats.final_epsilon);
  g_print ("  ILP %d (%.2f s)  LP %d (%.2f s)\n", result->stats.n_ilp, result->stats.seconds_ilp,
           result->stats.n_lp, result->stats.seconds_lp);
  g_print ("  time %.2f s = start panels %.2f + column generation %.2f + final LP %.2f; peak RSS %ld MB\n",
           seconds, result->stats.seconds_mw, result->stats.seconds_cg, result->stats.seconds_final,
           usage.ru_maxrss / 1024);
  if (legacy_draws > 0)
    g_print ("  legacy draws %d, retries %d\n", legacy_draws, result->stats.n_legacy_retries);
  if (ref)
    g_print ("  paper (Gurobi, LEXIMIN): %s\n", ref);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *synth = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *seed = g_strdup ("1");
  gboolean no_aggregate = FALSE;
  int legacy = 0;
  GOptionEntry entries[] = {
    { "synthetic", 0, 0, G_OPTION_ARG_STRING, &synth, "Synthetic look-alike (sf_a … obf, all)", "NAME" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed, "Generator seed", "S" },
    { "reference", 0, 0, G_OPTION_ARG_FILENAME, &reference, "Paper statistics file", "FILE" },
    { "no-aggregate", 0, 0, G_OPTION_ARG_NONE, &no_aggregate, "Per-person ILP (no types)", NULL },
    { "legacy", 0, 0, G_OPTION_ARG_INT, &legacy, "Run LEGACY with N draws", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[CATEGORIES RESPONDENTS K]");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (synth)
    {
      for (guint i = 0; i < G_N_ELEMENTS (synthetic); i++)
        if (g_str_equal (synth, "all") || g_str_equal (synth, synthetic[i].name))
          {
            g_autoptr(RsSelectionInstance) instance = make_synthetic (&synthetic[i], seed);
            g_autofree char *label = g_strdup_printf ("synthetic %s", synthetic[i].name);
            run (label, instance, !no_aggregate, legacy, NULL);
          }
      return 0;
    }
  if (argc != 4)
    {
      g_printerr ("usage: %s CATEGORIES RESPONDENTS K | --synthetic NAME\n", argv[0]);
      return 2;
    }
  {
    g_autoptr(RsSelectionInstance) instance = rs_selection_instance_new (atoi (argv[3]));
    if (!rs_selection_read_categories (instance, argv[1], &error) ||
        !rs_selection_read_respondents (instance, argv[2], NULL, NULL, &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
    run (argv[2], instance, !no_aggregate, legacy, reference);
  }
  return 0;
}
