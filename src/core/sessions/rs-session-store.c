/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-session-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-audit.h"
#include "rs-person-ref.h"
#include "rs-process-store.h"
#include "rs-session-store.h"

/* Sets a text column, made valid UTF-8, through a property setter. */
#define SET_TEXT(setter, object, column) \
  G_STMT_START { \
    g_autofree char *text_ = rs_column_dup_text (stmt, column); \
    setter (object, text_); \
  } G_STMT_END

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
  "(SELECT count(*) FROM registration r WHERE r.session_id = s.id AND r.status = 'registered') + " \
  "(SELECT count(*) FROM open_registration o WHERE o.session_id = s.id AND o.status = 'registered'), " \
  "(SELECT count(*) FROM registration r WHERE r.session_id = s.id AND r.status = 'waiting') + " \
  "(SELECT count(*) FROM open_registration o WHERE o.session_id = s.id AND o.status = 'waiting'), " \
  "(SELECT count(*) FROM registration r WHERE r.session_id = s.id AND r.attended = 1) + " \
  "(SELECT count(*) FROM open_registration o WHERE o.session_id = s.id AND o.attended = 1), " \
  "(SELECT coalesce(sum(duration_min), 0) FROM agenda_item a WHERE a.session_id = s.id), s.version "

static RsSession *
session_from_row (RsStatement *stmt)
{
  RsSession *info = rs_session_new ();

  rs_session_set_id (info, rs_statement_column_int64 (stmt, 0));
  rs_session_set_process_id (info, rs_statement_column_int64 (stmt, 1));
  rs_session_set_panel_id (info, rs_statement_column_int64 (stmt, 2));
  rs_session_set_lab_id (info, rs_statement_column_int64 (stmt, 3));
  SET_TEXT (rs_session_set_title, info, 4);
  SET_TEXT (rs_session_set_kind, info, 5);
  SET_TEXT (rs_session_set_starts_at, info, 6);
  SET_TEXT (rs_session_set_ends_at, info, 7);
  SET_TEXT (rs_session_set_place, info, 8);
  SET_TEXT (rs_session_set_facilitators, info, 9);
  SET_TEXT (rs_session_set_notes, info, 10);
  rs_session_set_capacity (info, rs_statement_column_int (stmt, 11));
  rs_session_set_registered (info, rs_statement_column_int (stmt, 12));
  rs_session_set_waiting (info, rs_statement_column_int (stmt, 13));
  rs_session_set_attended (info, rs_statement_column_int (stmt, 14));
  rs_session_set_agenda_minutes (info, rs_statement_column_int (stmt, 15));
  rs_session_set_version (info, rs_statement_column_int64 (stmt, 16));
  return info;
}

GListStore *
rs_session_store_list (RsDatabase *db,
                       gint64      process_id,
                       GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GListStore) out = g_list_store_new (RS_TYPE_SESSION);
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
    {
      g_autoptr(RsSession) session = session_from_row (stmt);
      g_list_store_append (out, session);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

RsSession *
rs_session_store_get (RsDatabase *db,
                      gint64      session_id,
                      GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  RsSession *info = NULL;
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
rs_session_store_create (RsDatabase  *db,
                         RsSession   *info,
                         GError     **error)
{
  if (!rs_database_run (db, error,
                        "INSERT INTO session (process_id, panel_id, lab_id, title, kind, starts_at, "
                        "ends_at, place, capacity, facilitators, notes) "
                        "VALUES (?, ?, ?, ?, coalesce(?, 'open-meeting'), ?, ?, coalesce(?, ''), "
                        "nullif(?, 0), coalesce(?, ''), coalesce(?, ''))",
                        "iIItttttntt", rs_session_get_process_id (info), rs_session_get_panel_id (info),
                        rs_session_get_lab_id (info), rs_session_get_title (info), rs_session_get_kind (info), rs_session_get_starts_at (info),
                        rs_session_get_ends_at (info), rs_session_get_place (info),
                        rs_session_get_capacity (info), rs_session_get_facilitators (info),
                        rs_session_get_notes (info)))
    return 0;
  return rs_database_last_insert_id (db);
}

GPtrArray *
rs_session_store_agenda (RsDatabase *db,
                         gint64      session_id,
                         GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
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
      RsAgendaItem *item = rs_agenda_item_new ();
      rs_agenda_item_set_id (item, rs_statement_column_int64 (stmt, 0));
      rs_agenda_item_set_position (item, rs_statement_column_int (stmt, 1));
      SET_TEXT (rs_agenda_item_set_title, item, 2);
      rs_agenda_item_set_duration_min (item, rs_statement_column_int (stmt, 3));
      SET_TEXT (rs_agenda_item_set_presenter, item, 4);
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
                  "SELECT count(*) + (SELECT count(*) FROM open_registration o WHERE "
                  "o.session_id = ?1 AND o.status = 'registered') FROM registration WHERE "
                  "session_id = ?1 AND status = 'registered' AND person_id != ?2", session_id, person_id)
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
  g_autoptr(RsSession) info = rs_session_store_get (db, session_id, error);
  g_autoptr(GArray) ids = NULL;

  if (n_added_out)
    *n_added_out = 0;
  if (info == NULL)
    return FALSE;
  if (rs_session_get_panel_id (info) == 0)
    return TRUE;
  if ((ids = rs_session_store_panel_members (db, rs_session_get_panel_id (info), error)) == NULL)
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
                     "SELECT count(*) + (SELECT count(*) FROM open_registration o WHERE "
                     "o.session_id = ?1 AND o.status = 'registered') FROM registration WHERE "
                     "session_id = ?1 AND ?2 IS NOT NULL AND status = 'registered'", session_id, 0))
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
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
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
      RsRegistration *reg = rs_registration_new ();
      g_autofree char *status = NULL;

      rs_registration_set_person_id (reg, rs_statement_column_int64 (stmt, 0));
      SET_TEXT (rs_registration_set_pseudonym, reg, 1);
      SET_TEXT (rs_registration_set_external_id, reg, 2);
      SET_TEXT (rs_registration_set_name, reg, 3);
      status = rs_column_dup_text (stmt, 4);
      rs_registration_set_status (reg, status_from_string (status));
      rs_registration_set_position (reg, rs_statement_column_int (stmt, 5));
      rs_registration_set_attended (reg, rs_statement_column_int (stmt, 6));
      rs_registration_set_table_no (reg, rs_statement_column_int (stmt, 7));
      rs_registration_set_table_pinned (reg, rs_statement_column_int (stmt, 8) != 0);
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
rs_session_store_update (RsDatabase  *db,
                         RsSession   *info,
                         GError     **error)
{
  gint64 id = rs_session_get_id (info);
  gint64 version = rs_session_get_version (info);
  gboolean ok;

  rs_database_lock (db);
  ok = rs_database_run (db, error,
                        "UPDATE session SET panel_id = ?, lab_id = ?, title = ?, "
                        "kind = coalesce(?, kind), starts_at = ?, ends_at = ?, place = coalesce(?, ''), "
                        "capacity = nullif(?, 0), facilitators = coalesce(?, ''), version = version + 1 "
                        "WHERE id = ? AND (? = 0 OR version = ?)",
                        "IItttttnt" "iii", rs_session_get_panel_id (info), rs_session_get_lab_id (info),
                        rs_session_get_title (info), rs_session_get_kind (info), rs_session_get_starts_at (info),
                        rs_session_get_ends_at (info), rs_session_get_place (info), rs_session_get_capacity (info),
                        rs_session_get_facilitators (info), id, version, version);
  if (ok && rs_database_changes (db) == 0)
    {
      g_autoptr(RsSession) stored = rs_session_store_get (db, id, NULL);

      if (stored != NULL)
        rs_audit_set_conflict (db, "session", id, _("This meeting"), error);
      else
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no meeting with id %lld."), (long long) id);
      ok = FALSE;
    }
  if (ok)
    ok = rs_audit_log (db, "session", id, "update", rs_session_get_title (info), error);
  /* The next save starts from the version this one stored. */
  if (ok && version != 0)
    rs_session_set_version (info, version + 1);
  rs_database_unlock (db);
  return ok;
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
