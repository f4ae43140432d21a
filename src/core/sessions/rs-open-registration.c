/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-open-registration"

#include "config.h"

#include <string.h>

#include "rs-open-registration.h"

struct _RsOpenRegistration
{
  GObject parent_instance;

  gint64 id;
  gint64 session_id;
  gint64 participant_id;
  char * pseudonym;
  char * name;
  char * email;
  char * phone;
  char * age_band;
  char * district;
  char * heard_via;
  int first_time;
  int status;
  int position;
  char * registered_at;
  int attended;
  char * confirmed_on;
  char * reminded_on;
  char * source;
  char * review_note;
  int meetings;
  char * other_meetings;
};

G_DEFINE_FINAL_TYPE (RsOpenRegistration, rs_open_registration, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_SESSION_ID,
  PROP_PARTICIPANT_ID,
  PROP_PSEUDONYM,
  PROP_NAME,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_AGE_BAND,
  PROP_DISTRICT,
  PROP_HEARD_VIA,
  PROP_FIRST_TIME,
  PROP_STATUS,
  PROP_POSITION,
  PROP_REGISTERED_AT,
  PROP_ATTENDED,
  PROP_CONFIRMED_ON,
  PROP_REMINDED_ON,
  PROP_SOURCE,
  PROP_REVIEW_NOTE,
  PROP_MEETINGS,
  PROP_OTHER_MEETINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_open_registration_finalize (GObject *object)
{
  RsOpenRegistration *self = RS_OPEN_REGISTRATION (object);

  g_free (self->pseudonym);
  g_free (self->name);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->age_band);
  g_free (self->district);
  g_free (self->heard_via);
  g_free (self->registered_at);
  g_free (self->confirmed_on);
  g_free (self->reminded_on);
  g_free (self->source);
  g_free (self->review_note);
  g_free (self->other_meetings);
  G_OBJECT_CLASS (rs_open_registration_parent_class)->finalize (object);
}

static void
rs_open_registration_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RsOpenRegistration *self = RS_OPEN_REGISTRATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_SESSION_ID:
      g_value_set_int64 (value, self->session_id);
      break;
    case PROP_PARTICIPANT_ID:
      g_value_set_int64 (value, self->participant_id);
      break;
    case PROP_PSEUDONYM:
      g_value_set_string (value, self->pseudonym);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_AGE_BAND:
      g_value_set_string (value, self->age_band);
      break;
    case PROP_DISTRICT:
      g_value_set_string (value, self->district);
      break;
    case PROP_HEARD_VIA:
      g_value_set_string (value, self->heard_via);
      break;
    case PROP_FIRST_TIME:
      g_value_set_int (value, self->first_time);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_REGISTERED_AT:
      g_value_set_string (value, self->registered_at);
      break;
    case PROP_ATTENDED:
      g_value_set_int (value, self->attended);
      break;
    case PROP_CONFIRMED_ON:
      g_value_set_string (value, self->confirmed_on);
      break;
    case PROP_REMINDED_ON:
      g_value_set_string (value, self->reminded_on);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_REVIEW_NOTE:
      g_value_set_string (value, self->review_note);
      break;
    case PROP_MEETINGS:
      g_value_set_int (value, self->meetings);
      break;
    case PROP_OTHER_MEETINGS:
      g_value_set_string (value, self->other_meetings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_open_registration_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RsOpenRegistration *self = RS_OPEN_REGISTRATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      rs_open_registration_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_SESSION_ID:
      rs_open_registration_set_session_id (self, g_value_get_int64 (value));
      break;
    case PROP_PARTICIPANT_ID:
      rs_open_registration_set_participant_id (self, g_value_get_int64 (value));
      break;
    case PROP_PSEUDONYM:
      rs_open_registration_set_pseudonym (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      rs_open_registration_set_name (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      rs_open_registration_set_email (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      rs_open_registration_set_phone (self, g_value_get_string (value));
      break;
    case PROP_AGE_BAND:
      rs_open_registration_set_age_band (self, g_value_get_string (value));
      break;
    case PROP_DISTRICT:
      rs_open_registration_set_district (self, g_value_get_string (value));
      break;
    case PROP_HEARD_VIA:
      rs_open_registration_set_heard_via (self, g_value_get_string (value));
      break;
    case PROP_FIRST_TIME:
      rs_open_registration_set_first_time (self, g_value_get_int (value));
      break;
    case PROP_STATUS:
      rs_open_registration_set_status (self, g_value_get_int (value));
      break;
    case PROP_POSITION:
      rs_open_registration_set_position (self, g_value_get_int (value));
      break;
    case PROP_REGISTERED_AT:
      rs_open_registration_set_registered_at (self, g_value_get_string (value));
      break;
    case PROP_ATTENDED:
      rs_open_registration_set_attended (self, g_value_get_int (value));
      break;
    case PROP_CONFIRMED_ON:
      rs_open_registration_set_confirmed_on (self, g_value_get_string (value));
      break;
    case PROP_REMINDED_ON:
      rs_open_registration_set_reminded_on (self, g_value_get_string (value));
      break;
    case PROP_SOURCE:
      rs_open_registration_set_source (self, g_value_get_string (value));
      break;
    case PROP_REVIEW_NOTE:
      rs_open_registration_set_review_note (self, g_value_get_string (value));
      break;
    case PROP_MEETINGS:
      rs_open_registration_set_meetings (self, g_value_get_int (value));
      break;
    case PROP_OTHER_MEETINGS:
      rs_open_registration_set_other_meetings (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_open_registration_class_init (RsOpenRegistrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rs_open_registration_finalize;
  object_class->get_property = rs_open_registration_get_property;
  object_class->set_property = rs_open_registration_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SESSION_ID] =
    g_param_spec_int64 ("session-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PARTICIPANT_ID] =
    g_param_spec_int64 ("participant-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PSEUDONYM] =
    g_param_spec_string ("pseudonym", NULL, NULL, "", flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, "", flags);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, "", flags);
  properties[PROP_AGE_BAND] =
    g_param_spec_string ("age-band", NULL, NULL, "", flags);
  properties[PROP_DISTRICT] =
    g_param_spec_string ("district", NULL, NULL, "", flags);
  properties[PROP_HEARD_VIA] =
    g_param_spec_string ("heard-via", NULL, NULL, "", flags);
  properties[PROP_FIRST_TIME] =
    g_param_spec_int ("first-time", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_REGISTERED_AT] =
    g_param_spec_string ("registered-at", NULL, NULL, "", flags);
  properties[PROP_ATTENDED] =
    g_param_spec_int ("attended", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_CONFIRMED_ON] =
    g_param_spec_string ("confirmed-on", NULL, NULL, "", flags);
  properties[PROP_REMINDED_ON] =
    g_param_spec_string ("reminded-on", NULL, NULL, "", flags);
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, "", flags);
  properties[PROP_REVIEW_NOTE] =
    g_param_spec_string ("review-note", NULL, NULL, "", flags);
  properties[PROP_MEETINGS] =
    g_param_spec_int ("meetings", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_OTHER_MEETINGS] =
    g_param_spec_string ("other-meetings", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_open_registration_init (RsOpenRegistration *self)
{
  self->pseudonym = g_strdup ("");
  self->name = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
  self->age_band = g_strdup ("");
  self->district = g_strdup ("");
  self->heard_via = g_strdup ("");
  self->registered_at = g_strdup ("");
  self->confirmed_on = g_strdup ("");
  self->reminded_on = g_strdup ("");
  self->source = g_strdup ("");
  self->review_note = g_strdup ("");
  self->other_meetings = g_strdup ("");
  self->first_time = -1;
  self->attended = -1;
}

RsOpenRegistration *
rs_open_registration_new (void)
{
  return g_object_new (RS_TYPE_OPEN_REGISTRATION, NULL);
}

RsOpenRegistration *
rs_open_registration_copy (RsOpenRegistration *self)
{
  RsOpenRegistration *copy;

  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  copy = rs_open_registration_new ();
  copy->id = self->id;
  copy->session_id = self->session_id;
  copy->participant_id = self->participant_id;
  rs_open_registration_set_pseudonym (copy, self->pseudonym);
  rs_open_registration_set_name (copy, self->name);
  rs_open_registration_set_email (copy, self->email);
  rs_open_registration_set_phone (copy, self->phone);
  rs_open_registration_set_age_band (copy, self->age_band);
  rs_open_registration_set_district (copy, self->district);
  rs_open_registration_set_heard_via (copy, self->heard_via);
  copy->first_time = self->first_time;
  copy->status = self->status;
  copy->position = self->position;
  rs_open_registration_set_registered_at (copy, self->registered_at);
  copy->attended = self->attended;
  rs_open_registration_set_confirmed_on (copy, self->confirmed_on);
  rs_open_registration_set_reminded_on (copy, self->reminded_on);
  rs_open_registration_set_source (copy, self->source);
  rs_open_registration_set_review_note (copy, self->review_note);
  copy->meetings = self->meetings;
  rs_open_registration_set_other_meetings (copy, self->other_meetings);
  return copy;
}

gint64
rs_open_registration_get_id (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), 0);
  return self->id;
}

void
rs_open_registration_set_id (RsOpenRegistration *self,
                               gint64 value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
rs_open_registration_get_session_id (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), 0);
  return self->session_id;
}

void
rs_open_registration_set_session_id (RsOpenRegistration *self,
                                       gint64 value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (self->session_id == value)
    return;
  self->session_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ID]);
}

gint64
rs_open_registration_get_participant_id (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), 0);
  return self->participant_id;
}

void
rs_open_registration_set_participant_id (RsOpenRegistration *self,
                                           gint64 value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (self->participant_id == value)
    return;
  self->participant_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT_ID]);
}

const char *
rs_open_registration_get_pseudonym (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->pseudonym;
}

void
rs_open_registration_set_pseudonym (RsOpenRegistration *self,
                                      const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->pseudonym, value) == 0)
    return;
  g_free (self->pseudonym);
  self->pseudonym = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PSEUDONYM]);
}

const char *
rs_open_registration_get_name (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->name;
}

void
rs_open_registration_set_name (RsOpenRegistration *self,
                                 const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->name, value) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
rs_open_registration_get_email (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->email;
}

void
rs_open_registration_set_email (RsOpenRegistration *self,
                                  const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->email, value) == 0)
    return;
  g_free (self->email);
  self->email = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
rs_open_registration_get_phone (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->phone;
}

void
rs_open_registration_set_phone (RsOpenRegistration *self,
                                  const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->phone, value) == 0)
    return;
  g_free (self->phone);
  self->phone = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
rs_open_registration_get_age_band (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->age_band;
}

void
rs_open_registration_set_age_band (RsOpenRegistration *self,
                                     const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->age_band, value) == 0)
    return;
  g_free (self->age_band);
  self->age_band = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGE_BAND]);
}

const char *
rs_open_registration_get_district (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->district;
}

void
rs_open_registration_set_district (RsOpenRegistration *self,
                                     const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->district, value) == 0)
    return;
  g_free (self->district);
  self->district = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISTRICT]);
}

const char *
rs_open_registration_get_heard_via (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->heard_via;
}

void
rs_open_registration_set_heard_via (RsOpenRegistration *self,
                                      const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->heard_via, value) == 0)
    return;
  g_free (self->heard_via);
  self->heard_via = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEARD_VIA]);
}

int
rs_open_registration_get_first_time (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), 0);
  return self->first_time;
}

void
rs_open_registration_set_first_time (RsOpenRegistration *self,
                                       int value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (self->first_time == value)
    return;
  self->first_time = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TIME]);
}

int
rs_open_registration_get_status (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), 0);
  return self->status;
}

void
rs_open_registration_set_status (RsOpenRegistration *self,
                                   int value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (self->status == value)
    return;
  self->status = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
rs_open_registration_get_position (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), 0);
  return self->position;
}

void
rs_open_registration_set_position (RsOpenRegistration *self,
                                     int value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (self->position == value)
    return;
  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
rs_open_registration_get_registered_at (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->registered_at;
}

void
rs_open_registration_set_registered_at (RsOpenRegistration *self,
                                          const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->registered_at, value) == 0)
    return;
  g_free (self->registered_at);
  self->registered_at = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTERED_AT]);
}

int
rs_open_registration_get_attended (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), 0);
  return self->attended;
}

void
rs_open_registration_set_attended (RsOpenRegistration *self,
                                     int value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (self->attended == value)
    return;
  self->attended = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDED]);
}

const char *
rs_open_registration_get_confirmed_on (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->confirmed_on;
}

void
rs_open_registration_set_confirmed_on (RsOpenRegistration *self,
                                         const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->confirmed_on, value) == 0)
    return;
  g_free (self->confirmed_on);
  self->confirmed_on = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIRMED_ON]);
}

const char *
rs_open_registration_get_reminded_on (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->reminded_on;
}

void
rs_open_registration_set_reminded_on (RsOpenRegistration *self,
                                        const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->reminded_on, value) == 0)
    return;
  g_free (self->reminded_on);
  self->reminded_on = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMINDED_ON]);
}

const char *
rs_open_registration_get_source (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->source;
}

void
rs_open_registration_set_source (RsOpenRegistration *self,
                                   const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->source, value) == 0)
    return;
  g_free (self->source);
  self->source = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char *
rs_open_registration_get_review_note (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->review_note;
}

void
rs_open_registration_set_review_note (RsOpenRegistration *self,
                                        const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->review_note, value) == 0)
    return;
  g_free (self->review_note);
  self->review_note = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_NOTE]);
}

int
rs_open_registration_get_meetings (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), 0);
  return self->meetings;
}

void
rs_open_registration_set_meetings (RsOpenRegistration *self,
                                     int value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (self->meetings == value)
    return;
  self->meetings = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETINGS]);
}

const char *
rs_open_registration_get_other_meetings (RsOpenRegistration *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), NULL);
  return self->other_meetings;
}

void
rs_open_registration_set_other_meetings (RsOpenRegistration *self,
                                           const char * value)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION (self));
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->other_meetings, value) == 0)
    return;
  g_free (self->other_meetings);
  self->other_meetings = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OTHER_MEETINGS]);
}

gboolean
rs_open_registration_has_note (RsOpenRegistration *self,
                               const char         *word)
{
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (RS_IS_OPEN_REGISTRATION (self), FALSE);
  words = g_strsplit (self->review_note, " ", -1);
  return g_strv_contains ((const char * const *) words, word);
}
