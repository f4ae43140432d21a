/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-recommendation-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-recommendation-store.h"

/* The recommendation store, continued: async wrappers for the GUI; the work
 * runs on the database thread. */

typedef struct
{
  GListStore         *list;
  RsCouncilDashboard  dashboard;
} ListResult;

static void
list_result_free (gpointer data)
{
  ListResult *r = data;

  g_clear_object (&r->list);
  g_free (r);
}

static gpointer
list_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  gint64 process_id = *(gint64 *) data;
  ListResult *r = g_new0 (ListResult, 1);

  r->list = rs_recommendation_store_list (db, process_id, TRUE, error);
  if (r->list == NULL ||
      !rs_recommendation_store_dashboard (db, process_id, NULL, &r->dashboard, error))
    {
      list_result_free (r);
      return NULL;
    }
  return r;
}

void
rs_recommendation_store_list_async (RsDatabase         *db,
                                    gint64              process_id,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  rs_database_run_async (db, list_job, g_memdup2 (&process_id, sizeof process_id), g_free,
                         list_result_free, cancellable, callback, user_data);
}

GListStore *
rs_recommendation_store_list_finish (RsDatabase         *db,
                                     GAsyncResult       *result,
                                     RsCouncilDashboard *dashboard,
                                     GError            **error)
{
  ListResult *r = rs_database_run_finish (db, result, error);
  GListStore *list;

  if (r == NULL)
    return NULL;
  if (dashboard)
    *dashboard = r->dashboard;
  list = g_steal_pointer (&r->list);
  list_result_free (r);
  return list;
}

typedef struct
{
  RsRecommendationEdit  edit;
  gpointer              data;
  GDestroyNotify        data_destroy;
} EditData;

static void
edit_data_free (gpointer p)
{
  EditData *e = p;

  if (e->data_destroy)
    e->data_destroy (e->data);
  g_free (e);
}

static gpointer
edit_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  EditData *e = data;

  /* A non-NULL marker for success; rs_database_run_finish_boolean reads errors. */
  return e->edit (db, e->data, error) ? GINT_TO_POINTER (1) : NULL;
}

void
rs_recommendation_store_edit_async (RsDatabase          *db,
                                    RsRecommendationEdit edit,
                                    gpointer             data,
                                    GDestroyNotify       data_destroy,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  EditData *e = g_new0 (EditData, 1);

  e->edit = edit;
  e->data = data;
  e->data_destroy = data_destroy;
  rs_database_run_async (db, edit_job, e, edit_data_free, NULL, cancellable, callback, user_data);
}

gboolean
rs_recommendation_store_edit_finish (RsDatabase   *db,
                                     GAsyncResult *result,
                                     GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

typedef struct
{
  gint64  process_id;
  char   *title;
  char   *theme;
} CreateData;

static void
create_data_free (gpointer data)
{
  CreateData *c = data;

  g_free (c->title);
  g_free (c->theme);
  g_free (c);
}

static gpointer
create_job (RsDatabase   *db,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  CreateData *c = data;

  return rs_recommendation_store_create (db, c->process_id, c->title, c->theme, error);
}

void
rs_recommendation_store_create_async (RsDatabase          *db,
                                      gint64               process_id,
                                      const char          *title,
                                      const char          *theme,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  CreateData *c = g_new0 (CreateData, 1);

  c->process_id = process_id;
  c->title = g_strdup (title);
  c->theme = g_strdup (theme);
  rs_database_run_async (db, create_job, c, create_data_free, g_object_unref, cancellable, callback,
                         user_data);
}

RsRecommendation *
rs_recommendation_store_create_finish (RsDatabase   *db,
                                       GAsyncResult *result,
                                       GError      **error)
{
  return rs_database_run_finish (db, result, error);
}
