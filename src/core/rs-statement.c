/* SPDX-License-Identifier: MPL-2.0 */
/* A prepared statement of the storage code: SQLite here, PostgreSQL in
 * rs-statement-pg.c. */
#define G_LOG_DOMAIN "rs-database"

#include "config.h"

#include <sqlite3.h>

#include "rs-statement-private.h"

static int
rs_pg_statement_bind_int64 (RsPgStatement *pg,
                            int            index,
                            gint64         value)
{
  char text[32];

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  return rs_pg_statement_bind (pg, index, 20 /* int8 */, text, -1, FALSE);
}

static int
rs_pg_statement_bind_double (RsPgStatement *pg,
                             int            index,
                             double         value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_dtostr (text, sizeof text, value);
  return rs_pg_statement_bind (pg, index, 701 /* float8 */, text, -1, FALSE);
}

RsStatement *
rs_statement_new_sqlite (sqlite3_stmt     *lite,
                         RsStatementCache *cache)
{
  RsStatement *stmt = g_new0 (RsStatement, 1);

  stmt->lite = lite;
  stmt->cache = cache ? rs_statement_cache_ref (cache) : NULL;
  return stmt;
}

int
rs_statement_step (RsStatement *stmt)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_step (stmt->pg);
  return sqlite3_step (stmt->lite);
}

int
rs_statement_reset (RsStatement *stmt)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_reset (stmt->pg);
  return sqlite3_reset (stmt->lite);
}

void
rs_statement_finalize (RsStatement *stmt)
{
  if (stmt == NULL)
    return;
  if (stmt->pg != NULL)
    rs_pg_statement_free (stmt->pg);
  else if (stmt->cache != NULL)
    {
      rs_statement_cache_give (stmt->cache, stmt->lite);
      rs_statement_cache_unref (stmt->cache);
    }
  else
    sqlite3_finalize (stmt->lite);
  g_free (stmt);
}

int
rs_statement_bind_parameter_count (RsStatement *stmt)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_param_count (stmt->pg);
  return sqlite3_bind_parameter_count (stmt->lite);
}

int
rs_statement_bind_int64 (RsStatement *stmt,
                         int          index,
                         gint64       value)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_bind_int64 (stmt->pg, index, value);
  return sqlite3_bind_int64 (stmt->lite, index, value);
}

int
rs_statement_bind_int (RsStatement *stmt,
                       int          index,
                       int          value)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_bind_int64 (stmt->pg, index, value);
  return sqlite3_bind_int (stmt->lite, index, value);
}

int
rs_statement_bind_double (RsStatement *stmt,
                          int          index,
                          double       value)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_bind_double (stmt->pg, index, value);
  return sqlite3_bind_double (stmt->lite, index, value);
}

int
rs_statement_bind_text (RsStatement *stmt,
                        int          index,
                        const char  *text,
                        int          length)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_bind (stmt->pg, index, 25 /* text */, text, length, FALSE);
  return sqlite3_bind_text (stmt->lite, index, text, length, SQLITE_TRANSIENT);
}

int
rs_statement_bind_blob (RsStatement *stmt,
                        int          index,
                        const void  *data,
                        gsize        length)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_bind (stmt->pg, index, 17, length ? data : "", length, TRUE);
  return sqlite3_bind_blob64 (stmt->lite, index, length ? data : "", length, SQLITE_TRANSIENT);
}

int
rs_statement_bind_null (RsStatement *stmt,
                        int          index)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_bind (stmt->pg, index, 0, NULL, 0, FALSE);
  return sqlite3_bind_null (stmt->lite, index);
}

int
rs_statement_column_count (RsStatement *stmt)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_column_count (stmt->pg);
  return sqlite3_column_count (stmt->lite);
}

const char *
rs_statement_column_name (RsStatement *stmt,
                          int          column)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_column_name (stmt->pg, column);
  return sqlite3_column_name (stmt->lite, column);
}

int
rs_statement_column_type (RsStatement *stmt,
                          int          column)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_column_type (stmt->pg, column);
  return sqlite3_column_type (stmt->lite, column);
}

gint64
rs_statement_column_int64 (RsStatement *stmt,
                           int          column)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_column_int64 (stmt->pg, column);
  return sqlite3_column_int64 (stmt->lite, column);
}

int
rs_statement_column_int (RsStatement *stmt,
                         int          column)
{
  if (stmt->pg != NULL)
    return (int) rs_pg_statement_column_int64 (stmt->pg, column);
  return sqlite3_column_int (stmt->lite, column);
}

double
rs_statement_column_double (RsStatement *stmt,
                            int          column)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_column_double (stmt->pg, column);
  return sqlite3_column_double (stmt->lite, column);
}

const unsigned char *
rs_statement_column_text (RsStatement *stmt,
                          int          column)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_column_text (stmt->pg, column);
  return sqlite3_column_text (stmt->lite, column);
}

const void *
rs_statement_column_blob (RsStatement *stmt,
                          int          column)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_column_blob (stmt->pg, column);
  return sqlite3_column_blob (stmt->lite, column);
}

int
rs_statement_column_bytes (RsStatement *stmt,
                           int          column)
{
  if (stmt->pg != NULL)
    return rs_pg_statement_column_bytes (stmt->pg, column);
  return sqlite3_column_bytes (stmt->lite, column);
}
