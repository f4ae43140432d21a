/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <poppler.h>
#include <zlib.h>

#include "rs-catalog.h"
#include "rs-date.h"
#include "rs-hearing-import.h"
#include "rs-hearings-test-common.h"
#include "rs-response-store.h"
#include "rs-whitebook.h"

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      round_id;
  GPtrArray  *private_details;  /* names, addresses and phone numbers of private senders */
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GRegex) phone = g_regex_new ("telefon (\\d+)", 0, 0, NULL);
  gint64 process_id;

  f->db = rs_test_open_sample_database (&f->dir, &process_id);
  f->round_id = sample_round_id (f->db, process_id);
  f->private_details = g_ptr_array_new_with_free_func (g_free);
  list = rs_response_store_search (f->db, f->round_id, &(RsResponseFilter) { .party_type = "private" },
                                   &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autoptr(GMatchInfo) match = NULL;

      g_ptr_array_add (f->private_details, g_strdup (rs_hearing_response_get_sender (r)));
      g_ptr_array_add (f->private_details, g_strdup (rs_hearing_response_get_sender_address (r)));
      if (g_regex_match (phone, rs_hearing_response_get_text (r), 0, &match))
        g_ptr_array_add (f->private_details, g_match_info_fetch (match, 1));
    }
  g_assert_cmpuint (f->private_details->len, >=, 40);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_ptr_array_unref (f->private_details);
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
export_ordered (Fixture          *f,
                RsDocumentFormat  format,
                gboolean          show_private_names,
                RsWhitebookOrder  order)
{
  g_autoptr(GError) error = NULL;
  /* English, so the checks below hold in every test locale. */
  RsWhitebookOptions options = { show_private_names, 5, order, "en" };
  const char *ext = rs_document_format_get_extension (format);
  g_autofree char *name = g_strdup_printf ("whitebook-%d-%d.%s", show_private_names, order, ext);
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (rs_whitebook_export (f->db, f->round_id, &options, format, path, NULL, NULL, NULL,
                                      &error));
  g_assert_no_error (error);
  return path;
}

static char *
export (Fixture          *f,
        RsDocumentFormat  format,
        gboolean          show_private_names)
{
  return export_ordered (f, format, show_private_names, RS_WHITEBOOK_ORDER_THEME);
}

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
assert_no_private_details (Fixture    *f,
                           const char *text)
{
  for (guint i = 0; i < f->private_details->len; i++)
    {
      const char *detail = g_ptr_array_index (f->private_details, i);
      if (strstr (text, detail) != NULL)
        g_error ("the export contains “%s”", detail);
    }
}

static void
test_html_redacted (Fixture      *f,
                    gconstpointer data)
{
  g_autofree char *path = export (f, RS_DOCUMENT_FORMAT_HTML, FALSE);
  g_autofree char *html = read_text (path);

  assert_no_private_details (f, html);
  g_assert_nonnull (strstr (html, "Private citizen 1"));
  /* Organisations are named; coded points carry comment and decision. */
  g_assert_nonnull (strstr (html, "Ældrerådet"));
  g_assert_nonnull (strstr (html, "Administrationen noterer bemærkningen"));
  g_assert_nonnull (strstr (html, "Annex: consulted parties"));
  g_assert_nonnull (strstr (html, "Menighedsrådet i Havbjerg Sogn"));
  g_assert_nonnull (strstr (html, "Jeg protesterer mod lukningen af svømmehallen"));
}

static void
test_html_shows_names_when_chosen (Fixture      *f,
                                   gconstpointer data)
{
  g_autofree char *path = export (f, RS_DOCUMENT_FORMAT_HTML, TRUE);
  g_autofree char *html = read_text (path);

  g_assert_nonnull (strstr (html, g_ptr_array_index (f->private_details, 0)));
  g_assert_null (strstr (html, "Private citizen 1"));
}

static void
test_html_escaping (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = g_build_filename (f->dir, "hostile.csv", NULL);
  g_autofree char *path = NULL;
  g_autofree char *html = NULL;
  const char *paths[] = { csv, NULL };

  g_assert_true (g_file_set_contents (csv,
                                      "sender,type,received,text\n"
                                      "\"<b>Evil</b> & Co\",organisation,2026-09-20,"
                                      "\"</p><script>alert('x')</script><img src=x onerror=alert(1)> & \"\"quotes\"\"\"\n",
                                      -1, NULL));
  g_assert_cmpint (rs_hearing_import_files (f->db, f->round_id, paths, NULL, NULL, NULL, &error), ==, 1);
  g_assert_no_error (error);
  path = export (f, RS_DOCUMENT_FORMAT_HTML, FALSE);
  html = read_text (path);
  g_assert_null (strstr (html, "<script>alert"));
  g_assert_null (strstr (html, "<img src=x"));
  g_assert_null (strstr (html, "<b>Evil"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;"));
  g_assert_nonnull (strstr (html, "&lt;b&gt;Evil&lt;/b&gt; &amp; Co"));
}

static void
test_html_per_response (Fixture      *f,
                        gconstpointer data)
{
  g_autofree char *path = export_ordered (f, RS_DOCUMENT_FORMAT_HTML, FALSE, RS_WHITEBOOK_ORDER_RESPONSE);
  g_autofree char *html = read_text (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = rs_response_store_list (f->db, f->round_id, &error);
  const char *at = html;
  int pseudonym = 0, coded = 0, uncoded = 0;
  guint n;

  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >=, 40);
  assert_no_private_details (f, html);
  g_assert_nonnull (strstr (html, "Responses in the order received"));
  g_assert_null (strstr (html, "Responses by theme"));
  g_assert_null (strstr (html, "Responses not yet analysed<"));
  /* Every response, in the order received: the next heading comes after the last. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (list), i);
      /* The date as an English report writes it. */
      g_autoptr(RsReportScope) scope = rs_report_scope_begin ("en");
      g_autofree char *date = rs_date_format_long (rs_hearing_response_get_received_on (r));
      g_autofree char *sender = rs_hearing_response_is_private (r)
                                ? g_strdup_printf ("Private citizen %d", ++pseudonym)
                                : g_markup_escape_text (rs_hearing_response_get_sender (r), -1);
      g_autofree char *heading = g_strdup_printf ("%s, received %s", sender, date);
      const char *found = strstr (at, heading);

      if (found == NULL)
        g_error ("response %u (“%s”) is missing or out of order", i, heading);
      at = found + strlen (heading);
      if (rs_hearing_response_get_n_points (r) > 0)
        coded++;
      else
        uncoded++;
    }
  /* The sample has both: coded points with comment and decision, and
   * uncoded responses in full. */
  g_assert_cmpint (coded, >, 0);
  g_assert_cmpint (uncoded, >, 0);
  g_assert_nonnull (strstr (html, "Administrationen noterer bemærkningen"));
  g_assert_nonnull (strstr (html, "Not yet analysed; the response is printed in full."));
  g_assert_nonnull (strstr (html, "Jeg protesterer mod lukningen af svømmehallen"));
}

static void
test_html_per_response_names (Fixture      *f,
                              gconstpointer data)
{
  g_autofree char *path = export_ordered (f, RS_DOCUMENT_FORMAT_HTML, TRUE, RS_WHITEBOOK_ORDER_RESPONSE);
  g_autofree char *html = read_text (path);

  g_assert_nonnull (strstr (html, g_ptr_array_index (f->private_details, 0)));
  g_assert_null (strstr (html, "Private citizen 1"));
}

/* The bytes of @name inside the zip file @data, inflated. */
static GBytes *
zip_entry (GBytes     *zip,
           const char *name)
{
  gsize size;
  const guint8 *d = g_bytes_get_data (zip, &size);
  gsize eocd = 0, cd;
  guint entries;

#define U16(p) ((guint) (p)[0] | ((guint) (p)[1] << 8))
#define U32(p) ((guint32) U16 (p) | ((guint32) U16 ((p) + 2) << 16))
  g_assert_cmpuint (size, >, 22);
  for (gsize i = size - 22; i > 0; i--)
    if (U32 (d + i) == 0x06054b50)
      {
        eocd = i;
        break;
      }
  g_assert_cmpuint (eocd, >, 0);
  entries = U16 (d + eocd + 10);
  cd = U32 (d + eocd + 16);
  for (guint e = 0; e < entries; e++)
    {
      guint method = U16 (d + cd + 10), n = U16 (d + cd + 28);
      guint32 csize = U32 (d + cd + 20), usize = U32 (d + cd + 24), local = U32 (d + cd + 42);
      g_assert_cmpuint (U32 (d + cd), ==, 0x02014b50);
      if (n == strlen (name) && memcmp (d + cd + 46, name, n) == 0)
        {
          const guint8 *data = d + local + 30 + U16 (d + local + 26) + U16 (d + local + 28);
          guint8 *out = g_malloc (usize + 1);
          z_stream z = { 0 };

          g_assert_cmpuint (U32 (d + local), ==, 0x04034b50);
          if (method == 0)
            memcpy (out, data, usize);
          else
            {
              g_assert_cmpuint (method, ==, 8);
              g_assert_cmpint (inflateInit2 (&z, -MAX_WBITS), ==, Z_OK);
              z.next_in = (Bytef *) data;
              z.avail_in = csize;
              z.next_out = out;
              z.avail_out = usize;
              g_assert_cmpint (inflate (&z, Z_FINISH), ==, Z_STREAM_END);
              inflateEnd (&z);
            }
          out[usize] = 0;
          return g_bytes_new_take (out, usize);
        }
      cd += 46 + n + U16 (d + cd + 30) + U16 (d + cd + 32);
    }
#undef U16
#undef U32
  return NULL;
}

static void
test_odt_valid (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *path = export (f, RS_DOCUMENT_FORMAT_ODT, FALSE);
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  g_autoptr(GBytes) zip = g_mapped_file_get_bytes (file);
  g_autoptr(GBytes) mimetype = zip_entry (zip, "mimetype");
  g_autoptr(GBytes) content = zip_entry (zip, "content.xml");
  static const GMarkupParser parser = { 0 };
  g_autoptr(GMarkupParseContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  const char *xml;

  g_assert_nonnull (mimetype);
  g_assert_cmpmem (g_bytes_get_data (mimetype, NULL), g_bytes_get_size (mimetype),
                   "application/vnd.oasis.opendocument.text", 39);
  g_assert_nonnull (content);
  xml = g_bytes_get_data (content, NULL);
  ctx = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_assert_true (g_markup_parse_context_parse (ctx, xml, g_bytes_get_size (content), &error) &&
                 g_markup_parse_context_end_parse (ctx, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (xml, "Ældrerådet"));
  assert_no_private_details (f, xml);
}

static void
test_pdf_redacted (Fixture      *f,
                   gconstpointer data)
{
  g_autofree char *path = export (f, RS_DOCUMENT_FORMAT_PDF, FALSE);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);
  g_autoptr(GString) text = g_string_new (NULL);
  int n;

  g_assert_no_error (error);
  n = poppler_document_get_n_pages (doc);
  g_assert_cmpint (n, >, 3);
  for (int i = 0; i < n; i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      g_autofree char *t = poppler_page_get_text (page);
      g_string_append (text, t);
      g_string_append_c (text, '\n');
      g_object_unref (page);
    }
  g_object_unref (doc);
  /* Text in a PDF may wrap anywhere: compare with line breaks as spaces. */
  g_strdelimit (text->str, "\n", ' ');
  assert_no_private_details (f, text->str);
  g_assert_nonnull (strstr (text->str, "Private citizen"));
}

static void
test_cancel (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  RsWhitebookOptions options = { FALSE, 5, RS_WHITEBOOK_ORDER_THEME };
  g_autofree char *path = g_build_filename (f->dir, "cancelled.pdf", NULL);

  g_cancellable_cancel (cancellable);
  g_assert_false (rs_whitebook_export (f->db, f->round_id, &options, RS_DOCUMENT_FORMAT_PDF, path,
                                       cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) \
  g_test_add ("/hearings/whitebook/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("html-redacted", test_html_redacted);
  ADD ("html-show-names", test_html_shows_names_when_chosen);
  ADD ("html-escaping", test_html_escaping);
  ADD ("html-per-response", test_html_per_response);
  ADD ("html-per-response-names", test_html_per_response_names);
  ADD ("odt-valid", test_odt_valid);
  ADD ("pdf-redacted", test_pdf_redacted);
  ADD ("cancel", test_cancel);
#undef ADD
  return g_test_run ();
}
