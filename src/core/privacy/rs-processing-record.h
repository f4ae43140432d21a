/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-document.h"

G_BEGIN_DECLS

/* The record of processing activities (GDPR art. 30) of one budget
 * process: who is responsible and why the data are processed, which
 * categories of persons and of personal data the process holds (with
 * counts, never names), the sensitive category (origin), who can see the
 * data, how long they are kept (the retention date) and the erasures made.
 * @language: "da", "en" or NULL for the user's language. */
RsDocument *rs_processing_record_build (RsDatabase       *db,
                                        gint64            process_id,
                                        int               default_months,
                                        const char       *language,
                                        GError          **error);
gboolean    rs_processing_record_write (RsDatabase       *db,
                                        gint64            process_id,
                                        int               default_months,
                                        const char       *language,
                                        RsDocumentFormat  format,
                                        const char       *path,
                                        GCancellable     *cancellable,
                                        GError          **error);

/* rs_processing_record_write() on the database thread (rs-privacy-async.c). */
void        rs_processing_record_write_async  (RsDatabase          *db,
                                               gint64               process_id,
                                               int                  default_months,
                                               const char          *language,
                                               RsDocumentFormat     format,
                                               const char          *path,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean    rs_processing_record_write_finish (RsDatabase          *db,
                                               GAsyncResult        *result,
                                               GError             **error);

G_END_DECLS
