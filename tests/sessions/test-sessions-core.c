/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <poppler.h>

#include "rs-agenda-template.h"
#include "rs-attendance.h"
#include "rs-checklist.h"
#include "rs-evaluation-store.h"
#include "rs-idea-store.h"
#include "rs-lab-store.h"
#include "rs-session-plan.h"
#include "rs-session-printables.h"
#include "rs-session-report.h"
#include "rs-session-store.h"
#include "rs-table-groups.h"
#include "rs-test-utils.h"

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      process_id;
  gint64      panel_id;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  g_assert_nonnull (f->db);
  f->panel_id = rs_test_query_int (f->db, "SELECT id FROM panel WHERE process_id = ? ORDER BY id LIMIT 1",
                          f->process_id);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
new_session (Fixture *f,
             int      capacity)
{
  g_autoptr(RsSession) info = rs_session_new ();
  gint64 id;

  rs_session_set_process_id (info, f->process_id);
  rs_session_set_panel_id (info, f->panel_id);
  rs_session_set_title (info, "Test meeting");
  rs_session_set_starts_at (info, "2026-10-01T17:00");
  rs_session_set_capacity (info, capacity);
  id = rs_session_store_create (f->db, info, NULL);
  g_assert_cmpint (id, >, 0);
  return id;
}

static GArray *
panel_people (Fixture *f,
              guint    n)
{
  g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                    "SELECT id FROM person WHERE panel_id = ? "
                                                    "ORDER BY id LIMIT ?", "in", f->panel_id, (int) n);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  while (rs_statement_step (stmt) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  g_assert_cmpuint (ids->len, ==, n);
  return ids;
}

static void
test_waiting_list (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) people = panel_people (f, 5);
  g_autoptr(GPtrArray) regs = NULL;
  gint64 session = new_session (f, 3);
  RsRegistrationStatus status;
  gint64 promoted = -1;

  for (guint i = 0; i < 5; i++)
    {
      g_assert_true (rs_session_store_register (f->db, session, g_array_index (people, gint64, i),
                                                &status, &error));
      g_assert_no_error (error);
      g_assert_cmpint (status, ==, i < 3 ? RS_REGISTRATION_REGISTERED : RS_REGISTRATION_WAITING);
    }
  /* Cancelling a waiting person frees no seat. */
  g_assert_true (rs_session_store_cancel (f->db, session, g_array_index (people, gint64, 4),
                                          &promoted, &error));
  g_assert_cmpint (promoted, ==, 0);
  /* Cancelling a registered person promotes the first on the waiting list. */
  g_assert_true (rs_session_store_cancel (f->db, session, g_array_index (people, gint64, 1),
                                          &promoted, &error));
  g_assert_no_error (error);
  g_assert_cmpint (promoted, ==, g_array_index (people, gint64, 3));

  regs = rs_session_store_registrations (f->db, session, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regs->len, ==, 5);
  {
    int registered = 0, waiting = 0, cancelled = 0;
    for (guint i = 0; i < regs->len; i++)
      {
        RsRegistration *r = g_ptr_array_index (regs, i);
        registered += rs_registration_get_status (r) == RS_REGISTRATION_REGISTERED;
        waiting += rs_registration_get_status (r) == RS_REGISTRATION_WAITING;
        cancelled += rs_registration_get_status (r) == RS_REGISTRATION_CANCELLED;
      }
    g_assert_cmpint (registered, ==, 3);
    g_assert_cmpint (waiting, ==, 0);
    g_assert_cmpint (cancelled, ==, 2);
  }
  /* Registering again after cancelling: there is no room, so waiting. */
  g_assert_true (rs_session_store_register (f->db, session, g_array_index (people, gint64, 1),
                                            &status, &error));
  g_assert_cmpint (status, ==, RS_REGISTRATION_WAITING);
  /* Unknown people and sessions are errors. */
  g_assert_false (rs_session_store_register (f->db, session, 999999, &status, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND);
}

static void
test_attendance_stats (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) people = panel_people (f, 10);
  g_autoptr(GPtrArray) stats = NULL;
  gint64 session = new_session (f, 0);
  gint64 gender_cat = rs_test_query_int (f->db, "SELECT id FROM category WHERE panel_id = ? AND name = 'Køn'",
                                f->panel_id);
  int total_registered = 0, total_attended = 0, expected_present = 0;

  for (guint i = 0; i < people->len; i++)
    g_assert_true (rs_session_store_register (f->db, session, g_array_index (people, gint64, i),
                                              NULL, &error));
  /* Present: the even ones. */
  for (guint i = 0; i < people->len; i += 2)
    {
      g_assert_true (rs_attendance_set (f->db, session, g_array_index (people, gint64, i), TRUE, FALSE, &error));
      expected_present++;
    }
  g_assert_true (rs_attendance_set (f->db, session, g_array_index (people, gint64, 1), FALSE, FALSE, &error));

  stats = rs_attendance_stats (f->db, session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats->len, >, 2);
  for (guint i = 0; i < stats->len; i++)
    {
      RsAttendanceStat *st = g_ptr_array_index (stats, i);
      /* Recount each value by hand. */
      g_autoptr(RsStatement) stmt =
        rs_database_query (f->db, NULL,
                           "SELECT count(*), coalesce(sum(r.attended = 1), 0) FROM registration r "
                           "JOIN person p ON p.id = r.person_id AND p.role != 'chair' "
                           "JOIN person_attribute a ON a.person_id = r.person_id "
                           "WHERE r.session_id = ? AND a.value_id = ?", "ii", session, rs_attendance_stat_get_value_id (st));
      g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
      g_assert_cmpint (rs_attendance_stat_get_registered (st), ==, rs_statement_column_int (stmt, 0));
      g_assert_cmpint (rs_attendance_stat_get_attended (st), ==, rs_statement_column_int (stmt, 1));
      g_assert_cmpfloat_with_epsilon (rs_attendance_stat_get_share (st),
                                      (double) rs_attendance_stat_get_attended (st) / rs_attendance_stat_get_registered (st), 1e-9);
      if (rs_attendance_stat_get_category_id (st) == gender_cat)
        {
          total_registered += rs_attendance_stat_get_registered (st);
          total_attended += rs_attendance_stat_get_attended (st);
        }
    }
  /* Every person has exactly one gender: the gender rows add up. */
  /* The sample's chair, P-0001 (the first, present), is counted apart. */
  g_assert_cmpint (total_registered, ==, 10 - 1);
  g_assert_cmpint (total_attended, ==, expected_present - 1);

  /* Fast entry: pseudonym, bare number. */
  {
    g_autofree char *pseudonym = NULL;
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL, "SELECT pseudonym FROM person WHERE id = ?",
                                                      "i", g_array_index (people, gint64, 3));
    g_autofree char *number = NULL;
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    pseudonym = g_ascii_strdown ((const char *) rs_statement_column_text (stmt, 0), -1);
    g_assert_cmpint (rs_attendance_find_person (f->db, session, pseudonym, &error), ==,
                     g_array_index (people, gint64, 3));
    number = g_strdup_printf ("%d", atoi (strchr (pseudonym, '-') + 1));
    g_assert_cmpint (rs_attendance_find_person (f->db, session, number, &error), ==,
                     g_array_index (people, gint64, 3));
    g_assert_no_error (error);
    g_assert_cmpint (rs_attendance_find_person (f->db, session, "nobody-here", &error), ==, 0);
    g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_FOUND);
  }
}

static void
test_table_balance (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 session = rs_test_query_int (f->db, "SELECT id FROM session WHERE process_id = ? AND panel_id IS NOT NULL "
                             "ORDER BY starts_at LIMIT 1", f->process_id);
  g_autoptr(GPtrArray) regs = NULL;
  double imbalance = -1;
  guint n_present = 0;

  /* Pure algorithm: 24 people, 2 categories, sorted so a naive split is bad. */
  {
    gint64 values[24 * 2];
    int sequential[24];
    g_autofree int *tables = NULL;
    guint n_tables = 0;
    double naive, balanced;

    for (int p = 0; p < 24; p++)
      {
        values[p * 2] = 1 + p / 12;        /* two genders, sorted */
        values[p * 2 + 1] = 10 + p / 6;    /* four age groups, sorted */
        sequential[p] = p / 6;
      }
    tables = rs_table_groups_assign (24, 2, values, NULL, 6, &n_tables);
    g_assert_cmpuint (n_tables, ==, 4);
    naive = rs_table_groups_imbalance (24, 2, values, sequential, 4);
    balanced = rs_table_groups_imbalance (24, 2, values, tables, n_tables);
    g_test_message ("imbalance: sequential %.3f, balanced %.3f", naive, balanced);
    g_assert_cmpfloat (naive, >, 1.0);
    /* The optimum: genders split 3/3 at every table (deviation 0); each age
     * group should have 1.5 per table, so at best |1 - 1.5| or |2 - 1.5|:
     * 16 terms of 0.5 and 8 of 0 make a mean of 1/3. */
    g_assert_cmpfloat (balanced, <=, 1.0 / 3.0 + 1e-9);
    for (guint t = 0; t < n_tables; t++)
      {
        int n = 0;
        for (int p = 0; p < 24; p++)
          n += tables[p] == (int) t;
        g_assert_cmpint (n, ==, 6);
      }
  }

  /* On the sample meeting (~95 present), with one pinned person. */
  regs = rs_session_store_registrations (f->db, session, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (rs_table_groups_pin (f->db, session, rs_registration_get_person_id (g_ptr_array_index (regs, 0)),
                                      3, &error));
  g_assert_true (rs_table_groups_assign_session (f->db, session, 8, &imbalance, &error));
  g_assert_no_error (error);
  g_test_message ("sample meeting imbalance with tables of 8: %.3f", imbalance);
  g_assert_cmpfloat (imbalance, <, 0.6);
  g_clear_pointer (&regs, g_ptr_array_unref);
  regs = rs_session_store_registrations (f->db, session, FALSE, &error);
  for (guint i = 0; i < regs->len; i++)
    {
      RsRegistration *r = g_ptr_array_index (regs, i);
      if (i == 0)
        {
          g_assert_cmpint (rs_registration_get_table_no (r), ==, 3);
          g_assert_true (rs_registration_get_table_pinned (r));
        }
      if (rs_registration_get_attended (r) == 1)
        {
          n_present++;
          g_assert_cmpint (rs_registration_get_table_no (r), >=, 1);
          g_assert_cmpint (rs_registration_get_table_no (r), <=, 12);
        }
    }
  g_assert_cmpuint (n_present, >, 80);
}

static void
test_checklist (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(RsLab) lab = NULL;
  gint64 lab_id = rs_lab_store_create (f->db, f->process_id, "Lab: test", "A problem", &error);
  guint n_crit = 0, met = 99, total;

  rs_checklist_criteria ("lab", &n_crit);
  g_assert_cmpuint (n_crit, >=, 11);
  items = rs_checklist_load (f->db, "lab", lab_id, &error);
  g_assert_no_error (error);
  total = rs_checklist_count_met (items, &met);
  g_assert_cmpuint (total, ==, n_crit);
  g_assert_cmpuint (met, ==, 0);

  g_assert_true (rs_checklist_set (f->db, "lab", lab_id, "clear-mandate", TRUE, "Committee decision", &error));
  g_assert_true (rs_checklist_set (f->db, "lab", lab_id, "funding", TRUE, "150.000 kr.", &error));
  g_assert_true (rs_checklist_set (f->db, "lab", lab_id, "time", FALSE, "Only one evening", &error));
  g_clear_pointer (&items, g_ptr_array_unref);
  items = rs_checklist_load (f->db, "lab", lab_id, &error);
  total = rs_checklist_count_met (items, &met);
  g_assert_cmpuint (total, ==, n_crit);
  g_assert_cmpuint (met, ==, 2);
  for (guint i = 0; i < items->len; i++)
    {
      RsChecklistItem *item = g_ptr_array_index (items, i);
      if (g_str_equal (item->criterion, "time"))
        g_assert_cmpstr (item->evidence, ==, "Only one evening");
    }
  lab = rs_lab_store_get (f->db, lab_id, &error);
  g_assert_cmpuint (rs_lab_get_checklist_met (lab), ==, 2);
  g_assert_cmpuint (rs_lab_get_checklist_total (lab), ==, n_crit);
  {
    g_autofree char *text = rs_checklist_format_met (2, n_crit);
    g_autofree char *expected = g_strdup_printf ("2 of %u met", n_crit);
    g_assert_cmpstr (text, ==, expected);
  }
}

static void
test_idea_lineage (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lineage = NULL;
  g_autoptr(GPtrArray) backlog = NULL;
  gint64 lab_session = rs_test_query_int (f->db, "SELECT id FROM session WHERE process_id = ? AND lab_id IS NOT NULL "
                                 "ORDER BY id LIMIT 1", f->process_id);
  gint64 lab_id = rs_test_query_int (f->db, "SELECT lab_id FROM session WHERE id = ?", lab_session);
  RsIdeaOrigin origin = { f->process_id, lab_session, 0, 0 };
  gint64 idea, next_process, carried, twice;

  idea = rs_idea_store_add (f->db, &origin, "  Bænke langs åen  ", "Fællesskaber", &error);
  g_assert_no_error (error);
  g_assert_true (rs_idea_store_set_votes (f->db, idea, 7, &error));
  g_assert_true (rs_idea_store_set_status (f->db, idea, RS_IDEA_MATURING, &error));
  g_assert_false (rs_idea_store_set_votes (f->db, 987654, 1, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A later budget process of the same municipality. */
  g_assert_true (rs_database_run (f->db, &error,
                                  "INSERT INTO budget_process (name, budget_year, municipality_code) "
                                  "SELECT 'Budget 2028', 2028, municipality_code FROM budget_process WHERE id = ?",
                                  "i", f->process_id));
  next_process = rs_database_last_insert_id (f->db);
  carried = rs_idea_store_carry_over (f->db, idea, next_process, &error);
  g_assert_cmpint (carried, >, 0);
  twice = rs_idea_store_carry_over (f->db, carried, next_process, &error);
  g_assert_true (rs_idea_store_set_status (f->db, twice, RS_IDEA_RECOMMENDATION, &error));

  lineage = rs_idea_store_lineage (f->db, twice, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lineage->len, ==, 3);
  g_assert_cmpint (rs_idea_get_id (g_ptr_array_index (lineage, 0)), ==, twice);
  g_assert_cmpint (rs_idea_get_id (g_ptr_array_index (lineage, 2)), ==, idea);
  {
    RsIdea *first = g_ptr_array_index (lineage, 2);
    g_assert_cmpint (rs_idea_get_session_id (first), ==, lab_session);
    g_assert_cmpint (rs_idea_get_lab_id (first), ==, lab_id);   /* filled from the session */
    g_assert_cmpint (rs_idea_get_process_id (first), ==, f->process_id);
    g_assert_cmpstr (rs_idea_get_text (first), ==, "Bænke langs åen");
    g_assert_cmpint (rs_idea_get_votes (first), ==, 7);
    g_assert_cmpint (rs_idea_get_status (g_ptr_array_index (lineage, 0)), ==, RS_IDEA_RECOMMENDATION);
    g_assert_cmpint (rs_idea_get_process_id (g_ptr_array_index (lineage, 0)), ==, next_process);
  }
  /* The backlog shows the newest link of the chain only, across processes. */
  backlog = rs_idea_store_backlog (f->db, rs_idea_get_municipality_code (g_ptr_array_index (lineage, 0)),
                                   -1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < backlog->len; i++)
    {
      RsIdea *b = g_ptr_array_index (backlog, i);
      g_assert_cmpint (rs_idea_get_id (b), !=, idea);
      g_assert_cmpint (rs_idea_get_id (b), !=, carried);
    }
  g_clear_pointer (&backlog, g_ptr_array_unref);
  backlog = rs_idea_store_backlog (f->db, rs_idea_get_municipality_code (g_ptr_array_index (lineage, 0)),
                                   RS_IDEA_RECOMMENDATION, &error);
  g_assert_cmpuint (backlog->len, ==, 1);

  /* A photo of the flip-chart. */
  {
    g_autoptr(GBytes) png = g_bytes_new_static ("\x89PNG", 4);
    g_assert_cmpint (rs_attachment_add (f->db, "idea", idea, "flipchart.png", "image/png", png, &error), >, 0);
    g_assert_cmpint (rs_attachment_count (f->db, "idea", idea, &error), ==, 1);
  }
}

static void
test_evaluation (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsEvaluationFigures) fig = NULL;
  g_autoptr(GPtrArray) answers = NULL;
  gint64 eval = rs_evaluation_ensure (f->db, "panel", f->panel_id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (eval, ==, rs_evaluation_ensure (f->db, "panel", f->panel_id, NULL));
  g_assert_true (rs_evaluation_set_answer (f->db, eval, "I had enough time", "Agree", 60, &error));
  g_assert_true (rs_evaluation_set_answer (f->db, eval, "I had enough time", "Disagree", 20, &error));
  g_assert_false (rs_evaluation_set_answer (f->db, eval, "I had enough time", "Neutral", -1, &error));
  g_clear_error (&error);
  answers = rs_evaluation_answers (f->db, eval, &error);
  g_assert_cmpuint (answers->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (rs_evaluation_answer_get_share (g_ptr_array_index (answers, 0)), 0.75, 1e-9);

  fig = rs_evaluation_compute (f->db, "panel", f->panel_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fig->n_sessions, ==, 3);
  /* Sample: 6 + 6 + 5 hours. */
  g_assert_cmpfloat_with_epsilon (fig->contact_hours, 17.0, 1e-6);
  g_assert_cmpfloat (fig->attendance_rate, >, 0.8);
  g_assert_cmpfloat (fig->attendance_rate, <, 1.0);
  g_assert_cmpuint (fig->per_category->len, >, 5);
  for (guint i = 0; i < fig->per_category->len; i++)
    {
      RsEvaluationCategoryFigure *c = g_ptr_array_index (fig->per_category, i);
      g_assert_cmpint (rs_evaluation_category_figure_get_dropped (c), <=,
                       rs_evaluation_category_figure_get_started (c));
      g_assert_cmpint (rs_evaluation_category_figure_get_attendances (c), <=,
                       rs_evaluation_category_figure_get_registrations (c));
    }
  g_assert_null (rs_evaluation_compute (f->db, "hearing", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_templates (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  const char *starts[] = { "2027-05-11T15:00", "2027-06-08T15:00", "2027-08-24T15:00",
                           "2027-10-05T15:00", NULL };
  g_autoptr(GArray) ids = rs_agenda_template_create_series (f->db, "network", f->process_id, 0, 0,
                                                            starts, "Rådhuset", &error);
  g_autoptr(RsSession) last = NULL;
  guint n = 0;

  g_assert_no_error (error);
  g_assert_nonnull (rs_agenda_template_get ("council", &n));
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (ids->len, ==, 4);
  last = rs_session_store_get (f->db, g_array_index (ids, gint64, 3), &error);
  /* About three hours each. */
  g_assert_cmpint (rs_session_get_agenda_minutes (last), ==, 180);
  g_assert_null (rs_agenda_template_create_series (f->db, "council", f->process_id, 0, 0,
                                                   starts + 2, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static int
pdf_pages (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);
  int pages;

  g_assert_no_error (error);
  pages = poppler_document_get_n_pages (doc);
  g_object_unref (doc);
  return pages;
}

static void
test_printables (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 session = rs_test_query_int (f->db, "SELECT id FROM session WHERE process_id = ? AND panel_id IS NOT NULL "
                             "ORDER BY starts_at LIMIT 1", f->process_id);
  int registered = (int) rs_test_query_int (f->db, "SELECT count(*) FROM registration WHERE session_id = ? "
                                   "AND status = 'registered'", session);
  g_autofree char *badges = g_build_filename (f->dir, "badges.pdf", NULL);
  g_autofree char *cards = g_build_filename (f->dir, "cards.pdf", NULL);
  g_autofree char *sheet = g_build_filename (f->dir, "sheet.html", NULL);
  g_autofree char *html = NULL;
  g_autoptr(RsDocument) doc = NULL;

  g_assert_true (rs_session_printables_badges (f->db, session, FALSE, NULL, badges, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdf_pages (badges), ==, (registered + 9) / 10);
  /* Table cards need tables first. */
  g_assert_false (rs_session_printables_table_cards (f->db, session, NULL, cards, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (rs_table_groups_assign_session (f->db, session, 10, NULL, &error));
  g_assert_true (rs_session_printables_table_cards (f->db, session, NULL, cards, NULL, &error));
  g_assert_cmpint (pdf_pages (cards), ==, (int) rs_test_query_int (f->db, "SELECT max(table_no) FROM registration "
                                                          "WHERE session_id = ?", session));

  /* The attendance sheet shows pseudonyms unless names are asked for. */
  doc = rs_session_report_attendance_sheet (f->db, session, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rs_document_write (doc, RS_DOCUMENT_FORMAT_HTML, sheet, NULL, &error));
  g_assert_true (g_file_get_contents (sheet, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "P-0001"));
  {
    g_autofree char *name = NULL;
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT c.name FROM registration r JOIN person_contact c "
                                                      "ON c.person_id = r.person_id WHERE r.session_id = ? "
                                                      "AND c.name != '' LIMIT 1", "i", session);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    name = g_strdup ((const char *) rs_statement_column_text (stmt, 0));
    g_assert_null (strstr (html, name));
    g_clear_object (&doc);
    g_clear_pointer (&html, g_free);
    doc = rs_session_report_attendance_sheet (f->db, session, TRUE, NULL, &error);
    g_assert_true (rs_document_write (doc, RS_DOCUMENT_FORMAT_HTML, sheet, NULL, &error));
    g_assert_true (g_file_get_contents (sheet, &html, NULL, NULL));
    g_assert_nonnull (strstr (html, name));
  }
  {
    g_autofree char *small = rs_session_report_format_count (3, 5);
    g_autofree char *zero = rs_session_report_format_count (0, 5);
    g_autofree char *big = rs_session_report_format_count (5, 5);
    g_assert_cmpstr (small, ==, "< 5");
    g_assert_cmpstr (zero, ==, "0");
    g_assert_cmpstr (big, ==, "5");
  }
}

/* The New Meeting dialog's checks, editing a meeting, and the New Lab
 * dialog's checks; nothing is stored when a check fails. */
static void
test_editing (Fixture      *f,
              gconstpointer data)
{
  const char *count_sql = "SELECT count(*) FROM session WHERE process_id = ?";
  gint64 sessions = rs_test_query_int (f->db, count_sql, f->process_id);
  gint64 labs = rs_test_query_int (f->db, "SELECT count(*) FROM lab WHERE process_id = ?", f->process_id);
  RsSessionPlan plan = { 0 };
  g_autoptr(RsLab) lab = rs_lab_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(RsSession) info = NULL;
  gint64 lab_id;

  plan.process_id = f->process_id;
  plan.title = g_strdup ("Netværksmøde");
  plan.date = g_strdup ("2027-01-12");
  plan.start = g_strdup ("19:00");
  plan.end = g_strdup ("18:00");
  plan.template_name = g_strdup ("network");
  g_assert_null (rs_session_plan_save (f->db, &plan, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "18:00"));
  g_clear_error (&error);
  g_free (plan.start);
  plan.start = g_strdup ("25:00");
  g_assert_null (rs_session_plan_save (f->db, &plan, &error));
  g_assert_nonnull (strstr (error->message, "25:00"));
  g_clear_error (&error);
  plan.panel_id = f->panel_id;
  plan.lab_id = rs_test_query_int (f->db, "SELECT id FROM lab WHERE process_id = ? LIMIT 1", f->process_id);
  g_free (plan.start);
  plan.start = g_strdup ("17:00");
  g_assert_null (rs_session_plan_save (f->db, &plan, &error));
  g_clear_error (&error);
  g_assert_cmpint (rs_test_query_int (f->db, count_sql, f->process_id), ==, sessions);

  /* The network series: four meetings two weeks apart, in the lab. */
  plan.panel_id = 0;
  ids = rs_session_plan_save (f->db, &plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 4);
  g_assert_cmpint (rs_test_query_int (f->db, count_sql, f->process_id), ==, sessions + 4);
  info = rs_session_store_get (f->db, g_array_index (ids, gint64, 3), &error);
  g_assert_cmpstr (rs_session_get_starts_at (info), ==, "2027-02-23T17:00");
  g_assert_cmpint (rs_session_get_lab_id (info), ==, plan.lab_id);
  g_assert_cmpint (rs_session_get_agenda_minutes (info), >, 0);

  /* Editing the first: an open meeting now, without a template. */
  g_clear_pointer (&plan.template_name, g_free);
  plan.session_id = g_array_index (ids, gint64, 0);
  plan.lab_id = 0;
  plan.capacity = 12;
  g_free (plan.title);
  plan.title = g_strdup ("Netværksmøde, flyttet");
  g_clear_pointer (&ids, g_array_unref);
  ids = rs_session_plan_save (f->db, &plan, &error);
  g_assert_no_error (error);
  g_clear_object (&info);
  info = rs_session_store_get (f->db, plan.session_id, &error);
  g_assert_cmpstr (rs_session_get_title (info), ==, "Netværksmøde, flyttet");
  g_assert_cmpint (rs_session_get_lab_id (info), ==, 0);
  g_assert_cmpint (rs_session_get_capacity (info), ==, 12);
  g_assert_cmpstr (rs_session_get_ends_at (info), ==, "2027-01-12T18:00");
  g_assert_true (rs_session_store_delete (f->db, plan.session_id, &error));
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM agenda_item WHERE session_id = ?", plan.session_id),
                   ==, 0);
  rs_session_plan_clear (&plan);

  /* Labs: a bad date is refused; a good one is stored whole; deleting
   * removes its checklist. */
  rs_lab_set_process_id (lab, f->process_id);
  rs_lab_set_title (lab, "Lab om grønne tage");
  rs_lab_set_funding_amount (lab, 90000);
  rs_lab_set_funding_date (lab, "2027-02-30");
  g_assert_true (rs_lab_get_funded (lab));
  g_assert_cmpint (rs_lab_store_insert (f->db, lab, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "2027-02-30"));
  g_clear_error (&error);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM lab WHERE process_id = ?", f->process_id), ==, labs);
  rs_lab_set_funding_date (lab, "2027-02-28");
  lab_id = rs_lab_store_insert (f->db, lab, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT funding_amount FROM lab WHERE id = ?", lab_id), ==, 90000);
  g_assert_true (rs_checklist_set (f->db, "lab", lab_id, "clear-mandate", TRUE, "Byrådsbeslutning", &error));
  g_assert_true (rs_lab_store_delete (f->db, lab_id, &error));
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM checklist_item WHERE owner_type = 'lab' "
                                    "AND owner_id = ?", lab_id), ==, 0);
  g_assert_cmpint (rs_test_query_int (f->db, "SELECT count(*) FROM lab WHERE process_id = ?", f->process_id), ==, labs);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/sessions/waiting-list", test_waiting_list);
  ADD ("/sessions/attendance-stats", test_attendance_stats);
  ADD ("/sessions/table-balance", test_table_balance);
  ADD ("/sessions/checklist", test_checklist);
  ADD ("/sessions/idea-lineage", test_idea_lineage);
  ADD ("/sessions/evaluation", test_evaluation);
  ADD ("/sessions/templates", test_templates);
  ADD ("/sessions/printables", test_printables);
  ADD ("/sessions/editing", test_editing);
  return g_test_run ();
}
