/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-category-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-categories.h"

GPtrArray *
rs_categories_load (RsDatabase *db,
                    gint64      panel_id,
                    GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_category_free);
  g_autoptr(RsStatement) stmt = NULL;
  RsCategory *current = NULL;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT c.id, c.name, c.preset, c.sensitive, v.id, v.name, v.code, "
                            "v.aliases, v.target_share, v.quota_min, v.quota_max "
                            "FROM category c LEFT JOIN category_value v ON v.category_id = c.id "
                            "WHERE c.panel_id = ? ORDER BY c.position, c.id, v.position, v.id",
                            "i", panel_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 cat_id = rs_statement_column_int64 (stmt, 0);

      if (current == NULL || current->id != cat_id)
        {
          current = rs_category_new ((const char *) rs_statement_column_text (stmt, 1),
                                     (const char *) rs_statement_column_text (stmt, 2),
                                     rs_statement_column_int (stmt, 3));
          current->id = cat_id;
          g_ptr_array_add (list, current);
        }
      if (rs_statement_column_type (stmt, 4) != RS_SQL_NULL)
        {
          RsCategoryValue *value =
            rs_category_add_value (current, (const char *) rs_statement_column_text (stmt, 5),
                                   (const char *) rs_statement_column_text (stmt, 6),
                                   rs_statement_column_type (stmt, 8) == RS_SQL_NULL
                                     ? -1 : rs_statement_column_double (stmt, 8));
          value->id = rs_statement_column_int64 (stmt, 4);
          g_free (value->aliases);
          value->aliases = rs_column_dup_text (stmt, 7);
          value->min = rs_statement_column_type (stmt, 9) == RS_SQL_NULL ? -1 : rs_statement_column_int (stmt, 9);
          value->max = rs_statement_column_type (stmt, 10) == RS_SQL_NULL ? -1 : rs_statement_column_int (stmt, 10);
        }
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

static gint64
lookup_id (RsDatabase *db,
           const char *sql,
           gint64      owner,
           const char *name)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, NULL, sql, "it", owner, name);

  if (stmt && rs_statement_step (stmt) == RS_SQL_ROW)
    return rs_statement_column_int64 (stmt, 0);
  return 0;
}

static gboolean
save_values (RsDatabase *db,
             RsCategory *category,
             GError    **error)
{
  GString *keep = g_string_new ("-1");
  g_autofree char *sql = NULL;
  gboolean ok = FALSE;

  for (guint v = 0; v < category->values->len; v++)
    {
      RsCategoryValue *value = g_ptr_array_index (category->values, v);

      if (value->id == 0)
        value->id = lookup_id (db, "SELECT id FROM category_value WHERE category_id = ? AND name = ?",
                               category->id, value->name);
      if (value->id == 0)
        {
          if (!rs_database_run (db, error, "INSERT INTO category_value (category_id, name) VALUES (?, ?)",
                                "it", category->id, value->name))
            goto out;
          value->id = rs_database_last_insert_id (db);
        }
      {
        g_autoptr(RsStatement) stmt =
          rs_database_query (db, error,
                             "UPDATE category_value SET name = ?, position = ?, code = ?, aliases = ?, "
                             "target_share = ?, quota_min = ?, quota_max = ? WHERE id = ?",
                             "tntt", value->name, (int) v, value->code,
                             value->aliases ? value->aliases : "");
        if (stmt == NULL)
          goto out;
        if (value->share >= 0)
          rs_statement_bind_double (stmt, 5, value->share);
        if (value->min >= 0)
          rs_statement_bind_int (stmt, 6, value->min);
        if (value->max >= 0)
          rs_statement_bind_int (stmt, 7, value->max);
        rs_statement_bind_int64 (stmt, 8, value->id);
        if (!rs_database_step_done (db, stmt, error))
          goto out;
      }
      g_string_append_printf (keep, ",%" G_GINT64_FORMAT, value->id);
    }
  sql = g_strdup_printf ("DELETE FROM category_value WHERE category_id = ? AND id NOT IN (%s)",
                         keep->str);
  ok = rs_database_run (db, error, sql, "i", category->id);
out:
  g_string_free (keep, TRUE);
  return ok;
}

gboolean
rs_categories_save (RsDatabase *db,
                    gint64      panel_id,
                    GPtrArray  *categories,
                    GError    **error)
{
  GString *keep = g_string_new ("-1");
  g_autofree char *sql = NULL;

  if (!rs_database_begin (db, error))
    goto fail_nolock;
  for (guint c = 0; c < categories->len; c++)
    {
      RsCategory *category = g_ptr_array_index (categories, c);

      if (category->name == NULL || *category->name == '\0')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Category %u has no name."), c + 1);
          goto fail;
        }
      if (category->id == 0)
        category->id = lookup_id (db, "SELECT id FROM category WHERE panel_id = ? AND name = ?",
                                  panel_id, category->name);
      if (category->id == 0)
        {
          if (!rs_database_run (db, error, "INSERT INTO category (panel_id, name) VALUES (?, ?)",
                                "it", panel_id, category->name))
            goto fail;
          category->id = rs_database_last_insert_id (db);
        }
      if (!rs_database_run (db, error,
                            "UPDATE category SET name = ?, position = ?, sensitive = ?, preset = ? "
                            "WHERE id = ? AND panel_id = ?",
                            "tnntii", category->name, (int) c, category->sensitive,
                            category->preset, category->id, panel_id))
        goto fail;
      if (!save_values (db, category, error))
        goto fail;
      g_string_append_printf (keep, ",%" G_GINT64_FORMAT, category->id);
    }
  sql = g_strdup_printf ("DELETE FROM category WHERE panel_id = ? AND id NOT IN (%s)", keep->str);
  if (!rs_database_run (db, error, sql, "i", panel_id))
    goto fail;
  g_string_free (keep, TRUE);
  return rs_database_commit (db, error);

fail:
  rs_database_rollback (db);
fail_nolock:
  g_string_free (keep, TRUE);
  return FALSE;
}
