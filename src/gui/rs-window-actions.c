/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-conflict-dialog.h"
#include "rs-conflict-dialog.h"
#include "rs-connect-dialog.h"
#include "rs-process-store.h"
#include "rs-sample.h"
#include "rs-window-private.h"

/* The window's budget-process actions: new, rename, delete with undo, open
 * another database and open the sample. Every change runs on the database
 * thread; the window reloads its list when it is done. */

static void
sample_created_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = rs_sample_create_finish (RS_DATABASE (source), result, &error);

  if (id == 0)
    {
      self->loading = FALSE;
      _rs_window_show_error_dialog (self, _("Could Not Create the Sample"), error);
      _rs_window_show_processes (self);
      return;
    }
  self->select_id = id;
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Sample budget process of Havbjerg Kommune created")));
  _rs_window_load_processes (self);
}

void
_rs_window_create_sample (RsWindow *self)
{
  self->loading = TRUE;
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  _rs_window_update_actions (self);
  rs_sample_create_async (rs_context_get_database (self->context), self->cancellable,
                          sample_created_cb, g_object_ref (self));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _rs_window_create_sample (RS_WINDOW (widget));
}

static void
process_created_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create_finish (RS_DATABASE (source), result, &error);

  if (process == NULL)
    {
      _rs_window_show_error_dialog (self, _("Could Not Create the Budget Process"), error);
      return;
    }
  self->select_id = rs_process_get_id (process);
  _rs_window_load_processes (self);
}

static GtkWidget *
build_process_form (const char    *name,
                    int            year,
                    AdwEntryRow  **name_row,
                    GtkSpinButton **year_spin)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  *name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (*name_row), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (*name_row), name);
  adw_entry_row_set_activates_default (*name_row, TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (*name_row));

  if (year_spin != NULL)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Budget year"));
      *year_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (2000, 2100, 1));
      gtk_spin_button_set_value (*year_spin, year);
      gtk_widget_set_valign (GTK_WIDGET (*year_spin), GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (*year_spin),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Budget year"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (*year_spin));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (*year_spin));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  return list;
}

static void
new_process_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         RsWindow         *self)
{
  AdwEntryRow *name_row = g_object_get_data (G_OBJECT (dialog), "name-row");
  GtkSpinButton *year_spin = g_object_get_data (G_OBJECT (dialog), "year-spin");

  if (!g_str_equal (response, "create"))
    return;
  rs_process_store_create_async (rs_context_get_database (self->context),
                                 gtk_editable_get_text (GTK_EDITABLE (name_row)),
                                 gtk_spin_button_get_value_as_int (year_spin), self->cancellable,
                                 process_created_cb, g_object_ref (self));
}

static void
new_process_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RsWindow *self = RS_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now) + 1;
  g_autofree char *name = g_strdup_printf (_("Budget %d"), year);
  AdwEntryRow *name_row;
  GtkSpinButton *year_spin;
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("New Budget Process"),
                                                       _("The annual cycle is filled in with "
                                                         "typical dates that you can change.")));
  adw_message_dialog_set_extra_child (dialog, build_process_form (name, year, &name_row,
                                                                  &year_spin));
  g_object_set_data (G_OBJECT (dialog), "name-row", name_row);
  g_object_set_data (G_OBJECT (dialog), "year-spin", year_spin);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "create", _("C_reate"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "create");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (new_process_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void present_rename_dialog (RsWindow   *self,
                                   const char *name);
static void save_process_name     (RsWindow   *self,
                                   const char *name);

static void
rename_conflict_response_cb (RsConflictDialog *dialog,
                             const char       *response,
                             RsWindow         *self)
{
  RsProcess *current = g_object_get_data (G_OBJECT (dialog), "rs-current");
  const char *mine = g_object_get_data (G_OBJECT (dialog), "rs-mine");

  if (self->process == NULL || rs_process_get_id (self->process) != rs_process_get_id (current))
    return;
  if (g_str_equal (response, "theirs"))
    {
      rs_process_set_version (self->process, rs_process_get_version (current));
      _rs_window_load_processes (self);
    }
  else if (g_str_equal (response, "mine"))
    {
      rs_process_set_version (self->process, rs_process_get_version (current));
      save_process_name (self, mine);
    }
  else
    /* Keep editing: the name typed, in the dialog again. */
    present_rename_dialog (self, mine);
}

/* Someone else saved the process since it was read here: their name
 * beside the one typed, which is not lost. */
static void
show_rename_conflict (RsWindow   *self,
                      RsProcess  *current,
                      const char *mine,
                      const char *message)
{
  RsConflictDialog *dialog = rs_conflict_dialog_new (GTK_WINDOW (self), message);

  if (!rs_conflict_dialog_add_field (dialog, _("Name"), rs_process_get_name (current), mine))
    rs_conflict_dialog_add_field (dialog, _("Other details"), _("Changed"), _("As in the form"));
  g_object_set_data_full (G_OBJECT (dialog), "rs-current", g_object_ref (current), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "rs-mine", g_strdup (mine), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  RsWindow *window;
  char     *name;   /* as typed */
} Rename;

static void
rename_free (Rename *rename)
{
  g_object_unref (rename->window);
  g_free (rename->name);
  g_free (rename);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Rename, rename_free)

static void
renamed_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(Rename) rename = user_data;
  RsWindow *self = rename->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) current = NULL;
  gint64 version = 0;

  if (!rs_process_store_save_finish (RS_DATABASE (source), result, &version, &current, &error))
    {
      if (current != NULL)
        {
          /* Shown as stored until the user chooses. */
          if (self->process != NULL && rs_process_get_id (self->process) == rs_process_get_id (current))
            {
              rs_process_set_name (self->process, rs_process_get_name (current));
              adw_window_title_set_subtitle (self->page_title, rs_process_get_name (current));
            }
          show_rename_conflict (self, current, rename->name, error->message);
          return;
        }
      _rs_window_show_error_dialog (self, _("Could Not Rename the Budget Process"), error);
      _rs_window_load_processes (self);
      return;
    }
  /* The next rename starts from the version this one stored. */
  if (self->process != NULL && version != 0)
    rs_process_set_version (self->process, version);
}

/* Saves @name as the shown process's, from the version read. */
static void
save_process_name (RsWindow   *self,
                   const char *name)
{
  g_autoptr(RsProcess) snapshot = NULL;
  Rename *rename;

  if (self->process == NULL)
    return;
  snapshot = rs_process_new (rs_process_get_id (self->process), name,
                             rs_process_get_budget_year (self->process),
                             rs_process_get_municipality_code (self->process),
                             rs_process_get_municipality_name (self->process));
  rs_process_set_version (snapshot, rs_process_get_version (self->process));
  rs_process_set_name (self->process, name);
  adw_window_title_set_subtitle (self->page_title, name);
  rename = g_new0 (Rename, 1);
  rename->window = g_object_ref (self);
  rename->name = g_strdup (name);
  rs_process_store_save_async (rs_context_get_database (self->context), snapshot, self->cancellable,
                               renamed_cb, rename);
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RsWindow         *self)
{
  AdwEntryRow *name_row = g_object_get_data (G_OBJECT (dialog), "name-row");
  g_autofree char *name = NULL;

  if (!g_str_equal (response, "rename") || self->process == NULL)
    return;
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (name_row))));
  if (*name == '\0')
    return;
  save_process_name (self, name);
}

static void
present_rename_dialog (RsWindow   *self,
                       const char *name)
{
  AdwEntryRow *name_row;
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Rename Budget Process"), NULL));
  adw_message_dialog_set_extra_child (dialog, build_process_form (name, 0, &name_row, NULL));
  g_object_set_data (G_OBJECT (dialog), "name-row", name_row);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "rename", _("_Rename"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "rename");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rename_process_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RsWindow *self = RS_WINDOW (widget);

  if (self->process == NULL)
    return;
  present_rename_dialog (self, rs_process_get_name (self->process));
}

static void
deleted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_process_store_delete_finish (RS_DATABASE (source), result, &error))
    _rs_window_show_error_dialog (self, _("Could Not Delete the Budget Process"), error);
  _rs_window_load_processes (self);
}

/* The row is hidden at once and removed from the database only when the
 * toast goes away without Undo. */
void
_rs_window_commit_pending_delete (RsWindow *self)
{
  g_autoptr(RsProcess) process = g_steal_pointer (&self->pending_delete);

  if (process == NULL)
    return;
  rs_process_store_delete_async (rs_context_get_database (self->context), rs_process_get_id (process),
                                 NULL, deleted_cb, g_object_ref (self));
}

static void
delete_toast_dismissed_cb (AdwToast *toast,
                           RsWindow *self)
{
  _rs_window_commit_pending_delete (self);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RsWindow *self = RS_WINDOW (widget);

  if (self->pending_delete == NULL)
    return;
  self->select_id = rs_process_get_id (self->pending_delete);
  g_clear_object (&self->pending_delete);
  _rs_window_load_processes (self);
}

static void
delete_process_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RsWindow *self = RS_WINDOW (widget);
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint position;

  if (self->process == NULL)
    return;
  _rs_window_commit_pending_delete (self);

  self->pending_delete = g_object_ref (self->process);
  if (g_list_store_find (self->processes, self->process, &position))
    g_list_store_remove (self->processes, position);
  self->select_id = 0;
  _rs_window_set_process (self, NULL);
  _rs_window_show_processes (self);

  title = g_strdup_printf (_("“%s” deleted"), rs_process_get_name (self->pending_delete));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  /* Not ADW_TOAST_PRIORITY_HIGH: libadwaita 1.2 aborts when a toast it
   * pushed aside comes back. */
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (delete_toast_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
file_chosen_cb (GtkNativeDialog *dialog,
                int              response,
                RsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      if (path != NULL)
        _rs_window_open_database (self, path);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RsWindow *self = RS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Database"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Rådslag databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_pattern (filter, "*.sqlite");
  gtk_file_filter_add_mime_type (filter, RS_DATABASE_MIME_TYPE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
server_chosen_cb (RsWindow   *self,
                  const char *uri)
{
  _rs_window_open_database (self, uri);
}

/* "Connect to Server…": the URI goes the same way as --db. */
static void
connect_server_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RsWindow *self = RS_WINDOW (widget);
  RsConnectDialog *dialog = rs_connect_dialog_new (GTK_WINDOW (self), rs_context_get_settings (self->context));

  g_signal_connect_object (dialog, "connect", G_CALLBACK (server_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_rs_window_install_process_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-process", NULL, new_process_action);
  gtk_widget_class_install_action (widget_class, "win.rename-process", NULL, rename_process_action);
  gtk_widget_class_install_action (widget_class, "win.delete-process", NULL, delete_process_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL, open_database_action);
  gtk_widget_class_install_action (widget_class, "win.connect-server", NULL, connect_server_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-process", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.rename-process", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-database", NULL);
}
