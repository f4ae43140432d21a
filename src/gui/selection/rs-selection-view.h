/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-context.h"

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
RsSelectionViewState  rs_selection_view_get_state (RsSelectionView *self);
/* Rows shown in the panel list and the history (for tests). */
int                   rs_selection_view_get_n_members (RsSelectionView *self);
int                   rs_selection_view_get_n_runs    (RsSelectionView *self);

G_END_DECLS
