/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "rs-context.h"
#include "rs-open-meeting-import.h"
#include "rs-open-meeting-store.h"
#include "rs-open-registration-dialog.h"
#include "rs-open-registrations-view.h"
#include "rs-session-store.h"
#include "rs-sessions-page.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

/* Display tests of an open meeting's public registrations on the Meetings
 * page: five welfare meetings, the list bound to the live model, search,
 * filters, import from the form's CSV, cancel with undo, attendance, a new
 * registration. With RS_SCREENSHOT_DIR set, the window is saved at a normal
 * and a narrow width. */

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      process_id;
  RsContext  *context;
  GtkWidget  *window;
  gint64      meetings[5];
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  f->context = rs_context_new (f->db, NULL);
  for (int i = 0; i < 5; i++)
    {
      g_autoptr(RsSession) s = rs_session_new ();
      g_autofree char *title = g_strdup_printf ("Velfærdsmøde %d", i + 1);
      g_autofree char *starts = g_strdup_printf ("2019-09-1%dT17:00", i + 1);
      rs_session_set_process_id (s, f->process_id);
      rs_session_set_title (s, title);
      rs_session_set_kind (s, "welfare-meeting");
      rs_session_set_starts_at (s, starts);
      rs_session_set_capacity (s, i == 0 ? 8 : 0);
      f->meetings[i] = rs_session_store_create (f->db, s, NULL);
      g_assert_cmpint (f->meetings[i], >, 0);
    }
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_pointer ((GtkWindow **) &f->window, gtk_window_destroy);
  g_clear_object (&f->context);
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

typedef struct
{
  RsSessionsPage *page;
  gint64          id;
} SessionWait;

static gboolean
session_is (gpointer data)
{
  SessionWait *w = data;
  return rs_sessions_page_get_session_id (w->page) == w->id && rs_sessions_page_shows_public (w->page);
}

typedef struct
{
  RsOpenRegistrationsView *view;
  guint                    n;
} CountWait;

static gboolean
any_session (gpointer data)
{
  return rs_sessions_page_get_session_id (data) != 0;
}

static gboolean
count_is (gpointer data)
{
  CountWait *w = data;
  if (g_getenv ("RS_DEBUG_WAIT"))
    g_printerr ("shown %u, expected %u\n", g_list_model_get_n_items (rs_open_registrations_view_get_model (w->view)), w->n);
  return g_list_model_get_n_items (rs_open_registrations_view_get_model (w->view)) == w->n;
}

static gboolean
represented_is (gpointer data)
{
  CountWait *w = data;
  return rs_open_registrations_view_get_represented (w->view) == (int) w->n;
}

static gboolean
not_busy (gpointer data)
{
  return !rs_open_registrations_view_get_busy (data);
}

static RsOpenRegistration *
item (RsOpenRegistrationsView *view,
      guint                    i)
{
  GListModel *model = rs_open_registrations_view_get_model (view);
  RsOpenRegistration *r = g_list_model_get_item (model, i);
  g_object_unref (r);   /* the model keeps it */
  return r;
}

static void
import (Fixture    *f,
        gint64      session,
        const char *name)
{
  g_autofree char *path = rs_test_data_path (name);
  const char *paths[] = { path, NULL };
  g_autoptr(RsRegistrationImportReport) report = rs_registration_import_report_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_open_meeting_import (f->db, session, paths, NULL, NULL, report, NULL, &error));
  g_assert_no_error (error);
}

static void
test_view (Fixture      *f,
           gconstpointer data)
{
  RsSessionsPage *page = g_object_new (RS_TYPE_SESSIONS_PAGE, NULL);
  RsOpenRegistrationsView *view;
  g_autofree char *path = rs_test_data_path ("sessions/open/welfare-midtbyen.csv");
  const char *paths[] = { path, NULL };
  SessionWait sw = { page, f->meetings[0] };
  CountWait cw;

  /* The Nørreby export goes in behind the page's back: the live list
   * follows. */
  import (f, f->meetings[1], "sessions/open/welfare-norreby.csv");
  f->window = rs_test_present_page (RS_PAGE (page), f->context, f->db, f->process_id);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  view = rs_sessions_page_get_open_view (page);
  rs_test_wait_for (any_session, page);
  g_test_message ("page shown");
  rs_sessions_page_select_session (page, f->meetings[0]);
  rs_test_wait_for (session_is, &sw);
  g_test_message ("meeting shown");

  /* Importing the form export off the UI thread, with progress. */
  rs_open_registrations_view_import (view, paths);
  g_assert_true (rs_open_registrations_view_get_busy (view));
  rs_test_wait_for (not_busy, view);
  g_test_message ("imported");
  /* Flagged rows need a look: the view shows them (the second Ali Rashid
   * is not flagged here: the participant his phone matched was registered
   * in Nørreby as "A. Rashid"). */
  cw = (CountWait) { view, 4 };
  rs_test_wait_for (count_is, &cw);
  rs_test_screenshot (f->window, "open-registrations-review.png");

  rs_open_registrations_view_set_filter (view, RS_OPEN_FILTER_EVERYONE);
  cw.n = 12;
  rs_test_wait_for (count_is, &cw);
  g_assert_nonnull (strstr (rs_open_registrations_view_get_summary (view), "8 registered · 4 waiting"));
  rs_test_screenshot (f->window, "open-registrations.png");

  /* The waiting list, and the people at other meetings too. */
  rs_open_registrations_view_set_filter (view, RS_OPEN_FILTER_WAITING);
  g_assert_cmpuint (g_list_model_get_n_items (rs_open_registrations_view_get_model (view)), ==, 4);
  rs_open_registrations_view_set_filter (view, RS_OPEN_FILTER_DUPLICATES);
  /* Mette twice (one flagged), Ali (by his phone), Søren. */
  g_assert_cmpuint (g_list_model_get_n_items (rs_open_registrations_view_get_model (view)), ==, 4);
  rs_open_registrations_view_set_filter (view, RS_OPEN_FILTER_EVERYONE);

  /* Search. */
  rs_open_registrations_view_set_search (view, "nørreby");
  g_assert_cmpuint (g_list_model_get_n_items (rs_open_registrations_view_get_model (view)), ==, 3);
  rs_open_registrations_view_set_search (view, "jkl");
  g_assert_cmpuint (g_list_model_get_n_items (rs_open_registrations_view_get_model (view)), ==, 1);
  g_assert_cmpstr (rs_open_registration_get_name (item (view, 0)), ==, "JKL");

  /* Cancel with undo: the first on the waiting list moves up, and back. */
  gtk_widget_activate_action (GTK_WIDGET (view), "registrations.cancel", "x",
                              rs_open_registration_get_id (item (view, 0)));
  rs_test_wait_for_jobs (f->db);
  rs_open_registrations_view_set_search (view, "");
  rs_test_wait_for_jobs (f->db);
  cw.n = 11;
  rs_test_wait_for (count_is, &cw);
  g_assert_nonnull (strstr (rs_open_registrations_view_get_summary (view), "8 registered · 3 waiting"));
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM open_registration WHERE session_id = ? "
                                      "AND status = 'cancelled'", f->meetings[0]), ==, 1);
  rs_open_registrations_view_undo (view);
  rs_test_wait_for_jobs (f->db);
  cw.n = 12;
  rs_test_wait_for (count_is, &cw);
  g_assert_nonnull (strstr (rs_open_registrations_view_get_summary (view), "8 registered · 4 waiting"));

  /* Attendance. */
  gtk_widget_activate_action (GTK_WIDGET (view), "registrations.attend", "(xb)",
                              rs_open_registration_get_id (item (view, 0)), TRUE);
  rs_test_wait_for_jobs (f->db);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM open_registration WHERE session_id = ? "
                                      "AND attended = 1", f->meetings[0]), ==, 1);

  /* A registration typed in elsewhere shows up without a reload. */
  {
    g_autoptr(RsOpenRegistration) info = rs_open_registration_new ();
    g_autoptr(GError) error = NULL;
    rs_open_registration_set_name (info, "Walk-in Borger");
    g_assert_cmpint (rs_open_meeting_store_add (f->db, f->meetings[0], info, NULL, &error), >, 0);
    g_assert_no_error (error);
    cw.n = 13;
    rs_test_wait_for (count_is, &cw);
  }

  /* Confirmations recorded for the registered (not the waiting list). */
  gtk_widget_activate_action (GTK_WIDGET (view), "registrations.confirmations-sent", NULL);
  rs_test_wait_for_jobs (f->db);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM open_registration WHERE session_id = ? "
                                      "AND confirmed_on IS NOT NULL", f->meetings[0]), ==, 8);

  /* The meeting's own target. */
  rs_open_registrations_view_set_target (view, 15, 24, 40);
  rs_test_wait_for_jobs (f->db);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM open_meeting_target WHERE session_id = ? "
                                      "AND age_from = 15 AND age_to = 24 AND share = 40", f->meetings[0]), ==, 1);

  /* Who registered: this meeting (12 and the walk-in), then all open
   * meetings (and Nørreby's 5). */
  cw.n = 13;
  rs_test_wait_for (represented_is, &cw);
  rs_open_registrations_view_show_all (view, TRUE);
  cw.n = 18;
  rs_test_wait_for (represented_is, &cw);
  rs_open_registrations_view_show_all (view, FALSE);

  /* The export names nobody. */
  {
    g_autofree char *out = g_build_filename (f->dir, "registrations.csv", NULL);
    g_autofree char *csv = NULL;
    rs_open_registrations_view_export (view, out);
    rs_test_wait_for_jobs (f->db);
    g_assert_true (g_file_get_contents (out, &csv, NULL, NULL));
    g_assert_true (g_str_has_prefix (csv, "pseudonym,"));
    g_assert_null (strstr (csv, "Mette"));
    g_assert_null (strstr (csv, "@example"));
  }

  /* Narrow. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 400, 760);
  rs_test_wait_for_jobs (f->db);
  rs_test_screenshot (f->window, "open-registrations-narrow.png");
}

static void
test_dialog (Fixture      *f,
             gconstpointer data)
{
  const char * const districts[] = { "Midtbyen", "Nørreby", NULL };
  RsOpenRegistrationDialog *dialog = rs_open_registration_dialog_new (NULL, f->db, f->meetings[2], NULL,
                                                                      districts);

  gtk_window_present (GTK_WINDOW (dialog));
  /* No name: refused, nothing stored. */
  rs_open_registration_dialog_save (dialog, "  ");
  rs_test_wait_for_jobs (f->db);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM open_registration WHERE session_id = ?",
                                      f->meetings[2]), ==, 0);
  rs_open_registration_dialog_save (dialog, "Ny Borger");
  /* Saved on the database thread, then the dialog closes. */
  rs_test_wait_for_jobs (f->db);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM open_registration r JOIN participant p "
                                      "ON p.id = r.participant_id WHERE p.name = 'Ny Borger' AND "
                                      "r.session_id = ?", f->meetings[2]), ==, 1);

  /* Erasing on request, from the edit dialog. */
  {
    g_autoptr(GPtrArray) regs = rs_open_meeting_store_list_session (f->db, f->meetings[2], FALSE, NULL);
    RsOpenRegistrationDialog *edit = rs_open_registration_dialog_new (NULL, f->db, f->meetings[2],
                                                                      g_ptr_array_index (regs, 0), districts);
    gtk_window_present (GTK_WINDOW (edit));
    rs_open_registration_dialog_erase (edit);
    rs_test_wait_for_jobs (f->db);
    g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM participant WHERE name = 'Ny Borger' "
                                        "OR ? = 0", 1), ==, 0);
    g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM open_registration WHERE session_id = ?",
                                        f->meetings[2]), ==, 1);
  }
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/open-registrations/view", Fixture, NULL, fixture_setup, test_view, fixture_teardown);
  g_test_add ("/open-registrations/dialog", Fixture, NULL, fixture_setup, test_dialog, fixture_teardown);
  return g_test_run ();
}
