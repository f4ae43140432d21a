/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-open-registrations-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rs-chosen-paths.h"
#include "rs-open-meeting-import.h"
#include "rs-open-meeting-store.h"
#include "rs-open-registration-dialog.h"
#include "rs-open-registration-list.h"
#include "rs-open-registration-row.h"
#include "rs-open-registrations-view.h"
#include "rs-open-representation.h"
#include "rs-page.h"

#define SMALL_CELL_LIMIT 5

/* The list's models:
 *   RsOpenRegistrationList (every public registration of the process, live)
 *   → GtkFilterListModel (this meeting; the filter; the search)
 *   → GtkNoSelection → list_view */
struct _RsOpenRegistrationsView
{
  GtkWidget               parent_instance;

  RsDatabase             *db;
  gint64                  process_id;
  gint64                  session_id;
  RsOpenRegistrationList *registrations;
  GtkFilterListModel     *filtered;
  GtkCustomFilter        *filter;
  char                   *search;        /* case-folded */
  RsOpenFilter            mode;
  GCancellable           *import_cancellable;
  GCancellable           *load_cancellable;
  GStrv                   districts;
  char                   *summary;
  AdwToast               *undo_toast;    /* weak */
  gboolean                syncing;       /* setting the search entry's text */
  int                     represented;   /* registrations the representation counts; -1 before */

  /* Template widgets */
  GtkWidget              *box;
  GtkDropDown            *filter_dropdown;
  GtkButton              *import_button;
  GtkListView            *list_view;
  GtkStack               *list_stack;
  GtkProgressBar         *progress_bar;
  GtkRevealer            *progress_revealer;
  GtkExpander            *repr_expander;
  GtkGrid                *repr_grid;
  GtkLabel               *repr_note;
  GtkSearchEntry         *search_entry;
  GtkLabel               *summary_label;
  GtkSpinButton          *target_from;
  GtkSpinButton          *target_share;
  GtkSpinButton          *target_to;
  GtkWidget              *target_box;
  GtkCheckButton         *repr_all_check;
};

G_DEFINE_FINAL_TYPE (RsOpenRegistrationsView, rs_open_registrations_view, GTK_TYPE_WIDGET)

static void
add_toast (RsOpenRegistrationsView *self,
           AdwToast                *toast)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), RS_TYPE_PAGE);

  if (page != NULL)
    rs_page_add_toast (RS_PAGE (page), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_error (RsOpenRegistrationsView *self,
            const GError            *error)
{
  GtkWidget *page;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  page = gtk_widget_get_ancestor (GTK_WIDGET (self), RS_TYPE_PAGE);
  if (page != NULL)
    rs_page_show_error (RS_PAGE (page), error);
  else
    g_debug ("Not shown, the view is not on a page: %s", error->message);
}

static gboolean
contains (const char *haystack,
          const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  RsOpenRegistrationsView *self = user_data;
  RsOpenRegistration *r = item;
  int status = rs_open_registration_get_status (r);

  if (rs_open_registration_get_session_id (r) != self->session_id)
    return FALSE;
  switch (self->mode)
    {
    case RS_OPEN_FILTER_EVERYONE:
      if (status == RS_REGISTRATION_CANCELLED)
        return FALSE;
      break;
    case RS_OPEN_FILTER_WAITING:
      if (status != RS_REGISTRATION_WAITING)
        return FALSE;
      break;
    case RS_OPEN_FILTER_REVIEW:
      if (*rs_open_registration_get_review_note (r) == '\0' || status == RS_REGISTRATION_CANCELLED)
        return FALSE;
      break;
    case RS_OPEN_FILTER_DUPLICATES:
      if (status == RS_REGISTRATION_CANCELLED ||
          (rs_open_registration_get_meetings (r) < 2 &&
           !rs_open_registration_has_note (r, "duplicate") &&
           !rs_open_registration_has_note (r, "possible-duplicate")))
        return FALSE;
      break;
    case RS_OPEN_FILTER_CANCELLED:
    default:
      if (status != RS_REGISTRATION_CANCELLED)
        return FALSE;
      break;
    }
  if (self->search == NULL || *self->search == '\0')
    return TRUE;
  return contains (rs_open_registration_get_name (r), self->search) ||
         contains (rs_open_registration_get_pseudonym (r), self->search) ||
         contains (rs_open_registration_get_email (r), self->search) ||
         contains (rs_open_registration_get_phone (r), self->search) ||
         contains (rs_open_registration_get_district (r), self->search);
}

/* The meeting's counts, from the live list (a few thousand items at most). */
static void
update_summary (RsOpenRegistrationsView *self)
{
  GListModel *model = self->registrations ? G_LIST_MODEL (self->registrations) : NULL;
  guint n = model ? g_list_model_get_n_items (model) : 0;
  int registered = 0, waiting = 0, review = 0, present = 0, duplicates = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsOpenRegistration) r = g_list_model_get_item (model, i);
      int status = rs_open_registration_get_status (r);

      if (rs_open_registration_get_session_id (r) != self->session_id || status == RS_REGISTRATION_CANCELLED)
        continue;
      if (status == RS_REGISTRATION_REGISTERED)
        registered++;
      else
        waiting++;
      if (*rs_open_registration_get_review_note (r))
        review++;
      if (rs_open_registration_get_attended (r) == 1)
        present++;
      if (rs_open_registration_get_meetings (r) > 1)
        duplicates++;
    }
  g_free (self->summary);
  /* TRANSLATORS: counts of a meeting's public registrations */
  self->summary = g_strdup_printf (_("%d registered · %d waiting · %d present · %d to review · %d also at other meetings"),
                                   registered, waiting, present, review, duplicates);
  gtk_label_set_text (self->summary_label, self->summary);
  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0 ? "list" : "empty");
}

static void
attach (GtkGrid    *grid,
        const char *text,
        int         column,
        int         row,
        gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  else if (column > 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
representation_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsOpenRegistrationsView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsOpenRepresentation) repr = rs_open_representation_load_finish (RS_DATABASE (source),
                                                                             result, &error);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *target = NULL;
  GtkWidget *child;
  int row = 1;

  if (repr == NULL)
    {
      /* A meeting deleted meanwhile has nothing to show. */
      if (!g_error_matches (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND))
        show_error (self, error);
      return;
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->repr_grid))) != NULL)
    gtk_grid_remove (self->repr_grid, child);
  attach (self->repr_grid, "", 0, 0, TRUE);
  attach (self->repr_grid, _("Registered"), 1, 0, TRUE);
  attach (self->repr_grid, _("Share"), 2, 0, TRUE);
  attach (self->repr_grid, _("Population"), 3, 0, TRUE);
  attach (self->repr_grid, _("Present"), 4, 0, TRUE);
  for (guint i = 0; i < repr->rows->len; i++)
    {
      RsOpenReprRow *r = g_ptr_array_index (repr->rows, i);
      g_autofree char *count = rs_open_representation_count (r->registered, SMALL_CELL_LIMIT);
      g_autofree char *share = rs_open_representation_share (r->registered, repr->registered, SMALL_CELL_LIMIT);
      g_autofree char *present = rs_open_representation_count (r->attended, SMALL_CELL_LIMIT);
      g_autofree char *population = r->population >= 0 ? g_strdup_printf ("%.0f %%", r->population)
                                                        : g_strdup ("–");
      g_autofree char *value = g_str_equal (r->category, "age")
                                 ? g_strdup_printf (_("Aged %s"), r->value) : g_strdup (r->value);

      if (g_str_equal (r->category, "district"))
        g_strv_builder_add (names, r->value);
      attach (self->repr_grid, value, 0, row, FALSE);
      attach (self->repr_grid, count, 1, row, FALSE);
      attach (self->repr_grid, share, 2, row, FALSE);
      attach (self->repr_grid, population, 3, row, FALSE);
      attach (self->repr_grid, present, 4, row, FALSE);
      row++;
    }
  g_strfreev (self->districts);
  self->districts = g_strv_builder_end (names);
  self->represented = repr->registered;
  g_string_append (note, _("Counts below 5 are shown as “< 5”. Ages from the population figures "
                           "of the Panels page, districts from the district list."));
  if ((target = rs_open_representation_target_text (repr)) != NULL)
    g_string_append_printf (note, "\n%s", target);
  if (repr->session_id != 0)
    gtk_spin_button_set_value (self->target_share, repr->has_target ? repr->target_share : 0);
  if (repr->has_target)
    {
      gtk_spin_button_set_value (self->target_from, repr->target_from);
      gtk_spin_button_set_value (self->target_to, repr->target_to);
    }
  gtk_label_set_text (self->repr_note, note->str);
}

static void
load_representation (RsOpenRegistrationsView *self)
{
  if (self->db == NULL || self->session_id == 0)
    return;
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  /* One meeting, or all the process's open meetings together. */
  rs_open_representation_load_async (self->db, self->process_id,
                                     gtk_check_button_get_active (self->repr_all_check) ? 0 : self->session_id,
                                     self->load_cancellable, representation_cb, g_object_ref (self));
}

static void
repr_all_toggled_cb (RsOpenRegistrationsView *self)
{
  gtk_widget_set_visible (self->target_box, !gtk_check_button_get_active (self->repr_all_check));
  load_representation (self);
}

static void
loaded_cb (RsOpenRegistrationsView *self)
{
  update_summary (self);
  load_representation (self);
}

static void
search_changed_cb (RsOpenRegistrationsView *self)
{
  if (self->syncing)
    return;
  rs_open_registrations_view_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
filter_changed_cb (RsOpenRegistrationsView *self)
{
  rs_open_registrations_view_set_filter (self, gtk_drop_down_get_selected (self->filter_dropdown));
}

/* ---- actions ---- */

static RsOpenRegistration *
find_registration (RsOpenRegistrationsView *self,
                   gint64                   id)
{
  int pos;

  if (self->registrations == NULL || (pos = rs_live_list_find (RS_LIVE_LIST (self->registrations), id)) < 0)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->registrations), pos);
}

static void
add_action (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  RsOpenRegistrationsView *self = RS_OPEN_REGISTRATIONS_VIEW (widget);
  RsOpenRegistrationDialog *dialog;

  if (self->db == NULL || self->session_id == 0)
    return;
  dialog = rs_open_registration_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->db,
                                            self->session_id, NULL, (const char * const *) self->districts);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  RsOpenRegistrationsView *self = RS_OPEN_REGISTRATIONS_VIEW (widget);
  g_autoptr(RsOpenRegistration) r = find_registration (self, g_variant_get_int64 (param));
  RsOpenRegistrationDialog *dialog;

  if (r == NULL)
    return;
  dialog = rs_open_registration_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->db,
                                            self->session_id, r, (const char * const *) self->districts);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(RsOpenRegistrationsView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_open_meeting_store_mark_finish (RS_DATABASE (source), result, &error))
    show_error (self, error);
}

static void
attend_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  RsOpenRegistrationsView *self = RS_OPEN_REGISTRATIONS_VIEW (widget);
  gint64 id;
  gboolean present;

  g_variant_get (param, "(xb)", &id, &present);
  rs_open_meeting_store_mark_async (self->db, id, present ? 1 : -1, NULL, done_cb, g_object_ref (self));
}

static void
reviewed_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  RsOpenRegistrationsView *self = RS_OPEN_REGISTRATIONS_VIEW (widget);

  rs_open_meeting_store_mark_async (self->db, g_variant_get_int64 (param), 2, NULL, done_cb,
                                    g_object_ref (self));
}

typedef struct
{
  RsOpenRegistrationsView *self;
  gint64                   id;
  gint64                   promoted;
} Undo;

static void
undo_free (Undo *undo)
{
  g_object_unref (undo->self);
  g_free (undo);
}

static void
restored_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsOpenRegistrationsView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_open_meeting_store_restore_finish (RS_DATABASE (source), result, &error))
    show_error (self, error);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  rs_open_meeting_store_restore_async (undo->self->db, undo->id, undo->promoted, NULL, restored_cb,
                                       g_object_ref (undo->self));
}

static void
cancelled_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Undo *undo = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsOpenRegistration) r = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  undo->promoted = rs_open_meeting_store_cancel_finish (RS_DATABASE (source), result, &error);
  if (undo->promoted < 0)
    {
      show_error (undo->self, error);
      undo_free (undo);
      return;
    }
  r = find_registration (undo->self, undo->id);
  if (undo->promoted > 0)
    title = g_strdup_printf (_("Registration of %s cancelled; the first on the waiting list got the seat"),
                             r ? rs_open_registration_get_pseudonym (r) : "");
  else
    title = g_strdup_printf (_("Registration of %s cancelled"), r ? rs_open_registration_get_pseudonym (r) : "");
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo,
                         (GClosureNotify) undo_free, 0);
  g_set_weak_pointer (&undo->self->undo_toast, toast);
  add_toast (undo->self, toast);
}

static void
cancel_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  RsOpenRegistrationsView *self = RS_OPEN_REGISTRATIONS_VIEW (widget);
  Undo *undo = g_new0 (Undo, 1);

  undo->self = g_object_ref (self);
  undo->id = g_variant_get_int64 (param);
  rs_open_meeting_store_cancel_async (self->db, undo->id, NULL, cancelled_cb, undo);
}

static void
sent_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(RsOpenRegistrationsView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int n = rs_open_meeting_store_mark_sent_finish (RS_DATABASE (source), result, &error);

  if (n < 0)
    {
      show_error (self, error);
      return;
    }
  text = g_strdup_printf (ngettext ("Recorded as sent today for %d registration",
                                    "Recorded as sent today for %d registrations", n), n);
  add_toast (self, adw_toast_new (text));
}

static void
sent_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  RsOpenRegistrationsView *self = RS_OPEN_REGISTRATIONS_VIEW (widget);

  if (self->db == NULL || self->session_id == 0)
    return;
  rs_open_meeting_store_mark_sent_async (self->db, self->session_id,
                                         g_str_equal (name, "registrations.reminders-sent"), NULL,
                                         sent_cb, g_object_ref (self));
}

static void
target_set_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(RsOpenRegistrationsView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_open_meeting_store_set_target_finish (RS_DATABASE (source), result, &error))
    show_error (self, error);
  else
    load_representation (self);
}

static void
set_target_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  RsOpenRegistrationsView *self = RS_OPEN_REGISTRATIONS_VIEW (widget);
  double share = gtk_spin_button_get_value (self->target_share);

  if (self->db == NULL || self->session_id == 0)
    return;
  rs_open_meeting_store_set_target_async (self->db, self->session_id,
                                          gtk_spin_button_get_value_as_int (self->target_from),
                                          gtk_spin_button_get_value_as_int (self->target_to),
                                          share > 0 ? share : -1, NULL, target_set_cb,
                                          g_object_ref (self));
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  RsOpenRegistrationsView *self = user_data;
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsOpenRegistrationsView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsRegistrationImportReport) report = rs_open_meeting_import_finish (RS_DATABASE (source),
                                                                                result, &error);
  g_autoptr(GString) text = g_string_new (NULL);
  AdwToast *toast;

  g_clear_object (&self->import_cancellable);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "registrations.import", TRUE);
  if (report == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        add_toast (self, adw_toast_new (_("Import stopped; nothing was imported")));
      else
        show_error (self, error);
      return;
    }
  g_string_append_printf (text, ngettext ("Imported %u registration", "Imported %u registrations",
                                          report->added), report->added);
  g_string_append_printf (text, _(": %u waiting, %u to review, %u likely duplicates, %u also at other meetings"),
                          report->waiting, report->review, report->duplicates, report->across);
  if (report->already > 0)
    {
      g_string_append (text, ". ");
      g_string_append_printf (text, ngettext ("%u row was imported before", "%u rows were imported before",
                                              report->already), report->already);
    }
  toast = adw_toast_new (text->str);
  adw_toast_set_timeout (toast, 8);
  add_toast (self, toast);
  if (report->review > 0)
    {
      /* Show what needs a look. */
      gtk_drop_down_set_selected (self->filter_dropdown, RS_OPEN_FILTER_REVIEW);
    }
}

void
rs_open_registrations_view_import (RsOpenRegistrationsView *self,
                                   const char * const      *paths)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self));
  if (self->db == NULL || self->session_id == 0 || self->import_cancellable != NULL)
    return;
  self->import_cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "registrations.import", FALSE);
  rs_open_meeting_import_async (self->db, self->session_id, paths, progress_cb, g_object_ref (self),
                                g_object_unref, self->import_cancellable, imported_cb, g_object_ref (self));
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(RsOpenRegistrationsView) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_auto(GStrv) paths = rs_chosen_paths (GTK_FILE_CHOOSER (dialog));

      rs_open_registrations_view_import (self, (const char * const *) paths);
    }
  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  RsOpenRegistrationsView *self = RS_OPEN_REGISTRATIONS_VIEW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->session_id == 0)
    return;
  dialog = gtk_file_chooser_native_new (_("Import Registrations"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_file_filter_set_name (filter, _("Registration form exports (CSV)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RsOpenRegistrationsView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_open_meeting_export_finish (RS_DATABASE (source), result, &error))
    show_error (self, error);
  else
    add_toast (self, adw_toast_new (_("Registrations exported, with pseudonyms")));
}

void
rs_open_registrations_view_export (RsOpenRegistrationsView *self,
                                   const char              *path)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self));
  if (self->db == NULL || self->session_id == 0)
    return;
  rs_open_meeting_export_async (self->db, self->session_id, path, NULL, exported_cb, g_object_ref (self));
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(RsOpenRegistrationsView) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      if (path != NULL)
        rs_open_registrations_view_export (self, path);
    }
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  RsOpenRegistrationsView *self = RS_OPEN_REGISTRATIONS_VIEW (widget);
  GtkFileChooserNative *dialog;

  if (self->session_id == 0)
    return;
  dialog = gtk_file_chooser_native_new (_("Export Registrations"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  /* TRANSLATORS: the suggested file name of the registrations export */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("registrations.csv"));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
stop_import_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  RsOpenRegistrationsView *self = RS_OPEN_REGISTRATIONS_VIEW (widget);

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
}

/* ---- life cycle ---- */

static void
rs_open_registrations_view_dispose (GObject *object)
{
  RsOpenRegistrationsView *self = RS_OPEN_REGISTRATIONS_VIEW (object);

  if (self->import_cancellable)
    g_cancellable_cancel (self->import_cancellable);
  if (self->load_cancellable)
    g_cancellable_cancel (self->load_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_OPEN_REGISTRATIONS_VIEW);
  g_clear_object (&self->import_cancellable);
  g_clear_object (&self->load_cancellable);
  if (self->registrations != NULL)
    g_signal_handlers_disconnect_by_data (self->registrations, self);
  g_clear_object (&self->filtered);
  g_clear_object (&self->registrations);
  g_clear_object (&self->db);
  g_clear_weak_pointer (&self->undo_toast);
  G_OBJECT_CLASS (rs_open_registrations_view_parent_class)->dispose (object);
}

static void
rs_open_registrations_view_finalize (GObject *object)
{
  RsOpenRegistrationsView *self = RS_OPEN_REGISTRATIONS_VIEW (object);

  g_free (self->search);
  g_free (self->summary);
  g_strfreev (self->districts);
  G_OBJECT_CLASS (rs_open_registrations_view_parent_class)->finalize (object);
}

static void
rs_open_registrations_view_class_init (RsOpenRegistrationsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_open_registrations_view_dispose;
  object_class->finalize = rs_open_registrations_view_finalize;

  g_type_ensure (RS_TYPE_OPEN_REGISTRATION_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-open-registrations-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, box);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, import_button);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, repr_expander);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, repr_grid);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, repr_note);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, target_from);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, target_share);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, target_to);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, target_box);
  gtk_widget_class_bind_template_child (widget_class, RsOpenRegistrationsView, repr_all_check);
  gtk_widget_class_bind_template_callback (widget_class, repr_all_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "registrations.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "registrations.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "registrations.stop-import", NULL, stop_import_action);
  gtk_widget_class_install_action (widget_class, "registrations.confirmations-sent", NULL, sent_action);
  gtk_widget_class_install_action (widget_class, "registrations.reminders-sent", NULL, sent_action);
  gtk_widget_class_install_action (widget_class, "registrations.set-target", NULL, set_target_action);
  gtk_widget_class_install_action (widget_class, "registrations.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "registrations.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "registrations.cancel", "x", cancel_action);
  gtk_widget_class_install_action (widget_class, "registrations.reviewed", "x", reviewed_action);
  gtk_widget_class_install_action (widget_class, "registrations.attend", "(xb)", attend_action);
}

static void
rs_open_registrations_view_init (RsOpenRegistrationsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->represented = -1;
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  {
    GtkNoSelection *selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
    gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
    g_object_unref (selection);
  }
  update_summary (self);
}

GtkWidget *
rs_open_registrations_view_new (void)
{
  return g_object_new (RS_TYPE_OPEN_REGISTRATIONS_VIEW, NULL);
}

void
rs_open_registrations_view_set_database (RsOpenRegistrationsView *self,
                                         RsDatabase              *db,
                                         gint64                   process_id)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self));
  if (self->db == db && self->process_id == process_id)
    return;
  self->process_id = process_id;
  if (self->db != db)
    {
      if (self->registrations != NULL)
        g_signal_handlers_disconnect_by_data (self->registrations, self);
      gtk_filter_list_model_set_model (self->filtered, NULL);
      g_clear_object (&self->registrations);
      g_set_object (&self->db, db);
      if (db != NULL)
        {
          self->registrations = rs_open_registration_list_new (db, process_id);
          g_signal_connect_swapped (self->registrations, "loaded", G_CALLBACK (loaded_cb), self);
          gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (self->registrations));
        }
    }
  else if (self->registrations != NULL)
    rs_live_list_set_process_id (RS_LIVE_LIST (self->registrations), process_id);
  update_summary (self);
}

void
rs_open_registrations_view_set_session (RsOpenRegistrationsView *self,
                                        gint64                   session_id)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self));
  if (self->session_id == session_id)
    return;
  self->session_id = session_id;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
  load_representation (self);
}

GListModel *
rs_open_registrations_view_get_model (RsOpenRegistrationsView *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

void
rs_open_registrations_view_set_search (RsOpenRegistrationsView *self,
                                       const char              *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);

  g_return_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self));
  g_strstrip (folded);
  if (g_strcmp0 (folded, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&folded);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text ? text : "") != 0)
    {
      /* The entry reports an emptied text at once: not ours to follow. */
      self->syncing = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
      self->syncing = FALSE;
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

void
rs_open_registrations_view_set_filter (RsOpenRegistrationsView *self,
                                       RsOpenFilter             filter)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self));
  if (self->mode == filter)
    return;
  self->mode = filter;
  if (gtk_drop_down_get_selected (self->filter_dropdown) != (guint) filter)
    gtk_drop_down_set_selected (self->filter_dropdown, filter);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

void
rs_open_registrations_view_set_target (RsOpenRegistrationsView *self,
                                       int                      age_from,
                                       int                      age_to,
                                       double                   share)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self));
  gtk_spin_button_set_value (self->target_from, age_from);
  gtk_spin_button_set_value (self->target_to, age_to);
  gtk_spin_button_set_value (self->target_share, share);
  gtk_widget_activate_action (GTK_WIDGET (self), "registrations.set-target", NULL);
}

void
rs_open_registrations_view_undo (RsOpenRegistrationsView *self)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self));
  if (self->undo_toast == NULL)
    return;
  g_signal_emit_by_name (self->undo_toast, "button-clicked");
}

void
rs_open_registrations_view_show_all (RsOpenRegistrationsView *self,
                                     gboolean                 all)
{
  g_return_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self));
  self->represented = -1;
  gtk_check_button_set_active (self->repr_all_check, all);
}

int
rs_open_registrations_view_get_represented (RsOpenRegistrationsView *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self), -1);
  return self->represented;
}

gboolean
rs_open_registrations_view_get_busy (RsOpenRegistrationsView *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self), FALSE);
  return self->import_cancellable != NULL;
}

const char *
rs_open_registrations_view_get_summary (RsOpenRegistrationsView *self)
{
  g_return_val_if_fail (RS_IS_OPEN_REGISTRATIONS_VIEW (self), NULL);
  return self->summary;
}
