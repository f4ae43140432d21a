/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-selection-result.h"
#include "rs-solver.h"

G_BEGIN_DECLS

/* The committee ILP over types: column t is the number of people of type t
 * on the panel (0..count[t]); rows: panel size, every quota, and at most one
 * person per shared household. @min / @max override the quotas when given. */
RsSolverIlp *rs_selection_build_ilp (RsSelectionInstance *instance,
                                     RsSelectionTypes    *types,
                                     const int           *min,
                                     const int           *max);

/* Checks counts per type against every quota and the household rule
 * without any solver. Returns FALSE and sets @error when violated. */
gboolean     rs_selection_check_panel (RsSelectionInstance *instance,
                                       RsSelectionTypes    *types,
                                       const int           *counts,
                                       GError             **error);

G_END_DECLS
