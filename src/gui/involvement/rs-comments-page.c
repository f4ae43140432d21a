/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-comments-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-chosen-paths.h"
#include "rs-change-monitor.h"
#include "rs-comment-dialog.h"
#include "rs-comment-row.h"
#include "rs-comment-store.h"
#include "rs-comments-page.h"
#include "rs-district-summary.h"

struct _RsCommentsPage
{
  RsPage          parent_instance;

  GListStore     *model;        /* RsComment, spliced in place on a reload */
  GtkSliceListModel *shown;     /* its first rows: a list box holds a few hundred well */
  GStrv           districts;    /* the process's district names */
  GCancellable   *load;         /* the list being loaded */
  GtkWindow      *dialog;       /* weak */
  AdwToast       *undo_toast;   /* weak: the last "deleted" toast */
  char           *summary;

  /* Template widgets */
  GtkListBox     *list;
  GtkButton      *more_button;
  GtkSearchEntry *search_entry;
  GtkStack       *stack;
  GtkLabel       *summary_label;
};

G_DEFINE_FINAL_TYPE (RsCommentsPage, rs_comments_page, RS_TYPE_PAGE)

/* Rows shown at first and added by Show More. */
#define PAGE_SIZE 200

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return rs_comment_row_new (item);
}

static void
show_summary (RsCommentsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  guint review = 0;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *count = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsComment) c = g_list_model_get_item (G_LIST_MODEL (self->model), i);
      if (rs_comment_needs_review (c))
        review++;
    }
  count = g_strdup_printf (ngettext ("%u comment", "%u comments", n), n);
  g_free (self->summary);
  if (review > 0)
    /* TRANSLATORS: "42 comments · 3 flagged for review" */
    self->summary = g_strdup_printf (ngettext ("%s · %u flagged for review", "%s · %u flagged for review",
                                               review), count, review);
  else
    self->summary = g_steal_pointer (&count);
  if (n > gtk_slice_list_model_get_size (self->shown))
    {
      /* TRANSLATORS: after "10000 comments · 3 flagged for review" */
      g_autofree char *more = g_strdup_printf (_("%s · the newest %u shown; search to find others"),
                                               self->summary, gtk_slice_list_model_get_size (self->shown));
      g_free (self->summary);
      self->summary = g_steal_pointer (&more);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), n > gtk_slice_list_model_get_size (self->shown));
  gtk_label_set_text (self->summary_label, self->summary);
  gtk_stack_set_visible_child_name (self->stack, n > 0 || *search != '\0' ? "list" : "empty");
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsCommentsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) store = rs_comment_store_list_finish (RS_DATABASE (source), result, &error);
  g_autoptr(GPtrArray) items = NULL;
  guint n;

  if (store == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (store), i));
  g_list_store_splice (self->model, 0, g_list_model_get_n_items (G_LIST_MODEL (self->model)),
                       items->pdata, items->len);
  show_summary (self);
}

static void
districts_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(RsCommentsPage) self = user_data;
  g_autoptr(GPtrArray) list = rs_district_summary_load_finish (RS_DATABASE (source), result, NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  if (list == NULL)
    return;
  for (guint i = 0; i < list->len; i++)
    g_strv_builder_add (names, ((RsDistrictCounts *) g_ptr_array_index (list, i))->district);
  g_strfreev (self->districts);
  self->districts = g_strv_builder_end (names);
}

static void
reload (RsCommentsPage *self)
{
  RsProcess *process = rs_page_get_process (RS_PAGE (self));
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  g_cancellable_cancel (self->load);
  g_clear_object (&self->load);
  if (process == NULL || db == NULL)
    {
      g_list_store_remove_all (self->model);
      show_summary (self);
      return;
    }
  self->load = g_cancellable_new ();
  rs_comment_store_list_async (db, rs_process_get_id (process),
                               gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                               self->load, loaded_cb, g_object_ref (self));
  rs_district_summary_load_async (db, rs_process_get_id (process), self->load, districts_cb,
                                  g_object_ref (self));
}

static void
rs_comments_page_process_changed (RsPage *page)
{
  RsCommentsPage *self = RS_COMMENTS_PAGE (page);

  /* The search belongs to one process. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_slice_list_model_set_size (self->shown, PAGE_SIZE);
  g_list_store_remove_all (self->model);
  reload (self);
}

static void
rs_comments_page_data_changed (RsPage *page)
{
  reload (RS_COMMENTS_PAGE (page));
}

static void
search_changed_cb (RsCommentsPage *self)
{
  gtk_slice_list_model_set_size (self->shown, PAGE_SIZE);
  reload (self);
}

static void
more_clicked_cb (RsCommentsPage *self)
{
  gtk_slice_list_model_set_size (self->shown, gtk_slice_list_model_get_size (self->shown) + PAGE_SIZE);
  show_summary (self);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsCommentsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsCommentImportReport) report = rs_comment_store_import_finish (RS_DATABASE (source),
                                                                             result, &error);
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (report == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  text = g_strdup_printf (ngettext ("Imported %d comment, of which %d flagged for review.\n",
                                    "Imported %d comments, of which %d flagged for review.\n",
                                    report->imported), report->imported, report->review);
  if (report->skipped > 0)
    {
      g_autofree char *skipped = g_strdup_printf (ngettext ("Skipped %d comment already imported.\n",
                                                            "Skipped %d comments already imported.\n",
                                                            report->skipped), report->skipped);
      g_autofree char *both = g_strconcat (g_strstrip (text), " ", skipped, NULL);
      g_free (text);
      text = g_steal_pointer (&both);
    }
  toast = adw_toast_new (g_strstrip (text));
  adw_toast_set_timeout (toast, 5);
  rs_page_add_toast (RS_PAGE (self), toast);
}

void
rs_comments_page_import (RsCommentsPage     *self,
                         const char * const *paths)
{
  RsProcess *process = rs_page_get_process (RS_PAGE (self));
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  g_return_if_fail (RS_IS_COMMENTS_PAGE (self));
  if (process == NULL || db == NULL)
    return;
  rs_comment_store_import_async (db, rs_process_get_id (process), paths,
                                 rs_page_get_cancellable (RS_PAGE (self)), imported_cb,
                                 g_object_ref (self));
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(RsCommentsPage) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_auto(GStrv) paths = rs_chosen_paths (GTK_FILE_CHOOSER (dialog));

      rs_comments_page_import (self, (const char * const *) paths);
    }
  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  RsCommentsPage *self = RS_COMMENTS_PAGE (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (rs_page_get_process (RS_PAGE (self)) == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Import Comments"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_file_filter_set_name (filter, _("Web form exports and e-mails"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "eml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsCommentsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int n = rs_comment_store_export_finish (RS_DATABASE (source), result, &error);

  if (n < 0)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  text = g_strdup_printf (ngettext ("Exported %d comment, with pseudonyms", "Exported %d comments, with pseudonyms",
                                    n), n);
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (text));
}

void
rs_comments_page_export (RsCommentsPage *self,
                         const char     *path)
{
  RsProcess *process = rs_page_get_process (RS_PAGE (self));
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  g_return_if_fail (RS_IS_COMMENTS_PAGE (self));
  if (process == NULL || db == NULL)
    return;
  rs_comment_store_export_async (db, rs_process_get_id (process), path,
                                 rs_page_get_cancellable (RS_PAGE (self)), exported_cb,
                                 g_object_ref (self));
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(RsCommentsPage) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      if (path != NULL)
        rs_comments_page_export (self, path);
    }
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  RsCommentsPage *self = RS_COMMENTS_PAGE (widget);
  GtkFileChooserNative *dialog;

  if (rs_page_get_process (RS_PAGE (self)) == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Export Comments"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  /* TRANSLATORS: the suggested file name of the comments export */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("comments.csv"));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static RsComment *
find_comment (RsCommentsPage *self,
              gint64          id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->model)); i++)
    {
      g_autoptr(RsComment) c = g_list_model_get_item (G_LIST_MODEL (self->model), i);
      if (rs_comment_get_id (c) == id)
        return g_steal_pointer (&c);
    }
  return NULL;
}

static void
open_dialog (RsCommentsPage *self,
             RsComment      *comment)
{
  RsProcess *process = rs_page_get_process (RS_PAGE (self));
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  RsCommentDialog *dialog;

  if (process == NULL || db == NULL)
    return;
  dialog = rs_comment_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), db,
                                  rs_process_get_id (process), comment,
                                  (const char * const *) self->districts);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  open_dialog (RS_COMMENTS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  RsCommentsPage *self = RS_COMMENTS_PAGE (widget);
  g_autoptr(RsComment) comment = find_comment (self, g_variant_get_int64 (param));

  if (comment != NULL)
    open_dialog (self, comment);
}

typedef struct
{
  RsCommentsPage *self;
  gint64          id;
  char           *pseudonym;
} DeleteData;

static void
delete_data_free (DeleteData *d)
{
  g_clear_object (&d->self);
  g_free (d->pseudonym);
  g_free (d);
}

static void
restored_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsCommentsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_comment_store_delete_finish (RS_DATABASE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    rs_page_show_error (RS_PAGE (self), error);
}

static void
undo_clicked_cb (AdwToast   *toast,
                 DeleteData *d)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (d->self));

  if (db != NULL)
    rs_comment_store_delete_async (db, d->id, TRUE, NULL, restored_cb, g_object_ref (d->self));
}

static void
deleted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  DeleteData *d = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!rs_comment_store_delete_finish (RS_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (d->self), error);
      delete_data_free (d);
      return;
    }
  title = g_strdup_printf (_("Comment %s deleted"), d->pseudonym);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), d,
                         (GClosureNotify) delete_data_free, 0);
  g_set_weak_pointer (&d->self->undo_toast, toast);
  rs_page_add_toast (RS_PAGE (d->self), toast);
}

static void
delete_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  RsCommentsPage *self = RS_COMMENTS_PAGE (widget);
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  g_autoptr(RsComment) comment = find_comment (self, g_variant_get_int64 (param));
  DeleteData *d;

  if (comment == NULL || db == NULL)
    return;
  d = g_new0 (DeleteData, 1);
  d->self = g_object_ref (self);
  d->id = rs_comment_get_id (comment);
  d->pseudonym = g_strdup (rs_comment_get_pseudonym (comment));
  rs_comment_store_delete_async (db, d->id, FALSE, NULL, deleted_cb, d);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (RS_COMMENTS_PAGE (widget)->search_entry));
}

GListModel *
rs_comments_page_get_model (RsCommentsPage *self)
{
  g_return_val_if_fail (RS_IS_COMMENTS_PAGE (self), NULL);
  return G_LIST_MODEL (self->model);
}

GtkListBox *
rs_comments_page_get_list (RsCommentsPage *self)
{
  g_return_val_if_fail (RS_IS_COMMENTS_PAGE (self), NULL);
  return self->list;
}

const char *
rs_comments_page_get_summary (RsCommentsPage *self)
{
  g_return_val_if_fail (RS_IS_COMMENTS_PAGE (self), NULL);
  return self->summary ? self->summary : "";
}

void
rs_comments_page_set_search (RsCommentsPage *self,
                             const char     *text)
{
  g_return_if_fail (RS_IS_COMMENTS_PAGE (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* At once, not after the search entry's delay. */
  gtk_slice_list_model_set_size (self->shown, PAGE_SIZE);
  reload (self);
}

AdwToast *
rs_comments_page_get_undo_toast (RsCommentsPage *self)
{
  g_return_val_if_fail (RS_IS_COMMENTS_PAGE (self), NULL);
  return self->undo_toast;
}

GtkWindow *
rs_comments_page_get_dialog (RsCommentsPage *self)
{
  g_return_val_if_fail (RS_IS_COMMENTS_PAGE (self), NULL);
  return self->dialog;
}

static void
rs_comments_page_dispose (GObject *object)
{
  RsCommentsPage *self = RS_COMMENTS_PAGE (object);

  g_cancellable_cancel (self->load);
  g_clear_object (&self->load);
  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->undo_toast);
  G_OBJECT_CLASS (rs_comments_page_parent_class)->dispose (object);
}

static void
rs_comments_page_finalize (GObject *object)
{
  RsCommentsPage *self = RS_COMMENTS_PAGE (object);

  g_clear_object (&self->shown);
  g_clear_object (&self->model);
  g_strfreev (self->districts);
  g_free (self->summary);
  G_OBJECT_CLASS (rs_comments_page_parent_class)->finalize (object);
}

static void
rs_comments_page_class_init (RsCommentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RsPageClass *page_class = RS_PAGE_CLASS (klass);

  object_class->dispose = rs_comments_page_dispose;
  object_class->finalize = rs_comments_page_finalize;
  page_class->process_changed = rs_comments_page_process_changed;
  page_class->data_changed = rs_comments_page_data_changed;
  /* Comments, districts and links to recommendations. */
  page_class->watched_changes = RS_CHANGE_MASK (RS_CHANGE_INVOLVEMENT) |
                                RS_CHANGE_MASK (RS_CHANGE_RECOMMENDATION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-comments-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsCommentsPage, list);
  gtk_widget_class_bind_template_child (widget_class, RsCommentsPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, RsCommentsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RsCommentsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RsCommentsPage, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);

  /* "import", "add" and "export": the window's Ctrl+I, Ctrl+Shift+N and
   * Ctrl+E reach them. */
  gtk_widget_class_install_action (widget_class, "comments.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "comments.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "comments.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "comments.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "comments.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "comments.search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "comments.search", NULL);
}

static void
rs_comments_page_init (RsCommentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->model = g_list_store_new (RS_TYPE_COMMENT);
  self->shown = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->model)), 0, PAGE_SIZE);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->shown), create_row, NULL, NULL);
  show_summary (self);
}
