/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-process-stats"

#include "config.h"

#include "rs-change-monitor.h"
#include "rs-process-stats.h"

struct _RsProcessStats
{
  GObject          parent_instance;

  RsDatabase      *db;
  RsChangeMonitor *monitor;
  GCancellable    *cancellable;
  gint64           process_id;
  RsProcessSummary summary;
  gboolean         loaded;
  gboolean         loading;
  gboolean         dirty;  /* changed again while loading */
};

G_DEFINE_FINAL_TYPE (RsProcessStats, rs_process_stats, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROCESS_ID,
  PROP_LOADED,
  PROP_PANELS,
  PROP_POOL,
  PROP_SELECTED,
  PROP_SESSIONS,
  PROP_LABS,
  PROP_IDEAS,
  PROP_HEARING_ROUNDS,
  PROP_RESPONSES,
  PROP_RECOMMENDATIONS,
  PROP_DECISIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Where each count property lives in RsProcessSummary. */
static const struct { guint prop; const char *name; gsize offset; } counts[] = {
  { PROP_PANELS, "panels", G_STRUCT_OFFSET (RsProcessSummary, panels) },
  { PROP_POOL, "pool", G_STRUCT_OFFSET (RsProcessSummary, pool) },
  { PROP_SELECTED, "selected", G_STRUCT_OFFSET (RsProcessSummary, selected) },
  { PROP_SESSIONS, "sessions", G_STRUCT_OFFSET (RsProcessSummary, sessions) },
  { PROP_LABS, "labs", G_STRUCT_OFFSET (RsProcessSummary, labs) },
  { PROP_IDEAS, "ideas", G_STRUCT_OFFSET (RsProcessSummary, ideas) },
  { PROP_HEARING_ROUNDS, "hearing-rounds", G_STRUCT_OFFSET (RsProcessSummary, hearing_rounds) },
  { PROP_RESPONSES, "responses", G_STRUCT_OFFSET (RsProcessSummary, responses) },
  { PROP_RECOMMENDATIONS, "recommendations", G_STRUCT_OFFSET (RsProcessSummary, recommendations) },
  { PROP_DECISIONS, "decisions", G_STRUCT_OFFSET (RsProcessSummary, decisions) },
};

/* Every kind a count depends on. */
#define WATCHED (RS_CHANGE_MASK (RS_CHANGE_PANEL) | RS_CHANGE_MASK (RS_CHANGE_PERSON) | \
                 RS_CHANGE_MASK (RS_CHANGE_SELECTION_RUN) | RS_CHANGE_MASK (RS_CHANGE_SESSION) | \
                 RS_CHANGE_MASK (RS_CHANGE_LAB) | RS_CHANGE_MASK (RS_CHANGE_IDEA) | \
                 RS_CHANGE_MASK (RS_CHANGE_HEARING_ROUND) | RS_CHANGE_MASK (RS_CHANGE_RESPONSE) | \
                 RS_CHANGE_MASK (RS_CHANGE_RECOMMENDATION) | RS_CHANGE_MASK (RS_CHANGE_COUNCIL_DECISION) | \
                 RS_CHANGE_MASK (RS_CHANGE_PROCESS) | RS_CHANGE_MASK (RS_CHANGE_PRIVACY))

static int *
count_field (RsProcessSummary *s,
             guint             i)
{
  return (int *) G_STRUCT_MEMBER_P (s, counts[i].offset);
}

static void load (RsProcessStats *self);

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(RsProcessStats) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;
  g_autofree RsProcessSummary *s = rs_process_store_summary_finish (RS_DATABASE (source), result, &error);

  g_weak_ref_clear (weak);
  g_free (weak);
  /* Gone, or showing another process meanwhile. */
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading = FALSE;
  if (s == NULL)
    g_warning ("Could not count what the process holds: %s", error->message);
  else
    {
      g_object_freeze_notify (G_OBJECT (self));
      for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
        if (*count_field (&self->summary, i) != *count_field (s, i))
          {
            *count_field (&self->summary, i) = *count_field (s, i);
            g_object_notify_by_pspec (G_OBJECT (self), properties[counts[i].prop]);
          }
      if (!self->loaded)
        {
          self->loaded = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
        }
      g_object_thaw_notify (G_OBJECT (self));
    }
  if (self->dirty)
    load (self);
}

/* The job holds no reference: disposing the stats cancels it. */
static void
load (RsProcessStats *self)
{
  GWeakRef *weak;

  self->dirty = FALSE;
  if (self->process_id == 0)
    return;
  if (self->loading)
    {
      self->dirty = TRUE;
      return;
    }
  self->loading = TRUE;
  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  rs_process_store_summary_async (self->db, self->process_id, self->cancellable, loaded_cb, weak);
}

static void
rs_process_stats_dispose (GObject *object)
{
  RsProcessStats *self = RS_PROCESS_STATS (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->monitor);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (rs_process_stats_parent_class)->dispose (object);
}

static void
rs_process_stats_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RsProcessStats *self = RS_PROCESS_STATS (object);

  if (prop_id == PROP_PROCESS_ID)
    {
      g_value_set_int64 (value, self->process_id);
      return;
    }
  if (prop_id == PROP_LOADED)
    {
      g_value_set_boolean (value, self->loaded);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (counts[i].prop == prop_id)
      {
        g_value_set_int (value, *count_field (&self->summary, i));
        return;
      }
  G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
rs_process_stats_class_init (RsProcessStatsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rs_process_stats_dispose;
  object_class->get_property = rs_process_stats_get_property;

  properties[PROP_PROCESS_ID] =
    g_param_spec_int64 ("process-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    properties[counts[i].prop] =
      g_param_spec_int (counts[i].name, NULL, NULL, 0, G_MAXINT, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_process_stats_init (RsProcessStats *self)
{
  self->cancellable = g_cancellable_new ();
}

RsProcessStats *
rs_process_stats_new (RsDatabase *db,
                      gint64      process_id)
{
  RsProcessStats *self;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);

  self = g_object_new (RS_TYPE_PROCESS_STATS, NULL);
  self->db = g_object_ref (db);
  self->monitor = rs_change_monitor_new (db, process_id, WATCHED);
  g_signal_connect_object (self->monitor, "changed", G_CALLBACK (load), self, G_CONNECT_SWAPPED);
  rs_process_stats_set_process_id (self, process_id);
  return self;
}

gint64
rs_process_stats_get_process_id (RsProcessStats *self)
{
  g_return_val_if_fail (RS_IS_PROCESS_STATS (self), 0);
  return self->process_id;
}

/* Shows another process: the counts read 0 until its own have loaded. */
void
rs_process_stats_set_process_id (RsProcessStats *self,
                                 gint64          process_id)
{
  g_return_if_fail (RS_IS_PROCESS_STATS (self));

  if (self->process_id == process_id && (self->loaded || self->loading))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loading = FALSE;
  self->process_id = process_id;
  rs_change_monitor_set_process_id (self->monitor, process_id);

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (*count_field (&self->summary, i) != 0)
      {
        *count_field (&self->summary, i) = 0;
        g_object_notify_by_pspec (G_OBJECT (self), properties[counts[i].prop]);
      }
  if (self->loaded)
    {
      self->loaded = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCESS_ID]);
  g_object_thaw_notify (G_OBJECT (self));
  load (self);
}

gboolean
rs_process_stats_get_loaded (RsProcessStats *self)
{
  g_return_val_if_fail (RS_IS_PROCESS_STATS (self), FALSE);
  return self->loaded;
}

const RsProcessSummary *
rs_process_stats_get_summary (RsProcessStats *self)
{
  g_return_val_if_fail (RS_IS_PROCESS_STATS (self), NULL);
  return &self->summary;
}
