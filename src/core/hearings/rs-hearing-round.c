/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearing-round"

#include "config.h"

#include "rs-hearing-round.h"

struct _RsHearingRound
{
  GObject   parent_instance;

  gint64    id;
  gint64    process_id;
  char     *title;
  char     *starts_on;
  char     *deadline;
  char     *material;
  gboolean  statutory;
  char     *legal_reference;
  char     *case_number;
};

G_DEFINE_FINAL_TYPE (RsHearingRound, rs_hearing_round, G_TYPE_OBJECT)

static void
rs_hearing_round_finalize (GObject *object)
{
  RsHearingRound *self = (RsHearingRound *) object;

  g_free (self->title);
  g_free (self->starts_on);
  g_free (self->deadline);
  g_free (self->material);
  g_free (self->legal_reference);
  g_free (self->case_number);
  G_OBJECT_CLASS (rs_hearing_round_parent_class)->finalize (object);
}

static void
rs_hearing_round_class_init (RsHearingRoundClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rs_hearing_round_finalize;
}

static void
rs_hearing_round_init (RsHearingRound *self)
{
  self->material = g_strdup ("");
  self->legal_reference = g_strdup ("");
  self->case_number = g_strdup ("");
}

RsHearingRound *
rs_hearing_round_new (gint64      id,
                      gint64      process_id,
                      const char *title,
                      const char *starts_on,
                      const char *deadline)
{
  RsHearingRound *self = g_object_new (RS_TYPE_HEARING_ROUND, NULL);

  self->id = id;
  self->process_id = process_id;
  self->title = g_strdup (title ? title : "");
  self->starts_on = g_strdup (starts_on);
  self->deadline = g_strdup (deadline);
  return self;
}

#define STRING_ACCESSORS(field)                                            \
  const char *                                                             \
  rs_hearing_round_get_##field (RsHearingRound *self)                      \
  {                                                                        \
    g_return_val_if_fail (RS_IS_HEARING_ROUND (self), NULL);               \
    return self->field;                                                    \
  }                                                                        \
  void                                                                     \
  rs_hearing_round_set_##field (RsHearingRound *self,                      \
                                const char     *value)                     \
  {                                                                        \
    g_return_if_fail (RS_IS_HEARING_ROUND (self));                         \
    g_free (self->field);                                                  \
    self->field = g_strdup (value ? value : "");                           \
  }

STRING_ACCESSORS (title)
STRING_ACCESSORS (starts_on)
STRING_ACCESSORS (deadline)
STRING_ACCESSORS (material)
STRING_ACCESSORS (legal_reference)
STRING_ACCESSORS (case_number)

gint64
rs_hearing_round_get_id (RsHearingRound *self)
{
  g_return_val_if_fail (RS_IS_HEARING_ROUND (self), 0);
  return self->id;
}

void
rs_hearing_round_set_id (RsHearingRound *self,
                         gint64          id)
{
  g_return_if_fail (RS_IS_HEARING_ROUND (self));
  self->id = id;
}

gint64
rs_hearing_round_get_process_id (RsHearingRound *self)
{
  g_return_val_if_fail (RS_IS_HEARING_ROUND (self), 0);
  return self->process_id;
}

gboolean
rs_hearing_round_get_statutory (RsHearingRound *self)
{
  g_return_val_if_fail (RS_IS_HEARING_ROUND (self), FALSE);
  return self->statutory;
}

void
rs_hearing_round_set_statutory (RsHearingRound *self,
                                gboolean        statutory)
{
  g_return_if_fail (RS_IS_HEARING_ROUND (self));
  self->statutory = statutory;
}
