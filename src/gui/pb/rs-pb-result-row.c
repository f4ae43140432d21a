/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-result-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-pb-result-row.h"

struct _RsPbResultRow
{
  AdwActionRow    parent_instance;

  RsPbComparison *item;

  GtkLabel       *greedy_label;
  GtkLabel       *mes_label;
};

G_DEFINE_FINAL_TYPE (RsPbResultRow, rs_pb_result_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (RsPbResultRow *self)
{
  RsPbComparison *c = self->item;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *cost = NULL;

  if (c == NULL)
    return;
  cost = rs_pb_format_amount (rs_pb_comparison_get_cost (c));
  title = g_markup_printf_escaped (_("<b>%s</b>  %s · DKK %s · %s"),
                                   rs_pb_comparison_get_code (c), rs_pb_comparison_get_title (c),
                                   cost,
                                   *rs_pb_comparison_get_envelope (c)
                                   ? rs_pb_comparison_get_envelope (c) : _("Whole municipality"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  subtitle = g_markup_escape_text (rs_pb_comparison_get_explanation (c), -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_label_set_label (self->mes_label, rs_pb_comparison_get_funded (c)
                                        ? _("Equal Shares: funded")
                                        : _("Equal Shares: not funded"));
  gtk_label_set_label (self->greedy_label, rs_pb_comparison_get_other_funded (c)
                                           ? _("Greedy: funded") : _("Greedy: not funded"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->greedy_label),
                               rs_pb_comparison_get_other_explanation (c));
  if (rs_pb_comparison_get_funded (c))
    gtk_widget_add_css_class (GTK_WIDGET (self->mes_label), "success");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->mes_label), "dim-label");
  if (!rs_pb_comparison_get_other_funded (c))
    gtk_widget_add_css_class (GTK_WIDGET (self->greedy_label), "dim-label");
}

static void
rs_pb_result_row_dispose (GObject *object)
{
  RsPbResultRow *self = RS_PB_RESULT_ROW (object);

  g_clear_object (&self->item);
  G_OBJECT_CLASS (rs_pb_result_row_parent_class)->dispose (object);
}

static void
rs_pb_result_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RsPbResultRow *self = RS_PB_RESULT_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM: g_value_set_object (value, self->item); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_pb_result_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RsPbResultRow *self = RS_PB_RESULT_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_set_object (&self->item, g_value_get_object (value));
      update (self);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_pb_result_row_class_init (RsPbResultRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_pb_result_row_dispose;
  object_class->get_property = rs_pb_result_row_get_property;
  object_class->set_property = rs_pb_result_row_set_property;
  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, RS_TYPE_PB_COMPARISON,
                                               G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                               G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-pb-result-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPbResultRow, greedy_label);
  gtk_widget_class_bind_template_child (widget_class, RsPbResultRow, mes_label);
}

static void
rs_pb_result_row_init (RsPbResultRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_pb_result_row_new (RsPbComparison *item)
{
  return g_object_new (RS_TYPE_PB_RESULT_ROW, "item", item, NULL);
}
