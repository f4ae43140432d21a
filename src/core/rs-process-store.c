/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-process-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-audit.h"
#include "rs-change-table.h"
#include "rs-process-store.h"

/* Typical dates for budget year Y (decided in autumn of Y-1), as month/day
 * offsets; users change them on the Overview page. */
static const struct {
  int start_year_offset, start_month, start_day;
  int end_year_offset, end_month, end_day;
} default_dates[RS_N_PHASES] = {
  { -2, 11, 15, -2, 11, 15 },  /* seminar */
  { -1, 1, 15, -1, 2, 28 },    /* goals */
  { -1, 3, 1, -1, 8, 31 },     /* involvement */
  { -1, 9, 1, -1, 9, 1 },      /* recommendations handed over */
  { -1, 9, 10, -1, 9, 10 },    /* first reading */
  { -1, 9, 11, -1, 9, 30 },    /* hearing */
  { -1, 10, 9, -1, 10, 9 },    /* second reading */
  { -1, 11, 1, -1, 11, 30 },   /* feedback */
  { -1, 12, 1, -1, 12, 15 },   /* evaluation */
};

static RsProcess *
process_from_row (RsStatement *stmt)
{
  g_autofree char *name = rs_column_dup_text (stmt, 1);
  g_autofree char *code = rs_column_dup_text (stmt, 3);
  g_autofree char *muni = rs_column_dup_text (stmt, 4);
  RsProcess *process = rs_process_new (rs_statement_column_int64 (stmt, 0), name,
                                       rs_statement_column_int (stmt, 2), code, muni);

  rs_process_set_version (process, rs_statement_column_int64 (stmt, 5));
  return process;
}

#define PROCESS_COLUMNS "id, name, budget_year, municipality_code, municipality_name, version"

GListStore *
rs_process_store_list (RsDatabase *db,
                       GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GListStore) store = g_list_store_new (RS_TYPE_PROCESS);
  int rc;

  rs_database_lock (db);
  stmt = rs_database_prepare (db, "SELECT " PROCESS_COLUMNS " FROM budget_process "
                                  "ORDER BY budget_year DESC, name COLLATE NOCASE", error);
  if (stmt == NULL)
    goto out;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsProcess) process = process_from_row (stmt);
      g_list_store_append (store, process);
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      g_clear_object (&store);
    }
out:
  rs_database_unlock (db);
  return stmt ? g_steal_pointer (&store) : NULL;
}

RsProcess *
rs_process_store_get (RsDatabase *db,
                      gint64      id,
                      GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  RsProcess *process = NULL;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_prepare (db, "SELECT " PROCESS_COLUMNS " FROM budget_process WHERE id = ?",
                              error);
  if (stmt != NULL)
    {
      rs_statement_bind_int64 (stmt, 1, id);
      rc = rs_statement_step (stmt);
      if (rc == RS_SQL_ROW)
        process = process_from_row (stmt);
      else if (rc == RS_SQL_DONE)
        {
          g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
          g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                       _("There is no budget process with id %s."), text);
        }
      else
        rs_database_set_error (db, rc, error);
    }
  rs_database_unlock (db);
  return process;
}

static gboolean
insert_default_phases (RsDatabase *db,
                       gint64      process_id,
                       int         year,
                       GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;

  stmt = rs_database_prepare (db, "INSERT INTO phase (process_id, kind, starts_on, ends_on) "
                                  "VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;

  for (int k = 0; k < RS_N_PHASES; k++)
    {
      g_autofree char *start = g_strdup_printf ("%04d-%02d-%02d",
                                                year + default_dates[k].start_year_offset,
                                                default_dates[k].start_month,
                                                default_dates[k].start_day);
      g_autofree char *end = g_strdup_printf ("%04d-%02d-%02d",
                                              year + default_dates[k].end_year_offset,
                                              default_dates[k].end_month,
                                              default_dates[k].end_day);
      rs_statement_reset (stmt);
      rs_statement_bind_int64 (stmt, 1, process_id);
      rs_statement_bind_text (stmt, 2, rs_phase_kind_to_nick (k), -1);
      rs_statement_bind_text (stmt, 3, start, -1);
      rs_statement_bind_text (stmt, 4, end, -1);
      if (!rs_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

RsProcess *
rs_process_store_create (RsDatabase *db,
                         const char *name,
                         int         budget_year,
                         const char *municipality_code,
                         const char *municipality_name,
                         GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  gint64 id;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);

  if (*stripped == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A budget process needs a name."));
      return NULL;
    }

  if (!rs_database_begin (db, error))
    return NULL;
  stmt = rs_database_prepare (db, "INSERT INTO budget_process "
                                  "(name, budget_year, municipality_code, municipality_name) "
                                  "VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    goto fail;
  rs_statement_bind_text (stmt, 1, name, -1);
  rs_statement_bind_int (stmt, 2, budget_year);
  rs_statement_bind_text (stmt, 3, municipality_code, -1);
  rs_statement_bind_text (stmt, 4, municipality_name, -1);
  if (!rs_database_step_done (db, stmt, error))
    goto fail;
  id = rs_database_last_insert_id (db);
  if (!insert_default_phases (db, id, budget_year, error))
    goto fail;
  if (!rs_audit_log (db, "budget_process", id, "create", name, error))
    goto fail;
  if (!rs_database_commit (db, error))
    return NULL;

  {
    RsProcess *process = rs_process_new (id, name, budget_year, municipality_code, municipality_name);

    rs_process_set_version (process, 1);
    return process;
  }

fail:
  rs_database_rollback (db);
  return NULL;
}

static gboolean
exec_on_process (RsDatabase *db,
                 const char *sql,
                 gint64      id,
                 const char *text,
                 GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  gboolean ok = FALSE;

  rs_database_lock (db);
  stmt = rs_database_prepare (db, sql, error);
  if (stmt != NULL)
    {
      int n = 1;
      if (text != NULL)
        rs_statement_bind_text (stmt, n++, text, -1);
      rs_statement_bind_int64 (stmt, n, id);
      ok = rs_database_step_done (db, stmt, error);
      if (ok && rs_database_changes (db) == 0)
        {
          g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
          g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                       _("There is no budget process with id %s."), id_text);
          ok = FALSE;
        }
    }
  rs_database_unlock (db);
  return ok;
}

gboolean
rs_process_store_rename (RsDatabase *db,
                         gint64      id,
                         const char *name,
                         GError    **error)
{
  if (name == NULL || *name == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A budget process needs a name."));
      return FALSE;
    }
  return exec_on_process (db, "UPDATE budget_process SET name = ?, version = version + 1, "
                              "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                          id, name, error) &&
         rs_audit_log (db, "budget_process", id, "rename", name, error);
}

gboolean
rs_process_store_save (RsDatabase *db,
                       RsProcess  *process,
                       GError    **error)
{
  g_autofree char *name = NULL;
  gint64 id, version;
  gboolean ok;

  g_return_val_if_fail (RS_IS_PROCESS (process), FALSE);
  name = g_strstrip (g_strdup (rs_process_get_name (process) ? rs_process_get_name (process) : ""));
  id = rs_process_get_id (process);
  version = rs_process_get_version (process);
  if (*name == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A budget process needs a name."));
      return FALSE;
    }
  rs_database_lock (db);
  ok = rs_database_run (db, error,
                        "UPDATE budget_process SET name = ?, version = version + 1, "
                        "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                        "WHERE id = ? AND (? = 0 OR version = ?)",
                        "tiii", name, id, version, version);
  if (ok && rs_database_changes (db) == 0)
    {
      g_autoptr(GError) missing = NULL;
      g_autoptr(RsProcess) stored = rs_process_store_get (db, id, &missing);

      if (stored != NULL)
        rs_audit_set_conflict (db, "budget_process", id, _("This budget process"), error);
      else
        g_propagate_error (error, g_steal_pointer (&missing));
      ok = FALSE;
    }
  if (ok)
    ok = rs_audit_log (db, "budget_process", id, "rename", name, error);
  /* The next save starts from the version this one stored. */
  if (ok && version != 0)
    rs_process_set_version (process, version + 1);
  rs_database_unlock (db);
  return ok;
}

gboolean
rs_process_store_delete (RsDatabase *db,
                         gint64      id,
                         GError    **error)
{
  return exec_on_process (db, "DELETE FROM budget_process WHERE id = ?", id, NULL, error) &&
         rs_audit_log (db, "budget_process", id, "delete", "", error);
}

GListStore *
rs_phase_store_list (RsDatabase *db,
                     gint64      process_id,
                     GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GListStore) store = g_list_store_new (RS_TYPE_PHASE);
  RsPhase *by_kind[RS_N_PHASES] = { NULL };
  int rc;

  rs_database_lock (db);
  stmt = rs_database_prepare (db, "SELECT id, kind, starts_on, ends_on FROM phase "
                                  "WHERE process_id = ?", error);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  rs_statement_bind_int64 (stmt, 1, process_id);
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsPhaseKind kind;
      if (!rs_phase_kind_from_nick ((const char *) rs_statement_column_text (stmt, 1), &kind))
        continue;
      g_clear_object (&by_kind[kind]);
      by_kind[kind] = rs_phase_new (rs_statement_column_int64 (stmt, 0), process_id, kind,
                                    (const char *) rs_statement_column_text (stmt, 2),
                                    (const char *) rs_statement_column_text (stmt, 3));
    }
  rs_database_unlock (db);

  /* Always in cycle order, one per kind. */
  for (int k = 0; k < RS_N_PHASES; k++)
    {
      if (by_kind[k] == NULL)
        by_kind[k] = rs_phase_new (0, process_id, k, NULL, NULL);
      g_list_store_append (store, by_kind[k]);
      g_object_unref (by_kind[k]);
    }

  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&store);
}

gboolean
rs_phase_store_update (RsDatabase *db,
                       RsPhase    *phase,
                       GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (RS_IS_PHASE (phase), FALSE);

  rs_database_lock (db);
  stmt = rs_database_prepare (db, "INSERT INTO phase (process_id, kind, starts_on, ends_on) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT (process_id, kind) DO UPDATE "
                                  "SET starts_on = excluded.starts_on, ends_on = excluded.ends_on",
                              error);
  if (stmt != NULL)
    {
      rs_statement_bind_int64 (stmt, 1, rs_phase_get_process_id (phase));
      rs_statement_bind_text (stmt, 2, rs_phase_kind_to_nick (rs_phase_get_kind (phase)), -1);
      rs_statement_bind_text (stmt, 3, rs_phase_get_starts_on (phase), -1);
      rs_statement_bind_text (stmt, 4, rs_phase_get_ends_on (phase), -1);
      ok = rs_database_step_done (db, stmt, error);
    }
  rs_database_unlock (db);
  return ok;
}

/* The stored row of @phase's kind: its id and dates; FALSE when there is
 * none (or on error). */
static gboolean
phase_row (RsDatabase *db,
           RsPhase    *phase,
           gint64     *id,
           char      **starts_on,
           char      **ends_on,
           GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  gboolean found = FALSE;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT id, starts_on, ends_on FROM phase WHERE process_id = ? AND kind = ?",
                            "it", rs_phase_get_process_id (phase), rs_phase_kind_to_nick (rs_phase_get_kind (phase)));
  if (stmt != NULL)
    {
      rc = rs_statement_step (stmt);
      if (rc == RS_SQL_ROW)
        {
          *id = rs_statement_column_int64 (stmt, 0);
          *starts_on = rs_column_dup_text (stmt, 1);
          *ends_on = rs_column_dup_text (stmt, 2);
          found = TRUE;
        }
      else if (rc != RS_SQL_DONE)
        rs_database_set_error (db, rc, error);
    }
  rs_database_unlock (db);
  return found;
}

static gboolean
same_date (const char *a,
           const char *b)
{
  return g_strcmp0 (a && *a ? a : NULL, b && *b ? b : NULL) == 0;
}

gboolean
rs_phase_store_save (RsDatabase *db,
                     RsPhase    *phase,
                     GError    **error)
{
  g_autofree char *starts_on = NULL;
  g_autofree char *ends_on = NULL;
  g_autoptr(GString) changes = g_string_new ("");
  const char *nick;
  gint64 id = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (RS_IS_PHASE (phase), FALSE);
  nick = rs_phase_kind_to_nick (rs_phase_get_kind (phase));
  if (!rs_database_begin (db, error))
    return FALSE;
  if (phase_row (db, phase, &id, &starts_on, &ends_on, error))
    {
      /* Someone else changed the dates since they were read here, unless
       * they happen to be what is saved now. */
      if ((!same_date (starts_on, rs_phase_get_stored_starts_on (phase)) ||
           !same_date (ends_on, rs_phase_get_stored_ends_on (phase))) &&
          (!same_date (starts_on, rs_phase_get_starts_on (phase)) ||
           !same_date (ends_on, rs_phase_get_ends_on (phase))))
        {
          rs_audit_set_conflict (db, "phase", id, _("This phase"), error);
          goto out;
        }
      /* The row is still as read just now (on a server, another save may
       * have come in between). */
      if (!rs_database_run (db, error, "UPDATE phase SET starts_on = ?, ends_on = ? WHERE id = ? "
                            "AND coalesce(starts_on, '') = coalesce(?, '') AND coalesce(ends_on, '') = coalesce(?, '')",
                            "tti" "tt", rs_phase_get_starts_on (phase), rs_phase_get_ends_on (phase), id,
                            starts_on, ends_on))
        goto out;
      if (rs_database_changes (db) == 0)
        {
          rs_audit_set_conflict (db, "phase", id, _("This phase"), error);
          goto out;
        }
    }
  else if (error != NULL && *error != NULL)
    goto out;
  else
    {
      if (!rs_database_run (db, error, "INSERT INTO phase (process_id, kind, starts_on, ends_on) VALUES (?, ?, ?, ?)",
                            "itt" "t", rs_phase_get_process_id (phase), nick, rs_phase_get_starts_on (phase),
                            rs_phase_get_ends_on (phase)))
        goto out;
      id = rs_database_last_insert_id (db);
    }
  g_string_append_printf (changes, "%s", nick);
  rs_audit_diff (changes, " starts", starts_on, rs_phase_get_starts_on (phase), TRUE);
  rs_audit_diff (changes, " ends", ends_on, rs_phase_get_ends_on (phase), TRUE);
  if (!rs_audit_write (db, rs_phase_get_process_id (phase), "phase", id, "update", changes->str, error))
    goto out;
  ok = rs_database_commit (db, error);
  if (ok)
    rs_phase_set_stored (phase, rs_phase_get_starts_on (phase), rs_phase_get_ends_on (phase));
  return ok;

out:
  rs_database_rollback (db);
  return FALSE;
}

/* The process a row of @entity (a table name) belongs to, or 0. */
static gint64
audit_process_of (RsDatabase *db,
                  const char *entity,
                  gint64      entity_id)
{
  const RsChangeTable *table = rs_change_table_lookup (entity);
  g_autoptr(RsStatement) stmt = NULL;
  gint64 process_id = 0;

  if (table == NULL || table->process_sql == NULL || !table->rowid_is_entity)
    return 0;
  rs_database_lock (db);
  stmt = rs_database_query (db, NULL, table->process_sql, "i", entity_id);
  if (stmt != NULL && rs_statement_step (stmt) == RS_SQL_ROW)
    process_id = rs_statement_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, rs_statement_finalize);
  rs_database_unlock (db);
  return process_id;
}

gboolean
rs_audit_log (RsDatabase *db,
              const char *entity,
              gint64      entity_id,
              const char *action,
              const char *details,
              GError    **error)
{
  return rs_audit_write (db, audit_process_of (db, entity, entity_id), entity, entity_id, action, details,
                         error);
}

/* Async wrappers: the work runs on the database thread. */

static gpointer
list_processes_job (RsDatabase   *db,
                    gpointer      data,
                    GCancellable *cancellable,
                    GError      **error)
{
  return rs_process_store_list (db, error);
}

void
rs_process_store_list_async (RsDatabase         *db,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  rs_database_run_async (db, list_processes_job, NULL, NULL, g_object_unref, cancellable,
                         callback, user_data);
}

GListStore *
rs_process_store_list_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
list_phases_job (RsDatabase   *db,
                 gpointer      data,
                 GCancellable *cancellable,
                 GError      **error)
{
  return rs_phase_store_list (db, *(gint64 *) data, error);
}

void
rs_phase_store_list_async (RsDatabase         *db,
                           gint64              process_id,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  rs_database_run_for_id_async (db, list_phases_job, process_id, g_object_unref, cancellable,
                                callback, user_data);
}

GListStore *
rs_phase_store_list_finish (RsDatabase   *db,
                            GAsyncResult *result,
                            GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
update_phase_job (RsDatabase   *db,
                  gpointer      data,
                  GCancellable *cancellable,
                  GError      **error)
{
  rs_phase_store_update (db, data, error);
  return NULL;
}

void
rs_phase_store_update_async (RsDatabase         *db,
                             RsPhase            *phase,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  /* A snapshot, so later edits on the main thread do not race the write. */
  RsPhase *copy = rs_phase_new (rs_phase_get_id (phase), rs_phase_get_process_id (phase),
                                rs_phase_get_kind (phase), rs_phase_get_starts_on (phase),
                                rs_phase_get_ends_on (phase));
  rs_database_run_async (db, update_phase_job, copy, g_object_unref, NULL, cancellable,
                         callback, user_data);
}

gboolean
rs_phase_store_update_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

gboolean
rs_process_store_summary (RsDatabase       *db,
                          gint64            process_id,
                          RsProcessSummary *out,
                          GError          **error)
{
  static const char *sql =
    "SELECT "
    " (SELECT count(*) FROM panel WHERE process_id = ?1),"
    " (SELECT count(*) FROM person JOIN panel ON panel.id = person.panel_id"
    "   WHERE panel.process_id = ?1),"
    " (SELECT count(*) FROM person JOIN panel ON panel.id = person.panel_id"
    "   WHERE panel.process_id = ?1 AND person.status IN ('selected', 'confirmed')),"
    " (SELECT count(*) FROM session WHERE process_id = ?1),"
    " (SELECT count(*) FROM lab WHERE process_id = ?1),"
    " (SELECT count(*) FROM idea WHERE process_id = ?1),"
    " (SELECT count(*) FROM hearing_round WHERE process_id = ?1),"
    " (SELECT count(*) FROM hearing_response JOIN hearing_round r ON r.id = round_id"
    "   WHERE r.process_id = ?1),"
    " (SELECT count(*) FROM recommendation WHERE process_id = ?1 AND status != 'superseded'),"
    " (SELECT count(*) FROM council_decision JOIN recommendation r ON r.id = recommendation_id"
    "   WHERE r.process_id = ?1)";
  g_autoptr(RsStatement) stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, sql, "i", process_id);
  if (stmt != NULL)
    {
      rc = rs_statement_step (stmt);
      if (rc == RS_SQL_ROW)
        {
          int *fields[] = { &out->panels, &out->pool, &out->selected, &out->sessions, &out->labs,
                            &out->ideas, &out->hearing_rounds, &out->responses,
                            &out->recommendations, &out->decisions };
          for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
            *fields[i] = rs_statement_column_int (stmt, i);
          ok = TRUE;
        }
      else
        rs_database_set_error (db, rc, error);
    }
  rs_database_unlock (db);
  return ok;
}

static gpointer
summary_job (RsDatabase   *db,
             gpointer      data,
             GCancellable *cancellable,
             GError      **error)
{
  g_autofree RsProcessSummary *summary = g_new0 (RsProcessSummary, 1);

  if (!rs_process_store_summary (db, *(gint64 *) data, summary, error))
    return NULL;
  return g_steal_pointer (&summary);
}

void
rs_process_store_summary_async (RsDatabase         *db,
                                gint64              process_id,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  rs_database_run_for_id_async (db, summary_job, process_id, g_free, cancellable, callback,
                                user_data);
}

RsProcessSummary *
rs_process_store_summary_finish (RsDatabase   *db,
                                 GAsyncResult *result,
                                 GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

typedef struct
{
  gint64  id;
  char   *name;
  int     year;
} ProcessArgs;

static void
process_args_free (ProcessArgs *args)
{
  g_free (args->name);
  g_free (args);
}

static ProcessArgs *
process_args_new (gint64      id,
                  const char *name,
                  int         year)
{
  ProcessArgs *args = g_new0 (ProcessArgs, 1);

  args->id = id;
  args->name = g_strdup (name);
  args->year = year;
  return args;
}

static gpointer
create_process_job (RsDatabase   *db,
                    gpointer      data,
                    GCancellable *cancellable,
                    GError      **error)
{
  ProcessArgs *args = data;

  return rs_process_store_create (db, args->name, args->year, NULL, NULL, error);
}

/* Creates a process with the typical annual cycle on the database thread. */
void
rs_process_store_create_async (RsDatabase         *db,
                               const char         *name,
                               int                 budget_year,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  rs_database_run_async (db, create_process_job, process_args_new (0, name, budget_year),
                         (GDestroyNotify) process_args_free, g_object_unref, cancellable,
                         callback, user_data);
}

RsProcess *
rs_process_store_create_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
rename_process_job (RsDatabase   *db,
                    gpointer      data,
                    GCancellable *cancellable,
                    GError      **error)
{
  ProcessArgs *args = data;

  rs_process_store_rename (db, args->id, args->name, error);
  return NULL;
}

void
rs_process_store_rename_async (RsDatabase         *db,
                               gint64              id,
                               const char         *name,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  rs_database_run_async (db, rename_process_job, process_args_new (id, name, 0),
                         (GDestroyNotify) process_args_free, NULL, cancellable, callback, user_data);
}

gboolean
rs_process_store_rename_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
delete_process_job (RsDatabase   *db,
                    gpointer      data,
                    GCancellable *cancellable,
                    GError      **error)
{
  rs_process_store_delete (db, *(gint64 *) data, error);
  return NULL;
}

void
rs_process_store_delete_async (RsDatabase         *db,
                               gint64              id,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  rs_database_run_for_id_async (db, delete_process_job, id, NULL, cancellable, callback, user_data);
}

gboolean
rs_process_store_delete_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

typedef struct
{
  RsProcess *process;   /* the snapshot saved; its version counts on */
  RsProcess *current;   /* after a refused save: the process as stored now */
  GError    *conflict;
} Save;

static void
save_free (gpointer data)
{
  Save *save = data;

  g_clear_object (&save->process);
  g_clear_object (&save->current);
  g_clear_error (&save->conflict);
  g_free (save);
}

static RsProcess *
process_copy (RsProcess *process)
{
  RsProcess *copy = rs_process_new (rs_process_get_id (process), rs_process_get_name (process),
                                    rs_process_get_budget_year (process),
                                    rs_process_get_municipality_code (process),
                                    rs_process_get_municipality_name (process));

  rs_process_set_version (copy, rs_process_get_version (process));
  return copy;
}

static gpointer
save_process_job (RsDatabase   *db,
                  gpointer      data,
                  GCancellable *cancellable,
                  GError      **error)
{
  Save *save = g_new0 (Save, 1);
  g_autoptr(GError) local = NULL;

  save->process = process_copy (data);
  if (rs_process_store_save (db, save->process, &local))
    return save;
  if (g_error_matches (local, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT) &&
      (save->current = rs_process_store_get (db, rs_process_get_id (save->process), NULL)) != NULL)
    {
      save->conflict = g_steal_pointer (&local);
      return save;
    }
  save_free (save);
  g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

void
rs_process_store_save_async (RsDatabase         *db,
                             RsProcess          *process,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data)
{
  g_return_if_fail (RS_IS_PROCESS (process));
  rs_database_run_async (db, save_process_job, process_copy (process), g_object_unref, save_free,
                         cancellable, callback, user_data);
}

gboolean
rs_process_store_save_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              gint64       *version,
                              RsProcess   **current,
                              GError      **error)
{
  Save *save = rs_database_run_finish (db, result, error);
  gboolean ok;

  if (save == NULL)
    return FALSE;
  ok = save->conflict == NULL;
  if (ok && version != NULL)
    *version = rs_process_get_version (save->process);
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&save->conflict));
      if (current != NULL)
        *current = g_steal_pointer (&save->current);
    }
  save_free (save);
  return ok;
}

typedef struct
{
  RsPhase *phase;     /* the snapshot saved */
  RsPhase *current;   /* after a refused save: the phase as stored now */
  GError  *conflict;
} PhaseSave;

static void
phase_save_free (gpointer data)
{
  PhaseSave *save = data;

  g_clear_object (&save->phase);
  g_clear_object (&save->current);
  g_clear_error (&save->conflict);
  g_free (save);
}

static gpointer
save_phase_job (RsDatabase   *db,
                gpointer      data,
                GCancellable *cancellable,
                GError      **error)
{
  PhaseSave *save = g_new0 (PhaseSave, 1);
  g_autoptr(GError) local = NULL;
  g_autofree char *starts_on = NULL;
  g_autofree char *ends_on = NULL;
  gint64 id = 0;

  save->phase = rs_phase_copy (data);
  if (rs_phase_store_save (db, save->phase, &local))
    return save;
  if (g_error_matches (local, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONFLICT) &&
      phase_row (db, save->phase, &id, &starts_on, &ends_on, NULL))
    {
      save->current = rs_phase_new (id, rs_phase_get_process_id (save->phase), rs_phase_get_kind (save->phase),
                                    starts_on, ends_on);
      save->conflict = g_steal_pointer (&local);
      return save;
    }
  phase_save_free (save);
  g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

void
rs_phase_store_save_async (RsDatabase         *db,
                           RsPhase            *phase,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_return_if_fail (RS_IS_PHASE (phase));
  rs_database_run_async (db, save_phase_job, rs_phase_copy (phase), g_object_unref, phase_save_free,
                         cancellable, callback, user_data);
}

gboolean
rs_phase_store_save_finish (RsDatabase   *db,
                            GAsyncResult *result,
                            RsPhase     **saved,
                            RsPhase     **current,
                            GError      **error)
{
  PhaseSave *save = rs_database_run_finish (db, result, error);
  gboolean ok;

  if (save == NULL)
    return FALSE;
  ok = save->conflict == NULL;
  if (ok && saved != NULL)
    *saved = g_steal_pointer (&save->phase);
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&save->conflict));
      if (current != NULL)
        *current = g_steal_pointer (&save->current);
    }
  phase_save_free (save);
  return ok;
}
