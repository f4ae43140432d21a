/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pool-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-categories.h"
#include "rs-person-dialog.h"
#include "rs-pool-import-dialog.h"
#include "rs-pool-import.h"
#include "rs-pool-store.h"
#include "rs-pool-view.h"

struct _RsPoolView
{
  AdwBin              parent_instance;

  RsPage             *owner;        /* weak */
  GCancellable       *cancellable;  /* cancelled in dispose */
  gint64              panel_id;
  GListStore         *people;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  GtkSearchEntry     *search;
  GtkDropDown        *status_filter;
  GtkDropDown        *status_set;
  GtkLabel           *count;
  GtkColumnView      *view;
  RsPersonDialog     *person_dialog;
};

G_DEFINE_FINAL_TYPE (RsPoolView, rs_pool_view, ADW_TYPE_BIN)

/* After dispose (the page closed while a job ran) the view does nothing. */
static gboolean
is_gone (RsPoolView *self)
{
  return self->owner == NULL || g_cancellable_is_cancelled (self->cancellable);
}

static RsDatabase *
get_database (RsPoolView *self)
{
  return is_gone (self) ? NULL : rs_page_get_database (self->owner);
}

static void
show_error (RsPoolView   *self,
            const GError *error)
{
  if (!is_gone (self) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    rs_page_show_error (self->owner, error);
}

static void
add_toast (RsPoolView *self,
           AdwToast   *toast)
{
  if (is_gone (self))
    g_object_unref (g_object_ref_sink (toast));
  else
    rs_page_add_toast (self->owner, toast);
}

static gboolean
match_person (gpointer item,
              gpointer user_data)
{
  RsPoolView *self = user_data;
  RsPerson *person = item;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  guint status = gtk_drop_down_get_selected (self->status_filter);
  g_autofree char *needle = g_utf8_casefold (text, -1);
  g_autofree char *joined = NULL;
  g_autofree char *hay = NULL;

  if (status > 0 && status != GTK_INVALID_LIST_POSITION &&
      g_strcmp0 (rs_person_get_status (person), rs_person_statuses ()[status - 1]) != 0)
    return FALSE;
  if (*needle == '\0')
    return TRUE;
  joined = g_strconcat (rs_person_get_pseudonym (person), " ", rs_person_get_external_id (person), " ",
                        rs_person_get_summary (person), NULL);
  hay = g_utf8_casefold (joined, -1);
  return strstr (hay, needle) != NULL;
}

static void
update_count (RsPoolView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = self->people ? g_list_model_get_n_items (G_LIST_MODEL (self->people)) : 0;
  g_autofree char *text = g_strdup_printf (ngettext ("%u of %u person", "%u of %u people", all), shown, all);

  gtk_label_set_text (self->count, text);
}

static void
filter_changed_cb (RsPoolView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsPoolView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) people = rs_pool_store_list_finish (RS_DATABASE (source), result, &error);

  if (people == NULL || is_gone (self))
    {
      if (people == NULL)
        show_error (self, error);
      return;
    }
  g_set_object (&self->people, people);
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (people));
  update_count (self);
}

void
rs_pool_view_set_panel (RsPoolView *self,
                        gint64      panel_id)
{
  self->panel_id = panel_id;
  if (get_database (self) == NULL)
    return;
  rs_pool_store_list_async (get_database (self), panel_id, self->cancellable, listed_cb, g_object_ref (self));
}

static void
changed_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsPoolView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_pool_store_change_finish (RS_DATABASE (source), result, &error))
    show_error (self, error);
  if (!is_gone (self))
    rs_pool_view_set_panel (self, self->panel_id);
}

static void
apply_change (RsPoolView *self,
              const char *status)
{
  RsPerson *person = gtk_single_selection_get_selected_item (self->selection);

  if (get_database (self) == NULL)
    return;
  if (person == NULL)
    {
      add_toast (self, adw_toast_new (_("Select a person first")));
      return;
    }
  rs_pool_store_change_async (get_database (self), rs_person_get_id (person), status, self->cancellable,
                              changed_cb, g_object_ref (self));
}

static void
set_status_clicked_cb (RsPoolView *self)
{
  guint i = gtk_drop_down_get_selected (self->status_set);

  if (i != GTK_INVALID_LIST_POSITION)
    apply_change (self, rs_person_statuses ()[i]);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RsPoolView       *self)
{
  if (g_str_equal (response, "remove"))
    apply_change (self, NULL);
}

static void
remove_clicked_cb (RsPoolView *self)
{
  RsPerson *person = gtk_single_selection_get_selected_item (self->selection);
  GtkWidget *dialog;

  if (person == NULL)
    {
      add_toast (self, adw_toast_new (_("Select a person first")));
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Remove from the Pool?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s and their contact details and category values will be deleted. "
                                    "This cannot be undone."), rs_person_get_pseudonym (person));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
person_saved_cb (RsPersonDialog *dialog,
                 gint64          person_id,
                 RsPoolView     *self)
{
  add_toast (self, adw_toast_new (_("Person saved")));
  rs_pool_view_set_panel (self, self->panel_id);
}

/* The person dialog needs the panel's categories and, for a person
 * already in the pool, what is stored about them: two reads, in order, on
 * the database thread. What the dialog needs travels in the request. */
typedef struct
{
  RsPoolView *self;
  gint64      panel_id;
  gint64      person_id;   /* 0: a new person */
  GPtrArray  *categories;
} PersonRequest;

static void
person_request_free (PersonRequest *request)
{
  g_object_unref (request->self);
  g_clear_pointer (&request->categories, g_ptr_array_unref);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PersonRequest, person_request_free)

static void
present_person_dialog (PersonRequest *request,
                       RsPersonData  *data)
{
  RsPoolView *self = request->self;
  RsPersonDialog *dialog;

  dialog = rs_person_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), get_database (self),
                                 request->panel_id, request->categories, request->person_id, data);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (person_saved_cb), self, 0);
  g_set_weak_pointer (&self->person_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
person_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PersonRequest) request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPersonData) data = rs_pool_store_get_finish (RS_DATABASE (source), result, &error);

  if (data == NULL)
    show_error (request->self, error);
  else if (!is_gone (request->self))
    present_person_dialog (request, data);
}

static void
person_categories_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(PersonRequest) request = user_data;
  g_autoptr(GError) error = NULL;

  request->categories = rs_categories_load_finish (RS_DATABASE (source), result, &error);
  if (request->categories == NULL)
    show_error (request->self, error);
  else if (is_gone (request->self))
    return;
  else if (request->person_id == 0)
    present_person_dialog (request, NULL);
  else
    rs_pool_store_get_async (RS_DATABASE (source), request->person_id, request->self->cancellable,
                             person_loaded_cb, g_steal_pointer (&request));
}

static void
open_person (RsPoolView *self,
             gint64      person_id)
{
  PersonRequest *request;

  if (get_database (self) == NULL)
    return;
  request = g_new0 (PersonRequest, 1);
  request->self = g_object_ref (self);
  request->panel_id = self->panel_id;
  request->person_id = person_id;
  rs_categories_load_async (get_database (self), self->panel_id, self->cancellable, person_categories_cb,
                            request);
}

static void
add_clicked_cb (RsPoolView *self)
{
  open_person (self, 0);
}

static void
edit_clicked_cb (RsPoolView *self)
{
  RsPerson *person = gtk_single_selection_get_selected_item (self->selection);

  if (person == NULL)
    add_toast (self, adw_toast_new (_("Select a person first")));
  else
    open_person (self, rs_person_get_id (person));
}

static void
row_activated_cb (GtkColumnView *view,
                  guint          position,
                  RsPoolView    *self)
{
  RsPerson *person = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (person)
    open_person (self, rs_person_get_id (person));
  g_clear_object (&person);
}

static void
imported_cb (RsPoolImportDialog *dialog,
             guint               rows,
             int                 flagged,
             RsPoolView         *self)
{
  add_toast (self, adw_toast_new_format (ngettext ("Imported %u person; %d flagged for review",
                                                                  "Imported %u people; %d flagged for review",
                                                                  rows), rows, flagged));
  rs_pool_view_set_panel (self, self->panel_id);
}

/* The import dialog needs the panel's categories and the mapping used
 * last time (if any): read in order on the database thread. */
typedef struct
{
  RsPoolView *self;
  GFile      *file;
  gint64      panel_id;
  GPtrArray  *categories;
} ImportRequest;

static void
import_request_free (ImportRequest *request)
{
  g_object_unref (request->self);
  g_object_unref (request->file);
  g_clear_pointer (&request->categories, g_ptr_array_unref);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportRequest, import_request_free)

static void
import_mapping_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(ImportRequest) request = user_data;
  RsPoolView *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsPoolMapping) mapping = rs_pool_import_load_mapping_finish (RS_DATABASE (source), result, &error);
  RsPoolImportDialog *dialog;

  if (error != NULL)
    {
      show_error (self, error);
      return;
    }
  if (is_gone (self))
    return;
  dialog = rs_pool_import_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                      RS_DATABASE (source), request->panel_id, request->categories,
                                      mapping, request->file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_categories_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(ImportRequest) request = user_data;
  g_autoptr(GError) error = NULL;

  request->categories = rs_categories_load_finish (RS_DATABASE (source), result, &error);
  if (request->categories == NULL)
    show_error (request->self, error);
  else if (!is_gone (request->self))
    rs_pool_import_load_mapping_async (RS_DATABASE (source), request->panel_id, request->self->cancellable,
                                       import_mapping_cb, g_steal_pointer (&request));
}

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                RsPoolView      *self)
{
  if (response == GTK_RESPONSE_ACCEPT && get_database (self) != NULL)
    {
      ImportRequest *request = g_new0 (ImportRequest, 1);

      request->self = g_object_ref (self);
      request->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      request->panel_id = self->panel_id;
      rs_categories_load_async (get_database (self), self->panel_id, self->cancellable, import_categories_cb,
                                request);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
import_clicked_cb (RsPoolView *self)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Import Pool from CSV"), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_pseudonym (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      rs_person_get_pseudonym (gtk_list_item_get_item (item)));
}

static void
bind_status (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      rs_person_status_label (rs_person_get_status (gtk_list_item_get_item (item))));
}

static void
bind_values (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      rs_person_get_summary (gtk_list_item_get_item (item)));
}

static void
bind_review (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *flag = rs_person_get_review_flag (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (label), g_str_equal (flag, "duplicate") ? _("Possible duplicate")
                                         : g_str_equal (flag, "household") ? _("Same household as another") : "");
  if (*flag)
    gtk_widget_add_css_class (label, "warning");
  else
    gtk_widget_remove_css_class (label, "warning");
}

static void
rs_pool_view_dispose (GObject *object)
{
  RsPoolView *self = RS_POOL_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->owner);
  g_clear_object (&self->people);
  g_clear_weak_pointer (&self->person_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_POOL_VIEW);
  g_clear_object (&self->selection);
  G_OBJECT_CLASS (rs_pool_view_parent_class)->dispose (object);
}

static void
rs_pool_view_finalize (GObject *object)
{
  RsPoolView *self = RS_POOL_VIEW (object);

  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (rs_pool_view_parent_class)->finalize (object);
}

static void
rs_pool_view_class_init (RsPoolViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rs_pool_view_dispose;
  G_OBJECT_CLASS (klass)->finalize = rs_pool_view_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-pool-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RsPoolView, count);
  gtk_widget_class_bind_template_child (widget_class, RsPoolView, search);
  gtk_widget_class_bind_template_child (widget_class, RsPoolView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, RsPoolView, status_set);
  gtk_widget_class_bind_template_child (widget_class, RsPoolView, view);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_pseudonym);
  gtk_widget_class_bind_template_callback (widget_class, bind_review);
  gtk_widget_class_bind_template_callback (widget_class, bind_status);
  gtk_widget_class_bind_template_callback (widget_class, bind_values);
  gtk_widget_class_bind_template_callback (widget_class, edit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, set_status_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_label);
}

static GtkStringList *
status_names (gboolean with_all)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (with_all)
    gtk_string_list_append (list, _("All statuses"));
  for (guint i = 0; rs_person_statuses ()[i]; i++)
    gtk_string_list_append (list, rs_person_status_label (rs_person_statuses ()[i]));
  return list;
}

static void
rs_pool_view_init (RsPoolView *self)
{
  g_autoptr(GtkStringList) all_statuses = status_names (TRUE);
  g_autoptr(GtkStringList) statuses = status_names (FALSE);

  self->cancellable = g_cancellable_new ();
  /* The filter is in place before the template's signals can run it. */
  self->filter = gtk_custom_filter_new (match_person, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (all_statuses));
  gtk_drop_down_set_model (self->status_set, G_LIST_MODEL (statuses));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
}

GtkWidget *
rs_pool_view_new (RsPage *owner)
{
  RsPoolView *self = g_object_new (RS_TYPE_POOL_VIEW, NULL);

  g_set_weak_pointer (&self->owner, owner);
  return GTK_WIDGET (self);
}

GListModel *
rs_pool_view_get_model (RsPoolView *self)
{
  return G_LIST_MODEL (self->filtered);
}

void
rs_pool_view_set_search (RsPoolView *self,
                         const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), text);
  filter_changed_cb (self);
}

void
rs_pool_view_add_person (RsPoolView *self)
{
  add_clicked_cb (self);
}

RsPersonDialog *
rs_pool_view_get_person_dialog (RsPoolView *self)
{
  return self->person_dialog;
}
