/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-response"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

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
  char      *review_reason;
  char      *content_hash;
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
  g_free (self->review_reason);
  g_free (self->content_hash);
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
  self->review_reason = g_strdup ("");
  self->content_hash = g_strdup ("");
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
STRING_ACCESSORS (review_reason, FALSE)
STRING_ACCESSORS (content_hash, FALSE)

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

/* Why a response needs review: stored as codes, shown in the UI's language. */
static const struct
{
  const char *code;
  const char *text;
} review_reasons[] = {
  { "no-sender", N_("The e-mail has no sender (From:); enter it.") },
  { "no-address", N_("The sender has no e-mail address; check the sender.") },
  { "robot-sender", N_("The e-mail was sent by a web form or robot (a no-reply address); enter the real sender from the text.") },
  { "no-date", N_("The e-mail has no date; the file’s date is used. Check the received date.") },
  { "no-text", N_("The e-mail has no text.") },
  { "winmail", N_("The text is in an Outlook winmail.dat attachment, which Rådslag cannot read; copy the text in by hand.") },
  { "smime", N_("The e-mail is signed or encrypted with S/MIME in a way Rådslag cannot read; copy the text in by hand.") },
  { "undecodable", N_("Some characters could not be decoded (shown as �); check the text.") },
  { "attachment-unreadable", N_("No text could be read from an attached document; read it in the original.") },
  { "letter-no-date", N_("No date was found in the letter; the file’s date is used. Check the received date.") },
  { "letter-signature", N_("The sender was read from the letter’s signature; check it.") },
  { "pdf-author", N_("The sender is the PDF’s author; check it.") },
  { "letter-no-sender", N_("The letter names no sender; enter it.") },
  { "document-no-text", N_("The document has no text.") },
  { "pdf-no-text", N_("The PDF contains no text (is it a scanned image?); copy the text in by hand.") },
  { "scan", N_("The letter is a scanned image; copy the text in by hand.") },
  { "manual", N_("Marked for review by hand.") },
};

gboolean
rs_hearing_response_needs_review (RsHearingResponse *self)
{
  g_return_val_if_fail (RS_IS_HEARING_RESPONSE (self), FALSE);
  return self->review_reason != NULL && *self->review_reason != '\0';
}

static gboolean
has_code (const char *codes,
          const char *code)
{
  g_auto(GStrv) list = g_strsplit (codes ? codes : "", " ", -1);

  return g_strv_contains ((const char * const *) list, code);
}

void
rs_hearing_response_add_review_reason (RsHearingResponse *self,
                                       const char        *code)
{
  char *joined;

  g_return_if_fail (RS_IS_HEARING_RESPONSE (self));
  if (code == NULL || *code == '\0' || has_code (self->review_reason, code))
    return;
  joined = *self->review_reason ? g_strconcat (self->review_reason, " ", code, NULL) : g_strdup (code);
  g_free (self->review_reason);
  self->review_reason = joined;
}

void
rs_hearing_response_remove_review_reason (RsHearingResponse *self,
                                          const char        *code)
{
  g_auto(GStrv) list = NULL;
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) out = NULL;

  g_return_if_fail (RS_IS_HEARING_RESPONSE (self));
  list = g_strsplit (self->review_reason, " ", -1);
  for (guint i = 0; list[i] != NULL; i++)
    if (*list[i] != '\0' && !g_str_equal (list[i], code))
      g_strv_builder_add (kept, list[i]);
  out = g_strv_builder_end (kept);
  g_free (self->review_reason);
  self->review_reason = g_strjoinv (" ", out);
}

char *
rs_hearing_response_describe_review (RsHearingResponse *self)
{
  g_auto(GStrv) list = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (RS_IS_HEARING_RESPONSE (self), NULL);
  list = g_strsplit (self->review_reason, " ", -1);
  for (guint i = 0; list[i] != NULL; i++)
    {
      const char *sentence = NULL;

      if (*list[i] == '\0')
        continue;
      for (guint j = 0; j < G_N_ELEMENTS (review_reasons); j++)
        if (g_str_equal (review_reasons[j].code, list[i]))
          sentence = _(review_reasons[j].text);
      g_string_append_printf (text, "%s%s", text->len ? " " : "", sentence ? sentence : list[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
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
