/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rs-engagement-group.h"
#include "rs-involvement-page.h"
#include "rs-involvement-row.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

/* The Involvement page on the sample: the district list from the store's
 * model; an address list imported and invitations drawn through the store
 * (on the database thread) show up as rows of response rates without a
 * reload; replies fill in the rates. */

typedef struct
{
  GtkListBox *list;
  guint       rows;
  const char *title;
} Want;

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (list)); c; c = gtk_widget_get_next_sibling (c))
    if (RS_IS_INVOLVEMENT_ROW (c))
      n++;
  return n;
}

static gboolean
has_rows (gpointer data)
{
  Want *w = data;

  if (count_rows (w->list) != w->rows)
    return FALSE;
  if (w->title == NULL)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (w->list)); c; c = gtk_widget_get_next_sibling (c))
    if (RS_IS_INVOLVEMENT_ROW (c) &&
        strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (c)), w->title) != NULL)
      return TRUE;
  return FALSE;
}

typedef struct
{
  gboolean done;
  gint64   id;
  guint    n;
  char    *path;
} Result;

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Result *r = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_involvement_store_import_finish (RS_INVOLVEMENT_STORE (source), result, &r->n,
                                                     NULL, &error));
  g_assert_no_error (error);
  r->done = TRUE;
}

static void
drawn_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Result *r = user_data;
  g_autoptr(GError) error = NULL;

  r->id = rs_involvement_store_draw_finish (RS_INVOLVEMENT_STORE (source), result, &error);
  g_assert_no_error (error);
  r->done = TRUE;
}

static void
pooled_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Result *r = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_involvement_store_to_pool_finish (RS_INVOLVEMENT_STORE (source), result, &r->n,
                                                      &error));
  g_assert_no_error (error);
  r->done = TRUE;
}

static void
target_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Result *r = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_involvement_store_set_target_finish (RS_INVOLVEMENT_STORE (source), result,
                                                         &error));
  g_assert_no_error (error);
  r->done = TRUE;
}

typedef struct
{
  RsInvolvementPage *page;
  RsLetterKind       kind;
  guint              subject;
} LetterChoice;

static gboolean
letter_chosen (gpointer data)
{
  LetterChoice *c = data;
  return rs_involvement_page_choose_letter (c->page, c->kind, c->subject);
}

static GtkWidget *
find_type (GtkWidget *w,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
    return w;
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_type (c, type);
      if (found)
        return found;
    }
  return NULL;
}

static void
letters_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Result *r = user_data;
  g_autoptr(GError) error = NULL;

  r->path = rs_involvement_store_letters_finish (RS_INVOLVEMENT_STORE (source), result, &r->n,
                                                 NULL, &error);
  g_assert_no_error (error);
  r->done = TRUE;
}

static void
template_set_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Result *r = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_involvement_store_set_template_finish (RS_INVOLVEMENT_STORE (source), result,
                                                           &error));
  g_assert_no_error (error);
  r->done = TRUE;
}

static void
template_get_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Result *r = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  g_assert_true (rs_involvement_store_get_template_finish (RS_INVOLVEMENT_STORE (source), result,
                                                           &r->path, &body, &error));
  g_assert_no_error (error);
  r->done = TRUE;
}

static void
district_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Result *r = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_involvement_store_set_district_finish (RS_INVOLVEMENT_STORE (source), result,
                                                           &error));
  g_assert_no_error (error);
  r->done = TRUE;
}

static gboolean
one_target (gpointer data)
{
  return rs_engagement_group_get_n_rows (data) == 1;
}

static gboolean
is_done (gpointer data)
{
  return ((Result *) data)->done;
}

static GFile *
data_file (const char *name)
{
  g_autofree char *rel = g_build_filename ("involvement", name, NULL);
  g_autofree char *path = rs_test_data_path (rel);
  return g_file_new_for_path (path);
}

static void
test_page (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  RsInvolvementPage *page = g_object_new (RS_TYPE_INVOLVEMENT_PAGE, NULL);
  GtkWidget *window = rs_test_present_page (RS_PAGE (page), context, db, process_id);
  RsInvolvementStore *store = rs_involvement_page_get_store (page);
  g_autoptr(GFile) addresses = data_file ("addresses-havbjerg.csv");
  g_autoptr(GFile) replies = data_file ("replies-havbjerg.csv");
  Want districts = { rs_involvement_page_get_districts_list (page), 6, NULL };
  Want rates = { rs_involvement_page_get_rates_list (page), 0, NULL };
  Result r = { 0 };

  g_assert_nonnull (store);
  rs_test_wait_for (has_rows, &districts);
  g_assert_nonnull (strstr (rs_involvement_page_get_status (page), "No address list yet"));

  /* A district added through the store shows up in the list. */
  rs_involvement_store_set_district_async (store, process_id, "Havneøen", 1200, NULL, district_cb,
                                           &r);
  rs_test_wait_for (is_done, &r);
  districts.rows = 7;
  districts.title = NULL;
  rs_test_wait_for (has_rows, &districts);
  r.done = FALSE;

  rs_involvement_store_import_async (store, process_id, RS_INVOLVEMENT_IMPORT_ADDRESSES, addresses,
                                     NULL, imported_cb, &r);
  rs_test_wait_for (is_done, &r);
  g_assert_cmpuint (r.n, ==, 528);
  g_assert_nonnull (strstr (rs_involvement_page_get_status (page), "528 residents in 255 households"));

  r.done = FALSE;
  rs_involvement_store_draw_async (store, process_id, 255, 7, "", NULL, drawn_cb, &r);
  rs_test_wait_for (is_done, &r);
  g_assert_cmpint (r.id, >, 0);
  /* All, six districts and the one not on the list; no replies yet. */
  rates.rows = 8;
  rates.title = "255 invited · 0 replies";
  rs_test_wait_for (has_rows, &rates);

  r.done = FALSE;
  rs_involvement_store_import_async (store, process_id, RS_INVOLVEMENT_IMPORT_REPLIES, replies,
                                     NULL, imported_cb, &r);
  rs_test_wait_for (is_done, &r);
  rates.rows = 10;
  rates.title = "255 invited · 166 replies · 113 yes";
  rs_test_wait_for (has_rows, &rates);
  rs_test_screenshot (window, "involvement-page");

  /* The yes replies into the sample panel's pool, once. */
  r.done = FALSE;
  rs_involvement_store_to_pool_async (store, process_id, NULL, pooled_cb, &r);
  rs_test_wait_for (is_done, &r);
  g_assert_cmpuint (r.n, ==, 113);

  /* Letters on the database thread: one page per invited household. */
  {
    g_autofree char *folder = g_build_filename (dir, "breve", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (folder);

    r.done = FALSE;
    rs_involvement_store_letters_async (store, process_id, RS_LETTER_INVITATION,
                                        RS_LETTER_FORMAT_PDF, file, NULL, letters_cb, &r);
    rs_test_wait_for (is_done, &r);
    g_assert_cmpuint (r.n, ==, 255);
    g_assert_true (g_str_has_suffix (r.path, "invitation.pdf"));
    g_assert_true (g_file_test (r.path, G_FILE_TEST_IS_REGULAR));
    g_clear_pointer (&r.path, g_free);
  }

  /* Write Letters offers the meeting of a reminder and the round of an
   * answer letter; the chosen one's letters are written. */
  {
    g_autofree char *folder = g_build_filename (dir, "breve", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (folder);
    gint64 first_session = rs_test_query_int (db, "SELECT min(id) FROM session WHERE process_id = ?",
                                              process_id);
    gint64 round = rs_test_query_int (db, "SELECT min(id) FROM hearing_round WHERE process_id = ?",
                                      process_id);
    LetterChoice c = { page, RS_LETTER_REMINDER, 1 };
    GtkWindow *dialog;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "involvement.export", NULL));
    dialog = rs_involvement_page_get_letters_dialog (page);
    g_assert_nonnull (dialog);
    /* The first entry is the default; the meetings follow in the store's order. */
    rs_test_wait_for (letter_chosen, &c);
    g_assert_cmpint (rs_involvement_page_get_letter_subject (page), >, 0);
    c.kind = RS_LETTER_ANSWER;
    rs_test_wait_for (letter_chosen, &c);
    g_assert_cmpint (rs_involvement_page_get_letter_subject (page), ==, round);
    c.subject = 0;
    rs_test_wait_for (letter_chosen, &c);
    g_assert_cmpint (rs_involvement_page_get_letter_subject (page), ==, 0);
    /* Invitations have no meeting or round. */
    c.kind = RS_LETTER_INVITATION;
    g_assert_false (letter_chosen (&c));
    g_assert_cmpint (rs_involvement_page_get_letter_subject (page), ==, 0);
    rs_test_screenshot (GTK_WIDGET (dialog), "write-letters.png");
    gtk_window_destroy (dialog);

    r.done = FALSE;
    rs_involvement_store_letters_for_async (store, process_id, RS_LETTER_REMINDER, RS_LETTER_FORMAT_MBOX,
                                            first_session, file, NULL, letters_cb, &r);
    rs_test_wait_for (is_done, &r);
    g_assert_true (g_str_has_suffix (r.path, "reminder.mbox"));
    g_clear_pointer (&r.path, g_free);
  }

  /* A process's own letter template, through the store. */
  r.done = FALSE;
  rs_involvement_store_set_template_async (store, process_id, RS_LETTER_RESERVE, "Reserve til {panel}",
                                           "Kære {navn}", NULL, template_set_cb, &r);
  rs_test_wait_for (is_done, &r);
  r.done = FALSE;
  rs_involvement_store_get_template_async (store, process_id, RS_LETTER_RESERVE, NULL,
                                           template_get_cb, &r);
  rs_test_wait_for (is_done, &r);
  g_assert_cmpstr (r.path, ==, "Reserve til {panel}");
  g_clear_pointer (&r.path, g_free);

  /* A target set through the store shows in the page's targets. */
  r.done = FALSE;
  rs_involvement_store_set_target_async (store, process_id, RS_TARGET_REGISTRATIONS, NULL, 400,
                                         NULL, target_cb, &r);
  rs_test_wait_for (is_done, &r);
  rs_test_wait_for (one_target, find_type (GTK_WIDGET (page), RS_TYPE_ENGAGEMENT_GROUP));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/involvement/page", test_page);
  return g_test_run ();
}
