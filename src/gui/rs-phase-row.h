/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-phase.h"

G_BEGIN_DECLS

#define RS_TYPE_PHASE_ROW (rs_phase_row_get_type ())
G_DECLARE_FINAL_TYPE (RsPhaseRow, rs_phase_row, RS, PHASE_ROW, AdwActionRow)

GtkWidget *rs_phase_row_new       (RsPhase    *phase);
RsPhase   *rs_phase_row_get_phase (RsPhaseRow *self);
/* Shows the phase's dates again (after they were set from elsewhere). */
void       rs_phase_row_refresh   (RsPhaseRow *self);

G_END_DECLS
