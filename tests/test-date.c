/* SPDX-License-Identifier: MPL-2.0 */
/* The one date parser and formatter: every form municipalities write, and
 * every way a date can be wrong. */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include <string.h>

#include "rs-date.h"

static void
test_forms (void)
{
  static const struct { const char *in, *iso; int hour, minute; } cases[] = {
    { "2026-09-19", "2026-09-19", -1, -1 },
    { "  2026-09-19 ", "2026-09-19", -1, -1 },
    { "19-09-2026", "2026-09-19", -1, -1 },
    { "19.09.2026", "2026-09-19", -1, -1 },
    { "19/09/2026", "2026-09-19", -1, -1 },
    { "19/9-2026", "2026-09-19", -1, -1 },
    { "1.2.2027", "2027-02-01", -1, -1 },
    { "29-02-2028", "2028-02-29", -1, -1 },
    { "19. september 2026", "2026-09-19", -1, -1 },
    { "den 19. sep. 2026", "2026-09-19", -1, -1 },
    { "Den 1. Maj 2026", "2026-05-01", -1, -1 },
    { "lørdag den 19. september 2026", "2026-09-19", -1, -1 },
    { "19 okt 2026", "2026-10-19", -1, -1 },
    { "September 19, 2026", "2026-09-19", -1, -1 },
    { "Fri, 18 Sep 2026 14:03:22 +0200", "2026-09-18", 14, 3 },
    { "2026-09-19 14:05", "2026-09-19", 14, 5 },
    { "2026-09-19T14:05:00+02:00", "2026-09-19", 14, 5 },
    { "2026-09-19T14:05:00.123Z", "2026-09-19", 14, 5 },
    { "19.09.2026 14.05", "2026-09-19", 14, 5 },
    { "19.09.2026 kl. 9:30", "2026-09-19", 9, 30 },
    { "19/09/2026 23:59:59", "2026-09-19", 23, 59 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;
      GDate date;
      int hour = 99, minute = 99;

      g_test_message ("%s", cases[i].in);
      g_assert_true (rs_date_parse_text (cases[i].in, &date, &hour, &minute, &error));
      g_assert_no_error (error);
      iso = rs_date_to_iso (&date);
      g_assert_cmpstr (iso, ==, cases[i].iso);
      g_assert_cmpint (hour, ==, cases[i].hour);
      g_assert_cmpint (minute, ==, cases[i].minute);
      g_clear_pointer (&iso, g_free);
      iso = rs_date_normalize (cases[i].in, NULL);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_errors (void)
{
  static const struct { const char *in, *says; } cases[] = {
    /* Issue 11: GDateDay is a byte; nothing may wrap. */
    { "257-09-2026", "has no day 257" },
    { "2026-09-257", "has no day 257" },
    { "32-09-2026", "has no day 32" },
    { "31-02-2026", "month 2 of 2026 has no day 31" },
    { "29-02-2027", "has no day 29" },
    { "0-09-2026", "has no day 0" },
    { "28-13-2026", "no month 13" },
    { "2026-00-10", "no month 0" },
    { "19. smarch 2026", "“smarch” is not a month" },
    { "2026-09-19 25:00", "25:00 is not a time of day" },
    { "2026-09-19 12:61", "12:61 is not a time of day" },
    { "28-09-2026x", "write it as 2026-09-19" },
    { "28-09-26", "write it as 2026-09-19" },
    { "19.09-2026", "write it as 2026-09-19" },
    { "09/19/2026 extra", "write it as 2026-09-19" },
    { "in September", "write it as 2026-09-19" },
    { "tomorrow", "write it as 2026-09-19" },
    { "12345678901-01-2026", "write it as 2026-09-19" },
    /* Found by fuzzing: ten digits overflowed an int while being read. */
    { "7777777777-01-2026", "write it as 2026-09-19" },
    { "Tue, 7777777777777 Sep 2026", "write it as 2026-09-19" },
    { "   ", "empty" },
    { NULL, "empty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_assert_false (rs_date_parse_text (cases[i].in, &date, NULL, NULL, &error));
      g_assert_error (error, RS_DATE_ERROR, RS_DATE_ERROR_INVALID);
      g_test_message ("%s → %s", cases[i].in, error->message);
      g_assert_nonnull (strstr (error->message, cases[i].says));
      if (cases[i].in != NULL && *g_strstrip (g_strdup (cases[i].in)) != '\0')
        g_assert_nonnull (strstr (error->message, cases[i].in));
      g_assert_null (rs_date_normalize (cases[i].in, NULL));
    }
}

static void
test_strict_iso (void)
{
  static const char * const good[] = { "2026-09-19", "2028-02-29", "0001-01-01", NULL };
  static const char * const bad[] = {
    "2026-9-19", "2026-09-1", "2026-09- 1", " 2026-09-19", "2026-09-19 ", "2026-02-30",
    "19-09-2026", "2026/09/19", "", NULL
  };

  for (guint i = 0; good[i]; i++)
    g_assert_true (rs_date_is_valid (good[i]));
  for (guint i = 0; bad[i]; i++)
    g_assert_false (rs_date_is_valid (bad[i]));
  g_assert_false (rs_date_is_valid (NULL));
  g_assert_cmpint (rs_date_days_between ("2026-09-11", "2026-09-30"), ==, 19);
  g_assert_cmpint (rs_date_days_between ("2026-09-30", "2026-09-11"), ==, -19);
  g_assert_cmpint (rs_date_days_between ("x", "2026-09-11"), ==, G_MININT);
}

static void
test_helpers (void)
{
  g_autoptr(GDateTime) utc = g_date_time_new_utc (2026, 9, 18, 23, 30, 0);
  g_autofree char *utc_day = rs_date_time_to_iso (utc);
  g_autofree char *danish_day = rs_date_time_to_local_iso (utc);
  g_autofree char *today = rs_date_today_iso ();
  GDate date;

  g_assert_cmpstr (utc_day, ==, "2026-09-18");
  /* 23:30 UTC is past midnight in Copenhagen (summer time). */
  g_assert_cmpstr (danish_day, ==, "2026-09-19");
  g_assert_true (rs_date_is_valid (today));

  g_assert_true (rs_date_set_dmy (&date, 31, 12, 2026));
  g_assert_false (rs_date_set_dmy (&date, 257, 9, 2026));
  g_assert_false (rs_date_set_dmy (&date, 1, 13, 2026));
  g_assert_false (rs_date_set_dmy (&date, 1, 1, 0));

  g_assert_cmpint (rs_date_month_from_name ("Sep."), ==, 9);
  g_assert_cmpint (rs_date_month_from_name ("marts"), ==, 3);
  g_assert_cmpint (rs_date_month_from_name ("May"), ==, 5);
  g_assert_cmpint (rs_date_month_from_name ("okt"), ==, 10);
  g_assert_cmpint (rs_date_month_from_name ("ma"), ==, 0);
  g_assert_cmpint (rs_date_month_from_name ("smarch"), ==, 0);
}

static void
test_report_format (void)
{
  static const struct { const char *iso, *language, *text; } cases[] = {
    { "2026-09-11", "da", "11. september 2026" },
    { "2026-09-11", "da_DK.UTF-8", "11. september 2026" },
    { "2027-01-02", "da", "2. januar 2027" },
    { "2026-09-11", "en", "11 September 2026" },
    { "2027-05-31", "en_GB", "31 May 2027" },
    { "2027-05-31", NULL, "31 May 2027" },
    { "2027-02-30", "da", NULL },
    { "19.09.2026", "da", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rs_date_format_report (cases[i].iso, cases[i].language);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* A stored moment in Danish time and the user's words: in the test
 * setup's locale, English or Danish (meson test --setup danish). */
static void
test_moment_format (void)
{
  gboolean danish = g_str_has_prefix (setlocale (LC_MESSAGES, NULL), "da");
  g_autofree char *winter = NULL;
  g_autofree char *summer = NULL;

  /* The messages as the app has them (the other tests here read the
   * untranslated ones). */
  g_assert_nonnull (g_getenv ("RAADSLAG_LOCALEDIR"));
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RAADSLAG_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  winter = rs_date_time_format_long ("2026-02-20T10:00:00Z");
  summer = rs_date_time_format_long ("2026-06-30T22:30:00+00:00");

  g_assert_cmpstr (winter, ==, danish ? "20. februar 2026 kl. 11:00" : "20 February 2026 at 11:00");
  /* Past midnight in Denmark: the next day. */
  g_assert_cmpstr (summer, ==, danish ? "1. juli 2026 kl. 00:30" : "1 July 2026 at 00:30");
  g_assert_null (rs_date_time_format_long ("2026-02-20"));
  g_assert_null (rs_date_time_format_long (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date/parse/forms", test_forms);
  g_test_add_func ("/date/parse/errors", test_errors);
  g_test_add_func ("/date/parse/strict-iso", test_strict_iso);
  g_test_add_func ("/date/helpers", test_helpers);
  g_test_add_func ("/date/format/report", test_report_format);
  g_test_add_func ("/date/format/moment", test_moment_format);
  return g_test_run ();
}
