/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-document-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <glib/gi18n.h>

#include "rs-document-private.h"

/* PDF with cairo and Pango: A4, a title block, optional table of contents
 * with page numbers, and "Page X of Y" plus the footer text on every page.
 *
 * The document is laid out twice with the same code: the first pass runs
 * on a PDF surface that writes nowhere and only records the page of every
 * heading and the page count; the second pass draws, using those numbers
 * in the table of contents and the footers. The table of contents has a
 * fixed column for page numbers, so both passes break pages identically. */

#define PAGE_WIDTH    595.276   /* A4 in points */
#define PAGE_HEIGHT   841.890
#define MARGIN_LEFT   64.0
#define MARGIN_RIGHT  64.0
#define MARGIN_TOP    64.0
#define MARGIN_BOTTOM 76.0
#define TEXT_WIDTH    (PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT)
#define BOTTOM        (PAGE_HEIGHT - MARGIN_BOTTOM)
#define FONT_FAMILY   "Cantarell,Noto Sans,Nimbus Sans,DejaVu Sans,Sans"
#define CELL_PADDING  4.0
#define QUOTE_INDENT  24.0
#define LIST_INDENT   20.0

typedef struct
{
  RsDocument      *doc;
  cairo_surface_t *surface;
  cairo_t         *cr;
  PangoContext    *context;
  gboolean         draw;            /* FALSE in the measuring pass */
  double           y;
  double           top_y;           /* y where the current page's content starts */
  int              page;
  int              n_pages;         /* known in the drawing pass */
  GArray          *heading_pages;   /* int, indexed by anchor */
  int              outline_parent;  /* last level 1 outline item */
  GOutputStream   *out;
  GCancellable    *cancellable;
  GError          *error;
  /* the table being drawn, to repeat its header on a new page */
  const RsBlock   *table;
  const double    *table_widths;
} Pdf;

typedef struct
{
  double r, g, b;
} Color;

static const Color text_color = { 0.118, 0.118, 0.118 };
static const Color heading_color = { 0.110, 0.239, 0.431 };
static const Color muted_color = { 0.369, 0.361, 0.392 };
static const Color rule_color = { 0.604, 0.600, 0.588 };
static const Color accent_color = { 0.208, 0.518, 0.894 };

static void draw_table_row (Pdf *pdf, GStrv cells, gboolean header, int row);

static void
set_color (Pdf         *pdf,
           const Color *c)
{
  cairo_set_source_rgb (pdf->cr, c->r, c->g, c->b);
}

static PangoLayout *
new_layout (Pdf        *pdf,
            const char *text,
            double      size,
            PangoWeight weight,
            PangoStyle  style,
            double      width)
{
  PangoLayout *layout = pango_layout_new (pdf->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, 1.2f);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
first_line_height (PangoLayout *layout)
{
  PangoRectangle logical;
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_free (iter);
  return (double) logical.height / PANGO_SCALE;
}

static gboolean
at_page_top (Pdf *pdf)
{
  return pdf->y <= pdf->top_y + 0.01;
}

static void
draw_footer (Pdf *pdf)
{
  const char *footer = rs_document_get_footer (pdf->doc);
  g_autofree char *label = _rs_document_page_label (pdf->doc, pdf->page, pdf->n_pages);
  g_autoptr(PangoLayout) number = new_layout (pdf, label, 8.5, PANGO_WEIGHT_NORMAL,
                                              PANGO_STYLE_NORMAL, -1);
  int number_width;
  double y = PAGE_HEIGHT - MARGIN_BOTTOM + 30;

  pango_layout_set_width (number, -1);
  pango_layout_get_size (number, &number_width, NULL);

  set_color (pdf, &rule_color);
  cairo_set_line_width (pdf->cr, 0.5);
  cairo_move_to (pdf->cr, MARGIN_LEFT, y - 6);
  cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN_RIGHT, y - 6);
  cairo_stroke (pdf->cr);

  set_color (pdf, &muted_color);
  if (footer != NULL)
    {
      g_autoptr(PangoLayout) text = new_layout (pdf, footer, 8.5, PANGO_WEIGHT_NORMAL,
                                                PANGO_STYLE_NORMAL,
                                                TEXT_WIDTH - number_width / PANGO_SCALE - 24);

      pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (text, -2);   /* at most two lines */
      cairo_move_to (pdf->cr, MARGIN_LEFT, y);
      pango_cairo_show_layout (pdf->cr, text);
    }
  cairo_move_to (pdf->cr, PAGE_WIDTH - MARGIN_RIGHT - (double) number_width / PANGO_SCALE, y);
  pango_cairo_show_layout (pdf->cr, number);
}

static void
new_page (Pdf *pdf)
{
  if (pdf->draw)
    {
      draw_footer (pdf);
      cairo_show_page (pdf->cr);
    }
  pdf->page++;
  pdf->y = pdf->top_y = MARGIN_TOP;
  if (pdf->error == NULL)
    g_cancellable_set_error_if_cancelled (pdf->cancellable, &pdf->error);
  if (pdf->table != NULL)
    {
      draw_table_row (pdf, pdf->table->items, TRUE, 0);
      pdf->top_y = pdf->y;
    }
}

/* Starts a new page unless @height still fits on this one. */
static void
ensure_space (Pdf   *pdf,
              double height)
{
  if (pdf->y + height > BOTTOM && !at_page_top (pdf))
    new_page (pdf);
}

/* Draws @layout at @x line by line from the current position, breaking
 * pages between lines. With @bar, a quote bar runs along the lines. */
static void
flow_layout (Pdf         *pdf,
             PangoLayout *layout,
             double       x,
             gboolean     bar)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double offset = 0, bottom = 0;

  do
    {
      PangoRectangle logical;
      double top, height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      height = (double) logical.height / PANGO_SCALE;
      if (pdf->y + (top - offset) + height > BOTTOM && !(at_page_top (pdf) && top <= offset))
        {
          pdf->y += top - offset;
          new_page (pdf);
          offset = top;
        }
      if (pdf->draw)
        {
          double line_y = pdf->y + top - offset;
          double baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

          cairo_move_to (pdf->cr, x + (double) logical.x / PANGO_SCALE, pdf->y + baseline - offset);
          pango_cairo_show_layout_line (pdf->cr, pango_layout_iter_get_line_readonly (iter));
          if (bar)
            {
              cairo_save (pdf->cr);
              set_color (pdf, &rule_color);
              cairo_rectangle (pdf->cr, x - 12, line_y, 2.5, height);
              cairo_fill (pdf->cr);
              cairo_restore (pdf->cr);
            }
        }
      bottom = top + height;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  pdf->y += bottom - offset;
}

static void
add_heading (Pdf           *pdf,
             const RsBlock *block)
{
  static const double sizes[] = { 18.0, 14.0, 12.0 };
  g_autoptr(PangoLayout) layout = new_layout (pdf, block->text, sizes[block->level - 1],
                                              PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, TEXT_WIDTH);
  double space_before = block->level == 1 ? 18 : 12;

  /* Keep the heading together with a few lines of what follows it. */
  if (!at_page_top (pdf))
    pdf->y += space_before;
  ensure_space (pdf, layout_height (layout) + 48);
  if ((guint) block->anchor >= pdf->heading_pages->len)
    g_array_set_size (pdf->heading_pages, block->anchor + 1);
  g_array_index (pdf->heading_pages, int, block->anchor) = pdf->page;

  if (pdf->draw)
    {
      g_autofree char *dest = g_strdup_printf ("name='section-%d'", block->anchor);
      g_autofree char *link = g_strdup_printf ("dest='section-%d'", block->anchor);

      cairo_tag_begin (pdf->cr, CAIRO_TAG_DEST, dest);
      cairo_tag_end (pdf->cr, CAIRO_TAG_DEST);
      if (block->level <= 2)
        {
          int id = cairo_pdf_surface_add_outline (pdf->surface,
                                                  block->level == 1 ? CAIRO_PDF_OUTLINE_ROOT
                                                                    : pdf->outline_parent,
                                                  block->text, link, 0);
          if (block->level == 1)
            pdf->outline_parent = id;
        }
      set_color (pdf, &heading_color);
    }
  flow_layout (pdf, layout, MARGIN_LEFT, FALSE);
  pdf->y += block->level == 1 ? 8 : 5;
}

static void
add_text (Pdf           *pdf,
          PangoLayout   *layout,
          double         x,
          const Color   *color,
          gboolean       bar,
          double         space_after)
{
  ensure_space (pdf, first_line_height (layout));
  if (pdf->draw)
    set_color (pdf, color);
  flow_layout (pdf, layout, x, bar);
  pdf->y += space_after;
}

static void
add_list (Pdf           *pdf,
          const RsBlock *block)
{
  for (guint i = 0; block->items[i] != NULL; i++)
    {
      g_autofree char *marker = block->numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");
      g_autoptr(PangoLayout) label = new_layout (pdf, marker, 10.5, PANGO_WEIGHT_NORMAL,
                                                 PANGO_STYLE_NORMAL, LIST_INDENT);
      g_autoptr(PangoLayout) item = new_layout (pdf, block->items[i], 10.5, PANGO_WEIGHT_NORMAL,
                                                PANGO_STYLE_NORMAL, TEXT_WIDTH - 2 * LIST_INDENT);

      pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);
      ensure_space (pdf, first_line_height (item));
      if (pdf->draw)
        {
          set_color (pdf, &text_color);
          cairo_move_to (pdf->cr, MARGIN_LEFT - 4, pdf->y);
          pango_cairo_show_layout (pdf->cr, label);
        }
      add_text (pdf, item, MARGIN_LEFT + 2 * LIST_INDENT - 4, &text_color, FALSE, 3);
    }
  pdf->y += 5;
}

static void
add_field (Pdf           *pdf,
           const RsBlock *block)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", block->key, block->text);
  g_autoptr(PangoLayout) layout = new_layout (pdf, text, 10.5, PANGO_WEIGHT_NORMAL,
                                              PANGO_STYLE_NORMAL, TEXT_WIDTH);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  bold->start_index = 0;
  bold->end_index = strlen (block->key) + 1;
  pango_attr_list_insert (attrs, bold);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  add_text (pdf, layout, MARGIN_LEFT, &text_color, FALSE, 3);
}

/* Column widths for a table: each column gets its natural width if the
 * table fits, otherwise the space is shared out ("water filling") so
 * narrow columns keep their width and wide ones wrap. */
static double *
table_widths (Pdf           *pdf,
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
          g_autoptr(PangoLayout) layout = new_layout (pdf, cells[c], 9.5,
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
cell_lines (Pdf         *pdf,
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

static void
draw_table_row (Pdf     *pdf,
                GStrv    cells,
                gboolean header,
                int      row)
{
  guint n = pdf->table->n_columns;
  const RsBlock *table = pdf->table;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree int *next = g_new0 (int, n);
  double full = 0;

  for (guint c = 0; c < n; c++)
    {
      PangoLayout *layout = new_layout (pdf, cells[c], 9.5,
                                        header ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                        PANGO_STYLE_NORMAL, pdf->table_widths[c] - 2 * CELL_PADDING);
      pango_layout_set_line_spacing (layout, 1.1f);
      g_ptr_array_add (layouts, layout);
      full = MAX (full, layout_height (layout));
    }
  full += 2 * CELL_PADDING;

  /* A row that fits on a page is never split: it moves to the next page. */
  pdf->table = NULL;   /* no header repeat while drawing the header itself */
  if (!header && pdf->y + full > BOTTOM && !at_page_top (pdf)
      && full <= BOTTOM - MARGIN_TOP - 40)
    {
      pdf->table = table;
      new_page (pdf);
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
                                           at_page_top (pdf), FALSE, 0, &h);
          chunk = MAX (chunk, h);
          any |= taken[c] > 0;
        }
      if (!any && !at_page_top (pdf))
        {
          pdf->table = table;
          new_page (pdf);
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
              set_color (pdf, &rule_color);
              cairo_set_line_width (pdf->cr, 0.5);
              cairo_stroke (pdf->cr);
              set_color (pdf, &text_color);
            }
          if (next[c] < pango_layout_get_line_count (g_ptr_array_index (layouts, c)))
            {
              cell_lines (pdf, g_ptr_array_index (layouts, c), next[c], avail, at_page_top (pdf),
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
      new_page (pdf);
      pdf->table = NULL;
    }
  pdf->table = table;
}

static void
add_table (Pdf           *pdf,
           const RsBlock *block)
{
  g_autofree double *widths = table_widths (pdf, block);

  pdf->y += 4;
  pdf->table = block;
  pdf->table_widths = widths;
  /* The header goes with at least the first row. */
  ensure_space (pdf, 40);
  draw_table_row (pdf, block->items, TRUE, 0);
  for (guint r = 0; r < block->rows->len && pdf->error == NULL; r++)
    draw_table_row (pdf, g_ptr_array_index (block->rows, r), FALSE, r + 1);
  pdf->table = NULL;
  pdf->table_widths = NULL;
  pdf->y += 10;
}

typedef struct
{
  const guint8 *data;
  gsize         left;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (length > reader->left)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data, length);
  reader->data += length;
  reader->left -= length;
  return CAIRO_STATUS_SUCCESS;
}

static void
add_image (Pdf           *pdf,
           const RsBlock *block)
{
  PngReader reader;
  cairo_surface_t *image;
  g_autoptr(PangoLayout) caption = NULL;
  double width, height, scale, caption_height = 0;

  reader.data = g_bytes_get_data (block->png, &reader.left);
  image = cairo_image_surface_create_from_png_stream (read_png, &reader);
  if (*block->text)
    {
      caption = new_layout (pdf, block->text, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, TEXT_WIDTH);
      caption_height = layout_height (caption) + 4;
    }
  if (cairo_surface_status (image) != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *text = g_strdup_printf ("[%s]", *block->text ? block->text
                                               : _rs_document_string (pdf->doc, RS_DOCUMENT_STRING_IMAGE));
      g_autoptr(PangoLayout) layout = new_layout (pdf, text, 10.5, PANGO_WEIGHT_NORMAL,
                                                  PANGO_STYLE_ITALIC, TEXT_WIDTH);

      cairo_surface_destroy (image);
      add_text (pdf, layout, MARGIN_LEFT, &muted_color, FALSE, 8);
      return;
    }

  /* Scaled to the text width, but never taller than a page. */
  width = cairo_image_surface_get_width (image);
  height = cairo_image_surface_get_height (image);
  scale = TEXT_WIDTH / width;
  if (height * scale > BOTTOM - MARGIN_TOP - caption_height - 10)
    scale = (BOTTOM - MARGIN_TOP - caption_height - 10) / height;
  pdf->y += 4;
  ensure_space (pdf, height * scale + caption_height);
  if (pdf->draw)
    {
      cairo_save (pdf->cr);
      cairo_translate (pdf->cr, MARGIN_LEFT + (TEXT_WIDTH - width * scale) / 2, pdf->y);
      cairo_scale (pdf->cr, scale, scale);
      cairo_set_source_surface (pdf->cr, image, 0, 0);
      cairo_paint (pdf->cr);
      cairo_restore (pdf->cr);
    }
  cairo_surface_destroy (image);
  pdf->y += height * scale + 4;
  if (caption != NULL)
    add_text (pdf, caption, MARGIN_LEFT, &muted_color, FALSE, 0);
  pdf->y += 8;
}

static void
add_title_block (Pdf *pdf)
{
  const char *subtitle = rs_document_get_subtitle (pdf->doc);
  g_autoptr(PangoLayout) title = new_layout (pdf, rs_document_get_title (pdf->doc), 26,
                                             PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, TEXT_WIDTH);

  pango_layout_set_line_spacing (title, 1.05f);
  if (pdf->draw)
    set_color (pdf, &text_color);
  flow_layout (pdf, title, MARGIN_LEFT, FALSE);
  if (subtitle != NULL)
    {
      g_autoptr(PangoLayout) layout = new_layout (pdf, subtitle, 15, PANGO_WEIGHT_NORMAL,
                                                  PANGO_STYLE_NORMAL, TEXT_WIDTH);
      pdf->y += 6;
      add_text (pdf, layout, MARGIN_LEFT, &muted_color, FALSE, 0);
    }
  pdf->y += 12;
  if (pdf->draw)
    {
      set_color (pdf, &accent_color);
      cairo_rectangle (pdf->cr, MARGIN_LEFT, pdf->y, TEXT_WIDTH, 2.5);
      cairo_fill (pdf->cr);
    }
  pdf->y += 26;
}

static void
add_toc_entry (Pdf           *pdf,
               const RsBlock *block)
{
  double indent = block->level == 1 ? 0 : 18;
  g_autoptr(PangoLayout) text = new_layout (pdf, block->text, block->level == 1 ? 11 : 10.5,
                                            block->level == 1 ? PANGO_WEIGHT_SEMIBOLD : PANGO_WEIGHT_NORMAL,
                                            PANGO_STYLE_NORMAL, TEXT_WIDTH - indent - 48);
  int page = (guint) block->anchor < pdf->heading_pages->len
             ? g_array_index (pdf->heading_pages, int, block->anchor) : 0;
  g_autofree char *number = g_strdup_printf ("%d", page);
  g_autofree char *link = g_strdup_printf ("dest='section-%d'", block->anchor);
  PangoLayoutIter *iter;
  PangoRectangle last = { 0 };
  double baseline = 0;

  iter = pango_layout_get_iter (text);
  do
    {
      pango_layout_iter_get_line_extents (iter, NULL, &last);
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  pdf->y += block->level == 1 ? 5 : 1;
  ensure_space (pdf, first_line_height (text));
  if (pdf->draw)
    {
      cairo_tag_begin (pdf->cr, CAIRO_TAG_LINK, link);
      set_color (pdf, &text_color);
    }
  flow_layout (pdf, text, MARGIN_LEFT + indent, FALSE);
  if (pdf->draw)
    {
      g_autoptr(PangoLayout) number_layout = new_layout (pdf, number, 10.5, PANGO_WEIGHT_NORMAL,
                                                         PANGO_STYLE_NORMAL, -1);
      double line_bottom = (double) (last.y + last.height) / PANGO_SCALE;
      double base_y = pdf->y - line_bottom + baseline;
      double text_end = MARGIN_LEFT + indent + (double) (last.x + last.width) / PANGO_SCALE;
      double number_x;
      int number_width;
      static const double dots[] = { 0.6, 3.0 };

      pango_layout_get_size (number_layout, &number_width, NULL);
      number_x = PAGE_WIDTH - MARGIN_RIGHT - (double) number_width / PANGO_SCALE;
      cairo_move_to (pdf->cr, number_x,
                     base_y - (double) pango_layout_get_baseline (number_layout) / PANGO_SCALE);
      pango_cairo_show_layout (pdf->cr, number_layout);
      if (number_x - text_end > 12)
        {
          cairo_save (pdf->cr);
          set_color (pdf, &rule_color);
          cairo_set_line_width (pdf->cr, 1.0);
          cairo_set_line_cap (pdf->cr, CAIRO_LINE_CAP_ROUND);
          cairo_set_dash (pdf->cr, dots, G_N_ELEMENTS (dots), 0);
          cairo_move_to (pdf->cr, text_end + 5, base_y);
          cairo_line_to (pdf->cr, number_x - 5, base_y);
          cairo_stroke (pdf->cr);
          cairo_restore (pdf->cr);
        }
      cairo_tag_end (pdf->cr, CAIRO_TAG_LINK);
    }
}

static void
add_toc (Pdf       *pdf,
         GPtrArray *blocks)
{
  g_autoptr(PangoLayout) title = new_layout (pdf, _rs_document_string (pdf->doc, RS_DOCUMENT_STRING_CONTENTS),
                                             16, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, TEXT_WIDTH);

  add_text (pdf, title, MARGIN_LEFT, &heading_color, FALSE, 8);
  for (guint i = 0; i < blocks->len && pdf->error == NULL; i++)
    {
      const RsBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == RS_BLOCK_HEADING && block->level <= 2)
        add_toc_entry (pdf, block);
    }
}

static void
add_block (Pdf           *pdf,
           const RsBlock *block)
{
  switch (block->kind)
    {
    case RS_BLOCK_HEADING:
      add_heading (pdf, block);
      break;
    case RS_BLOCK_PARAGRAPH:
      {
        g_autoptr(PangoLayout) layout = new_layout (pdf, block->text, 10.5, PANGO_WEIGHT_NORMAL,
                                                    PANGO_STYLE_NORMAL, TEXT_WIDTH);
        add_text (pdf, layout, MARGIN_LEFT, &text_color, FALSE, 8);
      }
      break;
    case RS_BLOCK_QUOTE:
      {
        g_autoptr(PangoLayout) layout = new_layout (pdf, block->text, 10.5, PANGO_WEIGHT_NORMAL,
                                                    PANGO_STYLE_ITALIC, TEXT_WIDTH - 2 * QUOTE_INDENT);
        pdf->y += 2;
        add_text (pdf, layout, MARGIN_LEFT + QUOTE_INDENT, &muted_color, TRUE, 10);
      }
      break;
    case RS_BLOCK_LIST:
      add_list (pdf, block);
      break;
    case RS_BLOCK_FIELD:
      add_field (pdf, block);
      break;
    case RS_BLOCK_TABLE:
      add_table (pdf, block);
      break;
    case RS_BLOCK_IMAGE:
      add_image (pdf, block);
      break;
    case RS_BLOCK_PAGE_BREAK:
      if (!at_page_top (pdf))
        new_page (pdf);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
layout_document (Pdf *pdf)
{
  GPtrArray *blocks = _rs_document_get_blocks (pdf->doc);

  pdf->page = 1;
  pdf->y = pdf->top_y = MARGIN_TOP;
  pdf->outline_parent = CAIRO_PDF_OUTLINE_ROOT;
  add_title_block (pdf);
  if (rs_document_get_show_toc (pdf->doc))
    {
      add_toc (pdf, blocks);
      new_page (pdf);
    }
  else
    pdf->top_y = pdf->y;   /* the first heading needs no space above it */
  for (guint i = 0; i < blocks->len && pdf->error == NULL; i++)
    {
      if (i % 16 == 0 && g_cancellable_set_error_if_cancelled (pdf->cancellable, &pdf->error))
        break;
      add_block (pdf, g_ptr_array_index (blocks, i));
    }
  if (pdf->draw && pdf->error == NULL)
    draw_footer (pdf);
}

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  Pdf *pdf = closure;

  if (pdf->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (pdf->out, data, length, NULL, pdf->cancellable, &pdf->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
_rs_document_write_pdf (RsDocument    *self,
                        GOutputStream *out,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GArray) heading_pages = g_array_new (FALSE, TRUE, sizeof (int));
  Pdf pdf = { 0 };

  pdf.doc = self;
  pdf.out = out;
  pdf.cancellable = cancellable;
  pdf.heading_pages = heading_pages;

  for (int pass = 0; pass < 2; pass++)
    {
      cairo_font_options_t *options = cairo_font_options_create ();
      cairo_status_t status;

      pdf.draw = pass == 1;
      pdf.surface = cairo_pdf_surface_create_for_stream (pdf.draw ? write_to_stream : NULL, &pdf,
                                                         PAGE_WIDTH, PAGE_HEIGHT);
      if (pdf.draw)
        {
          cairo_pdf_surface_set_metadata (pdf.surface, CAIRO_PDF_METADATA_TITLE,
                                          rs_document_get_title (self));
          cairo_pdf_surface_set_metadata (pdf.surface, CAIRO_PDF_METADATA_CREATOR,
                                          "Rådslag " PACKAGE_VERSION);
          if (rs_document_get_subtitle (self) != NULL)
            cairo_pdf_surface_set_metadata (pdf.surface, CAIRO_PDF_METADATA_SUBJECT,
                                            rs_document_get_subtitle (self));
        }
      pdf.cr = cairo_create (pdf.surface);
      pdf.context = pango_cairo_create_context (pdf.cr);
      /* Unhinted metrics: both passes measure exactly the same. */
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (pdf.context, options);
      cairo_font_options_destroy (options);
      pango_context_set_round_glyph_positions (pdf.context, FALSE);
      pango_context_set_language (pdf.context,
                                  pango_language_from_string (_rs_document_language_tag (self)));

      layout_document (&pdf);
      if (!pdf.draw)
        pdf.n_pages = pdf.page;

      g_clear_object (&pdf.context);
      cairo_destroy (pdf.cr);
      cairo_surface_finish (pdf.surface);
      status = cairo_surface_status (pdf.surface);
      cairo_surface_destroy (pdf.surface);

      if (pdf.error != NULL)
        {
          g_propagate_error (error, pdf.error);
          return FALSE;
        }
      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, RS_DOCUMENT_ERROR, RS_DOCUMENT_ERROR_WRITE,
                       _("Could not create the PDF: %s"), cairo_status_to_string (status));
          return FALSE;
        }
    }
  return TRUE;
}
