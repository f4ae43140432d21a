/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pool-import"

#include "config.h"

#include <glib/gi18n.h>

#include <stdio.h>

#include "rs-age-bands.h"
#include "rs-categories.h"
#include "rs-csv-reader.h"
#include "rs-date.h"
#include "rs-person.h"
#include "rs-pool-import.h"
#include "rs-pool-store.h"

#define MAX_REPORTED 25

void
rs_pool_scan_free (RsPoolScan *scan)
{
  if (scan == NULL)
    return;
  g_clear_pointer (&scan->header, g_ptr_array_unref);
  g_clear_pointer (&scan->distinct, g_ptr_array_unref);
  g_free (scan->encoding);
  g_free (scan);
}

RsPoolScan *
rs_pool_scan (GBytes      *bytes,
              const char  *file_name,
              guint        max_distinct,
              GError     **error)
{
  g_autoptr(RsCsvReader) reader = rs_csv_reader_new (bytes, file_name, error);
  g_autoptr(RsPoolScan) scan = g_new0 (RsPoolScan, 1);
  g_autoptr(GPtrArray) sets = NULL;  /* per column: the distinct values, for a quick lookup */
  GPtrArray *row;

  if (reader == NULL)
    return NULL;
  if (!rs_csv_reader_next (reader, &row, error))
    {
      if (error && *error == NULL)
        g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_EMPTY, _("%s is empty."),
                     rs_csv_reader_get_file_name (reader));
      return NULL;
    }
  scan->separator = rs_csv_reader_get_separator (reader);
  scan->encoding = g_strdup (rs_csv_reader_get_encoding (reader));
  scan->header = g_ptr_array_new_with_free_func (g_free);
  scan->distinct = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < row->len; i++)
    {
      g_ptr_array_add (scan->header, g_strstrip (g_strdup (g_ptr_array_index (row, i))));
      g_ptr_array_add (scan->distinct, g_ptr_array_new_with_free_func (g_free));
    }
  sets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  for (guint i = 0; i < scan->header->len; i++)
    g_ptr_array_add (sets, g_hash_table_new (g_str_hash, g_str_equal));
  while (rs_csv_reader_next (reader, &row, error))
    {
      scan->rows++;
      for (guint i = 0; i < MIN (row->len, scan->header->len); i++)
        {
          GPtrArray *seen = g_ptr_array_index (scan->distinct, i);
          GHashTable *set = g_ptr_array_index (sets, i);
          const char *cell = g_ptr_array_index (row, i);
          if ((max_distinct == 0 || seen->len < max_distinct) && !g_hash_table_contains (set, cell))
            {
              char *copy = g_strdup (cell);
              g_ptr_array_add (seen, copy);
              g_hash_table_add (set, copy);
            }
        }
    }
  if (error && *error)
    return NULL;
  return g_steal_pointer (&scan);
}

RsPoolMapping *
rs_pool_import_load_mapping (RsDatabase *db,
                             gint64      panel_id,
                             GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  RsPoolMapping *mapping = NULL;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT mapping FROM import_mapping WHERE panel_id = ? "
                            "AND name = 'pool' ORDER BY id DESC LIMIT 1", "i", panel_id);
  if (stmt && rs_statement_step (stmt) == RS_SQL_ROW)
    mapping = rs_pool_mapping_from_json ((const char *) rs_statement_column_text (stmt, 0), error);
  rs_database_unlock (db);
  return mapping;
}

/* One category's column and its spelling → value id table. */
typedef struct
{
  RsCategory *category;
  int         column;
  GHashTable *lookup;
  gboolean    ages;     /* age bands: ages, birth dates and CPR-like numbers map to them */
} CategoryColumn;

static void
add_spelling (GHashTable *lookup,
              const char *spelling,
              gint64      value_id)
{
  g_hash_table_insert (lookup, rs_pool_spelling_key (spelling), g_memdup2 (&value_id, sizeof value_id));
}

static int
column_index (GPtrArray  *header,
              const char *name)
{
  g_autofree char *key = NULL;

  if (name == NULL)
    return -1;
  key = rs_pool_spelling_key (name);
  for (guint i = 0; i < header->len; i++)
    {
      g_autofree char *h = rs_pool_spelling_key (g_ptr_array_index (header, i));
      if (g_str_equal (h, key))
        return (int) i;
    }
  return -2;
}

static void
problem (GString    *problems,
         guint      *count,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static void
problem (GString    *problems,
         guint      *count,
         const char *format,
         ...)
{
  va_list args;

  if (++(*count) > MAX_REPORTED)
    return;
  va_start (args, format);
  g_string_append (problems, "\n• ");
  g_string_append_vprintf (problems, format, args);
  va_end (args);
}

static gboolean
store_mapping (RsDatabase    *db,
               gint64         panel_id,
               RsPoolMapping *mapping,
               GError       **error)
{
  g_autofree char *json = rs_pool_mapping_to_json (mapping);

  return rs_database_run (db, error, "DELETE FROM import_mapping WHERE panel_id = ? AND name = 'pool'",
                          "i", panel_id) &&
         rs_database_run (db, error, "INSERT INTO import_mapping (panel_id, name, mapping) "
                          "VALUES (?, 'pool', ?)", "it", panel_id, json);
}

/* A stored mapping (from an earlier file, or a failed attempt) applies
 * where its columns exist; the others are guessed again. */
static void
forget_missing_columns (RsPoolMapping *mapping,
                        GPtrArray     *header)
{
  g_autoptr(GList) categories = g_hash_table_get_keys (mapping->category_columns);

  if (column_index (header, mapping->id_column) == -2)
    g_clear_pointer (&mapping->id_column, g_free);
  if (column_index (header, mapping->status_column) == -2)
    g_clear_pointer (&mapping->status_column, g_free);
  for (int k = 0; k < RS_N_CONTACT_FIELDS; k++)
    if (column_index (header, mapping->contact[k]) == -2)
      g_clear_pointer (&mapping->contact[k], g_free);
  for (GList *l = categories; l; l = l->next)
    if (column_index (header, g_hash_table_lookup (mapping->category_columns, l->data)) == -2)
      g_hash_table_remove (mapping->category_columns, l->data);
}

gboolean
rs_pool_import (RsDatabase          *db,
                gint64               panel_id,
                GBytes              *bytes,
                const char          *file_name,
                RsPoolMapping       *mapping_in,
                RsPoolImportProgress progress,
                gpointer             progress_data,
                GCancellable        *cancellable,
                RsPoolImportResult  *result,
                GError             **error)
{
  g_autoptr(RsCsvReader) reader = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GArray) columns = g_array_new (FALSE, TRUE, sizeof (CategoryColumn));
  g_autoptr(RsPoolMapping) mapping = NULL;
  g_autoptr(GPtrArray) header = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(RsStatement) ins_person = NULL;
  g_autoptr(RsStatement) ins_contact = NULL;
  g_autoptr(RsStatement) ins_attr = NULL;
  g_autoptr(GError) local = NULL;
  GString *problems = g_string_new (NULL);
  GPtrArray *row;
  int id_col, status_col, contact_cols[RS_N_CONTACT_FIELDS];
  guint n_problems = 0, rows = 0;
  gint64 base = 0;
  int rc;
  gboolean in_transaction = FALSE, ok = FALSE, keep_mapping = FALSE;
  g_autoptr(GDate) age_on = NULL;

  reader = rs_csv_reader_new (bytes, file_name, error);
  if (reader == NULL)
    goto out;
  file_name = rs_csv_reader_get_file_name (reader);
  if (!rs_csv_reader_next (reader, &row, &local))
    {
      if (local == NULL)
        g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_EMPTY, _("%s is empty."), file_name);
      else
        g_propagate_error (error, g_steal_pointer (&local));
      goto out;
    }
  for (guint i = 0; i < row->len; i++)
    g_ptr_array_add (header, g_strstrip (g_strdup (g_ptr_array_index (row, i))));

  categories = rs_categories_load (db, panel_id, error);
  if (categories == NULL)
    goto out;
  if (mapping_in)
    mapping = rs_pool_mapping_copy (mapping_in);
  else if ((mapping = rs_pool_import_load_mapping (db, panel_id, NULL)) != NULL)
    forget_missing_columns (mapping, header);
  if (mapping == NULL)
    mapping = rs_pool_mapping_new ();
  rs_pool_mapping_guess (mapping, header, categories);
  /* From here on, the mapping is kept even when the import fails, so the
   * next attempt starts from it. */
  keep_mapping = TRUE;
  if (mapping->age_on != NULL)
    {
      GDate day;
      if (!rs_date_parse (mapping->age_on, &day))
        problem (problems, &n_problems, _("the mapping’s “age_on” day “%s” is not a date like 2026-06-13"),
                 mapping->age_on);
      else
        age_on = g_date_copy (&day);
    }
  if (age_on == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      age_on = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                               g_date_time_get_year (now));
    }

  /* Resolve columns. */
  id_col = column_index (header, mapping->id_column);
  status_col = column_index (header, mapping->status_column);
  if (id_col == -2)
    problem (problems, &n_problems, _("the id column “%s” is not in the file"), mapping->id_column);
  if (status_col == -2)
    problem (problems, &n_problems, _("the status column “%s” is not in the file"), mapping->status_column);
  for (int k = 0; k < RS_N_CONTACT_FIELDS; k++)
    {
      contact_cols[k] = column_index (header, mapping->contact[k]);
      if (contact_cols[k] == -2)
        problem (problems, &n_problems, _("the contact column “%s” is not in the file"), mapping->contact[k]);
    }
  for (guint c = 0; c < categories->len; c++)
    {
      RsCategory *category = g_ptr_array_index (categories, c);
      const char *column = rs_pool_mapping_get_column (mapping, category->name);
      CategoryColumn cc = { category, column_index (header, column), NULL, rs_category_is_age_bands (category) };

      if (cc.column == -2)
        {
          problem (problems, &n_problems, _("the column “%s” for category “%s” is not in the file"),
                   column, category->name);
          continue;
        }
      if (cc.column < 0)
        continue;
      cc.lookup = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint v = 0; v < category->values->len; v++)
        {
          RsCategoryValue *value = g_ptr_array_index (category->values, v);
          add_spelling (cc.lookup, value->name, value->id);
          if (value->code)
            add_spelling (cc.lookup, value->code, value->id);
          if (value->aliases && *value->aliases)
            {
              g_auto(GStrv) spellings = g_strsplit (value->aliases, "|", -1);
              for (guint s = 0; spellings[s]; s++)
                add_spelling (cc.lookup, spellings[s], value->id);
            }
        }
      g_array_append_val (columns, cc);
    }
  if (n_problems > 0)
    goto report;

  if (!rs_database_begin (db, error))
    goto out;
  in_transaction = TRUE;
  {
    g_autoptr(RsStatement) count = rs_database_query (db, error, "SELECT count(*) FROM person "
                                                       "WHERE panel_id = ?", "i", panel_id);
    if (count == NULL)
      goto out;
    if (rs_statement_step (count) == RS_SQL_ROW)
      base = rs_statement_column_int64 (count, 0);
  }
  ins_person = rs_database_prepare (db, "INSERT INTO person (panel_id, external_id, pseudonym, status, "
                                        "household_key) VALUES (?, ?, ?, ?, ?)", error);
  ins_contact = rs_database_prepare (db, "INSERT INTO person_contact (person_id, name, address, "
                                         "postcode, city, email, phone) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                     error);
  ins_attr = rs_database_prepare (db, "INSERT INTO person_attribute (person_id, category_id, value_id, "
                                      "provenance) VALUES (?, ?, ?, 'imported')", error);
  if (!ins_person || !ins_contact || !ins_attr)
    goto out;

  while (rs_csv_reader_next (reader, &row, &local))
    {
      guint line = rs_csv_reader_get_line (reader);
      const char *cells[RS_N_CONTACT_FIELDS];
      const char *status = "registered";
      g_autofree char *pseudonym = NULL;
      g_autofree char *household = NULL;
      gint64 person_id;

      rows++;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
      if (progress && rows % 2000 == 0)
        progress (rs_csv_reader_get_fraction (reader), rows, progress_data);
      if (row->len != header->len)
        {
          problem (problems, &n_problems, _("line %u: %u fields, but the header has %u"),
                   line, row->len, header->len);
          continue;
        }
      if (id_col >= 0)
        {
          const char *id = g_ptr_array_index (row, id_col);
          if (rs_looks_like_cpr (id))
            problem (problems, &n_problems,
                     _("line %u, column %d: the id looks like a CPR number, which Rådslag never stores; "
                       "choose another id column"), line, id_col + 1);
          else if (*id && !g_hash_table_add (seen_ids, g_strdup (id)))
            problem (problems, &n_problems, _("line %u, column %d: the id “%s” appears twice"),
                     line, id_col + 1, id);
        }
      if (status_col >= 0)
        {
          const char *s = g_ptr_array_index (row, status_col);
          if (*s && !g_strv_contains (rs_person_statuses (), s))
            problem (problems, &n_problems, _("line %u, column %d: “%s” is not a pool status"),
                     line, status_col + 1, s);
          else if (*s)
            status = s;
        }
      for (int k = 0; k < RS_N_CONTACT_FIELDS; k++)
        cells[k] = contact_cols[k] >= 0 ? g_ptr_array_index (row, contact_cols[k]) : "";

      pseudonym = g_strdup_printf ("P-%04" G_GINT64_FORMAT, base + rows);
      household = rs_pool_normalise_address (cells[RS_CONTACT_ADDRESS], cells[RS_CONTACT_POSTCODE]);
      rs_statement_reset (ins_person);
      rs_statement_bind_int64 (ins_person, 1, panel_id);
      if (id_col >= 0 && *(const char *) g_ptr_array_index (row, id_col))
        rs_statement_bind_text (ins_person, 2, g_ptr_array_index (row, id_col), -1);
      else
        rs_statement_bind_null (ins_person, 2);
      rs_statement_bind_text (ins_person, 3, pseudonym, -1);
      rs_statement_bind_text (ins_person, 4, status, -1);
      rs_statement_bind_text (ins_person, 5, household, -1);
      if ((rc = rs_statement_step (ins_person)) != RS_SQL_DONE)
        {
          /* Only a constraint is about this line; a read-only database, a
           * full disk or an I/O error is one problem for the whole file. */
          if ((rc & 0xff) != RS_SQL_CONSTRAINT)
            {
              rs_database_set_error (db, rc, error);
              goto out;
            }
          problem (problems, &n_problems, _("line %u: %s"), line,
                   rs_database_errmsg (db));
          continue;
        }
      person_id = rs_database_last_insert_id (db);
      rs_statement_reset (ins_contact);
      rs_statement_bind_int64 (ins_contact, 1, person_id);
      for (int k = 0; k < RS_N_CONTACT_FIELDS; k++)
        rs_statement_bind_text (ins_contact, k + 2, cells[k], -1);
      if (rs_statement_step (ins_contact) != RS_SQL_DONE)
        {
          rs_database_set_error (db, rs_database_errcode (db), error);
          goto out;
        }
      for (guint c = 0; c < columns->len; c++)
        {
          CategoryColumn *cc = &g_array_index (columns, CategoryColumn, c);
          const char *cell = g_ptr_array_index (row, cc->column);
          const char *alias = rs_pool_mapping_lookup_alias (mapping, cc->category->name, cell);
          g_autofree char *key = rs_pool_spelling_key (alias ? alias : cell);
          gint64 *value_id = g_hash_table_lookup (cc->lookup, key);
          gint64 age_value_id = 0;

          if (value_id == NULL && cc->ages && *key != '\0')
            {
              int lo, hi;
              int age = rs_age_from_cell (cell, age_on);
              RsCategoryValue *band = rs_age_band_parse (cell, &lo, &hi)
                                        ? rs_category_band_value (cc->category, lo, hi)
                                        : age >= 0 ? rs_category_age_value (cc->category, age) : NULL;

              if (band != NULL)
                {
                  age_value_id = band->id;
                  value_id = &age_value_id;
                }
              else if (age >= 0)
                {
                  problem (problems, &n_problems,
                           _("line %u, column %d (“%s”): age %d is in none of the bands of category “%s”"),
                           line, cc->column + 1, (const char *) g_ptr_array_index (header, cc->column),
                           age, cc->category->name);
                  continue;
                }
            }
          if (value_id == NULL)
            {
              if (*key == '\0')
                problem (problems, &n_problems, _("line %u, column %d (“%s”): no value for category “%s”"),
                         line, cc->column + 1, (const char *) g_ptr_array_index (header, cc->column),
                         cc->category->name);
              else
                problem (problems, &n_problems,
                         _("line %u, column %d (“%s”): “%s” is not a value of category “%s”"),
                         line, cc->column + 1, (const char *) g_ptr_array_index (header, cc->column),
                         cell, cc->category->name);
              continue;
            }
          rs_statement_reset (ins_attr);
          rs_statement_bind_int64 (ins_attr, 1, person_id);
          rs_statement_bind_int64 (ins_attr, 2, cc->category->id);
          rs_statement_bind_int64 (ins_attr, 3, *value_id);
          if (rs_statement_step (ins_attr) != RS_SQL_DONE)
            {
              rs_database_set_error (db, rs_database_errcode (db), error);
              goto out;
            }
        }
    }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      goto out;
    }
  if (n_problems > 0)
    goto report;
  if (rows == 0)
    {
      g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_EMPTY, _("%s has a header but no people."), file_name);
      goto out;
    }
  if (!store_mapping (db, panel_id, mapping, error))
    goto out;
  if (result)
    {
      result->rows = rows;
      result->flagged = rs_pool_store_flag_review (db, panel_id, error);
      if (result->flagged < 0)
        goto out;
    }
  else if (rs_pool_store_flag_review (db, panel_id, error) < 0)
    goto out;
  in_transaction = FALSE;
  ok = rs_database_commit (db, error);
  if (ok && progress)
    progress (1.0, rows, progress_data);
  goto out;

report:
  if (n_problems > MAX_REPORTED)
    g_string_append_printf (problems, "\n• %s",
                            _("… and more; fix these first."));
  g_set_error (error, RS_CSV_ERROR, RS_CSV_ERROR_SYNTAX,
               ngettext ("%s: %u problem; nothing was imported.%s",
                         "%s: %u problems; nothing was imported.%s", n_problems),
               file_name, n_problems, problems->str);
out:
  if (in_transaction)
    rs_database_rollback (db);
  if (!ok && keep_mapping)
    {
      g_autoptr(GError) ignored = NULL;
      if (!store_mapping (db, panel_id, mapping, &ignored))
        g_debug ("Could not keep the mapping of a failed import: %s", ignored->message);
    }
  for (guint c = 0; c < columns->len; c++)
    g_clear_pointer (&g_array_index (columns, CategoryColumn, c).lookup, g_hash_table_unref);
  g_string_free (problems, TRUE);
  return ok;
}

/* Async */

typedef struct
{
  RsDatabase          *db;
  gint64               panel_id;
  GFile               *file;
  RsPoolMapping       *mapping;
  RsPoolImportProgress progress;
  gpointer             progress_data;
  GMainContext        *context;
  RsPoolImportResult   result;
} ImportData;

typedef struct
{
  RsPoolImportProgress progress;
  gpointer             progress_data;
  double               fraction;
  guint                rows;
} ProgressCall;

static void
import_data_free (ImportData *data)
{
  g_object_unref (data->db);
  g_object_unref (data->file);
  g_clear_pointer (&data->mapping, rs_pool_mapping_free);
  g_main_context_unref (data->context);
  g_free (data);
}

static gboolean
invoke_progress (gpointer user_data)
{
  ProgressCall *call = user_data;

  call->progress (call->fraction, call->rows, call->progress_data);
  return G_SOURCE_REMOVE;
}

static void
thread_progress (double   fraction,
                 guint    rows,
                 gpointer user_data)
{
  ImportData *data = user_data;
  ProgressCall *call = g_new0 (ProgressCall, 1);
  g_autoptr(GSource) source = g_idle_source_new ();

  call->progress = data->progress;
  call->progress_data = data->progress_data;
  call->fraction = fraction;
  call->rows = rows;
  /* Always on the caller's context, never on the database thread. */
  g_source_set_callback (source, invoke_progress, call, g_free);
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_attach (source, data->context);
}

/* Runs on the database thread, like every other query; progress goes to
 * the caller's context and the cancellable stops the import. */
static gpointer
import_job (RsDatabase   *db,
            gpointer      job_data,
            GCancellable *cancellable,
            GError      **error)
{
  ImportData *data = job_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_basename (data->file);

  bytes = g_file_load_bytes (data->file, cancellable, NULL, error);
  if (bytes != NULL)
    rs_pool_import (db, data->panel_id, bytes, name, data->mapping,
                    data->progress ? thread_progress : NULL, data, cancellable,
                    &data->result, error);
  return NULL;
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (rs_database_run_finish_boolean (RS_DATABASE (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
rs_pool_import_async (RsDatabase          *db,
                      gint64               panel_id,
                      GFile               *file,
                      RsPoolMapping       *mapping,
                      RsPoolImportProgress progress,
                      gpointer             progress_data,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (db, cancellable, callback, user_data);
  ImportData *data = g_new0 (ImportData, 1);

  data->db = g_object_ref (db);
  data->panel_id = panel_id;
  data->file = g_object_ref (file);
  data->mapping = mapping ? rs_pool_mapping_copy (mapping) : NULL;
  data->progress = progress;
  data->progress_data = progress_data;
  data->context = g_main_context_ref_thread_default ();
  g_task_set_source_tag (task, rs_pool_import_async);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  rs_database_run_async (db, import_job, data, NULL, NULL, cancellable, imported_cb,
                         g_object_ref (task));
}

gboolean
rs_pool_import_finish (GAsyncResult        *result,
                       RsPoolImportResult  *out,
                       GError             **error)
{
  GTask *task = G_TASK (result);

  if (!g_task_propagate_boolean (task, error))
    return FALSE;
  if (out)
    *out = ((ImportData *) g_task_get_task_data (task))->result;
  return TRUE;
}
