/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>
#include <libpq-fe.h>

G_BEGIN_DECLS

/* One connection to a PostgreSQL server, for the PostgreSQL backend of
 * RsDatabase and its statements only. Calls are serialised by an internal
 * lock; the state of the last call (error, changes, inserted id) is kept
 * like SQLite keeps it per connection. */
typedef struct _RsPgConn RsPgConn;

gboolean     rs_pg_is_uri                (const char  *path);
RsPgConn    *rs_pg_conn_new              (const char  *uri,
                                          GError     **error);
void         rs_pg_conn_free             (RsPgConn    *conn);
PGconn      *rs_pg_conn_get_pgconn       (RsPgConn    *conn);
/* Runs @sql (PostgreSQL's dialect, no parameters; several statements
 * allowed) and records its result as the last call's. */
gboolean     rs_pg_conn_exec_raw         (RsPgConn    *conn,
                                          const char  *sql);
/* Runs one statement with text/binary parameters; returns the result (to
 * PQclear) or NULL with the error recorded. *@rc_out gets RS_SQL_OK,
 * RS_SQL_ERROR or RS_SQL_CONSTRAINT. */
PGresult    *rs_pg_conn_exec_params      (RsPgConn           *conn,
                                          const char         *sql,
                                          int                 n_params,
                                          const Oid          *types,
                                          const char * const *values,
                                          const int          *lengths,
                                          const int          *formats,
                                          int                *rc_out);
int          rs_pg_conn_errcode          (RsPgConn    *conn);
const char  *rs_pg_conn_errmsg           (RsPgConn    *conn);
const char  *rs_pg_conn_sqlstate         (RsPgConn    *conn);
void         rs_pg_conn_set_changes      (RsPgConn    *conn,
                                          int          changes);
int          rs_pg_conn_changes          (RsPgConn    *conn);
void         rs_pg_conn_set_last_insert_id (RsPgConn  *conn,
                                          gint64       id);
gint64       rs_pg_conn_last_insert_id   (RsPgConn    *conn);
gboolean     rs_pg_conn_in_transaction   (RsPgConn    *conn);
/* Whether @table has an identity column "id" (an INSERT then returns it). */
gboolean     rs_pg_conn_table_has_id     (RsPgConn    *conn,
                                          const char  *table);
/* Forgets the table list, after the schema changed. */
void         rs_pg_conn_reload_tables    (RsPgConn    *conn);
/* The URI without its password, for messages. */
const char  *rs_pg_conn_display_name     (RsPgConn    *conn);
/* How often the connection was made again after the server dropped it. */
guint        rs_pg_conn_get_reconnects   (RsPgConn    *conn);

G_END_DECLS

G_BEGIN_DECLS

/* The second connection that LISTENs on the "raadslag" channel, where the
 * triggers of pg/notify.sql announce every committed write as
 * "table op id". */
typedef struct _RsPgListener RsPgListener;

RsPgListener *rs_pg_listener_new        (const char   *uri,
                                         GError      **error);
void          rs_pg_listener_free       (RsPgListener *listener);
/* Connects again after the server dropped the connection, and listens;
 * its socket changes. */
gboolean      rs_pg_listener_reconnect  (RsPgListener *listener);
int           rs_pg_listener_get_socket (RsPgListener *listener);
/* Appends the payloads that have arrived to @payloads (strings). With
 * @until set, waits (up to @timeout_ms) until that payload arrives; it is
 * not appended. Returns FALSE when the connection failed. */
gboolean      rs_pg_listener_drain      (RsPgListener *listener,
                                         GPtrArray    *payloads,
                                         const char   *until,
                                         int           timeout_ms);
/* The beginning of the markers one's own connection sends ("sync PID "):
 * read by another thread first, they are kept for the one waiting. */
void          rs_pg_listener_set_marker_prefix (RsPgListener *listener,
                                                const char   *prefix);
/* Whether @conn wrote rows since the last call (and forgets it). */
gboolean      rs_pg_conn_take_wrote     (RsPgConn     *conn);

G_END_DECLS
