/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-registration"

#include "config.h"

#include "rs-registration.h"

struct _RsRegistration
{
  GObject   parent_instance;

  gint64    person_id;
  char      *pseudonym;
  char      *external_id;
  char      *name;
  int       status;
  int       position;
  int       attended;
  int       table_no;
  gboolean  table_pinned;
};

G_DEFINE_FINAL_TYPE (RsRegistration, rs_registration, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PERSON_ID,
  PROP_PSEUDONYM,
  PROP_EXTERNAL_ID,
  PROP_NAME,
  PROP_STATUS,
  PROP_POSITION,
  PROP_ATTENDED,
  PROP_TABLE_NO,
  PROP_TABLE_PINNED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_registration_finalize (GObject *object)
{
  RsRegistration *self = RS_REGISTRATION (object);

  g_free (self->pseudonym);
  g_free (self->external_id);
  g_free (self->name);
  G_OBJECT_CLASS (rs_registration_parent_class)->finalize (object);
}

static void
rs_registration_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RsRegistration *self = RS_REGISTRATION (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case PROP_PSEUDONYM:
      g_value_set_string (value, self->pseudonym);
      break;
    case PROP_EXTERNAL_ID:
      g_value_set_string (value, self->external_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_ATTENDED:
      g_value_set_int (value, self->attended);
      break;
    case PROP_TABLE_NO:
      g_value_set_int (value, self->table_no);
      break;
    case PROP_TABLE_PINNED:
      g_value_set_boolean (value, self->table_pinned);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_registration_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RsRegistration *self = RS_REGISTRATION (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      rs_registration_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_PSEUDONYM:
      rs_registration_set_pseudonym (self, g_value_get_string (value));
      break;
    case PROP_EXTERNAL_ID:
      rs_registration_set_external_id (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      rs_registration_set_name (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      rs_registration_set_status (self, g_value_get_int (value));
      break;
    case PROP_POSITION:
      rs_registration_set_position (self, g_value_get_int (value));
      break;
    case PROP_ATTENDED:
      rs_registration_set_attended (self, g_value_get_int (value));
      break;
    case PROP_TABLE_NO:
      rs_registration_set_table_no (self, g_value_get_int (value));
      break;
    case PROP_TABLE_PINNED:
      rs_registration_set_table_pinned (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_registration_class_init (RsRegistrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rs_registration_finalize;
  object_class->get_property = rs_registration_get_property;
  object_class->set_property = rs_registration_set_property;

  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PSEUDONYM] =
    g_param_spec_string ("pseudonym", NULL, NULL, NULL, flags);
  properties[PROP_EXTERNAL_ID] =
    g_param_spec_string ("external-id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_ATTENDED] =
    g_param_spec_int ("attended", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_TABLE_NO] =
    g_param_spec_int ("table-no", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_TABLE_PINNED] =
    g_param_spec_boolean ("table-pinned", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_registration_init (RsRegistration *self)
{
}

RsRegistration *
rs_registration_new (void)
{
  return g_object_new (RS_TYPE_REGISTRATION, NULL);
}

RsRegistration *
rs_registration_copy (RsRegistration *self)
{
  RsRegistration *copy;

  g_return_val_if_fail (RS_IS_REGISTRATION (self), NULL);
  copy = rs_registration_new ();
  copy->person_id = self->person_id;
  copy->pseudonym = g_strdup (self->pseudonym);
  copy->external_id = g_strdup (self->external_id);
  copy->name = g_strdup (self->name);
  copy->status = self->status;
  copy->position = self->position;
  copy->attended = self->attended;
  copy->table_no = self->table_no;
  copy->table_pinned = self->table_pinned;
  return copy;
}

gint64
rs_registration_get_person_id (RsRegistration *self)
{
  g_return_val_if_fail (RS_IS_REGISTRATION (self), 0);
  return self->person_id;
}

void
rs_registration_set_person_id (RsRegistration *self,
                               gint64 value)
{
  g_return_if_fail (RS_IS_REGISTRATION (self));
  if (self->person_id == value)
    return;
  self->person_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
rs_registration_get_pseudonym (RsRegistration *self)
{
  g_return_val_if_fail (RS_IS_REGISTRATION (self), NULL);
  return self->pseudonym;
}

void
rs_registration_set_pseudonym (RsRegistration *self,
                               const char *value)
{
  g_return_if_fail (RS_IS_REGISTRATION (self));
  if (g_strcmp0 (self->pseudonym, value) == 0)
    return;
  g_free (self->pseudonym);
  self->pseudonym = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PSEUDONYM]);
}

const char *
rs_registration_get_external_id (RsRegistration *self)
{
  g_return_val_if_fail (RS_IS_REGISTRATION (self), NULL);
  return self->external_id;
}

void
rs_registration_set_external_id (RsRegistration *self,
                                 const char *value)
{
  g_return_if_fail (RS_IS_REGISTRATION (self));
  if (g_strcmp0 (self->external_id, value) == 0)
    return;
  g_free (self->external_id);
  self->external_id = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTERNAL_ID]);
}

const char *
rs_registration_get_name (RsRegistration *self)
{
  g_return_val_if_fail (RS_IS_REGISTRATION (self), NULL);
  return self->name;
}

void
rs_registration_set_name (RsRegistration *self,
                          const char *value)
{
  g_return_if_fail (RS_IS_REGISTRATION (self));
  if (g_strcmp0 (self->name, value) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
rs_registration_get_status (RsRegistration *self)
{
  g_return_val_if_fail (RS_IS_REGISTRATION (self), 0);
  return self->status;
}

void
rs_registration_set_status (RsRegistration *self,
                            int value)
{
  g_return_if_fail (RS_IS_REGISTRATION (self));
  if (self->status == value)
    return;
  self->status = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
rs_registration_get_position (RsRegistration *self)
{
  g_return_val_if_fail (RS_IS_REGISTRATION (self), 0);
  return self->position;
}

void
rs_registration_set_position (RsRegistration *self,
                              int value)
{
  g_return_if_fail (RS_IS_REGISTRATION (self));
  if (self->position == value)
    return;
  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

int
rs_registration_get_attended (RsRegistration *self)
{
  g_return_val_if_fail (RS_IS_REGISTRATION (self), 0);
  return self->attended;
}

void
rs_registration_set_attended (RsRegistration *self,
                              int value)
{
  g_return_if_fail (RS_IS_REGISTRATION (self));
  if (self->attended == value)
    return;
  self->attended = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDED]);
}

int
rs_registration_get_table_no (RsRegistration *self)
{
  g_return_val_if_fail (RS_IS_REGISTRATION (self), 0);
  return self->table_no;
}

void
rs_registration_set_table_no (RsRegistration *self,
                              int value)
{
  g_return_if_fail (RS_IS_REGISTRATION (self));
  if (self->table_no == value)
    return;
  self->table_no = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TABLE_NO]);
}

gboolean
rs_registration_get_table_pinned (RsRegistration *self)
{
  g_return_val_if_fail (RS_IS_REGISTRATION (self), FALSE);
  return self->table_pinned;
}

void
rs_registration_set_table_pinned (RsRegistration *self,
                                  gboolean value)
{
  g_return_if_fail (RS_IS_REGISTRATION (self));
  value = !!value;
  if (self->table_pinned == value)
    return;
  self->table_pinned = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TABLE_PINNED]);
}
