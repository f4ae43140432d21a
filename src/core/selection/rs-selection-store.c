/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-numeric-locale.h"
#include "rs-selection-store.h"

void
rs_selection_run_info_free (RsSelectionRunInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->created_at);
  g_free (info->algorithm);
  g_free (info->seed);
  g_free (info);
}

RsSelectionInstance *
rs_selection_store_load (RsDatabase *db,
                         gint64      panel_id,
                         int        *n_skipped_out,
                         GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(RsSelectionInstance) instance = NULL;
  g_autofree int *values = NULL;
  gint64 current_person = 0;
  int size, one_per_household, n_cats, filled = 0, skipped = 0, rc;
  char *household = NULL, *pseudonym = NULL;

  stmt = rs_database_query (db, error, "SELECT size, one_per_household FROM panel WHERE id = ?", "i", panel_id);
  if (stmt == NULL)
    return NULL;
  if (rs_statement_step (stmt) != RS_SQL_ROW)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND, _("The panel does not exist."));
      return NULL;
    }
  size = rs_statement_column_int (stmt, 0);
  one_per_household = rs_statement_column_int (stmt, 1);
  g_clear_pointer (&stmt, rs_statement_finalize);
  instance = rs_selection_instance_new (size);

  stmt = rs_database_query (db, error,
                            "SELECT c.id, c.name, v.id, v.name, v.quota_min, v.quota_max, v.min_flex, v.max_flex "
                            "FROM category c JOIN category_value v ON v.category_id = c.id "
                            "WHERE c.panel_id = ? ORDER BY c.position, c.id, v.position, v.id", "i", panel_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      int cat = rs_selection_instance_add_category (instance, (const char *) rs_statement_column_text (stmt, 1));
      int min = rs_statement_column_type (stmt, 4) == RS_SQL_NULL ? 0 : rs_statement_column_int (stmt, 4);
      int max = rs_statement_column_type (stmt, 5) == RS_SQL_NULL ? size : rs_statement_column_int (stmt, 5);
      int min_flex = rs_statement_column_type (stmt, 6) == RS_SQL_NULL ? 0 : rs_statement_column_int (stmt, 6);
      int max_flex = rs_statement_column_type (stmt, 7) == RS_SQL_NULL ? size : rs_statement_column_int (stmt, 7);

      rs_selection_instance_add_value (instance, cat, (const char *) rs_statement_column_text (stmt, 3),
                                       min, max, MIN (min_flex, min), MAX (max_flex, max));
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error), NULL;
  g_clear_pointer (&stmt, rs_statement_finalize);
  /* Attributes are matched by category and value name. */
  n_cats = rs_selection_instance_n_categories (instance);
  values = g_new (int, MAX (n_cats, 1));

  stmt = rs_database_query (db, error,
                            "SELECT p.id, p.pseudonym, p.household_key, a.category_id, c.name, v.name "
                            "FROM person p LEFT JOIN person_attribute a ON a.person_id = p.id "
                            "LEFT JOIN category c ON c.id = a.category_id "
                            "LEFT JOIN category_value v ON v.id = a.value_id "
                            "WHERE p.panel_id = ? AND p.status NOT IN ('declined', 'dropped-out', 'withdrawn') "
                            "ORDER BY p.id", "i", panel_id);
  if (stmt == NULL)
    return NULL;
  for (;;)
    {
      gint64 person_id;

      rc = rs_statement_step (stmt);
      person_id = rc == RS_SQL_ROW ? rs_statement_column_int64 (stmt, 0) : 0;
      if (current_person != 0 && person_id != current_person)
        {
          if (filled == n_cats)
            {
              int i = rs_selection_instance_add_person (instance, pseudonym, values,
                                                        one_per_household && household && household[0] ? household : NULL,
                                                        NULL);
              rs_selection_instance_person (instance, i)->db_id = current_person;
            }
          else
            skipped++;
          g_clear_pointer (&household, g_free);
          g_clear_pointer (&pseudonym, g_free);
        }
      if (rc != RS_SQL_ROW)
        break;
      if (person_id != current_person)
        {
          current_person = person_id;
          filled = 0;
          for (int c = 0; c < n_cats; c++)
            values[c] = -1;
          pseudonym = rs_column_dup_text (stmt, 1);
          household = rs_column_dup_text (stmt, 2);
        }
      if (rs_statement_column_type (stmt, 3) != RS_SQL_NULL)
        {
          int cat = rs_selection_instance_find_category (instance, (const char *) rs_statement_column_text (stmt, 4));
          int v = cat >= 0 ? rs_selection_instance_find_value (instance, cat, (const char *) rs_statement_column_text (stmt, 5)) : -1;
          if (v >= 0 && values[cat] < 0)
            {
              values[cat] = v;
              filled++;
            }
        }
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error), NULL;
  if (n_skipped_out)
    *n_skipped_out = skipped;
  return g_steal_pointer (&instance);
}

static char *
to_json (JsonNode *node)
{
  return json_to_string (node, FALSE);
}

JsonNode *
rs_selection_store_inputs_snapshot (RsSelectionInstance *instance)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "size");
  json_builder_add_int_value (b, instance->size);
  json_builder_set_member_name (b, "quotas");
  json_builder_begin_array (b);
  for (int v = 0; v < rs_selection_instance_n_values (instance); v++)
    {
      RsSelectionValue *val = rs_selection_instance_value (instance, v);
      json_builder_begin_array (b);
      json_builder_add_string_value (b, rs_selection_instance_category (instance, val->category)->name);
      json_builder_add_string_value (b, val->name);
      json_builder_add_int_value (b, val->min);
      json_builder_add_int_value (b, val->max);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "pool");
  json_builder_begin_array (b);
  for (int i = 0; i < rs_selection_instance_n_people (instance); i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      json_builder_begin_array (b);
      json_builder_add_string_value (b, p->id);
      for (int c = 0; c < rs_selection_instance_n_categories (instance); c++)
        json_builder_add_string_value (b, rs_selection_instance_value (instance, p->values[c])->name);
      json_builder_add_boolean_value (b, p->household != NULL);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

gint64
rs_selection_store_save_run (RsDatabase        *db,
                             gint64             panel_id,
                             RsSelectionResult *result,
                             RsSelectionDraw   *draw,
                             JsonNode          *protocol,
                             GError           **error)
{
  RsSelectionInstance *instance = result->instance;
  g_autoptr(JsonNode) inputs = rs_selection_store_inputs_snapshot (instance);
  g_autoptr(JsonNode) distribution = rs_selection_result_distribution_json (result);
  g_autoptr(JsonNode) certificate = rs_selection_result_certificate_json (result);
  g_autofree char *inputs_text = to_json (inputs);
  g_autofree char *distribution_text = to_json (distribution);
  g_autofree char *certificate_text = to_json (certificate);
  g_autofree char *protocol_text = to_json (protocol);
  g_autofree char *cat_sha = rs_selection_instance_categories_sha256 (instance);
  g_autofree char *pool_sha = rs_selection_instance_pool_sha256 (instance);
  gint64 run_id;

  if (!rs_database_begin (db, error))
    return 0;
  if (!rs_database_run (db, error,
                        "INSERT INTO selection_run (panel_id, algorithm, version, seed, categories_sha256, "
                        "pool_sha256, inputs, distribution, certificate, protocol) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        "itttt" "ttttt", panel_id, rs_selection_algorithm_to_string (result->algorithm),
                        RS_SELECTION_VERSION, draw->seed, cat_sha, pool_sha, inputs_text,
                        distribution_text, certificate_text, protocol_text))
    goto fail;
  run_id = rs_database_last_insert_id (db);
  /* A new draw replaces the previous statuses. */
  if (!rs_database_run (db, error,
                        "UPDATE person SET status = 'registered' "
                        "WHERE panel_id = ? AND status IN ('selected', 'reserve')", "i", panel_id))
    goto fail;
  for (guint j = 0; j < draw->members->len + draw->reserves->len; j++)
    {
      gboolean is_member = j < draw->members->len;
      int i = is_member ? g_array_index (draw->members, int, j)
                        : g_array_index (draw->reserves, int, j - draw->members->len);
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      int rank = is_member ? (int) j + 1 : (int) (j - draw->members->len) + 1;

      if (p->db_id == 0)
        continue;
      if (!rs_database_run (db, error,
                            "INSERT INTO selection_member (run_id, person_id, role, rank, probability) "
                            "VALUES (?, ?, ?, ?, ?)", "iitnd", run_id, p->db_id,
                            is_member ? "member" : "reserve", rank, result->marginals[i]) ||
          !rs_database_run (db, error, "UPDATE person SET status = ? WHERE id = ?", "ti",
                            is_member ? "selected" : "reserve", p->db_id))
        goto fail;
    }
  if (!rs_database_commit (db, error))
    return 0;
  return run_id;

fail:
  rs_database_rollback (db);
  return 0;
}

GPtrArray *
rs_selection_store_list_runs (RsDatabase *db,
                              gint64      panel_id,
                              GError    **error)
{
  /* Debian 12's SQLite reads JSON reals with strtod(): under a decimal
   * comma json_extract() of "0.14" gives 0. */
  g_autoptr(RsNumericLocale) numeric = rs_numeric_locale_begin ();
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_selection_run_info_free);
  int rc;

  stmt = rs_database_query (db, error,
                            "SELECT r.id, r.created_at, r.algorithm, r.seed, "
                            "(SELECT count(*) FROM selection_member m WHERE m.run_id = r.id AND m.role IN ('member', 'replacement')), "
                            "(SELECT count(*) FROM selection_member m WHERE m.run_id = r.id AND m.role = 'reserve'), "
                            "json_extract(r.protocol, '$.minimum_probability') "
                            "FROM selection_run r WHERE r.panel_id = ? ORDER BY r.id DESC", "i", panel_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsSelectionRunInfo *info = g_new0 (RsSelectionRunInfo, 1);
      info->id = rs_statement_column_int64 (stmt, 0);
      info->created_at = rs_column_dup_text (stmt, 1);
      info->algorithm = rs_column_dup_text (stmt, 2);
      info->seed = rs_column_dup_text (stmt, 3);
      info->n_members = rs_statement_column_int (stmt, 4);
      info->n_reserves = rs_statement_column_int (stmt, 5);
      /* Unknown (e.g. the sample's stand-in draw): -1. */
      info->minimum = rs_statement_column_type (stmt, 6) == RS_SQL_NULL ? -1.0 : rs_statement_column_double (stmt, 6);
      g_ptr_array_add (runs, info);
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error), NULL;
  return g_steal_pointer (&runs);
}

void
rs_selection_run_record_free (RsSelectionRunRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->panel);
  g_free (record->algorithm);
  g_free (record->version);
  g_free (record->seed);
  g_free (record->created_at);
  g_free (record->categories_sha256);
  g_free (record->pool_sha256);
  g_free (record);
}

static char *
dup_or_empty (RsStatement *stmt,
              int          column)
{
  const char *text = (const char *) rs_statement_column_text (stmt, column);
  return g_strdup (text ? text : "");
}

GPtrArray *
rs_selection_store_list_process_runs (RsDatabase *db,
                                      gint64      process_id,
                                      GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_selection_run_record_free);
  int rc;

  stmt = rs_database_query (db, error,
                            "SELECT p.name, r.algorithm, r.version, coalesce(r.seed, ''), r.created_at, "
                            "r.categories_sha256, r.pool_sha256, "
                            "(SELECT count(*) FROM selection_member m WHERE m.run_id = r.id AND m.role = 'member'), "
                            "(SELECT count(*) FROM selection_member m WHERE m.run_id = r.id AND m.role = 'reserve') "
                            "FROM selection_run r JOIN panel p ON p.id = r.panel_id "
                            "WHERE p.process_id = ? ORDER BY r.created_at, r.id", "i", process_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsSelectionRunRecord *record = g_new0 (RsSelectionRunRecord, 1);

      record->panel = dup_or_empty (stmt, 0);
      record->algorithm = dup_or_empty (stmt, 1);
      record->version = dup_or_empty (stmt, 2);
      record->seed = dup_or_empty (stmt, 3);
      record->created_at = dup_or_empty (stmt, 4);
      record->categories_sha256 = dup_or_empty (stmt, 5);
      record->pool_sha256 = dup_or_empty (stmt, 6);
      record->n_members = rs_statement_column_int64 (stmt, 7);
      record->n_reserves = rs_statement_column_int64 (stmt, 8);
      g_ptr_array_add (runs, record);
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error), NULL;
  return g_steal_pointer (&runs);
}

void
rs_selection_latest_draw_free (RsSelectionLatestDraw *draw)
{
  if (draw == NULL)
    return;
  g_free (draw->seed);
  g_clear_pointer (&draw->person_ids, g_array_unref);
  g_clear_pointer (&draw->pseudonyms, g_ptr_array_unref);
  g_free (draw);
}

void
rs_selection_replacement_free (RsSelectionReplacement *replacement)
{
  if (replacement == NULL)
    return;
  g_free (replacement->seed);
  g_clear_pointer (&replacement->dropped, g_ptr_array_unref);
  g_clear_pointer (&replacement->replacements, g_ptr_array_unref);
  g_free (replacement);
}

/* The newest run of @panel_id: its id (0 if none) and seed. */
static gint64
latest_run (RsDatabase  *db,
            gint64       panel_id,
            char       **seed,
            GError     **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  stmt = rs_database_query (db, error, "SELECT id, seed FROM selection_run WHERE panel_id = ? ORDER BY id DESC LIMIT 1",
                            "i", panel_id);
  if (stmt == NULL)
    return -1;
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_DONE)
    return 0;
  if (rc != RS_SQL_ROW)
    return rs_database_set_error (db, rc, error), -1;
  *seed = rs_column_dup_text (stmt, 1);
  return rs_statement_column_int64 (stmt, 0);
}

RsSelectionLatestDraw *
rs_selection_store_latest_draw (RsDatabase *db,
                                gint64      panel_id,
                                GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(RsSelectionLatestDraw) draw = g_new0 (RsSelectionLatestDraw, 1);
  int rc;

  draw->run_id = latest_run (db, panel_id, &draw->seed, error);
  if (draw->run_id <= 0)
    return NULL;
  draw->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  draw->pseudonyms = g_ptr_array_new_with_free_func (g_free);
  stmt = rs_database_query (db, error,
                            "SELECT p.id, p.pseudonym FROM selection_member m JOIN person p ON p.id = m.person_id "
                            "WHERE m.run_id = ? AND m.role IN ('member', 'replacement') AND p.status = 'selected' "
                            "ORDER BY p.pseudonym, p.id", "i", draw->run_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      g_array_append_val (draw->person_ids, id);
      g_ptr_array_add (draw->pseudonyms, rs_column_dup_text (stmt, 1));
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error), NULL;
  return g_steal_pointer (&draw);
}

/* Person indices of the run's @roles ("'member', 'replacement'"), in rank
 * order; people no longer in the pool are left out. */
static GArray *
run_people (RsDatabase  *db,
            gint64       run_id,
            gboolean     reserves,
            GHashTable  *index_of,
            GError     **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (int));
  int rc;

  stmt = rs_database_query (db, error,
                            reserves ? "SELECT person_id FROM selection_member WHERE run_id = ? AND role = 'reserve' "
                                       "ORDER BY rank, person_id"
                                     : "SELECT person_id FROM selection_member WHERE run_id = ? "
                                       "AND role IN ('member', 'replacement') ORDER BY person_id",
                            "i", run_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      gpointer i;

      if (g_hash_table_lookup_extended (index_of, &id, NULL, &i))
        {
          int k = GPOINTER_TO_INT (i);
          g_array_append_val (people, k);
        }
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error), NULL;
  return g_steal_pointer (&people);
}

static gboolean
contains (GArray *array,
          int     value)
{
  for (guint j = 0; j < array->len; j++)
    if (g_array_index (array, int, j) == value)
      return TRUE;
  return FALSE;
}

static JsonNode *
replacement_protocol (RsSelectionInstance    *instance,
                      RsSelectionReplacement *r,
                      GArray                 *remaining)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, "raadslag-selection-replacement");
  json_builder_set_member_name (b, "created_at");
  json_builder_add_string_value (b, stamp);
  json_builder_set_member_name (b, "base_run");
  json_builder_add_int_value (b, r->base_run_id);
  json_builder_set_member_name (b, "seed");
  json_builder_add_string_value (b, r->seed);
  json_builder_set_member_name (b, "remaining");
  json_builder_begin_array (b);
  for (guint j = 0; j < remaining->len; j++)
    json_builder_add_string_value (b, rs_selection_instance_person (instance, g_array_index (remaining, int, j))->id);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "dropped");
  json_builder_begin_array (b);
  for (guint j = 0; j < r->dropped->len; j++)
    json_builder_add_string_value (b, g_ptr_array_index (r->dropped, j));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "replacements");
  json_builder_begin_array (b);
  for (guint j = 0; j < r->replacements->len; j++)
    json_builder_add_string_value (b, g_ptr_array_index (r->replacements, j));
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

RsSelectionReplacement *
rs_selection_store_replace (RsDatabase *db,
                            gint64      panel_id,
                            GArray     *dropped,
                            GError    **error)
{
  g_autoptr(RsSelectionReplacement) r = g_new0 (RsSelectionReplacement, 1);
  g_autoptr(RsSelectionInstance) instance = NULL;
  g_autoptr(GHashTable) index_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) members = NULL;
  g_autoptr(GArray) reserves = NULL;
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) remaining = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) chosen = NULL;
  g_autoptr(JsonNode) inputs = NULL;
  g_autoptr(JsonNode) protocol = NULL;
  g_autofree char *inputs_text = NULL;
  g_autofree char *protocol_text = NULL;
  g_autofree char *cat_sha = NULL;
  g_autofree char *pool_sha = NULL;
  g_autofree gboolean *used = NULL;
  int n_cats, reserve_rank = 0;

  r->base_run_id = latest_run (db, panel_id, &r->seed, error);
  if (r->base_run_id < 0)
    return NULL;
  if (r->base_run_id == 0)
    {
      g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INVALID, _("The panel has not been drawn yet."));
      return NULL;
    }
  instance = rs_selection_store_load (db, panel_id, NULL, error);
  if (instance == NULL)
    return NULL;
  for (int i = 0; i < rs_selection_instance_n_people (instance); i++)
    g_hash_table_insert (index_of, g_memdup2 (&rs_selection_instance_person (instance, i)->db_id, sizeof (gint64)),
                         GINT_TO_POINTER (i));
  members = run_people (db, r->base_run_id, FALSE, index_of, error);
  if (members == NULL)
    return NULL;
  reserves = run_people (db, r->base_run_id, TRUE, index_of, error);
  if (reserves == NULL)
    return NULL;
  for (guint d = 0; d < dropped->len; d++)
    {
      gpointer i;

      if (!g_hash_table_lookup_extended (index_of, &g_array_index (dropped, gint64, d), NULL, &i) ||
          !contains (members, GPOINTER_TO_INT (i)))
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INVALID,
                       _("Only members of the latest draw can drop out."));
          return NULL;
        }
      {
        int k = GPOINTER_TO_INT (i);
        g_array_append_val (gone, k);
      }
    }
  for (guint j = 0; j < members->len; j++)
    if (!contains (gone, g_array_index (members, int, j)))
      g_array_append_val (remaining, g_array_index (members, int, j));
  chosen = rs_selection_replace (instance, remaining, gone, reserves, r->seed, error);
  if (chosen == NULL)
    return NULL;

  /* Who replaces whom: each drop-out gets the unused newcomer who shares
   * the most category values. */
  n_cats = rs_selection_instance_n_categories (instance);
  used = g_new0 (gboolean, MAX (chosen->len, 1));
  r->dropped = g_ptr_array_new_with_free_func (g_free);
  r->replacements = g_ptr_array_new_with_free_func (g_free);
  for (guint d = 0; d < gone->len; d++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, g_array_index (gone, int, d));
      int best = -1, best_score = -1;

      for (guint j = 0; j < chosen->len; j++)
        {
          RsSelectionPerson *q = rs_selection_instance_person (instance, g_array_index (chosen, int, j));
          int score = 0;

          if (used[j])
            continue;
          for (int c = 0; c < n_cats; c++)
            score += p->values[c] == q->values[c];
          if (score > best_score)
            best = (int) j, best_score = score;
        }
      g_ptr_array_add (r->dropped, g_strdup (p->id));
      if (best >= 0)
        {
          used[best] = TRUE;
          g_ptr_array_add (r->replacements,
                           g_strdup (rs_selection_instance_person (instance, g_array_index (chosen, int, best))->id));
        }
      else
        g_ptr_array_add (r->replacements, g_strdup ("–"));
    }
  for (guint j = 0; j < chosen->len; j++)
    if (!used[j])
      {
        /* A seat left open earlier (its member left the pool). */
        g_ptr_array_add (r->dropped, g_strdup ("–"));
        g_ptr_array_add (r->replacements,
                         g_strdup (rs_selection_instance_person (instance, g_array_index (chosen, int, j))->id));
      }

  inputs = rs_selection_store_inputs_snapshot (instance);
  inputs_text = to_json (inputs);
  protocol = replacement_protocol (instance, r, remaining);
  protocol_text = to_json (protocol);
  cat_sha = rs_selection_instance_categories_sha256 (instance);
  pool_sha = rs_selection_instance_pool_sha256 (instance);
  if (!rs_database_begin (db, error))
    return NULL;
  if (!rs_database_run (db, error,
                        "INSERT INTO selection_run (panel_id, algorithm, version, seed, categories_sha256, "
                        "pool_sha256, inputs, protocol) VALUES (?, 'replacement', ?, ?, ?, ?, ?, ?)",
                        "ittttt" "t", panel_id, RS_SELECTION_VERSION, r->seed, cat_sha, pool_sha,
                        inputs_text, protocol_text))
    goto fail;
  r->run_id = rs_database_last_insert_id (db);
  for (guint j = 0; j < remaining->len; j++)
    if (!rs_database_run (db, error, "INSERT INTO selection_member (run_id, person_id, role, rank) "
                                     "VALUES (?, ?, 'member', ?)", "iin", r->run_id,
                          rs_selection_instance_person (instance, g_array_index (remaining, int, j))->db_id, (int) j + 1))
      goto fail;
  for (guint j = 0; j < chosen->len; j++)
    {
      gint64 id = rs_selection_instance_person (instance, g_array_index (chosen, int, j))->db_id;
      if (!rs_database_run (db, error, "INSERT INTO selection_member (run_id, person_id, role, rank) "
                                       "VALUES (?, ?, 'replacement', ?)", "iin", r->run_id, id, (int) j + 1) ||
          !rs_database_run (db, error, "UPDATE person SET status = 'selected' WHERE id = ?", "i", id))
        goto fail;
    }
  for (guint j = 0; j < reserves->len; j++)
    if (!contains (chosen, g_array_index (reserves, int, j)) &&
        !rs_database_run (db, error, "INSERT INTO selection_member (run_id, person_id, role, rank) "
                                     "VALUES (?, ?, 'reserve', ?)", "iin", r->run_id,
                          rs_selection_instance_person (instance, g_array_index (reserves, int, j))->db_id,
                          ++reserve_rank))
      goto fail;
  for (guint d = 0; d < gone->len; d++)
    if (!rs_database_run (db, error, "UPDATE person SET status = 'dropped-out' WHERE id = ?", "i",
                          rs_selection_instance_person (instance, g_array_index (gone, int, d))->db_id))
      goto fail;
  if (!rs_database_commit (db, error))
    return NULL;
  return g_steal_pointer (&r);

fail:
  rs_database_rollback (db);
  return NULL;
}
