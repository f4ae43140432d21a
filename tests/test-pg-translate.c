/* SPDX-License-Identifier: MPL-2.0 */
/* The storage code's SQL as PostgreSQL gets it (no server needed). */
#include "config.h"

#include "rs-pg-translate.h"

static void
check (const char *sqlite,
       const char *expected)
{
  g_autofree char *pg = rs_pg_translate (sqlite, NULL);
  g_assert_cmpstr (pg, ==, expected);
}

static void
test_parameters (void)
{
  int n = 0;
  guint64 null_first = 0;
  g_autofree char *pg = NULL;

  check ("SELECT ? , ?", "SELECT $1 , $2");
  check ("SELECT ?2, ?1, ?", "SELECT $2, $1, $3");
  /* Not inside literals, quoted names or comments. */
  check ("SELECT '?', \"a?\", ? -- why?\n", "SELECT '?', \"a?\", $1 -- why?\n");
  check ("SELECT 'it''s ?' || ?", "SELECT 'it''s ?' || $1");
  pg = rs_pg_translate_full ("SELECT 1 WHERE (?3 IS NULL OR x = ?3) AND y = ?1", &n, &null_first);
  g_assert_cmpint (n, ==, 3);
  g_assert_cmpuint (null_first, ==, 1 << 2);
  /* Numbers as truth values. */
  check ("SELECT CASE WHEN ?1 THEN 1 END", "SELECT CASE WHEN ($1 <> 0) THEN 1 END");
  check ("WHERE a = 1 AND (?2 OR b = 1)", "WHERE a = 1 AND (($2 <> 0) OR b = 1)");
  check ("WHERE id IN (?1)", "WHERE id IN ($1)");
  check ("WHERE x BETWEEN ? AND ?", "WHERE x BETWEEN $1 AND $2");
  check ("SELECT a FROM t WHERE 1", "SELECT a FROM t WHERE TRUE");
  check ("SELECT a FROM t WHERE b = 1 AND (0)", "SELECT a FROM t WHERE b = 1 AND (FALSE)");
  check ("SELECT a FROM t LIMIT ?", "SELECT a FROM t LIMIT CASE WHEN $1 < 0 THEN NULL ELSE $1 END");
}

static void
test_insert_or (void)
{
  check ("INSERT OR IGNORE INTO recommendation_origin (recommendation_id, origin_type, origin_id) VALUES (?, ?, ?)",
         "INSERT   INTO recommendation_origin (recommendation_id, origin_type, origin_id) VALUES ($1, $2, $3)"
         " ON CONFLICT DO NOTHING");
  check ("INSERT OR REPLACE INTO person_contact (person_id, name, email) VALUES (?, ?, ?);",
         "INSERT   INTO person_contact (person_id, name, email) VALUES ($1, $2, $3)"
         " ON CONFLICT (person_id) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email");
  check ("INSERT OR REPLACE INTO person_attribute (person_id, category_id, value_id) SELECT ?, 1, 2",
         "INSERT   INTO person_attribute (person_id, category_id, value_id) SELECT $1, 1, 2"
         " ON CONFLICT (person_id, category_id) DO UPDATE SET value_id = EXCLUDED.value_id");
  /* A bare column in an upsert is the existing row's. */
  check ("INSERT INTO engagement_target (process_id, kind) VALUES (?, ?) ON CONFLICT (process_id, kind) "
         "DO UPDATE SET target = coalesce(?3, target)",
         "INSERT INTO engagement_target (process_id, kind) VALUES ($1, $2) ON CONFLICT (process_id, kind) "
         "DO UPDATE SET target = coalesce($3, engagement_target.target)");
}

static void
test_functions (void)
{
  check ("SELECT max(a, b), min(1, c), max(x) FROM t", "SELECT GREATEST(a, b), LEAST(1, c), max(x) FROM t");
  check ("SELECT max(coalesce(a, 0), 1)", "SELECT GREATEST(coalesce(a, 0), 1)");
  check ("SELECT group_concat(name, ', '), instr(a, '-'), ifnull(a, 0), char(10)",
         "SELECT string_agg((name)::text, ', '), strpos(a, '-'), coalesce(a, 0), chr(10)");
  check ("SELECT group_concat(id) FROM t", "SELECT string_agg((id)::text, ',') FROM t");
  check ("SELECT value FROM json_each(?)", "SELECT value FROM rs_json_each($1)");
  check ("SELECT CAST(x AS REAL)", "SELECT CAST(x AS double precision)");
  check ("SELECT rowid FROM t ORDER BY c.rowid", "SELECT id FROM t ORDER BY c.id");
  check ("SELECT count(*) FROM (SELECT 1) WHERE 1", "SELECT count(*) FROM (SELECT 1) AS rs_sub1 WHERE TRUE");
  check ("SELECT * FROM (SELECT 1) x", "SELECT * FROM (SELECT 1) x");
  check ("DROP TABLE temp.keep", "DROP TABLE pg_temp.keep");
}

static void
test_operators (void)
{
  /* SQLite's NOCASE folds ASCII only and compares bytes. */
  check ("ORDER BY p.theme COLLATE NOCASE, id",
         "ORDER BY lower((p.theme) COLLATE \"C\")  , id");
  check ("WHERE pseudonym = ?1 COLLATE NOCASE",
         "WHERE lower((pseudonym) COLLATE \"C\") = lower(($1) COLLATE \"C\")  ");
  check ("WHERE a IS ? AND b IS NOT ? AND c IS NULL AND d IS NOT NULL",
         "WHERE a IS NOT DISTINCT FROM $1 AND b IS DISTINCT FROM  $2 AND c IS NULL AND d IS NOT NULL");
  check ("WHERE p GLOB '*-[0-9]*'", "WHERE p ~ '^.*-[0-9].*$'");
  check ("WHERE p GLOB 'a.b?'", "WHERE p ~ '^a\\.b.$'");
  check ("WHERE name LIKE 'x%'", "WHERE name ILIKE 'x%'");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pg-translate/parameters", test_parameters);
  g_test_add_func ("/pg-translate/insert-or", test_insert_or);
  g_test_add_func ("/pg-translate/functions", test_functions);
  g_test_add_func ("/pg-translate/operators", test_operators);
  return g_test_run ();
}
