/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gtk/gtk.h>

#include "rs-representativeness.h"

G_BEGIN_DECLS

#define RS_TYPE_REPR_CHART (rs_repr_chart_get_type ())
G_DECLARE_FINAL_TYPE (RsReprChart, rs_repr_chart, RS, REPR_CHART, GtkWidget)

/* The representativeness bar chart, drawn through GtkSnapshot with the
 * same cairo code the PNG/PDF export uses. */
GtkWidget *rs_repr_chart_new      (void);
/* Does not take ownership; @data must outlive the chart or be replaced. */
void       rs_repr_chart_set_data (RsReprChart          *self,
                                   RsRepresentativeness *data);

G_END_DECLS
