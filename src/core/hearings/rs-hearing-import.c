/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-import"

#include "config.h"

#include <string.h>

#include <gmime/gmime.h>
#include <poppler.h>
#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-hearing-csv-mapping.h"
#include "rs-hearing-import.h"
#include "rs-hearing-response.h"
#include "rs-hearing-store.h"
#include "rs-response-store.h"

/*
 * Response importers. A file's type is decided by its content: "%PDF-" is a
 * PDF, a block of RFC 5322 header lines with a From: field is an e-mail, a
 * header row naming a text column is CSV, and anything else that is UTF-8
 * text is a plain-text response.
 */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeStream, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeParser, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeMessage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static void
ensure_gmime (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      g_mime_init ();
      g_once_init_leave (&initialised, 1);
    }
}

char *
rs_hearing_parse_date (const char *text)
{
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));
  int a = 0, b = 0, c = 0;
  char s1 = 0, s2 = 0;
  GDate date;

  if (strlen (t) >= 10 && t[4] == '-' && t[7] == '-')
    {
      t[10] = '\0';
      return rs_date_is_valid (t) ? g_strdup (t) : NULL;
    }
  if (sscanf (t, "%d%c%d%c%d", &a, &s1, &b, &s2, &c) == 5 && s1 == s2 &&
      (s1 == '-' || s1 == '.' || s1 == '/') && c > 1900 && c < 3000 &&
      g_date_valid_dmy (a, b, c))
    {
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, a, b, c);
      return rs_date_to_iso (&date);
    }
  return NULL;
}

static gboolean
looks_like_email (const char *data,
                  gsize       length)
{
  const char *p = data, *end = data + MIN (length, 65536);
  gboolean has_from = FALSE;
  int fields = 0;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize len = (nl ? nl : end) - p;
      const char *colon;

      if (len == 0 || (len == 1 && *p == '\r'))
        return has_from && fields >= 2;
      if (*p == ' ' || *p == '\t')
        ;  /* a folded header line */
      else
        {
          colon = memchr (p, ':', len);
          if (colon == NULL || colon == p)
            return FALSE;
          for (const char *q = p; q < colon; q++)
            if (*q <= ' ' || *q > '~')
              return FALSE;
          if (colon - p == 4 && g_ascii_strncasecmp (p, "From", 4) == 0)
            has_from = TRUE;
          fields++;
        }
      if (nl == NULL)
        break;
      p = nl + 1;
    }
  return FALSE;
}

static const char * const text_cols[] = { "text", "tekst", "svar", "response", NULL };

static gboolean
looks_like_csv (const char *data,
                gsize       length)
{
  const char *nl = memchr (data, '\n', MIN (length, 4096));
  g_autofree char *first = g_utf8_casefold (data, nl ? nl - data : (gssize) MIN (length, 4096));

  if (strchr (first, ',') == NULL && strchr (first, ';') == NULL)
    return FALSE;
  for (guint i = 0; text_cols[i] != NULL; i++)
    if (strstr (first, text_cols[i]) != NULL)
      return TRUE;
  return FALSE;
}

RsResponseFileType
rs_hearing_import_detect (const char *data,
                          gsize       length)
{
  if (length >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return RS_RESPONSE_FILE_PDF;
  if (memchr (data, '\0', MIN (length, 65536)) != NULL)
    return RS_RESPONSE_FILE_UNKNOWN;
  if (looks_like_email (data, length))
    return RS_RESPONSE_FILE_EMAIL;
  if (looks_like_csv (data, length))
    return RS_RESPONSE_FILE_CSV;
  return RS_RESPONSE_FILE_TEXT;
}

static char *
file_date (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GDateTime) dt = NULL;

  if (info != NULL)
    dt = g_file_info_get_modification_date_time (info);
  if (dt == NULL)
    dt = g_date_time_new_now_local ();
  return g_date_time_format (dt, "%Y-%m-%d");
}

/* Text that is not UTF-8 is taken as Windows-1252, the usual fallback. */
static char *
to_utf8 (const char *data,
         gsize       length,
         const char *display,
         GError    **error)
{
  char *out;

  if (g_utf8_validate (data, length, NULL))
    out = g_strndup (data, length);
  else
    {
      out = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
      if (out == NULL)
        {
          g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                       _("%s: the text encoding is not recognised."), display);
          return NULL;
        }
    }
  /* Search markers are reserved. */
  for (char *p = out; *p; p++)
    if (*p == '\x02' || *p == '\x03')
      *p = ' ';
  return out;
}

static RsHearingResponse *
read_text (const char *path,
           const char *display,
           GBytes     *bytes,
           GError    **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *text = to_utf8 (data, length, display, error);
  g_autofree char *date = file_date (path);
  g_autofree char *stripped = NULL;
  RsHearingResponse *r;

  if (text == NULL)
    return NULL;
  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the file is empty."), display);
      return NULL;
    }
  r = rs_hearing_response_new ();
  rs_hearing_response_set_text (r, stripped);
  rs_hearing_response_set_received_on (r, date);
  rs_hearing_response_set_channel (r, "letter");
  rs_hearing_response_set_subject (r, display);
  g_ptr_array_add (rs_hearing_response_get_attachments (r),
                   rs_attachment_new ("original", display, "text/plain", bytes));
  return r;
}

typedef struct
{
  GString   *body;
  GString   *html;
  GPtrArray *attachments;
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

static void
collect_part (GMimeObject *parent,
              GMimeObject *object,
              gpointer     user_data)
{
  MailParts *parts = user_data;
  GMimeContentType *type = g_mime_object_get_content_type (object);

  if (!GMIME_IS_PART (object))
    return;
  if (g_mime_part_is_attachment (GMIME_PART (object)) || !GMIME_IS_TEXT_PART (object))
    {
      g_autoptr(GBytes) bytes = part_bytes (GMIME_PART (object));
      g_autofree char *mime = g_mime_content_type_get_mime_type (type);
      const char *name = g_mime_part_get_filename (GMIME_PART (object));
      g_ptr_array_add (parts->attachments,
                       rs_attachment_new ("attachment", name ? name : "", mime, bytes));
      return;
    }
  if (g_mime_content_type_is_type (type, "text", "plain") && parts->body->len == 0)
    {
      g_autofree char *text = g_mime_text_part_get_text (GMIME_TEXT_PART (object));
      if (text)
        g_string_append (parts->body, text);
    }
  else if (g_mime_content_type_is_type (type, "text", "html") && parts->html->len == 0)
    {
      g_autofree char *text = g_mime_text_part_get_text (GMIME_TEXT_PART (object));
      gboolean in_tag = FALSE;
      for (const char *p = text; p && *p; p++)
        {
          if (*p == '<')
            in_tag = TRUE;
          else if (*p == '>')
            in_tag = FALSE;
          else if (!in_tag)
            g_string_append_c (parts->html, *p);
        }
    }
}

static RsHearingResponse *
read_email (const char *path,
            const char *display,
            GBytes     *bytes,
            GError    **error)
{
  g_autoptr(GMimeStream) stream = NULL;
  g_autoptr(GMimeParser) parser = NULL;
  g_autoptr(GMimeMessage) message = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) html = g_string_new (NULL);
  MailParts parts = { body, html, NULL };
  InternetAddressList *from;
  InternetAddress *address = NULL;
  GDateTime *date;
  g_autofree char *received = NULL;
  g_autofree char *text = NULL;
  RsHearingResponse *r;

  ensure_gmime ();
  stream = g_mime_stream_mem_new_with_buffer (g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes));
  parser = g_mime_parser_new_with_stream (stream);
  message = g_mime_parser_construct_message (parser, NULL);
  if (message == NULL)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the e-mail cannot be read."), display);
      return NULL;
    }
  from = g_mime_message_get_from (message);
  if (from != NULL && internet_address_list_length (from) > 0)
    address = internet_address_list_get_address (from, 0);
  if (address == NULL || !INTERNET_ADDRESS_IS_MAILBOX (address))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the e-mail has no valid sender (From:)."), display);
      return NULL;
    }
  date = g_mime_message_get_date (message);
  if (date != NULL)
    received = g_date_time_format (date, "%Y-%m-%d");
  else
    received = file_date (path);

  r = rs_hearing_response_new ();
  parts.attachments = rs_hearing_response_get_attachments (r);
  g_ptr_array_add (parts.attachments, rs_attachment_new ("original", display, "message/rfc822", bytes));
  g_mime_message_foreach (message, collect_part, &parts);
  text = to_utf8 (body->len ? body->str : html->str, body->len ? body->len : html->len,
                  display, NULL);
  if (text != NULL)
    g_strstrip (text);
  if (text == NULL || *text == '\0')
    {
      g_object_unref (r);
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the e-mail has no text."), display);
      return NULL;
    }
  rs_hearing_response_set_sender (r, internet_address_get_name (address)
                                     ? internet_address_get_name (address)
                                     : internet_address_mailbox_get_addr (INTERNET_ADDRESS_MAILBOX (address)));
  rs_hearing_response_set_sender_email (r, internet_address_mailbox_get_addr (INTERNET_ADDRESS_MAILBOX (address)));
  rs_hearing_response_set_subject (r, g_mime_message_get_subject (message));
  rs_hearing_response_set_received_on (r, received);
  rs_hearing_response_set_channel (r, "email");
  rs_hearing_response_set_text (r, text);
  return r;
}

static RsHearingResponse *
read_pdf (const char *path,
          const char *display,
          GBytes     *bytes,
          GError    **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(PopplerDocument) doc = poppler_document_new_from_bytes (bytes, NULL, &local);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *received = NULL;
  g_autofree char *author = NULL;
  RsHearingResponse *r;
  int n;

  if (doc == NULL)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the PDF cannot be read (%s)."), display, local->message);
      return NULL;
    }
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
  g_strstrip (text->str);
  if (strlen (text->str) == 0)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the PDF contains no text (is it a scanned image?)."), display);
      return NULL;
    }
  author = poppler_document_get_author (doc);
  received = file_date (path);
  r = rs_hearing_response_new ();
  rs_hearing_response_set_sender (r, author);
  rs_hearing_response_set_subject (r, display);
  rs_hearing_response_set_received_on (r, received);
  rs_hearing_response_set_channel (r, "letter");
  rs_hearing_response_set_text (r, text->str);
  g_ptr_array_add (rs_hearing_response_get_attachments (r),
                   rs_attachment_new ("original", display, "application/pdf", bytes));
  return r;
}

static gboolean
read_csv (const char         *path,
          const char         *display,
          GBytes             *bytes,
          const RsCsvMapping *mapping,
          GPtrArray          *out,
          GError            **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(RsCsv) csv = rs_csv_parse (data, length, display, error);
  g_autofree char *fallback_date = NULL;
  RsCsvMapping found;

  if (csv == NULL)
    return FALSE;
  if (mapping == NULL)
    {
      rs_csv_mapping_from_header (&found, csv);
      if (found.columns[RS_CSV_FIELD_TEXT] < 0)
        {
          g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                       _("%s, line 1: no “text” (or “tekst”) column in the header."), display);
          return FALSE;
        }
      mapping = &found;
    }
  fallback_date = file_date (path);
  return rs_csv_read_responses (csv, mapping, display, fallback_date, out, error);
}

static GBytes *
read_bytes (const char *path,
            const char *display,
            GError    **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local = NULL;

  mapped = g_mapped_file_new (path, FALSE, &local);
  if (mapped == NULL)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: cannot be read (%s)."), display, local->message);
      return NULL;
    }
  if (g_mapped_file_get_length (mapped) == 0)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the file is empty."), display);
      return NULL;
    }
  /* Keep a private copy: the mapping ends with this function. */
  return g_bytes_new (g_mapped_file_get_contents (mapped), g_mapped_file_get_length (mapped));
}

gboolean
rs_hearing_import_needs_mapping (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  if (!g_str_has_suffix (lower, ".csv"))
    return FALSE;
  bytes = read_bytes (path, path, NULL);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  return rs_hearing_import_detect (data, length) != RS_RESPONSE_FILE_CSV;
}

RsCsv *
rs_hearing_import_read_csv_head (const char *path,
                                 guint       max_rows,
                                 GError    **error)
{
  g_autofree char *display = g_filename_display_basename (path);
  g_autoptr(GBytes) bytes = read_bytes (path, display, error);
  g_autoptr(RsCsv) csv = NULL;
  const char *data, *nl;
  gsize length;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  /* Enough lines for the header and @max_rows rows, if no field spans lines. */
  nl = data;
  for (guint i = 0; i <= max_rows && nl != NULL; i++)
    {
      nl = memchr (nl, '\n', length - (nl - data));
      if (nl != NULL)
        nl++;
    }
  if (nl != NULL)
    length = nl - data;
  csv = rs_csv_parse (data, length, display, error);
  if (csv == NULL)
    return NULL;
  if (csv->rows->len == 0)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the file is empty."), display);
      return NULL;
    }
  return g_steal_pointer (&csv);
}

GPtrArray *
rs_hearing_import_read_file (const char *path,
                             GError    **error)
{
  return rs_hearing_import_read_file_mapped (path, NULL, error);
}

GPtrArray *
rs_hearing_import_read_file_mapped (const char         *path,
                                    const RsCsvMapping *mapping,
                                    GError            **error)
{
  g_autofree char *display = g_filename_display_basename (path);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = read_bytes (path, display, error);
  RsHearingResponse *r = NULL;
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  if (mapping != NULL)
    {
      if (!read_csv (path, display, bytes, mapping, out, error))
        return NULL;
      return g_steal_pointer (&out);
    }

  switch (rs_hearing_import_detect (data, length))
    {
    case RS_RESPONSE_FILE_PDF:
      r = read_pdf (path, display, bytes, error);
      break;
    case RS_RESPONSE_FILE_EMAIL:
      r = read_email (path, display, bytes, error);
      break;
    case RS_RESPONSE_FILE_CSV:
      if (!read_csv (path, display, bytes, NULL, out, error))
        return NULL;
      return g_steal_pointer (&out);
    case RS_RESPONSE_FILE_TEXT:
      r = read_text (path, display, bytes, error);
      break;
    case RS_RESPONSE_FILE_UNKNOWN:
    default:
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: not a response file Rådslag can read (plain text, e-mail, PDF or CSV)."),
                   display);
      return NULL;
    }
  if (r == NULL)
    return NULL;
  if (*rs_hearing_response_get_source_file (r) == '\0')
    rs_hearing_response_set_source_file (r, display);
  g_ptr_array_add (out, r);
  return g_steal_pointer (&out);
}

int
rs_hearing_import_files (RsDatabase         *db,
                         gint64              round_id,
                         const char * const *paths,
                         GCancellable       *cancellable,
                         RsImportProgress    progress,
                         gpointer            user_data,
                         GError            **error)
{
  return rs_hearing_import_files_mapped (db, round_id, paths, NULL, cancellable, progress,
                                         user_data, error);
}

int
rs_hearing_import_files_mapped (RsDatabase                 *db,
                                gint64                      round_id,
                                const char * const         *paths,
                                const RsCsvMapping * const *mappings,
                                GCancellable               *cancellable,
                                RsImportProgress            progress,
                                gpointer                    user_data,
                                GError                    **error)
{
  g_autoptr(RsHearingRound) round = NULL;
  guint n_paths = paths ? g_strv_length ((GStrv) paths) : 0;
  int count = 0;

  round = rs_hearing_round_store_get (db, round_id, error);
  if (round == NULL)
    return -1;
  if (!rs_database_begin (db, error))
    return -1;
  for (guint i = 0; i < n_paths; i++)
    {
      g_autoptr(GPtrArray) responses = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto fail;
      responses = rs_hearing_import_read_file_mapped (paths[i], mappings ? mappings[i] : NULL, error);
      if (responses == NULL)
        goto fail;
      for (guint j = 0; j < responses->len; j++)
        if (rs_response_store_add (db, round_id, g_ptr_array_index (responses, j), error) == 0)
          {
            g_autofree char *display = g_filename_display_basename (paths[i]);
            g_prefix_error (error, "%s: ", display);
            goto fail;
          }
      count += responses->len;
      if (progress)
        progress (i + 1, n_paths, user_data);
    }
  if (!rs_database_commit (db, error))
    return -1;
  return count;

fail:
  rs_database_rollback (db);
  return -1;
}
