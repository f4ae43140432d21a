/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-repr-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-repr-chart.h"

struct _RsReprChart
{
  GtkWidget             parent_instance;
  RsRepresentativeness *data;
};

G_DEFINE_FINAL_TYPE (RsReprChart, rs_repr_chart, GTK_TYPE_WIDGET)

static void
rs_repr_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  RsReprChart *self = RS_REPR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 420;
      *natural = 760;
    }
  else
    *minimum = *natural = self->data ? (int) rs_representativeness_height (self->data) : 0;
}

static void
rs_repr_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  RsReprChart *self = RS_REPR_CHART (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->data == NULL)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rs_representativeness_draw (self->data, cr, width, 0);
  cairo_destroy (cr);
}

static void
rs_repr_chart_class_init (RsReprChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = rs_repr_chart_measure;
  widget_class->snapshot = rs_repr_chart_snapshot;
  gtk_widget_class_set_css_name (widget_class, "reprchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-repr-chart.ui");
}

static void
rs_repr_chart_init (RsReprChart *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_repr_chart_new (void)
{
  return g_object_new (RS_TYPE_REPR_CHART, NULL);
}

void
rs_repr_chart_set_data (RsReprChart          *self,
                        RsRepresentativeness *data)
{
  self->data = data;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
