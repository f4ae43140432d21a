/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-report"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-pb-report.h"

RsDocument *
rs_pb_report_ballot_list (RsPbPool   *pool,
                          GPtrArray  *proposals,
                          const char *language)
{
  RsDocument *doc = rs_document_new (_("Ballot list"), language);
  g_autofree char *amount = rs_pb_format_amount (rs_pb_pool_get_amount (pool));
  const char * const header[] = { C_("proposal", "Number"), _("Proposal"), _("District"),
                                  _("Cost, DKK"), NULL };
  const char * const rejected_header[] = { C_("proposal", "Number"), _("Proposal"), _("Reason"),
                                           NULL };
  gboolean any_rejected = FALSE;

  rs_document_set_subtitle (doc, rs_pb_pool_get_name (pool));
  rs_document_add_field (doc, _("Amount, DKK"), amount);
  rs_document_add_heading (doc, 1, _("On the ballot"));
  rs_document_begin_table (doc, header);
  for (guint i = 0; i < proposals->len; i++)
    {
      RsPbProposal *p = g_ptr_array_index (proposals, i);
      g_autofree char *cost = rs_pb_format_amount (rs_pb_proposal_get_effective_cost (p));
      const char *row[] = { rs_pb_proposal_get_code (p), rs_pb_proposal_get_title (p),
                            rs_pb_proposal_get_district (p) ? rs_pb_proposal_get_district (p)
                                                            : _("Whole municipality"),
                            cost, NULL };

      if (rs_pb_proposal_is_on_ballot (p))
        rs_document_add_row (doc, row);
      else if (g_str_equal (rs_pb_proposal_get_status (p), "not-feasible"))
        any_rejected = TRUE;
    }
  rs_document_end_table (doc);
  if (any_rejected)
    {
      rs_document_add_heading (doc, 1, _("Not feasible"));
      rs_document_begin_table (doc, rejected_header);
      for (guint i = 0; i < proposals->len; i++)
        {
          RsPbProposal *p = g_ptr_array_index (proposals, i);
          const char *row[] = { rs_pb_proposal_get_code (p), rs_pb_proposal_get_title (p),
                                rs_pb_proposal_get_reason (p), NULL };

          if (g_str_equal (rs_pb_proposal_get_status (p), "not-feasible"))
            rs_document_add_row (doc, row);
        }
      rs_document_end_table (doc);
    }
  return doc;
}

RsDocument *
rs_pb_report_result (RsPbPool            *pool,
                     const RsPbPoolCount *count,
                     const RsPbPoolCount *other,
                     const char          *language)
{
  RsDocument *doc = rs_document_new (_("Result of the vote"), language);
  const char * const header[] = { C_("proposal", "Number"), _("Proposal"), _("Votes"), _("Cost, DKK"),
                                  _("Result"), _("Why"), NULL };
  g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, count->seed);

  rs_document_set_subtitle (doc, rs_pb_pool_get_name (pool));
  rs_document_set_show_toc (doc, TRUE);
  for (guint e = 0; e < count->results->len; e++)
    {
      RsPbResult *r = g_ptr_array_index (count->results, e);
      RsPbElection *el = g_ptr_array_index (count->elections, e);
      const char *envelope = g_ptr_array_index (count->envelopes, e);
      g_autofree char *budget = rs_pb_format_amount (r->budget);
      g_autofree char *spent = rs_pb_format_amount (r->spent);
      g_autofree char *voters = g_strdup_printf ("%u", r->n_voters);

      rs_document_add_heading (doc, 1, *envelope ? envelope : _("Whole municipality"));
      rs_document_add_field (doc, _("Amount, DKK"), budget);
      rs_document_add_field (doc, _("Spent, DKK"), spent);
      rs_document_add_field (doc, _("Voters"), voters);
      rs_document_begin_table (doc, header);
      for (int pass = 0; pass < 2; pass++)
        for (guint k = 0; k < (pass == 0 ? r->funded->len : r->n_projects); k++)
          {
            guint p = pass == 0 ? g_array_index (r->funded, guint, k) : k;
            const RsPbProject *proj = rs_pb_election_get_project (el, p);
            g_autofree char *votes = g_strdup_printf ("%u", r->outcomes[p].votes);
            g_autofree char *cost = rs_pb_format_amount (proj->cost);
            g_autofree char *why = rs_pb_result_explain (r, el, p);
            const char *row[] = { proj->id, proj->name, votes, cost,
                                  rs_pb_result_is_funded (r, p) ? _("Funded") : _("Not funded"),
                                  why, NULL };

            if (pass == 1 && rs_pb_result_is_funded (r, p))
              continue;
            rs_document_add_row (doc, row);
          }
      rs_document_end_table (doc);
      if (other != NULL && e < other->results->len)
        {
          RsPbResult *o = g_ptr_array_index (other->results, e);
          RsPbElection *oe = g_ptr_array_index (other->elections, e);
          g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
          g_autofree char *line = g_strdup_printf (_("For comparison, %s would fund:"),
                                                   rs_pb_rule_get_label (other->rule));

          for (guint k = 0; k < o->funded->len; k++)
            {
              const RsPbProject *proj = rs_pb_election_get_project (oe,
                                          g_array_index (o->funded, guint, k));
              g_ptr_array_add (items, g_strdup_printf ("%s %s", proj->id, proj->name));
            }
          g_ptr_array_add (items, NULL);
          rs_document_add_paragraph (doc, line);
          rs_document_add_list (doc, (const char * const *) items->pdata, TRUE);
        }
    }

  rs_document_add_heading (doc, 1, _("Protocol"));
  rs_document_add_field (doc, _("Rule"), rs_pb_rule_get_label (count->rule));
  rs_document_add_field (doc, _("Ballots, SHA-256"), count->input_sha256);
  rs_document_add_field (doc, _("Seed for the lot"), seed);
  rs_document_add_paragraph (doc, _("Ties: the lower cost, then more votes, then the lower "
                                    "SHA-256 of “<seed>:<project id>”."));
  for (guint e = 0; e < count->results->len; e++)
    {
      RsPbResult *r = g_ptr_array_index (count->results, e);
      RsPbElection *el = g_ptr_array_index (count->elections, e);
      const char *envelope = g_ptr_array_index (count->envelopes, e);
      g_autoptr(GPtrArray) order = g_ptr_array_new ();

      for (guint i = 0; i < r->n_projects; i++)
        g_ptr_array_add (order, rs_pb_election_get_project (el, r->tie_order[i])->id);
      g_ptr_array_add (order, NULL);
      rs_document_add_heading (doc, 2, *envelope ? envelope : _("Whole municipality"));
      rs_document_add_paragraph (doc, _("Tie order:"));
      rs_document_add_list (doc, (const char * const *) order->pdata, TRUE);
      if (r->lot_ties->len > 0)
        {
          g_ptr_array_add (r->lot_ties, NULL);
          rs_document_add_paragraph (doc, _("Ties decided by the lot:"));
          rs_document_add_list (doc, (const char * const *) r->lot_ties->pdata, FALSE);
          g_ptr_array_remove_index (r->lot_ties, r->lot_ties->len - 1);
        }
    }
  return doc;
}
