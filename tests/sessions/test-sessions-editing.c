/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "rs-attendance.h"
#include "rs-audit.h"
#include "rs-conflict-dialog.h"
#include "rs-date.h"
#include "rs-context.h"
#include "rs-idea-board.h"
#include "rs-idea-store.h"
#include "rs-lab-store.h"
#include "rs-labs-page.h"
#include "rs-process-store.h"
#include "rs-evaluation-store.h"
#include "rs-evaluation-view.h"
#include "rs-session-editor.h"
#include "rs-session-row.h"
#include "rs-session.h"
#include "rs-session-store.h"
#include "rs-sessions-page.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

/* Display tests of creating and editing on the Meetings and Labs pages:
 * the New Meeting dialog with an agenda template, registering and
 * cancelling (waiting-list promotion), the New Lab dialog and the
 * questionnaire answers of a lab's evaluation. */

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      process_id;
  RsContext  *context;
  GtkWidget  *window;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  f->context = rs_context_new (f->db, NULL);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_pointer ((GtkWindow **) &f->window, gtk_window_destroy);
  g_clear_object (&f->context);
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
show_page (Fixture *f,
           RsPage  *page)
{
  f->window = rs_test_present_page (page, f->context, f->db, f->process_id);
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

static gboolean
session_shown (gpointer data)
{
  return rs_sessions_page_get_session_id (data) != 0 && rs_sessions_page_get_n_present (data) >= 0;
}

static gboolean
editor_ready (gpointer data)
{
  return rs_session_editor_is_ready (data);
}

static gboolean
editor_gone (gpointer data)
{
  return rs_sessions_page_get_editor (data) == NULL;
}

static void
test_new_meeting_from_template (Fixture      *f,
                                gconstpointer data)
{
  RsSessionsPage *page = g_object_new (RS_TYPE_SESSIONS_PAGE, NULL);
  const char *count_sql = "SELECT count(*) FROM session WHERE process_id = ? AND title LIKE 'Borgerrådet 2027: %'";
  gint64 before = rs_test_query_int (f->db, "SELECT count(*) FROM session WHERE process_id = ?", f->process_id);
  RsSessionEditor *editor;
  QueryWait w = { f->db, count_sql, f->process_id, 3 };
  g_autoptr(RsStatement) stmt = NULL;
  const char *days[] = { "2027-06-05", "2027-07-10", "2027-08-14" };
  int n = 0;

  show_page (f, RS_PAGE (page));
  rs_test_wait_for (session_shown, page);
  gtk_widget_activate_action (GTK_WIDGET (page), "sessions.new", NULL);
  editor = rs_sessions_page_get_editor (page);
  g_assert_nonnull (editor);
  rs_test_wait_for (editor_ready, editor);

  /* A bad date is refused and nothing is stored. */
  rs_session_editor_fill (editor, "Borgerrådet 2027", "2027-13-40", "10:00", "15:00", 40, "council");
  rs_session_editor_save (editor);
  rs_test_wait_for (editor_ready, editor);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM session WHERE process_id = ?", f->process_id), ==, before);
  g_assert_nonnull (rs_sessions_page_get_editor (page));

  rs_session_editor_fill (editor, "Borgerrådet 2027", "2027-06-05", "10:00", "15:00", 40, "council");
  rs_test_screenshot (GTK_WIDGET (editor), "session-editor.png");
  rs_session_editor_save (editor);
  rs_test_wait_for (query_is, &w);
  rs_test_wait_for (editor_gone, page);

  stmt = rs_database_query (f->db, NULL,
                            "SELECT s.id, s.starts_at, s.ends_at, s.capacity, "
                            "(SELECT count(*) FROM agenda_item a WHERE a.session_id = s.id), "
                            "(SELECT sum(duration_min) FROM agenda_item a WHERE a.session_id = s.id) "
                            "FROM session s WHERE s.process_id = ? AND s.title LIKE 'Borgerrådet 2027: %' "
                            "ORDER BY s.starts_at", "i", f->process_id);
  while (rs_statement_step (stmt) == RS_SQL_ROW)
    {
      g_autofree char *start = g_strdup_printf ("%sT10:00", days[n]);
      g_autofree char *end = g_strdup_printf ("%sT15:00", days[n]);
      g_assert_cmpstr ((const char *) rs_statement_column_text (stmt, 1), ==, start);
      g_assert_cmpstr ((const char *) rs_statement_column_text (stmt, 2), ==, end);
      g_assert_cmpint (rs_statement_column_int (stmt, 3), ==, 40);
      g_assert_cmpint (rs_statement_column_int (stmt, 4), >=, 3);
      g_assert_cmpint (rs_statement_column_int (stmt, 5), >, 60);
      n++;
    }
  g_assert_cmpint (n, ==, 3);
  /* The page shows the first new meeting. */
  while (rs_sessions_page_get_session_id (page)
         != rs_test_query_int (f->db, "SELECT id FROM session WHERE process_id = ? AND title LIKE 'Borgerrådet 2027: %' "
                              "ORDER BY starts_at LIMIT 1", f->process_id))
    g_main_context_iteration (NULL, TRUE);
}

static void
test_cancel_promotes (Fixture      *f,
                      gconstpointer data)
{
  RsSessionsPage *page = g_object_new (RS_TYPE_SESSIONS_PAGE, NULL);
  g_autoptr(RsSession) info = rs_session_new ();
  gint64 session, people[3];
  g_autofree char *third = NULL;
  const char *status_sql = NULL;
  QueryWait w = { f->db, NULL, 0, 0 };

  rs_session_set_process_id (info, f->process_id);
  rs_session_set_title (info, "Åbent møde om busser");
  rs_session_set_starts_at (info, "2027-03-02T19:00");
  rs_session_set_capacity (info, 2);
  session = rs_session_store_create (f->db, info, NULL);
  g_assert_cmpint (session, >, 0);
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT p.id, p.pseudonym FROM person p JOIN panel pa "
                                                      "ON pa.id = p.panel_id WHERE pa.process_id = ? "
                                                      "ORDER BY p.id LIMIT 3", "i", f->process_id);
    for (int i = 0; i < 3; i++)
      {
        g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
        people[i] = rs_statement_column_int64 (stmt, 0);
        if (i == 2)
          third = g_strdup ((const char *) rs_statement_column_text (stmt, 1));
      }
  }
  show_page (f, RS_PAGE (page));
  rs_test_wait_for (session_shown, page);
  rs_sessions_page_select_session (page, session);
  while (rs_sessions_page_get_session_id (page) != session)
    g_main_context_iteration (NULL, TRUE);

  /* Register through the entry: two seats, the third goes on the waiting list. */
  rs_sessions_page_register (page, "nobody-by-this-name");
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL, "SELECT pseudonym FROM person WHERE id = ?",
                                                        "i", people[i]);
      g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
      rs_sessions_page_register (page, (const char *) rs_statement_column_text (stmt, 0));
    }
  rs_sessions_page_register (page, third);
  w.sql = "SELECT count(*) FROM registration WHERE session_id = ?";
  w.arg = session;
  w.expected = 3;
  rs_test_wait_for (query_is, &w);
  status_sql = "SELECT count(*) FROM registration WHERE session_id = ? AND status = 'waiting'";
  g_assert_cmpint (rs_test_query_int (f->db, status_sql, session), ==, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT status = 'waiting' FROM registration "
                                            "WHERE session_id = ? AND person_id = %" G_GINT64_FORMAT, people[2]);
    g_assert_cmpint (rs_test_query_int (f->db, sql, session), ==, 1);
  }

  /* Cancelling the first seat promotes the third person. */
  rs_sessions_page_cancel_registration (page, people[0]);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM registration WHERE session_id = ? AND "
                                            "person_id = %" G_GINT64_FORMAT " AND status = 'registered'",
                                            people[2]);
    QueryWait promoted = { f->db, sql, session, 1 };
    rs_test_wait_for (query_is, &promoted);
  }
  {
    g_autofree char *sql = g_strdup_printf ("SELECT status = 'cancelled' FROM registration "
                                            "WHERE session_id = ? AND person_id = %" G_GINT64_FORMAT, people[0]);
    g_assert_cmpint (rs_test_query_int (f->db, sql, session), ==, 1);
  }
  g_assert_cmpint (rs_test_query_int (f->db, status_sql, session), ==, 0);
  rs_test_screenshot (f->window, "registrations.png");
}

static gboolean
lab_shown (gpointer data)
{
  return rs_labs_page_get_lab_id (data) != 0;
}

typedef struct
{
  RsLabsPage *page;
  const char *title;
  guint       n_ideas;
} LabShows;

static gboolean
lab_shows (gpointer data)
{
  LabShows *s = data;
  RsIdeaBoard *board = rs_labs_page_get_board (s->page);

  return g_strcmp0 (rs_labs_page_get_lab_title (s->page), s->title) == 0 && !rs_idea_board_is_busy (board)
         && rs_idea_board_get_n_ideas (board) == s->n_ideas;
}

static void
test_new_lab (Fixture      *f,
              gconstpointer data)
{
  RsLabsPage *page = g_object_new (RS_TYPE_LABS_PAGE, NULL);
  const char *sql = "SELECT count(*) FROM lab WHERE process_id = ? AND title = 'Lab om cykelstier'";
  QueryWait w = { f->db, sql, f->process_id, 1 };
  gint64 labs = rs_test_query_int (f->db, "SELECT count(*) FROM lab WHERE process_id = ?", f->process_id);

  show_page (f, RS_PAGE (page));
  rs_test_wait_for (lab_shown, page);

  /* A bad amount is refused. */
  gtk_widget_activate_action (GTK_WIDGET (page), "labs.new", NULL);
  rs_labs_page_new_lab_fill (page, "title", "Lab om cykelstier");
  rs_labs_page_new_lab_fill (page, "amount", "mange penge");
  rs_labs_page_new_lab_fill (page, NULL, "create");
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM lab WHERE process_id = ?", f->process_id), ==, labs);

  gtk_widget_activate_action (GTK_WIDGET (page), "labs.new", NULL);
  rs_labs_page_new_lab_fill (page, "title", "Lab om cykelstier");
  rs_labs_page_new_lab_fill (page, "problem", "Farlige kryds ved skolerne");
  rs_labs_page_new_lab_fill (page, "invited", "Cyklistforbundet, skolebestyrelser");
  rs_labs_page_new_lab_fill (page, "how", "Brev og opslag på skolerne");
  rs_labs_page_new_lab_fill (page, "amount", "150.000");
  rs_labs_page_new_lab_fill (page, "granted-by", "Teknik- og Miljøudvalget");
  rs_labs_page_new_lab_fill (page, "date", "2027-02-01");
  rs_labs_page_new_lab_fill (page, "facilitators", "Borgerlab ApS");
  rs_labs_page_new_lab_fill (page, NULL, "create");
  rs_test_wait_for (query_is, &w);
  /* The new lab is shown. */
  {
    LabShows s = { page, "Lab om cykelstier", 0 };
    rs_test_wait_for (lab_shows, &s);
  }
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT funding_amount, funding_date, funding_granted_by, "
                                                      "problem, invited_groups, invitation_method, "
                                                      "external_facilitators FROM lab WHERE title = 'Lab om cykelstier'",
                                                      "");
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    g_assert_cmpfloat (rs_statement_column_double (stmt, 0), ==, 150000.0);
    g_assert_cmpstr ((const char *) rs_statement_column_text (stmt, 1), ==, "2027-02-01");
    g_assert_cmpstr ((const char *) rs_statement_column_text (stmt, 2), ==, "Teknik- og Miljøudvalget");
    g_assert_cmpstr ((const char *) rs_statement_column_text (stmt, 3), ==, "Farlige kryds ved skolerne");
    g_assert_cmpstr ((const char *) rs_statement_column_text (stmt, 4), ==, "Cyklistforbundet, skolebestyrelser");
    g_assert_cmpstr ((const char *) rs_statement_column_text (stmt, 5), ==, "Brev og opslag på skolerne");
    g_assert_cmpstr ((const char *) rs_statement_column_text (stmt, 6), ==, "Borgerlab ApS");
  }
}

static gboolean
evaluation_ready (gpointer data)
{
  GtkWidget *view = rs_labs_page_get_evaluation_view (data);

  return view != NULL && !rs_evaluation_view_is_busy (RS_EVALUATION_VIEW (view)) &&
         rs_evaluation_view_get_evaluation_id (RS_EVALUATION_VIEW (view)) != 0;
}

static void
test_questionnaire_answers (Fixture      *f,
                            gconstpointer data)
{
  RsLabsPage *page = g_object_new (RS_TYPE_LABS_PAGE, NULL);
  const char *sql = "SELECT count(*) FROM evaluation_answer a JOIN evaluation e ON e.id = a.evaluation_id "
                    "WHERE e.owner_type = 'lab' AND e.owner_id = ? AND a.question = 'Vil du deltage igen?'";
  QueryWait w = { f->db, sql, 0, 1 };
  g_autoptr(GPtrArray) answers = NULL;
  gint64 lab, evaluation;
  double yes_share = -1;

  show_page (f, RS_PAGE (page));
  rs_test_wait_for (lab_shown, page);
  lab = rs_labs_page_get_lab_id (page);
  w.arg = lab;
  rs_test_wait_for (evaluation_ready, page);
  rs_labs_page_add_answer (page, "Vil du deltage igen?", "Ja", 12);
  rs_test_wait_for (query_is, &w);
  rs_labs_page_add_answer (page, "Vil du deltage igen?", "Nej", 4);
  w.expected = 2;
  rs_test_wait_for (query_is, &w);
  rs_test_wait_for (evaluation_ready, page);
  /* An empty answer is refused. */
  rs_labs_page_add_answer (page, "Vil du deltage igen?", "", 3);
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (rs_test_query_int (f->db, sql, lab), ==, 2);

  evaluation = rs_evaluation_ensure (f->db, "lab", lab, NULL);
  answers = rs_evaluation_answers (f->db, evaluation, NULL);
  g_assert_nonnull (answers);
  for (guint i = 0; i < answers->len; i++)
    {
      RsEvaluationAnswer *a = g_ptr_array_index (answers, i);
      if (g_strcmp0 (rs_evaluation_answer_get_question (a),
                     "Vil du deltage igen?") == 0 && g_strcmp0 (rs_evaluation_answer_get_answer (a), "Ja") == 0)
        {
          g_assert_cmpint (rs_evaluation_answer_get_count (a), ==, 12);
          yes_share = rs_evaluation_answer_get_share (a);
        }
    }
  g_assert_cmpfloat_with_epsilon (yes_share, 0.75, 1e-9);
  rs_test_screenshot (f->window, "lab-evaluation.png");
}

static gboolean
last_reference (gpointer data)
{
  return G_OBJECT (data)->ref_count == 1;
}

/* The Labs page shows a change made through the store (as the CLI or
 * another page makes it) with no reload call, and goes away whole. */
static void
test_lab_live (Fixture      *f,
               gconstpointer data)
{
  RsLabsPage *page = g_object_ref_sink (g_object_new (RS_TYPE_LABS_PAGE, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(RsLab) lab = NULL;
  RsIdeaOrigin origin = { f->process_id, 0, 0, 0 };
  LabShows s = { page, NULL, 0 };

  show_page (f, RS_PAGE (page));
  rs_test_wait_for (lab_shown, page);
  lab = rs_lab_store_get (f->db, rs_labs_page_get_lab_id (page), &error);
  g_assert_no_error (error);
  s.title = rs_lab_get_title (lab);
  s.n_ideas = (guint) rs_test_query_int (f->db, "SELECT count(*) FROM idea WHERE lab_id = ?", rs_lab_get_id (lab));
  rs_test_wait_for (lab_shows, &s);

  rs_lab_set_title (lab, "Lab om stille zoner");
  g_assert_true (rs_lab_store_update (f->db, lab, &error));
  origin.lab_id = rs_lab_get_id (lab);
  g_assert_cmpint (rs_idea_store_add (f->db, &origin, "Bænke uden trafikstøj", "Ro", &error), >, 0);
  g_assert_no_error (error);
  s.title = "Lab om stille zoner";
  s.n_ideas++;
  rs_test_wait_for (lab_shows, &s);
  g_assert_cmpint (rs_labs_page_get_lab_id (page), ==, rs_lab_get_id (lab));

  g_clear_pointer ((GtkWindow **) &f->window, gtk_window_destroy);
  rs_test_wait_for (last_reference, page);
  g_assert_finalize_object (page);
}

static gboolean
conflict_shown (gpointer data)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (RS_IS_CONFLICT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *(RsConflictDialog **) data = RS_CONFLICT_DIALOG (window);
          return TRUE;
        }
    }
  return FALSE;
}

typedef struct
{
  RsDatabase *db;
  gint64      lab_id;
  const char *outcome;
} OutcomeWait;

static gboolean
outcome_stored (gpointer data)
{
  OutcomeWait *w = data;
  g_autoptr(RsLab) lab = rs_lab_store_get (w->db, w->lab_id, NULL);

  return lab != NULL && g_strcmp0 (rs_lab_get_outcome (lab), w->outcome) == 0;
}

/* A colleague saved the lab (on another connection, not announced here)
 * after the page read it: a change to its record is refused with both
 * versions, what was typed stays in the row, and Keep Mine saves it over
 * theirs; two changes in a row after that never conflict with each other. */
static void
test_lab_conflict (Fixture      *f,
                   gconstpointer data)
{
  RsLabsPage *page = g_object_ref_sink (g_object_new (RS_TYPE_LABS_PAGE, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) jonas = rs_database_open (rs_database_get_path (f->db), &error);
  g_autoptr(RsLab) theirs = NULL;
  GtkEditable *outcome = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (page), RS_TYPE_LABS_PAGE,
                                                                      "outcome_row"));
  GtkEditable *next_steps = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (page), RS_TYPE_LABS_PAGE,
                                                                         "next_steps_row"));
  RsConflictDialog *dialog = NULL;
  OutcomeWait w = { jonas, 0, NULL };

  g_assert_no_error (error);
  rs_audit_set_actor (jonas, "Jonas Berg (jberg)");
  show_page (f, RS_PAGE (page));
  rs_test_wait_for (lab_shown, page);
  w.lab_id = rs_labs_page_get_lab_id (page);
  theirs = rs_lab_store_get (jonas, w.lab_id, &error);
  rs_lab_set_outcome (theirs, "Jonas: three prototypes.");
  g_assert_true (rs_lab_store_update (jonas, theirs, &error));
  g_assert_no_error (error);

  gtk_editable_set_text (outcome, "Mette: two prototypes.");
  g_signal_emit_by_name (outcome, "apply");
  rs_test_wait_for (conflict_shown, &dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Jonas Berg"));
  g_assert_cmpuint (rs_conflict_dialog_get_n_fields (dialog), ==, 1);
  g_assert_nonnull (strstr (rs_conflict_dialog_get_mine_text (dialog), "Mette: two prototypes."));
  g_assert_cmpstr (gtk_editable_get_text (outcome), ==, "Mette: two prototypes.");
  w.outcome = "Jonas: three prototypes.";
  g_assert_true (outcome_stored (&w));

  /* Keep Mine: saved over his, from the version she has now seen. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "mine");
  gtk_window_destroy (GTK_WINDOW (dialog));
  w.outcome = "Mette: two prototypes.";
  rs_test_wait_for (outcome_stored, &w);
  g_assert_cmpstr (gtk_editable_get_text (outcome), ==, "Mette: two prototypes.");

  /* Two changes at once: the second waits for the first, no conflict. */
  gtk_editable_set_text (next_steps, "Mette: test them in May.");
  g_signal_emit_by_name (next_steps, "apply");
  gtk_editable_set_text (outcome, "Mette: two prototypes, one tested.");
  g_signal_emit_by_name (outcome, "apply");
  w.outcome = "Mette: two prototypes, one tested.";
  rs_test_wait_for (outcome_stored, &w);
  rs_test_wait_for_jobs (f->db);
  dialog = NULL;
  g_assert_false (conflict_shown (&dialog));
  g_clear_object (&theirs);
  theirs = rs_lab_store_get (jonas, w.lab_id, &error);
  g_assert_cmpstr (rs_lab_get_next_steps (theirs), ==, "Mette: test them in May.");

  g_clear_pointer ((GtkWindow **) &f->window, gtk_window_destroy);
  rs_test_wait_for (last_reference, page);
  g_assert_finalize_object (page);
}

typedef struct
{
  RsSessionsPage *page;
  int             present;
} PresentWait;

static gboolean
present_is (gpointer data)
{
  PresentWait *w = data;

  return rs_sessions_page_get_n_present (w->page) == w->present && !rs_sessions_page_is_busy (w->page);
}

/* Attendance recorded elsewhere (an import, the CLI path, another page)
 * shows on the Meetings page, in the meeting and in its row of the list. */
static void
test_attendance_live (Fixture      *f,
                      gconstpointer data)
{
  RsSessionsPage *page = g_object_new (RS_TYPE_SESSIONS_PAGE, NULL);
  g_autoptr(GError) error = NULL;
  gint64 session, person;
  PresentWait w = { page, 0 };

  show_page (f, RS_PAGE (page));
  rs_test_wait_for (session_shown, page);
  session = rs_sessions_page_get_session_id (page);
  person = rs_test_query_int (f->db, "SELECT person_id FROM registration WHERE session_id = ? "
                                     "AND status = 'registered' AND attended != 1 LIMIT 1", session);
  g_assert_cmpint (person, >, 0);
  /* Made while the page may still be reading (its open-meetings tab too). */
  g_assert_true (rs_attendance_set (f->db, session, person, TRUE, FALSE, &error));
  g_assert_no_error (error);
  /* What the page must come to show, whatever it had loaded when the
   * change was made (on a loaded machine it may still be loading). */
  w.present = rs_test_query_int (f->db, "SELECT count(*) FROM registration WHERE session_id = ? "
                                        "AND attended = 1", session);
  rs_test_wait_for (present_is, &w);
  g_assert_cmpint (rs_sessions_page_get_session_id (page), ==, session);
}

static GtkWidget *
find_session_row (GtkWidget *widget)
{
  if (RS_IS_SESSION_ROW (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_session_row (c);
      if (found)
        return found;
    }
  return NULL;
}

/* The meetings list says each meeting's day in words, in the user's
 * language ("13. juni 2026" in Danish), not as ISO. */
static void
test_list_dates (Fixture      *f,
                 gconstpointer data)
{
  RsSessionsPage *page = g_object_new (RS_TYPE_SESSIONS_PAGE, NULL);
  GtkWidget *row;
  RsSession *session;
  g_autofree char *day = NULL;
  g_autofree char *words = NULL;
  const char *subtitle;

  show_page (f, RS_PAGE (page));
  rs_test_wait_for (session_shown, page);
  row = find_session_row (GTK_WIDGET (page));
  g_assert_nonnull (row);
  g_object_get (row, "item", &session, NULL);
  day = g_strndup (rs_session_get_starts_at (session), 10);
  words = rs_date_format_long (day);
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_assert_nonnull (strstr (subtitle, words));
  g_assert_null (strstr (subtitle, day));
  g_object_unref (session);
}

static gint64
query_int2 (RsDatabase *db,
            const char *sql,
            gint64      a,
            gint64      b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsStatement) stmt = rs_database_query (db, &error, sql, "ii", a, b);

  g_assert_no_error (error);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int64 (stmt, 0);
}

static void
shown_cb (RsSessionsPage *page,
          GParamSpec     *pspec,
          GArray         *shown)
{
  gint64 id = rs_sessions_page_get_session_id (page);

  g_array_append_val (shown, id);
}

/* The Meetings page shows the meeting it chooses and, of several chosen in
 * turn, only the last: a read no longer wanted when its result arrives is
 * never shown (not even for a moment, which is when a user or a test reads
 * the page and acts on the wrong meeting). */
static void
test_shows_chosen_meeting (Fixture      *f,
                           gconstpointer data)
{
  RsSessionsPage *page = g_object_new (RS_TYPE_SESSIONS_PAGE, NULL);
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 first, a, b;

  g_signal_connect (page, "notify::session-id", G_CALLBACK (shown_cb), shown);
  show_page (f, RS_PAGE (page));
  /* As when the window gets the focus before the meetings are listed: the
   * empty page's New Meeting button has it, and it moves into the list
   * when that appears (in browse mode, selecting the row it lands on). */
  g_assert_true (gtk_widget_child_focus (f->window, GTK_DIR_TAB_FORWARD));
  rs_test_wait_for (session_shown, page);
  rs_test_wait_for_jobs (f->db);
  first = rs_sessions_page_get_session_id (page);
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpint (g_array_index (shown, gint64, 0), ==, first);
  /* The next meeting (the latest when all are over), as the page chooses,
   * not the first of its list. */
  g_assert_cmpint (first, ==,
                   rs_test_query_int (f->db,
                                      "SELECT coalesce ((SELECT id FROM session WHERE process_id = ?1 "
                                      "AND starts_at >= date('now', 'localtime') ORDER BY starts_at, id LIMIT 1), "
                                      "(SELECT id FROM session WHERE process_id = ?1 "
                                      "ORDER BY starts_at DESC, id DESC LIMIT 1))", f->process_id));
  g_assert_cmpint (first, !=, rs_test_query_int (f->db, "SELECT id FROM session WHERE process_id = ? "
                                                        "ORDER BY starts_at, id LIMIT 1", f->process_id));

  /* Two other meetings chosen in one go: the first one's read is not wanted
   * by the time it arrives. */
  a = query_int2 (f->db, "SELECT min(id) FROM session WHERE process_id = ? AND id != ?", f->process_id, first);
  b = query_int2 (f->db, "SELECT max(id) FROM session WHERE process_id = ? AND id != ?", f->process_id, first);
  g_assert_cmpint (a, !=, b);
  rs_sessions_page_select_session (page, a);
  rs_sessions_page_select_session (page, b);
  rs_test_wait_for_jobs (f->db);
  g_assert_cmpint (rs_sessions_page_get_session_id (page), ==, b);
  g_assert_cmpuint (shown->len, ==, 2);
  g_assert_cmpint (g_array_index (shown, gint64, 1), ==, b);
  g_signal_handlers_disconnect_by_data (page, shown);
}

/* A change made while the page reads the meeting chosen leads to one more
 * read after it: the page comes to show the change. */
static void
test_change_during_read (Fixture      *f,
                         gconstpointer data)
{
  RsSessionsPage *page = g_object_new (RS_TYPE_SESSIONS_PAGE, NULL);
  g_autoptr(GError) error = NULL;
  gint64 other, person;
  PresentWait w = { page, 0 };

  show_page (f, RS_PAGE (page));
  rs_test_wait_for (session_shown, page);
  rs_test_wait_for_jobs (f->db);
  other = query_int2 (f->db, "SELECT min(r.session_id) FROM registration r JOIN session s ON s.id = r.session_id "
                             "WHERE s.process_id = ? AND r.session_id != ? AND r.status = 'registered' "
                             "AND r.attended != 1", f->process_id, rs_sessions_page_get_session_id (page));
  person = rs_test_query_int (f->db, "SELECT person_id FROM registration WHERE session_id = ? "
                                     "AND status = 'registered' AND attended != 1 LIMIT 1", other);
  g_assert_cmpint (person, >, 0);
  /* Its read asked for, and the change made before that read's result is in. */
  rs_sessions_page_select_session (page, other);
  g_assert_true (rs_attendance_set (f->db, other, person, TRUE, FALSE, &error));
  g_assert_no_error (error);
  w.present = rs_test_query_int (f->db, "SELECT count(*) FROM registration WHERE session_id = ? "
                                        "AND attended = 1", other);
  rs_test_wait_for (present_is, &w);
  g_assert_cmpint (rs_sessions_page_get_session_id (page), ==, other);
}

/* A meeting chosen stays chosen when the list is read again (after a
 * change elsewhere) before the meeting's own read is in. */
static void
test_choice_kept_over_reload (Fixture      *f,
                              gconstpointer data)
{
  RsSessionsPage *page = g_object_new (RS_TYPE_SESSIONS_PAGE, NULL);
  g_autoptr(GError) error = NULL;
  gint64 first, other, person;

  show_page (f, RS_PAGE (page));
  rs_test_wait_for (session_shown, page);
  rs_test_wait_for_jobs (f->db);
  first = rs_sessions_page_get_session_id (page);
  other = query_int2 (f->db, "SELECT min(id) FROM session WHERE process_id = ? AND id != ?", f->process_id, first);
  person = rs_test_query_int (f->db, "SELECT person_id FROM registration WHERE session_id = ? "
                                     "AND status = 'registered' AND attended != 1 LIMIT 1", first);
  g_assert_cmpint (person, >, 0);

  /* Attendance recorded elsewhere; the database thread held, so that the
   * list's read (asked for at the next turn) runs before the read of the
   * meeting the user then chooses. */
  g_assert_true (rs_attendance_set (f->db, first, person, TRUE, FALSE, &error));
  g_assert_no_error (error);
  rs_database_lock (f->db);
  for (int i = 0; i < 100 && g_main_context_iteration (NULL, FALSE); i++)
    ;
  rs_sessions_page_select_session (page, other);
  rs_database_unlock (f->db);
  rs_test_wait_for_jobs (f->db);
  g_assert_cmpint (rs_sessions_page_get_session_id (page), ==, other);
}

/* Likewise on the Labs page: a lab chosen stays chosen when the list is
 * read again before the lab's own read is in. */
static void
test_lab_choice_kept_over_reload (Fixture      *f,
                                  gconstpointer data)
{
  RsLabsPage *page = g_object_new (RS_TYPE_LABS_PAGE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsLab) lab = NULL;
  gint64 first, other;

  show_page (f, RS_PAGE (page));
  rs_test_wait_for (lab_shown, page);
  rs_test_wait_for_jobs (f->db);
  first = rs_labs_page_get_lab_id (page);
  other = query_int2 (f->db, "SELECT min(id) FROM lab WHERE process_id = ? AND id != ?", f->process_id, first);
  g_assert_cmpint (other, >, 0);

  lab = rs_lab_store_get (f->db, first, &error);
  g_assert_no_error (error);
  rs_lab_set_title (lab, "Lab om stille zoner");
  g_assert_true (rs_lab_store_update (f->db, lab, &error));
  g_assert_no_error (error);
  rs_database_lock (f->db);
  for (int i = 0; i < 100 && g_main_context_iteration (NULL, FALSE); i++)
    ;
  rs_labs_page_select_lab (page, other);
  rs_database_unlock (f->db);
  rs_test_wait_for_jobs (f->db);
  g_assert_cmpint (rs_labs_page_get_lab_id (page), ==, other);
}

/* The Meetings page and its editor go away whole once closed, with their
 * database work cancelled or finished. */
static void
test_sessions_finalize (Fixture      *f,
                        gconstpointer data)
{
  RsSessionsPage *page = g_object_ref_sink (g_object_new (RS_TYPE_SESSIONS_PAGE, NULL));
  RsSessionEditor *editor;

  show_page (f, RS_PAGE (page));
  rs_test_wait_for (session_shown, page);
  gtk_widget_activate_action (GTK_WIDGET (page), "sessions.new", NULL);
  editor = g_object_ref (rs_sessions_page_get_editor (page));
  rs_test_wait_for (editor_ready, editor);
  gtk_window_destroy (GTK_WINDOW (editor));
  rs_test_wait_for (last_reference, editor);
  g_assert_finalize_object (editor);

  /* Closed while its owners are still being read. */
  gtk_widget_activate_action (GTK_WIDGET (page), "sessions.new", NULL);
  editor = g_object_ref (rs_sessions_page_get_editor (page));
  gtk_window_destroy (GTK_WINDOW (editor));
  rs_test_wait_for (last_reference, editor);
  g_assert_finalize_object (editor);

  g_clear_pointer ((GtkWindow **) &f->window, gtk_window_destroy);
  rs_test_wait_for (last_reference, page);
  g_assert_finalize_object (page);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/sessions-editing/new-meeting-from-template", Fixture, NULL, fixture_setup,
              test_new_meeting_from_template, fixture_teardown);
  g_test_add ("/sessions-editing/cancel-promotes", Fixture, NULL, fixture_setup, test_cancel_promotes,
              fixture_teardown);
  g_test_add ("/sessions-editing/new-lab", Fixture, NULL, fixture_setup, test_new_lab, fixture_teardown);
  g_test_add ("/sessions-editing/attendance-live", Fixture, NULL, fixture_setup, test_attendance_live,
              fixture_teardown);
  g_test_add ("/sessions-editing/list-dates", Fixture, NULL, fixture_setup, test_list_dates,
              fixture_teardown);
  g_test_add ("/sessions-editing/shows-chosen-meeting", Fixture, NULL, fixture_setup, test_shows_chosen_meeting,
              fixture_teardown);
  g_test_add ("/sessions-editing/change-during-read", Fixture, NULL, fixture_setup, test_change_during_read,
              fixture_teardown);
  g_test_add ("/sessions-editing/choice-kept-over-reload", Fixture, NULL, fixture_setup,
              test_choice_kept_over_reload, fixture_teardown);
  g_test_add ("/sessions-editing/lab-choice-kept-over-reload", Fixture, NULL, fixture_setup,
              test_lab_choice_kept_over_reload, fixture_teardown);
  g_test_add ("/sessions-editing/finalize", Fixture, NULL, fixture_setup, test_sessions_finalize,
              fixture_teardown);
  g_test_add ("/sessions-editing/lab-live", Fixture, NULL, fixture_setup, test_lab_live, fixture_teardown);
  g_test_add ("/sessions-editing/lab-conflict", Fixture, NULL, fixture_setup, test_lab_conflict, fixture_teardown);
  g_test_add ("/sessions-editing/questionnaire-answers", Fixture, NULL, fixture_setup,
              test_questionnaire_answers, fixture_teardown);
  return g_test_run ();
}
