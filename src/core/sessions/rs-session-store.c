/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-session-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-person-ref.h"
#include "rs-process-store.h"
#include "rs-session-store.h"

void
rs_session_info_free (RsSessionInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->title);
  g_free (info->kind);
  g_free (info->starts_at);
  g_free (info->ends_at);
  g_free (info->place);
  g_free (info->facilitators);
  g_free (info->notes);
  g_free (info);
}

void
rs_agenda_item_free (RsAgendaItem *item)
{
  if (item == NULL)
    return;
  g_free (item->title);
  g_free (item->presenter);
  g_free (item);
}

void
rs_registration_free (RsRegistration *reg)
{
  if (reg == NULL)
    return;
  g_free (reg->pseudonym);
  g_free (reg->external_id);
  g_free (reg->name);
  g_free (reg);
}

static const char * const status_names[] = { "registered", "waiting", "cancelled" };

const char *
rs_registration_status_to_string (RsRegistrationStatus status)
{
  g_return_val_if_fail (status <= RS_REGISTRATION_CANCELLED, NULL);
  return status_names[status];
}

static RsRegistrationStatus
status_from_string (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_strcmp0 (text, status_names[i]) == 0)
      return (RsRegistrationStatus) i;
  return RS_REGISTRATION_CANCELLED;
}

#define SESSION_COLUMNS \
  "s.id, s.process_id, s.panel_id, s.lab_id, s.title, s.kind, s.starts_at, s.ends_at, " \
  "s.place, s.facilitators, s.notes, coalesce(s.capacity, 0), " \
  "(SELECT count(*) FROM registration r WHERE r.session_id = s.id AND r.status = 'registered'), " \
  "(SELECT count(*) FROM registration r WHERE r.session_id = s.id AND r.status = 'waiting'), " \
  "(SELECT count(*) FROM registration r WHERE r.session_id = s.id AND r.attended = 1), " \
  "(SELECT coalesce(sum(duration_min), 0) FROM agenda_item a WHERE a.session_id = s.id) "

static RsSessionInfo *
session_from_row (RsStatement *stmt)
{
  RsSessionInfo *info = g_new0 (RsSessionInfo, 1);

  info->id = rs_statement_column_int64 (stmt, 0);
  info->process_id = rs_statement_column_int64 (stmt, 1);
  info->panel_id = rs_statement_column_int64 (stmt, 2);
  info->lab_id = rs_statement_column_int64 (stmt, 3);
  info->title = rs_column_dup_text (stmt, 4);
  info->kind = rs_column_dup_text (stmt, 5);
  info->starts_at = rs_column_dup_text (stmt, 6);
  info->ends_at = rs_column_dup_text (stmt, 7);
  info->place = rs_column_dup_text (stmt, 8);
  info->facilitators = rs_column_dup_text (stmt, 9);
  info->notes = rs_column_dup_text (stmt, 10);
  info->capacity = rs_statement_column_int (stmt, 11);
  info->registered = rs_statement_column_int (stmt, 12);
  info->waiting = rs_statement_column_int (stmt, 13);
  info->attended = rs_statement_column_int (stmt, 14);
  info->agenda_minutes = rs_statement_column_int (stmt, 15);
  return info;
}

GPtrArray *
rs_session_store_list (RsDatabase *db,
                       gint64      process_id,
                       GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_session_info_free);
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT " SESSION_COLUMNS "FROM session s WHERE s.process_id = ? "
                            "ORDER BY s.starts_at, s.id", "i", process_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    g_ptr_array_add (out, session_from_row (stmt));
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

RsSessionInfo *
rs_session_store_get (RsDatabase *db,
                      gint64      session_id,
                      GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  RsSessionInfo *info = NULL;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT " SESSION_COLUMNS "FROM session s WHERE s.id = ?",
                            "i", session_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW)
    info = session_from_row (stmt);
  rs_database_unlock (db);
  if (info == NULL)
    {
      if (rc == RS_SQL_DONE)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no session with id %lld."), (long long) session_id);
      else
        rs_database_set_error (db, rc, error);
    }
  return info;
}

gint64
rs_session_store_create (RsDatabase          *db,
                         const RsSessionInfo *info,
                         GError             **error)
{
  if (!rs_database_run (db, error,
                        "INSERT INTO session (process_id, panel_id, lab_id, title, kind, starts_at, "
                        "ends_at, place, capacity, facilitators, notes) "
                        "VALUES (?, ?, ?, ?, coalesce(?, 'open-meeting'), ?, ?, coalesce(?, ''), "
                        "nullif(?, 0), coalesce(?, ''), coalesce(?, ''))",
                        "iIItttttntt", info->process_id, info->panel_id, info->lab_id,
                        info->title, info->kind, info->starts_at, info->ends_at, info->place,
                        info->capacity, info->facilitators, info->notes))
    return 0;
  return rs_database_last_insert_id (db);
}

GPtrArray *
rs_session_store_agenda (RsDatabase *db,
                         gint64      session_id,
                         GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_agenda_item_free);
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT id, position, title, duration_min, presenter FROM agenda_item "
                            "WHERE session_id = ? ORDER BY position, id", "i", session_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsAgendaItem *item = g_new0 (RsAgendaItem, 1);
      item->id = rs_statement_column_int64 (stmt, 0);
      item->position = rs_statement_column_int (stmt, 1);
      item->title = rs_column_dup_text (stmt, 2);
      item->duration_min = rs_statement_column_int (stmt, 3);
      item->presenter = rs_column_dup_text (stmt, 4);
      g_ptr_array_add (out, item);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

gboolean
rs_session_store_add_agenda_item (RsDatabase *db,
                                  gint64      session_id,
                                  const char *title,
                                  int         duration_min,
                                  const char *presenter,
                                  GError    **error)
{
  return rs_database_run (db, error,
                          "INSERT INTO agenda_item (session_id, position, title, duration_min, "
                          "presenter) VALUES (?1, (SELECT coalesce(max(position) + 1, 0) FROM "
                          "agenda_item WHERE session_id = ?1), ?2, ?3, coalesce(?4, ''))",
                          "itnt", session_id, title, duration_min, presenter);
}

static gboolean
query_int (RsDatabase *db,
           int        *out,
           GError    **error,
           const char *sql,
           gint64      a,
           gint64      b)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, sql, "ii", a, b);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW)
    {
      *out = rs_statement_column_int (stmt, 0);
      return TRUE;
    }
  if (rc == RS_SQL_DONE)
    {
      *out = -1;
      return TRUE;
    }
  return rs_database_set_error (db, rc, error);
}

static gboolean
check_person (RsDatabase *db,
              gint64      session_id,
              gint64      person_id,
              GError    **error)
{
  int exists = -1;

  if (!query_int (db, &exists, error, "SELECT 1 FROM person WHERE id = ? AND ? IS NOT NULL",
                  person_id, session_id))
    return FALSE;
  if (exists != 1)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no person with id %lld."), (long long) person_id);
      return FALSE;
    }
  return TRUE;
}

/* Inside a transaction. *added_out: whether a new registration or waiting
 * place was made. */
static gboolean
register_one (RsDatabase           *db,
              gint64                session_id,
              gint64                person_id,
              RsRegistrationStatus *status_out,
              gboolean             *added_out,
              GError              **error)
{
  int capacity = 0, taken = 0, existing = 0, next_pos = 0;
  RsRegistrationStatus status;

  if (added_out)
    *added_out = FALSE;
  if (!check_person (db, session_id, person_id, error)
      || !query_int (db, &capacity, error,
                     "SELECT coalesce(capacity, 0) FROM session WHERE id = ? AND ? IS NOT NULL",
                     session_id, 0))
    return FALSE;
  if (capacity < 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no session with id %lld."), (long long) session_id);
      return FALSE;
    }
  if (!query_int (db, &existing, error,
                  "SELECT CASE status WHEN 'registered' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END "
                  "FROM registration WHERE session_id = ? AND person_id = ?",
                  session_id, person_id))
    return FALSE;
  if (existing == 0 || existing == 1)
    {
      /* Already registered or waiting: nothing changes. */
      if (status_out)
        *status_out = (RsRegistrationStatus) existing;
      return TRUE;
    }
  if (!query_int (db, &taken, error,
                  "SELECT count(*) FROM registration WHERE session_id = ? AND status = 'registered' "
                  "AND person_id != ?", session_id, person_id)
      || !query_int (db, &next_pos, error,
                     "SELECT coalesce(max(position) + 1, 0) FROM registration "
                     "WHERE session_id = ? AND person_id != ?", session_id, person_id))
    return FALSE;
  status = (capacity == 0 || taken < capacity) ? RS_REGISTRATION_REGISTERED : RS_REGISTRATION_WAITING;
  if (!rs_database_run (db, error,
                        "INSERT INTO registration (session_id, person_id, status, position) "
                        "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, person_id) DO UPDATE SET "
                        "status = excluded.status, position = excluded.position, "
                        "registered_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                        "iitn", session_id, person_id, status_names[status], next_pos))
    return FALSE;
  if (status_out)
    *status_out = status;
  if (added_out)
    *added_out = TRUE;
  return TRUE;
}

gboolean
rs_session_store_register (RsDatabase           *db,
                           gint64                session_id,
                           gint64                person_id,
                           RsRegistrationStatus *status_out,
                           GError              **error)
{
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!register_one (db, session_id, person_id, status_out, NULL, error))
    {
      rs_database_rollback (db);
      return FALSE;
    }
  return rs_database_commit (db, error);
}

gboolean
rs_session_store_register_many (RsDatabase  *db,
                                gint64       session_id,
                                GArray      *person_ids,
                                guint       *n_added_out,
                                GError     **error)
{
  guint added = 0;

  if (n_added_out)
    *n_added_out = 0;
  if (!rs_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < person_ids->len; i++)
    {
      gboolean new_one = FALSE;

      if (!register_one (db, session_id, g_array_index (person_ids, gint64, i), NULL, &new_one, error))
        {
          rs_database_rollback (db);
          return FALSE;
        }
      added += new_one;
    }
  if (!rs_database_commit (db, error))
    return FALSE;
  if (n_added_out)
    *n_added_out = added;
  return TRUE;
}

GArray *
rs_session_store_panel_members (RsDatabase *db,
                                gint64      panel_id,
                                GError    **error)
{
  return rs_database_query_ids (db, error,
                                "SELECT id FROM person WHERE panel_id = ? AND (role = 'chair' "
                                "OR status IN ('selected', 'confirmed')) "
                                "ORDER BY role != 'chair', pseudonym, id", "i", panel_id);
}

gboolean
rs_session_store_register_members (RsDatabase *db,
                                   gint64      session_id,
                                   guint      *n_added_out,
                                   GError    **error)
{
  g_autoptr(RsSessionInfo) info = rs_session_store_get (db, session_id, error);
  g_autoptr(GArray) ids = NULL;

  if (n_added_out)
    *n_added_out = 0;
  if (info == NULL)
    return FALSE;
  if (info->panel_id == 0)
    return TRUE;
  if ((ids = rs_session_store_panel_members (db, info->panel_id, error)) == NULL)
    return FALSE;
  return rs_session_store_register_many (db, session_id, ids, n_added_out, error);
}

gboolean
rs_session_store_cancel (RsDatabase *db,
                         gint64      session_id,
                         gint64      person_id,
                         gint64     *promoted_out,
                         GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  int was = -1, capacity = 0, taken = 0;
  gint64 promoted = 0;

  if (promoted_out)
    *promoted_out = 0;
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!query_int (db, &was, error,
                  "SELECT CASE status WHEN 'registered' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END "
                  "FROM registration WHERE session_id = ? AND person_id = ?",
                  session_id, person_id))
    goto fail;
  if (was < 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("Person %lld is not registered for session %lld."),
                   (long long) person_id, (long long) session_id);
      goto fail;
    }
  if (!rs_database_run (db, error,
                        "UPDATE registration SET status = 'cancelled', table_no = NULL, "
                        "table_pinned = 0 WHERE session_id = ? AND person_id = ?",
                        "ii", session_id, person_id))
    goto fail;
  if (!query_int (db, &capacity, error,
                  "SELECT coalesce(capacity, 0) FROM session WHERE id = ? AND ? IS NOT NULL",
                  session_id, 0)
      || !query_int (db, &taken, error,
                     "SELECT count(*) FROM registration WHERE session_id = ? AND ? IS NOT NULL "
                     "AND status = 'registered'", session_id, 0))
    goto fail;
  /* Promote from the waiting list while there are free seats (normally one). */
  while (capacity == 0 || taken < capacity)
    {
      int rc;

      g_clear_pointer (&stmt, rs_statement_finalize);
      stmt = rs_database_query (db, error,
                                "SELECT person_id FROM registration WHERE session_id = ? "
                                "AND status = 'waiting' ORDER BY position, registered_at LIMIT 1",
                                "i", session_id);
      if (stmt == NULL)
        goto fail;
      rc = rs_statement_step (stmt);
      if (rc == RS_SQL_DONE)
        break;
      if (rc != RS_SQL_ROW)
        {
          rs_database_set_error (db, rc, error);
          goto fail;
        }
      promoted = rs_statement_column_int64 (stmt, 0);
      if (!rs_database_run (db, error,
                            "UPDATE registration SET status = 'registered' "
                            "WHERE session_id = ? AND person_id = ?",
                            "ii", session_id, promoted))
        goto fail;
      if (promoted_out && *promoted_out == 0)
        *promoted_out = promoted;
      taken++;
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  return rs_database_commit (db, error);

fail:
  g_clear_pointer (&stmt, rs_statement_finalize);
  rs_database_rollback (db);
  return FALSE;
}

GPtrArray *
rs_session_store_registrations (RsDatabase *db,
                                gint64      session_id,
                                gboolean    with_names,
                                GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_registration_free);
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT r.person_id, p.pseudonym, p.external_id, "
                            "CASE WHEN ?2 THEN c.name END, r.status, r.position, "
                            "coalesce(r.attended, -1), coalesce(r.table_no, 0), r.table_pinned "
                            "FROM registration r JOIN person p ON p.id = r.person_id "
                            "LEFT JOIN person_contact c ON c.person_id = p.id "
                            "WHERE r.session_id = ?1 ORDER BY CASE r.status WHEN 'registered' "
                            "THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, r.position, p.pseudonym",
                            "in", session_id, with_names ? 1 : 0);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsRegistration *reg = g_new0 (RsRegistration, 1);
      g_autofree char *status = NULL;

      reg->person_id = rs_statement_column_int64 (stmt, 0);
      reg->pseudonym = rs_column_dup_text (stmt, 1);
      reg->external_id = rs_column_dup_text (stmt, 2);
      reg->name = rs_column_dup_text (stmt, 3);
      status = rs_column_dup_text (stmt, 4);
      reg->status = status_from_string (status);
      reg->position = rs_statement_column_int (stmt, 5);
      reg->attended = rs_statement_column_int (stmt, 6);
      reg->table_no = rs_statement_column_int (stmt, 7);
      reg->table_pinned = rs_statement_column_int (stmt, 8) != 0;
      g_ptr_array_add (out, reg);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

/* Sample and user dates come as "2026-06-13T10:00" (no seconds), which
 * g_date_time_new_from_iso8601() does not take on its own. */
GDateTime *
rs_session_parse_time (const char *text,
                       GTimeZone  *tz)
{
  GDateTime *dt;
  g_autofree char *with_seconds = NULL;

  if (text == NULL)
    return NULL;
  dt = g_date_time_new_from_iso8601 (text, tz);
  if (dt == NULL)
    {
      with_seconds = g_strconcat (text, ":00", NULL);
      dt = g_date_time_new_from_iso8601 (with_seconds, tz);
    }
  return dt;
}

gboolean
rs_session_store_update (RsDatabase          *db,
                         const RsSessionInfo *info,
                         GError             **error)
{
  return rs_database_run (db, error,
                          "UPDATE session SET panel_id = ?, lab_id = ?, title = ?, "
                          "kind = coalesce(?, kind), starts_at = ?, ends_at = ?, place = coalesce(?, ''), "
                          "capacity = nullif(?, 0), facilitators = coalesce(?, ''), version = version + 1 WHERE id = ?",
                          "IItttttnti", info->panel_id, info->lab_id, info->title, info->kind,
                          info->starts_at, info->ends_at, info->place, info->capacity,
                          info->facilitators, info->id) &&
         rs_audit_log (db, "session", info->id, "update", info->title, error);
}

gboolean
rs_session_store_delete (RsDatabase *db,
                         gint64      session_id,
                         GError    **error)
{
  return rs_database_run (db, error, "DELETE FROM session WHERE id = ?", "i", session_id);
}

gint64
rs_session_store_find_person (RsDatabase *db,
                              gint64      session_id,
                              const char *text,
                              GError    **error)
{
  g_autoptr(RsPersonRef) ref = rs_person_ref_resolve_for_session (db, session_id, text,
                                                                  RS_PERSON_REF_ANY, error);

  return ref ? ref->person_id : 0;
}
