/* SPDX-License-Identifier: MPL-2.0 */
/* raadslag-cli db copy: a whole process database moved to another
 * location reads back the same in every export, and a copy is whole or
 * nothing. */
#include "config.h"

#include <glib/gstdio.h>

#include "rs-database-copy.h"
#include "rs-database-location.h"
#include "rs-test-utils.h"

static void
test_table_order (void)
{
  g_autoptr(GPtrArray) tables = rs_database_copy_tables ();
  guint process = G_MAXUINT, panel = G_MAXUINT, person = G_MAXUINT, point = G_MAXUINT, proposal = G_MAXUINT;

  for (guint i = 0; i < tables->len; i++)
    {
      const char *name = g_ptr_array_index (tables, i);
      if (g_str_equal (name, "budget_process"))
        process = i;
      else if (g_str_equal (name, "panel"))
        panel = i;
      else if (g_str_equal (name, "person"))
        person = i;
      else if (g_str_equal (name, "response_point"))
        point = i;
      else if (g_str_equal (name, "budget_proposal"))
        proposal = i;
      /* Search indexes are rebuilt by the destination, not copied. */
      g_assert_false (g_str_has_prefix (name, "hearing_response_search"));
      g_assert_false (g_str_has_prefix (name, "hearing_response_fts"));
    }
  g_assert_cmpuint (process, <, panel);
  g_assert_cmpuint (panel, <, person);
  /* A column added later (v2) still orders its table after the one it
   * refers to. */
  g_assert_cmpuint (proposal, <, point);
  g_assert_cmpuint (point, <, tables->len);
}

/* Runs the CLI; fails the test unless it exits with @want. */
static char *
cli (int                 want,
     const char * const *argv)
{
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = rs_test_run_cli (argv, &out, &err);

  if (status != want)
    g_error ("raadslag-cli %s exited with %d: %s", argv[0], status, err);
  return out;
}

static GBytes *
export (const char *db,
        const char *dir,
        const char *const *args,
        const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_strv_builder_addv (builder, (const char **) args);
  g_strv_builder_add_many (builder, "--db", db, "--out", path, "--language", "da", NULL);
  argv = g_strv_builder_end (builder);
  out = cli (0, (const char * const *) argv);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 0);
  if (g_str_has_suffix (name, ".json"))
    {
      /* When it was written is no part of the data. */
      g_autoptr(GRegex) stamp = g_regex_new ("\"generated_at\" : \"[^\"]*\"", 0, 0, NULL);
      char *same = g_regex_replace_literal (stamp, contents, length, 0, "\"generated_at\" : \"\"", 0, NULL);

      g_free (contents);
      return g_bytes_new_take (same, strlen (same));
    }
  return g_bytes_new_take (contents, length);
}

static void
test_copy_round_trip (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autofree char *original = g_strdup (rs_database_get_path (db));
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *back = g_build_filename (dir, "back.db", NULL);
  g_autofree char *process = g_strdup_printf ("%" G_GINT64_FORMAT, process_id);
  g_autofree char *round = g_strdup_printf ("%" G_GINT64_FORMAT,
                                            rs_test_query_int (db, "SELECT min(id) FROM hearing_round "
                                                                   "WHERE process_id = ?", process_id));
  g_autofree char *lab = g_strdup_printf ("%" G_GINT64_FORMAT,
                                          rs_test_query_int (db, "SELECT min(id) FROM lab WHERE process_id = ?",
                                                             process_id));
  g_autofree char *out = NULL;
  const char *copy_argv[] = { "db", "copy", "--from", original, "--to", copy, NULL };
  const char *back_argv[] = { "db", "copy", "--from", copy, "--to", back, "--quiet", NULL };
  const char *again_argv[] = { "db", "copy", "--from", original, "--to", copy, NULL };
  const char *replace_argv[] = { "db", "copy", "--from", original, "--to", copy, "--replace", "--quiet", NULL };
  struct {
    const char *name;
    const char *args[8];
  } exports[] = {
    { "council.html", { "export", "council", "--process", process, "--format", "html", NULL } },
    { "council.csv", { "export", "council", "--process", process, "--format", "csv", NULL } },
    { "council.json", { "export", "council", "--process", process, "--format", "json", NULL } },
    { "whitebook.html", { "export", "whitebook", "--round", round, "--format", "html", NULL } },
    { "feedback.html", { "export", "feedback", "--process", process, "--format", "html", NULL } },
    { "lab.html", { "export", "lab", "--lab", lab, "--format", "html", NULL } },
  };

  g_clear_object (&db);
  out = cli (0, copy_argv);
  g_assert_nonnull (strstr (out, "response_point"));
  g_clear_pointer (&out, g_free);
  /* ... and back again, as from a server to a laptop. */
  out = cli (0, back_argv);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *a_dir = g_build_filename (dir, "a", NULL);
      g_autofree char *b_dir = g_build_filename (dir, "b", NULL);
      g_autofree char *c_dir = g_build_filename (dir, "c", NULL);
      g_autoptr(GBytes) a = NULL;
      g_autoptr(GBytes) b = NULL;
      g_autoptr(GBytes) c = NULL;

      g_mkdir_with_parents (a_dir, 0700);
      g_mkdir_with_parents (b_dir, 0700);
      g_mkdir_with_parents (c_dir, 0700);
      a = export (original, a_dir, exports[i].args, exports[i].name);
      b = export (copy, b_dir, exports[i].args, exports[i].name);
      c = export (back, c_dir, exports[i].args, exports[i].name);
      if (!g_bytes_equal (a, b) || !g_bytes_equal (a, c))
        g_error ("%s differs between the original and its copy", exports[i].name);
    }

  /* A destination that holds data is left alone unless --replace. */
  {
    g_autofree char *err = NULL;
    g_autofree char *o = NULL;
    g_assert_cmpint (rs_test_run_cli (again_argv, &o, &err), ==, 1);
    g_assert_nonnull (strstr (err, "--replace"));
  }
  out = cli (0, replace_argv);
  rs_test_remove_dir (dir);
}

static void
test_copy_refused (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) src = rs_test_open_sample_database (&dir, &process_id);
  g_autofree char *path = g_build_filename (dir, "dest.db", NULL);
  g_autoptr(RsDatabase) dest = rs_database_open_full (path, RS_DATABASE_OPEN_CREATE, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) server = NULL;

  /* Cancelled half-way: nothing of it stays in the destination. */
  g_cancellable_cancel (cancellable);
  g_assert_false (rs_database_copy (src, dest, RS_DATABASE_COPY_DEFAULT, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpint (rs_test_query_int (dest, "SELECT count(*) FROM budget_process WHERE id > ?", 0), ==, 0);

  /* The same file both ways is refused. */
  g_assert_false (rs_database_copy (src, src, RS_DATABASE_COPY_DEFAULT, NULL, NULL, NULL, &error));
  g_clear_error (&error);

  /* Without the PostgreSQL backend a server location fails clearly, names
   * no password and creates no folder on the way. */
  if (!HAVE_POSTGRESQL)
    {
      server = rs_database_open_location ("postgresql://mette:secret@db.example.org/raadslag",
                                          RS_DATABASE_OPEN_CREATE, &error);
      g_assert_null (server);
      g_assert_nonnull (error);
      g_assert_null (strstr (error->message, "secret"));
      g_assert_nonnull (strstr (error->message, "postgresql://mette@db.example.org/raadslag"));
      g_assert_false (g_file_test ("postgresql:", G_FILE_TEST_EXISTS));
    }
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/database-copy/table-order", test_table_order);
  g_test_add_func ("/database-copy/round-trip", test_copy_round_trip);
  g_test_add_func ("/database-copy/refused", test_copy_refused);
  return g_test_run ();
}
