/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "rs-selection-check.h"
#include "selection-test-common.h"

static char *tmp_dir;

static char *
write_file (const char *name,
            const char *text)
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* Reads the two texts; returns the error message or NULL. */
static char *
read_error (const char *categories,
            const char *respondents,
            const char *id_column)
{
  g_autofree char *c = write_file ("c.csv", categories);
  g_autofree char *r = write_file ("r.csv", respondents);
  g_autoptr(RsSelectionInstance) instance = rs_selection_instance_new (2);
  g_autoptr(GError) error = NULL;

  if (!rs_selection_read_categories (instance, c, &error) ||
      !rs_selection_read_respondents (instance, r, id_column, NULL, &error))
    {
      g_assert_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_PARSE);
      return g_strdup (error->message);
    }
  return NULL;
}

#define CATS "category,feature,min,max\ngender,female,1,2\ngender,male,1,2\n"

static void
assert_message (char       *message,
                const char *where,
                const char *what)
{
  g_assert_nonnull (message);
  g_test_message ("%s", message);
  g_assert_nonnull (strstr (message, where));
  g_assert_nonnull (strstr (message, what));
  g_free (message);
}

static void
test_errors (void)
{
  assert_message (read_error ("category,feature,min,max\ngender,female,1,x\n", "gender\nmale\n", NULL),
                  "c.csv, line 2, column 4", "“x”");
  assert_message (read_error ("category,feature,min,max\ngender,female,3,1\n", "gender\n", NULL),
                  "line 2, column 3", "3");
  assert_message (read_error ("category,feature,min,max\n,female,1,2\n", "gender\n", NULL),
                  "line 2, column 1", "empty");
  assert_message (read_error ("group,thing,low,high\nx,y,1,2\n", "gender\n", NULL), "c.csv, line 1", "header");
  assert_message (read_error (CATS, "nationbuilder_id,gender\na,female\nb,other\n", NULL),
                  "r.csv, line 3, column 2", "“other”");
  assert_message (read_error (CATS, "nationbuilder_id,gender\na,female\na,male\n", NULL),
                  "r.csv, line 3, column 1", "“a”");
  assert_message (read_error (CATS, "nationbuilder_id,sex\na,female\n", NULL), "r.csv, line 1", "“gender”");
  assert_message (read_error (CATS, "pid,gender\na,female\n", "person"), "line 1", "“person”");
  assert_message (read_error (CATS, "nationbuilder_id,gender\na,female,extra\n", NULL), "line 2", "3");
  assert_message (read_error (CATS, "nationbuilder_id,gender\n\"a,female\n", NULL), "line 2", "quoted");
}

static void
test_formats (void)
{
  g_autofree char *c = write_file ("c2.csv",
                                   "\xef\xbb\xbf" "feature,value,min,max,min_flex,max_flex\r\n"
                                   "Gender,Female,1,2,0,3\r\nGender,Male,1,2,,\r\n");
  /* No id column: the row number is the id; quoted cells and case. */
  g_autofree char *r = write_file ("r2.csv", "name,gender,address\r\n\"Hansen, Ida\", female ,\"Algade 1\"\r\n"
                                              "Bo,MALE,ALGADE  1\r\n\r\nEva,Female,\r\n");
  g_autoptr(RsSelectionInstance) instance = rs_selection_instance_new (2);
  g_autoptr(GError) error = NULL;
  const char *address[] = { "Address", NULL };

  g_assert_true (rs_selection_read_categories (instance, c, &error));
  g_assert_true (rs_selection_read_respondents (instance, r, NULL, address, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rs_selection_instance_n_people (instance), ==, 3);
  g_assert_cmpstr (rs_selection_instance_person (instance, 0)->id, ==, "1");
  g_assert_cmpstr (rs_selection_instance_person (instance, 2)->id, ==, "3");
  g_assert_cmpstr (rs_selection_instance_person (instance, 0)->row[0], ==, "Hansen, Ida");
  g_assert_cmpint (rs_selection_instance_person (instance, 1)->values[0], ==, 1);
  g_assert_cmpstr (rs_selection_instance_person (instance, 0)->household, ==,
                   rs_selection_instance_person (instance, 1)->household);
  g_assert_null (rs_selection_instance_person (instance, 2)->household);
  g_assert_cmpint (rs_selection_instance_value (instance, 0)->max_flex, ==, 3);
  g_assert_cmpint (rs_selection_instance_value (instance, 1)->min_flex, ==, 0);
}

static void
test_infeasible_relaxation (void)
{
  g_autofree char *c = write_file ("c3.csv", "feature,value,min,max,min_flex,max_flex\n"
                                             "gender,female,3,4,0,6\ngender,male,1,3,0,6\n"
                                             "age,young,1,3,0,6\nage,old,1,3,0,6\n");
  g_autofree char *r = write_file ("r3.csv", "nationbuilder_id,gender,age\n"
                                             "a,female,young\nb,female,old\nc,male,young\n"
                                             "d,male,old\ne,male,old\nf,male,young\n");
  g_autoptr(RsSelectionInstance) instance = rs_selection_instance_new (4);
  g_autoptr(RsSelectionCheck) check = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  RsSelectionChange *change;

  g_assert_true (rs_selection_read_categories (instance, c, &error));
  g_assert_true (rs_selection_read_respondents (instance, r, NULL, NULL, &error));
  check = rs_selection_check (instance, NULL, &error);
  g_assert_no_error (error);
  /* Only 2 women in the pool for a minimum of 3. */
  g_assert_false (check->feasible);
  g_assert_true (check->relaxable);
  g_assert_cmpuint (check->changes->len, ==, 1);
  change = &g_array_index (check->changes, RsSelectionChange, 0);
  g_assert_cmpstr (rs_selection_instance_value (instance, change->value)->name, ==, "female");
  g_assert_cmpint (change->new_min, ==, 2);
  lines = rs_selection_check_describe (check, instance);
  g_ptr_array_add (lines, NULL);
  all = g_strjoinv ("\n", (char **) lines->pdata);
  g_assert_nonnull (strstr (all, "Lower the minimum for “gender female” from 3 to 2."));
  g_assert_nonnull (strstr (all, "only 2 people"));

  /* Feasible after the change. */
  rs_selection_instance_value (instance, change->value)->min = 2;
  g_clear_pointer (&check, rs_selection_check_free);
  check = rs_selection_check (instance, NULL, &error);
  g_assert_true (check->feasible);

  /* Contradicting categories: each fine alone, impossible together. */
  rs_selection_instance_value (instance, 0)->min = 2;
  rs_selection_instance_value (instance, 0)->max = 2;
  rs_selection_instance_value (instance, 2)->min = 1;
  rs_selection_instance_value (instance, 2)->max = 4;
  rs_selection_instance_value (instance, 3)->min = 0;  /* no old, but woman b is old */
  rs_selection_instance_value (instance, 3)->max = 0;
  g_clear_pointer (&check, rs_selection_check_free);
  check = rs_selection_check (instance, NULL, &error);
  g_assert_false (check->feasible);
  g_assert_true (check->relaxable);
  g_assert_cmpuint (check->problems->len, ==, 1);  /* found only by the exact ILP */
  g_assert_cmpuint (check->changes->len, ==, 1);
}

static void
test_size_outside (void)
{
  g_autoptr(RsSelectionInstance) instance = load_small ();
  g_autoptr(RsSelectionCheck) check = NULL;
  g_autoptr(GError) error = NULL;

  instance->size = 45;  /* Σmax of each category is 40 */
  check = rs_selection_check (instance, NULL, &error);
  g_assert_false (check->feasible);
  g_assert_cmpuint (check->problems->len, ==, 2);
  g_assert_true (check->relaxable);
  g_assert_cmpuint (check->changes->len, >=, 2);
}

int
main (int    argc,
      char **argv)
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("rs-selection-XXXXXX", NULL);
  g_test_add_func ("/selection/csv/errors", test_errors);
  g_test_add_func ("/selection/csv/formats", test_formats);
  g_test_add_func ("/selection/check/relaxation", test_infeasible_relaxation);
  g_test_add_func ("/selection/check/size-outside", test_size_outside);
  rc = g_test_run ();
  rs_test_remove_dir (tmp_dir);
  g_free (tmp_dir);
  return rc;
}
