/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>
#include <zlib.h>
#include <cairo.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "rs-document.h"
#include "rs-test-utils.h"

/* poppler-glib 22.12 has no autoptr support yet. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define HOSTILE_SCRIPT "<script>alert('x')</script>"
#define HOSTILE_ATTR "\"><img src=x onerror=alert(1)>"
#define DANISH "Blåbærgrød på Ærø: æøå ÆØÅ"

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_png (int width,
          int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  GByteArray *bytes = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.9, 0.95, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.2, 0.5, 0.9);
  for (int i = 0; i < 5; i++)
    cairo_rectangle (cr, 20 + i * (width - 40) / 5.0, height - 20 - (i + 1) * 30, (width - 40) / 6.0, (i + 1) * 30);
  cairo_fill (cr);
  cairo_surface_write_to_png_stream (surface, append_png, bytes);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

/* Every block type, hostile strings, Danish letters, and enough sections
 * for several PDF pages. */
static RsDocument *
make_document (const char *language,
               int         n_sections)
{
  RsDocument *doc = rs_document_new ("Hvidbog " DANISH, language);
  g_autoptr(GBytes) png = make_png (600, 300);
  const char *items[] = { "Første punkt " HOSTILE_SCRIPT, "Andet punkt & mere", DANISH, NULL };
  const char *header[] = { "Tema", "Antal", "Kommentar " HOSTILE_ATTR, NULL };

  rs_document_set_subtitle (doc, "Budget 2027 \x01 " HOSTILE_ATTR);
  rs_document_set_footer (doc, "Kilde: Danmarks Statistik, FOLK1A");
  rs_document_set_show_toc (doc, TRUE);

  rs_document_add_heading (doc, 1, "Indledning " HOSTILE_SCRIPT);
  rs_document_add_paragraph (doc, "Afsnit med " DANISH " og " HOSTILE_ATTR " & 'citat'.\nNy linje.");
  rs_document_add_quote (doc, "Høringssvar: " HOSTILE_SCRIPT " vi ønsker flere cykelstier.");
  rs_document_add_list (doc, items, FALSE);
  rs_document_add_list (doc, items, TRUE);
  rs_document_add_field (doc, "Modtaget " HOSTILE_ATTR, "2026-09-28");
  rs_document_add_heading (doc, 2, "Tabel og figur");
  rs_document_begin_table (doc, header);
  for (int r = 0; r < 40; r++)
    {
      g_autofree char *count = g_strdup_printf ("%d", r * 7);
      g_autofree char *comment = g_strdup_printf ("Række %d: %s", r, r % 5 == 0 ?
        "en lang kommentar der skal ombrydes over flere linjer i cellen, fordi den er meget lang og "
        "fortsætter og fortsætter med " DANISH : "kort");
      const char *row[] = { r == 3 ? HOSTILE_SCRIPT : "Trafik", count, comment, NULL };

      rs_document_add_row (doc, row);
    }
  rs_document_end_table (doc);
  rs_document_add_image (doc, png, "Figur: svar pr. tema " HOSTILE_ATTR);
  rs_document_add_page_break (doc);
  for (int s = 1; s <= n_sections; s++)
    {
      g_autofree char *title = g_strdup_printf ("Afsnit %d om %s", s, s % 2 ? "skoler" : "veje");
      g_autofree char *sub = g_strdup_printf ("Underafsnit %d.1", s);

      rs_document_add_heading (doc, 1, title);
      for (int p = 0; p < 4; p++)
        rs_document_add_paragraph (doc, "Borgerrådet har drøftet budgettet grundigt. Lorem ipsum dolor sit "
                                   "amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
                                   "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
                                   "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.");
      rs_document_add_heading (doc, 2, sub);
      rs_document_add_paragraph (doc, "Anbefaling: " DANISH);
      rs_document_add_heading (doc, 3, "Niveau tre (ikke i indholdsfortegnelsen)");
    }
  return doc;
}

static char *
write_document (RsDocument       *doc,
                RsDocumentFormat  format,
                const char       *dir,
                gsize            *length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "out", NULL);
  char *contents = NULL;

  g_assert_true (rs_document_write (doc, format, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, length, &error));
  g_assert_no_error (error);
  return contents;
}

static void
test_html (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-doc-XXXXXX", NULL);
  g_autoptr(RsDocument) doc = make_document ("da", 2);
  g_autofree char *html = write_document (doc, RS_DOCUMENT_FORMAT_HTML, dir, NULL);

  g_assert_true (g_utf8_validate (html, -1, NULL));
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "<html lang=\"da\">"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<img src=x"));
  g_assert_null (strstr (html, "\">"  "<img"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  g_assert_null (strstr (html, "\x01"));
  g_assert_nonnull (strstr (html, DANISH));
  g_assert_nonnull (strstr (html, "<h2 id=\"section-1\">Indledning &lt;script&gt;"));
  g_assert_nonnull (strstr (html, "<a href=\"#section-1\">"));
  g_assert_nonnull (strstr (html, "<a href=\"#section-2\">Tabel og figur</a>"));
  g_assert_nonnull (strstr (html, ">Indhold</h2>"));
  g_assert_nonnull (strstr (html, "<img src=\"data:image/png;base64,iVBORw0KGgo"));
  g_assert_nonnull (strstr (html, "<blockquote>"));
  g_assert_nonnull (strstr (html, "<ol>"));
  g_assert_nonnull (strstr (html, "<th scope=\"col\">Tema</th>"));
  g_assert_nonnull (strstr (html, "Kilde: Danmarks Statistik, FOLK1A"));
  g_assert_true (g_str_has_suffix (html, "</html>\n"));
  g_clear_pointer (&html, g_free);

  /* A malformed language tag cannot break out of the attribute. */
  g_clear_object (&doc);
  doc = rs_document_new ("x", "da\"><script>");
  html = write_document (doc, RS_DOCUMENT_FORMAT_HTML, dir, NULL);
  g_assert_nonnull (strstr (html, "<html lang=\"und\">"));
  g_assert_null (strstr (html, "<script"));
  rs_test_remove_dir (dir);
}

/* A minimal zip reader: entries from the central directory. */
typedef struct
{
  char    *name;
  guint    method;
  gsize    offset;   /* of the local header */
  gsize    compressed;
  gsize    size;
} ZipEntry;

static guint
get16 (const guint8 *p)
{
  return p[0] | (p[1] << 8);
}

static guint32
get32 (const guint8 *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

static char *
zip_extract (const guint8 *zip,
             gsize         length,
             const char   *name)
{
  const guint8 *end = zip + length - 22;
  const guint8 *p;
  guint n;

  g_assert_cmpuint (get32 (end), ==, 0x06054b50);
  n = get16 (end + 10);
  p = zip + get32 (end + 16);
  for (guint i = 0; i < n; i++)
    {
      guint name_len = get16 (p + 28);

      g_assert_cmpuint (get32 (p), ==, 0x02014b50);
      if (name_len == strlen (name) && memcmp (p + 46, name, name_len) == 0)
        {
          guint method = get16 (p + 10);
          guint32 crc = get32 (p + 16);
          gsize csize = get32 (p + 20), size = get32 (p + 24);
          const guint8 *local = zip + get32 (p + 42);
          const guint8 *data = local + 30 + get16 (local + 26) + get16 (local + 28);
          char *out = g_malloc (size + 1);

          g_assert_cmpuint (get32 (local), ==, 0x04034b50);
          if (method == 0)
            memcpy (out, data, size);
          else
            {
              z_stream z = { 0 };

              g_assert_cmpuint (method, ==, 8);
              g_assert_cmpint (inflateInit2 (&z, -15), ==, Z_OK);
              z.next_in = (Bytef *) data;
              z.avail_in = csize;
              z.next_out = (Bytef *) out;
              z.avail_out = size;
              g_assert_cmpint (inflate (&z, Z_FINISH), ==, Z_STREAM_END);
              g_assert_cmpuint (z.total_out, ==, size);
              inflateEnd (&z);
            }
          g_assert_cmpuint (crc32 (0, (Bytef *) out, size), ==, crc);
          out[size] = '\0';
          return out;
        }
      p += 46 + name_len + get16 (p + 30) + get16 (p + 32);
    }
  return NULL;
}

static void
collect_text (GMarkupParseContext *context,
              const char          *text,
              gsize                text_len,
              gpointer             user_data,
              GError             **error)
{
  g_string_append_len (user_data, text, text_len);
}

static void
collect_start (GMarkupParseContext *context,
               const char          *element,
               const char         **names,
               const char         **values,
               gpointer             user_data,
               GError             **error)
{
  GString *text = user_data;

  if (g_str_equal (element, "text:h"))
    for (int i = 0; names[i] != NULL; i++)
      if (g_str_equal (names[i], "text:outline-level"))
        g_string_append_printf (text, "[h%s]", values[i]);
}

static char *
xml_text (const char *xml)
{
  static const GMarkupParser parser = { collect_start, NULL, collect_text, NULL, NULL };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, text, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_markup_parse_context_parse (context, xml, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_odt (void)
{
  static const char mimetype[] = "application/vnd.oasis.opendocument.text";
  g_autofree char *dir = g_dir_make_tmp ("rs-doc-XXXXXX", NULL);
  g_autoptr(RsDocument) doc = make_document ("da", 2);
  gsize length;
  g_autofree guint8 *zip = (guint8 *) write_document (doc, RS_DOCUMENT_FORMAT_ODT, dir, &length);
  g_autofree char *content = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *manifest = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *picture = NULL;
  g_autofree char *text = NULL;
  g_autofree char *styles_text = NULL;

  /* The first entry is "mimetype", stored, with the ODF media type. */
  g_assert_cmpuint (length, >, 30 + 8 + sizeof mimetype);
  g_assert_cmpuint (get32 (zip), ==, 0x04034b50);
  g_assert_cmpuint (get16 (zip + 8), ==, 0);
  g_assert_cmpuint (get16 (zip + 26), ==, 8);
  g_assert_cmpuint (get16 (zip + 28), ==, 0);
  g_assert_cmpmem (zip + 30, 8, "mimetype", 8);
  g_assert_cmpuint (get32 (zip + 22), ==, strlen (mimetype));
  g_assert_cmpmem (zip + 38, strlen (mimetype), mimetype, strlen (mimetype));

  content = zip_extract (zip, length, "content.xml");
  styles = zip_extract (zip, length, "styles.xml");
  manifest = zip_extract (zip, length, "META-INF/manifest.xml");
  meta = zip_extract (zip, length, "meta.xml");
  picture = zip_extract (zip, length, "Pictures/image1.png");
  g_assert_nonnull (content);
  g_assert_nonnull (styles);
  g_assert_nonnull (manifest);
  g_assert_nonnull (meta);
  g_assert_nonnull (picture);
  g_assert_true (g_str_has_prefix (picture, "\x89PNG"));
  g_assert_nonnull (strstr (manifest, "Pictures/image1.png"));

  g_assert_null (strstr (content, "<script"));
  g_assert_null (strstr (content, "<img"));
  g_assert_nonnull (strstr (content, "&lt;script&gt;"));
  text = xml_text (content);
  g_free (xml_text (manifest));
  g_free (xml_text (meta));
  g_assert_nonnull (strstr (text, "[h1]Indledning " HOSTILE_SCRIPT));
  g_assert_nonnull (strstr (text, "[h2]Tabel og figur"));
  g_assert_nonnull (strstr (text, HOSTILE_ATTR));
  g_assert_nonnull (strstr (text, DANISH));
  g_assert_nonnull (strstr (text, "Indhold"));
  g_assert_nonnull (strstr (text, "Kommentar " HOSTILE_ATTR));
  g_assert_null (strstr (text, "\x01"));
  g_assert_nonnull (strstr (content, "<text:table-of-content "));
  g_assert_nonnull (strstr (content, "<text:list "));
  g_assert_nonnull (strstr (content, "<table:table-header-rows>"));

  styles_text = xml_text (styles);
  g_assert_nonnull (strstr (styles_text, "Kilde: Danmarks Statistik, FOLK1A"));
  g_assert_nonnull (strstr (styles_text, "Side"));
  g_assert_nonnull (strstr (styles, "<text:page-number"));
  g_assert_nonnull (strstr (styles, "fo:language=\"da\""));
  rs_test_remove_dir (dir);
}

static char *
pdf_page_text (PopplerDocument *pdf,
               int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, index);

  return poppler_page_get_text (page);
}

/* The page number printed on the table of contents line of @entry: the
 * digits at the right margin on the same line. */
static int
toc_page_number (PopplerDocument *pdf,
                 const char      *entry)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, 0);
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint n_rects;
  const char *found = strstr (text, entry);
  glong index;
  double width;
  int number = 0;

  g_assert_nonnull (found);
  index = g_utf8_pointer_to_offset (text, found);
  poppler_page_get_size (page, &width, NULL);
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  g_assert_cmpuint (index, <, n_rects);
  for (guint i = 0; i < n_rects; i++)
    {
      double middle = (rects[i].y1 + rects[i].y2) / 2;
      gunichar c = g_utf8_get_char (g_utf8_offset_to_pointer (text, i));

      if (rects[i].x1 > width * 0.75 && g_unichar_isdigit (c)
          && middle > rects[index].y1 && middle < rects[index].y2)
        number = number * 10 + g_unichar_digit_value (c);
    }
  return number;
}

static void
test_pdf (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-doc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "rapport.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(RsDocument) doc = make_document ("da", 12);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *first = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *last = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *all = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  PopplerIndexIter *index;
  PopplerAction *action;
  int n_pages, toc_page = 0, found_page = 0;

  g_assert_true (rs_document_write (doc, RS_DOCUMENT_FORMAT_PDF, path, NULL, &error));
  g_assert_no_error (error);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  n_pages = poppler_document_get_n_pages (pdf);
  g_assert_cmpint (n_pages, >, 3);
  g_assert_cmpstr (poppler_document_get_title (pdf), ==, "Hvidbog " DANISH);

  /* Bookmarks: the first one is the first level 1 heading. */
  index = poppler_index_iter_new (pdf);
  g_assert_nonnull (index);
  action = poppler_index_iter_get_action (index);
  g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
  g_assert_cmpstr (action->any.title, ==, "Indledning " HOSTILE_SCRIPT);
  if (action->goto_dest.dest->type == POPPLER_DEST_NAMED)
    {
      PopplerDest *dest = poppler_document_find_dest (pdf, action->goto_dest.dest->named_dest);

      g_assert_nonnull (dest);
      g_assert_cmpint (dest->page_num, ==, toc_page_number (pdf, "Indledning "));
      poppler_dest_free (dest);
    }
  else
    g_assert_cmpint (action->goto_dest.dest->page_num, ==, toc_page_number (pdf, "Indledning "));
  poppler_action_free (action);
  poppler_index_iter_free (index);

  first = pdf_page_text (pdf, 0);
  flat = g_strdelimit (g_strdup (first), "\n", ' ');
  g_assert_nonnull (strstr (flat, "Hvidbog " DANISH));
  g_assert_nonnull (strstr (first, "Indhold"));
  g_assert_nonnull (strstr (first, "Indledning " HOSTILE_SCRIPT));
  g_assert_nonnull (strstr (first, "Afsnit 7 om skoler"));
  g_assert_null (strstr (first, "Niveau tre"));
  footer = g_strdup_printf ("Side 1 af %d", n_pages);
  g_assert_nonnull (strstr (first, footer));
  g_assert_nonnull (strstr (first, "Kilde: Danmarks Statistik, FOLK1A"));
  g_clear_pointer (&footer, g_free);
  last = pdf_page_text (pdf, n_pages - 1);
  footer = g_strdup_printf ("Side %d af %d", n_pages, n_pages);
  g_assert_nonnull (strstr (last, footer));

  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *page = pdf_page_text (pdf, i);

      g_string_append (text, page);
      if (found_page == 0 && i > 0 && strstr (page, "Afsnit 7 om skoler") != NULL)
        found_page = i + 1;
    }
  g_assert_nonnull (strstr (text->str, "Niveau tre"));
  g_assert_nonnull (strstr (text->str, HOSTILE_ATTR));
  g_assert_nonnull (strstr (text->str, "Række 39"));

  /* The table of contents gives the page the heading is on. */
  toc_page = toc_page_number (pdf, "Afsnit 7 om skoler");
  g_assert_cmpint (found_page, >, 1);
  g_assert_cmpint (toc_page, ==, found_page);
  rs_test_remove_dir (dir);
}

static void
test_pdf_english (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-doc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(RsDocument) doc = rs_document_new ("Council package", "en");
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *first = NULL;

  rs_document_set_show_toc (doc, TRUE);
  rs_document_add_heading (doc, 1, "Summary");
  rs_document_add_paragraph (doc, "Short.");
  g_assert_true (rs_document_write (doc, RS_DOCUMENT_FORMAT_PDF, path, NULL, &error));
  g_assert_no_error (error);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (pdf), ==, 2);
  first = pdf_page_text (pdf, 0);
  g_assert_nonnull (strstr (first, "Contents"));
  g_assert_nonnull (strstr (first, "Page 1 of 2"));
  rs_test_remove_dir (dir);
}

static void
test_cancel (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-doc-XXXXXX", NULL);
  g_autoptr(RsDocument) doc = make_document ("da", 2);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_cancellable_cancel (cancellable);
  for (RsDocumentFormat format = RS_DOCUMENT_FORMAT_PDF; format <= RS_DOCUMENT_FORMAT_HTML; format++)
    {
      g_autofree char *path = g_build_filename (dir, "cancelled", NULL);
      g_autofree char *old = g_build_filename (dir, "old", NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) listing = NULL;

      g_assert_false (rs_document_write (doc, format, path, cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_clear_error (&error);

      /* An existing file stays as it was. */
      g_assert_true (g_file_set_contents (old, "old", -1, NULL));
      g_assert_false (rs_document_write (doc, format, old, cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_true (g_file_get_contents (old, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "old");

      /* No temporary file is left behind. */
      listing = g_dir_open (dir, 0, NULL);
      g_assert_cmpstr (g_dir_read_name (listing), ==, "old");
      g_assert_null (g_dir_read_name (listing));
    }
  rs_test_remove_dir (dir);
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GError **error = user_data;

  g_assert_false (rs_document_write_finish (RS_DOCUMENT (source), result, error));
}

static gboolean
has_partial_file (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, ".part"))
      return TRUE;
  return FALSE;
}

/* Cancelled while the PDF is being laid out: the writer is known to be
 * running once its temporary file exists, and a document this long takes
 * seconds, so the cancellation always arrives in the middle. */
static void
test_cancel_midway (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-doc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.pdf", NULL);
  g_autoptr(RsDocument) doc = make_document ("da", 2000);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;

  rs_document_write_async (doc, RS_DOCUMENT_FORMAT_PDF, path, cancellable, on_written, &error);
  while (!has_partial_file (dir) && error == NULL)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (500);
    }
  g_assert_no_error (error);
  g_cancellable_cancel (cancellable);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  rs_test_remove_dir (dir);
}

static void
test_missing_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-doc-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "does-not-exist", NULL);
  g_autofree char *path = g_build_filename (missing, "out.pdf", NULL);
  g_autoptr(RsDocument) doc = make_document ("da", 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (rs_document_write (doc, RS_DOCUMENT_FORMAT_PDF, path, NULL, &error));
  g_assert_error (error, RS_DOCUMENT_ERROR, RS_DOCUMENT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  rs_test_remove_dir (dir);
}

static void
on_written_ok (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (rs_document_write_finish (RS_DOCUMENT (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_async (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rs-doc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "async.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "x.odt", NULL);
  g_autoptr(RsDocument) doc = make_document ("da", 3);
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  rs_document_write_async (doc, RS_DOCUMENT_FORMAT_PDF, path, NULL, on_written_ok, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  rs_document_write_async (doc, RS_DOCUMENT_FORMAT_ODT, missing, NULL, on_written, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, RS_DOCUMENT_ERROR, RS_DOCUMENT_ERROR_WRITE);
  rs_test_remove_dir (dir);
}

static void
test_format_names (void)
{
  RsDocumentFormat format = RS_DOCUMENT_FORMAT_HTML;

  g_assert_true (rs_document_format_from_string ("PDF", &format));
  g_assert_cmpint (format, ==, RS_DOCUMENT_FORMAT_PDF);
  g_assert_true (rs_document_format_from_string ("odt", &format));
  g_assert_cmpint (format, ==, RS_DOCUMENT_FORMAT_ODT);
  g_assert_true (rs_document_format_from_string ("Html", &format));
  g_assert_cmpint (format, ==, RS_DOCUMENT_FORMAT_HTML);
  g_assert_false (rs_document_format_from_string ("docx", &format));
  g_assert_false (rs_document_format_from_string (NULL, &format));
  g_assert_cmpstr (rs_document_format_get_extension (RS_DOCUMENT_FORMAT_ODT), ==, "odt");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/html", test_html);
  g_test_add_func ("/document/odt", test_odt);
  g_test_add_func ("/document/pdf", test_pdf);
  g_test_add_func ("/document/pdf-english", test_pdf_english);
  g_test_add_func ("/document/cancel", test_cancel);
  g_test_add_func ("/document/cancel-midway", test_cancel_midway);
  g_test_add_func ("/document/missing-folder", test_missing_folder);
  g_test_add_func ("/document/async", test_async);
  g_test_add_func ("/document/format-names", test_format_names);

  return g_test_run ();
}
