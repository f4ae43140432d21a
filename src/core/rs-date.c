/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-date"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "rs-catalog.h"
#include "rs-date.h"

gboolean
rs_date_parse (const char *iso,
               GDate      *out)
{
  unsigned y, m, d;
  char tail;

  if (iso == NULL || sscanf (iso, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3 ||
      strlen (iso) != 10)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

gboolean
rs_date_is_valid (const char *iso)
{
  GDate d;
  return rs_date_parse (iso, &d);
}

char *
rs_date_to_iso (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* Days from @from_iso to @to_iso (negative when @to_iso is earlier), or
 * G_MININT when either is missing or invalid. */
int
rs_date_days_between (const char *from_iso,
                      const char *to_iso)
{
  GDate a, b;

  if (!rs_date_parse (from_iso, &a) || !rs_date_parse (to_iso, &b))
    return G_MININT;
  return g_date_days_between (&a, &b);
}

/* A date in the user's locale, e.g. "10 September 2027"; while a report
 * is built (a catalog pushed on this thread), in the report's language:
 * "10. september 2027" in Danish, "10 September 2027" otherwise. */
char *
rs_date_format_long (const char *iso)
{
  static const char *const danish[] = {
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
    "september", "oktober", "november", "december",
  };
  static const char *const english[] = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
  };
  RsCatalog *report = rs_catalog_get_thread_default ();
  GDate d;
  g_autoptr(GDateTime) dt = NULL;

  if (!rs_date_parse (iso, &d))
    return NULL;
  if (report != NULL)
    {
      gboolean da = g_str_has_prefix (rs_catalog_get_language (report), "da");
      int month = g_date_get_month (&d) - 1;

      return g_strdup_printf (da ? "%d. %s %d" : "%d %s %d", g_date_get_day (&d),
                              da ? danish[month] : english[month], g_date_get_year (&d));
    }
  dt = g_date_time_new_local (g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d),
                              12, 0, 0);
  /* TRANSLATORS: a date as g_date_time_format() writes it, e.g. "11 September
   * 2026"; Danish writes "11. september 2026". */
  return g_date_time_format (dt, C_("long date", "%-d %B %Y"));
}
