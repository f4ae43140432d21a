/* SPDX-License-Identifier: MPL-2.0 */
/* One connection to a PostgreSQL server (the PostgreSQL backend). */
#define G_LOG_DOMAIN "rs-database"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-database.h"
#include "rs-pg-conn.h"

#include <poll.h>

struct _RsPgConn
{
  PGconn     *conn;
  GRecMutex   mutex;
  int         errcode;
  char       *errmsg;
  char        sqlstate[6];
  int         changes;
  gint64      last_insert_id;
  GHashTable *id_tables;
  gboolean    wrote;       /* rows were written since rs_pg_conn_take_wrote() */
  gboolean    savepoint;   /* the open transaction has the savepoint rs_stmt */
  gboolean    in_tx;       /* a BEGIN of ours is open (the server may have lost it) */
  guint       reconnects;   /* table name → itself, for tables with an identity id */
  char       *display;
};

/* Times and text compare as in the SQLite files. */
#define SESSION_SETUP "SET TIME ZONE 'UTC'; SET client_min_messages = warning"

gboolean
rs_pg_is_uri (const char *path)
{
  return path != NULL && (g_str_has_prefix (path, "postgresql://") || g_str_has_prefix (path, "postgres://"));
}

static void
ignore_notice (void       *arg,
               const char *message)
{
}

RsPgConn *
rs_pg_conn_new (const char *uri,
                GError    **error)
{
  RsPgConn *conn = g_new0 (RsPgConn, 1);
  const char *host;

  g_rec_mutex_init (&conn->mutex);
  conn->conn = PQconnectdb (uri);
  if (conn->conn == NULL || PQstatus (conn->conn) != CONNECTION_OK)
    {
      g_autofree char *msg = g_strstrip (g_strdup (conn->conn ? PQerrorMessage (conn->conn) : ""));
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_OPEN,
                   _("Cannot connect to the database server: %s"), msg);
      rs_pg_conn_free (conn);
      return NULL;
    }
  PQsetNoticeProcessor (conn->conn, ignore_notice, NULL);
  PQsetClientEncoding (conn->conn, "UTF8");
  host = PQhost (conn->conn);
  if (host == NULL || host[0] == '/' || host[0] == '\0')
    conn->display = g_strdup_printf ("postgresql:///%s", PQdb (conn->conn));
  else
    conn->display = g_strdup_printf ("postgresql://%s/%s", host, PQdb (conn->conn));
  if (!rs_pg_conn_exec_raw (conn, SESSION_SETUP))
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_OPEN,
                   _("Cannot connect to the database server: %s"), conn->errmsg);
      rs_pg_conn_free (conn);
      return NULL;
    }
  return conn;
}

void
rs_pg_conn_free (RsPgConn *conn)
{
  if (conn == NULL)
    return;
  if (conn->conn != NULL)
    PQfinish (conn->conn);
  g_clear_pointer (&conn->id_tables, g_hash_table_unref);
  g_free (conn->errmsg);
  g_free (conn->display);
  g_rec_mutex_clear (&conn->mutex);
  g_free (conn);
}

PGconn *
rs_pg_conn_get_pgconn (RsPgConn *conn)
{
  return conn->conn;
}

const char *
rs_pg_conn_display_name (RsPgConn *conn)
{
  return conn->display;
}

/* Records @res's outcome as the last call's; returns an RS_SQL_ code. */
static int
record (RsPgConn *conn,
        PGresult *res)
{
  ExecStatusType status = res ? PQresultStatus (res) : PGRES_FATAL_ERROR;
  const char *state;

  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)
    {
      const char *cmd = PQcmdStatus (res);
      const char *tuples = PQcmdTuples (res);

      if ((g_str_has_prefix (cmd, "INSERT") || g_str_has_prefix (cmd, "UPDATE") ||
           g_str_has_prefix (cmd, "DELETE")) && tuples != NULL && atoi (tuples) > 0)
        conn->wrote = TRUE;
      conn->errcode = RS_SQL_OK;
      return RS_SQL_OK;
    }
  g_free (conn->errmsg);
  conn->errmsg = g_strstrip (g_strdup (res ? PQresultErrorMessage (res) : PQerrorMessage (conn->conn)));
  if (g_str_has_prefix (conn->errmsg, "ERROR:"))
    {
      char *rest = g_strdup (g_strchug (conn->errmsg + strlen ("ERROR:")));
      g_free (conn->errmsg);
      conn->errmsg = rest;
    }
  state = res ? PQresultErrorField (res, PG_DIAG_SQLSTATE) : NULL;
  g_strlcpy (conn->sqlstate, state ? state : "", sizeof conn->sqlstate);
  /* Class 23: integrity constraint violations (unique, foreign key, check,
   * not null), as SQLite's SQLITE_CONSTRAINT. */
  conn->errcode = g_str_has_prefix (conn->sqlstate, "23") ? RS_SQL_CONSTRAINT : RS_SQL_ERROR;
  return conn->errcode;
}

static gboolean
is_write (const char *sql)
{
  while (g_ascii_isspace (*sql) || *sql == '(')
    sql++;
  return g_ascii_strncasecmp (sql, "INSERT", 6) == 0 || g_ascii_strncasecmp (sql, "UPDATE", 6) == 0 ||
         g_ascii_strncasecmp (sql, "DELETE", 6) == 0 || g_ascii_strncasecmp (sql, "WITH", 4) == 0;
}

static gboolean
starts_with_word (const char *sql,
                  const char *word)
{
  gsize n = strlen (word);

  while (g_ascii_isspace (*sql))
    sql++;
  return g_ascii_strncasecmp (sql, word, n) == 0 && !g_ascii_isalpha (sql[n]);
}

/* A connection the server or the network dropped (the server restarted, a
 * laptop slept) is made again before the next statement, but never inside
 * a transaction: that transaction is gone, and its remaining statements
 * must fail until the caller rolls back, or half of it would be kept. */
static gboolean
ensure_connected (RsPgConn *conn)
{
  PGresult *res;

  if (PQstatus (conn->conn) == CONNECTION_OK)
    return TRUE;
  if (conn->in_tx)
    return FALSE;
  PQreset (conn->conn);
  if (PQstatus (conn->conn) != CONNECTION_OK)
    return FALSE;
  PQsetClientEncoding (conn->conn, "UTF8");
  res = PQexec (conn->conn, SESSION_SETUP);
  PQclear (res);
  conn->savepoint = FALSE;
  conn->reconnects++;
  g_debug ("Connected to %s again", conn->display);
  return PQstatus (conn->conn) == CONNECTION_OK;
}

/* After a statement failed: whether it failed because the connection was
 * lost, and may safely run again on a new one (nothing of it can have
 * been done: a read, or a BEGIN, outside a transaction). */
static gboolean
retry_after_loss (RsPgConn   *conn,
                  const char *sql)
{
  if (PQstatus (conn->conn) == CONNECTION_OK)
    return FALSE;
  /* The server's SQLSTATE is missing when the connection broke. */
  g_strlcpy (conn->sqlstate, "08006", sizeof conn->sqlstate);
  if (conn->in_tx || (is_write (sql) && !starts_with_word (sql, "BEGIN")))
    return FALSE;
  return ensure_connected (conn);
}

/* Keeps @in_tx as our BEGIN, COMMIT and ROLLBACK go by; a COMMIT or
 * ROLLBACK ends it even when it failed on a lost connection. */
static void
track_transaction (RsPgConn   *conn,
                   const char *sql,
                   gboolean    ok)
{
  if (starts_with_word (sql, "BEGIN"))
    conn->in_tx = ok;
  else if (starts_with_word (sql, "COMMIT") || starts_with_word (sql, "END") ||
           (starts_with_word (sql, "ROLLBACK") && !g_strrstr (sql, "SAVEPOINT")))
    conn->in_tx = FALSE;
}

guint
rs_pg_conn_get_reconnects (RsPgConn *conn)
{
  return conn->reconnects;
}

gboolean
rs_pg_conn_exec_raw (RsPgConn   *conn,
                     const char *sql)
{
  PGresult *res;
  int rc;

  g_rec_mutex_lock (&conn->mutex);
  ensure_connected (conn);
  if (PQtransactionStatus (conn->conn) == PQTRANS_IDLE)
    conn->savepoint = FALSE;
  res = PQexec (conn->conn, sql);
  rc = record (conn, res);
  if (rc != RS_SQL_OK && retry_after_loss (conn, sql))
    {
      PQclear (res);
      res = PQexec (conn->conn, sql);
      rc = record (conn, res);
    }
  track_transaction (conn, sql, rc == RS_SQL_OK);
  if (rc == RS_SQL_OK)
    {
      const char *tuples = PQcmdTuples (res);
      conn->changes = tuples && *tuples ? atoi (tuples) : 0;
    }
  PQclear (res);
  g_rec_mutex_unlock (&conn->mutex);
  return rc == RS_SQL_OK;
}

PGresult *
rs_pg_conn_exec_params (RsPgConn           *conn,
                        const char         *sql,
                        int                 n_params,
                        const Oid          *types,
                        const char * const *values,
                        const int          *lengths,
                        const int          *formats,
                        int                *rc_out)
{
  PGresult *res;

  g_rec_mutex_lock (&conn->mutex);
  ensure_connected (conn);
  /* In SQLite a failed statement leaves its transaction usable, and the
   * stores rely on it (a duplicate row is flagged, the import goes on); in
   * PostgreSQL it aborts the transaction. So each write in a transaction
   * runs after a savepoint it rolls back to when it fails. */
  if (PQtransactionStatus (conn->conn) == PQTRANS_IDLE)
    conn->savepoint = FALSE;
  else if (PQtransactionStatus (conn->conn) == PQTRANS_INTRANS && is_write (sql))
    {
      PGresult *sp = PQexec (conn->conn, conn->savepoint ? "RELEASE SAVEPOINT rs_stmt; SAVEPOINT rs_stmt"
                                                         : "SAVEPOINT rs_stmt");
      conn->savepoint = PQresultStatus (sp) == PGRES_COMMAND_OK;
      PQclear (sp);
    }
  res = PQexecParams (conn->conn, sql, n_params, types, values, lengths, formats, 0);
  *rc_out = record (conn, res);
  if (*rc_out != RS_SQL_OK && retry_after_loss (conn, sql))
    {
      PQclear (res);
      res = PQexecParams (conn->conn, sql, n_params, types, values, lengths, formats, 0);
      *rc_out = record (conn, res);
    }
  if (*rc_out != RS_SQL_OK && conn->savepoint)
    {
      PGresult *back = PQexec (conn->conn, "ROLLBACK TO SAVEPOINT rs_stmt");
      PQclear (back);
    }
  if (*rc_out != RS_SQL_OK)
    g_debug ("%s: %s", sql, conn->errmsg);
  g_rec_mutex_unlock (&conn->mutex);
  if (*rc_out != RS_SQL_OK)
    g_clear_pointer (&res, PQclear);
  return res;
}

int
rs_pg_conn_errcode (RsPgConn *conn)
{
  return conn->errcode;
}

const char *
rs_pg_conn_errmsg (RsPgConn *conn)
{
  return conn->errmsg ? conn->errmsg : "not an error";
}

const char *
rs_pg_conn_sqlstate (RsPgConn *conn)
{
  return conn->sqlstate;
}

void
rs_pg_conn_set_changes (RsPgConn *conn,
                        int       changes)
{
  conn->changes = changes;
}

int
rs_pg_conn_changes (RsPgConn *conn)
{
  return conn->changes;
}

void
rs_pg_conn_set_last_insert_id (RsPgConn *conn,
                               gint64    id)
{
  conn->last_insert_id = id;
}

gint64
rs_pg_conn_last_insert_id (RsPgConn *conn)
{
  return conn->last_insert_id;
}

gboolean
rs_pg_conn_in_transaction (RsPgConn *conn)
{
  return PQtransactionStatus (conn->conn) != PQTRANS_IDLE;
}

void
rs_pg_conn_reload_tables (RsPgConn *conn)
{
  g_rec_mutex_lock (&conn->mutex);
  g_clear_pointer (&conn->id_tables, g_hash_table_unref);
  g_rec_mutex_unlock (&conn->mutex);
}

gboolean
rs_pg_conn_table_has_id (RsPgConn   *conn,
                         const char *table)
{
  gboolean found;

  g_rec_mutex_lock (&conn->mutex);
  if (conn->id_tables == NULL)
    {
      PGresult *res = PQexec (conn->conn,
                              "SELECT table_name FROM information_schema.columns "
                              "WHERE table_schema = current_schema() AND column_name = 'id' "
                              "AND is_identity = 'YES'");

      conn->id_tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      if (PQresultStatus (res) == PGRES_TUPLES_OK)
        for (int i = 0; i < PQntuples (res); i++)
          g_hash_table_add (conn->id_tables, g_strdup (PQgetvalue (res, i, 0)));
      PQclear (res);
    }
  found = g_hash_table_contains (conn->id_tables, table);
  g_rec_mutex_unlock (&conn->mutex);
  return found;
}

gboolean
rs_pg_conn_take_wrote (RsPgConn *conn)
{
  gboolean wrote;

  g_rec_mutex_lock (&conn->mutex);
  wrote = conn->wrote;
  conn->wrote = FALSE;
  g_rec_mutex_unlock (&conn->mutex);
  return wrote;
}

/* --- The listening connection ------------------------------------------- */

struct _RsPgListener
{
  PGconn     *conn;
  GMutex      mutex;
  GHashTable *markers;  /* own "sync …" payloads read while nobody waited for them */
  char       *own_prefix;
};

void
rs_pg_listener_set_marker_prefix (RsPgListener *listener,
                                  const char   *prefix)
{
  g_mutex_lock (&listener->mutex);
  g_free (listener->own_prefix);
  listener->own_prefix = g_strdup (prefix);
  g_mutex_unlock (&listener->mutex);
}

RsPgListener *
rs_pg_listener_new (const char *uri,
                    GError    **error)
{
  RsPgListener *listener = g_new0 (RsPgListener, 1);
  PGresult *res;

  g_mutex_init (&listener->mutex);
  listener->markers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  listener->conn = PQconnectdb (uri);
  if (PQstatus (listener->conn) == CONNECTION_OK)
    {
      PQsetNoticeProcessor (listener->conn, ignore_notice, NULL);
      res = PQexec (listener->conn, "LISTEN raadslag");
      if (PQresultStatus (res) == PGRES_COMMAND_OK)
        {
          PQclear (res);
          PQsetnonblocking (listener->conn, 1);
          return listener;
        }
      PQclear (res);
    }
  {
    g_autofree char *msg = g_strstrip (g_strdup (PQerrorMessage (listener->conn)));
    g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_OPEN,
                 _("Cannot connect to the database server: %s"), msg);
  }
  rs_pg_listener_free (listener);
  return NULL;
}

gboolean
rs_pg_listener_reconnect (RsPgListener *listener)
{
  gboolean ok = FALSE;

  g_mutex_lock (&listener->mutex);
  PQreset (listener->conn);
  if (PQstatus (listener->conn) == CONNECTION_OK)
    {
      PGresult *res;

      PQsetnonblocking (listener->conn, 0);
      res = PQexec (listener->conn, "LISTEN raadslag");
      ok = PQresultStatus (res) == PGRES_COMMAND_OK;
      PQclear (res);
      PQsetnonblocking (listener->conn, 1);
    }
  g_mutex_unlock (&listener->mutex);
  return ok;
}

void
rs_pg_listener_free (RsPgListener *listener)
{
  if (listener == NULL)
    return;
  PQfinish (listener->conn);
  g_hash_table_unref (listener->markers);
  g_free (listener->own_prefix);
  g_mutex_clear (&listener->mutex);
  g_free (listener);
}

int
rs_pg_listener_get_socket (RsPgListener *listener)
{
  return PQsocket (listener->conn);
}

gboolean
rs_pg_listener_drain (RsPgListener *listener,
                      GPtrArray    *payloads,
                      const char   *until,
                      int           timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  gboolean found = until == NULL;
  gboolean ok = TRUE;

  g_mutex_lock (&listener->mutex);
  /* Another thread may have read the marker first. */
  if (until != NULL && g_hash_table_remove (listener->markers, until))
    found = TRUE;
  for (;;)
    {
      PGnotify *notify;

      if (!PQconsumeInput (listener->conn))
        {
          ok = FALSE;
          break;
        }
      while ((notify = PQnotifies (listener->conn)) != NULL)
        {
          if (until != NULL && g_str_equal (notify->extra, until))
            found = TRUE;
          else if (g_str_has_prefix (notify->extra, "sync "))
            {
              /* Only one's own (another client's are not awaited here). */
              if (listener->own_prefix != NULL && g_str_has_prefix (notify->extra, listener->own_prefix))
                g_hash_table_add (listener->markers, g_strdup (notify->extra));
            }
          else
            g_ptr_array_add (payloads, g_strdup (notify->extra));
          PQfreemem (notify);
        }
      if (found)
        break;
      {
        gint64 left = (deadline - g_get_monotonic_time ()) / 1000;
        struct pollfd pfd = { PQsocket (listener->conn), POLLIN, 0 };

        if (left <= 0)
          break;
        if (poll (&pfd, 1, (int) left) < 0)
          break;
      }
    }
  g_mutex_unlock (&listener->mutex);
  return ok;
}
