/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-pool-mapping.h"

G_BEGIN_DECLS

typedef void (*RsPoolImportProgress) (double   fraction,
                                      guint    rows,
                                      gpointer user_data);

typedef struct
{
  guint rows;       /* people imported */
  int   flagged;    /* people flagged for review (duplicates, households) */
} RsPoolImportResult;

/* The header of a pool file and up to @max_distinct (0: all) distinct
 * values per column, read from the whole file, for the mapping step. */
typedef struct
{
  GPtrArray *header;    /* char * */
  GPtrArray *distinct;  /* GPtrArray of char * per column */
  guint      rows;
  char       separator;
  char      *encoding;
} RsPoolScan;

RsPoolScan *rs_pool_scan                    (GBytes              *bytes,
                                             const char          *file_name,
                                             guint                max_distinct,
                                             GError             **error);
void        rs_pool_scan_free               (RsPoolScan          *scan);

/* Imports every row of a pool file into a panel in one transaction: all or
 * nothing. Every problem is reported with line and column. With a NULL
 * @mapping the stored one (or a guess from the header) is used; the mapping
 * used is stored in import_mapping. */
gboolean    rs_pool_import                  (RsDatabase          *db,
                                             gint64               panel_id,
                                             GBytes              *bytes,
                                             const char          *file_name,
                                             RsPoolMapping       *mapping,
                                             RsPoolImportProgress progress,
                                             gpointer             progress_data,
                                             GCancellable        *cancellable,
                                             RsPoolImportResult  *result,
                                             GError             **error);
/* The same on the database thread; @progress is called on the caller's main
 * context and must stay valid until the callback. */
void        rs_pool_import_async            (RsDatabase          *db,
                                             gint64               panel_id,
                                             GFile               *file,
                                             RsPoolMapping       *mapping,
                                             RsPoolImportProgress progress,
                                             gpointer             progress_data,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    rs_pool_import_finish           (GAsyncResult        *result,
                                             RsPoolImportResult  *out,
                                             GError             **error);
RsPoolMapping *rs_pool_import_load_mapping  (RsDatabase          *db,
                                             gint64               panel_id,
                                             GError             **error);

/* The stored mapping on the database thread (rs-panel-store-async.c); the
 * finish returns NULL, without an error, when there is none or it cannot
 * be read (the import then guesses from the header). */
void           rs_pool_import_load_mapping_async  (RsDatabase          *db,
                                                   gint64               panel_id,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
RsPoolMapping *rs_pool_import_load_mapping_finish (RsDatabase          *db,
                                                   GAsyncResult        *result,
                                                   GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsPoolScan, rs_pool_scan_free)

G_END_DECLS
