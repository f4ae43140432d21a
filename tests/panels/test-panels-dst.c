/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "rs-dst-client.h"
#include "rs-jsonstat.h"
#include "rs-municipalities.h"
#include "rs-population.h"
#include "rs-test-utils.h"

/* A fake StatBank on 127.0.0.1 serving JSON-stat as text/json. */
typedef enum
{
  MODE_OK,
  MODE_500,
  MODE_500_ONCE,
  MODE_MALFORMED,
  MODE_ERROR_OBJECT,
  MODE_SLOW,
  MODE_DRIFT,
  MODE_WRONG_TYPES,
  MODE_WRONG_ERROR,
} Mode;

typedef struct
{
  SoupServer  *server;
  char        *base_url;
  Mode         mode;
  guint        requests;
  char        *dir;
  RsDatabase  *db;
  RsDstClient *client;
  gboolean     done;
  GError      *error;
  guint        progress_calls;
} Fixture;

static char *
fixture_text (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_strdup_printf ("%s/panels/%s", TEST_DATA_DIR, name);
  char *text = NULL;

  if (!g_file_get_contents (path, &text, length, NULL))
    return NULL;
  return text;
}

static void
respond (SoupServerMessage *msg,
         guint              status,
         char              *text,
         gsize              length)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_message_headers_append (soup_server_message_get_response_headers (msg),
                               "StatbankAPI-Request-Id", "test-1");
  soup_server_message_set_response (msg, "text/json; charset=utf-8", SOUP_MEMORY_TAKE, text, length);
}

static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  Fixture *f = user_data;
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *table = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *name = NULL;
  gboolean info = g_str_has_suffix (path, "/tableinfo");
  char *text;
  gsize length = 0;

  f->requests++;
  if (f->mode == MODE_SLOW)
    {
      soup_server_message_pause (msg);
      return;
    }
  if (f->mode == MODE_500 || (f->mode == MODE_500_ONCE && f->requests == 1))
    {
      soup_server_message_set_status (msg, 500, NULL);
      return;
    }
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (body, NULL),
                                             g_bytes_get_size (body), NULL));
  table = g_strdup (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)), "table"));
  lower = g_ascii_strdown (table, -1);
  if (!info && f->mode == MODE_MALFORMED)
    {
      respond (msg, 200, g_strdup ("{\"dataset\": {\"dimension\": "), 25);
      return;
    }
  if (!info && f->mode == MODE_ERROR_OBJECT)
    {
      text = g_strdup ("{\"errorTypeCode\":\"EXTRACT-NOTFOUND\",\"message\":\"Tabellen blev ikke fundet\"}");
      respond (msg, 400, text, strlen (text));
      return;
    }
  if (f->mode == MODE_WRONG_ERROR)
    {
      text = g_strdup ("{\"errorTypeCode\":42,\"message\":{}}");
      respond (msg, 400, text, strlen (text));
      return;
    }
  if (f->mode == MODE_WRONG_TYPES)
    {
      /* Members of unexpected types: none may raise a json-glib critical. */
      text = g_strdup (info ? "{\"variables\":[\"x\",7,{\"id\":5,\"values\":\"no\"},"
                              "{\"id\":\"OMRÅDE\",\"values\":[1,\"461\",{\"id\":461}]},"
                              "{\"time\":true}],\"footnote\":{\"mandatory\":true,\"text\":[]}}"
                            : "{\"errorTypeCode\":42,\"message\":{}}");
      respond (msg, info ? 200 : 400, text, strlen (text));
      return;
    }
  name = g_strdup_printf (info ? "%s-tableinfo.json" : "%s-461.json", lower);
  text = fixture_text (name, &length);
  if (text == NULL)
    {
      text = g_strdup ("{\"errorTypeCode\":\"EXTRACT-NOTFOUND\",\"message\":\"Tabellen blev ikke fundet\"}");
      respond (msg, 400, text, strlen (text));
      return;
    }
  if (info && f->mode == MODE_DRIFT && g_str_equal (table, "FOLK1A"))
    {
      GString *s = g_string_new (text);
      g_free (text);
      g_string_replace (s, "\"KØN\"", "\"KOEN\"", 0);
      length = s->len;
      text = g_string_free (s, FALSE);
    }
  respond (msg, 200, text, length);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  f->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (f->server, "/v1", handler, f, NULL);
  g_assert_true (soup_server_listen_local (f->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (f->server);
  f->base_url = g_strdup_printf ("http://127.0.0.1:%d/v1/", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_setenv ("RAADSLAG_DST_BASE_URL", f->base_url, TRUE);
  {
    g_autofree char *url = rs_dst_resolve_base_url (NULL);
    g_assert_cmpstr (url, ==, f->base_url);
  }
  f->client = rs_dst_client_new (NULL);
  rs_dst_client_set_retry_delay (f->client, 5);
  f->db = rs_test_open_temp_database (&f->dir);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_error (&f->error);
  g_object_unref (f->client);
  soup_server_disconnect (f->server);
  g_object_unref (f->server);
  g_object_unref (f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->base_url);
  g_unsetenv ("RAADSLAG_DST_BASE_URL");
}

static void
fetched (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fixture *f = user_data;

  rs_population_fetch_finish (result, &f->error);
  f->done = TRUE;
}

static void
on_progress (double      fraction,
             const char *message,
             gpointer    user_data)
{
  Fixture *f = user_data;

  g_assert_cmpfloat (fraction, >=, 0);
  g_assert_cmpfloat (fraction, <=, 1);
  f->progress_calls++;
}

static void
fetch (Fixture      *f,
       GCancellable *cancellable)
{
  f->done = FALSE;
  rs_population_fetch_async (f->client, f->db, "461", on_progress, f, cancellable, fetched, f);
  while (!f->done)
    g_main_context_iteration (NULL, TRUE);
}

static guint
stored_benchmarks (Fixture *f)
{
  g_autoptr(GPtrArray) list = rs_population_load (f->db, "461", NULL);
  return list->len;
}

static void
test_fetch_ok (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(RsCategory) age = rs_category_new_preset ("age");
  g_autoptr(RsCategory) gender = rs_category_new_preset ("gender");
  g_autoptr(RsCategory) origin = rs_category_new_preset ("origin");
  g_autoptr(RsCategory) district = rs_category_new_preset ("district");
  g_autoptr(GError) error = NULL;
  double sum = 0;

  fetch (f, NULL);
  g_assert_no_error (f->error);
  g_assert_cmpuint (f->requests, ==, 6);
  g_assert_cmpuint (f->progress_calls, >=, 4);
  list = rs_population_load (f->db, "461", &error);
  g_assert_cmpuint (list->len, ==, 3);
  {
    RsBenchmark *bm = g_ptr_array_index (list, 0);
    g_assert_cmpstr (bm->table_id, ==, "FOLK1A");
    g_assert_cmpstr (bm->period, ==, "2025K3");
    g_assert_cmpstr (bm->source_credit, ==, "Kilde: Danmarks Statistik, FOLK1A");
    g_assert_nonnull (strstr (bm->request, "\"OMRÅDE\""));
    g_assert_cmpint (rs_benchmark_total (bm, "age"), >, 0);
  }
  g_assert_cmpstr (((RsBenchmark *) list->pdata[1])->footnote, ==, "Invented footnote for tests.");

  g_assert_true (rs_population_apply (list, age, 18, &error));
  for (guint i = 0; i < age->values->len; i++)
    sum += ((RsCategoryValue *) age->values->pdata[i])->share;
  g_assert_cmpfloat_with_epsilon (sum, 100, 1e-6);
  g_assert_true (rs_population_apply (list, gender, 18, &error));
  /* Women are 1 more per year than men in the fixture: a little over half. */
  g_assert_cmpfloat (((RsCategoryValue *) gender->values->pdata[0])->share, >, 50);
  g_assert_cmpfloat (((RsCategoryValue *) gender->values->pdata[0])->share, <, 50.2);
  g_assert_true (rs_population_apply (list, origin, 18, &error));
  /* 800 : 100 : 40 per year of age */
  g_assert_cmpfloat_with_epsilon (((RsCategoryValue *) origin->values->pdata[0])->share, 800.0 / 9.4, 1e-6);
  g_assert_false (rs_population_apply (list, district, 18, &error));
  g_assert_nonnull (strstr (error->message, "Bydel"));

  /* Fetching again replaces, not duplicates. */
  fetch (f, NULL);
  g_assert_no_error (f->error);
  g_assert_cmpuint (stored_benchmarks (f), ==, 3);
}

static void
test_fetch_500 (Fixture       *f,
                gconstpointer  data)
{
  f->mode = MODE_500;
  fetch (f, NULL);
  g_assert_error (f->error, RS_DST_ERROR, RS_DST_ERROR_HTTP_STATUS);
  g_assert_nonnull (strstr (f->error->message, "500"));
  g_assert_cmpuint (f->requests, ==, 3);  /* three tries */
  g_assert_cmpuint (stored_benchmarks (f), ==, 0);
}

static void
test_fetch_500_once (Fixture       *f,
                     gconstpointer  data)
{
  f->mode = MODE_500_ONCE;
  fetch (f, NULL);
  g_assert_no_error (f->error);
  g_assert_cmpuint (f->requests, ==, 7);
  g_assert_cmpuint (stored_benchmarks (f), ==, 3);
}

static void
test_fetch_malformed (Fixture       *f,
                      gconstpointer  data)
{
  f->mode = MODE_MALFORMED;
  fetch (f, NULL);
  g_assert_error (f->error, RS_DST_ERROR, RS_DST_ERROR_PROTOCOL);
  g_assert_cmpuint (stored_benchmarks (f), ==, 0);
}

static void
test_fetch_error_object (Fixture       *f,
                         gconstpointer  data)
{
  f->mode = MODE_ERROR_OBJECT;
  fetch (f, NULL);
  g_assert_error (f->error, RS_DST_ERROR, RS_DST_ERROR_REMOTE_ERROR);
  g_assert_nonnull (strstr (f->error->message, "EXTRACT-NOTFOUND"));
  g_assert_cmpuint (f->requests, ==, 2);  /* 4xx is never retried */
  g_assert_cmpuint (stored_benchmarks (f), ==, 0);
}

static void
test_fetch_slow (Fixture       *f,
                 gconstpointer  data)
{
  f->mode = MODE_SLOW;
  rs_dst_client_set_timeout (f->client, 1);
  fetch (f, NULL);
  g_assert_error (f->error, RS_DST_ERROR, RS_DST_ERROR_NETWORK);
  g_assert_cmpuint (f->requests, ==, 3);
  g_assert_cmpuint (stored_benchmarks (f), ==, 0);
}

static void
test_fetch_drift (Fixture       *f,
                  gconstpointer  data)
{
  f->mode = MODE_DRIFT;
  fetch (f, NULL);
  g_assert_error (f->error, RS_DST_ERROR, RS_DST_ERROR_SCHEMA_DRIFT);
  g_assert_nonnull (strstr (f->error->message, "KØN"));
  g_assert_cmpuint (stored_benchmarks (f), ==, 0);
}

static void
test_fetch_wrong_types (Fixture       *f,
                        gconstpointer  data)
{
  f->mode = MODE_WRONG_TYPES;
  fetch (f, NULL);
  g_assert_error (f->error, RS_DST_ERROR, RS_DST_ERROR_SCHEMA_DRIFT);
  g_assert_cmpuint (stored_benchmarks (f), ==, 0);

  /* An error object whose members are not strings. */
  g_clear_error (&f->error);
  f->mode = MODE_WRONG_ERROR;
  fetch (f, NULL);
  g_assert_error (f->error, RS_DST_ERROR, RS_DST_ERROR_REMOTE_ERROR);
  g_assert_cmpuint (stored_benchmarks (f), ==, 0);
}

static gboolean
cancel_soon (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
test_fetch_cancel (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  f->mode = MODE_SLOW;
  g_timeout_add (100, cancel_soon, cancellable);
  fetch (f, cancellable);
  g_assert_error (f->error, RS_DST_ERROR, RS_DST_ERROR_CANCELLED);
  g_assert_cmpuint (stored_benchmarks (f), ==, 0);
}

/* Offline parsing */

static RsJsonStat *
parse_fixture (const char *name,
               GError    **error)
{
  gsize length;
  g_autofree char *text = fixture_text (name, &length);

  return rs_jsonstat_parse_data (text, length, error);
}

static void
test_jsonstat_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsJsonStat) cube = parse_fixture ("folk1a-example.json", &error);
  const char *odense_women[] = { "461", "2", "IALT", "FOLK1A", "2025K3" };
  guint pos[5];

  g_assert_no_error (error);
  g_assert_cmpuint (cube->n_dims, ==, 5);
  g_assert_cmpstr (cube->table_id, ==, "FOLK1A");
  g_assert_cmpint (rs_jsonstat_find_cell (cube, odense_women), ==, 3);
  g_assert_cmpfloat (cube->values[3], ==, 103000);
  rs_jsonstat_cell_position (cube, 2, pos);
  g_assert_cmpuint (pos[0], ==, 1);
  g_assert_cmpuint (pos[1], ==, 0);
  g_assert_cmpstr (g_ptr_array_index (cube->labels[0], 1), ==, "Odense");
}

static void
test_jsonstat_variants (void)
{
  g_autoptr(GError) error = NULL;
  const char *v2 = "{\"class\":\"dataset\",\"id\":[\"A\",\"B\"],\"size\":[2,1],"
                   "\"dimension\":{\"A\":{\"category\":{\"index\":[\"x\",\"y\"]}},"
                   "\"B\":{\"category\":{\"label\":{\"t\":\"T\"}}}},\"value\":{\"1\":5}}";
  g_autoptr(RsJsonStat) cube = rs_jsonstat_parse_data (v2, -1, &error);

  g_assert_no_error (error);
  g_assert_true (cube->missing[0]);
  g_assert_false (cube->missing[1]);
  g_assert_cmpfloat (cube->values[1], ==, 5);
  g_assert_cmpstr (g_ptr_array_index (cube->codes[1], 0), ==, "t");

  {
    const char *bad[] = {
      "[1,2]",
      "{\"dataset\":{}}",
      "{\"dataset\":{\"dimension\":{\"id\":[\"A\"],\"size\":[2],\"A\":{\"category\":{\"index\":{\"x\":0,\"y\":1}}}},\"value\":[1]}}",
      "{\"dataset\":{\"dimension\":{\"id\":[\"A\"],\"size\":[1],\"A\":{\"category\":{\"index\":{\"x\":3}}}},\"value\":[1]}}",
      "{\"dataset\":{\"dimension\":{\"id\":[\"A\"],\"size\":[1],\"A\":{\"category\":{\"index\":{\"x\":0}}}},\"value\":[\"a\"]}}",
      "{\"dataset\":{\"dimension\":{\"id\":[\"A\",\"B\"],\"size\":[1],\"A\":{}},\"value\":[1]}}",
      "{\"dataset\":",
    };
    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(GError) e = NULL;
        g_autoptr(RsJsonStat) c = rs_jsonstat_parse_data (bad[i], -1, &e);
        g_assert_null (c);
        g_assert_error (e, RS_DST_ERROR, RS_DST_ERROR_PROTOCOL);
      }
  }
}

static void
test_aggregate_real_shape (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsJsonStat) cube = parse_fixture ("folk1a-461.json", &error);
  g_autoptr(RsBenchmark) bm = rs_population_aggregate ("FOLK1A", "461", cube, &error);
  g_autoptr(RsJsonStat) ras = parse_fixture ("ras210-461.json", &error);
  g_autoptr(RsBenchmark) socio = rs_population_aggregate ("RAS210", "461", ras, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (bm->period, ==, "2025K3");
  /* ages 0..105 are non-zero; men 1000 + (a % 7) * 10 + 1 */
  {
    gint64 men = 0;
    for (int a = 18; a <= 105; a++)
      men += 1000 + (a % 7) * 10 + 1;
    for (guint i = 0; i < bm->counts->len; i++)
      {
        RsPopulationCount *c = bm->counts->pdata[i];
        if (g_str_equal (c->dimension, "sex") && g_str_equal (c->value, "male"))
          g_assert_cmpint (c->count, ==, men);
      }
  }
  g_assert_cmpint (rs_benchmark_total (socio, "socio"), ==, 155000);
}

static void
test_municipalities (void)
{
  guint n;
  const RsMunicipality *all = rs_municipalities (&n);

  g_assert_cmpuint (n, ==, 98);
  g_assert_cmpstr (rs_municipality_lookup ("461")->name, ==, "Odense");
  g_assert_cmpstr (rs_municipality_lookup ("Aarhus")->code, ==, "751");
  g_assert_cmpstr (rs_municipality_lookup ("101")->region, ==, "084");
  g_assert_null (rs_municipality_lookup ("411"));  /* Christiansø is not a municipality */
  g_assert_null (rs_municipality_lookup ("999"));
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (strlen (all[i].code), ==, 3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/panels/dst/fetch-ok", test_fetch_ok);
  ADD ("/panels/dst/http-500", test_fetch_500);
  ADD ("/panels/dst/http-500-retried", test_fetch_500_once);
  ADD ("/panels/dst/malformed", test_fetch_malformed);
  ADD ("/panels/dst/error-object", test_fetch_error_object);
  ADD ("/panels/dst/slow", test_fetch_slow);
  ADD ("/panels/dst/schema-drift", test_fetch_drift);
  ADD ("/panels/dst/cancel", test_fetch_cancel);
  ADD ("/panels/dst/wrong-types", test_fetch_wrong_types);
  g_test_add_func ("/panels/jsonstat/example", test_jsonstat_example);
  g_test_add_func ("/panels/jsonstat/variants-and-errors", test_jsonstat_variants);
  g_test_add_func ("/panels/jsonstat/aggregate", test_aggregate_real_shape);
  g_test_add_func ("/panels/dst/municipalities", test_municipalities);
  return g_test_run ();
}
