/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <libsoup/soup.h>

#include "rs-categories-editor.h"
#include "rs-person-dialog.h"
#include "rs-pool-store.h"
#include "rs-population.h"
#include "rs-population-dialog.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

static void
spin_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (done (data));
}

/* A fake StatBank on 127.0.0.1 serving the JSON-stat fixtures of
 * test-panels-dst: <table>-tableinfo.json and <table>-461.json. */
static void
handler (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  guint *requests = user_data;
  const char *mode = g_getenv ("TEST_DST_MODE");
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *lower = NULL;
  g_autofree char *name = NULL;
  g_autofree char *file = NULL;
  char *text = NULL;
  gsize length = 0;

  (*requests)++;
  if (g_strcmp0 (mode, "slow") == 0)
    {
      soup_server_message_pause (msg);  /* never answers: only Cancel ends it */
      return;
    }
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), NULL));
  lower = g_ascii_strdown (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)),
                                                          "table"), -1);
  name = g_strdup_printf (g_str_has_suffix (path, "/tableinfo") ? "%s-tableinfo.json"
                          : g_strcmp0 (mode, "missing") == 0 ? "%s-missing.json" : "%s-461.json", lower);
  file = g_strdup_printf ("%s/panels/%s", TEST_DATA_DIR, name);
  if (!g_file_get_contents (file, &text, &length, NULL))
    {
      soup_server_message_set_status (msg, 404, NULL);
      return;
    }
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/json; charset=utf-8", SOUP_MEMORY_TAKE, text, length);
}

static char *
start_server (SoupServer *server,
              guint      *requests)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;
  char *base;

  soup_server_add_handler (server, "/v1", handler, requests, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  base = g_strdup_printf ("http://127.0.0.1:%d/v1/", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_setenv ("RAADSLAG_DST_BASE_URL", base, TRUE);
  return base;
}

static gboolean
population_done (gpointer data)
{
  return rs_population_dialog_is_done (data);
}

static double
share_of (RsCategory *category,
          guint       index)
{
  return ((RsCategoryValue *) g_ptr_array_index (category->values, index))->share;
}

static void
test_fetch_population (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, NULL);
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autoptr(RsPanel) panel = rs_panel_new ();
  g_autoptr(GPtrArray) stored = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor = rs_categories_editor_new (NULL);
  GPtrArray *cats = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_category_free);
  RsCategory *gender = rs_category_new_preset ("gender");
  RsCategory *age = rs_category_new_preset ("age");
  RsPopulationDialog *dialog;
  GPtrArray *now;
  double sum = 0;
  guint requests = 0;

  base = start_server (server, &requests);

  rs_panel_set_size (panel, 24);
  rs_panel_set_min_age (panel, 18);
  for (guint i = 0; i < gender->values->len; i++)
    ((RsCategoryValue *) gender->values->pdata[i])->share = 30;  /* 120 %: an error until fetched */
  g_ptr_array_add (cats, gender);
  g_ptr_array_add (cats, age);
  gtk_window_set_child (GTK_WINDOW (window), editor);
  rs_categories_editor_set_database (RS_CATEGORIES_EDITOR (editor), db);
  rs_categories_editor_set_categories (RS_CATEGORIES_EDITOR (editor), panel, cats);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_nonnull (rs_categories_editor_get_error (RS_CATEGORIES_EDITOR (editor), 0));
  g_assert_null (rs_categories_editor_get_credit (RS_CATEGORIES_EDITOR (editor)));

  gtk_widget_activate_action (editor, "categories.fetch-population", NULL);
  dialog = rs_categories_editor_get_population_dialog (RS_CATEGORIES_EDITOR (editor));
  g_assert_nonnull (dialog);
  g_assert_false (rs_population_dialog_select (dialog, "Atlantis"));
  g_assert_true (rs_population_dialog_select (dialog, "461"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "population.fetch", NULL));
  spin_until (population_done, dialog);
  g_assert_true (rs_population_dialog_has_figures (dialog));
  g_assert_cmpuint (requests, >=, 6);  /* tableinfo and data of three tables */
  stored = rs_population_load (db, "461", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "population.use", NULL));
  now = rs_categories_editor_get_categories (RS_CATEGORIES_EDITOR (editor));
  for (guint i = 0; i < ((RsCategory *) now->pdata[0])->values->len; i++)
    sum += share_of (now->pdata[0], i);
  g_assert_cmpfloat_with_epsilon (sum, 100.0, 0.06);
  g_assert_cmpfloat (share_of (now->pdata[0], 0), !=, 30.0);
  g_assert_cmpfloat (share_of (now->pdata[0], 0), >, 40.0);
  g_assert_cmpfloat (share_of (now->pdata[1], 0), >, 0.0);
  g_assert_null (rs_categories_editor_get_error (RS_CATEGORIES_EDITOR (editor), 0));
  g_assert_nonnull (rs_categories_editor_get_credit (RS_CATEGORIES_EDITOR (editor)));
  g_assert_nonnull (strstr (rs_categories_editor_get_credit (RS_CATEGORIES_EDITOR (editor)),
                            "Kilde: Danmarks Statistik, FOLK1A"));
  g_assert_nonnull (strstr (rs_categories_editor_get_credit (RS_CATEGORIES_EDITOR (editor)),
                            ((RsBenchmark *) stored->pdata[0])->period));

  g_unsetenv ("RAADSLAG_DST_BASE_URL");
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static gboolean
requested (gpointer data)
{
  return *(guint *) data > 0;
}

/* Cancel during the fetch, and a failing service: nothing is stored. */
static void
test_fetch_fails (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, NULL);
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autofree char *base = NULL;
  const char *modes[] = { "slow", "missing" };
  guint requests = 0;

  base = start_server (server, &requests);
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      RsPopulationDialog *dialog = rs_population_dialog_new (NULL, db, NULL);

      g_object_ref_sink (dialog);
      g_setenv ("TEST_DST_MODE", modes[m], TRUE);
      requests = 0;
      gtk_window_present (GTK_WINDOW (dialog));
      g_assert_true (rs_population_dialog_select (dialog, "Odense"));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "population.fetch", NULL));
      if (m == 0)
        {
          spin_until (requested, &requests);
          g_assert_false (rs_population_dialog_is_done (dialog));
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "population.cancel", NULL));
        }
      spin_until (population_done, dialog);
      g_assert_false (rs_population_dialog_has_figures (dialog));
      if (m == 0)
        g_assert_nonnull (strstr (rs_population_dialog_get_message (dialog), "cancelled"));
      else
        g_assert_null (strstr (rs_population_dialog_get_message (dialog), "cancelled"));
      g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "population.use", NULL) &&
                      rs_population_dialog_has_figures (dialog));
      gtk_window_destroy (GTK_WINDOW (dialog));
      rs_test_assert_finalized (dialog);
    }
  stored = rs_population_load (db, "461", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 0);
  g_unsetenv ("TEST_DST_MODE");
  g_unsetenv ("RAADSLAG_DST_BASE_URL");
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static gboolean
saved (gpointer data)
{
  return *(gint64 *) data != 0;
}

static void
saved_cb (RsPersonDialog *dialog,
          gint64          id,
          gint64         *out)
{
  *out = id;
}

static void
test_add_person (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cats = rs_categories_load (db, 1, &error);
  g_autoptr(RsPersonData) data = NULL;
  g_autoptr(GListStore) people = NULL;
  RsPersonDialog *dialog;
  RsCategory *first;
  RsCategoryValue *chosen;
  RsPerson *last = NULL;
  gint64 id = 0, edited = 0;
  guint before;

  g_assert_no_error (error);
  g_assert_cmpuint (cats->len, >, 0);
  people = rs_pool_store_list (db, 1, &error);
  before = g_list_model_get_n_items (G_LIST_MODEL (people));
  g_clear_object (&people);

  dialog = rs_person_dialog_new (NULL, db, 1, cats, 0, NULL);
  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &id);
  gtk_editable_set_text (rs_person_dialog_get_contact (dialog, RS_CONTACT_NAME), "Karen Blixen");
  gtk_editable_set_text (rs_person_dialog_get_contact (dialog, RS_CONTACT_ADDRESS), "Rungstedvej 111");
  gtk_editable_set_text (rs_person_dialog_get_contact (dialog, RS_CONTACT_POSTCODE), "2960");
  gtk_editable_set_text (rs_person_dialog_get_contact (dialog, RS_CONTACT_CITY), "Rungsted Kyst");
  gtk_editable_set_text (rs_person_dialog_get_contact (dialog, RS_CONTACT_EMAIL), "karen.example.dk");
  gtk_editable_set_text (rs_person_dialog_get_contact (dialog, RS_CONTACT_PHONE), "+45 12 34 56 78");
  adw_combo_row_set_selected (rs_person_dialog_get_value (dialog, 0), 2);  /* the second value */
  first = cats->pdata[0];
  chosen = first->values->pdata[1];

  /* An e-mail without @ is refused and nothing is stored. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "person.save", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (id, ==, 0);
  gtk_editable_set_text (rs_person_dialog_get_contact (dialog, RS_CONTACT_EMAIL), "karen@example.dk");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "person.save", NULL));
  spin_until (saved, &id);
  g_object_unref (dialog);

  data = rs_pool_store_get (db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (data->name, ==, "Karen Blixen");
  g_assert_cmpstr (data->address, ==, "Rungstedvej 111");
  g_assert_cmpstr (data->postcode, ==, "2960");
  g_assert_cmpstr (data->city, ==, "Rungsted Kyst");
  g_assert_cmpstr (data->email, ==, "karen@example.dk");
  g_assert_cmpstr (data->phone, ==, "+45 12 34 56 78");
  g_assert_cmpstr (data->status, ==, "registered");
  g_assert_cmpuint (data->value_ids->len, ==, 1);
  g_assert_cmpint (g_array_index (data->value_ids, gint64, 0), ==, chosen->id);

  /* The list shows a pseudonym and the category value, never contact data. */
  people = rs_pool_store_list (db, 1, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, before + 1);
  for (guint i = 0; i < before + 1; i++)
    {
      g_autoptr(RsPerson) p = g_list_model_get_item (G_LIST_MODEL (people), i);
      if (rs_person_get_id (p) == id)
        last = p;
    }
  g_assert_nonnull (last);
  g_assert_nonnull (strstr (rs_person_get_summary (last), chosen->name));
  g_assert_null (strstr (rs_person_get_summary (last), "Karen"));
  g_assert_null (strstr (rs_person_get_pseudonym (last), "Karen"));

  /* Editing: the dialog opens filled in; a new phone and status are stored. */
  dialog = rs_person_dialog_new (NULL, db, 1, cats, id, data);
  g_object_ref_sink (dialog);
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &edited);
  g_assert_cmpstr (gtk_editable_get_text (rs_person_dialog_get_contact (dialog, RS_CONTACT_CITY)), ==,
                   "Rungsted Kyst");
  g_assert_cmpuint (adw_combo_row_get_selected (rs_person_dialog_get_value (dialog, 0)), ==, 2);
  gtk_editable_set_text (rs_person_dialog_get_contact (dialog, RS_CONTACT_PHONE), "+45 87 65 43 21");
  adw_combo_row_set_selected (rs_person_dialog_get_status (dialog), 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "person.save", NULL));
  spin_until (saved, &edited);
  g_assert_cmpint (edited, ==, id);
  g_object_unref (dialog);
  g_clear_pointer (&data, rs_person_data_free);
  data = rs_pool_store_get (db, id, &error);
  g_assert_cmpstr (data->phone, ==, "+45 87 65 43 21");
  g_assert_cmpstr (data->name, ==, "Karen Blixen");
  g_assert_cmpstr (data->status, ==, rs_person_statuses ()[1]);
  g_assert_cmpuint (data->value_ids->len, ==, 1);

  g_clear_object (&people);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/panels/gui/fetch-population", test_fetch_population);
  g_test_add_func ("/panels/gui/fetch-fails", test_fetch_fails);
  g_test_add_func ("/panels/gui/add-person", test_add_person);
  return g_test_run ();
}
