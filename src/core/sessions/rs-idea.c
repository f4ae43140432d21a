/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-idea"

#include "config.h"

#include "rs-idea.h"
#include "rs-set-str.h"

struct _RsIdea
{
  GObject   parent_instance;

  gint64    id;
  gint64    process_id;
  gint64    session_id;
  gint64    lab_id;
  gint64    panel_id;
  gint64    parent_id;
  char      *municipality_code;
  char      *text;
  char      *theme;
  char      *notes;
  char      *created_at;
  char      *origin;
  int       votes;
  int       status;
  int       n_photos;
  char      *district;
};

G_DEFINE_FINAL_TYPE (RsIdea, rs_idea, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_PROCESS_ID,
  PROP_SESSION_ID,
  PROP_LAB_ID,
  PROP_PANEL_ID,
  PROP_PARENT_ID,
  PROP_MUNICIPALITY_CODE,
  PROP_TEXT,
  PROP_THEME,
  PROP_NOTES,
  PROP_CREATED_AT,
  PROP_ORIGIN,
  PROP_VOTES,
  PROP_STATUS,
  PROP_N_PHOTOS,
  PROP_DISTRICT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_idea_finalize (GObject *object)
{
  RsIdea *self = RS_IDEA (object);

  g_free (self->municipality_code);
  g_free (self->text);
  g_free (self->theme);
  g_free (self->district);
  g_free (self->notes);
  g_free (self->created_at);
  g_free (self->origin);
  G_OBJECT_CLASS (rs_idea_parent_class)->finalize (object);
}

static void
rs_idea_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  RsIdea *self = RS_IDEA (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PROCESS_ID:
      g_value_set_int64 (value, self->process_id);
      break;
    case PROP_SESSION_ID:
      g_value_set_int64 (value, self->session_id);
      break;
    case PROP_LAB_ID:
      g_value_set_int64 (value, self->lab_id);
      break;
    case PROP_PANEL_ID:
      g_value_set_int64 (value, self->panel_id);
      break;
    case PROP_PARENT_ID:
      g_value_set_int64 (value, self->parent_id);
      break;
    case PROP_MUNICIPALITY_CODE:
      g_value_set_string (value, self->municipality_code);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_THEME:
      g_value_set_string (value, self->theme);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    case PROP_ORIGIN:
      g_value_set_string (value, self->origin);
      break;
    case PROP_VOTES:
      g_value_set_int (value, self->votes);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_N_PHOTOS:
      g_value_set_int (value, self->n_photos);
      break;
    case PROP_DISTRICT:
      g_value_set_string (value, self->district ? self->district : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_idea_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  RsIdea *self = RS_IDEA (object);

  switch (prop_id)
    {
    case PROP_ID:
      rs_idea_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_PROCESS_ID:
      rs_idea_set_process_id (self, g_value_get_int64 (value));
      break;
    case PROP_SESSION_ID:
      rs_idea_set_session_id (self, g_value_get_int64 (value));
      break;
    case PROP_LAB_ID:
      rs_idea_set_lab_id (self, g_value_get_int64 (value));
      break;
    case PROP_PANEL_ID:
      rs_idea_set_panel_id (self, g_value_get_int64 (value));
      break;
    case PROP_PARENT_ID:
      rs_idea_set_parent_id (self, g_value_get_int64 (value));
      break;
    case PROP_MUNICIPALITY_CODE:
      rs_idea_set_municipality_code (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      rs_idea_set_text (self, g_value_get_string (value));
      break;
    case PROP_THEME:
      rs_idea_set_theme (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      rs_idea_set_notes (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      rs_idea_set_created_at (self, g_value_get_string (value));
      break;
    case PROP_ORIGIN:
      rs_idea_set_origin (self, g_value_get_string (value));
      break;
    case PROP_VOTES:
      rs_idea_set_votes (self, g_value_get_int (value));
      break;
    case PROP_STATUS:
      rs_idea_set_status (self, g_value_get_int (value));
      break;
    case PROP_N_PHOTOS:
      rs_idea_set_n_photos (self, g_value_get_int (value));
      break;
    case PROP_DISTRICT:
      rs_idea_set_district (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_idea_class_init (RsIdeaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rs_idea_finalize;
  object_class->get_property = rs_idea_get_property;
  object_class->set_property = rs_idea_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PROCESS_ID] =
    g_param_spec_int64 ("process-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_SESSION_ID] =
    g_param_spec_int64 ("session-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_LAB_ID] =
    g_param_spec_int64 ("lab-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PANEL_ID] =
    g_param_spec_int64 ("panel-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_MUNICIPALITY_CODE] =
    g_param_spec_string ("municipality-code", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_THEME] =
    g_param_spec_string ("theme", NULL, NULL, NULL, flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL, flags);
  properties[PROP_ORIGIN] =
    g_param_spec_string ("origin", NULL, NULL, NULL, flags);
  properties[PROP_VOTES] =
    g_param_spec_int ("votes", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_N_PHOTOS] =
    g_param_spec_int ("n-photos", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_DISTRICT] =
    g_param_spec_string ("district", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_idea_init (RsIdea *self)
{
}

RsIdea *
rs_idea_new (void)
{
  return g_object_new (RS_TYPE_IDEA, NULL);
}

RsIdea *
rs_idea_copy (RsIdea *self)
{
  RsIdea *copy;

  g_return_val_if_fail (RS_IS_IDEA (self), NULL);
  copy = rs_idea_new ();
  copy->id = self->id;
  copy->process_id = self->process_id;
  copy->session_id = self->session_id;
  copy->lab_id = self->lab_id;
  copy->panel_id = self->panel_id;
  copy->parent_id = self->parent_id;
  copy->municipality_code = g_strdup (self->municipality_code);
  copy->text = g_strdup (self->text);
  copy->theme = g_strdup (self->theme);
  copy->district = g_strdup (self->district);
  copy->notes = g_strdup (self->notes);
  copy->created_at = g_strdup (self->created_at);
  copy->origin = g_strdup (self->origin);
  copy->votes = self->votes;
  copy->status = self->status;
  copy->n_photos = self->n_photos;
  return copy;
}

gint64
rs_idea_get_id (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), 0);
  return self->id;
}

void
rs_idea_set_id (RsIdea *self,
                gint64 value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
rs_idea_get_process_id (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), 0);
  return self->process_id;
}

void
rs_idea_set_process_id (RsIdea *self,
                        gint64 value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (self->process_id == value)
    return;
  self->process_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCESS_ID]);
}

gint64
rs_idea_get_session_id (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), 0);
  return self->session_id;
}

void
rs_idea_set_session_id (RsIdea *self,
                        gint64 value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (self->session_id == value)
    return;
  self->session_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ID]);
}

gint64
rs_idea_get_lab_id (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), 0);
  return self->lab_id;
}

void
rs_idea_set_lab_id (RsIdea *self,
                    gint64 value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (self->lab_id == value)
    return;
  self->lab_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAB_ID]);
}

gint64
rs_idea_get_panel_id (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), 0);
  return self->panel_id;
}

void
rs_idea_set_panel_id (RsIdea *self,
                      gint64 value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (self->panel_id == value)
    return;
  self->panel_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PANEL_ID]);
}

gint64
rs_idea_get_parent_id (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), 0);
  return self->parent_id;
}

void
rs_idea_set_parent_id (RsIdea *self,
                       gint64 value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (self->parent_id == value)
    return;
  self->parent_id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}

const char *
rs_idea_get_municipality_code (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), NULL);
  return self->municipality_code;
}

void
rs_idea_set_municipality_code (RsIdea *self,
                               const char *value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (rs_set_str (&self->municipality_code, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUNICIPALITY_CODE]);
}

const char *
rs_idea_get_text (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), NULL);
  return self->text;
}

void
rs_idea_set_text (RsIdea *self,
                  const char *value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (rs_set_str (&self->text, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
rs_idea_get_theme (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), NULL);
  return self->theme;
}

void
rs_idea_set_theme (RsIdea *self,
                   const char *value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (rs_set_str (&self->theme, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THEME]);
}

const char *
rs_idea_get_notes (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), NULL);
  return self->notes;
}

void
rs_idea_set_notes (RsIdea *self,
                   const char *value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (rs_set_str (&self->notes, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
rs_idea_get_created_at (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), NULL);
  return self->created_at;
}

void
rs_idea_set_created_at (RsIdea *self,
                        const char *value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (rs_set_str (&self->created_at, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

const char *
rs_idea_get_origin (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), NULL);
  return self->origin;
}

void
rs_idea_set_origin (RsIdea *self,
                    const char *value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (rs_set_str (&self->origin, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
}

int
rs_idea_get_votes (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), 0);
  return self->votes;
}

void
rs_idea_set_votes (RsIdea *self,
                   int value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (self->votes == value)
    return;
  self->votes = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTES]);
}

int
rs_idea_get_status (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), 0);
  return self->status;
}

void
rs_idea_set_status (RsIdea *self,
                    int value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (self->status == value)
    return;
  self->status = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
rs_idea_get_n_photos (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), 0);
  return self->n_photos;
}

void
rs_idea_set_n_photos (RsIdea *self,
                      int value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (self->n_photos == value)
    return;
  self->n_photos = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PHOTOS]);
}

const char *
rs_idea_get_district (RsIdea *self)
{
  g_return_val_if_fail (RS_IS_IDEA (self), "");
  return self->district ? self->district : "";
}

void
rs_idea_set_district (RsIdea     *self,
                      const char *value)
{
  g_return_if_fail (RS_IS_IDEA (self));
  if (rs_set_str (&self->district, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISTRICT]);
}
