/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-database"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rs-change-kind.h"
#include "rs-database.h"
#include "rs-enums.h"
#include "rs-database-private.h"
#include "rs-pg-conn.h"
#include "rs-pg-translate.h"
#include "rs-schema.h"
#include "rs-statement-private.h"
#include "rs-text-search.h"

/*
 * RsDatabase wraps one SQLite connection or one PostgreSQL server's. Every query runs either on the
 * caller's thread (the CLI, tests and the database thread itself) or, for the
 * GUI, on one dedicated worker thread through rs_database_run_async(), so the
 * UI never waits on the disk. A recursive mutex keeps the two apart.
 *
 * What a committed write announces: rs-database-changes.c; on a server,
 * rs-database-listen.c.
 */

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RsDatabase, rs_database, G_TYPE_OBJECT)

static RsDatabase *rs_database_open_pg (const char          *uri,
                                        RsDatabaseOpenFlags  flags,
                                        GError             **error);

G_DEFINE_QUARK (rs-database-error-quark, rs_database_error)

/* Finalizes the idle statements first: a statement still out (another
 * thread's) is finalized when given back, and sqlite3_close_v2() waits for
 * it. */
static void
close_handle (RsDatabase *self)
{
  if (self->statements != NULL)
    rs_statement_cache_close (self->statements);
  g_clear_pointer (&self->statements, rs_statement_cache_unref);
  g_clear_pointer (&self->handle, sqlite3_close_v2);
}

static void
rs_database_finalize (GObject *object)
{
  RsDatabase *self = (RsDatabase *) object;

  rs_database_jobs_free (&self->pool);
  close_handle (self);
  rs_database_stop_listening (self);
  g_clear_pointer (&self->pg, rs_pg_conn_free);
  g_rec_mutex_clear (&self->mutex);
  g_mutex_clear (&self->notes_mutex);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->committed, g_array_unref);
  g_clear_pointer (&self->owner_context, g_main_context_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup_path, g_free);

  G_OBJECT_CLASS (rs_database_parent_class)->finalize (object);
}

void
rs_database_emit_change (RsDatabase   *self,
                         RsChangeKind  kind,
                         gint64        id,
                         gint64        process_id)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], g_quark_from_static_string (rs_change_kind_to_nick (kind)),
                 kind, id, process_id);
}

static void
rs_database_class_init (RsDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rs_database_finalize;

  /**
   * RsDatabase::changed:
   * @self: the database
   * @kind: the #RsChangeKind of the entity written
   * @id: the entity's id, or 0 when several (or a part without its own id) changed
   * @process_id: the budget process it belongs to, or 0 when not known
   *
   * Emitted on the context that opened the database, after the transaction
   * that wrote the entity committed; never for a rolled back write. The
   * detail is the kind's nick ("panel", "session", …). This is the one path
   * by which every page and model hears of changes.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, RS_TYPE_CHANGE_KIND, G_TYPE_INT64, G_TYPE_INT64);
}

static void
rs_database_init (RsDatabase *self)
{
  g_rec_mutex_init (&self->mutex);
  g_mutex_init (&self->notes_mutex);
  self->pending = g_array_new (FALSE, FALSE, sizeof (Note));
  self->committed = g_array_new (FALSE, FALSE, sizeof (Note));
  self->owner_context = g_main_context_ref_thread_default ();
  self->owner_thread = g_thread_self ();
}

/* PostgreSQL's errors, by SQLSTATE, as the same codes. */
static gboolean
set_pg_error (RsDatabase *self,
              GError    **error)
{
  const char *state = rs_pg_conn_sqlstate (self->pg);
  const char *msg = rs_pg_conn_errmsg (self->pg);

  if (g_str_equal (state, "53100"))
    g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_FULL,
                 _("The database server’s disk is full; nothing was saved (%s)."), msg);
  else if (g_str_equal (state, "42501") || g_str_equal (state, "25006"))
    g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_READ_ONLY,
                 _("Your role on the database server may not do this; nothing was saved (%s)."), msg);
  else if (g_str_has_prefix (state, "23"))
    g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONSTRAINT, _("Database error: %s"), msg);
  else if (g_str_has_prefix (state, "08") || g_str_has_prefix (state, "57"))
    g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_OPEN,
                 _("The connection to the database server was lost: %s"), msg);
  else
    g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_SQL, _("Database error: %s"), msg);
  return FALSE;
}

gboolean
rs_database_set_error (RsDatabase *self,
                       int         rc,
                       GError    **error)
{
  const char *msg;
  int sys_errno;
  int code;

  if (self->pg != NULL)
    return set_pg_error (self, error);
  msg = self->handle ? sqlite3_errmsg (self->handle) : sqlite3_errstr (rc);
  sys_errno = self->handle ? sqlite3_system_errno (self->handle) : 0;

  /* A full disk shows up as SQLITE_FULL, or as an I/O error whose system
   * error says so (growing the WAL index or a journal). */
  if ((rc & 0xff) == SQLITE_IOERR && (sys_errno == ENOSPC || sys_errno == EDQUOT))
    rc = SQLITE_FULL;
  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      code = RS_DATABASE_ERROR_FULL;
      g_set_error (error, RS_DATABASE_ERROR, code,
                   _("The disk is full; nothing was saved. Free some space and try again (%s)."),
                   sqlite3_errstr (SQLITE_FULL));
      return FALSE;
    case SQLITE_READONLY:
      {
        g_autofree char *display = g_filename_display_name (self->path ? self->path : "");
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_READ_ONLY,
                     _("“%s” can only be read, not written; nothing was saved. Check that the file "
                       "and its folder are writable (%s)."), display, msg);
        return FALSE;
      }
    case SQLITE_CONSTRAINT:
      code = RS_DATABASE_ERROR_CONSTRAINT;
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = RS_DATABASE_ERROR_CORRUPT;
      break;
    default:
      code = RS_DATABASE_ERROR_SQL;
      break;
    }
  g_set_error (error, RS_DATABASE_ERROR, code, _("Database error: %s"), msg);
  return FALSE;
}

char *
rs_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "raadslag", "raadslag.db", NULL);
}

static gboolean
query_int (sqlite3    *handle,
           const char *sql,
           int        *out,
           int        *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return rc == SQLITE_OK;
}

static gboolean
check_existing (RsDatabase *self,
                GError    **error)
{
  int app_id = 0, version = 0, n_tables = 0, rc = SQLITE_OK;
  g_autofree char *display = g_filename_display_name (self->path);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (!query_int (self->handle, "PRAGMA application_id", &app_id, &rc) ||
      !query_int (self->handle, "PRAGMA user_version", &version, &rc) ||
      !query_int (self->handle, "SELECT count(*) FROM sqlite_master", &n_tables, &rc))
    {
      /* A hot rollback journal: Rådslag databases use a WAL, so this is
       * another program's file, and rolling it back would change it. */
      if (rc == SQLITE_NOTADB || rc == SQLITE_READONLY_ROLLBACK)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_RAADSLAG,
                     _("“%s” is not a Rådslag database. It was left unchanged."), display);
      else
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CORRUPT,
                     _("“%s” cannot be read (%s). It was left unchanged."),
                     display, sqlite3_errstr (rc));
      return FALSE;
    }

  if (n_tables == 0 && app_id == 0 && version == 0)
    {
      self->opened_version = 0;
      return TRUE;
    }
  self->had_content = n_tables > 0;
  if (app_id != RS_APPLICATION_ID)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_RAADSLAG,
                   _("“%s” is an SQLite database, but not a Rådslag database. It was left unchanged."),
                   display);
      return FALSE;
    }
  if (version > RS_SCHEMA_VERSION)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Rådslag (schema %d; this version reads up to %d). "
                     "It was left unchanged; please update Rådslag."),
                   display, version, RS_SCHEMA_VERSION);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (self->handle, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW &&
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0)
    ok = TRUE;
  sqlite3_finalize (stmt);
  if (!ok)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be opened safely. It was left unchanged; "
                     "restore it from a backup."),
                   display);
      return FALSE;
    }

  self->opened_version = version;
  return TRUE;
}

static gboolean
migrate (RsDatabase *self,
         GError    **error)
{
  g_autofree char *sql = NULL;

  if (self->opened_version == RS_SCHEMA_VERSION)
    return TRUE;

  /* An existing file is copied aside before its schema changes. */
  if (self->had_content && g_strcmp0 (self->path, ":memory:") != 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
      g_autofree char *backup = g_strdup_printf ("%s.v%d-%s.bak", self->path,
                                                 self->opened_version, stamp);
      if (!rs_database_backup_to (self, backup, error))
        return FALSE;
      self->backup_path = g_steal_pointer (&backup);
    }

  if (!rs_database_begin (self, error))
    return FALSE;
  if (!rs_schema_migrate (self->handle, self->opened_version, error))
    {
      rs_database_rollback (self);
      return FALSE;
    }
  sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                         RS_APPLICATION_ID, RS_SCHEMA_VERSION);
  if (!rs_database_exec (self, sql, error))
    {
      rs_database_rollback (self);
      return FALSE;
    }
  return rs_database_commit (self, error);
}

/**
 * rs_database_open:
 * @path: a file name, or ":memory:"
 *
 * Opens or creates a Rådslag database, as rs_database_open_full() with
 * %RS_DATABASE_OPEN_CREATE; the folder is created only for the default
 * database (rs_database_default_path()).
 */
RsDatabase *
rs_database_open (const char *path,
                  GError    **error)
{
  g_autofree char *default_path = rs_database_default_path ();
  RsDatabaseOpenFlags flags = RS_DATABASE_OPEN_CREATE;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_strcmp0 (path, default_path) == 0)
    flags |= RS_DATABASE_OPEN_CREATE_FOLDER;
  return rs_database_open_full (path, flags, error);
}

static gboolean
open_handle (RsDatabase *self,
             const char *filename,
             int         flags,
             GError    **error)
{
  int rc;

  close_handle (self);
  rc = sqlite3_open_v2 (filename, &self->handle, flags | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *display = g_filename_display_name (self->path);
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_OPEN,
                   _("Cannot open “%s”: %s"), display, sqlite3_errstr (rc));
      return FALSE;
    }
  self->statements = rs_statement_cache_new (self->handle);
  sqlite3_extended_result_codes (self->handle, 1);
  rs_database_install_hooks (self);
  sqlite3_busy_timeout (self->handle, 5000);
  /* The Danish search tokenizer must exist before any response is written. */
  return rs_text_search_register (self->handle, error);
}

/**
 * rs_database_open_full:
 * @path: a file name, or ":memory:"
 * @flags: whether a new database may be created (and its folder)
 *
 * Opens a Rådslag database. An existing file is first opened read-only and
 * identified; a file that is not a Rådslag database (even one with a pending
 * write-ahead log or a hot journal), is newer than this program or is damaged
 * is reported and left exactly as it was. Without %RS_DATABASE_OPEN_CREATE a
 * missing file, an empty file or an SQLite file without tables is reported
 * instead of being made into a Rådslag database.
 */
RsDatabase *
rs_database_open_full (const char          *path,
                       RsDatabaseOpenFlags  flags,
                       GError             **error)
{
  g_autoptr(RsDatabase) self = NULL;
  gboolean memory, identified = FALSE;

  g_return_val_if_fail (path != NULL, NULL);

  if (rs_pg_is_uri (path))
    return rs_database_open_pg (path, flags, error);

  self = g_object_new (RS_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  memory = g_strcmp0 (path, ":memory:") == 0;

  if (!memory && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *display = g_filename_display_name (path);

      if (!(flags & RS_DATABASE_OPEN_CREATE))
        {
          g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                       _("“%s” does not exist. Create a database with “raadslag-cli init --db FILE” "
                         "or in Rådslag."), display);
          return NULL;
        }
      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *dir_display = g_filename_display_name (dir);

          if (!(flags & RS_DATABASE_OPEN_CREATE_FOLDER))
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("Cannot create “%s”: the folder “%s” does not exist."), display,
                           dir_display);
              return NULL;
            }
          if (g_mkdir_with_parents (dir, 0700) != 0)
            {
              int saved_errno = errno;
              g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           _("Cannot create the folder “%s”: %s"), dir_display,
                           g_strerror (saved_errno));
              return NULL;
            }
        }
    }
  else if (!memory)
    {
      /* Identify the file before anything may write to it: a read-write
       * connection would roll back a hot journal or checkpoint a WAL. With
       * neither pending, the file is read as immutable, which creates no
       * -wal or -shm file beside it either. */
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_autofree char *journal = g_strconcat (path, "-journal", NULL);
      g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
      g_autofree char *uri = NULL;
      gboolean had_shm = g_file_test (shm, G_FILE_TEST_EXISTS);

      if (g_file_test (wal, G_FILE_TEST_EXISTS) || g_file_test (journal, G_FILE_TEST_EXISTS))
        uri = g_strconcat ("file:", escaped, "?mode=ro", NULL);
      else
        uri = g_strconcat ("file:", escaped, "?mode=ro&immutable=1", NULL);
      if (!open_handle (self, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, error) ||
          !check_existing (self, error))
        {
          /* Reading a pending WAL needs its index: remove the one this
           * created, so a refused file is left as it was found. */
          close_handle (self);
          if (!had_shm)
            g_unlink (shm);
          return NULL;
        }
      identified = TRUE;
      if (self->opened_version == 0 && !self->had_content && !(flags & RS_DATABASE_OPEN_CREATE))
        {
          g_autofree char *display = g_filename_display_name (path);
          g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_RAADSLAG,
                       _("“%s” is empty, not a Rådslag database. It was left unchanged; create a "
                         "database with “raadslag-cli init --db FILE” or in Rådslag."), display);
          return NULL;
        }
    }

  /* A new file (or :memory:) is checked here; an existing one was above. */
  if (!open_handle (self, path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error))
    return NULL;
  if (!identified && !check_existing (self, error))
    return NULL;

  if (!rs_database_exec (self,
                         "PRAGMA journal_mode = WAL;"
                         "PRAGMA synchronous = NORMAL;"
                         "PRAGMA foreign_keys = ON;"
                         "PRAGMA cache_size = -32768;",
                         error))
    return NULL;

  if (!migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
rs_database_engine_version (void)
{
  return sqlite3_libversion ();
}

const char *
rs_database_get_path (RsDatabase *self)
{
  g_return_val_if_fail (RS_IS_DATABASE (self), NULL);
  return self->path;
}

/* The schema version the file had when it was opened (0 for a new file). */
int
rs_database_get_opened_version (RsDatabase *self)
{
  g_return_val_if_fail (RS_IS_DATABASE (self), 0);
  return self->opened_version;
}

/* Where the pre-migration copy was written, or NULL when none was needed. */
const char *
rs_database_get_backup_path (RsDatabase *self)
{
  g_return_val_if_fail (RS_IS_DATABASE (self), NULL);
  return self->backup_path;
}

sqlite3 *
rs_database_get_handle (RsDatabase *self)
{
  g_return_val_if_fail (RS_IS_DATABASE (self), NULL);
  return self->handle;
}

/* --- The PostgreSQL backend ---------------------------------------------- */

static gboolean
rs_database_pg_exec (RsDatabase *self,
                     const char *sql)
{
  g_autofree char *translated = NULL;

  /* SQLite's connection settings have no meaning on the server. */
  while (g_ascii_isspace (*sql))
    sql++;
  if (g_ascii_strncasecmp (sql, "PRAGMA", 6) == 0)
    return TRUE;
  translated = rs_pg_translate (sql, NULL);
  return rs_pg_conn_exec_raw (self->pg, translated);
}

static void
rs_database_rollback_silently (RsDatabase *self)
{
  if (self->pg != NULL)
    rs_pg_conn_exec_raw (self->pg, "ROLLBACK");
  else
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
}

/* Opens a database on a PostgreSQL server: the schema is created (with
 * %RS_DATABASE_OPEN_CREATE) or brought up to date, as for a file. */
static RsDatabase *
rs_database_open_pg (const char          *uri,
                     RsDatabaseOpenFlags  flags,
                     GError             **error)
{
  g_autoptr(RsDatabase) self = g_object_new (RS_TYPE_DATABASE, NULL);
  const char *display;

  self->path = g_strdup (uri);
  self->pg = rs_pg_conn_new (uri, error);
  if (self->pg == NULL)
    return NULL;
  display = rs_pg_conn_display_name (self->pg);
  if (!rs_schema_read_pg (self->pg, &self->opened_version, &self->had_content, error))
    return NULL;
  if (self->opened_version == 0 && self->had_content)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_RAADSLAG,
                   _("“%s” holds tables, but not a Rådslag database. It was left unchanged."), display);
      return NULL;
    }
  if (self->opened_version == 0 && !(flags & RS_DATABASE_OPEN_CREATE))
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_RAADSLAG,
                   _("“%s” is empty, not a Rådslag database. It was left unchanged; create one "
                     "with “raadslag-cli db init --db URI”."), display);
      return NULL;
    }
  if (self->opened_version > RS_SCHEMA_VERSION)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Rådslag (schema %d; this version reads up to %d). "
                     "It was left unchanged; please update Rådslag."),
                   display, self->opened_version, RS_SCHEMA_VERSION);
      return NULL;
    }
  if (self->opened_version < RS_SCHEMA_VERSION)
    {
      if (!rs_database_begin (self, error))
        return NULL;
      if (!rs_schema_migrate_pg (self->pg, self->opened_version, error))
        {
          rs_database_rollback (self);
          return NULL;
        }
      if (!rs_database_commit (self, error))
        return NULL;
      rs_pg_conn_reload_tables (self->pg);
    }
  if (!rs_database_start_listening (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* Runs @sql in the server's own dialect, untranslated (PostgreSQL only). */
gboolean
rs_database_exec_native (RsDatabase *self,
                         const char *sql,
                         GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (RS_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->pg != NULL, FALSE);

  rs_database_lock (self);
  ok = rs_pg_conn_exec_raw (self->pg, sql);
  if (!ok)
    set_pg_error (self, error);
  rs_database_unlock (self);
  return ok;
}

/* Whether the database is on a PostgreSQL server. */
gboolean
rs_database_is_server (RsDatabase *self)
{
  g_return_val_if_fail (RS_IS_DATABASE (self), FALSE);
  return self->pg != NULL;
}

void
rs_database_lock (RsDatabase *self)
{
  g_rec_mutex_lock (&self->mutex);
  self->lock_depth++;
}

/* Releasing the outermost lock announces what was committed meanwhile. */
void
rs_database_unlock (RsDatabase *self)
{
  Batch *batch = NULL;

  if (self->lock_depth == 1 && self->handle != NULL && sqlite3_get_autocommit (self->handle))
    batch = rs_database_take_committed (self);
  else if (self->lock_depth == 1 && self->pg != NULL && !rs_pg_conn_in_transaction (self->pg))
    batch = rs_database_take_committed_pg (self);
  self->lock_depth--;
  g_rec_mutex_unlock (&self->mutex);
  if (batch != NULL)
    rs_database_dispatch_batch (self, batch);
}

gboolean
rs_database_exec (RsDatabase *self,
                  const char *sql,
                  GError    **error)
{
  int rc;

  g_return_val_if_fail (RS_IS_DATABASE (self), FALSE);

  rs_database_lock (self);
  if (self->pg != NULL)
    rc = rs_database_pg_exec (self, sql) ? SQLITE_OK : SQLITE_ERROR;
  else
    rc = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    rs_database_set_error (self, rc, error);
  rs_database_unlock (self);
  return rc == SQLITE_OK;
}

RsStatement *
rs_database_prepare (RsDatabase *self,
                     const char *sql,
                     GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (RS_IS_DATABASE (self), NULL);

  if (self->pg != NULL)
    return rs_statement_new_pg (self->pg, sql);
  stmt = rs_statement_cache_take (self->statements, sql, &rc);
  if (stmt == NULL)
    {
      rs_database_set_error (self, rc, error);
      return NULL;
    }
  return rs_statement_new_sqlite (stmt, self->statements);
}

gboolean
rs_database_step_done (RsDatabase  *self,
                       RsStatement *stmt,
                       GError     **error)
{
  int rc = rs_statement_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  return rs_database_set_error (self, rc, error);
}

gboolean
rs_database_begin (RsDatabase *self,
                   GError    **error)
{
  rs_database_lock (self);
  if (!rs_database_exec (self, self->pg ? "BEGIN" : "BEGIN IMMEDIATE", error))
    {
      rs_database_unlock (self);
      return FALSE;
    }
  return TRUE;
}

gboolean
rs_database_commit (RsDatabase *self,
                    GError    **error)
{
  gboolean ok = rs_database_exec (self, "COMMIT", error);

  if (!ok)
    rs_database_rollback_silently (self);
  rs_database_unlock (self);
  return ok;
}

void
rs_database_rollback (RsDatabase *self)
{
  rs_database_rollback_silently (self);
  rs_database_unlock (self);
}

gint64
rs_database_last_insert_id (RsDatabase *self)
{
  if (self->pg != NULL)
    return rs_pg_conn_last_insert_id (self->pg);
  return sqlite3_last_insert_rowid (self->handle);
}

int
rs_database_changes (RsDatabase *self)
{
  if (self->pg != NULL)
    return rs_pg_conn_changes (self->pg);
  return sqlite3_changes (self->handle);
}

int
rs_database_errcode (RsDatabase *self)
{
  if (self->pg != NULL)
    return rs_pg_conn_errcode (self->pg);
  return sqlite3_errcode (self->handle);
}

const char *
rs_database_errmsg (RsDatabase *self)
{
  if (self->pg != NULL)
    return rs_pg_conn_errmsg (self->pg);
  return sqlite3_errmsg (self->handle);
}

/**
 * rs_database_backup_to:
 * Copies the whole database to @dest_path with SQLite's online backup API.
 */
gboolean
rs_database_backup_to (RsDatabase *self,
                       const char *dest_path,
                       GError    **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (RS_IS_DATABASE (self), FALSE);

  if (self->pg != NULL)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_BACKUP,
                   _("A database on a server is backed up on the server, not copied to a file."));
      return FALSE;
    }
  rc = sqlite3_open_v2 (dest_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      rs_database_lock (self);
      backup = sqlite3_backup_init (dest, "main", self->handle, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rs_database_unlock (self);
      rc = sqlite3_errcode (dest);
    }
  if (rc != SQLITE_OK)
    {
      g_autofree char *display = g_filename_display_name (dest_path);
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_BACKUP,
                   _("Could not write the backup copy “%s”: %s. The database was not changed."),
                   display, sqlite3_errstr (rc));
      sqlite3_close (dest);
      g_unlink (dest_path);
      return FALSE;
    }
  sqlite3_close (dest);
  return TRUE;
}

/* The database thread's pool, for rs-database-jobs.c. */
GThreadPool **
rs_database_get_job_pool (RsDatabase *self)
{
  return &self->pool;
}
