/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-pool"

#include "config.h"

#include "rs-pb-pool.h"

struct _RsPbPool
{
  GObject    parent_instance;

  gint64     id;
  gint64     process_id;
  char      *name;
  gint64     amount;
  int        first_year;
  int        last_year;
  char      *ballot_kind;
  int        max_choices;
  int        min_age;
  gboolean   district_only;
  char      *rule;
  gint64     tie_seed;
  char      *voting_from;
  char      *voting_to;
  char      *proposals_to;
  char      *assessment_to;
  char      *result_on;
  GPtrArray *envelopes;
};

G_DEFINE_FINAL_TYPE (RsPbPool, rs_pb_pool, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PROCESS_ID,
  PROP_NAME,
  PROP_AMOUNT,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  PROP_BALLOT_KIND,
  PROP_MAX_CHOICES,
  PROP_MIN_AGE,
  PROP_DISTRICT_ONLY,
  PROP_RULE,
  PROP_TIE_SEED,
  PROP_VOTING_FROM,
  PROP_VOTING_TO,
  PROP_PROPOSALS_TO,
  PROP_ASSESSMENT_TO,
  PROP_RESULT_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
envelope_free (gpointer data)
{
  RsPbEnvelope *e = data;

  g_free (e->district);
  g_free (e);
}

static void
rs_pb_pool_finalize (GObject *object)
{
  RsPbPool *self = RS_PB_POOL (object);

  g_free (self->name);
  g_free (self->ballot_kind);
  g_free (self->rule);
  g_free (self->voting_from);
  g_free (self->voting_to);
  g_free (self->proposals_to);
  g_free (self->assessment_to);
  g_free (self->result_on);
  g_ptr_array_unref (self->envelopes);
  G_OBJECT_CLASS (rs_pb_pool_parent_class)->finalize (object);
}

static char **
string_field (RsPbPool *self,
              guint     prop_id)
{
  switch (prop_id)
    {
    case PROP_NAME: return &self->name;
    case PROP_BALLOT_KIND: return &self->ballot_kind;
    case PROP_RULE: return &self->rule;
    case PROP_VOTING_FROM: return &self->voting_from;
    case PROP_VOTING_TO: return &self->voting_to;
    case PROP_PROPOSALS_TO: return &self->proposals_to;
    case PROP_ASSESSMENT_TO: return &self->assessment_to;
    case PROP_RESULT_ON: return &self->result_on;
    default: return NULL;
    }
}

static void
rs_pb_pool_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RsPbPool *self = RS_PB_POOL (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      g_value_set_string (value, *field);
      return;
    }
  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_PROCESS_ID: g_value_set_int64 (value, self->process_id); break;
    case PROP_AMOUNT: g_value_set_int64 (value, self->amount); break;
    case PROP_FIRST_YEAR: g_value_set_int (value, self->first_year); break;
    case PROP_LAST_YEAR: g_value_set_int (value, self->last_year); break;
    case PROP_MAX_CHOICES: g_value_set_int (value, self->max_choices); break;
    case PROP_MIN_AGE: g_value_set_int (value, self->min_age); break;
    case PROP_DISTRICT_ONLY: g_value_set_boolean (value, self->district_only); break;
    case PROP_TIE_SEED: g_value_set_int64 (value, self->tie_seed); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_pb_pool_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RsPbPool *self = RS_PB_POOL (object);
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
    case PROP_PROCESS_ID: self->process_id = g_value_get_int64 (value); break;
    case PROP_AMOUNT: self->amount = g_value_get_int64 (value); break;
    case PROP_FIRST_YEAR: self->first_year = g_value_get_int (value); break;
    case PROP_LAST_YEAR: self->last_year = g_value_get_int (value); break;
    case PROP_MAX_CHOICES: self->max_choices = g_value_get_int (value); break;
    case PROP_MIN_AGE: self->min_age = g_value_get_int (value); break;
    case PROP_DISTRICT_ONLY: self->district_only = g_value_get_boolean (value); break;
    case PROP_TIE_SEED: self->tie_seed = g_value_get_int64 (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_pb_pool_class_init (RsPbPoolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rs_pb_pool_finalize;
  object_class->get_property = rs_pb_pool_get_property;
  object_class->set_property = rs_pb_pool_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_PROCESS_ID] = g_param_spec_int64 ("process-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_FIRST_YEAR] = g_param_spec_int ("first-year", NULL, NULL, 0, 9999, 0, rw);
  properties[PROP_LAST_YEAR] = g_param_spec_int ("last-year", NULL, NULL, 0, 9999, 0, rw);
  properties[PROP_BALLOT_KIND] = g_param_spec_string ("ballot-kind", NULL, NULL, "approval", rw);
  properties[PROP_MAX_CHOICES] = g_param_spec_int ("max-choices", NULL, NULL, 0, 1000, 0, rw);
  properties[PROP_MIN_AGE] = g_param_spec_int ("min-age", NULL, NULL, 0, 120, 15, rw);
  properties[PROP_DISTRICT_ONLY] = g_param_spec_boolean ("district-only", NULL, NULL, FALSE, rw);
  properties[PROP_RULE] = g_param_spec_string ("rule", NULL, NULL, "equalshares/add1", rw);
  properties[PROP_TIE_SEED] = g_param_spec_int64 ("tie-seed", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_VOTING_FROM] = g_param_spec_string ("voting-from", NULL, NULL, NULL, rw);
  properties[PROP_VOTING_TO] = g_param_spec_string ("voting-to", NULL, NULL, NULL, rw);
  properties[PROP_PROPOSALS_TO] = g_param_spec_string ("proposals-to", NULL, NULL, NULL, rw);
  properties[PROP_ASSESSMENT_TO] = g_param_spec_string ("assessment-to", NULL, NULL, NULL, rw);
  properties[PROP_RESULT_ON] = g_param_spec_string ("result-on", NULL, NULL, NULL, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_pb_pool_init (RsPbPool *self)
{
  self->name = g_strdup ("");
  self->ballot_kind = g_strdup ("approval");
  self->rule = g_strdup ("equalshares/add1");
  self->min_age = 15;
  self->envelopes = g_ptr_array_new_with_free_func (envelope_free);
}

RsPbPool *
rs_pb_pool_new (void)
{
  return g_object_new (RS_TYPE_PB_POOL, NULL);
}

gint64 rs_pb_pool_get_id (RsPbPool *self) { return self->id; }
gint64 rs_pb_pool_get_process_id (RsPbPool *self) { return self->process_id; }
const char *rs_pb_pool_get_name (RsPbPool *self) { return self->name ? self->name : ""; }
gint64 rs_pb_pool_get_amount (RsPbPool *self) { return self->amount; }
int rs_pb_pool_get_first_year (RsPbPool *self) { return self->first_year; }
int rs_pb_pool_get_last_year (RsPbPool *self) { return self->last_year; }
const char *rs_pb_pool_get_ballot_kind (RsPbPool *self) { return self->ballot_kind ? self->ballot_kind : "approval"; }
int rs_pb_pool_get_max_choices (RsPbPool *self) { return self->max_choices; }
int rs_pb_pool_get_min_age (RsPbPool *self) { return self->min_age; }
gboolean rs_pb_pool_get_district_only (RsPbPool *self) { return self->district_only; }
const char *rs_pb_pool_get_rule (RsPbPool *self) { return self->rule ? self->rule : "equalshares/add1"; }
gint64 rs_pb_pool_get_tie_seed (RsPbPool *self) { return self->tie_seed; }
const char *rs_pb_pool_get_voting_from (RsPbPool *self) { return self->voting_from; }
const char *rs_pb_pool_get_voting_to (RsPbPool *self) { return self->voting_to; }
const char *rs_pb_pool_get_proposals_to (RsPbPool *self) { return self->proposals_to; }
const char *rs_pb_pool_get_assessment_to (RsPbPool *self) { return self->assessment_to; }
const char *rs_pb_pool_get_result_on (RsPbPool *self) { return self->result_on; }
GPtrArray *rs_pb_pool_get_envelopes (RsPbPool *self) { return self->envelopes; }

static int
cmp_envelope (gconstpointer a,
              gconstpointer b)
{
  const RsPbEnvelope *x = *(RsPbEnvelope * const *) a, *y = *(RsPbEnvelope * const *) b;

  return g_strcmp0 (x->district, y->district);
}

void
rs_pb_pool_set_envelope (RsPbPool   *self,
                         const char *district,
                         gint64      amount)
{
  RsPbEnvelope *e;

  g_return_if_fail (district != NULL && *district);
  for (guint i = 0; i < self->envelopes->len; i++)
    {
      e = g_ptr_array_index (self->envelopes, i);
      if (g_strcmp0 (e->district, district) == 0)
        {
          if (amount < 0)
            g_ptr_array_remove_index (self->envelopes, i);
          else
            e->amount = amount;
          return;
        }
    }
  if (amount < 0)
    return;
  e = g_new0 (RsPbEnvelope, 1);
  e->district = g_strdup (district);
  e->amount = amount;
  g_ptr_array_add (self->envelopes, e);
  g_ptr_array_sort (self->envelopes, cmp_envelope);
}

gint64
rs_pb_pool_get_common_amount (RsPbPool *self)
{
  gint64 left = self->amount;

  for (guint i = 0; i < self->envelopes->len; i++)
    left -= ((RsPbEnvelope *) g_ptr_array_index (self->envelopes, i))->amount;
  return MAX (left, 0);
}
