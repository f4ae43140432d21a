/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "rs-pb-storage.h"
#include "rs-process-store.h"

/* Paper ballot entry at 20,000 ballots: what one more ballot costs on the
 * database thread (check + insert), and the refreshes the page then does
 * (the proposals with their votes, the ballot statistics). Goal: well
 * under the ~100 ms a person notices between two ballots. */

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 20000;
  g_autofree char *dir = g_dir_make_tmp ("rs-pb-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = rs_database_open (path, &error);
  g_autoptr(RsProcess) process = NULL;
  g_autoptr(RsPbPool) pool = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20000);
  g_autoptr(GString) csv = g_string_new ("voter_id;vote;age_band;district\n");
  g_autoptr(GBytes) bytes = NULL;
  char code[16];
  gint64 pool_id, t0;
  double add_ms = 0, list_ms = 0, stats_ms = 0;
  const guint rounds = 50;

  g_assert_no_error (error);
  process = rs_process_store_create (db, "Budget 2027", 2027, "101", "Havbjerg", &error);
  g_assert_no_error (error);
  pool = rs_pb_storage_create_pool (db, rs_process_get_id (process), "Bench", 5000000, &error);
  pool_id = rs_pb_pool_get_id (pool);
  for (guint p = 0; p < 60; p++)
    {
      RsPbProposalInput in = { 0 };
      gint64 id;

      g_snprintf (code, sizeof code, "P-%02u", p + 1);
      in.code = code;
      in.title = code;
      in.cost = 50000 + p * 1000;
      id = rs_pb_storage_add_proposal (db, pool_id, &in, &error);
      rs_pb_storage_assess (db, id, "feasible", NULL, -1, &error);
    }
  for (guint v = 0; v < n; v++)
    {
      guint k = g_rand_int_range (rand, 1, 6);
      g_string_append_printf (csv, "V%u;", v);
      for (guint j = 0; j < k; j++)
        g_string_append_printf (csv, "%sP-%02d", j ? " " : "", g_rand_int_range (rand, 1, 61));
      g_string_append_printf (csv, ";40-59;Nord\n");
    }
  bytes = g_string_free_to_bytes (g_steal_pointer (&csv));
  t0 = g_get_monotonic_time ();
  g_assert_true (rs_pb_storage_import_ballots (db, pool_id, bytes, "b.csv", NULL, NULL, &error));
  printf ("pb entry: imported %u ballots in %.2f s\n", n, (g_get_monotonic_time () - t0) / 1e6);

  for (guint r = 0; r < rounds; r++)
    {
      g_autofree char *voter = g_strdup_printf ("X%u", r);
      const char *codes[] = { "P-01", "p-17", "P-42", NULL };
      RsPbBallotInput in = { .voter_id = voter, .age_band = "25-39", .district = "Syd",
                             .paper_number = voter, .codes = codes };
      g_autoptr(GPtrArray) list = NULL;
      RsPbStats stats;

      t0 = g_get_monotonic_time ();
      g_assert_cmpint (rs_pb_storage_add_ballot (db, pool_id, &in, &error), >, 0);
      add_ms += (g_get_monotonic_time () - t0) / 1e3;
      t0 = g_get_monotonic_time ();
      list = rs_pb_storage_list_proposals (db, pool_id, &error);
      list_ms += (g_get_monotonic_time () - t0) / 1e3;
      t0 = g_get_monotonic_time ();
      g_assert_true (rs_pb_storage_stats (db, pool_id, &stats, &error));
      stats_ms += (g_get_monotonic_time () - t0) / 1e3;
      rs_pb_stats_clear (&stats);
    }
  printf ("pb entry: at %u ballots, one more ballot %.1f ms; proposals with votes %.1f ms; "
          "statistics %.1f ms (mean of %u)\n", n, add_ms / rounds, list_ms / rounds,
          stats_ms / rounds, rounds);
  g_clear_object (&db);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
    g_rmdir (dir);
  }
  return 0;
}
