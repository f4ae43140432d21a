/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-response-point"

#include "config.h"

#include "rs-report-i18n.h"

#include "rs-response-point.h"

struct _RsResponsePoint
{
  GObject  parent_instance;

  gint64   id;
  gint64   response_id;
  int      start_offset;
  int      end_offset;
  char    *excerpt;
  char    *theme;
  char    *budget_area;
  char    *comment;
  char    *decision;
  gint64   proposal_id;
  char    *position;
  gint64   version;
};

G_DEFINE_FINAL_TYPE (RsResponsePoint, rs_response_point, G_TYPE_OBJECT)

static void
rs_response_point_finalize (GObject *object)
{
  RsResponsePoint *self = (RsResponsePoint *) object;

  g_free (self->excerpt);
  g_free (self->theme);
  g_free (self->budget_area);
  g_free (self->comment);
  g_free (self->decision);
  g_free (self->position);
  G_OBJECT_CLASS (rs_response_point_parent_class)->finalize (object);
}

static void
rs_response_point_class_init (RsResponsePointClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rs_response_point_finalize;
}

static void
rs_response_point_init (RsResponsePoint *self)
{
  self->theme = g_strdup ("");
  self->budget_area = g_strdup ("");
  self->comment = g_strdup ("");
  self->decision = g_strdup ("undecided");
  self->position = g_strdup ("");
  self->version = 1;
}

RsResponsePoint *
rs_response_point_new (gint64      id,
                       gint64      response_id,
                       int         start_offset,
                       int         end_offset,
                       const char *excerpt)
{
  RsResponsePoint *self = g_object_new (RS_TYPE_RESPONSE_POINT, NULL);

  self->id = id;
  self->response_id = response_id;
  self->start_offset = start_offset;
  self->end_offset = end_offset;
  self->excerpt = g_strdup (excerpt ? excerpt : "");
  return self;
}

gint64
rs_response_point_get_id (RsResponsePoint *self)
{
  g_return_val_if_fail (RS_IS_RESPONSE_POINT (self), 0);
  return self->id;
}

void
rs_response_point_set_id (RsResponsePoint *self,
                          gint64           id)
{
  g_return_if_fail (RS_IS_RESPONSE_POINT (self));
  self->id = id;
}

gint64
rs_response_point_get_response_id (RsResponsePoint *self)
{
  g_return_val_if_fail (RS_IS_RESPONSE_POINT (self), 0);
  return self->response_id;
}

int
rs_response_point_get_start (RsResponsePoint *self)
{
  g_return_val_if_fail (RS_IS_RESPONSE_POINT (self), 0);
  return self->start_offset;
}

int
rs_response_point_get_end (RsResponsePoint *self)
{
  g_return_val_if_fail (RS_IS_RESPONSE_POINT (self), 0);
  return self->end_offset;
}

const char *
rs_response_point_get_excerpt (RsResponsePoint *self)
{
  g_return_val_if_fail (RS_IS_RESPONSE_POINT (self), NULL);
  return self->excerpt;
}

#define STRING_ACCESSORS(field)                                            \
  const char *                                                             \
  rs_response_point_get_##field (RsResponsePoint *self)                    \
  {                                                                        \
    g_return_val_if_fail (RS_IS_RESPONSE_POINT (self), NULL);              \
    return self->field;                                                    \
  }                                                                        \
  void                                                                     \
  rs_response_point_set_##field (RsResponsePoint *self,                    \
                                 const char      *value)                   \
  {                                                                        \
    g_return_if_fail (RS_IS_RESPONSE_POINT (self));                        \
    g_free (self->field);                                                  \
    self->field = g_strdup (value ? value : "");                           \
  }

STRING_ACCESSORS (theme)
STRING_ACCESSORS (budget_area)
STRING_ACCESSORS (comment)
STRING_ACCESSORS (decision)
STRING_ACCESSORS (position)

gint64
rs_response_point_get_proposal_id (RsResponsePoint *self)
{
  g_return_val_if_fail (RS_IS_RESPONSE_POINT (self), 0);
  return self->proposal_id;
}

void
rs_response_point_set_proposal_id (RsResponsePoint *self,
                                   gint64           proposal_id)
{
  g_return_if_fail (RS_IS_RESPONSE_POINT (self));
  self->proposal_id = MAX (proposal_id, 0);
}

static const char * const position_nicks[] = {
  "", "for", "against", "concern", "other", "outside-scope", NULL
};
static const char * const position_labels[] = {
  N_("No position"), N_("For"), N_("Against"), N_("Concern"), N_("Other"),
  N_("Outside the hearing's scope"),
};

const char * const *
rs_position_list (void)
{
  return position_nicks;
}

gboolean
rs_position_is_valid (const char *position)
{
  return position != NULL && g_strv_contains (position_nicks, position);
}

const char *
rs_position_get_label (const char *position)
{
  for (guint i = 0; position_nicks[i] != NULL; i++)
    if (g_strcmp0 (position, position_nicks[i]) == 0)
      return _(position_labels[i]);
  return _(position_labels[0]);
}

static const char * const decision_nicks[] = {
  "undecided", "changed", "not-changed", "out-of-scope", "noted", NULL
};
static const char * const decision_labels[] = {
  N_("Not decided"), N_("Changed"), N_("Not changed"), N_("Outside the budget's scope"),
  N_("Noted"),
};

const char * const *
rs_decision_list (void)
{
  return decision_nicks;
}

gboolean
rs_decision_is_valid (const char *decision)
{
  return decision != NULL && g_strv_contains (decision_nicks, decision);
}

const char *
rs_decision_get_label (const char *decision)
{
  for (guint i = 0; decision_nicks[i] != NULL; i++)
    if (g_strcmp0 (decision, decision_nicks[i]) == 0)
      return _(decision_labels[i]);
  return _(decision_labels[0]);
}

gint64
rs_response_point_get_version (RsResponsePoint *self)
{
  g_return_val_if_fail (RS_IS_RESPONSE_POINT (self), 0);
  return self->version;
}

void
rs_response_point_set_version (RsResponsePoint *self,
                               gint64           version)
{
  g_return_if_fail (RS_IS_RESPONSE_POINT (self));
  self->version = version;
}

RsResponsePoint *
rs_response_point_dup (RsResponsePoint *p)
{
  RsResponsePoint *copy;

  g_return_val_if_fail (RS_IS_RESPONSE_POINT (p), NULL);
  copy = rs_response_point_new (p->id, p->response_id, p->start_offset, p->end_offset, p->excerpt);
  rs_response_point_set_theme (copy, p->theme);
  rs_response_point_set_budget_area (copy, p->budget_area);
  rs_response_point_set_comment (copy, p->comment);
  rs_response_point_set_decision (copy, p->decision);
  rs_response_point_set_proposal_id (copy, p->proposal_id);
  rs_response_point_set_position (copy, p->position);
  copy->version = p->version;
  return copy;
}
