/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-document-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <glib/gi18n.h>

#include "rs-document-pdf-private.h"

/* PDF with cairo and Pango: A4, a title block, optional table of contents
 * with page numbers, and "Page X of Y" plus the footer text on every page.
 *
 * The document is laid out twice with the same code: the first pass runs
 * on a PDF surface that writes nowhere and only records the page of every
 * heading and the page count; the second pass draws, using those numbers
 * in the table of contents and the footers. The table of contents has a
 * fixed column for page numbers, so both passes break pages identically. */

/* Colours shared with the table code. */
const RsPdfColor _rs_pdf_text_color = { 0.118, 0.118, 0.118 };
const RsPdfColor _rs_pdf_rule_color = { 0.604, 0.600, 0.588 };
static const RsPdfColor heading_color = { 0.110, 0.239, 0.431 };
static const RsPdfColor muted_color = { 0.369, 0.361, 0.392 };
static const RsPdfColor accent_color = { 0.208, 0.518, 0.894 };

void
_rs_pdf_set_color (RsPdf            *pdf,
                   const RsPdfColor *c)
{
  cairo_set_source_rgb (pdf->cr, c->r, c->g, c->b);
}

PangoLayout *
_rs_pdf_new_layout (RsPdf       *pdf,
                    const char  *text,
                    double       size,
                    PangoWeight  weight,
                    PangoStyle   style,
                    double       width)
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

double
_rs_pdf_layout_height (PangoLayout *layout)
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

gboolean
_rs_pdf_at_page_top (RsPdf *pdf)
{
  return pdf->y <= pdf->top_y + 0.01;
}

static void
draw_footer (RsPdf *pdf)
{
  const char *footer = rs_document_get_footer (pdf->doc);
  g_autofree char *label = _rs_document_page_label (pdf->doc, pdf->page, pdf->n_pages);
  g_autoptr(PangoLayout) number = _rs_pdf_new_layout (pdf, label, 8.5, PANGO_WEIGHT_NORMAL,
                                              PANGO_STYLE_NORMAL, -1);
  int number_width;
  double y = PAGE_HEIGHT - MARGIN_BOTTOM + 30;

  pango_layout_set_width (number, -1);
  pango_layout_get_size (number, &number_width, NULL);

  _rs_pdf_set_color (pdf, &_rs_pdf_rule_color);
  cairo_set_line_width (pdf->cr, 0.5);
  cairo_move_to (pdf->cr, MARGIN_LEFT, y - 6);
  cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN_RIGHT, y - 6);
  cairo_stroke (pdf->cr);

  _rs_pdf_set_color (pdf, &muted_color);
  if (footer != NULL)
    {
      g_autoptr(PangoLayout) text = _rs_pdf_new_layout (pdf, footer, 8.5, PANGO_WEIGHT_NORMAL,
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

/* Turns a cairo error into pdf->error, so the layout stops at once (a
 * cairo context in error ignores every later call). */
gboolean
_rs_pdf_check (RsPdf *pdf)
{
  cairo_status_t status;

  if (pdf->error != NULL)
    return FALSE;
  status = cairo_status (pdf->cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (pdf->surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (&pdf->error, RS_DOCUMENT_ERROR, RS_DOCUMENT_ERROR_WRITE,
               _("Could not create the PDF: %s"), cairo_status_to_string (status));
  return FALSE;
}

void
_rs_pdf_new_page (RsPdf *pdf)
{
  if (pdf->draw)
    {
      draw_footer (pdf);
      cairo_show_page (pdf->cr);
      _rs_pdf_check (pdf);
    }
  pdf->page++;
  pdf->y = pdf->top_y = MARGIN_TOP;
  if (pdf->error == NULL)
    g_cancellable_set_error_if_cancelled (pdf->cancellable, &pdf->error);
  if (pdf->table != NULL)
    {
      _rs_pdf_draw_table_row (pdf, pdf->table->items, TRUE, 0);
      pdf->top_y = pdf->y;
    }
}

/* Starts a new page unless @height still fits on this one. */
void
_rs_pdf_ensure_space (RsPdf  *pdf,
                      double  height)
{
  if (pdf->y + height > BOTTOM && !_rs_pdf_at_page_top (pdf))
    _rs_pdf_new_page (pdf);
}

typedef struct
{
  double           top;
  double           height;
  double           baseline;
  double           x;
  PangoLayoutLine *line;
} FlowLine;

/* Draws @layout at @x line by line from the current position, breaking
 * pages between lines, never leaving the first line of a block alone at
 * the foot of a page nor its last line alone at the top of the next.
 * With @bar, a quote bar runs along the lines. */
static void
flow_layout (RsPdf       *pdf,
             PangoLayout *layout,
             double       x,
             gboolean     bar)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (FlowLine));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  const FlowLine *l;
  double offset;
  guint n, start = 0;

  do
    {
      PangoRectangle logical;
      FlowLine line;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = (double) logical.y / PANGO_SCALE;
      line.height = (double) logical.height / PANGO_SCALE;
      line.x = (double) logical.x / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      line.line = pango_layout_iter_get_line_readonly (iter);
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  n = lines->len;
  l = (const FlowLine *) lines->data;
  offset = l[0].top;
#define FITS(k) (pdf->y + l[k].top + l[k].height - offset <= BOTTOM)
  for (guint i = 0; i < n; i++)
    {
      gboolean need_break = !FITS (i);

      if (i == 0 && n >= 2 && !FITS (1))
        need_break = TRUE;                              /* orphan */
      if (i + 2 == n && i - start >= 2 && !FITS (n - 1))
        need_break = TRUE;                              /* widow */
      if (need_break && !(_rs_pdf_at_page_top (pdf) && i == start))
        {
          _rs_pdf_new_page (pdf);
          offset = l[i].top;
          start = i;
        }
      if (pdf->draw)
        {
          cairo_move_to (pdf->cr, x + l[i].x, pdf->y + l[i].baseline - offset);
          pango_cairo_show_layout_line (pdf->cr, l[i].line);
          if (bar)
            {
              cairo_save (pdf->cr);
              _rs_pdf_set_color (pdf, &_rs_pdf_rule_color);
              /* down to the next line, so the bar has no gaps */
              cairo_rectangle (pdf->cr, x - 12, pdf->y + l[i].top - offset, 2.5,
                               i + 1 < n && FITS (i + 1) ? l[i + 1].top - l[i].top : l[i].height);
              cairo_fill (pdf->cr);
              cairo_restore (pdf->cr);
            }
        }
    }
#undef FITS
  pdf->y += l[n - 1].top + l[n - 1].height - offset;
}

static void
add_heading (RsPdf         *pdf,
             const RsBlock *block)
{
  static const double sizes[] = { 18.0, 14.0, 12.0 };
  g_autoptr(PangoLayout) layout = _rs_pdf_new_layout (pdf, block->text, sizes[block->level - 1],
                                              PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, TEXT_WIDTH);
  double space_before = block->level == 1 ? 18 : 12;

  /* Keep the heading together with a few lines of what follows it. */
  if (!_rs_pdf_at_page_top (pdf))
    pdf->y += space_before;
  _rs_pdf_ensure_space (pdf, _rs_pdf_layout_height (layout) + 48);
  if ((guint) block->anchor >= pdf->heading_pages->len)
    g_array_set_size (pdf->heading_pages, block->anchor + 1);
  g_array_index (pdf->heading_pages, int, block->anchor) = pdf->page;

  if (pdf->draw)
    {
      /* Whole points only: cairo 1.16 reads tag attributes with the
       * locale's strtod(), which stops at the "." of "12.5" under a
       * decimal comma (the writer also runs in the "C" number format). */
      g_autofree char *dest = g_strdup_printf ("name='section-%d' x=%d y=%d", block->anchor,
                                               (int) MARGIN_LEFT, (int) MAX (pdf->y - 12, 0));
      g_autofree char *link = g_strdup_printf ("dest='section-%d'", block->anchor);

      cairo_tag_begin (pdf->cr, CAIRO_TAG_DEST, dest);
      cairo_tag_end (pdf->cr, CAIRO_TAG_DEST);
      if (!_rs_pdf_check (pdf))
        return;
      if (block->level <= 2)
        {
          int id = cairo_pdf_surface_add_outline (pdf->surface,
                                                  block->level == 1 ? CAIRO_PDF_OUTLINE_ROOT
                                                                    : pdf->outline_parent,
                                                  block->text, link, 0);
          if (block->level == 1)
            pdf->outline_parent = id;
        }
      _rs_pdf_set_color (pdf, &heading_color);
    }
  flow_layout (pdf, layout, MARGIN_LEFT, FALSE);
  pdf->y += block->level == 1 ? 8 : 5;
}

static void
add_text (RsPdf            *pdf,
          PangoLayout      *layout,
          double            x,
          const RsPdfColor *color,
          gboolean          bar,
          double            space_after)
{
  _rs_pdf_ensure_space (pdf, first_line_height (layout));
  if (pdf->draw)
    _rs_pdf_set_color (pdf, color);
  flow_layout (pdf, layout, x, bar);
  pdf->y += space_after;
}

static void
add_list (RsPdf         *pdf,
          const RsBlock *block)
{
  for (guint i = 0; block->items[i] != NULL; i++)
    {
      g_autofree char *marker = block->numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");
      g_autoptr(PangoLayout) label = _rs_pdf_new_layout (pdf, marker, 10.5, PANGO_WEIGHT_NORMAL,
                                                 PANGO_STYLE_NORMAL, LIST_INDENT);
      g_autoptr(PangoLayout) item = _rs_pdf_new_layout (pdf, block->items[i], 10.5, PANGO_WEIGHT_NORMAL,
                                                PANGO_STYLE_NORMAL, TEXT_WIDTH - 2 * LIST_INDENT);

      pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);
      _rs_pdf_ensure_space (pdf, first_line_height (item));
      if (pdf->draw)
        {
          _rs_pdf_set_color (pdf, &_rs_pdf_text_color);
          cairo_move_to (pdf->cr, MARGIN_LEFT - 4, pdf->y);
          pango_cairo_show_layout (pdf->cr, label);
        }
      add_text (pdf, item, MARGIN_LEFT + 2 * LIST_INDENT - 4, &_rs_pdf_text_color, FALSE, 3);
    }
  pdf->y += 5;
}

static void
add_field (RsPdf         *pdf,
           const RsBlock *block)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", block->key, block->text);
  g_autoptr(PangoLayout) layout = _rs_pdf_new_layout (pdf, text, 10.5, PANGO_WEIGHT_NORMAL,
                                              PANGO_STYLE_NORMAL, TEXT_WIDTH);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  bold->start_index = 0;
  bold->end_index = strlen (block->key) + 1;
  pango_attr_list_insert (attrs, bold);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  add_text (pdf, layout, MARGIN_LEFT, &_rs_pdf_text_color, FALSE, 3);
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
add_image (RsPdf         *pdf,
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
      caption = _rs_pdf_new_layout (pdf, block->text, 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, TEXT_WIDTH);
      caption_height = _rs_pdf_layout_height (caption) + 4;
    }
  if (cairo_surface_status (image) != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *text = g_strdup_printf ("[%s]", *block->text ? block->text
                                               : _rs_document_string (pdf->doc, RS_DOCUMENT_STRING_IMAGE));
      g_autoptr(PangoLayout) layout = _rs_pdf_new_layout (pdf, text, 10.5, PANGO_WEIGHT_NORMAL,
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
  _rs_pdf_ensure_space (pdf, height * scale + caption_height);
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
add_title_block (RsPdf *pdf)
{
  const char *subtitle = rs_document_get_subtitle (pdf->doc);
  g_autoptr(PangoLayout) title = _rs_pdf_new_layout (pdf, rs_document_get_title (pdf->doc), 26,
                                             PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, TEXT_WIDTH);

  pango_layout_set_line_spacing (title, 1.05f);
  if (pdf->draw)
    _rs_pdf_set_color (pdf, &_rs_pdf_text_color);
  flow_layout (pdf, title, MARGIN_LEFT, FALSE);
  if (subtitle != NULL)
    {
      g_autoptr(PangoLayout) layout = _rs_pdf_new_layout (pdf, subtitle, 15, PANGO_WEIGHT_NORMAL,
                                                  PANGO_STYLE_NORMAL, TEXT_WIDTH);
      pdf->y += 6;
      add_text (pdf, layout, MARGIN_LEFT, &muted_color, FALSE, 0);
    }
  pdf->y += 12;
  if (pdf->draw)
    {
      _rs_pdf_set_color (pdf, &accent_color);
      cairo_rectangle (pdf->cr, MARGIN_LEFT, pdf->y, TEXT_WIDTH, 2.5);
      cairo_fill (pdf->cr);
    }
  pdf->y += 26;
}

static void
add_toc_entry (RsPdf         *pdf,
               const RsBlock *block)
{
  double indent = block->level == 1 ? 0 : 18;
  g_autoptr(PangoLayout) text = _rs_pdf_new_layout (pdf, block->text, block->level == 1 ? 11 : 10.5,
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
  _rs_pdf_ensure_space (pdf, first_line_height (text));
  if (pdf->draw)
    {
      cairo_tag_begin (pdf->cr, CAIRO_TAG_LINK, link);
      if (!_rs_pdf_check (pdf))
        return;
      _rs_pdf_set_color (pdf, &_rs_pdf_text_color);
    }
  flow_layout (pdf, text, MARGIN_LEFT + indent, FALSE);
  if (pdf->draw)
    {
      g_autoptr(PangoLayout) number_layout = _rs_pdf_new_layout (pdf, number, 10.5, PANGO_WEIGHT_NORMAL,
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
      if (PAGE_WIDTH - MARGIN_RIGHT - 26 - text_end > 12)
        {
          cairo_save (pdf->cr);
          _rs_pdf_set_color (pdf, &_rs_pdf_rule_color);
          cairo_set_line_width (pdf->cr, 1.0);
          cairo_set_line_cap (pdf->cr, CAIRO_LINE_CAP_ROUND);
          cairo_set_dash (pdf->cr, dots, G_N_ELEMENTS (dots), 0);
          cairo_move_to (pdf->cr, text_end + 5, base_y);
          cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN_RIGHT - 26, base_y);
          cairo_stroke (pdf->cr);
          cairo_restore (pdf->cr);
        }
      cairo_tag_end (pdf->cr, CAIRO_TAG_LINK);
    }
}

static void
add_toc (RsPdf     *pdf,
         GPtrArray *blocks)
{
  g_autoptr(PangoLayout) title = _rs_pdf_new_layout (pdf, _rs_document_string (pdf->doc, RS_DOCUMENT_STRING_CONTENTS),
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
add_block (RsPdf         *pdf,
           const RsBlock *block)
{
  switch (block->kind)
    {
    case RS_BLOCK_HEADING:
      add_heading (pdf, block);
      break;
    case RS_BLOCK_PARAGRAPH:
      {
        g_autoptr(PangoLayout) layout = _rs_pdf_new_layout (pdf, block->text, 10.5, PANGO_WEIGHT_NORMAL,
                                                    PANGO_STYLE_NORMAL, TEXT_WIDTH);
        add_text (pdf, layout, MARGIN_LEFT, &_rs_pdf_text_color, FALSE, 8);
      }
      break;
    case RS_BLOCK_QUOTE:
      {
        g_autoptr(PangoLayout) layout = _rs_pdf_new_layout (pdf, block->text, 10.5, PANGO_WEIGHT_NORMAL,
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
      _rs_pdf_add_table (pdf, block);
      break;
    case RS_BLOCK_IMAGE:
      add_image (pdf, block);
      break;
    case RS_BLOCK_PAGE_BREAK:
      if (!_rs_pdf_at_page_top (pdf))
        _rs_pdf_new_page (pdf);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
layout_document (RsPdf *pdf)
{
  GPtrArray *blocks = _rs_document_get_blocks (pdf->doc);

  pdf->page = 1;
  pdf->y = pdf->top_y = MARGIN_TOP;
  pdf->outline_parent = CAIRO_PDF_OUTLINE_ROOT;
  add_title_block (pdf);
  if (rs_document_get_show_toc (pdf->doc))
    {
      add_toc (pdf, blocks);
      _rs_pdf_new_page (pdf);
    }
  else
    pdf->top_y = pdf->y;   /* the first heading needs no space above it */
  for (guint i = 0; i < blocks->len && pdf->error == NULL; i++)
    {
      if (g_cancellable_set_error_if_cancelled (pdf->cancellable, &pdf->error)
          || (pdf->draw && !_rs_pdf_check (pdf)))
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
  RsPdf *pdf = closure;

  if (pdf->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (pdf->out, data, length, NULL, pdf->cancellable, &pdf->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
_rs_document_write_pdf (RsDocument     *self,
                        GOutputStream  *out,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(GArray) heading_pages = g_array_new (FALSE, TRUE, sizeof (int));
  RsPdf pdf = { 0 };

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
