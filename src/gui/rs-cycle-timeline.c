/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cycle-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cycle-timeline.h"
#include "rs-date.h"
#include "rs-phase.h"

/*
 * The annual cycle drawn as a Gantt-like timeline: one row per phase, a bar
 * from its start to its end date, month ticks along the top. Phases with a
 * warning are drawn in the warning colour. The same facts are in the phase
 * list below it, so the drawing is decorative for screen readers.
 */

#define ROW_HEIGHT 26
#define AXIS_HEIGHT 24
#define LABEL_WIDTH 230

struct _RsCycleTimeline
{
  GtkWidget   parent_instance;

  GListModel *phases;
  guint       flagged_mask;
};

G_DEFINE_FINAL_TYPE (RsCycleTimeline, rs_cycle_timeline, GTK_TYPE_WIDGET)

static void
phases_changed_cb (RsCycleTimeline *self)
{
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static gboolean
span_of (RsCycleTimeline *self,
         GDate           *first,
         GDate           *last)
{
  gboolean any = FALSE;
  guint n = self->phases ? g_list_model_get_n_items (self->phases) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsPhase) phase = g_list_model_get_item (self->phases, i);
      const char *dates[] = { rs_phase_get_starts_on (phase), rs_phase_get_ends_on (phase) };
      for (guint j = 0; j < 2; j++)
        {
          GDate d;
          if (!rs_date_parse (dates[j], &d))
            continue;
          if (!any || g_date_compare (&d, first) < 0)
            *first = d;
          if (!any || g_date_compare (&d, last) > 0)
            *last = d;
          any = TRUE;
        }
    }
  return any;
}

/* Draws @text at (@x, @y) and returns its width in pixels. */
static int
append_text (GtkSnapshot     *snapshot,
             GtkWidget       *widget,
             const char      *text,
             float            x,
             float            y,
             const GdkRGBA   *color,
             gboolean         small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  int width, height;

  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_scale_new (0.85));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_set_width (layout, (LABEL_WIDTH - 12) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  pango_layout_get_pixel_size (layout, &width, &height);
  g_object_unref (layout);
  return width;
}

static void
rs_cycle_timeline_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  RsCycleTimeline *self = RS_CYCLE_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  GdkRGBA fg, accent = { 0.21, 0.52, 0.89, 1 }, warning = { 0.90, 0.38, 0.0, 1 };
  GdkRGBA grid;
  GDate first, last, month;
  double days, plot_width, label_end = 0;
  guint n;

  if (self->phases == NULL || !span_of (self, &first, &last))
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  grid = fg;
  grid.alpha = 0.12;
  g_date_set_day (&first, 1);
  days = MAX (1, g_date_days_between (&first, &last) + 1);
  plot_width = MAX (50, width - LABEL_WIDTH - 8);
  n = g_list_model_get_n_items (self->phases);

  /* Month ticks */
  month = first;
  while (g_date_compare (&month, &last) <= 0)
    {
      double x = LABEL_WIDTH + g_date_days_between (&first, &month) / days * plot_width;
      char label[32];

      gtk_snapshot_append_color (snapshot, &grid,
                                 &GRAPHENE_RECT_INIT (x, AXIS_HEIGHT - 4, 1, n * ROW_HEIGHT + 4));
      /* Month names where they fit; the year at January. */
      if (x + 3 >= label_end)
        {
          g_date_strftime (label, sizeof label, g_date_get_month (&month) == 1 ? "%b %Y" : "%b",
                           &month);
          label_end = x + 3 + append_text (snapshot, widget, label, x + 3, 0, &fg, TRUE) + 6;
        }
      g_date_add_months (&month, 1);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsPhase) phase = g_list_model_get_item (self->phases, i);
      RsPhaseKind kind = rs_phase_get_kind (phase);
      float y = AXIS_HEIGHT + i * ROW_HEIGHT;
      GDate start, end;
      gboolean has_start = rs_date_parse (rs_phase_get_starts_on (phase), &start);
      gboolean has_end = rs_date_parse (rs_phase_get_ends_on (phase), &end);
      const GdkRGBA *color = (self->flagged_mask & (1u << kind)) ? &warning : &accent;

      append_text (snapshot, widget, rs_phase_kind_get_title (kind), 0, y + 4, &fg, FALSE);
      if (!has_start && !has_end)
        continue;
      if (!has_start)
        start = end;
      if (!has_end)
        end = start;
      {
        double x0 = LABEL_WIDTH + g_date_days_between (&first, &start) / days * plot_width;
        double x1 = LABEL_WIDTH + (g_date_days_between (&first, &end) + 1) / days * plot_width;
        GskRoundedRect rect;

        gsk_rounded_rect_init_from_rect (&rect,
                                         &GRAPHENE_RECT_INIT (x0, y + 6, MAX (6, x1 - x0),
                                                              ROW_HEIGHT - 12),
                                         4);
        gtk_snapshot_push_rounded_clip (snapshot, &rect);
        gtk_snapshot_append_color (snapshot, color, &rect.bounds);
        gtk_snapshot_pop (snapshot);
      }
    }
}

static void
rs_cycle_timeline_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  RsCycleTimeline *self = RS_CYCLE_TIMELINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = LABEL_WIDTH + 100;
      *natural = LABEL_WIDTH + 600;
    }
  else
    {
      guint n = self->phases ? g_list_model_get_n_items (self->phases) : 0;
      *minimum = *natural = n ? AXIS_HEIGHT + n * ROW_HEIGHT + 4 : 0;
    }
}

static void
rs_cycle_timeline_dispose (GObject *object)
{
  RsCycleTimeline *self = RS_CYCLE_TIMELINE (object);

  if (self->phases)
    g_signal_handlers_disconnect_by_func (self->phases, phases_changed_cb, self);
  g_clear_object (&self->phases);

  G_OBJECT_CLASS (rs_cycle_timeline_parent_class)->dispose (object);
}

static void
rs_cycle_timeline_class_init (RsCycleTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_cycle_timeline_dispose;
  widget_class->snapshot = rs_cycle_timeline_snapshot;
  widget_class->measure = rs_cycle_timeline_measure;
  gtk_widget_class_set_css_name (widget_class, "cycletimeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-cycle-timeline.ui");
}

static void
rs_cycle_timeline_init (RsCycleTimeline *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_cycle_timeline_new (void)
{
  return g_object_new (RS_TYPE_CYCLE_TIMELINE, NULL);
}

void
rs_cycle_timeline_set_phases (RsCycleTimeline *self,
                              GListModel      *phases)
{
  g_return_if_fail (RS_IS_CYCLE_TIMELINE (self));

  if (self->phases)
    g_signal_handlers_disconnect_by_func (self->phases, phases_changed_cb, self);
  g_set_object (&self->phases, phases);
  if (phases)
    g_signal_connect_swapped (phases, "items-changed", G_CALLBACK (phases_changed_cb), self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Bit (1 << RsPhaseKind) set for each phase that has a warning. */
void
rs_cycle_timeline_set_flagged (RsCycleTimeline *self,
                               guint            flagged_mask)
{
  g_return_if_fail (RS_IS_CYCLE_TIMELINE (self));
  self->flagged_mask = flagged_mask;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
