/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-districts"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "rs-csv-reader.h"
#include "rs-districts.h"
#include "rs-involvement-error.h"
#include "rs-process-store.h"
#include "rs-sample.h"

/* The six districts of the fictional sample municipality, with the
 * population the sample's district shares are based on. */
static const struct { const char *name; gint64 population; } havbjerg[] = {
  { "Midtbyen", 11660 }, { "Nørreby", 9720 }, { "Strandkvarteret", 6800 },
  { "Bakkelund", 8260 }, { "Skovhuse", 6320 }, { "Vesterløkke", 5830 },
};

void
rs_district_free (RsDistrict *district)
{
  if (district == NULL)
    return;
  g_free (district->name);
  g_free (district);
}

GPtrArray *
rs_districts_list (RsDatabase *db,
                   gint64      process_id,
                   GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_district_free);
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  stmt = rs_database_query (db, error,
                            "SELECT id, name, coalesce(population, -1) FROM district "
                            "WHERE process_id = ? ORDER BY position, id", "i", process_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsDistrict *d = g_new0 (RsDistrict, 1);
      d->id = rs_statement_column_int64 (stmt, 0);
      d->name = rs_column_dup_text (stmt, 1);
      d->population = rs_statement_column_int64 (stmt, 2);
      g_ptr_array_add (list, d);
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

static gboolean
check_name (const char *name,
            GError    **error)
{
  if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL))
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   _("A district needs a name."));
      return FALSE;
    }
  return TRUE;
}

/* Inserts or updates without a transaction of its own. */
static gboolean
upsert (RsDatabase *db,
        gint64      process_id,
        const char *name,
        gint64      population,
        GError    **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));

  if (!check_name (trimmed, error))
    return FALSE;
  return rs_database_run (db, error,
                          "INSERT INTO district (process_id, name, population, position) "
                          "VALUES (?1, ?2, ?3, (SELECT coalesce(max(position), 0) + 1 FROM district "
                          "WHERE process_id = ?1)) "
                          "ON CONFLICT (process_id, name) DO UPDATE SET population = excluded.population",
                          population >= 0 ? "iti" : "it-", process_id, trimmed, population);
}

gboolean
rs_districts_set (RsDatabase *db,
                  gint64      process_id,
                  const char *name,
                  gint64      population,
                  GError    **error)
{
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!upsert (db, process_id, name, population, error) ||
      !rs_audit_log (db, "district", process_id, "set", name, error))
    {
      rs_database_rollback (db);
      return FALSE;
    }
  return rs_database_commit (db, error);
}

/* The records that carry a district (districts across the records, and
 * the engagement targets per district) follow a renamed one. */
static gboolean
rename_on_records (RsDatabase *db,
                   gint64      process_id,
                   const char *name,
                   const char *new_name,
                   GError    **error)
{
  static const char * const updates[] = {
    "UPDATE citizen_comment SET district = ?1 WHERE process_id = ?2 AND district = ?3",
    "UPDATE idea SET district = ?1 WHERE district = ?3 AND (process_id = ?2 OR session_id IN "
    "(SELECT id FROM session WHERE process_id = ?2) OR lab_id IN (SELECT id FROM lab WHERE process_id = ?2))",
    "UPDATE hearing_response SET district = ?1 WHERE district = ?3 AND round_id IN "
    "(SELECT id FROM hearing_round WHERE process_id = ?2)",
    "UPDATE recommendation SET district = ?1 WHERE process_id = ?2 AND district = ?3",
    "UPDATE session SET district = ?1 WHERE process_id = ?2 AND district = ?3",
    "UPDATE registration SET district = ?1 WHERE district = ?3 AND session_id IN "
    "(SELECT id FROM session WHERE process_id = ?2)",
    "UPDATE engagement_target SET district = ?1 WHERE process_id = ?2 AND district = ?3",
  };

  for (guint i = 0; i < G_N_ELEMENTS (updates); i++)
    if (!rs_database_run (db, error, updates[i], "tit", new_name, process_id, name))
      return FALSE;
  return TRUE;
}

gboolean
rs_districts_rename (RsDatabase *db,
                     gint64      process_id,
                     const char *name,
                     const char *new_name,
                     GError    **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (new_name ? new_name : ""));

  if (!check_name (trimmed, error))
    return FALSE;
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!rs_database_run (db, error, "UPDATE district SET name = ? WHERE process_id = ? AND name = ?",
                        "tit", trimmed, process_id, name))
    goto fail;
  if (rs_database_changes (db) == 0)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                   _("There is no district “%s” in this process."), name);
      goto fail;
    }
  /* Addresses and invitations follow the new name. */
  if (!rs_database_run (db, error, "UPDATE invitation_address SET district = ? "
                        "WHERE process_id = ? AND district = ?", "tit", trimmed, process_id, name) ||
      !rs_database_run (db, error, "UPDATE invitation SET district = ? WHERE district = ? AND "
                        "draw_id IN (SELECT id FROM invitation_draw WHERE process_id = ?)",
                        "tti", trimmed, name, process_id) ||
      !rename_on_records (db, process_id, name, trimmed, error) ||
      !rs_audit_log (db, "district", process_id, "rename", trimmed, error))
    goto fail;
  return rs_database_commit (db, error);
fail:
  rs_database_rollback (db);
  return FALSE;
}

gboolean
rs_districts_remove (RsDatabase *db,
                     gint64      process_id,
                     const char *name,
                     GError    **error)
{
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!rs_database_run (db, error, "DELETE FROM district WHERE process_id = ? AND name = ?",
                        "it", process_id, name))
    goto fail;
  if (rs_database_changes (db) == 0)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                   _("There is no district “%s” in this process."), name);
      goto fail;
    }
  if (!rs_audit_log (db, "district", process_id, "remove", name, error))
    goto fail;
  return rs_database_commit (db, error);
fail:
  rs_database_rollback (db);
  return FALSE;
}

/* "12.345", "12 345" or "12345" as a whole number; FALSE otherwise. */
static gboolean
parse_population (const char *text,
                  gint64     *out)
{
  g_autoptr(GString) digits = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p != '.' && *p != ' ')
        return FALSE;
    }
  if (digits->len == 0 || digits->len > 12)
    return FALSE;
  *out = g_ascii_strtoll (digits->str, NULL, 10);
  return TRUE;
}

gboolean
rs_districts_import_csv (RsDatabase *db,
                         gint64      process_id,
                         GBytes     *bytes,
                         const char *file_name,
                         guint      *n_imported,
                         guint      *n_flagged,
                         GError    **error)
{
  static const char * const h_name[] = { "name", "navn", "bydel", "district", "lokalområde", "område", NULL };
  static const char * const h_pop[] = { "population", "befolkning", "indbyggere", "folketal", NULL };
  g_autoptr(RsCsvReader) reader = NULL;
  GPtrArray *row = NULL;
  int c_name, c_pop;
  guint imported = 0, flagged = 0;

  if ((reader = rs_csv_reader_new (bytes, file_name, error)) == NULL)
    return FALSE;
  if (!rs_csv_reader_next (reader, &row, error))
    {
      if (error && *error == NULL)
        g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                     _("%s: the file is empty."), file_name);
      return FALSE;
    }
  c_name = _rs_involvement_find_heading (row, h_name);
  c_pop = _rs_involvement_find_heading (row, h_pop);
  if (c_name < 0)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   _("%s, line 1: the headings need a name column (name, navn or bydel)."),
                   file_name);
      return FALSE;
    }
  if (!rs_database_begin (db, error))
    return FALSE;
  for (;;)
    {
      g_autoptr(GError) local = NULL;
      const char *name, *pop;
      gint64 population = -1;

      if (!rs_csv_reader_next (reader, &row, &local))
        {
          if (local != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              goto fail;
            }
          break;
        }
      name = _rs_involvement_field (row, c_name);
      pop = _rs_involvement_field (row, c_pop);
      if (*name == '\0')
        {
          /* A row without a name cannot be a district: counted, left out. */
          flagged++;
          continue;
        }
      if (*pop != '\0' && !parse_population (pop, &population))
        {
          g_debug ("%s, line %u: “%s” is not a population", file_name,
                   rs_csv_reader_get_line (reader), pop);
          population = -1;
          flagged++;
        }
      if (!upsert (db, process_id, name, population, &local))
        {
          g_prefix_error (&local, _("%s, line %u: "), file_name, rs_csv_reader_get_line (reader));
          g_propagate_error (error, g_steal_pointer (&local));
          goto fail;
        }
      imported++;
    }
  if (!rs_audit_log (db, "district", process_id, "import", file_name, error))
    goto fail;
  if (!rs_database_commit (db, error))
    return FALSE;
  if (n_imported)
    *n_imported = imported;
  if (n_flagged)
    *n_flagged = flagged;
  return TRUE;
fail:
  rs_database_rollback (db);
  return FALSE;
}

gboolean
rs_districts_preset (RsDatabase *db,
                     gint64      process_id,
                     guint      *n_added,
                     GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autofree char *municipality = NULL;
  gint64 existing = 0;
  int rc;

  if (n_added)
    *n_added = 0;
  stmt = rs_database_query (db, error,
                            "SELECT municipality_name, (SELECT count(*) FROM district "
                            "WHERE process_id = ?1) FROM budget_process WHERE id = ?1",
                            "i", process_id);
  if (stmt == NULL)
    return FALSE;
  if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
    {
      if (rc != RS_SQL_DONE)
        return rs_database_set_error (db, rc, error);
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                   _("There is no budget process with id %lld."), (long long) process_id);
      return FALSE;
    }
  municipality = rs_column_dup_text (stmt, 0);
  existing = rs_statement_column_int64 (stmt, 1);
  if (existing > 0 || g_strcmp0 (municipality, RS_SAMPLE_MUNICIPALITY) != 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (havbjerg); i++)
    if (!rs_database_run (db, error,
                          "INSERT INTO district (process_id, name, population, position) "
                          "VALUES (?, ?, ?, ?)", "itin", process_id, havbjerg[i].name,
                          havbjerg[i].population, (int) i + 1))
      return FALSE;
  if (n_added)
    *n_added = G_N_ELEMENTS (havbjerg);
  return TRUE;
}
