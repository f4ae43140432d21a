/* SPDX-License-Identifier: MPL-2.0 */
/* What the Meetings page does with the public registrations of a process
 * (bench/run-open-meetings.sh leaves such a database when KEEP=DIR is set):
 * loads them all as the live list does after every change, filters them to
 * one meeting and searches them as the view's filter does, and loads the
 * representation. Prints the median of 9 runs of each.
 * Usage: bench-open-registrations DATABASE [PROCESS_ID] */
#include "config.h"

#include <string.h>

#include "rs-open-meeting-store.h"
#include "rs-open-representation.h"

static int
compare (gconstpointer a,
         gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *v)
{
  qsort (v, 9, sizeof *v, compare);
  return v[4];
}

static gboolean
matches (RsOpenRegistration *r,
         gint64              session,
         const char         *needle)
{
  const char *fields[] = { rs_open_registration_get_name (r), rs_open_registration_get_pseudonym (r),
                           rs_open_registration_get_email (r), rs_open_registration_get_district (r) };

  if (rs_open_registration_get_session_id (r) != session)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *folded = g_utf8_casefold (fields[i], -1);
      if (strstr (folded, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  gint64 process = argc > 2 ? g_ascii_strtoll (argv[2], NULL, 10) : 1;
  double load[9], filter[9], repr[9];
  guint n = 0, shown = 0;
  gint64 session = 0;

  if (argc < 2)
    {
      g_printerr ("Usage: bench-open-registrations DATABASE [PROCESS_ID]\n");
      return 2;
    }
  if ((db = rs_database_open (argv[1], &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (int run = 0; run < 9; run++)
    {
      g_autoptr(GListStore) all = NULL;
      g_autoptr(RsOpenRepresentation) r = NULL;

      g_timer_start (timer);
      all = rs_open_meeting_store_list (db, process, &error);
      load[run] = g_timer_elapsed (timer, NULL);
      if (all == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      n = g_list_model_get_n_items (G_LIST_MODEL (all));
      if (n == 0)
        {
          g_printerr ("The process has no public registrations.\n");
          return 1;
        }
      if (session == 0)
        {
          g_autoptr(RsOpenRegistration) first = g_list_model_get_item (G_LIST_MODEL (all), 0);
          session = rs_open_registration_get_session_id (first);
        }
      g_timer_start (timer);
      shown = 0;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RsOpenRegistration) reg = g_list_model_get_item (G_LIST_MODEL (all), i);
          shown += matches (reg, session, "hansen");
        }
      filter[run] = g_timer_elapsed (timer, NULL);
      g_timer_start (timer);
      r = rs_open_representation_load (db, 0, session, NULL);
      repr[run] = g_timer_elapsed (timer, NULL);
    }
  g_print ("public registrations of the process: %u\n", n);
  g_print ("live list load (all of them, with names and other meetings): %.1f ms\n", 1000 * median (load));
  g_print ("filter to one meeting and search \"hansen\" (%u shown): %.2f ms\n", shown, 1000 * median (filter));
  g_print ("representation of one meeting: %.1f ms\n", 1000 * median (repr));
  return 0;
}
