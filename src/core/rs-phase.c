/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-phase"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-enums.h"
#include "rs-phase.h"

/* One phase of the annual cycle, with ISO dates ("2027-09-10") or NULL. */

struct _RsPhase
{
  GObject      parent_instance;

  gint64       id;
  gint64       process_id;
  RsPhaseKind  kind;
  char        *starts_on;
  char        *ends_on;
  char        *stored_starts_on;   /* as read or last saved */
  char        *stored_ends_on;
};

G_DEFINE_FINAL_TYPE (RsPhase, rs_phase, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROCESS_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *title;
  const char *description;
} phase_texts[RS_N_PHASES] = {
  { N_("Budget seminar"), N_("Ultra-early budget seminar, soon after the previous budget is adopted") },
  { N_("Goal setting"), N_("Shared goals and themes, set before the money") },
  { N_("Involvement"), N_("Citizens’ council meetings, labs, open meetings and digital comments") },
  { N_("Recommendations to the council"), N_("Ideas mature and recommendations are handed to the city council") },
  { N_("First reading"), N_("The budget proposal’s first reading in the city council") },
  { N_("Hearing period"), N_("Hearing round on the budget proposal, between the first and second reading") },
  { N_("Second reading and adoption"), N_("Second reading; the budget is adopted") },
  { N_("Feedback to participants"), N_("Tell participants what the council decided and why") },
  { N_("Evaluation"), N_("Evaluate the process and learn for the next cycle") },
};

static void
rs_phase_finalize (GObject *object)
{
  RsPhase *self = (RsPhase *) object;

  g_clear_pointer (&self->starts_on, g_free);
  g_clear_pointer (&self->stored_starts_on, g_free);
  g_clear_pointer (&self->stored_ends_on, g_free);
  g_clear_pointer (&self->ends_on, g_free);

  G_OBJECT_CLASS (rs_phase_parent_class)->finalize (object);
}

static void
rs_phase_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RsPhase *self = RS_PHASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PROCESS_ID:
      g_value_set_int64 (value, self->process_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, rs_phase_kind_get_title (self->kind));
      break;
    case PROP_STARTS_ON:
      g_value_set_string (value, self->starts_on);
      break;
    case PROP_ENDS_ON:
      g_value_set_string (value, self->ends_on);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_phase_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  RsPhase *self = RS_PHASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_PROCESS_ID:
      self->process_id = g_value_get_int64 (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_STARTS_ON:
      rs_phase_set_starts_on (self, g_value_get_string (value));
      break;
    case PROP_ENDS_ON:
      rs_phase_set_ends_on (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_phase_class_init (RsPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rs_phase_finalize;
  object_class->get_property = rs_phase_get_property;
  object_class->set_property = rs_phase_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROCESS_ID] =
    g_param_spec_int64 ("process-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, RS_TYPE_PHASE_KIND, RS_PHASE_SEMINAR,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STARTS_ON] =
    g_param_spec_string ("starts-on", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENDS_ON] =
    g_param_spec_string ("ends-on", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_phase_init (RsPhase *self)
{
}

RsPhase *
rs_phase_new (gint64       id,
              gint64       process_id,
              RsPhaseKind  kind,
              const char  *starts_on,
              const char  *ends_on)
{
  RsPhase *self = g_object_new (RS_TYPE_PHASE,
                                "id", id,
                                "process-id", process_id,
                                "kind", kind,
                                "starts-on", starts_on,
                                "ends-on", ends_on,
                                NULL);

  rs_phase_set_stored (self, self->starts_on, self->ends_on);
  return self;
}

RsPhase *
rs_phase_copy (RsPhase *self)
{
  RsPhase *copy;

  g_return_val_if_fail (RS_IS_PHASE (self), NULL);
  copy = rs_phase_new (self->id, self->process_id, self->kind, self->starts_on, self->ends_on);
  rs_phase_set_stored (copy, self->stored_starts_on, self->stored_ends_on);
  return copy;
}

const char *
rs_phase_get_stored_starts_on (RsPhase *self)
{
  g_return_val_if_fail (RS_IS_PHASE (self), NULL);
  return self->stored_starts_on;
}

const char *
rs_phase_get_stored_ends_on (RsPhase *self)
{
  g_return_val_if_fail (RS_IS_PHASE (self), NULL);
  return self->stored_ends_on;
}

void
rs_phase_set_stored (RsPhase    *self,
                     const char *starts_on,
                     const char *ends_on)
{
  g_autofree char *old_start = NULL;
  g_autofree char *old_end = NULL;

  g_return_if_fail (RS_IS_PHASE (self));
  old_start = g_steal_pointer (&self->stored_starts_on);
  old_end = g_steal_pointer (&self->stored_ends_on);
  self->stored_starts_on = g_strdup (starts_on);
  self->stored_ends_on = g_strdup (ends_on);
}

gint64
rs_phase_get_id (RsPhase *self)
{
  g_return_val_if_fail (RS_IS_PHASE (self), 0);
  return self->id;
}

gint64
rs_phase_get_process_id (RsPhase *self)
{
  g_return_val_if_fail (RS_IS_PHASE (self), 0);
  return self->process_id;
}

RsPhaseKind
rs_phase_get_kind (RsPhase *self)
{
  g_return_val_if_fail (RS_IS_PHASE (self), RS_PHASE_SEMINAR);
  return self->kind;
}

const char *
rs_phase_get_starts_on (RsPhase *self)
{
  g_return_val_if_fail (RS_IS_PHASE (self), NULL);
  return self->starts_on;
}

static gboolean
set_date (char       **field,
          const char  *date)
{
  if (date != NULL && *date == '\0')
    date = NULL;
  if (date != NULL && !rs_date_is_valid (date))
    {
      g_critical ("Not an ISO date: %s", date);
      return FALSE;
    }
  if (g_strcmp0 (*field, date) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (date);
  return TRUE;
}

void
rs_phase_set_starts_on (RsPhase    *self,
                        const char *date)
{
  g_return_if_fail (RS_IS_PHASE (self));
  if (set_date (&self->starts_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_ON]);
}

const char *
rs_phase_get_ends_on (RsPhase *self)
{
  g_return_val_if_fail (RS_IS_PHASE (self), NULL);
  return self->ends_on;
}

void
rs_phase_set_ends_on (RsPhase    *self,
                      const char *date)
{
  g_return_if_fail (RS_IS_PHASE (self));
  if (set_date (&self->ends_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_ON]);
}

const char *
rs_phase_kind_to_nick (RsPhaseKind kind)
{
  GEnumClass *klass = g_type_class_ref (RS_TYPE_PHASE_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);
  g_type_class_unref (klass);
  return value ? value->value_nick : NULL;
}

gboolean
rs_phase_kind_from_nick (const char  *nick,
                         RsPhaseKind *kind)
{
  GEnumClass *klass = g_type_class_ref (RS_TYPE_PHASE_KIND);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);
  g_type_class_unref (klass);
  if (value == NULL)
    return FALSE;
  *kind = value->value;
  return TRUE;
}

const char *
rs_phase_kind_get_title (RsPhaseKind kind)
{
  g_return_val_if_fail (kind < RS_N_PHASES, NULL);
  return _(phase_texts[kind].title);
}

const char *
rs_phase_kind_get_description (RsPhaseKind kind)
{
  g_return_val_if_fail (kind < RS_N_PHASES, NULL);
  return _(phase_texts[kind].description);
}
