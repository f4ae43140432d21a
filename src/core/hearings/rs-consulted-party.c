/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-consulted-party"

#include "config.h"

#include "rs-report-i18n.h"

#include "rs-consulted-party.h"

struct _RsConsultedParty
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  char    *kind;
  char    *email;
  char    *contact;
  char    *status;
  char    *status_date;
};

G_DEFINE_FINAL_TYPE (RsConsultedParty, rs_consulted_party, G_TYPE_OBJECT)

static void
rs_consulted_party_finalize (GObject *object)
{
  RsConsultedParty *self = (RsConsultedParty *) object;

  g_free (self->name);
  g_free (self->kind);
  g_free (self->email);
  g_free (self->contact);
  g_free (self->status);
  g_free (self->status_date);
  G_OBJECT_CLASS (rs_consulted_party_parent_class)->finalize (object);
}

static void
rs_consulted_party_class_init (RsConsultedPartyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rs_consulted_party_finalize;
}

static void
rs_consulted_party_init (RsConsultedParty *self)
{
}

RsConsultedParty *
rs_consulted_party_new (gint64      id,
                        const char *name,
                        const char *kind)
{
  RsConsultedParty *self = g_object_new (RS_TYPE_CONSULTED_PARTY, NULL);

  self->id = id;
  self->name = g_strdup (name ? name : "");
  self->kind = g_strdup (kind ? kind : "association");
  self->email = g_strdup ("");
  self->contact = g_strdup ("");
  return self;
}

gint64
rs_consulted_party_get_id (RsConsultedParty *self)
{
  g_return_val_if_fail (RS_IS_CONSULTED_PARTY (self), 0);
  return self->id;
}

const char *
rs_consulted_party_get_name (RsConsultedParty *self)
{
  g_return_val_if_fail (RS_IS_CONSULTED_PARTY (self), NULL);
  return self->name;
}

const char *
rs_consulted_party_get_kind (RsConsultedParty *self)
{
  g_return_val_if_fail (RS_IS_CONSULTED_PARTY (self), NULL);
  return self->kind;
}

#define STRING_ACCESSORS(field, nullable)                                  \
  const char *                                                             \
  rs_consulted_party_get_##field (RsConsultedParty *self)                  \
  {                                                                        \
    g_return_val_if_fail (RS_IS_CONSULTED_PARTY (self), NULL);             \
    return self->field;                                                    \
  }                                                                        \
  void                                                                     \
  rs_consulted_party_set_##field (RsConsultedParty *self,                  \
                                  const char       *value)                 \
  {                                                                        \
    g_return_if_fail (RS_IS_CONSULTED_PARTY (self));                       \
    g_free (self->field);                                                  \
    self->field = g_strdup (value ? value : (nullable ? NULL : ""));       \
  }

STRING_ACCESSORS (email, FALSE)
STRING_ACCESSORS (contact, FALSE)
STRING_ACCESSORS (status, TRUE)
STRING_ACCESSORS (status_date, TRUE)

static const struct {
  const char *nick;
  const char *label;
} statuses[] = {
  { "invited", N_("Invited") },
  { "reminded", N_("Reminded") },
  { "replied", N_("Replied") },
  { "no-comments", N_("Replied: no comments") },
  { "no-reply", N_("No reply") },
};

/* The kinds Rådslag itself writes (sample, import); others are shown as
 * they were imported. */
static const struct {
  const char *nick;
  const char *label;
} kinds[] = {
  /* Translators: a kind of consulted party */
  { "union", NC_("party kind", "Trade union") },
  /* Translators: a kind of consulted party: an elected board of users (ældreråd, skolebestyrelse) */
  { "user-board", NC_("party kind", "User board") },
  { "association", NC_("party kind", "Association") },
  { "business", NC_("party kind", "Business") },
  { "local-council", NC_("party kind", "Local council") },
  /* Translators: a kind of consulted party: inside the municipality (MED committees) */
  { "internal", NC_("party kind", "Internal") },
};

const char *
rs_party_kind_get_label (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kind, kinds[i].nick) == 0)
      return C_ ("party kind", kinds[i].label);
  return kind != NULL ? kind : "";
}

gboolean
rs_party_status_is_valid (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (status, statuses[i].nick) == 0)
      return TRUE;
  return FALSE;
}

const char *
rs_party_status_get_label (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (status, statuses[i].nick) == 0)
      return _(statuses[i].label);
  return _("Not invited");
}
