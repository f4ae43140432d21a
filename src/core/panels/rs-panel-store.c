/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-panel-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-audit.h"
#include "rs-panel-store.h"

#define PANEL_COLUMNS "id, process_id, name, mandate, size, has_chair, min_age, " \
  "require_resident, exclude_council_members, exclude_employees, one_per_household, " \
  "cooloff_years, quota_tolerance, status, version"

static RsPanel *
panel_from_row (RsStatement *stmt)
{
  RsPanel *panel = rs_panel_new ();

  rs_panel_set_id (panel, rs_statement_column_int64 (stmt, 0));
  rs_panel_set_process_id (panel, rs_statement_column_int64 (stmt, 1));
  rs_panel_set_name (panel, (const char *) rs_statement_column_text (stmt, 2));
  rs_panel_set_mandate (panel, (const char *) rs_statement_column_text (stmt, 3));
  rs_panel_set_size (panel, rs_statement_column_int (stmt, 4));
  rs_panel_set_has_chair (panel, rs_statement_column_int (stmt, 5) != 0);
  rs_panel_set_min_age (panel, rs_statement_column_int (stmt, 6));
  rs_panel_set_require_resident (panel, rs_statement_column_int (stmt, 7) != 0);
  rs_panel_set_exclude_council_members (panel, rs_statement_column_int (stmt, 8) != 0);
  rs_panel_set_exclude_employees (panel, rs_statement_column_int (stmt, 9) != 0);
  rs_panel_set_one_per_household (panel, rs_statement_column_int (stmt, 10) != 0);
  rs_panel_set_cooloff_years (panel, rs_statement_column_int (stmt, 11));
  rs_panel_set_quota_tolerance (panel, rs_statement_column_double (stmt, 12));
  rs_panel_set_status (panel, (const char *) rs_statement_column_text (stmt, 13));
  rs_panel_set_version (panel, rs_statement_column_int64 (stmt, 14));
  return panel;
}

gboolean
rs_panel_validate (RsPanel *panel,
                   GError **error)
{
  g_autofree char *name = g_strstrip (g_strdup (rs_panel_get_name (panel)));

  if (*name == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A panel needs a name."));
      return FALSE;
    }
  if (rs_panel_get_size (panel) < 1 || rs_panel_get_size (panel) > 10000)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A panel’s size must be between 1 and 10,000, not %d."),
                   rs_panel_get_size (panel));
      return FALSE;
    }
  if (rs_panel_get_min_age (panel) < 0 || rs_panel_get_min_age (panel) > 120)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The minimum age must be between 0 and 120, not %d."),
                   rs_panel_get_min_age (panel));
      return FALSE;
    }
  if (rs_panel_get_cooloff_years (panel) < 0 || rs_panel_get_quota_tolerance (panel) < 0 ||
      rs_panel_get_quota_tolerance (panel) > 100)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The cool-off period and the quota tolerance cannot be negative, "
                             "and the tolerance is at most 100 percentage points."));
      return FALSE;
    }
  return TRUE;
}

RsPanel *
rs_panel_store_create (RsDatabase *db,
                       gint64      process_id,
                       const char *name,
                       int         size,
                       GError    **error)
{
  g_autoptr(RsPanel) panel = rs_panel_new ();
  g_autoptr(RsStatement) stmt = NULL;

  rs_panel_set_process_id (panel, process_id);
  rs_panel_set_name (panel, name);
  rs_panel_set_size (panel, size);
  if (!rs_panel_validate (panel, error))
    return NULL;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT 1 FROM budget_process WHERE id = ?", "i", process_id);
  if (stmt == NULL || rs_statement_step (stmt) != RS_SQL_ROW)
    {
      if (stmt != NULL)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no budget process with id %lld."), (long long) process_id);
      rs_database_unlock (db);
      return NULL;
    }
  if (!rs_database_run (db, error, "INSERT INTO panel (process_id, name, size, quota_tolerance) VALUES (?, ?, ?, ?)",
                        "itnd", process_id, rs_panel_get_name (panel), size,
                        rs_panel_get_quota_tolerance (panel)))
    {
      rs_database_unlock (db);
      return NULL;
    }
  rs_panel_set_id (panel, rs_database_last_insert_id (db));
  if (!rs_audit_write (db, process_id, "panel", rs_panel_get_id (panel), "create", rs_panel_get_name (panel), error))
    {
      rs_database_unlock (db);
      return NULL;
    }
  rs_database_unlock (db);
  return g_steal_pointer (&panel);
}

GListStore *
rs_panel_store_list (RsDatabase *db,
                     gint64      process_id,
                     GError    **error)
{
  g_autoptr(GListStore) store = g_list_store_new (RS_TYPE_PANEL);
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT " PANEL_COLUMNS " FROM panel WHERE ? = 0 OR process_id = ? "
                            "ORDER BY process_id, id", "ii", process_id, process_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsPanel) panel = panel_from_row (stmt);
      g_list_store_append (store, panel);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&store);
}

RsPanel *
rs_panel_store_get (RsDatabase *db,
                    gint64      id,
                    GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  RsPanel *panel = NULL;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT " PANEL_COLUMNS " FROM panel WHERE id = ?", "i", id);
  if (stmt != NULL)
    {
      int rc = rs_statement_step (stmt);
      if (rc == RS_SQL_ROW)
        panel = panel_from_row (stmt);
      else if (rc == RS_SQL_DONE)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no panel with id %lld."), (long long) id);
      else
        rs_database_set_error (db, rc, error);
    }
  rs_database_unlock (db);
  return panel;
}

gboolean
rs_panel_store_update (RsDatabase *db,
                       RsPanel    *panel,
                       GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  gboolean ok = FALSE;

  g_autoptr(RsPanel) stored = NULL;

  if (!rs_panel_validate (panel, error))
    return FALSE;
  rs_database_lock (db);
  stored = rs_panel_store_get (db, rs_panel_get_id (panel), NULL);
  stmt = rs_database_query (db, error,
                            "UPDATE panel SET name = ?, mandate = ?, size = ?, has_chair = ?, "
                            "min_age = ?, require_resident = ?, exclude_council_members = ?, "
                            "exclude_employees = ?, one_per_household = ?, cooloff_years = ?, "
                            "quota_tolerance = ?, status = ?, version = version + 1 "
                            "WHERE id = ? AND (? = 0 OR version = ?)",
                            "ttnnnnnnnndt" "iii",
                            rs_panel_get_name (panel), rs_panel_get_mandate (panel),
                            rs_panel_get_size (panel), rs_panel_get_has_chair (panel),
                            rs_panel_get_min_age (panel), rs_panel_get_require_resident (panel),
                            rs_panel_get_exclude_council_members (panel),
                            rs_panel_get_exclude_employees (panel),
                            rs_panel_get_one_per_household (panel),
                            rs_panel_get_cooloff_years (panel),
                            rs_panel_get_quota_tolerance (panel), rs_panel_get_status (panel),
                            rs_panel_get_id (panel), rs_panel_get_version (panel), rs_panel_get_version (panel));
  if (stmt != NULL && rs_database_step_done (db, stmt, error))
    {
      ok = rs_database_changes (db) > 0;
      if (!ok && stored != NULL)
        rs_audit_set_conflict (db, "panel", rs_panel_get_id (panel), _("This panel"), error);
      else if (!ok)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no panel with id %lld."), (long long) (rs_panel_get_id (panel)));
      else if (stored != NULL)
        {
          g_autoptr(GString) changes = g_string_new ("");
          g_autofree char *old_size = g_strdup_printf ("%d", rs_panel_get_size (stored));
          g_autofree char *new_size = g_strdup_printf ("%d", rs_panel_get_size (panel));

          rs_audit_diff (changes, "name", rs_panel_get_name (stored), rs_panel_get_name (panel), TRUE);
          rs_audit_diff (changes, "mandate", rs_panel_get_mandate (stored), rs_panel_get_mandate (panel), FALSE);
          rs_audit_diff (changes, "size", old_size, new_size, TRUE);
          rs_audit_diff (changes, "status", rs_panel_get_status (stored), rs_panel_get_status (panel), TRUE);
          if (changes->len == 0)
            g_string_append (changes, "eligibility");
          ok = rs_audit_write (db, rs_panel_get_process_id (stored), "panel", rs_panel_get_id (panel), "update",
                               changes->str, error);
          rs_panel_set_version (panel, rs_panel_get_version (stored) + 1);
        }
    }
  rs_database_unlock (db);
  return ok;
}

gboolean
rs_panel_store_delete (RsDatabase *db,
                       gint64      id,
                       GError    **error)
{
  gboolean ok;

  rs_database_lock (db);
  ok = rs_database_run (db, error, "DELETE FROM panel WHERE id = ?", "i", id);
  if (ok && rs_database_changes (db) == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no panel with id %lld."), (long long) id);
      ok = FALSE;
    }
  if (ok)
    ok = rs_audit_write (db, 0, "panel", id, "delete", "", error);
  rs_database_unlock (db);
  return ok;
}
