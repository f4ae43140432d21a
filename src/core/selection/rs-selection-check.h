/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "rs-selection-instance.h"

G_BEGIN_DECLS

/* One suggested quota change. */
typedef struct
{
  int value;
  int old_min;
  int new_min;
  int old_max;
  int new_max;
} RsSelectionChange;

typedef struct
{
  gboolean   feasible;
  GPtrArray *problems;   /* translated sentences, why not */
  GArray    *changes;    /* RsSelectionChange: the smallest relaxation */
  gboolean   relaxable;  /* FALSE when no quota change within the flex helps */
} RsSelectionCheck;

/* Σmin ≤ k ≤ Σmax per category, coverage of every minimum, the largest Σmin
 * against the smallest Σmax, and an exact ILP test; when infeasible, an ILP
 * that minimises the total quota change (within min_flex/max_flex). */
RsSelectionCheck *rs_selection_check       (RsSelectionInstance *instance,
                                            GCancellable        *cancellable,
                                            GError             **error);
void              rs_selection_check_free  (RsSelectionCheck    *check);
/* Plain words: "Lower the minimum for “age 18–29” from 14 to 11." */
GPtrArray        *rs_selection_check_describe (RsSelectionCheck    *check,
                                               RsSelectionInstance *instance);
/* Feasible quotas can still leave some volunteers with no chance at all
 * (e.g. a value with maximum 0). Returns translated sentences: who, by
 * their category values, and what to relax; empty when everyone can be
 * drawn; NULL with @error when cancelled. */
GPtrArray        *rs_selection_zero_chance    (RsSelectionInstance *instance,
                                               int                 *n_people_out,
                                               GCancellable        *cancellable,
                                               GError             **error);
JsonNode         *rs_selection_check_to_json  (RsSelectionCheck    *check,
                                               RsSelectionInstance *instance);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsSelectionCheck, rs_selection_check_free)

G_END_DECLS
