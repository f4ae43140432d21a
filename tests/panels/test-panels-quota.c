/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-categories.h"
#include "rs-panel-store.h"
#include "rs-test-utils.h"

static void
test_largest_remainder (void)
{
  const double shares[] = { 50.5, 49.0, 0.5 };
  const double thirds[] = { 1, 1, 1 };
  int seats[3];

  g_assert_true (rs_quota_largest_remainder (shares, 3, 99, seats));
  /* 49.995, 48.51, 0.495: floors 49, 48, 0 = 97; remainders .995, .51, .495 */
  g_assert_cmpint (seats[0], ==, 50);
  g_assert_cmpint (seats[1], ==, 49);
  g_assert_cmpint (seats[2], ==, 0);
  g_assert_true (rs_quota_largest_remainder (thirds, 3, 10, seats));
  g_assert_cmpint (seats[0] + seats[1] + seats[2], ==, 10);
  g_assert_cmpint (seats[0], ==, 4);  /* ties go to the first */
  g_assert_true (rs_quota_largest_remainder (thirds, 3, 0, seats));
  g_assert_cmpint (seats[0] + seats[1] + seats[2], ==, 0);
}

static void
test_compute_with_tolerance (void)
{
  g_autoptr(RsCategory) age = rs_category_new_preset ("age");
  const double shares[] = { 19, 23, 25, 22, 11 };
  g_autoptr(GError) error = NULL;
  int sum = 0;

  g_assert_cmpuint (age->values->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    ((RsCategoryValue *) g_ptr_array_index (age->values, i))->share = shares[i];
  g_assert_true (rs_category_compute_quotas (age, 99, 0, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 5; i++)
    {
      RsCategoryValue *v = g_ptr_array_index (age->values, i);
      g_assert_cmpint (v->min, ==, v->max);
      sum += v->min;
    }
  g_assert_cmpint (sum, ==, 99);
  g_assert_true (rs_category_validate (age, 99, &error));

  /* 3 percentage points of 99 seats = 2.97, so ±3 */
  g_assert_true (rs_category_compute_quotas (age, 99, 3, &error));
  {
    RsCategoryValue *v = g_ptr_array_index (age->values, 4);
    g_assert_cmpint (v->min, ==, 8);
    g_assert_cmpint (v->max, ==, 14);
  }
}

static void
test_validation_errors (void)
{
  g_autoptr(RsCategory) gender = rs_category_new_preset ("gender");
  g_autoptr(GError) error = NULL;
  RsCategoryValue *v;

  g_assert_cmpuint (gender->values->len, ==, 4);  /* more than two, and unknown */
  g_assert_false (rs_category_compute_quotas (gender, 10, 0, &error));
  g_assert_nonnull (strstr (error->message, "“Køn”"));
  g_clear_error (&error);

  for (guint i = 0; i < 4; i++)
    ((RsCategoryValue *) g_ptr_array_index (gender->values, i))->share = 20;
  g_assert_false (rs_category_validate (gender, 10, &error));
  g_assert_nonnull (strstr (error->message, "“Køn”"));
  {
    /* A message for people: the share in the locale's number format. */
    g_autofree char *sum = g_strdup_printf ("%.1f", 80.0);
    g_assert_nonnull (strstr (error->message, sum));
  }
  g_clear_error (&error);

  for (guint i = 0; i < 4; i++)
    {
      v = g_ptr_array_index (gender->values, i);
      v->share = 25;
      v->min = 3;
      v->max = 4;
    }
  g_assert_false (rs_category_validate (gender, 10, &error));  /* minimums 12 > 10 */
  g_assert_nonnull (strstr (error->message, "12"));
  g_clear_error (&error);
  for (guint i = 0; i < 4; i++)
    ((RsCategoryValue *) g_ptr_array_index (gender->values, i))->min = 0;
  for (guint i = 0; i < 4; i++)
    ((RsCategoryValue *) g_ptr_array_index (gender->values, i))->max = 2;
  g_assert_false (rs_category_validate (gender, 10, &error));  /* maximums 8 < 10 */
  g_clear_error (&error);
  v = g_ptr_array_index (gender->values, 0);
  v->min = 5;
  v->max = 4;
  g_assert_false (rs_category_validate (gender, 10, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);

  {
    g_autoptr(RsCategory) origin = rs_category_new_preset ("origin");
    g_assert_true (origin->sensitive);
  }
}

static void
test_store_round_trip (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsPanel) panel = NULL;
  g_autoptr(RsPanel) again = NULL;
  g_autoptr(GPtrArray) cats = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_category_free);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 process_id = 0, value_id;

  db = rs_test_open_sample_database (&dir, &process_id);
  g_assert_null (rs_panel_store_create (db, process_id, "  ", 10, &error));
  g_clear_error (&error);
  g_assert_null (rs_panel_store_create (db, 9999, "X", 10, &error));
  g_clear_error (&error);
  panel = rs_panel_store_create (db, process_id, "Ungepanel", 24, &error);
  g_assert_no_error (error);
  rs_panel_set_mandate (panel, "Anbefalinger om unges trivsel");
  rs_panel_set_min_age (panel, 15);
  rs_panel_set_one_per_household (panel, FALSE);
  g_assert_true (rs_panel_store_update (db, panel, &error));
  again = rs_panel_store_get (db, rs_panel_get_id (panel), &error);
  g_assert_cmpstr (rs_panel_get_mandate (again), ==, "Anbefalinger om unges trivsel");
  g_assert_cmpint (rs_panel_get_min_age (again), ==, 15);
  g_assert_false (rs_panel_get_one_per_household (again));
  list = rs_panel_store_list (db, process_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  g_ptr_array_add (cats, rs_category_new_preset ("gender"));
  g_ptr_array_add (cats, rs_category_new_preset ("origin"));
  g_assert_true (rs_categories_save (db, rs_panel_get_id (panel), cats, &error));
  g_assert_no_error (error);
  value_id = ((RsCategoryValue *) g_ptr_array_index (((RsCategory *) cats->pdata[0])->values, 0))->id;
  /* Renaming a value keeps its id (people's attributes survive). */
  g_free (((RsCategoryValue *) g_ptr_array_index (((RsCategory *) cats->pdata[0])->values, 0))->name);
  ((RsCategoryValue *) g_ptr_array_index (((RsCategory *) cats->pdata[0])->values, 0))->name = g_strdup ("Kvinde");
  g_ptr_array_remove_index (cats, 1);
  g_assert_true (rs_categories_save (db, rs_panel_get_id (panel), cats, &error));
  loaded = rs_categories_load (db, rs_panel_get_id (panel), &error);
  g_assert_cmpuint (loaded->len, ==, 1);
  g_assert_cmpuint (((RsCategory *) loaded->pdata[0])->values->len, ==, 4);
  g_assert_cmpint (((RsCategoryValue *) ((RsCategory *) loaded->pdata[0])->values->pdata[0])->id, ==, value_id);
  g_assert_cmpstr (((RsCategoryValue *) ((RsCategory *) loaded->pdata[0])->values->pdata[0])->name, ==, "Kvinde");

  g_assert_true (rs_panel_store_delete (db, rs_panel_get_id (panel), &error));
  g_assert_false (rs_panel_store_delete (db, rs_panel_get_id (panel), &error));
  rs_test_remove_dir (dir);
}

static void
test_categories_csv (void)
{
  g_autofree char *path = rs_test_data_path ("panels/categories-sf.csv");
  g_autofree char *text = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) cats = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  bytes = g_bytes_new (text, length);
  cats = rs_categories_parse_csv (bytes, "categories-sf.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cats->len, ==, 2);
  g_assert_cmpint (((RsCategoryValue *) ((RsCategory *) cats->pdata[0])->values->pdata[1])->max, ==, 6);
  csv = rs_categories_to_csv (cats);
  g_assert_true (g_str_has_prefix (csv, "category,feature,min,max"));
  g_assert_nonnull (strstr (csv, "Gender,Man,4,6"));

  g_clear_pointer (&cats, g_ptr_array_unref);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new_static ("feature;value;min;max;share\nKøn;Kvinde;4;6;50\nKøn;Mand;4;6;50\n", 61);
  cats = rs_categories_parse_csv (bytes, "fv.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (((RsCategoryValue *) ((RsCategory *) cats->pdata[0])->values->pdata[0])->share, ==, 50);

  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new_static ("category,feature,min,max\nAge,18-39,x,5\n", 38);
  g_assert_null (rs_categories_parse_csv (bytes, "bad.csv", &error));
  g_assert_nonnull (strstr (error->message, "bad.csv, line 2, column 3"));
  g_clear_error (&error);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new_static ("name,size\nAge,5\n", 16);
  g_assert_null (rs_categories_parse_csv (bytes, "bad.csv", &error));
  g_assert_nonnull (strstr (error->message, "line 1"));
}

/* Preset values are data in Danish whatever the interface language (this
 * runs in C.UTF-8 and in da_DK.UTF-8); only the menu title is translated. */
static void
test_presets_are_danish_data (void)
{
  g_autoptr(RsCategory) gender = rs_category_new_preset ("gender");
  g_autoptr(RsCategory) age = rs_category_new_preset ("age");

  g_assert_cmpstr (gender->name, ==, "Køn");
  g_assert_cmpstr (((RsCategoryValue *) gender->values->pdata[0])->name, ==, "Kvinde");
  g_assert_cmpstr (((RsCategoryValue *) gender->values->pdata[1])->name, ==, "Mand");
  g_assert_cmpstr (age->name, ==, "Alder");
  g_assert_cmpstr (((RsCategoryValue *) age->values->pdata[0])->name, ==, "18–29 år");
  g_assert_cmpstr (((RsCategoryValue *) age->values->pdata[0])->code, ==, "18-29");
  g_assert_nonnull (strstr (((RsCategoryValue *) gender->values->pdata[0])->aliases, "female"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/panels/quota/largest-remainder", test_largest_remainder);
  g_test_add_func ("/panels/quota/tolerance", test_compute_with_tolerance);
  g_test_add_func ("/panels/quota/validation", test_validation_errors);
  g_test_add_func ("/panels/store/round-trip", test_store_round_trip);
  g_test_add_func ("/panels/categories/csv", test_categories_csv);
  g_test_add_func ("/panels/categories/presets-are-data", test_presets_are_danish_data);
  return g_test_run ();
}
