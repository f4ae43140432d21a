/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RsStatement:
 * A prepared SQL statement of the storage code. It hides which database
 * engine runs it, so that no header the GUI includes names one; only
 * src/core's storage code uses statements. The result codes and column
 * types have the numbers SQLite gives them.
 */
typedef struct _RsStatement RsStatement;

#define RS_SQL_OK         0
#define RS_SQL_ERROR      1
#define RS_SQL_CONSTRAINT 19
#define RS_SQL_ROW        100
#define RS_SQL_DONE       101

#define RS_SQL_INTEGER 1
#define RS_SQL_FLOAT   2
#define RS_SQL_TEXT    3
#define RS_SQL_BLOB    4
#define RS_SQL_NULL    5

int                  rs_statement_step          (RsStatement *stmt);
/* How many parameters the statement has. */
int                  rs_statement_bind_parameter_count (RsStatement *stmt);
int                  rs_statement_reset         (RsStatement *stmt);
void                 rs_statement_finalize      (RsStatement *stmt);

/* Text and blobs are copied; parameters count from 1. */
int                  rs_statement_bind_int64    (RsStatement *stmt,
                                                 int          index,
                                                 gint64       value);
int                  rs_statement_bind_int      (RsStatement *stmt,
                                                 int          index,
                                                 int          value);
int                  rs_statement_bind_double   (RsStatement *stmt,
                                                 int          index,
                                                 double       value);
int                  rs_statement_bind_text     (RsStatement *stmt,
                                                 int          index,
                                                 const char  *text,
                                                 int          length);
int                  rs_statement_bind_blob     (RsStatement *stmt,
                                                 int          index,
                                                 const void  *data,
                                                 gsize        length);
int                  rs_statement_bind_null     (RsStatement *stmt,
                                                 int          index);

/* Columns count from 0. */
int                  rs_statement_column_count  (RsStatement *stmt);
const char          *rs_statement_column_name   (RsStatement *stmt,
                                                 int          column);
int                  rs_statement_column_type   (RsStatement *stmt,
                                                 int          column);
gint64               rs_statement_column_int64  (RsStatement *stmt,
                                                 int          column);
int                  rs_statement_column_int    (RsStatement *stmt,
                                                 int          column);
double               rs_statement_column_double (RsStatement *stmt,
                                                 int          column);
const unsigned char *rs_statement_column_text   (RsStatement *stmt,
                                                 int          column);
const void          *rs_statement_column_blob   (RsStatement *stmt,
                                                 int          column);
int                  rs_statement_column_bytes  (RsStatement *stmt,
                                                 int          column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsStatement, rs_statement_finalize)

G_END_DECLS
