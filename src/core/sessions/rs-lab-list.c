/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-lab-list"

#include "config.h"

#include "rs-change-monitor.h"
#include "rs-lab-list.h"
#include "rs-lab-store.h"

struct _RsLabList
{
  RsLiveList parent_instance;
};

G_DEFINE_FINAL_TYPE (RsLabList, rs_lab_list, RS_TYPE_LIVE_LIST)

static gint64
item_id (gpointer item)
{
  return rs_lab_get_id (item);
}

static void
rs_lab_list_class_init (RsLabListClass *klass)
{
  RsLiveListClass *live_class = RS_LIVE_LIST_CLASS (klass);

  live_class->item_type = RS_TYPE_LAB;
  live_class->changes = RS_CHANGE_MASK (RS_CHANGE_LAB) | RS_CHANGE_MASK (RS_CHANGE_SESSION) |
                          RS_CHANGE_MASK (RS_CHANGE_IDEA) | RS_CHANGE_MASK (RS_CHANGE_REGISTRATION);
  live_class->what = "labs";
  live_class->list_async = rs_lab_store_list_async;
  live_class->list_finish = rs_lab_store_list_finish;
  live_class->item_id = item_id;
}

static void
rs_lab_list_init (RsLabList *self)
{
}

RsLabList *
rs_lab_list_new (RsDatabase *db,
                gint64      process_id)
{
  RsLabList *self;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);

  self = g_object_new (RS_TYPE_LAB_LIST, NULL);
  rs_live_list_start (RS_LIVE_LIST (self), db, process_id);
  return self;
}

gint64
rs_lab_list_get_process_id (RsLabList *self)
{
  return rs_live_list_get_process_id (RS_LIVE_LIST (self));
}

void
rs_lab_list_set_process_id (RsLabList *self,
                               gint64    process_id)
{
  rs_live_list_set_process_id (RS_LIVE_LIST (self), process_id);
}

gboolean
rs_lab_list_get_loaded (RsLabList *self)
{
  return rs_live_list_get_loaded (RS_LIVE_LIST (self));
}

int
rs_lab_list_find (RsLabList *self,
                 gint64    id)
{
  return rs_live_list_find (RS_LIVE_LIST (self), id);
}
