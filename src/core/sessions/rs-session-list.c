/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-session-list"

#include "config.h"

#include "rs-change-monitor.h"
#include "rs-session-list.h"
#include "rs-session-details.h"

struct _RsSessionList
{
  RsLiveList parent_instance;
};

G_DEFINE_FINAL_TYPE (RsSessionList, rs_session_list, RS_TYPE_LIVE_LIST)

static gint64
item_id (gpointer item)
{
  return rs_session_get_id (item);
}

static void
rs_session_list_class_init (RsSessionListClass *klass)
{
  RsLiveListClass *live_class = RS_LIVE_LIST_CLASS (klass);

  live_class->item_type = RS_TYPE_SESSION;
  live_class->changes = RS_CHANGE_MASK (RS_CHANGE_SESSION) | RS_CHANGE_MASK (RS_CHANGE_REGISTRATION);
  live_class->what = "meetings";
  live_class->list_async = rs_session_store_list_async;
  live_class->list_finish = rs_session_store_list_finish;
  live_class->item_id = item_id;
}

static void
rs_session_list_init (RsSessionList *self)
{
}

RsSessionList *
rs_session_list_new (RsDatabase *db,
                    gint64      process_id)
{
  RsSessionList *self;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);

  self = g_object_new (RS_TYPE_SESSION_LIST, NULL);
  rs_live_list_start (RS_LIVE_LIST (self), db, process_id);
  return self;
}

gint64
rs_session_list_get_process_id (RsSessionList *self)
{
  return rs_live_list_get_process_id (RS_LIVE_LIST (self));
}

void
rs_session_list_set_process_id (RsSessionList *self,
                                   gint64        process_id)
{
  rs_live_list_set_process_id (RS_LIVE_LIST (self), process_id);
}

gboolean
rs_session_list_get_loaded (RsSessionList *self)
{
  return rs_live_list_get_loaded (RS_LIVE_LIST (self));
}

int
rs_session_list_find (RsSessionList *self,
                     gint64        id)
{
  return rs_live_list_find (RS_LIVE_LIST (self), id);
}
