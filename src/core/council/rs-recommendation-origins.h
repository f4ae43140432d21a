/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-recommendation.h"

G_BEGIN_DECLS

/* Linking a recommendation to where it came from. The origin kinds offered
 * in the editor are "idea", "session", "lab", "response-point" and "comment"
 * (a digital comment of the involvement phase, linked in comment_link). */

/* What can be linked: the ideas, sessions, labs or hearing response points
 * of @process_id, as RsRecommendationOrigin (label: the idea's text, the
 * title, or the point's excerpt). */
GPtrArray *rs_recommendation_origin_candidates (RsDatabase  *db,
                                                gint64       process_id,
                                                const char  *origin_type,
                                                GError     **error);
/* The same on the database thread. */
void       rs_recommendation_origin_candidates_async  (RsDatabase          *db,
                                                       gint64               process_id,
                                                       const char          *origin_type,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
GPtrArray *rs_recommendation_origin_candidates_finish (RsDatabase          *db,
                                                       GAsyncResult        *result,
                                                       GError             **error);
/* Links @origin_id; an idea linked this way is marked as turned into a
 * recommendation. */
gboolean   rs_recommendation_origin_link       (RsDatabase  *db,
                                                gint64       recommendation_id,
                                                const char  *origin_type,
                                                gint64       origin_id,
                                                GError     **error);
gboolean   rs_recommendation_origin_unlink     (RsDatabase  *db,
                                                gint64       recommendation_id,
                                                const char  *origin_type,
                                                gint64       origin_id,
                                                GError     **error);
/* A translated name of the kind, e.g. "Idea". */
const char *rs_recommendation_origin_kind_label (const char *origin_type);

G_END_DECLS
