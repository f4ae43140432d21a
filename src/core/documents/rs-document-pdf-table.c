/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-document-pdf"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-document-pdf-private.h"

/* Tables in the PDF writer: column widths from the content, cells that
 * wrap, rows that move to the next page when they do not fit or break
 * between lines when taller than a page, and the header row repeated on
 * every page the table continues on. */

/* Column widths for a table: each column gets its natural width if the
 * table fits, otherwise the space is shared out ("water filling") so
 * narrow columns keep their width and wide ones wrap. */
static double *
table_widths (RsPdf         *pdf,
              const RsBlock *block)
{
  guint n = block->n_columns;
  double *natural = g_new0 (double, n);
  double *widths = g_new0 (double, n);
  gboolean *fixed = g_new0 (gboolean, n);
  double total = 0, left = TEXT_WIDTH;
  guint n_left = n;

  for (guint r = 0; r <= block->rows->len; r++)
    {
      GStrv cells = r == 0 ? block->items : g_ptr_array_index (block->rows, r - 1);

      for (guint c = 0; c < n; c++)
        {
          g_autoptr(PangoLayout) layout = _rs_pdf_new_layout (pdf, cells[c], 9.5,
                                                      r == 0 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                                      PANGO_STYLE_NORMAL, -1);
          int w;

          pango_layout_get_size (layout, &w, NULL);
          natural[c] = MAX (natural[c], (double) w / PANGO_SCALE + 2 * CELL_PADDING + 1);
        }
    }
  for (guint c = 0; c < n; c++)
    total += natural[c];
  if (total <= TEXT_WIDTH)
    {
      for (guint c = 0; c < n; c++)
        widths[c] = natural[c] + (TEXT_WIDTH - total) / n;
    }
  else
    {
      gboolean changed = TRUE;

      while (changed && n_left > 0)
        {
          changed = FALSE;
          for (guint c = 0; c < n; c++)
            if (!fixed[c] && natural[c] <= left / n_left)
              {
                widths[c] = natural[c];
                fixed[c] = TRUE;
                left -= natural[c];
                n_left--;
                changed = TRUE;
                break;
              }
        }
      for (guint c = 0; c < n; c++)
        if (!fixed[c])
          widths[c] = left / n_left;
    }
  g_free (natural);
  g_free (fixed);
  return widths;
}

/* Measures (and with @draw, draws) the lines of a cell from line @from
 * that fit into @avail points; returns how many and their height. */
static int
cell_lines (RsPdf       *pdf,
            PangoLayout *layout,
            int          from,
            double       avail,
            gboolean     force,
            gboolean     draw,
            double       x,
            double      *height)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double offset = 0;
  int index = 0, taken = 0;

  *height = 0;
  do
    {
      PangoRectangle logical;
      double top, bottom;

      if (index++ < from)
        continue;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      bottom = top + (double) logical.height / PANGO_SCALE;
      if (taken == 0)
        offset = top;
      if (bottom - offset > avail && !(force && taken == 0))
        break;
      if (draw)
        {
          cairo_move_to (pdf->cr, x + (double) logical.x / PANGO_SCALE,
                         pdf->y + CELL_PADDING - offset
                         + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
          pango_cairo_show_layout_line (pdf->cr, pango_layout_iter_get_line_readonly (iter));
        }
      *height = bottom - offset;
      taken++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return taken;
}

void
_rs_pdf_draw_table_row (RsPdf    *pdf,
                        GStrv     cells,
                        gboolean  header,
                        int       row)
{
  guint n = pdf->table->n_columns;
  const RsBlock *table = pdf->table;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree int *next = g_new0 (int, n);
  double full = 0;

  for (guint c = 0; c < n; c++)
    {
      PangoLayout *layout = _rs_pdf_new_layout (pdf, cells[c], 9.5,
                                        header ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                        PANGO_STYLE_NORMAL, pdf->table_widths[c] - 2 * CELL_PADDING);
      pango_layout_set_line_spacing (layout, 1.1f);
      g_ptr_array_add (layouts, layout);
      full = MAX (full, _rs_pdf_layout_height (layout));
    }
  full += 2 * CELL_PADDING;

  /* A row that fits on a page is never split: it moves to the next page. */
  pdf->table = NULL;   /* no header repeat while drawing the header itself */
  if (!header && pdf->y + full > BOTTOM && !_rs_pdf_at_page_top (pdf)
      && full <= BOTTOM - MARGIN_TOP - 40)
    {
      pdf->table = table;
      _rs_pdf_new_page (pdf);
      pdf->table = NULL;
    }

  for (;;)
    {
      double avail = BOTTOM - pdf->y - 2 * CELL_PADDING;
      double chunk = 0, x = MARGIN_LEFT;
      g_autofree int *taken = g_new0 (int, n);
      gboolean done = TRUE, any = FALSE;

      for (guint c = 0; c < n; c++)
        {
          double h;
          int count = pango_layout_get_line_count (g_ptr_array_index (layouts, c));

          if (next[c] >= count)
            continue;
          taken[c] = cell_lines (pdf, g_ptr_array_index (layouts, c), next[c], avail,
                                           _rs_pdf_at_page_top (pdf), FALSE, 0, &h);
          chunk = MAX (chunk, h);
          any |= taken[c] > 0;
        }
      if (!any && !_rs_pdf_at_page_top (pdf))
        {
          pdf->table = table;
          _rs_pdf_new_page (pdf);
          pdf->table = NULL;
          continue;
        }
      chunk += 2 * CELL_PADDING;
      for (guint c = 0; c < n; c++)
        {
          double w = pdf->table_widths[c], h;

          if (pdf->draw)
            {
              if (header)
                cairo_set_source_rgb (pdf->cr, 0.871, 0.867, 0.855);
              else if (row % 2 == 0)
                cairo_set_source_rgb (pdf->cr, 0.965, 0.961, 0.957);
              else
                cairo_set_source_rgb (pdf->cr, 1, 1, 1);
              cairo_rectangle (pdf->cr, x, pdf->y, w, chunk);
              cairo_fill_preserve (pdf->cr);
              _rs_pdf_set_color (pdf, &_rs_pdf_rule_color);
              cairo_set_line_width (pdf->cr, 0.5);
              cairo_stroke (pdf->cr);
              _rs_pdf_set_color (pdf, &_rs_pdf_text_color);
            }
          if (next[c] < pango_layout_get_line_count (g_ptr_array_index (layouts, c)))
            {
              cell_lines (pdf, g_ptr_array_index (layouts, c), next[c], avail, _rs_pdf_at_page_top (pdf),
                          pdf->draw, x + CELL_PADDING, &h);
              next[c] += taken[c];
              if (next[c] < pango_layout_get_line_count (g_ptr_array_index (layouts, c)))
                done = FALSE;
            }
          x += w;
        }
      pdf->y += chunk;
      if (done || pdf->error != NULL)
        break;
      pdf->table = table;
      _rs_pdf_new_page (pdf);
      pdf->table = NULL;
    }
  pdf->table = table;
}

void
_rs_pdf_add_table (RsPdf         *pdf,
                   const RsBlock *block)
{
  g_autofree double *widths = table_widths (pdf, block);

  pdf->y += 4;
  pdf->table = block;
  pdf->table_widths = widths;
  /* The header goes with at least the first row. */
  _rs_pdf_ensure_space (pdf, 40);
  _rs_pdf_draw_table_row (pdf, block->items, TRUE, 0);
  for (guint r = 0; r < block->rows->len && pdf->error == NULL; r++)
    _rs_pdf_draw_table_row (pdf, g_ptr_array_index (block->rows, r), FALSE, r + 1);
  pdf->table = NULL;
  pdf->table_widths = NULL;
  pdf->y += 10;
}
