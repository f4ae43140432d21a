/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-hearing-response.h"
#include "rs-response-point.h"

G_BEGIN_DECLS

/* Markers around a search hit in a snippet (never in response text). */
#define RS_SEARCH_MARK_START "\x02"
#define RS_SEARCH_MARK_END   "\x03"

typedef struct
{
  const char *query;        /* words; NULL or "" for all responses */
  gint64      party_id;     /* 0: any */
  const char *party_type;   /* NULL, "organisation" or "private" */
  const char *theme;        /* NULL: any */
  const char *decision;     /* NULL: any */
  const char *status;       /* NULL, "uncoded", "in-progress", "analysed", "late", "review" */
  gboolean    preview_only; /* only the first characters of each text, for lists */
  guint       limit;        /* with a query: at most this many best hits (0: all) */
} RsResponseFilter;

/* How much of the text a preview holds (characters). */
#define RS_RESPONSE_PREVIEW_LENGTH 600

/* Stores @response (and its attachments) in round @round_id. The party type
 * is "organisation" when the sender matches the register (the party is
 * linked) or the response says so; otherwise "private". The caller may hold
 * a transaction. Returns the new id, or 0. */
gint64      rs_response_store_add            (RsDatabase        *db,
                                              gint64             round_id,
                                              RsHearingResponse *response,
                                              GError           **error);
/* Responses of a round, oldest first, with late flag and coding counts. */
GListStore *rs_response_store_list           (RsDatabase        *db,
                                              gint64             round_id,
                                              GError           **error);
RsHearingResponse *rs_response_store_get     (RsDatabase        *db,
                                              gint64             response_id,
                                              GError           **error);
/* Changes sender kind, redaction override (NULL/"show"/"redact") and summary. */
gboolean    rs_response_store_update         (RsDatabase        *db,
                                              RsHearingResponse *response,
                                              GError           **error);
/* Responses matching @filter, best hits first when a query is given; the
 * snippet of each of the first 100 hits (with the RS_SEARCH_MARK_* markers)
 * is set as the response's summary. Danish letters are matched as letters
 * (æ ≠ ae). */
GListStore *rs_response_store_search         (RsDatabase        *db,
                                              gint64             round_id,
                                              const RsResponseFilter *filter,
                                              GError           **error);
gboolean    rs_response_store_progress       (RsDatabase        *db,
                                              gint64             round_id,
                                              int               *analysed,
                                              int               *total,
                                              GError           **error);
/* The same for the GUI, on the database thread (rs-hearing-store-async.c);
 * @filter is copied. */
void        rs_response_store_search_async   (RsDatabase             *db,
                                              gint64                  round_id,
                                              const RsResponseFilter *filter,
                                              GCancellable           *cancellable,
                                              GAsyncReadyCallback     callback,
                                              gpointer                user_data);
GListStore *rs_response_store_search_finish  (RsDatabase             *db,
                                              GAsyncResult           *result,
                                              GError                **error);
void        rs_response_store_progress_async (RsDatabase             *db,
                                              gint64                  round_id,
                                              GCancellable           *cancellable,
                                              GAsyncReadyCallback     callback,
                                              gpointer                user_data);
/* Adds @response to the round; the finish returns it with its id set. */
void        rs_response_store_add_async      (RsDatabase             *db,
                                              gint64                  round_id,
                                              RsHearingResponse      *response,
                                              GCancellable           *cancellable,
                                              GAsyncReadyCallback     callback,
                                              gpointer                user_data);
RsHearingResponse *rs_response_store_add_finish (RsDatabase          *db,
                                                 GAsyncResult        *result,
                                                 GError             **error);
void        rs_response_store_edit_async     (RsDatabase             *db,
                                              RsHearingResponse      *response,
                                              GCancellable           *cancellable,
                                              GAsyncReadyCallback     callback,
                                              gpointer                user_data);
gboolean    rs_response_store_edit_finish    (RsDatabase             *db,
                                              GAsyncResult           *result,
                                              GError                **error);
/* The finish returns the id deleted (for Undo), or 0 with @error set. */
void        rs_response_store_delete_async   (RsDatabase             *db,
                                              gint64                  response_id,
                                              GCancellable           *cancellable,
                                              GAsyncReadyCallback     callback,
                                              gpointer                user_data);
gint64      rs_response_store_delete_finish  (RsDatabase             *db,
                                              GAsyncResult           *result,
                                              GError                **error);
void        rs_response_store_restore_async  (RsDatabase             *db,
                                              gint64                  response_id,
                                              GCancellable           *cancellable,
                                              GAsyncReadyCallback     callback,
                                              gpointer                user_data);
gboolean    rs_response_store_restore_finish (RsDatabase             *db,
                                              GAsyncResult           *result,
                                              GError                **error);
gboolean    rs_response_store_progress_finish (RsDatabase            *db,
                                               GAsyncResult          *result,
                                               int                   *analysed,
                                               int                   *total,
                                               GError               **error);
/* The distinct themes used in a round, sorted. */
GStrv       rs_response_store_themes         (RsDatabase        *db,
                                              gint64             round_id,
                                              GError           **error);

/* Points: @point's id is set on add. */
gboolean    rs_response_point_store_add      (RsDatabase        *db,
                                              RsResponsePoint   *point,
                                              GError           **error);
gboolean    rs_response_point_store_update   (RsDatabase        *db,
                                              RsResponsePoint   *point,
                                              GError           **error);
/* Saves @point when the stored row still has @point's version (and then
 * counts the version on); otherwise fails with RS_DATABASE_ERROR_CONFLICT
 * and sets @current (when not NULL) to the point as stored now. */
gboolean    rs_response_point_store_save     (RsDatabase        *db,
                                              RsResponsePoint   *point,
                                              RsResponsePoint  **current,
                                              GError           **error);
RsResponsePoint *rs_response_point_store_get (RsDatabase        *db,
                                              gint64             point_id,
                                              GError           **error);
gboolean    rs_response_point_store_delete   (RsDatabase        *db,
                                              gint64             point_id,
                                              GError           **error);
GListStore *rs_response_point_store_list     (RsDatabase        *db,
                                              gint64             response_id,
                                              GError           **error);
/* The coding view's operations on the database thread
 * (rs-response-point-store-async.c). The list's finish gives the points
 * and, with @with_text, the response's whole text. */
void        rs_response_point_store_list_async   (RsDatabase          *db,
                                                  gint64               response_id,
                                                  gboolean             with_text,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
GListStore *rs_response_point_store_list_finish  (RsDatabase          *db,
                                                  GAsyncResult        *result,
                                                  char               **text,
                                                  GError             **error);
/* @point is copied; the finish returns the copy with its id. */
void        rs_response_point_store_add_async    (RsDatabase          *db,
                                                  RsResponsePoint     *point,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
RsResponsePoint *rs_response_point_store_add_finish (RsDatabase       *db,
                                                     GAsyncResult     *result,
                                                     GError          **error);
/* rs_response_point_store_save() of a copy of @point: the finish gives the
 * version now stored, or the conflict and the point as stored now. */
void        rs_response_point_store_save_async   (RsDatabase          *db,
                                                  RsResponsePoint     *point,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean    rs_response_point_store_save_finish  (RsDatabase          *db,
                                                  GAsyncResult        *result,
                                                  gint64              *version,
                                                  RsResponsePoint    **current,
                                                  GError             **error);
void        rs_response_point_store_delete_async (RsDatabase          *db,
                                                  gint64               point_id,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean    rs_response_point_store_delete_finish (RsDatabase         *db,
                                                   GAsyncResult       *result,
                                                   GError            **error);
/* rs_response_store_update() of a copy of @response's kind, redaction,
 * summary and consent. */
void        rs_response_store_update_async       (RsDatabase          *db,
                                                  RsHearingResponse   *response,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean    rs_response_store_update_finish      (RsDatabase          *db,
                                                  GAsyncResult        *result,
                                                  GError             **error);
/* Every point of a round, by theme then response. */
GListStore *rs_response_point_store_list_round (RsDatabase      *db,
                                                gint64           round_id,
                                                GError         **error);

/* Editing and deleting (rs-response-store-edit.c). */

/* Saves the sender, sender e-mail, kind (party_type), received date,
 * channel and review reason of @response; the sender's link to the register
 * follows the new name. */
gboolean    rs_response_store_edit           (RsDatabase        *db,
                                              RsHearingResponse *response,
                                              GError           **error);
/* Deletes a response with its points and files, keeping a copy for
 * rs_response_store_restore() (undo). */
gboolean    rs_response_store_delete         (RsDatabase        *db,
                                              gint64             response_id,
                                              GError           **error);
/* Puts a deleted response back, with the same id, points and files. */
gboolean    rs_response_store_restore        (RsDatabase        *db,
                                              gint64             response_id,
                                              GError           **error);
/* The id of a response of round @round_id with content hash @hash, or 0
 * (-1 on error). */
gint64      rs_response_store_find_hash      (RsDatabase        *db,
                                              gint64             round_id,
                                              const char        *hash,
                                              GError           **error);

G_END_DECLS
