/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "rs-context.h"
#include "rs-idea-board.h"
#include "rs-labs-page.h"
#include "rs-process-store.h"
#include "rs-sessions-page.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

/* Display tests of the Meetings and Labs pages on the sample database.
 * With RS_SCREENSHOT_DIR set, each test also saves a PNG of its window. */

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

static gboolean
session_shown (gpointer data)
{
  return rs_sessions_page_get_session_id (data) != 0 && rs_sessions_page_get_n_present (data) >= 0;
}

typedef struct
{
  RsSessionsPage *page;
  int             expected;
} PresentWait;

static gboolean
present_is (gpointer data)
{
  PresentWait *w = data;
  if (g_getenv ("RS_DEBUG_WAIT"))
    g_printerr ("present %d expected %d\n", rs_sessions_page_get_n_present (w->page), w->expected);
  return rs_sessions_page_get_n_present (w->page) == w->expected;
}

static gboolean
tables_done (gpointer data)
{
  return !rs_sessions_page_is_busy (data);
}

static void
test_attendance_entry (Fixture      *f,
                       gconstpointer data)
{
  RsSessionsPage *page = g_object_new (RS_TYPE_SESSIONS_PAGE, NULL);
  g_autoptr(GPtrArray) typed = g_ptr_array_new_with_free_func (g_free);
  PresentWait w = { page, 0 };
  gint64 session;
  int registered = 0;

  show_page (f, RS_PAGE (page));
  rs_test_wait_for (session_shown, page);
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT id FROM session WHERE process_id = ? "
                                                      "AND panel_id IS NOT NULL ORDER BY starts_at LIMIT 1",
                                                      "i", f->process_id);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    session = rs_statement_column_int64 (stmt, 0);
  }
  rs_sessions_page_select_session (page, session);
  while (rs_sessions_page_get_session_id (page) != session)
    g_main_context_iteration (NULL, TRUE);
  rs_test_wait_for (session_shown, page);
  g_assert_cmpint (rs_sessions_page_get_n_present (page), >, 80);
  rs_test_screenshot (f->window, "sessions-page.png");

  /* Start from nobody present, then type every registered person in: half
   * by pseudonym, half by bare number. */
  g_assert_true (rs_database_run (f->db, NULL, "UPDATE registration SET attended = NULL WHERE session_id = ?",
                                  "i", session));
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT p.pseudonym, p.external_id FROM registration r JOIN person p "
                                                      "ON p.id = r.person_id WHERE r.session_id = ? "
                                                      "AND r.status = 'registered' ORDER BY r.position",
                                                      "i", session);
    while (rs_statement_step (stmt) == RS_SQL_ROW)
      {
        const char *pseudonym = (const char *) rs_statement_column_text (stmt, 0);
        const char *dash = strchr (pseudonym, '-');
        if (registered % 3 == 2 && rs_statement_column_text (stmt, 1) != NULL)
          g_ptr_array_add (typed, g_strdup ((const char *) rs_statement_column_text (stmt, 1)));
        else if (registered % 2 == 1 && dash != NULL)
          g_ptr_array_add (typed, g_strdup_printf ("%d", atoi (dash + 1)));
        else
          g_ptr_array_add (typed, g_ascii_strdown (pseudonym, -1));
        registered++;
      }
  }
  g_assert_cmpint (registered, >=, 95);
  rs_page_reload (RS_PAGE (page));
  w.expected = 0;
  rs_test_wait_for (present_is, &w);

  for (guint i = 0; i < typed->len; i++)
    rs_sessions_page_type_attendance (page, g_ptr_array_index (typed, i));
  /* An unknown entry changes nothing. */
  rs_sessions_page_type_attendance (page, "nobody-by-this-name");
  w.expected = registered;
  rs_test_wait_for (present_is, &w);
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT count(*) FROM registration WHERE session_id = ? "
                                                      "AND attended = 1", "i", session);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    g_assert_cmpint (rs_statement_column_int (stmt, 0), ==, registered);
  }
  /* Someone from the pool who is not registered is not counted... */
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT pseudonym FROM person p WHERE panel_id = "
                                                      "(SELECT panel_id FROM session WHERE id = ?1) AND NOT EXISTS "
                                                      "(SELECT 1 FROM registration r WHERE r.session_id = ?1 "
                                                      "AND r.person_id = p.id) ORDER BY id DESC LIMIT 1",
                                                      "i", session);
    g_autofree char *outsider = NULL;

    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    outsider = g_strdup ((const char *) rs_statement_column_text (stmt, 0));
    rs_sessions_page_type_attendance (page, outsider);
    rs_test_wait_for_jobs (f->db);
    g_assert_cmpint (rs_sessions_page_get_n_present (page), ==, registered);
    /* ... until registering the walk-in is chosen. */
    gtk_widget_activate_action (GTK_WIDGET (page), "sessions.register-walk-in", "s", outsider);
    w.expected = registered + 1;
    rs_test_wait_for (present_is, &w);
  }
  /* Import Lists: a municipality's CSV of source ids (';', Windows-1252),
   * after two of them were marked absent. */
  {
    g_autofree char *csv = rs_test_data_path ("sessions/attendance-cp1252.csv");

    g_assert_true (rs_database_run (f->db, NULL, "UPDATE registration SET attended = 0 WHERE session_id = ? "
                                    "AND person_id IN (SELECT id FROM person WHERE external_id IN "
                                    "('HB10014', 'HB10021'))", "i", session));
    rs_page_reload (RS_PAGE (page));
    w.expected = registered - 1;
    rs_test_wait_for (present_is, &w);
    rs_sessions_page_import_csv (page, csv, FALSE);
    w.expected = registered + 1;
    rs_test_wait_for (present_is, &w);
  }

  /* Balanced tables of 8 from the Tables view. */
  rs_sessions_page_make_tables (page, 8);
  rs_test_wait_for (tables_done, page);
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT count(DISTINCT table_no), max(n), min(n) FROM "
                                                      "(SELECT table_no, count(*) AS n FROM registration "
                                                      "WHERE session_id = ? AND attended = 1 GROUP BY table_no)",
                                                      "i", session);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    g_assert_cmpint (rs_statement_column_int (stmt, 0), ==, (registered + 7) / 8);
    g_assert_cmpint (rs_statement_column_int (stmt, 1) - rs_statement_column_int (stmt, 2), <=, 1);
  }
  /* Pin the first person to table 2 by typing, then remake the tables. */
  rs_sessions_page_pin (page, g_ptr_array_index (typed, 0), 2);
  rs_test_wait_for (tables_done, page);
  rs_sessions_page_make_tables (page, 8);
  rs_test_wait_for (tables_done, page);
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT table_no, table_pinned FROM registration "
                                                      "WHERE session_id = ? ORDER BY position LIMIT 1",
                                                      "i", session);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    g_assert_cmpint (rs_statement_column_int (stmt, 0), ==, 2);
    g_assert_cmpint (rs_statement_column_int (stmt, 1), ==, 1);
  }
  rs_test_screenshot (f->window, "sessions-tables.png");
}

static gboolean
board_ready (gpointer data)
{
  RsLabsPage *page = data;
  RsIdeaBoard *board = rs_labs_page_get_board (page);
  return rs_labs_page_get_lab_id (page) != 0 && !rs_idea_board_is_busy (board)
         && rs_idea_board_get_n_ideas (board) > 0;
}

typedef struct
{
  RsIdeaBoard *board;
  guint        n;
} BoardWait;

static gboolean
board_has (gpointer data)
{
  BoardWait *w = data;
  return !rs_idea_board_is_busy (w->board) && rs_idea_board_get_n_ideas (w->board) == w->n;
}

static gboolean
board_idle (gpointer data)
{
  return !rs_idea_board_is_busy (data);
}

static void
test_idea_board (Fixture      *f,
                 gconstpointer data)
{
  RsLabsPage *page = g_object_new (RS_TYPE_LABS_PAGE, NULL);
  RsIdeaBoard *board;
  BoardWait w;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 lab;

  show_page (f, RS_PAGE (page));
  rs_test_wait_for (board_ready, page);
  board = rs_labs_page_get_board (page);
  lab = rs_labs_page_get_lab_id (page);
  g_assert_true (g_str_has_suffix (rs_labs_page_get_checklist_summary (page), ""));
  g_assert_nonnull (strstr (rs_labs_page_get_checklist_summary (page), " of 13 met"));
  rs_test_screenshot (f->window, "labs-page.png");

  /* Capture 30 ideas from the keyboard: 10 straight into a theme. */
  w.board = board;
  w.n = rs_idea_board_get_n_ideas (board) + 30;
  for (int i = 0; i < 30; i++)
    {
      g_autofree char *text = i < 10 ? g_strdup_printf ("Mobilitet: Idé nummer %d", i)
                                     : g_strdup_printf ("Idé nummer %d", i);
      rs_idea_board_capture (board, text);
    }
  rs_test_wait_for (board_has, &w);
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT id, group_name FROM idea WHERE lab_id = ? "
                                                      "AND text LIKE 'Idé nummer %' ORDER BY id", "i", lab);
    int n = 0, themed = 0;
    while (rs_statement_step (stmt) == RS_SQL_ROW)
      {
        gint64 id = rs_statement_column_int64 (stmt, 0);
        themed += g_str_equal ((const char *) rs_statement_column_text (stmt, 1), "Mobilitet");
        if (n >= 10)
          g_array_append_val (ids, id);
        n++;
      }
    g_assert_cmpint (n, ==, 30);
    g_assert_cmpint (themed, ==, 10);
  }

  /* Group the 20 unthemed ideas by keyboard: focus each and press Alt+←
   * (board.move-previous) until it sits under a theme. */
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      GtkWidget *row = rs_idea_board_get_row (board, id);

      g_assert_nonnull (row);
      g_assert_cmpstr (rs_idea_board_get_theme (board, id), ==, "");
      g_assert_true (gtk_widget_grab_focus (row));
      g_assert_true (gtk_widget_activate_action (row, "board.move-previous", NULL));
      rs_test_wait_for (board_idle, board);
      g_assert_cmpstr (rs_idea_board_get_theme (board, id), !=, "");
      /* Two dot votes, from the keyboard too. */
      row = rs_idea_board_get_row (board, id);
      g_assert_true (gtk_widget_grab_focus (row));
      gtk_widget_activate_action (row, "board.vote-up", NULL);
      rs_test_wait_for (board_idle, board);
      row = rs_idea_board_get_row (board, id);
      gtk_widget_grab_focus (row);
      gtk_widget_activate_action (row, "board.vote-up", NULL);
      rs_test_wait_for (board_idle, board);
    }
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT count(*), sum(votes) FROM idea WHERE lab_id = ? "
                                                      "AND text LIKE 'Idé nummer %' AND group_name = ''",
                                                      "i", lab);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    g_assert_cmpint (rs_statement_column_int (stmt, 0), ==, 0);
  }
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT sum(votes) FROM idea WHERE lab_id = ? "
                                                      "AND text LIKE 'Idé nummer %'", "i", lab);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    g_assert_cmpint (rs_statement_column_int (stmt, 0), ==, 40);
  }
  rs_test_screenshot (f->window, "labs-page-grouped.png");
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add ("/sessions-pages/attendance-entry", Fixture, NULL, fixture_setup, test_attendance_entry,
              fixture_teardown);
  g_test_add ("/sessions-pages/idea-board", Fixture, NULL, fixture_setup, test_idea_board,
              fixture_teardown);
  return g_test_run ();
}
