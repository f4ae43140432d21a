/* SPDX-License-Identifier: MPL-2.0 */
/* A prepared statement of the storage code, on PostgreSQL: the bind calls
 * collect typed parameters, the first step runs the statement with
 * PQexecParams and later steps walk its rows. Columns arrive in the text
 * format and are converted as SQLite would return them. */
#define G_LOG_DOMAIN "rs-database"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "rs-pg-translate.h"
#include "rs-statement-private.h"

#define OID_BOOL    16
#define OID_BYTEA   17
#define OID_INT8    20
#define OID_INT2    21
#define OID_INT4    23
#define OID_FLOAT4  700
#define OID_FLOAT8  701
#define OID_NUMERIC 1700

struct _RsPgStatement
{
  RsPgConn  *conn;
  char      *sql;
  int        n_params;
  char     **values;
  int       *lengths;
  int       *formats;
  Oid       *types;
  PGresult  *res;
  int        row;
  int        n_rows;
  gboolean   executed;
  guint64    null_first;   /* see rs_pg_translate_full() */
  gboolean   returns_id;   /* " RETURNING id" was added for last_insert_id */
  guchar   **blobs;        /* per column of the current row, decoded bytea */
  size_t    *blob_lengths;
};

static GRegex *
insert_regex (void)
{
  static gsize regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, (gsize) g_regex_new ("^\\s*INSERT\\s+INTO\\s+([A-Za-z_][A-Za-z0-9_]*)",
                                                    G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));
  return (GRegex *) regex;
}

RsStatement *
rs_statement_new_pg (RsPgConn   *conn,
                     const char *sql)
{
  RsStatement *stmt = g_new0 (RsStatement, 1);
  RsPgStatement *pg = g_new0 (RsPgStatement, 1);
  g_autoptr(GMatchInfo) match = NULL;

  pg->conn = conn;
  pg->sql = rs_pg_translate_full (sql, &pg->n_params, &pg->null_first);
  pg->values = g_new0 (char *, pg->n_params + 1);
  pg->lengths = g_new0 (int, pg->n_params + 1);
  pg->formats = g_new0 (int, pg->n_params + 1);
  pg->types = g_new0 (Oid, pg->n_params + 1);
  pg->row = -1;

  /* SQLite's last_insert_rowid(): the statement returns the new row's id. */
  if (g_regex_match (insert_regex (), pg->sql, 0, &match) && strstr (pg->sql, "RETURNING") == NULL)
    {
      g_autofree char *table = g_match_info_fetch (match, 1);
      if (rs_pg_conn_table_has_id (conn, table))
        {
          char *with = g_strconcat (pg->sql, " RETURNING id", NULL);
          g_free (pg->sql);
          pg->sql = with;
          pg->returns_id = TRUE;
        }
    }
  stmt->pg = pg;
  return stmt;
}

static void
clear_blobs (RsPgStatement *stmt)
{
  if (stmt->blobs == NULL)
    return;
  for (int i = 0; stmt->res && i < PQnfields (stmt->res); i++)
    if (stmt->blobs[i] != NULL)
      PQfreemem (stmt->blobs[i]);
  g_clear_pointer (&stmt->blobs, g_free);
  g_clear_pointer (&stmt->blob_lengths, g_free);
}

int
rs_pg_statement_step (RsPgStatement *stmt)
{
  int rc;

  clear_blobs (stmt);
  if (!stmt->executed)
    {
      const char *tuples;

      stmt->executed = TRUE;
      stmt->res = rs_pg_conn_exec_params (stmt->conn, stmt->sql, stmt->n_params, stmt->types,
                                          (const char * const *) stmt->values, stmt->lengths,
                                          stmt->formats, &rc);
      if (stmt->res == NULL)
        return rc;
      tuples = PQcmdTuples (stmt->res);
      if (tuples != NULL && *tuples)
        rs_pg_conn_set_changes (stmt->conn, atoi (tuples));
      stmt->n_rows = PQntuples (stmt->res);
      stmt->row = -1;
      if (stmt->returns_id)
        {
          if (stmt->n_rows > 0)
            rs_pg_conn_set_last_insert_id (stmt->conn,
                                           g_ascii_strtoll (PQgetvalue (stmt->res, stmt->n_rows - 1, 0),
                                                            NULL, 10));
          stmt->n_rows = 0;
        }
    }
  if (stmt->res == NULL)
    return RS_SQL_ERROR;
  stmt->row++;
  return stmt->row < stmt->n_rows ? RS_SQL_ROW : RS_SQL_DONE;
}

int
rs_pg_statement_reset (RsPgStatement *stmt)
{
  clear_blobs (stmt);
  g_clear_pointer (&stmt->res, PQclear);
  stmt->executed = FALSE;
  stmt->row = -1;
  stmt->n_rows = 0;
  return RS_SQL_OK;
}

void
rs_pg_statement_free (RsPgStatement *stmt)
{
  rs_pg_statement_reset (stmt);
  for (int i = 0; i < stmt->n_params; i++)
    g_free (stmt->values[i]);
  g_free (stmt->values);
  g_free (stmt->lengths);
  g_free (stmt->formats);
  g_free (stmt->types);
  g_free (stmt->sql);
  g_free (stmt);
}

int
rs_pg_statement_param_count (RsPgStatement *stmt)
{
  return stmt->n_params;
}

/* @data NULL binds NULL; @length -1 takes a NUL-terminated string. */
int
rs_pg_statement_bind (RsPgStatement *stmt,
                      int            index,
                      Oid            type,
                      const void    *data,
                      gssize         length,
                      gboolean       binary)
{
  int i = index - 1;

  if (i < 0 || i >= stmt->n_params)
    return 25; /* SQLITE_RANGE */
  g_clear_pointer (&stmt->values[i], g_free);
  if (data == NULL && i < 64 && (stmt->null_first & (G_GUINT64_CONSTANT (1) << i)))
    type = 25; /* text */
  stmt->types[i] = type;
  stmt->formats[i] = binary ? 1 : 0;
  stmt->lengths[i] = 0;
  if (data != NULL)
    {
      if (length < 0)
        length = strlen (data);
      stmt->values[i] = g_malloc (length + 1);
      memcpy (stmt->values[i], data, length);
      stmt->values[i][length] = '\0';
      stmt->lengths[i] = length;
    }
  return RS_SQL_OK;
}

static gboolean
has_value (RsPgStatement *stmt,
           int            column)
{
  return stmt->res != NULL && stmt->row >= 0 && stmt->row < stmt->n_rows &&
         column >= 0 && column < PQnfields (stmt->res) && !PQgetisnull (stmt->res, stmt->row, column);
}

int
rs_pg_statement_column_count (RsPgStatement *stmt)
{
  return stmt->res && !stmt->returns_id ? PQnfields (stmt->res) : 0;
}

const char *
rs_pg_statement_column_name (RsPgStatement *stmt,
                             int            column)
{
  return stmt->res ? PQfname (stmt->res, column) : NULL;
}

int
rs_pg_statement_column_type (RsPgStatement *stmt,
                             int            column)
{
  const char *text;

  if (!has_value (stmt, column))
    return RS_SQL_NULL;
  switch (PQftype (stmt->res, column))
    {
    case OID_BOOL:
    case OID_INT2:
    case OID_INT4:
    case OID_INT8:
      return RS_SQL_INTEGER;
    case OID_FLOAT4:
    case OID_FLOAT8:
      return RS_SQL_FLOAT;
    case OID_NUMERIC:
      text = PQgetvalue (stmt->res, stmt->row, column);
      return strpbrk (text, ".eE") ? RS_SQL_FLOAT : RS_SQL_INTEGER;
    case OID_BYTEA:
      return RS_SQL_BLOB;
    default:
      return RS_SQL_TEXT;
    }
}

gint64
rs_pg_statement_column_int64 (RsPgStatement *stmt,
                              int            column)
{
  const char *text;

  if (!has_value (stmt, column))
    return 0;
  text = PQgetvalue (stmt->res, stmt->row, column);
  if (PQftype (stmt->res, column) == OID_BOOL)
    return text[0] == 't';
  if (strpbrk (text, "eE") != NULL)
    return (gint64) g_ascii_strtod (text, NULL);
  return g_ascii_strtoll (text, NULL, 10);
}

double
rs_pg_statement_column_double (RsPgStatement *stmt,
                               int            column)
{
  const char *text;

  if (!has_value (stmt, column))
    return 0.0;
  text = PQgetvalue (stmt->res, stmt->row, column);
  if (PQftype (stmt->res, column) == OID_BOOL)
    return text[0] == 't' ? 1.0 : 0.0;
  return g_ascii_strtod (text, NULL);
}

static const guchar *
decoded_blob (RsPgStatement *stmt,
              int            column,
              size_t        *length)
{
  int n = PQnfields (stmt->res);

  if (stmt->blobs == NULL)
    {
      stmt->blobs = g_new0 (guchar *, n);
      stmt->blob_lengths = g_new0 (size_t, n);
    }
  if (stmt->blobs[column] == NULL)
    stmt->blobs[column] = PQunescapeBytea ((const guchar *) PQgetvalue (stmt->res, stmt->row, column),
                                           &stmt->blob_lengths[column]);
  *length = stmt->blob_lengths[column];
  return stmt->blobs[column];
}

const unsigned char *
rs_pg_statement_column_text (RsPgStatement *stmt,
                             int            column)
{
  const char *text;
  size_t length;

  if (!has_value (stmt, column))
    return NULL;
  text = PQgetvalue (stmt->res, stmt->row, column);
  switch (PQftype (stmt->res, column))
    {
    case OID_BOOL:
      return (const unsigned char *) (text[0] == 't' ? "1" : "0");
    case OID_BYTEA:
      return decoded_blob (stmt, column, &length);
    default:
      return (const unsigned char *) text;
    }
}

const void *
rs_pg_statement_column_blob (RsPgStatement *stmt,
                             int            column)
{
  size_t length;

  if (!has_value (stmt, column))
    return NULL;
  if (PQftype (stmt->res, column) == OID_BYTEA)
    return decoded_blob (stmt, column, &length);
  return rs_pg_statement_column_text (stmt, column);
}

int
rs_pg_statement_column_bytes (RsPgStatement *stmt,
                              int            column)
{
  size_t length;

  if (!has_value (stmt, column))
    return 0;
  switch (PQftype (stmt->res, column))
    {
    case OID_BOOL:
      return 1;
    case OID_BYTEA:
      decoded_blob (stmt, column, &length);
      return (int) length;
    default:
      return PQgetlength (stmt->res, stmt->row, column);
    }
}
