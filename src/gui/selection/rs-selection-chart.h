/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RS_TYPE_SELECTION_CHART (rs_selection_chart_get_type ())
G_DECLARE_FINAL_TYPE (RsSelectionChart, rs_selection_chart, RS, SELECTION_CHART, GtkWidget)

/* Sorted selection probabilities, one line per method (LEXIMIN, and
 * LEGACY for comparison), with the equal share k/n as a dashed line. */
GtkWidget *rs_selection_chart_new        (void);
/* @probabilities: n values (any order); NULL clears the series. */
void       rs_selection_chart_set_series (RsSelectionChart *self,
                                          int               series,
                                          const double     *probabilities,
                                          int               n);
void       rs_selection_chart_set_share  (RsSelectionChart *self,
                                          double            share);
int        rs_selection_chart_get_n      (RsSelectionChart *self,
                                          int               series);

G_END_DECLS
