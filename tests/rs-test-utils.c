/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-test-utils"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libpq-fe.h>

#include "rs-categories.h"
#include "rs-panel-store.h"
#include "rs-sample.h"
#include "rs-test-utils.h"


/* RS_TEST_PG_URI names a server's maintenance database, e.g.
 * postgresql:///postgres?host=/tmp/x&user=postgres; each test database is
 * a new database on it. */
static char *
pg_uri_for (const char *base,
            const char *dbname)
{
  const char *query = strchr (base, '?');
  const char *scheme_end = strstr (base, "://");
  const char *slash = scheme_end ? strchr (scheme_end + 3, '/') : NULL;
  g_autofree char *prefix = NULL;

  g_assert_nonnull (slash);
  prefix = g_strndup (base, slash - base);
  return g_strdup_printf ("%s/%s%s", prefix, dbname, query ? query : "");
}

static void
pg_admin (const char *sql)
{
  PGconn *conn = PQconnectdb (g_getenv ("RS_TEST_PG_URI"));
  PGresult *res;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  res = PQexec (conn, sql);
  if (PQresultStatus (res) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQresultErrorMessage (res));
  PQclear (res);
  PQfinish (conn);
}

const char *
rs_test_pg_uri (void)
{
  const char *uri = g_getenv ("RS_TEST_PG_URI");
  return uri && *uri ? uri : NULL;
}

char *
rs_test_pg_new_database (char **dbname_out)
{
  static int counter;
  g_autofree char *name = g_strdup_printf ("rs_test_%d_%d_%d", (int) getpid (), ++counter,
                                           g_random_int_range (0, 1000000));
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'", name);

  g_assert_nonnull (rs_test_pg_uri ());
  pg_admin (sql);
  if (dbname_out)
    *dbname_out = g_strdup (name);
  return pg_uri_for (rs_test_pg_uri (), name);
}

void
rs_test_pg_drop_database (const char *dbname)
{
  g_autofree char *sql = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)", dbname);
  pg_admin (sql);
}

RsDatabase *
rs_test_open_temp_database (char **dir_out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("raadslag-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  RsDatabase *db;

  g_assert_no_error (error);
  if (rs_test_pg_uri () != NULL)
    {
      g_autofree char *dbname = NULL;
      g_autofree char *marker = g_build_filename (dir, "pg-database", NULL);

      path = rs_test_pg_new_database (&dbname);
      g_assert_true (g_file_set_contents (marker, dbname, -1, NULL));
    }
  else
    path = g_build_filename (dir, "test.db", NULL);
  db = rs_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  if (dir_out)
    *dir_out = g_steal_pointer (&dir);
  return db;
}

RsDatabase *
rs_test_open_sample_database (char  **dir_out,
                              gint64 *process_id_out)
{
  g_autoptr(GError) error = NULL;
  RsDatabase *db = rs_test_open_temp_database (dir_out);
  gint64 id = rs_sample_create (db, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  if (process_id_out)
    *process_id_out = id;
  return db;
}

void
rs_test_forget_council_decisions (RsDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_database_exec (db, "DELETE FROM council_decision; DELETE FROM milestone; "
                                       "UPDATE recommendation SET status = 'voted' "
                                       "WHERE status = 'answered';", &error));
  g_assert_no_error (error);
}

void
rs_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  if (dir == NULL)
    return;
  {
    g_autofree char *marker = g_build_filename (dir, "pg-database", NULL);
    g_autofree char *dbname = NULL;

    if (g_file_get_contents (marker, &dbname, NULL, NULL))
      rs_test_pg_drop_database (dbname);
  }
  d = g_dir_open (dir, 0, NULL);
  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        rs_test_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

int
rs_test_run_cli (const char * const *argv,
                 char              **stdout_out,
                 char              **stderr_out)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("RAADSLAG_CLI");
  g_auto(GStrv) envp = NULL;
  int status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (args, (gpointer) cli);
  for (guint i = 0; argv[i]; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);

  /* English messages (unless the test chose a LANGUAGE), so the tests can
   * check them, in the locale of the test setup (C.UTF-8 or da_DK.UTF-8)
   * for everything else. */
  envp = g_get_environ ();
  if (g_environ_getenv (envp, "LANGUAGE") == NULL || *g_environ_getenv (envp, "LANGUAGE") == '\0')
    envp = g_environ_setenv (envp, "LANGUAGE", "en", TRUE);
  g_spawn_sync (NULL, (char **) args->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                stdout_out, stderr_out, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

char *
rs_test_data_path (const char *name)
{
  return g_build_filename (TEST_DATA_DIR, name, NULL);
}

GBytes *
rs_test_data_bytes (const char *name)
{
  g_autofree char *path = rs_test_data_path (name);
  char *text;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  return g_bytes_new_take (text, length);
}

gint64
rs_test_panel_with_sample_categories (RsDatabase *db,
                                      gint64      process_id,
                                      const char *name,
                                      int         seats)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cats = NULL;
  g_autoptr(RsPanel) panel = NULL;

  panel = rs_panel_store_create (db, process_id, name, seats, &error);
  g_assert_no_error (error);
  cats = rs_categories_load (db, 1, &error);
  g_assert_no_error (error);
  for (guint c = 0; c < cats->len; c++)
    {
      RsCategory *cat = g_ptr_array_index (cats, c);
      cat->id = 0;
      for (guint v = 0; v < cat->values->len; v++)
        ((RsCategoryValue *) g_ptr_array_index (cat->values, v))->id = 0;
    }
  g_assert_true (rs_categories_save (db, rs_panel_get_id (panel), cats, &error));
  g_assert_no_error (error);
  return rs_panel_get_id (panel);
}

gint64
rs_test_query_int (RsDatabase *db,
                   const char *sql,
                   gint64      arg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsStatement) stmt = rs_database_query (db, &error, sql, "i", arg);

  g_assert_no_error (error);
  g_assert_nonnull (stmt);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int64 (stmt, 0);
}
