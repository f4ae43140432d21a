/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-database.h"

G_BEGIN_DECLS

/* For a typed operation whose job fills its GTask's task data (counts, a
 * report) and returns nothing: pass it as the rs_database_run_async()
 * callback with a reference to the task as @user_data; the task returns
 * TRUE, or the job's error. The finish function reads the task data after
 * g_task_propagate_boolean(). */
void rs_database_task_done_cb (GObject      *source,
                               GAsyncResult *result,
                               gpointer      user_data);

G_END_DECLS
