/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection-replace-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-person-ref.h"
#include "rs-selection-replace-dialog.h"

struct _RsSelectionReplaceDialog
{
  AdwMessageDialog  parent_instance;

  GArray           *person_ids;  /* gint64 */
  GPtrArray        *checks;      /* GtkCheckButton*, same order */
  GtkWidget        *entry;       /* pseudonym, number or source id; shown with a lookup */
  GtkWidget        *message;
  GtkListBox       *list;
  RsDatabase       *db;
  gint64            panel_id;
};

G_DEFINE_FINAL_TYPE (RsSelectionReplaceDialog, rs_selection_replace_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
update_response (RsSelectionReplaceDialog *self)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->checks->len && !any; i++)
    any = gtk_check_button_get_active (g_ptr_array_index (self->checks, i));
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "replace", any);
}

static void
rs_selection_replace_dialog_finalize (GObject *object)
{
  RsSelectionReplaceDialog *self = RS_SELECTION_REPLACE_DIALOG (object);

  g_clear_pointer (&self->person_ids, g_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (rs_selection_replace_dialog_parent_class)->finalize (object);
}

static void entry_activate_cb (RsSelectionReplaceDialog *self);

static void
rs_selection_replace_dialog_class_init (RsSelectionReplaceDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = rs_selection_replace_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/raadslag/Raadslag/ui/rs-selection-replace-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsSelectionReplaceDialog, entry);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionReplaceDialog, list);
  gtk_widget_class_bind_template_child (widget_class, RsSelectionReplaceDialog, message);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
}

static void
rs_selection_replace_dialog_init (RsSelectionReplaceDialog *self)
{
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Enter in the entry checks the member typed: pseudonym, number or source id. */
static void
entry_activate_cb (RsSelectionReplaceDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPersonRef) ref = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  if (self->db == NULL || *text == '\0')
    return;
  ref = rs_person_ref_resolve (self->db, 0, self->panel_id, text, RS_PERSON_REF_ANY, &error);
  if (ref != NULL)
    {
      for (guint i = 0; i < self->person_ids->len; i++)
        if (g_array_index (self->person_ids, gint64, i) == ref->person_id)
          {
            gtk_check_button_set_active (g_ptr_array_index (self->checks, i), TRUE);
            gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
            gtk_label_set_text (GTK_LABEL (self->message), "");
            gtk_widget_remove_css_class (self->entry, "error");
            return;
          }
      g_set_error (&error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_FOUND,
                   _("%s is not a member of the latest draw."), ref->pseudonym);
    }
  gtk_label_set_text (GTK_LABEL (self->message), error->message);
  gtk_widget_add_css_class (self->entry, "error");
}

void
rs_selection_replace_dialog_set_lookup (RsSelectionReplaceDialog *self,
                                        RsDatabase               *db,
                                        gint64                    panel_id)
{
  g_return_if_fail (RS_IS_SELECTION_REPLACE_DIALOG (self));
  g_set_object (&self->db, db);
  self->panel_id = panel_id;
  gtk_widget_set_visible (self->entry, db != NULL);
}

GtkWidget *
rs_selection_replace_dialog_new (GtkWindow             *parent,
                                 RsSelectionLatestDraw *draw)
{
  RsSelectionReplaceDialog *self = g_object_new (RS_TYPE_SELECTION_REPLACE_DIALOG,
                                                 "transient-for", parent,
                                                 "modal", TRUE,
                                                 NULL);

  for (guint i = 0; i < draw->person_ids->len; i++)
    {
      const char *pseudonym = g_ptr_array_index (draw->pseudonyms, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pseudonym);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, pseudonym, -1);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_response), self);
      gtk_list_box_append (self->list, row);
      g_array_append_val (self->person_ids, g_array_index (draw->person_ids, gint64, i));
      g_ptr_array_add (self->checks, check);
    }
  update_response (self);
  return GTK_WIDGET (self);
}

GArray *
rs_selection_replace_dialog_get_dropped (RsSelectionReplaceDialog *self)
{
  GArray *dropped = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (RS_IS_SELECTION_REPLACE_DIALOG (self), dropped);
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_array_append_val (dropped, g_array_index (self->person_ids, gint64, i));
  return dropped;
}

void
rs_selection_replace_dialog_set_checked (RsSelectionReplaceDialog *self,
                                         guint                     index,
                                         gboolean                  checked)
{
  g_return_if_fail (RS_IS_SELECTION_REPLACE_DIALOG (self));
  g_return_if_fail (index < self->checks->len);
  gtk_check_button_set_active (g_ptr_array_index (self->checks, index), checked);
}

void
rs_selection_replace_dialog_type_member (RsSelectionReplaceDialog *self,
                                         const char               *text)
{
  g_return_if_fail (RS_IS_SELECTION_REPLACE_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  entry_activate_cb (self);
}
