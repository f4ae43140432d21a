/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-live-list"

#include "config.h"

#include "rs-change-monitor.h"
#include "rs-live-list.h"

typedef struct
{
  RsDatabase      *db;
  RsChangeMonitor *monitor;
  GCancellable    *cancellable;
  GPtrArray       *items;
  gint64           process_id;
  gboolean         loaded;
  gboolean         loading;
  gboolean         dirty;
} RsLiveListPrivate;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (RsLiveList, rs_live_list, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (RsLiveList)
                                  G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  SIGNAL_LOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
get_item_type (GListModel *model)
{
  return RS_LIVE_LIST_GET_CLASS (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  RsLiveListPrivate *priv = rs_live_list_get_instance_private (RS_LIVE_LIST (model));

  return priv->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  RsLiveListPrivate *priv = rs_live_list_get_instance_private (RS_LIVE_LIST (model));

  return position < priv->items->len ? g_object_ref (g_ptr_array_index (priv->items, position)) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void load (RsLiveList *self);

/* A load in flight: it holds no reference to the list (disposing the list
 * cancels it), only the class that reads its result. */
typedef struct
{
  GWeakRef         weak;
  RsLiveListClass *klass;
} Pending;

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Pending *pending = user_data;
  g_autoptr(RsLiveList) self = g_weak_ref_get (&pending->weak);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = pending->klass->list_finish (RS_DATABASE (source), result, &error);
  RsLiveListPrivate *priv;
  guint removed, added;

  g_weak_ref_clear (&pending->weak);
  g_free (pending);
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  priv = rs_live_list_get_instance_private (self);
  priv->loading = FALSE;
  if (items == NULL)
    g_warning ("Could not list the %s: %s", RS_LIVE_LIST_GET_CLASS (self)->what, error->message);
  else
    {
      removed = priv->items->len;
      added = g_list_model_get_n_items (G_LIST_MODEL (items));
      g_ptr_array_set_size (priv->items, 0);
      for (guint i = 0; i < added; i++)
        g_ptr_array_add (priv->items, g_list_model_get_item (G_LIST_MODEL (items), i));
      priv->loaded = TRUE;
      if (removed > 0 || added > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, added);
      g_signal_emit (self, signals[SIGNAL_LOADED], 0);
    }
  if (priv->dirty)
    load (self);
}

static void
load (RsLiveList *self)
{
  RsLiveListPrivate *priv = rs_live_list_get_instance_private (self);
  Pending *pending;

  priv->dirty = FALSE;
  if (priv->loading)
    {
      priv->dirty = TRUE;
      return;
    }
  priv->loading = TRUE;
  pending = g_new0 (Pending, 1);
  g_weak_ref_init (&pending->weak, self);
  pending->klass = RS_LIVE_LIST_GET_CLASS (self);
  pending->klass->list_async (priv->db, priv->process_id, priv->cancellable, listed_cb, pending);
}

static void
rs_live_list_dispose (GObject *object)
{
  RsLiveListPrivate *priv = rs_live_list_get_instance_private (RS_LIVE_LIST (object));

  if (priv->cancellable)
    g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  g_clear_object (&priv->monitor);
  g_clear_object (&priv->db);
  G_OBJECT_CLASS (rs_live_list_parent_class)->dispose (object);
}

static void
rs_live_list_finalize (GObject *object)
{
  RsLiveListPrivate *priv = rs_live_list_get_instance_private (RS_LIVE_LIST (object));

  g_clear_pointer (&priv->items, g_ptr_array_unref);
  G_OBJECT_CLASS (rs_live_list_parent_class)->finalize (object);
}

static void
rs_live_list_class_init (RsLiveListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rs_live_list_dispose;
  object_class->finalize = rs_live_list_finalize;

  /**
   * RsLiveList::loaded:
   * A load finished and the items are current (emitted after items-changed,
   * also when nothing changed).
   */
  signals[SIGNAL_LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rs_live_list_init (RsLiveList *self)
{
  RsLiveListPrivate *priv = rs_live_list_get_instance_private (self);

  priv->items = g_ptr_array_new_with_free_func (g_object_unref);
  priv->cancellable = g_cancellable_new ();
}

void
rs_live_list_start (RsLiveList *self,
                    RsDatabase *db,
                    gint64      process_id)
{
  RsLiveListPrivate *priv = rs_live_list_get_instance_private (self);

  g_return_if_fail (RS_IS_LIVE_LIST (self));
  g_return_if_fail (RS_IS_DATABASE (db));
  g_return_if_fail (priv->db == NULL);

  priv->db = g_object_ref (db);
  priv->monitor = rs_change_monitor_new (db, process_id, RS_LIVE_LIST_GET_CLASS (self)->changes);
  g_signal_connect_object (priv->monitor, "changed", G_CALLBACK (load), self, G_CONNECT_SWAPPED);
  priv->process_id = process_id;
  load (self);
}

gint64
rs_live_list_get_process_id (RsLiveList *self)
{
  RsLiveListPrivate *priv = rs_live_list_get_instance_private (self);

  g_return_val_if_fail (RS_IS_LIVE_LIST (self), 0);
  return priv->process_id;
}

void
rs_live_list_set_process_id (RsLiveList *self,
                             gint64      process_id)
{
  RsLiveListPrivate *priv = rs_live_list_get_instance_private (self);
  guint removed;

  g_return_if_fail (RS_IS_LIVE_LIST (self));
  if (priv->process_id == process_id)
    return;

  g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  priv->cancellable = g_cancellable_new ();
  priv->loading = FALSE;
  priv->loaded = FALSE;
  priv->process_id = process_id;
  rs_change_monitor_set_process_id (priv->monitor, process_id);
  removed = priv->items->len;
  g_ptr_array_set_size (priv->items, 0);
  if (removed > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
  load (self);
}

gboolean
rs_live_list_get_loaded (RsLiveList *self)
{
  RsLiveListPrivate *priv = rs_live_list_get_instance_private (self);

  g_return_val_if_fail (RS_IS_LIVE_LIST (self), FALSE);
  return priv->loaded;
}

int
rs_live_list_find (RsLiveList *self,
                   gint64      id)
{
  RsLiveListPrivate *priv = rs_live_list_get_instance_private (self);

  g_return_val_if_fail (RS_IS_LIVE_LIST (self), -1);
  for (guint i = 0; i < priv->items->len; i++)
    if (RS_LIVE_LIST_GET_CLASS (self)->item_id (g_ptr_array_index (priv->items, i)) == id)
      return (int) i;
  return -1;
}
