/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-phase-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-phase-row.h"

/* One phase of the annual cycle with editable start and end dates. A date
 * is written back to the phase when the entry is activated or loses focus;
 * a date that does not parse is marked and not written. */

struct _RsPhaseRow
{
  AdwActionRow  parent_instance;

  RsPhase      *phase;

  /* Template widgets */
  GtkEntry     *start_entry;
  GtkEntry     *end_entry;
};

G_DEFINE_FINAL_TYPE (RsPhaseRow, rs_phase_row, ADW_TYPE_ACTION_ROW)

static gboolean
commit_entry (RsPhaseRow *self,
              GtkEntry   *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (*stripped != '\0' && !rs_date_is_valid (stripped))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry),
                                   _("Write the date as YYYY-MM-DD, e.g. 2027-09-10"));
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (entry), NULL);
  if (entry == self->start_entry)
    rs_phase_set_starts_on (self->phase, stripped);
  else
    rs_phase_set_ends_on (self->phase, stripped);
  return TRUE;
}

static void
entry_activated_cb (RsPhaseRow *self,
                    GtkEntry   *entry)
{
  commit_entry (self, entry);
}

static void
focus_left_cb (GtkEventControllerFocus *controller,
               RsPhaseRow              *self)
{
  commit_entry (self, GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
rs_phase_row_dispose (GObject *object)
{
  RsPhaseRow *self = RS_PHASE_ROW (object);

  g_clear_object (&self->phase);

  G_OBJECT_CLASS (rs_phase_row_parent_class)->dispose (object);
}

static void
rs_phase_row_class_init (RsPhaseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_phase_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-phase-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPhaseRow, end_entry);
  gtk_widget_class_bind_template_child (widget_class, RsPhaseRow, start_entry);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
}

static void
rs_phase_row_init (RsPhaseRow *self)
{
  GtkEntry *entries[] = { self->start_entry, self->end_entry };

  gtk_widget_init_template (GTK_WIDGET (self));

  entries[0] = self->start_entry;
  entries[1] = self->end_entry;
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();
      g_signal_connect (focus, "leave", G_CALLBACK (focus_left_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (entries[i]), focus);
    }
}

GtkWidget *
rs_phase_row_new (RsPhase *phase)
{
  RsPhaseRow *self = g_object_new (RS_TYPE_PHASE_ROW, NULL);
  RsPhaseKind kind = rs_phase_get_kind (phase);
  g_autofree char *start_label = g_strdup_printf (_("%s starts"), rs_phase_kind_get_title (kind));
  g_autofree char *end_label = g_strdup_printf (_("%s ends"), rs_phase_kind_get_title (kind));
  g_autofree char *number = g_strdup_printf ("%d", (int) kind + 1);

  self->phase = g_object_ref (phase);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), rs_phase_kind_get_title (kind));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), rs_phase_kind_get_description (kind));
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry),
                         rs_phase_get_starts_on (phase) ? rs_phase_get_starts_on (phase) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->end_entry),
                         rs_phase_get_ends_on (phase) ? rs_phase_get_ends_on (phase) : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, start_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->end_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, end_label, -1);
  {
    GtkWidget *badge = gtk_label_new (number);
    gtk_widget_add_css_class (badge, "phase-number");
    gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
    adw_action_row_add_prefix (ADW_ACTION_ROW (self), badge);
  }
  return GTK_WIDGET (self);
}

void
rs_phase_row_refresh (RsPhaseRow *self)
{
  g_return_if_fail (RS_IS_PHASE_ROW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry),
                         rs_phase_get_starts_on (self->phase) ? rs_phase_get_starts_on (self->phase) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->end_entry),
                         rs_phase_get_ends_on (self->phase) ? rs_phase_get_ends_on (self->phase) : "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->start_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->end_entry), "error");
}

RsPhase *
rs_phase_row_get_phase (RsPhaseRow *self)
{
  g_return_val_if_fail (RS_IS_PHASE_ROW (self), NULL);
  return self->phase;
}
