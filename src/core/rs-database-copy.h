/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

typedef enum
{
  RS_DATABASE_COPY_DEFAULT = 0,
  RS_DATABASE_COPY_REPLACE = 1 << 0,  /* empty a destination that holds data first */
} RsDatabaseCopyFlags;

/* Called after each table: its name, the rows copied, and how many tables
 * are done of all. */
typedef void (*RsDatabaseCopyProgress) (const char *table,
                                        gint64      rows,
                                        guint       done,
                                        guint       total,
                                        gpointer    user_data);

/* The tables of the schema in foreign-key order (a table after those it
 * refers to), read from the schema's SQL resources. */
GPtrArray  *rs_database_copy_tables (void);

/* Copies every table of @src into @dest (both at this program's schema
 * version), table by table in foreign-key order, in one transaction on
 * @dest, and checks the row count of every table before committing: the
 * copy is whole or nothing. A destination that holds data is refused unless
 * RS_DATABASE_COPY_REPLACE is given. Uses only the generic statement API,
 * so either side may be any backend. */
gboolean    rs_database_copy        (RsDatabase             *src,
                                     RsDatabase             *dest,
                                     RsDatabaseCopyFlags     flags,
                                     RsDatabaseCopyProgress  progress,
                                     gpointer                user_data,
                                     GCancellable           *cancellable,
                                     GError                **error);

G_END_DECLS
