/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include <cairo.h>
#include <poppler.h>
#include <zlib.h>

#include "rs-catalog.h"
#include "rs-csv-reader.h"
#include "rs-document.h"
#include "rs-json-schema.h"
#include "rs-recommendation-export.h"
#include "rs-representativeness.h"
#include "rs-session-printables.h"
#include "rs-session-report.h"
#include "rs-table-groups.h"
#include "rs-test-utils.h"

/*
 * Every export Rådslag offers, in every format, written from the sample
 * process in the locale the suite runs in (C.UTF-8, or da_DK.UTF-8 with
 * `meson test --setup danish`), in Danish, in English and in the default
 * language, and each file checked the way its reader would: a PDF opens
 * with poppler and has pages, an ODT is a zip whose content.xml parses,
 * JSON validates against the recommendations schema, CSV parses (with "."
 * decimals), a PNG loads. Each report must be in its language throughout:
 * an English one holds none of the Danish words of its kind and the other
 * way round.
 */

typedef struct
{
  const char *en;   /* words an English report of this kind holds */
  const char *da;   /* and their Danish counterparts */
} Words;

static const Words whitebook_words = { "White book", "Hvidbog" };
static const Words council_words = { "Proposed decision", "Indstilling" };
static const Words feedback_words = { "You said, we did", "I sagde, vi gjorde" };
static const Words lab_words = { "Who took part", "Hvem deltog" };
static const Words protocol_words = { "Selection protocol", "Protokol for udvælgelsen" };
static const Words record_words = { "Record of processing", "Fortegnelse over" };
static const Words agenda_words = { "Agenda", "Dagsorden" };
static const Words attendance_words = { "Attendance sheet", "Fremmødeliste" };
static const Words table_words = { "Table 1", "Bord 1" };
static const Words page_words = { "Page 1 of", "Side 1 af" };
static const Words toc_words = { "Contents", "Indhold" };

typedef struct
{
  char       *dir;
  char       *db_path;
  gint64      process_id;
  gint64      round_id;
  gint64      lab_id;
  gint64      session_id;
  gint64      panel_id;
  const char *default_language;   /* what a report without a choice is in */
} Fixture;

static Fixture fixture;

/* ---- reading the files ---- */

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

/* A member of a zip file (stored or deflated), checked against its CRC. */
static char *
zip_extract (const guint8 *zip,
             gsize         length,
             const char   *name)
{
  const guint8 *end;
  const guint8 *p;
  guint n;

  g_assert_cmpuint (length, >, 22);
  end = zip + length - 22;
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
  g_string_append_c (user_data, ' ');
}

static void
collect_attributes (GMarkupParseContext  *context,
                    const char           *element,
                    const char          **names,
                    const char          **values,
                    gpointer              user_data,
                    GError              **error)
{
  /* ODF lengths ("1.5cm") need a decimal point, never the locale's comma. */
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], "fo:") || g_str_has_prefix (names[i], "svg:")
        || g_str_has_prefix (names[i], "style:"))
      if (g_regex_match_simple ("^-?[0-9]+,[0-9]+(cm|pt|in|mm|%)?$", values[i], 0, 0))
        g_error ("ODF attribute %s=\"%s\" has a decimal comma", names[i], values[i]);
}

/* The text of a file as its reader sees it; fails the test when the file is
 * not valid for its format. */
static char *
read_document (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 0);

  if (g_str_has_suffix (path, ".pdf"))
    {
      g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
      g_autoptr(GObject) doc = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
      GString *text = g_string_new (NULL);
      int n;

      g_assert_no_error (error);
      g_assert_nonnull (doc);
      n = poppler_document_get_n_pages (POPPLER_DOCUMENT (doc));
      g_assert_cmpint (n, >, 0);
      for (int i = 0; i < n; i++)
        {
          g_autoptr(GObject) page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (doc), i));
          g_autofree char *page_text = poppler_page_get_text (POPPLER_PAGE (page));

          g_string_append (text, page_text);
          g_string_append_c (text, '\n');
        }
      return g_string_free (text, FALSE);
    }
  if (g_str_has_suffix (path, ".odt"))
    {
      static const GMarkupParser parser = { collect_attributes, NULL, collect_text, NULL, NULL };
      g_autofree char *mimetype = zip_extract ((const guint8 *) contents, length, "mimetype");
      g_autofree char *xml = zip_extract ((const guint8 *) contents, length, "content.xml");
      g_autofree char *styles = zip_extract ((const guint8 *) contents, length, "styles.xml");
      GString *text = g_string_new (NULL);
      g_autoptr(GString) style_text = g_string_new (NULL);
      GMarkupParseContext *context;

      g_assert_cmpstr (mimetype, ==, "application/vnd.oasis.opendocument.text");
      g_assert_nonnull (xml);

      for (guint i = 0; i < 2; i++)
        {
          const char *part = i == 0 ? xml : styles;

          if (part == NULL)
            continue;
          context = g_markup_parse_context_new (&parser, 0, i == 0 ? text : style_text, NULL);
          g_assert_true (g_markup_parse_context_parse (context, part, -1, &error));
          g_assert_no_error (error);
          g_assert_true (g_markup_parse_context_end_parse (context, &error));
          g_assert_no_error (error);
          g_markup_parse_context_free (context);
        }
      return g_string_free (text, FALSE);
    }
  if (g_str_has_suffix (path, ".html"))
    {
      g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
      g_assert_nonnull (strstr (contents, "</html>"));
      g_assert_true (g_utf8_validate (contents, length, NULL));
      return g_steal_pointer (&contents);
    }
  g_assert_not_reached ();
}

/* The document at @path is valid and written in @language throughout. */
static void
assert_document (const char  *path,
                 const char  *language,
                 const Words *words)
{
  g_autofree char *text = read_document (path);
  gboolean da = g_str_equal (language, "da");
  const char *want = da ? words->da : words->en;
  const char *other = da ? words->en : words->da;

  if (strstr (text, want) == NULL || strstr (text, other) != NULL)
    g_error ("%s: expected “%s” and no “%s” (a %s report)", path, want, other,
             da ? "Danish" : "English");
}

static void
assert_pdf_pages (const char *path,
                  const char *language)
{
  assert_document (path, language, &page_words);
}

/* ---- running the CLI as the user does, in the test's own locale ---- */

static void
run_cli (const char * const *argv)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  int status = 0;

  g_ptr_array_add (args, (gpointer) g_getenv ("RAADSLAG_CLI"));
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("raadslag-cli %s %s failed: %s", argv[0], argv[1], err);
}

/* "da", "en", or NULL: no --language, the default. */
static const char *
expected (const char *language)
{
  return language != NULL ? language : fixture.default_language;
}

static char *
out_path (const char *kind,
          const char *language,
          const char *ext)
{
  g_autofree char *name = g_strdup_printf ("%s-%s.%s", kind, language ? language : "default", ext);

  return g_build_filename (fixture.dir, name, NULL);
}

static const char *const languages[] = { "da", "en", NULL };

static void
test_whitebook (void)
{
  static const char *const formats[] = { "pdf", "odt", "html" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_autofree char *round = g_strdup_printf ("%" G_GINT64_FORMAT, fixture.round_id);
        g_autofree char *path = out_path ("whitebook", languages[l], formats[f]);
        const char *argv[] = { "export", "whitebook", "--db", fixture.db_path, "--round", round,
                               "--format", formats[f], "--out", path,
                               languages[l] ? "--language" : NULL, languages[l], NULL };

        run_cli (argv);
        assert_document (path, expected (languages[l]), &whitebook_words);
        assert_document (path, expected (languages[l]), &toc_words);
        if (g_str_equal (formats[f], "pdf"))
          assert_pdf_pages (path, expected (languages[l]));
      }
}

static void
check_csv (const char *path,
           guint       min_columns)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GBytes) bytes = NULL;
  RsCsvReader *reader;
  GPtrArray *row;
  guint rows = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  reader = rs_csv_reader_new (bytes, path, &error);
  g_assert_no_error (error);
  while (rs_csv_reader_next (reader, &row, &error))
    {
      if (rows++ == 0)
        g_assert_cmpuint (row->len, >=, min_columns);
      /* Data: decimals with a point, whatever the locale. */
      for (guint i = 0; i < row->len; i++)
        if (g_regex_match_simple ("^-?[0-9]+,[0-9]+$", g_ptr_array_index (row, i), 0, 0))
          g_error ("%s, line %u: “%s” has a decimal comma", path, rs_csv_reader_get_line (reader),
                   (const char *) g_ptr_array_index (row, i));
    }
  g_assert_no_error (error);
  g_assert_cmpuint (rows, >, 1);
  rs_csv_reader_free (reader);
}

static void
check_json (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) schema = rs_recommendation_export_schema (&error);

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  g_assert_true (rs_json_schema_validate (schema, json_parser_get_root (parser), &error));
  g_assert_no_error (error);
}

static void
test_council (void)
{
  static const char *const formats[] = { "pdf", "odt", "html", "csv", "json" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      for (guint report = 0; report < 2; report++)
        {
          g_autofree char *process = g_strdup_printf ("%" G_GINT64_FORMAT, fixture.process_id);
          g_autofree char *path = NULL;
          const char *argv[] = { "export", report == 0 ? "council" : "feedback", "--db", fixture.db_path,
                                 "--process", process, "--format", formats[f], "--out", NULL,
                                 languages[l] ? "--language" : NULL, languages[l], NULL };

          if (report == 1 && f >= 3)
            continue;   /* "you said, we did" is a document only */
          path = out_path (argv[1], languages[l], formats[f]);
          argv[9] = path;
          run_cli (argv);
          if (g_str_equal (formats[f], "csv"))
            check_csv (path, 5);
          else if (g_str_equal (formats[f], "json"))
            check_json (path);
          else
            {
              assert_document (path, expected (languages[l]), report == 0 ? &council_words : &feedback_words);
              if (g_str_equal (formats[f], "pdf"))
                assert_pdf_pages (path, expected (languages[l]));
            }
        }
}

static void
test_lab (void)
{
  static const char *const formats[] = { "pdf", "html" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_autofree char *lab = g_strdup_printf ("%" G_GINT64_FORMAT, fixture.lab_id);
        g_autofree char *path = out_path ("lab", languages[l], formats[f]);
        const char *argv[] = { "export", "lab", "--db", fixture.db_path, "--lab", lab,
                               "--format", formats[f], "--out", path,
                               languages[l] ? "--language" : NULL, languages[l], NULL };

        run_cli (argv);
        assert_document (path, expected (languages[l]), &lab_words);
        if (g_str_equal (formats[f], "pdf"))
          assert_pdf_pages (path, expected (languages[l]));
      }
}

static void
test_processing_record (void)
{
  static const char *const formats[] = { "pdf", "odt", "html" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_autofree char *process = g_strdup_printf ("%" G_GINT64_FORMAT, fixture.process_id);
        g_autofree char *path = out_path ("processing-record", languages[l], formats[f]);
        const char *argv[] = { "export", "processing-record", "--db", fixture.db_path,
                               "--process", process, "--format", formats[f], "--out", path,
                               languages[l] ? "--language" : NULL, languages[l], NULL };

        run_cli (argv);
        assert_document (path, expected (languages[l]), &record_words);
        if (g_str_equal (formats[f], "pdf"))
          assert_pdf_pages (path, expected (languages[l]));
      }
}

static void
test_protocol (void)
{
  g_autofree char *categories = rs_test_data_path ("selection/households-categories.csv");
  g_autofree char *respondents = rs_test_data_path ("selection/households-respondents.csv");

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *name = g_strdup_printf ("select-%s", languages[l] ? languages[l] : "default");
      g_autofree char *dir = g_build_filename (fixture.dir, name, NULL);
      g_autofree char *pdf = g_build_filename (dir, "protocol.pdf", NULL);
      const char *argv[] = { "select", "--categories", categories, "--respondents", respondents,
                             "--size", "8", "--id-column", "person", "--address-columns", "address,zip",
                             "--seed", "7", "--out-dir", dir,
                             languages[l] ? "--language" : NULL, languages[l], NULL };

      g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
      run_cli (argv);
      assert_document (pdf, expected (languages[l]), &protocol_words);
      assert_pdf_pages (pdf, expected (languages[l]));
    }
}

/* ---- what only the GUI writes, through the same core calls ---- */

static void
test_sessions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = rs_database_open (fixture.db_path, &error);
  double imbalance;

  g_assert_no_error (error);
  g_assert_true (rs_table_groups_assign_session (db, fixture.session_id, 8, &imbalance, &error));
  g_assert_no_error (error);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *lang = expected (languages[l]);
      static const RsDocumentFormat formats[] = {
        RS_DOCUMENT_FORMAT_PDF, RS_DOCUMENT_FORMAT_ODT, RS_DOCUMENT_FORMAT_HTML,
      };
      g_autofree char *badges = out_path ("badges", languages[l], "pdf");
      g_autofree char *cards = out_path ("table-cards", languages[l], "pdf");

      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          const char *ext = rs_document_format_get_extension (formats[f]);
          g_autoptr(RsDocument) agenda = rs_session_report_agenda (db, fixture.session_id, languages[l], &error);
          g_autoptr(RsDocument) sheet = NULL;
          g_autoptr(RsDocument) lab = NULL;
          g_autofree char *agenda_path = out_path ("agenda", languages[l], ext);
          g_autofree char *sheet_path = out_path ("attendance", languages[l], ext);
          g_autofree char *lab_path = out_path ("lab-core", languages[l], ext);

          g_assert_no_error (error);
          g_assert_true (rs_document_write (agenda, formats[f], agenda_path, NULL, &error));
          g_assert_no_error (error);
          assert_document (agenda_path, lang, &agenda_words);

          sheet = rs_session_report_attendance_sheet (db, fixture.session_id, FALSE, languages[l], &error);
          g_assert_no_error (error);
          g_assert_true (rs_document_write (sheet, formats[f], sheet_path, NULL, &error));
          g_assert_no_error (error);
          assert_document (sheet_path, lang, &attendance_words);

          lab = rs_session_report_lab_summary (db, fixture.lab_id, 5, languages[l], &error);
          g_assert_no_error (error);
          g_assert_true (rs_document_write (lab, formats[f], lab_path, NULL, &error));
          g_assert_no_error (error);
          assert_document (lab_path, lang, &lab_words);
          if (formats[f] == RS_DOCUMENT_FORMAT_PDF)
            {
              assert_pdf_pages (agenda_path, lang);
              assert_pdf_pages (sheet_path, lang);
            }
        }

      g_assert_true (rs_session_printables_badges (db, fixture.session_id, FALSE, languages[l], badges,
                                                   NULL, &error));
      g_assert_no_error (error);
      assert_document (badges, lang, &table_words);
      g_assert_true (rs_session_printables_table_cards (db, fixture.session_id, languages[l], cards,
                                                        NULL, &error));
      g_assert_no_error (error);
      assert_document (cards, lang, &table_words);
    }
}

static void
test_representativeness (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = rs_database_open (fixture.db_path, &error);
  g_autoptr(RsRepresentativeness) repr = NULL;
  static const Words legend = { "Attended", "Mødt op" };

  g_assert_no_error (error);
  repr = rs_representativeness_load (db, fixture.panel_id, &error);
  g_assert_no_error (error);

  {
    g_autofree char *csv = rs_representativeness_to_csv (repr, 5);
    g_autofree char *path = out_path ("representativeness", NULL, "csv");

    g_assert_true (g_file_set_contents (path, csv, -1, &error));
    g_assert_no_error (error);
    check_csv (path, 12);
  }
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *png = out_path ("representativeness", languages[l], "png");
      g_autofree char *pdf = out_path ("representativeness", languages[l], "pdf");
      cairo_surface_t *image;

      g_assert_true (rs_representativeness_export_chart (repr, png, 5, languages[l], &error));
      g_assert_no_error (error);
      image = cairo_image_surface_create_from_png (png);
      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (image), >, 100);
      g_assert_cmpint (cairo_image_surface_get_height (image), >, 100);
      cairo_surface_destroy (image);

      g_assert_true (rs_representativeness_export_chart (repr, pdf, 5, languages[l], &error));
      g_assert_no_error (error);
      assert_document (pdf, expected (languages[l]), &legend);
    }
}

/* Whatever the suite's setup, the writers must not care about a decimal
 * comma: switch LC_NUMERIC to Danish in this process (as a Danish desktop
 * does) and write a document with headings, links and a table of contents
 * in every format. cairo 1.16 used to fail on its link targets here, and
 * the white book aborted in cairo. */
static void
test_decimal_comma (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autoptr(RsDocument) doc = rs_document_new ("Decimal comma", "da");
  const char *header[] = { "Kategori", "Andel", NULL };
  const char *row[] = { "Kvinde", "50,5 %", NULL };
  char buf[16];

  if (setlocale (LC_NUMERIC, "da_DK.UTF-8") == NULL)
    {
      g_test_skip ("the da_DK.UTF-8 locale is not generated (build-aux/deps.sh does it)");
      return;
    }
  g_snprintf (buf, sizeof buf, "%.1f", 12.5);
  g_assert_cmpstr (buf, ==, "12,5");   /* the locale really has a decimal comma */

  rs_document_set_show_toc (doc, TRUE);
  for (int i = 0; i < 40; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Afsnit %d", i + 1);

      rs_document_add_heading (doc, 1 + i % 2, heading);
      rs_document_add_paragraph (doc, "Tekst, der fylder noget, så afsnittene lander på "
                                      "forskellige steder på siderne, også midt i en linje.");
    }
  rs_document_begin_table (doc, header);
  rs_document_add_row (doc, row);
  rs_document_end_table (doc);

  for (RsDocumentFormat f = RS_DOCUMENT_FORMAT_PDF; f <= RS_DOCUMENT_FORMAT_HTML; f++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("decimal-comma.%s", rs_document_format_get_extension (f));
      g_autofree char *path = g_build_filename (fixture.dir, name, NULL);

      g_assert_true (rs_document_write (doc, f, path, NULL, &error));
      g_assert_no_error (error);
      assert_document (path, "da", &toc_words);
      if (f == RS_DOCUMENT_FORMAT_PDF)
        assert_pdf_pages (path, "da");
    }
  /* The writer left the thread's number format as it found it. */
  g_snprintf (buf, sizeof buf, "%.1f", 12.5);
  g_assert_cmpstr (buf, ==, "12,5");
  setlocale (LC_NUMERIC, saved);
}

/* No export leaves a temporary file behind. */
static void
test_no_leftovers (void)
{
  g_autoptr(GDir) dir = g_dir_open (fixture.dir, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_suffix (name, ".part"));
}

static gint64
first_id (RsDatabase *db,
          const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsStatement) stmt = rs_database_query (db, &error, sql, "");

  g_assert_nonnull (stmt);

  g_assert_no_error (error);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int64 (stmt, 0);
}

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, NULL);

  {
    g_autoptr(RsDatabase) db = rs_test_open_sample_database (&fixture.dir, &fixture.process_id);

    fixture.db_path = g_build_filename (fixture.dir, "test.db", NULL);
    fixture.round_id = first_id (db, "SELECT min(id) FROM hearing_round");
    fixture.lab_id = first_id (db, "SELECT min(id) FROM lab");
    fixture.session_id = first_id (db, "SELECT id FROM session WHERE lab_id IS NULL ORDER BY id LIMIT 1");
    fixture.panel_id = first_id (db, "SELECT min(id) FROM panel");
  }
  fixture.default_language = rs_report_language_default ();
  g_test_message ("Locale %s, default report language %s", setlocale (LC_ALL, NULL),
                  fixture.default_language);

  g_test_add_func ("/exports/whitebook", test_whitebook);
  g_test_add_func ("/exports/council-and-feedback", test_council);
  g_test_add_func ("/exports/lab", test_lab);
  g_test_add_func ("/exports/protocol", test_protocol);
  g_test_add_func ("/exports/processing-record", test_processing_record);
  g_test_add_func ("/exports/sessions", test_sessions);
  g_test_add_func ("/exports/representativeness", test_representativeness);
  g_test_add_func ("/exports/decimal-comma", test_decimal_comma);
  g_test_add_func ("/exports/no-leftovers", test_no_leftovers);
  result = g_test_run ();
  rs_test_remove_dir (fixture.dir);
  g_free (fixture.dir);
  g_free (fixture.db_path);
  return result;
}
