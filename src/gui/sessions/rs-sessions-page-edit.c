/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sessions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-session-editor.h"
#include "rs-session-store.h"
#include "rs-sessions-page-private.h"

/* RsSessionsPage: creating, editing and deleting meetings; registering and
 * cancelling registrations. */

/* @person_id's registration in @d, or in the meeting shown once @d is. */
static RsRegistration *
registration_of (RsSessionsPage   *self,
                 RsSessionDetails *d,
                 gint64            person_id)
{
  for (guint i = 0; d->regs != NULL && i < d->regs->len; i++)
    if (rs_registration_get_person_id (g_ptr_array_index (d->regs, i)) == person_id)
      return g_ptr_array_index (d->regs, i);
  return d->regs == NULL ? g_hash_table_lookup (self->regs, &person_id) : NULL;
}

static const char *
pseudonym_of (RsSessionsPage   *self,
              RsSessionDetails *d,
              gint64            person_id)
{
  RsRegistration *r = registration_of (self, d, person_id);
  return r ? rs_registration_get_pseudonym (r) : "?";
}

/* ---- registrations ---- */

static void
registered_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  gboolean current;
  g_autoptr(RsSessionsPage) self = rs_page_request_end (user_data, &current);
  g_autoptr(GError) error = NULL;
  RsSessionDetails *d = rs_session_details_finish (RS_DATABASE (source), result, &error);
  g_autofree char *text = NULL;
  RsRegistration *r;

  if (d == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          rs_page_add_toast (RS_PAGE (self), adw_toast_new (error->message));
          gtk_widget_add_css_class (GTK_WIDGET (self->register_entry), "error");
        }
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->register_entry), "error");
  /* A read asked for since shows the meeting; the toast tells what was done. */
  _rs_sessions_page_show_result (self, d, current);
  r = registration_of (self, d, d->person_id);
  if (d->cancelled && d->promoted_id != 0)
    /* Translators: two pseudonyms */
    text = g_strdup_printf (_("Cancelled %s; %s moved up from the waiting list"),
                            pseudonym_of (self, d, d->person_id), pseudonym_of (self, d, d->promoted_id));
  else if (d->cancelled)
    text = g_strdup_printf (_("Cancelled %s’s registration"), pseudonym_of (self, d, d->person_id));
  else if (r != NULL && rs_registration_get_status (r) == RS_REGISTRATION_WAITING)
    text = g_strdup_printf (_("The meeting is full: %s is on the waiting list"), rs_registration_get_pseudonym (r));
  else
    text = g_strdup_printf (_("Registered %s"), pseudonym_of (self, d, d->person_id));
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (text));
  rs_session_details_free (d);
}

/* Registers the person @text names, or cancels @person_id with @text NULL. */
static void
run_register (RsSessionsPage *self,
              gint64          person_id,
              const char     *text)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (db == NULL || self->session_id == 0)
    return;
  rs_session_details_register_async (db, self->session_id, person_id, text,
                                     rs_page_get_cancellable (RS_PAGE (self)), registered_cb,
                                     rs_page_request (RS_PAGE (self)));
}

void
_rs_sessions_page_register_cb (RsSessionsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->register_entry));

  if (*text == '\0')
    return;
  run_register (self, 0, text);
  gtk_editable_set_text (GTK_EDITABLE (self->register_entry), "");
}

void
_rs_sessions_page_cancel (RsSessionsPage *self,
                          gint64          person_id)
{
  run_register (self, person_id, NULL);
}

static void
cancel_clicked_cb (GtkButton      *button,
                   RsSessionsPage *self)
{
  _rs_sessions_page_cancel (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "person-id")));
}

/* A registered or waiting person with a Cancel button. */
static GtkWidget *
create_registered_row (gpointer item,
                       gpointer user_data)
{
  RsSessionsPage *self = user_data;
  RsRegistration *r = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_label (C_("registration", "Cancel"));
  g_autofree char *label = g_strdup_printf (_("Cancel the registration of %s"), rs_registration_get_pseudonym (r));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rs_registration_get_pseudonym (r));
  if (rs_registration_get_status (r) == RS_REGISTRATION_WAITING)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Waiting list"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (button), "person-id", GSIZE_TO_POINTER ((gsize) rs_registration_get_person_id (r)));
  g_signal_connect_object (button, "clicked", G_CALLBACK (cancel_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static gboolean
not_cancelled (gpointer item,
               gpointer user_data)
{
  return rs_registration_get_status (item) != RS_REGISTRATION_CANCELLED;
}

/* The registered and waiting people of the meeting shown:
 *
 *   self->registrations ─▶ GtkFilterListModel (not cancelled) ─▶ registered_list
 */
void
_rs_sessions_page_bind_registered (RsSessionsPage *self)
{
  g_autoptr(GtkFilterListModel) model =
    gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->registrations)),
                               GTK_FILTER (gtk_custom_filter_new (not_cancelled, NULL, NULL)));
  GtkWidget *nobody = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (nobody), _("Nobody has registered yet"));
  gtk_list_box_set_placeholder (self->registered_list, nobody);
  gtk_list_box_bind_model (self->registered_list, G_LIST_MODEL (model), create_registered_row, self, NULL);
}

/* ---- new, edit, delete ---- */

static void
editor_saved_cb (RsSessionEditor *editor,
                 gint64           first_id,
                 guint            n,
                 RsSessionsPage  *self)
{
  g_autofree char *text = g_strdup_printf (ngettext ("Saved %u meeting", "Saved %u meetings", n), n);

  rs_page_add_toast (RS_PAGE (self), adw_toast_new (text));
  _rs_sessions_page_reload (self, first_id);
}

static void
deleted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsSessionsPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_session_store_delete_finish (RS_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rs_page_show_error (RS_PAGE (self), error);
      return;
    }
  rs_page_add_toast (RS_PAGE (self), adw_toast_new (_("Deleted the meeting")));
  _rs_sessions_page_reload (self, 0);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    RsSessionsPage   *self)
{
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));

  if (g_strcmp0 (response, "delete") != 0 || db == NULL || self->session_id == 0)
    return;
  rs_session_store_delete_async (db, self->session_id, rs_page_get_cancellable (RS_PAGE (self)), deleted_cb,
                                 g_object_ref (self));
}

void
_rs_sessions_page_edit_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  RsSessionsPage *self = RS_SESSIONS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  RsProcess *process = rs_page_get_process (RS_PAGE (self));
  RsDatabase *db = rs_page_get_database (RS_PAGE (self));
  gboolean creating = g_str_equal (action_name, "sessions.new");

  if (process == NULL || db == NULL || (!creating && self->session == NULL))
    return;
  if (g_str_equal (action_name, "sessions.delete"))
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Delete the Meeting?"), NULL);

      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("“%s” is deleted with its agenda, its registrations and the "
                                        "attendance recorded. Ideas captured there are kept."),
                                      rs_session_get_title (self->session));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                        "delete", _("_Delete"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  {
    RsSessionEditor *editor = rs_session_editor_new (parent, db, rs_process_get_id (process),
                                                     creating ? NULL : self->session);
    g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, 0);
    g_set_weak_pointer (&self->editor, GTK_WINDOW (editor));
    gtk_window_present (GTK_WINDOW (editor));
  }
}

/* For tests: the last editor opened by New Meeting… or Edit. */
gpointer
rs_sessions_page_get_editor (RsSessionsPage *self)
{
  return self->editor;
}

gpointer
rs_sessions_page_get_open_view (RsSessionsPage *self)
{
  return self->open_view;
}

gboolean
rs_sessions_page_shows_public (RsSessionsPage *self)
{
  return adw_view_stack_page_get_visible (self->public_page);
}
