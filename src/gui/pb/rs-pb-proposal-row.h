/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-pb-proposal.h"

G_BEGIN_DECLS

#define RS_TYPE_PB_PROPOSAL_ROW (rs_pb_proposal_row_get_type ())
G_DECLARE_FINAL_TYPE (RsPbProposalRow, rs_pb_proposal_row, RS, PB_PROPOSAL_ROW, AdwActionRow)

/* A proposal in the assessment list: number and title, cost, district,
 * theme, votes and the assessment, with buttons for pb.mark-feasible and
 * pb.mark-not-feasible (targets: the proposal's id). */
GtkWidget    *rs_pb_proposal_row_new          (RsPbProposal    *proposal);
RsPbProposal *rs_pb_proposal_row_get_proposal (RsPbProposalRow *self);

G_END_DECLS
