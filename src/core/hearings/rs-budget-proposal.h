/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_BUDGET_PROPOSAL (rs_budget_proposal_get_type ())
G_DECLARE_FINAL_TYPE (RsBudgetProposal, rs_budget_proposal, RS, BUDGET_PROPOSAL, GObject)

/* One of the administration's budget proposals (budgetforslag) a hearing
 * round asks about: a number ("S-12"), a title, a budget area, an amount in
 * kroner (negative: a saving) and the administration's comment. */
RsBudgetProposal *rs_budget_proposal_new          (const char       *number,
                                                   const char       *title);

#define RS_BUDGET_PROPOSAL_STRING(field)                                         \
  const char *rs_budget_proposal_get_##field (RsBudgetProposal *self);           \
  void        rs_budget_proposal_set_##field (RsBudgetProposal *self,            \
                                              const char       *value);
RS_BUDGET_PROPOSAL_STRING (number)
RS_BUDGET_PROPOSAL_STRING (title)
RS_BUDGET_PROPOSAL_STRING (area)
RS_BUDGET_PROPOSAL_STRING (comment)
#undef RS_BUDGET_PROPOSAL_STRING

/* A snapshot with the same id, round and fields. */
RsBudgetProposal *rs_budget_proposal_copy         (RsBudgetProposal *self);
gint64      rs_budget_proposal_get_id         (RsBudgetProposal *self);
void        rs_budget_proposal_set_id         (RsBudgetProposal *self,
                                               gint64            id);
gint64      rs_budget_proposal_get_round_id   (RsBudgetProposal *self);
void        rs_budget_proposal_set_round_id   (RsBudgetProposal *self,
                                               gint64            round_id);
gboolean    rs_budget_proposal_has_amount     (RsBudgetProposal *self);
gint64      rs_budget_proposal_get_amount     (RsBudgetProposal *self);
void        rs_budget_proposal_set_amount     (RsBudgetProposal *self,
                                               gint64            kroner);
void        rs_budget_proposal_clear_amount   (RsBudgetProposal *self);
/* "S-12 Lukning af Skovhuse Bibliotek" */
char       *rs_budget_proposal_dup_label      (RsBudgetProposal *self);

/* An amount as Danes write it: "-2.500.000", "2500000", "1.250.000,50 kr.",
 * "-2,5 mio." (kroner, rounded). FALSE when it is not an amount. */
gboolean    rs_amount_parse                   (const char       *text,
                                               gint64           *kroner);
/* "−2.500.000 kr." */
char       *rs_amount_format                  (gint64            kroner);

G_END_DECLS
