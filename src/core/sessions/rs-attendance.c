/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-attendance"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rs-attendance.h"

void
rs_attendance_stat_free (RsAttendanceStat *stat)
{
  if (stat == NULL)
    return;
  g_free (stat->category);
  g_free (stat->value);
  g_free (stat);
}

static gboolean
person_exists (RsDatabase *db,
               gint64      person_id,
               gboolean   *exists,
               GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = rs_database_query (db, error,
                                                    "SELECT 1 FROM person WHERE id = ?",
                                                    "i", person_id);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return rs_database_set_error (db, rc, error);
  *exists = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
mark (RsDatabase *db,
      gint64      session_id,
      gint64      person_id,
      gboolean    present,
      GError    **error)
{
  /* A walk-in gets a registration at the end of the list. */
  return rs_database_run (db, error,
                          "INSERT INTO registration (session_id, person_id, status, position, attended) "
                          "VALUES (?1, ?2, 'registered', (SELECT coalesce(max(position) + 1, 0) "
                          "FROM registration WHERE session_id = ?1), ?3) "
                          "ON CONFLICT (session_id, person_id) DO UPDATE SET attended = excluded.attended, "
                          "status = CASE WHEN excluded.attended = 1 THEN 'registered' ELSE status END",
                          "iin", session_id, person_id, present ? 1 : 0);
}

gboolean
rs_attendance_set (RsDatabase *db,
                   gint64      session_id,
                   gint64      person_id,
                   gboolean    present,
                   GError    **error)
{
  gboolean exists = FALSE;

  if (!rs_database_begin (db, error))
    return FALSE;
  if (!person_exists (db, person_id, &exists, error))
    goto fail;
  if (!exists)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no person with id %lld."), (long long) person_id);
      goto fail;
    }
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
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *needle = g_strstrip (g_strdup (text ? text : ""));
  gint64 number = -1;
  gint64 found = 0;
  char *end = NULL;
  int rc;

  if (*needle == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Type a pseudonym or a number."));
      return 0;
    }
  number = g_ascii_strtoll (needle, &end, 10);
  if (end == needle || *end != '\0' || number < 0)
    number = -1;

  rs_database_lock (db);
  /* Candidates: the session's own people first, then the session's panel. */
  stmt = rs_database_query (db, error,
                            "SELECT p.id FROM person p "
                            "LEFT JOIN registration r ON r.person_id = p.id AND r.session_id = ?1 "
                            "WHERE (r.person_id IS NOT NULL OR p.panel_id = "
                            "  (SELECT panel_id FROM session WHERE id = ?1)) "
                            "AND (lower(p.pseudonym) = lower(?2) OR p.external_id = ?2 "
                            "  OR (?3 >= 0 AND CAST(ltrim(substr(p.pseudonym, "
                            "      instr(p.pseudonym, '-') + 1), '0') AS INTEGER) = ?3 "
                            "      AND p.pseudonym GLOB '*-[0-9]*')) "
                            "ORDER BY r.person_id IS NULL, lower(p.pseudonym) = lower(?2) DESC LIMIT 1",
                            "iti", session_id, needle, number);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return 0;
    }
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    found = sqlite3_column_int64 (stmt, 0);
  rs_database_unlock (db);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      rs_database_set_error (db, rc, error);
      return 0;
    }
  if (found == 0)
    g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                 _("Nobody matches “%s”."), needle);
  return found;
}

gboolean
rs_attendance_import_csv (RsDatabase *db,
                          gint64      session_id,
                          const char *path,
                          guint      *n_marked_out,
                          GError    **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = g_filename_display_name (path);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  guint marked = 0;

  if (n_marked_out)
    *n_marked_out = 0;
  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;
  if (!g_utf8_validate (contents, -1, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s is not UTF-8 text."), display);
      return FALSE;
    }
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autofree char *cell = NULL;
      char *line = lines[i];
      char *sep, *end = NULL;
      gint64 id;
      guint row = i + 1;

      if (i == 0 && g_str_has_prefix (line, "\xEF\xBB\xBF"))
        line += 3;
      sep = strpbrk (line, ",;\t");
      cell = g_strstrip (g_strndup (line, sep ? (gsize) (sep - line) : strlen (line)));
      if (cell[0] == '"' && strlen (cell) >= 2 && cell[strlen (cell) - 1] == '"')
        {
          char *inner = g_strndup (cell + 1, strlen (cell) - 2);
          g_free (cell);
          cell = inner;
        }
      if (*cell == '\0')
        continue;
      if (i == 0 && (g_ascii_strcasecmp (cell, "person_id") == 0 || g_ascii_strcasecmp (cell, "id") == 0))
        continue;
      id = g_ascii_strtoll (cell, &end, 10);
      if (end == cell || *end != '\0' || id <= 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("%s, row %u, column 1: “%s” is not a person id."), display, row, cell);
          return FALSE;
        }
      g_array_append_val (ids, id);
      g_array_append_val (rows, row);
    }

  if (!rs_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gboolean exists = FALSE;

      if (!person_exists (db, id, &exists, error))
        goto fail;
      if (!exists)
        {
          g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                       _("%s, row %u, column 1: there is no person with id %lld; "
                         "nothing was stored."),
                       display, g_array_index (rows, guint, i), (long long) id);
          goto fail;
        }
      if (!mark (db, session_id, id, TRUE, error))
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

GPtrArray *
rs_attendance_stats (RsDatabase *db,
                     gint64      session_id,
                     GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_attendance_stat_free);
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT c.id, c.name, v.id, v.name, "
                            "count(r.person_id), coalesce(sum(r.attended = 1), 0) "
                            "FROM registration r "
                            "JOIN person_attribute a ON a.person_id = r.person_id "
                            "JOIN category c ON c.id = a.category_id "
                            "JOIN category_value v ON v.id = a.value_id "
                            "WHERE r.session_id = ? AND r.status = 'registered' "
                            "GROUP BY v.id ORDER BY c.position, c.id, v.position, v.id",
                            "i", session_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RsAttendanceStat *st = g_new0 (RsAttendanceStat, 1);
      st->category_id = sqlite3_column_int64 (stmt, 0);
      st->category = rs_column_dup_text (stmt, 1);
      st->value_id = sqlite3_column_int64 (stmt, 2);
      st->value = rs_column_dup_text (stmt, 3);
      st->registered = sqlite3_column_int (stmt, 4);
      st->attended = sqlite3_column_int (stmt, 5);
      st->share = st->registered > 0 ? (double) st->attended / st->registered : 0.0;
      g_ptr_array_add (out, st);
    }
  rs_database_unlock (db);
  if (rc != SQLITE_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}
