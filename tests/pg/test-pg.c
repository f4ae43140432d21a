/* SPDX-License-Identifier: MPL-2.0 */
/* The PostgreSQL backend against a real server (RS_TEST_PG_URI; started by
 * tests/pg/run-server.sh): opening and migrating, errors, the sample and
 * its white book (the same bytes as from SQLite), a change seen by a second
 * client, and the roles the server enforces. Skipped without a server. */
#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>
#include <libpq-fe.h>
#include <unistd.h>

#include "rs-change-kind.h"
#include "rs-enums.h"
#include "rs-process-store.h"
#include "rs-sample.h"
#include "rs-server-roles.h"
#include "rs-test-utils.h"
#include "rs-whitebook.h"

static gboolean
need_server (void)
{
  if (rs_test_pg_uri () != NULL)
    return TRUE;
  g_test_skip ("no PostgreSQL server (set RS_TEST_PG_URI; see tests/pg/run-server.sh)");
  return FALSE;
}

static void
admin (const char *sql)
{
  PGconn *conn = PQconnectdb (rs_test_pg_uri ());
  PGresult *res = PQexec (conn, sql);

  if (PQresultStatus (res) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQresultErrorMessage (res));
  PQclear (res);
  PQfinish (conn);
}

static void
test_open (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autofree char *dbname = NULL;
  g_autofree char *uri = NULL;
  gint64 id;

  if (!need_server ())
    return;
  uri = rs_test_pg_new_database (&dbname);

  /* An empty database is not made into one without being asked. */
  db = rs_database_open_full (uri, RS_DATABASE_OPEN_DEFAULT, &error);
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_RAADSLAG);
  g_assert_null (db);
  g_clear_error (&error);

  db = rs_database_open (uri, &error);
  g_assert_no_error (error);
  g_assert_true (rs_database_is_server (db));
  g_assert_cmpint (rs_database_get_opened_version (db), ==, 0);

  g_assert_true (rs_database_run (db, &error, "INSERT INTO budget_process (name, budget_year) VALUES (?, ?)",
                                  "ti", "Budget 2028", (gint64) 2028));
  g_assert_no_error (error);
  id = rs_database_last_insert_id (db);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (rs_database_changes (db), ==, 1);
  g_assert_cmpint (rs_test_query_int (db, "SELECT budget_year FROM budget_process WHERE id = ?", id), ==, 2028);

  /* The server's constraint errors are the same codes as SQLite's. */
  g_assert_false (rs_database_run (db, &error, "INSERT INTO budget_process (name, budget_year) VALUES ('  ', 1)", ""));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (rs_database_run (db, &error, "INSERT INTO phase (process_id, kind) VALUES (?, 'x')", "i",
                                   id + 1000));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Opened again: already the current schema. */
  g_clear_object (&db);
  db = rs_database_open_full (uri, RS_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_database_get_opened_version (db), ==, RS_SCHEMA_VERSION);
  g_clear_object (&db);
  rs_test_pg_drop_database (dbname);
}

/* A failure halfway through the sample leaves nothing behind. */
static void
test_all_or_nothing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autofree char *dir = NULL;

  if (!need_server ())
    return;
  db = rs_test_open_temp_database (&dir);
  g_assert_true (rs_database_exec_native (db,
                                          "CREATE FUNCTION stop() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                          "BEGIN RAISE EXCEPTION 'disk trouble'; END $$; "
                                          "CREATE TRIGGER stop BEFORE INSERT ON lab FOR EACH ROW EXECUTE FUNCTION stop()",
                                          &error));
  g_assert_no_error (error);
  g_assert_cmpint (rs_sample_create (db, &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "disk trouble"));
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM budget_process WHERE id > ?", 0), ==, 0);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM person WHERE id > ?", 0), ==, 0);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static char *
whitebook_html (RsDatabase *db,
                gint64      process_id,
                const char *dir)
{
  g_autoptr(GError) error = NULL;
  RsWhitebookOptions options = { FALSE, 5, RS_WHITEBOOK_ORDER_THEME, "en" };
  g_autofree char *path = g_build_filename (dir, "whitebook.html", NULL);
  gint64 round_id = rs_test_query_int (db, "SELECT min(id) FROM hearing_round WHERE process_id = ?", process_id);
  char *contents = NULL;

  g_assert_cmpint (round_id, >, 0);
  g_assert_true (rs_whitebook_export (db, round_id, &options, RS_DOCUMENT_FORMAT_HTML, path, NULL, NULL, NULL,
                                      &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* The sample written through the stores reads back the same on both
 * backends: its white book is byte for byte the same. */
static void
test_whitebook_same (void)
{
  g_autofree char *file_dir = g_dir_make_tmp ("raadslag-test-XXXXXX", NULL);
  g_autofree char *file_path = g_build_filename (file_dir, "sample.db", NULL);
  g_autoptr(RsDatabase) lite = NULL;
  g_autoptr(RsDatabase) pg = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pg_dir = NULL;
  g_autofree char *from_lite = NULL;
  g_autofree char *from_pg = NULL;
  gint64 lite_id, pg_id;

  if (!need_server ())
    {
      rs_test_remove_dir (file_dir);
      return;
    }
  lite = rs_database_open (file_path, &error);
  g_assert_no_error (error);
  lite_id = rs_sample_create (lite, &error);
  g_assert_no_error (error);
  pg = rs_test_open_sample_database (&pg_dir, &pg_id);
  g_assert_false (rs_database_is_server (lite));
  g_assert_true (rs_database_is_server (pg));

  from_lite = whitebook_html (lite, lite_id, file_dir);
  from_pg = whitebook_html (pg, pg_id, pg_dir);
  g_assert_cmpuint (strlen (from_lite), >, 10000);
  g_assert_cmpstr (from_pg, ==, from_lite);

  g_clear_object (&pg);
  rs_test_remove_dir (pg_dir);
  g_clear_object (&lite);
  rs_test_remove_dir (file_dir);
}

typedef struct
{
  RsChangeKind kind;
  gint64       id;
  guint        count;
} Seen;

static void
on_changed (RsDatabase  *db,
            RsChangeKind kind,
            gint64       id,
            gint64       process_id,
            Seen        *seen)
{
  if (kind != RS_CHANGE_PROCESS)
    return;
  seen->kind = kind;
  seen->id = id;
  seen->count++;
}

/* A write by one client appears as ::changed in another. */
static void
test_two_clients (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) other = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autofree char *dir = NULL;
  Seen seen = { 0, };
  gint64 id, deadline;

  if (!need_server ())
    return;
  db = rs_test_open_temp_database (&dir);
  other = rs_database_open (rs_database_get_path (db), &error);
  g_assert_no_error (error);
  g_signal_connect (other, "changed::process", G_CALLBACK (on_changed), &seen);

  g_assert_true (rs_database_run (db, &error, "INSERT INTO budget_process (name, budget_year) VALUES ('Budget 2029', 2029)", ""));
  id = rs_database_last_insert_id (db);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (seen.count == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (seen.count, ==, 1);
  g_assert_cmpint (seen.id, ==, id);

  /* An edit through a store, too. */
  seen.count = 0;
  g_assert_true (rs_database_run (db, &error, "UPDATE budget_process SET description = 'x' WHERE id = ?", "i", id));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (seen.count == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (seen.count, ==, 1);

  g_clear_object (&other);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}


/* The number of rows a write changed, read after the call returned (the
 * change announcement's own statement does not count). */
static void
test_changes_count (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autofree char *dir = NULL;

  if (!need_server ())
    return;
  db = rs_test_open_temp_database (&dir);
  g_assert_true (rs_database_run (db, &error, "INSERT INTO budget_process (name, budget_year) "
                                              "VALUES ('A', 2030), ('B', 2030), ('C', 2031)", ""));
  g_assert_no_error (error);
  g_assert_true (rs_database_run (db, &error, "UPDATE budget_process SET description = 'x' "
                                              "WHERE budget_year = 2030", ""));
  g_assert_cmpint (rs_database_changes (db), ==, 2);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

/* The server ends every connection of the database but this one. */
static void
drop_connections (RsDatabase *db)
{
  PGconn *conn = PQconnectdb (rs_database_get_path (db));
  PGresult *res = PQexec (conn, "SELECT count(pg_terminate_backend (pid)) FROM pg_stat_activity "
                                "WHERE datname = current_database() AND pid <> pg_backend_pid()");

  g_assert_cmpint (PQresultStatus (res), ==, PGRES_TUPLES_OK);
  g_assert_cmpint (atoi (PQgetvalue (res, 0, 0)), >=, 1);
  PQclear (res);
  PQfinish (conn);
}

static gboolean
wait_for_id (Seen  *seen,
             gint64 id)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (seen->id != id && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  return seen->id == id;
}

/* A server restart or a dropped network: the next statement connects
 * again (never inside a transaction, which is lost and must fail until
 * rolled back), and the other client hears changes again, after one
 * "everything changed" so its pages catch up. */
static void
test_reconnect (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) other = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(RsProcess) created = NULL;
  g_autofree char *dir = NULL;
  Seen seen = { 0, };

  if (!need_server ())
    return;
  db = rs_test_open_temp_database (&dir);
  other = rs_database_open (rs_database_get_path (db), &error);
  g_assert_no_error (error);
  g_signal_connect (other, "changed::process", G_CALLBACK (on_changed), &seen);
  created = rs_process_store_create (db, "Før", 2029, "461", "Odense", &error);
  g_assert_no_error (error);
  g_assert_true (wait_for_id (&seen, rs_process_get_id (created)));

  /* A read after the drop simply works. */
  drop_connections (db);
  list = rs_process_store_list (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* Inside a transaction, the loss is reported and nothing half is kept. */
  g_assert_true (rs_database_begin (db, &error));
  g_assert_true (rs_database_run (db, &error, "INSERT INTO budget_process (name, budget_year) "
                                              "VALUES ('Halv', 2030)", ""));
  drop_connections (db);
  g_assert_false (rs_database_run (db, &error, "INSERT INTO budget_process (name, budget_year) "
                                               "VALUES ('Halv 2', 2030)", ""));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_OPEN);
  g_clear_error (&error);
  rs_database_rollback (db);
  g_clear_object (&list);
  list = rs_process_store_list (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* The other client listens again: first "everything", then each change. */
  seen.id = -1;
  g_assert_true (wait_for_id (&seen, 0));
  g_clear_object (&created);
  created = rs_process_store_create (db, "Efter", 2031, "461", "Odense", &error);
  g_assert_no_error (error);
  g_assert_true (wait_for_id (&seen, rs_process_get_id (created)));

  g_clear_object (&other);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static RsDatabase *
open_as (RsDatabase *db,
         const char *user,
         GError    **error)
{
  g_autofree char *uri = g_strdup_printf ("%s%suser=%s", rs_database_get_path (db),
                                          strchr (rs_database_get_path (db), '?') ? "&" : "?", user);
  return rs_database_open_full (uri, RS_DATABASE_OPEN_DEFAULT, error);
}

/* Names and contacts of pool members are the facilitators' alone; the
 * server refuses them to every other role. */
static void
test_roles (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsDatabase) as_secretariat = NULL;
  g_autoptr(RsDatabase) as_facilitator = NULL;
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GListStore) processes = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *secretary = g_strdup_printf ("rs_test_sec_%d", (int) getpid ());
  g_autofree char *facilitator = g_strdup_printf ("rs_test_fac_%d", (int) getpid ());
  g_autofree char *sql = NULL;
  g_auto(GStrv) members = NULL;
  RsServerRole role;
  gint64 process_id;

  if (!need_server ())
    return;
  db = rs_test_open_sample_database (&dir, &process_id);
  g_assert_true (rs_server_roles_setup (db, &error));
  g_assert_no_error (error);
  g_assert_true (rs_server_roles_setup (db, &error)); /* again, after an upgrade */
  g_assert_no_error (error);

  sql = g_strdup_printf ("DROP ROLE IF EXISTS %s; DROP ROLE IF EXISTS %s; CREATE ROLE %s LOGIN; CREATE ROLE %s LOGIN",
                         secretary, facilitator, secretary, facilitator);
  admin (sql);
  g_assert_true (rs_server_role_from_nick ("secretariat", &role));
  g_assert_true (rs_server_roles_grant (db, secretary, role, &error));
  g_assert_true (rs_server_role_from_nick ("facilitator", &role));
  g_assert_true (rs_server_roles_grant (db, facilitator, role, &error));
  g_assert_no_error (error);
  members = rs_server_roles_members (db, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_length (members) >= 2);

  as_secretariat = open_as (db, secretary, &error);
  g_assert_no_error (error);
  /* Reads the processes and the pool's pseudonyms … */
  processes = rs_process_store_list (as_secretariat, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (processes)), ==, 1);
  g_assert_cmpint (rs_test_query_int (as_secretariat, "SELECT count(*) FROM person WHERE panel_id > ?", 0), ==,
                   RS_SAMPLE_POOL_SIZE);
  /* … but not a name, an address or an invited resident's contacts, */
  stmt = rs_database_query (as_secretariat, &error, "SELECT name FROM person_contact", "");
  g_assert_cmpint (rs_statement_step (stmt), !=, RS_SQL_ROW);
  g_clear_pointer (&stmt, rs_statement_finalize);
  g_assert_false (rs_database_run (as_secretariat, &error, "SELECT name FROM person_contact", ""));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (rs_database_run (as_secretariat, &error, "SELECT email FROM invitation", ""));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  /* A comment's author likewise; its pseudonym and text are readable. */
  g_assert_false (rs_database_run (as_secretariat, &error, "SELECT author FROM citizen_comment", ""));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_true (rs_database_run (as_secretariat, &error, "SELECT pseudonym, text FROM citizen_comment", ""));
  g_assert_no_error (error);
  g_clear_error (&error);
  /* The public registered for open meetings: by pseudonym, age band and
   * district only. */
  g_assert_false (rs_database_run (as_secretariat, &error, "SELECT name FROM participant", ""));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (rs_database_run (as_secretariat, &error, "SELECT email_key FROM participant", ""));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_true (rs_database_run (as_secretariat, &error, "SELECT pseudonym, age_band, district FROM participant", ""));
  g_assert_no_error (error);
  g_clear_error (&error);
  /* and changes nothing of the pool. */
  g_assert_false (rs_database_run (as_secretariat, &error, "UPDATE person SET notes = 'x'", ""));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  /* Its own area it may write. */
  g_assert_true (rs_database_run (as_secretariat, &error, "UPDATE hearing_round SET case_number = 'S-1'", ""));
  g_assert_no_error (error);

  as_facilitator = open_as (db, facilitator, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_test_query_int (as_facilitator, "SELECT count(*) FROM person_contact WHERE name <> '' AND person_id > ?", 0),
                   ==, RS_SAMPLE_POOL_SIZE);

  g_clear_object (&as_secretariat);
  g_clear_object (&as_facilitator);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("DROP ROLE %s; DROP ROLE %s", secretary, facilitator);
  admin (sql);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pg/open", test_open);
  g_test_add_func ("/pg/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/pg/whitebook-same", test_whitebook_same);
  g_test_add_func ("/pg/two-clients", test_two_clients);
  g_test_add_func ("/pg/reconnect", test_reconnect);
  g_test_add_func ("/pg/changes-count", test_changes_count);
  g_test_add_func ("/pg/roles", test_roles);
  return g_test_run ();
}
