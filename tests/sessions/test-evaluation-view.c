/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>

#include "rs-context.h"
#include "rs-evaluation-store.h"
#include "rs-evaluation-view.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

/* Display test of RsEvaluationView on the sample's panel (id 1). */

static gboolean
loaded (gpointer data)
{
  return !rs_evaluation_view_is_busy (data) && rs_evaluation_view_get_evaluation_id (data) != 0;
}

static void
test_panel_evaluation (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = rs_evaluation_view_new (context, "panel", 1);
  RsEvaluationView *ev = RS_EVALUATION_VIEW (view);
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  rs_test_wait_for (loaded, ev);
  g_assert_cmpfloat (rs_evaluation_view_get_contact_hours (ev), >, 0.0);

  rs_evaluation_view_add_answer (ev, "Would you take part again?", "Yes, certainly", 17);
  g_assert_true (rs_evaluation_view_is_busy (ev));
  rs_test_wait_for (loaded, ev);
  rs_test_screenshot (window, "evaluation-view.png");

  answers = rs_evaluation_answers (db, rs_evaluation_view_get_evaluation_id (ev), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < answers->len; i++)
    {
      RsEvaluationAnswer *an = g_ptr_array_index (answers, i);
      if (g_strcmp0 (rs_evaluation_answer_get_question (an), "Would you take part again?") == 0
          && g_strcmp0 (rs_evaluation_answer_get_answer (an), "Yes, certainly") == 0)
        {
          g_assert_cmpint (rs_evaluation_answer_get_count (an), ==, 17);
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_assert_cmpint (rs_evaluation_view_get_evaluation_id (ev), ==,
                   rs_evaluation_ensure (db, "panel", 1, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/evaluation-view/panel", test_panel_evaluation);
  return g_test_run ();
}
