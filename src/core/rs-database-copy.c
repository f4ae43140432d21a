/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-database-copy"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-database-copy.h"

#define SQL_RESOURCES "/io/github/raadslag/Raadslag/sql"

typedef struct
{
  char      *name;
  GPtrArray *refers_to;  /* table names */
} Table;

static void
table_free (gpointer data)
{
  Table *t = data;

  g_free (t->name);
  g_ptr_array_unref (t->refers_to);
  g_free (t);
}

static Table *
find_table (GPtrArray  *tables,
            const char *name)
{
  for (guint i = 0; i < tables->len; i++)
    {
      Table *t = g_ptr_array_index (tables, i);
      if (g_str_equal (t->name, name))
        return t;
    }
  return NULL;
}

static void
add_references (Table      *table,
                const char *body)
{
  g_autoptr(GRegex) re = g_regex_new ("REFERENCES\\s+(\\w+)", G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (re, body, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *other = g_match_info_fetch (match, 1);
      if (!g_str_equal (other, table->name))
        g_ptr_array_add (table->refers_to, g_steal_pointer (&other));
      g_match_info_next (match, NULL);
    }
}

/* Reads one SQL resource: its CREATE TABLE, ALTER TABLE ... REFERENCES and
 * DROP TABLE statements. */
static void
read_schema_file (GPtrArray  *tables,
                  const char *sql)
{
  g_autoptr(GRegex) statement = g_regex_new ("^(CREATE TABLE|ALTER TABLE|DROP TABLE IF EXISTS|DROP TABLE)\\s+(\\w+)"
                                             "(.*?);\\s*$",
                                             G_REGEX_MULTILINE | G_REGEX_DOTALL | G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (statement, sql, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *verb = g_match_info_fetch (match, 1);
      g_autofree char *name = g_match_info_fetch (match, 2);
      g_autofree char *body = g_match_info_fetch (match, 3);
      Table *table = find_table (tables, name);

      if (g_ascii_strncasecmp (verb, "CREATE", 6) == 0 && table == NULL)
        {
          table = g_new0 (Table, 1);
          table->name = g_steal_pointer (&name);
          table->refers_to = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (tables, table);
          add_references (table, body);
        }
      else if (g_ascii_strncasecmp (verb, "ALTER", 5) == 0 && table != NULL)
        add_references (table, body);
      else if (g_ascii_strncasecmp (verb, "DROP", 4) == 0 && table != NULL)
        g_ptr_array_remove (tables, table);
      g_match_info_next (match, NULL);
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
rs_database_copy_tables (void)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (table_free);
  g_auto(GStrv) files = g_resources_enumerate_children (SQL_RESOURCES, 0, NULL);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  GPtrArray *order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (files != NULL, order);
  /* v1-* before v2-*, each version's files by name. */
  for (guint i = 0; files[i] != NULL; i++)
    if (g_str_has_suffix (files[i], ".sql"))
      g_ptr_array_add (sorted, files[i]);
  g_ptr_array_sort (sorted, compare_names);
  for (guint i = 0; i < sorted->len; i++)
    {
      g_autofree char *path = g_build_path ("/", SQL_RESOURCES, g_ptr_array_index (sorted, i), NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);

      if (bytes != NULL)
        {
          g_autofree char *sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
          read_schema_file (tables, sql);
        }
    }

  /* Foreign-key order: a table once every table it refers to is placed;
   * a cycle (none in the schema) falls back to the files' order. */
  while (order->len < tables->len)
    {
      gboolean placed_any = FALSE;

      for (guint i = 0; i < tables->len; i++)
        {
          Table *t = g_ptr_array_index (tables, i);
          gboolean ready = TRUE;

          if (g_hash_table_contains (placed, t->name))
            continue;
          for (guint r = 0; r < t->refers_to->len && ready; r++)
            {
              const char *other = g_ptr_array_index (t->refers_to, r);
              ready = g_hash_table_contains (placed, other) || find_table (tables, other) == NULL;
            }
          if (ready)
            {
              g_hash_table_add (placed, t->name);
              g_ptr_array_add (order, g_strdup (t->name));
              placed_any = TRUE;
            }
        }
      for (guint i = 0; i < tables->len && !placed_any; i++)
        {
          Table *t = g_ptr_array_index (tables, i);
          if (!g_hash_table_contains (placed, t->name))
            {
              g_hash_table_add (placed, t->name);
              g_ptr_array_add (order, g_strdup (t->name));
              placed_any = TRUE;
            }
        }
    }
  return order;
}

static gint64
count_rows (RsDatabase *db,
            const char *table,
            GError    **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, sql, "");
  int rc;

  if (stmt == NULL)
    return -1;
  rc = rs_statement_step (stmt);
  if (rc != RS_SQL_ROW)
    {
      rs_database_set_error (db, rc, error);
      return -1;
    }
  return rs_statement_column_int64 (stmt, 0);
}

/* The columns of @table as @db has them. */
static GStrv
table_columns (RsDatabase *db,
               const char *table,
               GError    **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s LIMIT 0", table);
  g_autoptr(RsStatement) stmt = rs_database_prepare (db, sql, error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (stmt == NULL)
    return NULL;
  /* Run it (no rows): a server describes the columns once it has. */
  rs_statement_step (stmt);
  for (int c = 0; c < rs_statement_column_count (stmt); c++)
    g_strv_builder_add (builder, rs_statement_column_name (stmt, c));
  return g_strv_builder_end (builder);
}

static gboolean
bind_column (RsStatement *insert,
             RsStatement *select,
             int          column)
{
  int index = column + 1;

  switch (rs_statement_column_type (select, column))
    {
    case RS_SQL_INTEGER:
      return rs_statement_bind_int64 (insert, index, rs_statement_column_int64 (select, column)) == RS_SQL_OK;
    case RS_SQL_FLOAT:
      return rs_statement_bind_double (insert, index, rs_statement_column_double (select, column)) == RS_SQL_OK;
    case RS_SQL_TEXT:
      return rs_statement_bind_text (insert, index, (const char *) rs_statement_column_text (select, column),
                                     rs_statement_column_bytes (select, column)) == RS_SQL_OK;
    case RS_SQL_BLOB:
      return rs_statement_bind_blob (insert, index, rs_statement_column_blob (select, column),
                                     rs_statement_column_bytes (select, column)) == RS_SQL_OK;
    case RS_SQL_NULL:
    default:
      return rs_statement_bind_null (insert, index) == RS_SQL_OK;
    }
}

static gint64
copy_table (RsDatabase   *src,
            RsDatabase   *dest,
            const char   *table,
            GCancellable *cancellable,
            GError      **error)
{
  g_auto(GStrv) columns = table_columns (src, table, error);
  g_auto(GStrv) dest_columns = NULL;
  g_autoptr(GString) insert_sql = NULL;
  g_autoptr(RsStatement) select = NULL;
  g_autoptr(RsStatement) insert = NULL;
  g_autofree char *select_sql = NULL;
  g_autofree char *list = NULL;
  gint64 rows = 0;
  int rc;

  if (columns == NULL || (dest_columns = table_columns (dest, table, error)) == NULL)
    return -1;
  /* The columns both have, named in the source's order: a server's table
   * may list them in another order, and has an id of its own where a file
   * has none (and the other way round). */
  {
    g_autoptr(GStrvBuilder) both = g_strv_builder_new ();
    g_auto(GStrv) shared = NULL;

    for (guint c = 0; columns[c] != NULL; c++)
      if (g_strv_contains ((const char * const *) dest_columns, columns[c]))
        g_strv_builder_add (both, columns[c]);
    shared = g_strv_builder_end (both);
    if (shared[0] == NULL)
      {
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_TOO_NEW,
                     _("The table “%s” lacks columns in the destination; both databases must have "
                       "the same schema version."), table);
        return -1;
      }
    g_strfreev (columns);
    columns = g_steal_pointer (&shared);
  }
  list = g_strjoinv (", ", columns);
  /* By the first column (the id), so rows that refer to earlier rows of
   * the same table come after them. */
  select_sql = g_strdup_printf ("SELECT %s FROM %s ORDER BY 1", list, table);
  insert_sql = g_string_new (NULL);
  g_string_printf (insert_sql, "INSERT INTO %s (%s) VALUES (", table, list);
  for (guint c = 0; columns[c] != NULL; c++)
    g_string_append (insert_sql, c == 0 ? "?" : ", ?");
  g_string_append (insert_sql, ")");

  if ((select = rs_database_prepare (src, select_sql, error)) == NULL ||
      (insert = rs_database_prepare (dest, insert_sql->str, error)) == NULL)
    return -1;
  while ((rc = rs_statement_step (select)) == RS_SQL_ROW)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return -1;
      for (int c = 0; columns[c] != NULL; c++)
        if (!bind_column (insert, select, c))
          {
            rs_database_set_error (dest, rs_database_errcode (dest), error);
            return -1;
          }
      if (!rs_database_step_done (dest, insert, error))
        return -1;
      rs_statement_reset (insert);
      rows++;
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (src, rc, error);
      return -1;
    }
  return rows;
}

gboolean
rs_database_copy (RsDatabase             *src,
                  RsDatabase             *dest,
                  RsDatabaseCopyFlags     flags,
                  RsDatabaseCopyProgress  progress,
                  gpointer                user_data,
                  GCancellable           *cancellable,
                  GError                **error)
{
  g_autoptr(GPtrArray) tables = rs_database_copy_tables ();
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (gint64));
  gboolean src_open = FALSE;

  g_return_val_if_fail (RS_IS_DATABASE (src) && RS_IS_DATABASE (dest), FALSE);
  if (src == dest)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The source and the destination are the same database."));
      return FALSE;
    }
  /* One snapshot of the source while it is read. */
  rs_database_lock (src);
  if (!rs_database_exec (src, "BEGIN", error))
    {
      rs_database_unlock (src);
      return FALSE;
    }
  src_open = TRUE;
  if (!rs_database_begin (dest, error))
    goto fail_src;

  for (guint i = 0; i < tables->len; i++)
    {
      gint64 n = count_rows (dest, g_ptr_array_index (tables, i), error);

      if (n < 0)
        goto fail;
      if (n > 0 && !(flags & RS_DATABASE_COPY_REPLACE))
        {
          g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONSTRAINT,
                       _("The destination already holds data (table “%s”); give --replace to "
                         "replace everything in it."), (const char *) g_ptr_array_index (tables, i));
          goto fail;
        }
    }
  /* Emptied last table first, so nothing refers to a deleted row. */
  for (guint i = tables->len; i-- > 0;)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s", (const char *) g_ptr_array_index (tables, i));
      if (!rs_database_exec (dest, sql, error))
        goto fail;
    }
  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      gint64 n = copy_table (src, dest, table, cancellable, error);

      if (n < 0)
        goto fail;
      g_array_append_val (counts, n);
      if (progress != NULL)
        progress (table, n, i + 1, tables->len, user_data);
    }
  /* Verify: every table holds as many rows as the source's. */
  for (guint i = 0; i < tables->len; i++)
    {
      const char *table = g_ptr_array_index (tables, i);
      gint64 want = count_rows (src, table, error);
      gint64 have = want < 0 ? -1 : count_rows (dest, table, error);

      if (want < 0 || have < 0)
        goto fail;
      if (want != have || have != g_array_index (counts, gint64, i))
        {
          g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CORRUPT,
                       _("The copy of table “%s” holds %lld rows, the source %lld; nothing was copied."),
                       table, (long long) have, (long long) want);
          goto fail;
        }
    }
#if HAVE_POSTGRESQL
  /* On a server, identity columns go on after the copied ids. */
  if (rs_database_is_server (dest))
    for (guint i = 0; i < tables->len; i++)
      {
        const char *table = g_ptr_array_index (tables, i);
        g_auto(GStrv) columns = table_columns (dest, table, error);
        g_autofree char *sql = NULL;

        if (columns == NULL)
          goto fail;
        if (!g_strv_contains ((const char * const *) columns, "id"))
          continue;
        sql = g_strdup_printf ("SELECT setval(pg_get_serial_sequence('%s', 'id'), "
                               "coalesce((SELECT max(id) FROM %s), 0) + 1, false)", table, table);
        if (!rs_database_exec_native (dest, sql, error))
          goto fail;
      }
#endif
  if (!rs_database_commit (dest, error))
    goto fail_src;
  rs_database_exec (src, "COMMIT", NULL);
  rs_database_unlock (src);
  return TRUE;

fail:
  rs_database_rollback (dest);
fail_src:
  if (src_open)
    rs_database_exec (src, "ROLLBACK", NULL);
  rs_database_unlock (src);
  return FALSE;
}
