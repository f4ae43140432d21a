/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-store"

#include "config.h"

#include "rs-hearing-store.h"
#include "rs-response-groups.h"
#include "rs-response-store.h"

/* Hearing rounds and responses for the GUI: each operation runs the
 * synchronous store function on the database thread. */

static gpointer
list_rounds_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_hearing_round_store_list (db, *(gint64 *) data, error);
}

void
rs_hearing_round_store_list_async (RsDatabase         *db,
                                   gint64              process_id,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  rs_database_run_for_id_async (db, list_rounds_job, process_id, g_object_unref, cancellable,
                                callback, user_data);
}

GListStore *
rs_hearing_round_store_list_finish (RsDatabase   *db,
                                    GAsyncResult *result,
                                    GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

typedef struct
{
  gint64           round_id;
  RsResponseFilter filter;   /* its strings owned here */
} Search;

static void
search_free (Search *search)
{
  g_free ((char *) search->filter.query);
  g_free ((char *) search->filter.party_type);
  g_free ((char *) search->filter.theme);
  g_free ((char *) search->filter.decision);
  g_free ((char *) search->filter.status);
  g_free (search);
}

static gpointer
search_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Search *search = data;

  return rs_response_store_search (db, search->round_id, &search->filter, error);
}

void
rs_response_store_search_async (RsDatabase             *db,
                                gint64                  round_id,
                                const RsResponseFilter *filter,
                                GCancellable           *cancellable,
                                GAsyncReadyCallback     callback,
                                gpointer                user_data)
{
  Search *search = g_new0 (Search, 1);

  search->round_id = round_id;
  search->filter = *filter;
  search->filter.query = g_strdup (filter->query);
  search->filter.party_type = g_strdup (filter->party_type);
  search->filter.theme = g_strdup (filter->theme);
  search->filter.decision = g_strdup (filter->decision);
  search->filter.status = g_strdup (filter->status);
  rs_database_run_async (db, search_job, search, (GDestroyNotify) search_free, g_object_unref,
                         cancellable, callback, user_data);
}

GListStore *
rs_response_store_search_finish (RsDatabase   *db,
                                 GAsyncResult *result,
                                 GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
progress_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  int *counts = g_new0 (int, 2);

  if (!rs_response_store_progress (db, *(gint64 *) data, &counts[0], &counts[1], error))
    g_clear_pointer (&counts, g_free);
  return counts;
}

void
rs_response_store_progress_async (RsDatabase         *db,
                                  gint64              round_id,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  rs_database_run_for_id_async (db, progress_job, round_id, g_free, cancellable, callback, user_data);
}

gboolean
rs_response_store_progress_finish (RsDatabase   *db,
                                   GAsyncResult *result,
                                   int          *analysed,
                                   int          *total,
                                   GError      **error)
{
  g_autofree int *counts = rs_database_run_finish (db, result, error);

  if (counts == NULL)
    return FALSE;
  if (analysed)
    *analysed = counts[0];
  if (total)
    *total = counts[1];
  return TRUE;
}

static gpointer
update_round_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  rs_hearing_round_store_update (db, data, error);
  return NULL;
}

void
rs_hearing_round_store_update_async (RsDatabase         *db,
                                     RsHearingRound     *round,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data)
{
  rs_database_run_async (db, update_round_job, g_object_ref (round), g_object_unref, NULL, cancellable,
                         callback, user_data);
}

gboolean
rs_hearing_round_store_update_finish (RsDatabase   *db,
                                      GAsyncResult *result,
                                      GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

typedef struct
{
  gint64             round_id;
  RsHearingResponse *response;
} Add;

static void
add_free (Add *add)
{
  g_object_unref (add->response);
  g_free (add);
}

static gpointer
add_response_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Add *add = data;

  if (rs_response_store_add (db, add->round_id, add->response, error) == 0)
    return NULL;
  return g_object_ref (add->response);
}

void
rs_response_store_add_async (RsDatabase         *db,
                             gint64              round_id,
                             RsHearingResponse  *response,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  Add *add = g_new0 (Add, 1);

  add->round_id = round_id;
  add->response = g_object_ref (response);
  rs_database_run_async (db, add_response_job, add, (GDestroyNotify) add_free, g_object_unref,
                         cancellable, callback, user_data);
}

RsHearingResponse *
rs_response_store_add_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
edit_response_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  rs_response_store_edit (db, data, error);
  return NULL;
}

void
rs_response_store_edit_async (RsDatabase         *db,
                              RsHearingResponse  *response,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  rs_database_run_async (db, edit_response_job, g_object_ref (response), g_object_unref, NULL,
                         cancellable, callback, user_data);
}

gboolean
rs_response_store_edit_finish (RsDatabase   *db,
                               GAsyncResult *result,
                               GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
delete_response_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  gint64 *id = data;

  return rs_response_store_delete (db, *id, error) ? g_memdup2 (id, sizeof *id) : NULL;
}

void
rs_response_store_delete_async (RsDatabase         *db,
                                gint64              response_id,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  rs_database_run_for_id_async (db, delete_response_job, response_id, g_free, cancellable, callback,
                                user_data);
}

gint64
rs_response_store_delete_finish (RsDatabase   *db,
                                 GAsyncResult *result,
                                 GError      **error)
{
  g_autofree gint64 *id = rs_database_run_finish (db, result, error);

  return id ? *id : 0;
}

static gpointer
restore_response_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  rs_response_store_restore (db, *(gint64 *) data, error);
  return NULL;
}

void
rs_response_store_restore_async (RsDatabase         *db,
                                 gint64              response_id,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  rs_database_run_for_id_async (db, restore_response_job, response_id, NULL, cancellable, callback,
                                user_data);
}

gboolean
rs_response_store_restore_finish (RsDatabase   *db,
                                  GAsyncResult *result,
                                  GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

void
rs_hearing_round_details_free (RsHearingRoundDetails *d)
{
  if (d == NULL)
    return;
  g_clear_object (&d->round);
  g_clear_object (&d->parties);
  g_clear_pointer (&d->warnings, g_ptr_array_unref);
  g_clear_pointer (&d->groups, g_ptr_array_unref);
  g_strfreev (d->themes);
  g_free (d);
}

typedef struct
{
  gint64 round_id;
  int    min_days;
} DetailsArgs;

static gpointer
round_details_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  DetailsArgs *args = data;
  gint64 round_id = args->round_id;
  RsHearingRoundDetails *d = g_new0 (RsHearingRoundDetails, 1);

  if ((d->round = rs_hearing_round_store_get (db, round_id, error)) == NULL ||
      (d->parties = rs_consulted_party_store_list (db, round_id, error)) == NULL ||
      rs_response_groups_update (db, round_id, cancellable, error) < 0 ||
      (d->groups = rs_response_groups_list (db, round_id, error)) == NULL ||
      (d->warnings = rs_hearing_round_check (db, d->round, args->min_days, error)) == NULL ||
      (d->themes = rs_response_store_themes (db, round_id, error)) == NULL ||
      !rs_response_store_progress (db, round_id, &d->analysed, &d->total, error))
    {
      rs_hearing_round_details_free (d);
      return NULL;
    }
  return d;
}

void
rs_hearing_round_details_load_async (RsDatabase         *db,
                                     gint64              round_id,
                                     int                 min_days,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data)
{
  DetailsArgs *args = g_new0 (DetailsArgs, 1);

  args->round_id = round_id;
  args->min_days = min_days;
  rs_database_run_async (db, round_details_job, args, g_free,
                         (GDestroyNotify) rs_hearing_round_details_free, cancellable, callback, user_data);
}

RsHearingRoundDetails *
rs_hearing_round_details_load_finish (RsDatabase   *db,
                                      GAsyncResult *result,
                                      GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
list_groups_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_response_groups_list (db, *(gint64 *) data, error);
}

void
rs_response_groups_list_async (RsDatabase         *db,
                               gint64              round_id,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  rs_database_run_for_id_async (db, list_groups_job, round_id, (GDestroyNotify) g_ptr_array_unref,
                                cancellable, callback, user_data);
}

GPtrArray *
rs_response_groups_list_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
change_groups_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  GArray *ids = data;

  if (ids->len == 1)
    rs_response_groups_exclude (db, g_array_index (ids, gint64, 0), error);
  else
    rs_response_groups_split (db, (const gint64 *) (gpointer) ids->data, ids->len, error);
  return NULL;
}

void
rs_response_groups_change_async (RsDatabase         *db,
                                 GArray             *ids,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  rs_database_run_async (db, change_groups_job, g_array_ref (ids), (GDestroyNotify) g_array_unref, NULL,
                         cancellable, callback, user_data);
}

gboolean
rs_response_groups_change_finish (RsDatabase   *db,
                                  GAsyncResult *result,
                                  GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}
