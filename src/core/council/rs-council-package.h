/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-document.h"

G_BEGIN_DECLS

typedef enum
{
  RS_COUNCIL_FORMAT_PDF,
  RS_COUNCIL_FORMAT_ODT,
  RS_COUNCIL_FORMAT_HTML,
  RS_COUNCIL_FORMAT_CSV,
  RS_COUNCIL_FORMAT_JSON,
} RsCouncilFormat;

typedef enum
{
  RS_COUNCIL_REPORT_PACKAGE,   /* the agenda item for the council */
  RS_COUNCIL_REPORT_FEEDBACK,  /* "you said, we did" for participants */
} RsCouncilReport;

gboolean    rs_council_format_from_string (const char      *name,
                                           RsCouncilFormat *format);
const char *rs_council_format_extension   (RsCouncilFormat  format);

/* The council package as a Danish agenda item (Indstilling, Resumé,
 * Sagsfremstilling, Økonomi, Beslutningskompetence, Bilag) with annexes.
 * @language: "da", "en" or NULL for the user's language. Counts of people
 * below @small_cell_limit are suppressed; no personal data. */
RsDocument *rs_council_package_build      (RsDatabase       *db,
                                           gint64            process_id,
                                           const char       *language,
                                           int               small_cell_limit,
                                           GCancellable     *cancellable,
                                           GError          **error);
/* "You said, we did": each recommendation, the council's answer and why. */
RsDocument *rs_council_feedback_build     (RsDatabase       *db,
                                           gint64            process_id,
                                           const char       *language,
                                           GCancellable     *cancellable,
                                           GError          **error);
/* Writes @report in @format; CSV and JSON (the recommendations for the case
 * system) exist only for the package. */
gboolean    rs_council_report_write       (RsDatabase       *db,
                                           gint64            process_id,
                                           RsCouncilReport   report,
                                           RsCouncilFormat   format,
                                           const char       *language,
                                           int               small_cell_limit,
                                           const char       *path,
                                           GCancellable     *cancellable,
                                           GError          **error);
/* The same for the GUI: reads on the database thread, renders on a worker. */
void        rs_council_report_write_async (RsDatabase          *db,
                                           gint64               process_id,
                                           RsCouncilReport      report,
                                           RsCouncilFormat      format,
                                           const char          *language,
                                           int                  small_cell_limit,
                                           const char          *path,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean    rs_council_report_write_finish (RsDatabase         *db,
                                            GAsyncResult       *result,
                                            GError            **error);

G_END_DECLS
