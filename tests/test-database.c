/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "rs-context.h"
#include "rs-process-store.h"
#include "rs-statement.h"
#include "rs-test-utils.h"

static char *
temp_path (char      **dir,
           const char *name)
{
  g_autoptr(GError) error = NULL;

  *dir = g_dir_make_tmp ("raadslag-db-XXXXXX", &error);
  g_assert_no_error (error);
  return g_build_filename (*dir, name, NULL);
}

static void
test_create_and_reopen (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_path (&dir, "a.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) created = NULL;
  g_autoptr(GListStore) list = NULL;

  {
    g_autoptr(RsDatabase) db = rs_database_open (path, &error);
    g_assert_no_error (error);
    g_assert_cmpint (rs_database_get_opened_version (db), ==, 0);
    created = rs_process_store_create (db, "Budget 2028", 2028, "999", "Testby", &error);
    g_assert_no_error (error);
    g_assert_cmpint (rs_process_get_id (created), >, 0);
  }
  {
    g_autoptr(RsDatabase) db = rs_database_open (path, &error);
    g_assert_no_error (error);
    g_assert_cmpint (rs_database_get_opened_version (db), ==, RS_SCHEMA_VERSION);
    g_assert_null (rs_database_get_backup_path (db));
    list = rs_process_store_list (db, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  }
  rs_test_remove_dir (dir);
}

static void
test_process_crud (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) p = rs_process_store_create (db, "Budget 2027", 2027, NULL, NULL, &error);
  g_autoptr(GListStore) phases = NULL;
  g_autoptr(RsProcess) reread = NULL;
  g_autoptr(RsPhase) hearing = NULL;

  g_assert_no_error (error);

  /* Every phase gets a default date in the year before the budget year. */
  phases = rs_phase_store_list (db, rs_process_get_id (p), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phases)), ==, RS_N_PHASES);
  hearing = g_list_model_get_item (G_LIST_MODEL (phases), RS_PHASE_HEARING);
  g_assert_cmpstr (rs_phase_get_starts_on (hearing), ==, "2026-09-11");

  /* Editing a phase is stored. */
  rs_phase_set_ends_on (hearing, "2026-10-01");
  g_assert_true (rs_phase_store_update (db, hearing, &error));
  g_clear_object (&phases);
  phases = rs_phase_store_list (db, rs_process_get_id (p), &error);
  g_clear_object (&hearing);
  hearing = g_list_model_get_item (G_LIST_MODEL (phases), RS_PHASE_HEARING);
  g_assert_cmpstr (rs_phase_get_ends_on (hearing), ==, "2026-10-01");

  g_assert_true (rs_process_store_rename (db, rs_process_get_id (p), "Budget 2027-30", &error));
  reread = rs_process_store_get (db, rs_process_get_id (p), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rs_process_get_name (reread), ==, "Budget 2027-30");

  /* No empty names. */
  g_assert_false (rs_process_store_rename (db, rs_process_get_id (p), "", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (rs_process_store_create (db, "   ", 2027, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* Deleting cascades to the phases. */
  g_assert_true (rs_process_store_delete (db, rs_process_get_id (p), &error));
  g_assert_null (rs_process_store_get (db, rs_process_get_id (p), &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (rs_process_store_delete (db, rs_process_get_id (p), &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND);

  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static void
assert_untouched (const char *path,
                  const char *expected,
                  gsize       length)
{
  g_autofree char *contents = NULL;
  g_autofree char *dirname = g_path_get_dirname (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpmem (contents, len, expected, length);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_not_raadslag (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_path (&dir, "notes.db");
  static const char text[] = "These are my notes, not a database.\n";
  g_autoptr(GError) error = NULL;
  RsDatabase *db;

  g_assert_true (g_file_set_contents (path, text, sizeof text - 1, NULL));
  db = rs_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_RAADSLAG);
  g_assert_nonnull (strstr (error->message, "notes.db"));
  assert_untouched (path, text, sizeof text - 1);
  rs_test_remove_dir (dir);
}

static void
test_foreign_sqlite (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_path (&dir, "other.sqlite");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  g_autoptr(GError) error = NULL;
  sqlite3 *handle;
  RsDatabase *db;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TABLE t (x); INSERT INTO t VALUES (1);",
                                 NULL, NULL, NULL), ==, RS_SQL_OK);
  sqlite3_close (handle);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  db = rs_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_RAADSLAG);
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  rs_test_remove_dir (dir);
}

static void
test_too_new (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_path (&dir, "future.db");
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                          "CREATE TABLE future (x);",
                                          RS_APPLICATION_ID, RS_SCHEMA_VERSION + 1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  g_autoptr(GError) error = NULL;
  sqlite3 *handle;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));

  g_assert_null (rs_database_open (path, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_TOO_NEW);
  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  rs_test_remove_dir (dir);
}

static void
test_corrupt (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *damaged = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  {
    g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, NULL);
    path = g_strdup (rs_database_get_path (db));
    g_assert_true (rs_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", &error));
  }
  /* Overwrite the middle of the file: b-tree pages become garbage. */
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 64 * 1024);
  memset (contents + len / 2, 0x5a, 16 * 1024);
  g_assert_true (g_file_set_contents (path, contents, len, NULL));

  g_assert_null (rs_database_open (path, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CORRUPT);
  g_assert_true (g_file_get_contents (path, &damaged, &len, NULL));
  g_assert_cmpmem (damaged, len, contents, len);
  rs_test_remove_dir (dir);
}

static void
test_migrate_takes_backup (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = temp_path (&dir, "old.db");
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 0;"
                                          "CREATE TABLE notes (x); INSERT INTO notes VALUES ('kept');",
                                          RS_APPLICATION_ID);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  sqlite3 *handle;
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (handle);

  db = rs_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_database_get_opened_version (db), ==, 0);
  g_assert_nonnull (rs_database_get_backup_path (db));
  g_assert_true (g_file_test (rs_database_get_backup_path (db), G_FILE_TEST_IS_REGULAR));

  /* The copy is the file as it was: old content, old version, no new tables. */
  g_assert_cmpint (sqlite3_open (rs_database_get_backup_path (db), &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT (SELECT x FROM notes), "
                                       "(SELECT count(*) FROM sqlite_master WHERE name = 'phase')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "kept");
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);

  /* The migrated file has the schema and kept its own table. */
  g_assert_true (rs_database_run (db, &error, "INSERT INTO budget_process (name, budget_year) "
                                              "VALUES ('Ny', 2028)", NULL));
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static void
test_backup (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) reopened = NULL;
  g_autoptr(GListStore) list = NULL;

  g_assert_true (rs_database_backup_to (db, copy, &error));
  g_assert_no_error (error);
  reopened = rs_database_open (copy, &error);
  g_assert_no_error (error);
  list = rs_process_store_list (reopened, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* A backup into a folder that does not exist fails cleanly. */
  g_assert_false (rs_database_backup_to (db, "/nonexistent/folder/copy.db", &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_BACKUP);

  g_clear_object (&db);
  g_clear_object (&reopened);
  rs_test_remove_dir (dir);
}

static void
test_transaction_rollback (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;

  g_assert_true (rs_database_begin (db, &error));
  g_assert_true (rs_database_run (db, &error, "INSERT INTO budget_process (name, budget_year) "
                                               "VALUES (?, ?)", "tn", "Half", 2027));
  /* A constraint violation in the same transaction: nothing is kept. */
  g_assert_false (rs_database_run (db, &error, "INSERT INTO phase (process_id, kind) VALUES (?, ?)",
                                   "it", (gint64) 9999, "hearing"));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONSTRAINT);
  rs_database_rollback (db);

  list = rs_process_store_list (db, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}


/* Statements are kept for reuse: the same SQL prepared twice at once gives
 * two statements; one given back half-read starts again from its first
 * row with no binding left over; one kept past the database is still
 * usable and freed with it. */
static void
test_statement_reuse (void)
{
  g_autofree char *dir = NULL;
  RsDatabase *db = rs_test_open_temp_database (&dir);
  g_autoptr(GError) error = NULL;
  const char *sql = "SELECT value FROM (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3) "
                    "WHERE value >= coalesce(?, 1) ORDER BY value";
  RsStatement *outer, *inner, *again, *late;

  outer = rs_database_query (db, &error, sql, "n", (gint64) 2);
  g_assert_no_error (error);
  g_assert_cmpint (rs_statement_step (outer), ==, RS_SQL_ROW);
  g_assert_cmpint (rs_statement_column_int (outer, 0), ==, 2);
  /* Nested: the first is still out, so this is another statement. */
  inner = rs_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  g_assert_true (inner != outer);
  g_assert_cmpint (rs_statement_step (inner), ==, RS_SQL_ROW);
  g_assert_cmpint (rs_statement_column_int (inner, 0), ==, 1);
  rs_statement_finalize (inner);
  g_assert_cmpint (rs_statement_step (outer), ==, RS_SQL_ROW);
  g_assert_cmpint (rs_statement_column_int (outer, 0), ==, 3);
  rs_statement_finalize (outer);

  /* Taken again: reset, and the binding of 2 is gone (NULL → from 1). */
  again = rs_database_prepare (db, sql, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_statement_step (again), ==, RS_SQL_ROW);
  g_assert_cmpint (rs_statement_column_int (again, 0), ==, 1);
  rs_statement_finalize (again);

  /* A write through a reused statement is seen by the next read. */
  for (int i = 0; i < 3; i++)
    g_assert_true (rs_database_run (db, &error, "INSERT INTO budget_process (name, budget_year) "
                                                 "VALUES (?, ?)", "tn", "Reused", (gint64) 2030 + i));
  g_assert_no_error (error);
  late = rs_database_query (db, &error, "SELECT count(*) FROM budget_process WHERE name = ?",
                            "t", "Reused");
  g_assert_cmpint (rs_statement_step (late), ==, RS_SQL_ROW);
  g_assert_cmpint (rs_statement_column_int (late, 0), ==, 3);

  /* Kept past the database: finalized then, not given back. */
  g_assert_finalize_object (db);
  rs_statement_finalize (late);
  rs_test_remove_dir (dir);
}

static void
list_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GListStore **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = rs_process_store_list_finish (RS_DATABASE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async_off_thread (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, NULL);
  GListStore *result = NULL;

  rs_process_store_list_async (db, NULL, list_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (result)), ==, 1);
  g_object_unref (result);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  RsDatabase **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = rs_context_open_database_finish (RS_CONTEXT (source), result, &error);
  g_assert_no_error (error);
}

static gboolean
opened (gpointer data)
{
  return *(RsDatabase **) data != NULL;
}

/* The window opens a file it is given (`raadslag --db NEW.db --sample`,
 * New Database…) through the context: a missing file becomes a database. */
static void
test_context_creates_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-context-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.db", NULL);
  g_autoptr(RsContext) context = rs_context_new (NULL, NULL);
  g_autoptr(RsDatabase) db = NULL;

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  rs_context_open_database_async (context, path, NULL, opened_cb, &db);
  while (!opened (&db))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM budget_process WHERE id > ?", 0), ==, 0);
  g_clear_object (&db);
  g_clear_object (&context);
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/database/create-and-reopen", test_create_and_reopen);
  g_test_add_func ("/database/process-crud", test_process_crud);
  g_test_add_func ("/database/not-raadslag", test_not_raadslag);
  g_test_add_func ("/database/foreign-sqlite", test_foreign_sqlite);
  g_test_add_func ("/database/too-new", test_too_new);
  g_test_add_func ("/database/corrupt", test_corrupt);
  g_test_add_func ("/database/migrate-takes-backup", test_migrate_takes_backup);
  g_test_add_func ("/database/backup", test_backup);
  g_test_add_func ("/database/transaction-rollback", test_transaction_rollback);
  g_test_add_func ("/database/async-off-thread", test_async_off_thread);
  g_test_add_func ("/database/context-creates-file", test_context_creates_file);
  g_test_add_func ("/database/statement-reuse", test_statement_reuse);
  return g_test_run ();
}
