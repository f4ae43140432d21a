/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-open-meeting-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-date.h"
#include "rs-open-meeting-private.h"
#include "rs-open-meeting-store.h"
#include "rs-process-store.h"

static const char * const open_kinds[] = {
  "open-meeting", "welfare-meeting", "youth-meeting", "open-lab", NULL
};

gboolean
rs_session_kind_is_open (const char *kind)
{
  return kind != NULL && g_strv_contains (open_kinds, kind);
}

char *
rs_open_meeting_email_key (const char *email)
{
  GString *out = g_string_new (NULL);

  for (const char *p = email ? email : ""; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, g_ascii_tolower (*p));
  if (strchr (out->str, '@') == NULL || out->str[0] == '@' || g_str_has_suffix (out->str, "@"))
    g_string_truncate (out, 0);
  return g_string_free (out, FALSE);
}

char *
rs_open_meeting_phone_key (const char *phone)
{
  GString *out = g_string_new (NULL);

  for (const char *p = phone ? phone : ""; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (out, *p);
  /* +45 12 34 56 78, 0045 12345678: a Danish number is its eight digits. */
  if (out->len == 12 && g_str_has_prefix (out->str, "0045"))
    g_string_erase (out, 0, 4);
  else if (out->len == 10 && g_str_has_prefix (out->str, "45"))
    g_string_erase (out, 0, 2);
  if (out->len < 8)
    g_string_truncate (out, 0);
  return g_string_free (out, FALSE);
}

static char *
fold_words (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (folded), " \t.,-", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    if (*words[i])
      {
        if (out->len)
          g_string_append_c (out, ' ');
        g_string_append (out, words[i]);
      }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
_rs_open_meeting_name_key (const char *name,
                           const char *district)
{
  g_autofree char *n = fold_words (name);
  g_autofree char *d = fold_words (district);

  if (*n == '\0')
    return g_strdup ("");
  return g_strconcat (n, "|", d, NULL);
}

/* A full name (two words or more) is enough, with the district, to
 * recognise a participant; initials are not. */
static gboolean
is_full_name (const char *name_key)
{
  const char *bar = strchr (name_key, '|');
  const char *space = strchr (name_key, ' ');
  return bar != NULL && space != NULL && space < bar;
}

static gboolean
query_int64 (RsDatabase *db,
             gint64     *out,
             GError    **error,
             const char *sql,
             const char *types,
             ...)
{
  g_autoptr(RsStatement) stmt = NULL;
  va_list args;
  int rc;

  *out = 0;
  stmt = rs_database_query (db, error, sql, "");
  if (stmt == NULL)
    return FALSE;
  va_start (args, types);
  if (!rs_statement_bind_valist (stmt, types, args))
    {
      va_end (args);
      return rs_database_set_error (db, rs_database_errcode (db), error);
    }
  va_end (args);
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW)
    *out = rs_statement_column_int64 (stmt, 0);
  else if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  return TRUE;
}

/* The participant @info describes: found by e-mail, phone or full name
 * and district, with blanks filled from @info; or added. */
static gint64
resolve_participant (RsDatabase         *db,
                     gint64              process_id,
                     RsOpenRegistration *info,
                     GError            **error)
{
  g_autofree char *email_key = rs_open_meeting_email_key (rs_open_registration_get_email (info));
  g_autofree char *phone_key = rs_open_meeting_phone_key (rs_open_registration_get_phone (info));
  g_autofree char *name_key = _rs_open_meeting_name_key (rs_open_registration_get_name (info),
                                                         rs_open_registration_get_district (info));
  int first = rs_open_registration_get_first_time (info);
  gint64 id = 0, next = 0;
  g_autofree char *pseudonym = NULL;

  if (*email_key &&
      !query_int64 (db, &id, error, "SELECT min(id) FROM participant WHERE process_id = ? AND "
                    "email_key = ?", "it", process_id, email_key))
    return 0;
  if (id == 0 && *phone_key &&
      !query_int64 (db, &id, error, "SELECT min(id) FROM participant WHERE process_id = ? AND "
                    "phone_key = ?", "it", process_id, phone_key))
    return 0;
  if (id == 0 && is_full_name (name_key) &&
      !query_int64 (db, &id, error, "SELECT min(id) FROM participant WHERE process_id = ?1 AND "
                    "name_key = ?2 AND (email_key = '' OR ?3 = '' OR email_key = ?3) AND "
                    "(phone_key = '' OR ?4 = '' OR phone_key = ?4)", "ittt",
                    process_id, name_key, email_key, phone_key))
    return 0;
  if (id != 0)
    {
      if (!rs_database_run (db, error,
                            "UPDATE participant SET "
                            "email = CASE WHEN email = '' THEN ?2 ELSE email END, "
                            "email_key = CASE WHEN email_key = '' THEN ?3 ELSE email_key END, "
                            "phone = CASE WHEN phone = '' THEN ?4 ELSE phone END, "
                            "phone_key = CASE WHEN phone_key = '' THEN ?5 ELSE phone_key END, "
                            "age_band = CASE WHEN age_band = '' THEN ?6 ELSE age_band END, "
                            "district = CASE WHEN district = '' THEN ?7 ELSE district END, "
                            "heard_via = CASE WHEN heard_via = '' THEN ?8 ELSE heard_via END, "
                            "first_time = coalesce(first_time, ?9) WHERE id = ?1",
                            /* '-' takes no argument: the answer comes last. */
                            first >= 0 ? "itttttttn" : "ittttttt-",
                            id, rs_open_registration_get_email (info), email_key,
                            rs_open_registration_get_phone (info), phone_key,
                            rs_open_registration_get_age_band (info),
                            rs_open_registration_get_district (info),
                            rs_open_registration_get_heard_via (info),
                            first >= 0 ? first : 0))
        return 0;
      return id;
    }
  if (!query_int64 (db, &next, error,
                    "SELECT count(*) + 1 FROM participant WHERE process_id = ?", "i", process_id))
    return 0;
  for (;; next++)
    {
      gint64 taken = 0;
      g_free (pseudonym);
      pseudonym = g_strdup_printf ("D-%04" G_GINT64_FORMAT, next);
      if (!query_int64 (db, &taken, error, "SELECT count(*) FROM participant WHERE process_id = ? "
                        "AND pseudonym = ?", "it", process_id, pseudonym))
        return 0;
      if (taken == 0)
        break;
    }
  if (!rs_database_run (db, error,
                        "INSERT INTO participant (process_id, pseudonym, name, email, phone, "
                        "email_key, phone_key, name_key, age_band, district, heard_via, first_time) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        first >= 0 ? "ittttttttttn" : "itttttttttt-",
                        process_id, pseudonym, rs_open_registration_get_name (info),
                        rs_open_registration_get_email (info), rs_open_registration_get_phone (info),
                        email_key, phone_key, name_key, rs_open_registration_get_age_band (info),
                        rs_open_registration_get_district (info),
                        rs_open_registration_get_heard_via (info), first))
    return 0;
  return rs_database_last_insert_id (db);
}

static char *
add_word (const char *note,
          const char *word)
{
  g_auto(GStrv) words = g_strsplit (note ? note : "", " ", -1);

  if (g_strv_contains ((const char * const *) words, word))
    return g_strdup (note);
  return *note ? g_strconcat (note, " ", word, NULL) : g_strdup (word);
}

/* Seats taken at @session_id, by pool members and the public. */
#define SEATS_TAKEN \
  "(SELECT count(*) FROM registration WHERE session_id = ?1 AND status = 'registered') + " \
  "(SELECT count(*) FROM open_registration WHERE session_id = ?1 AND status = 'registered')"

static gboolean
has_room (RsDatabase *db,
          gint64      session_id,
          gboolean   *room,
          GError    **error)
{
  gint64 capacity = 0, taken = 0;

  if (!query_int64 (db, &capacity, error, "SELECT coalesce(capacity, 0) FROM session WHERE id = ?",
                    "i", session_id) ||
      !query_int64 (db, &taken, error, "SELECT " SEATS_TAKEN, "i", session_id))
    return FALSE;
  *room = capacity <= 0 || taken < capacity;
  return TRUE;
}

gint64
_rs_open_meeting_add_locked (RsDatabase           *db,
                             gint64                session_id,
                             RsOpenRegistration   *info,
                             const char           *source_key,
                             gboolean             *skipped,
                             RsRegistrationStatus *status_out,
                             GError              **error)
{
  g_autofree char *note = g_strdup (rs_open_registration_get_review_note (info));
  g_autofree char *name_key = _rs_open_meeting_name_key (rs_open_registration_get_name (info),
                                                         rs_open_registration_get_district (info));
  g_autofree char *at = NULL;
  gint64 process_id = 0, participant = 0, n = 0, position = 0;
  gboolean room = FALSE;

  *skipped = FALSE;
  if (!query_int64 (db, &n, error, "SELECT count(*) FROM open_registration WHERE session_id = ? "
                    "AND source_key = ?", "it", session_id, source_key))
    return 0;
  if (n > 0)
    {
      *skipped = TRUE;
      return 0;
    }
  if (!query_int64 (db, &process_id, error, "SELECT process_id FROM session WHERE id = ?", "i",
                    session_id))
    return 0;
  if (process_id == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no session with id %lld."), (long long) session_id);
      return 0;
    }
  if ((participant = resolve_participant (db, process_id, info, error)) == 0)
    return 0;
  /* Within the meeting: the same participant again, or another with the
   * same name and district, is kept and flagged for review. */
  if (!query_int64 (db, &n, error, "SELECT count(*) FROM open_registration WHERE session_id = ? "
                    "AND participant_id = ? AND status <> 'cancelled'", "ii", session_id, participant))
    return 0;
  if (n > 0)
    {
      char *t = add_word (note, "duplicate");
      g_free (note);
      note = t;
    }
  else if (*name_key)
    {
      if (!query_int64 (db, &n, error, "SELECT count(*) FROM open_registration r JOIN participant p "
                        "ON p.id = r.participant_id WHERE r.session_id = ? AND r.status <> 'cancelled' "
                        "AND p.name_key = ? AND p.id <> ?", "iti", session_id, name_key, participant))
        return 0;
      if (n > 0)
        {
          char *t = add_word (note, "possible-duplicate");
          g_free (note);
          note = t;
        }
    }
  if (!has_room (db, session_id, &room, error) ||
      !query_int64 (db, &position, error, "SELECT coalesce(max(position), 0) + 1 FROM "
                    "open_registration WHERE session_id = ?", "i", session_id))
    return 0;
  if (*rs_open_registration_get_registered_at (info))
    at = g_strdup (rs_open_registration_get_registered_at (info));
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      at = g_date_time_format (now, "%Y-%m-%dT%H:%M");
    }
  if (!rs_database_run (db, error,
                        "INSERT INTO open_registration (session_id, participant_id, status, position, "
                        "registered_at, source, source_key, review_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        "iitittt" "t", session_id, participant, room ? "registered" : "waiting",
                        position, at, rs_open_registration_get_source (info), source_key, note))
    return 0;
  if (status_out)
    *status_out = room ? RS_REGISTRATION_REGISTERED : RS_REGISTRATION_WAITING;
  return rs_database_last_insert_id (db);
}

/* The audit log names the meeting (so the entry goes with its process)
 * and the registration's id, never the person. */
static gboolean
audit (RsDatabase *db,
       gint64      session_id,
       gint64      registration_id,
       const char *action,
       GError    **error)
{
  g_autofree char *details = g_strdup_printf ("registration %" G_GINT64_FORMAT, registration_id);
  return rs_audit_log (db, "session", session_id, action, details, error);
}

gint64
rs_open_meeting_store_add (RsDatabase           *db,
                           gint64                session_id,
                           RsOpenRegistration   *info,
                           RsRegistrationStatus *status_out,
                           GError              **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *key = g_strconcat ("typed:", uuid, NULL);
  g_autofree char *name = g_strstrip (g_strdup (rs_open_registration_get_name (info)));
  gboolean skipped = FALSE;
  gint64 id;

  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (info), 0);
  if (*name == '\0')
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONSTRAINT,
                   _("A registration needs a name or initials."));
      return 0;
    }
  if (!rs_database_begin (db, error))
    return 0;
  id = _rs_open_meeting_add_locked (db, session_id, info, key, &skipped, status_out, error);
  if (id == 0 || !audit (db, session_id, id, "public-registration-add", error))
    {
      rs_database_rollback (db);
      return 0;
    }
  if (!rs_database_commit (db, error))
    return 0;
  return id;
}

gboolean
rs_open_meeting_store_update (RsDatabase          *db,
                              RsOpenRegistration  *info,
                              GError             **error)
{
  g_autofree char *email_key = rs_open_meeting_email_key (rs_open_registration_get_email (info));
  g_autofree char *phone_key = rs_open_meeting_phone_key (rs_open_registration_get_phone (info));
  g_autofree char *name_key = _rs_open_meeting_name_key (rs_open_registration_get_name (info),
                                                         rs_open_registration_get_district (info));
  g_autofree char *name = g_strstrip (g_strdup (rs_open_registration_get_name (info)));
  gint64 participant = 0, session_id = 0;
  int first = rs_open_registration_get_first_time (info);

  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (info), FALSE);
  if (*name == '\0')
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONSTRAINT,
                   _("A registration needs a name or initials."));
      return FALSE;
    }
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!query_int64 (db, &participant, error, "SELECT participant_id FROM open_registration WHERE id = ?",
                    "i", rs_open_registration_get_id (info)) ||
      !query_int64 (db, &session_id, error, "SELECT session_id FROM open_registration WHERE id = ?",
                    "i", rs_open_registration_get_id (info)))
    goto fail;
  if (participant == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no registration with id %lld."),
                   (long long) rs_open_registration_get_id (info));
      goto fail;
    }
  if (!rs_database_run (db, error,
                        "UPDATE participant SET name = ?1, email = ?2, phone = ?3, email_key = ?4, "
                        "phone_key = ?5, name_key = ?6, age_band = ?7, district = ?8, heard_via = ?9, "
                        "first_time = ?11 WHERE id = ?10",
                        /* '-' takes no argument: the answer comes last. */
                        first >= 0 ? "tttttttttin" : "ttttttttti-",
                        name, rs_open_registration_get_email (info),
                        rs_open_registration_get_phone (info), email_key, phone_key, name_key,
                        rs_open_registration_get_age_band (info),
                        rs_open_registration_get_district (info),
                        rs_open_registration_get_heard_via (info),
                        participant, first) ||
      !rs_database_run (db, error, "UPDATE open_registration SET review_note = ? WHERE id = ?", "ti",
                        rs_open_registration_get_review_note (info), rs_open_registration_get_id (info)) ||
      !audit (db, session_id, rs_open_registration_get_id (info), "public-registration-edit", error))
    goto fail;
  return rs_database_commit (db, error);

fail:
  rs_database_rollback (db);
  return FALSE;
}

static gboolean
registration_state (RsDatabase *db,
                    gint64      registration_id,
                    gint64     *session_id,
                    char      **status,
                    GError    **error)
{
  g_autoptr(RsStatement) stmt =
    rs_database_query (db, error, "SELECT session_id, status FROM open_registration WHERE id = ?",
                       "i", registration_id);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_DONE)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no registration with id %lld."), (long long) registration_id);
      return FALSE;
    }
  if (rc != RS_SQL_ROW)
    return rs_database_set_error (db, rc, error);
  *session_id = rs_statement_column_int64 (stmt, 0);
  *status = rs_column_dup_text (stmt, 1);
  return TRUE;
}

gboolean
rs_open_meeting_store_cancel (RsDatabase *db,
                              gint64      registration_id,
                              gint64     *promoted_out,
                              GError    **error)
{
  g_autofree char *status = NULL;
  gint64 session_id = 0, promoted = 0;
  gboolean room = FALSE;

  if (promoted_out)
    *promoted_out = 0;
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!registration_state (db, registration_id, &session_id, &status, error) ||
      !rs_database_run (db, error, "UPDATE open_registration SET status = 'cancelled' WHERE id = ?",
                        "i", registration_id))
    goto fail;
  if (g_str_equal (status, "registered"))
    {
      if (!has_room (db, session_id, &room, error))
        goto fail;
      if (room &&
          !query_int64 (db, &promoted, error, "SELECT id FROM open_registration WHERE session_id = ? "
                        "AND status = 'waiting' ORDER BY position, id LIMIT 1", "i", session_id))
        goto fail;
      if (promoted != 0 &&
          !rs_database_run (db, error, "UPDATE open_registration SET status = 'registered' WHERE id = ?",
                            "i", promoted))
        goto fail;
    }
  if (!audit (db, session_id, registration_id, "public-registration-cancel", error))
    goto fail;
  if (!rs_database_commit (db, error))
    return FALSE;
  if (promoted_out)
    *promoted_out = promoted;
  return TRUE;

fail:
  rs_database_rollback (db);
  return FALSE;
}

gboolean
rs_open_meeting_store_restore (RsDatabase *db,
                               gint64      registration_id,
                               gint64      promoted_id,
                               GError    **error)
{
  g_autofree char *status = NULL;
  gint64 session_id = 0;
  gboolean room = FALSE;

  if (!rs_database_begin (db, error))
    return FALSE;
  if (!registration_state (db, registration_id, &session_id, &status, error))
    goto fail;
  if (promoted_id != 0 &&
      !rs_database_run (db, error, "UPDATE open_registration SET status = 'waiting' WHERE id = ? "
                        "AND status = 'registered'", "i", promoted_id))
    goto fail;
  if (!has_room (db, session_id, &room, error) ||
      !rs_database_run (db, error, "UPDATE open_registration SET status = ? WHERE id = ?", "ti",
                        room ? "registered" : "waiting", registration_id) ||
      !audit (db, session_id, registration_id, "public-registration-restore", error))
    goto fail;
  return rs_database_commit (db, error);

fail:
  rs_database_rollback (db);
  return FALSE;
}

gboolean
rs_open_meeting_store_erase_participant (RsDatabase *db,
                                         gint64      registration_id,
                                         char      **pseudonym_out,
                                         GError    **error)
{
  g_autofree char *status = NULL;
  g_autoptr(RsStatement) stmt = NULL;
  gint64 session_id = 0, participant = 0;

  if (!rs_database_begin (db, error))
    return FALSE;
  if (!registration_state (db, registration_id, &session_id, &status, error) ||
      !query_int64 (db, &participant, error, "SELECT participant_id FROM open_registration WHERE id = ?",
                    "i", registration_id) ||
      !rs_database_run (db, error, "UPDATE participant SET name = '', email = '', phone = '', "
                        "email_key = '', phone_key = '', name_key = '' WHERE id = ?", "i", participant) ||
      !rs_database_run (db, error, "UPDATE open_registration SET source = '', source_key = 'erased-' || id "
                        "WHERE participant_id = ?", "i", participant) ||
      !audit (db, session_id, registration_id, "public-participant-erase", error))
    goto fail;
  if (pseudonym_out != NULL)
    {
      stmt = rs_database_query (db, error, "SELECT pseudonym FROM participant WHERE id = ?", "i", participant);
      if (stmt == NULL || rs_statement_step (stmt) != RS_SQL_ROW)
        goto fail;
      *pseudonym_out = rs_column_dup_text (stmt, 0);
      g_clear_pointer (&stmt, rs_statement_finalize);
    }
  return rs_database_commit (db, error);

fail:
  g_clear_pointer (&stmt, rs_statement_finalize);
  rs_database_rollback (db);
  return FALSE;
}

gboolean
rs_open_meeting_store_set_attended (RsDatabase *db,
                                    gint64      registration_id,
                                    int         attended,
                                    GError    **error)
{
  int changed;

  /* Read the count under the lock: on a server, releasing it sends the
   * change notes, a statement of their own. */
  rs_database_lock (db);
  if (!rs_database_run (db, error, "UPDATE open_registration SET attended = ? WHERE id = ?",
                        attended >= 0 ? "ni" : "-i", attended > 0 ? 1 : 0, registration_id))
    {
      rs_database_unlock (db);
      return FALSE;
    }
  changed = rs_database_changes (db);
  rs_database_unlock (db);
  if (changed == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no registration with id %lld."), (long long) registration_id);
      return FALSE;
    }
  return TRUE;
}

gboolean
rs_open_meeting_store_mark_reviewed (RsDatabase *db,
                                     gint64      registration_id,
                                     GError    **error)
{
  return rs_database_run (db, error, "UPDATE open_registration SET review_note = '' WHERE id = ?",
                          "i", registration_id);
}

gboolean
rs_open_meeting_store_mark_sent (RsDatabase *db,
                                 gint64      session_id,
                                 gboolean    reminder,
                                 guint      *n_out,
                                 GError    **error)
{
  g_autofree char *today = rs_date_today_iso ();
  gboolean ok;

  rs_database_lock (db);
  ok = rs_database_run (db, error,
                        reminder ? "UPDATE open_registration SET reminded_on = ? WHERE session_id = ? "
                                   "AND status = 'registered' AND reminded_on IS NULL"
                                 : "UPDATE open_registration SET confirmed_on = ? WHERE session_id = ? "
                                   "AND status = 'registered' AND confirmed_on IS NULL",
                        "ti", today, session_id);
  if (ok && n_out)
    *n_out = (guint) rs_database_changes (db);
  rs_database_unlock (db);
  return ok;
}

#define REG_COLUMNS \
  "r.id, r.session_id, r.participant_id, p.pseudonym, p.name, p.email, p.phone, p.age_band, " \
  "p.district, p.heard_via, coalesce(p.first_time, -1), " \
  "CASE r.status WHEN 'registered' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, r.position, " \
  "r.registered_at, coalesce(r.attended, -1), coalesce(r.confirmed_on, ''), " \
  "coalesce(r.reminded_on, ''), r.source, r.review_note "

#define SET_TEXT(setter, column) \
  G_STMT_START { \
    g_autofree char *text_ = rs_column_dup_text (stmt, column); \
    setter (reg, text_); \
  } G_STMT_END

static RsOpenRegistration *
registration_from_row (RsStatement *stmt)
{
  RsOpenRegistration *reg = rs_open_registration_new ();

  rs_open_registration_set_id (reg, rs_statement_column_int64 (stmt, 0));
  rs_open_registration_set_session_id (reg, rs_statement_column_int64 (stmt, 1));
  rs_open_registration_set_participant_id (reg, rs_statement_column_int64 (stmt, 2));
  SET_TEXT (rs_open_registration_set_pseudonym, 3);
  SET_TEXT (rs_open_registration_set_name, 4);
  SET_TEXT (rs_open_registration_set_email, 5);
  SET_TEXT (rs_open_registration_set_phone, 6);
  SET_TEXT (rs_open_registration_set_age_band, 7);
  SET_TEXT (rs_open_registration_set_district, 8);
  SET_TEXT (rs_open_registration_set_heard_via, 9);
  rs_open_registration_set_first_time (reg, rs_statement_column_int (stmt, 10));
  rs_open_registration_set_status (reg, rs_statement_column_int (stmt, 11));
  rs_open_registration_set_position (reg, rs_statement_column_int (stmt, 12));
  SET_TEXT (rs_open_registration_set_registered_at, 13);
  rs_open_registration_set_attended (reg, rs_statement_column_int (stmt, 14));
  SET_TEXT (rs_open_registration_set_confirmed_on, 15);
  SET_TEXT (rs_open_registration_set_reminded_on, 16);
  SET_TEXT (rs_open_registration_set_source, 17);
  SET_TEXT (rs_open_registration_set_review_note, 18);
  return reg;
}

typedef struct
{
  GArray    *sessions;   /* gint64 */
  GPtrArray *titles;
} Meetings;

static void
meetings_free (Meetings *m)
{
  g_array_unref (m->sessions);
  g_ptr_array_unref (m->titles);
  g_free (m);
}

/* participant id → the meetings (not cancelled) they are registered for. */
static GHashTable *
load_meetings (RsDatabase *db,
               gint64      process_id,
               GError    **error)
{
  g_autoptr(GHashTable) out = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                     (GDestroyNotify) meetings_free);
  g_autoptr(RsStatement) stmt =
    rs_database_query (db, error,
                       "SELECT r.participant_id, s.id, s.title FROM open_registration r JOIN session s "
                       "ON s.id = r.session_id WHERE s.process_id = ? AND r.status <> 'cancelled' "
                       "ORDER BY s.starts_at, s.id", "i", process_id);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 pid = rs_statement_column_int64 (stmt, 0);
      gint64 sid = rs_statement_column_int64 (stmt, 1);
      Meetings *m = g_hash_table_lookup (out, &pid);

      if (m == NULL)
        {
          m = g_new0 (Meetings, 1);
          m->sessions = g_array_new (FALSE, FALSE, sizeof (gint64));
          m->titles = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (out, g_memdup2 (&pid, sizeof pid), m);
        }
      if (m->sessions->len > 0 && g_array_index (m->sessions, gint64, m->sessions->len - 1) == sid)
        continue;
      g_array_append_val (m->sessions, sid);
      g_ptr_array_add (m->titles, rs_column_dup_text (stmt, 2));
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

static void
fill_meetings (RsOpenRegistration *reg,
               GHashTable         *meetings)
{
  gint64 pid = rs_open_registration_get_participant_id (reg);
  Meetings *m = g_hash_table_lookup (meetings, &pid);
  g_autoptr(GString) others = g_string_new (NULL);

  if (m == NULL)
    return;
  rs_open_registration_set_meetings (reg, m->sessions->len);
  for (guint i = 0; i < m->sessions->len; i++)
    if (g_array_index (m->sessions, gint64, i) != rs_open_registration_get_session_id (reg))
      {
        if (others->len)
          g_string_append (others, "; ");
        g_string_append (others, g_ptr_array_index (m->titles, i));
      }
  rs_open_registration_set_other_meetings (reg, others->str);
}

GListStore *
rs_open_meeting_store_list (RsDatabase *db,
                            gint64      process_id,
                            GError    **error)
{
  g_autoptr(GListStore) out = g_list_store_new (RS_TYPE_OPEN_REGISTRATION);
  g_autoptr(GHashTable) meetings = NULL;
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  rs_database_lock (db);
  meetings = load_meetings (db, process_id, error);
  if (meetings != NULL)
    stmt = rs_database_query (db, error,
                              "SELECT " REG_COLUMNS "FROM open_registration r JOIN participant p ON "
                              "p.id = r.participant_id JOIN session s ON s.id = r.session_id "
                              "WHERE s.process_id = ? ORDER BY s.starts_at, s.id, "
                              "CASE r.status WHEN 'registered' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, "
                              "r.position, r.id", "i", process_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsOpenRegistration *reg = registration_from_row (stmt);
      fill_meetings (reg, meetings);
      g_ptr_array_add (items, reg);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  g_list_store_splice (out, 0, 0, items->pdata, items->len);
  return g_steal_pointer (&out);
}

GPtrArray *
rs_open_meeting_store_list_session (RsDatabase *db,
                                    gint64      session_id,
                                    gboolean    duplicates_only,
                                    GError    **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) meetings = NULL;
  g_autoptr(RsStatement) stmt = NULL;
  gint64 process_id = 0;
  int rc;

  rs_database_lock (db);
  if (!query_int64 (db, &process_id, error, "SELECT process_id FROM session WHERE id = ?", "i",
                    session_id))
    goto fail;
  if (process_id == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no session with id %lld."), (long long) session_id);
      goto fail;
    }
  if ((meetings = load_meetings (db, process_id, error)) == NULL)
    goto fail;
  stmt = rs_database_query (db, error,
                            "SELECT " REG_COLUMNS "FROM open_registration r JOIN participant p ON "
                            "p.id = r.participant_id WHERE r.session_id = ? ORDER BY "
                            "CASE r.status WHEN 'registered' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, "
                            "r.position, r.id", "i", session_id);
  if (stmt == NULL)
    goto fail;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsOpenRegistration) reg = registration_from_row (stmt);
      fill_meetings (reg, meetings);
      if (duplicates_only && rs_open_registration_get_meetings (reg) < 2 &&
          !rs_open_registration_has_note (reg, "duplicate") &&
          !rs_open_registration_has_note (reg, "possible-duplicate"))
        continue;
      g_ptr_array_add (out, g_steal_pointer (&reg));
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      goto fail;
    }
  rs_database_unlock (db);
  return g_steal_pointer (&out);

fail:
  rs_database_unlock (db);
  return NULL;
}

gboolean
rs_open_meeting_store_set_target (RsDatabase *db,
                                  gint64      session_id,
                                  int         age_from,
                                  int         age_to,
                                  double      share,
                                  GError    **error)
{
  if (share < 0)
    return rs_database_run (db, error, "DELETE FROM open_meeting_target WHERE session_id = ?", "i",
                            session_id);
  if (share > 100 || age_from < 0 || age_to < age_from)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONSTRAINT,
                   _("A meeting’s target is a share from 0 to 100 %% of an age range such as 15–24."));
      return FALSE;
    }
  return rs_database_run (db, error,
                          "INSERT INTO open_meeting_target (session_id, age_from, age_to, share) "
                          "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (session_id) DO UPDATE SET "
                          "age_from = ?2, age_to = ?3, share = ?4",
                          "innd", session_id, age_from, age_to, share);
}

gboolean
rs_open_meeting_store_get_target (RsDatabase *db,
                                  gint64      session_id,
                                  int        *age_from,
                                  int        *age_to,
                                  double     *share,
                                  GError    **error)
{
  g_autoptr(RsStatement) stmt =
    rs_database_query (db, error, "SELECT age_from, age_to, share FROM open_meeting_target "
                       "WHERE session_id = ?", "i", session_id);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW)
    {
      *age_from = rs_statement_column_int (stmt, 0);
      *age_to = rs_statement_column_int (stmt, 1);
      *share = rs_statement_column_double (stmt, 2);
      return TRUE;
    }
  if (rc != RS_SQL_DONE)
    rs_database_set_error (db, rc, error);
  return FALSE;
}

/* On the database thread. */

static gpointer
list_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  return rs_open_meeting_store_list (db, *(gint64 *) data, error);
}

void
rs_open_meeting_store_list_async (RsDatabase          *db,
                                  gint64               process_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  rs_database_run_for_id_async (db, list_job, process_id, g_object_unref, cancellable, callback,
                                user_data);
}

GListStore *
rs_open_meeting_store_list_finish (RsDatabase   *db,
                                   GAsyncResult *result,
                                   GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

typedef struct
{
  gint64              id;
  gint64              other;
  int                 value;
  int                 value2;
  double              share;
  RsOpenRegistration *info;
} Op;

static void
op_free (Op *op)
{
  g_clear_object (&op->info);
  g_free (op);
}

static gpointer
save_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  Op *op = data;

  if (rs_open_registration_get_id (op->info) == 0)
    return rs_open_meeting_store_add (db, op->id, op->info, NULL, error) != 0 ? GINT_TO_POINTER (1) : NULL;
  return rs_open_meeting_store_update (db, op->info, error) ? GINT_TO_POINTER (1) : NULL;
}

void
rs_open_meeting_store_save_async (RsDatabase          *db,
                                  gint64               session_id,
                                  RsOpenRegistration  *info,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  op->id = session_id;
  op->info = rs_open_registration_copy (info);
  rs_database_run_async (db, save_job, op, (GDestroyNotify) op_free, NULL, cancellable, callback,
                         user_data);
}

gboolean
rs_open_meeting_store_save_finish (RsDatabase   *db,
                                   GAsyncResult *result,
                                   GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
cancel_job (RsDatabase   *db,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  Op *op = data;
  gint64 promoted = 0;

  if (!rs_open_meeting_store_cancel (db, op->id, &promoted, error))
    return NULL;
  return g_memdup2 (&promoted, sizeof promoted);
}

void
rs_open_meeting_store_cancel_async (RsDatabase          *db,
                                    gint64               registration_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  op->id = registration_id;
  rs_database_run_async (db, cancel_job, op, (GDestroyNotify) op_free, g_free, cancellable,
                         callback, user_data);
}

gint64
rs_open_meeting_store_cancel_finish (RsDatabase   *db,
                                     GAsyncResult *result,
                                     GError      **error)
{
  g_autofree gint64 *promoted = rs_database_run_finish (db, result, error);
  return promoted ? *promoted : -1;
}

static gpointer
restore_job (RsDatabase   *db,
             gpointer      data,
             GCancellable *cancellable,
             GError      **error)
{
  Op *op = data;
  return rs_open_meeting_store_restore (db, op->id, op->other, error) ? GINT_TO_POINTER (1) : NULL;
}

void
rs_open_meeting_store_restore_async (RsDatabase          *db,
                                     gint64               registration_id,
                                     gint64               promoted_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  op->id = registration_id;
  op->other = promoted_id;
  rs_database_run_async (db, restore_job, op, (GDestroyNotify) op_free, NULL, cancellable, callback,
                         user_data);
}

gboolean
rs_open_meeting_store_restore_finish (RsDatabase   *db,
                                      GAsyncResult *result,
                                      GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
mark_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  Op *op = data;
  gboolean ok = op->value == 2 ? rs_open_meeting_store_mark_reviewed (db, op->id, error)
                               : rs_open_meeting_store_set_attended (db, op->id, op->value, error);
  return ok ? GINT_TO_POINTER (1) : NULL;
}

void
rs_open_meeting_store_mark_async (RsDatabase          *db,
                                  gint64               registration_id,
                                  int                  attended,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  op->id = registration_id;
  op->value = attended;
  rs_database_run_async (db, mark_job, op, (GDestroyNotify) op_free, NULL, cancellable, callback,
                         user_data);
}

gboolean
rs_open_meeting_store_mark_finish (RsDatabase   *db,
                                   GAsyncResult *result,
                                   GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
mark_sent_job (RsDatabase   *db,
               gpointer      data,
               GCancellable *cancellable,
               GError      **error)
{
  Op *op = data;
  guint n = 0;

  if (!rs_open_meeting_store_mark_sent (db, op->id, op->value != 0, &n, error))
    return NULL;
  return GUINT_TO_POINTER (n + 1);
}

void
rs_open_meeting_store_mark_sent_async (RsDatabase          *db,
                                       gint64               session_id,
                                       gboolean             reminder,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  op->id = session_id;
  op->value = reminder;
  rs_database_run_async (db, mark_sent_job, op, (GDestroyNotify) op_free, NULL, cancellable, callback,
                         user_data);
}

int
rs_open_meeting_store_mark_sent_finish (RsDatabase   *db,
                                        GAsyncResult *result,
                                        GError      **error)
{
  gpointer n = rs_database_run_finish (db, result, error);
  return n ? (int) GPOINTER_TO_UINT (n) - 1 : -1;
}

static gpointer
target_job (RsDatabase   *db,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  Op *op = data;
  return rs_open_meeting_store_set_target (db, op->id, op->value, op->value2, op->share, error)
           ? GINT_TO_POINTER (1) : NULL;
}

void
rs_open_meeting_store_set_target_async (RsDatabase          *db,
                                        gint64               session_id,
                                        int                  age_from,
                                        int                  age_to,
                                        double               share,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  op->id = session_id;
  op->value = age_from;
  op->value2 = age_to;
  op->share = share;
  rs_database_run_async (db, target_job, op, (GDestroyNotify) op_free, NULL, cancellable, callback,
                         user_data);
}

gboolean
rs_open_meeting_store_set_target_finish (RsDatabase   *db,
                                         GAsyncResult *result,
                                         GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
erase_job (RsDatabase   *db,
           gpointer      data,
           GCancellable *cancellable,
           GError      **error)
{
  Op *op = data;
  return rs_open_meeting_store_erase_participant (db, op->id, NULL, error) ? GINT_TO_POINTER (1) : NULL;
}

void
rs_open_meeting_store_erase_participant_async (RsDatabase          *db,
                                               gint64               registration_id,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  op->id = registration_id;
  rs_database_run_async (db, erase_job, op, (GDestroyNotify) op_free, NULL, cancellable, callback,
                         user_data);
}

gboolean
rs_open_meeting_store_erase_participant_finish (RsDatabase   *db,
                                                GAsyncResult *result,
                                                GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}
