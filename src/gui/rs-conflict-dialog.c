/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-conflict-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-conflict-dialog.h"

struct _RsConflictDialog
{
  AdwMessageDialog  parent_instance;

  GString          *mine_text;
  guint             n_fields;

  /* Template widgets */
  GtkGrid          *fields_grid;
};

G_DEFINE_FINAL_TYPE (RsConflictDialog, rs_conflict_dialog, ADW_TYPE_MESSAGE_DIALOG)

static GtkWidget *
value_label (const char *text,
             const char *accessible)
{
  GtkWidget *label = gtk_label_new (text && *text ? text : "–");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, accessible, -1);
  return label;
}

static void
response_cb (RsConflictDialog *self,
             const char       *response)
{
  if (g_str_equal (response, "copy"))
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), self->mine_text->str);
}

static void
rs_conflict_dialog_finalize (GObject *object)
{
  RsConflictDialog *self = RS_CONFLICT_DIALOG (object);

  g_string_free (self->mine_text, TRUE);
  G_OBJECT_CLASS (rs_conflict_dialog_parent_class)->finalize (object);
}

static void
rs_conflict_dialog_class_init (RsConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rs_conflict_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsConflictDialog, fields_grid);
}

static void
rs_conflict_dialog_init (RsConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->mine_text = g_string_new ("");
  g_signal_connect (self, "response", G_CALLBACK (response_cb), NULL);
}

RsConflictDialog *
rs_conflict_dialog_new (GtkWindow  *parent,
                        const char *message)
{
  return g_object_new (RS_TYPE_CONFLICT_DIALOG, "transient-for", parent, "body", message, NULL);
}

gboolean
rs_conflict_dialog_add_field (RsConflictDialog *self,
                              const char       *label,
                              const char       *theirs,
                              const char       *mine)
{
  GtkWidget *caption;
  int row;

  g_return_val_if_fail (RS_IS_CONFLICT_DIALOG (self), FALSE);
  if (g_strcmp0 (theirs ? theirs : "", mine ? mine : "") == 0)
    return FALSE;
  row = 2 * (int) self->n_fields + 1;
  caption = gtk_label_new (label);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "heading");
  gtk_widget_set_margin_top (caption, 6);
  gtk_grid_attach (self->fields_grid, caption, 0, row, 2, 1);
  gtk_grid_attach (self->fields_grid, value_label (theirs, _("Their version")), 0, row + 1, 1, 1);
  gtk_grid_attach (self->fields_grid, value_label (mine, _("Your version")), 1, row + 1, 1, 1);
  self->n_fields++;
  g_string_append_printf (self->mine_text, "%s%s:\n%s\n", self->mine_text->len ? "\n" : "", label,
                          mine ? mine : "");
  return TRUE;
}

guint
rs_conflict_dialog_get_n_fields (RsConflictDialog *self)
{
  g_return_val_if_fail (RS_IS_CONFLICT_DIALOG (self), 0);
  return self->n_fields;
}

const char *
rs_conflict_dialog_get_mine_text (RsConflictDialog *self)
{
  g_return_val_if_fail (RS_IS_CONFLICT_DIALOG (self), NULL);
  return self->mine_text->str;
}
