/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rs-cli.h"
#include "rs-database-location.h"

/* Only the commands that create (init, sample) may turn a missing or
 * empty file into a database; every other command reports it. */
static gboolean may_create;

void
rs_cli_allow_create (void)
{
  may_create = TRUE;
}

static RsDatabase *
open_database (const char *path,
               GError    **error)
{
  return rs_database_open_location (path, may_create ? RS_DATABASE_OPEN_CREATE : RS_DATABASE_OPEN_DEFAULT,
                                    error);
}

int
rs_cli_parse_options (GOptionContext *context,
                      int            *argc,
                      char         ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("raadslag-cli: %s\n", error->message);
      return RS_CLI_USAGE;
    }
  return -1;
}

int
rs_cli_parse_command (const char          *name,
                      const char          *summary,
                      const char          *parameter,
                      int                  n_positional,
                      const GOptionEntry  *entries,
                      char               **db_path,
                      int                 *argc,
                      char              ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  int rc;

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((rc = rs_cli_parse_options (context, argc, argv)) >= 0)
    return rc;
  if (n_positional >= 0 && *argc - 1 != n_positional)
    {
      if (n_positional == 0)
        return rs_cli_usage_error (name, _("Unexpected argument."));
      return rs_cli_usage_error (name, n_positional == 1 ? _("Give exactly one file.")
                                                          : _("Wrong number of arguments."));
    }
  if (db_path != NULL && *db_path == NULL)
    return rs_cli_usage_error (name, _("No database given; use --db FILE."));
  return -1;
}

int
rs_cli_open_command (const char          *name,
                     const char          *summary,
                     const char          *parameter,
                     int                  n_positional,
                     const GOptionEntry  *entries,
                     char               **db_path,
                     int                 *argc,
                     char              ***argv,
                     RsDatabase         **db_out)
{
  g_autoptr(GError) error = NULL;
  int rc = rs_cli_parse_command (name, summary, parameter, n_positional, entries, db_path, argc,
                                 argv);

  if (rc >= 0)
    return rc;
  *db_out = open_database (*db_path, &error);
  if (*db_out == NULL)
    return rs_cli_fail (error);
  return -1;
}

RsDatabase *
rs_cli_open_database (const char *path,
                      GError    **error)
{
  if (path == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("No database given; use --db FILE."));
      return NULL;
    }
  return open_database (path, error);
}

int
rs_cli_fail (const GError *error)
{
  g_printerr ("raadslag-cli: %s\n", error->message);
  return g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED) ? RS_CLI_USAGE
                                                                        : RS_CLI_ERROR;
}

int
rs_cli_usage_error (const char *command,
                    const char *message)
{
  g_printerr ("raadslag-cli %s: %s\n", command, message);
  g_printerr (_("Try “raadslag-cli %s --help”.\n"), command);
  return RS_CLI_USAGE;
}

const char rs_cli_language_description[] = N_("Language of the report: da or en (default: yours)");
const char rs_cli_language_argument[] = N_("LANG");

int
rs_cli_check_language (const char *command,
                       const char *language)
{
  if (language == NULL || g_str_equal (language, "da") || g_str_equal (language, "en"))
    return -1;
  return rs_cli_usage_error (command, _("Give --language da or --language en."));
}

void
rs_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  /* Text that is not UTF-8 in the database never reaches JSON raw. */
  if (!g_utf8_validate (text, -1, NULL))
    {
      char *valid = g_utf8_make_valid (text, -1);
      g_free (text);
      text = valid;
    }
  g_print ("%s\n", text);
}

gboolean
rs_cli_parse_id (const char *text,
                 gint64     *out)
{
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *out = (gint64) value;
  return TRUE;
}

int
rs_cli_need_id (const char *command,
                const char *option,
                const char *text,
                gint64     *out)
{
  if (!rs_cli_parse_id (text, out))
    {
      g_autofree char *msg = g_strdup_printf (_("Give a numeric id with --%s."), option);
      return rs_cli_usage_error (command, msg);
    }
  return -1;
}
