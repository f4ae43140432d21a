/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rs-catalog.h"
#include "rs-council-submission-editor.h"
#include "rs-council-submission.h"
#include "rs-origin-chooser.h"
#include "rs-origin-list.h"
#include "rs-recommendation-editor.h"
#include "rs-recommendation-origins.h"
#include "rs-recommendation-store.h"
#include "rs-test-gtk-utils.h"
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

static GtkWidget *
find_widget (GtkWidget *widget,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, match, data);
      if (found)
        return found;
    }
  return NULL;
}

static gboolean
is_origin_list (GtkWidget    *w,
                gconstpointer data)
{
  return RS_IS_ORIGIN_LIST (w);
}

static gboolean
is_search_entry (GtkWidget    *w,
                 gconstpointer data)
{
  return GTK_IS_SEARCH_ENTRY (w);
}

static gboolean
has_tooltip (GtkWidget    *w,
             gconstpointer data)
{
  return GTK_IS_BUTTON (w) && g_strcmp0 (gtk_widget_get_tooltip_text (w), data) == 0;
}

static gboolean
is_row_titled (GtkWidget    *w,
               gconstpointer data)
{
  return ADW_IS_PREFERENCES_ROW (w) && gtk_widget_get_mapped (w) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), data) == 0;
}

static gboolean
is_candidate_row (GtkWidget    *w,
                  gconstpointer data)
{
  return GTK_IS_LIST_BOX_ROW (w) && g_object_get_data (G_OBJECT (w), "origin-id") != NULL &&
         gtk_widget_get_child_visible (w);
}

static RsOriginChooser *
find_chooser (void)
{
  GListModel *tops = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (tops); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (tops, i);
      if (RS_IS_ORIGIN_CHOOSER (w) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return RS_ORIGIN_CHOOSER (w);
    }
  return NULL;
}

static gboolean
chooser_filled (gpointer data)
{
  RsOriginChooser *chooser = find_chooser ();

  return chooser != NULL && find_widget (GTK_WIDGET (chooser), is_candidate_row, NULL) != NULL;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
saved_cb (gpointer  editor,
          gboolean *saved)
{
  *saved = TRUE;
}

static gboolean
has_origin (RsRecommendation *rec,
            const char       *type,
            gint64            id)
{
  GPtrArray *origins = rs_recommendation_get_origins (rec);

  for (guint i = 0; i < origins->len; i++)
    {
      RsRecommendationOrigin *o = g_ptr_array_index (origins, i);
      if (o->origin_id == id && g_str_equal (o->origin_type, type))
        return TRUE;
    }
  return FALSE;
}

static void
test_editor_origins_costs_milestones (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GListStore) list = rs_recommendation_store_list (db, process_id, FALSE, NULL);
  g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_autoptr(RsRecommendation) fresh = NULL;
  g_autoptr(RsRecommendation) back = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GError) error = NULL;
  RsRecommendationOrigin *idea, *old;
  RsRecommendationEditor *editor;
  RsOriginChooser *chooser;
  GtkWidget *origin_list, *search, *row, *button;
  g_autofree char *old_type = NULL;
  g_autofree char *unlink_tip = NULL;
  g_autofree char *old_label = NULL;
  gint64 old_id, milestone, idea_id;
  gboolean saved = FALSE;
  guint n_costs, n_origins;

  milestone = rs_recommendation_store_add_milestone (db, rs_recommendation_get_id (rec), "Udbud", "2027-03-01",
                                                     NULL, &error);
  g_assert_no_error (error);
  fresh = rs_recommendation_store_get (db, rs_recommendation_get_id (rec), &error);
  g_assert_no_error (error);
  n_costs = rs_recommendation_get_costs (fresh)->len;
  n_origins = rs_recommendation_get_origins (fresh)->len;
  g_assert_cmpuint (n_origins, >, 0);
  old = g_ptr_array_index (rs_recommendation_get_origins (fresh), 0);
  old_type = g_strdup (old->origin_type);
  old_id = old->origin_id;
  old_label = g_strdup (*old->label ? old->label : "?");

  /* An idea of the process that is not linked yet, found by searching for its text. */
  ideas = rs_recommendation_origin_candidates (db, process_id, "idea", &error);
  g_assert_no_error (error);
  idea = NULL;
  for (guint i = ideas->len; i > 0 && idea == NULL; i--)
    if (!has_origin (fresh, "idea", ((RsRecommendationOrigin *) g_ptr_array_index (ideas, i - 1))->origin_id))
      idea = g_ptr_array_index (ideas, i - 1);
  g_assert_nonnull (idea);
  idea_id = idea->origin_id;

  editor = rs_recommendation_editor_new (db, fresh);
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved);
  gtk_window_present (GTK_WINDOW (editor));
  origin_list = find_widget (GTK_WIDGET (editor), is_origin_list, NULL);
  g_assert_nonnull (origin_list);
  /* Linked origins are listed with their text or title. */
  g_assert_nonnull (find_widget (origin_list, is_row_titled, old_label));

  g_assert_true (gtk_widget_activate_action (origin_list, "origins.link", "s", "idea"));
  wait_until (chooser_filled, NULL);
  chooser = find_chooser ();
  search = find_widget (GTK_WIDGET (chooser), is_search_entry, NULL);
  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), idea->label);
  /* The filter applies at once (search-changed may be delayed). */
  g_signal_emit_by_name (search, "search-changed");
  row = find_widget (GTK_WIDGET (chooser), is_candidate_row, NULL);
  g_assert_nonnull (row);
  g_assert_cmpint (*(gint64 *) g_object_get_data (G_OBJECT (row), "origin-id"), ==, idea_id);
  gtk_widget_activate (row);
  g_assert_nonnull (find_widget (origin_list, is_row_titled, idea->label));

  /* Unlink the first existing origin. */
  unlink_tip = g_strdup_printf ("Unlink “%s”", old_label);
  button = find_widget (origin_list, has_tooltip, unlink_tip);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_null (find_widget (origin_list, is_row_titled, old_label));

  /* Another budget year, and the milestone deleted. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-cost-year", NULL);
  button = find_widget (GTK_WIDGET (editor), has_tooltip, "Delete “Udbud”");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_until (is_true, &saved);

  back = rs_recommendation_store_get (db, rs_recommendation_get_id (rec), &error);
  g_assert_no_error (error);
  g_assert_true (has_origin (back, "idea", idea_id));
  g_assert_false (has_origin (back, old_type, old_id));
  g_assert_cmpuint (rs_recommendation_get_origins (back)->len, ==, n_origins);
  g_assert_cmpuint (rs_recommendation_get_costs (back)->len, ==, n_costs + 1);
  for (guint m = 0; m < rs_recommendation_get_milestones (back)->len; m++)
    g_assert_cmpint (((RsMilestone *) g_ptr_array_index (rs_recommendation_get_milestones (back), m))->id,
                     !=, milestone);

  rs_test_remove_dir (dir);
}

static gboolean
is_text_view (GtkWidget    *w,
              gconstpointer data)
{
  return GTK_IS_TEXT_VIEW (w);
}

static gboolean
is_label_starting (GtkWidget    *w,
                   gconstpointer data)
{
  return GTK_IS_LABEL (w) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (w)), data);
}

static gboolean
is_entry_row_titled (GtkWidget    *w,
                     gconstpointer data)
{
  return ADW_IS_ENTRY_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), data) == 0;
}

static gboolean
submission_loaded (gpointer data)
{
  return rs_council_submission_editor_is_loaded (data);
}

static void
test_submission_editor (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GError) error = NULL;
  g_auto(RsCouncilSubmission) sub = { 0 };
  RsCouncilSubmissionEditor *editor;
  GtkWidget *resume, *date;
  const char *generated;
  gboolean saved = FALSE;

  g_assert_true (rs_database_run (db, &error, "DELETE FROM council_submission", ""));
  editor = rs_council_submission_editor_new (NULL, db, process_id);
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved);
  gtk_window_present (GTK_WINDOW (editor));
  wait_until (submission_loaded, editor);

  /* The generated summary is shown as what an empty field stands for, in
   * the language reports get by default (Danish in a Danish locale). */
  generated = g_str_equal (rs_report_language_default (), "da") ? "Borgerpanelet kom med"
                                                                : "The citizens’ panel made";
  g_assert_nonnull (find_widget (GTK_WIDGET (editor), is_label_starting, generated));
  resume = find_widget (GTK_WIDGET (editor), is_text_view, NULL);
  g_assert_nonnull (resume);
  gtk_widget_activate_action (GTK_WIDGET (editor), "submission.use-generated-resume", NULL);
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;
    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (resume)), &start, &end);
    text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (resume)), &start, &end, FALSE);
    g_assert_true (g_str_has_prefix (text, generated));
  }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (resume)), "Vores eget resumé.", -1);

  /* A wrong date is refused and nothing is saved. */
  date = find_widget (GTK_WIDGET (editor), is_entry_row_titled, "Meeting date (YYYY-MM-DD)");
  g_assert_nonnull (date);
  gtk_editable_set_text (GTK_EDITABLE (date), "14/9");
  gtk_widget_activate_action (GTK_WIDGET (editor), "submission.save", NULL);
  wait_until (submission_loaded, editor);
  while (!gtk_widget_get_sensitive (GTK_WIDGET (editor)))
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (saved);
  g_assert_nonnull (find_widget (GTK_WIDGET (editor), is_label_starting, "The meeting date “14/9”"));

  gtk_editable_set_text (GTK_EDITABLE (date), "2026-09-14");
  gtk_widget_activate_action (GTK_WIDGET (editor), "submission.save", NULL);
  wait_until (is_true, &saved);
  g_assert_true (rs_council_submission_load (db, process_id, &sub, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sub.resume, ==, "Vores eget resumé.");
  g_assert_cmpstr (sub.meeting_date, ==, "2026-09-14");
  g_assert_cmpstr (sub.authority, ==, "");

  rs_test_remove_dir (dir);
}

static gboolean
chooser_loaded (gpointer data)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (data, RS_TYPE_ORIGIN_CHOOSER, "stack"));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "loading") != 0;
}

/* The origin chooser lists the sample's labs, picks one, and goes away. */
static void
test_origin_chooser (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GHashTable) linked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  RsOriginChooser *chooser = rs_origin_chooser_new (NULL, db, process_id, "lab", linked);
  GtkListBox *list;
  GtkStack *stack;
  guint chosen = 0;

  g_object_ref (chooser);
  gtk_window_present (GTK_WINDOW (chooser));
  rs_test_wait_for (chooser_loaded, chooser);
  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (chooser), RS_TYPE_ORIGIN_CHOOSER, "stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (chooser), RS_TYPE_ORIGIN_CHOOSER, "list"));
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
  g_signal_connect_swapped (chooser, "chosen", G_CALLBACK (g_atomic_int_inc), &chosen);
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpuint (chosen, ==, 1);
  gtk_window_destroy (GTK_WINDOW (chooser));
  g_assert_finalize_object (chooser);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/council/editor/origins-costs-milestones", test_editor_origins_costs_milestones);
  g_test_add_func ("/council/editor/submission", test_submission_editor);
  g_test_add_func ("/council/editor/origin-chooser", test_origin_chooser);
  return g_test_run ();
}
