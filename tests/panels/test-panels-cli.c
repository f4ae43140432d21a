/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "rs-test-utils.h"

static char *
write_temp (const char *dir,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
test_cli_end_to_end (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, NULL);
  g_autofree char *path = g_strdup (rs_database_get_path (db));
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *cats = NULL;
  g_autofree char *pool = NULL;
  g_autofree char *mapping = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *panel = NULL;
  int rc;

  g_clear_object (&db);
  {
    const char *argv[] = { "panel", "create", "--db", path, "--process", "1", "--name", "Ungepanel",
                           "--size", "8", NULL };
    rc = rs_test_run_cli (argv, &out, &err);
    g_assert_cmpint (rc, ==, 0);
    g_assert_cmpstr (out, ==, "2\n");
    panel = g_strstrip (g_strdup (out));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "panel", "create", "--db", path, "--process", "1", "--name", "X",
                           "--size", "-3", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "size"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "panels", "--db", path, "--json", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "\"Ungepanel\""));
    g_assert_nonnull (strstr (out, "\"Borgerrådet for Budget 2027\""));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  cats = write_temp (dir, "cats.csv", "category,feature,min,max\nKøn,Kvinde,3,5\nKøn,Mand,3,5\n"
                                      "Alder,Ung,2,6\nAlder,Ældre,2,6\n");
  {
    const char *argv[] = { "categories", "import", "--db", path, "--panel", panel, cats, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "categories", "export", "--db", path, "--panel", panel, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Køn,Kvinde,3,5"));
    g_assert_nonnull (strstr (out, "Alder,Ældre,2,6"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  pool = write_temp (dir, "pool.csv", "Nr;Navn;E-mail;Gender;Age\n1;Ida;ida@example.org;K;Ung\n"
                                      "2;Bo;bo@example.org;M;Ældre\n3;Ida B;ida@example.org;k;Ældre\n");
  mapping = write_temp (dir, "m.json", "{\"id\": \"Nr\", \"contact\": {\"name\": \"Navn\", \"email\": \"E-mail\"},"
                                       " \"categories\": {\"Køn\": {\"column\": \"Gender\", \"aliases\": "
                                       "{\"K\": \"Kvinde\", \"M\": \"Mand\"}}, \"Alder\": {\"column\": \"Age\"}}}");
  bad = write_temp (dir, "bad.csv", "Nr;Navn;E-mail;Gender;Age\n1;Ida;ida@example.org;Q;Ung\n");
  {
    const char *argv[] = { "pool", "import", "--db", path, "--panel", panel, "--mapping", mapping, bad, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "line 2, column 4"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "pool", "import", "--db", path, "--panel", panel, "--mapping", mapping, pool, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "3"));
    g_assert_nonnull (strstr (out, "2 are flagged"));  /* same e-mail */
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "pool", "export", "--db", path, "--panel", panel, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_true (g_str_has_prefix (out, "id,Køn,Alder,status\r\n"));
    g_assert_nonnull (strstr (out, "P-0001,Kvinde,Ung,registered"));
    g_assert_null (strstr (out, "ida@example.org"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "pool", "export", "--db", path, "--panel", panel, "--with-contacts", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "ida@example.org"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "population", "show", "--db", path, "--municipality", "461", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "population fetch"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "population", "fetch", "--db", path, "--municipality", "4711", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 2);
  }
  rs_test_remove_dir (dir);
}

/* population fetch against a fake StatBank in this process */

static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *lower = NULL;
  g_autofree char *file = NULL;
  char *text = NULL;
  gsize length = 0;

  json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), NULL);
  lower = g_ascii_strdown (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)),
                                                          "table"), -1);
  file = g_strdup_printf ("%s/panels/%s-%s.json", TEST_DATA_DIR, lower,
                          g_str_has_suffix (path, "tableinfo") ? "tableinfo" : "461");
  g_assert_true (g_file_get_contents (file, &text, &length, NULL));
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/json; charset=utf-8", SOUP_MEMORY_TAKE, text, length);
}

typedef struct
{
  gboolean done;
  char    *out;
  char    *err;
  int      status;
} Run;

static void
communicated (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Run *run = user_data;

  g_assert_true (g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &run->out,
                                                       &run->err, NULL));
  run->status = g_subprocess_get_exit_status (G_SUBPROCESS (source));
  run->done = TRUE;
}

static void
test_cli_population (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autofree char *path = g_strdup (rs_database_get_path (db));
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  Run run = { 0 };
  GSList *uris;

  g_clear_object (&db);
  soup_server_add_handler (server, "/v1", handler, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  uris = soup_server_get_uris (server);
  url = g_strdup_printf ("http://127.0.0.1:%d/v1", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_subprocess_launcher_setenv (launcher, "RAADSLAG_DST_BASE_URL", url, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("RAADSLAG_CLI"), "population",
                                         "fetch", "--db", path, "--municipality", "461", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, communicated, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Odense"));
  g_free (run.out);
  g_free (run.err);

  {
    const char *argv[] = { "population", "show", "--db", path, "--municipality", "461", "--json", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Kilde: Danmarks Statistik, FOLK1A"));
    g_assert_nonnull (strstr (out, "\"2025K3\""));
    g_assert_nonnull (strstr (out, "\"immigrant\""));
  }
  soup_server_disconnect (server);
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/panels/cli/end-to-end", test_cli_end_to_end);
  g_test_add_func ("/panels/cli/population", test_cli_population);
  return g_test_run ();
}
