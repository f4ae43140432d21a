/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <stdio.h>
#include <time.h>

#include "rs-pb-count.h"

/* MES with Add1U on 100,000 generated approval ballots over 100 projects
 * (goal: under 2 s on 2 cores). Projects cost DKK 20,000–600,000; the pool
 * is DKK 10 million (a share of DKK 100 per voter); voters come in ten
 * interest groups and mark 1–8 projects, mostly from their group. "wall"
 * is elapsed time, "cpu" the processor time of both threads together (on
 * a busy machine the wall time is not the program's own). */

int
main (int   argc,
      char *argv[])
{
  guint n_voters = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  guint n_projects = 100;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2027);
  g_autoptr(RsPbElection) e = rs_pb_election_new (10000000);
  guint idx[16];
  guint64 approvals = 0;

  for (guint p = 0; p < n_projects; p++)
    {
      char id[16];
      g_snprintf (id, sizeof id, "P%03u", p + 1);
      rs_pb_election_add_project (e, id, NULL, g_rand_int_range (rand, 20, 601) * 1000, NULL);
    }
  for (guint v = 0; v < n_voters; v++)
    {
      guint group = g_rand_int_range (rand, 0, 10);
      guint n = g_rand_int_range (rand, 1, 9);

      for (guint j = 0; j < n; j++)
        idx[j] = g_rand_double (rand) < 0.75 ? group * 10 + g_rand_int_range (rand, 0, 10)
                                             : g_rand_int_range (rand, 0, n_projects);
      rs_pb_election_add_ballot (e, idx, n);
    }
  for (guint v = 0; v < n_voters; v++)
    {
      guint n;
      rs_pb_election_get_ballot (e, v, &n);
      approvals += n;
    }
  printf ("pb: %u ballots, %u projects, %" G_GUINT64_FORMAT " approvals, budget %" G_GINT64_FORMAT "\n",
          n_voters, n_projects, approvals, rs_pb_election_get_budget (e));

  for (RsPbRule rule = RS_PB_RULE_GREEDY; rule <= RS_PB_RULE_EQUAL_SHARES_ADD1; rule++)
    {
      gint64 t0 = g_get_monotonic_time ();
      clock_t c0 = clock ();
      g_autoptr(RsPbResult) r = rs_pb_count (e, rule, 1);
      double s = (g_get_monotonic_time () - t0) / 1e6;
      double cpu = (double) (clock () - c0) / CLOCKS_PER_SEC;

      printf ("pb: %-17s wall %6.3f s  cpu %6.3f s  funded %3u  spent %" G_GINT64_FORMAT "  share %.0f  raises %u%s\n",
              rs_pb_rule_to_string (rule), s, cpu, r->funded->len, r->spent, r->share,
              r->completion_steps,
              rule == RS_PB_RULE_EQUAL_SHARES_ADD1 ? (s < 2.0 ? "  (goal < 2 s: met)"
                                                              : "  (goal < 2 s: MISSED)") : "");
    }
  return 0;
}
