/* SPDX-License-Identifier: MPL-2.0 */
/* Figures that agree: what the Representativeness page shows (its table
 * rows and its summary) is what its CSV and chart exports, the council
 * package (HTML and PDF) and the panel's evaluation say, on the sample. The
 * chair is not one of the seats, everywhere. */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gtk/gtk.h>
#include <poppler.h>

#include "rs-council-package.h"
#include "rs-evaluation-store.h"
#include "rs-repr-item.h"
#include "rs-representativeness.h"
#include "rs-test-utils.h"

#define LIMIT 5

typedef struct
{
  RsDatabase           *db;
  char                 *dir;
  gint64                process_id;
  RsRepresentativeness *data;
  GPtrArray            *screen;   /* RsReprItem, as the page's table shows them */
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer unused)
{
  g_autoptr(GError) error = NULL;

  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  f->data = rs_representativeness_load (f->db, 1, &error);
  g_assert_no_error (error);
  f->screen = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < f->data->rows->len; i++)
    g_ptr_array_add (f->screen, rs_repr_item_new (f->data, g_ptr_array_index (f->data->rows, i)));
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer unused)
{
  g_ptr_array_unref (f->screen);
  rs_representativeness_free (f->data);
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* The count the screen shows in column 3 (pool), 4 (selected), 5 (attended). */
static int
screen_count (Fixture *f,
              guint    row,
              guint    column)
{
  const char *text = rs_repr_item_get_text (g_ptr_array_index (f->screen, row), column);

  g_assert_true (g_ascii_isdigit (text[0]));
  return atoi (text);
}

/* An exported cell agrees with the screen's count: the same number, or the
 * small-cell mark for 0 < n < LIMIT. */
static void
assert_cell (const char *cell,
             int         count,
             const char *what)
{
  g_autofree char *plain = g_strdup_printf ("%d", count);

  if (count > 0 && count < LIMIT)
    {
      if (strstr (cell, "<") == NULL)
        g_error ("%s: “%s” should be suppressed (%d)", what, cell, count);
    }
  else if (g_strcmp0 (cell, plain) != 0)
    g_error ("%s: export says “%s”, the screen %d", what, cell, count);
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GObject) doc = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (POPPLER_DOCUMENT (doc)); i++)
    {
      g_autoptr(GObject) page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (doc), i));
      g_autofree char *t = poppler_page_get_text (POPPLER_PAGE (page));
      g_string_append (text, t);
      g_string_append_c (text, ' ');
    }
  g_string_replace (text, "\n", " ", 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_definitions (Fixture      *f,
                  gconstpointer unused)
{
  g_autofree char *summary = rs_representativeness_summary (f->data, 0, NULL, NULL);

  /* 99 seats + a chair; 600 people in the pool, one of them the chair;
   * two members dropped out and were replaced. */
  g_assert_cmpint (f->data->size, ==, 99);
  g_assert_cmpint (f->data->pool_total, ==, 599);
  g_assert_cmpint (f->data->selected_total, ==, 99);
  g_assert_cmpint (f->data->dropped_out_total, ==, 2);
  g_assert_cmpint (f->data->chair_total, ==, 1);
  g_assert_cmpint (f->data->attended_total, <=, f->data->selected_total);
  g_assert_cmpint (f->data->attended_all_total, <, f->data->attended_total);
  g_assert_true (g_str_has_prefix (summary, "Selected: 99 of 99 seats. Dropped out: 2."));
  g_assert_nonnull (strstr (summary, "The chair is not one of the seats"));

  /* Every category adds up to the totals (each person has one value). */
  {
    int pool = 0, selected = 0, attended = 0;
    const char *first = ((RsReprRow *) f->data->rows->pdata[0])->category;

    for (guint i = 0; i < f->data->rows->len; i++)
      {
        RsReprRow *row = g_ptr_array_index (f->data->rows, i);
        if (!g_str_equal (row->category, first))
          continue;
        pool += row->pool;
        selected += row->selected;
        attended += row->attended;
      }
    g_assert_cmpint (pool, ==, f->data->pool_total);
    g_assert_cmpint (selected, ==, f->data->selected_total);
    g_assert_cmpint (attended, ==, f->data->attended_total);
  }
}

static void
test_seats_of_a_small_panel (Fixture      *f,
                             gconstpointer unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsRepresentativeness) small = NULL;
  g_autofree char *summary = NULL;
  gint64 panel;

  /* A 30-member panel with a chair: "30 of 30 seats", never "30 of 31". */
  g_assert_true (rs_database_run (f->db, &error, "INSERT INTO panel (process_id, name, size, has_chair) "
                                  "VALUES (?, 'Ungepanelet', 30, 1)", "i", f->process_id));
  panel = rs_database_last_insert_id (f->db);
  for (int i = 0; i <= 30; i++)
    {
      g_autofree char *pseudonym = g_strdup_printf ("P-%04d", i + 1);
      g_assert_true (rs_database_run (f->db, &error, "INSERT INTO person (panel_id, pseudonym, status, role) "
                                      "VALUES (?, ?, 'selected', ?)", "itt", panel, pseudonym,
                                      i == 0 ? "chair" : "member"));
    }
  small = rs_representativeness_load (f->db, panel, &error);
  g_assert_no_error (error);
  summary = rs_representativeness_summary (small, 0, NULL, NULL);
  g_assert_true (g_str_has_prefix (summary, "Selected: 30 of 30 seats."));
  g_assert_cmpint (small->pool_total, ==, 30);
}

static void
test_csv_and_chart (Fixture      *f,
                    gconstpointer unused)
{
  g_autofree char *csv = rs_representativeness_to_csv (f->data, LIMIT);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);
  g_autofree char *pdf = g_build_filename (f->dir, "chart.pdf", NULL);
  g_autofree char *summary = rs_representativeness_summary (f->data, LIMIT, NULL, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < f->data->rows->len; i++)
    {
      RsReprRow *row = g_ptr_array_index (f->data->rows, i);
      g_auto(GStrv) cells = g_strsplit (lines[i + 1], ",", -1);

      g_assert_cmpuint (g_strv_length (cells), >=, 12);
      g_assert_cmpstr (cells[0], ==, row->category);
      g_assert_cmpstr (cells[1], ==, row->value);
      assert_cell (cells[5], screen_count (f, i, 3), "CSV pool");
      assert_cell (cells[7], screen_count (f, i, 4), "CSV selected");
      assert_cell (cells[9], screen_count (f, i, 5), "CSV attended");
    }
  {
    g_autofree char *totals = g_strdup_printf ("seats,%d,selected,%d,", f->data->size, f->data->selected_total);
    g_assert_nonnull (strstr (csv, totals));
    g_assert_nonnull (strstr (csv, summary));
  }

  /* The chart as PDF carries the same totals. */
  g_assert_true (rs_representativeness_export_chart (f->data, pdf, LIMIT, "en", &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Selected: 99 of 99 seats."));
}

/* The cells after "<tr><td>VALUE</td>" from @from on; advances @from. */
static GStrv
html_row (const char **from,
          const char  *value)
{
  g_autofree char *start = g_strdup_printf ("<tr><td>%s</td>", value);
  const char *p = strstr (*from, start);
  const char *end;
  g_autofree char *row = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (p);
  end = strstr (p, "</tr>");
  g_assert_nonnull (end);
  row = g_strndup (p, end - p);
  *from = end;
  for (const char *c = strstr (row, "<td>"); c; c = strstr (c + 4, "<td>"))
    {
      const char *close = strstr (c, "</td>");
      g_autoptr(GString) cell = g_string_new_len (c + 4, close - c - 4);
      g_string_replace (cell, "&lt;", "<", 0);
      g_ptr_array_add (cells, g_string_free (g_steal_pointer (&cell), FALSE));
    }
  g_ptr_array_add (cells, NULL);
  return (GStrv) g_ptr_array_steal (cells, NULL);
}

static void
test_council_package (Fixture      *f,
                      gconstpointer unused)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *html_path = g_build_filename (f->dir, "package.html", NULL);
  g_autofree char *pdf_path = g_build_filename (f->dir, "package.pdf", NULL);
  g_autofree char *html = NULL;
  g_autofree char *text = NULL;
  g_autofree char *summary = rs_representativeness_summary (f->data, LIMIT, NULL, NULL);
  g_autoptr(GString) summary_html = g_string_new (summary);
  const char *from;

  g_assert_true (rs_council_report_write (f->db, f->process_id, RS_COUNCIL_REPORT_PACKAGE,
                                          RS_COUNCIL_FORMAT_HTML, "en", LIMIT, html_path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (html_path, &html, NULL, &error));

  /* The facts: seats, pool and selected as on the page. */
  {
    g_autofree char *facts = g_strdup_printf ("has %d seats. The recruitment pool held %d people; %d were",
                                              f->data->size, f->data->pool_total, f->data->selected_total);
    g_assert_nonnull (strstr (html, facts));
  }
  g_string_replace (summary_html, "<", "&lt;", 0);
  g_assert_nonnull (strstr (html, summary_html->str));

  /* Annex 2, value by value, in the page's order. */
  from = strstr (html, "Annex 2");
  g_assert_nonnull (from);
  for (guint i = 0; i < f->data->rows->len; i++)
    {
      RsReprRow *row = g_ptr_array_index (f->data->rows, i);
      g_auto(GStrv) cells = html_row (&from, row->value);

      g_assert_cmpuint (g_strv_length (cells), ==, 6);
      assert_cell (cells[3], screen_count (f, i, 3), "package pool");
      assert_cell (cells[4], screen_count (f, i, 4), "package selected");
      assert_cell (cells[5], screen_count (f, i, 5), "package attended");
    }

  /* The PDF says the same. */
  g_assert_true (rs_council_report_write (f->db, f->process_id, RS_COUNCIL_REPORT_PACKAGE,
                                          RS_COUNCIL_FORMAT_PDF, "en", LIMIT, pdf_path, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf_path);
  g_assert_nonnull (strstr (text, "The recruitment pool held 599 people; 99 were"));
  g_assert_nonnull (strstr (text, "Selected: 99 of 99 seats."));
}

static void
test_evaluation (Fixture      *f,
                 gconstpointer unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsEvaluationFigures) fig = rs_evaluation_compute (f->db, "panel", 1, &error);
  g_autofree char *summary = rs_representativeness_summary (f->data, 0, NULL, NULL);

  g_assert_no_error (error);
  g_assert_cmpstr (fig->panel_summary, ==, summary);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add ("/figures/definitions", Fixture, NULL, fixture_setup, test_definitions, fixture_teardown);
  g_test_add ("/figures/seats-of-a-small-panel", Fixture, NULL, fixture_setup, test_seats_of_a_small_panel,
              fixture_teardown);
  g_test_add ("/figures/csv-and-chart", Fixture, NULL, fixture_setup, test_csv_and_chart, fixture_teardown);
  g_test_add ("/figures/council-package", Fixture, NULL, fixture_setup, test_council_package, fixture_teardown);
  g_test_add ("/figures/evaluation", Fixture, NULL, fixture_setup, test_evaluation, fixture_teardown);
  return g_test_run ();
}
