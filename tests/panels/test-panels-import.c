/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-categories.h"
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

static gint64
count_people (Fixture *f)
{
  g_autoptr(RsStatement) stmt = rs_database_query (f->db, NULL, "SELECT count(*) FROM person "
                                                    "WHERE panel_id = ?", "i", f->panel_id);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int64 (stmt, 0);
}

/* A panel with the sample's categories (same names and values). */
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

static RsPoolMapping *
mapping_with_aliases (void)
{
  RsPoolMapping *m = rs_pool_mapping_new ();

  m->id_column = g_strdup ("Løbenr");
  rs_pool_mapping_add_alias (m, "Køn", "female", "Kvinde");
  return m;
}

static void
test_excel_cp1252 (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) bytes = fixture_file ("panels/pool-excel-cp1252.csv");
  g_autoptr(RsPoolMapping) mapping = mapping_with_aliases ();
  g_autoptr(RsPoolMapping) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) people = NULL;
  g_autoptr(RsPersonData) first = NULL;
  g_autofree char *csv = NULL;
  RsPoolImportResult result = { 0 };

  /* The sample's gender values have no "K"/"female" spellings: K is
   * matched by the mapping guess? No: give aliases for both. */
  rs_pool_mapping_add_alias (mapping, "Køn", "K", "Kvinde");
  rs_pool_import (f->db, f->panel_id, bytes, "pool.csv", mapping, NULL, NULL, NULL, &result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result.rows, ==, 3);
  /* People 2 and 3 share "Skolevej 1". */
  g_assert_cmpint (result.flagged, ==, 2);
  people = rs_pool_store_list (f->db, f->panel_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 3);
  {
    g_autoptr(RsPerson) p = g_list_model_get_item (G_LIST_MODEL (people), 0);
    g_assert_cmpstr (rs_person_get_external_id (p), ==, "1");
    g_assert_nonnull (strstr (rs_person_get_summary (p), "Kvinde"));
    g_assert_cmpstr (rs_person_get_review_flag (p), ==, "");
    first = rs_pool_store_get (f->db, rs_person_get_id (p), &error);
    g_assert_cmpstr (first->name, ==, "Søren Østergaard");
    g_assert_cmpstr (first->address, ==, "Havnegade 3,\n2. th.");
  }
  {
    g_autoptr(RsPerson) p = g_list_model_get_item (G_LIST_MODEL (people), 2);
    g_assert_cmpstr (rs_person_get_review_flag (p), ==, "household");
  }
  stored = rs_pool_import_load_mapping (f->db, f->panel_id, &error);
  g_assert_nonnull (stored);
  g_assert_cmpstr (rs_pool_mapping_lookup_alias (stored, "Køn", "FEMALE"), ==, "Kvinde");

  /* Export: no contact fields by default. */
  csv = rs_pool_store_export_csv (f->db, f->panel_id, FALSE, &error);
  g_assert_null (strstr (csv, "Østergaard"));
  g_assert_nonnull (strstr (csv, "P-0001"));
  g_free (csv);
  csv = rs_pool_store_export_csv (f->db, f->panel_id, TRUE, &error);
  g_assert_nonnull (strstr (csv, "Østergaard"));
}

static void
test_utf8_bom_with_stored_mapping (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GBytes) a = fixture_file ("panels/pool-excel-cp1252.csv");
  g_autoptr(GBytes) b = fixture_file ("panels/pool-utf8-bom.csv");
  g_autoptr(RsPoolMapping) mapping = mapping_with_aliases ();
  g_autoptr(GError) error = NULL;

  rs_pool_mapping_add_alias (mapping, "Køn", "K", "Kvinde");
  g_assert_true (rs_pool_import (f->db, f->panel_id, a, "a.csv", mapping, NULL, NULL, NULL, NULL, &error));
  /* Same ids again: refused as a whole. */
  g_assert_false (rs_pool_import (f->db, f->panel_id, b, "b.csv", NULL, NULL, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "nothing was imported"));
  g_assert_cmpint (count_people (f), ==, 3);
}

typedef struct
{
  const char *csv;
  const char *expect;
} BadCase;

static void
test_error_paths (Fixture       *f,
                  gconstpointer  data)
{
  const BadCase cases[] = {
    { "", "empty" },
    { "Alder,Køn\n", "no people" },
    { "Alder,Køn,Herkomst,Socioøkonomisk status,Bydel\n18-29 år,Mand,Dansk oprindelse,Ledig,Midtbyen\n"
      "18-29 år,Robot,Dansk oprindelse,Ledig,Midtbyen\n", "line 3, column 2 (“Køn”): “Robot” is not a value of category “Køn”" },
    { "Alder,Køn,Herkomst,Socioøkonomisk status,Bydel\n18-29 år,Mand,Dansk oprindelse,Ledig\n", "line 2: 4 fields" },
    { "Alder,Køn,Herkomst,Socioøkonomisk status,Bydel\n18-29 år,,Dansk oprindelse,Ledig,Midtbyen\n", "no value for category “Køn”" },
    { "id,Alder,Køn,Herkomst,Socioøkonomisk status,Bydel\n7,18-29 år,Mand,Dansk oprindelse,Ledig,Midtbyen\n"
      "7,18-29 år,Mand,Dansk oprindelse,Ledig,Midtbyen\n", "the id “7” appears twice" },
    { "Alder,Køn,status\n18-29 år,Mand,chosen\n", "“chosen” is not a pool status" },
    { "a,b\n1,\"unclosed\n", "never closed" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].csv, strlen (cases[i].csv));
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      g_assert_false (rs_pool_import (f->db, f->panel_id, bytes, "bad.csv", NULL, NULL, NULL, NULL,
                                      NULL, &error));
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].expect) == NULL)
        g_error ("case %u: “%s” not in “%s”", i, cases[i].expect, error->message);
      g_assert_cmpint (count_people (f), ==, 0);
    }

  /* A mapping naming a column that is not there. */
  {
    g_autoptr(RsPoolMapping) m = rs_pool_mapping_new ();
    g_autoptr(GBytes) bytes = g_bytes_new_static ("Alder\n18-29 år\n", 15);
    g_autoptr(GError) error = NULL;
    rs_pool_mapping_set_column (m, "Køn", "Gender");
    g_assert_false (rs_pool_import (f->db, f->panel_id, bytes, "x.csv", m, NULL, NULL, NULL, NULL, &error));
    g_assert_nonnull (strstr (error->message, "“Gender”"));
  }
  /* Bad mapping JSON. */
  {
    g_autoptr(GError) error = NULL;
    g_assert_null (rs_pool_mapping_from_json ("{\"categories\": {\"Køn\": 3}}", &error));
    g_assert_nonnull (strstr (error->message, "Køn"));
  }
}

static void
cancel_on_progress (double   fraction,
                    guint    rows,
                    gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("Alder,Køn\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 5000; i++)
    g_string_append (csv, "30-44 år,Mand\n");
  bytes = g_bytes_new (csv->str, csv->len);
  g_assert_false (rs_pool_import (f->db, f->panel_id, bytes, "big.csv", NULL, cancel_on_progress,
                                  cancellable, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (count_people (f), ==, 0);
}

static void
test_person_edit (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(RsPersonData) d = rs_person_data_new ();
  g_autoptr(RsPersonData) e = rs_person_data_new ();
  g_autoptr(RsPersonData) back = NULL;
  g_autoptr(GPtrArray) cats = rs_categories_load (f->db, f->panel_id, NULL);
  g_autoptr(GListStore) people = NULL;
  g_autoptr(GError) error = NULL;
  gint64 a, b, vid = ((RsCategoryValue *) ((RsCategory *) cats->pdata[1])->values->pdata[0])->id;

  d->name = g_strdup ("Anne Holm");
  d->address = g_strdup ("Engvej 4");
  d->postcode = g_strdup ("9990");
  g_array_append_val (d->value_ids, vid);
  a = rs_pool_store_add (f->db, f->panel_id, d, &error);
  g_assert_no_error (error);
  e->name = g_strdup ("anne holm");
  e->address = g_strdup ("ENGVEJ 4.");
  e->postcode = g_strdup ("9990");
  b = rs_pool_store_add (f->db, f->panel_id, e, &error);
  g_assert_cmpint (b, >, a);
  people = rs_pool_store_list (f->db, f->panel_id, &error);
  {
    g_autoptr(RsPerson) p = g_list_model_get_item (G_LIST_MODEL (people), 1);
    g_assert_cmpstr (rs_person_get_review_flag (p), ==, "duplicate");
  }
  g_assert_false (rs_pool_store_set_status (f->db, a, "chosen", &error));
  g_clear_error (&error);
  g_assert_true (rs_pool_store_set_status (f->db, a, "confirmed", &error));
  g_free (e->address);
  e->address = g_strdup ("Toftevej 9");
  g_assert_true (rs_pool_store_update (f->db, b, e, &error));
  back = rs_pool_store_get (f->db, a, &error);
  g_assert_cmpstr (back->status, ==, "confirmed");
  g_assert_cmpuint (back->value_ids->len, ==, 1);
  g_assert_true (rs_pool_store_remove (f->db, b, &error));
  g_assert_false (rs_pool_store_remove (f->db, b, &error));
  g_assert_cmpint (count_people (f), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/panels/import/excel-cp1252", test_excel_cp1252);
  ADD ("/panels/import/utf8-bom-all-or-nothing", test_utf8_bom_with_stored_mapping);
  ADD ("/panels/import/error-paths", test_error_paths);
  ADD ("/panels/import/cancel", test_cancel);
  ADD ("/panels/pool/edit", test_person_edit);
  return g_test_run ();
}
