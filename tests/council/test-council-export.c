/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <poppler.h>
#include <zlib.h>

#include "rs-council-package.h"
#include "rs-json-schema.h"
#include "rs-recommendation-export.h"
#include "rs-recommendation-store.h"
#include "rs-test-utils.h"

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      process_id;
  GPtrArray  *titles;
  GPtrArray  *names;   /* pool members' and private senders' names */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  RsStatement *stmt;

  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  rs_test_forget_council_decisions (f->db);
  g_assert_nonnull (f->db);
  f->titles = g_ptr_array_new_with_free_func (g_free);
  f->names = g_ptr_array_new_with_free_func (g_free);
  list = rs_recommendation_store_list (f->db, f->process_id, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_ptr_array_add (f->titles, g_strdup (rs_recommendation_get_title (rec)));
    }
  stmt = rs_database_query (f->db, &error,
                            "SELECT name FROM person_contact WHERE name != '' UNION "
                            "SELECT sender FROM hearing_response WHERE party_type = 'private'", "");
  g_assert_no_error (error);
  while (rs_statement_step (stmt) == RS_SQL_ROW)
    g_ptr_array_add (f->names, rs_column_dup_text (stmt, 0));
  rs_statement_finalize (stmt);
  g_assert_cmpuint (f->names->len, >, 50);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_ptr_array_unref (f->titles);
  g_ptr_array_unref (f->names);
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
write_report (Fixture         *f,
              RsCouncilReport  report,
              RsCouncilFormat  format,
              const char      *language,
              int              limit)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("report-%d-%s-%d.%s", report, language ? language : "user",
                                           limit, rs_council_format_extension (format));
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (rs_council_report_write (f->db, f->process_id, report, format, language, limit,
                                          path, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* HTML escapes only markup characters; unescape those to compare. */
static char *
html_plain (const char *html)
{
  g_autoptr(GString) s = g_string_new (html);

  g_string_replace (s, "&amp;", "&", 0);
  g_string_replace (s, "&lt;", "<", 0);
  g_string_replace (s, "&gt;", ">", 0);
  g_string_replace (s, "&quot;", "\"", 0);
  g_string_replace (s, "&#39;", "'", 0);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GObject) doc = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (POPPLER_DOCUMENT (doc)); i++)
    {
      g_autoptr(GObject) page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (doc), i));
      g_autofree char *t = poppler_page_get_text (POPPLER_PAGE (page));
      g_string_append (text, t);
      g_string_append_c (text, '\n');
    }
  /* Line breaks inside a title become spaces. */
  g_string_replace (text, "\n", " ", 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_complete_and_private (Fixture    *f,
                             const char *text)
{
  for (guint i = 0; i < f->titles->len; i++)
    {
      const char *title = g_ptr_array_index (f->titles, i);
      g_test_message ("title: %s", title);
      g_assert_nonnull (strstr (text, title));
    }
  for (guint i = 0; i < f->names->len; i++)
    {
      const char *name = g_ptr_array_index (f->names, i);
      if (strstr (text, name) != NULL)
        g_error ("the export names “%s”", name);
    }
}

static void
test_html_package (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = write_report (f, RS_COUNCIL_REPORT_PACKAGE, RS_COUNCIL_FORMAT_HTML, "en", 5);
  g_autofree char *html = read_text (path);
  g_autofree char *text = html_plain (html);

  assert_complete_and_private (f, text);
  for (const char * const *h = (const char * const[]) { "Proposed decision", "Summary",
         "Case presentation", "Finances", "Decision-making authority", "Annexes",
         "Annex 2: Representativeness", "Hearing white book summary", NULL }; *h; h++)
    g_assert_nonnull (strstr (text, *h));
  /* The total of the economy section: 66,020,000 kroner. */
  g_assert_nonnull (strstr (text, "DKK 66,020,000"));
  g_assert_nonnull (strstr (text, "DKK 43,120,000"));
  /* Targets are stored in per cent: the youngest age group's 19 % target. */
  g_assert_nonnull (strstr (text, "18-29 år"));
  g_assert_nonnull (strstr (text, ">19%<"));
}

static void
test_pdf_package (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = write_report (f, RS_COUNCIL_REPORT_PACKAGE, RS_COUNCIL_FORMAT_PDF, "en", 5);
  g_autofree char *text = pdf_text (path);

  assert_complete_and_private (f, text);
}

static void
test_small_cells (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *low = write_report (f, RS_COUNCIL_REPORT_PACKAGE, RS_COUNCIL_FORMAT_HTML, "en", 1);
  g_autofree char *high = write_report (f, RS_COUNCIL_REPORT_PACKAGE, RS_COUNCIL_FORMAT_HTML, "en", 1000);
  g_autofree char *low_html = read_text (low);
  g_autofree char *high_html = read_text (high);
  g_autofree char *low_text = html_plain (low_html);
  g_autofree char *high_text = html_plain (high_html);

  /* With limit 1 nothing is suppressed; with 1000 every count of people is. */
  g_assert_null (strstr (low_text, "< 1<"));
  g_assert_null (strstr (low_text, "< 1000"));
  g_assert_nonnull (strstr (high_text, "< 1000"));
  /* The pool of 600 is a count of people, shown only when allowed. */
  g_assert_nonnull (strstr (low_text, "pool held 599 people"));
  g_assert_null (strstr (high_text, "pool held 599 people"));
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = write_report (f, RS_COUNCIL_REPORT_PACKAGE, RS_COUNCIL_FORMAT_JSON, NULL, 5);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) schema_parser = json_parser_new ();
  g_autoptr(JsonNode) embedded = NULL;
  g_autoptr(GError) error = NULL;
  JsonNode *root, *schema;
  JsonArray *recs;
  JsonObject *first;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  json_parser_load_from_file (schema_parser, SCHEMA_PATH, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  schema = json_parser_get_root (schema_parser);

  /* Valid against the shipped file, which is also the one built in. */
  g_assert_true (rs_json_schema_validate (schema, root, &error));
  g_assert_no_error (error);
  embedded = rs_recommendation_export_schema (&error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (embedded, schema));

  recs = json_object_get_array_member (json_node_get_object (root), "recommendations");
  g_assert_cmpuint (json_array_get_length (recs), ==, f->titles->len);
  for (guint i = 0; i < f->titles->len; i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (recs, i), "title"),
                     ==, g_ptr_array_index (f->titles, i));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (
                                    json_object_get_object_member (json_node_get_object (root), "totals"),
                                    "total"), 66020000.0, 0.5);

  /* A broken export is caught, with the place named. */
  first = json_array_get_object_element (recs, 0);
  json_object_set_string_member (first, "status", "lost");
  g_assert_false (rs_json_schema_validate (schema, root, &error));
  g_assert_error (error, RS_JSON_SCHEMA_ERROR, RS_JSON_SCHEMA_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "/recommendations/0/status"));
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = write_report (f, RS_COUNCIL_REPORT_PACKAGE, RS_COUNCIL_FORMAT_CSV, NULL, 5);
  g_autofree char *text = read_text (path);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, f->titles->len + 2);  /* header, rows, final "" */
  g_assert_true (g_str_has_prefix (lines[0], "\"number\",\"id\",\"title\""));
  for (guint i = 0; i < f->titles->len; i++)
    {
      g_autofree char *cell = g_strdup_printf (",\"%s\",", (char *) g_ptr_array_index (f->titles, i));
      g_assert_nonnull (strstr (lines[i + 1], cell));
    }
  g_assert_cmpstr (lines[f->titles->len + 1], ==, "");
}

static guint32
le32 (const guint8 *p)
{
  return p[0] | p[1] << 8 | p[2] << 16 | (guint32) p[3] << 24;
}

static guint16
le16 (const guint8 *p)
{
  return p[0] | p[1] << 8;
}

/* The named member of a zip archive, inflated; NULL if absent. */
static GBytes *
zip_member (const guint8 *data,
            gsize         size,
            const char   *name,
            guint        *index_out)
{
  gsize eocd = size - 22;
  guint32 n, offset;

  while (eocd > 0 && le32 (data + eocd) != 0x06054b50)
    eocd--;
  g_assert_cmpuint (le32 (data + eocd), ==, 0x06054b50);
  n = le16 (data + eocd + 10);
  offset = le32 (data + eocd + 16);
  for (guint i = 0; i < n; i++)
    {
      const guint8 *c = data + offset;
      guint method = le16 (c + 10), name_len = le16 (c + 28);
      guint32 csize = le32 (c + 20), usize = le32 (c + 24), local = le32 (c + 42);

      g_assert_cmpuint (le32 (c), ==, 0x02014b50);
      if (name_len == strlen (name) && memcmp (c + 46, name, name_len) == 0)
        {
          const guint8 *l = data + local;
          const guint8 *body = l + 30 + le16 (l + 26) + le16 (l + 28);
          guint8 *out = g_malloc (usize + 1);

          g_assert_cmpuint (le32 (l), ==, 0x04034b50);
          if (index_out)
            *index_out = i;
          if (method == 0)
            memcpy (out, body, usize);
          else
            {
              z_stream z = { 0 };
              g_assert_cmpuint (method, ==, 8);
              g_assert_cmpint (inflateInit2 (&z, -15), ==, Z_OK);
              z.next_in = (Bytef *) body;
              z.avail_in = csize;
              z.next_out = out;
              z.avail_out = usize;
              g_assert_cmpint (inflate (&z, Z_FINISH), ==, Z_STREAM_END);
              inflateEnd (&z);
            }
          out[usize] = '\0';
          return g_bytes_new_take (out, usize);
        }
      offset += 46 + name_len + le16 (c + 30) + le16 (c + 32);
    }
  return NULL;
}

static void
test_odt (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = write_report (f, RS_COUNCIL_REPORT_PACKAGE, RS_COUNCIL_FORMAT_ODT, "en", 5);
  g_autofree char *zip = NULL;
  gsize size;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) mimetype = NULL;
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GMarkupParseContext) parser = NULL;
  static const GMarkupParser nothing = { 0 };
  guint index = G_MAXUINT;

  g_file_get_contents (path, &zip, &size, &error);
  g_assert_no_error (error);
  g_assert_true (memcmp (zip, "PK\003\004", 4) == 0);
  mimetype = zip_member ((guint8 *) zip, size, "mimetype", &index);
  g_assert_nonnull (mimetype);
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpstr (g_bytes_get_data (mimetype, NULL), ==, "application/vnd.oasis.opendocument.text");
  content = zip_member ((guint8 *) zip, size, "content.xml", NULL);
  g_assert_nonnull (content);

  /* Well-formed XML holding every recommendation and no one's name. */
  parser = g_markup_parse_context_new (&nothing, 0, NULL, NULL);
  g_assert_true (g_markup_parse_context_parse (parser, g_bytes_get_data (content, NULL),
                                               g_bytes_get_size (content), &error));
  g_assert_true (g_markup_parse_context_end_parse (parser, &error));
  g_assert_no_error (error);
  {
    g_autofree char *text = html_plain (g_bytes_get_data (content, NULL));
    assert_complete_and_private (f, text);
  }
}

static char *
prepare_danish_catalog (Fixture *f)
{
  g_autofree char *source = NULL;
  g_autofree char *dest_dir = g_build_filename (f->dir, "locale", "da", "LC_MESSAGES", NULL);
  g_autofree char *dest = g_build_filename (dest_dir, "raadslag.mo", NULL);
  g_autofree char *data = NULL;
  gsize size;

  source = g_build_filename (g_getenv ("RAADSLAG_LOCALEDIR"), "da", "LC_MESSAGES", "raadslag.mo", NULL);
  if (!g_file_get_contents (source, &data, &size, NULL))
    return NULL;
  g_assert_cmpint (g_mkdir_with_parents (dest_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (dest, data, size, NULL));
  return g_build_filename (f->dir, "locale", NULL);
}

static void
test_danish (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *localedir = prepare_danish_catalog (f);
  g_autofree char *path = NULL;
  g_autofree char *html = NULL;
  g_autofree char *text = NULL;
  g_autofree char *feedback = NULL;
  g_autofree char *feedback_html = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(RsRecommendation) first = NULL;

  if (localedir == NULL)
    {
      g_test_skip ("No Danish catalog is built");
      return;
    }
  g_setenv ("RAADSLAG_LOCALEDIR", localedir, TRUE);
  path = write_report (f, RS_COUNCIL_REPORT_PACKAGE, RS_COUNCIL_FORMAT_HTML, "da", 5);
  html = read_text (path);
  text = html_plain (html);
  for (const char * const *h = (const char * const[]) { "Indstilling", "Resumé", "Sagsfremstilling",
         "Økonomi", "Beslutningskompetence", "Bilag", "66.020.000 kr.", NULL }; *h; h++)
    {
      g_test_message ("heading: %s", *h);
      g_assert_nonnull (strstr (text, *h));
    }
  g_assert_null (strstr (text, "Proposed decision"));

  /* "You said, we did" in Danish, with a decision and its reason. */
  list = rs_recommendation_store_list (f->db, f->process_id, FALSE, &error);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (rs_recommendation_store_set_decision (f->db, rs_recommendation_get_id (first),
                                                       RS_OUTCOME_ADOPTED, "Passer til ældrepolitikken.",
                                                       "50.30", 1000000, "2026-10-09",
                                                       RS_IMPLEMENTATION_IN_PROGRESS, &error));
  feedback = write_report (f, RS_COUNCIL_REPORT_FEEDBACK, RS_COUNCIL_FORMAT_HTML, "da", 5);
  feedback_html = read_text (feedback);
  g_assert_nonnull (strstr (feedback_html, "I sagde, vi gjorde"));
  g_assert_nonnull (strstr (feedback_html, "Vedtaget"));
  g_assert_nonnull (strstr (feedback_html, "Passer til ældrepolitikken."));
  g_assert_nonnull (strstr (feedback_html, "Byrådet har endnu ikke svaret."));
  g_unsetenv ("RAADSLAG_LOCALEDIR");
}

static void
test_feedback_english (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = rs_recommendation_store_list (f->db, f->process_id, FALSE, &error);
  g_autoptr(RsRecommendation) last = g_list_model_get_item (G_LIST_MODEL (list), 11);
  g_autofree char *path = NULL;
  g_autofree char *html = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  g_assert_true (rs_recommendation_store_set_decision (f->db, rs_recommendation_get_id (last),
                                                       RS_OUTCOME_REJECTED, "Too costly this year.",
                                                       "", NAN, NULL, RS_IMPLEMENTATION_NOT_STARTED,
                                                       &error));
  path = write_report (f, RS_COUNCIL_REPORT_FEEDBACK, RS_COUNCIL_FORMAT_HTML, "en", 5);
  html = read_text (path);
  g_assert_nonnull (strstr (html, "You said, we did"));
  g_assert_nonnull (strstr (html, "Rejected"));
  g_assert_nonnull (strstr (html, "Too costly this year."));
  pdf = write_report (f, RS_COUNCIL_REPORT_FEEDBACK, RS_COUNCIL_FORMAT_PDF, "en", 5);
  text = pdf_text (pdf);
  assert_complete_and_private (f, text);

  /* CSV is for the package only. */
  g_assert_false (rs_council_report_write (f->db, f->process_id, RS_COUNCIL_REPORT_FEEDBACK,
                                           RS_COUNCIL_FORMAT_CSV, "en", 5, path, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "cancelled.pdf", NULL);

  g_cancellable_cancel (cancellable);
  g_assert_false (rs_council_report_write (f->db, f->process_id, RS_COUNCIL_REPORT_PACKAGE,
                                           RS_COUNCIL_FORMAT_PDF, "en", 5, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/council/export/html-package", test_html_package);
  ADD ("/council/export/pdf-package", test_pdf_package);
  ADD ("/council/export/small-cells", test_small_cells);
  ADD ("/council/export/json-schema", test_json);
  ADD ("/council/export/csv", test_csv);
  ADD ("/council/export/odt", test_odt);
  ADD ("/council/export/danish", test_danish);
  ADD ("/council/export/feedback-english", test_feedback_english);
  ADD ("/council/export/cancelled", test_cancelled);
#undef ADD
  return g_test_run ();
}
