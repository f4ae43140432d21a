/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-engagement-targets.h"
#include "rs-involvement-error.h"
#include "rs-test-utils.h"

/* Engagement targets against what the sample's records show. */

static RsEngagementTarget *
find (GPtrArray    *list,
      RsTargetKind  kind,
      const char   *district)
{
  for (guint i = 0; i < list->len; i++)
    {
      RsEngagementTarget *t = g_ptr_array_index (list, i);
      if (t->kind == kind && g_str_equal (t->district, district))
        return t;
    }
  return NULL;
}

static void
test_targets (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GPtrArray) list = NULL;
  RsEngagementTarget *t;
  gint64 registrations, attendees;

  /* Without targets every kind is listed, measured where Rådslag can. */
  list = rs_engagement_targets_list (db, process_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, RS_N_TARGET_KINDS);
  registrations = rs_test_query_int (db, "SELECT count(*) FROM registration r JOIN session s ON s.id = "
                         "r.session_id WHERE s.process_id = ? AND r.status <> 'cancelled'", process_id);
  attendees = rs_test_query_int (db, "SELECT count(DISTINCT r.person_id) FROM registration r JOIN session s ON "
                     "s.id = r.session_id WHERE s.process_id = ? AND r.attended = 1", process_id);
  g_assert_cmpint (registrations, >, 0);
  t = find (list, RS_TARGET_REGISTRATIONS, "");
  g_assert_true (t->measured && t->has_actual && !t->has_target);
  g_assert_cmpfloat (t->actual, ==, registrations);
  g_assert_cmpfloat (find (list, RS_TARGET_PARTICIPANTS, "")->actual, ==, attendees);
  g_assert_cmpfloat (find (list, RS_TARGET_PARTIES_HEARD, "")->actual, >, 0);
  t = find (list, RS_TARGET_YOUTH_SHARE, "");
  g_assert_true (t->has_actual);
  g_assert_cmpfloat (t->actual, >, 0);
  g_assert_cmpfloat (t->actual, <, 100);
  /* No earlier process: everyone is a first-timer. */
  g_assert_cmpfloat (find (list, RS_TARGET_FIRST_TIMERS_SHARE, "")->actual, ==, 100);
  /* Digital comments are counted from the comments recorded: none yet. */
  t = find (list, RS_TARGET_DIGITAL_COMMENTS, "");
  g_assert_true (t->measured && t->has_actual);
  g_assert_cmpfloat (t->actual, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_true (rs_engagement_targets_set (db, process_id, RS_TARGET_REGISTRATIONS, NULL,
                                            registrations + 53, -1, &error));
  g_assert_true (rs_engagement_targets_set (db, process_id, RS_TARGET_YOUTH_SHARE, "", 20, -1,
                                            &error));
  g_assert_true (rs_engagement_targets_set (db, process_id, RS_TARGET_PARTICIPANTS, "Nørreby", 20,
                                            -1, &error));
  g_assert_true (rs_engagement_targets_set (db, process_id, RS_TARGET_DIGITAL_COMMENTS, NULL, 500,
                                            -1, &error));
  /* An actual by hand keeps the target. */
  g_assert_true (rs_engagement_targets_set (db, process_id, RS_TARGET_DIGITAL_COMMENTS, NULL, -1,
                                            312, &error));
  g_assert_no_error (error);
  g_assert_false (rs_engagement_targets_set (db, process_id, RS_TARGET_YOUTH_SHARE, "Nørreby", 20,
                                             -1, &error));
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (rs_engagement_targets_set (db, process_id, RS_TARGET_YOUTH_SHARE, NULL, 150, -1,
                                             &error));
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID);
  g_clear_error (&error);

  list = rs_engagement_targets_list (db, process_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, RS_N_TARGET_KINDS + 1);
  {
    g_autofree char *gap = rs_engagement_format_gap (find (list, RS_TARGET_REGISTRATIONS, ""));
    g_autofree char *comments = rs_engagement_format_gap (find (list, RS_TARGET_DIGITAL_COMMENTS, ""));
    g_autofree char *none = rs_engagement_format_gap (find (list, RS_TARGET_PARTIES_HEARD, ""));
    g_autofree char *youth = rs_engagement_format_value (RS_TARGET_YOUTH_SHARE, TRUE, 20);
    RsEngagementTarget *d = g_ptr_array_index (list, RS_N_TARGET_KINDS);

    g_assert_cmpstr (gap, ==, "−53");
    g_assert_cmpstr (comments, ==, "−188");
    g_assert_cmpstr (none, ==, "–");
    g_assert_cmpstr (youth, ==, "20 %");
    g_assert_cmpstr (d->district, ==, "Nørreby");
    g_assert_true (d->has_target && d->has_actual);
    g_assert_cmpfloat (d->actual, <=, attendees);
  }
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_true (rs_engagement_targets_remove (db, process_id, RS_TARGET_PARTICIPANTS, "Nørreby",
                                               &error));
  list = rs_engagement_targets_list (db, process_id, &error);
  g_assert_cmpuint (list->len, ==, RS_N_TARGET_KINDS);
  rs_test_remove_dir (dir);
}

static void
test_kinds (void)
{
  RsTargetKind kind;

  for (guint k = 0; k < RS_N_TARGET_KINDS; k++)
    {
      g_assert_true (rs_target_kind_from_string (rs_target_kind_to_string (k), &kind));
      g_assert_cmpint (kind, ==, k);
      g_assert_nonnull (rs_target_kind_get_label (k));
    }
  g_assert_false (rs_target_kind_from_string ("likes", &kind));
}

static void
test_cli (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-targets-cli-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "r.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  {
    const char *argv[] = { "sample", "--db", db, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "targets", "set", "--db", db, "--process", "1", "--kind", "youth-share",
                           "--target", "25 %", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "targets", "show", "--db", db, "--process", "1", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_true (g_str_has_prefix (out, "Target\tPlanned\tActual\tGap\n"));
    g_assert_nonnull (strstr (out, "Youth share\t25 %\t"));
    /* No target, and no comments recorded yet. */
    g_assert_nonnull (strstr (out, "Digital comments\t–\t0\t–\n"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "targets", "set", "--db", db, "--process", "1", "--kind", "likes",
                           "--target", "5", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "digital-comments"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/involvement/targets/measure-and-gap", test_targets);
  g_test_add_func ("/involvement/targets/kinds", test_kinds);
  g_test_add_func ("/involvement/targets/cli", test_cli);
  return g_test_run ();
}
