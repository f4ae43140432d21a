/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * rs_pg_translate:
 * @sql: one statement as the storage code writes it (SQLite's dialect)
 * @n_params_out: (out) (optional): the highest parameter number used
 *
 * Rewrites @sql for PostgreSQL: parameters `?`/`?N` become `$N`,
 * `INSERT OR IGNORE` gains `ON CONFLICT DO NOTHING`, `INSERT OR REPLACE`
 * an upsert on the table's key, `x COLLATE NOCASE` becomes SQLite's
 * ASCII-only folding, scalar `max(a, b)`/`min(a, b)` GREATEST/LEAST,
 * `a IS b` IS NOT DISTINCT FROM, `x GLOB 'pattern'` a regular expression,
 * `LIKE` ILIKE, `CAST(… AS REAL)` double precision, `rowid` id, and a few functions
 * their PostgreSQL names. String literals and quoted names are left as
 * they are. Functions PostgreSQL lacks (strftime, json_each, julianday …)
 * are created in the PostgreSQL schema instead (sql/pg/compat.sql).
 */
char *rs_pg_translate (const char *sql,
                       int        *n_params_out);

/* The same; *@null_first_out gets bit N-1 set for each parameter $N whose
 * first use is “IS [NOT] NULL” (a NULL bound there is sent as text, which
 * the server can type). */
char *rs_pg_translate_full (const char *sql,
                            int        *n_params_out,
                            guint64    *null_first_out);

G_END_DECLS
