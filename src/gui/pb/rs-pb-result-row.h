/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-pb-comparison.h"

G_BEGIN_DECLS

#define RS_TYPE_PB_RESULT_ROW (rs_pb_result_row_get_type ())
G_DECLARE_FINAL_TYPE (RsPbResultRow, rs_pb_result_row, RS, PB_RESULT_ROW, AdwActionRow)

/* A project in the result: Equal Shares' verdict with its explanation,
 * and greedy's verdict beside it (its explanation as the tooltip). */
GtkWidget *rs_pb_result_row_new (RsPbComparison *item);

G_END_DECLS
