/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-import"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "rs-hearing-import-private.h"

/* Office documents (zip containers): the text of an OpenDocument text
 * (content.xml) and of a Word document (word/document.xml). Every offset is
 * checked against the file. */

/* OpenDocument: find content.xml in the zip's central directory and inflate it. */
static GBytes *
zip_entry (GBytes     *bytes,
           const char *wanted)
{
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);
  const guchar *eocd = NULL;
  guint32 cd_offset, cd_size;
  guint16 entries;

#define U16(p) ((guint16) ((p)[0] | ((p)[1] << 8)))
#define U32(p) ((guint32) ((p)[0] | ((p)[1] << 8) | ((p)[2] << 16) | ((guint32) (p)[3] << 24)))
  if (size < 22)
    return NULL;
  for (gsize i = size - 22; i + 1 > 0 && size - i < 22 + 65536; i--)
    if (memcmp (data + i, "PK\5\6", 4) == 0)
      {
        eocd = data + i;
        break;
      }
  if (eocd == NULL)
    return NULL;
  entries = U16 (eocd + 10);
  cd_size = U32 (eocd + 12);
  cd_offset = U32 (eocd + 16);
  if ((gsize) cd_offset + cd_size > size)
    return NULL;
  for (const guchar *p = data + cd_offset; entries > 0 && p + 46 <= data + cd_offset + cd_size; entries--)
    {
      guint16 method = U16 (p + 10), name_len = U16 (p + 28), extra_len = U16 (p + 30),
              comment_len = U16 (p + 32);
      guint32 comp_size = U32 (p + 20), uncomp_size = U32 (p + 24), local = U32 (p + 42);

      if (memcmp (p, "PK\1\2", 4) != 0 || (gsize) (p - data) + 46 + name_len > size)
        return NULL;
      if (name_len == strlen (wanted) && memcmp (p + 46, wanted, name_len) == 0)
        {
          const guchar *lh = data + local;
          const guchar *start;
          gsize start_off;

          if ((gsize) local + 30 > size || memcmp (lh, "PK\3\4", 4) != 0)
            return NULL;
          start_off = (gsize) local + 30 + U16 (lh + 26) + U16 (lh + 28);
          if (start_off > size || comp_size > size - start_off || uncomp_size > 64 * 1024 * 1024)
            return NULL;
          start = data + start_off;
          if (method == 0)
            return g_bytes_new (start, comp_size);
          if (method == 8)
            {
              g_autoptr(GConverter) conv = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW));
              guchar *out = g_malloc (uncomp_size + 1);
              gsize read = 0, written = 0;
              GConverterResult res = g_converter_convert (conv, start, comp_size, out, uncomp_size + 1,
                                                          G_CONVERTER_INPUT_AT_END, &read, &written, NULL);
              if (res == G_CONVERTER_ERROR)
                {
                  g_free (out);
                  return NULL;
                }
              return g_bytes_new_take (out, written);
            }
          return NULL;
        }
      p += 46 + name_len + extra_len + comment_len;
    }
  return NULL;
#undef U16
#undef U32
}

typedef struct
{
  GString *text;
  int      depth_skip;
} OdtState;

static void
odt_start (GMarkupParseContext *context,
           const char          *element,
           const char         **names,
           const char         **values,
           gpointer             user_data,
           GError             **error)
{
  OdtState *s = user_data;

  if (g_str_equal (element, "text:tab"))
    g_string_append_c (s->text, '\t');
  else if (g_str_equal (element, "text:line-break"))
    g_string_append_c (s->text, '\n');
  else if (g_str_equal (element, "text:s"))
    g_string_append_c (s->text, ' ');
}

static void
odt_end (GMarkupParseContext *context,
         const char          *element,
         gpointer             user_data,
         GError             **error)
{
  OdtState *s = user_data;

  if (g_str_equal (element, "text:p") || g_str_equal (element, "text:h"))
    g_string_append_c (s->text, '\n');
}

static void
odt_text (GMarkupParseContext *context,
          const char          *text,
          gsize                len,
          gpointer             user_data,
          GError             **error)
{
  OdtState *s = user_data;
  const char *element = g_markup_parse_context_get_element (context);

  if (element != NULL && (g_str_has_prefix (element, "text:")))
    g_string_append_len (s->text, text, len);
}

char *
rs_import_odt_text (GBytes *bytes)
{
  static const GMarkupParser parser = { odt_start, odt_end, odt_text, NULL, NULL };
  g_autoptr(GBytes) xml = zip_entry (bytes, "content.xml");
  g_autoptr(GString) text = g_string_new (NULL);
  OdtState state = { text, 0 };
  g_autoptr(GMarkupParseContext) context = NULL;
  gsize len;
  const char *data;

  if (xml == NULL)
    return NULL;
  data = g_bytes_get_data (xml, &len);
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &state, NULL);
  if (!g_markup_parse_context_parse (context, data, len, NULL) ||
      !g_markup_parse_context_end_parse (context, NULL))
    return NULL;
  return g_strstrip (g_string_free (g_steal_pointer (&text), FALSE));
}

/* Word (OOXML): the text runs of word/document.xml, a line per paragraph. */
static void
docx_start (GMarkupParseContext *context,
            const char          *element,
            const char         **names,
            const char         **values,
            gpointer             user_data,
            GError             **error)
{
  OdtState *s = user_data;

  if (g_str_equal (element, "w:tab"))
    g_string_append_c (s->text, '\t');
  else if (g_str_equal (element, "w:br") || g_str_equal (element, "w:cr"))
    g_string_append_c (s->text, '\n');
}

static void
docx_end (GMarkupParseContext *context,
          const char          *element,
          gpointer             user_data,
          GError             **error)
{
  OdtState *s = user_data;

  if (g_str_equal (element, "w:p"))
    g_string_append_c (s->text, '\n');
}

static void
docx_text (GMarkupParseContext *context,
           const char          *text,
           gsize                len,
           gpointer             user_data,
           GError             **error)
{
  OdtState *s = user_data;
  const char *element = g_markup_parse_context_get_element (context);

  if (g_strcmp0 (element, "w:t") == 0)
    g_string_append_len (s->text, text, len);
}

char *
rs_import_docx_text (GBytes *bytes)
{
  static const GMarkupParser parser = { docx_start, docx_end, docx_text, NULL, NULL };
  g_autoptr(GBytes) xml = zip_entry (bytes, "word/document.xml");
  g_autoptr(GString) text = g_string_new (NULL);
  OdtState state = { text, 0 };
  g_autoptr(GMarkupParseContext) context = NULL;
  gsize len;
  const char *data;

  if (xml == NULL)
    return NULL;
  data = g_bytes_get_data (xml, &len);
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &state, NULL);
  if (!g_markup_parse_context_parse (context, data, len, NULL) ||
      !g_markup_parse_context_end_parse (context, NULL))
    return NULL;
  return g_strstrip (g_string_free (g_steal_pointer (&text), FALSE));
}
