/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection-chart"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "rs-selection-chart.h"

#define N_SERIES 2

struct _RsSelectionChart
{
  GtkWidget parent_instance;
  GArray   *series[N_SERIES];  /* sorted doubles */
  double    share;
};

G_DEFINE_FINAL_TYPE (RsSelectionChart, rs_selection_chart, GTK_TYPE_WIDGET)

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
set_color (cairo_t *cr,
           int      series)
{
  /* LEXIMIN in blue, LEGACY in orange (GNOME palette). */
  if (series == 0)
    cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
  else
    cairo_set_source_rgb (cr, 0.90, 0.38, 0.0);
}

static void
rs_selection_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  RsSelectionChart *self = RS_SELECTION_CHART (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double left = 44, bottom = 24, top = 8, right = 8, plot_w, plot_h, y_max = 0.0;
  cairo_t *cr;
  PangoLayout *layout;

  if (width <= left + right || height <= top + bottom)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  plot_w = width - left - right;
  plot_h = height - top - bottom;
  for (int s = 0; s < N_SERIES; s++)
    if (self->series[s] && self->series[s]->len > 0)
      y_max = MAX (y_max, g_array_index (self->series[s], double, self->series[s]->len - 1));
  y_max = MAX (y_max, self->share);
  y_max = y_max <= 0 ? 1.0 : MIN (1.0, y_max * 1.1);

  /* Axes and labels. */
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.8);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, left, top);
  cairo_line_to (cr, left, top + plot_h);
  cairo_line_to (cr, left + plot_w, top + plot_h);
  cairo_stroke (cr);
  layout = gtk_widget_create_pango_layout (widget, NULL);
  for (int i = 0; i <= 2; i++)
    {
      g_autofree char *text = g_strdup_printf ("%.0f %%", 100 * y_max * i / 2);
      int tw, th;
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_pixel_size (layout, &tw, &th);
      cairo_move_to (cr, left - tw - 4, top + plot_h - plot_h * i / 2 - th / 2.0);
      pango_cairo_show_layout (cr, layout);
    }
  pango_layout_set_text (layout, _("Volunteers, from lowest to highest chance"), -1);
  cairo_move_to (cr, left + 4, top + plot_h + 4);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);

  if (self->share > 0)
    {
      double dash[] = { 4, 4 };
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, left, top + plot_h * (1 - self->share / y_max));
      cairo_line_to (cr, left + plot_w, top + plot_h * (1 - self->share / y_max));
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  for (int s = N_SERIES - 1; s >= 0; s--)
    {
      GArray *values = self->series[s];
      if (values == NULL || values->len == 0)
        continue;
      set_color (cr, s);
      cairo_set_line_width (cr, 2);
      for (guint i = 0; i < values->len; i++)
        {
          double x = left + plot_w * (values->len == 1 ? 0.5 : i / (double) (values->len - 1));
          double y = top + plot_h * (1 - g_array_index (values, double, i) / y_max);
          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

static void
rs_selection_chart_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 600 : 220;
}

static void
rs_selection_chart_finalize (GObject *object)
{
  RsSelectionChart *self = RS_SELECTION_CHART (object);

  for (int s = 0; s < N_SERIES; s++)
    g_clear_pointer (&self->series[s], g_array_unref);
  G_OBJECT_CLASS (rs_selection_chart_parent_class)->finalize (object);
}

static void
rs_selection_chart_class_init (RsSelectionChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rs_selection_chart_finalize;
  widget_class->snapshot = rs_selection_chart_snapshot;
  widget_class->measure = rs_selection_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-selection-chart.ui");
  gtk_widget_class_set_css_name (widget_class, "selectionchart");
}

static void
rs_selection_chart_init (RsSelectionChart *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_selection_chart_new (void)
{
  return g_object_new (RS_TYPE_SELECTION_CHART, NULL);
}

void
rs_selection_chart_set_series (RsSelectionChart *self,
                               int               series,
                               const double     *probabilities,
                               int               n)
{
  g_return_if_fail (series >= 0 && series < N_SERIES);
  g_clear_pointer (&self->series[series], g_array_unref);
  if (probabilities != NULL)
    {
      self->series[series] = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
      g_array_append_vals (self->series[series], probabilities, n);
      qsort (self->series[series]->data, n, sizeof (double), compare_double);
    }
  if (self->series[0] && self->series[0]->len > 0)
    {
      GArray *v = self->series[0];
      g_autofree char *text = g_strdup_printf (_("Chart of the selection probabilities: from %.1f %% to %.1f %%"),
                                               100 * g_array_index (v, double, 0),
                                               100 * g_array_index (v, double, v->len - 1));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
rs_selection_chart_set_share (RsSelectionChart *self,
                              double            share)
{
  self->share = share;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
rs_selection_chart_get_n (RsSelectionChart *self,
                          int               series)
{
  return self->series[series] ? (int) self->series[series]->len : 0;
}
