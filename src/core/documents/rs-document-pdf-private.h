/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "rs-document-private.h"

G_BEGIN_DECLS

/* Shared by the PDF writer's files (rs-document-pdf*.c). */

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
} RsPdf;

typedef struct
{
  double r, g, b;
} RsPdfColor;

extern const RsPdfColor _rs_pdf_text_color;
extern const RsPdfColor _rs_pdf_rule_color;

void         _rs_pdf_set_color      (RsPdf            *pdf,
                                     const RsPdfColor *color);
PangoLayout *_rs_pdf_new_layout     (RsPdf            *pdf,
                                     const char       *text,
                                     double            size,
                                     PangoWeight       weight,
                                     PangoStyle        style,
                                     double            width);
double       _rs_pdf_layout_height  (PangoLayout      *layout);
/* FALSE, with pdf->error set, once cairo reports an error. */
gboolean     _rs_pdf_check          (RsPdf            *pdf);
gboolean     _rs_pdf_at_page_top    (RsPdf            *pdf);
/* Finishes the page (footer) and starts the next; repeats the header of
 * the table being drawn. */
void         _rs_pdf_new_page       (RsPdf            *pdf);
/* Starts a new page unless @height still fits on this one. */
void         _rs_pdf_ensure_space   (RsPdf            *pdf,
                                     double            height);
void         _rs_pdf_draw_table_row (RsPdf            *pdf,
                                     GStrv             cells,
                                     gboolean          header,
                                     int               row);
void         _rs_pdf_add_table      (RsPdf            *pdf,
                                     const RsBlock    *block);

G_END_DECLS
