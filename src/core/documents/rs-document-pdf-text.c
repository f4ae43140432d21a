/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-document-pdf"

#include "config.h"

#include <string.h>

#include "rs-document-pdf-private.h"

/*
 * Long plain paragraphs, fast. A white book of thousands of letters is tens
 * of megabytes of running text; laying it out with a PangoLayout per
 * paragraph, twice (the measuring and the drawing pass), spent most of the
 * export shaping the same words again and again. Here each distinct word is
 * shaped once per pass and font (a cache), lines are broken at spaces, and
 * a line is drawn with one cairo_show_text_glyphs() call (which keeps the
 * text searchable and copyable). Both passes use this same code, so they
 * break lines and pages identically.
 *
 * Text this cannot do exactly (a word needing a fallback font or a glyph
 * the font lacks, a word wider than the line) is left to Pango: the caller
 * gets FALSE before anything is measured or drawn.
 */

typedef struct
{
  PangoFont      *font;      /* NULL: the word needs Pango */
  int             n_glyphs;
  PangoGlyphInfo *glyphs;
  int            *clusters;  /* the byte in the word where each glyph's cluster starts */
  gsize           len;
  double          width;
} Word;

static void
word_free (gpointer data)
{
  Word *w = data;

  g_clear_object (&w->font);
  g_free (w->glyphs);
  g_free (w->clusters);
  g_free (w);
}

static Word *
shape_word (RsPdf      *pdf,
            GHashTable *cache,
            const char *word,
            gsize       len,
            PangoStyle  style)
{
  char buffer[128];
  g_autofree char *key = NULL;
  Word *w;
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutLine *line;

  /* Looked up millions of times: no allocation unless the word is new. */
  if (len < sizeof buffer)
    {
      memcpy (buffer, word, len);
      buffer[len] = '\0';
      w = g_hash_table_lookup (cache, buffer);
    }
  else
    {
      key = g_strndup (word, len);
      w = g_hash_table_lookup (cache, key);
    }
  if (w != NULL)
    return w;
  if (key == NULL)
    key = g_strndup (word, len);
  w = g_new0 (Word, 1);
  layout = _rs_pdf_new_layout (pdf, key, 10.5, PANGO_WEIGHT_NORMAL, style, -1);
  pango_layout_set_width (layout, -1);
  line = pango_layout_get_line_readonly (layout, 0);
  /* One run in one font, and every glyph found: drawable from the cache. */
  if (pango_layout_get_line_count (layout) == 1 && line != NULL && line->runs != NULL && line->runs->next == NULL)
    {
      PangoGlyphItem *run = line->runs->data;
      PangoGlyphString *glyphs = run->glyphs;
      gboolean ok = TRUE;

      for (int i = 0; i < glyphs->num_glyphs && ok; i++)
        ok = (glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0 ||
             glyphs->glyphs[i].glyph == PANGO_GLYPH_EMPTY;
      if (ok && run->item->analysis.level % 2 == 0)
        {
          w->font = g_object_ref (run->item->analysis.font);
          w->n_glyphs = glyphs->num_glyphs;
          w->glyphs = g_memdup2 (glyphs->glyphs, sizeof (PangoGlyphInfo) * glyphs->num_glyphs);
          w->clusters = g_new (int, glyphs->num_glyphs);
          for (int i = 0; i < glyphs->num_glyphs; i++)
            w->clusters[i] = glyphs->log_clusters[i] - run->item->offset;
          w->len = len;
          for (int i = 0; i < glyphs->num_glyphs; i++)
            w->width += (double) glyphs->glyphs[i].geometry.width / PANGO_SCALE;
        }
    }
  g_hash_table_insert (cache, g_steal_pointer (&key), w);
  return w;
}

typedef struct
{
  const char *start;   /* the line's text, its spaces included */
  const char *end;
} Line;

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t';
}

/* Breaks @text into lines of at most @width; FALSE when Pango must do it. */
static gboolean
break_lines (RsPdf      *pdf,
             GHashTable *cache,
             const char *text,
             PangoStyle  style,
             double      width,
             GArray     *lines)
{
  Word *space = shape_word (pdf, cache, " ", 1, style);
  const char *p = text;

  if (space->font == NULL)
    return FALSE;
  while (TRUE)
    {
      const char *line_start = p, *line_end = p;
      double x = 0;
      gboolean any = FALSE;

      /* Words and the spaces before them, while they fit. */
      while (*p != '\0' && *p != '\n')
        {
          const char *gap = p, *word;
          int n_spaces = 0;
          Word *w;

          while (is_space (*p))
            p++, n_spaces++;
          if (*p == '\0' || *p == '\n')
            {
              line_end = any ? line_end : p;
              break;
            }
          word = p;
          while (*p != '\0' && *p != '\n' && !is_space (*p))
            p++;
          w = shape_word (pdf, cache, word, p - word, style);
          if (w->font == NULL || w->width > width)
            return FALSE;
          if (any && x + n_spaces * space->width + w->width > width)
            {
              p = gap;                          /* the next line starts here */
              while (is_space (*p))
                p++;
              break;
            }
          if (!any)
            line_start = word;
          x += (any ? n_spaces * space->width : 0) + w->width;
          line_end = p;
          any = TRUE;
        }
      {
        Line line = { line_start, any ? line_end : line_start };
        g_array_append_val (lines, line);
      }
      if (*p == '\n')
        {
          p++;
          continue;
        }
      if (*p == '\0')
        break;
    }
  return TRUE;
}

/* Draws one line at (@x, @baseline), a text run per font. */
static void
draw_line (RsPdf      *pdf,
           GHashTable *cache,
           const Line *line,
           PangoStyle  style,
           double      x,
           double      baseline,
           GArray     *glyphs,
           GArray     *clusters)
{
  PangoFont *font = NULL;
  const char *run_start = line->start, *p = line->start;

#define FLUSH(upto)                                                                              \
  G_STMT_START {                                                                                 \
    if (font != NULL && glyphs->len > 0)                                                         \
      {                                                                                          \
        cairo_set_scaled_font (pdf->cr, pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font))); \
        cairo_show_text_glyphs (pdf->cr, run_start, (upto) - run_start,                         \
                                (cairo_glyph_t *) (gpointer) glyphs->data, glyphs->len,          \
                                (cairo_text_cluster_t *) (gpointer) clusters->data, clusters->len, 0); \
      }                                                                                          \
    g_array_set_size (glyphs, 0);                                                                \
    g_array_set_size (clusters, 0);                                                              \
    run_start = (upto);                                                                          \
  } G_STMT_END

  while (p < line->end)
    {
      const char *token = p;
      Word *w;
      cairo_text_cluster_t cluster;

      if (is_space (*p))
        p++;
      else
        while (p < line->end && !is_space (*p))
          p++;
      /* A tab is measured as a space when lines are broken; draw it so. */
      w = is_space (*token) ? shape_word (pdf, cache, " ", 1, style) : shape_word (pdf, cache, token, p - token, style);
      if (w->font != font)
        {
          FLUSH (token);
          font = w->font;
        }
      /* Pango's clusters (usually a glyph per letter), so the PDF maps
       * glyphs to text without /ActualText spans. */
      for (int i = 0; i < w->n_glyphs;)
        {
          int first = w->clusters[i], next_start;
          int k = i;

          cluster.num_glyphs = 0;
          while (k < w->n_glyphs && w->clusters[k] == first)
            {
              const PangoGlyphInfo *g = &w->glyphs[k];
              if (g->glyph != PANGO_GLYPH_EMPTY)
                {
                  cairo_glyph_t cg = { g->glyph, x + (double) g->geometry.x_offset / PANGO_SCALE,
                                       baseline + (double) g->geometry.y_offset / PANGO_SCALE };
                  g_array_append_val (glyphs, cg);
                  cluster.num_glyphs++;
                }
              x += (double) g->geometry.width / PANGO_SCALE;
              k++;
            }
          next_start = k < w->n_glyphs ? w->clusters[k] : (int) (p - token);
          if (is_space (*token))
            next_start = k < w->n_glyphs ? next_start : 1;
          cluster.num_bytes = MAX (next_start - first, 0);
          if (cluster.num_glyphs == 0 && clusters->len > 0)
            g_array_index (clusters, cairo_text_cluster_t, clusters->len - 1).num_bytes += cluster.num_bytes;
          else if (cluster.num_bytes > 0 || cluster.num_glyphs > 0)
            g_array_append_val (clusters, cluster);
          i = k;
        }
    }
  FLUSH (line->end);
#undef FLUSH
}

gboolean
_rs_pdf_add_fast_text (RsPdf            *pdf,
                       const char       *text,
                       PangoStyle        style,
                       double            x,
                       double            width,
                       const RsPdfColor *color,
                       gboolean          bar,
                       double            space_after)
{
  GHashTable **cache_slot = style == PANGO_STYLE_NORMAL ? &pdf->words_normal : &pdf->words_italic;
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));
  /* Reused by every line of the paragraph. */
  g_autoptr(GArray) glyphs = g_array_sized_new (FALSE, FALSE, sizeof (cairo_glyph_t), 128);
  g_autoptr(GArray) clusters = g_array_sized_new (FALSE, FALSE, sizeof (cairo_text_cluster_t), 128);
  double line_height, ascent, descent, lead, offset;
  guint start = 0, n;

  if (*cache_slot == NULL)
    *cache_slot = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, word_free);
  if (text == NULL || *text == '\0' || !break_lines (pdf, *cache_slot, text, style, width, lines))
    return FALSE;

  {
    g_autoptr(PangoFontDescription) desc = pango_font_description_new ();
    PangoFontMetrics *metrics;

    pango_font_description_set_family (desc, FONT_FAMILY);
    pango_font_description_set_size (desc, (int) (10.5 * PANGO_SCALE));
    pango_font_description_set_style (desc, style);
    metrics = pango_context_get_metrics (pdf->context, desc, pango_context_get_language (pdf->context));
    ascent = (double) pango_font_metrics_get_ascent (metrics) / PANGO_SCALE;
    descent = (double) pango_font_metrics_get_descent (metrics) / PANGO_SCALE;
    pango_font_metrics_unref (metrics);
  }
  /* As Pango spaces lines with a line-spacing factor of 1.2. */
  line_height = 1.2 * (ascent + descent);
  lead = (line_height - (ascent + descent)) / 2;

  n = lines->len;
  _rs_pdf_ensure_space (pdf, line_height);
  if (pdf->draw)
    _rs_pdf_set_color (pdf, color);
  offset = 0;
#define TOP(k) ((k) * line_height)
#define FITS(k) (pdf->y + TOP (k) + line_height - offset <= BOTTOM)
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
          if (pdf->draw)
            _rs_pdf_set_color (pdf, color);
          offset = TOP (i);
          start = i;
        }
      if (pdf->draw)
        {
          draw_line (pdf, *cache_slot, &g_array_index (lines, Line, i), style, x,
                     pdf->y + TOP (i) - offset + lead + ascent, glyphs, clusters);
          if (bar)
            {
              cairo_save (pdf->cr);
              _rs_pdf_set_color (pdf, &_rs_pdf_rule_color);
              cairo_rectangle (pdf->cr, x - 12, pdf->y + TOP (i) - offset, 2.5, line_height);
              cairo_fill (pdf->cr);
              cairo_restore (pdf->cr);
            }
        }
    }
#undef FITS
#undef TOP
  pdf->y += n * line_height - offset + space_after;
  return TRUE;
}

void
_rs_pdf_clear_fast_text (RsPdf *pdf)
{
  g_clear_pointer (&pdf->words_normal, g_hash_table_unref);
  g_clear_pointer (&pdf->words_italic, g_hash_table_unref);
}
