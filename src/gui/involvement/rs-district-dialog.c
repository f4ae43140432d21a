/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-district-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-district-dialog.h"

struct _RsDistrictDialog
{
  RsInvolvementDialog parent_instance;

  char          *old_name;   /* NULL: a new district */

  /* Template widgets */
  GtkEditable   *name;
  GtkSpinButton *population;
};

G_DEFINE_FINAL_TYPE (RsDistrictDialog, rs_district_dialog, RS_TYPE_INVOLVEMENT_DIALOG)

/* A rename under way: the population goes on the new name once it stands. */
typedef struct
{
  RsPage             *page;
  RsInvolvementStore *store;
  gint64              process_id;
  char               *name;
  gint64              population;
  GCancellable       *cancellable;
} Rename;

static void
rename_free (Rename *r)
{
  g_object_unref (r->page);
  g_object_unref (r->store);
  g_clear_object (&r->cancellable);
  g_free (r->name);
  g_free (r);
}

static void
district_set_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(RsPage) page = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_involvement_store_set_district_finish (RS_INVOLVEMENT_STORE (source), result, &error))
    rs_page_show_error (page, error);
}

static void
district_renamed_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Rename *r = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_involvement_store_rename_district_finish (RS_INVOLVEMENT_STORE (source), result, &error))
    rs_page_show_error (r->page, error);
  else
    rs_involvement_store_set_district_async (r->store, r->process_id, r->name, r->population,
                                             r->cancellable, district_set_cb, g_object_ref (r->page));
  rename_free (r);
}

static void
rs_district_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  RsDistrictDialog *self = RS_DISTRICT_DIALOG (dialog);
  RsInvolvementDialog *base = RS_INVOLVEMENT_DIALOG (dialog);
  RsInvolvementStore *store = rs_involvement_dialog_get_store (base);
  gint64 process_id = rs_involvement_dialog_get_process_id (base);
  g_autofree char *new_name = NULL;
  gint64 value;
  Rename *r;

  if (!g_str_equal (response, "save") || store == NULL)
    return;
  value = gtk_spin_button_get_value_as_int (self->population);
  value = value > 0 ? value : -1;
  if (self->old_name == NULL)
    {
      rs_involvement_store_set_district_async (store, process_id, gtk_editable_get_text (self->name),
                                               value, rs_involvement_dialog_get_cancellable (base),
                                               district_set_cb,
                                               g_object_ref (rs_involvement_dialog_get_page (base)));
      return;
    }
  new_name = g_strstrip (g_strdup (gtk_editable_get_text (self->name)));
  if (g_strcmp0 (new_name, self->old_name) == 0)
    {
      rs_involvement_store_set_district_async (store, process_id, self->old_name, value,
                                               rs_involvement_dialog_get_cancellable (base),
                                               district_set_cb,
                                               g_object_ref (rs_involvement_dialog_get_page (base)));
      return;
    }
  r = g_new0 (Rename, 1);
  r->page = g_object_ref (rs_involvement_dialog_get_page (base));
  r->store = g_object_ref (store);
  r->process_id = process_id;
  r->name = g_steal_pointer (&new_name);
  r->population = value;
  g_set_object (&r->cancellable, rs_involvement_dialog_get_cancellable (base));
  rs_involvement_store_rename_district_async (store, process_id, self->old_name, r->name,
                                              r->cancellable, district_renamed_cb, r);
}

static void
rs_district_dialog_finalize (GObject *object)
{
  RsDistrictDialog *self = RS_DISTRICT_DIALOG (object);

  g_free (self->old_name);
  G_OBJECT_CLASS (rs_district_dialog_parent_class)->finalize (object);
}

static void
rs_district_dialog_class_init (RsDistrictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->finalize = rs_district_dialog_finalize;
  dialog_class->response = rs_district_dialog_response;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-district-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsDistrictDialog, name);
  gtk_widget_class_bind_template_child (widget_class, RsDistrictDialog, population);
}

static void
rs_district_dialog_init (RsDistrictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_district_dialog_new (RsPage             *page,
                        RsInvolvementStore *store,
                        gint64              process_id,
                        const char         *name,
                        double              population)
{
  RsDistrictDialog *self = g_object_new (RS_TYPE_DISTRICT_DIALOG, "page", page, "store", store,
                                         "process-id", process_id, NULL);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  if (name == NULL)
    {
      adw_message_dialog_set_heading (dialog, _("Add District"));
      adw_message_dialog_set_body (dialog, _("A district that is already on the list gets the new "
                                             "population."));
      adw_message_dialog_set_response_label (dialog, "save", _("_Add"));
      return GTK_WIDGET (self);
    }
  self->old_name = g_strdup (name);
  adw_message_dialog_set_heading (dialog, _("Edit District"));
  adw_message_dialog_set_body (dialog, _("A new name follows the district on the address list, "
                                         "the invitations, the targets and every record that "
                                         "carries it."));
  gtk_editable_set_text (self->name, name);
  gtk_spin_button_set_value (self->population, population);
  return GTK_WIDGET (self);
}
