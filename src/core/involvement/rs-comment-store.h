/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-comment.h"
#include "rs-database.h"

G_BEGIN_DECLS

/* Digital comments of a process (table citizen_comment): typed operations,
 * synchronous for the CLI and tests, and _async and _finish pairs that run on
 * the database thread for the GUI. */

/* What an import did. */
typedef struct
{
  int        imported;
  int        review;     /* imported, flagged for review */
  int        skipped;    /* already in the process (same text, author and date) */
  GPtrArray *notes;      /* translated sentences naming file, line and column */
} RsCommentImportReport;

void        rs_comment_import_report_clear (RsCommentImportReport *report);

/* Stores a new comment of its process; gives it an id and a pseudonym
 * (K-0001, K-0002, … per process). A district not on the process's
 * district list is kept and flagged for review. Returns the id, or 0. */
gint64      rs_comment_store_add        (RsDatabase   *db,
                                         RsComment    *comment,
                                         GError      **error);
/* Saves text, author, channel, date, district, themes and the review
 * reason of a stored comment. */
gboolean    rs_comment_store_update     (RsDatabase   *db,
                                         RsComment    *comment,
                                         GError      **error);
/* Deletes a comment so that rs_comment_store_restore() can undo it. */
gboolean    rs_comment_store_delete     (RsDatabase   *db,
                                         gint64        id,
                                         GError      **error);
gboolean    rs_comment_store_restore    (RsDatabase   *db,
                                         gint64        id,
                                         GError      **error);
RsComment  *rs_comment_store_get        (RsDatabase   *db,
                                         gint64        id,
                                         GError      **error);
/* The comments of a process (not deleted), newest first; @search (NULL or
 * "") matches text, themes, district, pseudonym and author. */
GListStore *rs_comment_store_list       (RsDatabase   *db,
                                         gint64        process_id,
                                         const char   *search,
                                         GError      **error);
/* The number of (not deleted) comments of a process. */
gint64      rs_comment_store_count      (RsDatabase   *db,
                                         gint64        process_id,
                                         GError      **error);
/* Links a comment to an idea ("idea") or, as its origin, a recommendation
 * ("recommendation") of the same process. */
gboolean    rs_comment_store_link       (RsDatabase   *db,
                                         gint64        comment_id,
                                         const char   *target_type,
                                         gint64        target_id,
                                         GError      **error);
gboolean    rs_comment_store_unlink     (RsDatabase   *db,
                                         gint64        comment_id,
                                         const char   *target_type,
                                         gint64        target_id,
                                         GError      **error);
/* The ids of what @comment_id is linked to, of @target_type. */
GArray     *rs_comment_store_links      (RsDatabase   *db,
                                         gint64        comment_id,
                                         const char   *target_type,
                                         GError      **error);

/* Replaces the links of @comment_id of @target_type with @ids (gint64),
 * in one transaction. */
gboolean    rs_comment_store_set_links  (RsDatabase   *db,
                                         gint64        comment_id,
                                         const char   *target_type,
                                         GArray       *ids,
                                         GError      **error);
/* rs_comment_store_links() and rs_comment_store_set_links() on the
 * database thread; the finish functions return the ids (a GArray of
 * gint64) and a boolean. */
void        rs_comment_store_links_async      (RsDatabase          *db,
                                               gint64               comment_id,
                                               const char          *target_type,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
GArray     *rs_comment_store_links_finish     (RsDatabase          *db,
                                               GAsyncResult        *result,
                                               GError             **error);
void        rs_comment_store_set_links_async  (RsDatabase          *db,
                                               gint64               comment_id,
                                               const char          *target_type,
                                               GArray              *ids,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean    rs_comment_store_set_links_finish (RsDatabase          *db,
                                               GAsyncResult        *result,
                                               GError             **error);

/* Writes the process's comments as a CSV file for sharing (';', UTF-8 with
 * a byte-order mark, CRLF: as Danish Excel reads it): pseudonym, channel,
 * date, district, themes, comment, review, recommendations. Authors are
 * never written. Returns the number of comments, or -1. */
int         rs_comment_store_export_csv (RsDatabase   *db,
                                         gint64        process_id,
                                         const char   *path,
                                         GError      **error);
void        rs_comment_store_export_async  (RsDatabase          *db,
                                            gint64               process_id,
                                            const char          *path,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
/* The number of comments written, or -1. */
int         rs_comment_store_export_finish (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);

/* Reads comment files: CSV (a web form's export: text, optionally name,
 * date, district, themes, channel; ',' ';' or tab, UTF-8 with or without
 * a byte-order mark or Windows-1252, any line ends) and e-mail (.eml, read
 * by the hearing intake's mail reader). Returns RsComment objects (not
 * stored); an odd record is kept and flagged; an error names the file,
 * line and column. */
GPtrArray  *rs_comment_import_read_file (const char   *path,
                                         const char   *default_channel,
                                         GError      **error);
/* Reads every file and stores the comments into @process_id in one
 * transaction: all files or none. A comment already in the process (same
 * text, author and date: a web form's export read again after it grew) is
 * skipped and counted. Returns the number stored, or -1. */
int         rs_comment_store_import     (RsDatabase             *db,
                                         gint64                  process_id,
                                         const char * const     *paths,
                                         RsCommentImportReport  *report,
                                         GCancellable           *cancellable,
                                         GError                **error);

/* The same on the database thread. */
void        rs_comment_store_list_async     (RsDatabase          *db,
                                             gint64               process_id,
                                             const char          *search,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GListStore *rs_comment_store_list_finish    (RsDatabase          *db,
                                             GAsyncResult        *result,
                                             GError             **error);
/* Adds (id 0) or updates @comment. */
void        rs_comment_store_save_async     (RsDatabase          *db,
                                             RsComment           *comment,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    rs_comment_store_save_finish    (RsDatabase          *db,
                                             GAsyncResult        *result,
                                             GError             **error);
/* Deletes (@restore FALSE) or restores comment @id. */
void        rs_comment_store_delete_async   (RsDatabase          *db,
                                             gint64               id,
                                             gboolean             restore,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    rs_comment_store_delete_finish  (RsDatabase          *db,
                                             GAsyncResult        *result,
                                             GError             **error);
/* Imports @paths; the report comes back from the finish function
 * (free it with rs_comment_import_report_free()). */
void        rs_comment_store_import_async   (RsDatabase          *db,
                                             gint64               process_id,
                                             const char * const  *paths,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
RsCommentImportReport *rs_comment_store_import_finish (RsDatabase   *db,
                                                       GAsyncResult *result,
                                                       GError      **error);
void        rs_comment_import_report_free   (RsCommentImportReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsCommentImportReport, rs_comment_import_report_free)

G_END_DECLS
