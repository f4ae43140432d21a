/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-agenda-item"

#include "config.h"

#include "rs-agenda-item.h"

struct _RsAgendaItem
{
  GObject   parent_instance;

  gint64    id;
  int       position;
  char      *title;
  int       duration_min;
  char      *presenter;
};

G_DEFINE_FINAL_TYPE (RsAgendaItem, rs_agenda_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_DURATION_MIN,
  PROP_PRESENTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_agenda_item_finalize (GObject *object)
{
  RsAgendaItem *self = RS_AGENDA_ITEM (object);

  g_free (self->title);
  g_free (self->presenter);
  G_OBJECT_CLASS (rs_agenda_item_parent_class)->finalize (object);
}

static void
rs_agenda_item_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RsAgendaItem *self = RS_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DURATION_MIN:
      g_value_set_int (value, self->duration_min);
      break;
    case PROP_PRESENTER:
      g_value_set_string (value, self->presenter);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_agenda_item_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RsAgendaItem *self = RS_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      rs_agenda_item_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_POSITION:
      rs_agenda_item_set_position (self, g_value_get_int (value));
      break;
    case PROP_TITLE:
      rs_agenda_item_set_title (self, g_value_get_string (value));
      break;
    case PROP_DURATION_MIN:
      rs_agenda_item_set_duration_min (self, g_value_get_int (value));
      break;
    case PROP_PRESENTER:
      rs_agenda_item_set_presenter (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_agenda_item_class_init (RsAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rs_agenda_item_finalize;
  object_class->get_property = rs_agenda_item_get_property;
  object_class->set_property = rs_agenda_item_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DURATION_MIN] =
    g_param_spec_int ("duration-min", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_PRESENTER] =
    g_param_spec_string ("presenter", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_agenda_item_init (RsAgendaItem *self)
{
}

RsAgendaItem *
rs_agenda_item_new (void)
{
  return g_object_new (RS_TYPE_AGENDA_ITEM, NULL);
}

RsAgendaItem *
rs_agenda_item_copy (RsAgendaItem *self)
{
  RsAgendaItem *copy;

  g_return_val_if_fail (RS_IS_AGENDA_ITEM (self), NULL);
  copy = rs_agenda_item_new ();
  copy->id = self->id;
  copy->position = self->position;
  copy->title = g_strdup (self->title);
  copy->duration_min = self->duration_min;
  copy->presenter = g_strdup (self->presenter);
  return copy;
}

gint64
rs_agenda_item_get_id (RsAgendaItem *self)
{
  g_return_val_if_fail (RS_IS_AGENDA_ITEM (self), 0);
  return self->id;
}

void
rs_agenda_item_set_id (RsAgendaItem *self,
                       gint64 value)
{
  g_return_if_fail (RS_IS_AGENDA_ITEM (self));
  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

int
rs_agenda_item_get_position (RsAgendaItem *self)
{
  g_return_val_if_fail (RS_IS_AGENDA_ITEM (self), 0);
  return self->position;
}

void
rs_agenda_item_set_position (RsAgendaItem *self,
                             int value)
{
  g_return_if_fail (RS_IS_AGENDA_ITEM (self));
  if (self->position == value)
    return;
  self->position = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
rs_agenda_item_get_title (RsAgendaItem *self)
{
  g_return_val_if_fail (RS_IS_AGENDA_ITEM (self), NULL);
  return self->title;
}

void
rs_agenda_item_set_title (RsAgendaItem *self,
                          const char *value)
{
  g_return_if_fail (RS_IS_AGENDA_ITEM (self));
  if (g_strcmp0 (self->title, value) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

int
rs_agenda_item_get_duration_min (RsAgendaItem *self)
{
  g_return_val_if_fail (RS_IS_AGENDA_ITEM (self), 0);
  return self->duration_min;
}

void
rs_agenda_item_set_duration_min (RsAgendaItem *self,
                                 int value)
{
  g_return_if_fail (RS_IS_AGENDA_ITEM (self));
  if (self->duration_min == value)
    return;
  self->duration_min = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION_MIN]);
}

const char *
rs_agenda_item_get_presenter (RsAgendaItem *self)
{
  g_return_val_if_fail (RS_IS_AGENDA_ITEM (self), NULL);
  return self->presenter;
}

void
rs_agenda_item_set_presenter (RsAgendaItem *self,
                              const char *value)
{
  g_return_if_fail (RS_IS_AGENDA_ITEM (self));
  if (g_strcmp0 (self->presenter, value) == 0)
    return;
  g_free (self->presenter);
  self->presenter = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTER]);
}
