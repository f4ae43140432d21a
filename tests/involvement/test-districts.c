/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-district-summary.h"
#include "rs-districts.h"
#include "rs-involvement-error.h"
#include "rs-process-store.h"
#include "rs-test-utils.h"

/* Districts: the sample's preset, editing, and import from CSV. */

static GBytes *
text_bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static gint64
new_process (RsDatabase *db,
             const char *municipality)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create (db, "Budget 2028", 2028,
                                                          municipality ? "461" : NULL,
                                                          municipality, &error);
  g_assert_no_error (error);
  return rs_process_get_id (process);
}

static const char *
name_at (GPtrArray *list,
         guint      i)
{
  return ((RsDistrict *) g_ptr_array_index (list, i))->name;
}

static void
test_sample_preset (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GPtrArray) list = rs_districts_list (db, process_id, &error);
  gint64 total = 0;
  guint added = 99;

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 6);
  g_assert_cmpstr (name_at (list, 0), ==, "Midtbyen");
  g_assert_cmpstr (name_at (list, 5), ==, "Vesterløkke");
  for (guint i = 0; i < list->len; i++)
    total += ((RsDistrict *) g_ptr_array_index (list, i))->population;
  g_assert_cmpint (total, ==, 48590);
  /* A second preset adds nothing. */
  g_assert_true (rs_districts_preset (db, process_id, &added, &error));
  g_assert_cmpuint (added, ==, 0);
  rs_test_remove_dir (dir);
}

static void
test_edit (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GPtrArray) list = NULL;
  guint added = 99;
  gint64 process_id;

  process_id = new_process (db, "Odense Kommune");
  /* Not the sample municipality: no preset. */
  g_assert_true (rs_districts_preset (db, process_id, &added, &error));
  g_assert_cmpuint (added, ==, 0);

  g_assert_true (rs_districts_set (db, process_id, " Vollsmose ", 10500, &error));
  g_assert_true (rs_districts_set (db, process_id, "Bolbro", -1, &error));
  g_assert_true (rs_districts_set (db, process_id, "Vollsmose", 10700, &error));
  g_assert_no_error (error);
  list = rs_districts_list (db, process_id, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (name_at (list, 0), ==, "Vollsmose");
  g_assert_cmpint (((RsDistrict *) g_ptr_array_index (list, 0))->population, ==, 10700);
  g_assert_cmpint (((RsDistrict *) g_ptr_array_index (list, 1))->population, ==, -1);
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_false (rs_districts_set (db, process_id, "  ", 3, &error));
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (rs_districts_rename (db, process_id, "Bolbro", "Bolbro-Tarup", &error));
  g_assert_false (rs_districts_rename (db, process_id, "Nowhere", "X", &error));
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (rs_districts_remove (db, process_id, "Vollsmose", &error));
  g_assert_false (rs_districts_remove (db, process_id, "Vollsmose", &error));
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  list = rs_districts_list (db, process_id, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (name_at (list, 0), ==, "Bolbro-Tarup");
  rs_test_remove_dir (dir);
}

static void
test_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GBytes) good = rs_test_data_bytes ("involvement/districts-havbjerg.csv");
  guint n = 0, flagged = 0;
  gint64 process_id;

  process_id = new_process (db, NULL);
  g_assert_true (rs_districts_import_csv (db, process_id, good, "districts-havbjerg.csv", &n,
                                          &flagged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpuint (flagged, ==, 1);   /* "ukendt" is not a population */
  list = rs_districts_list (db, process_id, &error);
  g_assert_cmpuint (list->len, ==, 6);
  g_assert_cmpint (((RsDistrict *) g_ptr_array_index (list, 0))->population, ==, 11660);
  g_assert_cmpint (((RsDistrict *) g_ptr_array_index (list, 2))->population, ==, 6800);
  g_assert_cmpint (((RsDistrict *) g_ptr_array_index (list, 5))->population, ==, -1);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* No name column: nothing changes, and the message says where. */
  {
    g_autoptr(GBytes) bad = text_bytes ("område_nr;indbyggere\n1;200\n");
    g_assert_false (rs_districts_import_csv (db, process_id, bad, "bad.csv", NULL, NULL, &error));
    g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "bad.csv, line 1"));
    g_clear_error (&error);
  }
  /* A broken quote half-way: the rows before it are not kept either. */
  {
    g_autoptr(GBytes) broken = text_bytes ("navn,indbyggere\nNyby,100\n\"Gammelby,200\n");
    g_assert_false (rs_districts_import_csv (db, process_id, broken, "broken.csv", NULL, NULL,
                                             &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  list = rs_districts_list (db, process_id, &error);
  g_assert_cmpuint (list->len, ==, 6);
  rs_test_remove_dir (dir);
}

/* What the editors' district chooser reads, and the write they make: all
 * the records of a series or none. */
static void
test_choice_and_records (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(RsDistrictChoice) fresh = NULL;
  g_autoptr(RsDistrictChoice) tagged = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 first = rs_test_query_int (db, "SELECT min(id) FROM session WHERE process_id = ?", process_id);
  gint64 last = rs_test_query_int (db, "SELECT max(id) FROM session WHERE process_id = ?", process_id);
  gint64 nowhere = last + 1000;

  fresh = rs_district_choice_load (db, process_id, RS_DISTRICT_RECORD_SESSION, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (fresh->names), ==, 6);
  g_assert_cmpstr (fresh->current, ==, "");

  g_array_append_val (ids, first);
  g_array_append_val (ids, last);
  g_assert_true (rs_district_records_set (db, RS_DISTRICT_RECORD_SESSION, ids, "nørreby", &error));
  g_assert_no_error (error);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM session WHERE process_id = ? "
                                          "AND district = 'Nørreby'", process_id), ==, first == last ? 1 : 2);
  tagged = rs_district_choice_load (db, process_id, RS_DISTRICT_RECORD_SESSION, last, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tagged->current, ==, "Nørreby");

  /* A district not on the list, or a record that is not there, changes
   * nothing of the batch. */
  g_assert_false (rs_district_records_set (db, RS_DISTRICT_RECORD_SESSION, ids, "Atlantis", &error));
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_array_append_val (ids, nowhere);
  g_assert_false (rs_district_records_set (db, RS_DISTRICT_RECORD_SESSION, ids, "", &error));
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM session WHERE process_id = ? "
                                          "AND district = 'Nørreby'", process_id), ==, first == last ? 1 : 2);

  /* A renamed district stays on its records. */
  g_assert_true (rs_districts_rename (db, process_id, "Nørreby", "Nørrebro", &error));
  g_assert_no_error (error);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM session WHERE process_id = ? "
                                          "AND district = 'Nørrebro'", process_id), ==, first == last ? 1 : 2);
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/involvement/districts/sample-preset", test_sample_preset);
  g_test_add_func ("/involvement/districts/edit", test_edit);
  g_test_add_func ("/involvement/districts/import", test_import);
  g_test_add_func ("/involvement/districts/choice-and-records", test_choice_and_records);
  return g_test_run ();
}
