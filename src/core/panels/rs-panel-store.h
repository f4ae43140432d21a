/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-panel.h"

G_BEGIN_DECLS

/* Panels of a budget process. Synchronous calls for the CLI, tests and the
 * database thread (GUI pages run them through rs_database_run_async). */
RsPanel    *rs_panel_store_create (RsDatabase *db,
                                   gint64      process_id,
                                   const char *name,
                                   int         size,
                                   GError    **error);
/* All panels of a process, or of every process when @process_id is 0. */
GListStore *rs_panel_store_list   (RsDatabase *db,
                                   gint64      process_id,
                                   GError    **error);
RsPanel    *rs_panel_store_get    (RsDatabase *db,
                                   gint64      id,
                                   GError    **error);
gboolean    rs_panel_store_update (RsDatabase *db,
                                   RsPanel    *panel,
                                   GError    **error);
gboolean    rs_panel_store_delete (RsDatabase *db,
                                   gint64      id,
                                   GError    **error);
gboolean    rs_panel_validate     (RsPanel    *panel,
                                   GError    **error);

/* The same for the GUI, on the database thread (rs-panel-store-async.c). */
void        rs_panel_store_list_async    (RsDatabase          *db,
                                          gint64               process_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
GListStore *rs_panel_store_list_finish   (RsDatabase          *db,
                                          GAsyncResult        *result,
                                          GError             **error);
void        rs_panel_store_create_async  (RsDatabase          *db,
                                          gint64               process_id,
                                          const char          *name,
                                          int                  size,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
RsPanel    *rs_panel_store_create_finish (RsDatabase          *db,
                                          GAsyncResult        *result,
                                          GError             **error);
/* Saves a snapshot of @panel, so later edits do not race the write. */
void        rs_panel_store_update_async  (RsDatabase          *db,
                                          RsPanel             *panel,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean    rs_panel_store_update_finish (RsDatabase          *db,
                                          GAsyncResult        *result,
                                          GError             **error);
/* The same, refused with RS_DATABASE_ERROR_CONFLICT when someone saved the
 * panel since @panel was read: the finish then gives the panel as stored
 * now; after a save, the version now stored. */
void        rs_panel_store_save_async    (RsDatabase          *db,
                                          RsPanel             *panel,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean    rs_panel_store_save_finish   (RsDatabase          *db,
                                          GAsyncResult        *result,
                                          gint64              *version,
                                          RsPanel            **current,
                                          GError             **error);
void        rs_panel_store_delete_async  (RsDatabase          *db,
                                          gint64               id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean    rs_panel_store_delete_finish (RsDatabase          *db,
                                          GAsyncResult        *result,
                                          GError             **error);

G_END_DECLS
