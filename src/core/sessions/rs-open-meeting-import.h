/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-progress.h"

G_BEGIN_DECLS

/* What an import of registration forms did. */
typedef struct
{
  guint      rows;        /* form rows read */
  guint      added;       /* registrations added */
  guint      already;     /* rows imported before (the same file again) */
  guint      waiting;     /* of the added, on the waiting list */
  guint      review;      /* of the added, flagged for review */
  guint      duplicates;  /* of the added, flagged as (possible) duplicates in the meeting */
  guint      across;      /* of the added, participants registered for other meetings too */
  GPtrArray *notes;       /* char *: "file:line:column: why the row was flagged" */
} RsRegistrationImportReport;

RsRegistrationImportReport *rs_registration_import_report_new  (void);
void                        rs_registration_import_report_free (RsRegistrationImportReport *report);

/* Imports the CSV exports of a registration web form into @session_id:
 * a header row naming the columns (Danish or English: "Navn", "E-mail",
 * "Telefon", "Alder", "Bydel", "Hvordan hørte du om mødet?", "Første
 * gang?", "Tidspunkt"…; only the name is required), ',' ';' or tab, UTF-8
 * with or without a byte-order mark or Windows-1252, any line ends;
 * timestamps as rs_date_parse_text() reads them ("03-09-2019 14:22").
 * Every file is read before anything is stored, then all in one
 * transaction: a broken file (or cancelling) changes nothing. An odd row
 * (an age, district, first-time answer, timestamp or e-mail that cannot be
 * read, a short row, no name) is imported and flagged for review with a
 * note naming file, line and column. A row imported before (same
 * content) is skipped, so importing a file again (or a longer export of
 * the same form) doubles nothing. @progress (may be NULL) is called on
 * the calling thread. */
gboolean rs_open_meeting_import          (RsDatabase                 *db,
                                          gint64                      session_id,
                                          const char * const         *paths,
                                          RsProgressFunc              progress,
                                          gpointer                    progress_data,
                                          RsRegistrationImportReport *report,
                                          GCancellable               *cancellable,
                                          GError                    **error);
/* The same on the database thread; @progress runs on the caller's
 * context. The finish returns the report, or NULL with @error. */
void     rs_open_meeting_import_async    (RsDatabase                 *db,
                                          gint64                      session_id,
                                          const char * const         *paths,
                                          RsProgressFunc              progress,
                                          gpointer                    progress_data,
                                          GDestroyNotify              progress_destroy,
                                          GCancellable               *cancellable,
                                          GAsyncReadyCallback         callback,
                                          gpointer                    user_data);
RsRegistrationImportReport *rs_open_meeting_import_finish (RsDatabase   *db,
                                                           GAsyncResult *result,
                                                           GError      **error);
/* The age band an answer gives: a band as written ("15-24", "15–24 år",
 * "75+") in the form "15-24"/"75+", or an age in years put in the bands
 * 0-14, 15-24, 25-34 … 65-74, 75+. NULL when @text is neither. */
char    *rs_open_meeting_age_band        (const char                 *text);

/* The registrations of @session_id as CSV (UTF-8, ','): pseudonym, status,
 * position, registered at, age band, district, how they heard, first time,
 * attended, confirmed, reminded, other meetings, review; names, e-mails
 * and phones only when @with_contacts. Guarded against spreadsheet
 * formulas. */
char    *rs_open_meeting_export_csv      (RsDatabase                 *db,
                                          gint64                      session_id,
                                          gboolean                    with_contacts,
                                          GError                    **error);

/* rs_open_meeting_export_csv() by pseudonym into @path, on the database
 * thread. */
void     rs_open_meeting_export_async    (RsDatabase                 *db,
                                          gint64                      session_id,
                                          const char                 *path,
                                          GCancellable               *cancellable,
                                          GAsyncReadyCallback         callback,
                                          gpointer                    user_data);
gboolean rs_open_meeting_export_finish   (RsDatabase                 *db,
                                          GAsyncResult               *result,
                                          GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsRegistrationImportReport, rs_registration_import_report_free)

G_END_DECLS
