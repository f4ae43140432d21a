/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-lab.h"

G_BEGIN_DECLS

/* Reading and writing labs (RsLab). Synchronous: call from the CLI, tests
 * or the database thread; the GUI's operations are in rs-lab-details.h. */

/* The labs of a process (RsLab), by id. */
GListStore *rs_lab_store_list   (RsDatabase  *db,
                                 gint64       process_id,
                                 GError     **error);
/* The same for the GUI, on the database thread. */
void       rs_lab_store_list_async  (RsDatabase          *db,
                                     gint64               process_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
GListStore *rs_lab_store_list_finish (RsDatabase          *db,
                                     GAsyncResult        *result,
                                     GError             **error);
RsLab     *rs_lab_store_get     (RsDatabase  *db,
                                 gint64       lab_id,
                                 GError     **error);
gint64     rs_lab_store_create  (RsDatabase  *db,
                                 gint64       process_id,
                                 const char  *title,
                                 const char  *problem,
                                 GError     **error);
/* Saves every editable field of @lab. With a version set (as read), the
 * save is refused with RS_DATABASE_ERROR_CONFLICT when someone saved the
 * lab since, and counts @lab's version on when it succeeds; version 0
 * saves whatever is stored. */
gboolean   rs_lab_store_update  (RsDatabase  *db,
                                 RsLab       *lab,
                                 GError     **error);

/* Creates a lab with every editable field of @lab in one transaction;
 * checks the title, the amount and the date (YYYY-MM-DD). */
gint64     rs_lab_store_insert  (RsDatabase  *db,
                                 RsLab       *lab,
                                 GError     **error);
/* Deletes a lab; its sessions and ideas stay, without the lab. */
gboolean   rs_lab_store_delete  (RsDatabase  *db,
                                 gint64       lab_id,
                                 GError     **error);

G_END_DECLS
