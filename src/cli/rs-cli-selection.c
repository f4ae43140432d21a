/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli-selection"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gstdio.h>
#include <math.h>
#include <glib/gi18n.h>

#include "rs-cli.h"
#include "rs-csv-writer.h"
#include "rs-selection-check.h"
#include "rs-selection-draw.h"
#include "rs-selection-protocol.h"
#include "rs-selection-result.h"

/* raadslag-cli select: file to file, in the Sortition Foundation's formats. */

static char *opt_categories;
static char *opt_respondents;
static int opt_size;
static char *opt_id_column;
static char *opt_address_columns;
static char *opt_algorithm;
static char *opt_seed;
static char *opt_out_dir;
static int opt_reserves = -1;
static int opt_legacy_draws = 1000;
static char *opt_language;

static const GOptionEntry select_entries[] = {
  { "categories", 0, 0, G_OPTION_ARG_FILENAME, &opt_categories, N_("Categories and quotas (CSV)"), N_("FILE") },
  { "respondents", 0, 0, G_OPTION_ARG_FILENAME, &opt_respondents, N_("The pool of volunteers (CSV)"), N_("FILE") },
  { "size", 0, 0, G_OPTION_ARG_INT, &opt_size, N_("Number of panel members"), N_("K") },
  { "id-column", 0, 0, G_OPTION_ARG_STRING, &opt_id_column, N_("Id column (default nationbuilder_id, else the row number)"), N_("COLUMN") },
  { "address-columns", 0, 0, G_OPTION_ARG_STRING, &opt_address_columns, N_("Columns that make the household address, comma-separated"), N_("A,B") },
  { "algorithm", 0, 0, G_OPTION_ARG_STRING, &opt_algorithm, N_("leximin (default) or legacy"), N_("NAME") },
  { "seed", 0, 0, G_OPTION_ARG_STRING, &opt_seed, N_("Seed of the draw (default: from the operating system)"), N_("N") },
  { "reserves", 0, 0, G_OPTION_ARG_INT, &opt_reserves, N_("Length of the reserve list (default: a fifth of the panel)"), N_("N") },
  { "legacy-draws", 0, 0, G_OPTION_ARG_INT, &opt_legacy_draws, N_("Greedy panels used to estimate LEGACY probabilities"), N_("N") },
  { "out-dir", 0, 0, G_OPTION_ARG_FILENAME, &opt_out_dir, N_("Folder for the results"), N_("DIR") },
  RS_CLI_LANGUAGE_ENTRY (opt_language),
  { NULL }
};

static gboolean
write_text (const char  *dir,
            const char  *name,
            const char  *text,
            GError     **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  return g_file_set_contents (path, valid, -1, error);
}

static gboolean
write_json (const char  *dir,
            const char  *name,
            JsonNode    *node,
            GError     **error)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (gen, TRUE);
  json_generator_set_root (gen, node);
  text = json_generator_to_data (gen, NULL);
  return write_text (dir, name, text, error);
}

static gboolean
write_outputs (RsSelectionResult *result,
               RsSelectionDraw   *draw,
               const char        *seed_source,
               double             seconds,
               GError           **error)
{
  RsSelectionInstance *instance = result->instance;
  int n = rs_selection_instance_n_people (instance);
  g_autofree gboolean *member = g_new0 (gboolean, MAX (n, 1));
  g_autofree gboolean *housemate = g_new0 (gboolean, MAX (n, 1));
  g_autoptr(GHashTable) households = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(RsCsvWriter) selected = rs_csv_writer_new (',', RS_CSV_WRITER_CRLF);
  g_autoptr(RsCsvWriter) remaining = rs_csv_writer_new (',', RS_CSV_WRITER_CRLF);
  g_autoptr(RsCsvWriter) probabilities = rs_csv_writer_new (',', RS_CSV_WRITER_CRLF);
  static const char * const probabilities_header[] = { "id", "probability", NULL };
  g_autoptr(JsonNode) distribution = rs_selection_result_distribution_json (result);
  g_autoptr(JsonNode) certificate = rs_selection_result_certificate_json (result);
  g_autoptr(JsonNode) protocol = rs_selection_protocol_json (result, draw, seed_source, seconds);
  g_autoptr(RsDocument) doc = NULL;
  g_autofree char *pdf = NULL;

  for (guint j = 0; j < draw->members->len; j++)
    {
      int i = g_array_index (draw->members, int, j);
      member[i] = TRUE;
      if (rs_selection_instance_person (instance, i)->household)
        g_hash_table_add (households, rs_selection_instance_person (instance, i)->household);
    }
  for (int i = 0; i < n; i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      housemate[i] = !member[i] && p->household && g_hash_table_contains (households, p->household);
    }
  rs_csv_writer_add_row (probabilities, probabilities_header);
  rs_csv_writer_add_row (selected, (const char * const *) instance->header);
  rs_csv_writer_add_row (remaining, (const char * const *) instance->header);
  for (int i = 0; i < n; i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (member[i])
        rs_csv_writer_add_row (selected, (const char * const *) p->row);
      else if (!housemate[i])
        rs_csv_writer_add_row (remaining, (const char * const *) p->row);
      rs_csv_writer_add_plain (probabilities, p->id);
      rs_csv_writer_add_plain (probabilities,
                               g_ascii_formatd (buf, sizeof buf, "%.6f", result->marginals[i]));
      rs_csv_writer_end_row (probabilities);
    }
  if (!write_text (opt_out_dir, "selected.csv", rs_csv_writer_peek (selected, NULL), error) ||
      !write_text (opt_out_dir, "remaining.csv", rs_csv_writer_peek (remaining, NULL), error) ||
      !write_text (opt_out_dir, "probabilities.csv", rs_csv_writer_peek (probabilities, NULL), error) ||
      !write_json (opt_out_dir, "distribution.json", distribution, error) ||
      !write_json (opt_out_dir, "certificate.json", certificate, error) ||
      !write_json (opt_out_dir, "protocol.json", protocol, error))
    return FALSE;
  doc = rs_selection_protocol_document (result, draw, protocol, 5, opt_language);
  pdf = g_build_filename (opt_out_dir, "protocol.pdf", NULL);
  return rs_document_write (doc, RS_DOCUMENT_FORMAT_PDF, pdf, NULL, error);
}

/* Progress of LEXIMIN on stderr: one line per change of level or bound. */
typedef struct
{
  gint64 start;
  char  *stage;
  double lower;
  double upper;
} CliProgress;

static void
cli_progress (const char *stage,
              double      fraction,
              double      lower,
              double      upper,
              gpointer    user_data)
{
  CliProgress *p = user_data;

  if (p->stage && g_str_equal (p->stage, stage) &&
      fabs (p->lower - lower) < 5e-5 && fabs (p->upper - upper) < 5e-5)
    return;
  g_free (p->stage);
  p->stage = g_strdup (stage);
  p->lower = lower;
  p->upper = upper;
  if (upper > lower && (lower > 0 || upper < 1))
    /* TRANSLATORS: progress of the draw's computation on stderr: the chance
     * the level being raised has reached, and the most still possible. */
    g_printerr (_("%s: %.2f %% reached, at most %.2f %% possible (%.1f s)\n"), stage,
                100 * lower, 100 * MIN (upper, 1.0), (g_get_monotonic_time () - p->start) / 1e6);
  else
    g_printerr (_("%s (%.1f s)\n"), stage, (g_get_monotonic_time () - p->start) / 1e6);
}

static int
cmd_select (int    argc,
            char **argv)
{
  g_autoptr(GPtrArray) zero_chance = NULL;
  CliProgress progress = { 0 };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSelectionInstance) instance = NULL;
  g_autoptr(RsSelectionCheck) check = NULL;
  g_autoptr(RsSelectionResult) result = NULL;
  g_autoptr(RsSelectionDraw) draw = NULL;
  g_auto(GStrv) address = NULL;
  g_autofree char *seed = NULL;
  const char *seed_source = "user";
  gboolean legacy = FALSE;
  gint64 start;
  int rc;

  g_option_context_set_summary (context, _("Draw a panel from a pool so that every quota holds and every "
                                           "volunteer's chance is as equal as the quotas allow (LEXIMIN)."));
  g_option_context_add_main_entries (context, select_entries, GETTEXT_PACKAGE);
  if ((rc = rs_cli_parse_options (context, &argc, &argv)) >= 0)
    return rc;
  if (argc > 1)
    return rs_cli_usage_error ("select", _("Unexpected argument."));
  if (opt_categories == NULL || opt_respondents == NULL || opt_out_dir == NULL)
    return rs_cli_usage_error ("select", _("--categories, --respondents and --out-dir are required."));
  if (opt_size <= 0)
    return rs_cli_usage_error ("select", _("--size must be a positive number."));
  if (opt_algorithm != NULL && !g_str_equal (opt_algorithm, "leximin") && !g_str_equal (opt_algorithm, "legacy"))
    return rs_cli_usage_error ("select", _("--algorithm must be leximin or legacy."));
  if ((rc = rs_cli_check_language ("select", opt_language)) >= 0)
    return rc;
  legacy = opt_algorithm != NULL && g_str_equal (opt_algorithm, "legacy");
  if (opt_address_columns)
    address = g_strsplit (opt_address_columns, ",", -1);

  instance = rs_selection_instance_new (opt_size);
  if (!rs_selection_read_categories (instance, opt_categories, &error) ||
      !rs_selection_read_respondents (instance, opt_respondents, opt_id_column,
                                      (const char * const *) address, &error))
    return rs_cli_fail (error);
  if (g_mkdir_with_parents (opt_out_dir, 0755) != 0)
    {
      int saved = errno;
      g_printerr (_("raadslag-cli: cannot create the folder %s: %s\n"), opt_out_dir, g_strerror (saved));
      return RS_CLI_ERROR;
    }

  check = rs_selection_check (instance, NULL, &error);
  if (check == NULL)
    return rs_cli_fail (error);
  if (!check->feasible)
    {
      g_autoptr(JsonNode) relaxation = rs_selection_check_to_json (check, instance);
      g_autoptr(GPtrArray) lines = rs_selection_check_describe (check, instance);

      g_printerr (_("raadslag-cli: the quotas cannot all be met.\n"));
      for (guint i = 0; i < lines->len; i++)
        g_printerr ("  %s\n", (char *) g_ptr_array_index (lines, i));
      if (!write_json (opt_out_dir, "relaxation.json", relaxation, &error))
        return rs_cli_fail (error);
      return RS_CLI_ERROR;
    }

  /* Feasible, yet someone may have no chance at all: warn first. */
  zero_chance = rs_selection_zero_chance (instance, NULL, NULL, &error);
  if (zero_chance == NULL)
    return rs_cli_fail (error);
  if (zero_chance->len > 0)
    {
      g_printerr (_("raadslag-cli: warning: some volunteers cannot be drawn at all with these quotas.\n"));
      for (guint i = 0; i < zero_chance->len; i++)
        g_printerr ("  %s\n", (char *) g_ptr_array_index (zero_chance, i));
    }

  start = g_get_monotonic_time ();
  progress.start = start;
  if (opt_seed != NULL)
    seed = g_strdup (opt_seed);
  else
    {
      seed = rs_selection_rng_fresh_seed ();
      seed_source = "getrandom";
    }
  if (legacy)
    result = rs_selection_legacy (instance, MAX (opt_legacy_draws, 1),
                                  g_ascii_strtoull (seed, NULL, 10), NULL, NULL, NULL, &error);
  else
    result = rs_selection_leximin (instance, TRUE, cli_progress, &progress, NULL, &error);
  g_free (progress.stage);
  if (result == NULL)
    return rs_cli_fail (error);
  draw = rs_selection_draw (result, seed, opt_reserves >= 0 ? opt_reserves : (opt_size + 4) / 5, &error);
  if (draw == NULL || !write_outputs (result, draw, seed_source, (g_get_monotonic_time () - start) / 1e6, &error))
    return rs_cli_fail (error);
  g_print (_("Drew %d of %d people with seed %s; lowest probability %.4f, highest %.4f.\n"),
           draw->members->len, rs_selection_instance_n_people (instance), seed,
           rs_selection_result_minimum (result), rs_selection_result_maximum (result));
  g_print (_("Results written to %s\n"), opt_out_dir);
  return RS_CLI_OK;
}

/* raadslag-cli select-replace: replacements after drop-outs. */

static char *opt_protocol;
static char *opt_dropped;

static const GOptionEntry replace_entries[] = {
  { "categories", 0, 0, G_OPTION_ARG_FILENAME, &opt_categories, N_("Categories and quotas (CSV)"), N_("FILE") },
  { "respondents", 0, 0, G_OPTION_ARG_FILENAME, &opt_respondents, N_("The pool of volunteers (CSV)"), N_("FILE") },
  { "size", 0, 0, G_OPTION_ARG_INT, &opt_size, N_("Number of panel members"), N_("K") },
  { "id-column", 0, 0, G_OPTION_ARG_STRING, &opt_id_column, N_("Id column (default nationbuilder_id, else the row number)"), N_("COLUMN") },
  { "address-columns", 0, 0, G_OPTION_ARG_STRING, &opt_address_columns, N_("Columns that make the household address, comma-separated"), N_("A,B") },
  { "protocol", 0, 0, G_OPTION_ARG_FILENAME, &opt_protocol, N_("protocol.json of the draw (members and reserve list)"), N_("FILE") },
  { "dropped", 0, 0, G_OPTION_ARG_STRING, &opt_dropped, N_("Ids of members who dropped out, comma-separated"), N_("ID,ID") },
  { "seed", 0, 0, G_OPTION_ARG_STRING, &opt_seed, N_("Seed of the draw (default: from the operating system)"), N_("N") },
  { NULL }
};

static gboolean
ids_to_people (RsSelectionInstance *instance,
               JsonArray           *array,
               GStrv                strv,
               GArray              *out,
               GError             **error)
{
  guint n = array ? json_array_get_length (array) : g_strv_length (strv);

  for (guint j = 0; j < n; j++)
    {
      const char *id = array ? json_array_get_string_element (array, j) : strv[j];
      int found = -1;

      for (int i = 0; i < rs_selection_instance_n_people (instance) && found < 0; i++)
        if (g_str_equal (rs_selection_instance_person (instance, i)->id, id))
          found = i;
      if (found < 0)
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INVALID,
                       _("The id “%s” is not in the respondents file."), id);
          return FALSE;
        }
      g_array_append_val (out, found);
    }
  return TRUE;
}

static int
cmd_replace (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSelectionInstance) instance = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) dropped = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) remaining = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) reserves = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) chosen = NULL;
  g_auto(GStrv) address = NULL;
  g_auto(GStrv) dropped_ids = NULL;
  g_autofree char *seed = NULL;
  JsonObject *protocol;
  int rc;

  g_option_context_set_summary (context, _("Draw replacements for members who dropped out: every quota keeps "
                                           "holding, reserves come first in their order, and no housemate of a "
                                           "member is chosen."));
  g_option_context_add_main_entries (context, replace_entries, GETTEXT_PACKAGE);
  if ((rc = rs_cli_parse_options (context, &argc, &argv)) >= 0)
    return rc;
  if (argc > 1)
    return rs_cli_usage_error ("select-replace", _("Unexpected argument."));
  if (opt_categories == NULL || opt_respondents == NULL || opt_protocol == NULL || opt_dropped == NULL || opt_size <= 0)
    return rs_cli_usage_error ("select-replace", _("--categories, --respondents, --size, --protocol and --dropped are required."));
  if (opt_address_columns)
    address = g_strsplit (opt_address_columns, ",", -1);
  instance = rs_selection_instance_new (opt_size);
  if (!rs_selection_read_categories (instance, opt_categories, &error) ||
      !rs_selection_read_respondents (instance, opt_respondents, opt_id_column,
                                      (const char * const *) address, &error) ||
      !json_parser_load_from_file (parser, opt_protocol, &error))
    return rs_cli_fail (error);
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ||
      !json_object_has_member (json_node_get_object (json_parser_get_root (parser)), "members"))
    {
      g_printerr (_("raadslag-cli: %s is not a selection protocol.\n"), opt_protocol);
      return RS_CLI_ERROR;
    }
  protocol = json_node_get_object (json_parser_get_root (parser));
  dropped_ids = g_strsplit (opt_dropped, ",", -1);
  if (!ids_to_people (instance, json_object_get_array_member (protocol, "members"), NULL, members, &error) ||
      !ids_to_people (instance, NULL, dropped_ids, dropped, &error) ||
      (json_object_has_member (protocol, "reserves") &&
       !ids_to_people (instance, json_object_get_array_member (protocol, "reserves"), NULL, reserves, &error)))
    return rs_cli_fail (error);
  for (guint j = 0; j < members->len; j++)
    {
      gboolean gone = FALSE;
      for (guint d = 0; d < dropped->len; d++)
        gone |= g_array_index (dropped, int, d) == g_array_index (members, int, j);
      if (!gone)
        g_array_append_val (remaining, g_array_index (members, int, j));
    }
  seed = opt_seed ? g_strdup (opt_seed) : rs_selection_rng_fresh_seed ();
  chosen = rs_selection_replace (instance, remaining, dropped, reserves, seed, &error);
  if (chosen == NULL)
    return rs_cli_fail (error);
  {
    g_autoptr(RsCsvWriter) out = rs_csv_writer_new (',', RS_CSV_WRITER_CRLF);

    rs_csv_writer_add_plain (out, "id");
    rs_csv_writer_end_row (out);
    for (guint j = 0; j < chosen->len; j++)
      {
        rs_csv_writer_add_plain (out, rs_selection_instance_person (instance, g_array_index (chosen, int, j))->id);
        rs_csv_writer_end_row (out);
      }
    g_print ("%s", rs_csv_writer_peek (out, NULL));
  }
  g_printerr (_("Seed: %s\n"), seed);
  return RS_CLI_OK;
}

const RsCliCommand rs_cli_selection_commands[] = {
  { "select", N_("Draw a panel from CSV files (categories and respondents)"), cmd_select },
  { "select-replace", N_("Draw replacements for members who dropped out"), cmd_replace },
  { NULL }
};
