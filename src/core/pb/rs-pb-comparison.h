/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-pb-storage.h"

G_BEGIN_DECLS

#define RS_TYPE_PB_COMPARISON (rs_pb_comparison_get_type ())
G_DECLARE_FINAL_TYPE (RsPbComparison, rs_pb_comparison, RS, PB_COMPARISON, GObject)

/* One project as two counts of the same pool see it (Equal Shares next to
 * greedy), with each rule's explanation; the result page lists these. */
const char *rs_pb_comparison_get_code              (RsPbComparison *self);
const char *rs_pb_comparison_get_title             (RsPbComparison *self);
const char *rs_pb_comparison_get_envelope          (RsPbComparison *self);
gint64      rs_pb_comparison_get_cost              (RsPbComparison *self);
guint       rs_pb_comparison_get_votes             (RsPbComparison *self);
gboolean    rs_pb_comparison_get_funded            (RsPbComparison *self);
gboolean    rs_pb_comparison_get_other_funded      (RsPbComparison *self);
const char *rs_pb_comparison_get_explanation       (RsPbComparison *self);
const char *rs_pb_comparison_get_other_explanation (RsPbComparison *self);

/* RsPbComparison items: every project of @count, envelope by envelope,
 * funded ones first in funding order, beside @other (same pool). */
GListModel *rs_pb_comparison_list_new              (const RsPbPoolCount *count,
                                                    const RsPbPoolCount *other);

G_END_DECLS
