/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "bench-documents"

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "rs-document.h"

/* Builds a long report (about PAGES PDF pages: argument 1, default 300)
 * and prints the time, size and (for PDF) page count of each format. Output files go to the
 * folder given as argument 2, or to a temporary folder that is removed. */

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_png (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 400);
  cairo_t *cr = cairo_create (surface);
  GByteArray *bytes = g_byte_array_new ();

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.2, 0.5, 0.9);
  for (int i = 0; i < 8; i++)
    cairo_rectangle (cr, 40 + i * 90, 380 - (i + 1) * 40, 60, (i + 1) * 40);
  cairo_fill (cr);
  cairo_surface_write_to_png_stream (surface, append_png, bytes);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

static RsDocument *
make_document (int pages)
{
  RsDocument *doc = rs_document_new ("Hvidbog: høringssvar til budget 2027", "da");
  g_autoptr(GBytes) png = make_png ();
  const char *header[] = { "Høringspart", "Tema", "Svar", NULL };
  const char *items[] = { "Flere cykelstier", "Bevar biblioteket i Ærøskøbing", "Lavere takster", NULL };

  rs_document_set_subtitle (doc, "Borgerrådets anbefalinger og kommunens svar");
  rs_document_set_footer (doc, "Kilde: Danmarks Statistik, FOLK1A");
  rs_document_set_show_toc (doc, TRUE);
  /* Seven sections fill about four pages. */
  for (int s = 1; s <= pages * 7 / 4; s++)
    {
      g_autofree char *title = g_strdup_printf ("%d. Høringssvar om tema %d", s, s);

      rs_document_add_heading (doc, s % 10 == 1 ? 1 : 2, title);
      rs_document_add_field (doc, "Modtaget", "2026-09-28");
      rs_document_add_paragraph (doc, "Borgerrådet har drøftet forslaget og anbefaler, at kommunen "
                                 "prioriterer trafiksikkerhed omkring skolerne. Lorem ipsum dolor sit amet, "
                                 "consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
                                 "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.");
      rs_document_add_quote (doc, "»Vi ønsker flere sikre skoleveje, især ved Søndergade.«");
      rs_document_add_list (doc, items, s % 2 == 0);
      if (s % 3 == 0)
        {
          rs_document_begin_table (doc, header);
          for (int r = 0; r < 6; r++)
            {
              const char *row[] = { "Grundejerforeningen Æblehaven", "Veje", "Anbefalingen følges delvis", NULL };
              rs_document_add_row (doc, row);
            }
          rs_document_end_table (doc);
        }
      else if (s % 10 == 5)
        rs_document_add_image (doc, png, "Svar pr. tema");
      else
        rs_document_add_paragraph (doc, "Administrationens bemærkning: forslaget indgår i anden behandling. "
                                   "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum "
                                   "dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non "
                                   "proident, sunt in culpa qui officia deserunt mollit anim id est laborum.");
    }
  return doc;
}

int
main (int   argc,
      char *argv[])
{
  int pages = argc > 1 ? atoi (argv[1]) : 300;
  g_autofree char *tmp = NULL;
  const char *dir = argc > 2 ? argv[2] : NULL;
  g_autoptr(RsDocument) doc = NULL;
  gint64 start;

  if (pages <= 0)
    {
      g_printerr ("usage: %s [PAGES] [OUTPUT-FOLDER]\n", argv[0]);
      return 2;
    }
  if (dir == NULL)
    dir = tmp = g_dir_make_tmp ("rs-bench-XXXXXX", NULL);

  start = g_get_monotonic_time ();
  doc = make_document (pages);
  g_print ("build model (%d sections): %.3f s\n", pages * 7 / 4, (g_get_monotonic_time () - start) / 1e6);

  for (RsDocumentFormat format = RS_DOCUMENT_FORMAT_PDF; format <= RS_DOCUMENT_FORMAT_HTML; format++)
    {
      const char *ext = rs_document_format_get_extension (format);
      g_autofree char *name = g_strdup_printf ("bench.%s", ext);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      GStatBuf st;
      double seconds;

      start = g_get_monotonic_time ();
      if (!rs_document_write (doc, format, path, NULL, &error))
        {
          g_printerr ("%s: %s\n", ext, error->message);
          return 1;
        }
      seconds = (g_get_monotonic_time () - start) / 1e6;
      g_stat (path, &st);
      g_print ("%-4s %8.3f s %10.1f KiB  %s\n", ext, seconds, st.st_size / 1024.0, path);
      if (format == RS_DOCUMENT_FORMAT_PDF)
        {
          g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
          PopplerDocument *pdf = poppler_document_new_from_file (uri, NULL, NULL);

          if (pdf != NULL)
            {
              int n = poppler_document_get_n_pages (pdf);

              g_print ("pdf  %d pages, %.2f ms per page\n", n, seconds * 1000 / n);
              g_object_unref (pdf);
            }
        }
      if (tmp != NULL)
        g_unlink (path);
    }
  if (tmp != NULL)
    g_rmdir (tmp);
  return 0;
}
