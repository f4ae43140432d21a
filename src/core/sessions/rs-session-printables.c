/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-session-printables"

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <glib/gstdio.h>

#include "rs-numeric-locale.h"
#include "rs-report-i18n.h"

#include "rs-session-printables.h"
#include "rs-session-report.h"
#include "rs-session-store.h"

#define MM (72.0 / 25.4)
#define A4_W (210 * MM)
#define A4_H (297 * MM)

static void
draw_text (cairo_t    *cr,
           const char *text,
           const char *font,
           double      x,
           double      y,
           double      width)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  int w, h;

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

/* The PDF is drawn into a hidden file next to @path and renamed over it
 * only when complete, so a failure or cancellation leaves no half-written
 * file behind. */
static char *
temp_path_for (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.%08x.part", base, g_random_int ());

  return g_build_filename (dir, name, NULL);
}

static gboolean
finish (cairo_surface_t *surface,
        cairo_t         *cr,
        const char      *tmp,
        const char      *path,
        gboolean         complete,
        GError         **error)
{
  cairo_status_t status;

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS || !complete
      || (g_rename (tmp, path) != 0 && (status = CAIRO_STATUS_WRITE_ERROR)))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_unlink (tmp);
      if (complete)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Could not write “%s”: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
rs_session_printables_badges (RsDatabase   *db,
                              gint64        session_id,
                              gboolean      with_names,
                              const char   *language,
                              const char   *path,
                              GCancellable *cancellable,
                              GError      **error)
{
  g_autoptr(RsReportScope) scope = rs_report_scope_begin (language);
  g_autoptr(RsNumericLocale) numeric = rs_numeric_locale_begin ();
  g_autofree char *tmp = temp_path_for (path);
  g_autoptr(RsSession) s = rs_session_store_get (db, session_id, error);
  g_autoptr(GPtrArray) regs = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  const double bw = 90 * MM, bh = 55 * MM;
  const double mx = (A4_W - 2 * bw) / 2, my = (A4_H - 5 * bh) / 2;
  guint n = 0;

  if (s == NULL || (regs = rs_session_store_registrations (db, session_id, with_names, error)) == NULL)
    return FALSE;
  surface = cairo_pdf_surface_create (tmp, A4_W, A4_H);
  cr = cairo_create (surface);
  for (guint i = 0; i < regs->len; i++)
    {
      RsRegistration *r = g_ptr_array_index (regs, i);
      double x, y;
      const char *who;

      if (rs_registration_get_status (r) != RS_REGISTRATION_REGISTERED)
        continue;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          finish (surface, cr, tmp, path, FALSE, NULL);
          return FALSE;
        }
      if (n > 0 && n % 10 == 0)
        cairo_show_page (cr);
      x = mx + (n % 2) * bw;
      y = my + ((n % 10) / 2) * bh;
      n++;
      cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, x, y, bw, bh);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
      cairo_rectangle (cr, x, y, bw, 8 * MM);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      draw_text (cr, rs_session_get_title (s), "Sans 7", x + 3 * MM, y + 4 * MM, bw - 6 * MM);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      who = rs_registration_get_name (r);
      if (!with_names || who == NULL || *who == '\0')
        who = rs_registration_get_pseudonym (r);
      draw_text (cr, who, "Sans Bold 20", x + 3 * MM, y + 28 * MM, bw - 6 * MM);
      if (rs_registration_get_table_no (r) > 0)
        {
          g_autofree char *table = g_strdup_printf (_("Table %d"), rs_registration_get_table_no (r));
          draw_text (cr, table, "Sans 11", x + 3 * MM, y + 44 * MM, bw - 6 * MM);
        }
    }
  return finish (surface, cr, tmp, path, TRUE, error);
}

gboolean
rs_session_printables_table_cards (RsDatabase   *db,
                                   gint64        session_id,
                                   const char   *language,
                                   const char   *path,
                                   GCancellable *cancellable,
                                   GError      **error)
{
  g_autoptr(RsReportScope) scope = rs_report_scope_begin (language);
  g_autoptr(RsNumericLocale) numeric = rs_numeric_locale_begin ();
  g_autofree char *tmp = temp_path_for (path);
  g_autoptr(RsSession) s = rs_session_store_get (db, session_id, error);
  g_autoptr(GPtrArray) regs = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int max_table = 0;

  if (s == NULL || (regs = rs_session_store_registrations (db, session_id, FALSE, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < regs->len; i++)
    max_table = MAX (max_table, rs_registration_get_table_no (g_ptr_array_index (regs, i)));
  if (max_table == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Make the table groups first: nobody has a table yet."));
      return FALSE;
    }
  surface = cairo_pdf_surface_create (tmp, A4_W, A4_H);
  cr = cairo_create (surface);
  for (int t = 1; t <= max_table; t++)
    {
      g_autofree char *number = g_strdup_printf ("%d", t);
      g_autofree char *label = g_strdup_printf (_("Table %d"), t);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          finish (surface, cr, tmp, path, FALSE, NULL);
          return FALSE;
        }
      if (t > 1)
        cairo_show_page (cr);
      cairo_set_source_rgb (cr, 0.7, 0.7, 0.7);
      cairo_set_dash (cr, (double[]) { 4, 4 }, 2, 0);
      cairo_move_to (cr, 0, A4_H / 2);
      cairo_line_to (cr, A4_W, A4_H / 2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      /* Lower half reads normally; the upper half upside down, for folding. */
      draw_text (cr, number, "Sans Bold 120", 0, A4_H * 0.72, A4_W);
      draw_text (cr, label, "Sans 20", 0, A4_H * 0.90, A4_W);
      cairo_save (cr);
      cairo_translate (cr, A4_W, A4_H / 2);
      cairo_rotate (cr, G_PI);
      draw_text (cr, number, "Sans Bold 120", 0, A4_H * 0.22, A4_W);
      draw_text (cr, rs_session_get_title (s), "Sans 14", 20 * MM, A4_H * 0.40, A4_W - 40 * MM);
      cairo_restore (cr);
    }
  return finish (surface, cr, tmp, path, TRUE, error);
}

typedef struct
{
  gint64              session_id;
  RsSessionPrintable  printable;
  gboolean            with_names;
  char               *language;
  char               *path;
} PrintJob;

static void
print_job_free (PrintJob *p)
{
  g_free (p->language);
  g_free (p->path);
  g_free (p);
}

static gpointer
print_job (RsDatabase   *db,
           gpointer      data,
           GCancellable *cancellable,
           GError      **error)
{
  PrintJob *p = data;
  g_autoptr(RsDocument) doc = NULL;

  switch (p->printable)
    {
    case RS_SESSION_PRINTABLE_AGENDA:
      doc = rs_session_report_agenda (db, p->session_id, p->language, error);
      break;
    case RS_SESSION_PRINTABLE_ATTENDANCE_SHEET:
      doc = rs_session_report_attendance_sheet (db, p->session_id, p->with_names, p->language, error);
      break;
    case RS_SESSION_PRINTABLE_BADGES:
      rs_session_printables_badges (db, p->session_id, p->with_names, p->language, p->path, cancellable, error);
      return NULL;
    case RS_SESSION_PRINTABLE_TABLE_CARDS:
    default:
      rs_session_printables_table_cards (db, p->session_id, p->language, p->path, cancellable, error);
      return NULL;
    }
  if (doc != NULL)
    rs_document_write (doc, RS_DOCUMENT_FORMAT_PDF, p->path, cancellable, error);
  return NULL;
}

void
rs_session_printable_write_async (RsDatabase         *db,
                                  gint64              session_id,
                                  RsSessionPrintable  printable,
                                  gboolean            with_names,
                                  const char         *language,
                                  const char         *path,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  PrintJob *p;

  g_return_if_fail (RS_IS_DATABASE (db));
  g_return_if_fail (path != NULL);
  p = g_new0 (PrintJob, 1);
  p->session_id = session_id;
  p->printable = printable;
  p->with_names = with_names;
  p->language = g_strdup (language);
  p->path = g_strdup (path);
  rs_database_run_async (db, print_job, p, (GDestroyNotify) print_job_free, NULL, cancellable, callback,
                         user_data);
}

gboolean
rs_session_printable_write_finish (RsDatabase   *db,
                                   GAsyncResult *result,
                                   GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}
