/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-comment-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-comment-store.h"
#include "rs-csv-reader.h"
#include "rs-date.h"
#include "rs-hearing-import-private.h"
#include "rs-hearing-import.h"
#include "rs-involvement-error.h"

/*
 * Comment files: a web form's CSV export (one comment per row) or an
 * e-mail, read by the hearing intake's mail reader (rs_import_read_email):
 * the same decoding of headers, bodies, forwards and attachments.
 */

static const char * const text_names[] = {
  "kommentar", "kommentarer", "comment", "comments", "text", "tekst", "besked", "message",
  "indhold", "din kommentar", "your comment", NULL
};
static const char * const author_names[] = {
  "navn", "name", "forfatter", "author", "afsender", "fulde navn", NULL
};
static const char * const date_names[] = {
  "dato", "date", "modtaget", "received", "indsendt", "submitted", "tidspunkt", "timestamp",
  "oprettet", "created", NULL
};
static const char * const district_names[] = {
  "bydel", "district", "lokalområde", "område", "area", NULL
};
static const char * const theme_names[] = {
  "tema", "temaer", "theme", "themes", "emne", "emner", "tags", "topic", NULL
};
static const char * const channel_names[] = { "kanal", "channel", NULL };

static const char *
channel_from_text (const char *text)
{
  g_autofree char *t = g_utf8_casefold (text, -1);

  if (*t == '\0')
    return NULL;
  if (g_str_equal (t, "web") || g_str_equal (t, "webformular") || g_str_equal (t, "web form") ||
      g_str_equal (t, "formular") || g_str_equal (t, "digital") || g_str_equal (t, "online"))
    return "web";
  if (g_str_equal (t, "email") || g_str_equal (t, "e-mail") || g_str_equal (t, "mail") ||
      g_str_equal (t, "e-post"))
    return "email";
  if (g_str_equal (t, "meeting") || g_str_equal (t, "møde") || g_str_equal (t, "post-it") ||
      g_str_equal (t, "postit") || g_str_equal (t, "seddel"))
    return "meeting";
  if (g_str_equal (t, "other") || g_str_equal (t, "andet"))
    return "other";
  return "";
}

static GPtrArray *
read_csv (GBytes     *bytes,
          const char *display,
          const char *default_channel,
          GError    **error)
{
  g_autoptr(RsCsvReader) reader = rs_csv_reader_new (bytes, display, error);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) local = NULL;
  GPtrArray *row = NULL;
  int c_text, c_author, c_date, c_district, c_themes, c_channel;
  guint n_header;

  if (reader == NULL)
    return NULL;
  if (!rs_csv_reader_next (reader, &row, &local))
    {
      if (local != NULL)
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                     _("%s: the file is empty."), display);
      return NULL;
    }
  n_header = row->len;
  c_text = _rs_involvement_find_heading (row, text_names);
  c_author = _rs_involvement_find_heading (row, author_names);
  c_date = _rs_involvement_find_heading (row, date_names);
  c_district = _rs_involvement_find_heading (row, district_names);
  c_themes = _rs_involvement_find_heading (row, theme_names);
  c_channel = _rs_involvement_find_heading (row, channel_names);
  if (c_text < 0)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   /* TRANSLATORS: the column names are not translated */
                   _("%s:%u:1: no column holds the comment’s text; name it “kommentar”, "
                     "“comment”, “tekst” or “text”."),
                   display, rs_csv_reader_get_line (reader));
      return NULL;
    }
  while (rs_csv_reader_next (reader, &row, &local))
    {
      g_autoptr(RsComment) c = rs_comment_new ();
      g_autofree char *source = g_strdup_printf ("%s:%u", display, rs_csv_reader_get_line (reader));
      const char *date = _rs_involvement_field (row, c_date);
      const char *channel = default_channel ? default_channel : "web";

      if (row->len != n_header)
        rs_comment_add_review_reason (c, "columns");
      if (c_channel >= 0)
        {
          const char *given = channel_from_text (_rs_involvement_field (row, c_channel));
          if (given != NULL && *given == '\0')
            rs_comment_add_review_reason (c, "channel");
          else if (given != NULL)
            channel = given;
        }
      rs_comment_set_channel (c, channel);
      {
        /* A quoted field keeps the file's line ends: make them \n. */
        g_autoptr(GString) text = g_string_new (_rs_involvement_field (row, c_text));
        g_string_replace (text, "\r\n", "\n", 0);
        g_string_replace (text, "\r", "\n", 0);
        rs_comment_set_text (c, text->str);
      }
      rs_comment_set_author (c, _rs_involvement_field (row, c_author));
      rs_comment_set_district (c, _rs_involvement_field (row, c_district));
      rs_comment_set_themes (c, _rs_involvement_field (row, c_themes));
      if (*date != '\0')
        {
          g_autofree char *iso = rs_date_normalize (date, NULL);
          if (iso == NULL)
            {
              g_free (source);
              source = g_strdup_printf ("%s:%u:%u", display,
                                        rs_csv_reader_get_field_line (reader, c_date),
                                        rs_csv_reader_get_field_column (reader, c_date));
              rs_comment_add_review_reason (c, "date");
            }
          rs_comment_set_received_on (c, iso);
        }
      rs_comment_set_source (c, source);
      g_ptr_array_add (out, g_steal_pointer (&c));
    }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return g_steal_pointer (&out);
}

/* The hearing intake's reasons that matter for a comment: an author is
 * optional, so a missing or robot sender is no reason. */
static const char * const email_reasons[] = {
  "no-date", "no-text", "undecodable", "winmail", "smime", "attachment-unreadable", NULL
};

static GPtrArray *
read_email (GBytes     *bytes,
            const char *display,
            GError    **error)
{
  g_autoptr(RsHearingResponse) r = rs_import_read_email (display, bytes, NULL, error);
  g_autoptr(RsComment) c = NULL;
  g_autoptr(GPtrArray) out = NULL;
  g_auto(GStrv) codes = NULL;
  const char *received;
  const char *subject;
  const char *text;

  if (r == NULL)
    return NULL;
  c = rs_comment_new ();
  rs_comment_set_channel (c, "email");
  rs_comment_set_author (c, rs_hearing_response_get_sender (r));
  received = rs_hearing_response_get_received_on (r);
  if (received != NULL && strlen (received) >= 10)
    {
      g_autofree char *day = g_strndup (received, 10);
      rs_comment_set_received_on (c, day);
    }
  subject = rs_hearing_response_get_subject (r);
  text = rs_hearing_response_get_text (r);
  rs_comment_set_text (c, text);
  /* The subject of a web form's mail is often the theme ("Tema: Skoler"). */
  if (subject != NULL && g_ascii_strncasecmp (subject, "tema:", 5) == 0)
    rs_comment_set_themes (c, subject + 5);
  codes = g_strsplit (rs_hearing_response_get_review_reason (r) ? rs_hearing_response_get_review_reason (r) : "",
                      ",", -1);
  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_strstrip (codes[i]);
      if (g_strv_contains (email_reasons, codes[i]))
        rs_comment_add_review_reason (c, g_str_equal (codes[i], "no-date") ? "date" : codes[i]);
    }
  rs_comment_set_source (c, display);
  out = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (out, g_steal_pointer (&c));
  return g_steal_pointer (&out);
}

GPtrArray *
rs_comment_import_read_file (const char *path,
                             const char *default_channel,
                             GError    **error)
{
  g_autofree char *display = g_filename_display_basename (path);
  g_autofree char *lower = g_ascii_strdown (display, -1);
  g_autoptr(GError) local = NULL;
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, &local);
  g_autoptr(GBytes) bytes = NULL;
  RsResponseFileType type;

  if (mapped == NULL)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   _("%s: the file cannot be read: %s"), display, local->message);
      return NULL;
    }
  bytes = g_mapped_file_get_bytes (mapped);
  if (g_str_has_suffix (lower, ".eml"))
    type = RS_RESPONSE_FILE_EMAIL;
  else if (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".tsv"))
    type = RS_RESPONSE_FILE_CSV;
  else
    type = rs_hearing_import_detect (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (type == RS_RESPONSE_FILE_EMAIL)
    return read_email (bytes, display, error);
  if (type == RS_RESPONSE_FILE_CSV || type == RS_RESPONSE_FILE_TEXT)
    return read_csv (bytes, display, default_channel, error);
  g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
               _("%s: not a CSV file or an e-mail (.eml)."), display);
  return NULL;
}
