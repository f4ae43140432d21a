/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

#include "rs-pb-election.h"

G_BEGIN_DECLS

typedef enum
{
  RS_PB_RULE_GREEDY,
  RS_PB_RULE_EQUAL_SHARES,
  RS_PB_RULE_EQUAL_SHARES_ADD1,
} RsPbRule;

typedef enum
{
  RS_PB_STATUS_NOT_FUNDED,
  RS_PB_STATUS_FUNDED,             /* by the rule: an MES round or its greedy rank */
  RS_PB_STATUS_FUNDED_COMPLETION,  /* Add1U only: the fill by votes of what was left */
} RsPbStatus;

/* Why a project was (not) funded, in numbers; rs_pb_result_explain() words it. */
typedef struct
{
  RsPbStatus status;
  guint      votes;            /* approvals */
  guint      position;         /* 1-based place in the funding order; 0 when not funded */
  guint      rank;             /* greedy: 1-based place in the order by votes */
  double     max_payment;      /* MES funded: ρ, the most any supporter paid */
  guint      payers;           /* MES funded: supporters who paid */
  double     supporters_left;  /* MES not funded: what its supporters had left at the end */
  int        spent_on[2];      /* MES not funded: funded projects its supporters spent most on */
  double     spent_on_amount[2];
  gint64     left;             /* greedy and fill: the budget left when its turn came */
} RsPbOutcome;

typedef struct
{
  RsPbRule     rule;
  guint64      seed;
  gint64       budget;
  gint64       spent;
  guint        n_voters;
  guint        n_projects;
  GArray      *funded;            /* guint project indices, in funding order */
  RsPbOutcome *outcomes;          /* one per project */
  double       share;             /* MES: each voter's initial share in the final run */
  guint        completion_steps;  /* Add1U: how many times every share was raised by 1 */
  guint       *tie_order;         /* all projects: cost ascending, votes descending, lot */
  char       **lot_keys;          /* per project: SHA-256 of "<seed>:<id>", hex */
  GPtrArray   *lot_ties;          /* char *: "id,id,…" groups a tie was decided by lot in */
} RsPbResult;

const char *rs_pb_rule_to_string   (RsPbRule            rule);
gboolean    rs_pb_rule_from_string (const char         *text,
                                    RsPbRule           *out);
const char *rs_pb_rule_get_label   (RsPbRule            rule);

RsPbResult *rs_pb_count            (const RsPbElection *election,
                                    RsPbRule            rule,
                                    guint64             seed);
/* Counts only the funding order of an Equal Shares run with a fixed initial
 * share per voter (no completion); for tests and the benchmark. */
GArray     *rs_pb_equal_shares_with_share (const RsPbElection *election,
                                    double              share,
                                    guint64             seed);
void        rs_pb_result_free      (RsPbResult         *self);
/* One translated sentence saying why @project was funded or not. */
char       *rs_pb_result_explain   (const RsPbResult   *self,
                                    const RsPbElection *election,
                                    guint               project);
gboolean    rs_pb_result_is_funded (const RsPbResult   *self,
                                    guint               project);
/* Whole currency units grouped by thousands with a narrow space: "5 000 000". */
char       *rs_pb_format_amount    (gint64              amount);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsPbResult, rs_pb_result_free)

G_END_DECLS
