/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-pb"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cli.h"
#include "rs-pb-count.h"
#include "rs-pb-file.h"
#include "rs-pb-protocol.h"

/* raadslag-cli pb count: counts a pabulib .pb file. */

static char *opt_pb;
static char *opt_rule;
static char *opt_seed;
static char *opt_out;
static gboolean opt_explain;

static const GOptionEntry count_entries[] = {
  { "pb", 0, 0, G_OPTION_ARG_FILENAME, &opt_pb, N_("The pabulib .pb file to count"), N_("FILE") },
  { "rule", 0, 0, G_OPTION_ARG_STRING, &opt_rule, N_("greedy, equalshares or equalshares/add1 (default)"), N_("RULE") },
  { "tie-seed", 0, 0, G_OPTION_ARG_STRING, &opt_seed, N_("Seed of the lot that breaks remaining ties (default 0)"), N_("SEED") },
  { "out", 0, 0, G_OPTION_ARG_FILENAME, &opt_out, N_("Write the protocol (protocol.json, protocol.txt) into this folder"), N_("DIR") },
  { "explain", 0, 0, G_OPTION_ARG_NONE, &opt_explain, N_("Print why each project was funded or not, to standard error"), NULL },
  { NULL }
};

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
  if (opt_pb == NULL)
    return rs_cli_usage_error ("pb count", _("No .pb file given; use --pb FILE."));
  if (opt_rule != NULL && !rs_pb_rule_from_string (opt_rule, &rule))
    return rs_cli_usage_error ("pb count", _("Unknown rule; use greedy, equalshares or "
                                             "equalshares/add1."));
  if (opt_seed != NULL && !g_ascii_string_to_unsigned (opt_seed, 10, 0, G_MAXUINT64, &seed, NULL))
    return rs_cli_usage_error ("pb count", _("The seed must be a whole number."));

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

const RsCliCommand rs_cli_pb_commands[] = {
  { "pb count", N_("Count a pabulib .pb file by greedy or Equal Shares; print the funded ids"), cmd_count },
  { NULL }
};
