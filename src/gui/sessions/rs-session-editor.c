/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-session-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-conflict-dialog.h"
#include "rs-district-row.h"
#include "rs-lab-store.h"
#include "rs-panel-store.h"
#include "rs-session-editor.h"
#include "rs-session-plan.h"

struct _RsSessionEditor
{
  AdwWindow      parent_instance;

  RsDatabase    *db;
  gint64         process_id;
  gint64         session_id;
  gint64         panel_id;      /* of the session being edited */
  gint64         lab_id;
  gint64         version;       /* of the session being edited, as read or last saved */
  GCancellable  *cancellable;

  GtkWidget     *save_button;
  GtkWidget     *title_row;
  GtkWidget     *kind_row;
  GtkWidget     *date_row;
  GtkWidget     *start_row;
  GtkWidget     *end_row;
  GtkWidget     *place_row;
  RsDistrictRow *district_row;
  GtkWidget     *facilitators_row;
  GtkWidget     *capacity_spin;
  GtkWidget     *owner_row;
  GtkWidget     *template_row;
  GtkWidget     *members_switch;  /* new meetings: register the panel's members */
  GtkWidget     *members_row;
  GtkWidget     *error_label;

  GListStore    *panels;        /* RsPanel, while the owners are read */
  GArray        *owner_panels;  /* per owner row position: panel id */
  GArray        *owner_labs;    /* per owner row position: lab id */
  gboolean       ready;
  gboolean       saving;
};

G_DEFINE_FINAL_TYPE (RsSessionEditor, rs_session_editor, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *kinds[] = { "panel-meeting", "lab-workshop", "open-meeting", "network-meeting",
                               "welfare-meeting", "youth-meeting", "open-lab" };
static const char *templates[] = { NULL, "council", "network" };

/* ---- owners ---- */

static void
owner_failed (RsSessionEditor *self,
              GError          *error)
{
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
}

static void
add_owner (RsSessionEditor *self,
           GtkStringList   *model,
           const char      *label,
           gint64           panel_id,
           gint64           lab_id)
{
  gtk_string_list_append (model, label);
  g_array_append_val (self->owner_panels, panel_id);
  g_array_append_val (self->owner_labs, lab_id);
}

/* The owners offered: an open meeting, each panel, each lab. */
static void
labs_listed_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RsSessionEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) labs = rs_lab_store_list_finish (RS_DATABASE (source), result, &error);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint selected = 0;

  if (labs == NULL || self->panels == NULL)
    {
      if (error != NULL)
        owner_failed (self, error);
      return;
    }
  g_array_set_size (self->owner_panels, 0);
  g_array_set_size (self->owner_labs, 0);
  add_owner (self, model, _("Open meeting"), 0, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->panels)); i++)
    {
      g_autoptr(RsPanel) panel = g_list_model_get_item (G_LIST_MODEL (self->panels), i);
      /* Translators: an owner of a meeting */
      g_autofree char *label = g_strdup_printf (_("Panel: %s"), rs_panel_get_name (panel));

      if (self->panel_id && rs_panel_get_id (panel) == self->panel_id)
        selected = self->owner_panels->len;
      add_owner (self, model, label, rs_panel_get_id (panel), 0);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (labs)); i++)
    {
      g_autoptr(RsLab) lab = g_list_model_get_item (G_LIST_MODEL (labs), i);
      g_autofree char *label = g_strdup_printf (_("Lab: %s"), rs_lab_get_title (lab));

      if (self->lab_id && rs_lab_get_id (lab) == self->lab_id)
        selected = self->owner_labs->len;
      add_owner (self, model, label, 0, rs_lab_get_id (lab));
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (self->owner_row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->owner_row), selected);
  self->ready = TRUE;
  gtk_widget_set_sensitive (self->save_button, TRUE);
}

static void
panels_listed_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RsSessionEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  self->panels = rs_panel_store_list_finish (RS_DATABASE (source), result, &error);
  if (self->panels == NULL)
    {
      owner_failed (self, error);
      return;
    }
  rs_lab_store_list_async (self->db, self->process_id, self->cancellable, labs_listed_cb,
                           g_object_ref (self));
}

/* ---- saving ---- */

static void fill_fields (RsSessionEditor *self,
                         RsSession       *s);

static char *
text_of (GtkWidget *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
district_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsSessionEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  GArray *ids = g_object_get_data (G_OBJECT (self), "saved-ids");

  self->saving = FALSE;
  gtk_widget_set_sensitive (self->save_button, TRUE);
  if (!rs_district_row_save_finish (RS_DISTRICT_ROW (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
          gtk_widget_set_visible (self->error_label, TRUE);
        }
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, g_array_index (ids, gint64, 0), ids->len);
  gtk_window_close (GTK_WINDOW (self));
}

static void
select_owner (RsSessionEditor *self,
              gint64           panel_id,
              gint64           lab_id)
{
  for (guint i = 0; i < self->owner_panels->len; i++)
    if (g_array_index (self->owner_panels, gint64, i) == panel_id &&
        g_array_index (self->owner_labs, gint64, i) == lab_id)
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (self->owner_row), i);
        return;
      }
}

static const char *
selected_label (GtkWidget *combo_row)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (combo_row));
  guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (combo_row));

  return GTK_IS_STRING_LIST (model) && i < g_list_model_get_n_items (model)
    ? gtk_string_list_get_string (GTK_STRING_LIST (model), i) : "";
}

static void
conflict_response_cb (RsConflictDialog *dialog,
                      const char       *response,
                      RsSessionEditor  *self)
{
  RsSession *current = g_object_get_data (G_OBJECT (dialog), "rs-current");

  if (rs_session_get_id (current) != self->session_id)
    return;
  if (g_str_equal (response, "theirs"))
    {
      /* Their version in the form; saving it again changes nothing. */
      self->version = rs_session_get_version (current);
      self->panel_id = rs_session_get_panel_id (current);
      self->lab_id = rs_session_get_lab_id (current);
      fill_fields (self, current);
      select_owner (self, self->panel_id, self->lab_id);
    }
  else if (g_str_equal (response, "mine"))
    {
      self->version = rs_session_get_version (current);
      rs_session_editor_save (self);
    }
}

/* Someone else saved the meeting since the dialog read it: both versions
 * side by side; the form keeps what was typed. */
static void
show_conflict (RsSessionEditor *self,
               RsSession       *current,
               const char      *message)
{
  RsConflictDialog *dialog = rs_conflict_dialog_new (GTK_WINDOW (self), message);
  const char *starts_at = rs_session_get_starts_at (current);
  const char *ends_at = rs_session_get_ends_at (current);
  g_autofree char *date = starts_at ? g_strndup (starts_at, 10) : NULL;
  g_autofree char *start = starts_at && strlen (starts_at) >= 16 ? g_strndup (starts_at + 11, 5) : NULL;
  g_autofree char *end = ends_at && strlen (ends_at) >= 16 ? g_strndup (ends_at + 11, 5) : NULL;
  g_autofree char *their_seats = g_strdup_printf ("%d", rs_session_get_capacity (current));
  g_autofree char *my_seats = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->capacity_spin)));
  g_autofree char *title = text_of (self->title_row);
  g_autofree char *my_date = text_of (self->date_row);
  g_autofree char *my_start = text_of (self->start_row);
  g_autofree char *my_end = text_of (self->end_row);
  g_autofree char *place = text_of (self->place_row);
  g_autofree char *facilitators = text_of (self->facilitators_row);
  const char *their_owner = _("Open meeting");
  g_autofree char *their_owner_text = NULL;

  for (guint i = 0; i < self->owner_panels->len; i++)
    if (g_array_index (self->owner_panels, gint64, i) == rs_session_get_panel_id (current) &&
        g_array_index (self->owner_labs, gint64, i) == rs_session_get_lab_id (current))
      {
        GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (self->owner_row));
        if (GTK_IS_STRING_LIST (model) && i < g_list_model_get_n_items (model))
          their_owner = their_owner_text = g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (model), i));
      }
  rs_conflict_dialog_add_field (dialog, _("Title"), rs_session_get_title (current), title);
  rs_conflict_dialog_add_field (dialog, _("Date"), date, my_date);
  rs_conflict_dialog_add_field (dialog, _("Starts"), start, my_start);
  rs_conflict_dialog_add_field (dialog, _("Ends"), end, my_end);
  rs_conflict_dialog_add_field (dialog, _("Place"), rs_session_get_place (current), place);
  rs_conflict_dialog_add_field (dialog, _("Facilitators"), rs_session_get_facilitators (current), facilitators);
  rs_conflict_dialog_add_field (dialog, _("Seats"), their_seats, my_seats);
  rs_conflict_dialog_add_field (dialog, _("Meeting of"), their_owner, selected_label (self->owner_row));
  if (rs_conflict_dialog_get_n_fields (dialog) == 0)
    rs_conflict_dialog_add_field (dialog, _("Other details"), _("Changed"), _("As in the form"));
  g_object_set_data_full (G_OBJECT (dialog), "rs-current", g_object_ref (current), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsSessionEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSession) current = NULL;
  gint64 version = 0;
  g_autoptr(GArray) ids = rs_session_plan_save_finish (RS_DATABASE (source), result, &version, &current, &error);

  if (ids == NULL)
    {
      self->saving = FALSE;
      gtk_widget_set_sensitive (self->save_button, TRUE);
      if (current != NULL && !g_cancellable_is_cancelled (self->cancellable))
        show_conflict (self, current, error->message);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_label_set_text (GTK_LABEL (self->error_label), error->message);
          gtk_widget_set_visible (self->error_label, TRUE);
        }
      return;
    }
  /* The district goes on the meeting, or on every meeting of a series. */
  if (ids->len == 1)
    self->session_id = g_array_index (ids, gint64, 0);  /* a retry edits, not creates */
  if (version != 0)
    self->version = version;  /* ... from the version this save stored */
  g_object_set_data_full (G_OBJECT (self), "saved-ids", g_array_ref (ids), (GDestroyNotify) g_array_unref);
  rs_district_row_save_async (self->district_row, ids, self->cancellable, district_saved_cb,
                              g_object_ref (self));
}

void
rs_session_editor_save (RsSessionEditor *self)
{
  RsSessionPlan plan = { 0 };
  guint owner, kind, template;

  g_return_if_fail (RS_IS_SESSION_EDITOR (self));
  if (!self->ready || self->saving)
    return;
  owner = adw_combo_row_get_selected (ADW_COMBO_ROW (self->owner_row));
  kind = adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row));
  template = self->template_row ? adw_combo_row_get_selected (ADW_COMBO_ROW (self->template_row)) : 0;
  plan.session_id = self->session_id;
  plan.version = self->version;
  plan.process_id = self->process_id;
  if (owner < self->owner_panels->len)
    {
      plan.panel_id = g_array_index (self->owner_panels, gint64, owner);
      plan.lab_id = g_array_index (self->owner_labs, gint64, owner);
    }
  plan.title = text_of (self->title_row);
  plan.kind = g_strdup (kinds[MIN (kind, G_N_ELEMENTS (kinds) - 1)]);
  plan.date = text_of (self->date_row);
  plan.start = text_of (self->start_row);
  plan.end = text_of (self->end_row);
  plan.place = text_of (self->place_row);
  plan.facilitators = text_of (self->facilitators_row);
  plan.capacity = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->capacity_spin));
  plan.template_name = g_strdup (templates[MIN (template, G_N_ELEMENTS (templates) - 1)]);
  plan.skip_members = self->members_switch != NULL && !gtk_switch_get_active (GTK_SWITCH (self->members_switch));
  self->saving = TRUE;
  gtk_widget_set_sensitive (self->save_button, FALSE);
  gtk_widget_set_visible (self->error_label, FALSE);
  rs_session_plan_save_async (self->db, &plan, self->cancellable, saved_cb, g_object_ref (self));
  rs_session_plan_clear (&plan);
}

/* ---- building ---- */

static void
set_row_text (GtkWidget  *row,
              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
cancel_clicked_cb (RsSessionEditor *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

/* The template is the new meeting's form; editing one fills it in and
 * drops the rows that only make sense when creating (agenda template,
 * registering the panel's members). */
static void
fill_fields (RsSessionEditor *self,
             RsSession       *s)
{
  const char *starts_at = s ? rs_session_get_starts_at (s) : NULL;
  const char *ends_at = s ? rs_session_get_ends_at (s) : NULL;
  g_autofree char *date = starts_at ? g_strndup (starts_at, 10) : NULL;
  g_autofree char *start = starts_at && strlen (starts_at) >= 16 ? g_strndup (starts_at + 11, 5) : NULL;
  g_autofree char *end = ends_at && strlen (ends_at) >= 16 ? g_strndup (ends_at + 11, 5) : NULL;

  set_row_text (self->title_row, s ? rs_session_get_title (s) : NULL);
  for (guint i = 0; s && i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (rs_session_get_kind (s), kinds[i]) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row), i);
  if (s == NULL)
    adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row), 2);
  set_row_text (self->date_row, date);
  set_row_text (self->start_row, start ? start : "18:00");
  set_row_text (self->end_row, end);
  set_row_text (self->place_row, s ? rs_session_get_place (s) : NULL);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->capacity_spin), s ? rs_session_get_capacity (s) : 0);
  set_row_text (self->facilitators_row, s ? rs_session_get_facilitators (s) : NULL);
}

static void
build (RsSessionEditor *self,
       RsSession       *s)
{
  fill_fields (self, s);
  if (s != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Meeting"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      gtk_widget_set_visible (self->template_row, FALSE);
      gtk_widget_set_visible (self->members_row, FALSE);
      self->template_row = NULL;
      self->members_switch = NULL;
    }
}

RsSessionEditor *
rs_session_editor_new (GtkWindow           *parent,
                       RsDatabase          *db,
                       gint64               process_id,
                       RsSession           *session)
{
  RsSessionEditor *self = g_object_new (RS_TYPE_SESSION_EDITOR, NULL);

  self->db = g_object_ref (db);
  self->process_id = process_id;
  if (session != NULL)
    {
      self->session_id = rs_session_get_id (session);
      self->panel_id = rs_session_get_panel_id (session);
      self->lab_id = rs_session_get_lab_id (session);
      self->version = rs_session_get_version (session);
    }
  build (self, session);
  rs_district_row_load (self->district_row, db, process_id, RS_DISTRICT_RECORD_SESSION,
                        self->session_id);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  rs_panel_store_list_async (db, process_id, self->cancellable, panels_listed_cb, g_object_ref (self));
  return self;
}

void
rs_session_editor_fill (RsSessionEditor *self,
                        const char      *title,
                        const char      *date,
                        const char      *start,
                        const char      *end,
                        int              capacity,
                        const char      *template_name)
{
  g_return_if_fail (RS_IS_SESSION_EDITOR (self));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), end ? end : "");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->capacity_spin), capacity);
  for (guint i = 0; self->template_row && i < G_N_ELEMENTS (templates); i++)
    if (g_strcmp0 (templates[i], template_name) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->template_row), i);
}

gboolean
rs_session_editor_is_ready (RsSessionEditor *self)
{
  g_return_val_if_fail (RS_IS_SESSION_EDITOR (self), FALSE);
  return self->ready && !self->saving;
}

static void
rs_session_editor_dispose (GObject *object)
{
  RsSessionEditor *self = RS_SESSION_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->db);
  g_clear_object (&self->panels);
  g_clear_pointer (&self->owner_panels, g_array_unref);
  g_clear_pointer (&self->owner_labs, g_array_unref);
  G_OBJECT_CLASS (rs_session_editor_parent_class)->dispose (object);
}

static void
rs_session_editor_class_init (RsSessionEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rs_session_editor_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, capacity_spin);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, district_row);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, facilitators_row);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, members_row);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, members_switch);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, owner_row);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, template_row);
  gtk_widget_class_bind_template_child (widget_class, RsSessionEditor, title_row);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, rs_session_editor_save);
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                 NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_UINT);
  g_type_ensure (RS_TYPE_DISTRICT_ROW);
}

static void
rs_session_editor_init (RsSessionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->owner_panels = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->owner_labs = g_array_new (FALSE, FALSE, sizeof (gint64));
}
