/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-hearing-analysis"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cli.h"
#include "rs-proposal-store.h"
#include "rs-response-store.h"

/* raadslag-cli hearing search | hearing proposals (list | import FILE) */

static char *opt_db;
static char *opt_round;
static gboolean opt_json;
static char *opt_sender_type;
static char *opt_status;
static char *opt_theme;
static char *opt_decision;
static char *opt_party;
static int opt_limit = 500;

static int
parse_round (const char *name,
             gint64     *round_id)
{
  if (opt_round == NULL || !rs_cli_parse_id (opt_round, round_id))
    return rs_cli_usage_error (name, _("Give the hearing round with --round ID."));
  return -1;
}

/* The snippet with its hits as **word**, on one line. */
static char *
plain_snippet (const char *snippet)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = snippet ? snippet : ""; *p; p++)
    {
      if (*p == RS_SEARCH_MARK_START[0] || *p == RS_SEARCH_MARK_END[0])
        g_string_append (out, "**");
      else if (*p == '\n' || *p == '\r' || *p == '\t')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static int
cmd_search (int    argc,
            char **argv)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &opt_round, N_("Hearing round id"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
    { "sender-type", 0, 0, G_OPTION_ARG_STRING, &opt_sender_type, N_("organisation or private"), N_("TYPE") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &opt_status,
      N_("uncoded, in-progress, analysed or late"), N_("STATUS") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &opt_theme, N_("Only responses with a point of this theme"), N_("THEME") },
    { "decision", 0, 0, G_OPTION_ARG_STRING, &opt_decision,
      N_("Only responses with a point of this decision"), N_("DECISION") },
    { "party", 0, 0, G_OPTION_ARG_STRING, &opt_party, N_("Only responses from this consulted party"), N_("ID") },
    { "limit", 0, 0, G_OPTION_ARG_INT, &opt_limit, N_("At most this many best hits (0: all; 500 by default)"),
      N_("N") },
    { NULL }
  };
  static const char * const statuses[] = { "uncoded", "in-progress", "analysed", "late", NULL };
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autofree char *query = NULL;
  RsResponseFilter filter = { 0 };
  gint64 round_id, party_id = 0;
  guint n;
  int rc = rs_cli_open_command ("hearing search",
                                _("Search the responses of a hearing round as the Hearings page does: Danish "
                                  "words match in all their forms, \"quoted words\" as an exact phrase, "
                                  "the best hits first."),
                                _("QUERY…"), -1, entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = parse_round ("hearing search", &round_id)) >= 0)
    return rc;
  if (argc < 2)
    return rs_cli_usage_error ("hearing search", _("Give the words to search for."));
  if (opt_sender_type != NULL && !g_str_equal (opt_sender_type, "organisation") &&
      !g_str_equal (opt_sender_type, "private"))
    return rs_cli_usage_error ("hearing search", _("Give --sender-type organisation or private."));
  if (opt_status != NULL && !g_strv_contains (statuses, opt_status))
    return rs_cli_usage_error ("hearing search", _("Give --status uncoded, in-progress, analysed or late."));
  if (opt_party != NULL && !rs_cli_parse_id (opt_party, &party_id))
    return rs_cli_usage_error ("hearing search", _("Give the consulted party with --party ID."));
  if (opt_limit < 0)
    return rs_cli_usage_error ("hearing search", _("Give --limit as 0 or more."));

  query = g_strjoinv (" ", argv + 1);
  filter.query = query;
  filter.party_id = party_id;
  filter.party_type = opt_sender_type;
  filter.theme = opt_theme;
  filter.decision = opt_decision;
  filter.status = opt_status;
  filter.preview_only = TRUE;
  filter.limit = (guint) opt_limit;
  list = rs_response_store_search (db, round_id, &filter, &error);
  if (list == NULL)
    return rs_cli_fail (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));

  if (opt_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (list), i);
          const char *summary = rs_hearing_response_get_summary (r);
          gboolean hit = strchr (summary, RS_SEARCH_MARK_START[0]) != NULL;
          g_autofree char *snippet = hit ? plain_snippet (summary) : NULL;

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "rank");
          json_builder_add_int_value (builder, i + 1);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, rs_hearing_response_get_id (r));
          json_builder_set_member_name (builder, "sender");
          json_builder_add_string_value (builder, rs_hearing_response_get_sender (r));
          json_builder_set_member_name (builder, "party_type");
          json_builder_add_string_value (builder, rs_hearing_response_get_party_type (r));
          json_builder_set_member_name (builder, "received");
          json_builder_add_string_value (builder, rs_hearing_response_get_received_on (r));
          json_builder_set_member_name (builder, "late");
          json_builder_add_boolean_value (builder, rs_hearing_response_get_late (r));
          json_builder_set_member_name (builder, "snippet");
          if (snippet != NULL)
            json_builder_add_string_value (builder, snippet);
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      rs_cli_print_json (root);
      return RS_CLI_OK;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (list), i);
      const char *summary = rs_hearing_response_get_summary (r);
      g_autofree char *snippet = strchr (summary, RS_SEARCH_MARK_START[0]) ? plain_snippet (summary) : g_strdup ("");

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", rs_hearing_response_get_id (r),
               rs_hearing_response_get_received_on (r), rs_hearing_response_get_party_type (r),
               rs_hearing_response_get_sender (r), snippet);
    }
  return RS_CLI_OK;
}

static void
print_proposals (GListModel *proposals)
{
  if (opt_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
        {
          g_autoptr(RsBudgetProposal) p = g_list_model_get_item (proposals, i);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, rs_budget_proposal_get_id (p));
          json_builder_set_member_name (builder, "number");
          json_builder_add_string_value (builder, rs_budget_proposal_get_number (p));
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, rs_budget_proposal_get_title (p));
          json_builder_set_member_name (builder, "area");
          json_builder_add_string_value (builder, rs_budget_proposal_get_area (p));
          json_builder_set_member_name (builder, "amount");
          if (rs_budget_proposal_has_amount (p))
            json_builder_add_int_value (builder, rs_budget_proposal_get_amount (p));
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "comment");
          json_builder_add_string_value (builder, rs_budget_proposal_get_comment (p));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      rs_cli_print_json (root);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(RsBudgetProposal) p = g_list_model_get_item (proposals, i);
      g_autofree char *amount = rs_budget_proposal_has_amount (p) ? rs_amount_format (rs_budget_proposal_get_amount (p))
                                                                  : g_strdup ("");
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", rs_budget_proposal_get_id (p),
               rs_budget_proposal_get_number (p), rs_budget_proposal_get_title (p),
               rs_budget_proposal_get_area (p), amount);
    }
}

static int
cmd_proposals (int    argc,
               char **argv)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &opt_round, N_("Hearing round id"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  gint64 round_id;
  int rc = rs_cli_open_command ("hearing proposals",
                                _("List the budget proposals of a hearing round, or import them from a CSV "
                                  "file with the columns number, title, area, amount and (optional) comment."),
                                _("list | import FILE.csv"), -1, entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = parse_round ("hearing proposals", &round_id)) >= 0)
    return rc;
  if (argc == 3 && g_str_equal (argv[1], "import"))
    {
      g_autoptr(GPtrArray) warnings = NULL;
      int count = rs_proposal_store_import_csv (db, round_id, argv[2], &warnings, &error);

      if (count < 0)
        return rs_cli_fail (error);
      for (guint i = 0; warnings != NULL && i < warnings->len; i++)
        g_printerr ("%s\n", (char *) g_ptr_array_index (warnings, i));
      g_printerr (ngettext ("%d budget proposal imported.\n", "%d budget proposals imported.\n", count), count);
    }
  else if (!(argc == 1 || (argc == 2 && g_str_equal (argv[1], "list"))))
    return rs_cli_usage_error ("hearing proposals", _("Give list, or import and a CSV file."));
  list = rs_proposal_store_list (db, round_id, &error);
  if (list == NULL)
    return rs_cli_fail (error);
  print_proposals (G_LIST_MODEL (list));
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_hearing_analysis_commands[] = {
  { "hearing search", N_("Search the responses of a hearing round"), cmd_search },
  { "hearing proposals", N_("List or import the budget proposals of a hearing round"), cmd_proposals },
  { NULL }
};
