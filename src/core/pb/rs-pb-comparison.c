/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-comparison"

#include "config.h"

#include "rs-pb-comparison.h"

struct _RsPbComparison
{
  GObject   parent_instance;

  char     *code;
  char     *title;
  char     *envelope;
  gint64    cost;
  guint     votes;
  gboolean  funded;
  gboolean  other_funded;
  char     *explanation;
  char     *other_explanation;
};

G_DEFINE_FINAL_TYPE (RsPbComparison, rs_pb_comparison, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_TITLE,
  PROP_ENVELOPE,
  PROP_COST,
  PROP_VOTES,
  PROP_FUNDED,
  PROP_OTHER_FUNDED,
  PROP_EXPLANATION,
  PROP_OTHER_EXPLANATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_pb_comparison_finalize (GObject *object)
{
  RsPbComparison *self = RS_PB_COMPARISON (object);

  g_free (self->code);
  g_free (self->title);
  g_free (self->envelope);
  g_free (self->explanation);
  g_free (self->other_explanation);
  G_OBJECT_CLASS (rs_pb_comparison_parent_class)->finalize (object);
}

static void
rs_pb_comparison_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RsPbComparison *self = RS_PB_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_ENVELOPE: g_value_set_string (value, self->envelope); break;
    case PROP_COST: g_value_set_int64 (value, self->cost); break;
    case PROP_VOTES: g_value_set_uint (value, self->votes); break;
    case PROP_FUNDED: g_value_set_boolean (value, self->funded); break;
    case PROP_OTHER_FUNDED: g_value_set_boolean (value, self->other_funded); break;
    case PROP_EXPLANATION: g_value_set_string (value, self->explanation); break;
    case PROP_OTHER_EXPLANATION: g_value_set_string (value, self->other_explanation); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_pb_comparison_class_init (RsPbComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rs_pb_comparison_finalize;
  object_class->get_property = rs_pb_comparison_get_property;
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_ENVELOPE] = g_param_spec_string ("envelope", NULL, NULL, NULL, ro);
  properties[PROP_COST] = g_param_spec_int64 ("cost", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_VOTES] = g_param_spec_uint ("votes", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_FUNDED] = g_param_spec_boolean ("funded", NULL, NULL, FALSE, ro);
  properties[PROP_OTHER_FUNDED] = g_param_spec_boolean ("other-funded", NULL, NULL, FALSE, ro);
  properties[PROP_EXPLANATION] = g_param_spec_string ("explanation", NULL, NULL, NULL, ro);
  properties[PROP_OTHER_EXPLANATION] = g_param_spec_string ("other-explanation", NULL, NULL, NULL,
                                                            ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_pb_comparison_init (RsPbComparison *self)
{
}

const char *rs_pb_comparison_get_code (RsPbComparison *self) { return self->code; }
const char *rs_pb_comparison_get_title (RsPbComparison *self) { return self->title; }
const char *rs_pb_comparison_get_envelope (RsPbComparison *self) { return self->envelope; }
gint64 rs_pb_comparison_get_cost (RsPbComparison *self) { return self->cost; }
guint rs_pb_comparison_get_votes (RsPbComparison *self) { return self->votes; }
gboolean rs_pb_comparison_get_funded (RsPbComparison *self) { return self->funded; }
gboolean rs_pb_comparison_get_other_funded (RsPbComparison *self) { return self->other_funded; }
const char *rs_pb_comparison_get_explanation (RsPbComparison *self) { return self->explanation; }
const char *rs_pb_comparison_get_other_explanation (RsPbComparison *self) { return self->other_explanation; }

static void
add_item (GListStore          *store,
          const RsPbPoolCount *count,
          const RsPbPoolCount *other,
          guint                e,
          guint                p)
{
  RsPbResult *r = g_ptr_array_index (count->results, e);
  RsPbElection *el = g_ptr_array_index (count->elections, e);
  const RsPbProject *proj = rs_pb_election_get_project (el, p);
  g_autoptr(RsPbComparison) item = g_object_new (RS_TYPE_PB_COMPARISON, NULL);

  item->code = g_strdup (proj->id);
  item->title = g_strdup (proj->name);
  item->envelope = g_strdup (g_ptr_array_index (count->envelopes, e));
  item->cost = proj->cost;
  item->votes = r->outcomes[p].votes;
  item->funded = rs_pb_result_is_funded (r, p);
  item->explanation = rs_pb_result_explain (r, el, p);
  if (other != NULL && e < other->results->len)
    {
      RsPbResult *o = g_ptr_array_index (other->results, e);
      RsPbElection *oe = g_ptr_array_index (other->elections, e);
      int q = rs_pb_election_find_project (oe, proj->id);

      if (q >= 0)
        {
          item->other_funded = rs_pb_result_is_funded (o, (guint) q);
          item->other_explanation = rs_pb_result_explain (o, oe, (guint) q);
        }
    }
  g_list_store_append (store, item);
}

GListModel *
rs_pb_comparison_list_new (const RsPbPoolCount *count,
                           const RsPbPoolCount *other)
{
  GListStore *store = g_list_store_new (RS_TYPE_PB_COMPARISON);

  for (guint e = 0; e < count->results->len; e++)
    {
      RsPbResult *r = g_ptr_array_index (count->results, e);

      for (guint i = 0; i < r->funded->len; i++)
        add_item (store, count, other, e, g_array_index (r->funded, guint, i));
      for (guint p = 0; p < r->n_projects; p++)
        if (!rs_pb_result_is_funded (r, p))
          add_item (store, count, other, e, p);
    }
  return G_LIST_MODEL (store);
}
