/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cycle-check.h"
#include "rs-date.h"
#include "rs-hearing-csv.h"
#include "rs-hearing-store.h"
#include "rs-phase.h"
#include "rs-process-store.h"

G_DEFINE_QUARK (rs-hearing-error-quark, rs_hearing_error)

static gboolean
check_dates (const char *starts_on,
             const char *deadline,
             GError    **error)
{
  if (!rs_date_is_valid (starts_on))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("“%s” is not a valid start date; use YYYY-MM-DD."), starts_on ? starts_on : "");
      return FALSE;
    }
  if (!rs_date_is_valid (deadline))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("“%s” is not a valid deadline; use YYYY-MM-DD."), deadline ? deadline : "");
      return FALSE;
    }
  if (rs_date_days_between (starts_on, deadline) < 0)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("The deadline %s is before the start %s."), deadline, starts_on);
      return FALSE;
    }
  return TRUE;
}

RsHearingRound *
rs_hearing_round_store_create (RsDatabase *db,
                               gint64      process_id,
                               const char *title,
                               const char *starts_on,
                               const char *deadline,
                               GError    **error)
{
  g_autoptr(RsProcess) process = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (title ? title : ""));

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                           _("A hearing round needs a title."));
      return NULL;
    }
  if (!check_dates (starts_on, deadline, error))
    return NULL;
  process = rs_process_store_get (db, process_id, error);
  if (process == NULL)
    return NULL;

  rs_database_lock (db);
  if (!rs_database_run (db, error,
                        "INSERT INTO hearing_round (process_id, title, starts_on, deadline) "
                        "VALUES (?, ?, ?, ?)",
                        "ittt", process_id, title, starts_on, deadline))
    {
      rs_database_unlock (db);
      return NULL;
    }
  {
    gint64 id = rs_database_last_insert_id (db);
    rs_database_unlock (db);
    return rs_hearing_round_new (id, process_id, title, starts_on, deadline);
  }
}

gboolean
rs_hearing_round_store_update (RsDatabase     *db,
                               RsHearingRound *round,
                               GError        **error)
{
  gboolean ok;

  if (!check_dates (rs_hearing_round_get_starts_on (round),
                    rs_hearing_round_get_deadline (round), error))
    return FALSE;
  rs_database_lock (db);
  ok = rs_database_run (db, error,
                        "UPDATE hearing_round SET title = ?, starts_on = ?, deadline = ?, "
                        "material = ?, legal_basis = ?, legal_reference = ?, case_number = ? "
                        "WHERE id = ?",
                        "ttttttti",
                        rs_hearing_round_get_title (round),
                        rs_hearing_round_get_starts_on (round),
                        rs_hearing_round_get_deadline (round),
                        rs_hearing_round_get_material (round),
                        rs_hearing_round_get_statutory (round) ? "statutory" : "voluntary",
                        rs_hearing_round_get_legal_reference (round),
                        rs_hearing_round_get_case_number (round),
                        rs_hearing_round_get_id (round));
  if (ok && rs_database_changes (db) == 0)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_NOT_FOUND,
                   _("There is no hearing round %lld."),
                   (long long) rs_hearing_round_get_id (round));
      ok = FALSE;
    }
  rs_database_unlock (db);
  return ok;
}

#define ROUND_COLUMNS "id, process_id, title, starts_on, deadline, material, legal_basis, " \
                      "legal_reference, case_number"

static RsHearingRound *
round_from_row (RsStatement *stmt)
{
  RsHearingRound *round = rs_hearing_round_new (rs_statement_column_int64 (stmt, 0),
                                                rs_statement_column_int64 (stmt, 1),
                                                (const char *) rs_statement_column_text (stmt, 2),
                                                (const char *) rs_statement_column_text (stmt, 3),
                                                (const char *) rs_statement_column_text (stmt, 4));
  rs_hearing_round_set_material (round, (const char *) rs_statement_column_text (stmt, 5));
  rs_hearing_round_set_statutory (round, g_strcmp0 ((const char *) rs_statement_column_text (stmt, 6),
                                                    "statutory") == 0);
  rs_hearing_round_set_legal_reference (round, (const char *) rs_statement_column_text (stmt, 7));
  rs_hearing_round_set_case_number (round, (const char *) rs_statement_column_text (stmt, 8));
  return round;
}

RsHearingRound *
rs_hearing_round_store_get (RsDatabase *db,
                            gint64      round_id,
                            GError    **error)
{
  RsHearingRound *round = NULL;
  RsStatement *stmt;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT " ROUND_COLUMNS " FROM hearing_round WHERE id = ?",
                            "i", round_id);
  if (stmt != NULL)
    {
      rc = rs_statement_step (stmt);
      if (rc == RS_SQL_ROW)
        round = round_from_row (stmt);
      else if (rc == RS_SQL_DONE)
        g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_NOT_FOUND,
                     _("There is no hearing round %lld."), (long long) round_id);
      else
        rs_database_set_error (db, rc, error);
      rs_statement_finalize (stmt);
    }
  rs_database_unlock (db);
  return round;
}

GListStore *
rs_hearing_round_store_list (RsDatabase *db,
                             gint64      process_id,
                             GError    **error)
{
  g_autoptr(GListStore) store = g_list_store_new (RS_TYPE_HEARING_ROUND);
  RsStatement *stmt;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT " ROUND_COLUMNS " FROM hearing_round "
                            "WHERE process_id = ? ORDER BY starts_on, id", "i", process_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsHearingRound) round = round_from_row (stmt);
      g_list_store_append (store, round);
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

GPtrArray *
rs_hearing_round_check (RsDatabase     *db,
                        RsHearingRound *round,
                        int             min_days,
                        GError        **error)
{
  g_autoptr(GListStore) phases = NULL;
  g_autoptr(GListStore) plan = g_list_store_new (RS_TYPE_PHASE);
  g_autoptr(GPtrArray) warnings = NULL;
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  gboolean has_hearing = FALSE;

  phases = rs_phase_store_list (db, rs_hearing_round_get_process_id (round), error);
  if (phases == NULL)
    {
      g_ptr_array_unref (out);
      return NULL;
    }
  /* The cycle's plan with this round standing in for its hearing phase. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (phases)); i++)
    {
      g_autoptr(RsPhase) phase = g_list_model_get_item (G_LIST_MODEL (phases), i);
      if (rs_phase_get_kind (phase) == RS_PHASE_HEARING)
        {
          g_autoptr(RsPhase) copy = rs_phase_new (0, rs_phase_get_process_id (phase), RS_PHASE_HEARING,
                                                  rs_hearing_round_get_starts_on (round),
                                                  rs_hearing_round_get_deadline (round));
          g_list_store_append (plan, copy);
          has_hearing = TRUE;
        }
      else
        g_list_store_append (plan, phase);
    }
  if (!has_hearing)
    {
      g_autoptr(RsPhase) copy = rs_phase_new (0, rs_hearing_round_get_process_id (round),
                                              RS_PHASE_HEARING,
                                              rs_hearing_round_get_starts_on (round),
                                              rs_hearing_round_get_deadline (round));
      g_list_store_append (plan, copy);
    }

  warnings = rs_cycle_check (G_LIST_MODEL (plan), min_days);
  for (guint i = 0; i < warnings->len; i++)
    {
      RsCycleWarning *w = g_ptr_array_index (warnings, i);
      if (w->kind == RS_CYCLE_WARNING_HEARING_TOO_SHORT ||
          w->kind == RS_CYCLE_WARNING_HEARING_OUTSIDE_READINGS)
        g_ptr_array_add (out, g_strdup (w->message));
    }
  return out;
}

gint64
rs_consulted_party_store_match (RsDatabase *db,
                                const char *name,
                                const char *email,
                                GError    **error)
{
  RsStatement *stmt;
  gint64 id = 0;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT id FROM consulted_party WHERE "
                            "(?1 <> '' AND lower(trim(name)) = lower(trim(?1))) OR "
                            "(?2 <> '' AND lower(trim(email)) = lower(trim(?2))) ORDER BY id LIMIT 1",
                            "tt", name ? name : "", email ? email : "");
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return -1;
    }
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW)
    id = rs_statement_column_int64 (stmt, 0);
  else if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      id = -1;
    }
  rs_statement_finalize (stmt);
  rs_database_unlock (db);
  return id;
}

gint64
rs_consulted_party_store_ensure (RsDatabase *db,
                                 const char *name,
                                 const char *kind,
                                 const char *email,
                                 GError    **error)
{
  gint64 id;

  rs_database_lock (db);
  id = rs_consulted_party_store_match (db, name, NULL, error);
  if (id == 0)
    {
      if (rs_database_run (db, error,
                           "INSERT INTO consulted_party (name, kind, email) VALUES (?, ?, ?)",
                           "ttt", name, kind && *kind ? kind : "association", email ? email : ""))
        id = rs_database_last_insert_id (db);
      else
        id = -1;
    }
  rs_database_unlock (db);
  return id;
}

GListStore *
rs_consulted_party_store_list (RsDatabase *db,
                               gint64      round_id,
                               GError    **error)
{
  g_autoptr(GListStore) store = g_list_store_new (RS_TYPE_CONSULTED_PARTY);
  RsStatement *stmt;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT p.id, p.name, p.kind, p.email, p.contact_name, i.status, "
                            "coalesce(i.replied_on, i.reminded_on, i.invited_on) "
                            "FROM consulted_party p LEFT JOIN hearing_invitation i "
                            "ON i.party_id = p.id AND i.round_id = ? "
                            "ORDER BY i.status IS NULL, p.name COLLATE NOCASE", "i", round_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsConsultedParty) party =
        rs_consulted_party_new (rs_statement_column_int64 (stmt, 0),
                                (const char *) rs_statement_column_text (stmt, 1),
                                (const char *) rs_statement_column_text (stmt, 2));
      rs_consulted_party_set_email (party, (const char *) rs_statement_column_text (stmt, 3));
      rs_consulted_party_set_contact (party, (const char *) rs_statement_column_text (stmt, 4));
      rs_consulted_party_set_status (party, (const char *) rs_statement_column_text (stmt, 5));
      rs_consulted_party_set_status_date (party, (const char *) rs_statement_column_text (stmt, 6));
      g_list_store_append (store, party);
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

gboolean
rs_consulted_party_store_set_status (RsDatabase *db,
                                     gint64      round_id,
                                     gint64      party_id,
                                     const char *status,
                                     const char *date,
                                     GError    **error)
{
  const char *column;
  g_autofree char *sql = NULL;
  gboolean ok;

  if (!rs_party_status_is_valid (status))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("“%s” is not a party status."), status ? status : "");
      return FALSE;
    }
  if (date != NULL && !rs_date_is_valid (date))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("“%s” is not a valid date; use YYYY-MM-DD."), date);
      return FALSE;
    }
  if (g_str_equal (status, "invited"))
    column = "invited_on";
  else if (g_str_equal (status, "reminded"))
    column = "reminded_on";
  else
    column = "replied_on";
  sql = g_strdup_printf ("INSERT INTO hearing_invitation (round_id, party_id, status, %s) "
                         "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (round_id, party_id) DO UPDATE "
                         "SET status = ?3, %s = coalesce(?4, %s)", column, column, column);
  rs_database_lock (db);
  ok = rs_database_run (db, error, sql, "iitt", round_id, party_id, status, date);
  rs_database_unlock (db);
  return ok;
}

int
rs_consulted_party_store_import_csv (RsDatabase *db,
                                     gint64      round_id,
                                     const char *path,
                                     GError    **error)
{
  static const char * const name_cols[] = { "name", "navn", "party", "høringspart", NULL };
  static const char * const kind_cols[] = { "kind", "type", "art", NULL };
  static const char * const email_cols[] = { "email", "e-mail", "mail", NULL };
  static const char * const contact_cols[] = { "contact", "kontakt", "kontaktperson", NULL };
  g_autofree char *display = g_filename_display_basename (path);
  g_autofree char *contents = NULL;
  g_autoptr(RsCsv) csv = NULL;
  g_autofree char *today = rs_date_today_iso ();
  gsize length;
  int name_col, kind_col, email_col, contact_col;

  if (!g_file_get_contents (path, &contents, &length, error))
    return -1;
  csv = rs_csv_parse (contents, length, display, error);
  if (csv == NULL)
    return -1;
  name_col = rs_csv_find_column (csv, name_cols);
  kind_col = rs_csv_find_column (csv, kind_cols);
  email_col = rs_csv_find_column (csv, email_cols);
  contact_col = rs_csv_find_column (csv, contact_cols);
  if (name_col < 0)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s, line 1: no “name” (or “navn”) column in the header."), display);
      return -1;
    }

  if (!rs_database_begin (db, error))
    return -1;
  for (guint r = 1; r < csv->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (csv->rows, r);
      guint n = g_strv_length (row);
      int line = g_array_index (csv->lines, int, r);
      const char *name = (guint) name_col < n ? row[name_col] : "";
      g_autofree char *trimmed = g_strstrip (g_strdup (name));
      gint64 id;

      if (*trimmed == '\0')
        {
          rs_database_rollback (db);
          g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                       _("%s, line %d, column %d: the name is empty; nothing was imported."),
                       display, line, name_col + 1);
          return -1;
        }
      id = rs_consulted_party_store_ensure (db, trimmed,
                                            kind_col >= 0 && (guint) kind_col < n ? row[kind_col] : NULL,
                                            email_col >= 0 && (guint) email_col < n ? row[email_col] : NULL,
                                            error);
      if (id < 0 ||
          (contact_col >= 0 && (guint) contact_col < n &&
           !rs_database_run (db, error, "UPDATE consulted_party SET contact_name = ? WHERE id = ?",
                             "ti", row[contact_col], id)) ||
          (round_id > 0 &&
           !rs_database_run (db, error,
                             "INSERT OR IGNORE INTO hearing_invitation (round_id, party_id, status, "
                             "invited_on) VALUES (?, ?, 'invited', ?)", "iit", round_id, id, today)))
        {
          rs_database_rollback (db);
          g_prefix_error (error, _("%s, line %d: "), display, line);
          return -1;
        }
    }
  if (!rs_database_commit (db, error))
    return -1;
  return (int) csv->rows->len - 1;
}
