/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

/* For rs-leximin.c and rs-leximin-columns.c only: the state of one
 * LEXIMIN computation and the column generation's pieces. */

#include "rs-selection-model.h"

G_BEGIN_DECLS

#define MW_ROUNDS   400   /* ILPs are cheaper than LP re-solves: measured on the sample */

typedef struct
{
  RsSelectionInstance *instance;
  RsSelectionTypes    *types;
  RsSolverIlp         *ilp;
  GPtrArray           *panels;   /* int* counts */
  GHashTable          *known;    /* key string -> index+1 */
  RsSelectionStats    *stats;
  RsSelectionProgress  progress;
  gpointer             user_data;
  GCancellable        *cancellable;
  double               gap_eps;    /* a level is done when upper − lower ≤ this */
  double               price_gap;  /* pricing tolerance */
} Ctx;

/* A tuning knob of the fast path (RS_LEXIMIN_TUNE=name=value,…). */
int rs_leximin_tune (const char *name,
                     int         fallback);

#define N_DIVERSE    rs_leximin_tune ("diverse", 24)     /* further pricing ILPs with damped weights per round */
#define DIVERSE_ALL  rs_leximin_tune ("diverse_all", 1)  /* keep them all, not only those that price in now */

/* Finding panels (columns): rs-leximin-columns.c. */
gboolean rs_leximin_price_gap (Ctx *ctx, const double *obj, double gap, int *counts, double *value, double *bound, GError **error);
gboolean rs_leximin_price (Ctx *ctx, const double *obj, int *counts, double *value, GError **error);
int rs_leximin_add_panel (Ctx *ctx, const int *counts, gboolean *is_new);
gboolean rs_leximin_cancelled (Ctx *ctx, GError **error);
gboolean rs_leximin_initial_panels (Ctx *ctx, gboolean *impossible, GError **error);
int *rs_leximin_household_groups (Ctx *ctx);
int rs_leximin_swap_neighbours (Ctx *ctx, const int *group, const int *counts, const double *obj, double value, double threshold, int *out_counts, /* N_NEIGHBOURS × T */ int max_out);
void rs_leximin_price_diverse (Ctx *ctx, const double *obj, const int *counts, double threshold, GArray *found);

G_END_DECLS
