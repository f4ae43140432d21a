/* SPDX-License-Identifier: MPL-2.0 */
/* Which entity kind a write to each table announces on the change path,
 * and how to find the process it belongs to. */
#include "config.h"

#include "rs-change-table.h"

#define VIA_PANEL(t) "SELECT p.process_id FROM " t " x JOIN panel p ON p.id = x.panel_id WHERE x.id = ?1"
#define VIA_ROUND(t) "SELECT r.process_id FROM " t " x JOIN hearing_round r ON r.id = x.round_id WHERE x.id = ?1"

static const RsChangeTable table_kinds[] = {
  { "budget_process", RS_CHANGE_PROCESS, TRUE, "SELECT id FROM budget_process WHERE id = ?1" },
  { "phase", RS_CHANGE_PHASE, TRUE, "SELECT process_id FROM phase WHERE id = ?1" },
  { "theme", RS_CHANGE_PROCESS, FALSE, NULL },
  { "budget_area", RS_CHANGE_PROCESS, FALSE, NULL },
  { "attachment", RS_CHANGE_OTHER, FALSE, NULL },
  { "panel", RS_CHANGE_PANEL, TRUE, "SELECT process_id FROM panel WHERE id = ?1" },
  { "category", RS_CHANGE_CATEGORY, TRUE, VIA_PANEL ("category") },
  { "category_value", RS_CHANGE_CATEGORY, FALSE, NULL },
  { "person", RS_CHANGE_PERSON, TRUE, VIA_PANEL ("person") },
  { "person_contact", RS_CHANGE_PERSON, FALSE, NULL },
  { "person_attribute", RS_CHANGE_PERSON, FALSE, NULL },
  { "consent", RS_CHANGE_PERSON, FALSE, NULL },
  { "population_benchmark", RS_CHANGE_POPULATION, FALSE, NULL },
  { "population_count", RS_CHANGE_POPULATION, FALSE, NULL },
  { "selection_run", RS_CHANGE_SELECTION_RUN, TRUE, VIA_PANEL ("selection_run") },
  { "selection_member", RS_CHANGE_SELECTION_RUN, FALSE, NULL },
  { "lab", RS_CHANGE_LAB, TRUE, "SELECT process_id FROM lab WHERE id = ?1" },
  { "session", RS_CHANGE_SESSION, TRUE, "SELECT process_id FROM session WHERE id = ?1" },
  { "agenda_item", RS_CHANGE_SESSION, FALSE, NULL },
  { "checklist_item", RS_CHANGE_SESSION, FALSE, NULL },
  { "registration", RS_CHANGE_REGISTRATION, TRUE,
    "SELECT s.process_id FROM registration x JOIN session s ON s.id = x.session_id WHERE x.id = ?1" },
  { "idea", RS_CHANGE_IDEA, TRUE, "SELECT process_id FROM idea WHERE id = ?1" },
  { "evaluation", RS_CHANGE_EVALUATION, TRUE, NULL },
  { "evaluation_answer", RS_CHANGE_EVALUATION, FALSE, NULL },
  { "hearing_round", RS_CHANGE_HEARING_ROUND, TRUE, "SELECT process_id FROM hearing_round WHERE id = ?1" },
  { "consulted_party", RS_CHANGE_CONSULTED_PARTY, TRUE, NULL },
  { "hearing_invitation", RS_CHANGE_CONSULTED_PARTY, FALSE, NULL },
  { "hearing_response", RS_CHANGE_RESPONSE, TRUE, VIA_ROUND ("hearing_response") },
  { "hearing_response_trash", RS_CHANGE_RESPONSE, FALSE, NULL },
  { "response_signature", RS_CHANGE_RESPONSE, FALSE, NULL },
  { "response_signature_band", RS_CHANGE_RESPONSE, FALSE, NULL },
  { "response_group_member", RS_CHANGE_RESPONSE, FALSE, NULL },
  { "response_point", RS_CHANGE_POINT, TRUE,
    "SELECT r.process_id FROM response_point x JOIN hearing_response h ON h.id = x.response_id "
    "JOIN hearing_round r ON r.id = h.round_id WHERE x.id = ?1" },
  { "budget_proposal", RS_CHANGE_PROPOSAL, TRUE, VIA_ROUND ("budget_proposal") },
  { "recommendation", RS_CHANGE_RECOMMENDATION, TRUE, "SELECT process_id FROM recommendation WHERE id = ?1" },
  { "recommendation_cost", RS_CHANGE_RECOMMENDATION, FALSE, NULL },
  { "recommendation_origin", RS_CHANGE_RECOMMENDATION, FALSE, NULL },
  { "recommendation_lineage", RS_CHANGE_RECOMMENDATION, FALSE, NULL },
  { "council_decision", RS_CHANGE_COUNCIL_DECISION, TRUE,
    "SELECT r.process_id FROM council_decision x JOIN recommendation r ON r.id = x.recommendation_id "
    "WHERE x.id = ?1" },
  { "milestone", RS_CHANGE_COUNCIL_DECISION, FALSE, NULL },
  { "council_submission", RS_CHANGE_COUNCIL_SUBMISSION, TRUE,
    "SELECT process_id FROM council_submission WHERE id = ?1" },
  { "process_retention", RS_CHANGE_PRIVACY, FALSE, NULL },
  { "personal_data_erasure", RS_CHANGE_PRIVACY, FALSE, NULL },
  { "district", RS_CHANGE_INVOLVEMENT, TRUE, "SELECT process_id FROM district WHERE id = ?1" },
  { "invitation_address", RS_CHANGE_INVOLVEMENT, TRUE, "SELECT process_id FROM invitation_address WHERE id = ?1" },
  { "invitation_draw", RS_CHANGE_INVOLVEMENT, TRUE, "SELECT process_id FROM invitation_draw WHERE id = ?1" },
  { "invitation", RS_CHANGE_INVOLVEMENT, FALSE, NULL },
  { "engagement_target", RS_CHANGE_INVOLVEMENT, FALSE, NULL },
  { "letter_template", RS_CHANGE_INVOLVEMENT, FALSE, NULL },
  { "citizen_comment", RS_CHANGE_INVOLVEMENT, TRUE, "SELECT process_id FROM citizen_comment WHERE id = ?1" },
  { "comment_link", RS_CHANGE_RECOMMENDATION, FALSE, NULL },
  { "participant", RS_CHANGE_REGISTRATION, FALSE, NULL },
  { "open_registration", RS_CHANGE_REGISTRATION, FALSE, NULL },
  { "open_meeting_target", RS_CHANGE_SESSION, FALSE, NULL },
};

#undef VIA_PANEL
#undef VIA_ROUND

const RsChangeTable *
rs_change_table_lookup (const char *table)
{
  static GHashTable *by_name;

  if (g_once_init_enter (&by_name))
    {
      GHashTable *h = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (table_kinds); i++)
        g_hash_table_insert (h, (gpointer) table_kinds[i].table, (gpointer) &table_kinds[i]);
      g_once_init_leave (&by_name, h);
    }
  return g_hash_table_lookup (by_name, table);
}

const char *
rs_change_table_process_sql (RsChangeKind kind)
{
  for (guint t = 0; t < G_N_ELEMENTS (table_kinds); t++)
    if (table_kinds[t].kind == kind && table_kinds[t].rowid_is_entity && table_kinds[t].process_sql != NULL)
      return table_kinds[t].process_sql;
  return NULL;
}
