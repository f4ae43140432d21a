/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-population"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-population.h"

static void
count_free (gpointer data)
{
  RsPopulationCount *count = data;

  g_free (count->dimension);
  g_free (count->value);
  g_free (count);
}

RsBenchmark *
rs_benchmark_new (const char *municipality_code,
                  const char *table_id)
{
  RsBenchmark *benchmark = g_new0 (RsBenchmark, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  benchmark->municipality_code = g_strdup (municipality_code);
  benchmark->table_id = g_strdup (table_id);
  benchmark->period = g_strdup ("");
  benchmark->retrieved_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  benchmark->source_credit = g_strdup_printf ("Kilde: Danmarks Statistik, %s", table_id);
  benchmark->updated = g_strdup ("");
  benchmark->footnote = g_strdup ("");
  benchmark->request = g_strdup ("");
  benchmark->counts = g_ptr_array_new_with_free_func (count_free);
  return benchmark;
}

void
rs_benchmark_free (RsBenchmark *benchmark)
{
  if (benchmark == NULL)
    return;
  g_free (benchmark->municipality_code);
  g_free (benchmark->table_id);
  g_free (benchmark->period);
  g_free (benchmark->retrieved_at);
  g_free (benchmark->source_credit);
  g_free (benchmark->updated);
  g_free (benchmark->footnote);
  g_free (benchmark->request);
  g_ptr_array_unref (benchmark->counts);
  g_free (benchmark);
}

void
rs_benchmark_add (RsBenchmark *benchmark,
                  const char  *dimension,
                  const char  *value,
                  gint64       count)
{
  RsPopulationCount *c;

  for (guint i = 0; i < benchmark->counts->len; i++)
    {
      c = g_ptr_array_index (benchmark->counts, i);
      if (g_str_equal (c->dimension, dimension) && g_str_equal (c->value, value))
        {
          c->count += count;
          return;
        }
    }
  c = g_new0 (RsPopulationCount, 1);
  c->dimension = g_strdup (dimension);
  c->value = g_strdup (value);
  c->count = count;
  g_ptr_array_add (benchmark->counts, c);
}

gint64
rs_benchmark_total (RsBenchmark *benchmark,
                    const char  *dimension)
{
  gint64 total = 0;

  for (guint i = 0; i < benchmark->counts->len; i++)
    {
      RsPopulationCount *c = g_ptr_array_index (benchmark->counts, i);
      if (g_str_equal (c->dimension, dimension))
        total += c->count;
    }
  return total;
}

static gboolean
is_total_code (const char *code)
{
  return g_str_equal (code, "IALT") || g_str_equal (code, "TOT") || g_str_equal (code, "MOK");
}

static int
find_time_dim (RsJsonStat *cube)
{
  int d = rs_jsonstat_dim_index (cube, "Tid");

  return d >= 0 ? d : rs_jsonstat_dim_index (cube, "TID");
}

RsBenchmark *
rs_population_aggregate (const char *table_id,
                         const char *municipality_code,
                         RsJsonStat *cube,
                         GError    **error)
{
  g_autoptr(RsBenchmark) benchmark = rs_benchmark_new (municipality_code, table_id);
  g_autofree guint *pos = g_new0 (guint, cube->n_dims);
  int d_time = find_time_dim (cube);
  int d_age = rs_jsonstat_dim_index (cube, "ALDER");
  int d_sex = rs_jsonstat_dim_index (cube, "KØN");
  int d_origin = rs_jsonstat_dim_index (cube, "HERKOMST");
  int d_socio = rs_jsonstat_dim_index (cube, "SOCIO");
  gboolean folk1a = g_ascii_strcasecmp (table_id, "FOLK1A") == 0;
  gboolean folk1e = g_ascii_strcasecmp (table_id, "FOLK1E") == 0;
  gboolean ras = g_ascii_strcasecmp (table_id, "RAS210") == 0;

  if ((folk1a && (d_age < 0 || d_sex < 0)) || (folk1e && (d_age < 0 || d_origin < 0)) ||
      (ras && d_socio < 0) || (!folk1a && !folk1e && !ras))
    {
      g_set_error (error, RS_DST_ERROR, RS_DST_ERROR_SCHEMA_DRIFT,
                   _("The answer for table %s lacks the variables Rådslag needs."), table_id);
      return NULL;
    }
  if (d_time >= 0)
    {
      g_free (benchmark->period);
      benchmark->period = g_strdup (g_ptr_array_index (cube->codes[d_time], cube->sizes[d_time] - 1));
    }
  g_free (benchmark->updated);
  benchmark->updated = g_strdup (cube->updated ? cube->updated : "");

  for (gsize cell = 0; cell < cube->n_values; cell++)
    {
      gint64 n = cube->missing[cell] ? 0 : (gint64) (cube->values[cell] + 0.5);
      const char *age = NULL;
      int years = -1;

      rs_jsonstat_cell_position (cube, cell, pos);
      if (d_time >= 0 && pos[d_time] != cube->sizes[d_time] - 1)
        continue;  /* only the latest period */
      if (d_age >= 0)
        {
          age = g_ptr_array_index (cube->codes[d_age], pos[d_age]);
          if (is_total_code (age))
            continue;
          years = (int) g_ascii_strtoll (age, NULL, 10);
        }
      if (folk1a)
        {
          const char *sex = g_ptr_array_index (cube->codes[d_sex], pos[d_sex]);
          if (is_total_code (sex))
            continue;
          rs_benchmark_add (benchmark, "age", age, n);
          if (years >= 18)
            rs_benchmark_add (benchmark, "sex", g_str_equal (sex, "2") ? "female" : "male", n);
        }
      else if (folk1e)
        {
          const char *code = g_ptr_array_index (cube->codes[d_origin], pos[d_origin]);
          const char *origin = g_str_equal (code, "1") || g_str_equal (code, "5") ? "danish"
                             : g_str_has_prefix (code, "2") || g_str_equal (code, "4") ? "immigrant"
                             : g_str_has_prefix (code, "3") ? "descendant" : NULL;
          if (origin && years >= 18)
            rs_benchmark_add (benchmark, "origin", origin, n);
        }
      else
        {
          const char *code = g_ptr_array_index (cube->codes[d_socio], pos[d_socio]);
          if (!is_total_code (code))
            rs_benchmark_add (benchmark, "socio", g_ptr_array_index (cube->labels[d_socio], pos[d_socio]), n);
        }
    }
  if (benchmark->counts->len == 0)
    {
      g_set_error (error, RS_DST_ERROR, RS_DST_ERROR_PROTOCOL,
                   _("The answer for table %s holds no usable counts."), table_id);
      return NULL;
    }
  return g_steal_pointer (&benchmark);
}

gboolean
rs_population_store (RsDatabase *db,
                     GPtrArray  *benchmarks,
                     GError    **error)
{
  if (!rs_database_begin (db, error))
    return FALSE;
  for (guint b = 0; b < benchmarks->len; b++)
    {
      RsBenchmark *bm = g_ptr_array_index (benchmarks, b);
      gint64 id;

      if (!rs_database_run (db, error, "DELETE FROM population_benchmark WHERE municipality_code = ? "
                            "AND table_id = ?", "tt", bm->municipality_code, bm->table_id) ||
          !rs_database_run (db, error, "INSERT INTO population_benchmark (municipality_code, table_id, "
                            "period, retrieved_at, source_credit, request, updated, footnote) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", "tttttttt", bm->municipality_code,
                            bm->table_id, bm->period, bm->retrieved_at, bm->source_credit, bm->request,
                            bm->updated, bm->footnote))
        goto fail;
      id = rs_database_last_insert_id (db);
      for (guint i = 0; i < bm->counts->len; i++)
        {
          RsPopulationCount *c = g_ptr_array_index (bm->counts, i);
          if (!rs_database_run (db, error, "INSERT INTO population_count (benchmark_id, dimension, "
                                "value, count) VALUES (?, ?, ?, ?)", "itti", id, c->dimension,
                                c->value, c->count))
            goto fail;
        }
    }
  return rs_database_commit (db, error);
fail:
  rs_database_rollback (db);
  return FALSE;
}

GPtrArray *
rs_population_load (RsDatabase *db,
                    const char *municipality_code,
                    GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_benchmark_free);
  g_autoptr(RsStatement) stmt = NULL;
  RsBenchmark *current = NULL;
  gint64 current_id = 0;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT b.id, b.table_id, b.period, b.retrieved_at, b.source_credit, "
                            "b.updated, b.footnote, b.request, c.dimension, c.value, c.count "
                            "FROM population_benchmark b LEFT JOIN population_count c "
                            "ON c.benchmark_id = b.id WHERE b.municipality_code = ? "
                            "ORDER BY b.table_id, c.dimension, c.rowid", "t", municipality_code);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      if (current == NULL || current_id != rs_statement_column_int64 (stmt, 0))
        {
          current_id = rs_statement_column_int64 (stmt, 0);
          current = rs_benchmark_new (municipality_code, (const char *) rs_statement_column_text (stmt, 1));
#define TAKE(field, col) g_free (current->field); current->field = rs_column_dup_text (stmt, col)
          TAKE (period, 2);
          TAKE (retrieved_at, 3);
          TAKE (source_credit, 4);
          TAKE (updated, 5);
          TAKE (footnote, 6);
          TAKE (request, 7);
#undef TAKE
          g_ptr_array_add (list, current);
        }
      if (rs_statement_column_type (stmt, 8) != RS_SQL_NULL)
        rs_benchmark_add (current, (const char *) rs_statement_column_text (stmt, 8),
                          (const char *) rs_statement_column_text (stmt, 9), rs_statement_column_int64 (stmt, 10));
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

static RsBenchmark *
find_dimension (GPtrArray  *benchmarks,
                const char *dimension)
{
  for (guint b = 0; b < benchmarks->len; b++)
    if (rs_benchmark_total (g_ptr_array_index (benchmarks, b), dimension) > 0)
      return g_ptr_array_index (benchmarks, b);
  return NULL;
}

static gboolean
label_matches (RsCategoryValue *value,
               const char      *label)
{
  g_autofree char *l = g_utf8_casefold (label, -1);
  g_autofree char *n = g_utf8_casefold (value->name, -1);
  g_auto(GStrv) aliases = g_strsplit (value->aliases ? value->aliases : "", "|", -1);

  if (g_str_has_prefix (l, n) || g_str_has_prefix (n, l))
    return TRUE;
  for (guint i = 0; aliases[i]; i++)
    if (*aliases[i] && g_str_has_prefix (l, aliases[i]))
      return TRUE;
  return FALSE;
}

gboolean
rs_population_apply (GPtrArray  *benchmarks,
                     RsCategory *category,
                     int         min_age,
                     GError    **error)
{
  const char *dims[] = { "age", "sex", "origin", "socio" };
  const char *dim = NULL;
  RsBenchmark *bm = NULL;
  g_autofree double *sums = g_new0 (double, category->values->len);
  double total = 0;

  if (g_strcmp0 (category->preset, "age") == 0)
    dim = dims[0];
  else if (g_strcmp0 (category->preset, "gender") == 0)
    dim = dims[1];
  else if (g_strcmp0 (category->preset, "origin") == 0)
    dim = dims[2];
  else if (g_strcmp0 (category->preset, "socio-economic") == 0)
    dim = dims[3];
  if (dim != NULL)
    bm = find_dimension (benchmarks, dim);
  if (bm == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no population benchmark for category “%s”; fetch one from "
                     "Statistics Denmark first."), category->name);
      return FALSE;
    }
  for (guint i = 0; i < bm->counts->len; i++)
    {
      RsPopulationCount *c = g_ptr_array_index (bm->counts, i);
      int years = (int) g_ascii_strtoll (c->value, NULL, 10);

      if (!g_str_equal (c->dimension, dim) || (dim == dims[0] && years < min_age))
        continue;
      for (guint v = 0; v < category->values->len; v++)
        {
          RsCategoryValue *value = g_ptr_array_index (category->values, v);
          const char *canon = rs_category_value_canonical (category, value);
          int lo, hi;
          gboolean hit = dim == dims[0]
            ? rs_category_value_age_band (value, &lo, &hi) && years >= lo && years <= hi
            : dim == dims[3] ? label_matches (value, c->value)
            : g_strcmp0 (canon, c->value) == 0;
          if (hit)
            {
              sums[v] += c->count;
              total += c->count;
              break;
            }
        }
    }
  if (total <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The values of category “%s” do not match the groups of table %s."),
                   category->name, bm->table_id);
      return FALSE;
    }
  for (guint v = 0; v < category->values->len; v++)
    {
      RsCategoryValue *value = g_ptr_array_index (category->values, v);
      value->share = 100.0 * sums[v] / total;
    }
  return TRUE;
}

gboolean
rs_population_latest_source (RsDatabase *db,
                             gint64      process_id,
                             char      **credit_out,
                             char      **table_out,
                             char      **period_out,
                             GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  *credit_out = *table_out = *period_out = NULL;
  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT pb.source_credit, pb.table_id, pb.period FROM population_benchmark pb "
                            "JOIN budget_process bp ON bp.municipality_code = pb.municipality_code "
                            "WHERE bp.id = ? ORDER BY pb.retrieved_at DESC LIMIT 1", "i", process_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return FALSE;
    }
  if ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      const char *credit = (const char *) rs_statement_column_text (stmt, 0);
      const char *table = (const char *) rs_statement_column_text (stmt, 1);
      const char *period = (const char *) rs_statement_column_text (stmt, 2);

      *credit_out = g_strdup (credit ? credit : "");
      *table_out = g_strdup (table ? table : "");
      *period_out = g_strdup (period ? period : "");
      rc = RS_SQL_DONE;
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  return TRUE;
}
