/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <json-glib/json-glib.h>

/*
 * The Flatpak runtime cannot be downloaded here, so this checks what can be
 * checked offline: the manifest parses, builds our app ID and command on a
 * numbered stable GNOME runtime, keeps finish-args minimal, and has a module
 * for every library the build links that org.gnome.Platform does not ship.
 */

static const char *manifest_path;

/* pkg-config names the build uses that the GNOME runtime lacks, and the
 * manifest module that provides each. */
static const char *needed[][2] = {
  { "cbc", "cbc" },
  { "clp", "clp" },
  { "coinutils", "coinutils" },
  { "osi", "osi" },
  { "cgl", "cgl" },
  { "poppler-glib", "poppler" },
  { "gmime-3.0", "gmime" },
};

static JsonObject *
load (JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, manifest_path, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_identity (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = load (parser);
  const char *version = json_object_get_string_member (root, "runtime-version");

  g_assert_cmpstr (json_object_get_string_member (root, "id"), ==, "io.github.raadslag.Raadslag");
  g_assert_cmpstr (json_object_get_string_member (root, "command"), ==, "raadslag");
  g_assert_cmpstr (json_object_get_string_member (root, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (json_object_get_string_member (root, "sdk"), ==, "org.gnome.Sdk");
  /* A numbered stable runtime, not master. */
  g_assert_true (g_ascii_isdigit (version[0]));
}

static void
test_finish_args (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *args = json_object_get_array_member (load (parser), "finish-args");

  for (guint i = 0; i < json_array_get_length (args); i++)
    {
      const char *arg = json_array_get_string_element (args, i);
      /* No broad file access: files go through the portal. */
      g_assert_false (g_str_has_prefix (arg, "--filesystem"));
      g_assert_false (g_str_equal (arg, "--socket=x11"));
    }
}

static void
test_modules (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *modules = json_object_get_array_member (load (parser), "modules");
  guint n = json_array_get_length (modules);
  JsonObject *last = json_array_get_object_element (modules, n - 1);
  JsonObject *source;

  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    {
      gboolean found = FALSE;
      for (guint m = 0; m < n; m++)
        if (g_str_equal (json_object_get_string_member (json_array_get_object_element (modules, m),
                                                        "name"), needed[i][1]))
          found = TRUE;
      if (!found)
        g_test_message ("No module for %s", needed[i][0]);
      g_assert_true (found);
    }

  /* The app itself comes last, from this folder, with its tests on. */
  g_assert_cmpstr (json_object_get_string_member (last, "name"), ==, "raadslag");
  g_assert_cmpstr (json_object_get_string_member (last, "buildsystem"), ==, "meson");
  g_assert_true (json_object_get_boolean_member (last, "run-tests"));
  source = json_array_get_object_element (json_object_get_array_member (last, "sources"), 0);
  g_assert_cmpstr (json_object_get_string_member (source, "type"), ==, "dir");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  manifest_path = argv[1];
  g_test_add_func ("/flatpak/identity", test_identity);
  g_test_add_func ("/flatpak/finish-args", test_finish_args);
  g_test_add_func ("/flatpak/modules", test_modules);
  return g_test_run ();
}
