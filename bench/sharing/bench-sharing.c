/* SPDX-License-Identifier: MPL-2.0 */
/* Several staff coding the same hearing round at once: CLIENTS threads,
 * each with its own database handle on one file (as several windows or
 * programs are), read a coded point, change its comment and decision and
 * save it, for SECONDS. A save that started from an older version is
 * refused and retried from the stored one. At the end every save that
 * succeeded must be counted in the points' versions and in the audit log:
 * no lost update.
 *
 * A listener, one more handle opened on the main thread with a main loop
 * running, hears the others' saves through RsDatabase::changed (on
 * PostgreSQL by LISTEN/NOTIFY); the time from a save's commit to its note
 * is the delay before a colleague sees the change.
 *
 *   bench-sharing [CLIENTS [SECONDS]]      (default 5 clients, 10 s)
 *
 * By default the database is a fresh SQLite file. With RS_BENCH_DB set to
 * the URI of an EMPTY PostgreSQL database (postgresql://…) the sample is
 * written there and the clients share the server.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "rs-audit.h"
#include "rs-change-kind.h"
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
  guint       deadlocks;
  GArray     *latency;   /* double, ms per successful save */
} Client;

/* Commit times (monotonic µs) of saves not yet heard by the listener,
 * by point id; and the delays heard. */
static GMutex      pending_mutex;
static GHashTable *pending;   /* gint64* id → GArray of gint64 */
static GArray     *visibility; /* double, ms */
static guint       n_errors_shown;

static void
record_commit (gint64 id,
               gint64 when)
{
  GArray *times;

  g_mutex_lock (&pending_mutex);
  times = g_hash_table_lookup (pending, &id);
  if (times == NULL)
    {
      times = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_insert (pending, g_memdup2 (&id, sizeof id), times);
    }
  g_array_append_val (times, when);
  g_mutex_unlock (&pending_mutex);
}

/* A note means every save of that point committed before it is visible. */
static void
on_changed (RsDatabase  *db,
            RsChangeKind kind,
            gint64       id,
            gint64       process_id,
            gpointer     data)
{
  gint64 now = g_get_monotonic_time ();
  GArray *times;

  if (kind != RS_CHANGE_POINT || id == 0)
    return;
  g_mutex_lock (&pending_mutex);
  times = g_hash_table_lookup (pending, &id);
  if (times != NULL)
    {
      guint heard = 0;

      for (; heard < times->len && g_array_index (times, gint64, heard) <= now; heard++)
        {
          double ms = (now - g_array_index (times, gint64, heard)) / 1000.0;
          g_array_append_val (visibility, ms);
        }
      g_array_remove_range (times, 0, heard);
    }
  g_mutex_unlock (&pending_mutex);
}

static guint
count_pending (void)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_mutex_lock (&pending_mutex);
  g_hash_table_iter_init (&iter, pending);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += ((GArray *) value)->len;
  g_mutex_unlock (&pending_mutex);
  return n;
}

static gpointer
run_client (gpointer data)
{
  Client *c = data;
  g_autoptr(GError) error = NULL;
  /* Each client is like its own program: its handle's change notes go to
   * its own context, drained between saves, never to the listener's. */
  g_autoptr(GMainContext) context = g_main_context_new ();
  RsDatabase *db;
  g_autoptr(GRand) rand = g_rand_new_with_seed (c->client + 1);
  const char * const decisions[] = { "changed", "not-changed", "out-of-scope", "noted" };
  gint64 end = g_get_monotonic_time () + (gint64) (c->seconds * G_USEC_PER_SEC);
  g_autofree char *actor = g_strdup_printf ("client %d", c->client);

  g_main_context_push_thread_default (context);
  db = rs_database_open (c->path, &error);
  if (db == NULL)
    {
      g_printerr ("client %d: %s\n", c->client, error->message);
      c->errors++;
      g_main_context_pop_thread_default (context);
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
          if (strstr (error->message, "deadlock") != NULL)
            c->deadlocks++;
          if (g_atomic_int_add (&n_errors_shown, 1) < 5)
            g_printerr ("client %d: %s\n", c->client, error->message);
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
          gint64 committed = g_get_monotonic_time ();
          double ms = (committed - start) / 1000.0;
          record_commit (id, committed);
          c->saves++;
          g_array_append_val (c->latency, ms);
        }
      else if (g_error_matches (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT))
        c->refused++;
      else
        {
          c->errors++;
          if (strstr (error->message, "deadlock") != NULL)
            c->deadlocks++;
          if (g_atomic_int_add (&n_errors_shown, 1) < 5)
            g_printerr ("client %d: %s\n", c->client, error->message);
        }
      g_clear_error (&error);
      while (g_main_context_iteration (context, FALSE))
        ;
    }
  g_object_unref (db);
  while (g_main_context_iteration (context, FALSE))
    ;
  g_main_context_pop_thread_default (context);
  return NULL;
}

typedef struct
{
  Client   *clients;
  GThread **threads;
  int       n;
  GMainLoop *loop;
} Run;

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Joins the clients off the main thread, then gives the listener a second
 * to hear the last saves before the loop stops. */
static gpointer
join_clients (gpointer data)
{
  Run *run = data;

  for (int i = 0; i < run->n; i++)
    g_thread_join (run->threads[i]);
  g_usleep (G_USEC_PER_SEC);
  g_idle_add (quit_loop, run->loop);
  return NULL;
}

static double
percentile (GArray *sorted,
            double  p)
{
  guint i = (guint) (sorted->len * p);
  return g_array_index (sorted, double, MIN (i, sorted->len - 1));
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
  const char *server = g_getenv ("RS_BENCH_DB");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsDatabase) listener = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  GThread *joiner;
  Run run;
  guint deadlocks = 0, unheard;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) latency = g_array_new (FALSE, FALSE, sizeof (double));
  Client *clients;
  GThread **threads;
  guint saves = 0, refused = 0, errors = 0;
  gint64 counted, logged;

  if (n_clients < 1 || seconds <= 0)
    {
      g_printerr ("usage: [RS_BENCH_DB=postgresql://…] bench-sharing [CLIENTS [SECONDS]]\n");
      return 2;
    }
  if (server != NULL && *server != '\0')
    path = g_strdup (server);
  else
    {
      dir = g_dir_make_tmp ("raadslag-bench-sharing-XXXXXX", &error);
      if (dir == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      path = g_build_filename (dir, "bench.db", NULL);
    }
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

  pending = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  visibility = g_array_new (FALSE, FALSE, sizeof (double));
  listener = rs_database_open (path, &error);
  if (listener == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_signal_connect (listener, "changed::point", G_CALLBACK (on_changed), NULL);

  clients = g_new0 (Client, n_clients);
  threads = g_new0 (GThread *, n_clients);
  for (int i = 0; i < n_clients; i++)
    {
      clients[i] = (Client) { path, i + 1, seconds, ids, 0, 0, 0, 0, g_array_new (FALSE, FALSE, sizeof (double)) };
      threads[i] = g_thread_new ("client", run_client, &clients[i]);
    }
  run = (Run) { clients, threads, n_clients, loop };
  joiner = g_thread_new ("join", join_clients, &run);
  g_main_loop_run (loop);
  g_thread_join (joiner);
  unheard = count_pending ();
  g_array_sort (visibility, compare_doubles);
  for (int i = 0; i < n_clients; i++)
    {
      saves += clients[i].saves;
      deadlocks += clients[i].deadlocks;
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
  g_print ("database: %s\n", rs_database_is_server (db) ? "PostgreSQL server" : "SQLite file");
  g_print ("saves %u (%.0f/s), refused as conflicting %u (%.1f %%), other errors %u, deadlocks %u\n", saves,
           saves / seconds, refused, saves + refused ? 100.0 * refused / (saves + refused) : 0.0, errors, deadlocks);
  if (latency->len > 0)
    g_print ("save latency: median %.1f ms, p95 %.1f ms\n", percentile (latency, 0.5), percentile (latency, 0.95));
  if (visibility->len > 0)
    g_print ("visible to the others: median %.1f ms, p95 %.1f ms (%u saves heard, %u not)\n",
             percentile (visibility, 0.5), percentile (visibility, 0.95), visibility->len, unheard);
  else if (!rs_database_is_server (db))
    g_print ("visible to the others: n/a (file)\n");
  else
    g_print ("visible to the others: none of %u saves heard\n", unheard);
  g_print ("versions counted %" G_GINT64_FORMAT ", audit rows %" G_GINT64_FORMAT ", lost updates %" G_GINT64_FORMAT "\n",
           counted, logged, (gint64) saves - counted);

  g_clear_object (&listener);
  g_clear_object (&db);
  g_hash_table_unref (pending);
  g_array_unref (visibility);
  if (dir != NULL)
    {
      const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
          g_unlink (file);
        }
      g_rmdir (dir);
    }
  g_free (threads);
  g_free (clients);
  return counted == saves && logged == saves && errors == 0 ? 0 : 1;
}
