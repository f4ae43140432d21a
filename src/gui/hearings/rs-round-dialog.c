/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-round-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-round-dialog.h"

struct _RsRoundDialog
{
  AdwMessageDialog  parent_instance;

  AdwEntryRow      *title_row;
  AdwEntryRow      *start_row;
  AdwEntryRow      *deadline_row;
  AdwEntryRow      *case_row;
  AdwEntryRow      *reference_row;
  AdwEntryRow      *material_row;
  GtkSwitch        *statutory_switch;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (RsRoundDialog, rs_round_dialog, ADW_TYPE_MESSAGE_DIALOG)

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* What keeps the round from being saved, or NULL: a title, two dates and a
 * deadline after the first day. */
static char *
find_problem (RsRoundDialog *self)
{
  g_autofree char *title = row_text (self->title_row);
  g_autofree char *start = row_text (self->start_row);
  g_autofree char *deadline = row_text (self->deadline_row);

  if (*title == '\0')
    return g_strdup (_("Give the round a title."));
  if (!rs_date_is_valid (start))
    return g_strdup (_("Enter the first day as YYYY-MM-DD."));
  if (!rs_date_is_valid (deadline))
    return g_strdup (_("Enter the deadline as YYYY-MM-DD."));
  if (rs_date_days_between (start, deadline) <= 0)
    return g_strdup (_("The deadline must be after the first day."));
  return NULL;
}

static void
validate (RsRoundDialog *self)
{
  g_autofree char *problem = find_problem (self);
  g_autofree char *title = row_text (self->title_row);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", problem == NULL);
  /* An empty title needs no red text: the disabled button says enough. */
  gtk_label_set_text (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL && *title != '\0');
}

static void
rs_round_dialog_class_init (RsRoundDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-round-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsRoundDialog, case_row);
  gtk_widget_class_bind_template_child (widget_class, RsRoundDialog, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, RsRoundDialog, material_row);
  gtk_widget_class_bind_template_child (widget_class, RsRoundDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, RsRoundDialog, reference_row);
  gtk_widget_class_bind_template_child (widget_class, RsRoundDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, RsRoundDialog, statutory_switch);
  gtk_widget_class_bind_template_child (widget_class, RsRoundDialog, title_row);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
rs_round_dialog_init (RsRoundDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_round_dialog_new (GtkWindow      *parent,
                     RsHearingRound *round)
{
  RsRoundDialog *self = g_object_new (RS_TYPE_ROUND_DIALOG, "transient-for", parent, "modal", TRUE, NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), rs_hearing_round_get_title (round));
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), rs_hearing_round_get_starts_on (round));
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_row), rs_hearing_round_get_deadline (round));
  gtk_editable_set_text (GTK_EDITABLE (self->case_row), rs_hearing_round_get_case_number (round));
  gtk_editable_set_text (GTK_EDITABLE (self->reference_row), rs_hearing_round_get_legal_reference (round));
  gtk_editable_set_text (GTK_EDITABLE (self->material_row), rs_hearing_round_get_material (round));
  gtk_switch_set_active (self->statutory_switch, rs_hearing_round_get_statutory (round));
  validate (self);
  return GTK_WIDGET (self);
}

GtkWidget *
rs_round_dialog_new_for_create (GtkWindow      *parent,
                                RsHearingRound *defaults)
{
  GtkWidget *self = rs_round_dialog_new (parent, defaults);

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("New Hearing Round"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               _("The round opens on its first day; responses are due by the deadline."));
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("C_reate"));
  gtk_widget_grab_focus (GTK_WIDGET (RS_ROUND_DIALOG (self)->title_row));
  return self;
}

gboolean
rs_round_dialog_is_valid (RsRoundDialog *self)
{
  g_autofree char *problem = find_problem (self);

  return problem == NULL;
}

const char *
rs_round_dialog_get_problem (RsRoundDialog *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->problem_label)) ? gtk_label_get_text (self->problem_label) : NULL;
}

void
rs_round_dialog_set_fields (RsRoundDialog *self,
                            const char    *title,
                            const char    *starts_on,
                            const char    *deadline)
{
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), starts_on);
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_row), deadline);
}

void
rs_round_dialog_apply (RsRoundDialog  *self,
                       RsHearingRound *round)
{
  g_autofree char *title = row_text (self->title_row);
  g_autofree char *start = row_text (self->start_row);
  g_autofree char *deadline = row_text (self->deadline_row);

  rs_hearing_round_set_title (round, title);
  rs_hearing_round_set_starts_on (round, start);
  rs_hearing_round_set_deadline (round, deadline);
  rs_hearing_round_set_case_number (round, gtk_editable_get_text (GTK_EDITABLE (self->case_row)));
  rs_hearing_round_set_legal_reference (round, gtk_editable_get_text (GTK_EDITABLE (self->reference_row)));
  rs_hearing_round_set_material (round, gtk_editable_get_text (GTK_EDITABLE (self->material_row)));
  rs_hearing_round_set_statutory (round, gtk_switch_get_active (self->statutory_switch));
}
