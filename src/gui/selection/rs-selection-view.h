/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-context.h"
#include "rs-selection-store.h"

G_BEGIN_DECLS

typedef enum
{
  RS_SELECTION_VIEW_LOADING,
  RS_SELECTION_VIEW_INFEASIBLE,
  RS_SELECTION_VIEW_CHECKED,
  RS_SELECTION_VIEW_COMPUTING,
  RS_SELECTION_VIEW_COMPUTED,
  RS_SELECTION_VIEW_DRAWN,
  RS_SELECTION_VIEW_FAILED,
} RsSelectionViewState;

#define RS_TYPE_SELECTION_VIEW (rs_selection_view_get_type ())
G_DECLARE_FINAL_TYPE (RsSelectionView, rs_selection_view, RS, SELECTION_VIEW, AdwBin)

/* The draw of one panel: check → compute (progress, cancel) → chart →
 * seed → draw → panel and reserve list (saved, statuses written back) →
 * history. Checks the pool as soon as it is shown. */
GtkWidget            *rs_selection_view_new       (RsContext       *context,
                                                   gint64           panel_id);
void                  rs_selection_view_check     (RsSelectionView *self);
void                  rs_selection_view_compute   (RsSelectionView *self);
/* Draws with @seed (NULL: the entry's text, or a fresh one) and saves. */
void                  rs_selection_view_draw      (RsSelectionView *self,
                                                   const char      *seed);
/* Replaces @dropped (gint64 person ids of the latest draw) off the UI
 * thread; shows who replaces whom and reloads the history. */
void                  rs_selection_view_replace   (RsSelectionView *self,
                                                   GArray          *dropped);
/* The last replacement made in this view, or NULL (for tests). */
const RsSelectionReplacement *rs_selection_view_get_replacement (RsSelectionView *self);
/* Writes the protocol of the draw made in this view to @path (".html":
 * HTML, otherwise PDF) in @language ("da", "en", NULL: the user's) in a
 * worker thread. */
void                  rs_selection_view_save_protocol (RsSelectionView *self,
                                                       const char      *path,
                                                       const char      *language);
int                   rs_selection_view_get_n_protocols_written (RsSelectionView *self);
RsSelectionViewState  rs_selection_view_get_state (RsSelectionView *self);
/* Rows shown in the panel list and the history (for tests). */
int                   rs_selection_view_get_n_members (RsSelectionView *self);
int                   rs_selection_view_get_n_runs    (RsSelectionView *self);
int                   rs_selection_view_get_pool_size (RsSelectionView *self);

G_END_DECLS
