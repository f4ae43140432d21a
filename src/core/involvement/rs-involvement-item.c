/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include "rs-involvement-item.h"

struct _RsInvolvementItem
{
  GObject parent_instance;

  char   *key;
  char   *title;
  char   *subtitle;
  char   *value;
};

G_DEFINE_FINAL_TYPE (RsInvolvementItem, rs_involvement_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_involvement_item_finalize (GObject *object)
{
  RsInvolvementItem *self = RS_INVOLVEMENT_ITEM (object);

  g_free (self->key);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->value);
  G_OBJECT_CLASS (rs_involvement_item_parent_class)->finalize (object);
}

static void
rs_involvement_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RsInvolvementItem *self = RS_INVOLVEMENT_ITEM (object);

  switch (prop_id)
    {
    case PROP_KEY: g_value_set_string (value, self->key); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_SUBTITLE: g_value_set_string (value, self->subtitle); break;
    case PROP_VALUE: g_value_set_string (value, self->value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_involvement_item_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RsInvolvementItem *self = RS_INVOLVEMENT_ITEM (object);

  switch (prop_id)
    {
    case PROP_KEY: g_free (self->key); self->key = g_value_dup_string (value); break;
    case PROP_TITLE: g_free (self->title); self->title = g_value_dup_string (value); break;
    case PROP_SUBTITLE: g_free (self->subtitle); self->subtitle = g_value_dup_string (value); break;
    case PROP_VALUE: g_free (self->value); self->value = g_value_dup_string (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_involvement_item_class_init (RsInvolvementItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rs_involvement_item_finalize;
  object_class->get_property = rs_involvement_item_get_property;
  object_class->set_property = rs_involvement_item_set_property;
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, "", flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, "", flags);
  properties[PROP_VALUE] = g_param_spec_string ("value", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_involvement_item_init (RsInvolvementItem *self)
{
}

RsInvolvementItem *
rs_involvement_item_new (const char *key,
                         const char *title,
                         const char *subtitle,
                         const char *value)
{
  return g_object_new (RS_TYPE_INVOLVEMENT_ITEM, "key", key ? key : "", "title", title ? title : "",
                       "subtitle", subtitle ? subtitle : "", "value", value ? value : "", NULL);
}

const char *
rs_involvement_item_get_key (RsInvolvementItem *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_ITEM (self), NULL);
  return self->key;
}

const char *
rs_involvement_item_get_title (RsInvolvementItem *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_ITEM (self), NULL);
  return self->title;
}

const char *
rs_involvement_item_get_subtitle (RsInvolvementItem *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_ITEM (self), NULL);
  return self->subtitle;
}

const char *
rs_involvement_item_get_value (RsInvolvementItem *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_ITEM (self), NULL);
  return self->value;
}
