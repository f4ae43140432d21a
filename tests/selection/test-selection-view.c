/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <stdlib.h>
#include <adwaita.h>

#include "rs-context.h"
#include "rs-selection-view.h"
#include "rs-test-utils.h"

static gboolean
timed_out (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the view reaches @state (or fails). */
static void
wait_for_state (RsSelectionView      *view,
                RsSelectionViewState  state,
                int                   seconds)
{
  gboolean expired = FALSE;
  guint id = g_timeout_add_seconds (seconds, timed_out, &expired);

  while (rs_selection_view_get_state (view) != state && !expired &&
         rs_selection_view_get_state (view) != RS_SELECTION_VIEW_FAILED)
    g_main_context_iteration (NULL, TRUE);
  if (!expired)
    g_source_remove (id);
  g_assert_cmpint (rs_selection_view_get_state (view), ==, state);
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gint64
sample_panel (RsDatabase *db,
              gint64      process_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = rs_database_query (db, &error, "SELECT id FROM panel WHERE process_id = ?",
                                                    "i", process_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static void
test_check_compute_draw (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view;

  view = rs_selection_view_new (context, sample_panel (db, process_id));
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));

  wait_for_state (RS_SELECTION_VIEW (view), RS_SELECTION_VIEW_CHECKED, 60);
  rs_selection_view_compute (RS_SELECTION_VIEW (view));
  g_assert_cmpint (rs_selection_view_get_state (RS_SELECTION_VIEW (view)), ==, RS_SELECTION_VIEW_COMPUTING);
  wait_for_state (RS_SELECTION_VIEW (view), RS_SELECTION_VIEW_COMPUTED, 170);

  rs_selection_view_draw (RS_SELECTION_VIEW (view), "display-test");
  wait_for_state (RS_SELECTION_VIEW (view), RS_SELECTION_VIEW_DRAWN, 30);
  g_assert_cmpint (rs_selection_view_get_n_members (RS_SELECTION_VIEW (view)), ==, 99);
  /* The history is reloaded after the save. */
  for (int i = 0; i < 200 && rs_selection_view_get_n_runs (RS_SELECTION_VIEW (view)) < 1; i++)
    {
      iterate ();
      g_usleep (10000);
    }
  g_assert_cmpint (rs_selection_view_get_n_runs (RS_SELECTION_VIEW (view)), ==, 1);
  if (g_getenv ("RS_SELECTION_SCREENSHOT"))
    {
      gboolean expired = FALSE;
      g_timeout_add_seconds (atoi (g_getenv ("RS_SELECTION_SCREENSHOT")), timed_out, &expired);
      while (!expired)
        g_main_context_iteration (NULL, TRUE);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  rs_test_remove_dir (dir);
}

static void
test_cancel (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = rs_selection_view_new (context, sample_panel (db, process_id));

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_state (RS_SELECTION_VIEW (view), RS_SELECTION_VIEW_CHECKED, 60);
  rs_selection_view_compute (RS_SELECTION_VIEW (view));
  /* Press the cancel button as a user would. */
  iterate ();
  gtk_widget_activate (GTK_WIDGET (g_object_get_data (G_OBJECT (view), "cancel-button")));
  wait_for_state (RS_SELECTION_VIEW (view), RS_SELECTION_VIEW_CHECKED, 60);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/selection/view/check-compute-draw", test_check_compute_draw);
  g_test_add_func ("/selection/view/cancel", test_cancel);
  return g_test_run ();
}
