/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-person-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-categories.h"
#include "rs-erasure.h"
#include "rs-person.h"
#include "rs-person-dialog.h"

struct _RsPersonDialog
{
  AdwWindow        parent_instance;

  RsDatabase      *db;
  gint64           panel_id;
  gint64           person_id;
  GPtrArray       *categories;
  gboolean         saving;

  AdwToastOverlay *toasts;
  GtkWidget       *save_button;
  AdwPreferencesGroup *contact_group;
  AdwPreferencesGroup *values_group;
  GtkWidget       *erase_group;
  AdwEntryRow     *external_id;
  AdwEntryRow     *contact[RS_N_CONTACT_FIELDS];
  GPtrArray       *value_rows;   /* AdwComboRow per category */
  AdwComboRow     *status;
};

G_DEFINE_FINAL_TYPE (RsPersonDialog, rs_person_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *
contact_title (RsContactField field)
{
  const char *titles[RS_N_CONTACT_FIELDS] = {
    N_("Name"), N_("Address"), N_("Postcode"), N_("City"), N_("E-mail"), N_("Phone"),
  };
  return _(titles[field]);
}

static char *
entry_text (AdwEntryRow *row)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

RsPersonData *
rs_person_dialog_get_data (RsPersonDialog *self)
{
  RsPersonData *data = rs_person_data_new ();
  guint status = adw_combo_row_get_selected (self->status);
  char **fields[RS_N_CONTACT_FIELDS] = {
    &data->name, &data->address, &data->postcode, &data->city, &data->email, &data->phone,
  };

  data->external_id = entry_text (self->external_id);
  for (guint f = 0; f < RS_N_CONTACT_FIELDS; f++)
    *fields[f] = entry_text (self->contact[f]);
  data->status = g_strdup (status < g_strv_length ((char **) rs_person_statuses ())
                           ? rs_person_statuses ()[status] : "registered");
  for (guint c = 0; c < self->categories->len; c++)
    {
      RsCategory *category = g_ptr_array_index (self->categories, c);
      guint i = adw_combo_row_get_selected (g_ptr_array_index (self->value_rows, c));

      /* Item 0 is "Not given". */
      if (i != GTK_INVALID_LIST_POSITION && i > 0 && i <= category->values->len)
        {
          RsCategoryValue *value = g_ptr_array_index (category->values, i - 1);
          g_array_append_val (data->value_ids, value->id);
        }
    }
  return data;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsPersonDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = rs_pool_store_save_finish (RS_DATABASE (source), result, &error);

  /* Closed meanwhile (the save went through all the same): the widgets
   * are gone. */
  if (self->db == NULL)
    return;
  self->saving = FALSE;
  gtk_widget_set_sensitive (self->save_button, TRUE);
  if (id == 0)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  self->person_id = id;
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RsPersonDialog *self = RS_PERSON_DIALOG (widget);
  g_autoptr(RsPersonData) data = NULL;

  if (self->saving)
    return;
  data = rs_person_dialog_get_data (self);
  if (data->email && strchr (data->email, '@') == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The e-mail address “%s” has no @."), data->email);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
      gtk_widget_grab_focus (GTK_WIDGET (self->contact[RS_CONTACT_EMAIL]));
      return;
    }
  self->saving = TRUE;
  gtk_widget_set_sensitive (self->save_button, FALSE);
  /* What the user saves is saved, even if the dialog is closed meanwhile. */
  rs_pool_store_save_async (self->db, self->panel_id, self->person_id, data, NULL, saved_cb,
                            g_object_ref (self));
}

/* Erasure on request (GDPR art. 17): asks first, then blanks the person's
 * contact data and identifiers, keeping pseudonym and category values. */
static void
erased_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsPersonDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean erased = rs_erasure_erase_person_finish (RS_DATABASE (source), result, NULL, &error);

  /* Closed meanwhile (the erasure went through all the same). */
  if (self->db == NULL)
    return;
  self->saving = FALSE;
  gtk_widget_set_sensitive (self->save_button, TRUE);
  if (!erased)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, self->person_id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
erase_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   RsPersonDialog   *self)
{
  if (!g_str_equal (response, "erase") || self->saving || self->person_id == 0)
    return;
  self->saving = TRUE;
  gtk_widget_set_sensitive (self->save_button, FALSE);
  /* Confirmed: it goes through even if the dialog is closed meanwhile. */
  rs_erasure_erase_person_async (self->db, self->person_id, RS_ERASURE_REASON_REQUEST, NULL,
                                 erased_cb, g_object_ref (self));
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RsPersonDialog *self = RS_PERSON_DIALOG (widget);
  AdwMessageDialog *dialog;

  if (self->person_id == 0 || self->saving)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Erase This Person's Personal Data?"),
                                                       _("The name, address, postcode, city, e-mail, phone, id in the "
                                                         "source register and notes are erased for good, also from "
                                                         "the database file (GDPR article 17). The pseudonym, category "
                                                         "values, status and attendance are kept, so counts, reports "
                                                         "and the selection protocol stay valid. The erasure is "
                                                         "recorded with its date, without the data.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "erase", _("_Erase"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (erase_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rs_person_dialog_dispose (GObject *object)
{
  RsPersonDialog *self = RS_PERSON_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->value_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (rs_person_dialog_parent_class)->dispose (object);
}

static void
rs_person_dialog_class_init (RsPersonDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rs_person_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPersonDialog, contact_group);
  gtk_widget_class_bind_template_child (widget_class, RsPersonDialog, erase_group);
  gtk_widget_class_bind_template_child (widget_class, RsPersonDialog, external_id);
  gtk_widget_class_bind_template_child (widget_class, RsPersonDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, RsPersonDialog, toasts);
  gtk_widget_class_bind_template_child (widget_class, RsPersonDialog, values_group);
  gtk_widget_class_install_action (widget_class, "person.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "person.erase", NULL, erase_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
rs_person_dialog_init (RsPersonDialog *self)
{
  self->value_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

static AdwComboRow *
combo_row (const char    *title,
           GtkStringList *names)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  g_object_unref (names);
  return ADW_COMBO_ROW (row);
}

/* The template holds the frame; the contact rows, one row per category
 * and the status are filled in from @data. */
static void
build (RsPersonDialog *self,
       RsPersonData   *data)
{
  GtkStringList *statuses = gtk_string_list_new (NULL);
  const char *texts[RS_N_CONTACT_FIELDS] = { NULL };
  const char * const *all = rs_person_statuses ();

  if (data)
    {
      texts[RS_CONTACT_NAME] = data->name;
      texts[RS_CONTACT_ADDRESS] = data->address;
      texts[RS_CONTACT_POSTCODE] = data->postcode;
      texts[RS_CONTACT_CITY] = data->city;
      texts[RS_CONTACT_EMAIL] = data->email;
      texts[RS_CONTACT_PHONE] = data->phone;
    }
  if (self->person_id)
    gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
  if (data && data->external_id)
    gtk_editable_set_text (GTK_EDITABLE (self->external_id), data->external_id);
  for (guint f = 0; f < RS_N_CONTACT_FIELDS; f++)
    {
      self->contact[f] = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contact[f]), contact_title (f));
      if (texts[f])
        gtk_editable_set_text (GTK_EDITABLE (self->contact[f]), texts[f]);
      adw_preferences_group_add (self->contact_group, GTK_WIDGET (self->contact[f]));
    }

  for (guint c = 0; c < self->categories->len; c++)
    {
      RsCategory *category = g_ptr_array_index (self->categories, c);
      GtkStringList *names = gtk_string_list_new (NULL);
      AdwComboRow *row;
      guint selected = 0;

      gtk_string_list_append (names, _("Not given"));
      for (guint v = 0; v < category->values->len; v++)
        {
          RsCategoryValue *value = g_ptr_array_index (category->values, v);
          gtk_string_list_append (names, value->name);
          for (guint k = 0; data && k < data->value_ids->len; k++)
            if (g_array_index (data->value_ids, gint64, k) == value->id)
              selected = v + 1;
        }
      row = combo_row (category->name, names);
      adw_combo_row_set_selected (row, selected);
      if (category->sensitive)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Sensitive: record only with consent"));
      adw_preferences_group_add (self->values_group, GTK_WIDGET (row));
      g_ptr_array_add (self->value_rows, row);
    }
  for (guint i = 0; all[i]; i++)
    gtk_string_list_append (statuses, rs_person_status_label (all[i]));
  self->status = combo_row (_("Status"), statuses);
  for (guint i = 0; all[i]; i++)
    if (g_strcmp0 (data ? data->status : "registered", all[i]) == 0)
      adw_combo_row_set_selected (self->status, i);
  adw_preferences_group_add (self->values_group, GTK_WIDGET (self->status));
  gtk_widget_set_visible (self->erase_group, self->person_id != 0);
  if (self->person_id)
    gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
}

RsPersonDialog *
rs_person_dialog_new (GtkWindow    *parent,
                      RsDatabase   *db,
                      gint64        panel_id,
                      GPtrArray    *categories,
                      gint64        person_id,
                      RsPersonData *data)
{
  RsPersonDialog *self = g_object_new (RS_TYPE_PERSON_DIALOG, "transient-for", parent, NULL);

  self->db = g_object_ref (db);
  self->panel_id = panel_id;
  self->person_id = person_id;
  self->categories = g_ptr_array_ref (categories);
  build (self, data);
  return self;
}

GtkEditable *
rs_person_dialog_get_contact (RsPersonDialog *self,
                              RsContactField  field)
{
  g_return_val_if_fail (field < RS_N_CONTACT_FIELDS, NULL);
  return GTK_EDITABLE (self->contact[field]);
}

AdwComboRow *
rs_person_dialog_get_value (RsPersonDialog *self,
                            guint           category)
{
  return category < self->value_rows->len ? g_ptr_array_index (self->value_rows, category) : NULL;
}

AdwComboRow *
rs_person_dialog_get_status (RsPersonDialog *self)
{
  return self->status;
}
