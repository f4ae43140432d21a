/* SPDX-License-Identifier: MPL-2.0 */
/* Digital comments on the sample process: a web form's CSV export of N
 * rows (default 10,000; BOM, CRLF, Danish letters, some quoted texts over
 * two lines) imported, imported again (every row skipped as seen), listed
 * and searched, and the district view loaded; prints the seconds and rows
 * a second of each. Usage: bench-comments [ROWS] */
#include "config.h"

#include <glib/gstdio.h>

#include "rs-comment-store.h"
#include "rs-district-summary.h"
#include "rs-sample.h"

static double
lap (GTimer *timer)
{
  double s = g_timer_elapsed (timer, NULL);
  g_timer_start (timer);
  return s;
}

int
main (int   argc,
      char *argv[])
{
  guint rows = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  static const char * const districts[] = {
    "Midtbyen", "Nørreby", "Strandkvarteret", "Bakkelund", "Skovhuse", "Vesterløkke"
  };
  g_autofree char *dir = g_dir_make_tmp ("bench-comments-XXXXXX", NULL);
  g_autofree char *db_path = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "webform.csv", NULL);
  g_autoptr(GString) csv = g_string_new ("\xEF\xBB\xBFTidspunkt,Navn,Bydel,Tema,Kommentar\r\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GPtrArray) summary = NULL;
  const char *paths[] = { csv_path, NULL };
  RsCommentImportReport report = { 0 };
  gint64 process_id;
  double s;
  int n;

  db = rs_database_open (db_path, &error);
  if (db == NULL || (process_id = rs_sample_create (db, &error)) == 0)
    g_error ("%s", error->message);
  for (guint r = 0; r < rows; r++)
    g_string_append_printf (csv, "2025-09-%02u %02u:%02u,Borger %u,%s,\"Tema %u; Trafik\",\"%s %u\"\r\n",
                            1 + r % 28, r % 24, r % 60, r, districts[r % 6], r % 9,
                            r % 10 ? "Cykelstien langs åen er for smal, og der mangler lys om aftenen."
                                   : "To linjer:\r\nflere bænke ved havnen,", r);
  if (!g_file_set_contents (csv_path, csv->str, csv->len, &error))
    g_error ("%s", error->message);
  g_print ("rows: %u, %.1f MB\n", rows, csv->len / 1e6);

  g_timer_start (timer);
  n = rs_comment_store_import (db, process_id, paths, &report, NULL, &error);
  s = lap (timer);
  if (n < 0)
    g_error ("%s", error->message);
  g_print ("import:            %.3f s, %.0f rows/s (%d imported)\n", s, rows / s, n);
  rs_comment_import_report_clear (&report);
  n = rs_comment_store_import (db, process_id, paths, &report, NULL, &error);
  s = lap (timer);
  g_print ("import again:      %.3f s, %.0f rows/s (%d skipped)\n", s, rows / s, report.skipped);
  rs_comment_import_report_clear (&report);
  list = rs_comment_store_list (db, process_id, NULL, &error);
  s = lap (timer);
  g_print ("list:              %.3f s (%u comments)\n", s, g_list_model_get_n_items (G_LIST_MODEL (list)));
  g_clear_object (&list);
  list = rs_comment_store_list (db, process_id, "bænke", &error);
  s = lap (timer);
  g_print ("search:            %.3f s (%u found)\n", s, g_list_model_get_n_items (G_LIST_MODEL (list)));
  summary = rs_district_summary_load (db, process_id, &error);
  s = lap (timer);
  g_print ("district view:     %.3f s (%u districts)\n", s, summary->len);

  g_clear_object (&db);
  g_unlink (db_path);
  g_unlink (csv_path);
  g_rmdir (dir);
  return 0;
}
