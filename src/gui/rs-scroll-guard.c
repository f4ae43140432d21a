/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-scroll-guard"

#include "config.h"

#include <math.h>

#include "rs-scroll-guard.h"

#define GUARD_KEY "rs-scroll-guard"

/* The value widget @target sits in, if any. */
static GtkWidget *
value_widget_for (GtkWidget *target)
{
  for (GtkWidget *w = target; w != NULL && !GTK_IS_NATIVE (w); w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_SCROLLED_WINDOW (w))
        return NULL;
      if (GTK_IS_SPIN_BUTTON (w) || GTK_IS_SCALE (w) || GTK_IS_DROP_DOWN (w))
        return w;
    }
  return NULL;
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
scroll_adjustment (GtkAdjustment *adjustment,
                   double         delta,
                   GdkScrollUnit  unit)
{
  double page, value;

  if (adjustment == NULL || delta == 0)
    return;
  page = gtk_adjustment_get_page_size (adjustment);
  /* As GtkScrolledWindow does: a wheel click moves by page^(2/3). */
  if (unit == GDK_SCROLL_UNIT_WHEEL)
    delta *= pow (page, 2.0 / 3.0);
  value = gtk_adjustment_get_value (adjustment) + delta;
  value = CLAMP (value, gtk_adjustment_get_lower (adjustment), gtk_adjustment_get_upper (adjustment) - page);
  gtk_adjustment_set_value (adjustment, value);
}

gboolean
rs_scroll_guard_scroll (GtkWidget     *target,
                        double         dx,
                        double         dy,
                        GdkScrollUnit  unit)
{
  GtkWidget *value_widget;
  GtkWidget *scroller;

  g_return_val_if_fail (GTK_IS_WIDGET (target), FALSE);

  value_widget = value_widget_for (target);
  if (value_widget == NULL || has_focus_within (value_widget))
    return FALSE;
  scroller = gtk_widget_get_ancestor (value_widget, GTK_TYPE_SCROLLED_WINDOW);
  if (scroller != NULL)
    {
      GtkScrolledWindow *sw = GTK_SCROLLED_WINDOW (scroller);

      scroll_adjustment (gtk_scrolled_window_get_vadjustment (sw), dy, unit);
      scroll_adjustment (gtk_scrolled_window_get_hadjustment (sw), dx, unit);
    }
  return TRUE;
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           gpointer                  user_data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  return rs_scroll_guard_scroll (widget, dx, dy, gtk_event_controller_scroll_get_unit (controller));
}

void
rs_scroll_guard_install (GtkWidget *widget)
{
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_object_get_data (G_OBJECT (widget), GUARD_KEY) != NULL)
    return;
  /* Capture phase: ahead of the widget's own scroll handling. */
  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  gtk_event_controller_set_name (controller, GUARD_KEY);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), NULL);
  gtk_widget_add_controller (widget, controller);
  g_object_set_data (G_OBJECT (widget), GUARD_KEY, controller);
}

static gboolean
realize_hook (GSignalInvocationHint *hint,
              guint                  n_params,
              const GValue          *params,
              gpointer               user_data)
{
  GObject *object = g_value_get_object (&params[0]);

  if (GTK_IS_SPIN_BUTTON (object) || GTK_IS_SCALE (object) || GTK_IS_DROP_DOWN (object))
    rs_scroll_guard_install (GTK_WIDGET (object));
  return TRUE;
}

void
rs_scroll_guard_install_all (void)
{
  static gboolean installed;

  if (installed)
    return;
  installed = TRUE;
  g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
  g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0, realize_hook, NULL, NULL);
}
