/* SPDX-License-Identifier: MPL-2.0 */
/* The change path on PostgreSQL.
 *
 * The triggers of pg/notify.sql announce every committed write on the
 * channel "raadslag" as "table op id", to every client. A second connection
 * LISTENs; its socket is watched on the owner's context, so a colleague's
 * change arrives as ::changed like one's own. One's own writes are
 * announced when the outermost lock is released, as on SQLite: a marker
 * notification is sent after them and the listener reads up to it. */
#define G_LOG_DOMAIN "rs-database"

#include "config.h"

#include <glib-unix.h>

#include "rs-database-private.h"

static void relisten_later       (RsDatabase *self);
static void update_marker_prefix (RsDatabase *self);

static GArray *
notes_from_payloads (GPtrArray *payloads)
{
  GArray *notes = g_array_new (FALSE, FALSE, sizeof (Note));

  for (guint i = 0; i < payloads->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (payloads->pdata[i], " ", 3);
      Note note = { 0, };

      if (g_strv_length (parts) < 2)
        continue;
      if (rs_database_note_for_table (parts[0], parts[2] ? g_ascii_strtoll (parts[2], NULL, 10) : 0, &note))
        g_array_append_val (notes, note);
    }
  return notes;
}

static Batch *
batch_from_payloads (RsDatabase *self,
                     GPtrArray  *payloads)
{
  g_autoptr(GArray) raw = notes_from_payloads (payloads);

  if (raw->len == 0)
    return NULL;
  return rs_database_batch_new (self, raw);
}

/* With the lock held, after a write committed: the notes of it. */
Batch *
rs_database_take_committed_pg (RsDatabase *self)
{
  g_autoptr(GPtrArray) payloads = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *marker = NULL;
  g_autofree char *sql = NULL;
  Batch *batch;
  int changes;

  if (self->listener == NULL || !rs_pg_conn_take_wrote (self->pg))
    return NULL;
  update_marker_prefix (self);
  marker = g_strdup_printf ("sync %d %u", PQbackendPID (rs_pg_conn_get_pgconn (self->pg)), ++self->sync_serial);
  sql = g_strdup_printf ("SELECT pg_notify('raadslag', '%s')", marker);
  /* The marker and the owners' look-up are not the caller's statements:
   * rs_database_changes() still counts the caller's last write afterwards. */
  changes = rs_pg_conn_changes (self->pg);
  if (!rs_pg_conn_exec_raw (self->pg, sql))
    {
      rs_pg_conn_set_changes (self->pg, changes);
      return NULL;
    }
  rs_pg_listener_drain (self->listener, payloads, marker, 5000);
  batch = batch_from_payloads (self, payloads);
  if (batch != NULL)
    rs_database_find_processes (self, batch->notes);
  rs_pg_conn_set_changes (self->pg, changes);
  return batch;
}

/* How often a lost listener tries to connect again. */
#define RELISTEN_SECONDS 3

/* The source holds the database weakly: a database opened on a worker
 * thread may be let go of there while its owner's context dispatches. */
static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

static gboolean
on_listen_socket (int          fd,
                  GIOCondition condition,
                  gpointer     user_data)
{
  g_autoptr(RsDatabase) self = g_weak_ref_get (user_data);
  g_autoptr(GPtrArray) payloads = NULL;
  Batch *batch;

  if (self == NULL)
    return G_SOURCE_REMOVE;
  payloads = g_ptr_array_new_with_free_func (g_free);
  if (!rs_pg_listener_drain (self->listener, payloads, NULL, 0))
    {
      g_message ("The connection that hears of other clients’ changes was lost; connecting again");
      g_clear_pointer (&self->listen_source, g_source_unref);
      relisten_later (self);
      return G_SOURCE_REMOVE;
    }
  batch = batch_from_payloads (self, payloads);
  g_debug ("%u changes by other clients", payloads->len);
  if (batch == NULL)
    return G_SOURCE_CONTINUE;
  rs_database_lock (self);
  rs_database_find_processes (self, batch->notes);
  rs_database_unlock (self);
  rs_database_emit_batch (batch);
  rs_database_batch_free (batch);
  return G_SOURCE_CONTINUE;
}

static void
attach_listen_source (RsDatabase *self)
{
  GWeakRef *ref;

  self->listen_source = g_unix_fd_source_new (rs_pg_listener_get_socket (self->listener), G_IO_IN);
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, self);
  g_source_set_callback (self->listen_source, G_SOURCE_FUNC (on_listen_socket), ref,
                         (GDestroyNotify) weak_ref_free);
  g_source_set_static_name (self->listen_source, "[raadslag] server changes");
  g_source_attach (self->listen_source, self->owner_context);
}

/* Own writes are heard back through the listener by a marker with the
 * main connection's server process, which changes when it reconnects. */
static void
update_marker_prefix (RsDatabase *self)
{
  int pid = PQbackendPID (rs_pg_conn_get_pgconn (self->pg));
  g_autofree char *prefix = NULL;

  if (pid == self->listen_pid)
    return;
  self->listen_pid = pid;
  prefix = g_strdup_printf ("sync %d ", pid);
  rs_pg_listener_set_marker_prefix (self->listener, prefix);
}

gboolean
rs_database_start_listening (RsDatabase *self,
                             GError    **error)
{
  self->listener = rs_pg_listener_new (self->path, error);
  if (self->listener == NULL)
    return FALSE;
  update_marker_prefix (self);
  attach_listen_source (self);
  return TRUE;
}

/* Every kind changed: what other staff wrote while the listener was away
 * was not heard, so every page reads again. */
static Batch *
batch_everything (RsDatabase *self)
{
  Batch *batch = g_new0 (Batch, 1);

  g_weak_ref_init (&batch->db, self);
  batch->notes = g_array_new (FALSE, TRUE, sizeof (Note));
  for (int kind = 0; kind < RS_N_CHANGE_KINDS; kind++)
    {
      Note note = { kind, 0, 0 };
      g_array_append_val (batch->notes, note);
    }
  return batch;
}

static gboolean
relisten (gpointer data)
{
  g_autoptr(RsDatabase) self = g_weak_ref_get (data);
  Batch *batch;

  if (self == NULL)
    return G_SOURCE_REMOVE;
  if (!rs_pg_listener_reconnect (self->listener))
    return G_SOURCE_CONTINUE;
  g_message ("Hearing other clients’ changes again");
  rs_database_lock (self);
  self->listen_pid = 0;
  update_marker_prefix (self);
  rs_database_unlock (self);
  attach_listen_source (self);
  batch = batch_everything (self);
  rs_database_emit_batch (batch);
  rs_database_batch_free (batch);
  return G_SOURCE_REMOVE;
}

static void
relisten_later (RsDatabase *self)
{
  GSource *source = g_timeout_source_new_seconds (RELISTEN_SECONDS);
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, self);
  g_source_set_callback (source, relisten, ref, (GDestroyNotify) weak_ref_free);
  g_source_set_static_name (source, "[raadslag] listen again");
  g_source_attach (source, self->owner_context);
  g_source_unref (source);
}


void
rs_database_stop_listening (RsDatabase *self)
{
  if (self->listen_source != NULL)
    g_source_destroy (self->listen_source);
  g_clear_pointer (&self->listen_source, g_source_unref);
  g_clear_pointer (&self->listener, rs_pg_listener_free);
}
