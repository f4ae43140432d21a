/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  char   *district;
  gint64  amount;
} RsPbEnvelope;

#define RS_TYPE_PB_POOL (rs_pb_pool_get_type ())
G_DECLARE_FINAL_TYPE (RsPbPool, rs_pb_pool, RS, PB_POOL, GObject)

/* A development pool (udviklingspulje) of a budget process: the amount
 * citizens decide on, its years, optional envelopes per district, who may
 * vote, the ballot and the counting rule, and the phase dates. */
RsPbPool     *rs_pb_pool_new               (void);
gint64        rs_pb_pool_get_id            (RsPbPool   *self);
gint64        rs_pb_pool_get_process_id    (RsPbPool   *self);
const char   *rs_pb_pool_get_name          (RsPbPool   *self);
gint64        rs_pb_pool_get_amount        (RsPbPool   *self);
int           rs_pb_pool_get_first_year    (RsPbPool   *self);
int           rs_pb_pool_get_last_year     (RsPbPool   *self);
/* approval, k-approval or knapsack */
const char   *rs_pb_pool_get_ballot_kind   (RsPbPool   *self);
int           rs_pb_pool_get_max_choices   (RsPbPool   *self);
int           rs_pb_pool_get_min_age       (RsPbPool   *self);
gboolean      rs_pb_pool_get_district_only (RsPbPool   *self);
const char   *rs_pb_pool_get_rule          (RsPbPool   *self);
gint64        rs_pb_pool_get_tie_seed      (RsPbPool   *self);
const char   *rs_pb_pool_get_voting_from   (RsPbPool   *self);
const char   *rs_pb_pool_get_voting_to     (RsPbPool   *self);
/* The phases' dates (YYYY-MM-DD or NULL): proposals until, assessment
 * until, voting from–to, result on. */
const char   *rs_pb_pool_get_proposals_to  (RsPbPool   *self);
const char   *rs_pb_pool_get_assessment_to (RsPbPool   *self);
const char   *rs_pb_pool_get_result_on     (RsPbPool   *self);
/* RsPbEnvelope, sorted by district. */
GPtrArray    *rs_pb_pool_get_envelopes     (RsPbPool   *self);
void          rs_pb_pool_set_envelope      (RsPbPool   *self,
                                            const char *district,
                                            gint64      amount);
/* What the envelopes leave for municipality-wide proposals. */
gint64        rs_pb_pool_get_common_amount (RsPbPool   *self);

G_END_DECLS
