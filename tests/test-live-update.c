/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "rs-categories.h"
#include "rs-context.h"
#include "rs-hearing-store.h"
#include "rs-hearings-page-private.h"
#include "rs-overview-page.h"
#include "rs-panel-store.h"
#include "rs-panels-page.h"
#include "rs-pool-import.h"
#include "rs-process-store.h"
#include "rs-representativeness-page.h"
#include "rs-selection-view.h"
#include "rs-session-store.h"
#include "rs-sessions-page.h"
#include "rs-test-gtk-utils.h"
#include "rs-test-utils.h"

/* Every page shows current data: data changes through one path (the
 * stores, as another page, dialog or command would change it) and the
 * pages showing it follow, with no reload call anywhere in this file. */

#define N_POOL 30

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      sample_id;
  gint64      process_id;  /* a new, empty process */
  RsContext  *context;
  GPtrArray  *windows;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = NULL;

  f->db = rs_test_open_sample_database (&f->dir, &f->sample_id);
  process = rs_process_store_create (f->db, "Budget 2040", 2040, NULL, NULL, &error);
  g_assert_no_error (error);
  f->process_id = rs_process_get_id (process);
  f->context = rs_context_new (f->db, NULL);
  f->windows = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_window_destroy);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_pointer (&f->windows, g_ptr_array_unref);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&f->context);
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gpointer
show (Fixture *f,
      RsPage  *page,
      gint64   process_id)
{
  g_object_ref_sink (page);
  g_ptr_array_add (f->windows, rs_test_present_page (page, f->context, f->db, process_id));
  g_object_unref (page);
  return page;
}

/* A pool file with @n people over the panel's categories, imported as the
 * Import Pool dialog does. */
static void
import_pool (Fixture *f,
             gint64   panel_id,
             int      n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cats = rs_categories_load (f->db, panel_id, &error);
  g_autoptr(GString) csv = g_string_new ("Løbenr");
  g_autoptr(RsPoolMapping) mapping = rs_pool_mapping_new ();
  g_autoptr(GBytes) bytes = NULL;
  RsPoolImportResult result = { 0, };

  g_assert_no_error (error);
  mapping->id_column = g_strdup ("Løbenr");
  for (guint c = 0; c < cats->len; c++)
    {
      RsCategory *cat = g_ptr_array_index (cats, c);
      g_string_append_printf (csv, ";%s", cat->name);
      rs_pool_mapping_set_column (mapping, cat->name, cat->name);
    }
  g_string_append_c (csv, '\n');
  for (int i = 0; i < n; i++)
    {
      g_string_append_printf (csv, "%d", i + 1);
      for (guint c = 0; c < cats->len; c++)
        {
          RsCategory *cat = g_ptr_array_index (cats, c);
          RsCategoryValue *v = g_ptr_array_index (cat->values, (i + c) % cat->values->len);
          g_string_append_printf (csv, ";%s", v->name);
        }
      g_string_append_c (csv, '\n');
    }
  bytes = g_bytes_new (csv->str, csv->len);
  g_assert_true (rs_pool_import (f->db, panel_id, bytes, "pool.csv", mapping, NULL, NULL, NULL,
                                 &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.rows, ==, n);
}

/* The sample's categories and targets, copied to @panel_id. */
static void
copy_categories (Fixture *f,
                 gint64   panel_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) panels = rs_panel_store_list (f->db, f->sample_id, &error);
  g_autoptr(RsPanel) sample_panel = g_list_model_get_item (G_LIST_MODEL (panels), 0);
  g_autoptr(GPtrArray) cats = rs_categories_load (f->db, rs_panel_get_id (sample_panel), &error);

  g_assert_no_error (error);
  for (guint c = 0; c < cats->len; c++)
    {
      RsCategory *cat = g_ptr_array_index (cats, c);
      cat->id = 0;
      for (guint v = 0; v < cat->values->len; v++)
        ((RsCategoryValue *) g_ptr_array_index (cat->values, v))->id = 0;
    }
  g_assert_true (rs_categories_save (f->db, panel_id, cats, &error));
  g_assert_no_error (error);
}

typedef struct
{
  RsOverviewPage           *overview;
  RsRepresentativenessPage *repr;
  RsPanelsPage             *panels;
  const char               *panels_count;
  const char               *pool_count;
  const char               *sessions_count;
  const char               *rounds_count;
  guint                     repr_panels;
  int                       repr_pool;
  int                       draw_pool;
} Expect;

static gboolean
pages_current (gpointer data)
{
  Expect *e = data;
  GtkWidget *draw = rs_panels_page_get_draw_view (e->panels);
  static gint64 last;

  if (g_get_monotonic_time () - last > G_USEC_PER_SEC)
    {
      last = g_get_monotonic_time ();
      g_test_message ("panels %s pool %s sessions %s rounds %s repr %u/%d draw %d",
                      rs_overview_page_get_count_text (e->overview, "panels"),
                      rs_overview_page_get_count_text (e->overview, "pool"),
                      rs_overview_page_get_count_text (e->overview, "sessions"),
                      rs_overview_page_get_count_text (e->overview, "hearing-rounds"),
                      rs_representativeness_page_get_n_panels (e->repr),
                      rs_representativeness_page_get_pool_size (e->repr),
                      draw ? rs_selection_view_get_pool_size (RS_SELECTION_VIEW (draw)) : -2);
    }

  return g_strcmp0 (rs_overview_page_get_count_text (e->overview, "panels"), e->panels_count) == 0 &&
         g_strcmp0 (rs_overview_page_get_count_text (e->overview, "pool"), e->pool_count) == 0 &&
         g_strcmp0 (rs_overview_page_get_count_text (e->overview, "sessions"), e->sessions_count) == 0 &&
         g_strcmp0 (rs_overview_page_get_count_text (e->overview, "hearing-rounds"), e->rounds_count) == 0 &&
         rs_representativeness_page_get_n_panels (e->repr) == e->repr_panels &&
         rs_representativeness_page_get_pool_size (e->repr) == e->repr_pool &&
         (e->draw_pool < 0 ||
          (draw != NULL && rs_selection_view_get_pool_size (RS_SELECTION_VIEW (draw)) == e->draw_pool));
}

static gboolean
overview_loaded (gpointer data)
{
  return g_strcmp0 (rs_overview_page_get_count_text (data, "panels"), "0") == 0;
}

static void
test_new_user (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPanel) panel = NULL;
  g_autoptr(RsHearingRound) round = NULL;
  g_autoptr(RsSession) meeting = rs_session_new ();
  Expect e = { 0, };

  e.overview = show (f, g_object_new (RS_TYPE_OVERVIEW_PAGE, NULL), f->process_id);
  e.repr = show (f, g_object_new (RS_TYPE_REPRESENTATIVENESS_PAGE, NULL), f->process_id);
  e.panels = show (f, g_object_new (RS_TYPE_PANELS_PAGE, NULL), f->process_id);
  rs_test_wait_for (overview_loaded, e.overview);

  /* A panel. */
  panel = rs_panel_store_create (f->db, f->process_id, "Borgerrådet 2040", 24, &error);
  g_assert_no_error (error);
  e.panels_count = "1", e.pool_count = "0", e.sessions_count = "0", e.rounds_count = "0";
  e.repr_panels = 1, e.repr_pool = 0, e.draw_pool = 0;
  rs_test_wait_for (pages_current, &e);

  /* Its targets and a pool. */
  copy_categories (f, rs_panel_get_id (panel));
  import_pool (f, rs_panel_get_id (panel), N_POOL);
  e.pool_count = G_STRINGIFY (N_POOL), e.repr_pool = N_POOL, e.draw_pool = N_POOL;
  rs_test_wait_for (pages_current, &e);

  /* A meeting and a hearing round. */
  rs_session_set_process_id (meeting, f->process_id);
  rs_session_set_panel_id (meeting, rs_panel_get_id (panel));
  rs_session_set_title (meeting, "Første møde");
  rs_session_set_kind (meeting, "panel-meeting");
  rs_session_set_starts_at (meeting, "2040-03-01T18:00");
  g_assert_cmpint (rs_session_store_create (f->db, meeting, &error), >, 0);
  g_assert_no_error (error);
  round = rs_hearing_round_store_create (f->db, f->process_id, "Høring 2040", "2040-08-20",
                                         "2040-09-10", &error);
  g_assert_no_error (error);
  e.sessions_count = "1", e.rounds_count = "1";
  rs_test_wait_for (pages_current, &e);
  rs_test_screenshot (g_ptr_array_index (f->windows, 0), "live-overview.png");
}

static gboolean
not_busy (gpointer data)
{
  return !rs_sessions_page_is_busy (data) && rs_sessions_page_get_session_id (data) != 0;
}

typedef struct
{
  RsSessionsPage *page;
  gint64          id;
} Showing;

static gboolean
showing (gpointer data)
{
  Showing *s = data;
  static gint64 last;

  /* Selects the meeting as soon as the page lists it. */
  if (rs_sessions_page_get_session_id (s->page) != s->id && !rs_sessions_page_is_busy (s->page))
    rs_sessions_page_select_session (s->page, s->id);

  if (g_get_monotonic_time () - last > G_USEC_PER_SEC)
    {
      last = g_get_monotonic_time ();
      g_test_message ("showing %" G_GINT64_FORMAT " want %" G_GINT64_FORMAT " busy %d balance %s",
                      rs_sessions_page_get_session_id (s->page), s->id,
                      rs_sessions_page_is_busy (s->page), rs_sessions_page_get_balance (s->page));
    }
  return rs_sessions_page_get_session_id (s->page) == s->id && !rs_sessions_page_is_busy (s->page) &&
         g_strcmp0 (rs_sessions_page_get_balance (s->page), "") != 0;
}

static gboolean
balance_shown (gpointer data)
{
  return !rs_sessions_page_is_busy (data) &&
         strstr (rs_sessions_page_get_balance (data), "Balance") != NULL;
}

static void
test_new_meeting_balance (Fixture      *f,
                          gconstpointer data)
{
  RsSessionsPage *page = show (f, g_object_new (RS_TYPE_SESSIONS_PAGE, NULL), f->sample_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) sessions = rs_session_store_list (f->db, f->sample_id, &error);
  RsSession *first = NULL;
  g_autoptr(RsSession) meeting = rs_session_new ();
  Showing s = { page, 0 };

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sessions)) && first == NULL; i++)
    {
      g_autoptr(RsSession) item = g_list_model_get_item (G_LIST_MODEL (sessions), i);
      if (g_str_equal (rs_session_get_kind (item), "panel-meeting"))
        first = item;   /* the list keeps it */
    }
  g_assert_nonnull (first);
  rs_test_wait_for (not_busy, page);
  s.id = rs_session_get_id (first);
  rs_test_wait_for (showing, &s);
  rs_sessions_page_make_tables (page, 8);
  rs_test_wait_for (balance_shown, page);

  /* A new meeting, made elsewhere: the page lists it, and it has no tables. */
  rs_session_set_process_id (meeting, f->sample_id);
  rs_session_set_panel_id (meeting, rs_session_get_panel_id (first));
  rs_session_set_title (meeting, "Ekstra møde");
  rs_session_set_kind (meeting, "panel-meeting");
  rs_session_set_starts_at (meeting, "2027-06-01T18:00");
  s.id = rs_session_store_create (f->db, meeting, &error);
  g_assert_no_error (error);
  rs_test_wait_for (showing, &s);
  g_assert_null (strstr (rs_sessions_page_get_balance (page), "Balance"));

  /* Back on the first meeting, its own balance shows again. */
  s.id = rs_session_get_id (first);
  rs_test_wait_for (showing, &s);
  g_assert_nonnull (strstr (rs_sessions_page_get_balance (page), "Balance"));
}

static gboolean
responses_listed (gpointer data)
{
  RsHearingsPage *page = data;
  return page->responses != NULL && g_list_model_get_n_items (G_LIST_MODEL (page->responses)) > 0 &&
         page->round != NULL;
}

static gboolean
on_process (gpointer data)
{
  RsHearingsPage *page = data;
  return page->round != NULL &&
         rs_hearing_round_get_process_id (page->round) == rs_process_get_id (rs_page_get_process (RS_PAGE (page)));
}

static void
test_hearings_filter_per_process (Fixture      *f,
                                  gconstpointer data)
{
  RsHearingsPage *page = show (f, g_object_new (RS_TYPE_HEARINGS_PAGE, NULL), f->sample_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsHearingRound) round = rs_hearing_round_store_create (f->db, f->process_id, "Høring 2040",
                                                                    "2040-08-20", "2040-09-10", &error);
  g_autoptr(RsProcess) other = rs_process_store_get (f->db, f->process_id, &error);

  g_assert_no_error (error);
  rs_test_wait_for (responses_listed, page);
  gtk_editable_set_text (GTK_EDITABLE (page->search_entry), "svømmehal");
  gtk_drop_down_set_selected (page->status_filter, 1);

  rs_page_set_process (RS_PAGE (page), other);
  rs_test_wait_for (on_process, page);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page->search_entry)), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (page->status_filter), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/live/new-user", Fixture, NULL, fixture_setup, test_new_user, fixture_teardown);
  g_test_add ("/live/new-meeting-balance", Fixture, NULL, fixture_setup, test_new_meeting_balance,
              fixture_teardown);
  g_test_add ("/live/hearings-filter-per-process", Fixture, NULL, fixture_setup,
              test_hearings_filter_per_process, fixture_teardown);
  return g_test_run ();
}
