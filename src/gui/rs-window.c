/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-hearings-page.h"
#include "rs-labs-page.h"
#include "rs-overview-page.h"
#include "rs-panels-page.h"
#include "rs-process-store.h"
#include "rs-recommendations-page.h"
#include "rs-representativeness-page.h"
#include "rs-sample.h"
#include "rs-sessions-page.h"
#include "rs-window.h"

struct _RsWindow
{
  AdwApplicationWindow  parent_instance;

  RsContext            *context;
  char                 *db_path;
  GListStore           *processes;
  RsProcess            *process;
  RsProcess            *pending_delete;
  GCancellable         *cancellable;
  gboolean              loading;
  gboolean              want_sample;
  gint64                select_id;

  /* Template widgets */
  AdwLeaflet           *leaflet;
  GtkStack             *main_stack;
  AdwWindowTitle       *page_title;
  GtkStack             *page_stack;
  GtkDropDown          *process_dropdown;
  GtkListBox           *sidebar_list;
  AdwToastOverlay      *toast_overlay;
};

G_DEFINE_FINAL_TYPE (RsWindow, rs_window, ADW_TYPE_APPLICATION_WINDOW)

typedef struct
{
  const char *name;
  const char *title;
  const char *icon;
  GType     (*get_type) (void);
} PageInfo;

/* The sidebar, in order; Alt+1 … Alt+7 jump to these. */
static const PageInfo pages[] = {
  { "overview", N_("Overview"), "view-grid-symbolic", rs_overview_page_get_type },
  { "panels", N_("Citizen Panels"), "system-users-symbolic", rs_panels_page_get_type },
  { "sessions", N_("Meetings"), "x-office-calendar-symbolic", rs_sessions_page_get_type },
  { "labs", N_("Labs"), "applications-science-symbolic", rs_labs_page_get_type },
  { "hearings", N_("Hearings"), "mail-unread-symbolic", rs_hearings_page_get_type },
  { "representativeness", N_("Representativeness"), "view-list-bullet-symbolic",
    rs_representativeness_page_get_type },
  { "recommendations", N_("Recommendations"), "emblem-documents-symbolic",
    rs_recommendations_page_get_type },
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_DB_PATH,
  PROP_PROCESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void load_processes (RsWindow *self);
static void create_sample  (RsWindow *self);

static void
update_actions (RsWindow *self)
{
  gboolean has_db = rs_context_get_database (self->context) != NULL;
  gboolean has_process = self->process != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-process", has_db && !self->loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-sample", has_db && !self->loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-process", has_process);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-process", has_process);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", has_process);
}

static void
show_error_dialog (RsWindow     *self,
                   const char   *heading,
                   const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_process (RsWindow  *self,
             RsProcess *process)
{
  if (!g_set_object (&self->process, process))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    rs_page_set_process (RS_PAGE (gtk_stack_get_child_by_name (self->page_stack, pages[i].name)),
                         process);
  if (process != NULL)
    {
      adw_window_title_set_subtitle (self->page_title, rs_process_get_name (process));
      if (rs_context_get_settings (self->context))
        g_settings_set_int64 (rs_context_get_settings (self->context), "last-process",
                              rs_process_get_id (process));
    }
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCESS]);
}

static void
show_processes (RsWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->processes));
  guint select = 0;

  self->loading = FALSE;
  if (n == 0)
    {
      set_process (self, NULL);
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      update_actions (self);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsProcess) p = g_list_model_get_item (G_LIST_MODEL (self->processes), i);
      if (rs_process_get_id (p) == self->select_id)
        select = i;
    }
  gtk_drop_down_set_selected (self->process_dropdown, select);
  {
    g_autoptr(RsProcess) p = g_list_model_get_item (G_LIST_MODEL (self->processes), select);
    set_process (self, p);
  }
  gtk_stack_set_visible_child_name (self->main_stack, "process");
  update_actions (self);
}

static void
processes_loaded_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = rs_process_store_list_finish (RS_DATABASE (source), result, &error);

  if (list == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error_dialog (self, _("Could Not Read the Budget Processes"), error);
      return;
    }

  g_list_store_remove_all (self->processes);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsProcess) p = g_list_model_get_item (G_LIST_MODEL (list), i);
      if (self->pending_delete && rs_process_get_id (p) == rs_process_get_id (self->pending_delete))
        continue;
      g_list_store_append (self->processes, p);
    }

  if (self->want_sample && g_list_model_get_n_items (G_LIST_MODEL (self->processes)) == 0)
    {
      self->want_sample = FALSE;
      create_sample (self);
      return;
    }
  show_processes (self);
}

static void
load_processes (RsWindow *self)
{
  RsDatabase *db;

  /* Nothing to show once the window is closing. */
  if (self->context == NULL || self->cancellable == NULL ||
      g_cancellable_is_cancelled (self->cancellable))
    return;
  db = rs_context_get_database (self->context);
  if (db == NULL)
    return;
  self->loading = TRUE;
  update_actions (self);
  rs_process_store_list_async (db, self->cancellable, processes_loaded_cb, g_object_ref (self));
}

static void
database_opened_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDatabase) db = rs_context_open_database_finish (RS_CONTEXT (source), result, &error);

  if (db == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      show_error_dialog (self, _("Could Not Open the Database"), error);
      if (rs_context_get_database (self->context) == NULL)
        {
          gtk_stack_set_visible_child_name (self->main_stack, "empty");
          self->loading = FALSE;
          update_actions (self);
        }
      return;
    }

  if (rs_database_get_backup_path (db) != NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("The database was upgraded; a copy of the old "
                                                "version was kept as %s"),
                                              rs_database_get_backup_path (db));
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (msg));
    }
  set_process (self, NULL);
  rs_context_set_database (self->context, db);
  load_processes (self);
}

static void
open_database (RsWindow   *self,
               const char *path)
{
  self->loading = TRUE;
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  update_actions (self);
  rs_context_open_database_async (self->context, path, self->cancellable, database_opened_cb,
                                  g_object_ref (self));
}

static void
sidebar_row_activated_cb (RsWindow      *self,
                          GtkListBoxRow *row)
{
  int index = gtk_list_box_row_get_index (row);

  gtk_stack_set_visible_child_name (self->page_stack, pages[index].name);
  adw_window_title_set_title (self->page_title, _(pages[index].title));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
process_selected_cb (RsWindow   *self,
                     GParamSpec *pspec,
                     GtkDropDown *dropdown)
{
  RsProcess *p = gtk_drop_down_get_selected_item (dropdown);

  if (p != NULL && p != self->process)
    set_process (self, p);
}

/* Actions */

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RsWindow *self = RS_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_str_equal (pages[i].name, name))
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list, i);
        gtk_list_box_select_row (self->sidebar_list, row);
        sidebar_row_activated_cb (self, row);
        gtk_widget_grab_focus (GTK_WIDGET (row));
      }
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  adw_leaflet_navigate (RS_WINDOW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static gpointer
create_sample_job (RsDatabase   *db,
                   gpointer      data,
                   GCancellable *cancellable,
                   GError      **error)
{
  gint64 id = rs_sample_create (db, error);
  return id ? g_memdup2 (&id, sizeof id) : NULL;
}

static void
sample_created_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *id = rs_database_run_finish (RS_DATABASE (source), result, &error);

  if (id == NULL)
    {
      self->loading = FALSE;
      show_error_dialog (self, _("Could Not Create the Sample"), error);
      show_processes (self);
      return;
    }
  self->select_id = *id;
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Sample budget process of Havbjerg Kommune created")));
  load_processes (self);
}

static void
create_sample (RsWindow *self)
{
  self->loading = TRUE;
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  update_actions (self);
  rs_database_run_async (rs_context_get_database (self->context), create_sample_job, NULL, NULL,
                         g_free, self->cancellable, sample_created_cb, g_object_ref (self));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  create_sample (RS_WINDOW (widget));
}

typedef struct
{
  char *name;
  int   year;
} NewProcess;

static void
new_process_free (NewProcess *np)
{
  g_free (np->name);
  g_free (np);
}

static gpointer
create_process_job (RsDatabase   *db,
                    gpointer      data,
                    GCancellable *cancellable,
                    GError      **error)
{
  NewProcess *np = data;
  return rs_process_store_create (db, np->name, np->year, NULL, NULL, error);
}

static void
process_created_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_database_run_finish (RS_DATABASE (source), result, &error);

  if (process == NULL)
    {
      show_error_dialog (self, _("Could Not Create the Budget Process"), error);
      return;
    }
  self->select_id = rs_process_get_id (process);
  load_processes (self);
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
  NewProcess *np;

  if (!g_str_equal (response, "create"))
    return;
  np = g_new0 (NewProcess, 1);
  np->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (name_row)));
  np->year = gtk_spin_button_get_value_as_int (year_spin);
  rs_database_run_async (rs_context_get_database (self->context), create_process_job, np,
                         (GDestroyNotify) new_process_free, g_object_unref, self->cancellable,
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

typedef struct
{
  gint64  id;
  char   *name;
} Rename;

static void
rename_free (Rename *r)
{
  g_free (r->name);
  g_free (r);
}

static gpointer
rename_job (RsDatabase   *db,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  Rename *r = data;
  rs_process_store_rename (db, r->id, r->name, error);
  return NULL;
}

static void
renamed_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_database_run_finish_boolean (RS_DATABASE (source), result, &error))
    {
      show_error_dialog (self, _("Could Not Rename the Budget Process"), error);
      load_processes (self);
    }
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RsWindow         *self)
{
  AdwEntryRow *name_row = g_object_get_data (G_OBJECT (dialog), "name-row");
  Rename *r;

  if (!g_str_equal (response, "rename") || self->process == NULL)
    return;
  r = g_new0 (Rename, 1);
  r->id = rs_process_get_id (self->process);
  r->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (name_row))));
  if (*r->name == '\0')
    {
      rename_free (r);
      return;
    }
  rs_process_set_name (self->process, r->name);
  adw_window_title_set_subtitle (self->page_title, r->name);
  rs_database_run_async (rs_context_get_database (self->context), rename_job, r,
                         (GDestroyNotify) rename_free, NULL, self->cancellable, renamed_cb,
                         g_object_ref (self));
}

static void
rename_process_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RsWindow *self = RS_WINDOW (widget);
  AdwEntryRow *name_row;
  AdwMessageDialog *dialog;

  if (self->process == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Rename Budget Process"), NULL));
  adw_message_dialog_set_extra_child (dialog, build_process_form (rs_process_get_name (self->process),
                                                                  0, &name_row, NULL));
  g_object_set_data (G_OBJECT (dialog), "name-row", name_row);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "rename", _("_Rename"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "rename");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gpointer
delete_job (RsDatabase   *db,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  rs_process_store_delete (db, rs_process_get_id (data), error);
  return NULL;
}

static void
deleted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_database_run_finish_boolean (RS_DATABASE (source), result, &error))
    show_error_dialog (self, _("Could Not Delete the Budget Process"), error);
  load_processes (self);
}

/* The row is hidden at once and removed from the database only when the
 * toast goes away without Undo. */
static void
commit_pending_delete (RsWindow *self)
{
  g_autoptr(RsProcess) process = g_steal_pointer (&self->pending_delete);

  if (process == NULL)
    return;
  rs_database_run_async (rs_context_get_database (self->context), delete_job,
                         g_object_ref (process), g_object_unref, NULL, NULL, deleted_cb,
                         g_object_ref (self));
}

static void
delete_toast_dismissed_cb (AdwToast *toast,
                           RsWindow *self)
{
  commit_pending_delete (self);
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
  load_processes (self);
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
  commit_pending_delete (self);

  self->pending_delete = g_object_ref (self->process);
  if (g_list_store_find (self->processes, self->process, &position))
    g_list_store_remove (self->processes, position);
  self->select_id = 0;
  set_process (self, NULL);
  show_processes (self);

  title = g_strdup_printf (_("“%s” deleted"), rs_process_get_name (self->pending_delete));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
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
        open_database (self, path);
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
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* GObject */

static gboolean
rs_window_close_request (GtkWindow *window)
{
  RsWindow *self = RS_WINDOW (window);
  GSettings *settings = rs_context_get_settings (self->context);

  g_cancellable_cancel (self->cancellable);
  commit_pending_delete (self);
  if (settings != NULL)
    {
      int width, height;
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }
  return GTK_WINDOW_CLASS (rs_window_parent_class)->close_request (window);
}

static void
rs_window_constructed (GObject *object)
{
  RsWindow *self = RS_WINDOW (object);
  GSettings *settings = rs_context_get_settings (self->context);
  g_autofree char *path = NULL;

  G_OBJECT_CLASS (rs_window_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    rs_page_set_context (RS_PAGE (gtk_stack_get_child_by_name (self->page_stack, pages[i].name)),
                         self->context);

  if (settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      self->select_id = g_settings_get_int64 (settings, "last-process");
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1180, 760);

  if (rs_context_get_database (self->context) != NULL && self->db_path == NULL)
    load_processes (self);
  else
    {
      path = self->db_path ? g_strdup (self->db_path) : rs_database_default_path ();
      open_database (self, path);
    }
}

static void
rs_window_dispose (GObject *object)
{
  RsWindow *self = RS_WINDOW (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->processes);
  g_clear_object (&self->process);
  g_clear_object (&self->pending_delete);
  g_clear_object (&self->context);
  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (rs_window_parent_class)->dispose (object);
}

static void
rs_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RsWindow *self = RS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_DB_PATH:
      g_value_set_string (value, self->db_path);
      break;
    case PROP_PROCESS:
      g_value_set_object (value, self->process);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RsWindow *self = RS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_DB_PATH:
      self->db_path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_window_class_init (RsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = rs_window_constructed;
  object_class->dispose = rs_window_dispose;
  object_class->get_property = rs_window_get_property;
  object_class->set_property = rs_window_set_property;
  window_class->close_request = rs_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, RS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DB_PATH] =
    g_param_spec_string ("db-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROCESS] =
    g_param_spec_object ("process", NULL, NULL, RS_TYPE_PROCESS,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, process_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.new-process", NULL, new_process_action);
  gtk_widget_class_install_action (widget_class, "win.rename-process", NULL, rename_process_action);
  gtk_widget_class_install_action (widget_class, "win.delete-process", NULL, delete_process_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL, open_database_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-process", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.rename-process", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-database", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", pages[i].name);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_type_ensure (pages[i].get_type ());
}

static GtkWidget *
build_sidebar_row (const PageInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_(info->title));

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (info->icon));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(info->title), -1);
  return row;
}

static void
rs_window_init (RsWindow *self)
{
  g_autoptr(GtkExpression) name_expr = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->cancellable = g_cancellable_new ();
  self->processes = g_list_store_new (RS_TYPE_PROCESS);

  name_expr = gtk_property_expression_new (RS_TYPE_PROCESS, NULL, "name");
  gtk_drop_down_set_expression (self->process_dropdown, name_expr);
  gtk_drop_down_set_model (self->process_dropdown, G_LIST_MODEL (self->processes));
  g_signal_connect_object (self->process_dropdown, "notify::selected-item",
                           G_CALLBACK (process_selected_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page = g_object_new (pages[i].get_type (), NULL);
      gtk_stack_add_named (self->page_stack, page, pages[i].name);
      gtk_list_box_append (self->sidebar_list, build_sidebar_row (&pages[i]));
    }
  gtk_list_box_select_row (self->sidebar_list, gtk_list_box_get_row_at_index (self->sidebar_list, 0));
  adw_window_title_set_title (self->page_title, _(pages[0].title));
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  self->loading = TRUE;
}

RsWindow *
rs_window_new (RsApplication *application,
               RsContext     *context,
               const char    *db_path)
{
  g_return_val_if_fail (RS_IS_CONTEXT (context), NULL);

  return g_object_new (RS_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       "db-path", db_path,
                       NULL);
}

void
rs_window_ensure_sample (RsWindow *self)
{
  g_return_if_fail (RS_IS_WINDOW (self));
  self->want_sample = TRUE;
}

const char *
rs_window_get_visible_page (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->page_stack);
}

GtkWidget *
rs_window_get_page (RsWindow   *self,
                    const char *name)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), NULL);
  return gtk_stack_get_child_by_name (self->page_stack, name);
}

RsProcess *
rs_window_get_process (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), NULL);
  return self->process;
}

gboolean
rs_window_is_loading (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), FALSE);
  return self->loading;
}
