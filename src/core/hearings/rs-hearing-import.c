/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-import"

#include "config.h"

#include <string.h>

#include <stdio.h>

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-hearing-csv-mapping.h"
#include "rs-hearing-import-private.h"
#include "rs-hearing-import.h"
#include "rs-hearing-response.h"
#include "rs-hearing-store.h"
#include "rs-response-store.h"

/*
 * Response importers. A file's type is decided by its content: "%PDF-" is a
 * PDF, a zip holding an OpenDocument text is a letter, a block of RFC 5322
 * header lines is an e-mail, lines with a consistent number of separated
 * fields are CSV, and anything else is a plain-text letter.
 *
 * One odd response never sinks a batch: what can be read is imported and the
 * response is marked for review with the reason. Only a file that cannot be
 * read at all (missing, damaged, not a response) stops the import, which
 * then changes nothing.
 */

static const char * const known_headers[] = {
  "from", "to", "cc", "subject", "date", "message-id", "received", "return-path", "mime-version",
  "content-type", "reply-to", "sender", "x-mailer", "user-agent", "delivered-to", "in-reply-to",
  "references", "thread-topic", "thread-index", "dkim-signature", "x-originating-ip", NULL
};

static gboolean
looks_like_email (const char *data,
                  gsize       length)
{
  const char *p = data, *end = data + MIN (length, 65536);
  gboolean has_from = FALSE;
  int fields = 0, known = 0;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize len = (nl ? nl : end) - p;
      const char *colon;

      if (len == 0 || (len == 1 && *p == '\r'))
        return (has_from && fields >= 2) || known >= 3;
      if (*p == ' ' || *p == '\t')
        {
          if (fields == 0)
            return FALSE;  /* a folded line continues a field */
        }
      else if (fields == 0 && len > 5 && memcmp (p, "From ", 5) == 0)
        ;  /* an mbox "From " line */
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
          for (guint i = 0; known_headers[i] != NULL; i++)
            if ((gsize) (colon - p) == strlen (known_headers[i]) &&
                g_ascii_strncasecmp (p, known_headers[i], colon - p) == 0)
              known++;
          fields++;
        }
      if (nl == NULL)
        break;
      p = nl + 1;
    }
  return FALSE;
}

/* The number of fields of the record at *@p (quotes may span lines), or -1
 * at the end of the sample; *@p moves to the next record. */
static int
csv_record_fields (const char **p,
                   const char  *end,
                   gboolean     whole,
                   char         sep,
                   gboolean    *blank)
{
  const char *q = *p;
  gboolean quoted = FALSE;
  int fields = 1;

  *blank = TRUE;
  if (q >= end)
    return -1;
  for (; q < end; q++)
    {
      if (*q == '"')
        quoted = !quoted;
      else if (!quoted && *q == sep)
        fields++;
      else if (!quoted && *q == '\n')
        break;
      if (*q != '\r' && *q != ' ' && *q != '\t')
        *blank = FALSE;
    }
  if (q >= end)
    {
      /* A record cut off by the sample's end does not count; a quote left
       * open at the end of the file is an error for the CSV reader to name. */
      if (quoted && !whole)
        return -1;
      *p = end;
      return fields;
    }
  *p = q + 1;
  return fields;
}

/* CSV by structure: a short header of at least two fields, and every record
 * of the first lines has as many fields, without blank lines between. A
 * letter's line with a comma is not enough. Bounded by @length: the data
 * need not end with a NUL. */
static gboolean
looks_like_csv (const char *data,
                gsize       length)
{
  static const char seps[] = { ';', ',', '\t' };
  const char *end = data + MIN (length, 65536);
  gboolean whole = length <= 65536;

  for (guint s = 0; s < G_N_ELEMENTS (seps); s++)
    {
      const char *p = data;
      gboolean blank;
      int header = csv_record_fields (&p, end, whole, seps[s], &blank);
      int records = 0;
      gboolean ok = header >= 2 && !blank;

      /* Header cells are names: short, on one line. */
      if (ok)
        {
          const char *nl = memchr (data, '\n', end - data);
          gsize hlen = (nl ? nl : end) - data;
          if (hlen > (gsize) header * 64 || memchr (data, '.', hlen) != NULL)
            ok = FALSE;
        }
      while (ok && records < 20)
        {
          int n = csv_record_fields (&p, end, whole, seps[s], &blank);
          if (n < 0)
            break;
          if (blank)
            {
              /* Only trailing blank lines. */
              const char *q = p;
              while (q < end && g_ascii_isspace (*q))
                q++;
              if (q < end)
                ok = FALSE;
              break;
            }
          if (n != header)
            ok = FALSE;
          records++;
        }
      if (ok && records >= 1)
        return TRUE;
    }
  return FALSE;
}

static gboolean
looks_like_odt (const char *data,
                gsize       length)
{
  static const char magic[] = "mimetypeapplication/vnd.oasis.opendocument.text";

  return length > 30 + sizeof magic && memcmp (data, "PK\3\4", 4) == 0 &&
         memcmp (data + 30, magic, sizeof magic - 1) == 0;
}

static gboolean
contains_bytes (const char *data,
                gsize       length,
                const char *needle,
                gsize       n)
{
  for (gsize i = 0; n <= length && i <= length - n; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
looks_like_docx (const char *data,
                 gsize       length)
{
  static const char part[] = "word/document.xml";

  return length > 30 && memcmp (data, "PK\3\4", 4) == 0 &&
         contains_bytes (data, MIN (length, 1 << 20), part, sizeof part - 1);
}

/* A whole image (not a cut-off one): the scan of a letter. */
static const char *
scan_type (const char *data,
           gsize       length)
{
  const guchar *d = (const guchar *) data;

  if (length > 64 && memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0 &&
      contains_bytes (data + length - MIN (length, 16), MIN (length, 16), "IEND", 4))
    return "image/png";
  if (length > 64 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF &&
      contains_bytes (data + length - MIN (length, 32), MIN (length, 32), "\xFF\xD9", 2))
    return "image/jpeg";
  if (length > 1024 && (memcmp (data, "II*\0", 4) == 0 || memcmp (data, "MM\0*", 4) == 0))
    return "image/tiff";
  return NULL;
}

RsResponseFileType
rs_hearing_import_detect (const char *data,
                          gsize       length)
{
  if (length >= 5 && memcmp (data, "%PDF-", 5) == 0)
    return RS_RESPONSE_FILE_PDF;
  if (looks_like_odt (data, length))
    return RS_RESPONSE_FILE_ODT;
  if (looks_like_docx (data, length))
    return RS_RESPONSE_FILE_DOCX;
  if (scan_type (data, length) != NULL)
    return RS_RESPONSE_FILE_SCAN;
  if (rs_import_is_msg (data, length))
    return RS_RESPONSE_FILE_MSG;
  /* Excel's "Unicode text" (UTF-16 with a byte-order mark): columns are
   * read as CSV by the CSV reader; nothing else is taken in UTF-16. */
  if (length >= 4 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      gsize take = MIN (length, 65536) & ~(gsize) 1;
      gsize read = 0, written = 0;
      /* With @read given, a character cut by the sample's end is no error. */
      g_autofree char *utf8 = g_convert (data + 2, take - 2, "UTF-8",
                                         data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE",
                                         &read, &written, NULL);

      return utf8 != NULL && looks_like_csv (utf8, written) ? RS_RESPONSE_FILE_CSV
                                                            : RS_RESPONSE_FILE_UNKNOWN;
    }
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
    return rs_date_today_iso ();
  return rs_date_time_to_local_iso (dt);
}

/* A letter has no sender or date fields: both are read from the text (the
 * signature; a date in its head or foot), else the PDF's creation date, else
 * the file's date, and the response is marked for review. The file name is
 * never the subject: it is not the sender's. */
static RsHearingResponse *
letter_response (const char *path,
                 const char *text,
                 const char *created,
                 const char *author)
{
  RsHearingResponse *r = rs_hearing_response_new ();
  g_autofree char *date = rs_hearing_find_letter_date (text);
  g_autofree char *signature = rs_hearing_find_signature (text);

  if (date == NULL && created != NULL)
    date = g_strdup (created);
  if (date == NULL)
    {
      date = file_date (path);
      rs_hearing_response_add_review_reason (r, "letter-no-date");
    }
  if (signature != NULL)
    {
      rs_hearing_response_set_sender (r, signature);
      rs_hearing_response_add_review_reason (r, "letter-signature");
    }
  else if (author != NULL && *author != '\0')
    {
      rs_hearing_response_set_sender (r, author);
      rs_hearing_response_add_review_reason (r, "pdf-author");
    }
  else
    rs_hearing_response_add_review_reason (r, "letter-no-sender");
  rs_hearing_response_set_text (r, text);
  rs_hearing_response_set_received_on (r, date);
  rs_hearing_response_set_channel (r, "letter");
  return r;
}

static RsHearingResponse *
read_text (const char *path,
           const char *display,
           GBytes     *bytes,
           GError    **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gboolean replaced = FALSE;
  g_autofree char *text = rs_import_decode_text (data, length, NULL, &replaced);
  RsHearingResponse *r;

  g_strstrip (text);
  if (*text == '\0')
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the file is empty."), display);
      return NULL;
    }
  r = letter_response (path, text, NULL, NULL);
  if (replaced)
    rs_hearing_response_add_review_reason (r, "undecodable");
  g_ptr_array_add (rs_hearing_response_get_attachments (r),
                   rs_attachment_new ("original", display, "text/plain", bytes));
  return r;
}

static RsHearingResponse *
read_odt (const char *path,
          const char *display,
          GBytes     *bytes,
          GError    **error)
{
  g_autofree char *text = rs_import_odt_text (bytes);
  RsHearingResponse *r;

  if (text == NULL)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the OpenDocument file cannot be read (it is damaged)."), display);
      return NULL;
    }
  r = letter_response (path, text, NULL, NULL);
  if (*text == '\0')
    rs_hearing_response_add_review_reason (r, "document-no-text");
  g_ptr_array_add (rs_hearing_response_get_attachments (r),
                   rs_attachment_new ("original", display, "application/vnd.oasis.opendocument.text", bytes));
  return r;
}

static RsHearingResponse *
read_docx (const char *path,
           const char *display,
           GBytes     *bytes,
           GError    **error)
{
  g_autofree char *text = rs_import_docx_text (bytes);
  RsHearingResponse *r;

  if (text == NULL)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the Word document cannot be read (it is damaged)."), display);
      return NULL;
    }
  r = letter_response (path, text, NULL, NULL);
  if (*text == '\0')
    rs_hearing_response_add_review_reason (r, "document-no-text");
  g_ptr_array_add (rs_hearing_response_get_attachments (r),
                   rs_attachment_new ("original", display,
                                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                      bytes));
  return r;
}

/* A scanned letter: kept, with nothing read, for a person to type in. */
static RsHearingResponse *
read_scan (const char *path,
           const char *display,
           GBytes     *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  RsHearingResponse *r = letter_response (path, "", NULL, NULL);

  rs_hearing_response_remove_review_reason (r, "letter-no-sender");
  rs_hearing_response_add_review_reason (r, "scan");
  g_ptr_array_add (rs_hearing_response_get_attachments (r),
                   rs_attachment_new ("original", display, scan_type (data, length), bytes));
  return r;
}

static RsHearingResponse *
read_email (const char *path,
            const char *display,
            GBytes     *bytes,
            GError    **error)
{
  g_autofree char *fallback = file_date (path);

  return rs_import_read_email (display, bytes, fallback, error);
}

static RsHearingResponse *
read_pdf (const char *path,
          const char *display,
          GBytes     *bytes,
          GError    **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *created = NULL;
  g_autofree char *author = NULL;
  g_autofree char *text = NULL;
  RsHearingResponse *r;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* Poppler rebuilds a cut-off file as far as it goes; a letter missing its
   * end is refused instead, as its text may be missing too. */
  if (!contains_bytes (data + length - MIN (length, 2048), MIN (length, 2048), "%%EOF", 5))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the PDF is incomplete (it stops before its end; was it cut off when copied?)."),
                   display);
      return NULL;
    }
  text = rs_import_pdf_text (bytes, &created, &author, &local);
  if (text == NULL)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: the PDF cannot be read (%s)."), display, local->message);
      return NULL;
    }
  r = letter_response (path, text, created, author);
  if (*text == '\0')
    rs_hearing_response_add_review_reason (r, "pdf-no-text");
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

static gboolean
csv_has_text_column (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(RsCsv) csv = rs_csv_parse_head (data, length, "", 1, NULL);
  RsCsvMapping found;

  if (csv == NULL || csv->rows->len == 0)
    return FALSE;
  rs_csv_mapping_from_header (&found, csv);
  return found.columns[RS_CSV_FIELD_TEXT] >= 0;
}

static gboolean
has_csv_name (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".csv");
}

gboolean
rs_hearing_import_needs_mapping (const char *path)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  if (!has_csv_name (path))
    return FALSE;
  bytes = read_bytes (path, path, NULL);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  return rs_hearing_import_detect (data, length) != RS_RESPONSE_FILE_CSV ||
         !csv_has_text_column (bytes);
}

RsCsv *
rs_hearing_import_read_csv_head (const char *path,
                                 guint       max_rows,
                                 GError    **error)
{
  g_autofree char *display = g_filename_display_basename (path);
  g_autoptr(GBytes) bytes = read_bytes (path, display, error);
  g_autoptr(RsCsv) csv = NULL;
  const char *data;
  gsize length;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  /* The header and @max_rows rows, read by the CSV reader (whatever the
   * encoding and however many lines a field spans). */
  csv = rs_csv_parse_head (data, length, display, max_rows + 1, error);
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

/* The same response is the same sender (e-mail, else name) and the same
 * text. Without a sender, identical texts may be different people's (a
 * campaign letter): then only the same file and row count as the same. */
static void
set_content_hashes (GPtrArray  *responses,
                    const char *display)
{
  for (guint i = 0; i < responses->len; i++)
    {
      RsHearingResponse *r = g_ptr_array_index (responses, i);
      const char *who = *rs_hearing_response_get_sender_email (r) ? rs_hearing_response_get_sender_email (r)
                                                                  : rs_hearing_response_get_sender (r);
      g_autofree char *anonymous = NULL;
      g_autofree char *hash = NULL;

      if (*who == '\0')
        who = anonymous = g_strdup_printf ("%s#%u", display, i + 1);
      hash = rs_import_content_hash (who, rs_hearing_response_get_text (r));
      rs_hearing_response_set_content_hash (r, hash);
    }
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
  RsResponseFileType type;
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  /* Notepad's "Unicode" (UTF-16 with a byte-order mark) and UTF-8 with a
   * byte-order mark are text like any other. */
  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      gsize written = 0;
      char *utf8 = g_convert (data + 2, length - 2, "UTF-8",
                              (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", NULL, &written, NULL);
      if (utf8 == NULL)
        {
          g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                       _("%s: the text encoding is not recognised."), display);
          return NULL;
        }
      g_bytes_unref (bytes);
      bytes = g_bytes_new_take (utf8, written);
      data = g_bytes_get_data (bytes, &length);
    }
  else if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      GBytes *rest = g_bytes_new_from_bytes (bytes, 3, length - 3);
      g_bytes_unref (bytes);
      bytes = rest;
      data = g_bytes_get_data (bytes, &length);
      if (length == 0)
        {
          g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                       _("%s: the file is empty."), display);
          return NULL;
        }
    }
  if (mapping != NULL)
    {
      if (!read_csv (path, display, bytes, mapping, out, error))
        return NULL;
      set_content_hashes (out, display);
      return g_steal_pointer (&out);
    }

  type = rs_hearing_import_detect (data, length);
  /* Columns without a text column, in a file not named .csv: a letter
   * laid out as a table is still a letter. */
  if (type == RS_RESPONSE_FILE_CSV && !has_csv_name (path) && !csv_has_text_column (bytes))
    type = RS_RESPONSE_FILE_TEXT;
  /* A file named .csv that is text is read as CSV, so that a header Rådslag
   * does not know is reported (and can be mapped), not taken for a letter. */
  else if (type == RS_RESPONSE_FILE_TEXT && has_csv_name (path))
    type = RS_RESPONSE_FILE_CSV;
  switch (type)
    {
    case RS_RESPONSE_FILE_PDF:
      r = read_pdf (path, display, bytes, error);
      break;
    case RS_RESPONSE_FILE_ODT:
      r = read_odt (path, display, bytes, error);
      break;
    case RS_RESPONSE_FILE_DOCX:
      r = read_docx (path, display, bytes, error);
      break;
    case RS_RESPONSE_FILE_SCAN:
      r = read_scan (path, display, bytes);
      break;
    case RS_RESPONSE_FILE_MSG:
      {
        g_autofree char *fallback = file_date (path);
        r = rs_import_read_msg (display, bytes, fallback, error);
      }
      break;
    case RS_RESPONSE_FILE_EMAIL:
      r = read_email (path, display, bytes, error);
      break;
    case RS_RESPONSE_FILE_CSV:
      if (!read_csv (path, display, bytes, NULL, out, error))
        return NULL;
      set_content_hashes (out, display);
      return g_steal_pointer (&out);
    case RS_RESPONSE_FILE_TEXT:
      r = read_text (path, display, bytes, error);
      break;
    case RS_RESPONSE_FILE_UNKNOWN:
    default:
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s: not a response file Rådslag can read (plain text, e-mail, Outlook "
                     "message, PDF, OpenDocument or Word text, scanned image or CSV)."), display);
      return NULL;
    }
  if (r == NULL)
    return NULL;
  if (*rs_hearing_response_get_source_file (r) == '\0')
    rs_hearing_response_set_source_file (r, display);
  g_ptr_array_add (out, r);
  set_content_hashes (out, display);
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
  return rs_hearing_import_files_full (db, round_id, paths, NULL, NULL, NULL, cancellable, progress,
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
  return rs_hearing_import_files_full (db, round_id, paths, mappings, NULL, NULL, cancellable,
                                       progress, user_data, error);
}

void
rs_hearing_import_report_clear (RsHearingImportReport *report)
{
  g_clear_pointer (&report->notes, g_ptr_array_unref);
  report->imported = report->skipped = report->review = 0;
}

static void
apply_received (RsHearingResponse *r,
                const char        *received)
{
  rs_hearing_response_set_received_on (r, received);
  /* The date given by hand answers the date's review reason. */
  rs_hearing_response_remove_review_reason (r, "no-date");
  rs_hearing_response_remove_review_reason (r, "letter-no-date");
}

/* A letter or e-mail signed by a person on behalf of a party on the
 * register ("Grethe Madsen, formand\nÆldrerådet"): the party, from the
 * last lines. */
static char *
party_key (const char *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  return g_utf8_casefold (trimmed, -1);
}

/* The register's names (casefolded) to their ids, read once per import. */
static GHashTable *
load_party_names (RsDatabase *db,
                  GError    **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, "SELECT id, name FROM consulted_party", NULL);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    g_hash_table_insert (names, party_key ((const char *) rs_statement_column_text (stmt, 1)),
                         GSIZE_TO_POINTER (rs_statement_column_int64 (stmt, 0)));
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&names);
}

static gint64
letter_party (GHashTable        *names,
              RsHearingResponse *r)
{
  g_auto(GStrv) lines = NULL;
  guint n, seen = 0;

  if ((!g_str_equal (rs_hearing_response_get_channel (r), "letter") &&
       !g_str_equal (rs_hearing_response_get_channel (r), "email")) ||
      rs_hearing_response_get_party_id (r) > 0 || g_hash_table_size (names) == 0)
    return 0;
  lines = g_strsplit (rs_hearing_response_get_text (r), "\n", -1);
  n = g_strv_length (lines);
  for (guint i = n; i > 0 && seen < 6; i--)
    {
      char *line = g_strstrip (lines[i - 1]);
      g_autofree char *key = NULL;

      if (*line == '\0' || strlen (line) > 200)
        continue;
      seen++;
      key = party_key (line);
      if (g_hash_table_contains (names, key))
        return GPOINTER_TO_SIZE (g_hash_table_lookup (names, key));
    }
  return 0;
}

int
rs_hearing_import_files_full (RsDatabase                   *db,
                              gint64                        round_id,
                              const char * const           *paths,
                              const RsCsvMapping * const   *mappings,
                              const RsHearingImportOptions *options,
                              RsHearingImportReport        *report,
                              GCancellable                 *cancellable,
                              RsImportProgress              progress,
                              gpointer                      user_data,
                              GError                      **error)
{
  g_autoptr(RsHearingRound) round = NULL;
  g_autoptr(GHashTable) party_names = NULL;
  guint n_paths = paths ? g_strv_length ((GStrv) paths) : 0;
  const char *received = options ? options->received : NULL;
  RsHearingImportReport local = { 0 };
  int count = 0;

  if (report == NULL)
    report = &local;
  rs_hearing_import_report_clear (report);
  report->notes = g_ptr_array_new_with_free_func (g_free);
  if (received != NULL && !rs_date_is_valid (received))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("“%s” is not a valid received date; use YYYY-MM-DD."), received);
      rs_hearing_import_report_clear (&local);
      return -1;
    }
  round = rs_hearing_round_store_get (db, round_id, error);
  if (round == NULL)
    {
      rs_hearing_import_report_clear (&local);
      return -1;
    }
  if (!rs_database_begin (db, error))
    {
      rs_hearing_import_report_clear (&local);
      return -1;
    }
  party_names = load_party_names (db, error);
  if (party_names == NULL)
    goto fail;
  for (guint i = 0; i < n_paths; i++)
    {
      g_autoptr(GPtrArray) responses = NULL;
      g_autofree char *display = g_filename_display_basename (paths[i]);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto fail;
      responses = rs_hearing_import_read_file_mapped (paths[i], mappings ? mappings[i] : NULL, error);
      if (responses == NULL)
        goto fail;
      for (guint j = 0; j < responses->len; j++)
        {
          RsHearingResponse *r = g_ptr_array_index (responses, j);
          gint64 existing, party_id;

          if (received != NULL)
            apply_received (r, received);
          party_id = letter_party (party_names, r);
          if (party_id > 0)
            rs_hearing_response_set_party_id (r, party_id);
          existing = rs_response_store_find_hash (db, round_id, rs_hearing_response_get_content_hash (r), error);
          if (existing < 0)
            goto fail;
          if (existing > 0)
            {
              report->skipped++;
              if (responses->len > 1)
                g_ptr_array_add (report->notes,
                                 g_strdup_printf (_("%s, row %u: the same response is already in this round (response %lld); skipped."),
                                                  display, j + 1, (long long) existing));
              else
                g_ptr_array_add (report->notes,
                                 g_strdup_printf (_("%s: the same response is already in this round (response %lld); skipped."),
                                                  display, (long long) existing));
              continue;
            }
          if (rs_response_store_add (db, round_id, r, error) == 0)
            {
              g_prefix_error (error, "%s: ", display);
              goto fail;
            }
          if (rs_hearing_response_needs_review (r))
            {
              g_autofree char *why = rs_hearing_response_describe_review (r);
              report->review++;
              g_ptr_array_add (report->notes,
                               g_strdup_printf (_("%s: imported as response %lld; needs review: %s"), display,
                                                (long long) rs_hearing_response_get_id (r), why));
            }
          count++;
        }
      if (progress)
        progress (i + 1, n_paths, user_data);
    }
  if (!rs_database_commit (db, error))
    {
      rs_hearing_import_report_clear (&local);
      return -1;
    }
  report->imported = count;
  rs_hearing_import_report_clear (&local);
  return count;

fail:
  rs_database_rollback (db);
  if (report != &local)
    {
      report->imported = report->skipped = report->review = 0;
      g_ptr_array_set_size (report->notes, 0);
    }
  rs_hearing_import_report_clear (&local);
  return -1;
}
