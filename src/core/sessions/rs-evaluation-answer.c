/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-evaluation-answer"

#include "config.h"

#include "rs-evaluation-answer.h"

struct _RsEvaluationAnswer
{
  GObject   parent_instance;

  char      *question;
  char      *answer;
  int       count;
  double    share;
};

G_DEFINE_FINAL_TYPE (RsEvaluationAnswer, rs_evaluation_answer, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_QUESTION,
  PROP_ANSWER,
  PROP_COUNT,
  PROP_SHARE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_evaluation_answer_finalize (GObject *object)
{
  RsEvaluationAnswer *self = RS_EVALUATION_ANSWER (object);

  g_free (self->question);
  g_free (self->answer);
  G_OBJECT_CLASS (rs_evaluation_answer_parent_class)->finalize (object);
}

static void
rs_evaluation_answer_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RsEvaluationAnswer *self = RS_EVALUATION_ANSWER (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;
    case PROP_ANSWER:
      g_value_set_string (value, self->answer);
      break;
    case PROP_COUNT:
      g_value_set_int (value, self->count);
      break;
    case PROP_SHARE:
      g_value_set_double (value, self->share);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_evaluation_answer_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RsEvaluationAnswer *self = RS_EVALUATION_ANSWER (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      rs_evaluation_answer_set_question (self, g_value_get_string (value));
      break;
    case PROP_ANSWER:
      rs_evaluation_answer_set_answer (self, g_value_get_string (value));
      break;
    case PROP_COUNT:
      rs_evaluation_answer_set_count (self, g_value_get_int (value));
      break;
    case PROP_SHARE:
      rs_evaluation_answer_set_share (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_evaluation_answer_class_init (RsEvaluationAnswerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rs_evaluation_answer_finalize;
  object_class->get_property = rs_evaluation_answer_get_property;
  object_class->set_property = rs_evaluation_answer_set_property;

  properties[PROP_QUESTION] =
    g_param_spec_string ("question", NULL, NULL, NULL, flags);
  properties[PROP_ANSWER] =
    g_param_spec_string ("answer", NULL, NULL, NULL, flags);
  properties[PROP_COUNT] =
    g_param_spec_int ("count", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_SHARE] =
    g_param_spec_double ("share", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_evaluation_answer_init (RsEvaluationAnswer *self)
{
}

RsEvaluationAnswer *
rs_evaluation_answer_new (void)
{
  return g_object_new (RS_TYPE_EVALUATION_ANSWER, NULL);
}

RsEvaluationAnswer *
rs_evaluation_answer_copy (RsEvaluationAnswer *self)
{
  RsEvaluationAnswer *copy;

  g_return_val_if_fail (RS_IS_EVALUATION_ANSWER (self), NULL);
  copy = rs_evaluation_answer_new ();
  copy->question = g_strdup (self->question);
  copy->answer = g_strdup (self->answer);
  copy->count = self->count;
  copy->share = self->share;
  return copy;
}

const char *
rs_evaluation_answer_get_question (RsEvaluationAnswer *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_ANSWER (self), NULL);
  return self->question;
}

void
rs_evaluation_answer_set_question (RsEvaluationAnswer *self,
                                   const char *value)
{
  g_return_if_fail (RS_IS_EVALUATION_ANSWER (self));
  if (g_strcmp0 (self->question, value) == 0)
    return;
  g_free (self->question);
  self->question = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION]);
}

const char *
rs_evaluation_answer_get_answer (RsEvaluationAnswer *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_ANSWER (self), NULL);
  return self->answer;
}

void
rs_evaluation_answer_set_answer (RsEvaluationAnswer *self,
                                 const char *value)
{
  g_return_if_fail (RS_IS_EVALUATION_ANSWER (self));
  if (g_strcmp0 (self->answer, value) == 0)
    return;
  g_free (self->answer);
  self->answer = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWER]);
}

int
rs_evaluation_answer_get_count (RsEvaluationAnswer *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_ANSWER (self), 0);
  return self->count;
}

void
rs_evaluation_answer_set_count (RsEvaluationAnswer *self,
                                int value)
{
  g_return_if_fail (RS_IS_EVALUATION_ANSWER (self));
  if (self->count == value)
    return;
  self->count = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

double
rs_evaluation_answer_get_share (RsEvaluationAnswer *self)
{
  g_return_val_if_fail (RS_IS_EVALUATION_ANSWER (self), 0);
  return self->share;
}

void
rs_evaluation_answer_set_share (RsEvaluationAnswer *self,
                                double value)
{
  g_return_if_fail (RS_IS_EVALUATION_ANSWER (self));
  if (self->share == value)
    return;
  self->share = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARE]);
}
