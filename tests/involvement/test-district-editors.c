/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rs-context.h"
#include "rs-district-dialog.h"
#include "rs-district-row.h"
#include "rs-district-view.h"
#include "rs-idea-board.h"
#include "rs-involvement-page.h"
#include "rs-labs-page.h"
#include "rs-recommendation-editor.h"
#include "rs-recommendation-store.h"
#include "rs-response-entry-dialog.h"
#include "rs-session-editor.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

/* The district chooser of the editors on the sample (Havbjerg's six
 * districts): a new meeting, a recommendation, an idea on the Labs page's
 * board and a hearing response get a district in their editor, stored on
 * the database thread, and the Involvement page's district view counts it
 * without a reload. */

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      process_id;
  RsContext  *context;
  GtkWidget  *window;      /* the Involvement page, for its district view */
  RsDistrictView *view;
  RsInvolvementPage *page;
} Fixture;

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

static gboolean
view_loaded (gpointer data)
{
  return *rs_district_view_get_text (data) != '\0';
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  RsInvolvementPage *page = g_object_new (RS_TYPE_INVOLVEMENT_PAGE, NULL);

  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  f->context = rs_context_new (f->db, NULL);
  f->window = rs_test_present_page (RS_PAGE (page), f->context, f->db, f->process_id);
  f->page = page;
  f->view = RS_DISTRICT_VIEW (find_type (GTK_WIDGET (page), RS_TYPE_DISTRICT_VIEW));
  g_assert_nonnull (f->view);
  rs_test_wait_for (view_loaded, f->view);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  rs_test_close_page (&f->window, f->page, f->db);
  g_clear_object (&f->context);
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

typedef struct
{
  RsDatabase *db;
  const char *sql;
  gint64      arg;
  gint64      expected;
} QueryWait;

static gboolean
query_is (gpointer data)
{
  QueryWait *w = data;
  return rs_test_query_int (w->db, w->sql, w->arg) == w->expected;
}

typedef struct
{
  RsDistrictView *view;
  char           *before;
} ViewChanged;

static gboolean
view_changed (gpointer data)
{
  ViewChanged *v = data;
  return g_strcmp0 (rs_district_view_get_text (v->view), v->before) != 0;
}

static gboolean
row_ready (gpointer data)
{
  return rs_district_row_is_ready (data);
}

static gboolean
editor_ready (gpointer data)
{
  RsDistrictRow *row = RS_DISTRICT_ROW (find_type (data, RS_TYPE_DISTRICT_ROW));
  return rs_session_editor_is_ready (data) && rs_district_row_is_ready (row);
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static gboolean
id_set (gpointer data)
{
  return *(gint64 *) data != 0;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
session_saved_cb (RsSessionEditor *editor,
                  gint64           id,
                  guint            n,
                  gint64          *out)
{
  *out = id;
}

/* The district line of @name in the view's text. */
static char *
view_line (RsDistrictView *view,
           const char     *name)
{
  g_auto(GStrv) lines = g_strsplit (rs_district_view_get_text (view), "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], name))
      return g_strdup (lines[i]);
  return NULL;
}

static void
test_meeting (Fixture      *f,
              gconstpointer data)
{
  RsSessionEditor *editor = rs_session_editor_new (GTK_WINDOW (f->window), f->db, f->process_id, NULL);
  RsDistrictRow *row;
  gint64 id = 0;
  ViewChanged v = { f->view, g_strdup (rs_district_view_get_text (f->view)) };
  g_autofree char *line = NULL;
  g_autofree char *line_before = view_line (f->view, "Nørreby");
  GListModel *model;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_signal_connect (editor, "saved", G_CALLBACK (session_saved_cb), &id);
  gtk_window_present (GTK_WINDOW (editor));
  rs_test_wait_for (editor_ready, editor);
  row = RS_DISTRICT_ROW (find_type (GTK_WIDGET (editor), RS_TYPE_DISTRICT_ROW));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row)));
  /* "None" and the six districts of the sample. */
  model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);
  g_assert_cmpstr (rs_district_row_get_district (row), ==, "");
  g_assert_false (rs_district_row_set_district (row, "Atlantis"));
  g_assert_true (rs_district_row_set_district (row, "Nørreby"));
  g_assert_true (rs_district_row_get_changed (row));
  rs_session_editor_fill (editor, "Velfærdsmøde i Nørreby", "2027-03-02", "19:00", "21:00", 80, NULL);
  rs_test_screenshot (GTK_WIDGET (editor), "session-editor-district.png");
  rs_session_editor_save (editor);
  rs_test_wait_for (id_set, &id);
  g_assert_null (editor);   /* closed after the district was stored */
  {
    QueryWait w = { f->db, "SELECT count(*) FROM session WHERE id = ? AND district = 'Nørreby'", id, 1 };
    g_assert_true (query_is (&w));
  }
  /* The district view counts the meeting without a reload. */
  rs_test_wait_for (view_changed, &v);
  line = view_line (f->view, "Nørreby");
  g_assert_nonnull (line);
  g_assert_cmpstr (line, !=, line_before);

  /* Editing it shows its district; choosing None clears it. */
  {
    g_autoptr(GListStore) sessions = NULL;
    g_autoptr(RsSession) session = NULL;
    g_autoptr(GError) error = NULL;
    QueryWait w = { f->db, "SELECT count(*) FROM session WHERE id = ? AND district = ''", id, 1 };

    sessions = rs_session_store_list (f->db, f->process_id, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sessions)) && session == NULL; i++)
      {
        g_autoptr(RsSession) s = g_list_model_get_item (G_LIST_MODEL (sessions), i);
        if (rs_session_get_id (s) == id)
          session = g_steal_pointer (&s);
      }
    g_assert_nonnull (session);
    editor = rs_session_editor_new (GTK_WINDOW (f->window), f->db, f->process_id, session);
    g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
    gtk_window_present (GTK_WINDOW (editor));
    rs_test_wait_for (editor_ready, editor);
    row = RS_DISTRICT_ROW (find_type (GTK_WIDGET (editor), RS_TYPE_DISTRICT_ROW));
    g_assert_cmpstr (rs_district_row_get_district (row), ==, "Nørreby");
    g_assert_false (rs_district_row_get_changed (row));
    g_assert_true (rs_district_row_set_district (row, ""));
    rs_session_editor_save (editor);
    rs_test_wait_for (query_is, &w);
    rs_test_wait_for (is_null, &editor);
  }

  /* A template series: every meeting of it gets the district. */
  {
    QueryWait w = { f->db, "SELECT count(*) FROM session WHERE process_id = ? AND district = 'Vesterløkke' "
                           "AND title LIKE 'Borgerrådet i Vesterløkke: %'", f->process_id, 3 };

    id = 0;
    editor = rs_session_editor_new (GTK_WINDOW (f->window), f->db, f->process_id, NULL);
    g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
    g_signal_connect (editor, "saved", G_CALLBACK (session_saved_cb), &id);
    gtk_window_present (GTK_WINDOW (editor));
    rs_test_wait_for (editor_ready, editor);
    row = RS_DISTRICT_ROW (find_type (GTK_WIDGET (editor), RS_TYPE_DISTRICT_ROW));
    g_assert_true (rs_district_row_set_district (row, "Vesterløkke"));
    rs_session_editor_fill (editor, "Borgerrådet i Vesterløkke", "2027-05-01", "10:00", "15:00", 40, "council");
    rs_session_editor_save (editor);
    rs_test_wait_for (id_set, &id);
    rs_test_wait_for (is_null, &editor);
    g_assert_true (query_is (&w));
  }
  g_free (v.before);
}

static void
rec_saved_cb (gpointer  editor,
              gboolean *saved)
{
  *saved = TRUE;
}

static void
test_recommendation (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GListStore) list = rs_recommendation_store_list (f->db, f->process_id, FALSE, NULL);
  g_autoptr(RsRecommendation) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_autoptr(RsRecommendation) rec = NULL;
  g_autoptr(GError) error = NULL;
  RsRecommendationEditor *editor;
  RsDistrictRow *row;
  gboolean saved = FALSE;
  gint64 id = rs_recommendation_get_id (first);
  QueryWait w = { f->db, "SELECT count(*) FROM recommendation WHERE id = ? AND district = 'Skovhuse'", id, 1 };
  ViewChanged v = { f->view, g_strdup (rs_district_view_get_text (f->view)) };

  rec = rs_recommendation_store_get (f->db, id, &error);
  g_assert_no_error (error);
  editor = rs_recommendation_editor_new (f->db, rec);
  g_signal_connect (editor, "saved", G_CALLBACK (rec_saved_cb), &saved);
  gtk_window_present (GTK_WINDOW (editor));
  row = RS_DISTRICT_ROW (find_type (GTK_WIDGET (editor), RS_TYPE_DISTRICT_ROW));
  g_assert_nonnull (row);
  rs_test_wait_for (row_ready, row);
  g_assert_true (rs_district_row_set_district (row, "Skovhuse"));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  rs_test_wait_for (is_true, &saved);
  g_assert_true (query_is (&w));
  rs_test_wait_for (view_changed, &v);
  g_free (v.before);
}

static gboolean
board_ready (gpointer data)
{
  RsLabsPage *page = data;
  RsIdeaBoard *board = rs_labs_page_get_board (page);
  return rs_labs_page_get_lab_id (page) != 0 && !rs_idea_board_is_busy (board) &&
         rs_idea_board_get_n_ideas (board) > 0;
}

typedef struct
{
  RsIdeaBoard *board;
  gint64       id;
} IdeaShown;

static gboolean
idea_shows_district (gpointer data)
{
  IdeaShown *s = data;
  return g_strcmp0 (rs_idea_board_get_district (s->board, s->id), "Bakkelund") == 0;
}

static void
test_idea (Fixture      *f,
           gconstpointer data)
{
  RsLabsPage *page = g_object_new (RS_TYPE_LABS_PAGE, NULL);
  GtkWidget *window = rs_test_present_page (RS_PAGE (page), f->context, f->db, f->process_id);
  RsIdeaBoard *board;
  GtkWindow *dialog;
  RsDistrictRow *row;
  IdeaShown s;
  ViewChanged v = { f->view, g_strdup (rs_district_view_get_text (f->view)) };

  rs_test_wait_for (board_ready, page);
  board = rs_labs_page_get_board (page);
  s.board = board;
  s.id = rs_test_query_int (f->db, "SELECT min(id) FROM idea WHERE lab_id = ?", rs_labs_page_get_lab_id (page));
  g_assert_cmpint (s.id, >, 0);
  g_assert_cmpstr (rs_idea_board_get_district (board, s.id), ==, "");
  g_assert_null (rs_idea_board_edit_district (board, -1));
  dialog = rs_idea_board_edit_district (board, s.id);
  g_assert_nonnull (dialog);
  row = RS_DISTRICT_ROW (find_type (GTK_WIDGET (dialog), RS_TYPE_DISTRICT_ROW));
  rs_test_wait_for (row_ready, row);
  g_assert_true (rs_district_row_set_district (row, "Bakkelund"));
  rs_test_screenshot (GTK_WIDGET (dialog), "idea-district.png");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  /* The board shows the district, and so does the district view. */
  rs_test_wait_for (idea_shows_district, &s);
  rs_test_wait_for (view_changed, &v);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM idea WHERE id = ? AND district = 'Bakkelund'",
                                      s.id), ==, 1);
  rs_test_wait_for_jobs (f->db);
  g_object_ref (page);
  gtk_window_destroy (GTK_WINDOW (window));
  rs_test_assert_finalized (page);
  g_free (v.before);
}

static gboolean
dialog_row_ready (gpointer data)
{
  return rs_response_entry_dialog_set_district (data, "Midtbyen");
}

static void
set_cb (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_district_records_set_finish (RS_DATABASE (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
test_response (Fixture      *f,
               gconstpointer data)
{
  gint64 id = rs_test_query_int (f->db, "SELECT min(h.id) FROM hearing_response h JOIN hearing_round r "
                                        "ON r.id = h.round_id WHERE r.process_id = ?", f->process_id);
  g_autoptr(RsHearingResponse) response = rs_hearing_response_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *district = NULL;
  GtkWidget *dialog;
  gboolean done = FALSE;
  QueryWait w = { f->db, "SELECT count(*) FROM hearing_response WHERE id = ? AND district = 'Midtbyen'", id, 1 };

  g_assert_cmpint (id, >, 0);
  rs_hearing_response_set_id (response, id);
  rs_hearing_response_set_channel (response, "letter");
  rs_hearing_response_set_received_on (response, "2026-09-20");
  dialog = rs_response_entry_dialog_new_for_response (GTK_WINDOW (f->window), response);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  rs_response_entry_dialog_load_district (RS_RESPONSE_ENTRY_DIALOG (dialog), f->db, f->process_id, id);
  gtk_window_present (GTK_WINDOW (dialog));
  /* Unchanged: nothing to store. */
  g_assert_null (rs_response_entry_dialog_dup_district (RS_RESPONSE_ENTRY_DIALOG (dialog)));
  rs_test_wait_for (dialog_row_ready, dialog);
  rs_test_screenshot (dialog, "response-district.png");
  district = rs_response_entry_dialog_dup_district (RS_RESPONSE_ENTRY_DIALOG (dialog));
  g_assert_cmpstr (district, ==, "Midtbyen");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (dialog);

  /* What the Hearings page then does with it. */
  g_array_append_val (ids, id);
  rs_district_records_set_async (f->db, RS_DISTRICT_RECORD_RESPONSE, ids, district, NULL, set_cb, &done);
  rs_test_wait_for (is_true, &done);
  g_assert_true (query_is (&w));
}

typedef struct
{
  GtkListBox *list;
  const char *title;
  guint       n;
} ListWant;

static gboolean
list_has (gpointer data)
{
  ListWant *w = data;
  guint n = 0;
  gboolean found = w->title == NULL;

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (w->list)); c; c = gtk_widget_get_next_sibling (c))
    if (ADW_IS_ACTION_ROW (c))
      {
        n++;
        found |= g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (c)), w->title) == 0;
      }
  return n == w->n && found;
}

static gboolean
has_undo (gpointer data)
{
  return rs_involvement_page_get_undo_toast (data) != NULL;
}

/* The district list edited on the Involvement page: renamed (the records
 * follow) with its population, removed with Undo. */
static void
test_list_editing (Fixture      *f,
                   gconstpointer data)
{
  GtkListBox *list = rs_involvement_page_get_districts_list (f->page);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 session = rs_test_query_int (f->db, "SELECT min(id) FROM session WHERE process_id = ?", f->process_id);
  const char *pop_sql = "SELECT population FROM district WHERE process_id = ? AND name = 'Skovhuse Nord'";
  ListWant six = { list, "Skovhuse", 6 };
  ListWant renamed = { list, "Skovhuse Nord", 6 };
  ListWant five = { list, NULL, 5 };
  QueryWait population = { f->db, pop_sql, f->process_id, 4321 };
  GtkWindow *dialog;

  rs_test_wait_for (list_has, &six);
  g_array_append_val (ids, session);
  g_assert_true (rs_district_records_set (f->db, RS_DISTRICT_RECORD_SESSION, ids, "Skovhuse", &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "involvement.edit-district", "s", "Skovhuse"));
  dialog = rs_involvement_page_get_district_dialog (f->page);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), RS_TYPE_DISTRICT_DIALOG,
                                                                     "name")), "Skovhuse Nord");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                            RS_TYPE_DISTRICT_DIALOG, "population")),
                             4321);
  rs_test_screenshot (GTK_WIDGET (dialog), "edit-district.png");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  rs_test_wait_for (list_has, &renamed);
  rs_test_wait_for (query_is, &population);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM session WHERE id = ? AND district = 'Skovhuse Nord'",
                                      session), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "involvement.remove-district", "s",
                                             "Skovhuse Nord"));
  rs_test_wait_for (list_has, &five);
  rs_test_wait_for (has_undo, f->page);
  g_signal_emit_by_name (rs_involvement_page_get_undo_toast (f->page), "button-clicked");
  rs_test_wait_for (list_has, &renamed);
  rs_test_wait_for (query_is, &population);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/districts/editors/meeting", Fixture, NULL, fixture_setup, test_meeting, fixture_teardown);
  g_test_add ("/districts/editors/recommendation", Fixture, NULL, fixture_setup, test_recommendation,
              fixture_teardown);
  g_test_add ("/districts/editors/idea", Fixture, NULL, fixture_setup, test_idea, fixture_teardown);
  g_test_add ("/districts/editors/response", Fixture, NULL, fixture_setup, test_response, fixture_teardown);
  g_test_add ("/districts/list-editing", Fixture, NULL, fixture_setup, test_list_editing, fixture_teardown);
  return g_test_run ();
}
