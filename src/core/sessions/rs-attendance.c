/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-attendance"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rs-attendance.h"
#include "rs-csv-reader.h"
#include "rs-session-store.h"

void
rs_attendance_stat_free (RsAttendanceStat *stat)
{
  if (stat == NULL)
    return;
  g_free (stat->category);
  g_free (stat->value);
  g_free (stat);
}

/* 1: registered (any status), 0: not registered, -1: no such person. */
static gboolean
registration_state (RsDatabase *db,
                    gint64      session_id,
                    gint64      person_id,
                    int        *state,
                    char      **pseudonym_out,
                    GError    **error)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error,
                                                    "SELECT p.pseudonym, EXISTS (SELECT 1 FROM registration r "
                                                    "WHERE r.session_id = ?1 AND r.person_id = p.id) "
                                                    "FROM person p WHERE p.id = ?2",
                                                    "ii", session_id, person_id);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = rs_statement_step (stmt);
  if (rc != RS_SQL_ROW && rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  *state = rc == RS_SQL_ROW ? rs_statement_column_int (stmt, 1) : -1;
  if (pseudonym_out)
    *pseudonym_out = rc == RS_SQL_ROW ? rs_column_dup_text (stmt, 0) : NULL;
  return TRUE;
}

static gboolean
mark (RsDatabase *db,
      gint64      session_id,
      gint64      person_id,
      gboolean    present,
      GError    **error)
{
  /* A walk-in (registered on an explicit choice) goes to the end of the list. */
  return rs_database_run (db, error,
                          "INSERT INTO registration (session_id, person_id, status, position, attended) "
                          "VALUES (?1, ?2, 'registered', (SELECT coalesce(max(position) + 1, 0) "
                          "FROM registration WHERE session_id = ?1), ?3) "
                          "ON CONFLICT (session_id, person_id) DO UPDATE SET attended = excluded.attended, "
                          "status = CASE WHEN excluded.attended = 1 THEN 'registered' ELSE status END",
                          "iin", session_id, person_id, present ? 1 : 0);
}

/* Checks that @person_id may be marked; sets an error saying who and why. */
static gboolean
check_markable (RsDatabase *db,
                gint64      session_id,
                gint64      person_id,
                gboolean    present,
                gboolean    register_walk_in,
                const char *where,
                GError    **error)
{
  g_autofree char *pseudonym = NULL;
  int state = -1;

  if (!registration_state (db, session_id, person_id, &state, &pseudonym, error))
    return FALSE;
  if (state < 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("%sThere is no such person in the pool."), where ? where : "");
      return FALSE;
    }
  if (state == 0 && present && !register_walk_in)
    {
      g_set_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_REGISTERED,
                   _("%s%s is not registered for this meeting."), where ? where : "", pseudonym);
      return FALSE;
    }
  return TRUE;
}

gboolean
rs_attendance_set (RsDatabase *db,
                   gint64      session_id,
                   gint64      person_id,
                   gboolean    present,
                   gboolean    register_walk_in,
                   GError    **error)
{
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!check_markable (db, session_id, person_id, present, register_walk_in, NULL, error))
    goto fail;
  if (!mark (db, session_id, person_id, present, error))
    goto fail;
  return rs_database_commit (db, error);

fail:
  rs_database_rollback (db);
  return FALSE;
}

gint64
rs_attendance_find_person (RsDatabase *db,
                           gint64      session_id,
                           const char *text,
                           GError    **error)
{
  g_autoptr(RsPersonRef) ref = rs_person_ref_resolve_for_session (db, session_id, text,
                                                                  RS_PERSON_REF_ANY, error);

  return ref ? ref->person_id : 0;
}

GArray *
rs_attendance_read_people_csv (RsDatabase *db,
                               gint64      session_id,
                               const char *path,
                               GArray    **lines_out,
                               GError    **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RsCsvReader) reader = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  RsPersonRefKind kind = RS_PERSON_REF_ANY;
  GPtrArray *row = NULL;
  guint column = 0;
  gboolean first = TRUE;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  if ((reader = rs_csv_reader_new (bytes, display, error)) == NULL)
    return NULL;
  for (;;)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(RsPersonRef) ref = NULL;
      const char *cell;

      if (!rs_csv_reader_next (reader, &row, &local))
        {
          if (local != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return NULL;
            }
          break;
        }
      if (first)
        {
          gboolean header = FALSE;

          first = FALSE;
          /* The first column naming people decides; else column 1. */
          for (guint c = 0; c < row->len; c++)
            {
              RsPersonRefKind k;

              if (rs_person_ref_kind_from_header (g_ptr_array_index (row, c), &k))
                {
                  if (!header || (kind == RS_PERSON_REF_ANY && k != RS_PERSON_REF_ANY))
                    {
                      kind = k;
                      column = c;
                    }
                  header = TRUE;
                }
            }
          if (header)
            continue;
        }
      cell = column < row->len ? g_ptr_array_index (row, column) : "";
      while (g_ascii_isspace (*cell))
        cell++;
      if (*cell == '\0')
        continue;
      ref = rs_person_ref_resolve_for_session (db, session_id, cell, kind, &local);
      if (ref == NULL)
        {
          g_set_error (error, local->domain, local->code, _("%s, line %u, column %u: %s"),
                       display, rs_csv_reader_get_line (reader), column + 1, local->message);
          return NULL;
        }
      if (g_hash_table_contains (seen, &ref->person_id))
        continue;
      {
        guint line = rs_csv_reader_get_line (reader);
        g_array_append_val (ids, ref->person_id);
        g_array_append_val (lines, line);
      }
      g_hash_table_add (seen, g_memdup2 (&ref->person_id, sizeof (gint64)));
    }
  if (lines_out)
    *lines_out = g_steal_pointer (&lines);
  return g_steal_pointer (&ids);
}

gboolean
rs_attendance_import_csv (RsDatabase *db,
                          gint64      session_id,
                          const char *path,
                          gboolean    register_walk_ins,
                          guint      *n_marked_out,
                          GError    **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) lines = NULL;
  guint marked = 0;

  if (n_marked_out)
    *n_marked_out = 0;
  if ((ids = rs_attendance_read_people_csv (db, session_id, path, &lines, error)) == NULL)
    return FALSE;
  if (!rs_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      /* Translators: file name and line, before a message */
      g_autofree char *where = g_strdup_printf (_("%s, line %u: "), display, g_array_index (lines, guint, i));

      if (!check_markable (db, session_id, id, TRUE, register_walk_ins, where, error)
          || !mark (db, session_id, id, TRUE, error))
        goto fail;
      marked++;
    }
  if (!rs_database_commit (db, error))
    return FALSE;
  if (n_marked_out)
    *n_marked_out = marked;
  return TRUE;

fail:
  rs_database_rollback (db);
  return FALSE;
}

gboolean
rs_registration_import_csv (RsDatabase *db,
                            gint64      session_id,
                            const char *path,
                            guint      *n_registered_out,
                            GError    **error)
{
  g_autoptr(GArray) ids = NULL;

  if (n_registered_out)
    *n_registered_out = 0;
  if ((ids = rs_attendance_read_people_csv (db, session_id, path, NULL, error)) == NULL)
    return FALSE;
  return rs_session_store_register_many (db, session_id, ids, n_registered_out, error);
}

GPtrArray *
rs_attendance_stats (RsDatabase *db,
                     gint64      session_id,
                     GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_attendance_stat_free);
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT c.id, c.name, v.id, v.name, "
                            "count(r.person_id), coalesce(sum(r.attended = 1), 0) "
                            "FROM registration r "
                            "JOIN person p ON p.id = r.person_id AND p.role != 'chair' "
                            "JOIN person_attribute a ON a.person_id = r.person_id "
                            "JOIN category c ON c.id = a.category_id "
                            "JOIN category_value v ON v.id = a.value_id "
                            "WHERE r.session_id = ? AND r.status = 'registered' "
                            "GROUP BY c.id, v.id ORDER BY c.position, c.id, v.position, v.id",
                            "i", session_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsAttendanceStat *st = g_new0 (RsAttendanceStat, 1);
      st->category_id = rs_statement_column_int64 (stmt, 0);
      st->category = rs_column_dup_text (stmt, 1);
      st->value_id = rs_statement_column_int64 (stmt, 2);
      st->value = rs_column_dup_text (stmt, 3);
      st->registered = rs_statement_column_int (stmt, 4);
      st->attended = rs_statement_column_int (stmt, 5);
      st->share = st->registered > 0 ? (double) st->attended / st->registered : 0.0;
      g_ptr_array_add (out, st);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}
