/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-evaluation-category-figure"

#include "config.h"

#include "rs-evaluation-category-figure.h"

struct _RsEvaluationCategoryFigure
{
  GObject   parent_instance;

  char      *category;
  char      *value;
  int       registrations;
  int       attendances;
  double    attendance_rate;
  int       started;
  int       dropped;
  double    dropout_rate;
};

G_DEFINE_FINAL_TYPE (RsEvaluationCategoryFigure, rs_evaluation_category_figure, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CATEGORY,
  PROP_VALUE,
  PROP_REGISTRATIONS,
  PROP_ATTENDANCES,
  PROP_ATTENDANCE_RATE,
  PROP_STARTED,
  PROP_DROPPED,
  PROP_DROPOUT_RATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_evaluation_category_figure_finalize (GObject *object)
{
  RsEvaluationCategoryFigure *self = RS_EVALUATION_CATEGORY_FIGURE (object);

  g_free (self->category);
  g_free (self->value);
  G_OBJECT_CLASS (rs_evaluation_category_figure_parent_class)->finalize (object);
}

static void
rs_evaluation_category_figure_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  RsEvaluationCategoryFigure *self = RS_EVALUATION_CATEGORY_FIGURE (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;
    case PROP_REGISTRATIONS:
      g_value_set_int (value, self->registrations);
      break;
    case PROP_ATTENDANCES:
      g_value_set_int (value, self->attendances);
      break;
    case PROP_ATTENDANCE_RATE:
      g_value_set_double (value, self->attendance_rate);
      break;
    case PROP_STARTED:
      g_value_set_int (value, self->started);
      break;
    case PROP_DROPPED:
      g_value_set_int (value, self->dropped);
      break;
    case PROP_DROPOUT_RATE:
      g_value_set_double (value, self->dropout_rate);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_evaluation_category_figure_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  RsEvaluationCategoryFigure *self = RS_EVALUATION_CATEGORY_FIGURE (object);

  switch (prop_id)
    {
    case PROP_CATEGORY:
      rs_evaluation_category_figure_set_category (self, g_value_get_string (value));
      break;
    case PROP_VALUE:
      rs_evaluation_category_figure_set_value (self, g_value_get_string (value));
      break;
    case PROP_REGISTRATIONS:
      rs_evaluation_category_figure_set_registrations (self, g_value_get_int (value));
      break;
    case PROP_ATTENDANCES:
      rs_evaluation_category_figure_set_attendances (self, g_value_get_int (value));
      break;
    case PROP_ATTENDANCE_RATE:
      rs_evaluation_category_figure_set_attendance_rate (self, g_value_get_double (value));
      break;
    case PROP_STARTED:
      rs_evaluation_category_figure_set_started (self, g_value_get_int (value));
      break;
    case PROP_DROPPED:
      rs_evaluation_category_figure_set_dropped (self, g_value_get_int (value));
      break;
    case PROP_DROPOUT_RATE:
      rs_evaluation_category_figure_set_dropout_rate (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_evaluation_category_figure_class_init (RsEvaluationCategoryFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rs_evaluation_category_figure_finalize;
  object_class->get_property = rs_evaluation_category_figure_get_property;
  object_class->set_property = rs_evaluation_category_figure_set_property;

  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL, flags);
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL, NULL, flags);
  properties[PROP_REGISTRATIONS] =
    g_param_spec_int ("registrations", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_ATTENDANCES] =
    g_param_spec_int ("attendances", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_ATTENDANCE_RATE] =
    g_param_spec_double ("attendance-rate", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_STARTED] =
    g_param_spec_int ("started", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_DROPPED] =
    g_param_spec_int ("dropped", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_DROPOUT_RATE] =
    g_param_spec_double ("dropout-rate", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_evaluation_category_figure_init (RsEvaluationCategoryFigure *self)
{
}

RsEvaluationCategoryFigure *
rs_evaluation_category_figure_new (void)
{
  return g_object_new (RS_TYPE_EVALUATION_CATEGORY_FIGURE, NULL);
}

RsEvaluationCategoryFigure *
rs_evaluation_category_figure_copy (RsEvaluationCategoryFigure *self)
{
  RsEvaluationCategoryFigure *copy;

  g_return_val_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self), NULL);
  copy = rs_evaluation_category_figure_new ();
  copy->category = g_strdup (self->category);
  copy->value = g_strdup (self->value);
  copy->registrations = self->registrations;
  copy->attendances = self->attendances;
  copy->attendance_rate = self->attendance_rate;
  copy->started = self->started;
  copy->dropped = self->dropped;
  copy->dropout_rate = self->dropout_rate;
  return copy;
}

const char *
rs_evaluation_category_figure_get_category (RsEvaluationCategoryFigure *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self), NULL);
  return self->category;
}

void
rs_evaluation_category_figure_set_category (RsEvaluationCategoryFigure *self,
                                            const char *value)
{
  g_return_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self));
  if (g_strcmp0 (self->category, value) == 0)
    return;
  g_free (self->category);
  self->category = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
rs_evaluation_category_figure_get_value (RsEvaluationCategoryFigure *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self), NULL);
  return self->value;
}

void
rs_evaluation_category_figure_set_value (RsEvaluationCategoryFigure *self,
                                         const char *value)
{
  g_return_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self));
  if (g_strcmp0 (self->value, value) == 0)
    return;
  g_free (self->value);
  self->value = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

int
rs_evaluation_category_figure_get_registrations (RsEvaluationCategoryFigure *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self), 0);
  return self->registrations;
}

void
rs_evaluation_category_figure_set_registrations (RsEvaluationCategoryFigure *self,
                                                 int value)
{
  g_return_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self));
  if (self->registrations == value)
    return;
  self->registrations = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTRATIONS]);
}

int
rs_evaluation_category_figure_get_attendances (RsEvaluationCategoryFigure *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self), 0);
  return self->attendances;
}

void
rs_evaluation_category_figure_set_attendances (RsEvaluationCategoryFigure *self,
                                               int value)
{
  g_return_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self));
  if (self->attendances == value)
    return;
  self->attendances = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDANCES]);
}

double
rs_evaluation_category_figure_get_attendance_rate (RsEvaluationCategoryFigure *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self), 0);
  return self->attendance_rate;
}

void
rs_evaluation_category_figure_set_attendance_rate (RsEvaluationCategoryFigure *self,
                                                   double value)
{
  g_return_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self));
  if (self->attendance_rate == value)
    return;
  self->attendance_rate = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDANCE_RATE]);
}

int
rs_evaluation_category_figure_get_started (RsEvaluationCategoryFigure *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self), 0);
  return self->started;
}

void
rs_evaluation_category_figure_set_started (RsEvaluationCategoryFigure *self,
                                           int value)
{
  g_return_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self));
  if (self->started == value)
    return;
  self->started = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED]);
}

int
rs_evaluation_category_figure_get_dropped (RsEvaluationCategoryFigure *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self), 0);
  return self->dropped;
}

void
rs_evaluation_category_figure_set_dropped (RsEvaluationCategoryFigure *self,
                                           int value)
{
  g_return_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self));
  if (self->dropped == value)
    return;
  self->dropped = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DROPPED]);
}

double
rs_evaluation_category_figure_get_dropout_rate (RsEvaluationCategoryFigure *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self), 0);
  return self->dropout_rate;
}

void
rs_evaluation_category_figure_set_dropout_rate (RsEvaluationCategoryFigure *self,
                                                double value)
{
  g_return_if_fail (RS_IS_EVALUATION_CATEGORY_FIGURE (self));
  if (self->dropout_rate == value)
    return;
  self->dropout_rate = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DROPOUT_RATE]);
}
