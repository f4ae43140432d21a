/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-date"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include <glib/gi18n.h>

#include "rs-catalog.h"
#include "rs-date.h"

G_DEFINE_QUARK (rs-date-error-quark, rs_date_error)

static const char * const months_da[] = {
  "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
  "oktober", "november", "december",
};
static const char * const months_en[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
};
static const char * const weekdays[] = {
  "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

gboolean
rs_date_set_dmy (GDate *out,
                 int    day,
                 int    month,
                 int    year)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* Reads exactly @n digits at *@p, or when @n is 0 all digits there (at
 * most 9). */
static gboolean
read_number (const char **p,
             guint        n,
             int         *out)
{
  const char *q = *p;
  gint64 value = 0;  /* ten digits are read to find too long a number */
  guint count = 0;

  while (g_ascii_isdigit (*q) && count < (n ? n : 10))
    {
      value = value * 10 + (*q - '0');
      q++;
      count++;
    }
  if (count == 0 || count > 9 || (n != 0 && count != n))
    return FALSE;
  *p = q;
  *out = (int) value;
  return TRUE;
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;
  return p;
}

/* A word of letters at *@p (moved past it and one '.'), or NULL. */
static char *
read_word (const char **p)
{
  const char *q = *p;
  char *word;

  while (*q != '\0' && g_unichar_isalpha (g_utf8_get_char (q)))
    q = g_utf8_next_char (q);
  if (q == *p)
    return NULL;
  word = g_strndup (*p, q - *p);
  if (*q == '.')
    q++;
  *p = q;
  return word;
}

int
rs_date_month_from_name (const char *word)
{
  g_autofree char *lower = g_utf8_strdown (word ? word : "", -1);
  gsize len = strlen (lower);

  if (len > 0 && lower[len - 1] == '.')
    lower[--len] = '\0';
  if (g_utf8_strlen (lower, -1) < 3)
    return 0;
  for (int m = 0; m < 12; m++)
    {
      g_autofree char *en = g_ascii_strdown (months_en[m], -1);
      if (g_str_has_prefix (months_da[m], lower) || g_str_has_prefix (en, lower))
        return m + 1;
    }
  return 0;
}

static gboolean
is_weekday (const char *word)
{
  if (g_utf8_strlen (word, -1) < 3)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (weekdays); i++)
    if (g_str_has_prefix (weekdays[i], word))
      return TRUE;
  return FALSE;
}

/* An optional time after a date: "14:05", "14.05", "kl. 14:05",
 * "14:05:30.5", then an optional zone ("Z", "+02:00", "+0200", "UTC"). */
static gboolean
read_time (const char **p,
           int         *hour,
           int         *minute)
{
  const char *q = *p;
  int h, m, sec;

  if (g_str_has_prefix (q, "kl"))
    {
      q += 2;
      if (*q == '.')
        q++;
      q = skip_spaces (q);
    }
  if (!read_number (&q, 0, &h) || (*q != ':' && *q != '.'))
    return FALSE;
  q++;
  if (!read_number (&q, 2, &m))
    return FALSE;
  if (*q == ':')
    {
      q++;
      if (!read_number (&q, 2, &sec) || sec > 60)
        return FALSE;
      if (*q == '.' || *q == ',')
        {
          q++;
          if (!read_number (&q, 0, &sec))
            return FALSE;
        }
    }
  *hour = h;
  *minute = m;
  q = skip_spaces (q);
  if (*q == 'z')
    q++;
  else if (g_str_has_prefix (q, "utc") || g_str_has_prefix (q, "gmt") || g_str_has_prefix (q, "cet"))
    {
      q += 3;
      if (*q == 's')
        q++;
      if (*q == 't')
        q++;
    }
  else if (*q == '+' || *q == '-')
    {
      int zh, zm = 0;
      q++;
      if (!read_number (&q, 2, &zh))
        return FALSE;
      if (*q == ':')
        q++;
      if (g_ascii_isdigit (*q) && !read_number (&q, 2, &zm))
        return FALSE;
      if (zh > 14 || zm > 59)
        return FALSE;
    }
  *p = q;
  return TRUE;
}

static gboolean
fail (GError    **error,
      const char *text)
{
  g_set_error (error, RS_DATE_ERROR, RS_DATE_ERROR_INVALID,
               _("“%s” is not a date; write it as 2026-09-19 or 19-09-2026."), text);
  return FALSE;
}

gboolean
rs_date_parse_text (const char *text,
                    GDate      *out,
                    int        *hour,
                    int        *minute,
                    GError    **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *t = g_utf8_strdown (stripped, -1);
  const char *p = t;
  int day = 0, month = 0, year = 0, h = -1, min = -1;

  if (*t == '\0')
    {
      g_set_error_literal (error, RS_DATE_ERROR, RS_DATE_ERROR_INVALID, _("The date is empty."));
      return FALSE;
    }
  if (!g_utf8_validate (t, -1, NULL))
    return fail (error, stripped);

  /* "lørdag den 19. september 2026", "Fri, 19 Sep 2026" */
  if (!g_ascii_isdigit (*p))
    {
      const char *q = p;
      g_autofree char *word = read_word (&q);
      if (word != NULL && is_weekday (word))
        {
          p = skip_spaces (*q == ',' ? q + 1 : q);
          q = p;
          g_clear_pointer (&word, g_free);
          word = read_word (&q);
        }
      if (word != NULL && g_str_equal (word, "den"))
        p = skip_spaces (q);
    }

  if (g_ascii_isdigit (*p))
    {
      const char *start = p;
      int a;

      if (!read_number (&p, 0, &a))
        return fail (error, stripped);
      if (p - start == 4 && *p == '-')
        {
          /* ISO: 2026-09-19 */
          year = a;
          p++;
          if (!read_number (&p, 0, &month) || *p != '-')
            return fail (error, stripped);
          p++;
          if (!read_number (&p, 0, &day))
            return fail (error, stripped);
        }
      else if ((*p == '-' || *p == '.' || *p == '/') && g_ascii_isdigit (p[1]))
        {
          /* 19-09-2026, 19.09.2026, 19/09/2026, 19/9-2026 */
          char s1 = *p++, s2;
          day = a;
          if (!read_number (&p, 0, &month))
            return fail (error, stripped);
          s2 = *p;
          if (!(s2 == s1 || (s1 == '/' && s2 == '-')))
            return fail (error, stripped);
          p++;
          start = p;
          if (!read_number (&p, 0, &year) || p - start != 4)
            return fail (error, stripped);
        }
      else
        {
          /* 19. september 2026, 19 sep 2026 */
          g_autofree char *word = NULL;
          day = a;
          if (*p == '.')
            p++;
          p = skip_spaces (p);
          word = read_word (&p);
          if (word == NULL)
            return fail (error, stripped);
          month = rs_date_month_from_name (word);
          if (month == 0)
            {
              g_set_error (error, RS_DATE_ERROR, RS_DATE_ERROR_INVALID,
                           _("“%s” is not a date: “%s” is not a month."), stripped, word);
              return FALSE;
            }
          p = skip_spaces (p);
          if (*p == ',')
            p = skip_spaces (p + 1);
          start = p;
          if (!read_number (&p, 0, &year) || p - start != 4)
            return fail (error, stripped);
        }
    }
  else
    {
      /* September 19, 2026 */
      g_autofree char *word = read_word (&p);
      const char *start;

      if (word == NULL || (month = rs_date_month_from_name (word)) == 0)
        return fail (error, stripped);
      p = skip_spaces (p);
      if (!read_number (&p, 0, &day))
        return fail (error, stripped);
      if (*p == ',')
        p++;
      p = skip_spaces (p);
      start = p;
      if (!read_number (&p, 0, &year) || p - start != 4)
        return fail (error, stripped);
    }

  /* A time, after a space, "T" or ", kl." */
  if (*p == ',')
    p++;
  if (*p == 't' && g_ascii_isdigit (p[1]))
    p++;
  p = skip_spaces (p);
  if (*p != '\0' && !read_time (&p, &h, &min))
    return fail (error, stripped);
  p = skip_spaces (p);
  if (*p != '\0')
    return fail (error, stripped);

  if (month < 1 || month > 12)
    {
      g_set_error (error, RS_DATE_ERROR, RS_DATE_ERROR_INVALID,
                   _("“%s” is not a date: there is no month %d."), stripped, month);
      return FALSE;
    }
  if (year < 1000 || year > 9999)
    return fail (error, stripped);
  if (!rs_date_set_dmy (out, day, month, year))
    {
      g_set_error (error, RS_DATE_ERROR, RS_DATE_ERROR_INVALID,
                   _("“%s” is not a date: month %d of %d has no day %d."), stripped, month, year, day);
      return FALSE;
    }
  if (h > 23 || min > 59)
    {
      g_set_error (error, RS_DATE_ERROR, RS_DATE_ERROR_INVALID,
                   _("“%s”: %d:%02d is not a time of day."), stripped, h, min);
      return FALSE;
    }
  if (hour != NULL)
    *hour = h;
  if (minute != NULL)
    *minute = min;
  return TRUE;
}

char *
rs_date_normalize (const char *text,
                   GError    **error)
{
  GDate date;

  if (!rs_date_parse_text (text, &date, NULL, NULL, error))
    return NULL;
  return rs_date_to_iso (&date);
}

gboolean
rs_date_parse (const char *iso,
               GDate      *out)
{
  const char *p = iso;
  int y, m, d;

  if (iso == NULL || strlen (iso) != 10 || !read_number (&p, 4, &y) || *p++ != '-' ||
      !read_number (&p, 2, &m) || *p++ != '-' || !read_number (&p, 2, &d) || *p != '\0')
    return FALSE;
  return rs_date_set_dmy (out, d, m, y);
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

char *
rs_date_time_to_iso (GDateTime *dt)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_time_get_year (dt),
                          g_date_time_get_month (dt), g_date_time_get_day_of_month (dt));
}

/* Danish time, read once: a mail import asks for it per message, and
 * reading the zone file each time was a tenth of an import's work. */
static GTimeZone *
danish_time_zone (void)
{
  static GTimeZone *zone;

  if (g_once_init_enter (&zone))
    {
      GTimeZone *tz = g_time_zone_new_identifier ("Europe/Copenhagen");

      g_once_init_leave (&zone, tz ? tz : g_time_zone_new_local ());
    }
  return zone;
}

char *
rs_date_time_to_local_iso (GDateTime *dt)
{
  g_autoptr(GDateTime) local = NULL;

  local = g_date_time_to_timezone (dt, danish_time_zone ());
  return rs_date_time_to_iso (local);
}

char *
rs_date_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return rs_date_time_to_iso (now);
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

char *
rs_date_format_report (const char *iso,
                       const char *language)
{
  GDate d;
  int month;

  if (!rs_date_parse (iso, &d))
    return NULL;
  month = g_date_get_month (&d) - 1;
  if (language != NULL && g_str_has_prefix (language, "da"))
    return g_strdup_printf ("%d. %s %d", g_date_get_day (&d), months_da[month], g_date_get_year (&d));
  return g_strdup_printf ("%d %s %d", g_date_get_day (&d), months_en[month], g_date_get_year (&d));
}

/* A date in the user's locale, e.g. "10 September 2027"; while a report
 * is built (a catalog pushed on this thread), in the report's language. */
char *
rs_date_format_long (const char *iso)
{
  RsCatalog *report = rs_catalog_get_thread_default ();
  GDate d;
  g_autoptr(GDateTime) dt = NULL;

  if (report != NULL)
    return rs_date_format_report (iso, rs_catalog_get_language (report));
  if (!rs_date_parse (iso, &d))
    return NULL;
  dt = g_date_time_new_local (g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d),
                              12, 0, 0);
  /* TRANSLATORS: a date as g_date_time_format() writes it, e.g. "11 September
   * 2026"; Danish writes "11. september 2026". */
  return g_date_time_format (dt, C_("long date", "%-d %B %Y"));
}

/* A moment stored as ISO 8601 with its zone (e.g. "2026-02-20T10:00:00Z"),
 * in Danish time and in the user's words: "20 February 2026 at 11:00"; NULL
 * when @timestamp is no such moment. */
char *
rs_date_time_format_long (const char *timestamp)
{
  g_autoptr(GDateTime) dt = timestamp ? g_date_time_new_from_iso8601 (timestamp, danish_time_zone ()) : NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *clock = NULL;

  if (dt == NULL)
    return NULL;
  local = g_date_time_to_timezone (dt, danish_time_zone ());
  day = rs_date_time_to_iso (local);
  date = rs_date_format_long (day);
  clock = g_date_time_format (local, "%H:%M");
  /* TRANSLATORS: a date and a time of day, e.g. "20 February 2026 at 11:00";
   * Danish writes "20. februar 2026 kl. 11:00". */
  return g_strdup_printf (C_("date and time", "%s at %s"), date, clock);
}
