/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Printables drawn with cairo straight onto an A4 PDF. Name badges: a
 * 2 × 5 grid of 90 × 55 mm cards (pseudonym, or the name only when
 * @with_names is chosen; the table number below). Table cards: one folded
 * A4 card per table, the number printed twice (once upside down).
 * @language: the report's, "da", "en" or NULL for the user's. The file
 * appears only when complete. */
gboolean rs_session_printables_badges      (RsDatabase   *db,
                                            gint64        session_id,
                                            gboolean      with_names,
                                            const char   *language,
                                            const char   *path,
                                            GCancellable *cancellable,
                                            GError      **error);
gboolean rs_session_printables_table_cards (RsDatabase   *db,
                                            gint64        session_id,
                                            const char   *language,
                                            const char   *path,
                                            GCancellable *cancellable,
                                            GError      **error);

/* What the Meetings page prints for a meeting. */
typedef enum
{
  RS_SESSION_PRINTABLE_AGENDA,
  RS_SESSION_PRINTABLE_ATTENDANCE_SHEET,
  RS_SESSION_PRINTABLE_BADGES,
  RS_SESSION_PRINTABLE_TABLE_CARDS,
} RsSessionPrintable;

/* Writes @printable of the meeting as a PDF at @path, on the database
 * thread (the agenda and the sheet through rs-session-report.h).
 * @with_names is for the sheet and the badges. */
void     rs_session_printable_write_async  (RsDatabase          *db,
                                            gint64               session_id,
                                            RsSessionPrintable   printable,
                                            gboolean             with_names,
                                            const char          *language,
                                            const char          *path,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean rs_session_printable_write_finish (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);

G_END_DECLS
