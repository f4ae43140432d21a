/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-idea.h"

G_BEGIN_DECLS

/* Ideas captured in sessions and labs (post-its), grouped into themes,
 * with dot-vote tallies and notes. Every idea keeps its origin (session,
 * lab, panel) and, when it was carried into a later budget process, the
 * idea it came from: the backlog of a municipality spans processes. */

typedef enum
{
  RS_IDEA_NEW,
  RS_IDEA_MATURING,
  RS_IDEA_RECOMMENDATION,
  RS_IDEA_PARKED,
} RsIdeaStatus;

typedef struct
{
  gint64  process_id;
  gint64  session_id;
  gint64  lab_id;
  gint64  panel_id;
} RsIdeaOrigin;

const char *rs_idea_status_to_string (RsIdeaStatus status);
gboolean    rs_idea_status_from_string (const char *text,
                                        RsIdeaStatus *out);
const char *rs_idea_status_label     (RsIdeaStatus status);

/* Adds an idea with its origin; the municipality comes from the process. */
gint64      rs_idea_store_add        (RsDatabase         *db,
                                      const RsIdeaOrigin *origin,
                                      const char         *text,
                                      const char         *theme,
                                      GError            **error);
gboolean    rs_idea_store_set_theme  (RsDatabase   *db,
                                      gint64        idea_id,
                                      const char   *theme,
                                      GError      **error);
gboolean    rs_idea_store_set_votes  (RsDatabase   *db,
                                      gint64        idea_id,
                                      int           votes,
                                      GError      **error);
gboolean    rs_idea_store_set_status (RsDatabase   *db,
                                      gint64        idea_id,
                                      RsIdeaStatus  status,
                                      GError      **error);
gboolean    rs_idea_store_set_notes  (RsDatabase   *db,
                                      gint64        idea_id,
                                      const char   *notes,
                                      GError      **error);
/* Ideas of a lab (including its sessions), ordered by theme, votes. */
GPtrArray  *rs_idea_store_list_lab   (RsDatabase   *db,
                                      gint64        lab_id,
                                      GError      **error);
GPtrArray  *rs_idea_store_list_session (RsDatabase *db,
                                      gint64        session_id,
                                      GError      **error);
/* The backlog of a municipality across all budget processes; @status
 * filters when >= 0. */
GPtrArray  *rs_idea_store_backlog    (RsDatabase   *db,
                                      const char   *municipality_code,
                                      int           status,
                                      GError      **error);
/* Carries an idea into another budget process as a new, maturing idea whose
 * parent is @idea_id; returns the new id. */
gint64      rs_idea_store_carry_over (RsDatabase   *db,
                                      gint64        idea_id,
                                      gint64        process_id,
                                      GError      **error);
/* The chain from @idea_id back to its first origin (the idea itself first). */
GPtrArray  *rs_idea_store_lineage    (RsDatabase   *db,
                                      gint64        idea_id,
                                      GError      **error);

/* The same for the GUI, each on the database thread. */
void        rs_idea_store_list_lab_async   (RsDatabase          *db,
                                            gint64               lab_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GPtrArray  *rs_idea_store_list_lab_finish  (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);
void        rs_idea_store_add_async        (RsDatabase          *db,
                                            const RsIdeaOrigin  *origin,
                                            const char          *text,
                                            const char          *theme,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
void        rs_idea_store_set_theme_async  (RsDatabase          *db,
                                            gint64               idea_id,
                                            const char          *theme,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
void        rs_idea_store_set_votes_async  (RsDatabase          *db,
                                            gint64               idea_id,
                                            int                  votes,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
void        rs_idea_store_set_status_async (RsDatabase          *db,
                                            gint64               idea_id,
                                            RsIdeaStatus         status,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
/* Finishes any of the four changes above. */
gboolean    rs_idea_store_change_finish    (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);

/* Attachments (flip-chart photos, evidence files). */
gint64      rs_attachment_add        (RsDatabase   *db,
                                      const char   *owner_type,
                                      gint64        owner_id,
                                      const char   *file_name,
                                      const char   *mime_type,
                                      GBytes       *data,
                                      GError      **error);
gint64      rs_attachment_add_file   (RsDatabase   *db,
                                      const char   *owner_type,
                                      gint64        owner_id,
                                      GFile        *file,
                                      GError      **error);
int         rs_attachment_count      (RsDatabase   *db,
                                      const char   *owner_type,
                                      gint64        owner_id,
                                      GError      **error);

G_END_DECLS
