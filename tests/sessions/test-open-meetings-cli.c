/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "rs-test-utils.h"

/* raadslag-cli event create | registrations import/export/list/add/cancel |
 * attend | representation | target, end to end on the sample database. */

static char *
run_ok (const char * const *argv)
{
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = rs_test_run_cli (argv, &out, &err);

  if (status != 0)
    g_printerr ("%s", err);
  g_assert_cmpint (status, ==, 0);
  return out;
}

static void
test_cli (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id = 0;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autofree char *path = g_strdup (rs_database_get_path (db));
  g_autofree char *process = g_strdup_printf ("%" G_GINT64_FORMAT, process_id);
  g_autofree char *file1 = rs_test_data_path ("sessions/open/welfare-midtbyen.csv");
  g_autofree char *file2 = rs_test_data_path ("sessions/open/welfare-norreby.csv");
  g_autofree char *broken = rs_test_data_path ("sessions/open/broken-quote.csv");
  g_autofree char *s1 = NULL, *s2 = NULL, *out = NULL, *err = NULL;
  g_autoptr(JsonNode) list = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  g_clear_object (&db);
  {
    const char *argv[] = { "event", "create", "--db", path, "--process", process, "--title",
                           "Velfærdsmøde Midtbyen", "--kind", "welfare-meeting", "--starts",
                           "2019-09-17T17:00", "--capacity", "8", NULL };
    s1 = g_strstrip (run_ok (argv));
  }
  {
    const char *argv[] = { "event", "create", "--db", path, "--process", process, "--title",
                           "Velfærdsmøde Nørreby", "--kind", "welfare-meeting", "--starts",
                           "2019-09-19T17:00", NULL };
    s2 = g_strstrip (run_ok (argv));
  }
  {
    /* A kind that takes no public registrations is refused. */
    const char *argv[] = { "event", "create", "--db", path, "--process", process, "--title", "X",
                           "--kind", "panel-meeting", "--starts", "2019-09-19T17:00", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, NULL, &err), ==, 2);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "event", "registrations", "import", "--db", path, "--session", s1, file1, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "Added 12 registrations"));
    g_assert_nonnull (strstr (out, "4 on the waiting list"));
    /* The flagged rows are named on stderr, with file, line and column. */
    g_assert_nonnull (strstr (err, "welfare-midtbyen.csv, line 7, column 34:"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    /* Again: nothing new. */
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "12 rows were imported before"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    /* A broken file: an error naming the place, nothing stored. */
    const char *argv[] = { "event", "registrations", "import", "--db", path, "--session", s2, file2,
                           broken, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "broken-quote.csv, line 3"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { "event", "registrations", "import", "--db", path, "--session", s2, file2, NULL };
    g_free (run_ok (argv));
  }
  {
    const char *argv[] = { "event", "registrations", "list", "--db", path, "--session", s2,
                           "--duplicates", "--json", NULL };
    out = run_ok (argv);
    list = json_from_string (out, &error);
    g_assert_no_error (error);
    array = json_node_get_array (list);
    g_assert_cmpuint (json_array_get_length (array), ==, 3);
    /* No names without --with-contacts. */
    g_assert_false (json_object_has_member (json_array_get_object_element (array, 0), "name"));
    g_clear_pointer (&out, g_free);
  }
  {
    /* The export is pseudonymous by default. */
    const char *argv[] = { "event", "registrations", "export", "--db", path, "--session", s1, NULL };
    const char *argv2[] = { "event", "registrations", "export", "--db", path, "--session", s1,
                            "--with-contacts", NULL };
    out = run_ok (argv);
    g_assert_true (g_str_has_prefix (out, "pseudonym,status,"));
    g_assert_null (strstr (out, "Mette"));
    g_assert_null (strstr (out, "@example.dk"));
    g_assert_nonnull (strstr (out, "D-0001,registered,1,2019-09-03T14:22,45-54,Midtbyen,Facebook,yes"));
    g_clear_pointer (&out, g_free);
    out = run_ok (argv2);
    g_assert_nonnull (strstr (out, "Mette Kjær Hansen"));
    g_clear_pointer (&out, g_free);
  }
  {
    /* Typed in, cancelled, promoted from the waiting list. */
    const char *add[] = { "event", "registrations", "add", "--db", path, "--session", s1, "--name",
                          "Ny Borger", "--age", "34", "--district", "Bakkelund", "--first-time", "ja", NULL };
    const char *cancel[] = { "event", "registrations", "cancel", "--db", path, "--registration", "1", NULL };
    const char *attend[] = { "event", "attend", "--db", path, "--registration", "2", NULL };
    out = run_ok (add);
    g_assert_nonnull (strstr (out, "waiting list"));
    g_clear_pointer (&out, g_free);
    out = run_ok (cancel);
    g_assert_nonnull (strstr (out, "moved up from the waiting list"));
    g_clear_pointer (&out, g_free);
    g_free (run_ok (attend));
  }
  {
    const char *sent[] = { "event", "registrations", "sent", "--db", path, "--session", s1, "--reminders", NULL };
    out = run_ok (sent);
    g_assert_nonnull (strstr (out, "Recorded for 8 registrations"));
    g_clear_pointer (&out, g_free);
  }
  {
    const char *target[] = { "event", "target", "--db", path, "--session", s1, "--ages", "15-24",
                             "--share", "30", NULL };
    const char *repr[] = { "event", "representation", "--db", path, "--session", s1, NULL };
    const char *all[] = { "event", "representation", "--db", path, "--process", process, "--json", NULL };
    g_autoptr(JsonNode) node = NULL;
    g_free (run_ok (target));
    out = run_ok (repr);
    g_assert_nonnull (strstr (out, "Midtbyen"));
    g_assert_nonnull (strstr (out, "< 5"));
    g_assert_nonnull (strstr (out, "Target: 30 % aged 15–24"));
    g_clear_pointer (&out, g_free);
    out = run_ok (all);
    node = json_from_string (out, &error);
    g_assert_no_error (error);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "registered"), ==, 17);
  }
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/open-meetings/cli", test_cli);
  return g_test_run ();
}
