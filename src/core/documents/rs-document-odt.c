/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-document-odt"

#include "config.h"

#include <string.h>
#include <zlib.h>
#include <glib/gi18n.h>

#include "rs-document-private.h"

/* OpenDocument Text (ODF 1.2): a zip written by hand. "mimetype" comes
 * first and is stored, the XML parts are deflated, pictures are stored. */

#define ODT_MIMETYPE "application/vnd.oasis.opendocument.text"
#define TEXT_WIDTH_CM 16.0

typedef struct
{
  GOutputStream *out;
  guint64        offset;
  GString       *central;   /* central directory being built */
  guint          n_entries;
  guint16        dos_time;
  guint16        dos_date;
} ZipWriter;

static void
put16 (GString *s,
       guint    v)
{
  g_string_append_c (s, (char) (v & 0xff));
  g_string_append_c (s, (char) ((v >> 8) & 0xff));
}

static void
put32 (GString *s,
       guint32  v)
{
  put16 (s, v & 0xffff);
  put16 (s, (v >> 16) & 0xffff);
}

static gboolean
zip_write (ZipWriter     *zip,
           const void    *data,
           gsize          len,
           GCancellable  *cancellable,
           GError       **error)
{
  if (!g_output_stream_write_all (zip->out, data, len, NULL, cancellable, error))
    return FALSE;
  zip->offset += len;
  return TRUE;
}

/* Raw deflate (no zlib header), as zip wants it. */
static GBytes *
deflate_bytes (const guint8 *data,
               gsize         len)
{
  z_stream z = { 0 };
  uLong bound;
  guint8 *buf;
  int rc;

  if (deflateInit2 (&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return NULL;
  bound = deflateBound (&z, len);
  buf = g_malloc (bound);
  z.next_in = (Bytef *) data;
  z.avail_in = len;
  z.next_out = buf;
  z.avail_out = bound;
  rc = deflate (&z, Z_FINISH);
  deflateEnd (&z);
  if (rc != Z_STREAM_END)
    {
      g_free (buf);
      return NULL;
    }
  return g_bytes_new_take (buf, z.total_out);
}

static gboolean
zip_add (ZipWriter     *zip,
         const char    *name,
         const void    *data,
         gsize          len,
         gboolean       compress,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autoptr(GBytes) packed = NULL;
  g_autoptr(GString) header = g_string_new (NULL);
  const void *payload = data;
  gsize payload_len = len;
  guint32 crc = crc32 (crc32 (0, NULL, 0), data, len);
  guint method = 0;
  guint64 header_offset = zip->offset;

  if (len > G_MAXUINT32 / 2 || zip->offset > G_MAXUINT32 / 2)
    {
      g_set_error (error, RS_DOCUMENT_ERROR, RS_DOCUMENT_ERROR_WRITE,
                   _("The document is too large for an OpenDocument file"));
      return FALSE;
    }
  if (compress && (packed = deflate_bytes (data, len)) != NULL
      && g_bytes_get_size (packed) < len)
    {
      payload = g_bytes_get_data (packed, &payload_len);
      method = 8;
    }

  put32 (header, 0x04034b50);
  put16 (header, 20);                     /* version needed */
  put16 (header, 0x0800);                 /* UTF-8 names */
  put16 (header, method);
  put16 (header, zip->dos_time);
  put16 (header, zip->dos_date);
  put32 (header, crc);
  put32 (header, payload_len);
  put32 (header, len);
  put16 (header, strlen (name));
  put16 (header, 0);                      /* extra field length */
  g_string_append (header, name);

  put32 (zip->central, 0x02014b50);
  put16 (zip->central, 20);               /* version made by */
  put16 (zip->central, 20);
  put16 (zip->central, 0x0800);
  put16 (zip->central, method);
  put16 (zip->central, zip->dos_time);
  put16 (zip->central, zip->dos_date);
  put32 (zip->central, crc);
  put32 (zip->central, payload_len);
  put32 (zip->central, len);
  put16 (zip->central, strlen (name));
  put16 (zip->central, 0);                /* extra */
  put16 (zip->central, 0);                /* comment */
  put16 (zip->central, 0);                /* disk */
  put16 (zip->central, 0);                /* internal attributes */
  put32 (zip->central, 0);                /* external attributes */
  put32 (zip->central, (guint32) header_offset);
  g_string_append (zip->central, name);
  zip->n_entries++;

  return zip_write (zip, header->str, header->len, cancellable, error)
      && zip_write (zip, payload, payload_len, cancellable, error);
}

static gboolean
zip_finish (ZipWriter     *zip,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GString) end = g_string_new (NULL);
  guint64 central_offset = zip->offset;

  put32 (end, 0x06054b50);
  put16 (end, 0);
  put16 (end, 0);
  put16 (end, zip->n_entries);
  put16 (end, zip->n_entries);
  put32 (end, zip->central->len);
  put32 (end, (guint32) central_offset);
  put16 (end, 0);
  return zip_write (zip, zip->central->str, zip->central->len, cancellable, error)
      && zip_write (zip, end->str, end->len, cancellable, error);
}

/* Escaped text with ODF's markup for line breaks and tabs; runs of
 * spaces are kept with text:s. */
static void
append_odf_text (GString    *xml,
                 const char *text)
{
  g_autoptr(GString) run = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '\n' || *p == '\t' || (*p == ' ' && (p == text || p[1] == ' ' || p[1] == '\0')))
        {
          _rs_document_append_escaped (xml, run->str);
          g_string_truncate (run, 0);
          if (*p == '\n')
            g_string_append (xml, "<text:line-break/>");
          else if (*p == '\t')
            g_string_append (xml, "<text:tab/>");
          else
            g_string_append (xml, "<text:s/>");
        }
      else
        g_string_append_c (run, *p);
    }
  _rs_document_append_escaped (xml, run->str);
}

static void
append_p (GString    *xml,
          const char *style,
          const char *text)
{
  g_string_append_printf (xml, "<text:p text:style-name=\"%s\">", style);
  append_odf_text (xml, text);
  g_string_append (xml, "</text:p>\n");
}

#define ODF_NAMESPACES \
  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"" \
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"" \
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"" \
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"" \
  " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"" \
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"" \
  " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" \
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" \
  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"" \
  " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"" \
  " office:version=\"1.2\""

static void
append_table (GString       *xml,
              const RsBlock *block,
              int            number)
{
  g_string_append_printf (xml, "<table:table table:name=\"Table%d\" table:style-name=\"Table\">\n"
                          "<table:table-column table:number-columns-repeated=\"%u\"/>\n"
                          "<table:table-header-rows><table:table-row>",
                          number, block->n_columns);
  for (guint c = 0; c < block->n_columns; c++)
    {
      g_string_append (xml, "<table:table-cell table:style-name=\"HeaderCell\" office:value-type=\"string\">");
      append_p (xml, "Table_20_Heading", block->items[c]);
      g_string_append (xml, "</table:table-cell>");
    }
  g_string_append (xml, "</table:table-row></table:table-header-rows>\n");
  for (guint r = 0; r < block->rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (block->rows, r);

      g_string_append (xml, "<table:table-row>");
      for (guint c = 0; c < block->n_columns; c++)
        {
          g_string_append (xml, "<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\">");
          append_p (xml, "Table_20_Contents", cells[c]);
          g_string_append (xml, "</table:table-cell>");
        }
      g_string_append (xml, "</table:table-row>\n");
    }
  g_string_append (xml, "</table:table>\n");
}

static void
append_image (RsDocument    *self,
              GString       *xml,
              const RsBlock *block,
              int            number)
{
  guint width = 600, height = 400;
  double w_cm, h_cm;
  const char *alt = *block->text ? block->text
                                 : _rs_document_string (self, RS_DOCUMENT_STRING_IMAGE);

  _rs_document_png_size (block->png, &width, &height);
  /* Scaled to the text width (as in the PDF), at most 22 cm high. */
  w_cm = TEXT_WIDTH_CM;
  h_cm = w_cm * height / width;
  if (h_cm > 22.0)
    {
      w_cm *= 22.0 / h_cm;
      h_cm = 22.0;
    }
  g_string_append (xml, "<text:p text:style-name=\"Figure\">");
  g_string_append_printf (xml, "<draw:frame draw:style-name=\"Image\" draw:name=\"Image%d\" "
                          "text:anchor-type=\"as-char\" svg:width=\"%.3fcm\" svg:height=\"%.3fcm\" "
                          "draw:z-index=\"0\"><draw:image xlink:href=\"Pictures/image%d.png\" "
                          "xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>",
                          number, w_cm, h_cm, number);
  g_string_append (xml, "<svg:title>");
  _rs_document_append_escaped (xml, alt);
  g_string_append (xml, "</svg:title><svg:desc>");
  _rs_document_append_escaped (xml, alt);
  g_string_append (xml, "</svg:desc></draw:frame></text:p>\n");
  if (*block->text)
    append_p (xml, "Caption", block->text);
}

static void
append_toc (RsDocument *self,
            GString    *xml,
            GPtrArray  *blocks)
{
  const char *title = _rs_document_string (self, RS_DOCUMENT_STRING_CONTENTS);

  g_string_append (xml, "<text:table-of-content text:style-name=\"Section\" text:protected=\"true\" "
                   "text:name=\"Contents\">\n<text:table-of-content-source text:outline-level=\"2\">\n"
                   "<text:index-title-template text:style-name=\"Contents_20_Heading\">");
  _rs_document_append_escaped (xml, title);
  g_string_append (xml, "</text:index-title-template>\n");
  for (int level = 1; level <= 2; level++)
    g_string_append_printf (xml, "<text:table-of-content-entry-template text:outline-level=\"%d\" "
                            "text:style-name=\"Contents_20_%d\"><text:index-entry-link-start/>"
                            "<text:index-entry-text/><text:index-entry-tab-stop style:type=\"right\" "
                            "style:leader-char=\".\"/><text:index-entry-page-number/>"
                            "<text:index-entry-link-end/></text:table-of-content-entry-template>\n",
                            level, level);
  g_string_append (xml, "</text:table-of-content-source>\n<text:index-body>\n"
                   "<text:index-title text:name=\"Contents_Head\">");
  append_p (xml, "Contents_20_Heading", title);
  g_string_append (xml, "</text:index-title>\n");
  /* Page numbers are filled in when the reader updates the index. */
  for (guint i = 0; i < blocks->len; i++)
    {
      const RsBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == RS_BLOCK_HEADING && block->level <= 2)
        append_p (xml, block->level == 1 ? "Contents_20_1" : "Contents_20_2", block->text);
    }
  g_string_append (xml, "</text:index-body>\n</text:table-of-content>\n");
}

static GString *
build_content (RsDocument   *self,
               GPtrArray    *images,
               GCancellable *cancellable,
               GError      **error)
{
  GPtrArray *blocks = _rs_document_get_blocks (self);
  g_autoptr(GString) xml = g_string_sized_new (256 * 1024);
  const char *subtitle = rs_document_get_subtitle (self);
  int n_tables = 0;

  g_string_append (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<office:document-content" ODF_NAMESPACES ">\n"
                   "<office:automatic-styles>\n"
                   "<style:style style:name=\"Table\" style:family=\"table\">"
                   "<style:table-properties style:width=\"16cm\" table:align=\"margins\" "
                   "fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.3cm\"/></style:style>\n"
                   "<style:style style:name=\"HeaderCell\" style:family=\"table-cell\">"
                   "<style:table-cell-properties fo:background-color=\"#deddda\" fo:padding=\"0.08cm\" "
                   "fo:border=\"0.5pt solid #9a9996\"/></style:style>\n"
                   "<style:style style:name=\"Cell\" style:family=\"table-cell\">"
                   "<style:table-cell-properties fo:padding=\"0.08cm\" "
                   "fo:border=\"0.5pt solid #9a9996\"/></style:style>\n"
                   "<style:style style:name=\"PageBreak\" style:family=\"paragraph\" "
                   "style:parent-style-name=\"Text_20_body\"><style:paragraph-properties "
                   "fo:break-before=\"page\"/></style:style>\n"
                   "<style:style style:name=\"Image\" style:family=\"graphic\">"
                   "<style:graphic-properties style:vertical-pos=\"top\" "
                   "style:vertical-rel=\"baseline\"/></style:style>\n"
                   "<style:style style:name=\"Section\" style:family=\"section\"/>\n"
                   "</office:automatic-styles>\n<office:body>\n<office:text>\n");
  append_p (xml, "Title", rs_document_get_title (self));
  if (subtitle != NULL)
    append_p (xml, "Subtitle", subtitle);
  if (rs_document_get_show_toc (self))
    append_toc (self, xml, blocks);

  for (guint i = 0; i < blocks->len; i++)
    {
      const RsBlock *block = g_ptr_array_index (blocks, i);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      switch (block->kind)
        {
        case RS_BLOCK_HEADING:
          g_string_append_printf (xml, "<text:h text:style-name=\"Heading_20_%d\" "
                                  "text:outline-level=\"%d\">", block->level, block->level);
          append_odf_text (xml, block->text);
          g_string_append (xml, "</text:h>\n");
          break;
        case RS_BLOCK_PARAGRAPH:
          append_p (xml, "Text_20_body", block->text);
          break;
        case RS_BLOCK_QUOTE:
          append_p (xml, "Quotations", block->text);
          break;
        case RS_BLOCK_LIST:
          g_string_append_printf (xml, "<text:list text:style-name=\"%s\">\n",
                                  block->numbered ? "Numbering_20_123" : "List_20_Bullet");
          for (guint k = 0; block->items[k] != NULL; k++)
            {
              g_string_append (xml, "<text:list-item>");
              append_p (xml, "List_20_Contents", block->items[k]);
              g_string_append (xml, "</text:list-item>\n");
            }
          g_string_append (xml, "</text:list>\n");
          break;
        case RS_BLOCK_FIELD:
          g_string_append (xml, "<text:p text:style-name=\"Field\">"
                           "<text:span text:style-name=\"Strong_20_Emphasis\">");
          append_odf_text (xml, block->key);
          g_string_append (xml, ":</text:span> ");
          append_odf_text (xml, block->text);
          g_string_append (xml, "</text:p>\n");
          break;
        case RS_BLOCK_TABLE:
          append_table (xml, block, ++n_tables);
          break;
        case RS_BLOCK_IMAGE:
          g_ptr_array_add (images, g_bytes_ref (block->png));
          append_image (self, xml, block, images->len);
          break;
        case RS_BLOCK_PAGE_BREAK:
          g_string_append (xml, "<text:p text:style-name=\"PageBreak\"/>\n");
          break;
        default:
          g_assert_not_reached ();
        }
    }
  g_string_append (xml, "</office:text>\n</office:body>\n</office:document-content>\n");
  return g_steal_pointer (&xml);
}

static void
append_paragraph_style (GString    *xml,
                        const char *name,
                        const char *display,
                        const char *parent,
                        const char *paragraph_props,
                        const char *text_props)
{
  g_string_append_printf (xml, "<style:style style:name=\"%s\" style:display-name=\"%s\" "
                          "style:family=\"paragraph\"", name, display);
  if (parent != NULL)
    g_string_append_printf (xml, " style:parent-style-name=\"%s\"", parent);
  g_string_append (xml, ">");
  if (paragraph_props != NULL)
    g_string_append_printf (xml, "<style:paragraph-properties %s/>", paragraph_props);
  if (text_props != NULL)
    g_string_append_printf (xml, "<style:text-properties %s/>", text_props);
  g_string_append (xml, "</style:style>\n");
}

static GString *
build_styles (RsDocument *self)
{
  GString *xml = g_string_sized_new (16 * 1024);
  const char *lang = _rs_document_language_tag (self);
  g_autofree char *language_props = NULL;
  const char *footer = rs_document_get_footer (self);

  if (g_strcmp0 (lang, "und") != 0)
    {
      g_auto(GStrv) parts = g_strsplit (lang, "-", 3);

      if (parts[1] != NULL && strlen (parts[1]) == 2)
        language_props = g_strdup_printf (" fo:language=\"%s\" fo:country=\"%s\"", parts[0], parts[1]);
      else
        language_props = g_strdup_printf (" fo:language=\"%s\" fo:country=\"none\"", parts[0]);
    }

  g_string_append (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<office:document-styles" ODF_NAMESPACES ">\n"
                   "<office:font-face-decls><style:font-face style:name=\"Sans\" "
                   "svg:font-family=\"'Liberation Sans'\" style:font-family-generic=\"swiss\" "
                   "style:font-pitch=\"variable\"/></office:font-face-decls>\n"
                   "<office:styles>\n"
                   "<style:default-style style:family=\"paragraph\"><style:text-properties "
                   "style:font-name=\"Sans\" fo:font-size=\"10.5pt\" fo:hyphenate=\"false\"");
  g_string_append (xml, language_props != NULL ? language_props : "");
  g_string_append (xml, "/></style:default-style>\n");
  append_paragraph_style (xml, "Standard", "Standard", NULL, NULL, NULL);
  append_paragraph_style (xml, "Text_20_body", "Text body", "Standard",
                          "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.25cm\" fo:line-height=\"125%\"", NULL);
  append_paragraph_style (xml, "Heading", "Heading", "Standard",
                          "fo:margin-top=\"0.5cm\" fo:margin-bottom=\"0.2cm\" fo:keep-with-next=\"always\"",
                          "fo:font-weight=\"bold\" fo:color=\"#1c3d6e\"");
  append_paragraph_style (xml, "Title", "Title", "Heading", "fo:margin-top=\"0cm\"",
                          "fo:font-size=\"26pt\" fo:color=\"#1e1e1e\"");
  append_paragraph_style (xml, "Subtitle", "Subtitle", "Heading", "fo:margin-top=\"0.1cm\" "
                          "fo:margin-bottom=\"0.8cm\"", "fo:font-size=\"15pt\" fo:font-weight=\"normal\" "
                          "fo:color=\"#5e5c64\"");
  for (int level = 1; level <= 3; level++)
    {
      static const char *const sizes[] = { "18pt", "14pt", "12pt" };
      g_autofree char *name = g_strdup_printf ("Heading_20_%d", level);
      g_autofree char *display = g_strdup_printf ("Heading %d", level);
      g_autofree char *text_props = g_strdup_printf ("fo:font-size=\"%s\"", sizes[level - 1]);

      g_string_append_printf (xml, "<style:style style:name=\"%s\" style:display-name=\"%s\" "
                              "style:family=\"paragraph\" style:parent-style-name=\"Heading\" "
                              "style:next-style-name=\"Text_20_body\" style:default-outline-level=\"%d\">"
                              "<style:text-properties %s/></style:style>\n",
                              name, display, level, text_props);
    }
  append_paragraph_style (xml, "Quotations", "Quotations", "Text_20_body",
                          "fo:margin-left=\"1cm\" fo:margin-right=\"1cm\" fo:padding-left=\"0.3cm\" "
                          "fo:border-left=\"2pt solid #c0bfbc\"", "fo:font-style=\"italic\" fo:color=\"#3d3846\"");
  append_paragraph_style (xml, "List_20_Contents", "List Contents", "Text_20_body",
                          "fo:margin-bottom=\"0.1cm\"", NULL);
  append_paragraph_style (xml, "Field", "Field", "Text_20_body", "fo:margin-bottom=\"0.1cm\"", NULL);
  append_paragraph_style (xml, "Table_20_Contents", "Table Contents", "Standard", NULL, "fo:font-size=\"9.5pt\"");
  append_paragraph_style (xml, "Table_20_Heading", "Table Heading", "Table_20_Contents", NULL,
                          "fo:font-weight=\"bold\"");
  append_paragraph_style (xml, "Figure", "Figure", "Standard", "fo:margin-top=\"0.2cm\"", NULL);
  append_paragraph_style (xml, "Caption", "Caption", "Standard", "fo:margin-bottom=\"0.3cm\"",
                          "fo:font-size=\"9pt\" fo:font-style=\"italic\" fo:color=\"#5e5c64\"");
  append_paragraph_style (xml, "Contents_20_Heading", "Contents Heading", "Heading", NULL, "fo:font-size=\"16pt\"");
  for (int level = 1; level <= 2; level++)
    {
      g_autofree char *name = g_strdup_printf ("Contents_20_%d", level);
      g_autofree char *display = g_strdup_printf ("Contents %d", level);

      g_string_append_printf (xml, "<style:style style:name=\"%s\" style:display-name=\"%s\" "
                              "style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                              "<style:paragraph-properties fo:margin-left=\"%.1fcm\" fo:margin-bottom=\"0.1cm\">"
                              "<style:tab-stops><style:tab-stop style:position=\"%.1fcm\" style:type=\"right\" "
                              "style:leader-style=\"dotted\" style:leader-text=\".\"/></style:tab-stops>"
                              "</style:paragraph-properties></style:style>\n",
                              name, display, (level - 1) * 0.5, TEXT_WIDTH_CM - (level - 1) * 0.5);
    }
  g_string_append_printf (xml, "<style:style style:name=\"Footer\" style:display-name=\"Footer\" "
                          "style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                          "<style:paragraph-properties><style:tab-stops><style:tab-stop "
                          "style:position=\"%.1fcm\" style:type=\"right\"/></style:tab-stops>"
                          "</style:paragraph-properties><style:text-properties fo:font-size=\"8.5pt\" "
                          "fo:color=\"#5e5c64\"/></style:style>\n", TEXT_WIDTH_CM);
  g_string_append (xml, "<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong Emphasis\" "
                   "style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>\n"
                   "<style:style style:name=\"Graphics\" style:family=\"graphic\"/>\n"
                   "<text:list-style style:name=\"List_20_Bullet\" style:display-name=\"List Bullet\">");
  for (int level = 1; level <= 3; level++)
    g_string_append_printf (xml, "<text:list-level-style-bullet text:level=\"%d\" text:bullet-char=\"•\">"
                            "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
                            "<style:list-level-label-alignment text:label-followed-by=\"listtab\" "
                            "text:list-tab-stop-position=\"%.1fcm\" fo:text-indent=\"-0.5cm\" "
                            "fo:margin-left=\"%.1fcm\"/></style:list-level-properties>"
                            "</text:list-level-style-bullet>", level, level * 0.8, level * 0.8);
  g_string_append (xml, "</text:list-style>\n"
                   "<text:list-style style:name=\"Numbering_20_123\" style:display-name=\"Numbering 123\">");
  for (int level = 1; level <= 3; level++)
    g_string_append_printf (xml, "<text:list-level-style-number text:level=\"%d\" style:num-suffix=\".\" "
                            "style:num-format=\"1\"><style:list-level-properties "
                            "text:list-level-position-and-space-mode=\"label-alignment\">"
                            "<style:list-level-label-alignment text:label-followed-by=\"listtab\" "
                            "text:list-tab-stop-position=\"%.1fcm\" fo:text-indent=\"-0.6cm\" "
                            "fo:margin-left=\"%.1fcm\"/></style:list-level-properties>"
                            "</text:list-level-style-number>", level, level * 0.8, level * 0.8);
  /* Headings carry outline levels without chapter numbers. */
  g_string_append (xml, "</text:list-style>\n<text:outline-style style:name=\"Outline\">");
  for (int level = 1; level <= 10; level++)
    g_string_append_printf (xml, "<text:outline-level-style text:level=\"%d\" style:num-format=\"\"/>", level);
  g_string_append (xml, "</text:outline-style>\n</office:styles>\n"
                   "<office:automatic-styles><style:page-layout style:name=\"A4\">"
                   "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" "
                   "style:print-orientation=\"portrait\" fo:margin-top=\"2cm\" fo:margin-bottom=\"1.5cm\" "
                   "fo:margin-left=\"2.5cm\" fo:margin-right=\"2.5cm\"/>"
                   "<style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" "
                   "fo:margin-top=\"0.5cm\"/></style:footer-style></style:page-layout>"
                   "</office:automatic-styles>\n<office:master-styles>\n"
                   "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
                   "<style:footer><text:p text:style-name=\"Footer\">");
  if (footer != NULL)
    append_odf_text (xml, footer);
  g_string_append (xml, "<text:tab/>");
  _rs_document_append_escaped (xml, _rs_document_string (self, RS_DOCUMENT_STRING_PAGE));
  g_string_append (xml, " <text:page-number text:select-page=\"current\">1</text:page-number> ");
  _rs_document_append_escaped (xml, _rs_document_string (self, RS_DOCUMENT_STRING_OF));
  g_string_append (xml, " <text:page-count>1</text:page-count></text:p></style:footer>"
                   "</style:master-page>\n</office:master-styles>\n</office:document-styles>\n");
  return xml;
}

static GString *
build_meta (RsDocument *self)
{
  GString *xml = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  g_string_append (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<office:document-meta" ODF_NAMESPACES "><office:meta>"
                   "<meta:generator>Rådslag/" PACKAGE_VERSION "</meta:generator><dc:title>");
  _rs_document_append_escaped (xml, rs_document_get_title (self));
  g_string_append (xml, "</dc:title>");
  if (rs_document_get_subtitle (self) != NULL)
    {
      g_string_append (xml, "<dc:subject>");
      _rs_document_append_escaped (xml, rs_document_get_subtitle (self));
      g_string_append (xml, "</dc:subject>");
    }
  g_string_append_printf (xml, "<dc:language>%s</dc:language><meta:creation-date>%s</meta:creation-date>"
                          "<dc:date>%s</dc:date></office:meta></office:document-meta>\n",
                          _rs_document_language_tag (self), date, date);
  return xml;
}

static GString *
build_manifest (GPtrArray *images)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                               "manifest:version=\"1.2\">\n"
                               " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
                               "manifest:media-type=\"" ODT_MIMETYPE "\"/>\n"
                               " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                               " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
                               " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n");

  for (guint i = 0; i < images->len; i++)
    g_string_append_printf (xml, " <manifest:file-entry manifest:full-path=\"Pictures/image%u.png\" "
                            "manifest:media-type=\"image/png\"/>\n", i + 1);
  g_string_append (xml, "</manifest:manifest>\n");
  return xml;
}

gboolean
_rs_document_write_odt (RsDocument    *self,
                        GOutputStream *out,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GPtrArray) images = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GString) content = NULL;
  g_autoptr(GString) styles = NULL;
  g_autoptr(GString) meta = NULL;
  g_autoptr(GString) manifest = NULL;
  g_autoptr(GString) central = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  ZipWriter zip = { out, 0, central, 0, 0, 0 };

  zip.dos_time = (g_date_time_get_hour (now) << 11) | (g_date_time_get_minute (now) << 5)
                 | (g_date_time_get_second (now) / 2);
  zip.dos_date = ((MAX (g_date_time_get_year (now), 1980) - 1980) << 9)
                 | (g_date_time_get_month (now) << 5) | g_date_time_get_day_of_month (now);

  content = build_content (self, images, cancellable, error);
  if (content == NULL)
    return FALSE;
  styles = build_styles (self);
  meta = build_meta (self);
  manifest = build_manifest (images);

  if (!zip_add (&zip, "mimetype", ODT_MIMETYPE, strlen (ODT_MIMETYPE), FALSE, cancellable, error)
      || !zip_add (&zip, "content.xml", content->str, content->len, TRUE, cancellable, error)
      || !zip_add (&zip, "styles.xml", styles->str, styles->len, TRUE, cancellable, error)
      || !zip_add (&zip, "meta.xml", meta->str, meta->len, TRUE, cancellable, error))
    return FALSE;
  for (guint i = 0; i < images->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("Pictures/image%u.png", i + 1);
      gsize size;
      const void *data = g_bytes_get_data (g_ptr_array_index (images, i), &size);

      if (g_cancellable_set_error_if_cancelled (cancellable, error)
          || !zip_add (&zip, name, data, size, FALSE, cancellable, error))
        return FALSE;
    }
  return zip_add (&zip, "META-INF/manifest.xml", manifest->str, manifest->len, TRUE, cancellable, error)
      && zip_finish (&zip, cancellable, error);
}
