/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-import"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rs-date.h"
#include "rs-hearing-import.h"

/* A letter's date (in its head or foot) and the name signed under its
 * closing. */

/* A plausible letter date (1990 to 2200; "26" is 2026), or NULL. */
static char *
iso_if_valid (int d,
              int m,
              int y)
{
  GDate date;

  if (y < 100)
    y += 2000;
  if (y < 1990 || y > 2200 || !rs_date_set_dmy (&date, d, m, y))
    return NULL;
  return rs_date_to_iso (&date);
}

/* The forms a letter's date takes, tried in this order; the groups that
 * hold the day, the month (a number or a name) and the year. */
static const struct
{
  const char *pattern;
  int         day, month, year;
  gboolean    any_year;  /* an ISO date is taken as it is */
} letter_dates[] = {
  { "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", 3, 2, 1, TRUE },
  { "\\b(\\d{1,2})\\.?\\s*(\\p{L}{3,9}\\.?)\\s+(\\d{4})\\b", 1, 2, 3, FALSE },
  { "\\b(\\p{L}{3,9})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", 2, 1, 3, FALSE },
  { "(?<![\\d.,/-])(\\d{1,2})\\s?[./-]\\s?(\\d{1,2})\\s?[./-]\\s?(\\d{4}|\\d{2})(?![\\d]|[.,]\\d)",
    1, 2, 3, FALSE },
};

/* The first date on @line, or NULL. */
static char *
date_in_line (const char *line)
{
  static GRegex *regexes[G_N_ELEMENTS (letter_dates)];
  static gsize compiled;

  if (g_once_init_enter (&compiled))
    {
      for (guint i = 0; i < G_N_ELEMENTS (letter_dates); i++)
        regexes[i] = g_regex_new (letter_dates[i].pattern, G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&compiled, 1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (letter_dates); i++)
    {
      g_autoptr(GMatchInfo) info = NULL;

      if (!g_regex_match (regexes[i], line, 0, &info))
        continue;
      do
        {
          g_autofree char *d = g_match_info_fetch (info, letter_dates[i].day);
          g_autofree char *m = g_match_info_fetch (info, letter_dates[i].month);
          g_autofree char *y = g_match_info_fetch (info, letter_dates[i].year);
          int month = g_ascii_isdigit (*m) ? atoi (m) : rs_date_month_from_name (m);
          GDate date;

          if (letter_dates[i].any_year && rs_date_set_dmy (&date, atoi (d), month, atoi (y)))
            return rs_date_to_iso (&date);
          if (!letter_dates[i].any_year && month > 0)
            {
              char *out = iso_if_valid (atoi (d), month, atoi (y));
              if (out != NULL)
                return out;
            }
        }
      while (g_match_info_next (info, NULL));
    }
  return NULL;
}

#define LETTER_EDGE_LINES 8

char *
rs_hearing_find_letter_date (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  g_autoptr(GPtrArray) content = g_ptr_array_new ();
  guint n;

  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (content, lines[i]);
  n = content->len;
  /* A letter is dated in its head or by its signature; dates in the body
   * are about other things. */
  for (guint i = 0; i < MIN (n, LETTER_EDGE_LINES); i++)
    {
      char *date = date_in_line (g_ptr_array_index (content, i));
      if (date)
        return date;
    }
  for (guint i = n; i > MAX (LETTER_EDGE_LINES, n > LETTER_EDGE_LINES ? n - LETTER_EDGE_LINES : 0); i--)
    {
      char *date = date_in_line (g_ptr_array_index (content, i - 1));
      if (date)
        return date;
    }
  return NULL;
}

static const char * const closings[] = {
  "med venlig hilsen", "med venlige hilsner", "venlig hilsen", "venlige hilsner",
  "de bedste hilsner", "bedste hilsner", "mange hilsner", "kærlig hilsen", "hilsen", "hilsner",
  "mvh.", "mvh", "vh.", "vh", "på vegne af", "p.v.a.", "kind regards", "best regards",
  "yours sincerely", "sincerely", "regards", NULL
};

static gboolean
plausible_name (const char *line)
{
  glong n = g_utf8_strlen (line, -1);
  int letters = 0, digits = 0;

  if (n < 2 || n > 80 || strchr (line, '@') != NULL || strstr (line, "://") != NULL)
    return FALSE;
  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalpha (c))
        letters++;
      else if (g_unichar_isdigit (c))
        digits++;
    }
  return letters >= 2 && digits <= 2 && g_unichar_isupper (g_utf8_get_char (line));
}

char *
rs_hearing_find_signature (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  guint n = g_strv_length (lines);

  for (guint i = n; i > 0; i--)
    {
      char *line = g_strstrip (lines[i - 1]);
      g_autofree char *lower = g_utf8_strdown (line, -1);

      for (guint c = 0; closings[c] != NULL; c++)
        {
          gsize len = strlen (closings[c]);
          const char *rest;

          if (!g_str_has_prefix (lower, closings[c]))
            continue;
          rest = line + len;
          if (*rest != '\0' && *rest != ',' && *rest != ' ' && *rest != '.' && *rest != '!')
            continue;
          while (*rest == ',' || *rest == ' ' || *rest == '.' || *rest == '!')
            rest++;
          /* "Mvh. Carla Holm" on the closing line, else the next line that says something. */
          if (*rest == '\0')
            for (guint j = i; lines[j] != NULL; j++)
              {
                rest = g_strstrip (lines[j]);
                if (*rest != '\0')
                  break;
              }
          if (rest != NULL && *rest != '\0')
            {
              g_autofree char *name = g_strdup (rest);
              char *comma = strchr (name, ',');
              if (comma != NULL && comma != name)
                *comma = '\0';
              g_strstrip (name);
              if (plausible_name (name))
                return g_steal_pointer (&name);
            }
          return NULL;
        }
    }
  return NULL;
}
