/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-lab-store"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "rs-checklist.h"
#include "rs-date.h"
#include "rs-lab-store.h"
#include "rs-process-store.h"

void
rs_lab_free (RsLab *lab)
{
  if (lab == NULL)
    return;
  g_free (lab->title);
  g_free (lab->problem);
  g_free (lab->invited_groups);
  g_free (lab->invitation_method);
  g_free (lab->funding_granted_by);
  g_free (lab->funding_date);
  g_free (lab->external_facilitators);
  g_free (lab->outcome);
  g_free (lab->next_steps);
  g_free (lab->status);
  g_free (lab);
}

#define LAB_COLUMNS \
  "l.id, l.process_id, l.title, l.problem, l.invited_groups, l.invitation_method, " \
  "l.funding_amount, l.funding_granted_by, l.funding_date, l.external_facilitators, " \
  "l.outcome, l.next_steps, l.status, " \
  "(SELECT count(*) FROM session s WHERE s.lab_id = l.id), " \
  "(SELECT count(*) FROM idea i WHERE i.lab_id = l.id), " \
  "(SELECT count(DISTINCT r.person_id) FROM registration r JOIN session s ON s.id = r.session_id " \
  " WHERE s.lab_id = l.id AND r.attended = 1) "

static GPtrArray *
query_labs (RsDatabase *db,
            const char *where,
            gint64      id,
            GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_lab_free);
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
      RsLab *lab = g_new0 (RsLab, 1);
      lab->id = rs_statement_column_int64 (stmt, 0);
      lab->process_id = rs_statement_column_int64 (stmt, 1);
      lab->title = rs_column_dup_text (stmt, 2);
      lab->problem = rs_column_dup_text (stmt, 3);
      lab->invited_groups = rs_column_dup_text (stmt, 4);
      lab->invitation_method = rs_column_dup_text (stmt, 5);
      lab->funded = rs_statement_column_type (stmt, 6) != RS_SQL_NULL;
      lab->funding_amount = rs_statement_column_double (stmt, 6);
      lab->funding_granted_by = rs_column_dup_text (stmt, 7);
      lab->funding_date = rs_column_dup_text (stmt, 8);
      lab->external_facilitators = rs_column_dup_text (stmt, 9);
      lab->outcome = rs_column_dup_text (stmt, 10);
      lab->next_steps = rs_column_dup_text (stmt, 11);
      lab->status = rs_column_dup_text (stmt, 12);
      lab->n_sessions = rs_statement_column_int (stmt, 13);
      lab->n_ideas = rs_statement_column_int (stmt, 14);
      lab->n_participants = rs_statement_column_int (stmt, 15);
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
      g_autoptr(GPtrArray) items = rs_checklist_load (db, "lab", lab->id, error);
      if (items == NULL)
        return NULL;
      lab->checklist_total = rs_checklist_count_met (items, &lab->checklist_met);
    }
  return g_steal_pointer (&out);
}

GPtrArray *
rs_lab_store_list (RsDatabase *db,
                   gint64      process_id,
                   GError    **error)
{
  return query_labs (db, "l.process_id = ?", process_id, error);
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
                     const RsLab *lab,
                     GError     **error)
{
  return rs_database_run (db, error,
                          "UPDATE lab SET title = ?, problem = coalesce(?, ''), "
                          "invited_groups = coalesce(?, ''), invitation_method = coalesce(?, ''), "
                          "funding_amount = CASE WHEN ? THEN ? END, "
                          "funding_granted_by = coalesce(?, ''), funding_date = nullif(?, ''), "
                          "external_facilitators = coalesce(?, ''), outcome = coalesce(?, ''), "
                          "next_steps = coalesce(?, ''), status = coalesce(?, status), version = version + 1 WHERE id = ?",
                          "ttttndtttttti", lab->title, lab->problem, lab->invited_groups,
                          lab->invitation_method, lab->funded ? 1 : 0, lab->funding_amount,
                          lab->funding_granted_by, lab->funding_date, lab->external_facilitators,
                          lab->outcome, lab->next_steps, lab->status, lab->id) &&
         rs_audit_log (db, "lab", lab->id, "update", lab->title, error);
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
                     const RsLab *lab,
                     GError     **error)
{
  RsLab copy = *lab;
  gint64 id;

  if (lab->title == NULL || *lab->title == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("The lab needs a title."));
      return 0;
    }
  if (lab->funded && lab->funding_amount < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The funding amount %.0f is negative."), lab->funding_amount);
      return 0;
    }
  if (lab->funding_date != NULL && *lab->funding_date != '\0')
    {
      if (!rs_date_is_valid (lab->funding_date))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("The funding date “%s” is not a date like 2026-03-01."), lab->funding_date);
          return 0;
        }
    }
  else
    copy.funding_date = NULL;
  if (copy.status == NULL)
    copy.status = (char *) "planned";
  if (!rs_database_begin (db, error))
    return 0;
  if ((id = rs_lab_store_create (db, lab->process_id, lab->title, lab->problem, error)) == 0)
    goto fail;
  copy.id = id;
  if (!rs_lab_store_update (db, &copy, error))
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
  rs_database_run_for_id_async (db, list_labs_job, process_id, (GDestroyNotify) g_ptr_array_unref,
                                cancellable, callback, user_data);
}

GPtrArray *
rs_lab_store_list_finish (RsDatabase   *db,
                          GAsyncResult *result,
                          GError      **error)
{
  return rs_database_run_finish (db, result, error);
}
