/* SPDX-License-Identifier: MPL-2.0 */
/* A prepared statement of the storage code, on SQLite. */
#define G_LOG_DOMAIN "rs-database"

#include "config.h"

#include <sqlite3.h>

#include "rs-statement-private.h"

RsStatement *
rs_statement_new_sqlite (sqlite3_stmt *lite)
{
  RsStatement *stmt = g_new0 (RsStatement, 1);

  stmt->lite = lite;
  return stmt;
}

int
rs_statement_step (RsStatement *stmt)
{
  return sqlite3_step (stmt->lite);
}

int
rs_statement_reset (RsStatement *stmt)
{
  return sqlite3_reset (stmt->lite);
}

void
rs_statement_finalize (RsStatement *stmt)
{
  if (stmt == NULL)
    return;
  sqlite3_finalize (stmt->lite);
  g_free (stmt);
}

int
rs_statement_bind_parameter_count (RsStatement *stmt)
{
  return sqlite3_bind_parameter_count (stmt->lite);
}

int
rs_statement_bind_int64 (RsStatement *stmt,
                         int          index,
                         gint64       value)
{
  return sqlite3_bind_int64 (stmt->lite, index, value);
}

int
rs_statement_bind_int (RsStatement *stmt,
                       int          index,
                       int          value)
{
  return sqlite3_bind_int (stmt->lite, index, value);
}

int
rs_statement_bind_double (RsStatement *stmt,
                          int          index,
                          double       value)
{
  return sqlite3_bind_double (stmt->lite, index, value);
}

int
rs_statement_bind_text (RsStatement *stmt,
                        int          index,
                        const char  *text,
                        int          length)
{
  return sqlite3_bind_text (stmt->lite, index, text, length, SQLITE_TRANSIENT);
}

int
rs_statement_bind_blob (RsStatement *stmt,
                        int          index,
                        const void  *data,
                        gsize        length)
{
  return sqlite3_bind_blob64 (stmt->lite, index, length ? data : "", length, SQLITE_TRANSIENT);
}

int
rs_statement_bind_null (RsStatement *stmt,
                        int          index)
{
  return sqlite3_bind_null (stmt->lite, index);
}

int
rs_statement_column_count (RsStatement *stmt)
{
  return sqlite3_column_count (stmt->lite);
}

const char *
rs_statement_column_name (RsStatement *stmt,
                          int          column)
{
  return sqlite3_column_name (stmt->lite, column);
}

int
rs_statement_column_type (RsStatement *stmt,
                          int          column)
{
  return sqlite3_column_type (stmt->lite, column);
}

gint64
rs_statement_column_int64 (RsStatement *stmt,
                           int          column)
{
  return sqlite3_column_int64 (stmt->lite, column);
}

int
rs_statement_column_int (RsStatement *stmt,
                         int          column)
{
  return sqlite3_column_int (stmt->lite, column);
}

double
rs_statement_column_double (RsStatement *stmt,
                            int          column)
{
  return sqlite3_column_double (stmt->lite, column);
}

const unsigned char *
rs_statement_column_text (RsStatement *stmt,
                          int          column)
{
  return sqlite3_column_text (stmt->lite, column);
}

const void *
rs_statement_column_blob (RsStatement *stmt,
                          int          column)
{
  return sqlite3_column_blob (stmt->lite, column);
}

int
rs_statement_column_bytes (RsStatement *stmt,
                           int          column)
{
  return sqlite3_column_bytes (stmt->lite, column);
}
