/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-lab-store"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "rs-audit.h"
#include "rs-checklist.h"
#include "rs-date.h"
#include "rs-lab-store.h"
#include "rs-process-store.h"

#define LAB_COLUMNS \
  "l.id, l.process_id, l.title, l.problem, l.invited_groups, l.invitation_method, " \
  "l.funding_amount, l.funding_granted_by, l.funding_date, l.external_facilitators, " \
  "l.outcome, l.next_steps, l.status, " \
  "(SELECT count(*) FROM session s WHERE s.lab_id = l.id), " \
  "(SELECT count(*) FROM idea i WHERE i.lab_id = l.id), " \
  "(SELECT count(DISTINCT r.person_id) FROM registration r JOIN session s ON s.id = r.session_id " \
  " WHERE s.lab_id = l.id AND r.attended = 1), l.version "

static void
set_text (RsLab        *lab,
          void        (*setter) (RsLab *, const char *),
          RsStatement  *stmt,
          int           column)
{
  g_autofree char *text = rs_column_dup_text (stmt, column);

  setter (lab, text);
}

static GPtrArray *
query_labs (RsDatabase *db,
            const char *where,
            gint64      id,
            GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = g_strconcat ("SELECT " LAB_COLUMNS "FROM lab l WHERE ", where,
                                      " ORDER BY l.id", NULL);
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, sql, "i", id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsLab *lab = rs_lab_new ();
      rs_lab_set_id (lab, rs_statement_column_int64 (stmt, 0));
      rs_lab_set_process_id (lab, rs_statement_column_int64 (stmt, 1));
      set_text (lab, rs_lab_set_title, stmt, 2);
      set_text (lab, rs_lab_set_problem, stmt, 3);
      set_text (lab, rs_lab_set_invited_groups, stmt, 4);
      set_text (lab, rs_lab_set_invitation_method, stmt, 5);
      if (rs_statement_column_type (stmt, 6) != RS_SQL_NULL)
        rs_lab_set_funding_amount (lab, rs_statement_column_double (stmt, 6));
      set_text (lab, rs_lab_set_funding_granted_by, stmt, 7);
      set_text (lab, rs_lab_set_funding_date, stmt, 8);
      set_text (lab, rs_lab_set_external_facilitators, stmt, 9);
      set_text (lab, rs_lab_set_outcome, stmt, 10);
      set_text (lab, rs_lab_set_next_steps, stmt, 11);
      set_text (lab, rs_lab_set_status, stmt, 12);
      rs_lab_set_counts (lab, rs_statement_column_int (stmt, 13), rs_statement_column_int (stmt, 14),
                         rs_statement_column_int (stmt, 15));
      rs_lab_set_version (lab, rs_statement_column_int64 (stmt, 16));
      g_ptr_array_add (out, lab);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  for (guint i = 0; i < out->len; i++)
    {
      RsLab *lab = g_ptr_array_index (out, i);
      g_autoptr(GPtrArray) items = rs_checklist_load (db, "lab", rs_lab_get_id (lab), error);
      guint met = 0, total;

      if (items == NULL)
        return NULL;
      total = rs_checklist_count_met (items, &met);
      rs_lab_set_checklist (lab, met, total);
    }
  return g_steal_pointer (&out);
}

GListStore *
rs_lab_store_list (RsDatabase *db,
                   gint64      process_id,
                   GError    **error)
{
  g_autoptr(GPtrArray) labs = query_labs (db, "l.process_id = ?", process_id, error);
  GListStore *store;

  if (labs == NULL)
    return NULL;
  store = g_list_store_new (RS_TYPE_LAB);
  g_list_store_splice (store, 0, 0, labs->pdata, labs->len);
  return store;
}

RsLab *
rs_lab_store_get (RsDatabase *db,
                  gint64      lab_id,
                  GError    **error)
{
  g_autoptr(GPtrArray) labs = query_labs (db, "l.id = ?", lab_id, error);

  if (labs == NULL)
    return NULL;
  if (labs->len == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no lab with id %lld."), (long long) lab_id);
      return NULL;
    }
  return g_ptr_array_steal_index (labs, 0);
}

gint64
rs_lab_store_create (RsDatabase *db,
                     gint64      process_id,
                     const char *title,
                     const char *problem,
                     GError    **error)
{
  if (!rs_database_run (db, error,
                        "INSERT INTO lab (process_id, title, problem) VALUES (?, ?, coalesce(?, ''))",
                        "itt", process_id, title, problem))
    return 0;
  return rs_database_last_insert_id (db);
}

gboolean
rs_lab_store_update (RsDatabase  *db,
                     RsLab       *lab,
                     GError     **error)
{
  const char *funding_date;
  gint64 id, version;
  gboolean ok;

  g_return_val_if_fail (RS_IS_LAB (lab), FALSE);
  funding_date = rs_lab_get_funding_date (lab);
  id = rs_lab_get_id (lab);
  version = rs_lab_get_version (lab);
  rs_database_lock (db);
  ok = rs_database_run (db, error,
                        "UPDATE lab SET title = ?, problem = coalesce(?, ''), "
                        "invited_groups = coalesce(?, ''), invitation_method = coalesce(?, ''), "
                        "funding_amount = CASE WHEN ? THEN ? END, "
                        "funding_granted_by = coalesce(?, ''), funding_date = nullif(?, ''), "
                        "external_facilitators = coalesce(?, ''), outcome = coalesce(?, ''), "
                        "next_steps = coalesce(?, ''), status = coalesce(?, status), version = version + 1 "
                        "WHERE id = ? AND (? = 0 OR version = ?)",
                        "ttttndtttttt" "iii", rs_lab_get_title (lab), rs_lab_get_problem (lab),
                        rs_lab_get_invited_groups (lab), rs_lab_get_invitation_method (lab),
                        rs_lab_get_funded (lab) ? 1 : 0, rs_lab_get_funding_amount (lab),
                        rs_lab_get_funding_granted_by (lab), funding_date,
                        rs_lab_get_external_facilitators (lab), rs_lab_get_outcome (lab),
                        rs_lab_get_next_steps (lab), rs_lab_get_status (lab), id, version, version);
  if (ok && rs_database_changes (db) == 0)
    {
      g_autoptr(GError) missing = NULL;
      g_autoptr(RsLab) stored = rs_lab_store_get (db, id, &missing);

      if (stored != NULL)
        rs_audit_set_conflict (db, "lab", id, _("This lab"), error);
      else
        g_propagate_error (error, g_steal_pointer (&missing));
      ok = FALSE;
    }
  if (ok)
    ok = rs_audit_log (db, "lab", id, "update", rs_lab_get_title (lab), error);
  /* The next save starts from the version this one stored. */
  if (ok && version != 0)
    rs_lab_set_version (lab, version + 1);
  rs_database_unlock (db);
  return ok;
}

gboolean
rs_lab_store_delete (RsDatabase *db,
                     gint64      lab_id,
                     GError    **error)
{
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!rs_database_run (db, error, "DELETE FROM checklist_item WHERE owner_type = 'lab' AND owner_id = ?",
                        "i", lab_id)
      || !rs_database_run (db, error,
                           "DELETE FROM checklist_item WHERE owner_type = 'evaluation' AND owner_id IN "
                           "(SELECT id FROM evaluation WHERE owner_type = 'lab' AND owner_id = ?)",
                           "i", lab_id)
      || !rs_database_run (db, error, "DELETE FROM evaluation WHERE owner_type = 'lab' AND owner_id = ?",
                           "i", lab_id)
      || !rs_database_run (db, error, "DELETE FROM lab WHERE id = ?", "i", lab_id))
    {
      rs_database_rollback (db);
      return FALSE;
    }
  return rs_database_commit (db, error);
}

gint64
rs_lab_store_insert (RsDatabase  *db,
                     RsLab       *lab,
                     GError     **error)
{
  g_autoptr(RsLab) copy = NULL;
  const char *title = rs_lab_get_title (lab);
  const char *funding_date = rs_lab_get_funding_date (lab);
  gint64 id;

  if (title == NULL || *title == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("The lab needs a title."));
      return 0;
    }
  if (rs_lab_get_funded (lab) && rs_lab_get_funding_amount (lab) < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The funding amount %.0f is negative."), rs_lab_get_funding_amount (lab));
      return 0;
    }
  if (funding_date != NULL && *funding_date != '\0' && !rs_date_is_valid (funding_date))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The funding date “%s” is not a date like 2026-03-01."), funding_date);
      return 0;
    }
  copy = rs_lab_copy (lab);
  if (funding_date != NULL && *funding_date == '\0')
    rs_lab_set_funding_date (copy, NULL);
  if (rs_lab_get_status (copy) == NULL)
    rs_lab_set_status (copy, "planned");
  if (!rs_database_begin (db, error))
    return 0;
  if ((id = rs_lab_store_create (db, rs_lab_get_process_id (lab), title, rs_lab_get_problem (lab), error)) == 0)
    goto fail;
  rs_lab_set_id (copy, id);
  if (!rs_lab_store_update (db, copy, error))
    goto fail;
  if (!rs_database_commit (db, error))
    return 0;
  return id;

fail:
  rs_database_rollback (db);
  return 0;
}

static gpointer
list_labs_job (RsDatabase   *db,
               gpointer      data,
               GCancellable *cancellable,
               GError      **error)
{
  return rs_lab_store_list (db, *(gint64 *) data, error);
}

void
rs_lab_store_list_async (RsDatabase         *db,
                         gint64              process_id,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  rs_database_run_for_id_async (db, list_labs_job, process_id, g_object_unref,
                                cancellable, callback, user_data);
}

GListStore *
rs_lab_store_list_finish (RsDatabase   *db,
                          GAsyncResult *result,
                          GError      **error)
{
  return rs_database_run_finish (db, result, error);
}
