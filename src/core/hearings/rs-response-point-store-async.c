/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-response-point-store"

#include "config.h"

#include "rs-response-store.h"

/* The coding of a response for the GUI: each operation copies what it
 * needs and runs the synchronous store function on the database thread. */

typedef struct
{
  gint64             id;
  gboolean           with_text;
  RsResponsePoint   *point;
  RsHearingResponse *response;
} Op;

typedef struct
{
  GListStore      *points;
  char            *text;
  gint64           version;
  RsResponsePoint *current;
  GError          *error;   /* a refused save, with @current */
} OpResult;

static void
op_free (gpointer data)
{
  Op *op = data;

  g_clear_object (&op->point);
  g_clear_object (&op->response);
  g_free (op);
}

static void
op_result_free (gpointer data)
{
  OpResult *r = data;

  g_clear_object (&r->points);
  g_free (r->text);
  g_clear_object (&r->current);
  g_clear_error (&r->error);
  g_free (r);
}

static void
run (RsDatabase         *db,
     RsDatabaseJob       job,
     Op                 *op,
     GCancellable       *cancellable,
     GAsyncReadyCallback callback,
     gpointer            user_data)
{
  rs_database_run_async (db, job, op, op_free, op_result_free, cancellable, callback, user_data);
}

static OpResult *
finish (RsDatabase   *db,
        GAsyncResult *result,
        GError      **error)
{
  OpResult *r = rs_database_run_finish (db, result, error);

  if (r != NULL && r->error != NULL)
    g_propagate_error (error, g_steal_pointer (&r->error));
  return r;
}

static gpointer
list_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Op *op = data;
  OpResult *r = g_new0 (OpResult, 1);

  if (op->with_text)
    {
      /* A list row held a preview: fetch the whole text with the points. */
      g_autoptr(RsHearingResponse) full = rs_response_store_get (db, op->id, error);

      if (full == NULL)
        {
          op_result_free (r);
          return NULL;
        }
      r->text = g_strdup (rs_hearing_response_get_text (full));
    }
  if ((r->points = rs_response_point_store_list (db, op->id, error)) == NULL)
    {
      op_result_free (r);
      return NULL;
    }
  return r;
}

void
rs_response_point_store_list_async (RsDatabase         *db,
                                    gint64              response_id,
                                    gboolean            with_text,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  Op *op = g_new0 (Op, 1);

  op->id = response_id;
  op->with_text = with_text;
  run (db, list_job, op, cancellable, callback, user_data);
}

GListStore *
rs_response_point_store_list_finish (RsDatabase   *db,
                                     GAsyncResult *result,
                                     char        **text,
                                     GError      **error)
{
  OpResult *r = finish (db, result, error);
  GListStore *points;

  if (r == NULL)
    return NULL;
  points = g_steal_pointer (&r->points);
  if (text != NULL)
    *text = g_steal_pointer (&r->text);
  op_result_free (r);
  return points;
}

static gpointer
add_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Op *op = data;

  if (!rs_response_point_store_add (db, op->point, error))
    return NULL;
  return g_object_ref (op->point);
}

void
rs_response_point_store_add_async (RsDatabase         *db,
                                   RsResponsePoint    *point,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  Op *op = g_new0 (Op, 1);

  op->point = rs_response_point_dup (point);
  rs_database_run_async (db, add_job, op, op_free, g_object_unref, cancellable, callback, user_data);
}

RsResponsePoint *
rs_response_point_store_add_finish (RsDatabase   *db,
                                    GAsyncResult *result,
                                    GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
save_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Op *op = data;
  OpResult *r = g_new0 (OpResult, 1);
  g_autoptr(GError) local = NULL;

  if (rs_response_point_store_save (db, op->point, &r->current, &local))
    {
      r->version = rs_response_point_get_version (op->point);
      return r;
    }
  if (g_error_matches (local, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT))
    {
      /* Handed back with the point as stored now. */
      r->error = g_steal_pointer (&local);
      return r;
    }
  op_result_free (r);
  g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

void
rs_response_point_store_save_async (RsDatabase         *db,
                                    RsResponsePoint    *point,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  Op *op = g_new0 (Op, 1);

  op->point = rs_response_point_dup (point);
  run (db, save_job, op, cancellable, callback, user_data);
}

gboolean
rs_response_point_store_save_finish (RsDatabase       *db,
                                     GAsyncResult     *result,
                                     gint64           *version,
                                     RsResponsePoint **current,
                                     GError          **error)
{
  OpResult *r = finish (db, result, error);
  gboolean ok;

  if (r == NULL)
    return FALSE;
  ok = r->current == NULL;
  if (ok && version != NULL)
    *version = r->version;
  if (!ok && current != NULL)
    *current = g_steal_pointer (&r->current);
  op_result_free (r);
  return ok;
}

static gpointer
delete_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Op *op = data;

  rs_response_point_store_delete (db, op->id, error);
  return NULL;
}

void
rs_response_point_store_delete_async (RsDatabase         *db,
                                      gint64              point_id,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  Op *op = g_new0 (Op, 1);

  op->id = point_id;
  rs_database_run_async (db, delete_job, op, op_free, NULL, cancellable, callback, user_data);
}

gboolean
rs_response_point_store_delete_finish (RsDatabase   *db,
                                       GAsyncResult *result,
                                       GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
update_response_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Op *op = data;

  rs_response_store_update (db, op->response, error);
  return NULL;
}

void
rs_response_store_update_async (RsDatabase         *db,
                                RsHearingResponse  *response,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  Op *op = g_new0 (Op, 1);

  op->response = rs_hearing_response_new ();
  rs_hearing_response_set_id (op->response, rs_hearing_response_get_id (response));
  rs_hearing_response_set_party_type (op->response, rs_hearing_response_get_party_type (response));
  rs_hearing_response_set_redaction_override (op->response, rs_hearing_response_get_redaction_override (response));
  rs_hearing_response_set_summary (op->response, rs_hearing_response_get_summary (response));
  rs_hearing_response_set_consent (op->response, rs_hearing_response_get_consent (response));
  rs_database_run_async (db, update_response_job, op, op_free, NULL, cancellable, callback, user_data);
}

gboolean
rs_response_store_update_finish (RsDatabase   *db,
                                 GAsyncResult *result,
                                 GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}
