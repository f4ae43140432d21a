/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A file kept with a response: the imported original or an e-mail attachment. */
typedef struct
{
  char   *role;          /* "original" or "attachment" */
  char   *filename;
  char   *content_type;
  GBytes *data;
} RsAttachment;

RsAttachment *rs_attachment_new  (const char   *role,
                                  const char   *filename,
                                  const char   *content_type,
                                  GBytes       *data);
void          rs_attachment_free (RsAttachment *attachment);

#define RS_TYPE_HEARING_RESPONSE (rs_hearing_response_get_type ())
G_DECLARE_FINAL_TYPE (RsHearingResponse, rs_hearing_response, RS, HEARING_RESPONSE, GObject)

/* A hearing response (høringssvar). party_type is "organisation" or "private";
 * redaction_override is NULL, "show" or "redact". */
RsHearingResponse *rs_hearing_response_new (void);

#define RS_HEARING_RESPONSE_STRING(field)                                            \
  const char *rs_hearing_response_get_##field (RsHearingResponse *self);             \
  void        rs_hearing_response_set_##field (RsHearingResponse *self,              \
                                               const char        *value);
RS_HEARING_RESPONSE_STRING (sender)
RS_HEARING_RESPONSE_STRING (sender_address)
RS_HEARING_RESPONSE_STRING (sender_email)
RS_HEARING_RESPONSE_STRING (party_type)
RS_HEARING_RESPONSE_STRING (received_on)
RS_HEARING_RESPONSE_STRING (channel)
RS_HEARING_RESPONSE_STRING (subject)
RS_HEARING_RESPONSE_STRING (text)
RS_HEARING_RESPONSE_STRING (summary)
RS_HEARING_RESPONSE_STRING (redaction_override)
RS_HEARING_RESPONSE_STRING (source_file)
RS_HEARING_RESPONSE_STRING (party_name)
#undef RS_HEARING_RESPONSE_STRING

#define RS_HEARING_RESPONSE_INT(type, field)                                         \
  type rs_hearing_response_get_##field (RsHearingResponse *self);                    \
  void rs_hearing_response_set_##field (RsHearingResponse *self,                     \
                                        type               value);
RS_HEARING_RESPONSE_INT (gint64, id)
RS_HEARING_RESPONSE_INT (gint64, round_id)
RS_HEARING_RESPONSE_INT (gint64, party_id)
RS_HEARING_RESPONSE_INT (gboolean, consent)
RS_HEARING_RESPONSE_INT (gboolean, late)
RS_HEARING_RESPONSE_INT (int, n_points)
RS_HEARING_RESPONSE_INT (int, n_decided)
/* TRUE when the text holds only the start of the response (a list preview). */
RS_HEARING_RESPONSE_INT (gboolean, preview)
#undef RS_HEARING_RESPONSE_INT

gboolean   rs_hearing_response_is_private     (RsHearingResponse *self);
/* Analysed: at least one point, and every point has a decision. */
gboolean   rs_hearing_response_is_analysed    (RsHearingResponse *self);
/* The files to keep with the response (RsAttachment), owned by the response. */
GPtrArray *rs_hearing_response_get_attachments (RsHearingResponse *self);

/* "Letter", "E-mail"... for a stored channel ("letter", "email"...); an
 * unknown one as it is. */
const char *rs_hearing_channel_get_label (const char *channel);

G_END_DECLS
