/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-process"

#include "config.h"

#include "rs-process.h"

/* A budget process (budgetproces), e.g. "Budget 2027". */

struct _RsProcess
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  int      budget_year;
  char    *municipality_code;
  char    *municipality_name;
  gint64   version;
};

G_DEFINE_FINAL_TYPE (RsProcess, rs_process, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_BUDGET_YEAR,
  PROP_MUNICIPALITY_CODE,
  PROP_MUNICIPALITY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_process_finalize (GObject *object)
{
  RsProcess *self = (RsProcess *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->municipality_code, g_free);
  g_clear_pointer (&self->municipality_name, g_free);

  G_OBJECT_CLASS (rs_process_parent_class)->finalize (object);
}

static void
rs_process_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RsProcess *self = RS_PROCESS (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_BUDGET_YEAR:
      g_value_set_int (value, self->budget_year);
      break;
    case PROP_MUNICIPALITY_CODE:
      g_value_set_string (value, self->municipality_code);
      break;
    case PROP_MUNICIPALITY_NAME:
      g_value_set_string (value, self->municipality_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_process_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RsProcess *self = RS_PROCESS (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      rs_process_set_name (self, g_value_get_string (value));
      break;
    case PROP_BUDGET_YEAR:
      self->budget_year = g_value_get_int (value);
      break;
    case PROP_MUNICIPALITY_CODE:
      g_free (self->municipality_code);
      self->municipality_code = g_value_dup_string (value);
      break;
    case PROP_MUNICIPALITY_NAME:
      g_free (self->municipality_name);
      self->municipality_name = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_process_class_init (RsProcessClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rs_process_finalize;
  object_class->get_property = rs_process_get_property;
  object_class->set_property = rs_process_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUDGET_YEAR] =
    g_param_spec_int ("budget-year", NULL, NULL, 1900, 3000, 2027,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MUNICIPALITY_CODE] =
    g_param_spec_string ("municipality-code", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MUNICIPALITY_NAME] =
    g_param_spec_string ("municipality-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_process_init (RsProcess *self)
{
}

RsProcess *
rs_process_new (gint64      id,
                const char *name,
                int         budget_year,
                const char *municipality_code,
                const char *municipality_name)
{
  return g_object_new (RS_TYPE_PROCESS,
                       "id", id,
                       "name", name,
                       "budget-year", budget_year,
                       "municipality-code", municipality_code,
                       "municipality-name", municipality_name,
                       NULL);
}

gint64
rs_process_get_id (RsProcess *self)
{
  g_return_val_if_fail (RS_IS_PROCESS (self), 0);
  return self->id;
}

const char *
rs_process_get_name (RsProcess *self)
{
  g_return_val_if_fail (RS_IS_PROCESS (self), NULL);
  return self->name;
}

void
rs_process_set_name (RsProcess  *self,
                     const char *name)
{
  g_return_if_fail (RS_IS_PROCESS (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
rs_process_get_budget_year (RsProcess *self)
{
  g_return_val_if_fail (RS_IS_PROCESS (self), 0);
  return self->budget_year;
}

const char *
rs_process_get_municipality_code (RsProcess *self)
{
  g_return_val_if_fail (RS_IS_PROCESS (self), NULL);
  return self->municipality_code;
}

const char *
rs_process_get_municipality_name (RsProcess *self)
{
  g_return_val_if_fail (RS_IS_PROCESS (self), NULL);
  return self->municipality_name;
}

gint64
rs_process_get_version (RsProcess *self)
{
  g_return_val_if_fail (RS_IS_PROCESS (self), 0);
  return self->version;
}

void
rs_process_set_version (RsProcess *self,
                        gint64     version)
{
  g_return_if_fail (RS_IS_PROCESS (self));
  self->version = version;
}
