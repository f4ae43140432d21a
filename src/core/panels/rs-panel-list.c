/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-panel-list"

#include "config.h"

#include "rs-change-monitor.h"
#include "rs-panel-list.h"
#include "rs-panel-store.h"

struct _RsPanelList
{
  RsLiveList parent_instance;
};

G_DEFINE_FINAL_TYPE (RsPanelList, rs_panel_list, RS_TYPE_LIVE_LIST)

static gint64
item_id (gpointer item)
{
  return rs_panel_get_id (item);
}

static void
rs_panel_list_class_init (RsPanelListClass *klass)
{
  RsLiveListClass *live_class = RS_LIVE_LIST_CLASS (klass);

  live_class->item_type = RS_TYPE_PANEL;
  live_class->changes = RS_CHANGE_MASK (RS_CHANGE_PANEL) | RS_CHANGE_MASK (RS_CHANGE_PROCESS);
  live_class->what = "panels";
  live_class->list_async = rs_panel_store_list_async;
  live_class->list_finish = rs_panel_store_list_finish;
  live_class->item_id = item_id;
}

static void
rs_panel_list_init (RsPanelList *self)
{
}

RsPanelList *
rs_panel_list_new (RsDatabase *db,
                  gint64      process_id)
{
  RsPanelList *self;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);

  self = g_object_new (RS_TYPE_PANEL_LIST, NULL);
  rs_live_list_start (RS_LIVE_LIST (self), db, process_id);
  return self;
}

gint64
rs_panel_list_get_process_id (RsPanelList *self)
{
  return rs_live_list_get_process_id (RS_LIVE_LIST (self));
}

void
rs_panel_list_set_process_id (RsPanelList *self,
                                 gint64      process_id)
{
  rs_live_list_set_process_id (RS_LIVE_LIST (self), process_id);
}

gboolean
rs_panel_list_get_loaded (RsPanelList *self)
{
  return rs_live_list_get_loaded (RS_LIVE_LIST (self));
}

int
rs_panel_list_find (RsPanelList *self,
                   gint64      id)
{
  return rs_live_list_find (RS_LIVE_LIST (self), id);
}
