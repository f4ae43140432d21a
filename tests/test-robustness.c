/* SPDX-License-Identifier: MPL-2.0 */
/* Regression tests for hostile and broken input and for faults: each one
 * failed before its fix (issue 11). Fuzzer findings replay in
 * tests/fuzz/test-fuzz-replay.c. */
#include "config.h"

#include <errno.h>
#include <sqlite3.h>
#include <string.h>

#include <glib/gstdio.h>

#include "rs-categories.h"
#include "rs-csv-reader.h"
#include "rs-csv-writer.h"
#include "rs-document.h"
#include "rs-dst-client.h"
#include "rs-jsonstat.h"
#include "rs-pool-import.h"
#include "rs-pool-mapping.h"
#include "rs-process-store.h"
#include "rs-sample.h"
#include "rs-test-utils.h"

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("raadslag-robust-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static GBytes *
file_bytes (const char *path)
{
  char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return NULL;
  return g_bytes_new_take (data, length);
}

/* Runs raadslag-cli; its output stays out of the TAP stream. */
static int
run_cli (const char * const *argv,
         char              **err_out)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = rs_test_run_cli (argv, &out, &err);

  if (err_out != NULL)
    *err_out = g_steal_pointer (&err);
  return status;
}

static void
write_file (const char *path,
            const char *data,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

/* Categories CSV */

static void
test_categories_quota_overflow (void)
{
  static const char csv[] = "category,feature,min,max\nAge,18-29,1,688888888888888888\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) categories = rs_categories_parse_csv (bytes, "categories.csv", &error);

  g_assert_null (categories);
  g_assert_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "categories.csv, line 2, column 4"));
  g_assert_nonnull (strstr (error->message, "688888888888888888"));
}

static void
test_categories_unset_round_trip (void)
{
  static const char csv[] = "category,feature,min,max,share\r\n"
                            "Age,18-29,1,,20\r\nAge,30-44,,5,80\r\nAge,45-,,,\r\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, strlen (csv));
  g_autoptr(GBytes) again_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) categories = rs_categories_parse_csv (bytes, "categories.csv", &error);
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *exported = NULL;
  RsCategory *age;

  g_assert_no_error (error);
  age = g_ptr_array_index (categories, 0);
  g_assert_cmpint (((RsCategoryValue *) g_ptr_array_index (age->values, 0))->max, ==, -1);
  g_assert_cmpint (((RsCategoryValue *) g_ptr_array_index (age->values, 1))->min, ==, -1);
  exported = rs_categories_to_csv (categories);
  g_assert_nonnull (strstr (exported, "Age,18-29,1,,20.00\r\n"));
  again_bytes = g_bytes_new (exported, strlen (exported));
  again = rs_categories_parse_csv (again_bytes, "export.csv", &error);
  g_assert_no_error (error);
  age = g_ptr_array_index (again, 0);
  g_assert_cmpuint (age->values->len, ==, 3);
  for (guint v = 0; v < 3; v++)
    {
      RsCategoryValue *a = g_ptr_array_index (((RsCategory *) g_ptr_array_index (categories, 0))->values, v);
      RsCategoryValue *b = g_ptr_array_index (age->values, v);
      g_assert_cmpint (a->min, ==, b->min);
      g_assert_cmpint (a->max, ==, b->max);
    }
}

/* JSON-stat: each of these aborted or raised criticals (G_DEBUG makes
 * criticals fatal in the test suite). */

static void
test_jsonstat_hostile (void)
{
  static const char * const inputs[] = {
    /* read_category freed codes twice */
    "{\"dataset\":{\"dimension\":{\"id\":[\"A\"],\"size\":[2],\"A\":{\"category\":{\"index\":{\"x\":0}}}},"
    "\"value\":[1,2]}}",
    /* a size of 2^32 became 0, then a NULL dereference */
    "{\"dataset\":{\"dimension\":{\"id\":[\"ContentsCode\"],\"size\":[4294967296],"
    "\"ContentsCode\":{\"category\":{\"index\":{}}}},\"value\":[]}}",
    /* wrong-typed members */
    "{\"dataset\":{\"dimension\":{\"id\":[\"A\"],\"size\":[1],\"A\":{\"category\":{\"index\":{\"x\":{}}}}},"
    "\"value\":[1]}}",
    "{\"dataset\":{\"dimension\":{\"id\":[\"A\"],\"size\":[1],\"A\":{\"category\":{\"index\":[{}]}}},"
    "\"value\":[1]}}",
    "{\"dataset\":{\"dimension\":{\"id\":[\"A\"],\"size\":[1],\"A\":{\"category\":{\"index\":[\"x\"]}}},"
    "\"value\":{\"0\":{\"v\":1}}}}",
    "{\"dataset\":{\"dimension\":{\"id\":[\"A\"],\"size\":[1],\"A\":{\"category\":{\"index\":[\"x\"]}}},"
    "\"value\":[1e300]}}",
    "{\"dataset\":{\"dimension\":{\"id\":[\"A\",\"B\"],\"size\":[65536,65536],\"A\":{},\"B\":{}},"
    "\"value\":[]}}",
    "{\"class\":[\"dataset\"]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RsJsonStat) cube = rs_jsonstat_parse_data (inputs[i], -1, &error);

      g_test_message ("input %u", i);
      g_assert_null (cube);
      g_assert_error (error, RS_DST_ERROR, RS_DST_ERROR_PROTOCOL);
    }
}

static void
test_jsonstat_wrong_typed_labels (void)
{
  /* Labels, "updated" and the table id of other types are ignored. */
  static const char input[] =
    "{\"dataset\":{\"dimension\":{\"id\":[\"A\"],\"size\":[1],\"A\":{\"category\":{\"index\":{\"x\":0},"
    "\"label\":{\"x\":[\"l\"]}}}},\"value\":[1],\"updated\":7,\"extension\":{\"px\":{\"tableid\":[1]}}}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(RsJsonStat) cube = rs_jsonstat_parse_data (input, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (cube->labels[0], 0), ==, "x");
  g_assert_cmpstr (cube->updated, ==, "");
  g_assert_cmpstr (cube->table_id, ==, "");
}

/* Opening database files */

static char *
sqlite_file_without_tables (const char *dir)
{
  char *path = g_build_filename (dir, "blank.sqlite", NULL);
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA user_version = 7; PRAGMA user_version = 0;",
                                 NULL, NULL, NULL), ==, RS_SQL_OK);
  sqlite3_close (handle);
  return path;
}

static void
test_open_empty_files (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *blank = sqlite_file_without_tables (dir);
  g_autoptr(GBytes) blank_before = file_bytes (blank);
  const char * const files[] = { empty, blank };

  write_file (empty, "", 0);
  g_assert_cmpuint (g_bytes_get_size (blank_before), >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      const char *argv[] = { "processes", "--db", files[i], NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RsDatabase) db = rs_database_open_full (files[i], RS_DATABASE_OPEN_DEFAULT, &error);
      g_autoptr(GBytes) after = NULL;

      g_assert_null (db);
      g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_RAADSLAG);
      g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
      g_assert_nonnull (strstr (err, "empty"));
      after = file_bytes (files[i]);
      if (i == 0)
        g_assert_cmpuint (g_bytes_get_size (after), ==, 0);
      else
        g_assert_true (g_bytes_equal (after, blank_before));
    }
  /* init makes one into a database. */
  {
    const char *argv[] = { "init", "--db", empty, NULL };
    g_assert_cmpint (run_cli (argv, NULL), ==, 0);
  }
  {
    const char *argv[] = { "processes", "--db", empty, NULL };
    g_assert_cmpint (run_cli (argv, NULL), ==, 0);
  }
  rs_test_remove_dir (dir);
}

static void
test_open_missing (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.db", NULL);
  g_autofree char *deep = g_build_filename (dir, "new", "dir", "x.db", NULL);
  g_autofree char *new_dir = g_build_filename (dir, "new", NULL);
  const char *commands[] = { "processes", "init", "sample" };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *argv[] = { commands[i], "--db", deep, NULL };
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (argv, &err), ==, 1);
      g_assert_nonnull (strstr (err, "does not exist"));
      g_assert_false (g_file_test (new_dir, G_FILE_TEST_EXISTS));
    }
  {
    const char *argv[] = { "processes", "--db", missing, NULL };
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (argv, &err), ==, 1);
    g_assert_nonnull (strstr (err, "does not exist"));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
  rs_test_remove_dir (dir);
}

static void
assert_same_file (const char *path,
                  GBytes     *before)
{
  g_autoptr(GBytes) after = file_bytes (path);

  if (before == NULL)
    g_assert_null (after);
  else
    {
      g_assert_nonnull (after);
      g_assert_true (g_bytes_equal (before, after));
    }
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GBytes) bytes = file_bytes (from);

  g_assert_nonnull (bytes);
  write_file (to, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_open_foreign_pending (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *live_wal = g_build_filename (dir, "live-wal.db", NULL);
  g_autofree char *live_journal = g_build_filename (dir, "live-journal.db", NULL);
  sqlite3 *wal = NULL, *journal = NULL;
  const char *suffixes[] = { "", "-wal", "-journal", "-shm" };

  /* A foreign WAL database with commits not yet checkpointed, and one in the
   * middle of a transaction with a hot journal: copies of the files of
   * connections still open, as a crash leaves them. */
  g_assert_cmpint (sqlite3_open (live_wal, &wal), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (wal, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
                                 "CREATE TABLE t (x); INSERT INTO t VALUES (1);", NULL, NULL, NULL),
                   ==, RS_SQL_OK);
  g_assert_cmpint (sqlite3_open (live_journal, &journal), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (journal, "PRAGMA cache_size = 1; CREATE TABLE t (x);"
                                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                 "WHERE i < 500) INSERT INTO t SELECT randomblob(400) FROM n;"
                                 "BEGIN; UPDATE t SET x = randomblob(400);", NULL, NULL, NULL),
                   ==, RS_SQL_OK);
  for (guint k = 0; k < 2; k++)
    {
      const char *live = k == 0 ? live_wal : live_journal;
      g_autofree char *copy = g_build_filename (dir, k == 0 ? "foreign-wal.db" : "foreign-journal.db", NULL);
      g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
      g_autoptr(GError) error = NULL;
      g_autoptr(RsDatabase) db = NULL;
      g_autofree char *pending = g_strconcat (copy, k == 0 ? "-wal" : "-journal", NULL);

      for (guint s = 0; s < 3; s++)
        {
          g_autofree char *from = g_strconcat (live, suffixes[s], NULL);
          g_autofree char *to = g_strconcat (copy, suffixes[s], NULL);
          if (g_file_test (from, G_FILE_TEST_EXISTS))
            copy_file (from, to);
        }
      g_assert_true (g_file_test (pending, G_FILE_TEST_EXISTS));
      for (guint s = 0; s < G_N_ELEMENTS (suffixes); s++)
        {
          g_autofree char *path = g_strconcat (copy, suffixes[s], NULL);
          GBytes *bytes = file_bytes (path);
          g_ptr_array_add (before, bytes ? bytes : NULL);
        }
      db = rs_database_open (copy, &error);
      g_assert_null (db);
      g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_RAADSLAG);
      g_assert_nonnull (strstr (error->message, "left unchanged"));
      for (guint s = 0; s < G_N_ELEMENTS (suffixes); s++)
        {
          g_autofree char *path = g_strconcat (copy, suffixes[s], NULL);
          g_test_message ("%s", path);
          assert_same_file (path, g_ptr_array_index (before, s));
        }
    }
  sqlite3_close (wal);
  sqlite3_exec (journal, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (journal);
  rs_test_remove_dir (dir);
}

/* The sample, twice */

static void
test_sample_twice (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "s.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(RsDatabase) db = NULL;

  for (guint i = 0; i < 2; i++)
    {
      const char *argv[] = { "sample", "--db", path, NULL };
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (argv, &err), ==, 0);
    }
  db = rs_database_open (path, &error);
  g_assert_no_error (error);
  list = rs_process_store_list (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  {
    g_autoptr(RsProcess) a = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(RsProcess) b = g_list_model_get_item (G_LIST_MODEL (list), 1);
    g_assert_cmpstr (rs_process_get_name (a), !=, rs_process_get_name (b));
    g_assert_true (g_str_has_prefix (rs_process_get_name (a), "Budget 2027"));
    g_assert_true (g_str_has_prefix (rs_process_get_name (b), "Budget 2027"));
  }
  rs_test_remove_dir (dir);
}

/* Faults while writing */

static void
test_pool_import_read_only (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id = 0;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GString) csv = g_string_new ("id,name\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPoolMapping) mapping = rs_pool_mapping_new ();

  for (guint i = 0; i < 50; i++)
    g_string_append_printf (csv, "x%u,Person %u\n", i, i);
  bytes = g_bytes_new (csv->str, csv->len);
  g_assert_true (rs_database_exec (db, "PRAGMA query_only = 1", NULL));
  g_assert_false (rs_pool_import (db, 1, bytes, "pool.csv", mapping, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_READ_ONLY);
  g_assert_null (strstr (error->message, "line"));
  g_assert_null (strstr (error->message, "problems"));
  rs_test_remove_dir (dir);
}

/* A VFS that passes everything to the default one until the "disk" is full:
 * then writes fail as the unix VFS reports ENOSPC when growing the WAL
 * index: an I/O error whose system error is ENOSPC. */
typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
} FullFile;

static sqlite3_vfs *real_vfs;
static gboolean disk_full;

static int full_close (sqlite3_file *f) { int rc = ((FullFile *) f)->real->pMethods->xClose (((FullFile *) f)->real); g_free (((FullFile *) f)->real); return rc; }
static int full_read (sqlite3_file *f, void *b, int n, sqlite3_int64 o) { return ((FullFile *) f)->real->pMethods->xRead (((FullFile *) f)->real, b, n, o); }
static int full_write (sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
  if (disk_full)
    {
      errno = ENOSPC;
      return SQLITE_IOERR_WRITE;
    }
  return ((FullFile *) f)->real->pMethods->xWrite (((FullFile *) f)->real, b, n, o);
}
static int full_truncate (sqlite3_file *f, sqlite3_int64 s) { return ((FullFile *) f)->real->pMethods->xTruncate (((FullFile *) f)->real, s); }
static int full_sync (sqlite3_file *f, int fl) { return ((FullFile *) f)->real->pMethods->xSync (((FullFile *) f)->real, fl); }
static int full_size (sqlite3_file *f, sqlite3_int64 *s) { return ((FullFile *) f)->real->pMethods->xFileSize (((FullFile *) f)->real, s); }
static int full_lock (sqlite3_file *f, int l) { return ((FullFile *) f)->real->pMethods->xLock (((FullFile *) f)->real, l); }
static int full_unlock (sqlite3_file *f, int l) { return ((FullFile *) f)->real->pMethods->xUnlock (((FullFile *) f)->real, l); }
static int full_check (sqlite3_file *f, int *o) { return ((FullFile *) f)->real->pMethods->xCheckReservedLock (((FullFile *) f)->real, o); }
static int full_control (sqlite3_file *f, int op, void *a) { return ((FullFile *) f)->real->pMethods->xFileControl (((FullFile *) f)->real, op, a); }
static int full_sector (sqlite3_file *f) { return ((FullFile *) f)->real->pMethods->xSectorSize (((FullFile *) f)->real); }
static int full_device (sqlite3_file *f) { return ((FullFile *) f)->real->pMethods->xDeviceCharacteristics (((FullFile *) f)->real); }

static const sqlite3_io_methods full_methods = {
  1, full_close, full_read, full_write, full_truncate, full_sync, full_size, full_lock,
  full_unlock, full_check, full_control, full_sector, full_device,
};

static int
full_open (sqlite3_vfs  *vfs,
           const char   *name,
           sqlite3_file *file,
           int           flags,
           int          *out_flags)
{
  FullFile *f = (FullFile *) file;
  int rc;

  f->real = g_malloc0 (real_vfs->szOsFile);
  rc = real_vfs->xOpen (real_vfs, name, f->real, flags, out_flags);
  if (rc != RS_SQL_OK || f->real->pMethods == NULL)
    {
      g_clear_pointer (&f->real, g_free);
      f->base.pMethods = NULL;
      return rc;
    }
  f->base.pMethods = &full_methods;
  return RS_SQL_OK;
}

static int full_delete (sqlite3_vfs *v, const char *n, int s) { return real_vfs->xDelete (real_vfs, n, s); }
static int full_access (sqlite3_vfs *v, const char *n, int fl, int *o) { return real_vfs->xAccess (real_vfs, n, fl, o); }
static int full_pathname (sqlite3_vfs *v, const char *n, int s, char *o) { return real_vfs->xFullPathname (real_vfs, n, s, o); }
static int full_random (sqlite3_vfs *v, int n, char *o) { return real_vfs->xRandomness (real_vfs, n, o); }
static int full_sleep (sqlite3_vfs *v, int us) { return real_vfs->xSleep (real_vfs, us); }
static int full_time (sqlite3_vfs *v, double *o) { return real_vfs->xCurrentTime (real_vfs, o); }
static int full_last_error (sqlite3_vfs *v, int n, char *o) { return disk_full ? ENOSPC : 0; }

static void
test_sample_disk_full (void)
{
  static sqlite3_vfs vfs;
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "full.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;

  real_vfs = sqlite3_vfs_find (NULL);
  vfs = (sqlite3_vfs) {
    .iVersion = 1, .szOsFile = sizeof (FullFile), .mxPathname = real_vfs->mxPathname,
    .zName = "raadslag-test-full", .xOpen = full_open, .xDelete = full_delete,
    .xAccess = full_access, .xFullPathname = full_pathname, .xRandomness = full_random,
    .xSleep = full_sleep, .xCurrentTime = full_time, .xGetLastError = full_last_error,
  };
  g_assert_cmpint (sqlite3_vfs_register (&vfs, 1), ==, SQLITE_OK);

  db = rs_database_open (path, &error);
  g_assert_no_error (error);
  disk_full = TRUE;
  g_assert_cmpint (rs_sample_create (db, &error), ==, 0);
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_null (strstr (error->message, "I/O"));
  disk_full = FALSE;
  g_clear_object (&db);
  sqlite3_vfs_unregister (&vfs);
  sqlite3_vfs_register (real_vfs, 1);
  rs_test_remove_dir (dir);
}

/* Exports */

static void
test_document_stale_parts (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "whitebook.html", NULL);
  g_autofree char *stale = g_build_filename (dir, ".whitebook.html.0badcafe.part", NULL);
  g_autofree char *young = g_build_filename (dir, ".whitebook.html.12345678.part", NULL);
  g_autofree char *other = g_build_filename (dir, ".report.html.0badcafe.part", NULL);
  g_autoptr(RsDocument) doc = rs_document_new ("Hvidbog", "da");
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  GStatBuf st;

  /* What an export killed before its rename left behind, an hour ago. */
  write_file (stale, "", 0);
  write_file (other, "", 0);
  write_file (young, "", 0);
  {
    g_autoptr(GFile) file = g_file_new_for_path (stale);
    g_autoptr(GFile) file2 = g_file_new_for_path (other);
    guint64 old = (guint64) (g_get_real_time () / G_USEC_PER_SEC - 3600);
    g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, old, 0, NULL, NULL));
    g_assert_true (g_file_set_attribute_uint64 (file2, G_FILE_ATTRIBUTE_TIME_MODIFIED, old, 0, NULL, NULL));
  }
  rs_document_add_paragraph (doc, "Tak for svarene.");
  g_assert_true (rs_document_write (doc, RS_DOCUMENT_FORMAT_HTML, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (young, G_FILE_TEST_EXISTS));   /* maybe still being written */
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));   /* another document's */
  g_assert_cmpint (g_stat (path, &st), ==, 0);

  /* A failed export leaves no .part of its own. */
  g_unlink (young);
  g_cancellable_cancel (cancelled);
  g_assert_false (rs_document_write (doc, RS_DOCUMENT_FORMAT_PDF, path, cancelled, &error));
  g_clear_error (&error);
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_true (!g_str_has_suffix (name, ".part") || g_str_equal (name, ".report.html.0badcafe.part"));
  rs_test_remove_dir (dir);
}

static void
test_document_bidi_isolated (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "x.html", NULL);
  g_autoptr(RsDocument) doc = rs_document_new ("Svar", "da");
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  const char *row[] = { "Afsender: Carla \u202Eevloh\u2066x", "2026-09-28", NULL };
  const char *header[] = { "Navn", "Modtaget", NULL };

  rs_document_add_paragraph (doc, "Høringssvar fra \u202Eevloh alraC og kommunen");
  rs_document_begin_table (doc, header);
  rs_document_add_row (doc, row);
  rs_document_end_table (doc);
  g_assert_true (rs_document_write (doc, RS_DOCUMENT_FORMAT_HTML, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "<p><bdi>Høringssvar fra \u202Eevloh alraC og kommunen\u202C</bdi></p>"));
  /* Closed in reverse order: the isolate, then the override. */
  g_assert_nonnull (strstr (html, "<td><bdi>Afsender: Carla \u202Eevloh\u2066x\u2069\u202C</bdi></td>"));
  g_assert_nonnull (strstr (html, "<td>2026-09-28</td>"));
  rs_test_remove_dir (dir);
}

static void
test_invalid_utf8_exports (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create (db, "Budget", 2027, NULL, NULL, &error);
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { "processes", "--json", "--db", NULL, NULL };

  g_assert_no_error (error);
  /* Written by another program: Latin-1 and a stray continuation byte. */
  g_assert_true (rs_database_exec (db, "UPDATE budget_process SET name = "
                                   "CAST(X'4275646765742032303237202D20E6F8E520BF' AS TEXT)", NULL));
  g_clear_object (&db);
  path = g_build_filename (dir, "test.db", NULL);
  argv[3] = path;
  g_assert_cmpint (rs_test_run_cli (argv, &out, NULL), ==, 0);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  g_assert_nonnull (strstr (out, "Budget 2027 - \uFFFD"));

  rs_csv_append_field (csv, "Ås\xE6\xF8;x", ';');
  g_assert_true (g_utf8_validate (csv->str, -1, NULL));
  g_assert_cmpstr (csv->str, ==, "\"Ås\uFFFD\uFFFD;x\"");
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/robust/categories/quota-overflow", test_categories_quota_overflow);
  g_test_add_func ("/robust/categories/unset-round-trip", test_categories_unset_round_trip);
  g_test_add_func ("/robust/jsonstat/hostile", test_jsonstat_hostile);
  g_test_add_func ("/robust/jsonstat/wrong-typed-labels", test_jsonstat_wrong_typed_labels);
  g_test_add_func ("/robust/database/empty-files", test_open_empty_files);
  g_test_add_func ("/robust/database/missing", test_open_missing);
  g_test_add_func ("/robust/database/foreign-pending", test_open_foreign_pending);
  g_test_add_func ("/robust/database/read-only-import", test_pool_import_read_only);
  g_test_add_func ("/robust/database/disk-full", test_sample_disk_full);
  g_test_add_func ("/robust/sample/twice", test_sample_twice);
  g_test_add_func ("/robust/document/stale-parts", test_document_stale_parts);
  g_test_add_func ("/robust/document/bidi-isolated", test_document_bidi_isolated);
  g_test_add_func ("/robust/utf8/exports", test_invalid_utf8_exports);
  return g_test_run ();
}
