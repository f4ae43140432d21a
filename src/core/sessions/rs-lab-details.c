/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-lab-details"

#include "config.h"

#include "rs-checklist.h"
#include "rs-lab-details.h"
#include "rs-session-report.h"

/* What a change asks for; lives only in this file, on its way to the
 * database thread. */
typedef struct
{
  gint64      lab_id;
  RsLab      *lab;
  char       *criterion;
  gboolean    met;
  char       *evidence;
  int         limit;
  char       *language;
  char       *path;
} LabChange;

static void
lab_change_free (LabChange *c)
{
  g_clear_object (&c->lab);
  g_free (c->criterion);
  g_free (c->evidence);
  g_free (c->language);
  g_free (c->path);
  g_free (c);
}

static LabChange *
lab_change_new (gint64  lab_id,
                RsLab  *lab)
{
  LabChange *c = g_new0 (LabChange, 1);

  c->lab_id = lab_id;
  c->lab = lab ? rs_lab_copy (lab) : NULL;
  return c;
}

void
rs_lab_details_free (RsLabDetails *details)
{
  if (details == NULL)
    return;
  g_clear_object (&details->lab);
  g_clear_pointer (&details->checklist, g_ptr_array_unref);
  g_free (details);
}

RsLabDetails *
rs_lab_details_load (RsDatabase *db,
                     gint64      lab_id,
                     GError    **error)
{
  g_autoptr(RsLabDetails) d = g_new0 (RsLabDetails, 1);

  if ((d->lab = rs_lab_store_get (db, lab_id, error)) == NULL
      || (d->checklist = rs_checklist_load (db, "lab", lab_id, error)) == NULL)
    return NULL;
  return g_steal_pointer (&d);
}

static gpointer
load_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_lab_details_load (db, *(gint64 *) data, error);
}

void
rs_lab_details_load_async (RsDatabase         *db,
                           gint64              lab_id,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_return_if_fail (RS_IS_DATABASE (db));
  rs_database_run_for_id_async (db, load_job, lab_id, (GDestroyNotify) rs_lab_details_free, cancellable,
                                callback, user_data);
}

typedef struct
{
  RsLabDetails *details;   /* after the save, or the lab as stored now */
  GError       *conflict;  /* set when the save was refused */
} Update;

static void
update_free (gpointer data)
{
  Update *u = data;

  g_clear_pointer (&u->details, rs_lab_details_free);
  g_clear_error (&u->conflict);
  g_free (u);
}

static gpointer
update_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  LabChange *c = data;
  g_autoptr(GError) local = NULL;
  Update *u = g_new0 (Update, 1);

  if (!rs_lab_store_update (db, c->lab, &local))
    {
      if (g_error_matches (local, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT) &&
          (u->details = rs_lab_details_load (db, c->lab_id, NULL)) != NULL)
        {
          u->conflict = g_steal_pointer (&local);
          return u;
        }
      update_free (u);
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if ((u->details = rs_lab_details_load (db, c->lab_id, error)) == NULL)
    {
      update_free (u);
      return NULL;
    }
  return u;
}

void
rs_lab_details_update_async (RsDatabase         *db,
                             RsLab              *lab,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  g_return_if_fail (RS_IS_DATABASE (db));
  g_return_if_fail (RS_IS_LAB (lab));
  rs_database_run_async (db, update_job, lab_change_new (rs_lab_get_id (lab), lab),
                         (GDestroyNotify) lab_change_free, update_free, cancellable, callback, user_data);
}

RsLabDetails *
rs_lab_details_update_finish (RsDatabase    *db,
                              GAsyncResult  *result,
                              RsLabDetails **current,
                              GError       **error)
{
  Update *u = rs_database_run_finish (db, result, error);
  RsLabDetails *details = NULL;

  if (u == NULL)
    return NULL;
  if (u->conflict != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&u->conflict));
      if (current != NULL)
        *current = g_steal_pointer (&u->details);
    }
  else
    details = g_steal_pointer (&u->details);
  update_free (u);
  return details;
}

static gpointer
check_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  LabChange *c = data;

  if (!rs_checklist_set (db, "lab", c->lab_id, c->criterion, c->met, c->evidence, error))
    return NULL;
  return rs_lab_details_load (db, c->lab_id, error);
}

void
rs_lab_details_check_async (RsDatabase         *db,
                            gint64              lab_id,
                            const char         *criterion,
                            gboolean            met,
                            const char         *evidence,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  LabChange *c;

  g_return_if_fail (RS_IS_DATABASE (db));
  g_return_if_fail (criterion != NULL);
  c = lab_change_new (lab_id, NULL);
  c->criterion = g_strdup (criterion);
  c->met = met;
  c->evidence = g_strdup (evidence);
  rs_database_run_async (db, check_job, c, (GDestroyNotify) lab_change_free,
                         (GDestroyNotify) rs_lab_details_free, cancellable, callback, user_data);
}

RsLabDetails *
rs_lab_details_finish (RsDatabase   *db,
                       GAsyncResult *result,
                       GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
insert_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  LabChange *c = data;
  gint64 id = rs_lab_store_insert (db, c->lab, error);

  return id != 0 ? g_memdup2 (&id, sizeof id) : NULL;
}

void
rs_lab_store_insert_async (RsDatabase         *db,
                           RsLab              *lab,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_return_if_fail (RS_IS_DATABASE (db));
  g_return_if_fail (RS_IS_LAB (lab));
  rs_database_run_async (db, insert_job, lab_change_new (0, lab), (GDestroyNotify) lab_change_free, g_free,
                         cancellable, callback, user_data);
}

gint64
rs_lab_store_insert_finish (RsDatabase   *db,
                            GAsyncResult *result,
                            GError      **error)
{
  g_autofree gint64 *id = rs_database_run_finish (db, result, error);

  return id != NULL ? *id : 0;
}

static gpointer
delete_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  rs_lab_store_delete (db, *(gint64 *) data, error);
  return NULL;
}

void
rs_lab_store_delete_async (RsDatabase         *db,
                           gint64              lab_id,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_return_if_fail (RS_IS_DATABASE (db));
  rs_database_run_for_id_async (db, delete_job, lab_id, NULL, cancellable, callback, user_data);
}

gboolean
rs_lab_store_delete_finish (RsDatabase   *db,
                            GAsyncResult *result,
                            GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
summary_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  LabChange *c = data;
  g_autoptr(RsDocument) doc = rs_session_report_lab_summary (db, c->lab_id, c->limit, c->language, error);
  RsDocumentFormat format = g_str_has_suffix (c->path, ".html") ? RS_DOCUMENT_FORMAT_HTML
                                                                 : RS_DOCUMENT_FORMAT_PDF;

  if (doc == NULL || !rs_document_write (doc, format, c->path, cancellable, error))
    return NULL;
  return NULL;
}

void
rs_lab_summary_write_async (RsDatabase         *db,
                            gint64              lab_id,
                            int                 small_cell_limit,
                            const char         *language,
                            const char         *path,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  LabChange *c;

  g_return_if_fail (RS_IS_DATABASE (db));
  g_return_if_fail (path != NULL);
  c = lab_change_new (lab_id, NULL);
  c->limit = small_cell_limit;
  c->language = g_strdup (language);
  c->path = g_strdup (path);
  rs_database_run_async (db, summary_job, c, (GDestroyNotify) lab_change_free, NULL, cancellable, callback,
                         user_data);
}

gboolean
rs_lab_summary_write_finish (RsDatabase   *db,
                             GAsyncResult *result,
                             GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}
