/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-hearing-csv-mapping.h"
#include "rs-progress.h"

G_BEGIN_DECLS

typedef enum
{
  RS_RESPONSE_FILE_UNKNOWN,
  RS_RESPONSE_FILE_TEXT,
  RS_RESPONSE_FILE_EMAIL,
  RS_RESPONSE_FILE_PDF,
  RS_RESPONSE_FILE_CSV,
  RS_RESPONSE_FILE_ODT,
  RS_RESPONSE_FILE_DOCX,
  RS_RESPONSE_FILE_SCAN,   /* a whole PNG, JPEG or TIFF image: a scanned letter */
  RS_RESPONSE_FILE_MSG,    /* an Outlook message (.msg) */
} RsResponseFileType;

typedef struct
{
  const char *received;   /* NULL, or YYYY-MM-DD: the received date of every response */
} RsHearingImportOptions;

/* What an import did besides storing responses. */
typedef struct
{
  int        imported;
  int        skipped;    /* already in the round (same content hash) */
  int        review;     /* imported, marked for review */
  GPtrArray *notes;      /* translated sentences naming the file, for the user */
} RsHearingImportReport;

void rs_hearing_import_report_clear (RsHearingImportReport *report);

typedef void (*RsImportProgress) (guint    done,
                                  guint    total,
                                  gpointer user_data);

/* The kind of a response file, decided by its content (not its name). */
RsResponseFileType rs_hearing_import_detect (const char   *data,
                                             gsize         length);
/* Reads one file into responses (RsHearingResponse, not stored yet):
 * plain text, e-mail (.eml), PDF or CSV (one response per row). Errors name
 * the file and, for CSV, the line and column. */
GPtrArray *rs_hearing_import_read_file      (const char   *path,
                                             GError      **error);
/* Reads and stores every file in @paths into round @round_id in one
 * transaction: all files or none. Returns the number of responses stored,
 * or -1 with @error set. */
int        rs_hearing_import_files          (RsDatabase          *db,
                                             gint64               round_id,
                                             const char * const  *paths,
                                             GCancellable        *cancellable,
                                             RsImportProgress     progress,
                                             gpointer             user_data,
                                             GError             **error);
/* As rs_hearing_import_read_file(), but a CSV file read by @mapping
 * (NULL: detect the type and recognise the header's column names). */
GPtrArray *rs_hearing_import_read_file_mapped (const char          *path,
                                               const RsCsvMapping  *mapping,
                                               GError             **error);
/* As rs_hearing_import_files(); @mappings (NULL, or one entry per path,
 * NULL where the file needs none) gives explicit CSV column mappings. */
int        rs_hearing_import_files_mapped   (RsDatabase                 *db,
                                             gint64                      round_id,
                                             const char * const         *paths,
                                             const RsCsvMapping * const *mappings,
                                             GCancellable               *cancellable,
                                             RsImportProgress            progress,
                                             gpointer                    user_data,
                                             GError                    **error);
/* As rs_hearing_import_files_mapped(), with @options (NULL: none) and a
 * @report (NULL, or cleared with rs_hearing_import_report_clear()). A
 * response already in the round (same sender and text) is skipped with a
 * note; an odd one is imported and marked for review. */
int        rs_hearing_import_files_full     (RsDatabase                   *db,
                                             gint64                        round_id,
                                             const char * const           *paths,
                                             const RsCsvMapping * const   *mappings,
                                             const RsHearingImportOptions *options,
                                             RsHearingImportReport        *report,
                                             GCancellable                 *cancellable,
                                             RsImportProgress              progress,
                                             gpointer                      user_data,
                                             GError                      **error);
/* rs_hearing_import_files_full() for the GUI, on the database thread
 * (rs-hearing-import-async.c): @mappings as there (kept by reference, one
 * entry per path, or NULL); @progress runs on the caller's context. The
 * finish returns the report (free it with rs_hearing_import_report_free())
 * or NULL with @error set; a failed or cancelled import changes nothing. */
void       rs_hearing_import_files_async    (RsDatabase                   *db,
                                             gint64                        round_id,
                                             const char * const           *paths,
                                             GPtrArray                    *mappings,
                                             RsProgressFunc                progress,
                                             gpointer                      progress_data,
                                             GDestroyNotify                progress_destroy,
                                             GCancellable                 *cancellable,
                                             GAsyncReadyCallback           callback,
                                             gpointer                      user_data);
RsHearingImportReport *rs_hearing_import_files_finish (RsDatabase         *db,
                                                       GAsyncResult       *result,
                                                       GError            **error);
void       rs_hearing_import_report_free    (RsHearingImportReport        *report);
/* The date a letter is dated: in its first or last lines, "den 19. september
 * 2025", "19.09.2025", "19/9-2025", "2025-09-19"; NULL when none. */
char      *rs_hearing_find_letter_date      (const char   *text);
/* The name signed under "Med venlig hilsen", "Venlig hilsen", "Mvh" … (the
 * part before a comma), or NULL. */
char      *rs_hearing_find_signature        (const char   *text);
/* Splits a decoded From: header ("Name <a@b>", "a@b (Name)", "a@b") into a
 * name and an address (either may come back NULL). TRUE when an address
 * was found. */
gboolean   rs_hearing_parse_sender          (const char   *header,
                                             char        **name,
                                             char        **email);
/* TRUE when @path is named *.csv but its header names no column Rådslag
 * recognises as the text: it must be mapped by hand. */
gboolean   rs_hearing_import_needs_mapping  (const char   *path);
/* The header and up to @max_rows rows of a CSV file, for a preview. */
RsCsv     *rs_hearing_import_read_csv_head  (const char   *path,
                                             guint         max_rows,
                                             GError      **error);

G_END_DECLS
