/* SPDX-License-Identifier: MPL-2.0 */
/*
 * Hearings benchmark: generates N responses of 2–20 KB (plain-text files,
 * one in ten a copy of a campaign letter), then measures
 *   - import of all files in one transaction,
 *   - full-text search latency (median and 95th percentile of 100 queries),
 *   - near-duplicate grouping,
 *   - the white book as PDF (and HTML),
 *   - peak memory (max RSS).
 * Usage: bench-hearings [N] [WORKDIR] [PARTS]   (defaults: 5000, a temporary
 * folder, all parts; PARTS is a comma-separated choice of search, groups,
 * html, pdf)
 */
#include "config.h"

#include <stdlib.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "rs-duplicates.h"
#include "rs-hearing-import.h"
#include "rs-hearing-store.h"
#include "rs-process-store.h"
#include "rs-response-groups.h"
#include "rs-response-store.h"
#include "rs-cycle-check.h"
#include "rs-sample.h"
#include "rs-whitebook.h"

static const char * const words[] = {
  "budget", "byrådet", "skole", "ældre", "hjemmepleje", "svømmehal", "bibliotek", "børn", "unge",
  "forældre", "besparelse", "forslag", "kommune", "borgere", "trafik", "cykelsti", "grøn", "omstilling",
  "kultur", "idræt", "forening", "tilskud", "normering", "dagtilbud", "klima", "vand", "skov", "sø",
  "vi", "er", "og", "at", "det", "i", "på", "for", "med", "til", "ikke", "som", "en", "af", "har",
  "bekymrede", "støtter", "ønsker", "foreslår", "mener", "vigtig", "nødvendig", "dårlig", "god",
  "åbningstider", "legeplads", "sundhed", "rehabilitering", "medarbejdere", "økonomi", "anlæg",
  "drift", "prioritering", "lokalsamfund", "Nørreby", "Vesterløkke", "Skovhuse", "Strandkvarteret",
};

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static int
cmp_double (gconstpointer a,
            gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static char *
make_text (GRand *rand,
           gsize  bytes)
{
  GString *s = g_string_new ("Kære byråd\n\n");

  while (s->len < bytes)
    {
      int n = g_rand_int_range (rand, 8, 20);
      for (int i = 0; i < n; i++)
        {
          const char *w = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];
          if (i == 0)
            {
              g_autofree char *cap = g_utf8_strup (w, g_utf8_next_char (w) - w);
              g_string_append (s, cap);
              g_string_append (s, g_utf8_next_char (w));
            }
          else
            g_string_append_printf (s, " %s", w);
        }
      g_string_append (s, g_rand_int_range (rand, 0, 6) == 0 ? ".\n\n" : ". ");
    }
  g_string_append (s, "\nMed venlig hilsen\n");
  return g_string_free (s, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  int n = argc > 1 ? atoi (argv[1]) : 5000;
  g_autofree char *work = argc > 2 ? g_strdup (argv[2]) : g_dir_make_tmp ("bench-hearings-XXXXXX", NULL);
  g_autofree char *db_path = g_build_filename (work, "bench.db", NULL);
  g_autofree char *files_dir = g_build_filename (work, "responses", NULL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2027);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(RsHearingRound) round = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autofree char *campaign = NULL;
  GArray *latencies = g_array_new (FALSE, FALSE, sizeof (double));
  RsWhitebookOptions options = { FALSE, 5, RS_WHITEBOOK_ORDER_THEME };
  struct rusage usage;
  gint64 process_id;
  gsize total_bytes = 0;
  double t0, t_import, t_dup, t_pdf, t_html;
  int count;
  const char *parts = argc > 3 ? argv[3] : "search,groups,html,pdf";
#define WANT(part) (strstr (parts, part) != NULL)

  g_mkdir_with_parents (files_dir, 0700);
  g_unlink (db_path);
  db = rs_database_open (db_path, &error);
  g_assert_no_error (error);
  process_id = rs_sample_create (db, &error);
  g_assert_no_error (error);
  round = rs_hearing_round_store_create (db, process_id, "Benchmark", "2026-09-11", "2026-09-30", &error);
  g_assert_no_error (error);

  campaign = make_text (rand, 3000);
  for (int i = 0; i < n; i++)
    {
      gsize size = g_rand_int_range (rand, 2048, 20480);
      g_autofree char *name = g_strdup_printf ("svar-%05d.txt", i);
      char *path = g_build_filename (files_dir, name, NULL);
      g_autofree char *text = i % 10 == 0 ? g_strdup_printf ("%s\nBorger nr. %d\n", campaign, i)
                                           : make_text (rand, size);
      total_bytes += strlen (text);
      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);
  g_print ("responses: %d files, %.1f MB of text (mean %.1f KB)\n", n, total_bytes / 1048576.0,
           total_bytes / 1024.0 / MAX (n, 1));

  t0 = now ();
  count = rs_hearing_import_files (db, rs_hearing_round_get_id (round), (const char * const *) paths->pdata,
                                   NULL, NULL, NULL, &error);
  t_import = now () - t0;
  g_assert_no_error (error);
  g_print ("import: %d responses in %.2f s (%.0f responses/s)\n", count, t_import, count / t_import);

  for (int q = 0; q < 100 && WANT ("search"); q++)
    {
      g_autoptr(GListStore) hits = NULL;
      g_autofree char *query = NULL;
      const char *a = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];
      const char *b = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];
      RsResponseFilter filter = { 0 };
      double dt;

      query = q % 2 ? g_strdup_printf ("%s %s", a, b)
                    : g_utf8_substring (a, 0, MAX (3, g_utf8_strlen (a, -1) - 2));
      filter.query = query;
      /* As the Hearings page asks: previews and snippets, not whole texts. */
      filter.preview_only = TRUE;
      filter.limit = 500;
      filter.status = q % 4 == 3 ? "uncoded" : NULL;
      t0 = now ();
      hits = rs_response_store_search (db, rs_hearing_round_get_id (round), &filter, &error);
      dt = now () - t0;
      g_assert_no_error (error);
      g_array_append_val (latencies, dt);
    }
  g_array_sort (latencies, cmp_double);
  if (WANT ("search"))
  g_print ("search: median %.1f ms, p95 %.1f ms, max %.1f ms over 100 queries "
           "(500 best hits with previews, snippets for the first 100, as the GUI list asks; every response matches most queries)\n",
           g_array_index (latencies, double, 50) * 1000, g_array_index (latencies, double, 95) * 1000,
           g_array_index (latencies, double, 99) * 1000);

  if (WANT ("groups"))
    {
      /* Opening a round as the Hearings page does: round, parties, checks,
       * themes, progress, the stored groups, and the first list (no query,
       * previews). Groups are computed at import, not here. */
      gint64 round_id = rs_hearing_round_get_id (round);
      g_autoptr(GListStore) parties = NULL;
      g_autoptr(GPtrArray) warnings = NULL;
      g_auto(GStrv) themes = NULL;
      g_autoptr(GListStore) first = NULL;
      RsResponseFilter filter = { 0 };
      int analysed, total_responses;

      filter.preview_only = TRUE;
      t0 = now ();
      g_assert_cmpint (rs_response_groups_update (db, round_id, NULL, &error), ==, 0);
      parties = rs_consulted_party_store_list (db, round_id, &error);
      warnings = rs_hearing_round_check (db, round, RS_DEFAULT_MIN_HEARING_DAYS, &error);
      themes = rs_response_store_themes (db, round_id, &error);
      g_assert_true (rs_response_store_progress (db, round_id, &analysed, &total_responses, &error));
      groups = rs_response_groups_list (db, round_id, &error);
      g_assert_no_error (error);
      t_dup = now () - t0;
      first = rs_response_store_search (db, round_id, &filter, &error);
      g_assert_no_error (error);
      g_print ("open a round: %.3f s with the stored groups (%u groups, largest %u), %.3f s with the first list of %u\n",
               t_dup, groups->len,
               groups->len ? g_list_model_get_n_items (G_LIST_MODEL (((RsResponseGroup *) g_ptr_array_index (groups, 0))->members)) : 0,
               now () - t0, g_list_model_get_n_items (G_LIST_MODEL (first)));
      all = rs_response_store_list (db, round_id, &error);
      g_assert_no_error (error);
      t0 = now ();
      {
        g_autoptr(GPtrArray) again = rs_duplicates_find (G_LIST_MODEL (all), RS_DUPLICATES_DEFAULT_THRESHOLD, NULL);
        g_print ("near-duplicates recomputed from scratch (as before): %u groups (largest %u) in %.2f s\n",
                 again->len, again->len ? ((GArray *) g_ptr_array_index (again, 0))->len : 0, now () - t0);
      }
      g_clear_object (&all);
    }

  {
    g_autofree char *pdf = g_build_filename (work, "hvidbog.pdf", NULL);
    g_autofree char *html = g_build_filename (work, "hvidbog.html", NULL);
    GStatBuf st;

    t0 = now ();
    if (WANT ("html"))
      {
    g_assert_true (rs_whitebook_export (db, rs_hearing_round_get_id (round), &options, RS_DOCUMENT_FORMAT_HTML,
                                        html, NULL, NULL, NULL, &error));
    t_html = now () - t0;
    g_stat (html, &st);
    g_print ("white book HTML: %.2f s, %.1f MB\n", t_html, st.st_size / 1048576.0);
      }
    t0 = now ();
    if (WANT ("pdf"))
      {
    g_assert_true (rs_whitebook_export (db, rs_hearing_round_get_id (round), &options, RS_DOCUMENT_FORMAT_PDF,
                                        pdf, NULL, NULL, NULL, &error));
    t_pdf = now () - t0;
    g_stat (pdf, &st);
    g_print ("white book PDF: %.2f s, %.1f MB\n", t_pdf, st.st_size / 1048576.0);
      }
  }

  getrusage (RUSAGE_SELF, &usage);
  g_print ("peak memory (max RSS): %.0f MB\n", usage.ru_maxrss / 1024.0);
  g_array_unref (latencies);
  if (argc <= 2)
    {
      g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", work);
      if (system (cmd) != 0)
        g_printerr ("could not remove %s\n", work);
    }
  return 0;
}
