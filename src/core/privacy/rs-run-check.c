/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-run-check"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "rs-erasure.h"
#include "rs-run-check.h"

/* The hash lines below are those of rs_selection_instance_categories_sha256()
 * and rs_selection_instance_pool_sha256(); a test keeps them in step. */

void
rs_run_check_free (RsRunCheck *check)
{
  if (check == NULL)
    return;
  g_free (check->categories_sha256);
  g_free (check->pool_sha256);
  g_free (check->message);
  g_free (check);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL))
    return NULL;
  return json_node_ref (json_parser_get_root (parser));
}

static const char *
member_string (JsonNode   *node,
               const char *name)
{
  JsonObject *o = node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  JsonNode *m = o ? json_object_get_member (o, name) : NULL;

  return m && JSON_NODE_HOLDS_VALUE (m) && json_node_get_value_type (m) == G_TYPE_STRING
         ? json_node_get_string (m) : NULL;
}

static JsonArray *
member_array (JsonObject *o,
              const char *name)
{
  JsonNode *m = o ? json_object_get_member (o, name) : NULL;
  return m && JSON_NODE_HOLDS_ARRAY (m) ? json_node_get_array (m) : NULL;
}

static const char *
element_string (JsonArray *a,
                guint      i)
{
  JsonNode *n = i < json_array_get_length (a) ? json_array_get_element (a, i) : NULL;
  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
         ? json_node_get_string (n) : "";
}

static gint64
element_int (JsonArray *a,
             guint      i)
{
  JsonNode *n = i < json_array_get_length (a) ? json_array_get_element (a, i) : NULL;
  return n && JSON_NODE_HOLDS_VALUE (n) ? json_node_get_int (n) : 0;
}

static gboolean
element_bool (JsonArray *a,
              guint      i)
{
  JsonNode *n = i < json_array_get_length (a) ? json_array_get_element (a, i) : NULL;
  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_boolean (n);
}

/* Whether an erasure of the run's process recorded its pool hash as
 * recomputed and equal just before the erasure. */
static gboolean
attested (RsDatabase *db,
          gint64      panel_id,
          gint64      run_id)
{
  g_autoptr(RsStatement) stmt = NULL;
  gboolean found = FALSE;

  stmt = rs_database_query (db, NULL,
                            "SELECT e.runs FROM personal_data_erasure e JOIN panel p ON p.process_id = e.process_id "
                            "WHERE p.id = ?", "i", panel_id);
  while (stmt != NULL && !found && rs_statement_step (stmt) == RS_SQL_ROW)
    {
      g_autoptr(JsonNode) root = parse ((const char *) rs_statement_column_text (stmt, 0));
      JsonArray *runs = root && JSON_NODE_HOLDS_ARRAY (root) ? json_node_get_array (root) : NULL;

      for (guint i = 0; runs && i < json_array_get_length (runs); i++)
        {
          JsonNode *n = json_array_get_element (runs, i);
          JsonObject *o = JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
          if (o && json_object_get_int_member_with_default (o, "run", 0) == run_id &&
              g_strcmp0 (json_object_get_string_member_with_default (o, "pool_sha256", ""), "ok") == 0)
            found = TRUE;
        }
    }
  return found;
}

static void
add_problem (GString    *problems,
             const char *text)
{
  if (problems->len > 0)
    g_string_append (problems, " ");
  g_string_append (problems, text);
}

RsRunCheck *
rs_run_check (RsDatabase *db,
              gint64      run_id,
              GError    **error)
{
  g_autoptr(RsRunCheck) check = g_new0 (RsRunCheck, 1);
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(JsonNode) inputs = NULL;
  g_autoptr(JsonNode) protocol = NULL;
  g_autoptr(GChecksum) cat_sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GChecksum) pool_sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GHashTable) households = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *stored_cat = NULL;
  g_autofree char *stored_pool = NULL;
  g_autofree char *distribution = NULL;
  g_autoptr(GPtrArray) cat_names = g_ptr_array_new ();
  JsonObject *in;
  JsonArray *quotas, *pool;
  gboolean need_household = FALSE, household_erased = FALSE;
  gint64 panel_id;
  int rc;

  check->run_id = run_id;
  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT panel_id, categories_sha256, pool_sha256, inputs, distribution, protocol "
                            "FROM selection_run WHERE id = ?", "i", run_id);
  if (stmt == NULL)
    goto fail;
  if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
    {
      if (rc == RS_SQL_DONE)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no selection run with id %d."), (int) run_id);
      else
        rs_database_set_error (db, rc, error);
      goto fail;
    }
  panel_id = rs_statement_column_int64 (stmt, 0);
  stored_cat = rs_column_dup_text (stmt, 1);
  stored_pool = rs_column_dup_text (stmt, 2);
  inputs = parse ((const char *) rs_statement_column_text (stmt, 3));
  distribution = rs_column_dup_text (stmt, 4);
  protocol = parse ((const char *) rs_statement_column_text (stmt, 5));
  g_clear_pointer (&stmt, rs_statement_finalize);

  /* The pool as the database holds it now. */
  stmt = rs_database_query (db, error,
                            "SELECT p.pseudonym, p.household_key, c.name, v.name FROM person p "
                            "LEFT JOIN person_attribute a ON a.person_id = p.id "
                            "LEFT JOIN category c ON c.id = a.category_id "
                            "LEFT JOIN category_value v ON v.id = a.value_id WHERE p.panel_id = ?",
                            "i", panel_id);
  if (stmt == NULL)
    goto fail;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      const char *pseudonym = (const char *) rs_statement_column_text (stmt, 0);
      g_hash_table_replace (households, g_strdup (pseudonym), rs_column_dup_text (stmt, 1));
      if (rs_statement_column_type (stmt, 2) != RS_SQL_NULL)
        g_hash_table_replace (values,
                              g_strdup_printf ("%s\x1f%s", pseudonym, rs_statement_column_text (stmt, 2)),
                              rs_column_dup_text (stmt, 3));
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      goto fail;
    }
  g_clear_pointer (&stmt, rs_statement_finalize);

  in = inputs && JSON_NODE_HOLDS_OBJECT (inputs) ? json_node_get_object (inputs) : NULL;
  quotas = member_array (in, "quotas");
  pool = member_array (in, "pool");
  if (in == NULL || quotas == NULL || pool == NULL)
    {
      gboolean hashed = (stored_cat && *stored_cat) || (stored_pool && *stored_pool) ||
                        member_string (protocol, "categories_sha256") || member_string (protocol, "pool_sha256");

      check->status = hashed ? RS_RUN_CHECK_FAILED : RS_RUN_CHECK_UNHASHED;
      check->message = g_strdup (hashed ? _("The run has hashes but no snapshot of its inputs.")
                                        : _("The run records no hashes, so there is nothing to check."));
      rs_database_unlock (db);
      return g_steal_pointer (&check);
    }

  /* Categories: size, then category,value,min,max per quota. */
  {
    g_autofree char *head = g_strdup_printf ("size,%" G_GINT64_FORMAT "\n",
                                             json_object_get_int_member_with_default (in, "size", 0));
    g_checksum_update (cat_sum, (const guchar *) head, -1);
  }
  for (guint i = 0; i < json_array_get_length (quotas); i++)
    {
      JsonNode *n = json_array_get_element (quotas, i);
      JsonArray *q = JSON_NODE_HOLDS_ARRAY (n) ? json_node_get_array (n) : NULL;
      g_autofree char *line = NULL;
      const char *cat;
      gboolean seen = FALSE;

      if (q == NULL)
        continue;
      cat = element_string (q, 0);
      line = g_strdup_printf ("%s,%s,%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT "\n", cat,
                              element_string (q, 1), element_int (q, 2), element_int (q, 3));
      g_checksum_update (cat_sum, (const guchar *) line, -1);
      for (guint c = 0; c < cat_names->len && !seen; c++)
        seen = g_str_equal (g_ptr_array_index (cat_names, c), cat);
      if (!seen)
        g_ptr_array_add (cat_names, (gpointer) cat);
    }
  check->categories_sha256 = g_strdup (g_checksum_get_string (cat_sum));
  check->categories_ok = g_strcmp0 (check->categories_sha256, stored_cat) == 0 &&
                         (member_string (protocol, "categories_sha256") == NULL ||
                          g_strcmp0 (check->categories_sha256, member_string (protocol, "categories_sha256")) == 0);
  if (!check->categories_ok)
    add_problem (problems, _("The categories hash does not match the snapshot."));

  /* Distribution (draws only). */
  check->distribution_ok = TRUE;
  if (member_string (protocol, "distribution_sha256") != NULL)
    {
      g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, distribution ? distribution : "", -1);
      check->distribution_ok = g_strcmp0 (sha, member_string (protocol, "distribution_sha256")) == 0;
      if (!check->distribution_ok)
        add_problem (problems, _("The distribution hash does not match the stored distribution."));
    }

  /* Pool: pseudonym, values, household; and the same values in the database. */
  check->pool_matches_db = TRUE;
  for (guint i = 0; i < json_array_get_length (pool); i++)
    {
      JsonNode *n = json_array_get_element (pool, i);
      JsonArray *row = JSON_NODE_HOLDS_ARRAY (n) ? json_node_get_array (n) : NULL;
      GString *line;
      const char *id;
      guint len;

      if (row == NULL)
        continue;
      len = json_array_get_length (row);
      id = element_string (row, 0);
      line = g_string_new (id);
      for (guint c = 1; c + 1 < len; c++)
        {
          const char *value = element_string (row, c);
          g_autofree char *key = c - 1 < cat_names->len
            ? g_strdup_printf ("%s\x1f%s", id, (const char *) g_ptr_array_index (cat_names, c - 1)) : NULL;

          g_string_append_printf (line, ",%s", value);
          if (key == NULL || g_strcmp0 (g_hash_table_lookup (values, key), value) != 0)
            check->pool_matches_db = FALSE;
        }
      if (!g_hash_table_contains (households, id))
        check->pool_matches_db = FALSE;
      if (element_bool (row, len - 1))
        {
          const char *household = g_hash_table_lookup (households, id);
          need_household = TRUE;
          if (household == NULL || g_str_has_prefix (household, RS_ERASED_HOUSEHOLD_PREFIX))
            household_erased = TRUE;
          g_string_append_printf (line, ",%s\n", household ? household : "");
        }
      else
        g_string_append (line, ",\n");
      g_checksum_update (pool_sum, (const guchar *) line->str, line->len);
      g_string_free (line, TRUE);
    }
  if (!check->pool_matches_db)
    add_problem (problems, _("The pool in the snapshot no longer matches the database."));

  {
    const char *in_protocol = member_string (protocol, "pool_sha256");
    const char *sha = g_checksum_get_string (pool_sum);

    check->pool_ok = g_strcmp0 (sha, stored_pool) == 0 &&
                     (in_protocol == NULL || g_strcmp0 (sha, in_protocol) == 0);
    if (check->pool_ok)
      check->pool_sha256 = g_strdup (sha);
    else if (need_household && household_erased)
      {
        /* Drawn before the household addresses were erased. */
        check->pool_attested = attested (db, panel_id, run_id);
        check->pool_ok = check->pool_attested;
        if (!check->pool_ok)
          add_problem (problems, _("The pool hash covers household addresses that were erased without "
                                   "being checked first."));
      }
    else
      add_problem (problems, _("The pool hash does not match the snapshot."));
  }
  rs_database_unlock (db);

  if (!check->categories_ok || !check->distribution_ok || !check->pool_ok || !check->pool_matches_db)
    check->status = RS_RUN_CHECK_FAILED;
  else
    check->status = check->pool_attested ? RS_RUN_CHECK_ATTESTED : RS_RUN_CHECK_OK;
  if (problems->len > 0)
    check->message = g_strdup (problems->str);
  return g_steal_pointer (&check);

fail:
  rs_database_unlock (db);
  return NULL;
}

GPtrArray *
rs_run_check_panel (RsDatabase *db,
                    gint64      panel_id,
                    GError    **error)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_run_check_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT id FROM selection_run WHERE panel_id = ? ORDER BY id DESC",
                            "i", panel_id);
  while (stmt != NULL && (rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  rs_database_unlock (db);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < ids->len; i++)
    {
      RsRunCheck *check = rs_run_check (db, g_array_index (ids, gint64, i), error);
      if (check == NULL)
        return NULL;
      g_ptr_array_add (checks, check);
    }
  return g_steal_pointer (&checks);
}
