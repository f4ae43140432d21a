/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-session-details"

#include "config.h"

#include "rs-attendance.h"
#include "rs-session-details.h"
#include "rs-table-groups.h"

void
rs_session_details_free (RsSessionDetails *details)
{
  if (details == NULL)
    return;
  g_clear_object (&details->info);
  g_clear_pointer (&details->agenda, g_ptr_array_unref);
  g_clear_pointer (&details->regs, g_ptr_array_unref);
  g_clear_pointer (&details->stats, g_ptr_array_unref);
  g_free (details);
}

RsSessionDetails *
rs_session_details_load (RsDatabase *db,
                         gint64      session_id,
                         GError    **error)
{
  RsSessionDetails *d = g_new0 (RsSessionDetails, 1);

  d->imbalance = -1;
  if ((d->info = rs_session_store_get (db, session_id, error)) == NULL
      || (d->agenda = rs_session_store_agenda (db, session_id, error)) == NULL
      || (d->regs = rs_session_store_registrations (db, session_id, FALSE, error)) == NULL
      || (d->stats = rs_attendance_stats (db, session_id, error)) == NULL
      || !rs_table_groups_session_balance (db, session_id, &d->imbalance, error))
    {
      rs_session_details_free (d);
      return NULL;
    }
  return d;
}

static gpointer
load_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_session_details_load (db, *(gint64 *) data, error);
}

void
rs_session_details_load_async (RsDatabase         *db,
                               gint64              session_id,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  rs_database_run_for_id_async (db, load_job, session_id, (GDestroyNotify) rs_session_details_free,
                                cancellable, callback, user_data);
}

RsSessionDetails *
rs_session_details_load_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
list_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_session_store_list (db, *(gint64 *) data, error);
}

void
rs_session_store_list_async (RsDatabase         *db,
                             gint64              process_id,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  rs_database_run_for_id_async (db, list_job, process_id, g_object_unref,
                                cancellable, callback, user_data);
}

GListStore *
rs_session_store_list_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

typedef struct
{
  gint64    session_id;
  gint64    person_id;
  char     *text;
  int       number;
  gboolean  flag;
  gboolean  register_walk_in;
} Change;

static void
change_free (Change *c)
{
  g_free (c->text);
  g_free (c);
}

static Change *
change_new (gint64      session_id,
            gint64      person_id,
            const char *text,
            int         number,
            gboolean    flag)
{
  Change *c = g_new0 (Change, 1);

  c->session_id = session_id;
  c->person_id = person_id;
  c->text = g_strdup (text);
  c->number = number;
  c->flag = flag;
  return c;
}

static void
run_change (RsDatabase         *db,
            RsDatabaseJob       job,
            Change             *change,
            GCancellable       *cancellable,
            GAsyncReadyCallback callback,
            gpointer            user_data)
{
  rs_database_run_async (db, job, change, (GDestroyNotify) change_free,
                         (GDestroyNotify) rs_session_details_free, cancellable, callback, user_data);
}

static gpointer
mark_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Change *c = data;
  gint64 person = c->person_id;

  if (person == 0 && (person = rs_attendance_find_person (db, c->session_id, c->text, error)) == 0)
    return NULL;
  if (!rs_attendance_set (db, c->session_id, person, c->flag, c->register_walk_in, error))
    return NULL;
  return rs_session_details_load (db, c->session_id, error);
}

void
rs_session_details_mark_async (RsDatabase         *db,
                               gint64              session_id,
                               gint64              person_id,
                               const char         *text,
                               gboolean            attended,
                               gboolean            register_walk_in,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  Change *c = change_new (session_id, person_id, text, 0, attended);

  c->register_walk_in = register_walk_in;
  run_change (db, mark_job, c, cancellable, callback, user_data);
}

static gpointer
register_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Change *c = data;
  gint64 person = c->person_id, promoted = 0;
  gboolean cancelling = c->text == NULL;
  RsSessionDetails *d;

  if (!cancelling)
    {
      if ((person = rs_session_store_find_person (db, c->session_id, c->text, error)) == 0
          || !rs_session_store_register (db, c->session_id, person, NULL, error))
        return NULL;
    }
  else if (!rs_session_store_cancel (db, c->session_id, person, &promoted, error))
    return NULL;
  if ((d = rs_session_details_load (db, c->session_id, error)) == NULL)
    return NULL;
  d->person_id = person;
  d->promoted_id = promoted;
  d->cancelled = cancelling;
  return d;
}

void
rs_session_details_register_async (RsDatabase         *db,
                                   gint64              session_id,
                                   gint64              person_id,
                                   const char         *text,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  run_change (db, register_job, change_new (session_id, person_id, text, 0, FALSE), cancellable,
              callback, user_data);
}

static gpointer
tables_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Change *c = data;
  double imbalance = 0;
  RsSessionDetails *d;

  if (!rs_table_groups_assign_session (db, c->session_id, (guint) MAX (c->number, 0), &imbalance, error))
    return NULL;
  d = rs_session_details_load (db, c->session_id, error);
  if (d != NULL)
    d->imbalance = imbalance;
  return d;
}

void
rs_session_details_make_tables_async (RsDatabase         *db,
                                      gint64              session_id,
                                      int                 size,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  run_change (db, tables_job, change_new (session_id, 0, NULL, size, FALSE), cancellable, callback,
              user_data);
}

static gpointer
pin_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Change *c = data;
  gint64 person = rs_attendance_find_person (db, c->session_id, c->text, error);

  if (person == 0 || !rs_table_groups_pin (db, c->session_id, person, c->number, error))
    return NULL;
  return rs_session_details_load (db, c->session_id, error);
}

void
rs_session_details_pin_async (RsDatabase         *db,
                              gint64              session_id,
                              const char         *who,
                              int                 table_no,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  run_change (db, pin_job, change_new (session_id, 0, who, table_no, FALSE), cancellable, callback,
              user_data);
}

RsSessionDetails *
rs_session_details_finish (RsDatabase   *db,
                           GAsyncResult *result,
                           GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
delete_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  rs_session_store_delete (db, *(gint64 *) data, error);
  return NULL;
}

void
rs_session_store_delete_async (RsDatabase         *db,
                               gint64              session_id,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  rs_database_run_for_id_async (db, delete_job, session_id, NULL, cancellable, callback, user_data);
}

gboolean
rs_session_store_delete_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
import_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  Change *c = data;
  guint count = 0;
  gboolean ok = c->flag ? rs_registration_import_csv (db, c->session_id, c->text, &count, error)
                        : rs_attendance_import_csv (db, c->session_id, c->text, FALSE, &count, error);

  return ok ? g_memdup2 (&count, sizeof count) : NULL;
}

void
rs_session_import_csv_async (RsDatabase         *db,
                             gint64              session_id,
                             const char         *path,
                             gboolean            registrations,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  rs_database_run_async (db, import_job, change_new (session_id, 0, path, 0, registrations),
                         (GDestroyNotify) change_free, g_free, cancellable, callback, user_data);
}

gboolean
rs_session_import_csv_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              guint        *count,
                              GError      **error)
{
  g_autofree guint *n = rs_database_run_finish (db, result, error);

  if (n == NULL)
    return FALSE;
  if (count)
    *count = *n;
  return TRUE;
}
