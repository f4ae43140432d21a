/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "raadslag"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rs-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(RsApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* RAADSLAG_LOCALEDIR lets an uninstalled build (meson devenv) find its
   * catalogues. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RAADSLAG_LOCALEDIR") ? g_getenv ("RAADSLAG_LOCALEDIR")
                                                                   : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rs_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
