/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <sqlite3.h>

#include "rs-change-kind.h"
#include "rs-database.h"
#include "rs-pg-conn.h"
#include "rs-statement-cache.h"

G_BEGIN_DECLS

/* The SQLite connection, for the SQLite backend and its tests only. */
sqlite3 *rs_database_get_handle (RsDatabase *self);

/* The job thread (rs-database-jobs.c). */
GThreadPool **rs_database_get_job_pool (RsDatabase   *self);
void          rs_database_jobs_free    (GThreadPool **pool);


/* For the files of RsDatabase only (rs-database*.c). */
struct _RsDatabase
{
  GObject      parent_instance;

  sqlite3     *handle;
  RsStatementCache *statements;  /* of @handle */
  RsPgConn    *pg;          /* the PostgreSQL backend instead of @handle */
  RsPgListener *listener;   /* its LISTEN connection, for the change path */
  GSource     *listen_source;
  int          listen_pid;   /* the main connection's server process in the marker prefix */
  guint        sync_serial;
  char        *path;
  char        *backup_path;
  int          opened_version;
  gboolean     had_content;
  GRecMutex    mutex;
  GThreadPool *pool;

  /* The change path; see above. @notes_mutex guards the two arrays, as a
   * hook may run on whichever thread steps a statement. */
  guint         lock_depth;
  GMutex        notes_mutex;
  GArray       *pending;    /* Note, of the open transaction */
  GArray       *committed;  /* Note, committed but not yet announced */
  GMainContext *owner_context;
  GThread      *owner_thread;
};

typedef struct
{
  RsChangeKind kind;
  gint64       id;
  gint64       process_id;
} Note;

/* Notes of one commit (or several), for the owner's context. */
typedef struct
{
  GWeakRef db;
  GArray  *notes;  /* Note, coalesced */
} Batch;

void      rs_database_emit_change       (RsDatabase   *self,
                                         RsChangeKind  kind,
                                         gint64        id,
                                         gint64        process_id);

/* The change path (rs-database-changes.c). */
gboolean  rs_database_note_for_table    (const char   *table,
                                         gint64        rowid,
                                         Note         *note);
void      rs_database_install_hooks     (RsDatabase   *self);
void      rs_database_find_processes    (RsDatabase   *self,
                                         GArray       *notes);
Batch    *rs_database_batch_new         (RsDatabase   *self,
                                         GArray       *raw);
void      rs_database_batch_free        (Batch        *batch);
gboolean  rs_database_emit_batch        (gpointer      batch);
Batch    *rs_database_take_committed    (RsDatabase   *self);
void      rs_database_dispatch_batch    (RsDatabase   *self,
                                         Batch        *batch);

/* On a server (rs-database-listen.c). */
gboolean  rs_database_start_listening   (RsDatabase   *self,
                                         GError      **error);
void      rs_database_stop_listening    (RsDatabase   *self);
Batch    *rs_database_take_committed_pg (RsDatabase   *self);

G_END_DECLS
