/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-response"

#include "config.h"

#include "rs-hearing-response.h"
#include "rs-report-i18n.h"

struct _RsHearingResponse
{
  GObject    parent_instance;

  gint64     id;
  gint64     round_id;
  gint64     party_id;
  char      *sender;
  char      *sender_address;
  char      *sender_email;
  char      *party_type;
  char      *received_on;
  char      *channel;
  char      *subject;
  char      *text;
  char      *summary;
  char      *redaction_override;
  char      *source_file;
  char      *party_name;
  gboolean   consent;
  gboolean   late;
  int        n_points;
  int        n_decided;
  gboolean   preview;
  GPtrArray *attachments;
};

G_DEFINE_FINAL_TYPE (RsHearingResponse, rs_hearing_response, G_TYPE_OBJECT)

RsAttachment *
rs_attachment_new (const char *role,
                   const char *filename,
                   const char *content_type,
                   GBytes     *data)
{
  RsAttachment *a = g_new0 (RsAttachment, 1);

  a->role = g_strdup (role);
  a->filename = g_strdup (filename ? filename : "");
  a->content_type = g_strdup (content_type ? content_type : "application/octet-stream");
  a->data = g_bytes_ref (data);
  return a;
}

void
rs_attachment_free (RsAttachment *a)
{
  g_free (a->role);
  g_free (a->filename);
  g_free (a->content_type);
  g_bytes_unref (a->data);
  g_free (a);
}

static void
rs_hearing_response_finalize (GObject *object)
{
  RsHearingResponse *self = (RsHearingResponse *) object;

  g_free (self->sender);
  g_free (self->sender_address);
  g_free (self->sender_email);
  g_free (self->party_type);
  g_free (self->received_on);
  g_free (self->channel);
  g_free (self->subject);
  g_free (self->text);
  g_free (self->summary);
  g_free (self->redaction_override);
  g_free (self->source_file);
  g_free (self->party_name);
  g_ptr_array_unref (self->attachments);
  G_OBJECT_CLASS (rs_hearing_response_parent_class)->finalize (object);
}

static void
rs_hearing_response_class_init (RsHearingResponseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rs_hearing_response_finalize;
}

static void
rs_hearing_response_init (RsHearingResponse *self)
{
  self->sender = g_strdup ("");
  self->sender_address = g_strdup ("");
  self->sender_email = g_strdup ("");
  self->party_type = g_strdup ("private");
  self->channel = g_strdup ("email");
  self->subject = g_strdup ("");
  self->text = g_strdup ("");
  self->summary = g_strdup ("");
  self->source_file = g_strdup ("");
  self->attachments = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_attachment_free);
}

RsHearingResponse *
rs_hearing_response_new (void)
{
  return g_object_new (RS_TYPE_HEARING_RESPONSE, NULL);
}

/* Text fields: NULL is kept as NULL only for the nullable ones. */
#define STRING_ACCESSORS(field, nullable)                                  \
  const char *                                                             \
  rs_hearing_response_get_##field (RsHearingResponse *self)                \
  {                                                                        \
    g_return_val_if_fail (RS_IS_HEARING_RESPONSE (self), NULL);            \
    return self->field;                                                    \
  }                                                                        \
  void                                                                     \
  rs_hearing_response_set_##field (RsHearingResponse *self,                \
                                   const char        *value)               \
  {                                                                        \
    g_return_if_fail (RS_IS_HEARING_RESPONSE (self));                      \
    g_free (self->field);                                                  \
    self->field = g_strdup (value ? value : (nullable ? NULL : ""));       \
  }

STRING_ACCESSORS (sender, FALSE)
STRING_ACCESSORS (sender_address, FALSE)
STRING_ACCESSORS (sender_email, FALSE)
STRING_ACCESSORS (party_type, FALSE)
STRING_ACCESSORS (received_on, TRUE)
STRING_ACCESSORS (channel, FALSE)
STRING_ACCESSORS (subject, FALSE)
STRING_ACCESSORS (text, FALSE)
STRING_ACCESSORS (summary, FALSE)
STRING_ACCESSORS (redaction_override, TRUE)
STRING_ACCESSORS (source_file, FALSE)
STRING_ACCESSORS (party_name, TRUE)

#define INT_ACCESSORS(type, field)                                         \
  type                                                                     \
  rs_hearing_response_get_##field (RsHearingResponse *self)                \
  {                                                                        \
    g_return_val_if_fail (RS_IS_HEARING_RESPONSE (self), 0);               \
    return self->field;                                                    \
  }                                                                        \
  void                                                                     \
  rs_hearing_response_set_##field (RsHearingResponse *self,                \
                                   type               value)               \
  {                                                                        \
    g_return_if_fail (RS_IS_HEARING_RESPONSE (self));                      \
    self->field = value;                                                   \
  }

INT_ACCESSORS (gint64, id)
INT_ACCESSORS (gint64, round_id)
INT_ACCESSORS (gint64, party_id)
INT_ACCESSORS (gboolean, consent)
INT_ACCESSORS (gboolean, late)
INT_ACCESSORS (int, n_points)
INT_ACCESSORS (int, n_decided)
INT_ACCESSORS (gboolean, preview)

gboolean
rs_hearing_response_is_private (RsHearingResponse *self)
{
  g_return_val_if_fail (RS_IS_HEARING_RESPONSE (self), TRUE);
  return g_strcmp0 (self->party_type, "organisation") != 0;
}

gboolean
rs_hearing_response_is_analysed (RsHearingResponse *self)
{
  g_return_val_if_fail (RS_IS_HEARING_RESPONSE (self), FALSE);
  return self->n_points > 0 && self->n_decided == self->n_points;
}

GPtrArray *
rs_hearing_response_get_attachments (RsHearingResponse *self)
{
  g_return_val_if_fail (RS_IS_HEARING_RESPONSE (self), NULL);
  return self->attachments;
}

const char *
rs_hearing_channel_get_label (const char *channel)
{
  static const struct { const char *nick; const char *label; } labels[] = {
    { "letter", N_("Letter") }, { "email", N_("E-mail") }, { "meeting", N_("Meeting") },
    { "phone", N_("Phone") }, { "digital", N_("Digital form") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (channel, labels[i].nick) == 0)
      return _(labels[i].label);
  return channel != NULL ? channel : "";
}
