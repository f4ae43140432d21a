/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-selection-result.h"
#include "rs-selection-rng.h"

G_BEGIN_DECLS

/* A panel drawn from a result with a recorded seed, and its ordered
 * reserve list (people outside the panel and outside its households). */
typedef struct
{
  char   *seed;
  int     panel_index;  /* index into result->panels, -1 for LEGACY */
  GArray *members;      /* int person indices, ascending */
  GArray *reserves;     /* int person indices, in reserve order */
} RsSelectionDraw;

RsSelectionDraw *rs_selection_draw      (RsSelectionResult   *result,
                                         const char          *seed,
                                         int                  n_reserves,
                                         GError             **error);
void             rs_selection_draw_free (RsSelectionDraw     *draw);

/* Replacements after drop-outs: @members are the remaining members,
 * @excluded people who must not be chosen (drop-outs, declined). Prefers
 * reserves in their order, then a seeded random order; every quota holds
 * and no housemate of a member is chosen. Returns int person indices. */
GArray          *rs_selection_replace   (RsSelectionInstance *instance,
                                         GArray              *members,
                                         GArray              *excluded,
                                         GArray              *reserves,
                                         const char          *seed,
                                         GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsSelectionDraw, rs_selection_draw_free)

G_END_DECLS
