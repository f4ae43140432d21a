/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-person"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-person.h"

struct _RsPerson
{
  GObject  parent_instance;

  gint64   id;
  char    *external_id;
  char    *pseudonym;
  char    *status;
  char    *review_flag;
  char    *summary;
};

G_DEFINE_FINAL_TYPE (RsPerson, rs_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PSEUDONYM,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_REVIEW_FLAG,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const statuses[] = {
  "registered", "invited", "selected", "reserve", "confirmed", "declined", "dropped-out", NULL
};

const char * const *
rs_person_statuses (void)
{
  return statuses;
}

const char *
rs_person_status_label (const char *status)
{
  if (g_strcmp0 (status, "registered") == 0)
    return C_("pool status", "Registered");
  if (g_strcmp0 (status, "invited") == 0)
    return C_("pool status", "Invited");
  if (g_strcmp0 (status, "selected") == 0)
    return C_("pool status", "Selected");
  if (g_strcmp0 (status, "reserve") == 0)
    return C_("pool status", "Reserve");
  if (g_strcmp0 (status, "confirmed") == 0)
    return C_("pool status", "Confirmed");
  if (g_strcmp0 (status, "declined") == 0)
    return C_("pool status", "Declined");
  if (g_strcmp0 (status, "dropped-out") == 0)
    return C_("pool status", "Dropped out");
  return status;
}

static void
rs_person_finalize (GObject *object)
{
  RsPerson *self = RS_PERSON (object);

  g_free (self->external_id);
  g_free (self->pseudonym);
  g_free (self->status);
  g_free (self->review_flag);
  g_free (self->summary);
  G_OBJECT_CLASS (rs_person_parent_class)->finalize (object);
}

static void
rs_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RsPerson *self = RS_PERSON (object);

  switch (prop_id)
    {
    case PROP_PSEUDONYM:
      g_value_set_string (value, self->pseudonym);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, rs_person_status_label (self->status));
      break;
    case PROP_REVIEW_FLAG:
      g_value_set_string (value, self->review_flag);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_person_class_init (RsPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rs_person_finalize;
  object_class->get_property = rs_person_get_property;

  properties[PROP_PSEUDONYM] = g_param_spec_string ("pseudonym", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL,
                                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW_FLAG] = g_param_spec_string ("review-flag", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_person_init (RsPerson *self)
{
}

RsPerson *
rs_person_new (gint64      id,
               const char *external_id,
               const char *pseudonym,
               const char *status,
               const char *review_flag,
               const char *summary)
{
  RsPerson *self = g_object_new (RS_TYPE_PERSON, NULL);

  self->id = id;
  self->external_id = g_strdup (external_id ? external_id : "");
  self->pseudonym = g_strdup (pseudonym ? pseudonym : "");
  self->status = g_strdup (status ? status : "registered");
  self->review_flag = g_strdup (review_flag ? review_flag : "");
  self->summary = g_strdup (summary ? summary : "");
  return self;
}

gint64
rs_person_get_id (RsPerson *self)
{
  return self->id;
}

const char *
rs_person_get_external_id (RsPerson *self)
{
  return self->external_id;
}

const char *
rs_person_get_pseudonym (RsPerson *self)
{
  return self->pseudonym;
}

const char *
rs_person_get_status (RsPerson *self)
{
  return self->status;
}

void
rs_person_set_status (RsPerson   *self,
                      const char *status)
{
  g_free (self->status);
  self->status = g_strdup (status);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_LABEL]);
}

const char *
rs_person_get_review_flag (RsPerson *self)
{
  return self->review_flag;
}

const char *
rs_person_get_summary (RsPerson *self)
{
  return self->summary;
}
