/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-selection-check.h"
#include "rs-selection-protocol.h"
#include "rs-selection-store.h"
#include "selection-test-common.h"

static gint64
sample_panel (RsDatabase *db,
              gint64      process_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsStatement) stmt = rs_database_query (db, &error, "SELECT id FROM panel WHERE process_id = ?",
                                                    "i", process_id);
  g_assert_no_error (error);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int64 (stmt, 0);
}

static int
count (RsDatabase *db,
       const char *sql,
       gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsStatement) stmt = rs_database_query (db, &error, sql, "i", id);
  g_assert_no_error (error);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int (stmt, 0);
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
  /* The new run, then the sample's own draw. */
  g_assert_cmpuint (runs->len, ==, 2);
  g_assert_cmpstr (((RsSelectionRunInfo *) runs->pdata[0])->seed, ==, "store-test");
  g_assert_cmpstr (((RsSelectionRunInfo *) runs->pdata[1])->seed, ==, "2027");
  g_assert_cmpstr (((RsSelectionRunInfo *) runs->pdata[1])->algorithm, ==, "legacy");
  g_assert_cmpfloat (((RsSelectionRunInfo *) runs->pdata[1])->minimum, <, 0.0);
  g_assert_cmpint (((RsSelectionRunInfo *) runs->pdata[0])->n_members, ==, instance->size);
  g_assert_cmpfloat_with_epsilon (((RsSelectionRunInfo *) runs->pdata[0])->minimum,
                                  rs_selection_result_minimum (result), 1e-9);
  /* The snapshot keeps the quotas as drawn, whatever happens to the targets later. */
  g_assert_cmpint (count (db, "SELECT json_extract(inputs, '$.size') FROM selection_run WHERE id = ?", run_id),
                   ==, instance->size);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

/* Counts of the final panel per category value, against the quotas as the
 * core loads them from the database. */
static void
assert_quotas (RsDatabase *db,
               gint64      panel_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSelectionInstance) instance = rs_selection_store_load (db, panel_id, NULL, &error);
  g_autofree int *counts = NULL;
  int n_selected = 0;

  g_assert_no_error (error);
  counts = g_new0 (int, rs_selection_instance_n_values (instance));
  for (int i = 0; i < rs_selection_instance_n_people (instance); i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      g_autofree char *status = NULL;
      g_autoptr(RsStatement) stmt = rs_database_query (db, &error, "SELECT status FROM person WHERE id = ?",
                                                        "i", p->db_id);
      g_assert_no_error (error);
      g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
      if (!g_str_equal ((const char *) rs_statement_column_text (stmt, 0), "selected"))
        continue;
      n_selected++;
      for (int c = 0; c < rs_selection_instance_n_categories (instance); c++)
        counts[p->values[c]]++;
    }
  g_assert_cmpint (n_selected, ==, instance->size);
  for (int v = 0; v < rs_selection_instance_n_values (instance); v++)
    {
      g_assert_cmpint (counts[v], >=, rs_selection_instance_value (instance, v)->min);
      g_assert_cmpint (counts[v], <=, rs_selection_instance_value (instance, v)->max);
    }
}

static void
test_replace_and_protocol (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id, panel_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSelectionInstance) instance = NULL;
  g_autoptr(RsSelectionResult) result = NULL;
  g_autoptr(RsSelectionDraw) draw = NULL;
  g_autoptr(JsonNode) protocol = NULL;
  g_autoptr(RsSelectionLatestDraw) latest = NULL;
  g_autoptr(RsSelectionReplacement) replacement = NULL;
  g_autoptr(RsSelectionLatestDraw) after = NULL;
  g_autoptr(GArray) dropped = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(RsDocument) doc = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *html = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  int dropped_before;

  panel_id = sample_panel (db, process_id);
  /* Before anything is drawn here, the latest draw is the sample's own. */
  latest = rs_selection_store_latest_draw (db, panel_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (latest);
  g_assert_cmpstr (latest->seed, ==, "2027");
  /* Its members still selected: everyone selected but the two reserves who stood in. */
  g_assert_cmpint (latest->person_ids->len, ==,
                   count (db, "SELECT count(*) FROM person WHERE panel_id = ? AND status = 'selected'", panel_id) - 2);
  g_clear_pointer (&latest, rs_selection_latest_draw_free);
  instance = rs_selection_store_load (db, panel_id, NULL, &error);
  g_assert_no_error (error);
  result = rs_selection_leximin (instance, TRUE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  draw = rs_selection_draw (result, "replace-test", 10, &error);
  g_assert_no_error (error);
  protocol = rs_selection_protocol_json (result, draw, "user", 1.0);
  g_assert_cmpint (rs_selection_store_save_run (db, panel_id, result, draw, protocol, &error), >, 0);
  g_assert_no_error (error);
  assert_quotas (db, panel_id);
  dropped_before = count (db, "SELECT count(*) FROM person WHERE panel_id = ? AND status = 'dropped-out'", panel_id);

  latest = rs_selection_store_latest_draw (db, panel_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (latest->person_ids->len, ==, instance->size);
  g_assert_cmpstr (latest->seed, ==, "replace-test");
  g_array_append_val (dropped, g_array_index (latest->person_ids, gint64, 0));
  g_array_append_val (dropped, g_array_index (latest->person_ids, gint64, 5));
  replacement = rs_selection_store_replace (db, panel_id, dropped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (replacement->dropped->len, ==, 2);
  g_assert_cmpuint (replacement->replacements->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (replacement->dropped, 0), ==, g_ptr_array_index (latest->pseudonyms, 0));
  g_assert_cmpstr (g_ptr_array_index (replacement->replacements, 0), !=, g_ptr_array_index (replacement->replacements, 1));

  /* Every quota still holds; the two are out, two others are in. */
  assert_quotas (db, panel_id);
  for (guint d = 0; d < 2; d++)
    g_assert_cmpint (count (db, "SELECT count(*) FROM person WHERE id = ? AND status = 'dropped-out'",
                            g_array_index (dropped, gint64, d)), ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM person WHERE panel_id = ? AND status = 'dropped-out'", panel_id),
                   ==, dropped_before + 2);
  g_assert_cmpint (count (db, "SELECT count(*) FROM selection_member WHERE run_id = ? AND role = 'replacement'",
                          replacement->run_id), ==, 2);
  for (guint j = 0; j < 2; j++)
    for (guint m = 0; m < latest->pseudonyms->len; m++)
      g_assert_cmpstr (g_ptr_array_index (replacement->replacements, j), !=, g_ptr_array_index (latest->pseudonyms, m));
  /* The replacement is in the history, and the next replacement starts from it. */
  runs = rs_selection_store_list_runs (db, panel_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runs->len, ==, 3);
  g_assert_cmpstr (((RsSelectionRunInfo *) runs->pdata[0])->algorithm, ==, "replacement");
  g_assert_cmpint (((RsSelectionRunInfo *) runs->pdata[0])->n_members, ==, instance->size);
  after = rs_selection_store_latest_draw (db, panel_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (after->run_id, ==, replacement->run_id);
  g_assert_cmpuint (after->person_ids->len, ==, instance->size);
  /* A drop-out cannot drop out again. */
  g_assert_null (rs_selection_store_replace (db, panel_id, dropped, &error));
  g_assert_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INVALID);

  /* The protocol, written as the CLI writes protocol.pdf. */
  doc = rs_selection_protocol_document (result, draw, protocol, 5, NULL);
  pdf = g_build_filename (dir, "protocol.pdf", NULL);
  html = g_build_filename (dir, "protocol.html", NULL);
  g_clear_error (&error);
  g_assert_true (rs_document_write (doc, RS_DOCUMENT_FORMAT_PDF, pdf, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_cmpuint (length, >, 0);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (rs_document_write (doc, RS_DOCUMENT_FORMAT_HTML, html, NULL, &error));
  g_assert_true (g_file_get_contents (html, &contents, &length, &error));
  g_assert_nonnull (strstr (contents, "replace-test"));
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/selection/store/load-compute-save", test_load_compute_save);
  g_test_add_func ("/selection/store/replace-and-protocol", test_replace_and_protocol);
  return g_test_run ();
}
