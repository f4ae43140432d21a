/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-panel"

#include "config.h"

#include "rs-panel.h"

struct _RsPanel
{
  GObject  parent_instance;

  gint64   id;
  gint64   process_id;
  char    *name;
  char    *mandate;
  char    *status;
  int      size;
  int      min_age;
  int      cooloff_years;
  double   quota_tolerance;
  guint    has_chair : 1;
  guint    require_resident : 1;
  guint    exclude_council_members : 1;
  guint    exclude_employees : 1;
  guint    one_per_household : 1;
  gint64   version;
};

G_DEFINE_FINAL_TYPE (RsPanel, rs_panel, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_panel_finalize (GObject *object)
{
  RsPanel *self = RS_PANEL (object);

  g_free (self->name);
  g_free (self->mandate);
  g_free (self->status);
  G_OBJECT_CLASS (rs_panel_parent_class)->finalize (object);
}

static void
rs_panel_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RsPanel *self = RS_PANEL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SIZE:
      g_value_set_int (value, self->size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_panel_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  RsPanel *self = RS_PANEL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      rs_panel_set_name (self, g_value_get_string (value));
      break;
    case PROP_SIZE:
      rs_panel_set_size (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_panel_class_init (RsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rs_panel_finalize;
  object_class->get_property = rs_panel_get_property;
  object_class->set_property = rs_panel_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "",
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                               G_PARAM_STATIC_STRINGS);
  properties[PROP_SIZE] = g_param_spec_int ("size", NULL, NULL, 1, G_MAXINT, 99,
                                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                            G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_panel_init (RsPanel *self)
{
  self->name = g_strdup ("");
  self->mandate = g_strdup ("");
  self->status = g_strdup ("recruiting");
  self->size = 99;
  self->min_age = 18;
  self->has_chair = TRUE;
  self->require_resident = TRUE;
  self->exclude_council_members = TRUE;
  self->one_per_household = TRUE;
  /* With 0, minimum = maximum: rare values (e.g. a gender "Other" at
   * 0.4 %) round to 0 seats and their volunteers get no chance. Two
   * percentage points give ±2 seats on a 99-seat panel. */
  self->quota_tolerance = 2.0;
}

RsPanel *
rs_panel_new (void)
{
  return g_object_new (RS_TYPE_PANEL, NULL);
}

RsPanel *
rs_panel_copy (RsPanel *self)
{
  RsPanel *copy = rs_panel_new ();

  copy->id = self->id;
  copy->process_id = self->process_id;
  rs_panel_set_name (copy, self->name);
  rs_panel_set_mandate (copy, self->mandate);
  rs_panel_set_status (copy, self->status);
  copy->size = self->size;
  copy->min_age = self->min_age;
  copy->cooloff_years = self->cooloff_years;
  copy->quota_tolerance = self->quota_tolerance;
  copy->has_chair = self->has_chair;
  copy->require_resident = self->require_resident;
  copy->exclude_council_members = self->exclude_council_members;
  copy->exclude_employees = self->exclude_employees;
  copy->one_per_household = self->one_per_household;
  copy->version = self->version;
  return copy;
}

#define STRING_ACCESSORS(field) \
  const char * \
  rs_panel_get_##field (RsPanel *self) \
  { \
    g_return_val_if_fail (RS_IS_PANEL (self), NULL); \
    return self->field; \
  } \
  void \
  rs_panel_set_##field (RsPanel *self, const char *value) \
  { \
    g_return_if_fail (RS_IS_PANEL (self)); \
    g_free (self->field); \
    self->field = g_strdup (value ? value : ""); \
  }

#define VALUE_ACCESSORS(type, field) \
  type \
  rs_panel_get_##field (RsPanel *self) \
  { \
    g_return_val_if_fail (RS_IS_PANEL (self), 0); \
    return self->field; \
  } \
  void \
  rs_panel_set_##field (RsPanel *self, type value) \
  { \
    g_return_if_fail (RS_IS_PANEL (self)); \
    self->field = value; \
  }

STRING_ACCESSORS (mandate)
STRING_ACCESSORS (status)
VALUE_ACCESSORS (gint64, id)
VALUE_ACCESSORS (gint64, process_id)
VALUE_ACCESSORS (int, min_age)
VALUE_ACCESSORS (int, cooloff_years)
VALUE_ACCESSORS (double, quota_tolerance)
VALUE_ACCESSORS (gboolean, has_chair)
VALUE_ACCESSORS (gboolean, require_resident)
VALUE_ACCESSORS (gboolean, exclude_council_members)
VALUE_ACCESSORS (gboolean, exclude_employees)
VALUE_ACCESSORS (gboolean, one_per_household)

const char *
rs_panel_get_name (RsPanel *self)
{
  g_return_val_if_fail (RS_IS_PANEL (self), NULL);
  return self->name;
}

void
rs_panel_set_name (RsPanel    *self,
                   const char *name)
{
  g_return_if_fail (RS_IS_PANEL (self));
  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name ? name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
rs_panel_get_size (RsPanel *self)
{
  g_return_val_if_fail (RS_IS_PANEL (self), 0);
  return self->size;
}

void
rs_panel_set_size (RsPanel *self,
                   int      size)
{
  g_return_if_fail (RS_IS_PANEL (self));
  if (self->size == size)
    return;
  self->size = size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
}

gint64
rs_panel_get_version (RsPanel *self)
{
  g_return_val_if_fail (RS_IS_PANEL (self), 0);
  return self->version;
}

void
rs_panel_set_version (RsPanel *self,
                      gint64   version)
{
  g_return_if_fail (RS_IS_PANEL (self));
  self->version = version;
}
