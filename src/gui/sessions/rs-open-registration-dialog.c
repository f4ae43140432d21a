/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-open-registration-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-open-meeting-store.h"
#include "rs-open-registration-dialog.h"

struct _RsOpenRegistrationDialog
{
  AdwWindow           parent_instance;

  RsDatabase         *db;
  gint64              session_id;
  RsOpenRegistration *registration;   /* a copy */
  GPtrArray          *ages;           /* char *: "" first */
  GPtrArray          *districts;      /* char *: "" first */
  GCancellable       *cancellable;

  /* Template widgets */
  AdwComboRow        *age_row;
  AdwComboRow        *district_row;
  AdwEntryRow        *email_row;
  AdwPreferencesGroup *erase_group;
  GtkLabel           *error_label;
  AdwComboRow        *first_row;
  AdwEntryRow        *heard_row;
  AdwEntryRow        *name_row;
  AdwEntryRow        *phone_row;
  GtkButton          *save_button;
  AdwWindowTitle     *window_title;
};

G_DEFINE_FINAL_TYPE (RsOpenRegistrationDialog, rs_open_registration_dialog, ADW_TYPE_WINDOW)

static const char * const standard_ages[] = {
  "0-14", "15-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+", NULL
};

static void
show_error (RsOpenRegistrationDialog *self,
            const char               *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* A combo row over "" (shown as @none) and @values, with @current selected
 * (added when it is not one of them). */
static GPtrArray *
fill_combo (AdwComboRow        *row,
            const char         *none,
            const char * const *values,
            const char         *current)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_add (list, g_strdup (""));
  gtk_string_list_append (model, none);
  for (guint i = 0; values != NULL && values[i]; i++)
    {
      g_ptr_array_add (list, g_strdup (values[i]));
      gtk_string_list_append (model, values[i]);
      if (g_strcmp0 (values[i], current) == 0)
        selected = i + 1;
    }
  if (selected == 0 && current != NULL && *current)
    {
      g_ptr_array_add (list, g_strdup (current));
      gtk_string_list_append (model, current);
      selected = list->len - 1;
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (row, selected);
  return list;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsOpenRegistrationDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_open_meeting_store_save_finish (RS_DATABASE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), TRUE);
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static const char *
selected (AdwComboRow *row,
          GPtrArray   *values)
{
  guint i = adw_combo_row_get_selected (row);
  return i < values->len ? g_ptr_array_index (values, i) : "";
}

void
rs_open_registration_dialog_save (RsOpenRegistrationDialog *self,
                                  const char               *name)
{
  g_autofree char *n = NULL;
  guint first;

  g_return_if_fail (RS_IS_OPEN_REGISTRATION_DIALOG (self));
  if (name != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  n = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (*n == '\0')
    {
      show_error (self, _("Give a name or initials."));
      return;
    }
  rs_open_registration_set_name (self->registration, n);
  rs_open_registration_set_email (self->registration, gtk_editable_get_text (GTK_EDITABLE (self->email_row)));
  rs_open_registration_set_phone (self->registration, gtk_editable_get_text (GTK_EDITABLE (self->phone_row)));
  rs_open_registration_set_heard_via (self->registration, gtk_editable_get_text (GTK_EDITABLE (self->heard_row)));
  rs_open_registration_set_age_band (self->registration, selected (self->age_row, self->ages));
  rs_open_registration_set_district (self->registration, selected (self->district_row, self->districts));
  first = adw_combo_row_get_selected (self->first_row);
  rs_open_registration_set_first_time (self->registration, first == 1 ? 1 : first == 2 ? 0 : -1);
  show_error (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
  rs_open_meeting_store_save_async (self->db, self->session_id, self->registration, self->cancellable,
                                    saved_cb, g_object_ref (self));
}

static void
save_clicked_cb (RsOpenRegistrationDialog *self)
{
  rs_open_registration_dialog_save (self, NULL);
}

static void
erased_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsOpenRegistrationDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_open_meeting_store_erase_participant_finish (RS_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
erase_response_cb (AdwMessageDialog         *dialog,
                   const char               *response,
                   RsOpenRegistrationDialog *self)
{
  if (g_strcmp0 (response, "erase") != 0)
    return;
  rs_open_registration_dialog_erase (self);
}

void
rs_open_registration_dialog_erase (RsOpenRegistrationDialog *self)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATION_DIALOG (self));
  rs_open_meeting_store_erase_participant_async (self->db, rs_open_registration_get_id (self->registration),
                                                 self->cancellable, erased_cb, g_object_ref (self));
}

static void
erase_clicked_cb (RsOpenRegistrationDialog *self)
{
  g_autofree char *body = g_strdup_printf (_("The name, e-mail and phone of %s are erased in every "
                                             "meeting of the process; the pseudonym, age band, district "
                                             "and registrations stay for the counts. This cannot be undone."),
                                           rs_open_registration_get_pseudonym (self->registration));
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Erase Personal Data?"), body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "erase", _("_Erase"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "erase",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (erase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_clicked_cb (RsOpenRegistrationDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
rs_open_registration_dialog_dispose (GObject *object)
{
  RsOpenRegistrationDialog *self = RS_OPEN_REGISTRATION_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->db);
  g_clear_object (&self->registration);
  g_clear_pointer (&self->ages, g_ptr_array_unref);
  g_clear_pointer (&self->districts, g_ptr_array_unref);
  G_OBJECT_CLASS (rs_open_registration_dialog_parent_class)->dispose (object);
}

static void
rs_open_registration_dialog_class_init (RsOpenRegistrationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_open_registration_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-open-registration-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationDialog, age_row);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationDialog, district_row);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationDialog, erase_group);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationDialog, first_row);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationDialog, heard_row);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, erase_clicked_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0,
                                (GtkShortcutFunc) gtk_window_close, NULL);
}

static void
rs_open_registration_dialog_init (RsOpenRegistrationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

RsOpenRegistrationDialog *
rs_open_registration_dialog_new (GtkWindow          *parent,
                                 RsDatabase         *db,
                                 gint64              session_id,
                                 RsOpenRegistration *registration,
                                 const char * const *districts)
{
  RsOpenRegistrationDialog *self = g_object_new (RS_TYPE_OPEN_REGISTRATION_DIALOG,
                                                 "transient-for", parent, NULL);
  RsOpenRegistration *r;
  int first;

  self->db = g_object_ref (db);
  self->session_id = session_id;
  self->registration = registration ? rs_open_registration_copy (registration) : rs_open_registration_new ();
  r = self->registration;
  adw_window_title_set_title (self->window_title, registration ? _("Edit Registration") : _("New Registration"));
  adw_window_title_set_subtitle (self->window_title, registration ? rs_open_registration_get_pseudonym (r) : NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), rs_open_registration_get_name (r));
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), rs_open_registration_get_email (r));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), rs_open_registration_get_phone (r));
  gtk_editable_set_text (GTK_EDITABLE (self->heard_row), rs_open_registration_get_heard_via (r));
  self->ages = fill_combo (self->age_row, _("Not given"), standard_ages, rs_open_registration_get_age_band (r));
  self->districts = fill_combo (self->district_row, _("Not given"), districts,
                                rs_open_registration_get_district (r));
  gtk_widget_set_visible (GTK_WIDGET (self->erase_group), registration != NULL);
  first = rs_open_registration_get_first_time (r);
  adw_combo_row_set_selected (self->first_row, first == 1 ? 1 : first == 0 ? 2 : 0);
  return self;
}
