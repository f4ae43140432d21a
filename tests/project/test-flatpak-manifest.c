/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

/*
 * The Flatpak runtime cannot be downloaded here, so this checks what can be
 * checked offline: the manifest parses (with json-glib, and as flatpak-builder
 * itself reads it with --show-manifest), builds our app ID and command on a
 * supported GNOME runtime, keeps finish-args minimal and every one of them
 * an option, pins every source by commit or sha256, and has a module for
 * every library the build links that org.gnome.Platform does not ship.
 */

/* The oldest GNOME runtime still supported when the manifest was last
 * updated; older ones get no security updates. */
#define OLDEST_SUPPORTED_RUNTIME 49

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
  /* The PostgreSQL client library, for a shared database on a server. */
  { "libpq", "libpq" },
  /* BLAS and LAPACK for CLP's dense factorisations (the LEXIMIN draw). */
  { "openblas", "openblas" },
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
  /* A numbered stable runtime, not master, and one still supported. */
  g_assert_true (g_ascii_isdigit (version[0]));
  g_assert_cmpint (atoi (version), >=, OLDEST_SUPPORTED_RUNTIME);
}

/* Every finish-args entry is an option: flatpak build-finish would take a
 * string such as a "comment" for an argument. */
static void
assert_finish_args (JsonObject *root)
{
  JsonArray *args = json_object_get_array_member (root, "finish-args");

  g_assert_nonnull (args);
  g_assert_cmpuint (json_array_get_length (args), >, 0);
  for (guint i = 0; i < json_array_get_length (args); i++)
    {
      const char *arg = json_array_get_string_element (args, i);

      if (arg == NULL || !g_str_has_prefix (arg, "--") || strchr (arg, ' ') != NULL)
        g_error ("finish-args[%u] is not an option: “%s”", i, arg ? arg : "(not a string)");
    }
}

/* Every downloaded source is pinned: a git source by commit, an archive or
 * file by sha256. */
static void
assert_sources_pinned (JsonObject *root)
{
  JsonArray *modules = json_object_get_array_member (root, "modules");

  for (guint m = 0; m < json_array_get_length (modules); m++)
    {
      JsonObject *module = json_array_get_object_element (modules, m);
      JsonArray *sources = json_object_get_array_member (module, "sources");
      const char *name = json_object_get_string_member (module, "name");

      for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
        {
          JsonObject *source = json_array_get_object_element (sources, i);
          const char *type = json_object_get_string_member (source, "type");

          if (g_str_equal (type, "git"))
            {
              const char *commit = json_object_get_string_member_with_default (source, "commit", "");

              if (strlen (commit) != 40)
                g_error ("module %s: git source without a full commit", name);
            }
          else if (g_str_equal (type, "archive") || g_str_equal (type, "file"))
            {
              const char *sha256 = json_object_get_string_member_with_default (source, "sha256", "");

              if (strlen (sha256) != 64)
                g_error ("module %s: %s source without a sha256", name, type);
            }
          else
            g_assert_cmpstr (type, ==, "dir");   /* only the app itself */
        }
    }
}

static void
test_pinned (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = load (parser);

  assert_finish_args (root);
  assert_sources_pinned (root);
}

/* The manifest as flatpak-builder reads it, which is what counts: it keeps
 * whatever strings are in finish-args and passes them on. */
static void
test_show_manifest (void)
{
  g_autofree char *builder = g_find_program_in_path ("flatpak-builder");
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *argv[] = { NULL, "--show-manifest", manifest_path, NULL };
  JsonObject *root;
  int status = 0;

  if (builder == NULL)
    {
      g_test_skip ("flatpak-builder is not installed (build-aux/deps.sh installs it)");
      return;
    }
  argv[0] = builder;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("flatpak-builder --show-manifest failed: %s", err);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "id"), ==, "io.github.raadslag.Raadslag");
  g_assert_cmpint (atoi (json_object_get_string_member (root, "runtime-version")), >=,
                   OLDEST_SUPPORTED_RUNTIME);
  assert_finish_args (root);
  assert_sources_pinned (root);
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

  /* CoinUtils factorises with OpenBLAS, built before it. */
  {
    gint openblas = -1, coinutils = -1;
    JsonArray *opts;
    gboolean with_lapack = FALSE;

    for (guint m = 0; m < n; m++)
      {
        const char *name = json_object_get_string_member (json_array_get_object_element (modules, m), "name");
        if (g_str_equal (name, "openblas"))
          openblas = m;
        else if (g_str_equal (name, "coinutils"))
          coinutils = m;
      }
    g_assert_cmpint (openblas, >=, 0);
    g_assert_cmpint (openblas, <, coinutils);
    opts = json_object_get_array_member (json_array_get_object_element (modules, coinutils), "config-opts");
    for (guint o = 0; o < json_array_get_length (opts); o++)
      with_lapack |= g_str_equal (json_array_get_string_element (opts, o), "--with-lapack-lib=-lopenblas");
    g_assert_true (with_lapack);
  }

  /* libpq is PostgreSQL's client library only: no server, no programs,
   * and nothing that needs a terminal (readline) or ICU. */
  for (guint m = 0; m < n; m++)
    {
      JsonObject *module = json_array_get_object_element (modules, m);
      JsonArray *commands;
      g_autoptr(GString) all = g_string_new ("");

      if (!g_str_equal (json_object_get_string_member (module, "name"), "libpq"))
        continue;
      commands = json_object_get_array_member (module, "build-commands");
      g_assert_nonnull (commands);
      for (guint c = 0; c < json_array_get_length (commands); c++)
        g_string_append_printf (all, "%s\n", json_array_get_string_element (commands, c));
      g_assert_nonnull (strstr (all->str, "--without-readline"));
      g_assert_nonnull (strstr (all->str, "--without-icu"));
      g_assert_nonnull (strstr (all->str, "make -C src/interfaces/libpq install"));
      g_assert_null (strstr (all->str, "make install"));
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
  g_test_add_func ("/flatpak/pinned", test_pinned);
  g_test_add_func ("/flatpak/show-manifest", test_show_manifest);
  return g_test_run ();
}
