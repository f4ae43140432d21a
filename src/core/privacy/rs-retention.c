/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-retention"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-erasure.h"
#include "rs-retention.h"

/* The retention date of a process's contact data: an explicit date, or N
 * months after the evaluation phase (its end, else its start). */

#define PENDING_SQL                                                                   \
  "SELECT (SELECT count(*) FROM person p JOIN panel pa ON pa.id = p.panel_id "         \
  "        WHERE pa.process_id = ?1 AND " RS_ERASURE_PERSON_PENDING ") + "                       \
  "       (SELECT count(*) FROM hearing_response r JOIN hearing_round h ON h.id = r.round_id " \
  "        WHERE h.process_id = ?1 AND r.party_type = 'private' AND " RS_ERASURE_RESPONSE_PENDING ")"

void
rs_retention_free (RsRetention *self)
{
  if (self == NULL)
    return;
  g_free (self->evaluation_on);
  g_free (self->until_override);
  g_free (self->until);
  g_free (self->erased_at);
  g_free (self);
}

int
rs_retention_default_months (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  if (settings == NULL)
    return RS_DEFAULT_RETENTION_MONTHS;
  g_object_get (settings, "settings-schema", &schema, NULL);
  if (schema == NULL || !g_settings_schema_has_key (schema, "retention-months"))
    return RS_DEFAULT_RETENTION_MONTHS;
  return g_settings_get_int (settings, "retention-months");
}

char *
rs_retention_today (void)
{
  return rs_date_today_iso ();
}

static char *
add_months (const char *iso,
            int         months)
{
  GDate date;

  if (!rs_date_parse (iso, &date))
    return NULL;
  g_date_add_months (&date, months);
  return rs_date_to_iso (&date);
}

RsRetention *
rs_retention_get (RsDatabase *db,
                  gint64      process_id,
                  int         default_months,
                  const char *today,
                  GError    **error)
{
  g_autoptr(RsRetention) self = g_new0 (RsRetention, 1);
  g_autoptr(RsStatement) stmt = NULL;
  g_autofree char *now = today ? g_strdup (today) : rs_retention_today ();
  int rc;

  self->process_id = process_id;
  self->months = default_months;
  self->months_is_default = TRUE;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT p.id, "
                            " (SELECT coalesce(nullif(ends_on, ''), nullif(starts_on, '')) FROM phase "
                            "  WHERE process_id = p.id AND kind = 'evaluation'), "
                            " r.months, nullif(r.until, ''), "
                            " (SELECT max(erased_at) FROM personal_data_erasure "
                            "  WHERE process_id = p.id AND scope = 'process'), "
                            " (" PENDING_SQL ") "
                            "FROM budget_process p LEFT JOIN process_retention r ON r.process_id = p.id "
                            "WHERE p.id = ?1", "i", process_id);
  if (stmt == NULL)
    goto fail;
  rc = rs_statement_step (stmt);
  if (rc != RS_SQL_ROW)
    {
      if (rc == RS_SQL_DONE)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no budget process with id %d."), (int) process_id);
      else
        rs_database_set_error (db, rc, error);
      goto fail;
    }
  self->evaluation_on = rs_column_dup_text (stmt, 1);
  if (rs_statement_column_type (stmt, 2) != RS_SQL_NULL)
    {
      self->months = rs_statement_column_int (stmt, 2);
      self->months_is_default = FALSE;
    }
  self->until_override = rs_column_dup_text (stmt, 3);
  self->erased_at = rs_column_dup_text (stmt, 4);
  self->pending = rs_statement_column_int (stmt, 5);
  rs_database_unlock (db);

  if (self->until_override != NULL && rs_date_is_valid (self->until_override))
    self->until = g_strdup (self->until_override);
  else if (self->evaluation_on != NULL)
    self->until = add_months (self->evaluation_on, self->months);
  self->passed = self->until != NULL && g_strcmp0 (self->until, now) < 0;
  return g_steal_pointer (&self);

fail:
  rs_database_unlock (db);
  return NULL;
}

gboolean
rs_retention_set (RsDatabase *db,
                  gint64      process_id,
                  int         months,
                  const char *until,
                  GError    **error)
{
  if (until != NULL && *until != '\0' && !rs_date_is_valid (until))
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_SQL,
                   _("“%s” is not a date; write it as YYYY-MM-DD."), until);
      return FALSE;
    }
  if (months > 600)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_SQL,
                   _("Keep personal data at most 600 months, not %d."), months);
      return FALSE;
    }
  if (until != NULL && *until == '\0')
    until = NULL;
  if (months < 0)
    return rs_database_run (db, error,
                            "INSERT INTO process_retention (process_id, months, until) VALUES (?1, NULL, ?2) "
                            "ON CONFLICT (process_id) DO UPDATE SET months = NULL, until = ?2",
                            "it", process_id, until);
  return rs_database_run (db, error,
                          "INSERT INTO process_retention (process_id, months, until) VALUES (?1, ?2, ?3) "
                          "ON CONFLICT (process_id) DO UPDATE SET months = ?2, until = ?3",
                          "int", process_id, months, until);
}

GArray *
rs_retention_list_due (RsDatabase *db,
                       gint64      process_id,
                       int         default_months,
                       const char *today,
                       GError    **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT id FROM budget_process WHERE ?1 = 0 OR id = ?1 ORDER BY id",
                            "i", process_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error), NULL;
  if (process_id > 0 && ids->len == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no budget process with id %d."), (int) process_id);
      return NULL;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(RsRetention) r = rs_retention_get (db, g_array_index (ids, gint64, i), default_months,
                                                   today, error);
      if (r == NULL)
        return NULL;
      if (r->passed && r->pending > 0)
        g_array_append_val (due, r->process_id);
    }
  return g_steal_pointer (&due);
}

typedef struct
{
  gint64 process_id;
  int    default_months;
} GetJob;

static gpointer
get_job (RsDatabase   *db,
         gpointer      data,
         GCancellable *cancellable,
         GError      **error)
{
  GetJob *job = data;
  return rs_retention_get (db, job->process_id, job->default_months, NULL, error);
}

void
rs_retention_get_async (RsDatabase          *db,
                        gint64               process_id,
                        int                  default_months,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GetJob *job = g_new0 (GetJob, 1);

  job->process_id = process_id;
  job->default_months = default_months;
  rs_database_run_async (db, get_job, job, g_free, (GDestroyNotify) rs_retention_free, cancellable,
                         callback, user_data);
}

RsRetention *
rs_retention_get_finish (RsDatabase   *db,
                         GAsyncResult *result,
                         GError      **error)
{
  return rs_database_run_finish (db, result, error);
}
