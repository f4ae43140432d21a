/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pool-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-categories.h"
#include "rs-csv-writer.h"
#include "rs-pool-store.h"

RsPersonData *
rs_person_data_new (void)
{
  RsPersonData *data = g_new0 (RsPersonData, 1);

  data->value_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  return data;
}

void
rs_person_data_free (RsPersonData *data)
{
  if (data == NULL)
    return;
  g_free (data->external_id);
  g_free (data->status);
  g_free (data->name);
  g_free (data->address);
  g_free (data->postcode);
  g_free (data->city);
  g_free (data->email);
  g_free (data->phone);
  g_array_unref (data->value_ids);
  g_free (data);
}

RsPersonData *
rs_person_data_copy (const RsPersonData *data)
{
  RsPersonData *copy = rs_person_data_new ();

  copy->external_id = g_strdup (data->external_id);
  copy->status = g_strdup (data->status);
  copy->name = g_strdup (data->name);
  copy->address = g_strdup (data->address);
  copy->postcode = g_strdup (data->postcode);
  copy->city = g_strdup (data->city);
  copy->email = g_strdup (data->email);
  copy->phone = g_strdup (data->phone);
  if (data->value_ids != NULL)
    g_array_append_vals (copy->value_ids, data->value_ids->data, data->value_ids->len);
  return copy;
}

char *
rs_pool_normalise_address (const char *address,
                           const char *postcode)
{
  g_autofree char *folded = g_utf8_casefold (address ? address : "", -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }
  if (out->len == 0)
    return g_string_free (out, FALSE);
  if (postcode && *postcode)
    g_string_append_printf (out, "|%s", postcode);
  return g_string_free (out, FALSE);
}

static gboolean
status_is_valid (const char *status)
{
  return status == NULL || g_strv_contains (rs_person_statuses (), status);
}

GListStore *
rs_pool_store_list (RsDatabase *db,
                    gint64      panel_id,
                    GError    **error)
{
  g_autoptr(GListStore) store = g_list_store_new (RS_TYPE_PERSON);
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT p.id, p.external_id, p.pseudonym, p.status, p.review_flag, "
                            "(SELECT group_concat(name, ', ') FROM (SELECT v.name FROM person_attribute a "
                            " JOIN category_value v ON v.id = a.value_id "
                            " JOIN category c ON c.id = a.category_id "
                            " WHERE a.person_id = p.id ORDER BY c.position, c.id)) "
                            "FROM person p WHERE p.panel_id = ? ORDER BY p.id", "i", panel_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsPerson) person =
        rs_person_new (rs_statement_column_int64 (stmt, 0), (const char *) rs_statement_column_text (stmt, 1),
                       (const char *) rs_statement_column_text (stmt, 2),
                       (const char *) rs_statement_column_text (stmt, 3),
                       (const char *) rs_statement_column_text (stmt, 4),
                       (const char *) rs_statement_column_text (stmt, 5));
      g_list_store_append (store, person);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&store);
}

RsPersonData *
rs_pool_store_get (RsDatabase *db,
                   gint64      person_id,
                   GError    **error)
{
  g_autoptr(RsPersonData) data = rs_person_data_new ();
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(RsStatement) attrs = NULL;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT p.external_id, p.status, c.name, c.address, c.postcode, c.city, "
                            "c.email, c.phone FROM person p "
                            "LEFT JOIN person_contact c ON c.person_id = p.id WHERE p.id = ?",
                            "i", person_id);
  if (stmt == NULL || rs_statement_step (stmt) != RS_SQL_ROW)
    {
      if (stmt != NULL)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no person with id %lld in the pool."), (long long) person_id);
      rs_database_unlock (db);
      return NULL;
    }
  data->external_id = rs_column_dup_text (stmt, 0);
  data->status = rs_column_dup_text (stmt, 1);
  data->name = rs_column_dup_text (stmt, 2);
  data->address = rs_column_dup_text (stmt, 3);
  data->postcode = rs_column_dup_text (stmt, 4);
  data->city = rs_column_dup_text (stmt, 5);
  data->email = rs_column_dup_text (stmt, 6);
  data->phone = rs_column_dup_text (stmt, 7);
  attrs = rs_database_query (db, error, "SELECT value_id FROM person_attribute WHERE person_id = ?",
                             "i", person_id);
  while (attrs && rs_statement_step (attrs) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (attrs, 0);
      g_array_append_val (data->value_ids, id);
    }
  rs_database_unlock (db);
  return attrs ? g_steal_pointer (&data) : NULL;
}

static gboolean
write_details (RsDatabase   *db,
               gint64        person_id,
               RsPersonData *data,
               GError      **error)
{
  char *household = rs_pool_normalise_address (data->address, data->postcode);
  gboolean ok;

  ok = rs_database_run (db, error, "UPDATE person SET household_key = ? WHERE id = ?", "ti",
                        household, person_id) &&
       rs_database_run (db, error,
                        "INSERT OR REPLACE INTO person_contact (person_id, name, address, postcode, "
                        "city, email, phone) VALUES (?, ?, ?, ?, ?, ?, ?)", "itttttt", person_id,
                        data->name ? data->name : "", data->address ? data->address : "",
                        data->postcode ? data->postcode : "", data->city ? data->city : "",
                        data->email ? data->email : "", data->phone ? data->phone : "") &&
       rs_database_run (db, error, "DELETE FROM person_attribute WHERE person_id = ?", "i", person_id);
  g_free (household);
  for (guint i = 0; ok && i < data->value_ids->len; i++)
    ok = rs_database_run (db, error,
                          "INSERT OR REPLACE INTO person_attribute (person_id, category_id, value_id) "
                          "SELECT ?, v.category_id, v.id FROM category_value v "
                          "JOIN category c ON c.id = v.category_id "
                          "JOIN person p ON p.panel_id = c.panel_id AND p.id = ? WHERE v.id = ?",
                          "iii", person_id, person_id, g_array_index (data->value_ids, gint64, i));
  return ok;
}

/* Adds one person inside the caller's transaction, without the pool's
 * review flags (the caller runs rs_pool_store_flag_review() once). */
gint64
rs_pool_store_add_in_transaction (RsDatabase   *db,
                                  gint64        panel_id,
                                  RsPersonData *data,
                                  GError      **error)
{
  g_autofree char *pseudonym = NULL;
  g_autoptr(RsStatement) stmt = NULL;
  gint64 id, n = 0;

  if (!status_is_valid (data->status))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a pool status."), data->status);
      return 0;
    }
  stmt = rs_database_query (db, error, "SELECT count(*) FROM person WHERE panel_id = ?", "i", panel_id);
  if (stmt && rs_statement_step (stmt) == RS_SQL_ROW)
    n = rs_statement_column_int64 (stmt, 0);
  pseudonym = g_strdup_printf ("P-%04" G_GINT64_FORMAT, n + 1);
  if (!rs_database_run (db, error,
                        "INSERT INTO person (panel_id, external_id, pseudonym, status) VALUES (?, ?, ?, ?)",
                        "itt" "t", panel_id, data->external_id && *data->external_id ? data->external_id : NULL,
                        pseudonym, data->status ? data->status : "registered"))
    return 0;
  id = rs_database_last_insert_id (db);
  if (!write_details (db, id, data, error))
    return 0;
  return id;
}

gint64
rs_pool_store_add (RsDatabase   *db,
                   gint64        panel_id,
                   RsPersonData *data,
                   GError      **error)
{
  gint64 id;

  if (!status_is_valid (data->status))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a pool status."), data->status);
      return 0;
    }
  if (!rs_database_begin (db, error))
    return 0;
  id = rs_pool_store_add_in_transaction (db, panel_id, data, error);
  if (id == 0 || rs_pool_store_flag_review (db, panel_id, error) < 0)
    {
      rs_database_rollback (db);
      return 0;
    }
  if (!rs_database_commit (db, error))
    return 0;
  return id;
}

gboolean
rs_pool_store_update (RsDatabase   *db,
                      gint64        person_id,
                      RsPersonData *data,
                      GError      **error)
{
  gint64 panel_id = 0;

  if (!status_is_valid (data->status))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a pool status."), data->status);
      return FALSE;
    }
  if (!rs_database_begin (db, error))
    return FALSE;
  {
    g_autoptr(RsStatement) stmt = rs_database_query (db, error, "SELECT panel_id FROM person WHERE id = ?",
                                                      "i", person_id);
    if (stmt && rs_statement_step (stmt) == RS_SQL_ROW)
      panel_id = rs_statement_column_int64 (stmt, 0);
    else if (stmt)
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no person with id %lld in the pool."), (long long) person_id);
  }
  if (panel_id == 0 ||
      !rs_database_run (db, error,
                        "UPDATE person SET external_id = ?, status = coalesce(?, status) WHERE id = ?",
                        "tti", data->external_id && *data->external_id ? data->external_id : NULL,
                        data->status, person_id) ||
      !write_details (db, person_id, data, error) ||
      rs_pool_store_flag_review (db, panel_id, error) < 0)
    {
      rs_database_rollback (db);
      return FALSE;
    }
  return rs_database_commit (db, error);
}

gboolean
rs_pool_store_remove (RsDatabase *db,
                      gint64      person_id,
                      GError    **error)
{
  gboolean ok;

  rs_database_lock (db);
  ok = rs_database_run (db, error, "DELETE FROM person WHERE id = ?", "i", person_id);
  if (ok && rs_database_changes (db) == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no person with id %lld in the pool."), (long long) person_id);
      ok = FALSE;
    }
  rs_database_unlock (db);
  return ok;
}

gboolean
rs_pool_store_set_status (RsDatabase *db,
                          gint64      person_id,
                          const char *status,
                          GError    **error)
{
  gboolean ok;

  if (status == NULL || !status_is_valid (status))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a pool status."), status ? status : "");
      return FALSE;
    }
  rs_database_lock (db);
  ok = rs_database_run (db, error, "UPDATE person SET status = ? WHERE id = ?", "ti", status, person_id);
  if (ok && rs_database_changes (db) == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no person with id %lld in the pool."), (long long) person_id);
      ok = FALSE;
    }
  rs_database_unlock (db);
  return ok;
}

int
rs_pool_store_flag_review (RsDatabase *db,
                           gint64      panel_id,
                           GError    **error)
{
  int flagged = -1;

  rs_database_lock (db);
  /* A duplicate: same name and household, or the same e-mail address.
   * Otherwise a shared household. */
  if (rs_database_run (db, error, "UPDATE person SET review_flag = '' WHERE panel_id = ?", "i", panel_id) &&
      rs_database_run (db, error,
                       "UPDATE person SET review_flag = 'household' WHERE panel_id = ?1 AND "
                       "household_key <> '' AND household_key IN (SELECT household_key FROM person "
                       "WHERE panel_id = ?1 AND household_key <> '' GROUP BY household_key "
                       "HAVING count(*) > 1)", "i", panel_id) &&
      rs_database_run (db, error,
                       "UPDATE person SET review_flag = 'duplicate' WHERE panel_id = ?1 AND id IN ("
                       "SELECT p.id FROM person p JOIN person_contact c ON c.person_id = p.id "
                       "WHERE p.panel_id = ?1 AND c.name <> '' AND (lower(c.name), p.household_key) IN ("
                       " SELECT lower(c2.name), p2.household_key FROM person p2 "
                       " JOIN person_contact c2 ON c2.person_id = p2.id WHERE p2.panel_id = ?1 "
                       " AND c2.name <> '' GROUP BY 1, 2 HAVING count(*) > 1) "
                       "UNION SELECT p.id FROM person p JOIN person_contact c ON c.person_id = p.id "
                       "WHERE p.panel_id = ?1 AND c.email <> '' AND lower(c.email) IN ("
                       " SELECT lower(c2.email) FROM person p2 JOIN person_contact c2 "
                       " ON c2.person_id = p2.id WHERE p2.panel_id = ?1 AND c2.email <> '' "
                       " GROUP BY 1 HAVING count(*) > 1))", "i", panel_id))
    {
      g_autoptr(RsStatement) stmt =
        rs_database_query (db, error, "SELECT count(*) FROM person WHERE panel_id = ? AND review_flag <> ''",
                           "i", panel_id);
      if (stmt && rs_statement_step (stmt) == RS_SQL_ROW)
        flagged = rs_statement_column_int (stmt, 0);
    }
  rs_database_unlock (db);
  return flagged;
}

char *
rs_pool_store_export_csv (RsDatabase *db,
                          gint64      panel_id,
                          gboolean    with_contacts,
                          GError    **error)
{
  static const char * const contact_columns[] = {
    "name", "address", "postcode", "city", "email", "phone"
  };
  g_autoptr(GPtrArray) categories = rs_categories_load (db, panel_id, error);
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GHashTable) value_names = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(RsCsvWriter) out = NULL;
  int rc;

  if (categories == NULL)
    return NULL;
  out = rs_csv_writer_new (',', RS_CSV_WRITER_CRLF);
  rs_csv_writer_add_plain (out, "id");
  for (guint c = 0; c < categories->len; c++)
    {
      RsCategory *category = g_ptr_array_index (categories, c);
      rs_csv_writer_add (out, category->name);
      for (guint v = 0; v < category->values->len; v++)
        {
          RsCategoryValue *value = g_ptr_array_index (category->values, v);
          g_hash_table_insert (value_names, &value->id, value->name);
        }
    }
  if (with_contacts)
    {
      rs_csv_writer_add_plain (out, "source_id");
      for (guint i = 0; i < G_N_ELEMENTS (contact_columns); i++)
        rs_csv_writer_add_plain (out, contact_columns[i]);
    }
  rs_csv_writer_add_plain (out, "status");
  rs_csv_writer_end_row (out);

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT p.id, p.pseudonym, p.external_id, p.status, c.name, c.address, "
                            "c.postcode, c.city, c.email, c.phone FROM person p "
                            "LEFT JOIN person_contact c ON c.person_id = p.id "
                            "WHERE p.panel_id = ? ORDER BY p.id", "i", panel_id);
  while (stmt && (rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsStatement) attrs = NULL;
      g_autoptr(GHashTable) by_category = g_hash_table_new (g_int64_hash, g_int64_equal);
      g_autofree gint64 *keys = g_new0 (gint64, 2 * 64);
      guint n_keys = 0;
      /* The pseudonym is the id everywhere; the source id is personal data. */
      rs_csv_writer_add (out, (const char *) rs_statement_column_text (stmt, 1));
      attrs = rs_database_query (db, NULL, "SELECT category_id, value_id FROM person_attribute "
                                 "WHERE person_id = ?", "i", rs_statement_column_int64 (stmt, 0));
      while (attrs && rs_statement_step (attrs) == RS_SQL_ROW && n_keys < 64)
        {
          keys[2 * n_keys] = rs_statement_column_int64 (attrs, 0);
          keys[2 * n_keys + 1] = rs_statement_column_int64 (attrs, 1);
          g_hash_table_insert (by_category, &keys[2 * n_keys], &keys[2 * n_keys + 1]);
          n_keys++;
        }
      for (guint c = 0; c < categories->len; c++)
        {
          RsCategory *category = g_ptr_array_index (categories, c);
          gint64 *value_id = g_hash_table_lookup (by_category, &category->id);
          rs_csv_writer_add (out, value_id ? g_hash_table_lookup (value_names, value_id) : NULL);
        }
      if (with_contacts)
        for (int k = 2; k <= 9; k++)
          {
            if (k == 3)
              continue;
            rs_csv_writer_add (out, (const char *) rs_statement_column_text (stmt, k));
          }
      rs_csv_writer_add_plain (out, (const char *) rs_statement_column_text (stmt, 3));
      rs_csv_writer_end_row (out);
    }
  rs_database_unlock (db);
  if (stmt == NULL)
    return NULL;
  return rs_csv_writer_free_to_string (g_steal_pointer (&out));
}
