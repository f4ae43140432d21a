/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-import"

#include "config.h"

#include <string.h>

#include <gmime/gmime.h>
#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-hearing-import-private.h"
#include "rs-hearing-import.h"
#include "rs-hearing-store.h"

/*
 * E-mail as mail clients really write it, read leniently: encoded words are
 * decoded in the raw header before its address is parsed (as Thunderbird
 * shows it), 8-bit headers fall back to Windows-1252, the body is the plain
 * text or else the HTML as text, a forwarded message (message/rfc822) is the
 * response, signatures (S/MIME, PGP) are left out, and attached PDF and
 * OpenDocument letters give their text. What cannot be read is named in the
 * response's review reason instead of refusing the file.
 */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeStream, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeParser, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeMessage, g_object_unref)

static GMimeParserOptions *
parser_options (void)
{
  static GMimeParserOptions *options;

  if (g_once_init_enter (&options))
    {
      static const char *fallback[] = { "UTF-8", "windows-1252", NULL };
      GMimeParserOptions *o;

      g_mime_init ();
      o = g_mime_parser_options_new ();
      g_mime_parser_options_set_fallback_charsets (o, fallback);
      g_mime_parser_options_set_address_compliance_mode (o, GMIME_RFC_COMPLIANCE_LOOSE);
      g_mime_parser_options_set_parameter_compliance_mode (o, GMIME_RFC_COMPLIANCE_LOOSE);
      g_mime_parser_options_set_rfc2047_compliance_mode (o, GMIME_RFC_COMPLIANCE_LOOSE);
      g_once_init_leave (&options, o);
    }
  return options;
}

/* A header's raw value, unfolded, its encoded words decoded. */
static char *
decoded_header (GMimeObject *object,
                const char  *name)
{
  GMimeHeaderList *list = g_mime_object_get_header_list (object);
  GMimeHeader *header = list ? g_mime_header_list_get_header (list, name) : NULL;
  const char *raw = header ? g_mime_header_get_raw_value (header) : NULL;
  g_autofree char *unfolded = NULL;
  char *text;

  if (raw == NULL)
    return NULL;
  unfolded = g_mime_utils_header_unfold (raw);
  text = g_mime_utils_header_decode_text (parser_options (), unfolded);
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      char *fixed = rs_import_decode_text (text, strlen (text), NULL, NULL);
      g_free (text);
      text = fixed;
    }
  return text ? g_strstrip (text) : NULL;
}

static char *
strip_quotes (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  gsize len = strlen (s);

  while (len >= 2 && ((s[0] == '"' && s[len - 1] == '"') || (s[0] == '\'' && s[len - 1] == '\'')))
    {
      memmove (s, s + 1, len - 2);
      s[len - 2] = '\0';
      g_strstrip (s);
      len = strlen (s);
    }
  /* Quoted-pair escapes inside a quoted name. */
  {
    GString *out = g_string_new (NULL);
    for (const char *p = s; *p; p++)
      {
        if (*p == '\\' && p[1] != '\0')
          p++;
        g_string_append_c (out, *p);
      }
    return g_strstrip (g_string_free (out, FALSE));
  }
}

static gboolean
plausible_email (const char *addr)
{
  const char *at = strchr (addr, '@');

  return at != NULL && at != addr && at[1] != '\0' && strchr (at + 1, '@') == NULL &&
         strpbrk (addr, " \t<>,;\"") == NULL;
}

gboolean
rs_hearing_parse_sender (const char *header,
                         char      **name,
                         char      **email)
{
  g_autofree char *h = g_strstrip (g_strdup (header ? header : ""));
  const char *lt, *gt;

  *name = NULL;
  *email = NULL;
  if (*h == '\0')
    return FALSE;
  lt = strrchr (h, '<');
  gt = lt ? strchr (lt, '>') : NULL;
  if (lt != NULL)
    {
      g_autofree char *addr = g_strstrip (g_strndup (lt + 1, (gt ? gt : h + strlen (h)) - lt - 1));
      g_autofree char *before = g_strndup (h, lt - h);
      if (plausible_email (addr))
        {
          *email = g_steal_pointer (&addr);
          *name = strip_quotes (before);
          /* Mailers that repeat the address as the name. */
          if (g_ascii_strcasecmp (*name, *email) == 0)
            g_clear_pointer (name, g_free);
          if (*name != NULL && **name == '\0')
            g_clear_pointer (name, g_free);
          return TRUE;
        }
    }
  /* "carla@example.org (Carla Holm)" or a bare address, or a name alone. */
  {
    g_autoptr(GString) rest = g_string_new (NULL);
    g_auto(GStrv) words = g_regex_split_simple ("\\s+", h, 0, 0);

    for (guint i = 0; words[i] != NULL; i++)
      {
        g_autofree char *w = g_strdup (words[i]);
        g_strdelimit (w, "<>,;", ' ');
        g_strstrip (w);
        if (*email == NULL && plausible_email (w))
          *email = g_steal_pointer (&w);
        else if (*words[i] != '\0')
          g_string_append_printf (rest, "%s%s", rest->len ? " " : "", words[i]);
      }
    g_strdelimit (rest->str, "()<>", ' ');
    {
      g_autofree char *n = strip_quotes (rest->str);
      if (*n != '\0')
        *name = g_steal_pointer (&n);
    }
  }
  return *email != NULL;
}


/* The Date header, leniently; else the first Received: header's date (when
 * the message reached the mailbox). */
static char *
message_date (GMimeMessage *message,
              gboolean     *from_received)
{
  GMimeHeaderList *list = g_mime_object_get_header_list (GMIME_OBJECT (message));
  GDateTime *date = g_mime_message_get_date (message);
  g_autofree char *raw = NULL;

  *from_received = FALSE;
  if (date != NULL)
    return rs_date_time_to_local_iso (date);
  raw = decoded_header (GMIME_OBJECT (message), "Date");
  if (raw != NULL)
    {
      g_autoptr(GDateTime) parsed = g_mime_utils_header_decode_date (raw);
      g_autofree char *iso = NULL;
      if (parsed != NULL)
        return rs_date_time_to_local_iso (parsed);
      /* "19.09.2025 14:03", "2025-09-19": what webmail robots write. */
      iso = rs_date_normalize (raw, NULL);
      if (iso == NULL)
        iso = rs_hearing_find_letter_date (raw);
      if (iso != NULL)
        return g_steal_pointer (&iso);
    }
  for (int i = 0; list != NULL && i < g_mime_header_list_get_count (list); i++)
    {
      GMimeHeader *h = g_mime_header_list_get_header_at (list, i);
      const char *semi;
      if (g_ascii_strcasecmp (g_mime_header_get_name (h), "Received") != 0)
        continue;
      semi = strrchr (g_mime_header_get_raw_value (h), ';');
      if (semi != NULL)
        {
          g_autofree char *unfolded = g_mime_utils_header_unfold (semi + 1);
          g_autoptr(GDateTime) parsed = g_mime_utils_header_decode_date (g_strstrip (unfolded));
          if (parsed != NULL)
            {
              *from_received = TRUE;
              return rs_date_time_to_local_iso (parsed);
            }
        }
      break;
    }
  return NULL;
}

typedef struct
{
  GString      *plain;
  GString      *html;
  GString      *attached_text;
  GPtrArray    *attachments;
  GMimeMessage *forwarded;
  gboolean      replaced;
  gboolean      tnef;
  gboolean      opaque_smime;
  GPtrArray    *unreadable;   /* names of attachments with no text read */
} MailParts;

static GBytes *
part_bytes (GMimePart *part)
{
  GMimeDataWrapper *content = g_mime_part_get_content (part);
  g_autoptr(GMimeStream) stream = g_mime_stream_mem_new ();
  GByteArray *array;

  if (content == NULL)
    return g_bytes_new (NULL, 0);
  g_mime_data_wrapper_write_to_stream (content, stream);
  array = g_mime_stream_mem_get_byte_array (GMIME_STREAM_MEM (stream));
  return g_bytes_new (array->data, array->len);
}

static char *
part_text (GMimePart *part,
           gboolean  *replaced)
{
  g_autoptr(GBytes) bytes = part_bytes (part);
  GMimeContentType *type = g_mime_object_get_content_type (GMIME_OBJECT (part));
  const char *charset = g_mime_content_type_get_parameter (type, "charset");
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  gboolean r = FALSE;
  char *text = rs_import_decode_text (data, len, charset, &r);

  if (r)
    *replaced = TRUE;
  return text;
}

static void
append_block (GString    *to,
              const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  if (to->len > 0)
    g_string_append (to, "\n\n");
  g_string_append (to, text);
}

static void walk (GMimeObject *object, MailParts *parts, gboolean in_alternative);

static void
keep_attachment (GMimePart *part,
                 MailParts *parts)
{
  GMimeContentType *type = g_mime_object_get_content_type (GMIME_OBJECT (part));
  g_autofree char *mime = g_mime_content_type_get_mime_type (type);
  const char *name = g_mime_part_get_filename (part);
  g_autofree char *lower_name = g_ascii_strdown (name ? name : "", -1);
  g_autoptr(GBytes) bytes = part_bytes (part);
  g_autofree char *lower_mime = g_ascii_strdown (mime, -1);
  g_autofree char *text = NULL;

  /* Signatures are not the sender's files. */
  if (g_str_equal (lower_mime, "application/pkcs7-signature") ||
      g_str_equal (lower_mime, "application/x-pkcs7-signature") ||
      g_str_equal (lower_mime, "application/pgp-signature"))
    return;
  g_ptr_array_add (parts->attachments, rs_attachment_new ("attachment", name ? name : "", mime, bytes));

  if (g_str_equal (lower_mime, "application/ms-tnef") || g_str_equal (lower_mime, "application/vnd.ms-tnef") ||
      g_str_equal (lower_name, "winmail.dat"))
    parts->tnef = TRUE;
  else if (g_str_equal (lower_mime, "application/pkcs7-mime") ||
           g_str_equal (lower_mime, "application/x-pkcs7-mime"))
    parts->opaque_smime = TRUE;
  else if (g_str_equal (lower_mime, "application/pdf") || g_str_has_suffix (lower_name, ".pdf"))
    {
      text = rs_import_pdf_text (bytes, NULL, NULL, NULL);
      if (text == NULL || *text == '\0')
        g_ptr_array_add (parts->unreadable, g_strdup (name ? name : mime));
    }
  else if (g_str_equal (lower_mime, "application/vnd.oasis.opendocument.text") ||
           g_str_has_suffix (lower_name, ".odt"))
    {
      text = rs_import_odt_text (bytes);
      if (text == NULL || *text == '\0')
        g_ptr_array_add (parts->unreadable, g_strdup (name ? name : mime));
    }
  else if (g_str_equal (lower_mime, "application/vnd.openxmlformats-officedocument.wordprocessingml.document") ||
           g_str_has_suffix (lower_name, ".docx"))
    text = rs_import_docx_text (bytes);
  append_block (parts->attached_text, text);
}

static void
walk (GMimeObject *object,
      MailParts   *parts,
      gboolean     in_alternative)
{
  GMimeContentType *type = g_mime_object_get_content_type (object);

  if (GMIME_IS_MESSAGE_PART (object))
    {
      GMimeMessage *inner = g_mime_message_part_get_message (GMIME_MESSAGE_PART (object));
      if (inner != NULL && parts->forwarded == NULL)
        parts->forwarded = g_object_ref (inner);
      return;
    }
  if (GMIME_IS_MULTIPART (object))
    {
      GMimeMultipart *multi = GMIME_MULTIPART (object);
      int n = g_mime_multipart_get_count (multi);

      if (g_mime_content_type_is_type (type, "multipart", "alternative"))
        {
          /* The plain text if there is some, else the richest part. */
          GMimeObject *best = NULL;
          for (int i = 0; i < n; i++)
            {
              GMimeObject *child = g_mime_multipart_get_part (multi, i);
              GMimeContentType *ct = g_mime_object_get_content_type (child);
              if (g_mime_content_type_is_type (ct, "text", "plain"))
                {
                  g_autofree char *t = part_text (GMIME_PART (child), &parts->replaced);
                  if (*g_strstrip (t) != '\0')
                    {
                      best = child;
                      break;
                    }
                }
              else
                best = child;
            }
          if (best != NULL)
            walk (best, parts, TRUE);
          return;
        }
      for (int i = 0; i < n; i++)
        walk (g_mime_multipart_get_part (multi, i), parts, FALSE);
      return;
    }
  if (!GMIME_IS_PART (object))
    return;
  if (GMIME_IS_TEXT_PART (object) && !g_mime_part_is_attachment (GMIME_PART (object)) &&
      (g_mime_content_type_is_type (type, "text", "plain") || g_mime_content_type_is_type (type, "text", "html")))
    {
      g_autofree char *text = part_text (GMIME_PART (object), &parts->replaced);
      if (g_mime_content_type_is_type (type, "text", "html"))
        {
          g_autofree char *plain = rs_import_html_to_text (text);
          append_block (parts->html, plain);
        }
      else
        append_block (parts->plain, g_strstrip (text));
      return;
    }
  keep_attachment (GMIME_PART (object), parts);
}

/* Web forms and robots send from an address nobody reads. */
static gboolean
is_robot_address (const char *email)
{
  static const char * const robots[] = {
    "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "robot", "mailer-daemon",
    "formular", "forms", "webform", NULL
  };
  const char *at = email ? strchr (email, '@') : NULL;
  g_autofree char *local = at ? g_ascii_strdown (email, at - email) : NULL;

  if (local == NULL)
    return FALSE;
  for (guint i = 0; robots[i] != NULL; i++)
    if (g_str_equal (local, robots[i]))
      return TRUE;
  return FALSE;
}

static void
set_sender (RsHearingResponse *r,
            GMimeMessage      *message)
{
  g_autofree char *from = decoded_header (GMIME_OBJECT (message), "From");
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;

  if (from == NULL || *from == '\0')
    {
      g_free (from);
      from = decoded_header (GMIME_OBJECT (message), "Sender");
      if (from == NULL || *from == '\0')
        {
          g_free (from);
          from = decoded_header (GMIME_OBJECT (message), "Reply-To");
        }
    }
  rs_hearing_parse_sender (from, &name, &email);
  if (is_robot_address (email))
    {
      g_autofree char *reply_to = decoded_header (GMIME_OBJECT (message), "Reply-To");
      g_autofree char *reply_name = NULL;
      g_autofree char *reply_email = NULL;

      if (rs_hearing_parse_sender (reply_to, &reply_name, &reply_email) && !is_robot_address (reply_email))
        {
          g_free (name);
          g_free (email);
          name = g_steal_pointer (&reply_name);
          email = g_steal_pointer (&reply_email);
        }
      else
        {
          rs_hearing_response_add_review_reason (r, "robot-sender");
          return;
        }
    }
  if (email == NULL && name == NULL)
    {
      rs_hearing_response_add_review_reason (r, "no-sender");
      return;
    }
  if (email == NULL)
    rs_hearing_response_add_review_reason (r, "no-address");
  rs_hearing_response_set_sender (r, name ? name : email);
  rs_hearing_response_set_sender_email (r, email);
}

static gboolean
is_forward_subject (const char *subject)
{
  static const char * const prefixes[] = { "vs:", "fw:", "fwd:", "wg:", "tr:", "videresend:", NULL };
  g_autofree char *lower = g_utf8_strdown (subject ? subject : "", -1);

  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (lower, prefixes[i]))
      return TRUE;
  return FALSE;
}

static const char *
header_value (const char         *line,
              const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      gsize n = strlen (names[i]);
      const char *p = line;

      while (*p == '*' || *p == ' ')
        p++;
      if (g_ascii_strncasecmp (p, names[i], n) == 0 && p[n] == ':')
        {
          p += n + 1;
          while (*p == '*' || *p == ' ')
            p++;
          return p;
        }
    }
  return NULL;
}

/* The message forwarded in @body: its sender and date (set on @r and in
 * *@received when found) and its text, or NULL when @body holds no
 * forwarded header block after at most a short note. */
static char *
inline_forward (RsHearingResponse *r,
                const char        *body,
                char             **received)
{
  static const char * const from_names[] = { "From", "Fra", "Von", "De", NULL };
  static const char * const date_names[] = { "Date", "Dato", "Sent", "Sendt", "Datum", NULL };
  g_auto(GStrv) lines = g_strsplit (body ? body : "", "\n", -1);
  gsize before = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (header_value (lines[i], from_names) != NULL)
        {
          g_autofree char *name = NULL;
          g_autofree char *email = NULL;
          g_autoptr(GString) text = g_string_new (NULL);
          guint j = i;

          /* Only a short note may come before the forwarded message. */
          if (before > 300)
            return NULL;
          rs_hearing_parse_sender (header_value (lines[i], from_names), &name, &email);
          for (; lines[j] != NULL && !rs_import_is_blank (lines[j]); j++)
            {
              const char *value = header_value (lines[j], date_names);
              g_autofree char *date = NULL;
              if (value == NULL)
                continue;
              {
                g_autoptr(GDateTime) dt = g_mime_utils_header_decode_date (value);
                if (dt != NULL)
                  date = rs_date_time_to_local_iso (dt);
              }
              if (date == NULL)
                date = rs_hearing_find_letter_date (value);
              if (date != NULL)
                {
                  g_free (*received);
                  *received = g_steal_pointer (&date);
                }
            }
          for (; lines[j] != NULL; j++)
            {
              g_string_append (text, lines[j]);
              g_string_append_c (text, '\n');
            }
          if (name == NULL && email == NULL)
            return NULL;
          rs_hearing_response_remove_review_reason (r, "no-sender");
          rs_hearing_response_remove_review_reason (r, "no-address");
          rs_hearing_response_remove_review_reason (r, "robot-sender");
          if (email == NULL)
            rs_hearing_response_add_review_reason (r, "no-address");
          rs_hearing_response_set_sender (r, name ? name : email);
          rs_hearing_response_set_sender_email (r, email);
          return g_strstrip (g_string_free (g_steal_pointer (&text), FALSE));
        }
      if (!g_str_has_prefix (lines[i], "-----") && !g_str_has_prefix (lines[i], "_____"))
        before += strlen (lines[i]);
    }
  return NULL;
}

RsHearingResponse *
rs_import_read_email (const char *display,
                      GBytes     *bytes,
                      const char *fallback_date,
                      GError    **error)
{
  g_autoptr(GMimeStream) stream = NULL;
  g_autoptr(GMimeParser) parser = NULL;
  g_autoptr(GMimeMessage) message = NULL;
  g_autoptr(GString) plain = g_string_new (NULL);
  g_autoptr(GString) html = g_string_new (NULL);
  g_autoptr(GString) attached = g_string_new (NULL);
  g_autoptr(GPtrArray) unreadable = g_ptr_array_new_with_free_func (g_free);
  MailParts parts = { plain, html, attached, NULL, NULL, FALSE, FALSE, FALSE, unreadable };
  GMimeMessage *source;
  g_autofree char *received = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *text = NULL;
  gboolean from_received = FALSE;
  RsHearingResponse *r;

  stream = g_mime_stream_mem_new_with_buffer (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  parser = g_mime_parser_new_with_stream (stream);
  message = g_mime_parser_construct_message (parser, parser_options ());
  if (message == NULL)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the e-mail cannot be read."), display);
      return NULL;
    }

  r = rs_hearing_response_new ();
  parts.attachments = rs_hearing_response_get_attachments (r);
  g_ptr_array_add (parts.attachments, rs_attachment_new ("original", display, "message/rfc822", bytes));
  if (g_mime_message_get_mime_part (message) != NULL)
    walk (g_mime_message_get_mime_part (message), &parts, FALSE);

  /* A forwarded message is the response: its sender, date and text. */
  source = message;
  if (parts.forwarded != NULL)
    {
      g_autoptr(GString) own = g_string_new (NULL);
      MailParts inner = { own, g_string_new (NULL), attached, parts.attachments, NULL, FALSE, FALSE,
                          FALSE, unreadable };

      if (g_mime_message_get_mime_part (parts.forwarded) != NULL)
        walk (g_mime_message_get_mime_part (parts.forwarded), &inner, FALSE);
      /* A message forwarded within the forwarded one stays an attachment. */
      g_clear_object (&inner.forwarded);
      if (own->len == 0)
        g_string_append (own, inner.html->str);
      g_string_free (inner.html, TRUE);
      g_string_assign (plain, own->str);
      g_string_truncate (html, 0);
      parts.replaced |= inner.replaced;
      parts.tnef |= inner.tnef;
      parts.opaque_smime |= inner.opaque_smime;
      source = parts.forwarded;
    }

  set_sender (r, source);
  subject = decoded_header (GMIME_OBJECT (source), "Subject");
  received = message_date (source, &from_received);
  if (received == NULL && source != message)
    received = message_date (message, &from_received);
  if (received == NULL)
    {
      received = g_strdup (fallback_date);
      rs_hearing_response_add_review_reason (r, "no-date");
    }

  /* Forwarded inline ("VS:", "Fwd:"): the forwarded message is the response,
   * with the sender and date of its header block. */
  if (source == message && is_forward_subject (subject))
    {
      g_autofree char *inner = inline_forward (r, plain->len ? plain->str : html->str, &received);
      if (inner != NULL)
        {
          g_string_assign (plain, inner);
          if (!g_str_equal (received, fallback_date ? fallback_date : ""))
            rs_hearing_response_remove_review_reason (r, "no-date");
        }
    }

  {
    g_autofree char *body = rs_import_strip_quoted (plain->len ? plain->str : html->str);
    g_autoptr(GString) all = g_string_new (body);
    append_block (all, attached->str);
    text = g_strstrip (g_string_free (g_steal_pointer (&all), FALSE));
  }
  if (*text == '\0')
    {
      if (parts.tnef)
        rs_hearing_response_add_review_reason (r, "winmail");
      else if (parts.opaque_smime)
        rs_hearing_response_add_review_reason (r, "smime");
      else
        rs_hearing_response_add_review_reason (r, "no-text");
    }
  if (parts.replaced)
    rs_hearing_response_add_review_reason (r, "undecodable");
  if (unreadable->len > 0)
    {
      rs_hearing_response_add_review_reason (r, "attachment-unreadable");
    }

  rs_hearing_response_set_subject (r, subject);
  rs_hearing_response_set_received_on (r, received);
  rs_hearing_response_set_channel (r, "email");
  rs_hearing_response_set_text (r, text);
  g_clear_object (&parts.forwarded);
  return r;
}
