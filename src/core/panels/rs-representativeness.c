/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-representativeness"

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <glib/gstdio.h>

#include "rs-numeric-locale.h"
#include "rs-report-i18n.h"

#include "rs-csv-writer.h"
#include "rs-panel-store.h"
#include "rs-representativeness.h"

#define ROW_HEIGHT 14.0
#define HEADER_HEIGHT 26.0
#define LABEL_WIDTH 190.0
#define MARGIN 12.0

static void
row_free (gpointer data)
{
  RsReprRow *row = data;

  g_free (row->category);
  g_free (row->value);
  g_free (row);
}

void
rs_representativeness_free (RsRepresentativeness *self)
{
  if (self == NULL)
    return;
  g_free (self->panel_name);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

/* The definitions of rs-representativeness.h, in SQL, over person p. */
#define NOT_CHAIR "p.role != 'chair'"
#define SELECTED "(p.status IN ('selected', 'confirmed') AND p.role != 'chair')"
#define PRESENT_ONCE "EXISTS (SELECT 1 FROM registration r JOIN session s ON s.id = r.session_id " \
                     "WHERE r.person_id = p.id AND r.attended = 1 AND s.panel_id = p.panel_id)"
#define ATTENDED "(" SELECTED " AND " PRESENT_ONCE ")"
#define PRESENT_ALL "((SELECT count(*) FROM registration r JOIN session s ON s.id = r.session_id " \
                    "WHERE r.person_id = p.id AND r.attended = 1 AND s.panel_id = p.panel_id) = " \
                    "(SELECT count(*) FROM session s WHERE s.panel_id = p.panel_id))"

RsRepresentativeness *
rs_representativeness_load (RsDatabase *db,
                            gint64      panel_id,
                            GError    **error)
{
  g_autoptr(RsRepresentativeness) self = g_new0 (RsRepresentativeness, 1);
  g_autoptr(RsStatement) panel = NULL;
  g_autoptr(RsStatement) totals = NULL;
  g_autoptr(RsStatement) stmt = NULL;
  int rc = RS_SQL_DONE;

  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->panel_id = panel_id;
  rs_database_lock (db);
  panel = rs_database_query (db, error,
                             "SELECT name, size, has_chair, quota_tolerance, "
                             "(SELECT count(*) FROM session WHERE panel_id = panel.id) FROM panel WHERE id = ?",
                             "i", panel_id);
  if (panel == NULL || rs_statement_step (panel) != RS_SQL_ROW)
    {
      if (panel != NULL)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no panel with id %lld."), (long long) panel_id);
      rs_database_unlock (db);
      return NULL;
    }
  self->panel_name = rs_column_dup_text (panel, 0);
  self->size = rs_statement_column_int (panel, 1);
  self->has_chair = rs_statement_column_int (panel, 2) != 0;
  self->tolerance = rs_statement_column_double (panel, 3) > 0 ? rs_statement_column_double (panel, 3) : 5.0;
  self->sessions = rs_statement_column_int (panel, 4);

  totals = rs_database_query (db, error,
                              "SELECT coalesce(sum(" NOT_CHAIR "), 0), coalesce(sum(" SELECTED "), 0), "
                              "coalesce(sum(" ATTENDED "), 0), "
                              "coalesce(sum(p.status = 'dropped-out' AND " NOT_CHAIR "), 0), "
                              "coalesce(sum(p.role = 'chair'), 0), "
                              "coalesce(sum(p.role = 'chair' AND " PRESENT_ONCE "), 0), "
                              "coalesce(sum(" ATTENDED " AND " PRESENT_ALL "), 0) "
                              "FROM person p WHERE p.panel_id = ?", "i", panel_id);
  if (totals && rs_statement_step (totals) == RS_SQL_ROW)
    {
      self->pool_total = rs_statement_column_int (totals, 0);
      self->selected_total = rs_statement_column_int (totals, 1);
      self->attended_total = rs_statement_column_int (totals, 2);
      self->dropped_out_total = rs_statement_column_int (totals, 3);
      self->chair_total = rs_statement_column_int (totals, 4);
      self->chair_attended = rs_statement_column_int (totals, 5);
      self->attended_all_total = rs_statement_column_int (totals, 6);
    }
  stmt = rs_database_query (db, error,
                            "SELECT c.name, v.name, c.sensitive, v.target_share, v.quota_min, v.quota_max, "
                            "count(p.id), coalesce(sum(" SELECTED "), 0), coalesce(sum(" ATTENDED "), 0), "
                            "(SELECT 100.0 * pc.count / (SELECT sum(pc2.count) FROM population_count pc2 "
                            "   WHERE pc2.benchmark_id = pc.benchmark_id AND pc2.dimension = pc.dimension) "
                            " FROM population_count pc JOIN population_benchmark pb ON pb.id = pc.benchmark_id "
                            " JOIN panel pn ON pn.id = c.panel_id JOIN budget_process bp ON bp.id = pn.process_id "
                            " WHERE pb.municipality_code = bp.municipality_code "
                            " AND (pc.dimension = c.name OR pc.dimension = c.preset) AND pc.value = v.name "
                            " LIMIT 1) "
                            "FROM category c JOIN category_value v ON v.category_id = c.id "
                            "LEFT JOIN person_attribute a ON a.value_id = v.id "
                            "LEFT JOIN person p ON p.id = a.person_id AND " NOT_CHAIR " "
                            "WHERE c.panel_id = ? GROUP BY c.id, v.id ORDER BY c.position, c.id, v.position, v.id",
                            "i", panel_id);
  while (stmt && (rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsReprRow *row = g_new0 (RsReprRow, 1);

      row->category = rs_column_dup_text (stmt, 0);
      row->value = rs_column_dup_text (stmt, 1);
      row->sensitive = rs_statement_column_int (stmt, 2);
      row->target = rs_statement_column_type (stmt, 3) == RS_SQL_NULL ? -1 : rs_statement_column_double (stmt, 3);
      row->min = rs_statement_column_type (stmt, 4) == RS_SQL_NULL ? -1 : rs_statement_column_int (stmt, 4);
      row->max = rs_statement_column_type (stmt, 5) == RS_SQL_NULL ? -1 : rs_statement_column_int (stmt, 5);
      row->pool = rs_statement_column_int (stmt, 6);
      row->selected = rs_statement_column_int (stmt, 7);
      row->attended = rs_statement_column_int (stmt, 8);
      row->population = rs_statement_column_type (stmt, 9) == RS_SQL_NULL ? -1 : rs_statement_column_double (stmt, 9);
      g_ptr_array_add (self->rows, row);
    }
  if (stmt != NULL && rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      rs_database_unlock (db);
      return NULL;
    }
  rs_database_unlock (db);
  if (stmt == NULL || totals == NULL)
    return NULL;
  return g_steal_pointer (&self);
}

#undef NOT_CHAIR
#undef SELECTED
#undef PRESENT_ONCE
#undef ATTENDED
#undef PRESENT_ALL

GArray *
rs_representativeness_panels (RsDatabase *db,
                              gint64      process_id,
                              GError    **error)
{
  return rs_database_query_ids (db, error,
                                "SELECT id FROM panel pn WHERE process_id = ? AND (EXISTS (SELECT 1 FROM category "
                                "WHERE panel_id = pn.id) OR EXISTS (SELECT 1 FROM person WHERE panel_id = pn.id)) "
                                "ORDER BY id", "i", process_id);
}

static const char *
gettext_translate (gpointer    data,
                   const char *msgid)
{
  return _(msgid);
}

typedef const char *(*Translate) (gpointer, const char *);

static const char *tr (Translate   translate,
                       gpointer    data,
                       const char *msgid) G_GNUC_FORMAT (3);

static const char *
tr (Translate   translate,
    gpointer    data,
    const char *msgid)
{
  return translate (data, msgid);
}

static char *
count_text (int n,
            int limit)
{
  /* As everywhere: 0 < n < limit is suppressed. */
  return limit > 0 && n > 0 && n < limit ? g_strdup_printf ("< %d", limit) : g_strdup_printf ("%d", n);
}

char *
rs_representativeness_summary (RsRepresentativeness *self,
                               int                   small_cell_limit,
                               const char *(*translate) (gpointer, const char *),
                               gpointer              data)
{
  GString *out = g_string_new (NULL);
  g_autofree char *selected = count_text (self->selected_total, small_cell_limit);
  g_autofree char *dropped = count_text (self->dropped_out_total, small_cell_limit);
  g_autofree char *attended = count_text (self->attended_total, small_cell_limit);
  g_autofree char *attended_all = count_text (self->attended_all_total, small_cell_limit);

  if (translate == NULL)
    translate = gettext_translate;
  g_string_append_printf (out, tr (translate, data, N_("Selected: %s of %d seats.")), selected, self->size);
  if (self->dropped_out_total > 0)
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out, tr (translate, data, N_("Dropped out: %s.")), dropped);
    }
  if (self->sessions > 0)
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out, tr (translate, data, N_("Attended at least one meeting: %s of the selected.")),
                              attended);
      if (self->sessions > 1)
        {
          g_string_append_c (out, ' ');
          g_string_append_printf (out, tr (translate, data, N_("Attended all %d meetings: %s.")),
                                  self->sessions, attended_all);
        }
    }
  if (self->chair_total > 0)
    {
      g_string_append_c (out, ' ');
      g_string_append (out, tr (translate, data, N_("The chair is not one of the seats and is not counted in the figures.")));
    }
  return g_string_free (out, FALSE);
}

int
rs_repr_count (RsReprRow  *row,
               RsReprGroup group)
{
  return group == RS_REPR_POOL ? row->pool : group == RS_REPR_SELECTED ? row->selected : row->attended;
}

static int
group_total (RsRepresentativeness *self,
             RsReprGroup           group)
{
  return group == RS_REPR_POOL ? self->pool_total
       : group == RS_REPR_SELECTED ? self->selected_total : self->attended_total;
}

double
rs_repr_share (RsRepresentativeness *self,
               RsReprRow            *row,
               RsReprGroup           group)
{
  int total = group_total (self, group);

  return total > 0 ? 100.0 * rs_repr_count (row, group) / total : -1;
}

gboolean
rs_repr_gap_exceeded (RsRepresentativeness *self,
                      RsReprRow            *row,
                      RsReprGroup           group)
{
  double share = rs_repr_share (self, row, group);

  return row->target >= 0 && share >= 0 && fabs (share - row->target) > self->tolerance + 1e-9;
}

gboolean
rs_repr_feasible (RsReprRow *row)
{
  return row->pool >= MAX (row->min, 0);
}

static void
append_count (RsCsvWriter *out,
              int          count,
              int          total,
              int          limit)
{
  char share[G_ASCII_DTOSTR_BUF_SIZE];

  if (total == 0)
    {
      rs_csv_writer_add_plain (out, "");
      rs_csv_writer_add_plain (out, "");
    }
  else if (limit > 0 && count > 0 && count < limit)
    {
      rs_csv_writer_add_printf (out, "<%d", limit);
      rs_csv_writer_add_plain (out, "");
    }
  else
    {
      rs_csv_writer_add_printf (out, "%d", count);
      rs_csv_writer_add_plain (out, g_ascii_formatd (share, sizeof share, "%.1f",
                                                     100.0 * count / total));
    }
}

char *
rs_representativeness_to_csv (RsRepresentativeness *self,
                              int                   small_cell_limit)
{
  static const char * const header[] = {
    "category", "value", "target_share", "quota_min", "quota_max", "pool", "pool_share",
    "selected", "selected_share", "attended", "attended_share", "feasible", "population_share",
    NULL
  };
  RsCsvWriter *out = rs_csv_writer_new (',', RS_CSV_WRITER_CRLF);

  rs_csv_writer_add_row (out, header);
  for (guint i = 0; i < self->rows->len; i++)
    {
      RsReprRow *row = g_ptr_array_index (self->rows, i);
      char number[G_ASCII_DTOSTR_BUF_SIZE] = "";

      rs_csv_writer_add (out, row->category);
      rs_csv_writer_add (out, row->value);
      if (row->target >= 0)
        g_ascii_formatd (number, sizeof number, "%.1f", row->target);
      rs_csv_writer_add_plain (out, number);
      if (row->min >= 0)
        rs_csv_writer_add_printf (out, "%d", row->min);
      else
        rs_csv_writer_add_plain (out, "");
      if (row->max >= 0)
        rs_csv_writer_add_printf (out, "%d", row->max);
      else
        rs_csv_writer_add_plain (out, "");
      append_count (out, row->pool, self->pool_total, small_cell_limit);
      append_count (out, row->selected, self->selected_total, small_cell_limit);
      append_count (out, row->attended, self->attended_total, small_cell_limit);
      rs_csv_writer_add_plain (out, rs_repr_feasible (row) ? "yes" : "no");
      number[0] = '\0';
      if (row->population >= 0)
        g_ascii_formatd (number, sizeof number, "%.1f", row->population);
      rs_csv_writer_add_plain (out, number);
      rs_csv_writer_end_row (out);
    }
  {
    g_autofree char *summary = rs_representativeness_summary (self, small_cell_limit, NULL, NULL);
    g_autofree char *seats = g_strdup_printf ("%d", self->size);
    g_autofree char *chair = g_strdup_printf ("%d", self->chair_total);
    g_autofree char *selected = count_text (self->selected_total, small_cell_limit);
    g_autofree char *attended = count_text (self->attended_total, small_cell_limit);
    g_autofree char *dropped = count_text (self->dropped_out_total, small_cell_limit);
    const char * const totals[] = {
      "seats", seats, "selected", selected, "attended", attended, "dropped_out", dropped,
      "chair", chair, NULL
    };

    rs_csv_writer_add_row (out, totals);
    rs_csv_writer_add (out, summary);
    rs_csv_writer_end_row (out);
  }
  rs_csv_writer_add_plain (out, "Population targets: Kilde: Danmarks Statistik where fetched");
  rs_csv_writer_end_row (out);
  return rs_csv_writer_free_to_string (out);
}

/* Chart */

static const double group_colors[3][3] = {
  { 0.21, 0.52, 0.89 },  /* pool: blue */
  { 0.18, 0.76, 0.49 },  /* selected: green */
  { 0.96, 0.76, 0.07 },  /* attended: yellow */
};

static guint
n_categories (RsRepresentativeness *self)
{
  guint n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    if (i == 0 || g_strcmp0 (((RsReprRow *) self->rows->pdata[i])->category,
                             ((RsReprRow *) self->rows->pdata[i - 1])->category) != 0)
      n++;
  return n;
}

double
rs_representativeness_height (RsRepresentativeness *self)
{
  return 2 * MARGIN + HEADER_HEIGHT + n_categories (self) * 24.0 + self->rows->len * (3 * ROW_HEIGHT + 6);
}

static void
draw_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      max_width,
           gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (bold ? "Sans Bold 9" : "Sans 8.5");

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
}

void
rs_representativeness_draw (RsRepresentativeness *self,
                            cairo_t              *cr,
                            double                width,
                            int                   small_cell_limit)
{
  const char *names[] = { C_("chart legend", "Pool"), C_("chart legend", "Selected"),
                          C_("chart legend", "Attended") };
  double bar_x = MARGIN + LABEL_WIDTH, bar_w = MAX (width - bar_x - MARGIN - 60, 50);
  double y = MARGIN;
  double scale = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      RsReprRow *row = g_ptr_array_index (self->rows, i);
      scale = MAX (scale, row->target);
      for (int g = 0; g < 3; g++)
        scale = MAX (scale, rs_repr_share (self, row, g));
    }
  scale = scale > 0 ? MIN (100, ceil (scale / 10) * 10) : 100;

  cairo_save (cr);
  /* Legend */
  for (int g = 0; g < 3; g++)
    {
      cairo_set_source_rgb (cr, group_colors[g][0], group_colors[g][1], group_colors[g][2]);
      cairo_rectangle (cr, bar_x + g * 110, y + 4, 12, 10);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      draw_text (cr, names[g], bar_x + g * 110 + 16, y + 1, 90, FALSE);
    }
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_rectangle (cr, bar_x + 3 * 110, y + 2, 2, 14);
  cairo_fill (cr);
  draw_text (cr, C_("chart legend", "Target"), bar_x + 3 * 110 + 6, y + 1, 90, FALSE);
  y += HEADER_HEIGHT;

  for (guint i = 0; i < self->rows->len; i++)
    {
      RsReprRow *row = g_ptr_array_index (self->rows, i);
      double row_y;

      if (i == 0 || g_strcmp0 (row->category, ((RsReprRow *) self->rows->pdata[i - 1])->category) != 0)
        {
          g_autofree char *title = row->sensitive
            ? g_strdup_printf (_("%s (sensitive)"), row->category) : g_strdup (row->category);
          cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          draw_text (cr, title, MARGIN, y + 4, width - 2 * MARGIN, TRUE);
          y += 24;
        }
      row_y = y;
      cairo_set_source_rgb (cr, rs_repr_feasible (row) ? 0.2 : 0.75, 0.2, 0.2);
      draw_text (cr, row->value, MARGIN + 8, row_y + ROW_HEIGHT / 2, LABEL_WIDTH - 16, FALSE);
      for (int g = 0; g < 3; g++)
        {
          double share = rs_repr_share (self, row, g);
          double by = row_y + g * ROW_HEIGHT;
          int count = rs_repr_count (row, g);

          if (share < 0)
            continue;
          if (small_cell_limit > 0 && count > 0 && count < small_cell_limit)
            {
              g_autofree char *note = g_strdup_printf ("<%d", small_cell_limit);
              cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
              draw_text (cr, note, bar_x + 2, by, 60, FALSE);
              continue;
            }
          cairo_set_source_rgb (cr, group_colors[g][0], group_colors[g][1], group_colors[g][2]);
          cairo_rectangle (cr, bar_x, by + 1, bar_w * share / scale, ROW_HEIGHT - 3);
          cairo_fill (cr);
          if (rs_repr_gap_exceeded (self, row, g))
            {
              cairo_set_source_rgb (cr, 0.75, 0.11, 0.16);
              cairo_set_line_width (cr, 1.5);
              cairo_rectangle (cr, bar_x, by + 1, bar_w * share / scale, ROW_HEIGHT - 3);
              cairo_stroke (cr);
            }
          {
            g_autofree char *label = g_strdup_printf ("%.0f %%", share);
            cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
            draw_text (cr, label, bar_x + bar_w * share / scale + 4, by - 1, 56, FALSE);
          }
        }
      if (row->target >= 0)
        {
          cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          cairo_rectangle (cr, bar_x + bar_w * row->target / scale - 1, row_y, 2, 3 * ROW_HEIGHT);
          cairo_fill (cr);
        }
      y += 3 * ROW_HEIGHT + 6;
    }
  cairo_restore (cr);
}

gboolean
rs_representativeness_export_chart (RsRepresentativeness *self,
                                    const char           *path,
                                    int                   small_cell_limit,
                                    const char           *language,
                                    GError              **error)
{
  g_autoptr(RsReportScope) scope = rs_report_scope_begin (language);
  g_autoptr(RsNumericLocale) numeric = rs_numeric_locale_begin ();
  /* The exported chart carries the panel's name and the same totals as the
   * page and the council package (small cells suppressed). */
  const double title_height = 52;
  double width = 760, height = rs_representativeness_height (self) + title_height;
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autofree char *summary = rs_representativeness_summary (self, small_cell_limit, NULL, NULL);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (g_str_has_suffix (lower, ".pdf"))
    surface = cairo_pdf_surface_create (path, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  draw_text (cr, self->panel_name ? self->panel_name : "", MARGIN, MARGIN - 4, width - 2 * MARGIN, TRUE);
  {
    PangoLayout *layout = pango_cairo_create_layout (cr);
    PangoFontDescription *font = pango_font_description_from_string ("Sans 8.5");

    pango_layout_set_font_description (layout, font);
    pango_layout_set_text (layout, summary, -1);
    pango_layout_set_width (layout, (int) ((width - 2 * MARGIN) * PANGO_SCALE));
    pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
    cairo_move_to (cr, MARGIN, MARGIN + 12);
    pango_cairo_show_layout (cr, layout);
    pango_font_description_free (font);
    g_object_unref (layout);
  }
  cairo_translate (cr, 0, title_height);
  rs_representativeness_draw (self, cr, width, small_cell_limit);
  cairo_destroy (cr);
  if (g_str_has_suffix (lower, ".pdf"))
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  else
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (path);   /* no half-written chart */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the chart to %s: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

void
rs_process_representativeness_free (RsProcessRepresentativeness *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->panels);
  g_clear_pointer (&self->data, rs_representativeness_free);
  g_free (self);
}

typedef struct
{
  gint64 process_id;
  gint64 panel_id;
} ProcessLoad;

static gpointer
process_load_job (RsDatabase   *db,
                  gpointer      data,
                  GCancellable *cancellable,
                  GError      **error)
{
  ProcessLoad *args = data;
  g_autoptr(GListStore) panels = rs_panel_store_list (db, args->process_id, error);
  RsProcessRepresentativeness *out;
  gint64 panel_id = args->panel_id;
  gboolean found = FALSE;

  if (panels == NULL)
    return NULL;
  /* A panel that was deleted meanwhile falls back to the first one. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (panels)); i++)
    {
      g_autoptr(RsPanel) panel = g_list_model_get_item (G_LIST_MODEL (panels), i);
      if (rs_panel_get_id (panel) == panel_id)
        found = TRUE;
    }
  if (!found)
    {
      g_autoptr(RsPanel) first = g_list_model_get_item (G_LIST_MODEL (panels), 0);
      panel_id = first ? rs_panel_get_id (first) : 0;
    }
  out = g_new0 (RsProcessRepresentativeness, 1);
  out->panels = g_steal_pointer (&panels);
  out->panel_id = panel_id;
  if (panel_id != 0)
    {
      out->data = rs_representativeness_load (db, panel_id, error);
      if (out->data == NULL)
        {
          rs_process_representativeness_free (out);
          return NULL;
        }
    }
  return out;
}

void
rs_process_representativeness_load_async (RsDatabase          *db,
                                          gint64               process_id,
                                          gint64               panel_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  ProcessLoad args = { process_id, panel_id };

  rs_database_run_async (db, process_load_job, g_memdup2 (&args, sizeof args), g_free,
                         (GDestroyNotify) rs_process_representativeness_free, cancellable,
                         callback, user_data);
}

RsProcessRepresentativeness *
rs_process_representativeness_load_finish (RsDatabase    *db,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  return rs_database_run_finish (db, result, error);
}
