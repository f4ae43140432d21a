/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <sqlite3.h>

#include "rs-statement.h"

G_BEGIN_DECLS

/* For the database backends only. */
struct _RsStatement
{
  sqlite3_stmt *lite;
};

RsStatement *rs_statement_new_sqlite (sqlite3_stmt *lite);

G_END_DECLS
