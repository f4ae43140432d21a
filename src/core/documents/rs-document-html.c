/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-document-html"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-document-private.h"

/* One self-contained HTML5 file: embedded CSS, images as data: URIs, a
 * table of contents with anchors. All text is escaped. */

static const char css[] =
  "body{font-family:Cantarell,'Noto Sans','DejaVu Sans',sans-serif;line-height:1.5;"
  "max-width:48em;margin:2em auto;padding:0 1em;color:#1e1e1e;background:#fff}"
  "header{border-bottom:2px solid #3584e4;margin-bottom:2em;padding-bottom:1em}"
  "header h1{font-size:2.2em;margin:0}"
  "header p.subtitle{font-size:1.2em;color:#555;margin:.3em 0 0}"
  "h2{font-size:1.6em;margin-top:1.6em}h3{font-size:1.3em}h4{font-size:1.1em}"
  "nav.toc{background:#f6f5f4;padding:1em 1.5em;border-radius:6px;margin-bottom:2em}"
  "nav.toc h2{margin-top:0;font-size:1.2em}nav.toc ol{margin:0;padding-left:1.2em}"
  "nav.toc li.level-2{margin-left:1.2em;list-style:circle}"
  "blockquote{margin:1em 0 1em 1.5em;padding-left:1em;border-left:4px solid #c0bfbc;"
  "font-style:italic;color:#3d3846}"
  "dl.field{margin:.2em 0;display:flex;gap:.5em}dl.field dt{font-weight:bold}"
  "dl.field dt::after{content:':'}dl.field dd{margin:0}"
  "table{border-collapse:collapse;width:100%;margin:1em 0}"
  "th,td{border:1px solid #c0bfbc;padding:.3em .5em;text-align:left;vertical-align:top}"
  "th{background:#deddda}tr:nth-child(even) td{background:#f6f5f4}"
  "figure{margin:1em 0}figure img{max-width:100%;height:auto}"
  "figcaption{font-size:.9em;color:#555}"
  ".page-break{break-after:page}"
  "footer{margin-top:3em;border-top:1px solid #c0bfbc;padding-top:.5em;color:#555;font-size:.9em}"
  "p,td,th,dd,li,blockquote{white-space:pre-line}"
  "@media print{body{max-width:none;margin:0}nav.toc{background:none}}";

/* Text with explicit direction controls (a name with a right-to-left
 * override, say) goes into <bdi>, and any embedding, override or isolate it
 * leaves open is closed, so it cannot reorder the text around it. */
static void
append_text (GString    *html,
             const char *text,
             gboolean    markup)
{
  g_autoptr(GString) open = g_string_new (NULL);  /* 'e' embedding or override, 'i' isolate */
  gboolean controls = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        controls = TRUE;
      if (c == 0x202A || c == 0x202B || c == 0x202D || c == 0x202E)
        g_string_append_c (open, 'e');
      else if (c >= 0x2066 && c <= 0x2068)
        g_string_append_c (open, 'i');
      else if (c == 0x202C && open->len > 0 && open->str[open->len - 1] == 'e')
        g_string_truncate (open, open->len - 1);
      else if (c == 0x2069 && strrchr (open->str, 'i') != NULL)
        /* A PDI closes its isolate and every embedding opened inside it. */
        g_string_truncate (open, strrchr (open->str, 'i') - open->str);
    }
  if (controls && markup)
    g_string_append (html, "<bdi>");
  _rs_document_append_escaped (html, text);
  for (gsize i = open->len; i > 0; i--)
    g_string_append (html, open->str[i - 1] == 'e' ? "\u202C" : "\u2069");
  if (controls && markup)
    g_string_append (html, "</bdi>");
}

static void
append_text_element (GString    *html,
                     const char *tag,
                     const char *attrs,
                     const char *text)
{
  g_string_append_printf (html, "<%s%s>", tag, attrs);
  /* <title> holds plain text only. */
  append_text (html, text, strcmp (tag, "title") != 0);
  g_string_append_printf (html, "</%s>\n", tag);
}

static void
append_table (GString       *html,
              const RsBlock *block)
{
  g_string_append (html, "<table>\n<thead><tr>");
  for (guint c = 0; c < block->n_columns; c++)
    append_text_element (html, "th", " scope=\"col\"", block->items[c]);
  g_string_append (html, "</tr></thead>\n<tbody>\n");
  for (guint r = 0; r < block->rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (block->rows, r);

      g_string_append (html, "<tr>");
      for (guint c = 0; c < block->n_columns; c++)
        append_text_element (html, "td", "", cells[c]);
      g_string_append (html, "</tr>\n");
    }
  g_string_append (html, "</tbody>\n</table>\n");
}

static void
append_block (RsDocument    *self,
              GString       *html,
              const RsBlock *block)
{
  switch (block->kind)
    {
    case RS_BLOCK_HEADING:
      {
        g_autofree char *tag = g_strdup_printf ("h%d", block->level + 1);
        g_autofree char *attrs = g_strdup_printf (" id=\"section-%d\"", block->anchor);

        append_text_element (html, tag, attrs, block->text);
      }
      break;
    case RS_BLOCK_PARAGRAPH:
      append_text_element (html, "p", "", block->text);
      break;
    case RS_BLOCK_QUOTE:
      g_string_append (html, "<blockquote>");
      append_text_element (html, "p", "", block->text);
      g_string_append (html, "</blockquote>\n");
      break;
    case RS_BLOCK_LIST:
      g_string_append (html, block->numbered ? "<ol>\n" : "<ul>\n");
      for (guint i = 0; block->items[i] != NULL; i++)
        append_text_element (html, "li", "", block->items[i]);
      g_string_append (html, block->numbered ? "</ol>\n" : "</ul>\n");
      break;
    case RS_BLOCK_FIELD:
      g_string_append (html, "<dl class=\"field\">");
      append_text_element (html, "dt", "", block->key);
      append_text_element (html, "dd", "", block->text);
      g_string_append (html, "</dl>\n");
      break;
    case RS_BLOCK_TABLE:
      append_table (html, block);
      break;
    case RS_BLOCK_IMAGE:
      {
        gsize size;
        const guint8 *data = g_bytes_get_data (block->png, &size);
        g_autofree char *base64 = g_base64_encode (data, size);
        const char *alt = *block->text ? block->text
                                       : _rs_document_string (self, RS_DOCUMENT_STRING_IMAGE);
        guint width, height;

        g_string_append (html, "<figure><img src=\"data:image/png;base64,");
        g_string_append (html, base64);
        g_string_append (html, "\" alt=\"");
        _rs_document_append_escaped (html, alt);
        g_string_append_c (html, '"');
        if (_rs_document_png_size (block->png, &width, &height))
          g_string_append_printf (html, " width=\"%u\" height=\"%u\"", width, height);
        g_string_append (html, ">");
        if (*block->text)
          append_text_element (html, "figcaption", "", block->text);
        g_string_append (html, "</figure>\n");
      }
      break;
    case RS_BLOCK_PAGE_BREAK:
      g_string_append (html, "<div class=\"page-break\"></div>\n");
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
append_toc (RsDocument *self,
            GString    *html,
            GPtrArray  *blocks)
{
  g_string_append (html, "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n");
  append_text_element (html, "h2", " id=\"toc-title\"",
                       _rs_document_string (self, RS_DOCUMENT_STRING_CONTENTS));
  g_string_append (html, "<ol>\n");
  for (guint i = 0; i < blocks->len; i++)
    {
      const RsBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind != RS_BLOCK_HEADING || block->level > 2)
        continue;
      g_string_append_printf (html, "<li class=\"level-%d\"><a href=\"#section-%d\">",
                              block->level, block->anchor);
      append_text (html, block->text, TRUE);
      g_string_append (html, "</a></li>\n");
    }
  g_string_append (html, "</ol>\n</nav>\n");
}

static gboolean
flush (GOutputStream *out,
       GString       *html,
       GCancellable  *cancellable,
       GError       **error)
{
  gboolean ok = g_output_stream_write_all (out, html->str, html->len, NULL, cancellable, error);

  g_string_truncate (html, 0);
  return ok;
}

gboolean
_rs_document_write_html (RsDocument    *self,
                         GOutputStream *out,
                         GCancellable  *cancellable,
                         GError       **error)
{
  GPtrArray *blocks = _rs_document_get_blocks (self);
  g_autoptr(GString) html = g_string_sized_new (64 * 1024);
  const char *subtitle = rs_document_get_subtitle (self);
  const char *footer = rs_document_get_footer (self);

  g_string_append_printf (html, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
                          "<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"generator\" content=\"Rådslag %s\">\n",
                          _rs_document_language_tag (self), PACKAGE_VERSION);
  append_text_element (html, "title", "", rs_document_get_title (self));
  g_string_append_printf (html, "<style>%s</style>\n</head>\n<body>\n<header>\n", css);
  append_text_element (html, "h1", "", rs_document_get_title (self));
  if (subtitle != NULL)
    append_text_element (html, "p", " class=\"subtitle\"", subtitle);
  g_string_append (html, "</header>\n");
  if (rs_document_get_show_toc (self))
    append_toc (self, html, blocks);
  g_string_append (html, "<main>\n");

  for (guint i = 0; i < blocks->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      append_block (self, html, g_ptr_array_index (blocks, i));
      if (html->len > 60 * 1024 && !flush (out, html, cancellable, error))
        return FALSE;
    }

  g_string_append (html, "</main>\n");
  if (footer != NULL)
    append_text_element (html, "footer", "", footer);
  g_string_append (html, "</body>\n</html>\n");
  return flush (out, html, cancellable, error);
}
