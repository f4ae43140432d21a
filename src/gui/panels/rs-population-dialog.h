/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-database.h"

G_BEGIN_DECLS

#define RS_TYPE_POPULATION_DIALOG (rs_population_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsPopulationDialog, rs_population_dialog, RS, POPULATION_DIALOG, AdwWindow)

/* Fetches population figures of one municipality from Statistics Denmark
 * (base URL from RAADSLAG_DST_BASE_URL, else @settings' dst-base-url) off
 * the UI thread, with progress and Cancel (action population.cancel). "Use as Targets" emits
 * ::use-targets with the stored benchmarks (a GPtrArray of RsBenchmark). */
RsPopulationDialog *rs_population_dialog_new          (GtkWindow          *parent,
                                                       RsDatabase         *db,
                                                       GSettings          *settings);
/* By code ("461") or name; FALSE when unknown. */
gboolean            rs_population_dialog_select       (RsPopulationDialog *self,
                                                       const char         *municipality);
/* For tests: TRUE once figures are loaded, or an error was shown. */
gboolean            rs_population_dialog_is_done      (RsPopulationDialog *self);
gboolean            rs_population_dialog_has_figures  (RsPopulationDialog *self);
const char         *rs_population_dialog_get_message  (RsPopulationDialog *self);
/* The source credit and period of each table, one a line. */
char               *rs_population_credit_text         (GPtrArray          *benchmarks);

G_END_DECLS
