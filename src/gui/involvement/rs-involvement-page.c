/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-involvement-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-change-monitor.h"
#include "rs-district-dialog.h"
#include "rs-district-view.h"
#include "rs-districts-group.h"
#include "rs-draw-dialog.h"
#include "rs-engagement-group.h"
#include "rs-invitations-group.h"
#include "rs-involvement-page.h"
#include "rs-letter-template-dialog.h"
#include "rs-letters-dialog.h"
#include "rs-target-dialog.h"

struct _RsInvolvementPage
{
  RsPage              parent_instance;

  RsInvolvementStore *store;
  gint64              process_id;

  GtkWindow          *district_dialog;  /* weak: the open Edit District dialog */
  GtkWindow          *letters_dialog;   /* weak: the open Write Letters dialog */

  /* Template widgets */
  RsDistrictView     *district_view;
  RsDistrictsGroup   *districts_group;
  RsEngagementGroup  *engagement_group;
  RsInvitationsGroup *invitations_group;
};

G_DEFINE_FINAL_TYPE (RsInvolvementPage, rs_involvement_page, RS_TYPE_PAGE)

/* The page's parts, each bound to the store for the process (or to none). */
static void
bind_parts (RsInvolvementPage *self,
            RsInvolvementStore *store)
{
  rs_invitations_group_set_store (self->invitations_group, store, self->process_id);
  rs_districts_group_set_store (self->districts_group, store, self->process_id);
}

static void
store_changed_cb (RsInvolvementPage *self,
                  gint64             process_id)
{
  if (process_id != self->process_id)
    return;
  /* Targets and what they measure may have changed, and the districts. */
  rs_engagement_group_reload (self->engagement_group);
  rs_district_view_reload (self->district_view);
}

static void
rs_involvement_page_process_changed (RsPage *page)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (page);
  RsProcess *process = rs_page_get_process (page);
  RsDatabase *db = rs_page_get_database (page);

  rs_engagement_group_set_process (self->engagement_group, rs_page_get_context (page), process);
  rs_district_view_set_process (self->district_view, rs_page_get_context (page), process);
  if (process == NULL || db == NULL)
    {
      self->process_id = 0;
      bind_parts (self, NULL);
      return;
    }
  if (self->store == NULL)
    {
      self->store = rs_involvement_store_new (db);
      g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  self->process_id = rs_process_get_id (process);
  bind_parts (self, self->store);
  rs_involvement_store_refresh (self->store, self->process_id);
}

/* Pool members, registrations, attendance and hearing responses written
 * elsewhere change what the targets measure. */
static void
rs_involvement_page_data_changed (RsPage *page)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (page);

  if (self->store != NULL && self->process_id != 0)
    rs_involvement_store_refresh (self->store, self->process_id);
  rs_engagement_group_reload (self->engagement_group);
  rs_district_view_reload (self->district_view);
}

/* ---- importing an address list, replies or districts ---- */

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0, flagged = 0;

  if (!rs_involvement_store_import_finish (RS_INVOLVEMENT_STORE (source), result, &n, &flagged,
                                           &error))
    {
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  text = g_strdup_printf (_("Imported %u, of which %u flagged for review.\n"), n, flagged);
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (g_strstrip (text)));
}

typedef struct
{
  RsInvolvementPage   *self;
  RsInvolvementImport  what;
} ImportData;

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  ImportData *d = user_data;

  if (response == GTK_RESPONSE_ACCEPT && d->self->store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      rs_involvement_store_import_async (d->self->store, d->self->process_id, d->what, file,
                                         rs_page_get_cancellable (RS_PAGE (d->self)), imported_cb,
                                         g_object_ref (d->self));
    }
  g_object_unref (d->self);
  g_free (d);
  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *title;
  ImportData *d;

  if (self->store == NULL)
    return;
  d = g_new0 (ImportData, 1);
  d->self = g_object_ref (self);
  if (g_str_equal (name, "involvement.import-replies"))
    {
      d->what = RS_INVOLVEMENT_IMPORT_REPLIES;
      title = _("Import Replies");
    }
  else if (g_str_equal (name, "involvement.import-districts"))
    {
      d->what = RS_INVOLVEMENT_IMPORT_DISTRICTS;
      title = _("Import Districts");
    }
  else
    {
      d->what = RS_INVOLVEMENT_IMPORT_ADDRESSES;
      title = _("Import Address List");
    }
  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), d);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ---- the yes replies into the panel's pool ---- */

static void
pooled_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsInvolvementPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0;

  if (!rs_involvement_store_to_pool_finish (RS_INVOLVEMENT_STORE (source), result, &n, &error))
    {
      rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  text = g_strdup_printf (ngettext ("Added %u person to the pool.\n",
                                    "Added %u people to the pool.\n", n), n);
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (g_strstrip (text)));
}

static void
to_pool_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);

  if (self->store != NULL)
    rs_involvement_store_to_pool_async (self->store, self->process_id,
                                        rs_page_get_cancellable (RS_PAGE (self)), pooled_cb,
                                        g_object_ref (self));
}

/* ---- the dialogs ---- */

static void
dialog_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);
  RsPage *page = RS_PAGE (widget);
  GtkWidget *dialog;

  if (self->store == NULL)
    return;
  if (g_str_equal (name, "involvement.draw"))
    dialog = rs_draw_dialog_new (page, self->store, self->process_id);
  else if (g_str_equal (name, "involvement.set-target"))
    dialog = rs_target_dialog_new (page, self->store, self->process_id);
  else if (g_str_equal (name, "involvement.edit-template"))
    dialog = rs_letter_template_dialog_new (page, self->store, self->process_id);
  else if (g_str_equal (name, "involvement.add-district"))
    dialog = rs_district_dialog_new (page, self->store, self->process_id, NULL, 0);
  else
    {
      dialog = rs_letters_dialog_new (page, self->store, self->process_id);
      g_set_weak_pointer (&self->letters_dialog, GTK_WINDOW (dialog));
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_district_action (GtkWidget  *widget,
                      const char *action,
                      GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);
  const char *key = g_variant_get_string (param, NULL);
  RsInvolvementItem *item = rs_districts_group_find (self->districts_group, key);
  GtkWidget *dialog;

  if (self->store == NULL || item == NULL)
    return;
  dialog = rs_district_dialog_new (RS_PAGE (self), self->store, self->process_id, key,
                                   g_ascii_strtod (rs_involvement_item_get_value (item), NULL));
  g_set_weak_pointer (&self->district_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_district_action (GtkWidget  *widget,
                        const char *action,
                        GVariant   *param)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (widget);

  rs_districts_group_remove (self->districts_group, g_variant_get_string (param, NULL));
}

static void
rs_involvement_page_dispose (GObject *object)
{
  RsInvolvementPage *self = RS_INVOLVEMENT_PAGE (object);

  if (self->invitations_group != NULL)
    bind_parts (self, NULL);
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->district_dialog);
  g_clear_weak_pointer (&self->letters_dialog);
  G_OBJECT_CLASS (rs_involvement_page_parent_class)->dispose (object);
}

static void
rs_involvement_page_class_init (RsInvolvementPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RsPageClass *page_class = RS_PAGE_CLASS (klass);

  object_class->dispose = rs_involvement_page_dispose;
  page_class->process_changed = rs_involvement_page_process_changed;
  page_class->data_changed = rs_involvement_page_data_changed;
  page_class->watched_changes = RS_CHANGE_MASK (RS_CHANGE_INVOLVEMENT) |
                                RS_CHANGE_MASK (RS_CHANGE_PERSON) |
                                RS_CHANGE_MASK (RS_CHANGE_REGISTRATION) |
                                RS_CHANGE_MASK (RS_CHANGE_SESSION) |
                                RS_CHANGE_MASK (RS_CHANGE_RESPONSE) |
                                RS_CHANGE_MASK (RS_CHANGE_PANEL) |
                                RS_CHANGE_MASK (RS_CHANGE_IDEA) |
                                RS_CHANGE_MASK (RS_CHANGE_RECOMMENDATION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-involvement-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RsInvolvementPage, district_view);
  gtk_widget_class_bind_template_child (widget_class, RsInvolvementPage, districts_group);
  gtk_widget_class_bind_template_child (widget_class, RsInvolvementPage, engagement_group);
  gtk_widget_class_bind_template_child (widget_class, RsInvolvementPage, invitations_group);

  /* The parts' buttons name these; "import" and "export": the window's
   * Ctrl+I and Ctrl+E reach them. */
  gtk_widget_class_install_action (widget_class, "involvement.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "involvement.import-replies", NULL,
                                   import_action);
  gtk_widget_class_install_action (widget_class, "involvement.import-districts", NULL,
                                   import_action);
  gtk_widget_class_install_action (widget_class, "involvement.draw", NULL, dialog_action);
  gtk_widget_class_install_action (widget_class, "involvement.to-pool", NULL, to_pool_action);
  gtk_widget_class_install_action (widget_class, "involvement.export", NULL, dialog_action);
  gtk_widget_class_install_action (widget_class, "involvement.edit-template", NULL, dialog_action);
  gtk_widget_class_install_action (widget_class, "involvement.edit-district", "s",
                                   edit_district_action);
  gtk_widget_class_install_action (widget_class, "involvement.remove-district", "s",
                                   remove_district_action);
  gtk_widget_class_install_action (widget_class, "involvement.add-district", NULL, dialog_action);
  gtk_widget_class_install_action (widget_class, "involvement.set-target", NULL, dialog_action);

  g_type_ensure (RS_TYPE_DISTRICT_VIEW);
  g_type_ensure (RS_TYPE_DISTRICTS_GROUP);
  g_type_ensure (RS_TYPE_ENGAGEMENT_GROUP);
  g_type_ensure (RS_TYPE_INVITATIONS_GROUP);
}

static void
rs_involvement_page_init (RsInvolvementPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RsInvolvementStore *
rs_involvement_page_get_store (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return self->store;
}

GtkListBox *
rs_involvement_page_get_rates_list (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return rs_invitations_group_get_rates_list (self->invitations_group);
}

GtkListBox *
rs_involvement_page_get_districts_list (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return rs_districts_group_get_list (self->districts_group);
}

RsDistrictView *
rs_involvement_page_get_district_view (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return self->district_view;
}

const char *
rs_involvement_page_get_status (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return rs_invitations_group_get_status (self->invitations_group);
}

AdwToast *
rs_involvement_page_get_undo_toast (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return rs_districts_group_get_undo_toast (self->districts_group);
}

GtkWindow *
rs_involvement_page_get_district_dialog (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return self->district_dialog;
}

GtkWindow *
rs_involvement_page_get_letters_dialog (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), NULL);
  return self->letters_dialog;
}

gboolean
rs_involvement_page_choose_letter (RsInvolvementPage *self,
                                   RsLetterKind       kind,
                                   guint              subject)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), FALSE);
  return self->letters_dialog != NULL &&
         rs_letters_dialog_choose (RS_LETTERS_DIALOG (self->letters_dialog), kind, subject);
}

gint64
rs_involvement_page_get_letter_subject (RsInvolvementPage *self)
{
  g_return_val_if_fail (RS_IS_INVOLVEMENT_PAGE (self), 0);
  return self->letters_dialog ? rs_letters_dialog_get_subject (RS_LETTERS_DIALOG (self->letters_dialog))
                              : 0;
}
