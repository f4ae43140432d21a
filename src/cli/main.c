/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "raadslag-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "rs-cli.h"

/* raadslag-cli: the headless tool, for IT staff, scripts and tests. */

static const RsCliCommand * const tables[] = {
  rs_cli_process_commands,
  rs_cli_panels_commands,
  rs_cli_selection_commands,
  rs_cli_hearings_commands,
  rs_cli_hearing_analysis_commands,
  rs_cli_sessions_commands,
  rs_cli_council_commands,
  rs_cli_pb_commands,
  rs_cli_privacy_commands,
  rs_cli_involvement_commands,
  rs_cli_audit_commands,
  rs_cli_db_copy_commands,
  rs_cli_comments_commands,
  rs_cli_db_commands,
  rs_cli_open_meetings_commands,
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: raadslag-cli COMMAND [OPTIONS…]"));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    for (const RsCliCommand *c = tables[t]; c->name; c++)
      fprintf (out, "  %-24s %s\n", c->name, _(c->summary));
  fprintf (out, "\n%s\n", _("Run “raadslag-cli COMMAND --help” for a command’s options."));
}

static const RsCliCommand *
find_command (const char *name)
{
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    for (const RsCliCommand *c = tables[t]; c->name; c++)
      if (g_str_equal (c->name, name))
        return c;
  return NULL;
}

int
main (int    argc,
      char **argv)
{
  const RsCliCommand *command = NULL;
  int skip = 0;

  setlocale (LC_ALL, "");
  /* RAADSLAG_LOCALEDIR lets an uninstalled build (meson devenv) find its
   * catalogues. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RAADSLAG_LOCALEDIR") ? g_getenv ("RAADSLAG_LOCALEDIR")
                                                                   : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return RS_CLI_USAGE;
    }
  if (g_str_equal (argv[1], "--version") || g_str_equal (argv[1], "version"))
    {
      g_print ("raadslag-cli %s\n", PACKAGE_VERSION);
      return RS_CLI_OK;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return RS_CLI_OK;
    }

  if (argc >= 4)
    {
      g_autofree char *three = g_strconcat (argv[1], " ", argv[2], " ", argv[3], NULL);
      if ((command = find_command (three)) != NULL)
        skip = 3;
    }
  if (command == NULL && argc >= 3)
    {
      g_autofree char *two = g_strconcat (argv[1], " ", argv[2], NULL);
      if ((command = find_command (two)) != NULL)
        skip = 2;
    }
  if (command == NULL && (command = find_command (argv[1])) != NULL)
    skip = 1;
  if (command == NULL)
    {
      g_printerr (_("raadslag-cli: unknown command “%s”.\n"), argv[1]);
      print_usage (stderr);
      return RS_CLI_USAGE;
    }

  {
    /* The command sees "raadslag-cli NAME" as its argv[0]. */
    g_autofree char *prog = g_strdup_printf ("raadslag-cli %s", command->name);
    g_autofree char **sub = g_new0 (char *, argc - skip + 2);
    int sub_argc = 0;

    sub[sub_argc++] = prog;
    for (int i = skip + 1; i < argc; i++)
      sub[sub_argc++] = argv[i];
    g_set_prgname (prog);
    return command->run (sub_argc, sub);
  }
}
