/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-protocol"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rs-pb-protocol.h"

static const char *
status_nick (RsPbStatus status)
{
  switch (status)
    {
    case RS_PB_STATUS_FUNDED: return "funded";
    case RS_PB_STATUS_FUNDED_COMPLETION: return "funded-completion";
    case RS_PB_STATUS_NOT_FUNDED:
    default: return "not-funded";
    }
}

JsonNode *
rs_pb_protocol_to_json (const RsPbResult   *result,
                        const RsPbElection *election,
                        const char         *input_name,
                        const char         *input_sha256)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, result->seed);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, "raadslag-pb-protocol/1");
  json_builder_set_member_name (b, "inputs");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, input_name ? input_name : "");
  json_builder_set_member_name (b, "sha256");
  json_builder_add_string_value (b, input_sha256 ? input_sha256 : "");
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "rule");
  json_builder_add_string_value (b, rs_pb_rule_to_string (result->rule));
  json_builder_set_member_name (b, "seed");
  json_builder_add_string_value (b, seed);
  json_builder_set_member_name (b, "tie_breaking");
  json_builder_add_string_value (b, "lower cost, then more votes, then lower SHA-256 of "
                                    "\"<seed>:<project id>\"");
  json_builder_set_member_name (b, "tie_order");
  json_builder_begin_array (b);
  for (guint i = 0; i < result->n_projects; i++)
    json_builder_add_string_value (b, rs_pb_election_get_project (election,
                                                                  result->tie_order[i])->id);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "ties_decided_by_lot");
  json_builder_begin_array (b);
  for (guint i = 0; i < result->lot_ties->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (result->lot_ties, i));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "budget");
  json_builder_add_int_value (b, result->budget);
  json_builder_set_member_name (b, "voters");
  json_builder_add_int_value (b, result->n_voters);
  if (result->rule != RS_PB_RULE_GREEDY)
    {
      json_builder_set_member_name (b, "share_per_voter");
      json_builder_add_double_value (b, result->share);
      json_builder_set_member_name (b, "completion_steps");
      json_builder_add_int_value (b, result->completion_steps);
    }
  json_builder_set_member_name (b, "spent");
  json_builder_add_int_value (b, result->spent);
  json_builder_set_member_name (b, "funded");
  json_builder_begin_array (b);
  for (guint i = 0; i < result->funded->len; i++)
    json_builder_add_string_value (b, rs_pb_election_get_project (election,
                                      g_array_index (result->funded, guint, i))->id);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "projects");
  json_builder_begin_array (b);
  for (guint p = 0; p < result->n_projects; p++)
    {
      const RsPbProject *proj = rs_pb_election_get_project (election, p);
      g_autofree char *why = rs_pb_result_explain (result, election, p);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, proj->id);
      json_builder_set_member_name (b, "cost");
      json_builder_add_int_value (b, proj->cost);
      json_builder_set_member_name (b, "votes");
      json_builder_add_int_value (b, result->outcomes[p].votes);
      json_builder_set_member_name (b, "status");
      json_builder_add_string_value (b, status_nick (result->outcomes[p].status));
      json_builder_set_member_name (b, "lot_key");
      json_builder_add_string_value (b, result->lot_keys[p]);
      json_builder_set_member_name (b, "explanation");
      json_builder_add_string_value (b, why);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

char *
rs_pb_protocol_to_text (const RsPbResult   *result,
                        const RsPbElection *election,
                        const char         *input_name,
                        const char         *input_sha256)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "%s\n\n", _("Protocol of a participatory budgeting count"));
  g_string_append_printf (s, _("Input: %s\nSHA-256: %s\n"), input_name ? input_name : "",
                          input_sha256 ? input_sha256 : "");
  g_string_append_printf (s, _("Rule: %s (%s)\n"), rs_pb_rule_get_label (result->rule),
                          rs_pb_rule_to_string (result->rule));
  {
    g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, result->seed);
    g_string_append_printf (s, _("Seed for the lot: %s\n"), seed);
  }
  g_string_append_printf (s, "%s\n", _("Ties: the lower cost, then more votes, then the lower "
                                        "SHA-256 of “<seed>:<project id>”."));
  {
    g_autofree char *budget = rs_pb_format_amount (result->budget);
    g_autofree char *spent = rs_pb_format_amount (result->spent);
    g_string_append_printf (s, _("Budget: %s; voters: %u; spent: %s\n"), budget,
                            result->n_voters, spent);
  }
  if (result->rule != RS_PB_RULE_GREEDY)
    g_string_append_printf (s, _("Share per voter in the final round: %.2f (raised %u times)\n"),
                            result->share, result->completion_steps);
  g_string_append_printf (s, "\n%s\n", _("Tie order:"));
  for (guint i = 0; i < result->n_projects; i++)
    g_string_append_printf (s, "  %u. %s\n", i + 1,
                            rs_pb_election_get_project (election, result->tie_order[i])->id);
  if (result->lot_ties->len > 0)
    {
      g_string_append_printf (s, "\n%s\n", _("Ties decided by the lot:"));
      for (guint i = 0; i < result->lot_ties->len; i++)
        g_string_append_printf (s, "  %s\n", (char *) g_ptr_array_index (result->lot_ties, i));
    }
  g_string_append_printf (s, "\n%s\n", _("Funded, in funding order:"));
  for (guint i = 0; i < result->funded->len; i++)
    g_string_append_printf (s, "  %s\n", rs_pb_election_get_project (election,
                            g_array_index (result->funded, guint, i))->id);
  g_string_append_printf (s, "\n%s\n", _("Every project:"));
  for (guint p = 0; p < result->n_projects; p++)
    {
      g_autofree char *why = rs_pb_result_explain (result, election, p);
      g_string_append_printf (s, "  %s: %s\n", rs_pb_election_get_project (election, p)->id, why);
    }
  return g_string_free (s, FALSE);
}

gboolean
rs_pb_protocol_write (const RsPbResult   *result,
                      const RsPbElection *election,
                      const char         *input_name,
                      const char         *input_sha256,
                      const char         *directory,
                      GError            **error)
{
  g_autoptr(JsonNode) node = rs_pb_protocol_to_json (result, election, input_name, input_sha256);
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autofree char *json = NULL;
  g_autofree char *text = rs_pb_protocol_to_text (result, election, input_name, input_sha256);
  g_autofree char *json_path = g_build_filename (directory, "protocol.json", NULL);
  g_autofree char *text_path = g_build_filename (directory, "protocol.txt", NULL);

  if (g_mkdir_with_parents (directory, 0755) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not create the folder “%s”: %s"), directory, g_strerror (saved));
      return FALSE;
    }
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_root (gen, node);
  json = json_generator_to_data (gen, NULL);
  return g_file_set_contents (json_path, json, -1, error) &&
         g_file_set_contents (text_path, text, -1, error);
}
