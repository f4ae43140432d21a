/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <stdlib.h>
#include <adwaita.h>

#include "rs-context.h"
#include "rs-selection-replace-dialog.h"
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

/* Runs the main loop until @done (a condition on the view) holds; fails
 * after 60 s (a hang guard, not a measurement). */
#define ITERATE_UNTIL(done) \
  G_STMT_START { \
    gboolean _expired = FALSE; \
    guint _id = g_timeout_add_seconds (60, timed_out, &_expired); \
    while (!(done) && !_expired) \
      g_main_context_iteration (NULL, TRUE); \
    if (!_expired) \
      g_source_remove (_id); \
    g_assert_true (done); \
  } G_STMT_END

static int
count_status (RsDatabase *db,
              gint64      panel_id,
              const char *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsStatement) stmt = rs_database_query (db, &error,
                                                    "SELECT count(*) FROM person WHERE panel_id = ? AND status = ?",
                                                    "it", panel_id, status);
  g_assert_no_error (error);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int (stmt, 0);
}

static void
assert_file_not_empty (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 100);
}

static gint64
sample_panel (RsDatabase *db,
              gint64      process_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsStatement) stmt = rs_database_query (db, &error, "SELECT id FROM panel WHERE process_id = ?",
                                                    "i", process_id);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int64 (stmt, 0);
}

static int
count_runs (RsDatabase *db,
            gint64      panel_id)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, NULL, "SELECT count(*) FROM selection_run "
                                                    "WHERE panel_id = ?", "i", panel_id);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int (stmt, 0);
}

static void
test_check_compute_draw (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view, *dialog;
  gint64 panel_id = sample_panel (db, process_id);
  g_autofree char *pdf = NULL;
  g_autofree char *html = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSelectionInstance) instance = NULL;
  g_autofree int *counts = NULL;
  const RsSelectionReplacement *replacement;
  int dropped_before;
  int runs_before = count_runs (db, panel_id);  /* the sample may hold a draw already */

  view = rs_selection_view_new (context, panel_id);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));

  wait_for_state (RS_SELECTION_VIEW (view), RS_SELECTION_VIEW_CHECKED, 60);
  /* The sample's panel shows the draw it was made with, not "No draws yet". */
  g_assert_cmpint (runs_before, ==, 1);
  ITERATE_UNTIL (rs_selection_view_get_n_runs (RS_SELECTION_VIEW (view)) == runs_before);
  g_assert_cmpint (rs_selection_view_get_n_runs (RS_SELECTION_VIEW (view)), ==, runs_before);
  rs_selection_view_compute (RS_SELECTION_VIEW (view));
  g_assert_cmpint (rs_selection_view_get_state (RS_SELECTION_VIEW (view)), ==, RS_SELECTION_VIEW_COMPUTING);
  wait_for_state (RS_SELECTION_VIEW (view), RS_SELECTION_VIEW_COMPUTED, 170);

  rs_selection_view_draw (RS_SELECTION_VIEW (view), "display-test");
  wait_for_state (RS_SELECTION_VIEW (view), RS_SELECTION_VIEW_DRAWN, 30);
  g_assert_cmpint (rs_selection_view_get_n_members (RS_SELECTION_VIEW (view)), ==, 99);
  /* The history is reloaded after the save. */
  ITERATE_UNTIL (rs_selection_view_get_n_runs (RS_SELECTION_VIEW (view)) >= runs_before + 1);
  g_assert_cmpint (rs_selection_view_get_n_runs (RS_SELECTION_VIEW (view)), ==, runs_before + 1);

  /* Save Protocol: the CLI's protocol.pdf, and HTML, written off the UI thread. */
  pdf = g_build_filename (dir, "protocol.pdf", NULL);
  html = g_build_filename (dir, "protocol.html", NULL);
  rs_selection_view_save_protocol (RS_SELECTION_VIEW (view), pdf, NULL);
  rs_selection_view_save_protocol (RS_SELECTION_VIEW (view), html, "en");
  ITERATE_UNTIL (rs_selection_view_get_n_protocols_written (RS_SELECTION_VIEW (view)) == 2);
  g_assert_cmpint (rs_selection_view_get_n_protocols_written (RS_SELECTION_VIEW (view)), ==, 2);
  assert_file_not_empty (pdf);
  assert_file_not_empty (html);

  /* Replace Drop-outs: press the button, check two members, confirm. */
  dropped_before = count_status (db, panel_id, "dropped-out");
  gtk_widget_activate (GTK_WIDGET (g_object_get_data (G_OBJECT (view), "replace-button")));
  ITERATE_UNTIL (g_object_get_data (G_OBJECT (view), "replace-dialog") != NULL);
  dialog = g_object_get_data (G_OBJECT (view), "replace-dialog");
  g_assert_nonnull (dialog);
  rs_selection_replace_dialog_set_checked (RS_SELECTION_REPLACE_DIALOG (dialog), 0, TRUE);
  /* The second by its source id, typed as the registration form has it. */
  {
    g_autoptr(GArray) first = rs_selection_replace_dialog_get_dropped (RS_SELECTION_REPLACE_DIALOG (dialog));
    g_autoptr(GArray) both = NULL;
    g_autoptr(RsStatement) stmt = NULL;

    g_assert_cmpuint (first->len, ==, 1);
    stmt = rs_database_query (db, &error, "SELECT p.external_id FROM selection_member m JOIN person p "
                              "ON p.id = m.person_id WHERE m.run_id = (SELECT max(id) FROM selection_run "
                              "WHERE panel_id = ?) AND m.role = 'member' AND p.status = 'selected' "
                              "AND p.id != ? AND p.external_id IS NOT NULL ORDER BY p.id DESC LIMIT 1",
                              "ii", panel_id, g_array_index (first, gint64, 0));
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    rs_selection_replace_dialog_type_member (RS_SELECTION_REPLACE_DIALOG (dialog),
                                             (const char *) rs_statement_column_text (stmt, 0));
    both = rs_selection_replace_dialog_get_dropped (RS_SELECTION_REPLACE_DIALOG (dialog));
    g_assert_cmpuint (both->len, ==, 2);
  }
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "replace");
  ITERATE_UNTIL (rs_selection_view_get_replacement (RS_SELECTION_VIEW (view)) != NULL &&
                 rs_selection_view_get_n_runs (RS_SELECTION_VIEW (view)) == runs_before + 2);
  replacement = rs_selection_view_get_replacement (RS_SELECTION_VIEW (view));
  g_assert_nonnull (replacement);
  g_assert_cmpuint (replacement->replacements->len, ==, 2);
  g_assert_cmpint (rs_selection_view_get_n_runs (RS_SELECTION_VIEW (view)), ==, runs_before + 2);
  g_assert_cmpint (count_status (db, panel_id, "dropped-out"), ==, dropped_before + 2);
  g_assert_cmpint (count_status (db, panel_id, "selected"), ==, 99);
  /* Every quota holds for the panel as it now stands. */
  instance = rs_selection_store_load (db, panel_id, NULL, &error);
  g_assert_no_error (error);
  counts = g_new0 (int, rs_selection_instance_n_values (instance));
  for (int i = 0; i < rs_selection_instance_n_people (instance); i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      g_autoptr(RsStatement) stmt = rs_database_query (db, &error, "SELECT status = 'selected' FROM person WHERE id = ?",
                                                        "i", p->db_id);
      g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
      for (int c = 0; rs_statement_column_int (stmt, 0) && c < rs_selection_instance_n_categories (instance); c++)
        counts[p->values[c]]++;
    }
  for (int v = 0; v < rs_selection_instance_n_values (instance); v++)
    {
      g_assert_cmpint (counts[v], >=, rs_selection_instance_value (instance, v)->min);
      g_assert_cmpint (counts[v], <=, rs_selection_instance_value (instance, v)->max);
    }
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
