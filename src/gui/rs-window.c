/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-comments-page.h"
#include "rs-hearings-page.h"
#include "rs-involvement-page.h"
#include "rs-labs-page.h"
#include "rs-overview-page.h"
#include "rs-panels-page.h"
#include "rs-pb-page.h"
#include "rs-process-store.h"
#include "rs-recommendations-page.h"
#include "rs-representativeness-page.h"
#include "rs-sessions-page.h"
#include "rs-change-kind.h"
#include "rs-window.h"
#include "rs-window-private.h"

G_DEFINE_FINAL_TYPE (RsWindow, rs_window, ADW_TYPE_APPLICATION_WINDOW)

typedef struct
{
  const char *name;
  const char *title;
  const char *icon;
  GType     (*get_type) (void);
} PageInfo;

/* The sidebar, in order; Alt+1 … Alt+8 jump to these. */
static const PageInfo pages[] = {
  { "overview", N_("Overview"), "view-grid-symbolic", rs_overview_page_get_type },
  { "panels", N_("Citizen Panels"), "system-users-symbolic", rs_panels_page_get_type },
  { "involvement", N_("Involvement"), "mail-message-new-symbolic", rs_involvement_page_get_type },
  { "comments", N_("Comments"), "user-available-symbolic", rs_comments_page_get_type },
  { "sessions", N_("Meetings"), "x-office-calendar-symbolic", rs_sessions_page_get_type },
  { "labs", N_("Labs"), "applications-science-symbolic", rs_labs_page_get_type },
  { "hearings", N_("Hearings"), "mail-unread-symbolic", rs_hearings_page_get_type },
  { "representativeness", N_("Representativeness"), "view-list-bullet-symbolic",
    rs_representativeness_page_get_type },
  { "recommendations", N_("Recommendations"), "emblem-documents-symbolic",
    rs_recommendations_page_get_type },
  { "pb", N_("Citizens' Budget"), "mail-send-receive-symbolic", rs_pb_page_get_type },
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_DB_PATH,
  PROP_PROCESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


void
_rs_window_update_actions (RsWindow *self)
{
  gboolean has_db = rs_context_get_database (self->context) != NULL;
  gboolean has_process = self->process != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-process", has_db && !self->loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-sample", has_db && !self->loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-process", has_process);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-process", has_process);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", has_process);
  _rs_window_update_privacy_actions (self);
}

void
_rs_window_show_error_dialog (RsWindow     *self,
                   const char   *heading,
                   const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_rs_window_set_process (RsWindow  *self,
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
  _rs_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCESS]);
}

void
_rs_window_show_processes (RsWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->processes));
  guint select = 0;

  self->loading = FALSE;
  if (n == 0)
    {
      _rs_window_set_process (self, NULL);
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      _rs_window_update_actions (self);
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
    _rs_window_set_process (self, p);
  }
  gtk_stack_set_visible_child_name (self->main_stack, "process");
  _rs_window_update_actions (self);
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
        _rs_window_show_error_dialog (self, _("Could Not Read the Budget Processes"), error);
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
      _rs_window_create_sample (self);
      return;
    }
  _rs_window_show_processes (self);
}

/* Another window, the command line or another member of staff renamed,
 * added or deleted a process: the list follows, keeping the objects the
 * pages hold (a rename shows in the title and the switcher at once), and
 * the window moves on only when its process is gone. */
static void
processes_refreshed_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(RsWindow) self = user_data;
  g_autoptr(GListStore) list = rs_process_store_list_finish (RS_DATABASE (source), result, NULL);
  g_autoptr(GHashTable) fresh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       g_object_unref);
  gboolean lost_current = FALSE;
  guint n;

  if (list == NULL || self->loading)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      RsProcess *p = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 id = rs_process_get_id (p);

      if (self->pending_delete == NULL || id != rs_process_get_id (self->pending_delete))
        g_hash_table_insert (fresh, g_memdup2 (&id, sizeof id), p);
      else
        g_object_unref (p);
    }
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->processes)); i-- > 0;)
    {
      g_autoptr(RsProcess) old = g_list_model_get_item (G_LIST_MODEL (self->processes), i);
      gint64 id = rs_process_get_id (old);
      RsProcess *now = g_hash_table_lookup (fresh, &id);

      if (now == NULL)
        {
          lost_current |= old == self->process;
          g_list_store_remove (self->processes, i);
          continue;
        }
      if (g_strcmp0 (rs_process_get_name (old), rs_process_get_name (now)) != 0)
        {
          rs_process_set_name (old, rs_process_get_name (now));
          if (old == self->process)
            adw_window_title_set_subtitle (self->page_title, rs_process_get_name (now));
        }
      /* What is shown is what a rename here starts from. */
      rs_process_set_version (old, rs_process_get_version (now));
      g_hash_table_remove (fresh, &id);
    }
  /* The rest are new: in the store's order. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsProcess) p = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 id = rs_process_get_id (p);

      if (g_hash_table_contains (fresh, &id))
        g_list_store_append (self->processes, p);
    }
  if (lost_current || self->process == NULL)
    _rs_window_show_processes (self);
}

static void
database_changed_cb (RsDatabase   *db,
                     RsChangeKind  kind,
                     gint64        id,
                     gint64        process_id,
                     RsWindow     *self)
{
  if (self->loading || self->cancellable == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  rs_process_store_list_async (db, self->cancellable, processes_refreshed_cb, g_object_ref (self));
}

void
_rs_window_load_processes (RsWindow *self)
{
  RsDatabase *db;

  /* Nothing to show once the window is closing. */
  if (self->context == NULL || self->cancellable == NULL ||
      g_cancellable_is_cancelled (self->cancellable))
    return;
  db = rs_context_get_database (self->context);
  if (db == NULL)
    return;
  if (self->watched_db != db)
    {
      if (self->watched_db != NULL)
        g_signal_handlers_disconnect_by_func (self->watched_db, database_changed_cb, self);
      g_set_weak_pointer (&self->watched_db, db);
      g_signal_connect_object (db, "changed::process", G_CALLBACK (database_changed_cb), self, 0);
    }
  self->loading = TRUE;
  _rs_window_update_actions (self);
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
      _rs_window_show_error_dialog (self, _("Could Not Open the Database"), error);
      if (rs_context_get_database (self->context) == NULL)
        {
          gtk_stack_set_visible_child_name (self->main_stack, "empty");
          self->loading = FALSE;
          _rs_window_update_actions (self);
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
  _rs_window_set_process (self, NULL);
  rs_context_set_database (self->context, db);
  _rs_window_load_processes (self);
}

void
_rs_window_open_database (RsWindow   *self,
               const char *path)
{
  self->loading = TRUE;
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  _rs_window_update_actions (self);
  rs_context_open_database_async (self->context, path, self->cancellable, database_opened_cb,
                                  g_object_ref (self));
}

/* The same keys on every page: Ctrl+Shift+N makes something new, Ctrl+I
 * imports, Ctrl+E exports and Ctrl+S saves, each with the visible page's
 * own action of that kind (its name after the page's prefix). */
static const char * const page_new_actions[] = { "new", "new-round", "add", "new-pool", NULL };
static const char * const page_import_actions[] = { "import", NULL };
static const char * const page_export_actions[] = { "export", "export-summary", "export-pb", NULL };
static const char * const page_save_actions[] = { "save", NULL };

static gboolean
activate_page_action (RsWindow           *self,
                      const char * const *names)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->page_stack);
  GtkWidgetClass *klass;
  const char *action_name;
  const GVariantType *parameter_type;
  const char *property_name;
  GType owner;

  if (page == NULL || g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "process") != 0)
    return FALSE;
  klass = GTK_WIDGET_GET_CLASS (page);
  for (guint n = 0; names[n] != NULL; n++)
    for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &action_name, &parameter_type,
                                                     &property_name); i++)
      {
        const char *dot = strchr (action_name, '.');

        if (dot != NULL && parameter_type == NULL && g_str_equal (dot + 1, names[n]) &&
            owner != GTK_TYPE_WIDGET && owner != RS_TYPE_PAGE)
          return gtk_widget_activate_action (page, action_name, NULL);
      }
  return FALSE;
}

static void
page_key_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RsWindow *self = RS_WINDOW (widget);

  if (g_str_equal (action_name, "win.page-new"))
    activate_page_action (self, page_new_actions);
  else if (g_str_equal (action_name, "win.page-import"))
    activate_page_action (self, page_import_actions);
  else if (g_str_equal (action_name, "win.page-export"))
    activate_page_action (self, page_export_actions);
  else
    activate_page_action (self, page_save_actions);
}

/* The visible page's actions sit at the end of the header bar. A page's
 * header widget, once packed, stays in the header bar and is only hidden:
 * on GTK 4.8 buttons that name an action stay insensitive after their
 * widget was taken out of the window and put back. */
static void
page_shown_cb (RsWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->page_stack);
  GtkWidget *header = RS_IS_PAGE (page) ? rs_page_get_header_widget (RS_PAGE (page)) : NULL;

  if (header == self->shown_header)
    return;
  if (self->shown_header != NULL)
    gtk_widget_set_visible (self->shown_header, FALSE);
  g_clear_weak_pointer (&self->shown_header);
  if (header != NULL)
    {
      if (gtk_widget_get_parent (header) == NULL)
        adw_header_bar_pack_end (self->content_header, header);
      gtk_widget_set_visible (header, TRUE);
      g_set_weak_pointer (&self->shown_header, header);
    }
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
    _rs_window_set_process (self, p);
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

/* GObject */

static gboolean
rs_window_close_request (GtkWindow *window)
{
  RsWindow *self = RS_WINDOW (window);
  GSettings *settings = rs_context_get_settings (self->context);

  g_cancellable_cancel (self->cancellable);
  _rs_window_commit_pending_delete (self);
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
    _rs_window_load_processes (self);
  else
    {
      path = self->db_path ? g_strdup (self->db_path) : rs_database_default_path ();
      _rs_window_open_database (self, path);
    }
}

static void
rs_window_dispose (GObject *object)
{
  RsWindow *self = RS_WINDOW (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_weak_pointer (&self->shown_header);
  g_clear_weak_pointer (&self->watched_db);
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
  gtk_widget_class_bind_template_child (widget_class, RsWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, process_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, page_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);

  _rs_window_install_process_actions (widget_class);
  _rs_window_install_privacy_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.page-new", NULL, page_key_action);
  gtk_widget_class_install_action (widget_class, "win.page-import", NULL, page_key_action);
  gtk_widget_class_install_action (widget_class, "win.page-export", NULL, page_key_action);
  gtk_widget_class_install_action (widget_class, "win.page-save", NULL, page_key_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.page-new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.page-import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.page-export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.page-save", NULL);

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
  page_shown_cb (self);
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
