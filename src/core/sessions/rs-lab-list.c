/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-lab-list"

#include "config.h"

#include "rs-change-monitor.h"
#include "rs-lab-list.h"
#include "rs-lab-store.h"

struct _RsLabList
{
  GObject          parent_instance;

  RsDatabase      *db;
  RsChangeMonitor *monitor;
  GCancellable    *cancellable;
  GPtrArray       *items;    /* RsLab */
  gint64           process_id;
  gboolean         loaded;
  gboolean         loading;
  gboolean         dirty;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RsLabList, rs_lab_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  SIGNAL_LOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
get_item_type (GListModel *model)
{
  return RS_TYPE_LAB;
}

static guint
get_n_items (GListModel *model)
{
  return RS_LAB_LIST (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  RsLabList *self = RS_LAB_LIST (model);

  return position < self->items->len ? g_object_ref (g_ptr_array_index (self->items, position)) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void load (RsLabList *self);

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(RsLabList) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) labs = rs_lab_store_list_finish (RS_DATABASE (source), result, &error);
  guint removed, added;

  g_weak_ref_clear (weak);
  g_free (weak);
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading = FALSE;
  if (labs == NULL)
    g_warning ("Could not list the labs: %s", error->message);
  else
    {
      removed = self->items->len;
      added = g_list_model_get_n_items (G_LIST_MODEL (labs));
      g_ptr_array_set_size (self->items, 0);
      for (guint i = 0; i < added; i++)
        g_ptr_array_add (self->items, g_list_model_get_item (G_LIST_MODEL (labs), i));
      self->loaded = TRUE;
      if (removed > 0 || added > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, added);
      g_signal_emit (self, signals[SIGNAL_LOADED], 0);
    }
  if (self->dirty)
    load (self);
}

/* The job holds no reference: disposing the list cancels it. */
static void
load (RsLabList *self)
{
  GWeakRef *weak;

  self->dirty = FALSE;
  if (self->loading)
    {
      self->dirty = TRUE;
      return;
    }
  self->loading = TRUE;
  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  rs_lab_store_list_async (self->db, self->process_id, self->cancellable, listed_cb, weak);
}

static void
rs_lab_list_dispose (GObject *object)
{
  RsLabList *self = RS_LAB_LIST (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->monitor);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (rs_lab_list_parent_class)->dispose (object);
}

static void
rs_lab_list_finalize (GObject *object)
{
  RsLabList *self = RS_LAB_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  G_OBJECT_CLASS (rs_lab_list_parent_class)->finalize (object);
}

static void
rs_lab_list_class_init (RsLabListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rs_lab_list_dispose;
  object_class->finalize = rs_lab_list_finalize;

  /**
   * RsLabList::loaded:
   * A load finished and the items are current (emitted after items-changed,
   * also when nothing changed).
   */
  signals[SIGNAL_LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rs_lab_list_init (RsLabList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
}

RsLabList *
rs_lab_list_new (RsDatabase *db,
                 gint64      process_id)
{
  RsLabList *self;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);

  self = g_object_new (RS_TYPE_LAB_LIST, NULL);
  self->db = g_object_ref (db);
  self->monitor = rs_change_monitor_new (db, process_id, RS_CHANGE_MASK (RS_CHANGE_LAB) |
                                                         RS_CHANGE_MASK (RS_CHANGE_SESSION) |
                                                         RS_CHANGE_MASK (RS_CHANGE_IDEA) |
                                                         RS_CHANGE_MASK (RS_CHANGE_REGISTRATION));
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (load), self, G_CONNECT_SWAPPED);
  self->process_id = process_id;
  load (self);
  return self;
}

gint64
rs_lab_list_get_process_id (RsLabList *self)
{
  g_return_val_if_fail (RS_IS_LAB_LIST (self), 0);
  return self->process_id;
}

void
rs_lab_list_set_process_id (RsLabList *self,
                            gint64     process_id)
{
  guint removed;

  g_return_if_fail (RS_IS_LAB_LIST (self));
  if (self->process_id == process_id)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loading = FALSE;
  self->loaded = FALSE;
  self->process_id = process_id;
  rs_change_monitor_set_process_id (self->monitor, process_id);
  removed = self->items->len;
  g_ptr_array_set_size (self->items, 0);
  if (removed > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
  load (self);
}

gboolean
rs_lab_list_get_loaded (RsLabList *self)
{
  g_return_val_if_fail (RS_IS_LAB_LIST (self), FALSE);
  return self->loaded;
}

int
rs_lab_list_find (RsLabList *self,
                  gint64     id)
{
  g_return_val_if_fail (RS_IS_LAB_LIST (self), -1);
  for (guint i = 0; i < self->items->len; i++)
    if (rs_lab_get_id (g_ptr_array_index (self->items, i)) == id)
      return (int) i;
  return -1;
}
