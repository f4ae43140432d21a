/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-response-coding-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-budget-proposal.h"
#include "rs-conflict-dialog.h"
#include "rs-history-window.h"
#include "rs-response-coding-view.h"
#include "rs-response-store.h"

struct _RsResponseCodingView
{
  GtkWidget          parent_instance;

  RsDatabase        *db;
  RsHearingResponse *response;
  GListStore        *points;
  GCancellable      *cancellable;
  gboolean           updating;
  gboolean           conflict_open;
  GListModel        *proposals;       /* RsBudgetProposal of the round, or NULL */
  int                focus_start;     /* the point just added gets the focus */
  int                focus_end;

  /* Template widgets */
  GtkStack          *stack;
  GtkLabel          *sender_label;
  GtkLabel          *review_label;
  GtkLabel          *meta_label;
  GtkWidget         *show_name_box;
  GtkSwitch         *show_name_switch;
  GtkSwitch         *organisation_switch;
  GtkWidget         *add_point_button;
  GtkTextView       *text_view;
  GtkLabel          *points_label;
  GtkListBox        *points_list;
};

G_DEFINE_FINAL_TYPE (RsResponseCodingView, rs_response_coding_view, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  OP_LIST,
  OP_ADD,
  OP_DELETE,
} Op;

static void rebuild_points (RsResponseCodingView *self);
static void focus_new_point (RsResponseCodingView *self);
static void save_point (RsResponseCodingView *self,
                        RsResponsePoint      *point);

typedef struct
{
  RsResponseCodingView *self;
  Op                    op;
  RsResponsePoint      *point;
} Pending;

static Pending *
pending_new (RsResponseCodingView *self,
             Op                    op,
             RsResponsePoint      *point)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->self = g_object_ref (self);
  pending->op = op;
  pending->point = point ? g_object_ref (point) : NULL;
  return pending;
}

static void
pending_free (Pending *pending)
{
  g_clear_object (&pending->self);
  g_clear_object (&pending->point);
  g_free (pending);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pending, pending_free)

static void
update_points_label (RsResponseCodingView *self)
{
  int n = rs_hearing_response_get_n_points (self->response);
  int decided = rs_hearing_response_get_n_decided (self->response);
  g_autofree char *label = NULL;

  if (n == 0)
    label = g_strdup (_("No points yet: select text above and press “Add Point”"));
  else
    label = g_strdup_printf (ngettext ("%d point, %d with a decision", "%d points, %d with a decision", n),
                             n, decided);
  gtk_label_set_label (self->points_label, label);
}

/* The counts of the response from the points shown. */
static void
count_points (RsResponseCodingView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->points));
  int decided = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsResponsePoint) p = g_list_model_get_item (G_LIST_MODEL (self->points), i);
      decided += g_strcmp0 (rs_response_point_get_decision (p), "undecided") != 0;
    }
  rs_hearing_response_set_n_points (self->response, n);
  rs_hearing_response_set_n_decided (self->response, decided);
  update_points_label (self);
}

static void
points_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(Pending) pending = user_data;
  RsResponseCodingView *self = pending->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GListStore) points = rs_response_point_store_list_finish (RS_DATABASE (source), result, &text,
                                                                      &error);
  guint n;

  if (points == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not load the coding: %s", error->message);
      return;
    }
  if (self->response == NULL)
    return;
  if (text != NULL && rs_hearing_response_get_preview (self->response))
    {
      rs_hearing_response_set_text (self->response, text);
      rs_hearing_response_set_preview (self->response, FALSE);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (points));
  g_list_store_remove_all (self->points);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsResponsePoint) p = g_list_model_get_item (G_LIST_MODEL (points), i);
      g_list_store_append (self->points, p);
    }
  rebuild_points (self);
  if (pending->op == OP_ADD)
    focus_new_point (self);
  count_points (self);
  if (pending->op != OP_LIST)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* Loads the points again; @op says what happened before. */
static void
load_points (RsResponseCodingView *self,
             Op                    op)
{
  if (self->db == NULL || self->response == NULL)
    return;
  rs_response_point_store_list_async (self->db, rs_hearing_response_get_id (self->response),
                                      op == OP_LIST && rs_hearing_response_get_preview (self->response),
                                      self->cancellable, points_loaded_cb, pending_new (self, op, NULL));
}

static void
point_added_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Pending) pending = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsResponsePoint) added = rs_response_point_store_add_finish (RS_DATABASE (source), result, &error);

  if (added == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not add the point: %s", error->message);
      return;
    }
  load_points (pending->self, OP_ADD);
}

static void
point_deleted_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(Pending) pending = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_response_point_store_delete_finish (RS_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not remove the point: %s", error->message);
      return;
    }
  load_points (pending->self, OP_DELETE);
}

static void
conflict_response_cb (RsConflictDialog *dialog,
                      const char       *response,
                      Pending          *pending)
{
  RsResponseCodingView *self = pending->self;
  RsResponsePoint *current = g_object_get_data (G_OBJECT (dialog), "rs-current");

  self->conflict_open = FALSE;
  if (g_str_equal (response, "mine"))
    {
      /* Overwrite: save again from the version now stored. */
      rs_response_point_set_version (pending->point, rs_response_point_get_version (current));
      save_point (self, pending->point);
    }
  else if (g_str_equal (response, "theirs"))
    load_points (self, OP_LIST);
  /* "copy" and closing keep the editor as it is: the next save asks again. */
}

static void
show_conflict (RsResponseCodingView *self,
               RsResponsePoint      *mine,
               RsResponsePoint      *current,
               const char           *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  RsConflictDialog *dialog;

  if (self->conflict_open)
    return;
  dialog = rs_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, message);
  rs_conflict_dialog_add_field (dialog, _("Theme"), rs_response_point_get_theme (current),
                                rs_response_point_get_theme (mine));
  rs_conflict_dialog_add_field (dialog, _("Budget area"), rs_response_point_get_budget_area (current),
                                rs_response_point_get_budget_area (mine));
  rs_conflict_dialog_add_field (dialog, _("Decision"),
                                rs_decision_get_label (rs_response_point_get_decision (current)),
                                rs_decision_get_label (rs_response_point_get_decision (mine)));
  rs_conflict_dialog_add_field (dialog, _("Position"),
                                rs_position_get_label (rs_response_point_get_position (current)),
                                rs_position_get_label (rs_response_point_get_position (mine)));
  rs_conflict_dialog_add_field (dialog, _("Comment"), rs_response_point_get_comment (current),
                                rs_response_point_get_comment (mine));
  g_object_set_data_full (G_OBJECT (dialog), "rs-current", g_object_ref (current), g_object_unref);
  g_signal_connect_data (dialog, "response", G_CALLBACK (conflict_response_cb),
                         pending_new (self, OP_LIST, mine), (GClosureNotify) (void (*) (void)) pending_free, 0);
  self->conflict_open = TRUE;
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
point_saved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Pending) pending = user_data;
  RsResponseCodingView *self = pending->self;
  RsResponsePoint *point = pending->point;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsResponsePoint) current = NULL;
  gint64 version = 0;
  gboolean ok = rs_response_point_store_save_finish (RS_DATABASE (source), result, &version, &current, &error);

  g_object_set_data (G_OBJECT (point), "rs-saving", NULL);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (!ok && current != NULL)
    {
      g_object_set_data (G_OBJECT (point), "rs-dirty", NULL);
      show_conflict (self, point, current, error->message);
      return;
    }
  if (!ok && g_error_matches (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND))
    {
      /* Someone removed the point meanwhile: show the points as they are. */
      load_points (self, OP_LIST);
      return;
    }
  if (!ok)
    {
      g_warning ("Could not save the coding: %s", error->message);
      return;
    }
  rs_response_point_set_version (point, version);
  if (g_object_get_data (G_OBJECT (point), "rs-dirty") != NULL)
    {
      /* Changed again while it was being saved: save what is there now. */
      g_object_set_data (G_OBJECT (point), "rs-dirty", NULL);
      save_point (self, point);
      return;
    }
  if (self->response != NULL && rs_hearing_response_get_id (self->response) == rs_response_point_get_response_id (point))
    count_points (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* One save of a point at a time, so each starts from the version the last
 * one stored. */
static void
save_point (RsResponseCodingView *self,
            RsResponsePoint      *point)
{
  if (self->db == NULL || point == NULL)
    return;
  if (g_object_get_data (G_OBJECT (point), "rs-saving") != NULL)
    {
      g_object_set_data (G_OBJECT (point), "rs-dirty", self);
      return;
    }
  g_object_set_data (G_OBJECT (point), "rs-saving", self);
  rs_response_point_store_save_async (self->db, point, self->cancellable, point_saved_cb,
                                      pending_new (self, OP_LIST, point));
}

static void
response_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Pending) pending = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_response_store_update_finish (RS_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not save the response: %s", error->message);
      return;
    }
  g_signal_emit (pending->self, signals[CHANGED], 0);
}

static void
save_response (RsResponseCodingView *self)
{
  if (self->db == NULL || self->response == NULL)
    return;
  rs_response_store_update_async (self->db, self->response, self->cancellable, response_saved_cb,
                                  pending_new (self, OP_LIST, NULL));
}

static void
highlight_points (RsResponseCodingView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (buffer, "point", &start, &end);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->points)); i++)
    {
      g_autoptr(RsResponsePoint) p = g_list_model_get_item (G_LIST_MODEL (self->points), i);
      gtk_text_buffer_get_iter_at_offset (buffer, &start, rs_response_point_get_start (p));
      gtk_text_buffer_get_iter_at_offset (buffer, &end, rs_response_point_get_end (p));
      gtk_text_buffer_apply_tag_by_name (buffer, "point", &start, &end);
    }
}

static gboolean
save_point_timeout_cb (gpointer data)
{
  GtkWidget *row = data;
  RsResponseCodingView *self = g_object_get_data (G_OBJECT (row), "rs-view");
  RsResponsePoint *point = g_object_get_data (G_OBJECT (row), "rs-point");

  g_object_set_data (G_OBJECT (row), "rs-timeout", NULL);
  save_point (self, point);
  return G_SOURCE_REMOVE;
}

static void
schedule_save (GtkWidget *row)
{
  guint id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rs-timeout"));

  if (id != 0)
    g_source_remove (id);
  id = g_timeout_add_full (G_PRIORITY_DEFAULT, 400, save_point_timeout_cb, g_object_ref (row),
                           g_object_unref);
  g_object_set_data (G_OBJECT (row), "rs-timeout", GUINT_TO_POINTER (id));
}

static void
entry_changed_cb (GtkEditable *editable,
                  GtkWidget   *row)
{
  RsResponsePoint *point = g_object_get_data (G_OBJECT (row), "rs-point");
  const char *field = g_object_get_data (G_OBJECT (editable), "rs-field");
  const char *text = gtk_editable_get_text (editable);

  /* The comment has a multi-line field of its own (comment_changed_cb). */
  if (g_str_equal (field, "theme"))
    rs_response_point_set_theme (point, text);
  else
    rs_response_point_set_budget_area (point, text);
  schedule_save (row);
}

static void
comment_changed_cb (GtkTextBuffer *buffer,
                    GtkWidget     *row)
{
  RsResponsePoint *point = g_object_get_data (G_OBJECT (row), "rs-point");
  RsResponseCodingView *self = g_object_get_data (G_OBJECT (row), "rs-view");
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  rs_response_point_set_comment (point, text);
  schedule_save (row);
}

static void
proposal_changed_cb (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     GtkWidget   *row)
{
  RsResponseCodingView *self = g_object_get_data (G_OBJECT (row), "rs-view");
  RsResponsePoint *point = g_object_get_data (G_OBJECT (row), "rs-point");
  guint selected = gtk_drop_down_get_selected (dropdown);
  gint64 id = 0;

  if (selected == GTK_INVALID_LIST_POSITION || self->updating)
    return;
  if (selected > 0 && self->proposals != NULL)
    {
      g_autoptr(RsBudgetProposal) p = g_list_model_get_item (self->proposals, selected - 1);
      if (p != NULL)
        id = rs_budget_proposal_get_id (p);
    }
  rs_response_point_set_proposal_id (point, id);
  save_point (self, point);
}

static void
position_changed_cb (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     GtkWidget   *row)
{
  RsResponseCodingView *self = g_object_get_data (G_OBJECT (row), "rs-view");
  RsResponsePoint *point = g_object_get_data (G_OBJECT (row), "rs-point");
  const char * const *positions = rs_position_list ();
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || self->updating)
    return;
  rs_response_point_set_position (point, positions[selected]);
  save_point (self, point);
}

static GtkWidget *
caption_label (const char *text)
{
  GtkWidget *caption = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  return caption;
}

static void
decision_changed_cb (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     GtkWidget   *row)
{
  RsResponseCodingView *self = g_object_get_data (G_OBJECT (row), "rs-view");
  RsResponsePoint *point = g_object_get_data (G_OBJECT (row), "rs-point");
  const char * const *decisions = rs_decision_list ();
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || self->updating)
    return;
  rs_response_point_set_decision (point, decisions[selected]);
  save_point (self, point);
}

static void
delete_response_cb (AdwMessageDialog     *dialog,
                    const char           *response,
                    RsResponseCodingView *self)
{
  RsResponsePoint *point = g_object_get_data (G_OBJECT (dialog), "rs-point");

  if (g_str_equal (response, "remove") && point != NULL && self->db != NULL)
    rs_response_point_store_delete_async (self->db, rs_response_point_get_id (point), self->cancellable,
                                          point_deleted_cb, pending_new (self, OP_DELETE, NULL));
}

static void
history_clicked_cb (GtkButton *button,
                    GtkWidget *row)
{
  RsResponseCodingView *self = g_object_get_data (G_OBJECT (row), "rs-view");
  RsResponsePoint *point = g_object_get_data (G_OBJECT (row), "rs-point");

  rs_history_window_show (GTK_WIDGET (self), self->db, "response_point", rs_response_point_get_id (point),
                          rs_response_point_get_excerpt (point));
}

/* A point carries the analyst's theme, decision and comment: removing it
 * asks first. */
static void
delete_clicked_cb (GtkButton *button,
                   GtkWidget *row)
{
  RsResponseCodingView *self = g_object_get_data (G_OBJECT (row), "rs-view");
  RsResponsePoint *point = g_object_get_data (G_OBJECT (row), "rs-point");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Remove the Point?"),
                                   _("Its theme, decision and comment are deleted; the response’s text stays "
                                     "as it is."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "rs-point", g_object_ref (point), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
labelled_entry (GtkWidget  *grid,
                int         column,
                int         row_index,
                int         width,
                const char *label,
                const char *text,
                const char *field,
                GtkWidget  *row)
{
  GtkWidget *caption = gtk_label_new (label);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (entry), "rs-field", (gpointer) field);
  g_signal_connect (entry, "changed", G_CALLBACK (entry_changed_cb), row);
  gtk_grid_attach (GTK_GRID (grid), caption, column, row_index, width, 1);
  gtk_grid_attach (GTK_GRID (grid), entry, column, row_index + 1, width, 1);
  return entry;
}

static GtkWidget *
create_point_row (RsResponseCodingView *self,
                  RsResponsePoint      *point,
                  guint                 index)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char * const *decisions = rs_decision_list ();
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *excerpt = gtk_label_new (rs_response_point_get_excerpt (point));
  GtkWidget *number, *decision, *delete, *caption;
  g_autofree char *number_text = g_strdup_printf (_("Point %u"), index + 1);
  g_autofree char *delete_label = g_strdup_printf (_("Remove point %u"), index + 1);
  guint selected = 0;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "rs-point", g_object_ref (point), g_object_unref);
  g_object_set_data (G_OBJECT (row), "rs-view", self);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set (grid, "margin-start", 12, "margin-end", 12, "margin-top", 10, "margin-bottom", 10, NULL);

  number = gtk_label_new (number_text);
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_widget_add_css_class (number, "heading");
  gtk_grid_attach (GTK_GRID (grid), number, 0, 0, 1, 1);

  delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_halign (delete, GTK_ALIGN_END);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, delete_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), row);
  {
    /* Who coded the point, and when. */
    g_autofree char *history_label = g_strdup_printf (_("History of point %u"), index + 1);
    GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
    GtkWidget *history = gtk_button_new_from_icon_name ("document-open-recent-symbolic");

    gtk_widget_add_css_class (history, "flat");
    gtk_widget_set_tooltip_text (history, history_label);
    gtk_accessible_update_property (GTK_ACCESSIBLE (history), GTK_ACCESSIBLE_PROPERTY_LABEL, history_label, -1);
    g_signal_connect (history, "clicked", G_CALLBACK (history_clicked_cb), row);
    gtk_widget_set_halign (buttons, GTK_ALIGN_END);
    gtk_box_append (GTK_BOX (buttons), history);
    gtk_box_append (GTK_BOX (buttons), delete);
    gtk_grid_attach (GTK_GRID (grid), buttons, 1, 0, 1, 1);
  }

  gtk_label_set_wrap (GTK_LABEL (excerpt), TRUE);
  gtk_label_set_lines (GTK_LABEL (excerpt), 4);
  gtk_label_set_ellipsize (GTK_LABEL (excerpt), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (excerpt), 0);
  gtk_widget_add_css_class (excerpt, "rs-point-excerpt");
  gtk_grid_attach (GTK_GRID (grid), excerpt, 0, 1, 2, 1);

  g_object_set_data (G_OBJECT (row), "rs-theme",
                     labelled_entry (grid, 0, 2, 1, _("Theme"), rs_response_point_get_theme (point), "theme", row));
  labelled_entry (grid, 1, 2, 1, _("Budget area"), rs_response_point_get_budget_area (point), "area", row);

  /* The budget proposal the point concerns, and the position on it. */
  {
    g_autoptr(GtkStringList) proposal_labels = gtk_string_list_new (NULL);
    g_autoptr(GtkStringList) position_labels = gtk_string_list_new (NULL);
    const char * const *positions = rs_position_list ();
    GtkWidget *proposal, *position;
    guint proposal_selected = 0, position_selected = 0;
    guint n_proposals = self->proposals ? g_list_model_get_n_items (self->proposals) : 0;

    gtk_string_list_append (proposal_labels, _("No proposal"));
    for (guint i = 0; i < n_proposals; i++)
      {
        g_autoptr(RsBudgetProposal) p = g_list_model_get_item (self->proposals, i);
        g_autofree char *label = rs_budget_proposal_dup_label (p);
        gtk_string_list_append (proposal_labels, label);
        if (rs_budget_proposal_get_id (p) == rs_response_point_get_proposal_id (point))
          proposal_selected = i + 1;
      }
    for (guint i = 0; positions[i] != NULL; i++)
      {
        gtk_string_list_append (position_labels, rs_position_get_label (positions[i]));
        if (g_strcmp0 (positions[i], rs_response_point_get_position (point)) == 0)
          position_selected = i;
      }
    gtk_grid_attach (GTK_GRID (grid), caption_label (_("Budget proposal")), 0, 4, 1, 1);
    proposal = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (proposal_labels)), NULL);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (proposal), proposal_selected);
    gtk_drop_down_set_enable_search (GTK_DROP_DOWN (proposal), n_proposals > 10);
    gtk_accessible_update_property (GTK_ACCESSIBLE (proposal), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Budget proposal"), -1);
    g_signal_connect (proposal, "notify::selected", G_CALLBACK (proposal_changed_cb), row);
    gtk_grid_attach (GTK_GRID (grid), proposal, 0, 5, 1, 1);
    gtk_grid_attach (GTK_GRID (grid), caption_label (_("Position")), 1, 4, 1, 1);
    position = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (position_labels)), NULL);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (position), position_selected);
    gtk_accessible_update_property (GTK_ACCESSIBLE (position), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Position"), -1);
    g_signal_connect (position, "notify::selected", G_CALLBACK (position_changed_cb), row);
    g_object_set_data (G_OBJECT (row), "rs-position", position);
    gtk_grid_attach (GTK_GRID (grid), position, 1, 5, 1, 1);
  }

  /* The administration's comment runs over several lines. */
  {
    GtkWidget *frame = gtk_frame_new (NULL);
    GtkWidget *comment = gtk_text_view_new ();
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (comment));

    gtk_grid_attach (GTK_GRID (grid), caption_label (_("Administration's comment")), 0, 6, 2, 1);
    gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (comment), GTK_WRAP_WORD_CHAR);
    gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (comment), FALSE);
    g_object_set (comment, "top-margin", 6, "bottom-margin", 6, "left-margin", 8, "right-margin", 8, NULL);
    gtk_widget_set_size_request (comment, -1, 72);
    gtk_text_buffer_set_text (buffer, rs_response_point_get_comment (point), -1);
    gtk_accessible_update_property (GTK_ACCESSIBLE (comment), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Administration's comment"), -1);
    g_signal_connect (buffer, "changed", G_CALLBACK (comment_changed_cb), row);
    gtk_frame_set_child (GTK_FRAME (frame), comment);
    gtk_widget_set_hexpand (frame, TRUE);
    gtk_grid_attach (GTK_GRID (grid), frame, 0, 7, 2, 1);
  }

  for (guint i = 0; decisions[i] != NULL; i++)
    {
      gtk_string_list_append (labels, rs_decision_get_label (decisions[i]));
      if (g_strcmp0 (decisions[i], rs_response_point_get_decision (point)) == 0)
        selected = i;
    }
  caption = caption_label (_("Decision"));
  gtk_grid_attach (GTK_GRID (grid), caption, 0, 8, 1, 1);
  decision = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (decision), selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (decision), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Decision"), -1);
  g_signal_connect (decision, "notify::selected", G_CALLBACK (decision_changed_cb), row);
  g_object_set_data (G_OBJECT (row), "rs-decision", decision);
  gtk_grid_attach (GTK_GRID (grid), decision, 0, 9, 1, 1);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  return row;
}

static void
rebuild_points (RsResponseCodingView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->points_list))) != NULL)
    {
      guint id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "rs-timeout"));
      if (id != 0)
        {
          /* Save what was typed before the row goes. */
          g_source_remove (id);
          save_point (self, g_object_get_data (G_OBJECT (child), "rs-point"));
        }
      gtk_list_box_remove (self->points_list, child);
    }
  self->updating = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->points)); i++)
    {
      g_autoptr(RsResponsePoint) p = g_list_model_get_item (G_LIST_MODEL (self->points), i);
      gtk_list_box_append (self->points_list, create_point_row (self, p, i));
    }
  self->updating = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->points_list),
                          g_list_model_get_n_items (G_LIST_MODEL (self->points)) > 0);
  highlight_points (self);
}

static void
add_point_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RsResponseCodingView *self = RS_RESPONSE_CODING_VIEW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(RsResponsePoint) point = NULL;
  g_autofree char *excerpt = NULL;
  GtkTextIter start, end;

  if (self->response == NULL || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;
  /* A selection that starts or ends inside a word takes the whole word. */
  if (gtk_text_iter_inside_word (&start) && !gtk_text_iter_starts_word (&start))
    gtk_text_iter_backward_word_start (&start);
  if (gtk_text_iter_inside_word (&end) && !gtk_text_iter_starts_word (&end))
    gtk_text_iter_forward_word_end (&end);
  excerpt = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (excerpt);
  if (*excerpt == '\0')
    return;
  point = rs_response_point_new (0, rs_hearing_response_get_id (self->response),
                                 gtk_text_iter_get_offset (&start), gtk_text_iter_get_offset (&end),
                                 excerpt);
  self->focus_start = gtk_text_iter_get_offset (&start);
  self->focus_end = gtk_text_iter_get_offset (&end);
  if (self->db != NULL)
    rs_response_point_store_add_async (self->db, point, self->cancellable, point_added_cb,
                                       pending_new (self, OP_ADD, NULL));
  gtk_text_buffer_select_range (buffer, &end, &end);
}

/* After Add Point the theme of the new point has the focus. */
static void
focus_new_point (RsResponseCodingView *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->points_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      RsResponsePoint *p = g_object_get_data (G_OBJECT (row), "rs-point");
      GtkWidget *theme = g_object_get_data (G_OBJECT (row), "rs-theme");

      if (p != NULL && theme != NULL && rs_response_point_get_start (p) == self->focus_start &&
          rs_response_point_get_end (p) == self->focus_end)
        {
          gtk_widget_grab_focus (theme);
          return;
        }
    }
}

/* The point row that holds the focus, or else the last point's row. */
static GtkWidget *
current_point_row (RsResponseCodingView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *last = NULL;

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_LIST_BOX_ROW (w) && gtk_widget_get_parent (w) == GTK_WIDGET (self->points_list))
      return w;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->points_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      last = row;
  return last;
}

static void
set_position_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RsResponseCodingView *self = RS_RESPONSE_CODING_VIEW (widget);
  GtkWidget *row = current_point_row (self);
  GtkDropDown *position = row ? g_object_get_data (G_OBJECT (row), "rs-position") : NULL;
  const char *nick = g_variant_get_string (parameter, NULL);
  const char * const *positions = rs_position_list ();

  if (position == NULL)
    return;
  for (guint i = 0; positions[i] != NULL; i++)
    if (g_str_equal (positions[i], nick))
      gtk_drop_down_set_selected (position, i);
}

/* Mark analysed: every point without a decision is "noted". */
static void
mark_analysed_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RsResponseCodingView *self = RS_RESPONSE_CODING_VIEW (widget);
  const char * const *decisions = rs_decision_list ();
  guint noted = 0;

  while (decisions[noted] != NULL && !g_str_equal (decisions[noted], "noted"))
    noted++;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->points_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      RsResponsePoint *p = g_object_get_data (G_OBJECT (row), "rs-point");
      GtkDropDown *decision = g_object_get_data (G_OBJECT (row), "rs-decision");

      if (p != NULL && decision != NULL && g_str_equal (rs_response_point_get_decision (p), "undecided"))
        gtk_drop_down_set_selected (decision, noted);
    }
}

/* The response's own history: its kind, redaction and sender edits (a
 * point's coding has a History of its own). */
static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RsResponseCodingView *self = RS_RESPONSE_CODING_VIEW (widget);

  if (self->response != NULL)
    rs_history_window_show (widget, self->db, "hearing_response", rs_hearing_response_get_id (self->response),
                            _("Hearing response"));
}

static void
selection_changed_cb (RsResponseCodingView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coding.add-point",
                                 self->response != NULL && gtk_text_buffer_get_has_selection (buffer));
}

static void
show_name_cb (RsResponseCodingView *self)
{
  if (self->response == NULL || self->updating)
    return;
  rs_hearing_response_set_redaction_override (self->response,
                                              gtk_switch_get_active (self->show_name_switch) ? "show" : NULL);
  save_response (self);
}

static void
organisation_cb (RsResponseCodingView *self)
{
  gboolean organisation = gtk_switch_get_active (self->organisation_switch);

  if (self->response == NULL || self->updating)
    return;
  rs_hearing_response_set_party_type (self->response, organisation ? "organisation" : "private");
  gtk_widget_set_visible (self->show_name_box, !organisation);
  save_response (self);
}

static void
rs_response_coding_view_dispose (GObject *object)
{
  RsResponseCodingView *self = RS_RESPONSE_CODING_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_RESPONSE_CODING_VIEW);
  g_clear_object (&self->response);
  g_clear_object (&self->db);
  g_clear_object (&self->points);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->proposals);
  G_OBJECT_CLASS (rs_response_coding_view_parent_class)->dispose (object);
}

static void
rs_response_coding_view_class_init (RsResponseCodingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_response_coding_view_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-response-coding-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RsResponseCodingView, stack);
  gtk_widget_class_bind_template_child (widget_class, RsResponseCodingView, sender_label);
  gtk_widget_class_bind_template_child (widget_class, RsResponseCodingView, meta_label);
  gtk_widget_class_bind_template_child (widget_class, RsResponseCodingView, review_label);
  gtk_widget_class_bind_template_child (widget_class, RsResponseCodingView, show_name_box);
  gtk_widget_class_bind_template_child (widget_class, RsResponseCodingView, show_name_switch);
  gtk_widget_class_bind_template_child (widget_class, RsResponseCodingView, organisation_switch);
  gtk_widget_class_bind_template_child (widget_class, RsResponseCodingView, add_point_button);
  gtk_widget_class_bind_template_child (widget_class, RsResponseCodingView, text_view);
  gtk_widget_class_bind_template_child (widget_class, RsResponseCodingView, points_label);
  gtk_widget_class_bind_template_child (widget_class, RsResponseCodingView, points_list);
  gtk_widget_class_install_action (widget_class, "coding.add-point", NULL, add_point_action);
  gtk_widget_class_install_action (widget_class, "coding.set-position", "s", set_position_action);
  gtk_widget_class_install_action (widget_class, "coding.mark-analysed", NULL, mark_analysed_action);
  gtk_widget_class_install_action (widget_class, "coding.history", NULL, history_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "coding.add-point", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "coding.add-point", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "coding.set-position", "s", "for");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "coding.set-position", "s", "against");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK, "coding.set-position", "s", "concern");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_CONTROL_MASK, "coding.set-position", "s", "other");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "coding.set-position", "s",
                                       "outside-scope");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "coding.mark-analysed", NULL);
}

static void
rs_response_coding_view_init (RsResponseCodingView *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->points = g_list_store_new (RS_TYPE_RESPONSE_POINT);
  self->cancellable = g_cancellable_new ();
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_create_tag (buffer, "point", "background", "rgba(246,211,45,0.45)", NULL);
  g_signal_connect_swapped (buffer, "notify::has-selection", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->show_name_switch, "notify::active", G_CALLBACK (show_name_cb), self);
  g_signal_connect_swapped (self->organisation_switch, "notify::active", G_CALLBACK (organisation_cb), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "coding.add-point", FALSE);
}

GtkWidget *
rs_response_coding_view_new (void)
{
  return g_object_new (RS_TYPE_RESPONSE_CODING_VIEW, NULL);
}

void
rs_response_coding_view_set_database (RsResponseCodingView *self,
                                      RsDatabase           *db)
{
  g_return_if_fail (RS_IS_RESPONSE_CODING_VIEW (self));
  g_set_object (&self->db, db);
}

void
rs_response_coding_view_set_response (RsResponseCodingView *self,
                                      RsHearingResponse    *response)
{
  g_autofree char *date = NULL;
  g_autofree char *meta = NULL;
  const char *kind;

  g_return_if_fail (RS_IS_RESPONSE_CODING_VIEW (self));
  if (self->response == response)
    return;
  g_set_object (&self->response, response);
  g_list_store_remove_all (self->points);
  rebuild_points (self);
  if (response == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      selection_changed_cb (self);
      return;
    }

  self->updating = TRUE;
  gtk_label_set_label (self->sender_label, *rs_hearing_response_get_sender (response)
                                           ? rs_hearing_response_get_sender (response)
                                           : _("Unknown sender"));
  date = rs_date_format_long (rs_hearing_response_get_received_on (response));
  kind = rs_hearing_response_is_private (response) ? _("Private citizen") : _("Organisation");
  if (rs_hearing_response_get_late (response))
    meta = g_strdup_printf (_("%s · received %s, after the deadline · %s"), kind, date,
                            rs_hearing_channel_get_label (rs_hearing_response_get_channel (response)));
  else
    meta = g_strdup_printf (_("%s · received %s · %s"), kind, date,
                            rs_hearing_channel_get_label (rs_hearing_response_get_channel (response)));
  gtk_label_set_label (self->meta_label, meta);
  if (rs_hearing_response_needs_review (response))
    {
      g_autofree char *why = rs_hearing_response_describe_review (response);
      g_autofree char *review = g_strdup_printf (_("Needs review: %s"), why);
      gtk_label_set_label (self->review_label, review);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->review_label), rs_hearing_response_needs_review (response));
  gtk_widget_set_visible (self->show_name_box, rs_hearing_response_is_private (response));
  gtk_switch_set_active (self->organisation_switch, !rs_hearing_response_is_private (response));
  gtk_switch_set_active (self->show_name_switch,
                         g_strcmp0 (rs_hearing_response_get_redaction_override (response), "show") == 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view),
                            rs_hearing_response_get_text (response), -1);
  self->updating = FALSE;
  update_points_label (self);
  gtk_stack_set_visible_child_name (self->stack, "response");
  selection_changed_cb (self);
  load_points (self, OP_LIST);
}

void
rs_response_coding_view_set_proposals (RsResponseCodingView *self,
                                       GListModel           *proposals)
{
  g_return_if_fail (RS_IS_RESPONSE_CODING_VIEW (self));
  g_set_object (&self->proposals, proposals);
  rebuild_points (self);
}

RsHearingResponse *
rs_response_coding_view_get_response (RsResponseCodingView *self)
{
  g_return_val_if_fail (RS_IS_RESPONSE_CODING_VIEW (self), NULL);
  return self->response;
}

GListModel *
rs_response_coding_view_get_points (RsResponseCodingView *self)
{
  g_return_val_if_fail (RS_IS_RESPONSE_CODING_VIEW (self), NULL);
  return G_LIST_MODEL (self->points);
}
