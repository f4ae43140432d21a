/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "rs-application.h"
#include "rs-categories.h"
#include "rs-date.h"
#include "rs-erasure.h"
#include "rs-person-dialog.h"
#include "rs-person-ref.h"
#include "rs-retention.h"
#include "rs-retention-group.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"
#include "rs-window.h"

static RsApplication *app;

static gint64
count (RsDatabase *db,
       const char *sql)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, NULL, sql, "");
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int64 (stmt, 0);
}

/* The test's database: spin() waits for the work queued on it. */
static RsDatabase *current_db;

static RsDatabase *
use_db (RsDatabase *db)
{
  current_db = db;
  return db;
}

static void
spin (void)
{
  rs_test_wait_for_jobs (current_db);
}

static void
wait_until_loaded (RsWindow *window)
{
  while (rs_window_is_loading (window) || rs_window_get_process (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  spin ();
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_type (c, type);
      if (found)
        return found;
    }
  return NULL;
}

static AdwMessageDialog *
wait_for_message_dialog (void)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  for (;;)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
          if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
            return ADW_MESSAGE_DIALOG (w);
        }
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
}

static void
wait_for_zero (RsDatabase *db,
               const char *sql)
{
  for (int round = 0; round < 100 && count (db, sql) != 0; round++)
    spin ();
  g_assert_cmpint (count (db, sql), ==, 0);
}

static void
test_overview_and_erase (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = use_db (rs_test_open_sample_database (&dir, &process_id));
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(GError) error = NULL;
  RsWindow *window;
  RsRetentionGroup *group;
  AdwMessageDialog *dialog;
  const char *body;

  g_assert_true (rs_retention_set (db, process_id, -1, "2026-06-30", &error));
  window = rs_window_new (app, context, NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_loaded (window);

  group = RS_RETENTION_GROUP (find_type (rs_window_get_page (window, "overview"), RS_TYPE_RETENTION_GROUP));
  g_assert_nonnull (group);
  g_assert_nonnull (rs_retention_group_get_warning (group));
  {
    /* The date in the locale of the test setup ("30 June 2026", "30 juni 2026"). */
    g_autofree char *until = g_strchug (rs_date_format_long ("2026-06-30"));
    g_assert_nonnull (strstr (rs_retention_group_get_warning (group), until));
  }
  g_assert_nonnull (strstr (rs_retention_group_get_warning (group), "616 people"));
  rs_test_screenshot (GTK_WIDGET (window), "privacy-overview");

  /* The confirmation says what goes and what stays; Cancel changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.erase-personal-data", NULL);
  dialog = wait_for_message_dialog ();
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "600 pool members"));
  g_assert_nonnull (strstr (body, "16 private hearing senders"));
  g_assert_nonnull (strstr (body, "Kept: pseudonyms"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "erase"), ==, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin ();
  g_assert_cmpint (count (db, "SELECT count(*) FROM person_contact WHERE name <> ''"), ==, 600);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.erase-personal-data", NULL);
  dialog = wait_for_message_dialog ();
  adw_message_dialog_response (dialog, "erase");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_zero (db, "SELECT count(*) FROM person_contact WHERE name <> ''");
  wait_until_loaded (window);

  group = RS_RETENTION_GROUP (find_type (rs_window_get_page (window, "overview"), RS_TYPE_RETENTION_GROUP));
  g_assert_null (rs_retention_group_get_warning (group));
  g_assert_cmpint (count (db, "SELECT count(*) FROM personal_data_erasure WHERE scope = 'process' "
                              "AND reason = 'retention'"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  rs_test_remove_dir (dir);
}

static void
saved_cb (RsPersonDialog *dialog,
          gint64          id,
          gint64         *out)
{
  *out = id;
}

static void
test_person_dialog_erase (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id, panel_id, person_id, saved = 0;
  g_autoptr(RsDatabase) db = use_db (rs_test_open_sample_database (&dir, &process_id));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(RsPersonData) data = NULL;
  g_autoptr(RsPersonRef) ref = NULL;
  RsPersonDialog *person;
  AdwMessageDialog *dialog;

  panel_id = count (db, "SELECT min(id) FROM panel");
  ref = rs_person_ref_resolve (db, 0, panel_id, "P-0002", RS_PERSON_REF_PSEUDONYM, &error);
  g_assert_no_error (error);
  person_id = ref->person_id;
  categories = rs_categories_load (db, panel_id, &error);
  g_assert_no_error (error);
  data = rs_pool_store_get (db, person_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data->name);

  person = rs_person_dialog_new (NULL, db, panel_id, categories, person_id, data);
  g_signal_connect (person, "saved", G_CALLBACK (saved_cb), &saved);
  gtk_window_present (GTK_WINDOW (person));
  spin ();
  gtk_widget_activate_action (GTK_WIDGET (person), "person.erase", NULL);
  dialog = wait_for_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "article 17"));
  adw_message_dialog_response (dialog, "erase");
  gtk_window_destroy (GTK_WINDOW (dialog));
  for (int round = 0; round < 100 && saved == 0; round++)
    spin ();
  g_assert_cmpint (saved, ==, person_id);
  g_assert_cmpint (count (db, "SELECT count(*) FROM person_contact WHERE name = '' AND email = ''"), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM personal_data_erasure WHERE scope = 'person' "
                              "AND subject = 'P-0002' AND reason = 'request'"), ==, 1);
  spin ();
  rs_test_remove_dir (dir);
}

static void
test_danish_warning (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = use_db (rs_test_open_sample_database (&dir, &process_id));
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  const char *localedir = g_getenv ("RAADSLAG_LOCALEDIR");
  RsWindow *window;
  RsRetentionGroup *group;

  g_assert_true (rs_retention_set (db, process_id, -1, "2026-06-30", NULL));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  g_setenv ("LANGUAGE", "da", TRUE);
  setlocale (LC_MESSAGES, "");
  window = rs_window_new (app, context, NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_loaded (window);
  group = RS_RETENTION_GROUP (find_type (rs_window_get_page (window, "overview"), RS_TYPE_RETENTION_GROUP));
  g_assert_nonnull (rs_retention_group_get_warning (group));
  g_assert_nonnull (strstr (rs_retention_group_get_warning (group), "Slettedatoen"));
  g_assert_nonnull (strstr (rs_retention_group_get_warning (group), "616 personer"));
  rs_test_screenshot (GTK_WIDGET (window), "privacy-overview-da");
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_unsetenv ("LANGUAGE");
  setlocale (LC_MESSAGES, "");
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  textdomain (GETTEXT_PACKAGE);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  app = rs_application_new ();
  {
    g_autoptr(GError) error = NULL;
    g_application_register (G_APPLICATION (app), NULL, &error);
    g_assert_no_error (error);
  }
  g_test_add_func ("/privacy/gui/overview-and-erase", test_overview_and_erase);
  g_test_add_func ("/privacy/gui/person-dialog-erase", test_person_dialog_erase);
  g_test_add_func ("/privacy/gui/danish-warning", test_danish_warning);
  return g_test_run ();
}
