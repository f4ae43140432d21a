/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-proposal-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-pb-count.h"
#include "rs-pb-proposal-row.h"

struct _RsPbProposalRow
{
  AdwActionRow  parent_instance;

  RsPbProposal *proposal;

  GtkWidget    *feasible_button;
  GtkWidget    *reject_button;
  GtkLabel     *status_label;
};

G_DEFINE_FINAL_TYPE (RsPbProposalRow, rs_pb_proposal_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_PROPOSAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (RsPbProposalRow *self)
{
  RsPbProposal *p = self->proposal;
  g_autofree char *title = NULL;
  g_autofree char *cost = NULL;
  g_autofree char *votes = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *status;

  if (p == NULL)
    return;
  status = rs_pb_proposal_get_status (p);
  title = g_markup_printf_escaped ("<b>%s</b>  %s", rs_pb_proposal_get_code (p),
                                   rs_pb_proposal_get_title (p));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  /* TRANSLATORS: an amount in Danish kroner. */
  {
    g_autofree char *amount = rs_pb_format_amount (rs_pb_proposal_get_effective_cost (p));
    cost = g_strdup_printf (_("DKK %s"), amount);
  }
  g_string_append (subtitle, cost);
  if (rs_pb_proposal_get_revised_cost (p) >= 0)
    {
      g_autofree char *was = rs_pb_format_amount (rs_pb_proposal_get_cost (p));
      g_string_append_printf (subtitle, _(" (revised from %s)"), was);
    }
  g_string_append_printf (subtitle, " · %s", rs_pb_proposal_get_district (p)
                                             ? rs_pb_proposal_get_district (p)
                                             : _("Whole municipality"));
  if (*rs_pb_proposal_get_theme (p))
    g_string_append_printf (subtitle, " · %s", rs_pb_proposal_get_theme (p));
  votes = g_strdup_printf (ngettext ("%d vote", "%d votes", rs_pb_proposal_get_votes (p)),
                           rs_pb_proposal_get_votes (p));
  g_string_append_printf (subtitle, " · %s", votes);
  if (*rs_pb_proposal_get_reason (p))
    g_string_append_printf (subtitle, "\n%s", rs_pb_proposal_get_reason (p));
  if (*rs_pb_proposal_get_review_note (p))
    g_string_append_printf (subtitle, "\n⚠ %s", rs_pb_proposal_get_review_note (p));
  {
    g_autofree char *escaped = g_markup_escape_text (subtitle->str, -1);
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), escaped);
  }
  gtk_label_set_label (self->status_label, rs_pb_proposal_status_label (status));
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
  if (g_str_equal (status, "feasible"))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "success");
  else if (g_str_equal (status, "not-feasible"))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->feasible_button), "x",
                                    rs_pb_proposal_get_id (p));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->reject_button), "x",
                                    rs_pb_proposal_get_id (p));
  gtk_widget_set_visible (self->feasible_button, !g_str_equal (status, "merged"));
  gtk_widget_set_visible (self->reject_button, !g_str_equal (status, "merged"));
}

static void
rs_pb_proposal_row_dispose (GObject *object)
{
  RsPbProposalRow *self = RS_PB_PROPOSAL_ROW (object);

  g_clear_object (&self->proposal);
  G_OBJECT_CLASS (rs_pb_proposal_row_parent_class)->dispose (object);
}

static void
rs_pb_proposal_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RsPbProposalRow *self = RS_PB_PROPOSAL_ROW (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL: g_value_set_object (value, self->proposal); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_pb_proposal_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RsPbProposalRow *self = RS_PB_PROPOSAL_ROW (object);

  switch (prop_id)
    {
    case PROP_PROPOSAL:
      g_set_object (&self->proposal, g_value_get_object (value));
      if (self->proposal != NULL)
        g_signal_connect_object (self->proposal, "notify::votes", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);
      update (self);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_pb_proposal_row_class_init (RsPbProposalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_pb_proposal_row_dispose;
  object_class->get_property = rs_pb_proposal_row_get_property;
  object_class->set_property = rs_pb_proposal_row_set_property;

  properties[PROP_PROPOSAL] = g_param_spec_object ("proposal", NULL, NULL, RS_TYPE_PB_PROPOSAL,
                                                   G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-pb-proposal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPbProposalRow, feasible_button);
  gtk_widget_class_bind_template_child (widget_class, RsPbProposalRow, reject_button);
  gtk_widget_class_bind_template_child (widget_class, RsPbProposalRow, status_label);
}

static void
rs_pb_proposal_row_init (RsPbProposalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_pb_proposal_row_new (RsPbProposal *proposal)
{
  return g_object_new (RS_TYPE_PB_PROPOSAL_ROW, "proposal", proposal, NULL);
}

RsPbProposal *
rs_pb_proposal_row_get_proposal (RsPbProposalRow *self)
{
  return self->proposal;
}
