/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

#define RS_TYPE_CONTEXT (rs_context_get_type ())
G_DECLARE_FINAL_TYPE (RsContext, rs_context, RS, CONTEXT, GObject)

/* What the application hands to every window and page instead of globals:
 * the open database and the settings (NULL where no schema is installed). */
RsContext  *rs_context_new                  (RsDatabase          *database,
                                             GSettings           *settings);
RsDatabase *rs_context_get_database         (RsContext           *self);
void        rs_context_set_database         (RsContext           *self,
                                             RsDatabase          *database);
GSettings  *rs_context_get_settings         (RsContext           *self);
int         rs_context_get_min_hearing_days (RsContext           *self);
int         rs_context_get_small_cell_limit (RsContext           *self);
void        rs_context_open_database_async  (RsContext           *self,
                                             const char          *path,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
RsDatabase *rs_context_open_database_finish (RsContext           *self,
                                             GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS
