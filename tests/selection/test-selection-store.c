/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-selection-check.h"
#include "rs-selection-protocol.h"
#include "rs-selection-store.h"
#include "selection-test-common.h"

static gint64
sample_panel (RsDatabase *db,
              gint64      process_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = rs_database_query (db, &error, "SELECT id FROM panel WHERE process_id = ?",
                                                    "i", process_id);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static int
count (RsDatabase *db,
       const char *sql,
       gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = rs_database_query (db, &error, sql, "i", id);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

static void
test_load_compute_save (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id, panel_id, run_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSelectionInstance) instance = NULL;
  g_autoptr(RsSelectionCheck) check = NULL;
  g_autoptr(RsSelectionResult) result = NULL;
  g_autoptr(RsSelectionDraw) draw = NULL;
  g_autoptr(JsonNode) protocol = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  int skipped = -1, eligible;

  panel_id = sample_panel (db, process_id);
  instance = rs_selection_store_load (db, panel_id, &skipped, &error);
  g_assert_no_error (error);
  eligible = count (db, "SELECT count(*) FROM person WHERE panel_id = ? "
                        "AND status NOT IN ('declined', 'dropped-out', 'withdrawn')", panel_id);
  g_assert_cmpint (rs_selection_instance_n_people (instance) + skipped, ==, eligible);
  g_assert_cmpint (instance->size, ==, count (db, "SELECT size FROM panel WHERE id = ?", panel_id));
  g_assert_cmpint (rs_selection_instance_n_categories (instance), ==,
                   count (db, "SELECT count(*) FROM category WHERE panel_id = ?", panel_id));

  check = rs_selection_check (instance, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (check->feasible);
  result = rs_selection_leximin (instance, TRUE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("n %d k %d types %d levels %d ilp %d (%.1f s) lp %d (%.1f s) mw %.1f cg %.1f",
                  rs_selection_instance_n_people (instance), instance->size, result->types->n_types,
                  result->stats.n_levels, result->stats.n_ilp, result->stats.seconds_ilp,
                  result->stats.n_lp, result->stats.seconds_lp, result->stats.seconds_mw, result->stats.seconds_cg);
  draw = rs_selection_draw (result, "store-test", 10, &error);
  g_assert_no_error (error);
  protocol = rs_selection_protocol_json (result, draw, "user", 1.0);
  run_id = rs_selection_store_save_run (db, panel_id, result, draw, protocol, &error);
  g_assert_no_error (error);
  g_assert_cmpint (run_id, >, 0);

  g_assert_cmpint (count (db, "SELECT count(*) FROM person WHERE panel_id = ? AND status = 'selected'", panel_id),
                   ==, instance->size);
  g_assert_cmpint (count (db, "SELECT count(*) FROM person WHERE panel_id = ? AND status = 'reserve'", panel_id),
                   ==, 10);
  g_assert_cmpint (count (db, "SELECT count(*) FROM selection_member WHERE run_id = ? AND role = 'member'", run_id),
                   ==, instance->size);
  runs = rs_selection_store_list_runs (db, panel_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runs->len, ==, 1);
  g_assert_cmpstr (((RsSelectionRunInfo *) runs->pdata[0])->seed, ==, "store-test");
  g_assert_cmpint (((RsSelectionRunInfo *) runs->pdata[0])->n_members, ==, instance->size);
  g_assert_cmpfloat_with_epsilon (((RsSelectionRunInfo *) runs->pdata[0])->minimum,
                                  rs_selection_result_minimum (result), 1e-9);
  /* The snapshot keeps the quotas as drawn, whatever happens to the targets later. */
  g_assert_cmpint (count (db, "SELECT json_extract(inputs, '$.size') FROM selection_run WHERE id = ?", run_id),
                   ==, instance->size);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/selection/store/load-compute-save", test_load_compute_save);
  return g_test_run ();
}
