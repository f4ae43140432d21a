/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-panel-details"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-conflict-dialog.h"
#include "rs-panel-details.h"
#include "rs-panel-store.h"

struct _RsPanelDetails
{
  AdwBin         parent_instance;

  RsPage        *owner;        /* weak */
  GCancellable  *cancellable;  /* cancelled in dispose */
  RsPanel       *panel;
  AdwEntryRow   *name;
  GtkSpinButton *size;
  GtkSwitch     *chair;
  GtkTextView   *mandate;
  GtkSpinButton *min_age;
  GtkSwitch     *resident;
  GtkSwitch     *council;
  GtkSwitch     *employees;
  GtkSwitch     *household;
  GtkSpinButton *cooloff;
  GtkSpinButton *tolerance;
  guint          save_id;      /* a save waiting for a pause in the typing */
  gboolean       filling;
  gint64         saving_id;    /* the panel a save in flight is for, or 0 */
  gboolean       save_again;   /* typed on while a save was in flight */
};

G_DEFINE_FINAL_TYPE (RsPanelDetails, rs_panel_details, ADW_TYPE_BIN)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* After dispose (the page closed while a save ran) the view does nothing. */
static gboolean
is_gone (RsPanelDetails *self)
{
  return self->owner == NULL || g_cancellable_is_cancelled (self->cancellable);
}

static void
written (RsPanelDetails *self,
         gboolean        ok,
         GError         *error)
{
  if (!ok)
    {
      if (!is_gone (self) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (self->owner, error);
      return;
    }
  if (is_gone (self))
    return;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void save_now (RsPanelDetails *self);

static void
conflict_response_cb (RsConflictDialog *dialog,
                      const char       *response,
                      RsPanelDetails   *self)
{
  RsPanel *current = g_object_get_data (G_OBJECT (dialog), "rs-current");

  if (self->panel == NULL || rs_panel_get_id (self->panel) != rs_panel_get_id (current))
    return;
  if (g_str_equal (response, "theirs"))
    rs_panel_details_set_panel (self, current);
  else if (g_str_equal (response, "mine"))
    {
      rs_panel_set_version (self->panel, rs_panel_get_version (current));
      save_now (self);
    }
}

/* Someone else saved the panel since it was loaded here: both versions
 * side by side, and the form keeps what was typed. */
static void
show_conflict (RsPanelDetails *self,
               RsPanel        *current,
               const char     *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  RsConflictDialog *dialog = rs_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, message);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->mandate);
  g_autofree char *mandate = NULL;
  g_autofree char *their_size = g_strdup_printf ("%d", rs_panel_get_size (current));
  g_autofree char *my_size = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (self->size));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  mandate = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  rs_conflict_dialog_add_field (dialog, _("Name"), rs_panel_get_name (current),
                                gtk_editable_get_text (GTK_EDITABLE (self->name)));
  rs_conflict_dialog_add_field (dialog, _("Mandate"), rs_panel_get_mandate (current), mandate);
  rs_conflict_dialog_add_field (dialog, _("Seats"), their_size, my_size);
  if (rs_conflict_dialog_get_n_fields (dialog) == 0)
    rs_conflict_dialog_add_field (dialog, _("Other rules"), _("Changed"), _("As in the form"));
  g_object_set_data_full (G_OBJECT (dialog), "rs-current", g_object_ref (current), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsPanelDetails) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPanel) current = NULL;
  gint64 version = 0;
  gboolean ok = rs_panel_store_save_finish (RS_DATABASE (source), result, &version, &current, &error);
  gint64 saved_id = self->saving_id;

  self->saving_id = 0;
  if (!ok && current != NULL && !is_gone (self))
    {
      self->save_again = FALSE;
      show_conflict (self, current, error->message);
      return;
    }
  /* The next save starts from the version this one stored. */
  if (ok && self->panel != NULL && saved_id == rs_panel_get_id (self->panel))
    rs_panel_set_version (self->panel, version);
  written (self, ok, error);
  if (ok && self->save_again && !is_gone (self))
    {
      self->save_again = FALSE;
      save_now (self);
    }
}

static void
deleted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsPanelDetails) self = user_data;
  g_autoptr(GError) error = NULL;

  written (self, rs_panel_store_delete_finish (RS_DATABASE (source), result, &error), error);
}

/* Saves as you go: after a pause in the typing, what is valid is stored;
 * what is not (an empty name) is said once and waits to be put right. */
static void
save_now (RsPanelDetails *self)
{
  g_autoptr(RsPanel) copy = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;
  g_autofree char *mandate = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->mandate);

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->panel == NULL || is_gone (self))
    return;
  copy = rs_panel_copy (self->panel);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  mandate = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  rs_panel_set_name (copy, gtk_editable_get_text (GTK_EDITABLE (self->name)));
  rs_panel_set_mandate (copy, mandate);
  rs_panel_set_size (copy, gtk_spin_button_get_value_as_int (self->size));
  rs_panel_set_has_chair (copy, gtk_switch_get_active (self->chair));
  rs_panel_set_min_age (copy, gtk_spin_button_get_value_as_int (self->min_age));
  rs_panel_set_require_resident (copy, gtk_switch_get_active (self->resident));
  rs_panel_set_exclude_council_members (copy, gtk_switch_get_active (self->council));
  rs_panel_set_exclude_employees (copy, gtk_switch_get_active (self->employees));
  rs_panel_set_one_per_household (copy, gtk_switch_get_active (self->household));
  rs_panel_set_cooloff_years (copy, gtk_spin_button_get_value_as_int (self->cooloff));
  rs_panel_set_quota_tolerance (copy, gtk_spin_button_get_value (self->tolerance));
  if (!rs_panel_validate (copy, &error))
    {
      rs_page_add_toast (self->owner, adw_toast_new (error->message));
      return;
    }
  /* One save at a time, each from the version the last one stored, so
   * that typing on never conflicts with one's own earlier save. */
  if (self->saving_id != 0)
    {
      self->save_again = TRUE;
      return;
    }
  /* What is saved is what the panel now is. */
  g_set_object (&self->panel, copy);
  self->saving_id = rs_panel_get_id (copy);
  rs_panel_store_save_async (rs_page_get_database (self->owner), copy, self->cancellable, saved_cb,
                             g_object_ref (self));
}

static gboolean
save_timeout_cb (gpointer data)
{
  RsPanelDetails *self = data;

  self->save_id = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (RsPanelDetails *self)
{
  if (self->filling || self->panel == NULL)
    return;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (600, save_timeout_cb, self);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RsPanelDetails   *self)
{
  if (g_str_equal (response, "delete") && self->panel && !is_gone (self))
    rs_panel_store_delete_async (rs_page_get_database (self->owner), rs_panel_get_id (self->panel),
                                 self->cancellable, deleted_cb, g_object_ref (self));
}

static void
delete_clicked_cb (RsPanelDetails *self)
{
  GtkWidget *dialog;

  if (self->panel == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Delete Panel?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s”, its categories and its whole recruitment pool will be deleted."),
                                  rs_panel_get_name (self->panel));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rs_panel_details_dispose (GObject *object)
{
  RsPanelDetails *self = RS_PANEL_DETAILS (object);

  /* A change still waiting is saved, beyond the cancel below. */
  if (self->save_id != 0)
    {
      GCancellable *cancellable = g_steal_pointer (&self->cancellable);

      save_now (self);
      self->cancellable = cancellable;
    }
  g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->owner);
  g_clear_object (&self->panel);
  G_OBJECT_CLASS (rs_panel_details_parent_class)->dispose (object);
}

static void
rs_panel_details_finalize (GObject *object)
{
  RsPanelDetails *self = RS_PANEL_DETAILS (object);

  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (rs_panel_details_parent_class)->finalize (object);
}

static void
rs_panel_details_class_init (RsPanelDetailsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rs_panel_details_dispose;
  G_OBJECT_CLASS (klass)->finalize = rs_panel_details_finalize;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-panel-details.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPanelDetails, chair);
  gtk_widget_class_bind_template_child (widget_class, RsPanelDetails, cooloff);
  gtk_widget_class_bind_template_child (widget_class, RsPanelDetails, council);
  gtk_widget_class_bind_template_child (widget_class, RsPanelDetails, employees);
  gtk_widget_class_bind_template_child (widget_class, RsPanelDetails, household);
  gtk_widget_class_bind_template_child (widget_class, RsPanelDetails, mandate);
  gtk_widget_class_bind_template_child (widget_class, RsPanelDetails, min_age);
  gtk_widget_class_bind_template_child (widget_class, RsPanelDetails, name);
  gtk_widget_class_bind_template_child (widget_class, RsPanelDetails, resident);
  gtk_widget_class_bind_template_child (widget_class, RsPanelDetails, size);
  gtk_widget_class_bind_template_child (widget_class, RsPanelDetails, tolerance);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

static void
rs_panel_details_init (RsPanelDetails *self)
{
  GtkWidget *spins[4], *switches[5];

  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  spins[0] = GTK_WIDGET (self->size), spins[1] = GTK_WIDGET (self->min_age);
  spins[2] = GTK_WIDGET (self->cooloff), spins[3] = GTK_WIDGET (self->tolerance);
  switches[0] = GTK_WIDGET (self->chair), switches[1] = GTK_WIDGET (self->resident);
  switches[2] = GTK_WIDGET (self->council), switches[3] = GTK_WIDGET (self->employees);
  switches[4] = GTK_WIDGET (self->household);
  /* Every field saves as you go. */
  g_signal_connect_swapped (self->name, "changed", G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->mandate), "changed", G_CALLBACK (field_changed_cb),
                            self);
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    g_signal_connect_swapped (spins[i], "value-changed", G_CALLBACK (field_changed_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
    g_signal_connect_swapped (switches[i], "notify::active", G_CALLBACK (field_changed_cb), self);
}

GtkWidget *
rs_panel_details_new (RsPage *owner)
{
  RsPanelDetails *self = g_object_new (RS_TYPE_PANEL_DETAILS, NULL);

  /* Weak: a save may finish after the page is gone. */
  g_set_weak_pointer (&self->owner, owner);
  return GTK_WIDGET (self);
}

static void
set_text (GtkEditable *editable,
          const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text ? text : "") != 0)
    gtk_editable_set_text (editable, text ? text : "");
}

static void
set_spin (GtkSpinButton *spin,
          double         value)
{
  if (gtk_spin_button_get_value (spin) != value)
    gtk_spin_button_set_value (spin, value);
}

/* Fills the form from @panel; the same panel again (reloaded after a save
 * here or elsewhere) only changes the fields that differ, and not while a
 * change typed here waits to be saved. */
void
rs_panel_details_set_panel (RsPanelDetails *self,
                            RsPanel        *panel)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->mandate);
  g_autofree char *mandate = NULL;
  GtkTextIter start, end;
  gboolean same = self->panel != NULL && panel != NULL && rs_panel_get_id (self->panel) == rs_panel_get_id (panel);

  if (same && (self->save_id != 0 || self->saving_id != 0))
    return;
  if (!same && self->save_id != 0)
    save_now (self);
  g_set_object (&self->panel, panel);
  if (panel == NULL)
    return;
  self->filling = TRUE;
  set_text (GTK_EDITABLE (self->name), rs_panel_get_name (panel));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  mandate = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (mandate, rs_panel_get_mandate (panel) ? rs_panel_get_mandate (panel) : "") != 0)
    gtk_text_buffer_set_text (buffer, rs_panel_get_mandate (panel) ? rs_panel_get_mandate (panel) : "", -1);
  set_spin (self->size, rs_panel_get_size (panel));
  gtk_switch_set_active (self->chair, rs_panel_get_has_chair (panel));
  set_spin (self->min_age, rs_panel_get_min_age (panel));
  gtk_switch_set_active (self->resident, rs_panel_get_require_resident (panel));
  gtk_switch_set_active (self->council, rs_panel_get_exclude_council_members (panel));
  gtk_switch_set_active (self->employees, rs_panel_get_exclude_employees (panel));
  gtk_switch_set_active (self->household, rs_panel_get_one_per_household (panel));
  set_spin (self->cooloff, rs_panel_get_cooloff_years (panel));
  set_spin (self->tolerance, rs_panel_get_quota_tolerance (panel));
  self->filling = FALSE;
}

void
rs_panel_details_save (RsPanelDetails *self)
{
  g_return_if_fail (RS_IS_PANEL_DETAILS (self));
  save_now (self);
}

gboolean
rs_panel_details_has_unsaved (RsPanelDetails *self)
{
  return self->save_id != 0;
}
