/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rs-process-store.h"
#include "rs-recommendation-editor.h"
#include "rs-recommendation-store.h"
#include "rs-recommendations-page.h"
#include "rs-test-utils.h"

static void
wait_until (gboolean (*done) (gpointer),
            gpointer  data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (done (data));
}

static void
collect_titles (GtkWidget *widget,
                GPtrArray *titles)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    g_ptr_array_add (titles, g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_titles (c, titles);
}

static gboolean
page_loaded (gpointer data)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  collect_titles (data, titles);
  return titles->len >= 12;
}

static void
test_recommendations_view (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, NULL);
  g_autoptr(GListStore) list = rs_recommendation_store_list (db, process_id, FALSE, NULL);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (RS_TYPE_RECOMMENDATIONS_PAGE, NULL);

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  rs_page_set_context (RS_PAGE (page), context);
  rs_page_set_process (RS_PAGE (page), process);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (page_loaded, page);

  /* Every recommendation is shown, numbered, under its theme. */
  collect_titles (page, titles);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *want = g_strdup_printf ("%u. %s", i + 1, rs_recommendation_get_title (rec));
      gboolean found = FALSE;
      for (guint t = 0; t < titles->len && !found; t++)
        found = g_str_equal (g_ptr_array_index (titles, t), want);
      g_test_message ("row %s", want);
      g_assert_true (found);
    }
  g_assert_true (gtk_widget_is_visible (page));

  gtk_window_destroy (GTK_WINDOW (window));
  rs_test_remove_dir (dir);
}

static void
saved_cb (gpointer  editor,
          gboolean *saved)
{
  *saved = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
test_decision_entry (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GListStore) list = (rs_test_forget_council_decisions (db),
                                rs_recommendation_store_list (db, process_id, FALSE, NULL));
  g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (list), 4);
  g_autoptr(RsRecommendation) back = NULL;
  g_autoptr(GError) error = NULL;
  RsRecommendationEditor *editor;
  gboolean saved = FALSE;

  editor = rs_recommendation_editor_new (db, rec);
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved);
  gtk_window_present (GTK_WINDOW (editor));

  /* A wrong amount is refused in the window, nothing is saved. */
  rs_recommendation_editor_fill_decision (editor, RS_OUTCOME_ADOPTED, "x", "y", "mange penge");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_main_context_iteration (NULL, FALSE);
  g_assert_false (saved);
  back = rs_recommendation_store_get (db, rs_recommendation_get_id (rec), &error);
  g_assert_cmpint (rs_recommendation_get_outcome (back), ==, RS_OUTCOME_NONE);
  g_clear_object (&back);

  rs_recommendation_editor_fill_decision (editor, RS_OUTCOME_ADOPTED_WITH_CHANGES,
                                          "Lektiecaféen åbner tre dage om ugen.", "30.10.20", "250000");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_until (is_true, &saved);

  back = rs_recommendation_store_get (db, rs_recommendation_get_id (rec), &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_recommendation_get_outcome (back), ==, RS_OUTCOME_ADOPTED_WITH_CHANGES);
  g_assert_cmpstr (rs_recommendation_get_justification (back), ==, "Lektiecaféen åbner tre dage om ugen.");
  g_assert_cmpstr (rs_recommendation_get_budget_line (back), ==, "30.10.20");
  g_assert_cmpfloat_with_epsilon (rs_recommendation_get_amount (back), 250000, 0.01);
  g_assert_cmpint (rs_recommendation_get_status (back), ==, RS_RECOMMENDATION_ANSWERED);
  /* The rest of the recommendation is unchanged by the round trip. */
  g_assert_cmpstr (rs_recommendation_get_title (back), ==, rs_recommendation_get_title (rec));
  g_assert_cmpuint (rs_recommendation_get_costs (back)->len, ==, 4);

  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/council/page/recommendations-view", test_recommendations_view);
  g_test_add_func ("/council/page/decision-entry", test_decision_entry);
  return g_test_run ();
}
