/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RS_DATE_ERROR (rs_date_error_quark ())

typedef enum
{
  RS_DATE_ERROR_INVALID,
} RsDateError;

/* Calendar dates are kept as ISO 8601 strings ("2027-09-10") everywhere.
 * This module is the one place that reads and writes them. */
GQuark    rs_date_error_quark     (void);
/* Strict ISO: exactly YYYY-MM-DD, a real day. */
gboolean  rs_date_is_valid        (const char *iso);
gboolean  rs_date_parse           (const char *iso,
                                   GDate      *out);
char     *rs_date_to_iso          (const GDate *date);
/* Today's date in the local time zone, as ISO. */
char     *rs_date_today_iso       (void);
/* The calendar day of @dt where it is (its own time zone), as ISO. */
char     *rs_date_time_to_iso     (GDateTime  *dt);
/* The calendar day of @dt in Denmark (Europe/Copenhagen, else the local
 * zone), as ISO: for times from mail, PDF and file metadata. */
char     *rs_date_time_to_local_iso (GDateTime *dt);
int       rs_date_days_between    (const char *from_iso,
                                   const char *to_iso);
/* A day, month and year checked before they become a date: GDateDay is a
 * byte, so day 257 would otherwise wrap to 1. FALSE when out of range. */
gboolean  rs_date_set_dmy         (GDate      *out,
                                   int         day,
                                   int         month,
                                   int         year);
/* 1..12 for a Danish or English month name or its abbreviation of at least
 * three letters ("sep.", "Oktober", "maj"), else 0. */
int       rs_date_month_from_name (const char *word);

/* The one parser for dates as municipalities write them:
 *   2026-09-19, 19-09-2026, 19.09.2026, 19/09/2026, 19/9-2026,
 *   "19. september 2026", "den 19. sep. 2026", "lørdag den 19. september
 *   2026", "September 19, 2026",
 * each optionally followed by a time ("14:05", "14.05", "kl. 14:05",
 * "T14:05:00+02:00", "14:05:00 Z"). Nothing wraps: "257-09-2026" and
 * "31-02-2026" are errors that say what is wrong. @hour and @minute (may
 * be NULL) receive the time, or -1 when none is given. */
gboolean  rs_date_parse_text      (const char *text,
                                   GDate      *out,
                                   int        *hour,
                                   int        *minute,
                                   GError    **error);
/* The date in @text (any form rs_date_parse_text() reads) as ISO, or NULL
 * with an RS_DATE_ERROR. */
char     *rs_date_normalize       (const char *text,
                                   GError    **error);

/* A date in words in @language ("da…": "11. september 2026", else
 * "11 September 2026"); NULL when @iso is not a date. */
char     *rs_date_format_report   (const char *iso,
                                   const char *language);
/* A date in the user's locale; while a report is built (a catalog pushed
 * on this thread), in the report's language (rs_date_format_report()). */
char     *rs_date_format_long     (const char *iso);
/* A stored moment ("2026-02-20T10:00:00Z") in Danish time, in the user's
 * words: "20 February 2026 at 11:00"; NULL when it is no such moment. */
char     *rs_date_time_format_long (const char *timestamp);

G_END_DECLS
