/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-lab-store.h"

G_BEGIN_DECLS

/* Everything the Labs page shows about one lab, read in one go, and the
 * changes it makes, each on the database thread. */
typedef struct
{
  RsLab     *lab;
  GPtrArray *checklist;   /* RsChecklistItem, owner "lab" */
} RsLabDetails;

void          rs_lab_details_free        (RsLabDetails *details);
RsLabDetails *rs_lab_details_load        (RsDatabase   *db,
                                          gint64        lab_id,
                                          GError      **error);
void          rs_lab_details_load_async  (RsDatabase          *db,
                                          gint64               lab_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
/* Saves every editable field of @lab (copied), then reads the lab again.
 * Refused with RS_DATABASE_ERROR_CONFLICT when someone saved the lab since
 * @lab's version was read: rs_lab_details_update_finish() then gives the
 * lab as stored now in @current. */
void          rs_lab_details_update_async (RsDatabase          *db,
                                           RsLab               *lab,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
RsLabDetails *rs_lab_details_update_finish (RsDatabase         *db,
                                            GAsyncResult       *result,
                                            RsLabDetails      **current,
                                            GError            **error);
/* Marks a criterion of the lab's checklist met or not, with its evidence,
 * then reads the lab again. */
void          rs_lab_details_check_async (RsDatabase          *db,
                                          gint64               lab_id,
                                          const char          *criterion,
                                          gboolean             met,
                                          const char          *evidence,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
/* Finishes the load and the check. */
RsLabDetails *rs_lab_details_finish      (RsDatabase          *db,
                                          GAsyncResult        *result,
                                          GError             **error);

/* Creates a lab with every editable field of @lab (see rs_lab_store_insert());
 * the finish gives its id, 0 on error. */
void          rs_lab_store_insert_async  (RsDatabase          *db,
                                          RsLab               *lab,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gint64        rs_lab_store_insert_finish (RsDatabase          *db,
                                          GAsyncResult        *result,
                                          GError             **error);
void          rs_lab_store_delete_async  (RsDatabase          *db,
                                          gint64               lab_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean      rs_lab_store_delete_finish (RsDatabase          *db,
                                          GAsyncResult        *result,
                                          GError             **error);

/* Writes the published summary of a lab (rs_session_report_lab_summary())
 * to @path, as HTML when it ends in ".html", else as PDF. */
void          rs_lab_summary_write_async  (RsDatabase          *db,
                                           gint64               lab_id,
                                           int                  small_cell_limit,
                                           const char          *language,
                                           const char          *path,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean      rs_lab_summary_write_finish (RsDatabase          *db,
                                           GAsyncResult        *result,
                                           GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsLabDetails, rs_lab_details_free)

G_END_DECLS
