/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-import"

#include "config.h"

#include <string.h>

#include <poppler.h>

#include "rs-date.h"
#include "rs-hearing-import-private.h"
#include "rs-hearing-import.h"

/* Text from the files people send: charsets, HTML, PDF and quoted reply
 * threads. */

/* Windows-1252 0x80–0x9F; 0 where the code page leaves the byte undefined. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static char *
decode_cp1252 (const char *data,
               gsize       length,
               gboolean   *replaced)
{
  GString *out = g_string_sized_new (length + length / 8);

  for (gsize i = 0; i < length; i++)
    {
      guchar c = data[i];
      gunichar u = c;

      if (c >= 0x80 && c < 0xA0)
        {
          u = cp1252_high[c - 0x80];
          if (u == 0)
            {
              u = 0xFFFD;
              *replaced = TRUE;
            }
        }
      else if (c == 0)
        {
          u = 0xFFFD;
          *replaced = TRUE;
        }
      g_string_append_unichar (out, u);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_cp1252_name (const char *charset)
{
  return g_ascii_strcasecmp (charset, "windows-1252") == 0 ||
         g_ascii_strcasecmp (charset, "cp1252") == 0 ||
         g_ascii_strcasecmp (charset, "iso-8859-1") == 0 ||
         g_ascii_strcasecmp (charset, "latin1") == 0 ||
         g_ascii_strcasecmp (charset, "us-ascii") == 0;
}

char *
rs_import_decode_text (const char *data,
                       gsize       length,
                       const char *charset,
                       gboolean   *replaced)
{
  gboolean dummy = FALSE;
  char *out = NULL;

  if (replaced == NULL)
    replaced = &dummy;
  *replaced = FALSE;
  if (data == NULL)
    return g_strdup ("");
  if (charset != NULL && *charset != '\0' && g_ascii_strcasecmp (charset, "utf-8") != 0 &&
      g_ascii_strcasecmp (charset, "utf8") != 0 && !is_cp1252_name (charset))
    {
      gsize written = 0;
      out = g_convert (data, length, "UTF-8", charset, NULL, &written, NULL);
      if (out != NULL && (memchr (out, '\0', written) != NULL || !g_utf8_validate (out, written, NULL)))
        g_clear_pointer (&out, g_free);
    }
  if (out == NULL && memchr (data, '\0', length) == NULL && g_utf8_validate (data, length, NULL))
    out = g_strndup (data, length);
  /* Latin-1 is read as Windows-1252, its superset in practice (smart quotes). */
  if (out == NULL)
    out = decode_cp1252 (data, length, replaced);
  for (char *p = out; *p; p++)
    if (*p == '\x02' || *p == '\x03')
      *p = ' ';
  return out;
}

static const struct
{
  const char *name;
  gunichar    c;
} entities[] = {
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "nbsp", 0xA0 }, { "aelig", 0xE6 }, { "AElig", 0xC6 }, { "oslash", 0xF8 }, { "Oslash", 0xD8 },
  { "aring", 0xE5 }, { "Aring", 0xC5 }, { "eacute", 0xE9 }, { "Eacute", 0xC9 }, { "uuml", 0xFC },
  { "ouml", 0xF6 }, { "auml", 0xE4 }, { "Uuml", 0xDC }, { "Ouml", 0xD6 }, { "Auml", 0xC4 },
  { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "hellip", 0x2026 }, { "laquo", 0xAB },
  { "raquo", 0xBB }, { "ldquo", 0x201C }, { "rdquo", 0x201D }, { "lsquo", 0x2018 },
  { "rsquo", 0x2019 }, { "bdquo", 0x201E }, { "euro", 0x20AC }, { "copy", 0xA9 },
};

static const char *
decode_entity (const char *p,
               GString    *out)
{
  const char *semi = strchr (p, ';');
  g_autofree char *name = NULL;

  if (semi == NULL || semi - p > 10 || semi == p + 1)
    {
      g_string_append_c (out, '&');
      return p + 1;
    }
  name = g_strndup (p + 1, semi - p - 1);
  if (name[0] == '#')
    {
      gunichar c = (name[1] == 'x' || name[1] == 'X') ? g_ascii_strtoull (name + 2, NULL, 16)
                                                       : g_ascii_strtoull (name + 1, NULL, 10);
      if (c != 0 && g_unichar_validate (c))
        {
          g_string_append_unichar (out, c == 0xA0 ? ' ' : c);
          return semi + 1;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (g_str_equal (entities[i].name, name))
      {
        g_string_append_unichar (out, entities[i].c == 0xA0 ? ' ' : entities[i].c);
        return semi + 1;
      }
  g_string_append_c (out, '&');
  return p + 1;
}

static gboolean
tag_is (const char *tag,
        gsize       len,
        const char *name)
{
  gsize n = strlen (name);

  return len >= n && g_ascii_strncasecmp (tag, name, n) == 0 &&
         (len == n || tag[n] == ' ' || tag[n] == '/' || tag[n] == '\t' || tag[n] == '\n' ||
          tag[n] == '\r' || tag[n] == '>');
}

char *
rs_import_html_to_text (const char *html)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *p = html ? html : "";
  const char *skip_until = NULL;
  gboolean space = FALSE;

  while (*p)
    {
      if (*p == '<')
        {
          const char *end = strchr (p, '>');
          const char *tag = p + 1;
          gboolean closing = *tag == '/';
          gsize len;

          if (end == NULL)
            break;
          if (g_str_has_prefix (p, "<!--"))
            {
              const char *c = strstr (p, "-->");
              p = c ? c + 3 : p + strlen (p);
              continue;
            }
          if (closing)
            tag++;
          len = end - tag;
          if (skip_until != NULL)
            {
              if (closing && tag_is (tag, len, skip_until))
                skip_until = NULL;
              p = end + 1;
              continue;
            }
          if (!closing && (tag_is (tag, len, "style") || tag_is (tag, len, "script") ||
                           tag_is (tag, len, "head") || tag_is (tag, len, "title")))
            skip_until = tag_is (tag, len, "style") ? "style" : tag_is (tag, len, "script") ? "script"
                         : tag_is (tag, len, "head") ? "head" : "title";
          else if (tag_is (tag, len, "br"))
            g_string_append_c (out, '\n');
          else if (tag_is (tag, len, "p") || tag_is (tag, len, "div") || tag_is (tag, len, "tr") ||
                   tag_is (tag, len, "li") || tag_is (tag, len, "h1") || tag_is (tag, len, "h2") ||
                   tag_is (tag, len, "h3") || tag_is (tag, len, "blockquote") ||
                   tag_is (tag, len, "table") || tag_is (tag, len, "ul") || tag_is (tag, len, "ol"))
            {
              if (closing && (tag_is (tag, len, "p") || tag_is (tag, len, "h1") ||
                              tag_is (tag, len, "h2") || tag_is (tag, len, "h3")))
                g_string_append (out, "\n\n");
              else
                g_string_append_c (out, '\n');
            }
          else if (tag_is (tag, len, "td") && closing)
            g_string_append_c (out, ' ');
          p = end + 1;
          continue;
        }
      if (skip_until != NULL)
        {
          p++;
          continue;
        }
      if (*p == '&')
        {
          p = decode_entity (p, out);
          continue;
        }
      if (*p == '\r' || *p == '\n' || *p == '\t')
        {
          g_string_append_c (out, ' ');
          p++;
          continue;
        }
      g_string_append_c (out, *p++);
    }

  /* Collapse runs of spaces and of more than one empty line. */
  {
    int newlines = 0;
    for (const char *q = out->str; *q; q++)
      {
        if (*q == ' ')
          {
            space = TRUE;
            continue;
          }
        if (*q == '\n')
          {
            space = FALSE;
            if (clean->len > 0 && newlines < 2)
              g_string_append_c (clean, '\n');
            newlines++;
            continue;
          }
        if (space && newlines == 0 && clean->len > 0)
          g_string_append_c (clean, ' ');
        space = FALSE;
        newlines = 0;
        g_string_append_c (clean, *q);
      }
  }
  return g_strstrip (g_string_free (g_steal_pointer (&clean), FALSE));
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

char *
rs_import_pdf_text (GBytes  *bytes,
                    char   **created,
                    char   **author,
                    GError **error)
{
  g_autoptr(PopplerDocument) doc = poppler_document_new_from_bytes (bytes, NULL, error);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GDateTime) dt = NULL;
  int n;

  if (created)
    *created = NULL;
  if (author)
    *author = NULL;
  if (doc == NULL)
    return NULL;
  n = poppler_document_get_n_pages (doc);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *page_text = page ? poppler_page_get_text (page) : NULL;
      if (page_text != NULL)
        {
          if (text->len)
            g_string_append (text, "\n\n");
          g_string_append (text, page_text);
        }
    }
  dt = poppler_document_get_creation_date_time (doc);
  if (created && dt != NULL)
    *created = rs_date_time_to_local_iso (dt);
  if (author)
    *author = poppler_document_get_author (doc);
  return g_strstrip (g_string_free (g_steal_pointer (&text), FALSE));
}

static gboolean
is_reply_header (const char *line)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
      g_regex_new ("^\\s*(?:"
                   "(?:On|Den|D\\.|Tirs|Man|Ons|Tors|Fre|Lør|Søn|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\b.{0,200}"
                   "(?:wrote|skrev|skriver)\\b.{0,200}:\\s*$"
                   "|-{2,}\\s*(?:Original Message|Oprindelig meddelelse|Original meddelelse|"
                   "Videresendt meddelelse|Forwarded message)\\s*-{2,}"
                   "|_{10,}\\s*$)",
                   G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));
  return g_regex_match (regex, line, 0, NULL);
}

static gboolean
is_outlook_block (char **lines,
                  guint  i)
{
  /* "Fra: …" followed within three lines by "Sendt: …" / "Sent: …" / "Dato: …". */
  if (!g_str_has_prefix (lines[i], "Fra: ") && !g_str_has_prefix (lines[i], "From: ") &&
      !g_str_has_prefix (lines[i], "*Fra:*") && !g_str_has_prefix (lines[i], "*From:*"))
    return FALSE;
  for (guint j = i + 1; j < i + 4 && lines[j] != NULL; j++)
    if (g_str_has_prefix (lines[j], "Sendt:") || g_str_has_prefix (lines[j], "Sent:") ||
        g_str_has_prefix (lines[j], "Dato:") || g_str_has_prefix (lines[j], "Date:") ||
        g_str_has_prefix (lines[j], "*Sendt:*") || g_str_has_prefix (lines[j], "*Sent:*"))
      return TRUE;
  return FALSE;
}

gboolean
rs_import_is_blank (const char *line)
{
  for (const char *p = line; p && *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

char *
rs_import_strip_quoted (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean in_pgp_header = FALSE, in_pgp_signature = FALSE, pgp = FALSE;
  gboolean has_own = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      gsize len = strlen (line);

      if (len > 0 && line[len - 1] == '\r')
        line[--len] = '\0';
      if (g_str_equal (line, "-----BEGIN PGP SIGNED MESSAGE-----"))
        {
          in_pgp_header = pgp = TRUE;
          continue;
        }
      if (in_pgp_header)
        {
          if (*line == '\0')
            in_pgp_header = FALSE;
          continue;
        }
      if (g_str_equal (line, "-----BEGIN PGP SIGNATURE-----"))
        {
          in_pgp_signature = TRUE;
          continue;
        }
      if (in_pgp_signature)
        {
          if (g_str_equal (line, "-----END PGP SIGNATURE-----"))
            in_pgp_signature = FALSE;
          continue;
        }
      if (pgp && g_str_has_prefix (line, "- "))
        line += 2;
      if (has_own && (is_reply_header (line) || is_outlook_block (lines, i)))
        break;
      /* Gmail wraps a long "Den … skrev … <address>:" line in two. */
      if (has_own && lines[i + 1] != NULL)
        {
          g_autofree char *joined = g_strconcat (line, " ", lines[i + 1], NULL);
          if (g_str_has_prefix (lines[i + 1], ">") == FALSE && is_reply_header (joined) &&
              !is_reply_header (lines[i + 1]))
            break;
        }
      if (*line == '>')
        continue;
      if (!rs_import_is_blank (line))
        has_own = TRUE;
      g_string_append (out, line);
      g_string_append_c (out, '\n');
    }
  /* Nothing of its own: keep the whole text rather than nothing. */
  if (!has_own)
    return g_strstrip (g_strdup (text ? text : ""));
  return g_strstrip (g_string_free (g_steal_pointer (&out), FALSE));
}

char *
rs_import_content_hash (const char *sender,
                        const char *text)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *who = g_utf8_casefold (sender ? sender : "", -1);
  g_autoptr(GString) norm = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text ? text : ""; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = norm->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (norm, ' ');
      space = FALSE;
      g_string_append_c (norm, *p);
    }
  g_strstrip (who);
  g_checksum_update (sum, (const guchar *) who, -1);
  g_checksum_update (sum, (const guchar *) "\n", 1);
  g_checksum_update (sum, (const guchar *) norm->str, norm->len);
  return g_strdup (g_checksum_get_string (sum));
}
