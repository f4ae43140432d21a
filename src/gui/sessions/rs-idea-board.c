/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-idea-board"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-district-row.h"
#include "rs-idea-board.h"
#include "rs-idea-store.h"
#include "rs-page.h"

struct _RsIdeaBoard
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkEntry     *capture_entry;
  GtkBox       *columns;

  RsDatabase   *db;
  GCancellable *cancellable;
  gint64        process_id;
  gint64        lab_id;
  GListStore   *ideas;       /* RsIdea, sorted by theme; each column shows a filter of it */
  GPtrArray    *themes;      /* char*, in column order; "" (no theme) last */
  GHashTable   *rows;        /* idea id → GtkListBoxRow (borrowed, cleared with the columns) */
  gint64        focus_id;
  guint         busy;
};

G_DEFINE_FINAL_TYPE (RsIdeaBoard, rs_idea_board, GTK_TYPE_WIDGET)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The idea with @id (a new reference), or NULL. */
static RsIdea *
find_idea (RsIdeaBoard *self,
           gint64       id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->ideas)); i++)
    {
      g_autoptr(RsIdea) idea = g_list_model_get_item (G_LIST_MODEL (self->ideas), i);
      if (rs_idea_get_id (idea) == id)
        return g_steal_pointer (&idea);
    }
  return NULL;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                         (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "idea-id")));
  return gdk_content_provider_new_typed (G_TYPE_STRING, id);
}

static void changed_cb (GObject *source, GAsyncResult *result, gpointer user_data);
static void show_error (RsIdeaBoard *self, GError *error);

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         RsIdeaBoard   *self)
{
  GtkWidget *column = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  const char *theme = g_object_get_data (G_OBJECT (column), "theme");

  if (self->db == NULL)
    return FALSE;
  self->focus_id = g_ascii_strtoll (g_value_get_string (value), NULL, 10);
  self->busy++;
  rs_idea_store_set_theme_async (self->db, self->focus_id, theme, self->cancellable, changed_cb,
                                 g_object_ref (self));
  return TRUE;
}

static GtkWidget *
make_row (gpointer item,
          gpointer user_data)
{
  RsIdeaBoard *self = user_data;
  RsIdea *idea = item;
  int n_votes = rs_idea_get_votes (idea);
  const char *status_label = rs_idea_status_label ((RsIdeaStatus) rs_idea_get_status (idea));
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *meta = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  g_autofree char *votes = g_strdup_printf (ngettext ("%d vote", "%d votes", n_votes), n_votes);
  GtkWidget *votes_label = gtk_label_new (votes);
  GtkWidget *status = gtk_label_new (status_label);
  GtkDragSource *drag = gtk_drag_source_new ();
  const char *district_name = rs_idea_get_district (idea);
  g_autofree char *a11y = *district_name
    ? g_strdup_printf ("%s, %s, %s, %s", rs_idea_get_text (idea), votes, district_name, status_label)
    : g_strdup_printf ("%s, %s, %s", rs_idea_get_text (idea), votes, status_label);
  gint64 id = rs_idea_get_id (idea);

  g_object_bind_property (idea, "text", text, "label", G_BINDING_SYNC_CREATE);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 20);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (text), GTK_NATURAL_WRAP_WORD);
  gtk_widget_add_css_class (votes_label, "accent");
  gtk_widget_add_css_class (votes_label, "caption-heading");
  gtk_widget_add_css_class (status, "dim-label");
  gtk_widget_add_css_class (status, "caption");
  gtk_widget_set_hexpand (status, TRUE);
  gtk_label_set_xalign (GTK_LABEL (status), 1);
  gtk_box_append (GTK_BOX (meta), votes_label);
  if (rs_idea_get_n_photos (idea) > 0)
    {
      GtkWidget *photo = gtk_image_new_from_icon_name ("camera-photo-symbolic");
      gtk_widget_set_tooltip_text (photo, _("Has a photo"));
      gtk_box_append (GTK_BOX (meta), photo);
    }
  if (*rs_idea_get_district (idea) != '\0')
    {
      GtkWidget *district = gtk_label_new (rs_idea_get_district (idea));
      gtk_widget_add_css_class (district, "caption");
      gtk_label_set_ellipsize (GTK_LABEL (district), PANGO_ELLIPSIZE_END);
      gtk_widget_set_tooltip_text (district, _("District"));
      gtk_box_append (GTK_BOX (meta), district);
    }
  gtk_box_append (GTK_BOX (meta), status);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), meta);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  g_object_set_data (G_OBJECT (row), "idea-id", GSIZE_TO_POINTER ((gsize) id));
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));
  g_hash_table_insert (self->rows, g_memdup2 (&id, sizeof id), row);
  return row;
}

static gboolean
in_theme (gpointer item,
          gpointer user_data)
{
  return g_strcmp0 (rs_idea_get_theme (item), user_data) == 0;
}

/* ---- the district of an idea ---- */

static void
district_saved_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RsIdeaBoard) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_district_row_save_finish (RS_DISTRICT_ROW (source), result, &error))
    show_error (self, error);
  rs_idea_board_reload (self);
  self->busy--;
}

static void
district_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      RsIdeaBoard      *self)
{
  RsDistrictRow *row = g_object_get_data (G_OBJECT (dialog), "district-row");
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "idea-id"));

  if (!g_str_equal (response, "save") || self->db == NULL)
    return;
  g_array_append_val (ids, id);
  self->focus_id = id;
  self->busy++;
  rs_district_row_save_async (row, ids, self->cancellable, district_saved_cb, g_object_ref (self));
}

GtkWindow *
rs_idea_board_edit_district (RsIdeaBoard *self,
                             gint64       idea_id)
{
  g_autoptr(RsIdea) idea = NULL;
  GtkWidget *dialog, *list, *row;
  GtkRoot *root;

  g_return_val_if_fail (RS_IS_IDEA_BOARD (self), NULL);
  if (self->db == NULL || (idea = find_idea (self, idea_id)) == NULL)
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("District of the Idea"), rs_idea_get_text (idea));
  list = gtk_list_box_new ();
  row = g_object_new (RS_TYPE_DISTRICT_ROW, NULL);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "district-row", row);
  g_object_set_data (G_OBJECT (dialog), "idea-id", GSIZE_TO_POINTER ((gsize) idea_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (district_response_cb), self, 0);
  rs_district_row_load (RS_DISTRICT_ROW (row), self->db, self->process_id, RS_DISTRICT_RECORD_IDEA,
                        idea_id);
  rs_district_row_keep_visible (RS_DISTRICT_ROW (row));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
row_activated_cb (RsIdeaBoard   *self,
                  GtkListBoxRow *row)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "idea-id"));

  if (id != 0)
    rs_idea_board_edit_district (self, id);
}

/* One column per theme; each column's list is the ideas of @ideas
 * (sorted by theme, the theme-less last) in its theme:
 *
 *   self->ideas ─▶ GtkFilterListModel (theme) ─▶ GtkListBox (make_row)
 */
static void
rebuild (RsIdeaBoard *self,
         GPtrArray   *ideas)
{
  GtkWidget *child;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns))) != NULL)
    gtk_box_remove (self->columns, child);
  g_hash_table_remove_all (self->rows);
  g_ptr_array_set_size (self->themes, 0);
  g_list_store_splice (self->ideas, 0, g_list_model_get_n_items (G_LIST_MODEL (self->ideas)),
                       ideas->pdata, ideas->len);

  for (guint i = 0; i < ideas->len; i++)
    {
      const char *theme = rs_idea_get_theme (g_ptr_array_index (ideas, i));
      if (!g_hash_table_contains (seen, theme))
        {
          g_hash_table_add (seen, (gpointer) theme);
          g_ptr_array_add (self->themes, g_strdup (theme));
        }
    }
  if (!g_hash_table_contains (seen, ""))
    g_ptr_array_add (self->themes, g_strdup (""));

  for (guint t = 0; t < self->themes->len; t++)
    {
      char *theme = g_ptr_array_index (self->themes, t);
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *list = gtk_list_box_new ();
      GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
      GtkCustomFilter *filter = gtk_custom_filter_new (in_theme, g_strdup (theme), g_free);
      g_autoptr(GtkFilterListModel) model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->ideas)),
                                                                       GTK_FILTER (filter));
      guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
      g_autofree char *heading = g_strdup_printf ("%s (%u)", *theme ? theme : _("No theme yet"), n);
      GtkWidget *label = gtk_label_new (heading);

      gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (model), make_row, self, NULL);
      /* A double click (or Enter) opens the idea's district: a single
       * click only picks the post-it up. */
      gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), FALSE);
      g_signal_connect_swapped (list, "row-activated", G_CALLBACK (row_activated_cb), self);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_set_size_request (column, 240, -1);
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
      if (n == 0)
        {
          GtkWidget *hint = gtk_label_new (_("Drop ideas here"));
          gtk_widget_add_css_class (hint, "dim-label");
          gtk_widget_set_margin_top (hint, 12);
          gtk_widget_set_margin_bottom (hint, 12);
          gtk_list_box_set_placeholder (GTK_LIST_BOX (list), hint);
        }
      g_object_set_data_full (G_OBJECT (list), "theme", g_strdup (theme), g_free);
      g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
      gtk_widget_add_controller (list, GTK_EVENT_CONTROLLER (drop));
      gtk_box_append (GTK_BOX (column), label);
      gtk_box_append (GTK_BOX (column), list);
      gtk_box_append (self->columns, column);
    }

  if (self->focus_id != 0)
    {
      GtkWidget *row = g_hash_table_lookup (self->rows, &self->focus_id);
      if (row != NULL)
        gtk_widget_grab_focus (row);
    }
}

static void
show_error (RsIdeaBoard *self,
            GError      *error)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), RS_TYPE_PAGE);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && page != NULL)
    rs_page_show_error (RS_PAGE (page), error);
}

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsIdeaBoard) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ideas = rs_idea_store_list_lab_finish (RS_DATABASE (source), result, &error);

  self->busy--;
  if (ideas == NULL)
    {
      show_error (self, error);
      return;
    }
  rebuild (self, ideas);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* After a change made here, read the board again. */
static void
changed_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RsIdeaBoard) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_idea_store_change_finish (RS_DATABASE (source), result, &error))
    show_error (self, error);
  rs_idea_board_reload (self);
  self->busy--;
}

static void
capture_activate_cb (RsIdeaBoard *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->capture_entry));
  const char *colon = strchr (text, ':');
  RsIdeaOrigin origin = { self->process_id, 0, self->lab_id, 0 };
  g_autofree char *theme = NULL;

  if (*text == '\0' || self->db == NULL)
    return;
  /* "Theme: idea" files the idea under a theme at once. */
  if (colon != NULL && colon > text && colon - text <= 40 && colon[1] != '\0')
    {
      theme = g_strstrip (g_strndup (text, colon - text));
      text = colon + 1;
    }
  self->focus_id = 0;
  self->busy++;
  rs_idea_store_add_async (self->db, &origin, text, theme, self->cancellable, changed_cb, g_object_ref (self));
  gtk_editable_set_text (GTK_EDITABLE (self->capture_entry), "");
}

/* The idea whose row has the focus (a new reference), or NULL. */
static RsIdea *
focused_idea (RsIdeaBoard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL && focus != GTK_WIDGET (self); focus = gtk_widget_get_parent (focus))
    if (GTK_IS_LIST_BOX_ROW (focus) && g_object_get_data (G_OBJECT (focus), "idea-id"))
      return find_idea (self, (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (focus), "idea-id")));
  return NULL;
}

static void
idea_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RsIdeaBoard *self = RS_IDEA_BOARD (widget);
  g_autoptr(RsIdea) idea = focused_idea (self);

  if (idea == NULL || self->db == NULL)
    return;
  self->focus_id = rs_idea_get_id (idea);
  self->busy++;
  if (g_str_equal (action_name, "board.move-next") || g_str_equal (action_name, "board.move-previous"))
    {
      int step = g_str_equal (action_name, "board.move-next") ? 1 : -1;
      int index = 0;

      for (guint t = 0; t < self->themes->len; t++)
        if (g_str_equal (g_ptr_array_index (self->themes, t), rs_idea_get_theme (idea)))
          index = (int) t;
      index = CLAMP (index + step, 0, (int) self->themes->len - 1);
      rs_idea_store_set_theme_async (self->db, self->focus_id, g_ptr_array_index (self->themes, index),
                                     self->cancellable, changed_cb, g_object_ref (self));
    }
  else if (g_str_equal (action_name, "board.vote-up") || g_str_equal (action_name, "board.vote-down"))
    {
      int votes = MAX (0, rs_idea_get_votes (idea) + (g_str_equal (action_name, "board.vote-up") ? 1 : -1));
      rs_idea_store_set_votes_async (self->db, self->focus_id, votes, self->cancellable, changed_cb,
                                     g_object_ref (self));
    }
  else if (g_str_equal (action_name, "board.district"))
    {
      self->busy--;
      rs_idea_board_edit_district (self, self->focus_id);
    }
  else
    rs_idea_store_set_status_async (self->db, self->focus_id, (rs_idea_get_status (idea) + 1) % (RS_IDEA_PARKED + 1),
                                    self->cancellable, changed_cb, g_object_ref (self));
}

static void
rs_idea_board_dispose (GObject *object)
{
  RsIdeaBoard *self = RS_IDEA_BOARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_IDEA_BOARD);
  g_clear_object (&self->db);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->ideas);
  g_clear_pointer (&self->themes, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (rs_idea_board_parent_class)->dispose (object);
}

static void
rs_idea_board_class_init (RsIdeaBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_idea_board_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/rs-idea-board.ui");
  gtk_widget_class_bind_template_child (widget_class, RsIdeaBoard, box);
  gtk_widget_class_bind_template_child (widget_class, RsIdeaBoard, capture_entry);
  gtk_widget_class_bind_template_child (widget_class, RsIdeaBoard, columns);
  gtk_widget_class_bind_template_callback (widget_class, capture_activate_cb);

  gtk_widget_class_install_action (widget_class, "board.move-next", NULL, idea_action);
  gtk_widget_class_install_action (widget_class, "board.move-previous", NULL, idea_action);
  gtk_widget_class_install_action (widget_class, "board.vote-up", NULL, idea_action);
  gtk_widget_class_install_action (widget_class, "board.vote-down", NULL, idea_action);
  gtk_widget_class_install_action (widget_class, "board.cycle-status", NULL, idea_action);
  gtk_widget_class_install_action (widget_class, "board.district", NULL, idea_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "board.move-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "board.move-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "board.vote-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "board.vote-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "board.vote-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "board.vote-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, 0, "board.cycle-status", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, 0, "board.district", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rs_idea_board_init (RsIdeaBoard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->themes = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->ideas = g_list_store_new (RS_TYPE_IDEA);
}

void
rs_idea_board_load (RsIdeaBoard  *self,
                    RsDatabase   *db,
                    gint64        process_id,
                    gint64        lab_id,
                    GCancellable *cancellable)
{
  g_return_if_fail (RS_IS_IDEA_BOARD (self));
  g_set_object (&self->db, db);
  g_set_object (&self->cancellable, cancellable);
  self->process_id = process_id;
  self->lab_id = lab_id;
  self->focus_id = 0;
  rs_idea_board_reload (self);
}

/* Reads the lab's ideas again (after a change made elsewhere). */
void
rs_idea_board_reload (RsIdeaBoard *self)
{
  g_return_if_fail (RS_IS_IDEA_BOARD (self));
  if (self->db == NULL)
    return;
  self->busy++;
  rs_idea_store_list_lab_async (self->db, self->lab_id, self->cancellable, listed_cb, g_object_ref (self));
}

guint
rs_idea_board_get_n_ideas (RsIdeaBoard *self)
{
  g_return_val_if_fail (RS_IS_IDEA_BOARD (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->ideas));
}

const char *
rs_idea_board_get_theme (RsIdeaBoard *self,
                         gint64       idea_id)
{
  g_autoptr(RsIdea) idea = NULL;

  g_return_val_if_fail (RS_IS_IDEA_BOARD (self), NULL);
  idea = find_idea (self, idea_id);
  /* The store keeps the idea, and so its theme, alive. */
  return idea ? rs_idea_get_theme (idea) : NULL;
}

GtkWidget *
rs_idea_board_get_row (RsIdeaBoard *self,
                       gint64       idea_id)
{
  g_return_val_if_fail (RS_IS_IDEA_BOARD (self), NULL);
  return g_hash_table_lookup (self->rows, &idea_id);
}

void
rs_idea_board_capture (RsIdeaBoard *self,
                       const char  *text)
{
  g_return_if_fail (RS_IS_IDEA_BOARD (self));
  gtk_editable_set_text (GTK_EDITABLE (self->capture_entry), text);
  g_signal_emit_by_name (self->capture_entry, "activate");
}

gboolean
rs_idea_board_is_busy (RsIdeaBoard *self)
{
  g_return_val_if_fail (RS_IS_IDEA_BOARD (self), FALSE);
  return self->busy > 0;
}

const char *
rs_idea_board_get_district (RsIdeaBoard *self,
                            gint64       idea_id)
{
  g_autoptr(RsIdea) idea = NULL;

  g_return_val_if_fail (RS_IS_IDEA_BOARD (self), NULL);
  idea = find_idea (self, idea_id);
  /* The store keeps the idea alive. */
  return idea ? rs_idea_get_district (idea) : NULL;
}
