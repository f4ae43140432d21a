/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-attendance-stat"

#include "config.h"

#include "rs-attendance-stat.h"

struct _RsAttendanceStat
{
  GObject   parent_instance;

  gint64    category_id;
  char      *category;
  gint64    value_id;
  char      *value;
  int       registered;
  int       attended;
  double    share;
};

G_DEFINE_FINAL_TYPE (RsAttendanceStat, rs_attendance_stat, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CATEGORY_ID,
  PROP_CATEGORY,
  PROP_VALUE_ID,
  PROP_VALUE,
  PROP_REGISTERED,
  PROP_ATTENDED,
  PROP_SHARE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_attendance_stat_finalize (GObject *object)
{
  RsAttendanceStat *self = RS_ATTENDANCE_STAT (object);

  g_free (self->category);
  g_free (self->value);
  G_OBJECT_CLASS (rs_attendance_stat_parent_class)->finalize (object);
}

static void
rs_attendance_stat_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RsAttendanceStat *self = RS_ATTENDANCE_STAT (object);

  switch (prop_id)
    {
    case PROP_CATEGORY_ID:
      g_value_set_int64 (value, self->category_id);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_VALUE_ID:
      g_value_set_int64 (value, self->value_id);
      break;
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;
    case PROP_REGISTERED:
      g_value_set_int (value, self->registered);
      break;
    case PROP_ATTENDED:
      g_value_set_int (value, self->attended);
      break;
    case PROP_SHARE:
      g_value_set_double (value, self->share);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_attendance_stat_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RsAttendanceStat *self = RS_ATTENDANCE_STAT (object);

  switch (prop_id)
    {
    case PROP_CATEGORY_ID:
      rs_attendance_stat_set_category_id (self, g_value_get_int64 (value));
      break;
    case PROP_CATEGORY:
      rs_attendance_stat_set_category (self, g_value_get_string (value));
      break;
    case PROP_VALUE_ID:
      rs_attendance_stat_set_value_id (self, g_value_get_int64 (value));
      break;
    case PROP_VALUE:
      rs_attendance_stat_set_value (self, g_value_get_string (value));
      break;
    case PROP_REGISTERED:
      rs_attendance_stat_set_registered (self, g_value_get_int (value));
      break;
    case PROP_ATTENDED:
      rs_attendance_stat_set_attended (self, g_value_get_int (value));
      break;
    case PROP_SHARE:
      rs_attendance_stat_set_share (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_attendance_stat_class_init (RsAttendanceStatClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rs_attendance_stat_finalize;
  object_class->get_property = rs_attendance_stat_get_property;
  object_class->set_property = rs_attendance_stat_set_property;

  properties[PROP_CATEGORY_ID] =
    g_param_spec_int64 ("category-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL, flags);
  properties[PROP_VALUE_ID] =
    g_param_spec_int64 ("value-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL, flags);
  properties[PROP_REGISTERED] =
    g_param_spec_int ("registered", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_ATTENDED] =
    g_param_spec_int ("attended", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_SHARE] =
    g_param_spec_double ("share", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_attendance_stat_init (RsAttendanceStat *self)
{
}

RsAttendanceStat *
rs_attendance_stat_new (void)
{
  return g_object_new (RS_TYPE_ATTENDANCE_STAT, NULL);
}

RsAttendanceStat *
rs_attendance_stat_copy (RsAttendanceStat *self)
{
  RsAttendanceStat *copy;

  g_return_val_if_fail (RS_IS_ATTENDANCE_STAT (self), NULL);
  copy = rs_attendance_stat_new ();
  copy->category_id = self->category_id;
  copy->category = g_strdup (self->category);
  copy->value_id = self->value_id;
  copy->value = g_strdup (self->value);
  copy->registered = self->registered;
  copy->attended = self->attended;
  copy->share = self->share;
  return copy;
}

gint64
rs_attendance_stat_get_category_id (RsAttendanceStat *self)
{
  g_return_val_if_fail (RS_IS_ATTENDANCE_STAT (self), 0);
  return self->category_id;
}

void
rs_attendance_stat_set_category_id (RsAttendanceStat *self,
                                    gint64 value)
{
  g_return_if_fail (RS_IS_ATTENDANCE_STAT (self));
  if (self->category_id == value)
    return;
  self->category_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY_ID]);
}

const char *
rs_attendance_stat_get_category (RsAttendanceStat *self)
{
  g_return_val_if_fail (RS_IS_ATTENDANCE_STAT (self), NULL);
  return self->category;
}

void
rs_attendance_stat_set_category (RsAttendanceStat *self,
                                 const char *value)
{
  g_return_if_fail (RS_IS_ATTENDANCE_STAT (self));
  if (g_strcmp0 (self->category, value) == 0)
    return;
  g_free (self->category);
  self->category = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

gint64
rs_attendance_stat_get_value_id (RsAttendanceStat *self)
{
  g_return_val_if_fail (RS_IS_ATTENDANCE_STAT (self), 0);
  return self->value_id;
}

void
rs_attendance_stat_set_value_id (RsAttendanceStat *self,
                                 gint64 value)
{
  g_return_if_fail (RS_IS_ATTENDANCE_STAT (self));
  if (self->value_id == value)
    return;
  self->value_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE_ID]);
}

const char *
rs_attendance_stat_get_value (RsAttendanceStat *self)
{
  g_return_val_if_fail (RS_IS_ATTENDANCE_STAT (self), NULL);
  return self->value;
}

void
rs_attendance_stat_set_value (RsAttendanceStat *self,
                              const char *value)
{
  g_return_if_fail (RS_IS_ATTENDANCE_STAT (self));
  if (g_strcmp0 (self->value, value) == 0)
    return;
  g_free (self->value);
  self->value = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

int
rs_attendance_stat_get_registered (RsAttendanceStat *self)
{
  g_return_val_if_fail (RS_IS_ATTENDANCE_STAT (self), 0);
  return self->registered;
}

void
rs_attendance_stat_set_registered (RsAttendanceStat *self,
                                   int value)
{
  g_return_if_fail (RS_IS_ATTENDANCE_STAT (self));
  if (self->registered == value)
    return;
  self->registered = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTERED]);
}

int
rs_attendance_stat_get_attended (RsAttendanceStat *self)
{
  g_return_val_if_fail (RS_IS_ATTENDANCE_STAT (self), 0);
  return self->attended;
}

void
rs_attendance_stat_set_attended (RsAttendanceStat *self,
                                 int value)
{
  g_return_if_fail (RS_IS_ATTENDANCE_STAT (self));
  if (self->attended == value)
    return;
  self->attended = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDED]);
}

double
rs_attendance_stat_get_share (RsAttendanceStat *self)
{
  g_return_val_if_fail (RS_IS_ATTENDANCE_STAT (self), 0);
  return self->share;
}

void
rs_attendance_stat_set_share (RsAttendanceStat *self,
                              double value)
{
  g_return_if_fail (RS_IS_ATTENDANCE_STAT (self));
  if (self->share == value)
    return;
  self->share = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARE]);
}
