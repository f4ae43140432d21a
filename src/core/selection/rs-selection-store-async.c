/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-selection-store.h"

/* The draw's data for the GUI: each operation runs on the database thread. */

void
rs_selection_pool_check_free (RsSelectionPoolCheck *check)
{
  if (check == NULL)
    return;
  g_clear_pointer (&check->instance, rs_selection_instance_unref);
  g_clear_pointer (&check->check, rs_selection_check_free);
  g_clear_pointer (&check->zero_chance, g_ptr_array_unref);
  g_free (check);
}

/* The check itself: no SQL, so it may run on any thread. Takes @c. */
static RsSelectionPoolCheck *
check_loaded (RsSelectionPoolCheck *c,
              GCancellable         *cancellable,
              GError              **error)
{
  c->check = rs_selection_check (c->instance, cancellable, error);
  /* Feasible quotas may still leave someone without any chance: say so
   * before anything is computed. */
  if (c->check && c->check->feasible)
    c->zero_chance = rs_selection_zero_chance (c->instance, NULL, cancellable, error);
  if (c->check == NULL || (c->check->feasible && c->zero_chance == NULL))
    {
      rs_selection_pool_check_free (c);
      return NULL;
    }
  return c;
}

RsSelectionPoolCheck *
rs_selection_pool_check (RsDatabase   *db,
                         gint64        panel_id,
                         GCancellable *cancellable,
                         GError      **error)
{
  RsSelectionPoolCheck *c = g_new0 (RsSelectionPoolCheck, 1);

  c->instance = rs_selection_store_load (db, panel_id, &c->skipped, error);
  if (c->instance == NULL)
    {
      rs_selection_pool_check_free (c);
      return NULL;
    }
  return check_loaded (c, cancellable, error);
}

static gpointer
load_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  RsSelectionPoolCheck *c = g_new0 (RsSelectionPoolCheck, 1);

  c->instance = rs_selection_store_load (db, *(gint64 *) data, &c->skipped, error);
  if (c->instance == NULL)
    {
      rs_selection_pool_check_free (c);
      return NULL;
    }
  return c;
}

/* The task data: a slot holding the loaded check until the thread takes it. */
static void
pool_check_slot_free (gpointer data)
{
  RsSelectionPoolCheck **slot = data;

  g_clear_pointer (slot, rs_selection_pool_check_free);
  g_free (slot);
}

static void
check_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;
  RsSelectionPoolCheck *c = check_loaded (g_steal_pointer ((RsSelectionPoolCheck **) task_data),
                                          cancellable, &error);

  if (c != NULL)
    g_task_return_pointer (task, c, (GDestroyNotify) rs_selection_pool_check_free);
  else
    g_task_return_error (task, error);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  RsSelectionPoolCheck *c = rs_database_run_finish (RS_DATABASE (source), result, &error);

  if (c == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* The ILPs of the check take seconds on a large pool: they run on a
   * worker thread, so the database thread stays free for other pages. */
  g_task_set_task_data (task, g_memdup2 (&c, sizeof c), pool_check_slot_free);
  g_task_run_in_thread (task, check_in_thread);
}

void
rs_selection_pool_check_async (RsDatabase         *db,
                               gint64              panel_id,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  GTask *task = g_task_new (db, cancellable, callback, user_data);

  g_task_set_source_tag (task, rs_selection_pool_check_async);
  rs_database_run_for_id_async (db, load_job, panel_id, (GDestroyNotify) rs_selection_pool_check_free,
                                cancellable, loaded_cb, task);
}

RsSelectionPoolCheck *
rs_selection_pool_check_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  gint64             panel_id;
  RsSelectionResult *result;
  RsSelectionDraw   *draw;      /* the caller's */
  JsonNode          *protocol;
} Save;

static void
save_free (Save *s)
{
  g_clear_pointer (&s->result, rs_selection_result_unref);
  g_clear_pointer (&s->protocol, json_node_unref);
  g_free (s);
}

static gpointer
save_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Save *s = data;
  gint64 id = rs_selection_store_save_run (db, s->panel_id, s->result, s->draw, s->protocol, error);

  return id > 0 ? g_memdup2 (&id, sizeof id) : NULL;
}

void
rs_selection_store_save_run_async (RsDatabase         *db,
                                   gint64              panel_id,
                                   RsSelectionResult  *result,
                                   RsSelectionDraw    *draw,
                                   JsonNode           *protocol,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  Save *s = g_new0 (Save, 1);

  s->panel_id = panel_id;
  s->result = rs_selection_result_ref (result);
  s->draw = draw;
  s->protocol = protocol ? json_node_ref (protocol) : NULL;
  rs_database_run_async (db, save_job, s, (GDestroyNotify) save_free, g_free, cancellable, callback,
                         user_data);
}

gint64
rs_selection_store_save_run_finish (RsDatabase   *db,
                                    GAsyncResult *result,
                                    GError      **error)
{
  g_autofree gint64 *id = rs_database_run_finish (db, result, error);

  return id ? *id : 0;
}

static gpointer
list_runs_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_selection_store_list_runs (db, *(gint64 *) data, error);
}

void
rs_selection_store_list_runs_async (RsDatabase         *db,
                                    gint64              panel_id,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  rs_database_run_for_id_async (db, list_runs_job, panel_id, (GDestroyNotify) g_ptr_array_unref,
                                cancellable, callback, user_data);
}

GPtrArray *
rs_selection_store_list_runs_finish (RsDatabase   *db,
                                     GAsyncResult *result,
                                     GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
latest_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  RsSelectionLatestDraw *draw = rs_selection_store_latest_draw (db, *(gint64 *) data, error);

  if (draw == NULL && error && *error == NULL)
    g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INVALID, _("The panel has not been drawn yet."));
  return draw;
}

void
rs_selection_store_latest_draw_async (RsDatabase         *db,
                                      gint64              panel_id,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  rs_database_run_for_id_async (db, latest_job, panel_id, (GDestroyNotify) rs_selection_latest_draw_free,
                                cancellable, callback, user_data);
}

RsSelectionLatestDraw *
rs_selection_store_latest_draw_finish (RsDatabase   *db,
                                       GAsyncResult *result,
                                       GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

typedef struct
{
  gint64  panel_id;
  GArray *dropped;
} Replace;

static void
replace_free (Replace *r)
{
  g_clear_pointer (&r->dropped, g_array_unref);
  g_free (r);
}

static gpointer
replace_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Replace *r = data;

  return rs_selection_store_replace (db, r->panel_id, r->dropped, error);
}

void
rs_selection_store_replace_async (RsDatabase         *db,
                                  gint64              panel_id,
                                  GArray             *dropped,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  Replace *r = g_new0 (Replace, 1);

  r->panel_id = panel_id;
  r->dropped = g_array_ref (dropped);
  rs_database_run_async (db, replace_job, r, (GDestroyNotify) replace_free,
                         (GDestroyNotify) rs_selection_replacement_free, cancellable, callback, user_data);
}

RsSelectionReplacement *
rs_selection_store_replace_finish (RsDatabase   *db,
                                   GAsyncResult *result,
                                   GError      **error)
{
  return rs_database_run_finish (db, result, error);
}
