/* SPDX-License-Identifier: MPL-2.0 */
/* Imports a generated pool of N rows (default 100,000) and compares the
 * rate with sqlite3's own ".import" of the same file, in the same run.
 * Usage: bench-pool-import [ROWS] [WORKDIR] */
#include "config.h"

#include <glib/gstdio.h>

#include "rs-categories.h"
#include "rs-panel-store.h"
#include "rs-pool-import.h"
#include "rs-sample.h"

int
main (int    argc,
      char **argv)
{
  guint rows = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = argc > 2 ? g_strdup (argv[2]) : g_dir_make_tmp ("raadslag-bench-XXXXXX", NULL);
  g_autofree char *db_path = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "pool.csv", NULL);
  g_autofree char *plain_path = g_build_filename (dir, "plain.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GPtrArray) cats = NULL;
  g_autoptr(GString) csv = g_string_new ("Løbenr;Navn;Adresse;Postnr;E-mail");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree char *command = NULL;
  RsPoolImportResult result = { 0 };
  double ours, theirs;
  gint64 process_id;
  int status = 0;

  g_unlink (db_path);
  g_unlink (plain_path);
  db = rs_database_open (db_path, &error);
  if (db == NULL || (process_id = rs_sample_create (db, &error)) == 0)
    g_error ("%s", error->message);
  cats = rs_categories_load (db, 1, &error);
  for (guint c = 0; c < cats->len; c++)
    g_string_append_printf (csv, ";%s", ((RsCategory *) cats->pdata[c])->name);
  g_string_append (csv, "\r\n");
  for (guint r = 0; r < rows; r++)
    {
      g_string_append_printf (csv, "B%07u;\"Borger %u\";\"Vej %u, %u. th.\";%04u;b%u@example.org", r, r,
                              r % 977, r % 5, 1000 + r % 8000, r);
      for (guint c = 0; c < cats->len; c++)
        {
          RsCategory *cat = cats->pdata[c];
          g_string_append_printf (csv, ";%s", ((RsCategoryValue *) cat->values->pdata[(r * (c + 3)) % cat->values->len])->name);
        }
      g_string_append (csv, "\r\n");
    }
  g_file_set_contents (csv_path, csv->str, csv->len, NULL);

  g_timer_start (timer);
  {
    char *text;
    gsize length;
    g_file_get_contents (csv_path, &text, &length, NULL);
    bytes = g_bytes_new_take (text, length);
  }
  if (!rs_pool_import (db, 1, bytes, "pool.csv", NULL, NULL, NULL, NULL, &result, &error))
    g_error ("%s", error->message);
  ours = g_timer_elapsed (timer, NULL);

  command = g_strdup_printf ("sqlite3 '%s' \".mode csv\" \".separator ;\" \".import '%s' pool\"", plain_path, csv_path);
  g_timer_start (timer);
  if (!g_spawn_command_line_sync (command, NULL, NULL, &status, &error) || status != 0)
    g_error ("sqlite3 .import failed: %s", error ? error->message : "exit status");
  theirs = g_timer_elapsed (timer, NULL);

  g_print ("rows: %u (people imported %u, flagged %d)\n", rows, result.rows, result.flagged);
  g_print ("raadslag pool import: %.2f s, %.0f rows/s (parse, map, 3 tables + indexes, review flags)\n",
           ours, rows / ours);
  g_print ("sqlite3 .import:      %.2f s, %.0f rows/s (one untyped table)\n", theirs, rows / theirs);
  g_print ("ratio: %.1f× slower than sqlite3 .import\n", ours / theirs);
  g_unlink (db_path);
  g_unlink (plain_path);
  g_unlink (csv_path);
  if (argc <= 2)
    g_rmdir (dir);
  return 0;
}
