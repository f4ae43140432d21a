/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-panel-store"

#include "config.h"

#include "rs-categories.h"
#include "rs-panel-store.h"
#include "rs-pool-import.h"
#include "rs-pool-store.h"
#include "rs-population.h"

/* The panels, pools and targets for the GUI: each operation runs the
 * synchronous store function on the database thread. */

typedef struct
{
  gint64     id;       /* process, panel or person */
  char      *text;     /* name or status */
  int        number;   /* size */
  GPtrArray *categories;
} Args;

static void
args_free (Args *args)
{
  g_free (args->text);
  g_clear_pointer (&args->categories, g_ptr_array_unref);
  g_free (args);
}

static Args *
args_new (gint64      id,
          const char *text,
          int         number)
{
  Args *args = g_new0 (Args, 1);

  args->id = id;
  args->text = g_strdup (text);
  args->number = number;
  return args;
}

static void
run (RsDatabase         *db,
     RsDatabaseJob       job,
     Args               *args,
     GDestroyNotify      result_destroy,
     GCancellable       *cancellable,
     GAsyncReadyCallback callback,
     gpointer            user_data)
{
  rs_database_run_async (db, job, args, (GDestroyNotify) args_free, result_destroy, cancellable,
                         callback, user_data);
}

/* Panels */

static gpointer
list_panels_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_panel_store_list (db, ((Args *) data)->id, error);
}

void
rs_panel_store_list_async (RsDatabase         *db,
                           gint64              process_id,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  run (db, list_panels_job, args_new (process_id, NULL, 0), g_object_unref, cancellable, callback,
       user_data);
}

GListStore *
rs_panel_store_list_finish (RsDatabase   *db,
                            GAsyncResult *result,
                            GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
create_panel_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Args *args = data;

  return rs_panel_store_create (db, args->id, args->text, args->number, error);
}

void
rs_panel_store_create_async (RsDatabase         *db,
                             gint64              process_id,
                             const char         *name,
                             int                 size,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  run (db, create_panel_job, args_new (process_id, name, size), g_object_unref, cancellable,
       callback, user_data);
}

RsPanel *
rs_panel_store_create_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
update_panel_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  rs_panel_store_update (db, data, error);
  return NULL;
}

void
rs_panel_store_update_async (RsDatabase         *db,
                             RsPanel            *panel,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  rs_database_run_async (db, update_panel_job, rs_panel_copy (panel), g_object_unref, NULL,
                         cancellable, callback, user_data);
}

gboolean
rs_panel_store_update_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
delete_panel_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  rs_panel_store_delete (db, ((Args *) data)->id, error);
  return NULL;
}

void
rs_panel_store_delete_async (RsDatabase         *db,
                             gint64              id,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  run (db, delete_panel_job, args_new (id, NULL, 0), NULL, cancellable, callback, user_data);
}

gboolean
rs_panel_store_delete_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

/* Pools */

static gpointer
list_pool_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_pool_store_list (db, ((Args *) data)->id, error);
}

void
rs_pool_store_list_async (RsDatabase         *db,
                          gint64              panel_id,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  run (db, list_pool_job, args_new (panel_id, NULL, 0), g_object_unref, cancellable, callback,
       user_data);
}

GListStore *
rs_pool_store_list_finish (RsDatabase   *db,
                           GAsyncResult *result,
                           GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
change_person_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Args *args = data;

  if (args->text != NULL)
    rs_pool_store_set_status (db, args->id, args->text, error);
  else
    rs_pool_store_remove (db, args->id, error);
  return NULL;
}

void
rs_pool_store_change_async (RsDatabase         *db,
                            gint64              person_id,
                            const char         *status,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  run (db, change_person_job, args_new (person_id, status, 0), NULL, cancellable, callback,
       user_data);
}

gboolean
rs_pool_store_change_finish (RsDatabase   *db,
                             GAsyncResult *result,
                             GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

/* Categories and targets */

static gpointer
load_categories_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_categories_load (db, ((Args *) data)->id, error);
}

void
rs_categories_load_async (RsDatabase         *db,
                          gint64              panel_id,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  run (db, load_categories_job, args_new (panel_id, NULL, 0), (GDestroyNotify) g_ptr_array_unref,
       cancellable, callback, user_data);
}

GPtrArray *
rs_categories_load_finish (RsDatabase   *db,
                           GAsyncResult *result,
                           GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
save_categories_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Args *args = data;

  rs_categories_save (db, args->id, args->categories, error);
  return NULL;
}

void
rs_categories_save_async (RsDatabase         *db,
                          gint64              panel_id,
                          GPtrArray          *categories,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  Args *args = args_new (panel_id, NULL, 0);

  args->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_category_free);
  for (guint c = 0; c < categories->len; c++)
    g_ptr_array_add (args->categories, rs_category_copy (g_ptr_array_index (categories, c)));
  run (db, save_categories_job, args, NULL, cancellable, callback, user_data);
}

gboolean
rs_categories_save_finish (RsDatabase   *db,
                           GAsyncResult *result,
                           GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

/* One person */

static gpointer
get_person_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_pool_store_get (db, ((Args *) data)->id, error);
}

void
rs_pool_store_get_async (RsDatabase         *db,
                         gint64              person_id,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  run (db, get_person_job, args_new (person_id, NULL, 0), (GDestroyNotify) rs_person_data_free,
       cancellable, callback, user_data);
}

RsPersonData *
rs_pool_store_get_finish (RsDatabase   *db,
                          GAsyncResult *result,
                          GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

typedef struct
{
  gint64        panel_id;
  gint64        person_id;
  RsPersonData *data;
} SavePerson;

static void
save_person_free (SavePerson *save)
{
  rs_person_data_free (save->data);
  g_free (save);
}

static gpointer
save_person_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  SavePerson *save = data;
  gint64 id;

  if (save->person_id != 0)
    id = rs_pool_store_update (db, save->person_id, save->data, error) ? save->person_id : 0;
  else
    id = rs_pool_store_add (db, save->panel_id, save->data, error);
  return id != 0 ? g_memdup2 (&id, sizeof id) : NULL;
}

void
rs_pool_store_save_async (RsDatabase         *db,
                          gint64              panel_id,
                          gint64              person_id,
                          const RsPersonData *data,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  SavePerson *save = g_new0 (SavePerson, 1);

  save->panel_id = panel_id;
  save->person_id = person_id;
  save->data = rs_person_data_copy (data);
  rs_database_run_async (db, save_person_job, save, (GDestroyNotify) save_person_free, g_free, cancellable,
                         callback, user_data);
}

gint64
rs_pool_store_save_finish (RsDatabase   *db,
                           GAsyncResult *result,
                           GError      **error)
{
  g_autofree gint64 *id = rs_database_run_finish (db, result, error);

  return id != NULL ? *id : 0;
}

/* The pool import's stored mapping */

static gpointer
load_mapping_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_pool_import_load_mapping (db, ((Args *) data)->id, NULL);
}

void
rs_pool_import_load_mapping_async (RsDatabase         *db,
                                   gint64              panel_id,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  run (db, load_mapping_job, args_new (panel_id, NULL, 0), (GDestroyNotify) rs_pool_mapping_free,
       cancellable, callback, user_data);
}

RsPoolMapping *
rs_pool_import_load_mapping_finish (RsDatabase   *db,
                                    GAsyncResult *result,
                                    GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

/* Population figures */

static gpointer
load_population_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_population_load (db, ((Args *) data)->text, error);
}

void
rs_population_load_async (RsDatabase         *db,
                          const char         *municipality_code,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  run (db, load_population_job, args_new (0, municipality_code, 0), (GDestroyNotify) g_ptr_array_unref,
       cancellable, callback, user_data);
}

GPtrArray *
rs_population_load_finish (RsDatabase   *db,
                           GAsyncResult *result,
                           GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

typedef struct
{
  RsPanel *panel;     /* the snapshot saved; its version counts on */
  RsPanel *current;   /* after a refused save: the panel as stored now */
  GError  *conflict;
} Save;

static void
save_free (gpointer data)
{
  Save *save = data;

  g_clear_object (&save->panel);
  g_clear_object (&save->current);
  g_clear_error (&save->conflict);
  g_free (save);
}

static gpointer
save_panel_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Save *save = g_new0 (Save, 1);
  g_autoptr(GError) local = NULL;

  save->panel = rs_panel_copy (data);
  if (rs_panel_store_update (db, save->panel, &local))
    return save;
  if (g_error_matches (local, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT) &&
      (save->current = rs_panel_store_get (db, rs_panel_get_id (save->panel), NULL)) != NULL)
    {
      save->conflict = g_steal_pointer (&local);
      return save;
    }
  save_free (save);
  g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

void
rs_panel_store_save_async (RsDatabase         *db,
                           RsPanel            *panel,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  rs_database_run_async (db, save_panel_job, rs_panel_copy (panel), g_object_unref, save_free,
                         cancellable, callback, user_data);
}

gboolean
rs_panel_store_save_finish (RsDatabase   *db,
                            GAsyncResult *result,
                            gint64       *version,
                            RsPanel     **current,
                            GError      **error)
{
  Save *save = rs_database_run_finish (db, result, error);
  gboolean ok;

  if (save == NULL)
    return FALSE;
  ok = save->conflict == NULL;
  if (ok && version != NULL)
    *version = rs_panel_get_version (save->panel);
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&save->conflict));
      if (current != NULL)
        *current = g_steal_pointer (&save->current);
    }
  save_free (save);
  return ok;
}
