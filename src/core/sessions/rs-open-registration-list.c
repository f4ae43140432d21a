/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-open-registration-list"

#include "config.h"

#include "rs-change-monitor.h"
#include "rs-open-registration-list.h"

struct _RsOpenRegistrationList
{
  RsLiveList parent_instance;
};

G_DEFINE_FINAL_TYPE (RsOpenRegistrationList, rs_open_registration_list, RS_TYPE_LIVE_LIST)

static gint64
item_id (gpointer item)
{
  return rs_open_registration_get_id (item);
}

static void
rs_open_registration_list_class_init (RsOpenRegistrationListClass *klass)
{
  RsLiveListClass *live_class = RS_LIVE_LIST_CLASS (klass);

  live_class->item_type = RS_TYPE_OPEN_REGISTRATION;
  live_class->changes = RS_CHANGE_MASK (RS_CHANGE_SESSION) | RS_CHANGE_MASK (RS_CHANGE_REGISTRATION);
  live_class->what = "public registrations";
  live_class->list_async = rs_open_meeting_store_list_async;
  live_class->list_finish = rs_open_meeting_store_list_finish;
  live_class->item_id = item_id;
}

static void
rs_open_registration_list_init (RsOpenRegistrationList *self)
{
}

RsOpenRegistrationList *
rs_open_registration_list_new (RsDatabase *db,
                               gint64      process_id)
{
  RsOpenRegistrationList *self;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);

  self = g_object_new (RS_TYPE_OPEN_REGISTRATION_LIST, NULL);
  rs_live_list_start (RS_LIVE_LIST (self), db, process_id);
  return self;
}
