/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-session"

#include "config.h"

#include "rs-session.h"
#include "rs-set-str.h"

struct _RsSession
{
  GObject   parent_instance;

  gint64    id;
  gint64    process_id;
  gint64    panel_id;
  gint64    lab_id;
  char      *title;
  char      *kind;
  char      *starts_at;
  char      *ends_at;
  char      *place;
  char      *facilitators;
  char      *notes;
  int       capacity;
  int       registered;
  int       waiting;
  int       attended;
  int       agenda_minutes;
  gint64    version;
};

G_DEFINE_FINAL_TYPE (RsSession, rs_session, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_PROCESS_ID,
  PROP_PANEL_ID,
  PROP_LAB_ID,
  PROP_TITLE,
  PROP_KIND,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_PLACE,
  PROP_FACILITATORS,
  PROP_NOTES,
  PROP_CAPACITY,
  PROP_REGISTERED,
  PROP_WAITING,
  PROP_ATTENDED,
  PROP_AGENDA_MINUTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_session_finalize (GObject *object)
{
  RsSession *self = RS_SESSION (object);

  g_free (self->title);
  g_free (self->kind);
  g_free (self->starts_at);
  g_free (self->ends_at);
  g_free (self->place);
  g_free (self->facilitators);
  g_free (self->notes);
  G_OBJECT_CLASS (rs_session_parent_class)->finalize (object);
}

static void
rs_session_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RsSession *self = RS_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PROCESS_ID:
      g_value_set_int64 (value, self->process_id);
      break;
    case PROP_PANEL_ID:
      g_value_set_int64 (value, self->panel_id);
      break;
    case PROP_LAB_ID:
      g_value_set_int64 (value, self->lab_id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_STARTS_AT:
      g_value_set_string (value, self->starts_at);
      break;
    case PROP_ENDS_AT:
      g_value_set_string (value, self->ends_at);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_FACILITATORS:
      g_value_set_string (value, self->facilitators);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_CAPACITY:
      g_value_set_int (value, self->capacity);
      break;
    case PROP_REGISTERED:
      g_value_set_int (value, self->registered);
      break;
    case PROP_WAITING:
      g_value_set_int (value, self->waiting);
      break;
    case PROP_ATTENDED:
      g_value_set_int (value, self->attended);
      break;
    case PROP_AGENDA_MINUTES:
      g_value_set_int (value, self->agenda_minutes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_session_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RsSession *self = RS_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      rs_session_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_PROCESS_ID:
      rs_session_set_process_id (self, g_value_get_int64 (value));
      break;
    case PROP_PANEL_ID:
      rs_session_set_panel_id (self, g_value_get_int64 (value));
      break;
    case PROP_LAB_ID:
      rs_session_set_lab_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      rs_session_set_title (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      rs_session_set_kind (self, g_value_get_string (value));
      break;
    case PROP_STARTS_AT:
      rs_session_set_starts_at (self, g_value_get_string (value));
      break;
    case PROP_ENDS_AT:
      rs_session_set_ends_at (self, g_value_get_string (value));
      break;
    case PROP_PLACE:
      rs_session_set_place (self, g_value_get_string (value));
      break;
    case PROP_FACILITATORS:
      rs_session_set_facilitators (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      rs_session_set_notes (self, g_value_get_string (value));
      break;
    case PROP_CAPACITY:
      rs_session_set_capacity (self, g_value_get_int (value));
      break;
    case PROP_REGISTERED:
      rs_session_set_registered (self, g_value_get_int (value));
      break;
    case PROP_WAITING:
      rs_session_set_waiting (self, g_value_get_int (value));
      break;
    case PROP_ATTENDED:
      rs_session_set_attended (self, g_value_get_int (value));
      break;
    case PROP_AGENDA_MINUTES:
      rs_session_set_agenda_minutes (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_session_class_init (RsSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rs_session_finalize;
  object_class->get_property = rs_session_get_property;
  object_class->set_property = rs_session_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PROCESS_ID] =
    g_param_spec_int64 ("process-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PANEL_ID] =
    g_param_spec_int64 ("panel-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_LAB_ID] =
    g_param_spec_int64 ("lab-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_STARTS_AT] =
    g_param_spec_string ("starts-at", NULL, NULL, NULL, flags);
  properties[PROP_ENDS_AT] =
    g_param_spec_string ("ends-at", NULL, NULL, NULL, flags);
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, NULL, flags);
  properties[PROP_FACILITATORS] =
    g_param_spec_string ("facilitators", NULL, NULL, NULL, flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_CAPACITY] =
    g_param_spec_int ("capacity", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_REGISTERED] =
    g_param_spec_int ("registered", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_WAITING] =
    g_param_spec_int ("waiting", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_ATTENDED] =
    g_param_spec_int ("attended", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_AGENDA_MINUTES] =
    g_param_spec_int ("agenda-minutes", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_session_init (RsSession *self)
{
}

RsSession *
rs_session_new (void)
{
  return g_object_new (RS_TYPE_SESSION, NULL);
}

RsSession *
rs_session_copy (RsSession *self)
{
  RsSession *copy;

  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  copy = rs_session_new ();
  copy->id = self->id;
  copy->process_id = self->process_id;
  copy->panel_id = self->panel_id;
  copy->lab_id = self->lab_id;
  copy->title = g_strdup (self->title);
  copy->kind = g_strdup (self->kind);
  copy->starts_at = g_strdup (self->starts_at);
  copy->ends_at = g_strdup (self->ends_at);
  copy->place = g_strdup (self->place);
  copy->facilitators = g_strdup (self->facilitators);
  copy->notes = g_strdup (self->notes);
  copy->capacity = self->capacity;
  copy->registered = self->registered;
  copy->waiting = self->waiting;
  copy->attended = self->attended;
  copy->agenda_minutes = self->agenda_minutes;
  copy->version = self->version;
  return copy;
}

gint64
rs_session_get_id (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  return self->id;
}

void
rs_session_set_id (RsSession *self,
                   gint64 value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
rs_session_get_process_id (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  return self->process_id;
}

void
rs_session_set_process_id (RsSession *self,
                           gint64 value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (self->process_id == value)
    return;
  self->process_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCESS_ID]);
}

gint64
rs_session_get_panel_id (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  return self->panel_id;
}

void
rs_session_set_panel_id (RsSession *self,
                         gint64 value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (self->panel_id == value)
    return;
  self->panel_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PANEL_ID]);
}

gint64
rs_session_get_lab_id (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  return self->lab_id;
}

void
rs_session_set_lab_id (RsSession *self,
                       gint64 value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (self->lab_id == value)
    return;
  self->lab_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAB_ID]);
}

const char *
rs_session_get_title (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return self->title;
}

void
rs_session_set_title (RsSession *self,
                      const char *value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (rs_set_str (&self->title, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
rs_session_get_kind (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return self->kind;
}

void
rs_session_set_kind (RsSession *self,
                     const char *value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (rs_set_str (&self->kind, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
rs_session_get_starts_at (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return self->starts_at;
}

void
rs_session_set_starts_at (RsSession *self,
                          const char *value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (rs_set_str (&self->starts_at, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_AT]);
}

const char *
rs_session_get_ends_at (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return self->ends_at;
}

void
rs_session_set_ends_at (RsSession *self,
                        const char *value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (rs_set_str (&self->ends_at, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_AT]);
}

const char *
rs_session_get_place (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return self->place;
}

void
rs_session_set_place (RsSession *self,
                      const char *value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (rs_set_str (&self->place, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
}

const char *
rs_session_get_facilitators (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return self->facilitators;
}

void
rs_session_set_facilitators (RsSession *self,
                             const char *value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (rs_set_str (&self->facilitators, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACILITATORS]);
}

const char *
rs_session_get_notes (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), NULL);
  return self->notes;
}

void
rs_session_set_notes (RsSession *self,
                      const char *value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (rs_set_str (&self->notes, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

int
rs_session_get_capacity (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  return self->capacity;
}

void
rs_session_set_capacity (RsSession *self,
                         int value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (self->capacity == value)
    return;
  self->capacity = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPACITY]);
}

int
rs_session_get_registered (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  return self->registered;
}

void
rs_session_set_registered (RsSession *self,
                           int value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (self->registered == value)
    return;
  self->registered = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTERED]);
}

int
rs_session_get_waiting (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  return self->waiting;
}

void
rs_session_set_waiting (RsSession *self,
                        int value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (self->waiting == value)
    return;
  self->waiting = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WAITING]);
}

int
rs_session_get_attended (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  return self->attended;
}

void
rs_session_set_attended (RsSession *self,
                         int value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (self->attended == value)
    return;
  self->attended = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDED]);
}

int
rs_session_get_agenda_minutes (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  return self->agenda_minutes;
}

void
rs_session_set_agenda_minutes (RsSession *self,
                               int value)
{
  g_return_if_fail (RS_IS_SESSION (self));
  if (self->agenda_minutes == value)
    return;
  self->agenda_minutes = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGENDA_MINUTES]);
}

gint64
rs_session_get_version (RsSession *self)
{
  g_return_val_if_fail (RS_IS_SESSION (self), 0);
  return self->version;
}

void
rs_session_set_version (RsSession *self,
                        gint64     version)
{
  g_return_if_fail (RS_IS_SESSION (self));
  self->version = version;
}
