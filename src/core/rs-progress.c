/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-progress"

#include "config.h"

#include "rs-progress.h"

struct _RsProgressRelay
{
  RsProgressFunc  func;
  gpointer        user_data;
  GDestroyNotify  destroy;
  GMainContext   *context;
};

typedef struct
{
  GDestroyNotify destroy;
  gpointer       data;
} Release;

static gboolean
release_cb (gpointer data)
{
  Release *release = data;

  release->destroy (release->data);
  g_free (release);
  return G_SOURCE_REMOVE;
}

/* The last reference may go on the database thread: the caller's data (a
 * widget, say) is let go on the caller's context all the same. */
static void
relay_clear (RsProgressRelay *relay)
{
  if (relay->destroy != NULL)
    {
      if (g_main_context_is_owner (relay->context))
        relay->destroy (relay->user_data);
      else
        {
          g_autoptr(GSource) source = g_idle_source_new ();
          Release *release = g_new0 (Release, 1);

          release->destroy = relay->destroy;
          release->data = relay->user_data;
          g_source_set_priority (source, G_PRIORITY_DEFAULT);
          g_source_set_callback (source, release_cb, release, NULL);
          g_source_attach (source, relay->context);
        }
    }
  g_main_context_unref (relay->context);
}

RsProgressRelay *
rs_progress_relay_new (RsProgressFunc func,
                       gpointer       user_data,
                       GDestroyNotify destroy)
{
  RsProgressRelay *relay = g_atomic_rc_box_new0 (RsProgressRelay);

  relay->func = func;
  relay->user_data = user_data;
  relay->destroy = destroy;
  relay->context = g_main_context_ref_thread_default ();
  return relay;
}

RsProgressRelay *
rs_progress_relay_ref (RsProgressRelay *relay)
{
  return g_atomic_rc_box_acquire (relay);
}

void
rs_progress_relay_unref (RsProgressRelay *relay)
{
  g_atomic_rc_box_release_full (relay, (GDestroyNotify) relay_clear);
}

typedef struct
{
  RsProgressRelay *relay;
  double           fraction;
} Report;

static void
report_free (Report *report)
{
  rs_progress_relay_unref (report->relay);
  g_free (report);
}

static gboolean
deliver (gpointer data)
{
  Report *report = data;

  if (report->relay->func != NULL)
    report->relay->func (report->fraction, report->relay->user_data);
  return G_SOURCE_REMOVE;
}

void
rs_progress_relay_post (RsProgressRelay *relay,
                        double           fraction)
{
  g_autoptr(GSource) source = NULL;
  Report *report;

  if (relay == NULL)
    return;
  report = g_new0 (Report, 1);
  report->relay = rs_progress_relay_ref (relay);
  report->fraction = CLAMP (fraction, 0.0, 1.0);
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver, report, (GDestroyNotify) report_free);
  g_source_attach (source, relay->context);
}
