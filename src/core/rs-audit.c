/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-audit"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-audit.h"

#define ACTOR_KEY "rs-audit-actor"

static char *
default_actor (void)
{
  const char *real = g_get_real_name ();
  const char *login = g_get_user_name ();

  if (real == NULL || *real == '\0' || g_str_equal (real, "Unknown") || g_strcmp0 (real, login) == 0)
    return g_strdup (login);
  return g_strdup_printf ("%s (%s)", real, login);
}

const char *
rs_audit_get_actor (RsDatabase *db)
{
  const char *actor;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  actor = g_object_get_data (G_OBJECT (db), ACTOR_KEY);
  if (actor == NULL)
    {
      char *name = NULL;

#if HAVE_POSTGRESQL
      /* On a server, who is the role the server knows (and checks). */
      if (rs_database_is_server (db))
        {
          g_autoptr(RsStatement) stmt = NULL;

          rs_database_lock (db);
          stmt = rs_database_query (db, NULL, "SELECT current_user", "");
          if (stmt != NULL && rs_statement_step (stmt) == RS_SQL_ROW)
            name = rs_column_dup_text (stmt, 0);
          g_clear_pointer (&stmt, rs_statement_finalize);
          rs_database_unlock (db);
        }
#endif
      g_object_set_data_full (G_OBJECT (db), ACTOR_KEY, name ? name : default_actor (), g_free);
      actor = g_object_get_data (G_OBJECT (db), ACTOR_KEY);
    }
  return actor;
}

void
rs_audit_set_actor (RsDatabase *db,
                    const char *actor)
{
  g_return_if_fail (RS_IS_DATABASE (db));
  g_object_set_data_full (G_OBJECT (db), ACTOR_KEY, actor ? g_strdup (actor) : NULL, g_free);
}

gboolean
rs_audit_write (RsDatabase *db,
                gint64      process_id,
                const char *entity,
                gint64      entity_id,
                const char *action,
                const char *details,
                GError    **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  gboolean ok;

  g_return_val_if_fail (RS_IS_DATABASE (db), FALSE);
  rs_database_lock (db);
  ok = rs_database_run (db, error,
                        "INSERT INTO audit_log (at, actor, process_id, entity, entity_id, action, details) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        "ttIt" "itt", at, rs_audit_get_actor (db), process_id, entity, entity_id, action,
                        details ? details : "");
  rs_database_unlock (db);
  return ok;
}

#define ENTRY_COLUMNS "id, at, actor, process_id, entity, entity_id, action, details"

static RsAuditEntry *
entry_from_row (RsStatement *stmt)
{
  return rs_audit_entry_new (rs_statement_column_int64 (stmt, 0),
                             (const char *) rs_statement_column_text (stmt, 1),
                             (const char *) rs_statement_column_text (stmt, 2),
                             rs_statement_column_int64 (stmt, 3),
                             (const char *) rs_statement_column_text (stmt, 4),
                             rs_statement_column_int64 (stmt, 5),
                             (const char *) rs_statement_column_text (stmt, 6),
                             (const char *) rs_statement_column_text (stmt, 7));
}

GListStore *
rs_audit_list (RsDatabase *db,
               const char *entity,
               gint64      entity_id,
               gint64      process_id,
               GError    **error)
{
  g_autoptr(GListStore) store = g_list_store_new (RS_TYPE_AUDIT_ENTRY);
  RsStatement *stmt;
  int rc;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  rs_database_lock (db);
  /* Only the filters given go into the query (no "? IS NULL" tricks, whose
   * parameter types PostgreSQL cannot infer). */
  if (entity != NULL && entity_id != 0)
    stmt = rs_database_query (db, error, "SELECT " ENTRY_COLUMNS " FROM audit_log "
                                         "WHERE entity = ? AND entity_id = ? ORDER BY at DESC, id DESC",
                              "ti", entity, entity_id);
  else if (entity != NULL)
    stmt = rs_database_query (db, error, "SELECT " ENTRY_COLUMNS " FROM audit_log "
                                         "WHERE entity = ? ORDER BY at DESC, id DESC", "t", entity);
  else if (process_id != 0)
    stmt = rs_database_query (db, error, "SELECT " ENTRY_COLUMNS " FROM audit_log "
                                         "WHERE process_id = ? ORDER BY at DESC, id DESC", "i", process_id);
  else
    stmt = rs_database_query (db, error, "SELECT " ENTRY_COLUMNS " FROM audit_log "
                                         "ORDER BY at DESC, id DESC", "");
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsAuditEntry) entry = entry_from_row (stmt);
      g_list_store_append (store, entry);
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      g_clear_object (&store);
    }
  rs_statement_finalize (stmt);
  rs_database_unlock (db);
  return g_steal_pointer (&store);
}

RsAuditEntry *
rs_audit_last (RsDatabase *db,
               const char *entity,
               gint64      entity_id,
               GError    **error)
{
  g_autoptr(GListStore) rows = rs_audit_list (db, entity, entity_id, 0, error);

  if (rows == NULL || g_list_model_get_n_items (G_LIST_MODEL (rows)) == 0)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (rows), 0);
}

typedef struct
{
  char   *entity;
  gint64  entity_id;
} ListJob;

static void
list_job_free (gpointer data)
{
  ListJob *job = data;

  g_free (job->entity);
  g_free (job);
}

static gpointer
list_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  ListJob *job = data;

  return rs_audit_list (db, job->entity, job->entity_id, 0, error);
}

void
rs_audit_list_async (RsDatabase          *db,
                     const char          *entity,
                     gint64               entity_id,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  ListJob *job = g_new0 (ListJob, 1);

  job->entity = g_strdup (entity);
  job->entity_id = entity_id;
  rs_database_run_async (db, list_job, job, list_job_free, g_object_unref, cancellable, callback,
                         user_data);
}

GListStore *
rs_audit_list_finish (RsDatabase   *db,
                      GAsyncResult *result,
                      GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

gboolean
rs_audit_forget (RsDatabase *db,
                 const char *entity,
                 gint64      entity_id,
                 gint64      process_id,
                 GError    **error)
{
  gboolean ok;

  rs_database_lock (db);
  if (entity_id != 0)
    ok = rs_database_run (db, error, "UPDATE audit_log SET details = '' WHERE entity = ? AND entity_id = ?",
                          "ti", entity, entity_id);
  else
    ok = rs_database_run (db, error, "UPDATE audit_log SET details = '' WHERE entity = ? AND process_id = ?",
                          "ti", entity, process_id);
  rs_database_unlock (db);
  return ok;
}

void
rs_audit_diff (GString    *summary,
               const char *field,
               const char *before,
               const char *after,
               gboolean    show_values)
{
  if (g_strcmp0 (before ? before : "", after ? after : "") == 0)
    return;
  if (summary->len > 0)
    g_string_append (summary, "; ");
  if (show_values)
    g_string_append_printf (summary, "%s: %s → %s", field, before && *before ? before : "–",
                            after && *after ? after : "–");
  else
    g_string_append (summary, field);
}

void
rs_audit_set_conflict (RsDatabase *db,
                       const char *entity,
                       gint64      entity_id,
                       const char *what,
                       GError    **error)
{
  g_autoptr(RsAuditEntry) last = rs_audit_last (db, entity, entity_id, NULL);

  if (last != NULL)
    {
      g_autofree char *when = rs_audit_entry_format_time (last);
      /* Translators: the first %s is e.g. “This point”, then who and when. */
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT,
                   _("%s was changed by %s at %s while you were editing it."), what,
                   rs_audit_entry_get_actor (last), when);
    }
  else
    g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT,
                 _("%s was changed by someone else while you were editing it."), what);
}
