/* SPDX-License-Identifier: MPL-2.0 */
/* The change path of RsDatabase: what a committed write announces.
 *
 * Every committed write is announced: SQLite's update hook notes the table
 * and row of each insert, update and delete; the commit hook moves the notes
 * of a transaction to the committed list and the rollback hook drops them.
 * When the outermost lock is released (a job on the database thread ends, or
 * a synchronous call returns), the committed notes are handed to the
 * context that opened the database and emitted there as RsDatabase::changed,
 * detailed by the kind's nick. No caller can forget to announce a write.
 */
#define G_LOG_DOMAIN "rs-database"

#include "config.h"

#include "rs-change-table.h"
#include "rs-database-private.h"
#include "rs-enums.h"
#include "rs-statement-private.h"

/* A note is coalesced per (kind, id); past this many ids of one kind in one
 * batch, the kind is announced once with id 0 ("several"). */
#define MAX_NOTES_PER_KIND 32

const char *
rs_change_kind_to_nick (RsChangeKind kind)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (RS_TYPE_CHANGE_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  return value ? value->value_nick : NULL;
}

/* The note for a write to @table's row @rowid; FALSE for tables no page shows. */
gboolean
rs_database_note_for_table (const char *table,
                            gint64      rowid,
                            Note       *note)
{
  const RsChangeTable *tk;

  /* The search indexes, audit log, mappings and internal tables are not
   * entities anyone shows; pb tables share one kind. */
  if (g_str_has_prefix (table, "pb_"))
    note->kind = RS_CHANGE_PB;
  else if ((tk = rs_change_table_lookup (table)) != NULL)
    {
      note->kind = tk->kind;
      note->id = tk->rowid_is_entity ? rowid : 0;
    }
  else
    return FALSE;
  return TRUE;
}

static void
update_hook (void          *user_data,
             int            op,
             const char    *db_name,
             const char    *table,
             sqlite3_int64  rowid)
{
  RsDatabase *self = user_data;
  Note note = { 0, };

  if (!rs_database_note_for_table (table, rowid, &note))
    return;

  g_mutex_lock (&self->notes_mutex);
  g_array_append_val (self->pending, note);
  g_mutex_unlock (&self->notes_mutex);
}

static int
commit_hook (void *user_data)
{
  RsDatabase *self = user_data;

  g_mutex_lock (&self->notes_mutex);
  g_array_append_vals (self->committed, self->pending->data, self->pending->len);
  g_array_set_size (self->pending, 0);
  g_mutex_unlock (&self->notes_mutex);
  return 0;
}

static void
rollback_hook (void *user_data)
{
  RsDatabase *self = user_data;

  g_mutex_lock (&self->notes_mutex);
  g_array_set_size (self->pending, 0);
  g_mutex_unlock (&self->notes_mutex);
}

/* A note's (kind, id) as one number: ids are positive and far below 2^56. */
static gint64
note_key (const Note *n)
{
  return (n->id << 6) | n->kind;
}

/* Coalesces @notes: one note per (kind, id), and one note with id 0 for a
 * kind with more than MAX_NOTES_PER_KIND. Keeps the first-seen order. An
 * import writes tens of rows a response, so this runs over thousands of
 * notes per commit: no allocation per note. */
static GArray *
coalesce_notes (GArray *notes)
{
  g_autofree gint64 *keys = g_new (gint64, MAX (notes->len, 1));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint per_kind[RS_N_CHANGE_KINDS] = { 0, };
  gboolean many[RS_N_CHANGE_KINDS] = { FALSE, };
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Note));

  G_STATIC_ASSERT (RS_N_CHANGE_KINDS <= 64);
  for (guint i = 0; i < notes->len; i++)
    {
      Note *n = &g_array_index (notes, Note, i);

      keys[i] = note_key (n);
      if (!g_hash_table_add (seen, &keys[i]))
        continue;
      if (++per_kind[n->kind] > MAX_NOTES_PER_KIND)
        many[n->kind] = TRUE;
    }
  g_hash_table_remove_all (seen);
  for (guint i = 0; i < notes->len; i++)
    {
      Note n = g_array_index (notes, Note, i);

      if (many[n.kind])
        n.id = 0;
      keys[i] = note_key (&n);
      if (!g_hash_table_add (seen, &keys[i]))
        continue;
      g_array_append_val (out, n);
    }
  return out;
}

/* On the thread that holds the lock: the owning process of each note, where
 * one query finds it (deleted rows have none). */
void
rs_database_find_processes (RsDatabase *self,
                            GArray     *notes)
{
  for (guint i = 0; i < notes->len; i++)
    {
      Note *n = &g_array_index (notes, Note, i);
      g_autoptr(RsStatement) stmt = NULL;
      const char *sql;

      if (n->id <= 0)
        continue;
      sql = rs_change_table_process_sql (n->kind);
      if (sql == NULL)
        continue;
      stmt = rs_database_prepare (self, sql, NULL);
      if (stmt != NULL)
        {
          rs_statement_bind_int64 (stmt, 1, n->id);
          if (rs_statement_step (stmt) == RS_SQL_ROW)
            n->process_id = rs_statement_column_int64 (stmt, 0);
        }
    }
}

void
rs_database_batch_free (Batch *batch)
{
  g_weak_ref_clear (&batch->db);
  g_array_unref (batch->notes);
  g_free (batch);
}

gboolean
rs_database_emit_batch (gpointer data)
{
  Batch *batch = data;
  g_autoptr(RsDatabase) self = g_weak_ref_get (&batch->db);

  for (guint i = 0; self != NULL && i < batch->notes->len; i++)
    {
      Note *n = &g_array_index (batch->notes, Note, i);
      rs_database_emit_change (self, n->kind, n->id, n->process_id);
    }
  return G_SOURCE_REMOVE;
}

Batch *
rs_database_batch_new (RsDatabase *self,
                       GArray     *raw)
{
  Batch *batch = g_new0 (Batch, 1);

  g_weak_ref_init (&batch->db, self);
  batch->notes = coalesce_notes (raw);
  return batch;
}

void
rs_database_install_hooks (RsDatabase *self)
{
  sqlite3_update_hook (self->handle, update_hook, self);
  sqlite3_commit_hook (self->handle, commit_hook, self);
  sqlite3_rollback_hook (self->handle, rollback_hook, self);
}

/* Called with the lock held, when it is about to be released for good. */
Batch *
rs_database_take_committed (RsDatabase *self)
{
  g_autoptr(GArray) raw = NULL;
  Batch *batch;

  g_mutex_lock (&self->notes_mutex);
  if (self->committed->len > 0)
    {
      raw = self->committed;
      self->committed = g_array_new (FALSE, FALSE, sizeof (Note));
    }
  g_mutex_unlock (&self->notes_mutex);
  if (raw == NULL)
    return NULL;

  batch = rs_database_batch_new (self, raw);
  rs_database_find_processes (self, batch->notes);
  return batch;
}

/* On the owner's thread (a synchronous write) the notes go out at once;
 * from the database thread they are queued on the owner's context, never
 * run on the database thread even when that context is free. */
void
rs_database_dispatch_batch (RsDatabase *self,
                            Batch      *batch)
{
  g_autoptr(GSource) source = NULL;

  if (g_thread_self () == self->owner_thread)
    {
      g_main_context_invoke_full (self->owner_context, G_PRIORITY_DEFAULT, rs_database_emit_batch, batch,
                                  (GDestroyNotify) rs_database_batch_free);
      return;
    }
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, rs_database_emit_batch, batch, (GDestroyNotify) rs_database_batch_free);
  g_source_set_static_name (source, "[raadslag] database changes");
  g_source_attach (source, self->owner_context);
}

