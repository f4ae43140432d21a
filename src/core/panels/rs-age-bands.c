/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-age-bands"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "rs-age-bands.h"
#include "rs-date.h"

/* Reads digits at *p; advances it. -1 when there are none. */
static int
read_number (const char **p)
{
  int n = 0, digits = 0;

  while (g_ascii_isdigit (**p) && digits < 9)
    {
      n = n * 10 + (**p - '0');
      (*p)++;
      digits++;
    }
  return digits ? n : -1;
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t' || g_str_has_prefix (p, "\xc2\xa0"))
    p += *p == ' ' || *p == '\t' ? 1 : 2;
  return p;
}

/* What may follow a band: a unit, nothing else. */
static gboolean
only_unit (const char *p)
{
  static const char * const units[] = { "", "år", "aar", "years", "year", "yrs", "y", "å", NULL };
  g_autofree char *rest = g_utf8_casefold (skip_spaces (p), -1);

  g_strstrip (rest);
  return g_strv_contains (units, rest);
}

gboolean
rs_age_band_parse (const char *name,
                   int        *lo,
                   int        *hi)
{
  g_autofree char *folded = NULL;
  const char *p;
  int a, b;

  if (name == NULL)
    return FALSE;
  folded = g_utf8_casefold (name, -1);
  g_strstrip (folded);
  p = folded;
  if (g_str_has_prefix (p, "under "))
    {
      p += 6;
      if ((b = read_number (&p)) <= 0 || !only_unit (p))
        return FALSE;
      *lo = 0;
      *hi = b - 1;
      return TRUE;
    }
  if ((a = read_number (&p)) < 0)
    return FALSE;
  p = skip_spaces (p);
  if (*p == '+')
    {
      if (!only_unit (p + 1))
        return FALSE;
      *lo = a;
      *hi = G_MAXINT;
      return TRUE;
    }
  if (*p == '-' || g_str_has_prefix (p, "–") || g_str_has_prefix (p, "—"))
    {
      p += *p == '-' ? 1 : strlen ("–");
      p = skip_spaces (p);
      if ((b = read_number (&p)) < a || !only_unit (p))
        return FALSE;
      *lo = a;
      *hi = b;
      return TRUE;
    }
  /* "75 år og derover", "75 og ældre", "75 years or over", "75 and over" */
  for (const char * const *tail = (const char * const[]) {
         "år og derover", "år og ældre", "og derover", "og ældre", "years or over", "years and over",
         "years or older", "or over", "and over", "or older", NULL }; *tail; tail++)
    if (g_str_equal (p, *tail))
      {
        *lo = a;
        *hi = G_MAXINT;
        return TRUE;
      }
  return FALSE;
}

static int
years_between (const GDate *born,
               const GDate *on)
{
  int years = g_date_get_year (on) - g_date_get_year (born);

  if (g_date_get_month (on) < g_date_get_month (born) ||
      (g_date_get_month (on) == g_date_get_month (born) && g_date_get_day (on) < g_date_get_day (born)))
    years--;
  return years;
}

/* The age on @on of someone born on day/month/year, or -1 when that is not
 * a date (nothing wraps: see rs_date_set_dmy()) or lies after @on. */
static int
age_from_date (int          day,
               int          month,
               int          year,
               const GDate *on)
{
  GDate born;

  if (!rs_date_set_dmy (&born, day, month, year) || g_date_compare (&born, on) > 0)
    return -1;
  return years_between (&born, on);
}

/* The CPR number's century from its 7th digit (the first of the serial
 * number) and the two-digit year. */
static int
cpr_year (int yy,
          int seventh)
{
  if (seventh <= 3)
    return 1900 + yy;
  if (seventh == 4 || seventh == 9)
    return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

gboolean
rs_looks_like_cpr (const char *cell)
{
  g_autofree char *text = g_strstrip (g_strdup (cell ? cell : ""));
  gsize len = strlen (text);
  int dd, mm;

  if (!(len == 10 || (len == 11 && text[6] == '-')))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!(g_ascii_isdigit (text[i]) || (i == 6 && len == 11)))
      return FALSE;
  dd = (text[0] - '0') * 10 + text[1] - '0';
  mm = (text[2] - '0') * 10 + text[3] - '0';
  return dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12;
}

int
rs_age_from_cell (const char  *cell,
                  const GDate *on)
{
  g_autofree char *text = g_strstrip (g_strdup (cell ? cell : ""));
  const char *p = text;
  GDate born;
  int a;
  gsize len = strlen (text);

  if (len == 0)
    return -1;
  /* CPR-like: ddmmyy-xxxx or ddmmyyxxxx */
  if ((len == 11 && text[6] == '-') || len == 10)
    {
      gboolean digits = TRUE;
      for (gsize i = 0; i < len; i++)
        if (i != 6 || len == 10)
          digits = digits && g_ascii_isdigit (text[i]);
      if (digits && (len == 10 || text[6] == '-'))
        {
          int dd = (text[0] - '0') * 10 + text[1] - '0';
          int mm = (text[2] - '0') * 10 + text[3] - '0';
          int yy = (text[4] - '0') * 10 + text[5] - '0';
          int seventh = text[len == 11 ? 7 : 6] - '0';
          int age = age_from_date (dd, mm, cpr_year (yy, seventh), on);
          if (age >= 0)
            return age;
        }
    }
  if ((a = read_number (&p)) < 0)
    return -1;
  /* Years: "34", "34 år" */
  if (only_unit (p) && a < 130)
    return a;
  /* Dates in any form the date module reads ("1990-05-17", "17.05.1990",
   * "17/5-1990"), with a time as spreadsheets add it ("17-05-1990 00:00"). */
  if (!rs_date_parse_text (text, &born, NULL, NULL, NULL))
    return -1;
  return age_from_date (g_date_get_day (&born), g_date_get_month (&born), g_date_get_year (&born), on);
}

gboolean
rs_category_is_age_bands (RsCategory *category)
{
  guint bands = 0;

  for (guint v = 0; v < category->values->len; v++)
    {
      RsCategoryValue *value = g_ptr_array_index (category->values, v);
      int lo, hi;

      if (rs_age_band_parse (value->name, &lo, &hi) || (value->code && rs_age_band_parse (value->code, &lo, &hi)))
        bands++;
    }
  return bands >= 2;
}

RsCategoryValue *
rs_category_age_value (RsCategory *category,
                       int         age)
{
  for (guint v = 0; age >= 0 && v < category->values->len; v++)
    {
      RsCategoryValue *value = g_ptr_array_index (category->values, v);
      int lo, hi;

      if ((rs_age_band_parse (value->name, &lo, &hi) || (value->code && rs_age_band_parse (value->code, &lo, &hi)))
          && age >= lo && age <= hi)
        return value;
    }
  return NULL;
}

RsCategoryValue *
rs_category_band_value (RsCategory *category,
                        int         lo,
                        int         hi)
{
  for (guint v = 0; v < category->values->len; v++)
    {
      RsCategoryValue *value = g_ptr_array_index (category->values, v);
      int a, b;

      if ((rs_age_band_parse (value->name, &a, &b) || (value->code && rs_age_band_parse (value->code, &a, &b)))
          && a == lo && b == hi)
        return value;
    }
  return NULL;
}
