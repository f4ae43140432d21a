/* SPDX-License-Identifier: MPL-2.0 */
/* Prepared SQLite statements kept for reuse; see rs-statement-cache.h. */
#define G_LOG_DOMAIN "rs-database"

#include "config.h"

#include "rs-statement-cache.h"

/* Idle statements kept at most, over all SQL texts. SQL built at run time
 * (lists of placeholders) would otherwise fill the cache without end. */
#define MAX_IDLE 256

struct _RsStatementCache
{
  GMutex      mutex;
  sqlite3    *handle;   /* NULL once closed */
  GHashTable *idle;     /* SQL text -> GSList of sqlite3_stmt* */
  guint       n_idle;
};

static void
finalize_list (gpointer data)
{
  g_slist_free_full (data, (GDestroyNotify) sqlite3_finalize);
}

RsStatementCache *
rs_statement_cache_new (sqlite3 *handle)
{
  RsStatementCache *self = g_atomic_rc_box_new0 (RsStatementCache);

  g_mutex_init (&self->mutex);
  self->handle = handle;
  self->idle = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_list);
  return self;
}

RsStatementCache *
rs_statement_cache_ref (RsStatementCache *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
cache_clear (RsStatementCache *self)
{
  rs_statement_cache_close (self);
  g_hash_table_unref (self->idle);
  g_mutex_clear (&self->mutex);
}

void
rs_statement_cache_unref (RsStatementCache *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) cache_clear);
}

sqlite3_stmt *
rs_statement_cache_take (RsStatementCache *self,
                         const char       *sql,
                         int              *rc)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *handle;
  gpointer key = NULL, value = NULL;

  g_mutex_lock (&self->mutex);
  handle = self->handle;
  if (g_hash_table_steal_extended (self->idle, sql, &key, &value))
    {
      GSList *list = value;

      stmt = list->data;
      if (list->next != NULL)
        g_hash_table_insert (self->idle, key, list->next);
      else
        g_free (key);
      g_slist_free_1 (list);
      self->n_idle--;
    }
  g_mutex_unlock (&self->mutex);

  if (stmt != NULL)
    {
      *rc = SQLITE_OK;
      return stmt;
    }
  if (handle == NULL)
    {
      *rc = SQLITE_MISUSE;
      return NULL;
    }
  *rc = sqlite3_prepare_v3 (handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (*rc != SQLITE_OK)
    {
      sqlite3_finalize (stmt);
      return NULL;
    }
  return stmt;
}

void
rs_statement_cache_give (RsStatementCache *self,
                         sqlite3_stmt     *stmt)
{
  const char *sql;
  gpointer key = NULL, value = NULL;
  gboolean keep;

  /* The result of the last step, already reported to whoever stepped. */
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  sql = sqlite3_sql (stmt);

  g_mutex_lock (&self->mutex);
  keep = self->handle != NULL && sqlite3_db_handle (stmt) == self->handle &&
         sql != NULL && self->n_idle < MAX_IDLE;
  if (keep)
    {
      if (g_hash_table_steal_extended (self->idle, sql, &key, &value))
        g_hash_table_insert (self->idle, key, g_slist_prepend (value, stmt));
      else
        g_hash_table_insert (self->idle, g_strdup (sql), g_slist_prepend (NULL, stmt));
      self->n_idle++;
    }
  g_mutex_unlock (&self->mutex);

  if (!keep)
    sqlite3_finalize (stmt);
}

void
rs_statement_cache_close (RsStatementCache *self)
{
  g_mutex_lock (&self->mutex);
  self->handle = NULL;
  g_hash_table_remove_all (self->idle);
  self->n_idle = 0;
  g_mutex_unlock (&self->mutex);
}
