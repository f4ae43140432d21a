/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-document.h"

G_BEGIN_DECLS

/* Printable documents of a session or lab, through the shared report API.
 * @language is the report's: "da", "en", or NULL for the user's. */

/* The agenda with clock times worked out from the start and durations. */
RsDocument *rs_session_report_agenda           (RsDatabase *db,
                                                gint64      session_id,
                                                const char *language,
                                                GError    **error);
/* A sheet to tick off who came: pseudonyms, or names only when
 * @with_names is chosen explicitly. */
RsDocument *rs_session_report_attendance_sheet (RsDatabase *db,
                                                gint64      session_id,
                                                gboolean    with_names,
                                                const char *language,
                                                GError    **error);
/* The published summary of a lab: purpose, who took part (aggregated;
 * counts below @small_cell_limit are suppressed), what came out, the
 * quality checklist and what happens next. */
RsDocument *rs_session_report_lab_summary      (RsDatabase *db,
                                                gint64      lab_id,
                                                int         small_cell_limit,
                                                const char *language,
                                                GError    **error);
/* A count for publication: "< 5" when 0 < n < limit. */
char       *rs_session_report_format_count     (int         n,
                                                int         small_cell_limit);

G_END_DECLS
