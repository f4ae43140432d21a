/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-hearings-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-district-summary.h"
#include "rs-hearing-store.h"
#include "rs-hearings-page-private.h"
#include "rs-response-entry-dialog.h"
#include "rs-response-store.h"
#include "rs-round-dialog.h"

/* Editing the round's details and entering a response by hand; both are
 * saved on the database thread. */

static void
round_saved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_hearing_round_store_update_finish (RS_DATABASE (source), result, &error))
    {
      _rs_hearings_page_show_failure (self, _("The Hearing Round Was Not Saved"), error);
      return;
    }
  _rs_hearings_page_load_rounds (self);
}

static void
round_dialog_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 RsHearingsPage   *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  g_autoptr(RsHearingRound) copy = NULL;

  if (!g_str_equal (response, "save") || db == NULL || self->round == NULL)
    return;
  copy = rs_hearing_round_new (rs_hearing_round_get_id (self->round),
                               rs_hearing_round_get_process_id (self->round), NULL, NULL, NULL);
  rs_round_dialog_apply (RS_ROUND_DIALOG (dialog), copy);
  /* Stay on this round when the list comes back. */
  self->select_round_id = rs_hearing_round_get_id (copy);
  rs_hearing_round_store_update_async (db, copy, rs_page_get_cancellable (RS_PAGE (self)), round_saved_cb,
                                       g_object_ref (self));
}

static void
edit_round_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  GtkWidget *dialog;

  if (self->round == NULL)
    return;
  dialog = rs_round_dialog_new (_rs_hearings_page_get_window (self), self->round);
  g_signal_connect_object (dialog, "response", G_CALLBACK (round_dialog_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A response's district, chosen in its dialog, is stored after the
 * response itself (the response store's add and edit do not take one). */
typedef struct
{
  RsHearingsPage *page;
  char           *district;   /* NULL: unchanged */
  gint64          id;
} DistrictSave;

static DistrictSave *
district_save_new (RsHearingsPage *page,
                   char           *district,
                   gint64          id)
{
  DistrictSave *d = g_new0 (DistrictSave, 1);

  d->page = g_object_ref (page);
  d->district = district;
  d->id = id;
  return d;
}

static void
district_save_free (DistrictSave *d)
{
  g_object_unref (d->page);
  g_free (d->district);
  g_free (d);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DistrictSave, district_save_free)

static void
district_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_district_records_set_finish (RS_DATABASE (source), result, &error))
    _rs_hearings_page_show_failure (self, _("The Response’s District Was Not Saved"), error);
}

static void
save_district (DistrictSave *d,
               gint64        id)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (d->page));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (d->district == NULL || db == NULL || id <= 0)
    return;
  g_array_append_val (ids, id);
  rs_district_records_set_async (db, RS_DISTRICT_RECORD_RESPONSE, ids, d->district,
                                 rs_page_get_cancellable (RS_PAGE (d->page)), district_saved_cb,
                                 g_object_ref (d->page));
}

static void
response_added_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(DistrictSave) d = user_data;
  RsHearingsPage *self = d->page;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsHearingResponse) r = rs_response_store_add_finish (RS_DATABASE (source), result, &error);

  if (r == NULL)
    {
      _rs_hearings_page_show_failure (self, _("The Response Was Not Added"), error);
      return;
    }
  save_district (d, rs_hearing_response_get_id (r));
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (rs_hearing_response_is_private (r)
                                                    ? _("Response added (private citizen)")
                                                    : _("Response added (organisation)")));
  _rs_hearings_page_load_round (self);
}

static void
entry_dialog_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 RsHearingsPage   *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  g_autoptr(RsHearingResponse) added = NULL;

  if (!g_str_equal (response, "add") || db == NULL || self->round == NULL)
    return;
  added = rs_response_entry_dialog_build (RS_RESPONSE_ENTRY_DIALOG (dialog));
  rs_response_store_add_async (db, rs_hearing_round_get_id (self->round), added,
                               rs_page_get_cancellable (RS_PAGE (self)), response_added_cb,
                               district_save_new (self, rs_response_entry_dialog_dup_district (
                                                    RS_RESPONSE_ENTRY_DIALOG (dialog)), 0));
}

static void
add_response_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  GtkWidget *dialog;

  if (self->round == NULL)
    return;
  dialog = rs_response_entry_dialog_new (_rs_hearings_page_get_window (self));
  if (rs_page_get_database (RS_PAGE (self)) != NULL && rs_page_get_process (RS_PAGE (self)) != NULL)
    rs_response_entry_dialog_load_district (RS_RESPONSE_ENTRY_DIALOG (dialog), rs_page_get_database (RS_PAGE (self)),
                                            rs_process_get_id (rs_page_get_process (RS_PAGE (self))), 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (entry_dialog_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Editing a response's intake details */

static void
response_edited_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(DistrictSave) d = user_data;
  RsHearingsPage *self = d->page;
  g_autoptr(GError) error = NULL;

  if (!rs_response_store_edit_finish (RS_DATABASE (source), result, &error))
    {
      _rs_hearings_page_show_failure (self, _("The Response Was Not Saved"), error);
      return;
    }
  save_district (d, d->id);
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Response saved")));
  _rs_hearings_page_load_round (self);
}

static void
edit_dialog_cb (AdwMessageDialog *dialog,
                const char       *response,
                RsHearingsPage   *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "response-id"));
  g_autoptr(RsHearingResponse) edited = NULL;

  if (!g_str_equal (response, "save") || db == NULL || id <= 0)
    return;
  edited = rs_hearing_response_new ();
  rs_hearing_response_set_id (edited, id);
  rs_response_entry_dialog_apply (RS_RESPONSE_ENTRY_DIALOG (dialog), edited);
  rs_response_store_edit_async (db, edited, rs_page_get_cancellable (RS_PAGE (self)), response_edited_cb,
                                district_save_new (self, rs_response_entry_dialog_dup_district (
                                                     RS_RESPONSE_ENTRY_DIALOG (dialog)), id));
}

static void
edit_response_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  RsHearingResponse *r = rs_response_coding_view_get_response (self->coding_view);
  GtkWidget *dialog;

  if (r == NULL)
    return;
  dialog = rs_response_entry_dialog_new_for_response (_rs_hearings_page_get_window (self), r);
  if (rs_page_get_process (RS_PAGE (self)) != NULL)
    rs_response_entry_dialog_load_district (RS_RESPONSE_ENTRY_DIALOG (dialog), rs_page_get_database (RS_PAGE (self)),
                                            rs_process_get_id (rs_page_get_process (RS_PAGE (self))),
                                            rs_hearing_response_get_id (r));
  g_object_set_data (G_OBJECT (dialog), "response-id", GSIZE_TO_POINTER (rs_hearing_response_get_id (r)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (edit_dialog_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Deleting a response, with undo: the store keeps it until restored. */

static void
response_deleted_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = rs_response_store_delete_finish (RS_DATABASE (source), result, &error);
  AdwToast *toast;

  if (id == 0)
    {
      _rs_hearings_page_show_failure (self, _("The Response Was Not Deleted"), error);
      return;
    }
  toast = adw_toast_new (_("Response deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "hearings.undo-delete-response");
  adw_toast_set_action_target_value (toast, g_variant_new_int64 (id));
  /* Not ADW_TOAST_PRIORITY_HIGH: libadwaita 1.2 aborts when a toast it
   * pushed aside comes back. */
  rs_page_add_toast (RS_PAGE (self), toast);
  rs_response_coding_view_set_response (self->coding_view, NULL);
  _rs_hearings_page_load_round (self);
}

static void
delete_response_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  RsHearingResponse *r = rs_response_coding_view_get_response (self->coding_view);

  if (r == NULL || db == NULL)
    return;
  rs_response_store_delete_async (db, rs_hearing_response_get_id (r), rs_page_get_cancellable (RS_PAGE (self)),
                                  response_deleted_cb, g_object_ref (self));
}

static void
response_restored_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(RsHearingsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_response_store_restore_finish (RS_DATABASE (source), result, &error))
    {
      _rs_hearings_page_show_failure (self, _("The Response Was Not Restored"), error);
      return;
    }
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Response restored")));
  _rs_hearings_page_load_round (self);
}

static void
undo_delete_response_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  RsHearingsPage *self = RS_HEARINGS_PAGE (widget);
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db == NULL)
    return;
  rs_response_store_restore_async (db, g_variant_get_int64 (parameter), rs_page_get_cancellable (RS_PAGE (self)),
                                   response_restored_cb, g_object_ref (self));
}

void
_rs_hearings_page_install_edit_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "hearings.edit-response", NULL, edit_response_action);
  gtk_widget_class_install_action (widget_class, "hearings.delete-response", NULL, delete_response_action);
  gtk_widget_class_install_action (widget_class, "hearings.undo-delete-response", "x",
                                   undo_delete_response_action);
  gtk_widget_class_install_action (widget_class, "hearings.edit-round", NULL, edit_round_action);
  gtk_widget_class_install_action (widget_class, "hearings.add-response", NULL, add_response_action);
}
