/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_PB_PROPOSAL (rs_pb_proposal_get_type ())
G_DECLARE_FINAL_TYPE (RsPbProposal, rs_pb_proposal, RS, PB_PROPOSAL, GObject)

/* A citizen's proposal for a development pool, as the ballot list and the
 * assessment show it (no personal data: the proposer is kept apart). All
 * fields are properties, so rows can bind to them. */
RsPbProposal *rs_pb_proposal_new                  (void);
gint64        rs_pb_proposal_get_id               (RsPbProposal *self);
gint64        rs_pb_proposal_get_pool_id          (RsPbProposal *self);
const char   *rs_pb_proposal_get_code             (RsPbProposal *self);
const char   *rs_pb_proposal_get_title            (RsPbProposal *self);
const char   *rs_pb_proposal_get_description      (RsPbProposal *self);
gint64        rs_pb_proposal_get_cost             (RsPbProposal *self);
/* -1 when the administration has not revised it. */
gint64        rs_pb_proposal_get_revised_cost     (RsPbProposal *self);
/* The revised cost when there is one, else the proposed cost. */
gint64        rs_pb_proposal_get_effective_cost   (RsPbProposal *self);
const char   *rs_pb_proposal_get_district         (RsPbProposal *self);
const char   *rs_pb_proposal_get_theme            (RsPbProposal *self);
/* submitted, feasible, not-feasible, merged, withdrawn */
const char   *rs_pb_proposal_get_status           (RsPbProposal *self);
const char   *rs_pb_proposal_get_reason           (RsPbProposal *self);
const char   *rs_pb_proposal_get_review_note      (RsPbProposal *self);
int           rs_pb_proposal_get_votes            (RsPbProposal *self);
/* Feasible proposals stand on the ballot. */
gboolean      rs_pb_proposal_is_on_ballot         (RsPbProposal *self);
/* A translated label of the status. */
const char   *rs_pb_proposal_status_label         (const char   *status);

G_END_DECLS
