/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-lab"

#include "config.h"

#include "rs-lab.h"

struct _RsLab
{
  GObject   parent_instance;

  gint64    id;
  gint64    process_id;
  char     *title;
  char     *problem;
  char     *invited_groups;
  char     *invitation_method;
  gboolean  funded;
  double    funding_amount;
  char     *funding_granted_by;
  char     *funding_date;
  char     *external_facilitators;
  char     *outcome;
  char     *next_steps;
  char     *status;
  guint     checklist_met;
  guint     checklist_total;
  int       n_sessions;
  int       n_ideas;
  int       n_participants;
  gint64    version;
};

G_DEFINE_FINAL_TYPE (RsLab, rs_lab, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_PROCESS_ID,
  PROP_TITLE,
  PROP_PROBLEM,
  PROP_INVITED_GROUPS,
  PROP_INVITATION_METHOD,
  PROP_FUNDED,
  PROP_FUNDING_AMOUNT,
  PROP_FUNDING_GRANTED_BY,
  PROP_FUNDING_DATE,
  PROP_EXTERNAL_FACILITATORS,
  PROP_OUTCOME,
  PROP_NEXT_STEPS,
  PROP_STATUS,
  PROP_CHECKLIST_MET,
  PROP_CHECKLIST_TOTAL,
  PROP_N_SESSIONS,
  PROP_N_IDEAS,
  PROP_N_PARTICIPANTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The field of a string property, NULL for the others. */
static char **
string_field (RsLab *self,
              guint  prop_id)
{
  switch (prop_id)
    {
    case PROP_TITLE: return &self->title;
    case PROP_PROBLEM: return &self->problem;
    case PROP_INVITED_GROUPS: return &self->invited_groups;
    case PROP_INVITATION_METHOD: return &self->invitation_method;
    case PROP_FUNDING_GRANTED_BY: return &self->funding_granted_by;
    case PROP_FUNDING_DATE: return &self->funding_date;
    case PROP_EXTERNAL_FACILITATORS: return &self->external_facilitators;
    case PROP_OUTCOME: return &self->outcome;
    case PROP_NEXT_STEPS: return &self->next_steps;
    case PROP_STATUS: return &self->status;
    default: return NULL;
    }
}

static void
set_string (RsLab      *self,
            guint       prop_id,
            const char *value)
{
  char **field = string_field (self, prop_id);

  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
rs_lab_finalize (GObject *object)
{
  RsLab *self = RS_LAB (object);

  for (guint p = PROP_TITLE; p <= PROP_STATUS; p++)
    if (string_field (self, p) != NULL)
      g_clear_pointer (string_field (self, p), g_free);
  G_OBJECT_CLASS (rs_lab_parent_class)->finalize (object);
}

static void
rs_lab_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  RsLab *self = RS_LAB (object);

  if (string_field (self, prop_id) != NULL)
    {
      g_value_set_string (value, *string_field (self, prop_id));
      return;
    }
  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PROCESS_ID: g_value_set_int64 (value, self->process_id); break;
    case PROP_FUNDED: g_value_set_boolean (value, self->funded); break;
    case PROP_FUNDING_AMOUNT: g_value_set_double (value, self->funding_amount); break;
    case PROP_CHECKLIST_MET: g_value_set_uint (value, self->checklist_met); break;
    case PROP_CHECKLIST_TOTAL: g_value_set_uint (value, self->checklist_total); break;
    case PROP_N_SESSIONS: g_value_set_int (value, self->n_sessions); break;
    case PROP_N_IDEAS: g_value_set_int (value, self->n_ideas); break;
    case PROP_N_PARTICIPANTS: g_value_set_int (value, self->n_participants); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_lab_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  RsLab *self = RS_LAB (object);

  if (string_field (self, prop_id) != NULL)
    {
      set_string (self, prop_id, g_value_get_string (value));
      return;
    }
  switch (prop_id)
    {
    case PROP_ID: rs_lab_set_id (self, g_value_get_int64 (value)); break;
    case PROP_PROCESS_ID: rs_lab_set_process_id (self, g_value_get_int64 (value)); break;
    case PROP_FUNDED: rs_lab_set_funded (self, g_value_get_boolean (value)); break;
    case PROP_FUNDING_AMOUNT: rs_lab_set_funding_amount (self, g_value_get_double (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_lab_class_init (RsLabClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  static const struct { guint prop; const char *name; } strings[] = {
    { PROP_TITLE, "title" }, { PROP_PROBLEM, "problem" }, { PROP_INVITED_GROUPS, "invited-groups" },
    { PROP_INVITATION_METHOD, "invitation-method" }, { PROP_FUNDING_GRANTED_BY, "funding-granted-by" },
    { PROP_FUNDING_DATE, "funding-date" }, { PROP_EXTERNAL_FACILITATORS, "external-facilitators" },
    { PROP_OUTCOME, "outcome" }, { PROP_NEXT_STEPS, "next-steps" }, { PROP_STATUS, "status" },
  };

  object_class->finalize = rs_lab_finalize;
  object_class->get_property = rs_lab_get_property;
  object_class->set_property = rs_lab_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PROCESS_ID] = g_param_spec_int64 ("process-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    properties[strings[i].prop] = g_param_spec_string (strings[i].name, NULL, NULL, NULL, rw);
  properties[PROP_FUNDED] = g_param_spec_boolean ("funded", NULL, NULL, FALSE, rw);
  properties[PROP_FUNDING_AMOUNT] = g_param_spec_double ("funding-amount", NULL, NULL, 0, G_MAXDOUBLE, 0, rw);
  properties[PROP_CHECKLIST_MET] = g_param_spec_uint ("checklist-met", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_CHECKLIST_TOTAL] = g_param_spec_uint ("checklist-total", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_N_SESSIONS] = g_param_spec_int ("n-sessions", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_N_IDEAS] = g_param_spec_int ("n-ideas", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_N_PARTICIPANTS] = g_param_spec_int ("n-participants", NULL, NULL, 0, G_MAXINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_lab_init (RsLab *self)
{
}

RsLab *
rs_lab_new (void)
{
  return g_object_new (RS_TYPE_LAB, NULL);
}

RsLab *
rs_lab_copy (RsLab *self)
{
  RsLab *copy;

  g_return_val_if_fail (RS_IS_LAB (self), NULL);
  copy = rs_lab_new ();
  copy->id = self->id;
  copy->process_id = self->process_id;
  for (guint p = PROP_TITLE; p <= PROP_STATUS; p++)
    if (string_field (self, p) != NULL)
      *string_field (copy, p) = g_strdup (*string_field (self, p));
  copy->funded = self->funded;
  copy->funding_amount = self->funding_amount;
  copy->checklist_met = self->checklist_met;
  copy->checklist_total = self->checklist_total;
  copy->n_sessions = self->n_sessions;
  copy->n_ideas = self->n_ideas;
  copy->n_participants = self->n_participants;
  copy->version = self->version;
  return copy;
}

#define STRING_ACCESSORS(field, PROP) \
  const char * \
  rs_lab_get_##field (RsLab *self) \
  { \
    g_return_val_if_fail (RS_IS_LAB (self), NULL); \
    return self->field; \
  } \
  void \
  rs_lab_set_##field (RsLab      *self, \
                      const char *value) \
  { \
    g_return_if_fail (RS_IS_LAB (self)); \
    set_string (self, PROP, value); \
  }

STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (problem, PROP_PROBLEM)
STRING_ACCESSORS (invited_groups, PROP_INVITED_GROUPS)
STRING_ACCESSORS (invitation_method, PROP_INVITATION_METHOD)
STRING_ACCESSORS (funding_granted_by, PROP_FUNDING_GRANTED_BY)
STRING_ACCESSORS (funding_date, PROP_FUNDING_DATE)
STRING_ACCESSORS (external_facilitators, PROP_EXTERNAL_FACILITATORS)
STRING_ACCESSORS (outcome, PROP_OUTCOME)
STRING_ACCESSORS (next_steps, PROP_NEXT_STEPS)
STRING_ACCESSORS (status, PROP_STATUS)

gint64
rs_lab_get_id (RsLab *self)
{
  g_return_val_if_fail (RS_IS_LAB (self), 0);
  return self->id;
}

void
rs_lab_set_id (RsLab  *self,
               gint64  id)
{
  g_return_if_fail (RS_IS_LAB (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
rs_lab_get_process_id (RsLab *self)
{
  g_return_val_if_fail (RS_IS_LAB (self), 0);
  return self->process_id;
}

void
rs_lab_set_process_id (RsLab  *self,
                       gint64  process_id)
{
  g_return_if_fail (RS_IS_LAB (self));
  if (self->process_id == process_id)
    return;
  self->process_id = process_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCESS_ID]);
}

gboolean
rs_lab_get_funded (RsLab *self)
{
  g_return_val_if_fail (RS_IS_LAB (self), FALSE);
  return self->funded;
}

void
rs_lab_set_funded (RsLab    *self,
                   gboolean  funded)
{
  g_return_if_fail (RS_IS_LAB (self));
  funded = !!funded;
  if (self->funded == funded)
    return;
  self->funded = funded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FUNDED]);
}

double
rs_lab_get_funding_amount (RsLab *self)
{
  g_return_val_if_fail (RS_IS_LAB (self), 0);
  return self->funding_amount;
}

void
rs_lab_set_funding_amount (RsLab  *self,
                           double  amount)
{
  g_return_if_fail (RS_IS_LAB (self));
  rs_lab_set_funded (self, TRUE);
  if (self->funding_amount == amount)
    return;
  self->funding_amount = amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FUNDING_AMOUNT]);
}

guint
rs_lab_get_checklist_met (RsLab *self)
{
  g_return_val_if_fail (RS_IS_LAB (self), 0);
  return self->checklist_met;
}

guint
rs_lab_get_checklist_total (RsLab *self)
{
  g_return_val_if_fail (RS_IS_LAB (self), 0);
  return self->checklist_total;
}

void
rs_lab_set_checklist (RsLab *self,
                      guint  met,
                      guint  total)
{
  g_return_if_fail (RS_IS_LAB (self));
  self->checklist_met = met;
  self->checklist_total = total;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKLIST_MET]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKLIST_TOTAL]);
}

int
rs_lab_get_n_sessions (RsLab *self)
{
  g_return_val_if_fail (RS_IS_LAB (self), 0);
  return self->n_sessions;
}

int
rs_lab_get_n_ideas (RsLab *self)
{
  g_return_val_if_fail (RS_IS_LAB (self), 0);
  return self->n_ideas;
}

int
rs_lab_get_n_participants (RsLab *self)
{
  g_return_val_if_fail (RS_IS_LAB (self), 0);
  return self->n_participants;
}

void
rs_lab_set_counts (RsLab *self,
                   int    n_sessions,
                   int    n_ideas,
                   int    n_participants)
{
  g_return_if_fail (RS_IS_LAB (self));
  self->n_sessions = n_sessions;
  self->n_ideas = n_ideas;
  self->n_participants = n_participants;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SESSIONS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_IDEAS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PARTICIPANTS]);
}

gint64
rs_lab_get_version (RsLab *self)
{
  g_return_val_if_fail (RS_IS_LAB (self), 0);
  return self->version;
}

void
rs_lab_set_version (RsLab  *self,
                    gint64  version)
{
  g_return_if_fail (RS_IS_LAB (self));
  self->version = version;
}
