/* SPDX-License-Identifier: MPL-2.0 */
/* Statement helpers on top of RsDatabase: binding by a type string,
 * one-shot queries and UTF-8-safe text columns. */
#define G_LOG_DOMAIN "rs-database"

#include "config.h"

#include <string.h>

#include "rs-database.h"

char *
rs_column_dup_text (RsStatement *stmt,
                    int           column)
{
  const unsigned char *text = rs_statement_column_text (stmt, column);

  /* Another program may have written bytes that are not UTF-8: they never
   * pass on raw into exports, JSON or the GUI. */
  return text ? g_utf8_make_valid ((const char *) text, rs_statement_column_bytes (stmt, column)) : NULL;
}

gboolean
rs_statement_bind_valist (RsStatement *stmt,
                          const char   *types,
                          va_list       args)
{
  int i = 1;

  for (const char *t = types; t && *t; t++, i++)
    {
      switch (*t)
        {
        case 'i':
          rs_statement_bind_int64 (stmt, i, va_arg (args, gint64));
          break;
        case 'I':
          {
            gint64 id = va_arg (args, gint64);
            if (id > 0)
              rs_statement_bind_int64 (stmt, i, id);
            else
              rs_statement_bind_null (stmt, i);
          }
          break;
        case 'n':
          rs_statement_bind_int (stmt, i, va_arg (args, int));
          break;
        case 'd':
          rs_statement_bind_double (stmt, i, va_arg (args, double));
          break;
        case 't':
          {
            const char *text = va_arg (args, const char *);
            if (text != NULL)
              rs_statement_bind_text (stmt, i, text, -1);
            else
              rs_statement_bind_null (stmt, i);
          }
          break;
        case '-':
          rs_statement_bind_null (stmt, i);
          break;
        default:
          g_critical ("Unknown bind type '%c'", *t);
          return FALSE;
        }
    }
  return TRUE;
}

RsStatement *
rs_database_query (RsDatabase *self,
                   GError    **error,
                   const char *sql,
                   const char *types,
                   ...)
{
  RsStatement *stmt;
  va_list args;

  stmt = rs_database_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  va_start (args, types);
  rs_statement_bind_valist (stmt, types, args);
  va_end (args);
  return stmt;
}

GArray *
rs_database_query_ids (RsDatabase *self,
                       GError    **error,
                       const char *sql,
                       const char *types,
                       ...)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  RsStatement *stmt;
  va_list args;
  int rc;

  rs_database_lock (self);
  stmt = rs_database_prepare (self, sql, error);
  if (stmt == NULL)
    {
      rs_database_unlock (self);
      return NULL;
    }
  va_start (args, types);
  rs_statement_bind_valist (stmt, types, args);
  va_end (args);
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  rs_statement_finalize (stmt);
  if (rc != RS_SQL_DONE)
    rs_database_set_error (self, rc, error);
  rs_database_unlock (self);
  return rc == RS_SQL_DONE ? g_steal_pointer (&ids) : NULL;
}

gboolean
rs_database_run (RsDatabase *self,
                 GError    **error,
                 const char *sql,
                 const char *types,
                 ...)
{
  g_autoptr(RsStatement) stmt = NULL;
  gboolean ok;
  va_list args;

  rs_database_lock (self);
  stmt = rs_database_prepare (self, sql, error);
  if (stmt == NULL)
    {
      rs_database_unlock (self);
      return FALSE;
    }
  va_start (args, types);
  rs_statement_bind_valist (stmt, types, args);
  va_end (args);
  ok = rs_database_step_done (self, stmt, error);
  rs_database_unlock (self);
  return ok;
}
