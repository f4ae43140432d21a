/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-pb"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rs-cli.h"
#include "rs-pb-count.h"
#include "rs-pb-file.h"
#include "rs-pb-protocol.h"
#include "rs-pb-report.h"
#include "rs-pb-storage.h"

/* raadslag-cli pb count | pb pool create | pb pools | pb proposals |
 * pb proposals import | pb assess | pb ballots import | pb carry | pb export */

static char *opt_pb;
static char *opt_rule;
static char *opt_seed;
static char *opt_out;
static gboolean opt_explain;
static char *opt_db;
static char *opt_process;
static char *opt_pool;
static char *opt_name;
static char *opt_amount;
static char **opt_envelopes;
static char *opt_years;
static char *opt_proposal;
static char *opt_status;
static char *opt_reason;
static char *opt_revised;
static char *opt_result;
static char *opt_ballot;
static int opt_max_choices;
static gboolean opt_save;
static char *opt_ids;
static char *opt_title;
static char *opt_kind;
static char *opt_format;
static char *opt_language;

#define DB_ENTRY { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Database file"), N_("FILE") }
#define POOL_ENTRY { "pool", 0, 0, G_OPTION_ARG_STRING, &opt_pool, N_("Development pool id"), N_("ID") }

static const GOptionEntry count_entries[] = {
  { "pb", 0, 0, G_OPTION_ARG_FILENAME, &opt_pb, N_("The pabulib .pb file to count"), N_("FILE") },
  { "rule", 0, 0, G_OPTION_ARG_STRING, &opt_rule, N_("greedy, equalshares or equalshares/add1 (default)"), N_("RULE") },
  { "tie-seed", 0, 0, G_OPTION_ARG_STRING, &opt_seed, N_("Seed of the lot that breaks remaining ties (default 0)"), N_("SEED") },
  { "out", 0, 0, G_OPTION_ARG_FILENAME, &opt_out, N_("Write the protocol (protocol.json, protocol.txt) into this folder"), N_("DIR") },
  { "explain", 0, 0, G_OPTION_ARG_NONE, &opt_explain, N_("Print why each project was funded or not, to standard error"), NULL },
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("Count a pool in this database instead of a .pb file"), N_("FILE") },
  POOL_ENTRY,
  { "save", 0, 0, G_OPTION_ARG_NONE, &opt_save, N_("Store the result in the database"), NULL },
  { NULL }
};

static const GOptionEntry create_entries[] = {
  DB_ENTRY,
  { "process", 0, 0, G_OPTION_ARG_STRING, &opt_process, N_("Budget process id"), N_("ID") },
  { "name", 0, 0, G_OPTION_ARG_STRING, &opt_name, N_("Name of the pool"), N_("TEXT") },
  { "amount", 0, 0, G_OPTION_ARG_STRING, &opt_amount, N_("Amount in DKK"), N_("AMOUNT") },
  { "envelope", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_envelopes, N_("A district's envelope (repeat)"), N_("DISTRICT=AMOUNT") },
  { "years", 0, 0, G_OPTION_ARG_STRING, &opt_years, N_("Budget years, e.g. 2027-2028"), N_("YEARS") },
  { "ballot", 0, 0, G_OPTION_ARG_STRING, &opt_ballot, N_("approval (default), k-approval or knapsack"), N_("KIND") },
  { "max-choices", 0, 0, G_OPTION_ARG_INT, &opt_max_choices, N_("The k of k-approval"), N_("K") },
  { NULL }
};

static const GOptionEntry list_entries[] = {
  DB_ENTRY,
  { "process", 0, 0, G_OPTION_ARG_STRING, &opt_process, N_("Budget process id"), N_("ID") },
  POOL_ENTRY,
  { NULL }
};

static const GOptionEntry assess_entries[] = {
  DB_ENTRY,
  { "proposal", 0, 0, G_OPTION_ARG_STRING, &opt_proposal, N_("Proposal id"), N_("ID") },
  { "status", 0, 0, G_OPTION_ARG_STRING, &opt_status, N_("feasible, not-feasible, submitted or withdrawn"), N_("STATUS") },
  { "reason", 0, 0, G_OPTION_ARG_STRING, &opt_reason, N_("Why; published with the ballot list"), N_("TEXT") },
  { "revised-cost", 0, 0, G_OPTION_ARG_STRING, &opt_revised, N_("The administration's cost estimate, DKK"), N_("AMOUNT") },
  { NULL }
};

static const GOptionEntry import_entries[] = {
  DB_ENTRY, POOL_ENTRY,
  { NULL }
};

static const GOptionEntry carry_entries[] = {
  DB_ENTRY,
  { "result", 0, 0, G_OPTION_ARG_STRING, &opt_result, N_("Result id (see pb count --save)"), N_("ID") },
  { NULL }
};

static const GOptionEntry merge_entries[] = {
  DB_ENTRY,
  { "ids", 0, 0, G_OPTION_ARG_STRING, &opt_ids, N_("Comma-separated proposal ids"), N_("ID,ID,…") },
  { "title", 0, 0, G_OPTION_ARG_STRING, &opt_title, N_("Title of the merged proposal"), N_("TEXT") },
  { NULL }
};

static const GOptionEntry report_entries[] = {
  DB_ENTRY, POOL_ENTRY,
  { "kind", 0, 0, G_OPTION_ARG_STRING, &opt_kind, N_("ballot-list or result"), N_("KIND") },
  { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format, N_("pdf, odt or html"), N_("FORMAT") },
  { "out", 0, 0, G_OPTION_ARG_FILENAME, &opt_out, N_("Output file"), N_("FILE") },
  { "language", 0, 0, G_OPTION_ARG_STRING, &opt_language, N_("Language of the report's own words, e.g. da or en"), N_("LANG") },
  { NULL }
};

static const GOptionEntry export_entries[] = {
  DB_ENTRY, POOL_ENTRY,
  { "out", 0, 0, G_OPTION_ARG_FILENAME, &opt_out, N_("Output .pb file"), N_("FILE") },
  { NULL }
};

static int
count_pool (RsPbRule rule,
            guint64  seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsPbPoolCount) count = NULL;
  gint64 pool_id;

  if (!rs_cli_parse_id (opt_pool, &pool_id))
    return rs_cli_usage_error ("pb count", _("Give the pool with --pool ID."));
  if ((db = rs_database_open (opt_db, &error)) == NULL)
    return rs_cli_fail (error);
  count = rs_pb_storage_count (db, pool_id, rule, seed, opt_save, &error);
  if (count == NULL)
    return rs_cli_fail (error);
  for (guint e = 0; e < count->results->len; e++)
    {
      RsPbResult *result = g_ptr_array_index (count->results, e);
      RsPbElection *election = g_ptr_array_index (count->elections, e);

      for (guint i = 0; i < result->funded->len; i++)
        g_print ("%s\n", rs_pb_election_get_project (election,
                                                     g_array_index (result->funded, guint, i))->id);
      if (opt_explain)
        for (guint p = 0; p < result->n_projects; p++)
          {
            g_autofree char *why = rs_pb_result_explain (result, election, p);
            g_printerr ("%s: %s\n", rs_pb_election_get_project (election, p)->id, why);
          }
    }
  if (count->result_id != 0)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, count->result_id);
      g_printerr (_("Saved as result %s.\n"), id);
    }
  return RS_CLI_OK;
}

static int
cmd_count (int    argc,
           char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPbFile) pb = NULL;
  g_autoptr(RsPbResult) result = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *sha = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;
  RsPbRule rule = RS_PB_RULE_EQUAL_SHARES_ADD1;
  guint64 seed = 0;
  int rc;

  rc = rs_cli_parse_command ("pb count", _("Count a participatory budget from a pabulib .pb file"),
                             NULL, 0, count_entries, NULL, &argc, &argv);
  if (rc >= 0)
    return rc;
  if (opt_pb == NULL && opt_db == NULL)
    return rs_cli_usage_error ("pb count", _("No .pb file given; use --pb FILE."));
  if (opt_rule != NULL && !rs_pb_rule_from_string (opt_rule, &rule))
    return rs_cli_usage_error ("pb count", _("Unknown rule; use greedy, equalshares or "
                                             "equalshares/add1."));
  if (opt_seed != NULL && !g_ascii_string_to_unsigned (opt_seed, 10, 0, G_MAXUINT64, &seed, NULL))
    return rs_cli_usage_error ("pb count", _("The seed must be a whole number."));

  if (opt_pb == NULL)
    return count_pool (rule, seed);
  if (!g_file_get_contents (opt_pb, &contents, &length, &error))
    return rs_cli_fail (error);
  name = g_path_get_basename (opt_pb);
  pb = rs_pb_file_parse (contents, length, name, &error);
  if (pb == NULL)
    return rs_cli_fail (error);
  for (guint i = 0; i < pb->warnings->len; i++)
    g_printerr ("raadslag-cli: %s\n", (char *) g_ptr_array_index (pb->warnings, i));
  if (pb->vote_type != RS_PB_VOTE_APPROVAL)
    g_printerr (_("raadslag-cli: the votes are of type %s; every project on a ballot is counted "
                  "as approved.\n"), rs_pb_vote_type_to_string (pb->vote_type));
  sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);

  result = rs_pb_count (pb->election, rule, seed);
  for (guint i = 0; i < result->funded->len; i++)
    g_print ("%s\n", rs_pb_election_get_project (pb->election,
                                                 g_array_index (result->funded, guint, i))->id);
  if (opt_explain)
    for (guint p = 0; p < result->n_projects; p++)
      {
        g_autofree char *why = rs_pb_result_explain (result, pb->election, p);
        g_printerr ("%s: %s\n", rs_pb_election_get_project (pb->election, p)->id, why);
      }
  if (opt_out != NULL &&
      !rs_pb_protocol_write (result, pb->election, name, sha, opt_out, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static gboolean
parse_amount (const char *text,
              gint64     *out)
{
  guint64 v;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64 / 4, &v, NULL))
    return FALSE;
  *out = (gint64) v;
  return TRUE;
}

static int
cmd_pool_create (int    argc,
                 char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsPbPool) pool = NULL;
  gint64 process_id, amount;
  int rc = rs_cli_open_command ("pb pool create", _("Create a development pool"), NULL, 0,
                                create_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id) || opt_name == NULL ||
      !parse_amount (opt_amount, &amount))
    return rs_cli_usage_error ("pb pool create", _("Give --process ID, --name TEXT and "
                                                   "--amount AMOUNT."));
  pool = rs_pb_storage_create_pool (db, process_id, opt_name, amount, &error);
  if (pool == NULL)
    return rs_cli_fail (error);
  for (guint i = 0; opt_envelopes && opt_envelopes[i]; i++)
    {
      g_auto(GStrv) kv = g_strsplit (opt_envelopes[i], "=", 2);
      gint64 a;

      if (kv[1] == NULL || !parse_amount (kv[1], &a) || *g_strstrip (kv[0]) == '\0')
        return rs_cli_usage_error ("pb pool create", _("Write an envelope as DISTRICT=AMOUNT."));
      rs_pb_pool_set_envelope (pool, kv[0], a);
    }
  if (opt_years != NULL)
    {
      int first = 0, last = 0;
      if (sscanf (opt_years, "%d-%d", &first, &last) < 1)
        return rs_cli_usage_error ("pb pool create", _("Write the years as 2027 or 2027-2028."));
      g_object_set (pool, "first-year", first, "last-year", last ? last : first, NULL);
    }
  if (opt_ballot != NULL)
    {
      static const char * const kinds[] = { "approval", "k-approval", "knapsack", NULL };
      if (!g_strv_contains (kinds, opt_ballot))
        return rs_cli_usage_error ("pb pool create", _("The ballot is approval, k-approval or "
                                                       "knapsack."));
      g_object_set (pool, "ballot-kind", opt_ballot, "max-choices", opt_max_choices, NULL);
    }
  if (!rs_pb_storage_save_pool (db, pool, &error))
    return rs_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", rs_pb_pool_get_id (pool));
  return RS_CLI_OK;
}

static int
cmd_pools (int    argc,
           char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GPtrArray) pools = NULL;
  gint64 process_id;
  int rc = rs_cli_open_command ("pb pools", _("List the development pools of a process"), NULL, 0,
                                list_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_process, &process_id))
    return rs_cli_usage_error ("pb pools", _("Give the process with --process ID."));
  if ((pools = rs_pb_storage_list_pools (db, process_id, &error)) == NULL)
    return rs_cli_fail (error);
  for (guint i = 0; i < pools->len; i++)
    {
      RsPbPool *pool = g_ptr_array_index (pools, i);
      g_print ("%" G_GINT64_FORMAT "\t%s\t%" G_GINT64_FORMAT "\n", rs_pb_pool_get_id (pool),
               rs_pb_pool_get_name (pool), rs_pb_pool_get_amount (pool));
    }
  return RS_CLI_OK;
}

static int
cmd_proposals (int    argc,
               char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 pool_id;
  int rc = rs_cli_open_command ("pb proposals", _("List a pool's proposals with their votes"), NULL,
                                0, list_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_pool, &pool_id))
    return rs_cli_usage_error ("pb proposals", _("Give the pool with --pool ID."));
  if ((list = rs_pb_storage_list_proposals (db, pool_id, &error)) == NULL)
    return rs_cli_fail (error);
  for (guint i = 0; i < list->len; i++)
    {
      RsPbProposal *p = g_ptr_array_index (list, i);
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%" G_GINT64_FORMAT "\t%s\t%s\t%d\n",
               rs_pb_proposal_get_id (p), rs_pb_proposal_get_code (p), rs_pb_proposal_get_title (p),
               rs_pb_proposal_get_effective_cost (p),
               rs_pb_proposal_get_district (p) ? rs_pb_proposal_get_district (p) : "",
               rs_pb_proposal_get_status (p), rs_pb_proposal_get_votes (p));
    }
  return RS_CLI_OK;
}

static int
cmd_import (const char *name,
            const char *summary,
            gboolean    ballots,
            int         argc,
            char      **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *base = NULL;
  gint64 pool_id;
  guint n = 0, flagged = 0;
  gboolean ok;
  int rc = rs_cli_open_command (name, summary, _("FILE.csv"), 1, import_entries, &opt_db, &argc,
                                &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_pool, &pool_id))
    return rs_cli_usage_error (name, _("Give the pool with --pool ID."));
  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);
    if ((bytes = g_file_load_bytes (file, NULL, NULL, &error)) == NULL)
      return rs_cli_fail (error);
    base = g_file_get_basename (file);
  }
  ok = ballots ? rs_pb_storage_import_ballots (db, pool_id, bytes, base, &n, &flagged, &error)
               : rs_pb_storage_import_proposals (db, pool_id, bytes, base, &n, &flagged, &error);
  if (!ok)
    return rs_cli_fail (error);
  g_print (_("Imported %u, of which %u flagged for review.\n"), n, flagged);
  return RS_CLI_OK;
}

static int
cmd_proposals_import (int    argc,
                      char **argv)
{
  return cmd_import ("pb proposals import", _("Import proposals from a web-form CSV"), FALSE,
                     argc, argv);
}

static int
cmd_ballots_import (int    argc,
                    char **argv)
{
  return cmd_import ("pb ballots import", _("Import ballots from a CSV"), TRUE, argc, argv);
}

static int
cmd_assess (int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  gint64 id, revised = -1;
  int rc = rs_cli_open_command ("pb assess", _("Record the assessment of a proposal"), NULL, 0,
                                assess_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_proposal, &id) || opt_status == NULL)
    return rs_cli_usage_error ("pb assess", _("Give --proposal ID and --status STATUS."));
  if (opt_revised != NULL && !parse_amount (opt_revised, &revised))
    return rs_cli_usage_error ("pb assess", _("The revised cost must be a whole amount."));
  if (!rs_pb_storage_assess (db, id, opt_status, opt_reason, revised, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static int
cmd_carry (int    argc,
           char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  gint64 id;
  guint n = 0;
  int rc = rs_cli_open_command ("pb carry", _("Carry funded projects into the recommendations"),
                                NULL, 0, carry_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_result, &id))
    return rs_cli_usage_error ("pb carry", _("Give the result with --result ID."));
  if (!rs_pb_storage_carry_to_recommendations (db, id, &n, &error))
    return rs_cli_fail (error);
  g_print (ngettext ("Carried %u funded project into the recommendations.\n",
                     "Carried %u funded projects into the recommendations.\n", n), n);
  return RS_CLI_OK;
}

static int
cmd_export (int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autofree char *text = NULL;
  gint64 id;
  int rc = rs_cli_open_command ("pb export", _("Write a pool's ballots as a pabulib .pb file"),
                                NULL, 0, export_entries, &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_pool, &id))
    return rs_cli_usage_error ("pb export", _("Give the pool with --pool ID."));
  if ((text = rs_pb_storage_export_pb (db, id, &error)) == NULL)
    return rs_cli_fail (error);
  if (opt_out == NULL)
    g_print ("%s", text);
  else if (!g_file_set_contents (opt_out, text, -1, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

static int
cmd_merge (int    argc,
           char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) parts = NULL;
  gint64 id;
  int rc = rs_cli_open_command ("pb proposals merge", _("Merge duplicate proposals, keeping "
                                                        "lineage"), NULL, 0, merge_entries,
                                &opt_db, &argc, &argv, &db);

  if (rc >= 0)
    return rc;
  if (opt_ids == NULL || opt_title == NULL)
    return rs_cli_usage_error ("pb proposals merge", _("Give --ids ID,ID and --title TEXT."));
  parts = g_strsplit (opt_ids, ",", -1);
  for (guint i = 0; parts[i]; i++)
    {
      if (!rs_cli_parse_id (g_strstrip (parts[i]), &id))
        return rs_cli_usage_error ("pb proposals merge", _("Give --ids ID,ID and --title TEXT."));
      g_array_append_val (ids, id);
    }
  id = rs_pb_storage_merge (db, (gint64 *) ids->data, ids->len, opt_title, &error);
  if (id == 0)
    return rs_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return RS_CLI_OK;
}

static int
cmd_report (int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsPbPool) pool = NULL;
  g_autoptr(RsDocument) doc = NULL;
  RsDocumentFormat format;
  gint64 id;
  int rc = rs_cli_open_command ("pb report", _("Write a pool's ballot list or result as PDF, ODT "
                                               "or HTML"), NULL, 0, report_entries, &opt_db, &argc,
                                &argv, &db);

  if (rc >= 0)
    return rc;
  if (!rs_cli_parse_id (opt_pool, &id) || opt_out == NULL || opt_format == NULL ||
      !rs_document_format_from_string (opt_format, &format))
    return rs_cli_usage_error ("pb report", _("Give --pool ID, --format pdf|odt|html and --out "
                                              "FILE."));
  if ((pool = rs_pb_storage_get_pool (db, id, &error)) == NULL)
    return rs_cli_fail (error);
  if (g_strcmp0 (opt_kind, "ballot-list") == 0)
    {
      g_autoptr(GPtrArray) list = rs_pb_storage_list_proposals (db, id, &error);
      if (list == NULL)
        return rs_cli_fail (error);
      doc = rs_pb_report_ballot_list (pool, list, opt_language);
    }
  else if (opt_kind == NULL || g_str_equal (opt_kind, "result"))
    {
      g_autoptr(RsPbPoolCount) count = NULL;
      g_autoptr(RsPbPoolCount) greedy = NULL;
      RsPbRule rule = RS_PB_RULE_EQUAL_SHARES_ADD1;

      rs_pb_rule_from_string (rs_pb_pool_get_rule (pool), &rule);
      count = rs_pb_storage_count (db, id, rule, (guint64) rs_pb_pool_get_tie_seed (pool), FALSE,
                                   &error);
      if (count != NULL && rule != RS_PB_RULE_GREEDY)
        greedy = rs_pb_storage_count (db, id, RS_PB_RULE_GREEDY,
                                      (guint64) rs_pb_pool_get_tie_seed (pool), FALSE, &error);
      if (count == NULL || (rule != RS_PB_RULE_GREEDY && greedy == NULL))
        return rs_cli_fail (error);
      doc = rs_pb_report_result (pool, count, greedy, opt_language);
    }
  else
    return rs_cli_usage_error ("pb report", _("The kind is ballot-list or result."));
  if (!rs_document_write (doc, format, opt_out, NULL, &error))
    return rs_cli_fail (error);
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_pb_commands[] = {
  { "pb report", N_("Write a pool's ballot list or result as PDF, ODT or HTML"), cmd_report },
  { "pb count", N_("Count a pabulib .pb file (or a pool) by greedy or Equal Shares; print the funded ids"), cmd_count },
  { "pb pool create", N_("Create a development pool with optional district envelopes"), cmd_pool_create },
  { "pb pools", N_("List the development pools of a process"), cmd_pools },
  { "pb proposals", N_("List a pool's proposals with their votes"), cmd_proposals },
  { "pb proposals import", N_("Import proposals from a web-form CSV"), cmd_proposals_import },
  { "pb proposals merge", N_("Merge duplicate proposals, keeping lineage"), cmd_merge },
  { "pb assess", N_("Record the assessment of a proposal"), cmd_assess },
  { "pb ballots import", N_("Import ballots from a CSV"), cmd_ballots_import },
  { "pb carry", N_("Carry a result's funded projects into the recommendations"), cmd_carry },
  { "pb export", N_("Write a pool's ballots as a pabulib .pb file"), cmd_export },
  { NULL }
};
