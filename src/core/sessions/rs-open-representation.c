/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-open-representation"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "rs-age-bands.h"
#include "rs-districts.h"
#include "rs-open-meeting-store.h"
#include "rs-open-representation.h"
#include "rs-population.h"

static void
row_free (RsOpenReprRow *row)
{
  g_free (row->category);
  g_free (row->value);
  g_free (row);
}

void
rs_open_representation_free (RsOpenRepresentation *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self);
}

static RsOpenReprRow *
find_row (GPtrArray  *rows,
          const char *category,
          const char *value)
{
  for (guint i = 0; i < rows->len; i++)
    {
      RsOpenReprRow *r = g_ptr_array_index (rows, i);
      if (g_str_equal (r->category, category) && g_str_equal (r->value, value))
        return r;
    }
  return NULL;
}

static RsOpenReprRow *
add_row (GPtrArray  *rows,
         const char *category,
         const char *value)
{
  RsOpenReprRow *r = find_row (rows, category, value);

  if (r == NULL)
    {
      r = g_new0 (RsOpenReprRow, 1);
      r->category = g_strdup (category);
      r->value = g_strdup (value);
      r->population = -1;
      g_ptr_array_add (rows, r);
    }
  return r;
}

static int
band_lo (const char *value)
{
  int lo = 0, hi = 0;
  return rs_age_band_parse (value, &lo, &hi) ? lo : G_MAXINT;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const RsOpenReprRow *x = *(RsOpenReprRow **) a;
  const RsOpenReprRow *y = *(RsOpenReprRow **) b;
  int c = g_strcmp0 (x->category, y->category);

  if (c != 0)
    return c;   /* "age" before "district" */
  if (g_str_equal (x->category, "age"))
    return band_lo (x->value) < band_lo (y->value) ? -1 : band_lo (x->value) > band_lo (y->value);
  return 0;
}

/* The age population (single years) of the process's municipality, summed
 * into the bands of @rows, as shares of all the bands' ages. */
static gboolean
apply_age_population (RsDatabase *db,
                      gint64      process_id,
                      GPtrArray  *rows,
                      GError    **error)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, "SELECT coalesce(municipality_code, '') "
                                                    "FROM budget_process WHERE id = ?", "i", process_id);
  g_autofree char *code = NULL;
  g_autoptr(GPtrArray) benchmarks = NULL;
  double total = 0;
  g_autofree double *sums = NULL;

  if (stmt == NULL)
    return FALSE;
  if (rs_statement_step (stmt) == RS_SQL_ROW)
    code = rs_column_dup_text (stmt, 0);
  if (code == NULL || *code == '\0')
    return TRUE;
  if ((benchmarks = rs_population_load (db, code, error)) == NULL)
    return FALSE;
  sums = g_new0 (double, rows->len);
  for (guint b = 0; b < benchmarks->len; b++)
    {
      RsBenchmark *bm = g_ptr_array_index (benchmarks, b);
      gboolean any = FALSE;

      for (guint c = 0; c < bm->counts->len; c++)
        {
          RsPopulationCount *pc = g_ptr_array_index (bm->counts, c);
          char *end = NULL;
          int age;

          if (g_strcmp0 (pc->dimension, "age") != 0)
            continue;
          age = (int) strtol (pc->value, &end, 10);
          if (end == pc->value)
            continue;
          for (guint i = 0; i < rows->len; i++)
            {
              RsOpenReprRow *r = g_ptr_array_index (rows, i);
              int lo, hi;

              if (g_str_equal (r->category, "age") && rs_age_band_parse (r->value, &lo, &hi) &&
                  age >= lo && age <= hi)
                {
                  sums[i] += pc->count;
                  total += pc->count;
                  any = TRUE;
                  break;
                }
            }
        }
      if (any)
        break;   /* one table of ages is enough */
    }
  if (total <= 0)
    return TRUE;
  for (guint i = 0; i < rows->len; i++)
    {
      RsOpenReprRow *r = g_ptr_array_index (rows, i);
      if (g_str_equal (r->category, "age"))
        r->population = 100.0 * sums[i] / total;
    }
  return TRUE;
}

RsOpenRepresentation *
rs_open_representation_load (RsDatabase *db,
                             gint64      process_id,
                             gint64      session_id,
                             GError    **error)
{
  g_autoptr(RsOpenRepresentation) self = g_new0 (RsOpenRepresentation, 1);
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) districts = NULL;
  g_autoptr(GPtrArray) district_rows = g_ptr_array_new ();
  gint64 population_total = 0;
  int with_band = 0, in_target = 0, rc;

  self->session_id = session_id;
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self->target_actual = -1;
  rs_database_lock (db);
  if (session_id != 0)
    {
      stmt = rs_database_query (db, error, "SELECT process_id, title FROM session WHERE id = ?", "i",
                                session_id);
      if (stmt == NULL)
        goto fail;
      if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
        {
          if (rc == RS_SQL_DONE)
            g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                         _("There is no session with id %lld."), (long long) session_id);
          else
            rs_database_set_error (db, rc, error);
          goto fail;
        }
      process_id = rs_statement_column_int64 (stmt, 0);
      self->title = rs_column_dup_text (stmt, 1);
      g_clear_pointer (&stmt, rs_statement_finalize);
      {
        int from = 0, to = 0;
        double share = 0;
        g_autoptr(GError) local = NULL;
        if (rs_open_meeting_store_get_target (db, session_id, &from, &to, &share, &local))
          {
            self->has_target = TRUE;
            self->target_from = from;
            self->target_to = to;
            self->target_share = share;
          }
        else if (local != NULL)
          {
            g_propagate_error (error, g_steal_pointer (&local));
            goto fail;
          }
      }
    }
  else
    self->title = g_strdup (_("All open meetings"));

  /* The district list first, so its order holds. */
  if ((districts = rs_districts_list (db, process_id, error)) == NULL)
    goto fail;
  for (guint i = 0; i < districts->len; i++)
    {
      RsDistrict *d = g_ptr_array_index (districts, i);
      RsOpenReprRow *r = add_row (self->rows, "district", d->name);
      g_ptr_array_add (district_rows, r);
      if (d->population > 0)
        population_total += d->population;
    }
  if (population_total > 0)
    for (guint i = 0; i < districts->len; i++)
      {
        RsDistrict *d = g_ptr_array_index (districts, i);
        RsOpenReprRow *r = g_ptr_array_index (district_rows, i);
        r->population = d->population >= 0 ? 100.0 * d->population / population_total : -1;
      }

  stmt = rs_database_query (db, error,
                            "SELECT p.age_band, p.district, coalesce(r.attended, 0) FROM open_registration r "
                            "JOIN participant p ON p.id = r.participant_id JOIN session s ON "
                            "s.id = r.session_id WHERE s.process_id = ?1 AND (?2 = 0 OR s.id = ?2) "
                            "AND r.status <> 'cancelled'", "ii", process_id, session_id);
  if (stmt == NULL)
    goto fail;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      const char *band = (const char *) rs_statement_column_text (stmt, 0);
      const char *district = (const char *) rs_statement_column_text (stmt, 1);
      gboolean attended = rs_statement_column_int (stmt, 2) == 1;
      int lo, hi;

      self->registered++;
      if (attended)
        self->attended++;
      if (band != NULL && *band && rs_age_band_parse (band, &lo, &hi))
        {
          RsOpenReprRow *r = add_row (self->rows, "age", band);
          r->registered++;
          r->attended += attended;
          with_band++;
          if (self->has_target && lo >= self->target_from && hi <= self->target_to)
            in_target++;
        }
      else
        self->no_age++;
      if (district != NULL && *district)
        {
          RsOpenReprRow *r = add_row (self->rows, "district", district);
          r->registered++;
          r->attended += attended;
        }
      else
        self->no_district++;
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      goto fail;
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  if (self->has_target && with_band > 0)
    self->target_actual = 100.0 * in_target / with_band;
  g_ptr_array_sort (self->rows, compare_rows);
  if (!apply_age_population (db, process_id, self->rows, error))
    goto fail;
  rs_database_unlock (db);
  return g_steal_pointer (&self);

fail:
  rs_database_unlock (db);
  return NULL;
}

char *
rs_open_representation_count (int count,
                              int small_cell_limit)
{
  if (count > 0 && count < small_cell_limit)
    return g_strdup_printf ("< %d", small_cell_limit);
  return g_strdup_printf ("%d", count);
}

char *
rs_open_representation_share (int count,
                              int total,
                              int small_cell_limit)
{
  if (total <= 0 || (count > 0 && count < small_cell_limit))
    return g_strdup ("–");
  return g_strdup_printf ("%.0f %%", 100.0 * count / total);
}

char *
rs_open_representation_target_text (RsOpenRepresentation *self)
{
  if (!self->has_target)
    return NULL;
  if (self->target_actual < 0)
    return g_strdup_printf (_("Target: %.0f %% aged %d–%d. Nobody has given an age yet."),
                            self->target_share, self->target_from, self->target_to);
  return g_strdup_printf (_("Target: %.0f %% aged %d–%d. Now: %.0f %% of those who gave an age."),
                          self->target_share, self->target_from, self->target_to,
                          self->target_actual);
}

char *
rs_open_representation_to_text (RsOpenRepresentation *self,
                                 int                   small_cell_limit)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *target = rs_open_representation_target_text (self);

  g_string_append_printf (out, "%s\n", self->title);
  g_string_append_printf (out, _("Registered: %d. Attended: %d.\n"), self->registered, self->attended);
  g_string_append_printf (out, "%-10s %-24s %10s %8s %11s %9s\n", _("Category"), _("Value"),
                          _("Registered"), _("Share"), _("Population"), _("Attended"));
  for (guint i = 0; i < self->rows->len; i++)
    {
      RsOpenReprRow *r = g_ptr_array_index (self->rows, i);
      g_autofree char *count = rs_open_representation_count (r->registered, small_cell_limit);
      g_autofree char *share = rs_open_representation_share (r->registered, self->registered,
                                                             small_cell_limit);
      g_autofree char *attended = rs_open_representation_count (r->attended, small_cell_limit);
      g_autofree char *population = r->population >= 0 ? g_strdup_printf ("%.0f %%", r->population)
                                                        : g_strdup ("–");

      g_string_append_printf (out, "%-10s %-24s %10s %8s %11s %9s\n",
                              g_str_equal (r->category, "age") ? _("Age") : _("District"),
                              r->value, count, share, population, attended);
    }
  if (self->no_age > 0 || self->no_district > 0)
    {
      g_autofree char *a = rs_open_representation_count (self->no_age, small_cell_limit);
      g_autofree char *d = rs_open_representation_count (self->no_district, small_cell_limit);
      g_string_append_printf (out, _("No age given: %s. No district given: %s.\n"), a, d);
    }
  if (target != NULL)
    g_string_append_printf (out, "%s\n", target);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct
{
  gint64 process_id;
  gint64 session_id;
} LoadOp;

static gpointer
load_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  LoadOp *op = data;
  return rs_open_representation_load (db, op->process_id, op->session_id, error);
}

void
rs_open_representation_load_async (RsDatabase          *db,
                                   gint64               process_id,
                                   gint64               session_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  LoadOp *op = g_new0 (LoadOp, 1);

  op->process_id = process_id;
  op->session_id = session_id;
  rs_database_run_async (db, load_job, op, g_free, (GDestroyNotify) rs_open_representation_free,
                         cancellable, callback, user_data);
}

RsOpenRepresentation *
rs_open_representation_load_finish (RsDatabase   *db,
                                    GAsyncResult *result,
                                    GError      **error)
{
  return rs_database_run_finish (db, result, error);
}
