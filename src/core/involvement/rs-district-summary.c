/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-district-summary"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rs-district-summary.h"
#include "rs-districts.h"
#include "rs-involvement-error.h"

void
rs_district_counts_free (RsDistrictCounts *counts)
{
  if (counts == NULL)
    return;
  g_free (counts->district);
  g_free (counts);
}

/* Each query gives (district, count) for one process (?1). */
static const char sql_comments[] =
  "SELECT district, count(*) FROM citizen_comment WHERE process_id = ?1 AND deleted = 0 "
  "AND district <> '' GROUP BY district";
static const char sql_ideas[] =
  "SELECT i.district, count(*) FROM idea i WHERE i.district <> '' AND (i.process_id = ?1 "
  "OR i.session_id IN (SELECT id FROM session WHERE process_id = ?1) "
  "OR i.lab_id IN (SELECT id FROM lab WHERE process_id = ?1)) GROUP BY i.district";
static const char sql_responses[] =
  "SELECT h.district, count(*) FROM hearing_response h JOIN hearing_round r ON r.id = h.round_id "
  "WHERE r.process_id = ?1 AND h.district <> '' GROUP BY h.district";
static const char sql_recommendations[] =
  "SELECT district, count(*) FROM recommendation WHERE process_id = ?1 AND district <> '' "
  "GROUP BY district";
static const char sql_sessions[] =
  "SELECT district, count(*) FROM session WHERE process_id = ?1 AND district <> '' GROUP BY district";
/* A participant's district: the registration's, else the pool's district
 * value, else the meeting's; the person's first attended meeting decides. */
static const char sql_participants[] =
  "SELECT d, count(*) FROM (SELECT r.person_id, min(coalesce(nullif(r.district, ''), "
  " (SELECT v.name FROM person_attribute pa JOIN category c ON c.id = pa.category_id "
  "  JOIN category_value v ON v.id = pa.value_id WHERE pa.person_id = r.person_id "
  "  AND c.preset = 'district'), nullif(s.district, ''), '')) AS d "
  " FROM registration r JOIN session s ON s.id = r.session_id "
  " WHERE s.process_id = ?1 AND r.attended = 1 GROUP BY r.person_id) x "
  "WHERE d <> '' GROUP BY d";

/* Members of the public who attended an open meeting: their own district,
 * else the first of their meetings' districts; each counted once. */
static const char sql_public_participants[] =
  "SELECT d, count(*) FROM (SELECT p.id, coalesce(nullif(p.district, ''), "
  " min(nullif(s.district, '')), '') AS d "
  " FROM participant p JOIN open_registration o ON o.participant_id = p.id "
  " JOIN session s ON s.id = o.session_id "
  " WHERE p.process_id = ?1 AND o.attended = 1 GROUP BY p.id, p.district) x "
  "WHERE d <> '' GROUP BY d";

static gboolean
add_counts (RsDatabase *db,
            const char *sql,
            gint64      process_id,
            GHashTable *by_name,
            gsize       offset,
            GError    **error)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, sql, "i", process_id);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autofree char *name = rs_column_dup_text (stmt, 0);
      g_autofree char *key = g_utf8_casefold (name ? name : "", -1);
      RsDistrictCounts *c = g_hash_table_lookup (by_name, key);

      if (c != NULL)
        G_STRUCT_MEMBER (int, c, offset) += rs_statement_column_int (stmt, 1);
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  return TRUE;
}

GPtrArray *
rs_district_summary_load (RsDatabase *db,
                          gint64      process_id,
                          GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_district_counts_free);
  g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(RsStatement) stmt = NULL;
  gint64 population = 0;
  int participants = 0;
  int rc;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  stmt = rs_database_query (db, error, "SELECT name, population FROM district WHERE process_id = ? "
                            "ORDER BY position, name", "i", process_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsDistrictCounts *c = g_new0 (RsDistrictCounts, 1);

      c->district = rs_column_dup_text (stmt, 0);
      c->population = rs_statement_column_type (stmt, 1) == RS_SQL_NULL
                        ? -1 : rs_statement_column_int64 (stmt, 1);
      if (c->population > 0)
        population += c->population;
      g_hash_table_insert (by_name, g_utf8_casefold (c->district, -1), c);
      g_ptr_array_add (list, c);
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  if (!add_counts (db, sql_comments, process_id, by_name, G_STRUCT_OFFSET (RsDistrictCounts, comments), error) ||
      !add_counts (db, sql_ideas, process_id, by_name, G_STRUCT_OFFSET (RsDistrictCounts, ideas), error) ||
      !add_counts (db, sql_responses, process_id, by_name, G_STRUCT_OFFSET (RsDistrictCounts, responses), error) ||
      !add_counts (db, sql_recommendations, process_id, by_name,
                   G_STRUCT_OFFSET (RsDistrictCounts, recommendations), error) ||
      !add_counts (db, sql_sessions, process_id, by_name, G_STRUCT_OFFSET (RsDistrictCounts, sessions), error) ||
      !add_counts (db, sql_participants, process_id, by_name,
                   G_STRUCT_OFFSET (RsDistrictCounts, participants), error) ||
      !add_counts (db, sql_public_participants, process_id, by_name,
                   G_STRUCT_OFFSET (RsDistrictCounts, participants), error))
    return NULL;
  for (guint i = 0; i < list->len; i++)
    participants += ((RsDistrictCounts *) g_ptr_array_index (list, i))->participants;
  for (guint i = 0; i < list->len; i++)
    {
      RsDistrictCounts *c = g_ptr_array_index (list, i);
      c->population_share = population > 0 && c->population >= 0 ? 100.0 * c->population / population : -1;
      c->participant_share = participants > 0 ? 100.0 * c->participants / participants : -1;
    }
  return g_steal_pointer (&list);
}

static gpointer
load_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  return rs_district_summary_load (db, *(gint64 *) data, error);
}

void
rs_district_summary_load_async (RsDatabase          *db,
                                gint64               process_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  rs_database_run_for_id_async (db, load_job, process_id, (GDestroyNotify) g_ptr_array_unref,
                                cancellable, callback, user_data);
}

GPtrArray *
rs_district_summary_load_finish (RsDatabase   *db,
                                 GAsyncResult *result,
                                 GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

char *
rs_district_format_count (int n,
                          int limit)
{
  if (n > 0 && n < limit)
    return g_strdup_printf ("< %d", limit);
  return g_strdup_printf ("%d", n);
}

char *
rs_district_format_share (double share,
                          int    count,
                          int    limit)
{
  if (share < 0 || (count > 0 && count < limit))
    return g_strdup ("–");
  return g_strdup_printf (_("%u %%"), (guint) lround (share));
}

static const char * const record_names[] = {
  "idea", "comment", "response", "recommendation", "session", "attendance", NULL
};

gboolean
rs_district_record_from_string (const char       *text,
                                RsDistrictRecord *out)
{
  for (guint i = 0; record_names[i] != NULL; i++)
    if (g_strcmp0 (text, record_names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

/* The process of a record, and the SQL to set its district. */
static const char *
process_sql (RsDistrictRecord kind)
{
  switch (kind)
    {
    case RS_DISTRICT_RECORD_IDEA:
      return "SELECT coalesce(i.process_id, (SELECT process_id FROM session WHERE id = i.session_id), "
             "(SELECT process_id FROM lab WHERE id = i.lab_id)) FROM idea i WHERE i.id = ?1 AND ?2 = ?2";
    case RS_DISTRICT_RECORD_COMMENT:
      return "SELECT process_id FROM citizen_comment WHERE id = ?1 AND ?2 = ?2";
    case RS_DISTRICT_RECORD_RESPONSE:
      return "SELECT r.process_id FROM hearing_response h JOIN hearing_round r ON r.id = h.round_id "
             "WHERE h.id = ?1 AND ?2 = ?2";
    case RS_DISTRICT_RECORD_RECOMMENDATION:
      return "SELECT process_id FROM recommendation WHERE id = ?1 AND ?2 = ?2";
    case RS_DISTRICT_RECORD_SESSION:
      return "SELECT process_id FROM session WHERE id = ?1 AND ?2 = ?2";
    case RS_DISTRICT_RECORD_ATTENDANCE:
    default:
      return "SELECT s.process_id FROM registration r JOIN session s ON s.id = r.session_id "
             "WHERE r.session_id = ?1 AND r.person_id = ?2";
    }
}

static const char *
update_sql (RsDistrictRecord kind)
{
  switch (kind)
    {
    case RS_DISTRICT_RECORD_IDEA:
      return "UPDATE idea SET district = ?3 WHERE id = ?1 AND ?2 = ?2";
    case RS_DISTRICT_RECORD_COMMENT:
      return "UPDATE citizen_comment SET district = ?3 WHERE id = ?1 AND ?2 = ?2";
    case RS_DISTRICT_RECORD_RESPONSE:
      return "UPDATE hearing_response SET district = ?3 WHERE id = ?1 AND ?2 = ?2";
    case RS_DISTRICT_RECORD_RECOMMENDATION:
      return "UPDATE recommendation SET district = ?3 WHERE id = ?1 AND ?2 = ?2";
    case RS_DISTRICT_RECORD_SESSION:
      return "UPDATE session SET district = ?3 WHERE id = ?1 AND ?2 = ?2";
    case RS_DISTRICT_RECORD_ATTENDANCE:
    default:
      return "UPDATE registration SET district = ?3 WHERE session_id = ?1 AND person_id = ?2";
    }
}

gboolean
rs_district_record_set (RsDatabase       *db,
                        RsDistrictRecord  kind,
                        gint64            id,
                        gint64            person_id,
                        const char       *district,
                        GError          **error)
{
  g_autofree char *want = g_strstrip (g_strdup (district ? district : ""));
  g_autofree char *spelled = g_strdup (want);
  g_autoptr(RsStatement) stmt = NULL;
  gint64 process_id;
  int rc;

  g_return_val_if_fail (RS_IS_DATABASE (db), FALSE);
  stmt = rs_database_query (db, error, process_sql (kind), "ii", id, person_id);
  if (stmt == NULL)
    return FALSE;
  if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
    {
      if (rc != RS_SQL_DONE)
        return rs_database_set_error (db, rc, error);
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                   _("There is no %s %lld."), record_names[kind], (long long) id);
      return FALSE;
    }
  process_id = rs_statement_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, rs_statement_finalize);
  if (*want != '\0')
    {
      g_autofree char *key = g_utf8_casefold (want, -1);
      gboolean any = FALSE, found = FALSE;

      stmt = rs_database_query (db, error, "SELECT name FROM district WHERE process_id = ?",
                                "i", process_id);
      if (stmt == NULL)
        return FALSE;
      while (!found && (rc = rs_statement_step (stmt)) == RS_SQL_ROW)
        {
          g_autofree char *name = rs_column_dup_text (stmt, 0);
          g_autofree char *k = g_utf8_casefold (name, -1);
          any = TRUE;
          if (g_str_equal (k, key))
            {
              g_free (spelled);
              spelled = g_steal_pointer (&name);
              found = TRUE;
            }
        }
      if (any && !found)
        {
          g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                       _("“%s” is not on the process’s district list."), want);
          return FALSE;
        }
    }
  return rs_database_run (db, error, update_sql (kind), "iit", id, person_id, spelled);
}

char *
rs_district_record_get (RsDatabase       *db,
                        RsDistrictRecord  kind,
                        gint64            id,
                        gint64            person_id,
                        GError          **error)
{
  static const char * const tables[] = {
    "SELECT district FROM idea WHERE id = ?1 AND ?2 = ?2",
    "SELECT district FROM citizen_comment WHERE id = ?1 AND ?2 = ?2",
    "SELECT district FROM hearing_response WHERE id = ?1 AND ?2 = ?2",
    "SELECT district FROM recommendation WHERE id = ?1 AND ?2 = ?2",
    "SELECT district FROM session WHERE id = ?1 AND ?2 = ?2",
    "SELECT district FROM registration WHERE session_id = ?1 AND person_id = ?2",
  };
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, tables[kind], "ii", id, person_id);
  int rc;

  if (stmt == NULL)
    return NULL;
  if ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    return rs_column_dup_text (stmt, 0);
  if (rc != RS_SQL_DONE)
    rs_database_set_error (db, rc, error);
  else
    g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                 _("There is no %s %lld."), record_names[kind], (long long) id);
  return NULL;
}

void
rs_district_choice_free (RsDistrictChoice *choice)
{
  if (choice == NULL)
    return;
  g_strfreev (choice->names);
  g_free (choice->current);
  g_free (choice);
}

RsDistrictChoice *
rs_district_choice_load (RsDatabase        *db,
                         gint64             process_id,
                         RsDistrictRecord   kind,
                         gint64             id,
                         gint64             person_id,
                         GError           **error)
{
  g_autoptr(RsDistrictChoice) choice = g_new0 (RsDistrictChoice, 1);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  if ((list = rs_districts_list (db, process_id, error)) == NULL)
    return NULL;
  for (guint i = 0; i < list->len; i++)
    g_strv_builder_add (names, ((RsDistrict *) g_ptr_array_index (list, i))->name);
  choice->names = g_strv_builder_end (names);
  if (id == 0)
    choice->current = g_strdup ("");
  else if ((choice->current = rs_district_record_get (db, kind, id, person_id, error)) == NULL)
    return NULL;
  return g_steal_pointer (&choice);
}

typedef struct
{
  gint64            process_id;
  RsDistrictRecord  kind;
  gint64            id;
  gint64            person_id;
  GArray           *ids;
  char             *district;
} RecordOp;

static void
record_op_free (RecordOp *op)
{
  g_clear_pointer (&op->ids, g_array_unref);
  g_free (op->district);
  g_free (op);
}

static gpointer
choice_job (RsDatabase   *db,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  RecordOp *op = data;
  return rs_district_choice_load (db, op->process_id, op->kind, op->id, op->person_id, error);
}

void
rs_district_choice_load_async (RsDatabase          *db,
                               gint64               process_id,
                               RsDistrictRecord     kind,
                               gint64               id,
                               gint64               person_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  RecordOp *op = g_new0 (RecordOp, 1);

  op->process_id = process_id;
  op->kind = kind;
  op->id = id;
  op->person_id = person_id;
  rs_database_run_async (db, choice_job, op, (GDestroyNotify) record_op_free,
                         (GDestroyNotify) rs_district_choice_free, cancellable, callback, user_data);
}

RsDistrictChoice *
rs_district_choice_load_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

gboolean
rs_district_records_set (RsDatabase       *db,
                         RsDistrictRecord  kind,
                         GArray           *ids,
                         const char       *district,
                         GError          **error)
{
  g_return_val_if_fail (RS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kind != RS_DISTRICT_RECORD_ATTENDANCE, FALSE);
  if (!rs_database_begin (db, error))
    return FALSE;
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (!rs_district_record_set (db, kind, g_array_index (ids, gint64, i), 0, district, error))
      {
        rs_database_rollback (db);
        return FALSE;
      }
  return rs_database_commit (db, error);
}

static gpointer
records_set_job (RsDatabase   *db,
                 gpointer      data,
                 GCancellable *cancellable,
                 GError      **error)
{
  RecordOp *op = data;
  return rs_district_records_set (db, op->kind, op->ids, op->district, error)
           ? GINT_TO_POINTER (1) : NULL;
}

void
rs_district_records_set_async (RsDatabase          *db,
                               RsDistrictRecord     kind,
                               GArray              *ids,
                               const char          *district,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  RecordOp *op = g_new0 (RecordOp, 1);

  op->kind = kind;
  op->ids = g_array_copy (ids);
  op->district = g_strdup (district ? district : "");
  rs_database_run_async (db, records_set_job, op, (GDestroyNotify) record_op_free, NULL,
                         cancellable, callback, user_data);
}

gboolean
rs_district_records_set_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}
