/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>

#include "rs-context.h"
#include "rs-hearing-import.h"
#include "rs-response-entry-dialog.h"
#include "rs-hearings-page-private.h"
#include "rs-hearings-test-common.h"
#include "rs-process-store.h"
#include "rs-response-coding-view.h"
#include "rs-response-store.h"
#include "rs-round-dialog.h"
#include "rs-test-gtk-utils.h"

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @cond holds; fails after 20 s (a hang guard). */
#define WAIT_FOR(cond)                                                           \
  G_STMT_START {                                                                 \
    gboolean timed_out = FALSE;                                                  \
    guint id = g_timeout_add_seconds (20, timeout_cb, &timed_out);               \
    while (!(cond) && !timed_out)                                                \
      g_main_context_iteration (NULL, TRUE);                                     \
    g_assert_false (timed_out);                                                  \
    g_source_remove (id);                                                        \
  } G_STMT_END

static void
test_coding_long_response (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  gint64 round_id = sample_round_id (db, process_id);
  g_autoptr(RsHearingResponse) r = rs_hearing_response_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) points = NULL;
  g_autoptr(RsResponsePoint) point = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = rs_response_coding_view_new ();
  GtkTextView *text_view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  guint changed = 0;

  for (int i = 0; i < 400; i++)
    g_string_append_printf (text, "Afsnit %d: Vi ønsker, at byrådet bevarer åbningstiderne i "
                                  "svømmehallen og på biblioteket i Nørreby.\n", i + 1);
  rs_hearing_response_set_sender (r, "Lokalrådet for Skovhuse");
  rs_hearing_response_set_received_on (r, "2026-09-20");
  rs_hearing_response_set_text (r, text->str);
  g_assert_cmpint (rs_response_store_add (db, round_id, r, &error), >, 0);
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect_swapped (view, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
  rs_response_coding_view_set_database (RS_RESPONSE_CODING_VIEW (view), db);
  rs_response_coding_view_set_response (RS_RESPONSE_CODING_VIEW (view), r);

  /* The whole text is shown, however long. */
  text_view = GTK_TEXT_VIEW (gtk_widget_get_template_child (view, RS_TYPE_RESPONSE_CODING_VIEW, "text_view"));
  buffer = gtk_text_view_get_buffer (text_view);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, g_utf8_strlen (text->str, -1));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (gtk_widget_get_template_child (view, RS_TYPE_RESPONSE_CODING_VIEW,
                                                                          "add_point_button"))));

  /* Select a sentence far down and make it a point. */
  gtk_text_buffer_get_iter_at_line (buffer, &start, 300);
  end = start;
  gtk_text_iter_forward_to_line_end (&end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (gtk_widget_get_template_child (view, RS_TYPE_RESPONSE_CODING_VIEW,
                                                                         "add_point_button"))));
  gtk_widget_activate_action (view, "coding.add-point", NULL);
  WAIT_FOR (g_list_model_get_n_items (rs_response_coding_view_get_points (RS_RESPONSE_CODING_VIEW (view))) == 1);
  WAIT_FOR (changed >= 1);

  points = rs_response_point_store_list (db, rs_hearing_response_get_id (r), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (points)), ==, 1);
  point = g_list_model_get_item (G_LIST_MODEL (points), 0);
  g_assert_true (g_str_has_prefix (rs_response_point_get_excerpt (point), "Afsnit 301: Vi ønsker"));
  g_assert_cmpint (rs_response_point_get_start (point), ==, gtk_text_iter_get_offset (&start));
  g_assert_cmpint (rs_hearing_response_get_n_points (r), ==, 1);
  g_assert_false (rs_hearing_response_is_analysed (r));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static void
test_search_view (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, NULL);
  GtkWidget *window = adw_window_new ();
  RsHearingsPage *page = g_object_new (RS_TYPE_HEARINGS_PAGE, NULL);
  g_autofree char *markup = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  rs_page_set_context (RS_PAGE (page), context);
  rs_page_set_process (RS_PAGE (page), process);

  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 40);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page->main_stack), ==, "round");
  g_assert_cmpstr (gtk_label_get_label (page->progress_label), ==, "12 of 40 analysed");

  /* Typing a query narrows the list to the hits, with the hit marked. */
  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "svømmehal");
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) < 40);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (page->responses)); i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (page->responses), i);
      g_assert_nonnull (strstr (rs_hearing_response_get_summary (r), RS_SEARCH_MARK_START));
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (page->responses)), >=, 5);

  /* Filters combine with the query: organisations only leaves none of the campaign letters. */
  gtk_drop_down_set_selected (page->sender_filter, 1);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) < 5);
  gtk_drop_down_set_selected (page->sender_filter, 2);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 5);

  /* Hostile text in a hit is escaped, the markers become highlight spans. */
  markup = _rs_hearings_snippet_markup ("<b>x</b> & " RS_SEARCH_MARK_START "svømmehal" RS_SEARCH_MARK_END);
  g_assert_true (g_str_has_prefix (markup, "&lt;b&gt;x&lt;/b&gt; &amp; <span"));
  g_assert_true (g_str_has_suffix (markup, ">svømmehal</span>"));

  /* Selecting a hit opens it in the coding view. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (page->selection), 0, TRUE);
  g_assert_nonnull (rs_response_coding_view_get_response (page->coding_view));
  /* The list holds previews; the coding view fetches the whole text. */
  WAIT_FOR (!rs_hearing_response_get_preview (rs_response_coding_view_get_response (page->coding_view)));
  {
    RsHearingResponse *shown = rs_response_coding_view_get_response (page->coding_view);
    g_autoptr(RsHearingResponse) stored = rs_response_store_get (db, rs_hearing_response_get_id (shown), NULL);
    g_assert_cmpstr (rs_hearing_response_get_text (shown), ==, rs_hearing_response_get_text (stored));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

/* Narrow: the response shown needs more room than the side-by-side panes
 * have, so they start taking turns right after the choice; the response
 * chosen is what shows then, not the list. */
static void
test_narrow_opens_response (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, NULL);
  GtkWidget *window = adw_window_new ();
  RsHearingsPage *page = g_object_new (RS_TYPE_HEARINGS_PAGE, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 560, 800);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  rs_page_set_context (RS_PAGE (page), context);
  rs_page_set_process (RS_PAGE (page), process);

  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 40);
  WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (page)) > 0);
  g_assert_false (adw_leaflet_get_folded (page->responses_leaflet));
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (page->selection), 0, TRUE);
  WAIT_FOR (!rs_hearing_response_get_preview (rs_response_coding_view_get_response (page->coding_view)));
  WAIT_FOR (adw_leaflet_get_folded (page->responses_leaflet));
  g_assert_true (adw_leaflet_get_visible_child (page->responses_leaflet) == page->coding_pane);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static void
test_party_filter (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, NULL);
  g_autoptr(GListStore) all = rs_response_store_list (db, sample_round_id (db, process_id), NULL);
  GtkWidget *window = adw_window_new ();
  RsHearingsPage *page = g_object_new (RS_TYPE_HEARINGS_PAGE, NULL);
  GArray *ids;
  gint64 party_id = 0;
  guint expected = 0, position = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (all)); i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (all), i);
      if (party_id == 0)
        party_id = rs_hearing_response_get_party_id (r);
      if (party_id != 0 && rs_hearing_response_get_party_id (r) == party_id)
        expected++;
    }
  g_assert_cmpint (party_id, >, 0);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  rs_page_set_context (RS_PAGE (page), context);
  rs_page_set_process (RS_PAGE (page), process);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 40);

  /* The dropdown lists the register's parties after "Any consulted party". */
  ids = g_object_get_data (G_OBJECT (page->party_filter), "rs-party-ids");
  g_assert_nonnull (ids);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (page->party_filter)), ==, ids->len + 1);
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == party_id)
      position = i + 1;
  g_assert_cmpuint (position, >, 0);

  gtk_drop_down_set_selected (page->party_filter, position);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == expected);
  for (guint i = 0; i < expected; i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (page->responses), i);
      g_assert_cmpint (rs_hearing_response_get_party_id (r), ==, party_id);
    }
  gtk_drop_down_set_selected (page->party_filter, 0);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 40);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static GtkWidget *
find_child (GtkWidget *root,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_child (c, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_entry_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (RS_IS_RESPONSE_ENTRY_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
sender_is (RsDatabase *db,
           gint64      response_id,
           const char *expected)
{
  g_autoptr(RsHearingResponse) r = rs_response_store_get (db, response_id, NULL);
  return g_strcmp0 (r ? rs_hearing_response_get_sender (r) : NULL, expected) == 0;
}

/* A response marked for review: found by the filter, edited, deleted and
 * brought back with Undo. */
static void
test_review_edit_delete (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, NULL);
  gint64 round_id = sample_round_id (db, process_id);
  g_autofree char *eml = rs_test_data_path ("mail/missing-from.eml");
  const char *paths[] = { eml, NULL };
  GtkWidget *window = adw_window_new ();
  RsHearingsPage *page = g_object_new (RS_TYPE_HEARINGS_PAGE, NULL);
  GtkWidget *review_label, *dialog, *sender_row;
  RsHearingResponse *shown;
  gint64 response_id;

  g_assert_cmpint (rs_hearing_import_files (db, round_id, paths, NULL, NULL, NULL, NULL), ==, 1);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  rs_page_set_context (RS_PAGE (page), context);
  rs_page_set_process (RS_PAGE (page), process);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 41);

  /* "Needs review" in the status filter. */
  gtk_drop_down_set_selected (page->status_filter, 5);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 1);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (page->selection), 0, TRUE);
  shown = rs_response_coding_view_get_response (page->coding_view);
  g_assert_nonnull (shown);
  response_id = rs_hearing_response_get_id (shown);
  review_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page->coding_view),
                                                           RS_TYPE_RESPONSE_CODING_VIEW, "review_label"));
  g_assert_true (gtk_widget_get_visible (review_label));
  g_assert_cmpstr (rs_hearing_response_get_review_reason (shown), ==, "no-sender");
  {
    g_autofree char *why = rs_hearing_response_describe_review (shown);
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (review_label)), why));
  }

  /* Edit: name the sender and clear the review flag. */
  gtk_widget_activate_action (GTK_WIDGET (page->coding_view), "hearings.edit-response", NULL);
  dialog = find_entry_dialog ();
  g_assert_nonnull (dialog);
  sender_row = find_child (dialog, ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (sender_row);
  gtk_editable_set_text (GTK_EDITABLE (sender_row), "Skolebestyrelsen ved Midtbyens Skole");
  gtk_switch_set_active (GTK_SWITCH (find_child (dialog, GTK_TYPE_SWITCH)), TRUE);
  {
    /* The last switch is the review flag. */
    GtkWidget *review_switch = NULL;
    GtkWidget *box = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
    for (GtkWidget *w = find_child (box, GTK_TYPE_SWITCH); w != NULL; )
      {
        review_switch = w;
        w = NULL;
        /* walk on: the switches appear in order */
        for (GtkWidget *p = gtk_widget_get_parent (review_switch); p != NULL && w == NULL; p = gtk_widget_get_parent (p))
          for (GtkWidget *n = gtk_widget_get_next_sibling (p); n != NULL && w == NULL; n = gtk_widget_get_next_sibling (n))
            w = find_child (n, GTK_TYPE_SWITCH);
      }
    g_assert_nonnull (review_switch);
    gtk_switch_set_active (GTK_SWITCH (review_switch), FALSE);
  }
  /* ... and give it the district it concerns. */
  WAIT_FOR (rs_response_entry_dialog_set_district (RS_RESPONSE_ENTRY_DIALOG (dialog), "Midtbyen"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  WAIT_FOR (sender_is (db, response_id, "Skolebestyrelsen ved Midtbyens Skole"));
  WAIT_FOR (rs_test_query_int (db, "SELECT count(*) FROM hearing_response WHERE id = ? AND district = 'Midtbyen'",
                               response_id) == 1);
  {
    g_autoptr(RsHearingResponse) stored = rs_response_store_get (db, response_id, NULL);
    g_assert_false (rs_hearing_response_needs_review (stored));
    g_assert_cmpstr (rs_hearing_response_get_party_type (stored), ==, "organisation");
  }
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 0);

  /* Delete, then Undo. */
  gtk_drop_down_set_selected (page->status_filter, 0);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 41);
  for (guint i = 0; i < 41; i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (page->responses), i);
      if (rs_hearing_response_get_id (r) == response_id)
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (page->selection), i, TRUE);
    }
  g_assert_cmpint (rs_hearing_response_get_id (rs_response_coding_view_get_response (page->coding_view)), ==, response_id);
  gtk_widget_activate_action (GTK_WIDGET (page->coding_view), "hearings.delete-response", NULL);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 40);
  g_assert_true (sender_is (db, response_id, NULL));
  gtk_widget_activate_action (GTK_WIDGET (page), "hearings.undo-delete-response", "x", response_id);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 41);
  g_assert_true (sender_is (db, response_id, "Skolebestyrelsen ved Midtbyens Skole"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static guint
n_rounds (RsDatabase *db,
          gint64      process_id)
{
  g_autoptr(GListStore) rounds = rs_hearing_round_store_list (db, process_id, NULL);

  return g_list_model_get_n_items (G_LIST_MODEL (rounds));
}

/* New Hearing Round asks for the title and dates first; nothing is created
 * until they make sense and the user says Create. */
static void
test_new_round_dialog (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, NULL);
  GtkWidget *window = adw_window_new ();
  RsHearingsPage *page = g_object_new (RS_TYPE_HEARINGS_PAGE, NULL);
  guint before = n_rounds (db, process_id);
  RsRoundDialog *dialog;

  g_object_ref (window);
  g_object_ref (page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  rs_page_set_context (RS_PAGE (page), context);
  rs_page_set_process (RS_PAGE (page), process);
  WAIT_FOR (page->round != NULL && !page->loading);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "hearings.new-round", NULL));
  WAIT_FOR (page->round_dialog != NULL);
  dialog = RS_ROUND_DIALOG (page->round_dialog);
  g_object_ref (dialog);
  g_assert_cmpuint (n_rounds (db, process_id), ==, before);
  /* No title yet: Create is off. */
  g_assert_false (rs_round_dialog_is_valid (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "save"), ==, "C_reate");

  /* A deadline before the first day is refused, with a reason. */
  rs_round_dialog_set_fields (dialog, "Høring om skolestruktur", "2027-03-10", "2027-03-01");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_cmpstr (rs_round_dialog_get_problem (dialog), ==, "The deadline must be after the first day.");
  rs_round_dialog_set_fields (dialog, "Høring om skolestruktur", "10/3/2027", "2027-03-31");
  g_assert_cmpstr (rs_round_dialog_get_problem (dialog), ==, "Enter the first day as YYYY-MM-DD.");
  /* Pressing Create while invalid does nothing. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  g_assert_cmpuint (n_rounds (db, process_id), ==, before);

  rs_round_dialog_set_fields (dialog, "Høring om skolestruktur", "2027-03-10", "2027-03-31");
  g_assert_null (rs_round_dialog_get_problem (dialog));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  WAIT_FOR (page->round != NULL && g_strcmp0 (rs_hearing_round_get_title (page->round), "Høring om skolestruktur") == 0);
  g_assert_cmpuint (n_rounds (db, process_id), ==, before + 1);
  g_assert_cmpstr (rs_hearing_round_get_starts_on (page->round), ==, "2027-03-10");
  g_assert_cmpstr (rs_hearing_round_get_deadline (page->round), ==, "2027-03-31");
  WAIT_FOR (!page->loading);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  rs_test_assert_finalized (page);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

/* Budget proposals through the hearings store: Add stores a new one with
 * the next free number, and the page's list shows it. */
static guint
n_shown_proposals (RsHearingsPage *page)
{
  GListModel *proposals = g_object_get_data (G_OBJECT (page), "rs-proposals");

  return proposals ? g_list_model_get_n_items (proposals) : G_MAXUINT;
}

static void
test_add_proposal (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, NULL);
  GtkWidget *window = adw_window_new ();
  RsHearingsPage *page = g_object_new (RS_TYPE_HEARINGS_PAGE, NULL);
  guint before;
  gint64 round_id;

  g_object_ref (window);
  g_object_ref (page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  rs_page_set_context (RS_PAGE (page), context);
  rs_page_set_process (RS_PAGE (page), process);
  WAIT_FOR (page->round != NULL && !page->loading && n_shown_proposals (page) != G_MAXUINT);
  round_id = rs_hearing_round_get_id (page->round);
  before = n_shown_proposals (page);
  g_assert_cmpint (before, ==, rs_test_query_int (db, "SELECT count(*) FROM budget_proposal WHERE round_id = ?",
                                                  round_id));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "hearings.add-proposal", NULL));
  WAIT_FOR (n_shown_proposals (page) == before + 1);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM budget_proposal WHERE round_id = ?", round_id),
                   ==, before + 1);
  WAIT_FOR (!page->loading);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  rs_test_assert_finalized (page);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

/* A response entered by hand on the page, with the district it concerns:
 * stored with the response. */
static void
test_add_with_district (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, NULL);
  GtkWidget *window = adw_window_new ();
  RsHearingsPage *page = g_object_new (RS_TYPE_HEARINGS_PAGE, NULL);
  const char *sql = "SELECT count(*) FROM hearing_response WHERE district = 'Bakkelund' AND round_id IN "
                    "(SELECT id FROM hearing_round WHERE process_id = ?)";
  GtkWidget *dialog;
  GtkTextView *text_view;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  rs_page_set_context (RS_PAGE (page), context);
  rs_page_set_process (RS_PAGE (page), process);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 40);
  g_assert_cmpint (rs_test_query_int (db, sql, process_id), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (page), "hearings.add-response", NULL);
  dialog = find_entry_dialog ();
  g_assert_nonnull (dialog);
  text_view = GTK_TEXT_VIEW (gtk_widget_get_template_child (dialog, RS_TYPE_RESPONSE_ENTRY_DIALOG, "text_view"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), "Behold busruten gennem Bakkelund.", -1);
  WAIT_FOR (rs_response_entry_dialog_set_district (RS_RESPONSE_ENTRY_DIALOG (dialog), "Bakkelund"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 41);
  WAIT_FOR (rs_test_query_int (db, sql, process_id) == 1);

  rs_test_wait_for_jobs (db);
  gtk_window_destroy (GTK_WINDOW (window));
  rs_test_wait_for_jobs (db);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

/* Entering a response by hand: Add waits for a text; the dialog builds the
 * response from its fields and goes away when closed. */
static void
test_entry_dialog (void)
{
  RsResponseEntryDialog *dialog = RS_RESPONSE_ENTRY_DIALOG (rs_response_entry_dialog_new (NULL));
  g_autoptr(RsHearingResponse) r = NULL;
  GtkTextView *text_view;

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  text_view = GTK_TEXT_VIEW (gtk_widget_get_template_child (GTK_WIDGET (dialog), RS_TYPE_RESPONSE_ENTRY_DIALOG,
                                                            "text_view"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), "Bevar biblioteket i Skovhuse.", -1);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  r = rs_response_entry_dialog_build (dialog);
  g_assert_nonnull (r);
  g_assert_cmpstr (rs_hearing_response_get_text (r), ==, "Bevar biblioteket i Skovhuse.");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/hearings/page/coding-long-response", test_coding_long_response);
  g_test_add_func ("/hearings/page/search-view", test_search_view);
  g_test_add_func ("/hearings/page/party-filter", test_party_filter);
  g_test_add_func ("/hearings/page/narrow-opens-response", test_narrow_opens_response);
  g_test_add_func ("/hearings/page/review-edit-delete", test_review_edit_delete);
  g_test_add_func ("/hearings/page/new-round-dialog", test_new_round_dialog);
  g_test_add_func ("/hearings/page/add-proposal", test_add_proposal);
  g_test_add_func ("/hearings/page/entry-dialog", test_entry_dialog);
  g_test_add_func ("/hearings/page/add-with-district", test_add_with_district);
  return g_test_run ();
}
