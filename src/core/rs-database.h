/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-statement.h"

G_BEGIN_DECLS

#define RS_DATABASE_ERROR (rs_database_error_quark ())

typedef enum
{
  RS_DATABASE_ERROR_OPEN,
  RS_DATABASE_ERROR_NOT_RAADSLAG,
  RS_DATABASE_ERROR_TOO_NEW,
  RS_DATABASE_ERROR_CORRUPT,
  RS_DATABASE_ERROR_SQL,
  RS_DATABASE_ERROR_CONSTRAINT,
  RS_DATABASE_ERROR_FULL,
  RS_DATABASE_ERROR_NOT_FOUND,
  RS_DATABASE_ERROR_BACKUP,
  RS_DATABASE_ERROR_READ_ONLY,
} RsDatabaseError;

/* The schema version this program writes; see rs-schema.c. */
#define RS_SCHEMA_VERSION 2
/* The media type of a database file, for file choosers. */
#define RS_DATABASE_MIME_TYPE "application/vnd.sqlite3"
/* "RSLG": the SQLite application_id that marks a Rådslag database. */
#define RS_APPLICATION_ID 0x52534c47

#define RS_TYPE_DATABASE (rs_database_get_type ())
G_DECLARE_FINAL_TYPE (RsDatabase, rs_database, RS, DATABASE, GObject)

/**
 * RsDatabaseJob:
 * Work that runs on the database thread. Returns a result that
 * rs_database_run_async()'s @result_destroy frees (or %NULL with no error
 * when there is nothing to return).
 */
typedef gpointer (*RsDatabaseJob) (RsDatabase   *db,
                                   gpointer      data,
                                   GCancellable *cancellable,
                                   GError      **error);

GQuark        rs_database_error_quark        (void);
char         *rs_database_default_path       (void);
typedef enum
{
  RS_DATABASE_OPEN_DEFAULT       = 0,
  RS_DATABASE_OPEN_CREATE        = 1 << 0,  /* a missing or empty file becomes a database */
  RS_DATABASE_OPEN_CREATE_FOLDER = 1 << 1,  /* … and its folder is created */
} RsDatabaseOpenFlags;

RsDatabase   *rs_database_open               (const char   *path,
                                              GError      **error);
RsDatabase   *rs_database_open_full          (const char   *path,
                                              RsDatabaseOpenFlags flags,
                                              GError      **error);
const char   *rs_database_get_path           (RsDatabase   *self);
/* Whether it is on a PostgreSQL server (a postgresql:// URI) rather than
 * an SQLite file. */
gboolean      rs_database_is_server          (RsDatabase   *self);
/* On a server only: runs @sql in the server's own dialect, untranslated. */
gboolean      rs_database_exec_native        (RsDatabase   *self,
                                              const char   *sql,
                                              GError      **error);
/* The version of the database engine, for the About window. */
const char   *rs_database_engine_version     (void);
int           rs_database_get_opened_version (RsDatabase   *self);
const char   *rs_database_get_backup_path    (RsDatabase   *self);
void          rs_database_lock               (RsDatabase   *self);
void          rs_database_unlock             (RsDatabase   *self);
gboolean      rs_database_exec               (RsDatabase   *self,
                                              const char   *sql,
                                              GError      **error);
RsStatement *rs_database_prepare            (RsDatabase   *self,
                                              const char   *sql,
                                              GError      **error);
gboolean      rs_database_step_done          (RsDatabase   *self,
                                              RsStatement *stmt,
                                              GError      **error);
gboolean      rs_database_set_error          (RsDatabase   *self,
                                              int           rc,
                                              GError      **error);
gboolean      rs_database_begin              (RsDatabase   *self,
                                              GError      **error);
gboolean      rs_database_commit             (RsDatabase   *self,
                                              GError      **error);
void          rs_database_rollback           (RsDatabase   *self);
/* The result code and message of the last failed call, for errors. */
int           rs_database_errcode            (RsDatabase   *self);
const char   *rs_database_errmsg             (RsDatabase   *self);
gint64        rs_database_last_insert_id     (RsDatabase   *self);
int           rs_database_changes            (RsDatabase   *self);
gboolean      rs_database_backup_to          (RsDatabase   *self,
                                              const char   *dest_path,
                                              GError      **error);
void          rs_database_run_async          (RsDatabase          *self,
                                              RsDatabaseJob        job,
                                              gpointer             data,
                                              GDestroyNotify       data_destroy,
                                              GDestroyNotify       result_destroy,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
/* The common case of a job about one row: @job's data points to @id. */
void          rs_database_run_for_id_async   (RsDatabase          *self,
                                              RsDatabaseJob        job,
                                              gint64               id,
                                              GDestroyNotify       result_destroy,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gpointer      rs_database_run_finish         (RsDatabase          *self,
                                              GAsyncResult        *result,
                                              GError             **error);
gboolean      rs_database_run_finish_boolean (RsDatabase          *self,
                                              GAsyncResult        *result,
                                              GError             **error);

/* Binds arguments by a type string: 'i' gint64, 'I' gint64 id where 0 binds
 * NULL, 'n' int, 'd' double,
 * 't' text (NULL binds SQL NULL), '-' NULL (no argument consumed). */
gboolean      rs_statement_bind_valist       (RsStatement *stmt,
                                              const char   *types,
                                              va_list       args);
/* Prepares, binds, steps once and finalizes. */
gboolean      rs_database_run                (RsDatabase   *self,
                                              GError      **error,
                                              const char   *sql,
                                              const char   *types,
                                              ...);
/* Runs @sql (bound as for rs_database_run()) and returns its first column
 * as a GArray of gint64, or %NULL with @error set. */
GArray       *rs_database_query_ids          (RsDatabase   *self,
                                              GError      **error,
                                              const char   *sql,
                                              const char   *types,
                                              ...);
/* Prepares and binds; the caller steps and finalizes. */
RsStatement *rs_database_query              (RsDatabase   *self,
                                              GError      **error,
                                              const char   *sql,
                                              const char   *types,
                                              ...);

/* Column helpers: text columns as newly allocated, valid UTF-8 (or NULL);
 * invalid bytes become U+FFFD. */
char         *rs_column_dup_text             (RsStatement *stmt,
                                              int           column);

G_END_DECLS
