/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rs-comment-dialog.h"
#include "rs-comment-row.h"
#include "rs-comment-store.h"
#include "rs-comments-page.h"
#include "rs-district-summary.h"
#include "rs-district-view.h"
#include "rs-involvement-page.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

/* The Comments page and the Involvement page's district view on the
 * sample: an import, a comment saved through the store, the Add dialog,
 * search, delete and undo show up without a reload; the district view
 * counts what came from each district with small cells suppressed. */

typedef struct
{
  RsCommentsPage *page;
  guint           n;
  const char     *summary;
} Want;

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (list)); c; c = gtk_widget_get_next_sibling (c))
    if (RS_IS_COMMENT_ROW (c))
      n++;
  return n;
}

static gboolean
has_comments (gpointer data)
{
  Want *w = data;

  return g_list_model_get_n_items (rs_comments_page_get_model (w->page)) == w->n &&
         count_rows (rs_comments_page_get_list (w->page)) == w->n &&
         (w->summary == NULL || g_str_equal (rs_comments_page_get_summary (w->page), w->summary));
}

static gboolean
dialog_closed (gpointer data)
{
  return rs_comments_page_get_dialog (data) == NULL;
}

static gboolean
has_toast (gpointer data)
{
  return rs_comments_page_get_undo_toast (data) != NULL;
}

typedef struct
{
  gboolean done;
} Result;

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Result *r = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_comment_store_save_finish (RS_DATABASE (source), result, &error));
  g_assert_no_error (error);
  r->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((Result *) data)->done;
}

typedef struct
{
  RsCommentDialog *dialog;
  gint64           recommendation;
} Origin;

static gboolean
origin_listed (gpointer data)
{
  Origin *o = data;
  return rs_comment_dialog_set_origin (o->dialog, o->recommendation, TRUE);
}

static gboolean
first_is_origin (gpointer data)
{
  g_autoptr(RsComment) c = g_list_model_get_item (rs_comments_page_get_model (data), 0);
  return rs_comment_get_n_recommendations (c) == 1;
}

typedef struct
{
  RsCommentDialog *dialog;
  gint64           idea;
} IdeaLink;

static gboolean
idea_listed (gpointer data)
{
  IdeaLink *l = data;
  return rs_comment_dialog_set_idea (l->dialog, l->idea, TRUE);
}

static gboolean
first_fed_idea (gpointer data)
{
  g_autoptr(RsComment) c = g_list_model_get_item (rs_comments_page_get_model (data), 0);
  return rs_comment_get_n_ideas (c) == 1 && rs_comment_get_n_recommendations (c) == 1;
}

static void
test_comments_page (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  RsCommentsPage *page = g_object_new (RS_TYPE_COMMENTS_PAGE, NULL);
  GtkWidget *window = rs_test_present_page (RS_PAGE (page), context, db, process_id);
  g_autofree char *web = rs_test_data_path ("comments/comments-webform.csv");
  g_autofree char *mail = rs_test_data_path ("comments/comment-thunderbird.eml");
  const char *paths[] = { web, mail, NULL };
  g_autoptr(RsComment) typed = rs_comment_new ();
  Want want = { page, 0, "0 comments" };
  Result r = { 0 };
  RsComment *first;
  GtkWindow *dialog;

  g_object_ref (page);
  rs_test_wait_for (has_comments, &want);

  /* Import as the file chooser does: rows and the summary follow. */
  rs_comments_page_import (page, paths);
  want.n = 7;
  want.summary = "7 comments · 2 flagged for review";
  rs_test_wait_for (has_comments, &want);

  /* A comment saved through the store elsewhere shows up. */
  rs_comment_set_process_id (typed, process_id);
  rs_comment_set_text (typed, "Flere bænke ved havnen");
  rs_comment_set_themes (typed, "Byrum");
  rs_comment_store_save_async (db, typed, NULL, saved_cb, &r);
  rs_test_wait_for (is_done, &r);
  want.n = 8;
  want.summary = "8 comments · 2 flagged for review";
  rs_test_wait_for (has_comments, &want);
  rs_test_screenshot (window, "comments-page");

  /* Search: text, themes and districts. */
  rs_comments_page_set_search (page, "byrum");
  want.n = 1;
  want.summary = NULL;
  rs_test_wait_for (has_comments, &want);
  rs_comments_page_set_search (page, "");
  want.n = 8;
  rs_test_wait_for (has_comments, &want);

  /* Add Comment… saves and closes its dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "comments.add", NULL));
  dialog = rs_comments_page_get_dialog (page);
  g_assert_nonnull (dialog);
  rs_comment_dialog_set_text (RS_COMMENT_DIALOG (dialog), "Post-it: legeplads i Skovhuse");
  rs_comment_dialog_save (RS_COMMENT_DIALOG (dialog));
  rs_test_wait_for (dialog_closed, page);
  want.n = 9;
  rs_test_wait_for (has_comments, &want);

  /* Edit opens the comment; ticking a recommendation makes the comment
   * one of its origins. */
  first = g_list_model_get_item (rs_comments_page_get_model (page), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "comments.edit", "x",
                                             rs_comment_get_id (first)));
  dialog = rs_comments_page_get_dialog (page);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, rs_comment_get_pseudonym (first));
  {
    Origin o = { RS_COMMENT_DIALOG (dialog),
                 rs_test_query_int (db, "SELECT min(id) FROM recommendation WHERE process_id = ?", process_id) };
    rs_test_wait_for (origin_listed, &o);
    rs_comment_dialog_save (o.dialog);
    rs_test_wait_for (dialog_closed, page);
    g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM comment_link WHERE target_type = "
                                        "'recommendation' AND comment_id = ?", rs_comment_get_id (first)),
                     ==, 1);
    rs_test_wait_for (first_is_origin, page);
  }
  g_clear_object (&first);

  /* The same comment fed an idea of a lab: ticked in its dialog, stored
   * as a link, counted on the page; the recommendation stays linked. */
  first = g_list_model_get_item (rs_comments_page_get_model (page), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "comments.edit", "x",
                                             rs_comment_get_id (first)));
  dialog = rs_comments_page_get_dialog (page);
  {
    IdeaLink l = { RS_COMMENT_DIALOG (dialog),
                   rs_test_query_int (db, "SELECT min(i.id) FROM idea i JOIN lab l ON l.id = i.lab_id "
                                          "WHERE l.process_id = ?", process_id) };
    g_assert_cmpint (l.idea, >, 0);
    rs_test_wait_for (idea_listed, &l);
    rs_test_screenshot (GTK_WIDGET (dialog), "comment-dialog-links.png");
    rs_comment_dialog_save (l.dialog);
    rs_test_wait_for (dialog_closed, page);
    g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM comment_link WHERE target_type = "
                                        "'idea' AND comment_id = ?", rs_comment_get_id (first)), ==, 1);
    g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM comment_link WHERE target_type = "
                                        "'recommendation' AND comment_id = ?", rs_comment_get_id (first)),
                     ==, 1);
    rs_test_wait_for (first_fed_idea, page);
  }
  g_clear_object (&first);
  first = g_list_model_get_item (rs_comments_page_get_model (page), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "comments.delete", "x",
                                             rs_comment_get_id (first)));
  want.n = 8;
  rs_test_wait_for (has_comments, &want);
  rs_test_wait_for (has_toast, page);
  g_signal_emit_by_name (rs_comments_page_get_undo_toast (page), "button-clicked");
  want.n = 9;
  rs_test_wait_for (has_comments, &want);
  g_object_unref (first);

  /* Nothing may still read the database when it goes (on PostgreSQL it
   * is dropped). */
  rs_test_wait_for_jobs (db);
  gtk_window_destroy (GTK_WINDOW (window));
  rs_test_assert_finalized (page);
  rs_test_wait_for_jobs (db);
  rs_test_remove_dir (dir);
}

static gboolean
rows_shown (gpointer data)
{
  Want *w = data;

  return g_list_model_get_n_items (rs_comments_page_get_model (w->page)) == 250 &&
         count_rows (rs_comments_page_get_list (w->page)) == w->n &&
         (w->summary == NULL || strstr (rs_comments_page_get_summary (w->page), w->summary) != NULL);
}

static GtkWidget *
find_button (GtkWidget  *w,
             const char *label)
{
  if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), label) == 0)
    return w;
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);
      if (found)
        return found;
    }
  return NULL;
}

/* Many comments: the newest 200 as rows, the rest behind Show More. */
static void
test_many (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(GError) error = NULL;
  RsCommentsPage *page;
  GtkWidget *window, *more;
  Want want;

  for (int i = 0; i < 250; i++)
    {
      g_autoptr(RsComment) c = rs_comment_new ();
      g_autofree char *text = g_strdup_printf ("Kommentar %d", i);
      rs_comment_set_process_id (c, process_id);
      rs_comment_set_text (c, text);
      g_assert_cmpint (rs_comment_store_add (db, c, &error), >, 0);
    }
  page = g_object_new (RS_TYPE_COMMENTS_PAGE, NULL);
  window = rs_test_present_page (RS_PAGE (page), context, db, process_id);
  g_object_ref (page);
  want = (Want) { page, 200, "the newest 200 shown" };
  rs_test_wait_for (rows_shown, &want);
  more = find_button (GTK_WIDGET (page), "Show _More");
  g_assert_nonnull (more);
  g_assert_true (gtk_widget_get_visible (more));
  g_signal_emit_by_name (more, "clicked");
  want = (Want) { page, 250, "250 comments" };
  rs_test_wait_for (rows_shown, &want);
  g_assert_false (gtk_widget_get_visible (more));

  /* Export… writes pseudonyms, never the authors. */
  {
    g_autofree char *csv = g_build_filename (dir, "kommentarer.csv", NULL);
    g_autofree char *content = NULL;

    rs_comments_page_export (page, csv);
    rs_test_wait_for_jobs (db);
    g_assert_true (g_file_get_contents (csv, &content, NULL, NULL));
    g_assert_nonnull (strstr (content, "K-0001;"));
    g_assert_null (strstr (content, "Mette Skov"));
  }

  /* Nothing may still read the database when it goes (on PostgreSQL it
   * is dropped). */
  rs_test_wait_for_jobs (db);
  gtk_window_destroy (GTK_WINDOW (window));
  rs_test_assert_finalized (page);
  rs_test_wait_for_jobs (db);
  rs_test_remove_dir (dir);
}

typedef struct
{
  RsDistrictView *view;
  const char     *needle;
} Text;

static gboolean
shows (gpointer data)
{
  Text *t = data;
  return strstr (rs_district_view_get_text (t->view), t->needle) != NULL;
}

static void
test_district_view (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  RsInvolvementPage *page = g_object_new (RS_TYPE_INVOLVEMENT_PAGE, NULL);
  GtkWidget *window = rs_test_present_page (RS_PAGE (page), context, db, process_id);
  g_autofree char *web = rs_test_data_path ("comments/comments-webform.csv");
  const char *paths[] = { web, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ideas = NULL;
  Text text = { rs_involvement_page_get_district_view (page), "Nørreby: " };

  g_object_ref (page);
  rs_test_wait_for (shows, &text);
  text.needle = "Nørreby: 20 % of residents";
  rs_test_wait_for (shows, &text);
  text.needle = "Nørreby: 20 % of residents 11 % of participants; Comments 0 · ideas 0";
  rs_test_wait_for (shows, &text);

  /* Comments and ideas written elsewhere: 1 comment reads "< 5", 6 ideas "6". */
  g_assert_cmpint (rs_comment_store_import (db, process_id, paths, NULL, NULL, &error), ==, 6);
  ideas = rs_database_query_ids (db, &error, "SELECT id FROM idea WHERE process_id = ?1 OR "
                                 "session_id IN (SELECT id FROM session WHERE process_id = ?1) "
                                 "ORDER BY id LIMIT 6", "i", process_id);
  for (guint i = 0; i < ideas->len; i++)
    g_assert_true (rs_district_record_set (db, RS_DISTRICT_RECORD_IDEA, g_array_index (ideas, gint64, i),
                                           0, "Nørreby", &error));
  text.needle = "Nørreby: 20 % of residents 11 % of participants; Comments < 5 · ideas 6 ·";
  rs_test_wait_for (shows, &text);
  rs_test_screenshot (window, "district-view");

  /* Nothing may still read the database when it goes (on PostgreSQL it
   * is dropped). */
  rs_test_wait_for_jobs (db);
  gtk_window_destroy (GTK_WINDOW (window));
  rs_test_assert_finalized (page);
  rs_test_wait_for_jobs (db);
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/comments/page", test_comments_page);
  g_test_add_func ("/comments/district-view", test_district_view);
  g_test_add_func ("/comments/many", test_many);
  return g_test_run ();
}
