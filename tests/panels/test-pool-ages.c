/* SPDX-License-Identifier: MPL-2.0 */
/* Pool files as municipalities have them: ';', Windows-1252, Danish
 * headers, Excel quoting, an age column in years or birth dates that map
 * to the age bands; values read from the whole file; a mapping made in a
 * failed attempt kept for the next. */

#include "config.h"

#include <string.h>

#include "rs-age-bands.h"
#include "rs-categories.h"
#include "rs-csv-reader.h"
#include "rs-panel-store.h"
#include "rs-pool-import.h"
#include "rs-pool-store.h"
#include "rs-test-utils.h"

typedef struct
{
  char       *dir;
  RsDatabase *db;
  gint64      panel_id;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  gint64 process_id;

  f->db = rs_test_open_sample_database (&f->dir, &process_id);
  f->panel_id = rs_test_panel_with_sample_categories (f->db, process_id, "Testpanel", 12);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_object_unref (f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GBytes *
fixture_file (const char *name)
{
  return rs_test_data_bytes (name);
}

static int
count_value (Fixture    *f,
             const char *value)
{
  g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                    "SELECT count(*) FROM person_attribute a "
                                                    "JOIN person p ON p.id = a.person_id "
                                                    "JOIN category_value v ON v.id = a.value_id "
                                                    "WHERE p.panel_id = ? AND v.name = ?",
                                                    "it", f->panel_id, value);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int (stmt, 0);
}

static void
test_bands_and_ages (void)
{
  g_autoptr(GDate) on = g_date_new_dmy (1, 6, 2026);
  const struct { const char *name; int lo, hi; } bands[] = {
    { "18-29", 18, 29 }, { "18–29 år", 18, 29 }, { "18 - 29 years", 18, 29 }, { "75+", 75, G_MAXINT },
    { "75 år og derover", 75, G_MAXINT }, { "75 or over", 75, G_MAXINT }, { "Under 18", 0, 17 },
  };
  const char *not_bands[] = { "Kvinde", "18", "P-0018", "29-18", "18-29 stk.", "" };
  const struct { const char *cell; int age; } ages[] = {
    { "34", 34 }, { "34 år", 34 }, { "17-05-1990", 36 }, { "1958-03-02", 68 }, { "02.11.1944", 81 },
    { "31/12/1950", 75 }, { "010203-4123", 23 }, { "150575-1234", 51 }, { "0101401234", 86 },
    { "01-06-2008", 18 }, { "02-06-2008", 17 }, { "1970-01-15 00:00", 56 },
    { "Kvinde", -1 }, { "", -1 }, { "31-02-1990", -1 }, { "2030-01-01", -1 }, { "18-29", -1 },
    /* The date module's forms; a day that would wrap (GDateDay is a byte) is no date. */
    { "17/5-1990", 36 }, { "17. maj 1990", 36 }, { "1990-05-17T08:00:00", 36 },
    { "257-05-1990", -1 }, { "1990-05-257", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      int lo = -1, hi = -1;
      g_assert_true (rs_age_band_parse (bands[i].name, &lo, &hi));
      g_assert_cmpint (lo, ==, bands[i].lo);
      g_assert_cmpint (hi, ==, bands[i].hi);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_bands); i++)
    {
      int lo, hi;
      g_assert_false (rs_age_band_parse (not_bands[i], &lo, &hi));
    }
  for (guint i = 0; i < G_N_ELEMENTS (ages); i++)
    if (rs_age_from_cell (ages[i].cell, on) != ages[i].age)
      g_error ("“%s”: age %d, expected %d", ages[i].cell, rs_age_from_cell (ages[i].cell, on), ages[i].age);
}

static void
test_age_column (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GBytes) bytes = fixture_file ("panels/pool-kommune-alder.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPoolMapping) stored = NULL;
  RsPoolImportResult result = { 0 };

  /* No mapping at all: every column is recognised from the Danish header,
   * and the ages in years fall into the bands. */
  g_assert_true (rs_pool_import (f->db, f->panel_id, bytes, "pool-kommune-alder.csv", NULL, NULL, NULL,
                                 NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.rows, ==, 40);
  g_assert_cmpint (count_value (f, "18-29 år"), ==, 8);
  g_assert_cmpint (count_value (f, "30-44 år"), ==, 8);
  g_assert_cmpint (count_value (f, "45-59 år"), ==, 7);
  g_assert_cmpint (count_value (f, "60-74 år"), ==, 10);
  g_assert_cmpint (count_value (f, "75 år og derover"), ==, 7);
  stored = rs_pool_import_load_mapping (f->db, f->panel_id, &error);
  g_assert_cmpstr (stored->id_column, ==, "Løbenr.");
  g_assert_cmpstr (stored->contact[RS_CONTACT_POSTCODE], ==, "Postnr.");
  g_assert_cmpstr (rs_pool_mapping_get_column (stored, "Alder"), ==, "Alder");
  /* Excel quoting: the address with a line break, the name with quotes. */
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL,
                                                      "SELECT count(*) FROM person_contact c JOIN person p "
                                                      "ON p.id = c.person_id WHERE p.panel_id = ? AND "
                                                      "(c.address = 'Havnegade 3,' || char(10) || '2. th.' "
                                                      "OR c.name = 'Peter \"Pelle\" Hansen' "
                                                      "OR c.address = 'Kirkestræde 4; baghuset')",
                                                      "i", f->panel_id);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    g_assert_cmpint (rs_statement_column_int (stmt, 0), ==, 3);
  }
}

static void
test_birth_dates (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GBytes) bytes = fixture_file ("panels/pool-kommune-foedselsdato.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPoolMapping) mapping = rs_pool_mapping_new ();
  RsPoolImportResult result = { 0 };

  /* Ages on a fixed day; "Fødselsdato" is found for the age category. */
  mapping->age_on = g_strdup ("2026-06-01");
  g_assert_true (rs_pool_import (f->db, f->panel_id, bytes, "pool-kommune-foedselsdato.csv", mapping, NULL,
                                 NULL, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.rows, ==, 10);
  g_assert_cmpint (count_value (f, "18-29 år"), ==, 3);
  g_assert_cmpint (count_value (f, "30-44 år"), ==, 1);
  g_assert_cmpint (count_value (f, "45-59 år"), ==, 2);
  g_assert_cmpint (count_value (f, "60-74 år"), ==, 1);
  g_assert_cmpint (count_value (f, "75 år og derover"), ==, 3);
  /* A CPR column is never taken as the id. */
  {
    g_autoptr(RsPoolMapping) cpr = rs_pool_mapping_new ();
    g_autoptr(GBytes) again = fixture_file ("panels/pool-kommune-foedselsdato.csv");
    g_autoptr(GError) local = NULL;

    cpr->id_column = g_strdup ("Fødselsdato");
    cpr->age_on = g_strdup ("2026-06-01");
    g_assert_false (rs_pool_import (f->db, f->panel_id, again, "cpr.csv", cpr, NULL, NULL, NULL, NULL, &local));
    g_assert_nonnull (strstr (local->message, "line 5, column 6: the id looks like a CPR number"));
    g_assert_true (rs_looks_like_cpr ("010203-4123"));
    g_assert_false (rs_looks_like_cpr ("HB10007"));
    g_assert_false (rs_looks_like_cpr ("12345678"));
  }
  /* The source id is kept, the birth dates and CPR numbers are not. */
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL, "SELECT count(*) FROM person WHERE "
                                                      "panel_id = ? AND external_id LIKE 'HB70%'", "i", f->panel_id);
    g_autofree char *dump = rs_pool_store_export_csv (f->db, f->panel_id, TRUE, &error);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    g_assert_cmpint (rs_statement_column_int (stmt, 0), ==, 10);
    g_assert_null (strstr (dump, "010203-4123"));
    g_assert_null (strstr (dump, "1958-03-02"));
    g_assert_nonnull (strstr (dump, "HB7003"));
  }
}

static void
test_mapping_kept_after_failure (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GBytes) bytes = fixture_file ("panels/pool-kommune-ny-stavemaade.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPoolMapping) mapping = rs_pool_mapping_new ();
  g_autoptr(RsPoolMapping) kept = NULL;
  g_autoptr(RsPoolScan) scan = NULL;
  RsPoolImportResult result = { 0 };
  GPtrArray *gender = NULL;

  /* The scan for the mapping step reads the whole file: the spelling on
   * the last line is among the values to map. */
  scan = rs_pool_scan (bytes, "pool-kommune-ny-stavemaade.csv", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scan->rows, ==, 30);
  for (guint i = 0; i < scan->header->len; i++)
    if (g_str_equal (g_ptr_array_index (scan->header, i), "Køn"))
      gender = g_ptr_array_index (scan->distinct, i);
  g_assert_nonnull (gender);
  g_assert_true (g_ptr_array_find_with_equal_func (gender, "Kv.", g_str_equal, NULL));

  /* A first attempt fails on "Kv." ... */
  mapping->id_column = g_strdup ("Løbenr.");
  rs_pool_mapping_add_alias (mapping, "Køn", "Mand.", "Mand");
  g_assert_false (rs_pool_import (f->db, f->panel_id, bytes, "pool-kommune-ny-stavemaade.csv", mapping,
                                  NULL, NULL, NULL, &result, &error));
  g_assert_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "line 31"));
  g_assert_nonnull (strstr (error->message, "Kv."));
  g_clear_error (&error);
  {
    g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL, "SELECT count(*) FROM person WHERE panel_id = ?",
                                                      "i", f->panel_id);
    g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
    g_assert_cmpint (rs_statement_column_int (stmt, 0), ==, 0);
  }
  /* ... but what was mapped is kept: the next attempt starts from it. */
  kept = rs_pool_import_load_mapping (f->db, f->panel_id, &error);
  g_assert_nonnull (kept);
  g_assert_cmpstr (kept->id_column, ==, "Løbenr.");
  g_assert_cmpstr (rs_pool_mapping_lookup_alias (kept, "Køn", "Mand."), ==, "Mand");
  rs_pool_mapping_add_alias (kept, "Køn", "Kv.", "Kvinde");
  g_assert_true (rs_pool_import (f->db, f->panel_id, bytes, "pool-kommune-ny-stavemaade.csv", kept,
                                 NULL, NULL, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.rows, ==, 30);
}

static void
test_cli_keeps_mapping (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *db_path = g_build_filename (f->dir, "test.db", NULL);
  g_autofree char *mapping_path = g_build_filename (f->dir, "mapping.json", NULL);
  g_autofree char *broken_path = g_build_filename (f->dir, "broken.csv", NULL);
  g_autofree char *good_path = rs_test_data_path ("panels/pool-kommune-ny-stavemaade.csv");
  g_autofree char *panel = g_strdup_printf ("%" G_GINT64_FORMAT, f->panel_id);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_true (g_file_set_contents (mapping_path,
                                      "{\"id\": \"Løbenr.\", \"categories\": {\"Køn\": {\"column\": \"Køn\", "
                                      "\"aliases\": {\"Kv.\": \"Kvinde\"}}}}", -1, NULL));
  /* A file cut short by a bad export: refused, nothing imported. */
  g_assert_true (g_file_set_contents (broken_path, "Løbenr.;Navn;Køn;Alder\r\n1;Ida;Kv.;34\r\n2;Bo\r\n", -1, NULL));
  {
    const char *argv[] = { "pool", "import", "--db", db_path, "--panel", panel, "--mapping", mapping_path,
                           broken_path, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "broken.csv"));
    g_assert_nonnull (strstr (err, " 3"));
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* The next attempt, without --mapping, still knows "Kv.". */
  {
    const char *argv[] = { "pool", "import", "--db", db_path, "--panel", panel, good_path, NULL };
    if (rs_test_run_cli (argv, &out, &err) != 0)
      g_error ("pool import failed: %s", err);
  }
  g_assert_nonnull (strstr (out, "30"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pool-ages/bands-and-ages", test_bands_and_ages);
  g_test_add ("/pool-ages/age-column", Fixture, NULL, fixture_setup, test_age_column, fixture_teardown);
  g_test_add ("/pool-ages/birth-dates", Fixture, NULL, fixture_setup, test_birth_dates, fixture_teardown);
  g_test_add ("/pool-ages/mapping-kept-after-failure", Fixture, NULL, fixture_setup,
              test_mapping_kept_after_failure, fixture_teardown);
  g_test_add ("/pool-ages/cli-keeps-mapping", Fixture, NULL, fixture_setup, test_cli_keeps_mapping,
              fixture_teardown);
  return g_test_run ();
}
