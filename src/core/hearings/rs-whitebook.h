/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-document.h"
#include "rs-progress.h"

G_BEGIN_DECLS

/* How the body of the white book is ordered. */
typedef enum
{
  RS_WHITEBOOK_ORDER_THEME = 0,  /* coded points grouped by theme, then the uncoded responses */
  RS_WHITEBOOK_ORDER_RESPONSE,   /* every response in the order received, with its points */
} RsWhitebookOrder;

typedef struct
{
  /* Off by default: private citizens appear as "Private citizen N" and their
   * details are removed from the text. */
  gboolean show_private_names;
  /* Counts below this are printed as "fewer than N" (0 turns it off). */
  int      small_cell_limit;
  RsWhitebookOrder order;
  /* The report language: "da", "en"..., or NULL for the user's. */
  const char      *language;
} RsWhitebookOptions;

typedef void (*RsWhitebookProgress) (double   fraction,
                                     gpointer user_data);

/* The white book (hvidbog) of a hearing round as a document: front page,
 * summary statistics, the coded points by theme with the administration's
 * comments and decisions, the uncoded responses in full (or, ordered per
 * response, every response in the order received with its summary and its
 * points, or its full text when uncoded), and an annex of the consulted
 * parties and their status. */
RsDocument *rs_whitebook_build  (RsDatabase                *db,
                                 gint64                     round_id,
                                 const RsWhitebookOptions  *options,
                                 GCancellable              *cancellable,
                                 RsWhitebookProgress        progress,
                                 gpointer                   user_data,
                                 GError                   **error);
/* rs_whitebook_build() for the GUI, on the database thread: @options are
 * copied, @progress runs on the caller's context. */
void        rs_whitebook_build_async  (RsDatabase                *db,
                                       gint64                     round_id,
                                       const RsWhitebookOptions  *options,
                                       RsProgressFunc             progress,
                                       gpointer                   progress_data,
                                       GDestroyNotify             progress_destroy,
                                       GCancellable              *cancellable,
                                       GAsyncReadyCallback        callback,
                                       gpointer                   user_data);
RsDocument *rs_whitebook_build_finish (RsDatabase                *db,
                                       GAsyncResult              *result,
                                       GError                   **error);
gboolean    rs_whitebook_export (RsDatabase                *db,
                                 gint64                     round_id,
                                 const RsWhitebookOptions  *options,
                                 RsDocumentFormat           format,
                                 const char                *path,
                                 GCancellable              *cancellable,
                                 RsWhitebookProgress        progress,
                                 gpointer                   user_data,
                                 GError                   **error);

G_END_DECLS
