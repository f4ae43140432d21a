/* SPDX-License-Identifier: MPL-2.0 */
/* The invitation stage on the sample process, at the size of the issue's
 * case: an address list of N residents (default 10,000, one per address,
 * districts in Havbjerg's shares) imported, 3,000 invitations drawn by
 * district with a seed, replies from 61 % (55 % by e-mail, 45 % yes)
 * imported, the yes replies added to the panel's pool (twice: the second
 * run adds nobody), and the invitation letters written as PDF and mbox;
 * prints the seconds of each. Usage: bench-invitations [ADDRESSES [LETTERS]] */
#include "config.h"

#include <glib/gstdio.h>

#include "rs-invitations.h"
#include "rs-letters.h"
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
  guint letters = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 3000;
  static const struct { const char *name; double share; } districts[] = {
    { "Midtbyen", 0.24 }, { "Nørreby", 0.20 }, { "Strandkvarteret", 0.14 },
    { "Bakkelund", 0.16 }, { "Skovhuse", 0.12 }, { "Vesterløkke", 0.14 },
  };
  static const char * const ages[] = { "18-29", "30-44", "45-59", "60-74", "75+" };
  static const char * const first[] = { "Anne", "Mette", "Jens", "Peter", "Sofie", "Lars", "Fatima",
                                        "Ahmed", "Kirsten", "Søren", "Ida", "Mads" };
  static const char * const last[] = { "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen",
                                       "Christensen", "Larsen", "Sørensen" };
  g_autofree char *dir = g_dir_make_tmp ("bench-invitations-XXXXXX", NULL);
  g_autofree char *db_path = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *out = g_build_filename (dir, "breve", NULL);
  g_autoptr(GString) csv = g_string_new ("\xEF\xBB\xBFløbenr;adresse;postnr;bydel;aldersgruppe;køn\n");
  g_autoptr(GString) replies = g_string_new ("ref,svar,kanal,navn,e-mail,telefon,dato\n");
  g_autoptr(GRand) rand = g_rand_new_with_seed (2027);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RsStatement) stmt = NULL;
  g_autofree char *path = NULL;
  gint64 process_id, draw_id, panel_id;
  guint n = 0, flagged = 0, skipped = 0;
  double s;

  db = rs_database_open (db_path, &error);
  if (db == NULL || (process_id = rs_sample_create (db, &error)) == 0)
    g_error ("%s", error->message);
  for (guint r = 1; r <= rows; r++)
    {
      double x = g_rand_double (rand), acc = 0;
      guint d = 0;

      for (d = 0; d < G_N_ELEMENTS (districts) - 1; d++)
        if (x < (acc += districts[d].share))
          break;
      g_string_append_printf (csv, "%05u;Vej %u, %u. sal;9990;%s;%s;%s\n", r, r % 97, r, districts[d].name,
                              ages[g_rand_int_range (rand, 0, G_N_ELEMENTS (ages))],
                              g_rand_boolean (rand) ? "Kvinde" : "Mand");
    }
  g_print ("addresses: %u, %.1f MB\n", rows, csv->len / 1e6);

  g_timer_start (timer);
  bytes = g_bytes_new (csv->str, csv->len);
  if (!rs_invitations_import_addresses (db, process_id, bytes, "adresser.csv", &n, &flagged, &error))
    g_error ("%s", error->message);
  s = lap (timer);
  g_print ("import addresses:  %.3f s, %.0f rows/s (%u imported, %u flagged)\n", s, rows / s, n, flagged);

  draw_id = rs_invitations_draw (db, process_id, letters, 20270915, NULL, &error);
  s = lap (timer);
  if (draw_id == 0)
    g_error ("%s", error->message);
  g_print ("draw:              %.3f s (%u households)\n", s, letters);

  stmt = rs_database_query (db, &error, "SELECT a.ref FROM invitation i JOIN invitation_address a "
                            "ON a.id = i.address_id WHERE i.draw_id = ? ORDER BY i.rank", "i", draw_id);
  while (rs_statement_step (stmt) == RS_SQL_ROW)
    if (g_rand_double (rand) < 0.61)
      {
        gboolean mail = g_rand_double (rand) < 0.55;
        const char *f = first[g_rand_int_range (rand, 0, G_N_ELEMENTS (first))];
        const char *l = last[g_rand_int_range (rand, 0, G_N_ELEMENTS (last))];
        guint no = g_rand_int_range (rand, 1, 1000);

        g_string_append_printf (replies, "%s,%s,%s,%s %s,", (const char *) rs_statement_column_text (stmt, 0),
                                g_rand_double (rand) < 0.45 ? "ja" : "nej", mail ? "e-mail" : "post", f, l);
        if (mail)
          g_string_append_printf (replies, "%s.%s%u@example.org", f, l, no);
        g_string_append_printf (replies, ",,2026-09-%02u\n", 1 + no % 28);
      }
  g_clear_pointer (&stmt, rs_statement_finalize);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (replies->str, replies->len);
  lap (timer);
  if (!rs_invitations_import_replies (db, process_id, bytes, "svar.csv", &n, &flagged, &error))
    g_error ("%s", error->message);
  s = lap (timer);
  g_print ("import replies:    %.3f s (%u replies)\n", s, n);

  stmt = rs_database_query (db, &error, "SELECT min(id) FROM panel WHERE process_id = ?", "i", process_id);
  rs_statement_step (stmt);
  panel_id = rs_statement_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, rs_statement_finalize);
  lap (timer);
  if (!rs_invitations_to_pool (db, panel_id, &n, &error))
    g_error ("%s", error->message);
  s = lap (timer);
  g_print ("yes into the pool: %.3f s (%u added)\n", s, n);
  if (!rs_invitations_to_pool (db, panel_id, &n, &error))
    g_error ("%s", error->message);
  s = lap (timer);
  g_print ("again:             %.3f s (%u added)\n", s, n);

  if (!rs_letters_write (db, process_id, RS_LETTER_INVITATION, 0, 0, RS_LETTER_FORMAT_PDF, out, NULL,
                         &path, &n, NULL, NULL, &error))
    g_error ("%s", error->message);
  s = lap (timer);
  g_print ("invitation PDF:    %.3f s (%u letters)\n", s, n);
  g_clear_pointer (&path, g_free);
  if (!rs_letters_write (db, process_id, RS_LETTER_YOU_SAID_WE_DID, 0, 0, RS_LETTER_FORMAT_MBOX, out, NULL,
                         &path, &n, &skipped, NULL, &error))
    g_error ("%s", error->message);
  s = lap (timer);
  g_print ("feedback mbox:     %.3f s (%u drafts, %u to print)\n", s, n, skipped);

  g_clear_object (&db);
  {
    g_autoptr(GDir) d = g_dir_open (out, 0, NULL);
    const char *name;
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (out, name, NULL);
        g_unlink (p);
      }
  }
  g_rmdir (out);
  g_unlink (db_path);
  g_rmdir (dir);
  return 0;
}
