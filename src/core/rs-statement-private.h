/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <sqlite3.h>

#include "rs-pg-conn.h"
#include "rs-statement-cache.h"
#include "rs-statement.h"

G_BEGIN_DECLS

typedef struct _RsPgStatement RsPgStatement;

/* For the database backends only: exactly one of the two is set. */
struct _RsStatement
{
  sqlite3_stmt     *lite;
  RsStatementCache *cache;  /* where @lite goes back when finalized, or NULL */
  RsPgStatement    *pg;
};

/* Takes a reference on @cache (may be NULL) and gives @lite back to it on
 * rs_statement_finalize(). */
RsStatement *rs_statement_new_sqlite (sqlite3_stmt     *lite,
                                      RsStatementCache *cache);
/* Translates @sql (rs-pg-translate.h) and prepares it on @conn; nothing
 * reaches the server before the first step. */
RsStatement *rs_statement_new_pg     (RsPgConn     *conn,
                                      const char   *sql);

int                  rs_pg_statement_step          (RsPgStatement *stmt);
int                  rs_pg_statement_reset         (RsPgStatement *stmt);
void                 rs_pg_statement_free          (RsPgStatement *stmt);
int                  rs_pg_statement_param_count   (RsPgStatement *stmt);
int                  rs_pg_statement_bind          (RsPgStatement *stmt,
                                                    int            index,
                                                    Oid            type,
                                                    const void    *data,
                                                    gssize         length,
                                                    gboolean       binary);
int                  rs_pg_statement_column_count  (RsPgStatement *stmt);
const char          *rs_pg_statement_column_name   (RsPgStatement *stmt,
                                                    int            column);
int                  rs_pg_statement_column_type   (RsPgStatement *stmt,
                                                    int            column);
gint64               rs_pg_statement_column_int64  (RsPgStatement *stmt,
                                                    int            column);
double               rs_pg_statement_column_double (RsPgStatement *stmt,
                                                    int            column);
const unsigned char *rs_pg_statement_column_text   (RsPgStatement *stmt,
                                                    int            column);
const void          *rs_pg_statement_column_blob   (RsPgStatement *stmt,
                                                    int            column);
int                  rs_pg_statement_column_bytes  (RsPgStatement *stmt,
                                                    int            column);

G_END_DECLS
