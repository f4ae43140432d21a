/* SPDX-License-Identifier: MPL-2.0 */
/* Several staff coding the same hearing round at once: CLIENTS threads,
 * each with its own database handle on one file (as several windows or
 * programs are), read a coded point, change its comment and decision and
 * save it, for SECONDS. A save that started from an older version is
 * refused and retried from the stored one. At the end every save that
 * succeeded must be counted in the points' versions and in the audit log:
 * no lost update.
 *
 *   bench-sharing [CLIENTS [SECONDS]]      (default 5 clients, 10 s)
 */
#include "config.h"

#include <glib/gstdio.h>

#include "rs-audit.h"
#include "rs-response-store.h"
#include "rs-sample.h"

typedef struct
{
  const char *path;
  int         client;
  double      seconds;
  GArray     *ids;       /* gint64, the round's points */
  guint       saves;
  guint       refused;
  guint       errors;
  GArray     *latency;   /* double, ms per successful save */
} Client;

static gpointer
run_client (gpointer data)
{
  Client *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = rs_database_open (c->path, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (c->client + 1);
  const char * const decisions[] = { "changed", "not-changed", "out-of-scope", "noted" };
  gint64 end = g_get_monotonic_time () + (gint64) (c->seconds * G_USEC_PER_SEC);
  g_autofree char *actor = g_strdup_printf ("client %d", c->client);

  if (db == NULL)
    {
      g_printerr ("client %d: %s\n", c->client, error->message);
      c->errors++;
      return NULL;
    }
  rs_audit_set_actor (db, actor);
  while (g_get_monotonic_time () < end)
    {
      gint64 id = g_array_index (c->ids, gint64, g_rand_int_range (rand, 0, c->ids->len));
      g_autoptr(RsResponsePoint) point = rs_response_point_store_get (db, id, &error);
      g_autofree char *comment = NULL;
      gint64 start;

      if (point == NULL)
        {
          c->errors++;
          g_clear_error (&error);
          continue;
        }
      comment = g_strdup_printf ("Coded by client %d, save %u.", c->client, c->saves + 1);
      rs_response_point_set_comment (point, comment);
      rs_response_point_set_decision (point, decisions[g_rand_int_range (rand, 0, 4)]);
      /* A person reads before saving: give the others a chance to save first. */
      g_usleep (g_rand_int_range (rand, 0, 2000));
      start = g_get_monotonic_time ();
      if (rs_response_point_store_save (db, point, NULL, &error))
        {
          double ms = (g_get_monotonic_time () - start) / 1000.0;
          c->saves++;
          g_array_append_val (c->latency, ms);
        }
      else if (g_error_matches (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT))
        c->refused++;
      else
        c->errors++;
      g_clear_error (&error);
    }
  return NULL;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static gint64
query_int (RsDatabase *db,
           const char *sql)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, NULL, sql, "");
  return stmt != NULL && rs_statement_step (stmt) == RS_SQL_ROW ? rs_statement_column_int64 (stmt, 0) : -1;
}

int
main (int   argc,
      char *argv[])
{
  int n_clients = argc > 1 ? atoi (argv[1]) : 5;
  double seconds = argc > 2 ? g_ascii_strtod (argv[2], NULL) : 10;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("raadslag-bench-sharing-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) latency = g_array_new (FALSE, FALSE, sizeof (double));
  Client *clients;
  GThread **threads;
  guint saves = 0, refused = 0, errors = 0;
  gint64 counted, logged;

  if (dir == NULL || n_clients < 1 || seconds <= 0)
    {
      g_printerr ("usage: bench-sharing [CLIENTS [SECONDS]]\n");
      return 2;
    }
  path = g_build_filename (dir, "bench.db", NULL);
  db = rs_database_open_full (path, RS_DATABASE_OPEN_CREATE, &error);
  if (db == NULL || rs_sample_create (db, &error) == 0)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  ids = rs_database_query_ids (db, &error, "SELECT id FROM response_point ORDER BY id", "");
  if (ids == NULL || ids->len == 0)
    {
      g_printerr ("No coded points in the sample.\n");
      return 1;
    }
  rs_database_run (db, NULL, "DELETE FROM audit_log WHERE entity = 'response_point'", "");

  clients = g_new0 (Client, n_clients);
  threads = g_new0 (GThread *, n_clients);
  for (int i = 0; i < n_clients; i++)
    {
      clients[i] = (Client) { path, i + 1, seconds, ids, 0, 0, 0, g_array_new (FALSE, FALSE, sizeof (double)) };
      threads[i] = g_thread_new ("client", run_client, &clients[i]);
    }
  for (int i = 0; i < n_clients; i++)
    {
      g_thread_join (threads[i]);
      saves += clients[i].saves;
      refused += clients[i].refused;
      errors += clients[i].errors;
      g_array_append_vals (latency, clients[i].latency->data, clients[i].latency->len);
      g_array_unref (clients[i].latency);
    }
  g_array_sort (latency, compare_doubles);

  /* Every successful save moved a version on by one and wrote one row. */
  counted = query_int (db, "SELECT sum(version - 1) FROM response_point");
  logged = query_int (db, "SELECT count(*) FROM audit_log WHERE entity = 'response_point' AND action = 'update'");
  g_print ("clients %d, %.0f s, %u points (one hearing round of the sample)\n", n_clients, seconds, ids->len);
  g_print ("saves %u (%.0f/s), refused as conflicting %u (%.1f %%), other errors %u\n", saves, saves / seconds,
           refused, saves + refused ? 100.0 * refused / (saves + refused) : 0.0, errors);
  if (latency->len > 0)
    g_print ("save latency: median %.1f ms, p95 %.1f ms\n", g_array_index (latency, double, latency->len / 2),
             g_array_index (latency, double, (guint) (latency->len * 0.95)));
  g_print ("versions counted %" G_GINT64_FORMAT ", audit rows %" G_GINT64_FORMAT ", lost updates %" G_GINT64_FORMAT "\n",
           counted, logged, (gint64) saves - counted);

  g_clear_object (&db);
  {
    const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
        g_unlink (file);
      }
  }
  g_rmdir (dir);
  g_free (threads);
  g_free (clients);
  return counted == saves && logged == saves && errors == 0 ? 0 : 1;
}
