/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-database"

#include "config.h"

#include "rs-database-task.h"

void
rs_database_task_done_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (rs_database_run_finish_boolean (RS_DATABASE (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}
