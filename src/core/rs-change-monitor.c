/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-change-monitor"

#include "config.h"

#include "rs-change-monitor.h"

struct _RsChangeMonitor
{
  GObject     parent_instance;

  GWeakRef    db;
  gulong      handler;
  gint64      process_id;
  guint       mask;
  guint       idle_id;
};

G_DEFINE_FINAL_TYPE (RsChangeMonitor, rs_change_monitor, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
emit_idle (gpointer data)
{
  RsChangeMonitor *self = data;

  self->idle_id = 0;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
db_changed_cb (RsDatabase      *db,
               RsChangeKind     kind,
               gint64           id,
               gint64           process_id,
               RsChangeMonitor *self)
{
  if ((self->mask & RS_CHANGE_MASK (kind)) == 0)
    return;
  /* A note without a process (several rows, or a part of an entity) may
   * concern any process. */
  if (self->process_id != 0 && process_id != 0 && process_id != self->process_id)
    return;
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, emit_idle, self, NULL);
}

static void
rs_change_monitor_dispose (GObject *object)
{
  RsChangeMonitor *self = RS_CHANGE_MONITOR (object);
  g_autoptr(RsDatabase) db = g_weak_ref_get (&self->db);

  if (db != NULL && self->handler != 0)
    g_signal_handler_disconnect (db, self->handler);
  self->handler = 0;
  g_clear_handle_id (&self->idle_id, g_source_remove);

  G_OBJECT_CLASS (rs_change_monitor_parent_class)->dispose (object);
}

static void
rs_change_monitor_finalize (GObject *object)
{
  RsChangeMonitor *self = RS_CHANGE_MONITOR (object);

  g_weak_ref_clear (&self->db);
  G_OBJECT_CLASS (rs_change_monitor_parent_class)->finalize (object);
}

static void
rs_change_monitor_class_init (RsChangeMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rs_change_monitor_dispose;
  object_class->finalize = rs_change_monitor_finalize;

  /**
   * RsChangeMonitor::changed:
   * Something this monitor watches was committed; emitted once per turn of
   * the main loop.
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rs_change_monitor_init (RsChangeMonitor *self)
{
  g_weak_ref_init (&self->db, NULL);
}

/* The monitor does not keep @db alive; it stops when @db goes away. */
RsChangeMonitor *
rs_change_monitor_new (RsDatabase *db,
                       gint64      process_id,
                       guint       mask)
{
  RsChangeMonitor *self;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);

  self = g_object_new (RS_TYPE_CHANGE_MONITOR, NULL);
  g_weak_ref_set (&self->db, db);
  self->process_id = process_id;
  self->mask = mask;
  self->handler = g_signal_connect_object (db, "changed", G_CALLBACK (db_changed_cb), self, 0);
  return self;
}

gint64
rs_change_monitor_get_process_id (RsChangeMonitor *self)
{
  g_return_val_if_fail (RS_IS_CHANGE_MONITOR (self), 0);
  return self->process_id;
}

void
rs_change_monitor_set_process_id (RsChangeMonitor *self,
                                  gint64           process_id)
{
  g_return_if_fail (RS_IS_CHANGE_MONITOR (self));
  self->process_id = process_id;
}
