/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-council"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "rs-cli.h"
#include "rs-council-package.h"
#include "rs-recommendation-export.h"
#include "rs-recommendation-store.h"

/* raadslag-cli export council | export feedback | recommendations |
 * recommendation merge | recommendation split | decision set | milestone add */

static char *opt_db;
static char *opt_process;
static char *opt_format;
static char *opt_out;
static char *opt_language;
static int opt_limit = 5;
static gboolean opt_json;
static gboolean opt_all;
static char *opt_recommendation;
static char *opt_outcome;
static char *opt_justification;
static char *opt_budget_line;
static char *opt_amount;
static char *opt_decided_on;
static char *opt_implementation;
static char *opt_title;
static char **opt_titles;
static char *opt_ids;
static char *opt_due;
static char *opt_done;

#define DB_ENTRY { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") }
#define PROCESS_ENTRY { "process", 0, 0, G_OPTION_ARG_STRING, &opt_process, N_("Budget process id"), N_("ID") }
#define REC_ENTRY { "recommendation", 0, 0, G_OPTION_ARG_STRING, &opt_recommendation, N_("Recommendation id"), N_("ID") }

static const GOptionEntry export_entries[] = {
  DB_ENTRY, PROCESS_ENTRY,
  { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format, N_("pdf, odt, html, csv or json"), N_("FORMAT") },
  { "out", 0, 0, G_OPTION_ARG_FILENAME, &opt_out, N_("Output file"), N_("FILE") },
  RS_CLI_LANGUAGE_ENTRY (opt_language),
  { "small-cell-limit", 0, 0, G_OPTION_ARG_INT, &opt_limit, N_("Suppress counts of people below this (default 5)"), N_("N") },
  { NULL }
};

static const GOptionEntry list_entries[] = {
  DB_ENTRY, PROCESS_ENTRY,
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print JSON (data/raadslag-recommendations.schema.json)"), NULL },
  { "all", 0, 0, G_OPTION_ARG_NONE, &opt_all, N_("Include superseded recommendations"), NULL },
  { NULL }
};

static const GOptionEntry decision_entries[] = {
  DB_ENTRY, REC_ENTRY,
  { "outcome", 0, 0, G_OPTION_ARG_STRING, &opt_outcome, N_("adopted, adopted-with-changes, rejected, referred or none"), N_("OUTCOME") },
  { "justification", 0, 0, G_OPTION_ARG_STRING, &opt_justification, N_("Why the council decided so"), N_("TEXT") },
  { "budget-line", 0, 0, G_OPTION_ARG_STRING, &opt_budget_line, N_("Line in the adopted budget"), N_("TEXT") },
  { "amount", 0, 0, G_OPTION_ARG_STRING, &opt_amount, N_("Amount in the adopted budget, DKK"), N_("AMOUNT") },
  { "decided-on", 0, 0, G_OPTION_ARG_STRING, &opt_decided_on, N_("Date of the decision"), N_("YYYY-MM-DD") },
  { "implementation", 0, 0, G_OPTION_ARG_STRING, &opt_implementation, N_("not-started, in-progress, done or stopped"), N_("STATUS") },
  { NULL }
};

static const GOptionEntry merge_entries[] = {
  DB_ENTRY,
  { "ids", 0, 0, G_OPTION_ARG_STRING, &opt_ids, N_("Comma-separated recommendation ids"), N_("ID,ID,…") },
  { "title", 0, 0, G_OPTION_ARG_STRING, &opt_title, N_("Title of the merged recommendation"), N_("TEXT") },
  { NULL }
};

static const GOptionEntry split_entries[] = {
  DB_ENTRY, REC_ENTRY,
  { "title", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_titles, N_("Title of a new recommendation (repeat)"), N_("TEXT") },
  { NULL }
};

static const GOptionEntry milestone_entries[] = {
  DB_ENTRY, REC_ENTRY,
  { "title", 0, 0, G_OPTION_ARG_STRING, &opt_title, N_("What is to be done"), N_("TEXT") },
  { "due", 0, 0, G_OPTION_ARG_STRING, &opt_due, N_("Due date"), N_("YYYY-MM-DD") },
  { "done", 0, 0, G_OPTION_ARG_STRING, &opt_done, N_("Date it was done"), N_("YYYY-MM-DD") },
  { NULL }
};

static int
open_with (const char          *name,
           const char          *summary,
           const GOptionEntry  *entries,
           int                 *argc,
           char              ***argv,
           RsDatabase         **db_out)
{
  return rs_cli_open_command (name, summary, NULL, 0, entries, &opt_db, argc, argv, db_out);
}

static int
run_export (const char     *name,
            RsCouncilReport report,
            int             argc,
            char          **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  RsCouncilFormat format;
  gint64 process_id;
  int rc = open_with (name, report == RS_COUNCIL_REPORT_PACKAGE
                              ? _("Write the council package (an agenda item with annexes) or the "
                                  "recommendations as CSV or JSON for the case system.")
                              : _("Write the “you said, we did” report for the participants."),
                      export_entries, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id (name, "process", opt_process, &process_id)) >= 0)
    return rc;
  if (!rs_council_format_from_string (opt_format, &format) ||
      (report == RS_COUNCIL_REPORT_FEEDBACK && format > RS_COUNCIL_FORMAT_HTML))
    return rs_cli_usage_error (name, report == RS_COUNCIL_REPORT_PACKAGE
                                       ? _("Give --format pdf, odt, html, csv or json.")
                                       : _("Give --format pdf, odt or html."));
  if (opt_out == NULL)
    return rs_cli_usage_error (name, _("Give the output file with --out FILE."));
  if ((rc = rs_cli_check_language (name, opt_language)) >= 0)
    return rc;
  if (!rs_council_report_write (db, process_id, report, format, opt_language, opt_limit, opt_out,
                                NULL, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static int
cmd_export_council (int    argc,
                    char **argv)
{
  return run_export ("export council", RS_COUNCIL_REPORT_PACKAGE, argc, argv);
}

static int
cmd_export_feedback (int    argc,
                     char **argv)
{
  return run_export ("export feedback", RS_COUNCIL_REPORT_FEEDBACK, argc, argv);
}

static int
cmd_recommendations (int    argc,
                     char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  gint64 process_id;
  int rc = open_with ("recommendations", _("List the recommendations of a budget process."),
                      list_entries, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("recommendations", "process", opt_process, &process_id)) >= 0)
    return rc;
  if (opt_json)
    {
      g_autoptr(JsonNode) json = rs_recommendation_export_json (db, process_id, &error);
      if (json == NULL || !rs_recommendation_export_validate (json, &error))
        return rs_cli_fail (error);
      rs_cli_print_json (json);
      return RS_CLI_OK;
    }
  list = rs_recommendation_store_list (db, process_id, opt_all, &error);
  if (list == NULL)
    return rs_cli_fail (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (list), i);
      double op, cap, support = rs_recommendation_get_support (rec);
      rs_recommendation_get_cost_totals (rec, &op, &cap);
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%.0f%%\t%.0f\t%s\n", rs_recommendation_get_id (rec),
               rs_recommendation_status_to_nick (rs_recommendation_get_status (rec)),
               rs_recommendation_get_theme (rec), rs_recommendation_get_title (rec),
               support < 0 ? 0 : support * 100, op + cap,
               rs_decision_outcome_to_nick (rs_recommendation_get_outcome (rec)));
    }
  return RS_CLI_OK;
}

static int
cmd_decision_set (int    argc,
                  char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  RsDecisionOutcome outcome;
  RsImplementation impl = RS_IMPLEMENTATION_NOT_STARTED;
  double amount = NAN;
  gint64 id;
  int rc = open_with ("decision set", _("Record the council’s decision on a recommendation."),
                      decision_entries, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("decision set", "recommendation", opt_recommendation, &id)) >= 0)
    return rc;
  if (!rs_decision_outcome_from_nick (opt_outcome, &outcome))
    return rs_cli_usage_error ("decision set", _("Give --outcome adopted, adopted-with-changes, "
                                                 "rejected, referred or none."));
  if (opt_implementation != NULL && !rs_implementation_from_nick (opt_implementation, &impl))
    return rs_cli_usage_error ("decision set", _("Give --implementation not-started, in-progress, "
                                                 "done or stopped."));
  if (opt_amount != NULL)
    {
      char *end = NULL;
      amount = g_ascii_strtod (opt_amount, &end);
      if (end == opt_amount || *end != '\0' || isnan (amount) || isinf (amount))
        return rs_cli_usage_error ("decision set", _("--amount must be a number, e.g. 450000."));
    }
  if (!rs_recommendation_store_set_decision (db, id, outcome, opt_justification, opt_budget_line,
                                             amount, opt_decided_on, impl, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static int
cmd_merge (int    argc,
           char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) parts = NULL;
  gint64 id;
  int rc = open_with ("recommendation merge", _("Merge recommendations into a new one; the merged "
                                                "ones are kept as superseded."),
                      merge_entries, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  parts = g_strsplit (opt_ids ? opt_ids : "", ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if ((rc = rs_cli_need_id ("recommendation merge", "ids", g_strstrip (parts[i]), &id)) >= 0)
        return rc;
      g_array_append_val (ids, id);
    }
  id = rs_recommendation_store_merge (db, (const gint64 *) ids->data, ids->len, opt_title, &error);
  if (id == 0)
    return rs_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return RS_CLI_OK;
}

static int
cmd_split (int    argc,
           char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 id;
  int rc = open_with ("recommendation split", _("Split a recommendation into new ones; the original "
                                                "is kept as superseded."),
                      split_entries, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("recommendation split", "recommendation", opt_recommendation, &id)) >= 0)
    return rc;
  ids = rs_recommendation_store_split (db, id, (const char * const *) opt_titles, &error);
  if (ids == NULL)
    return rs_cli_fail (error);
  for (guint i = 0; i < ids->len; i++)
    g_print ("%" G_GINT64_FORMAT "\n", g_array_index (ids, gint64, i));
  return RS_CLI_OK;
}

static int
cmd_milestone_add (int    argc,
                   char **argv)
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, milestone;
  int rc = open_with ("milestone add", _("Add a dated milestone to an adopted recommendation."),
                      milestone_entries, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if ((rc = rs_cli_need_id ("milestone add", "recommendation", opt_recommendation, &id)) >= 0)
    return rc;
  milestone = rs_recommendation_store_add_milestone (db, id, opt_title, opt_due, opt_done, &error);
  if (milestone == 0)
    return rs_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", milestone);
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_council_commands[] = {
  { "export council", N_("Write the council package or the recommendations (CSV, JSON)"), cmd_export_council },
  { "export feedback", N_("Write the “you said, we did” report"), cmd_export_feedback },
  { "recommendations", N_("List the recommendations of a process"), cmd_recommendations },
  { "recommendation merge", N_("Merge recommendations, keeping lineage"), cmd_merge },
  { "recommendation split", N_("Split a recommendation, keeping lineage"), cmd_split },
  { "decision set", N_("Record the council’s decision on a recommendation"), cmd_decision_set },
  { "milestone add", N_("Add a milestone to a recommendation"), cmd_milestone_add },
  { NULL }
};
