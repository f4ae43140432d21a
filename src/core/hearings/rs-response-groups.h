/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/*
 * Near-duplicate and campaign groups, stored. Each response's MinHash
 * signature is computed once (at import, or when a round is opened for
 * responses that have none) and banded for lookup; a new response joins the
 * group of the most similar earlier response whose group's first response
 * (its representative) shares at least half of its word 3-shingles with it.
 * The secretariat can mark a response as not part of its group or split
 * responses off into a group of their own; both are stored and never undone
 * by regrouping.
 */

typedef struct
{
  gint64      id;               /* the representative's response id */
  GListStore *members;          /* RsHearingResponse (no text), representative first,
                                 * then in the order received */
  guint       n_organisations;
} RsResponseGroup;

void       rs_response_group_free       (RsResponseGroup *group);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsResponseGroup, rs_response_group_free)

/* Signature and group of one newly stored response (the caller may hold a
 * transaction; rs_response_store_add calls it). */
gboolean   rs_response_groups_add       (RsDatabase   *db,
                                         gint64        round_id,
                                         gint64        response_id,
                                         const char   *text,
                                         GError      **error);
/* Computes what is missing for @round_id (responses without a signature,
 * e.g. whose text changed). Returns how many were computed, or -1. */
int        rs_response_groups_update    (RsDatabase   *db,
                                         gint64        round_id,
                                         GCancellable *cancellable,
                                         GError      **error);
/* The groups of two or more responses, largest first (RsResponseGroup). */
GPtrArray *rs_response_groups_list      (RsDatabase   *db,
                                         gint64        round_id,
                                         GError      **error);
/* The group id of every grouped response (response id → representative id;
 * gint64 keys and values); responses alone are left out. */
GHashTable *rs_response_groups_map      (RsDatabase   *db,
                                         gint64        round_id,
                                         GError      **error);
/* Marks @response_id as not part of its group (for good). */
gboolean   rs_response_groups_exclude   (RsDatabase   *db,
                                         gint64        response_id,
                                         GError      **error);
/* Moves @ids (of one round) into a new group of their own, the first
 * received as its representative. */
gboolean   rs_response_groups_split     (RsDatabase   *db,
                                         const gint64 *ids,
                                         guint         n_ids,
                                         GError      **error);

/* The same for the GUI, on the database thread (rs-hearing-store-async.c). */
void       rs_response_groups_list_async   (RsDatabase          *db,
                                            gint64               round_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GPtrArray *rs_response_groups_list_finish  (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);
/* One id: rs_response_groups_exclude(); several: rs_response_groups_split(). */
void       rs_response_groups_change_async  (RsDatabase          *db,
                                             GArray              *ids,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean   rs_response_groups_change_finish (RsDatabase          *db,
                                             GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS
