/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection-bench"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "rs-database.h"
#include "rs-sample.h"
#include "rs-selection-check.h"
#include "rs-selection-result.h"
#include "rs-selection-rng.h"
#include "rs-selection-store.h"

/*
 * rs-selection-bench CATEGORIES.csv RESPONDENTS.csv K [--reference STATS.txt]
 * rs-selection-bench --synthetic NAME [--seed S]     (NAME: sf_a … obf, all)
 * rs-selection-bench --odense [--pool N] [--seats K] [--households SHARE]
 *                    [--tolerance SEATS] [--seed S]   (Odense-like generator)
 * rs-selection-bench --sample                         (the sample's pool)
 * Options: --no-aggregate (per-person ILP), --legacy N (N greedy draws),
 * --slow (the old path: one LP per level, rebuilt, no aggregation of
 * fixing), --compare (both paths, and the largest marginal difference).
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

/* An Odense-like pool: gender 3, age 5, origin 3, socio-economic 5 and
 * district 5 values; volunteers self-select (×/÷ 2.5 per value), quotas are
 * the population share of @k within ±@tolerance seats, and a share of the
 * people live in two-person households (housemates share their district). */
static RsSelectionInstance *
make_odense (int         n,
             int         k,
             double      household_share,
             double      tolerance,
             const char *seed)
{
  static const int n_values[] = { 3, 5, 3, 5, 5 };
  static const char *names[] = { "gender", "age", "origin", "socio", "district" };
  g_autoptr(RsSelectionRng) rng = rs_selection_rng_new (seed);
  RsSelectionInstance *instance = rs_selection_instance_new (k);
  double pop[5][8], pool[5][8];
  int values[5], prev[5] = { 0 };
  int n_pairs = (int) (n * household_share / 2 + 0.5);
  g_autofree char *household = NULL;

  for (int c = 0; c < 5; c++)
    {
      double sum_pop = 0, sum_pool = 0;
      int cat = rs_selection_instance_add_category (instance, names[c]);

      for (int v = 0; v < n_values[c]; v++)
        {
          /* Gender: a small third value ("other"), as in a real pool. */
          pop[c][v] = c == 0 && v == 2 ? 0.01 : 0.3 + rs_selection_rng_double (rng);
          pool[c][v] = pop[c][v] * exp ((rs_selection_rng_double (rng) * 2 - 1) * log (2.5));
          sum_pop += pop[c][v];
          sum_pool += pool[c][v];
        }
      for (int v = 0; v < n_values[c]; v++)
        {
          g_autofree char *vname = g_strdup_printf ("%s-%d", names[c], v);
          double q;

          pop[c][v] /= sum_pop;
          pool[c][v] /= sum_pool;
          q = pop[c][v] * k;
          rs_selection_instance_add_value (instance, cat, vname, MAX (0, (int) ceil (q - tolerance)),
                                           (int) floor (q + tolerance), 0, k);
        }
    }
  for (int i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("od-%d", i + 1);
      gboolean second = i % 2 == 1 && i / 2 < n_pairs;

      for (int c = 0; c < 5; c++)
        {
          double u = rs_selection_rng_double (rng), acc = 0;
          int v;

          for (v = 0; v < n_values[c] - 1; v++)
            {
              acc += pool[c][v];
              if (u < acc)
                break;
            }
          values[c] = rs_selection_instance_category (instance, c)->first_value + v;
        }
      if (second)
        values[4] = prev[4];
      else
        {
          g_free (household);
          household = i / 2 < n_pairs ? g_strdup_printf ("addr-%d", i / 2) : NULL;
        }
      memcpy (prev, values, sizeof values);
      rs_selection_instance_add_person (instance, id, values, household, NULL);
    }
  return instance;
}

/* The sample's pool, loaded as the GUI does. */
static RsSelectionInstance *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rs-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(RsDatabase) db = NULL;
  RsSelectionInstance *instance = NULL;
  RsStatement *stmt;
  gint64 panel_id = 0;

  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "sample.db", NULL);
  db = rs_database_open (path, &error);
  if (db == NULL || rs_sample_create (db, &error) == 0)
    g_error ("%s", error->message);
  stmt = rs_database_prepare (db, "SELECT id FROM panel ORDER BY id LIMIT 1", &error);
  if (stmt && rs_statement_step (stmt) == RS_SQL_ROW)
    panel_id = rs_statement_column_int64 (stmt, 0);
  rs_statement_finalize (stmt);
  instance = rs_selection_store_load (db, panel_id, NULL, &error);
  if (instance == NULL)
    g_error ("%s", error->message);
  g_clear_object (&db);
  g_unlink (path);
  g_rmdir (dir);
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

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

/* CLP factorises its bases with BLAS: the reference BLAS or an optimised
 * one (Debian's alternatives) changes the LP times a lot. The load
 * average tells how far wall time can be trusted on a shared machine. */
static void
print_environment (void)
{
  g_autofree char *maps = NULL, *loadavg = NULL, *blas = NULL;

  if (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL))
    {
      g_auto(GStrv) lines = g_strsplit (maps, "\n", -1);
      for (int i = 0; lines[i] && blas == NULL; i++)
        {
          const char *path = strchr (lines[i], '/');
          if (path && strstr (path, "blas"))
            {
              g_autofree char *dir = g_path_get_dirname (path);
              g_autofree char *base = g_path_get_basename (path);
              g_autofree char *parent = g_path_get_basename (dir);
              blas = g_strdup_printf ("%s/%s", parent, base);
            }
        }
    }
  g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL);
  if (loadavg && strchr (loadavg, ' '))
    *strchr (strchr (strchr (loadavg, ' ') + 1, ' ') + 1, ' ') = '\0';
  g_print ("  BLAS %s; load average %s over %u cores\n", blas ? blas : "(none loaded)",
           loadavg ? loadavg : "?", g_get_num_processors ());
}

static RsSelectionResult *
run (const char          *label,
     RsSelectionInstance *instance,
     RsLeximinFlags       flags,
     int                  legacy_draws,
     const char          *reference)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSelectionCheck) check = rs_selection_check (instance, NULL, &error);
  g_autoptr(RsSelectionResult) result = NULL;
  g_autofree char *ref = reference_time (reference);
  gint64 start;
  double cpu_start;
  struct rusage usage;
  double seconds, cpu;

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
      return NULL;
    }
  start = g_get_monotonic_time ();
  cpu_start = cpu_seconds ();
  if (legacy_draws > 0)
    result = rs_selection_legacy (instance, legacy_draws, 1, NULL, NULL, NULL, &error);
  else
    result = rs_selection_leximin_full (instance, flags, NULL, NULL, NULL, &error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  cpu = cpu_seconds () - cpu_start;
  if (result == NULL)
    {
      g_print ("%s: failed: %s\n", label, error->message);
      return NULL;
    }
  getrusage (RUSAGE_SELF, &usage);
  g_print ("%s: n=%d k=%d categories=%d types=%d%s\n", label,
           rs_selection_instance_n_people (instance), instance->size,
           rs_selection_instance_n_categories (instance), result->types->n_types,
           legacy_draws > 0 ? " algorithm=legacy" :
           (flags & RS_LEXIMIN_SLOW) ? " algorithm=leximin (slow reference path)" :
           (flags & RS_LEXIMIN_NO_AGGREGATE) ? " algorithm=leximin (per person)" : " algorithm=leximin");
  g_print ("  minimum %.4f  maximum %.4f  gini %.1f%%  support %u  levels %d  columns %d\n",
           rs_selection_result_minimum (result), rs_selection_result_maximum (result),
           100 * rs_selection_result_gini (result), result->panels->len, result->stats.n_levels,
           result->stats.n_columns);
  if (result->certificate)
    g_print ("  certificate bound %.4f (gap %.5f)  final LP epsilon %.2g\n", result->certificate_bound,
             result->certificate_bound - rs_selection_result_minimum (result), result->stats.final_epsilon);
  g_print ("  ILP %d (%.2f s)  LP %d (%.2f s)\n", result->stats.n_ilp, result->stats.seconds_ilp,
           result->stats.n_lp, result->stats.seconds_lp);
  g_print ("  first level (certified minimum) %.2f s; to the end %.2f s wall, %.2f s CPU; peak RSS %ld MB\n",
           result->stats.seconds_first_level, seconds, cpu, usage.ru_maxrss / 1024);
  g_print ("  split: start panels %.2f + column generation %.2f + final LP %.2f s\n",
           result->stats.seconds_mw, result->stats.seconds_cg, result->stats.seconds_final);
  if (legacy_draws > 0)
    g_print ("  legacy draws %d, retries %d\n", legacy_draws, result->stats.n_legacy_retries);
  if (ref)
    g_print ("  paper (Gurobi, LEXIMIN): %s\n", ref);
  print_environment ();
  return g_steal_pointer (&result);
}

static gboolean reference_exact;  /* --compare-exact: the reference solves every level to 1e-7 */
static char *marginals_file;      /* --marginals: the fast path's chances, one a line */
static char *against_file;        /* --against: chances of another run to compare with */

/* Writes or compares the chances of @result (--marginals, --against). */
static void
marginals_out (RsSelectionInstance *instance,
               RsSelectionResult   *result)
{
  int n = rs_selection_instance_n_people (instance);

  if (marginals_file)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GError) error = NULL;

      for (int i = 0; i < n; i++)
        g_string_append_printf (text, "%.10f\n", result->marginals[i]);
      if (!g_file_set_contents (marginals_file, text->str, text->len, &error))
        g_printerr ("%s\n", error->message);
    }
  if (against_file)
    {
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(GError) error = NULL;
      double worst = 0.0;

      if (!g_file_get_contents (against_file, &text, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return;
        }
      lines = g_strsplit (text, "\n", -1);
      for (int i = 0; i < n && lines[i] && *lines[i]; i++)
        worst = MAX (worst, fabs (result->marginals[i] - g_ascii_strtod (lines[i], NULL)));
      g_print ("  largest marginal difference to %s: %.2g\n", against_file, worst);
    }
}

static void
run_instance (const char          *label,
              RsSelectionInstance *instance,
              RsLeximinFlags       flags,
              int                  legacy_draws,
              gboolean             compare,
              const char          *reference)
{
  g_autoptr(RsSelectionResult) fast = run (label, instance, flags, legacy_draws, reference);
  g_autoptr(RsSelectionResult) slow = NULL;
  double worst = 0.0;

  if (fast)
    marginals_out (instance, fast);

  if (!compare || fast == NULL)
    return;
  slow = run (label, instance, flags | RS_LEXIMIN_SLOW | (reference_exact ? RS_LEXIMIN_EXACT : 0), 0, NULL);
  if (slow == NULL)
    return;
  for (int i = 0; i < rs_selection_instance_n_people (instance); i++)
    worst = MAX (worst, fabs (fast->marginals[i] - slow->marginals[i]));
  g_print ("  largest marginal difference fast vs slow%s: %.2g\n", reference_exact ? " (exact)" : "", worst);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *synth = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *seed = g_strdup ("1");
  gboolean no_aggregate = FALSE, slow = FALSE, compare = FALSE, odense = FALSE, sample = FALSE, exact = FALSE;
  int legacy = 0, pool = 1500, seats = 99;
  double households = 0.1, tolerance = 1.5;
  RsLeximinFlags flags;
  GOptionEntry entries[] = {
    { "synthetic", 0, 0, G_OPTION_ARG_STRING, &synth, "Synthetic look-alike (sf_a … obf, all)", "NAME" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed, "Generator seed", "S" },
    { "reference", 0, 0, G_OPTION_ARG_FILENAME, &reference, "Paper statistics file", "FILE" },
    { "no-aggregate", 0, 0, G_OPTION_ARG_NONE, &no_aggregate, "Per-person ILP (no types)", NULL },
    { "legacy", 0, 0, G_OPTION_ARG_INT, &legacy, "Run LEGACY with N draws", "N" },
    { "slow", 0, 0, G_OPTION_ARG_NONE, &slow, "The slow reference path", NULL },
    { "compare", 0, 0, G_OPTION_ARG_NONE, &compare, "Run the slow path too and compare marginals", NULL },
    { "compare-exact", 0, 0, G_OPTION_ARG_NONE, &reference_exact, "Compare with the slow path solved exactly (1e-7)", NULL },
    { "exact", 0, 0, G_OPTION_ARG_NONE, &exact, "Solve every level to 1e-7", NULL },
    { "marginals", 0, 0, G_OPTION_ARG_FILENAME, &marginals_file, "Write the chances to FILE", "FILE" },
    { "against", 0, 0, G_OPTION_ARG_FILENAME, &against_file, "Compare the chances with those in FILE", "FILE" },
    { "odense", 0, 0, G_OPTION_ARG_NONE, &odense, "Odense-like generated instance", NULL },
    { "pool", 0, 0, G_OPTION_ARG_INT, &pool, "Odense: pool size (1500)", "N" },
    { "seats", 0, 0, G_OPTION_ARG_INT, &seats, "Odense: seats (99)", "K" },
    { "households", 0, 0, G_OPTION_ARG_DOUBLE, &households, "Odense: share of people in two-person households (0.1)", "SHARE" },
    { "tolerance", 0, 0, G_OPTION_ARG_DOUBLE, &tolerance, "Odense: quota tolerance in seats (1.5)", "SEATS" },
    { "sample", 0, 0, G_OPTION_ARG_NONE, &sample, "The sample's pool", NULL },
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
  flags = (no_aggregate ? RS_LEXIMIN_NO_AGGREGATE : 0) | (slow ? RS_LEXIMIN_SLOW : 0) | (exact ? RS_LEXIMIN_EXACT : 0);
  compare |= reference_exact;
  if (odense)
    {
      g_autoptr(RsSelectionInstance) instance = make_odense (pool, seats, households, tolerance, seed);
      g_autofree char *label = g_strdup_printf ("odense pool=%d seats=%d households=%.2f tolerance=%.1f seed=%s",
                                                pool, seats, households, tolerance, seed);
      run_instance (label, instance, flags, legacy, compare, NULL);
      return 0;
    }
  if (sample)
    {
      g_autoptr(RsSelectionInstance) instance = load_sample ();
      run_instance ("sample pool", instance, flags, legacy, compare, NULL);
      return 0;
    }
  if (synth)
    {
      for (guint i = 0; i < G_N_ELEMENTS (synthetic); i++)
        if (g_str_equal (synth, "all") || g_str_equal (synth, synthetic[i].name))
          {
            g_autoptr(RsSelectionInstance) instance = make_synthetic (&synthetic[i], seed);
            g_autofree char *label = g_strdup_printf ("synthetic %s", synthetic[i].name);
            const char *published = g_str_equal (synthetic[i].name, "sf_e") ? "4011.6 s" :
                                    g_str_equal (synthetic[i].name, "cca") ? "433.5 s" : NULL;
            run_instance (label, instance, flags, legacy, compare, NULL);
            if (published)
              g_print ("  paper (Python + Gurobi, LEXIMIN on the real pool): %s\n", published);
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
    run_instance (argv[2], instance, flags, legacy, compare, reference);
  }
  return 0;
}
