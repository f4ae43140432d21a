/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-recommendation"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "rs-recommendation.h"

struct _RsRecommendation
{
  GObject                 parent_instance;

  gint64                  id;
  gint64                  process_id;
  char                   *title;
  char                   *text;
  char                   *rationale;
  char                   *theme;
  char                   *budget_area;
  RsRecommendationStatus  status;
  int                     position;
  gint64                  version;
  int                     votes_for;
  int                     votes_against;
  int                     votes_abstain;
  GArray                 *costs;
  GPtrArray              *origins;
  GPtrArray              *parents;
  GPtrArray              *children;

  RsDecisionOutcome       outcome;
  char                   *justification;
  char                   *budget_line;
  double                  amount;
  char                   *decided_on;
  RsImplementation        implementation;
  GPtrArray              *milestones;
};

G_DEFINE_FINAL_TYPE (RsRecommendation, rs_recommendation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_THEME,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_nicks[] = {
  "draft", "voted", "handed-over", "answered", "superseded",
};
static const char * const status_labels[] = {
  N_("Draft"), N_("Voted"), N_("Handed over"), N_("Answered"), N_("Superseded"),
};
static const char * const outcome_nicks[] = {
  "none", "adopted", "adopted-with-changes", "rejected", "referred",
};
static const char * const outcome_labels[] = {
  N_("No decision yet"), N_("Adopted"), N_("Adopted with changes"), N_("Rejected"), N_("Referred"),
};
static const char * const implementation_nicks[] = {
  "not-started", "in-progress", "done", "stopped",
};
static const char * const implementation_labels[] = {
  N_("Not started"), N_("In progress"), N_("Done"), N_("Stopped"),
};

static gboolean
nick_lookup (const char * const *nicks,
             guint               n,
             const char         *nick,
             int                *out)
{
  if (nick == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_str_equal (nicks[i], nick))
      {
        *out = (int) i;
        return TRUE;
      }
  return FALSE;
}

const char *
rs_recommendation_status_to_nick (RsRecommendationStatus status)
{
  g_return_val_if_fail (status <= RS_RECOMMENDATION_SUPERSEDED, "draft");
  return status_nicks[status];
}

gboolean
rs_recommendation_status_from_nick (const char             *nick,
                                    RsRecommendationStatus *status)
{
  int v;

  if (!nick_lookup (status_nicks, G_N_ELEMENTS (status_nicks), nick, &v))
    return FALSE;
  *status = v;
  return TRUE;
}

const char *
rs_recommendation_status_label (RsRecommendationStatus status)
{
  g_return_val_if_fail (status <= RS_RECOMMENDATION_SUPERSEDED, "");
  return _(status_labels[status]);
}

const char *
rs_decision_outcome_to_nick (RsDecisionOutcome outcome)
{
  g_return_val_if_fail (outcome <= RS_OUTCOME_REFERRED, "none");
  return outcome_nicks[outcome];
}

gboolean
rs_decision_outcome_from_nick (const char        *nick,
                               RsDecisionOutcome *outcome)
{
  int v;

  if (!nick_lookup (outcome_nicks, G_N_ELEMENTS (outcome_nicks), nick, &v))
    return FALSE;
  *outcome = v;
  return TRUE;
}

const char *
rs_decision_outcome_label (RsDecisionOutcome outcome)
{
  g_return_val_if_fail (outcome <= RS_OUTCOME_REFERRED, "");
  return _(outcome_labels[outcome]);
}

const char *
rs_implementation_to_nick (RsImplementation implementation)
{
  g_return_val_if_fail (implementation <= RS_IMPLEMENTATION_STOPPED, "not-started");
  return implementation_nicks[implementation];
}

gboolean
rs_implementation_from_nick (const char       *nick,
                             RsImplementation *implementation)
{
  int v;

  if (!nick_lookup (implementation_nicks, G_N_ELEMENTS (implementation_nicks), nick, &v))
    return FALSE;
  *implementation = v;
  return TRUE;
}

const char *
rs_implementation_label (RsImplementation implementation)
{
  g_return_val_if_fail (implementation <= RS_IMPLEMENTATION_STOPPED, "");
  return _(implementation_labels[implementation]);
}

void
rs_recommendation_origin_free (RsRecommendationOrigin *origin)
{
  if (origin == NULL)
    return;
  g_free (origin->origin_type);
  g_free (origin->label);
  g_free (origin);
}

void
rs_lineage_link_free (RsLineageLink *link)
{
  if (link == NULL)
    return;
  g_free (link->other_title);
  g_free (link->kind);
  g_free (link);
}

void
rs_milestone_free (RsMilestone *milestone)
{
  if (milestone == NULL)
    return;
  g_free (milestone->title);
  g_free (milestone->due_on);
  g_free (milestone->done_on);
  g_free (milestone);
}

static void
rs_recommendation_finalize (GObject *object)
{
  RsRecommendation *self = RS_RECOMMENDATION (object);

  g_free (self->title);
  g_free (self->text);
  g_free (self->rationale);
  g_free (self->theme);
  g_free (self->budget_area);
  g_free (self->justification);
  g_free (self->budget_line);
  g_free (self->decided_on);
  g_array_unref (self->costs);
  g_ptr_array_unref (self->origins);
  g_ptr_array_unref (self->parents);
  g_ptr_array_unref (self->children);
  g_ptr_array_unref (self->milestones);

  G_OBJECT_CLASS (rs_recommendation_parent_class)->finalize (object);
}

static void
rs_recommendation_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RsRecommendation *self = RS_RECOMMENDATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_THEME:
      g_value_set_string (value, self->theme);
      break;
    case PROP_STATUS:
      g_value_set_string (value, rs_recommendation_status_to_nick (self->status));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_recommendation_class_init (RsRecommendationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rs_recommendation_finalize;
  object_class->get_property = rs_recommendation_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_THEME] =
    g_param_spec_string ("theme", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_recommendation_init (RsRecommendation *self)
{
  self->title = g_strdup ("");
  self->text = g_strdup ("");
  self->rationale = g_strdup ("");
  self->theme = g_strdup ("");
  self->budget_area = g_strdup ("");
  self->justification = g_strdup ("");
  self->budget_line = g_strdup ("");
  self->amount = NAN;
  self->costs = g_array_new (FALSE, TRUE, sizeof (RsRecommendationCost));
  self->origins = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_recommendation_origin_free);
  self->parents = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_lineage_link_free);
  self->children = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_lineage_link_free);
  self->milestones = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_milestone_free);
}

RsRecommendation *
rs_recommendation_new (gint64      id,
                       gint64      process_id,
                       const char *title)
{
  RsRecommendation *self = g_object_new (RS_TYPE_RECOMMENDATION, NULL);

  self->id = id;
  self->process_id = process_id;
  g_free (self->title);
  self->title = g_strdup (title ? title : "");
  return self;
}

#define STRING_ACCESSORS(field, prop)                                            \
  const char *                                                                  \
  rs_recommendation_get_##field (RsRecommendation *self)                        \
  {                                                                             \
    g_return_val_if_fail (RS_IS_RECOMMENDATION (self), NULL);                   \
    return self->field;                                                         \
  }                                                                             \
  void                                                                          \
  rs_recommendation_set_##field (RsRecommendation *self,                        \
                                 const char       *value)                       \
  {                                                                             \
    g_return_if_fail (RS_IS_RECOMMENDATION (self));                             \
    if (g_strcmp0 (self->field, value) == 0)                                    \
      return;                                                                   \
    g_free (self->field);                                                       \
    self->field = g_strdup (value ? value : "");                                \
    if (prop != PROP_0)                                                         \
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);             \
  }

STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (text, PROP_0)
STRING_ACCESSORS (rationale, PROP_0)
STRING_ACCESSORS (theme, PROP_THEME)
STRING_ACCESSORS (budget_area, PROP_0)

gint64
rs_recommendation_get_id (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), 0);
  return self->id;
}

gint64
rs_recommendation_get_process_id (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), 0);
  return self->process_id;
}

RsRecommendationStatus
rs_recommendation_get_status (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), RS_RECOMMENDATION_DRAFT);
  return self->status;
}

void
rs_recommendation_set_status (RsRecommendation      *self,
                              RsRecommendationStatus status)
{
  g_return_if_fail (RS_IS_RECOMMENDATION (self));
  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
rs_recommendation_get_position (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), 0);
  return self->position;
}

void
rs_recommendation_set_position (RsRecommendation *self,
                                int               position)
{
  g_return_if_fail (RS_IS_RECOMMENDATION (self));
  self->position = position;
}

void
rs_recommendation_get_votes (RsRecommendation *self,
                             int              *votes_for,
                             int              *votes_against,
                             int              *votes_abstain)
{
  g_return_if_fail (RS_IS_RECOMMENDATION (self));
  if (votes_for)
    *votes_for = self->votes_for;
  if (votes_against)
    *votes_against = self->votes_against;
  if (votes_abstain)
    *votes_abstain = self->votes_abstain;
}

void
rs_recommendation_set_votes (RsRecommendation *self,
                             int               votes_for,
                             int               votes_against,
                             int               votes_abstain)
{
  g_return_if_fail (RS_IS_RECOMMENDATION (self));
  self->votes_for = MAX (votes_for, 0);
  self->votes_against = MAX (votes_against, 0);
  self->votes_abstain = MAX (votes_abstain, 0);
}

double
rs_recommendation_get_support (RsRecommendation *self)
{
  int cast;

  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), -1);
  cast = self->votes_for + self->votes_against + self->votes_abstain;
  return cast > 0 ? (double) self->votes_for / cast : -1;
}

GArray *
rs_recommendation_get_costs (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), NULL);
  return self->costs;
}

void
rs_recommendation_set_cost (RsRecommendation *self,
                            int               year,
                            double            operating,
                            double            capital)
{
  RsRecommendationCost cost = { year, operating, capital };
  guint i;

  g_return_if_fail (RS_IS_RECOMMENDATION (self));
  for (i = 0; i < self->costs->len; i++)
    {
      RsRecommendationCost *c = &g_array_index (self->costs, RsRecommendationCost, i);
      if (c->year == year)
        {
          *c = cost;
          return;
        }
      if (c->year > year)
        break;
    }
  g_array_insert_val (self->costs, i, cost);
}

void
rs_recommendation_get_cost_totals (RsRecommendation *self,
                                   double           *operating,
                                   double           *capital)
{
  double op = 0, cap = 0;

  g_return_if_fail (RS_IS_RECOMMENDATION (self));
  for (guint i = 0; i < self->costs->len; i++)
    {
      op += g_array_index (self->costs, RsRecommendationCost, i).operating;
      cap += g_array_index (self->costs, RsRecommendationCost, i).capital;
    }
  if (operating)
    *operating = op;
  if (capital)
    *capital = cap;
}

GPtrArray *
rs_recommendation_get_origins (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), NULL);
  return self->origins;
}

void
rs_recommendation_add_origin (RsRecommendation *self,
                              const char       *origin_type,
                              gint64            origin_id,
                              const char       *label)
{
  RsRecommendationOrigin *origin;

  g_return_if_fail (RS_IS_RECOMMENDATION (self));
  origin = g_new0 (RsRecommendationOrigin, 1);
  origin->origin_type = g_strdup (origin_type);
  origin->origin_id = origin_id;
  origin->label = g_strdup (label ? label : "");
  g_ptr_array_add (self->origins, origin);
}

GPtrArray *
rs_recommendation_get_parents (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), NULL);
  return self->parents;
}

GPtrArray *
rs_recommendation_get_children (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), NULL);
  return self->children;
}

void
rs_recommendation_add_lineage (RsRecommendation *self,
                               gboolean          is_parent,
                               gint64            other_id,
                               const char       *other_title,
                               const char       *kind)
{
  RsLineageLink *link;

  g_return_if_fail (RS_IS_RECOMMENDATION (self));
  link = g_new0 (RsLineageLink, 1);
  link->other_id = other_id;
  link->other_title = g_strdup (other_title ? other_title : "");
  link->kind = g_strdup (kind);
  g_ptr_array_add (is_parent ? self->parents : self->children, link);
}

RsDecisionOutcome
rs_recommendation_get_outcome (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), RS_OUTCOME_NONE);
  return self->outcome;
}

const char *
rs_recommendation_get_justification (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), NULL);
  return self->justification;
}

const char *
rs_recommendation_get_budget_line (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), NULL);
  return self->budget_line;
}

double
rs_recommendation_get_amount (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), NAN);
  return self->amount;
}

const char *
rs_recommendation_get_decided_on (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), NULL);
  return self->decided_on;
}

RsImplementation
rs_recommendation_get_implementation (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), RS_IMPLEMENTATION_NOT_STARTED);
  return self->implementation;
}

void
rs_recommendation_set_decision (RsRecommendation  *self,
                                RsDecisionOutcome  outcome,
                                const char        *justification,
                                const char        *budget_line,
                                double             amount,
                                const char        *decided_on,
                                RsImplementation   implementation)
{
  g_return_if_fail (RS_IS_RECOMMENDATION (self));
  self->outcome = outcome;
  g_free (self->justification);
  self->justification = g_strdup (justification ? justification : "");
  g_free (self->budget_line);
  self->budget_line = g_strdup (budget_line ? budget_line : "");
  self->amount = amount;
  g_free (self->decided_on);
  self->decided_on = (decided_on && *decided_on) ? g_strdup (decided_on) : NULL;
  self->implementation = implementation;
}

GPtrArray *
rs_recommendation_get_milestones (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), NULL);
  return self->milestones;
}

void
rs_recommendation_add_milestone (RsRecommendation *self,
                                 gint64            id,
                                 const char       *title,
                                 const char       *due_on,
                                 const char       *done_on)
{
  RsMilestone *m;

  g_return_if_fail (RS_IS_RECOMMENDATION (self));
  m = g_new0 (RsMilestone, 1);
  m->id = id;
  m->title = g_strdup (title ? title : "");
  m->due_on = (due_on && *due_on) ? g_strdup (due_on) : NULL;
  m->done_on = (done_on && *done_on) ? g_strdup (done_on) : NULL;
  g_ptr_array_add (self->milestones, m);
}

gint64
rs_recommendation_get_version (RsRecommendation *self)
{
  g_return_val_if_fail (RS_IS_RECOMMENDATION (self), 0);
  return self->version;
}

void
rs_recommendation_set_version (RsRecommendation *self,
                               gint64            version)
{
  g_return_if_fail (RS_IS_RECOMMENDATION (self));
  self->version = version;
}
