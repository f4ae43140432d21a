/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-proposal"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-pb-proposal.h"

struct _RsPbProposal
{
  GObject  parent_instance;

  gint64   id;
  gint64   pool_id;
  char    *code;
  char    *title;
  char    *description;
  gint64   cost;
  gint64   revised_cost;
  char    *district;
  char    *theme;
  char    *status;
  char    *reason;
  char    *review_note;
  int      votes;
};

G_DEFINE_FINAL_TYPE (RsPbProposal, rs_pb_proposal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_POOL_ID,
  PROP_CODE,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_COST,
  PROP_REVISED_COST,
  PROP_DISTRICT,
  PROP_THEME,
  PROP_STATUS,
  PROP_REASON,
  PROP_REVIEW_NOTE,
  PROP_VOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_pb_proposal_finalize (GObject *object)
{
  RsPbProposal *self = RS_PB_PROPOSAL (object);

  g_free (self->code);
  g_free (self->title);
  g_free (self->description);
  g_free (self->district);
  g_free (self->theme);
  g_free (self->status);
  g_free (self->reason);
  g_free (self->review_note);
  G_OBJECT_CLASS (rs_pb_proposal_parent_class)->finalize (object);
}

static char **
string_field (RsPbProposal *self,
              guint         prop_id)
{
  switch (prop_id)
    {
    case PROP_CODE: return &self->code;
    case PROP_TITLE: return &self->title;
    case PROP_DESCRIPTION: return &self->description;
    case PROP_DISTRICT: return &self->district;
    case PROP_THEME: return &self->theme;
    case PROP_STATUS: return &self->status;
    case PROP_REASON: return &self->reason;
    case PROP_REVIEW_NOTE: return &self->review_note;
    default: return NULL;
    }
}

static void
rs_pb_proposal_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RsPbProposal *self = RS_PB_PROPOSAL (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      g_value_set_string (value, *field ? *field : "");
      return;
    }
  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_POOL_ID: g_value_set_int64 (value, self->pool_id); break;
    case PROP_COST: g_value_set_int64 (value, self->cost); break;
    case PROP_REVISED_COST: g_value_set_int64 (value, self->revised_cost); break;
    case PROP_VOTES: g_value_set_int (value, self->votes); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_pb_proposal_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RsPbProposal *self = RS_PB_PROPOSAL (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      g_free (*field);
      *field = g_value_dup_string (value);
      return;
    }
  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_get_int64 (value); break;
    case PROP_POOL_ID: self->pool_id = g_value_get_int64 (value); break;
    case PROP_COST: self->cost = g_value_get_int64 (value); break;
    case PROP_REVISED_COST: self->revised_cost = g_value_get_int64 (value); break;
    case PROP_VOTES: self->votes = g_value_get_int (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_pb_proposal_class_init (RsPbProposalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rs_pb_proposal_finalize;
  object_class->get_property = rs_pb_proposal_get_property;
  object_class->set_property = rs_pb_proposal_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_POOL_ID] = g_param_spec_int64 ("pool-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);
  properties[PROP_COST] = g_param_spec_int64 ("cost", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_REVISED_COST] = g_param_spec_int64 ("revised-cost", NULL, NULL, -1, G_MAXINT64,
                                                      -1, rw);
  properties[PROP_DISTRICT] = g_param_spec_string ("district", NULL, NULL, NULL, rw);
  properties[PROP_THEME] = g_param_spec_string ("theme", NULL, NULL, NULL, rw);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, rw);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, rw);
  properties[PROP_REVIEW_NOTE] = g_param_spec_string ("review-note", NULL, NULL, NULL, rw);
  properties[PROP_VOTES] = g_param_spec_int ("votes", NULL, NULL, 0, G_MAXINT, 0, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_pb_proposal_init (RsPbProposal *self)
{
  self->revised_cost = -1;
}

RsPbProposal *
rs_pb_proposal_new (void)
{
  return g_object_new (RS_TYPE_PB_PROPOSAL, NULL);
}

gint64 rs_pb_proposal_get_id (RsPbProposal *self) { return self->id; }
gint64 rs_pb_proposal_get_pool_id (RsPbProposal *self) { return self->pool_id; }
const char *rs_pb_proposal_get_code (RsPbProposal *self) { return self->code ? self->code : ""; }
const char *rs_pb_proposal_get_title (RsPbProposal *self) { return self->title ? self->title : ""; }
const char *rs_pb_proposal_get_description (RsPbProposal *self) { return self->description ? self->description : ""; }
gint64 rs_pb_proposal_get_cost (RsPbProposal *self) { return self->cost; }
gint64 rs_pb_proposal_get_revised_cost (RsPbProposal *self) { return self->revised_cost; }
const char *rs_pb_proposal_get_district (RsPbProposal *self) { return self->district; }
const char *rs_pb_proposal_get_theme (RsPbProposal *self) { return self->theme ? self->theme : ""; }
const char *rs_pb_proposal_get_status (RsPbProposal *self) { return self->status ? self->status : "submitted"; }
const char *rs_pb_proposal_get_reason (RsPbProposal *self) { return self->reason ? self->reason : ""; }
const char *rs_pb_proposal_get_review_note (RsPbProposal *self) { return self->review_note ? self->review_note : ""; }
int rs_pb_proposal_get_votes (RsPbProposal *self) { return self->votes; }

gint64
rs_pb_proposal_get_effective_cost (RsPbProposal *self)
{
  return self->revised_cost >= 0 ? self->revised_cost : self->cost;
}

gboolean
rs_pb_proposal_is_on_ballot (RsPbProposal *self)
{
  return g_strcmp0 (self->status, "feasible") == 0;
}

const char *
rs_pb_proposal_status_label (const char *status)
{
  if (g_strcmp0 (status, "feasible") == 0)
    return C_("proposal", "Feasible");
  if (g_strcmp0 (status, "not-feasible") == 0)
    return C_("proposal", "Not feasible");
  if (g_strcmp0 (status, "merged") == 0)
    return C_("proposal", "Merged");
  if (g_strcmp0 (status, "withdrawn") == 0)
    return C_("proposal", "Withdrawn");
  return C_("proposal", "Not assessed");
}
