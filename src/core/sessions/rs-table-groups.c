/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-table-groups"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rs-person-ref.h"
#include "rs-table-groups.h"

typedef struct
{
  guint  index;
  double rarity;
} Order;

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const Order *x = a, *y = b;

  if (x->rarity != y->rarity)
    return x->rarity > y->rarity ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static GHashTable *
count_values (guint         n_people,
              guint         n_categories,
              const gint64 *values)
{
  /* key: (category, value) packed as a string; value: count */
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint p = 0; p < n_people; p++)
    for (guint c = 0; c < n_categories; c++)
      {
        gint64 v = values[p * n_categories + c];
        char *key;
        if (v == 0)
          continue;
        key = g_strdup_printf ("%u:%" G_GINT64_FORMAT, c, v);
        g_hash_table_insert (counts, key,
                             GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (counts, key)) + 1));
      }
  return counts;
}

int *
rs_table_groups_assign (guint         n_people,
                        guint         n_categories,
                        const gint64 *values,
                        const int    *pins,
                        guint         table_size,
                        guint        *n_tables_out)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autofree Order *order = NULL;
  g_autofree int *load = NULL;
  int *tables = g_new (int, MAX (n_people, 1));
  guint n_tables, room;

  g_return_val_if_fail (table_size > 0, NULL);

  n_tables = MAX (1, (n_people + table_size - 1) / table_size);
  for (guint p = 0; pins && p < n_people; p++)
    if (pins[p] >= 0 && (guint) pins[p] + 1 > n_tables)
      n_tables = pins[p] + 1;
  room = (n_people + n_tables - 1) / n_tables;
  if (n_tables_out)
    *n_tables_out = n_tables;
  load = g_new0 (int, n_tables);
  counts = count_values (n_people, n_categories, values);

  /* Per table, a count of each (category, value) seated there. */
  {
    g_autoptr(GPtrArray) at_table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
    guint n_order = 0;

    for (guint t = 0; t < n_tables; t++)
      g_ptr_array_add (at_table, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL));

#define ADD_TO_TABLE(p, t) G_STMT_START { \
      tables[p] = (int) (t); load[t]++; \
      for (guint c_ = 0; c_ < n_categories; c_++) { \
        gint64 v_ = values[(p) * n_categories + c_]; \
        GHashTable *h_ = g_ptr_array_index (at_table, t); \
        char *k_; \
        if (v_ == 0) continue; \
        k_ = g_strdup_printf ("%u:%" G_GINT64_FORMAT, c_, v_); \
        g_hash_table_insert (h_, k_, GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (h_, k_)) + 1)); \
      } } G_STMT_END

    order = g_new0 (Order, MAX (n_people, 1));
    for (guint p = 0; p < n_people; p++)
      {
        if (pins && pins[p] >= 0)
          {
            ADD_TO_TABLE (p, (guint) pins[p]);
            continue;
          }
        order[n_order].index = p;
        for (guint c = 0; c < n_categories; c++)
          {
            gint64 v = values[p * n_categories + c];
            g_autofree char *key = NULL;
            int n;
            if (v == 0)
              continue;
            key = g_strdup_printf ("%u:%" G_GINT64_FORMAT, c, v);
            n = GPOINTER_TO_INT (g_hash_table_lookup (counts, key));
            order[n_order].rarity += n > 0 ? 1.0 / n : 0.0;
          }
        n_order++;
      }
    qsort (order, n_order, sizeof (Order), compare_order);

    for (guint i = 0; i < n_order; i++)
      {
        guint p = order[i].index;
        int best = -1;
        int best_same = G_MAXINT;

        for (guint t = 0; t < n_tables; t++)
          {
            GHashTable *h = g_ptr_array_index (at_table, t);
            int s = 0;

            if ((guint) load[t] >= room)
              continue;
            for (guint c = 0; c < n_categories; c++)
              {
                gint64 v = values[p * n_categories + c];
                g_autofree char *key = NULL;
                if (v == 0)
                  continue;
                key = g_strdup_printf ("%u:%" G_GINT64_FORMAT, c, v);
                s += GPOINTER_TO_INT (g_hash_table_lookup (h, key));
              }
            if (best < 0 || s < best_same || (s == best_same && load[t] < load[best]))
              {
                best = (int) t;
                best_same = s;
              }
          }
        if (best < 0)
          {
            /* Pins overfilled every table: use the emptiest. */
            best = 0;
            for (guint t = 1; t < n_tables; t++)
              if (load[t] < load[best])
                best = (int) t;
          }
        ADD_TO_TABLE (p, (guint) best);
      }
#undef ADD_TO_TABLE
  }
  return tables;
}

double
rs_table_groups_imbalance (guint         n_people,
                           guint         n_categories,
                           const gint64 *values,
                           const int    *tables,
                           guint         n_tables)
{
  g_autoptr(GHashTable) totals = count_values (n_people, n_categories, values);
  g_autofree int *size = g_new0 (int, MAX (n_tables, 1));
  GHashTableIter iter;
  gpointer key, value;
  double sum = 0.0;
  guint terms = 0;

  if (n_people == 0 || n_tables == 0)
    return 0.0;
  for (guint p = 0; p < n_people; p++)
    size[tables[p]]++;

  g_hash_table_iter_init (&iter, totals);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint c = (guint) g_ascii_strtoull (key, NULL, 10);
      gint64 v = g_ascii_strtoll (strchr (key, ':') + 1, NULL, 10);
      double share = (double) GPOINTER_TO_INT (value) / n_people;

      for (guint t = 0; t < n_tables; t++)
        {
          int here = 0;
          for (guint p = 0; p < n_people; p++)
            if (tables[p] == (int) t && values[p * n_categories + c] == v)
              here++;
          sum += fabs (here - share * size[t]);
          terms++;
        }
    }
  return terms ? sum / terms : 0.0;
}

gboolean
rs_table_groups_assign_session (RsDatabase *db,
                                gint64      session_id,
                                guint       table_size,
                                double     *imbalance_out,
                                GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) pins = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) cats = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree gint64 *values = NULL;
  g_autofree int *tables = NULL;
  guint n_tables = 0;
  int any_attended = 0;
  int rc;

  if (table_size == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A table must seat at least one person."));
      return FALSE;
    }
  if (!rs_database_begin (db, error))
    return FALSE;

  stmt = rs_database_query (db, error,
                            "SELECT count(*) FROM registration WHERE session_id = ? AND attended = 1",
                            "i", session_id);
  if (stmt == NULL)
    goto fail;
  if (rs_statement_step (stmt) == RS_SQL_ROW)
    any_attended = rs_statement_column_int (stmt, 0);
  g_clear_pointer (&stmt, rs_statement_finalize);

  stmt = rs_database_query (db, error,
                            "SELECT person_id, CASE WHEN table_pinned = 1 THEN coalesce(table_no, 0) - 1 "
                            "ELSE -1 END FROM registration WHERE session_id = ? "
                            "AND status = 'registered' AND (? = 0 OR attended = 1) ORDER BY position",
                            "in", session_id, any_attended);
  if (stmt == NULL)
    goto fail;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      int pin = rs_statement_column_int (stmt, 1);
      g_array_append_val (people, id);
      g_array_append_val (pins, pin);
    }
  g_clear_pointer (&stmt, rs_statement_finalize);

  stmt = rs_database_query (db, error,
                            "SELECT DISTINCT a.category_id FROM person_attribute a JOIN registration r "
                            "ON r.person_id = a.person_id WHERE r.session_id = ? ORDER BY 1",
                            "i", session_id);
  if (stmt == NULL)
    goto fail;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      g_array_append_val (cats, id);
    }
  g_clear_pointer (&stmt, rs_statement_finalize);

  values = g_new0 (gint64, MAX (1, people->len * cats->len));
  stmt = rs_database_query (db, error,
                            "SELECT a.person_id, a.category_id, a.value_id FROM person_attribute a "
                            "JOIN registration r ON r.person_id = a.person_id WHERE r.session_id = ?",
                            "i", session_id);
  if (stmt == NULL)
    goto fail;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 person = rs_statement_column_int64 (stmt, 0), cat = rs_statement_column_int64 (stmt, 1);
      for (guint p = 0; p < people->len; p++)
        if (g_array_index (people, gint64, p) == person)
          for (guint c = 0; c < cats->len; c++)
            if (g_array_index (cats, gint64, c) == cat)
              values[p * cats->len + c] = rs_statement_column_int64 (stmt, 2);
    }
  g_clear_pointer (&stmt, rs_statement_finalize);

  tables = rs_table_groups_assign (people->len, cats->len, values, (int *) pins->data,
                                   table_size, &n_tables);
  if (!rs_database_run (db, error,
                        "UPDATE registration SET table_no = NULL WHERE session_id = ? AND table_pinned = 0",
                        "i", session_id))
    goto fail;
  for (guint p = 0; p < people->len; p++)
    if (!rs_database_run (db, error,
                          "UPDATE registration SET table_no = ? WHERE session_id = ? AND person_id = ?",
                          "nii", tables[p] + 1, session_id, g_array_index (people, gint64, p)))
      goto fail;
  if (imbalance_out)
    *imbalance_out = rs_table_groups_imbalance (people->len, cats->len, values, tables, n_tables);
  return rs_database_commit (db, error);

fail:
  g_clear_pointer (&stmt, rs_statement_finalize);
  rs_database_rollback (db);
  return FALSE;
}

gboolean
rs_table_groups_session_balance (RsDatabase *db,
                                 gint64      session_id,
                                 double     *imbalance_out,
                                 GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) tables = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) cats = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree gint64 *values = NULL;
  int n_tables = 0;
  int rc;

  g_return_val_if_fail (imbalance_out != NULL, FALSE);
  *imbalance_out = -1;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT person_id, table_no - 1 FROM registration WHERE session_id = ? "
                            "AND status = 'registered' AND table_no > 0 ORDER BY position",
                            "i", session_id);
  if (stmt == NULL)
    goto fail;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      int table = rs_statement_column_int (stmt, 1);
      g_array_append_val (people, id);
      g_array_append_val (tables, table);
      n_tables = MAX (n_tables, table + 1);
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      goto fail;
    }
  if (people->len == 0)
    {
      rs_database_unlock (db);
      return TRUE;
    }

  stmt = rs_database_query (db, error,
                            "SELECT DISTINCT a.category_id FROM person_attribute a JOIN registration r "
                            "ON r.person_id = a.person_id WHERE r.session_id = ? AND r.table_no > 0 ORDER BY 1",
                            "i", session_id);
  if (stmt == NULL)
    goto fail;
  while (rs_statement_step (stmt) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      g_array_append_val (cats, id);
    }
  g_clear_pointer (&stmt, rs_statement_finalize);

  values = g_new0 (gint64, MAX (1, people->len * cats->len));
  stmt = rs_database_query (db, error,
                            "SELECT a.person_id, a.category_id, a.value_id FROM person_attribute a "
                            "JOIN registration r ON r.person_id = a.person_id WHERE r.session_id = ? "
                            "AND r.table_no > 0",
                            "i", session_id);
  if (stmt == NULL)
    goto fail;
  while (rs_statement_step (stmt) == RS_SQL_ROW)
    {
      gint64 person = rs_statement_column_int64 (stmt, 0), cat = rs_statement_column_int64 (stmt, 1);
      for (guint p = 0; p < people->len; p++)
        if (g_array_index (people, gint64, p) == person)
          for (guint c = 0; c < cats->len; c++)
            if (g_array_index (cats, gint64, c) == cat)
              values[p * cats->len + c] = rs_statement_column_int64 (stmt, 2);
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  rs_database_unlock (db);

  *imbalance_out = rs_table_groups_imbalance (people->len, cats->len, values,
                                              (const int *) tables->data, (guint) n_tables);
  return TRUE;

fail:
  g_clear_pointer (&stmt, rs_statement_finalize);
  rs_database_unlock (db);
  return FALSE;
}

gboolean
rs_table_groups_pin (RsDatabase *db,
                     gint64      session_id,
                     gint64      person_id,
                     int         table_no,
                     GError    **error)
{
  if (!rs_database_run (db, error,
                        "UPDATE registration SET table_no = nullif(?, 0), table_pinned = CASE WHEN ? > 0 THEN 1 ELSE 0 END "
                        "WHERE session_id = ? AND person_id = ?",
                        "nnii", table_no, table_no, session_id, person_id))
    return FALSE;
  if (rs_database_changes (db) == 0)
    {
      g_autoptr(RsStatement) stmt = rs_database_query (db, NULL, "SELECT pseudonym FROM person WHERE id = ?",
                                                        "i", person_id);
      const char *pseudonym = stmt && rs_statement_step (stmt) == RS_SQL_ROW
                                ? (const char *) rs_statement_column_text (stmt, 0) : NULL;

      g_set_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_REGISTERED,
                   _("%s is not registered for this meeting."), pseudonym ? pseudonym : "?");
      return FALSE;
    }
  return TRUE;
}
