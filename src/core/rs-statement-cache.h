/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Prepared SQLite statements kept for reuse, per connection. The storage
 * code prepares the same few hundred statements again and again (an import
 * of a thousand responses runs each of its statements a thousand times);
 * parsing took a quarter of an import's time. A statement given back is
 * reset and its bindings cleared; one taken is idle, so the same SQL can be
 * prepared twice at once (nested queries) and gets two statements.
 *
 * Reference counted: a statement taken holds a reference, so it can be
 * given back after the connection was closed (it is then finalized). */
typedef struct _RsStatementCache RsStatementCache;

RsStatementCache *rs_statement_cache_new   (sqlite3          *handle);
RsStatementCache *rs_statement_cache_ref   (RsStatementCache *self);
void              rs_statement_cache_unref (RsStatementCache *self);

/* An idle statement for @sql, or a newly prepared one; NULL with *rc set
 * when @sql does not prepare. */
sqlite3_stmt     *rs_statement_cache_take  (RsStatementCache *self,
                                            const char       *sql,
                                            int              *rc);
/* Resets @stmt and keeps it, or finalizes it when the cache is full or
 * closed. */
void              rs_statement_cache_give  (RsStatementCache *self,
                                            sqlite3_stmt     *stmt);
/* Finalizes every idle statement and refuses new ones: call before the
 * connection closes. */
void              rs_statement_cache_close (RsStatementCache *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsStatementCache, rs_statement_cache_unref)

G_END_DECLS
