/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

#define RS_TYPE_LIVE_LIST (rs_live_list_get_type ())
G_DECLARE_DERIVABLE_TYPE (RsLiveList, rs_live_list, RS, LIVE_LIST, GObject)

/**
 * RsLiveListClass:
 * A process's records as a GListModel that stays current: it loads with
 * the store's list operation on the database thread and loads again
 * (items-changed, then ::loaded) after every committed change of the kinds
 * in @changes to the process, whoever made it. A subclass names the item
 * type, the kinds, the list operation and how an item's id is read.
 */
struct _RsLiveListClass
{
  GObjectClass parent_class;

  GType        item_type;
  guint        changes;      /* RS_CHANGE_MASK()s */
  const char  *what;         /* for the log: "panels", "meetings" */
  void       (*list_async)  (RsDatabase          *db,
                             gint64               process_id,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data);
  GListStore *(*list_finish) (RsDatabase         *db,
                              GAsyncResult       *result,
                              GError            **error);
  gint64     (*item_id)      (gpointer            item);
};

/* For subclasses' constructors: starts listing @process_id of @db. */
void     rs_live_list_start          (RsLiveList *self,
                                      RsDatabase *db,
                                      gint64      process_id);
gint64   rs_live_list_get_process_id (RsLiveList *self);
/* Shows another process (empty until its records have loaded). */
void     rs_live_list_set_process_id (RsLiveList *self,
                                      gint64      process_id);
gboolean rs_live_list_get_loaded     (RsLiveList *self);
/* The position of the item with @id, or -1. */
int      rs_live_list_find           (RsLiveList *self,
                                      gint64      id);

G_END_DECLS
