/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-document.h"
#include "rs-pb-storage.h"

G_BEGIN_DECLS

/* Reports of a development pool, for PDF, ODT or HTML through RsDocument:
 * the ballot list (what stands on the ballot, and what was found not
 * feasible and why) and the result (per envelope, every project with its
 * explanation, Equal Shares beside greedy, and the protocol: input hash,
 * rule, seed, tie order and ties decided by lot). No personal data. */
RsDocument *rs_pb_report_ballot_list (RsPbPool            *pool,
                                      GPtrArray           *proposals,
                                      const char          *language);
RsDocument *rs_pb_report_result      (RsPbPool            *pool,
                                      const RsPbPoolCount *count,
                                      const RsPbPoolCount *other,
                                      const char          *language);

G_END_DECLS
