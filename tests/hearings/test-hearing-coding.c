/* SPDX-License-Identifier: MPL-2.0 */
/* Coding at speed: word snapping, focus after Add Point, positions on the
 * round's budget proposals by keyboard, mark analysed; the page's next and
 * previous response and its Budget Proposals view. */
#include "config.h"

#include <adwaita.h>

#include "rs-context.h"
#include "rs-hearings-page-private.h"
#include "rs-hearings-test-common.h"
#include "rs-process-store.h"
#include "rs-proposal-store.h"
#include "rs-response-coding-view.h"
#include "rs-response-store.h"

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

#define WAIT_FOR(cond)                                                           \
  G_STMT_START {                                                                 \
    gboolean timed_out = FALSE;                                                  \
    guint id = g_timeout_add_seconds (20, timeout_cb, &timed_out);               \
    while (!(cond) && !timed_out)                                                \
      g_main_context_iteration (NULL, TRUE);                                     \
    g_assert_false (timed_out);                                                  \
    g_source_remove (id);                                                        \
  } G_STMT_END

static RsResponsePoint *
stored_point (RsDatabase *db,
              gint64      response_id)
{
  g_autoptr(GListStore) points = rs_response_point_store_list (db, response_id, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (points)), ==, 1);
  return g_list_model_get_item (G_LIST_MODEL (points), 0);
}

static void
test_coding_keys (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  gint64 round_id = sample_round_id (db, process_id);
  g_autoptr(RsHearingResponse) r = rs_hearing_response_new ();
  g_autoptr(RsBudgetProposal) proposal = rs_budget_proposal_new ("S-2", "Lukning af Skovhuse Bibliotek");
  g_autoptr(GListStore) proposals = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = rs_response_coding_view_new ();
  const char *text = "Vi er imod lukningen af biblioteket i Skovhuse.";
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  gint64 response_id;

  rs_budget_proposal_set_round_id (proposal, round_id);
  g_assert_true (rs_proposal_store_add (db, proposal, &error));
  proposals = rs_proposal_store_list (db, round_id, &error);
  rs_hearing_response_set_sender (r, "Lokalrådet for Skovhuse");
  rs_hearing_response_set_received_on (r, "2026-09-20");
  rs_hearing_response_set_text (r, text);
  response_id = rs_response_store_add (db, round_id, r, &error);
  g_assert_no_error (error);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  rs_response_coding_view_set_database (RS_RESPONSE_CODING_VIEW (view), db);
  rs_response_coding_view_set_proposals (RS_RESPONSE_CODING_VIEW (view), G_LIST_MODEL (proposals));
  rs_response_coding_view_set_response (RS_RESPONSE_CODING_VIEW (view), r);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (gtk_widget_get_template_child (view, RS_TYPE_RESPONSE_CODING_VIEW,
                                                                                   "text_view")));

  /* "ukningen af bibliot": the selection grows to whole words. */
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 13);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, 32);
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_widget_activate_action (view, "coding.add-point", NULL);
  WAIT_FOR (g_list_model_get_n_items (rs_response_coding_view_get_points (RS_RESPONSE_CODING_VIEW (view))) == 1);
  {
    g_autoptr(RsResponsePoint) p = stored_point (db, response_id);
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_cmpstr (rs_response_point_get_excerpt (p), ==, "lukningen af biblioteket");
    /* The new point's theme has the focus, ready for typing. */
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) != NULL || GTK_IS_ENTRY (focus));
  }

  /* Ctrl+2: against; the proposal dropdown names the round's proposal. */
  gtk_widget_activate_action (view, "coding.set-position", "s", "against");
  WAIT_FOR (({ g_autoptr(RsResponsePoint) p = stored_point (db, response_id);
               g_str_equal (rs_response_point_get_position (p), "against"); }));

  /* Ctrl+D: every undecided point is noted, the response is analysed. */
  gtk_widget_activate_action (view, "coding.mark-analysed", NULL);
  WAIT_FOR (({ g_autoptr(RsResponsePoint) p = stored_point (db, response_id);
               g_str_equal (rs_response_point_get_decision (p), "noted"); }));
  WAIT_FOR (rs_hearing_response_is_analysed (r));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

static void
test_page_keys_and_proposals (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsContext) context = rs_context_new (db, NULL);
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, NULL);
  gint64 round_id = sample_round_id (db, process_id);
  g_autoptr(RsBudgetProposal) proposal = rs_budget_proposal_new ("U-10", "Ny cykelsti");
  GtkWidget *window = adw_window_new ();
  RsHearingsPage *page = g_object_new (RS_TYPE_HEARINGS_PAGE, NULL);

  rs_budget_proposal_set_round_id (proposal, round_id);
  g_assert_true (rs_proposal_store_add (db, proposal, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  rs_page_set_context (RS_PAGE (page), context);
  rs_page_set_process (RS_PAGE (page), process);
  WAIT_FOR (g_list_model_get_n_items (G_LIST_MODEL (page->responses)) == 40);
  WAIT_FOR (count_children (GTK_WIDGET (page->proposals_box)) == 1);
  /* The stored campaign group is listed without recomputing. */
  WAIT_FOR (count_children (GTK_WIDGET (page->duplicates_box)) >= 2);

  /* Next and previous response. */
  gtk_widget_activate_action (GTK_WIDGET (page), "hearings.step-response", "i", 1);
  g_assert_cmpuint (gtk_single_selection_get_selected (page->selection), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "hearings.step-response", "i", 1);
  g_assert_cmpuint (gtk_single_selection_get_selected (page->selection), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (page), "hearings.step-response", "i", -1);
  g_assert_cmpuint (gtk_single_selection_get_selected (page->selection), ==, 0);
  g_assert_nonnull (rs_response_coding_view_get_response (page->coding_view));

  /* Add a proposal from the view: it gets the next free number. */
  gtk_widget_activate_action (GTK_WIDGET (page), "hearings.add-proposal", NULL);
  WAIT_FOR (({ g_autoptr(GListStore) l = rs_proposal_store_list (db, round_id, NULL);
               g_list_model_get_n_items (G_LIST_MODEL (l)) == 2; }));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/hearings/coding/keys", test_coding_keys);
  g_test_add_func ("/hearings/coding/page-keys-and-proposals", test_page_keys_and_proposals);
  return g_test_run ();
}
