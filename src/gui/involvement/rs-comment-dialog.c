/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-comment-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-comment-dialog.h"
#include "rs-comment-store.h"
#include "rs-date.h"
#include "rs-recommendation-origins.h"
#include "rs-recommendation-store.h"

struct _RsCommentDialog
{
  AdwWindow      parent_instance;

  RsDatabase    *db;
  RsComment     *comment;     /* a copy: the list's object stays as stored */
  GStrv          districts;   /* "" first: no district */
  GCancellable  *cancellable;
  GListStore    *recommendations;  /* loaded for the origins group */
  GArray        *linked;           /* ids of the recommendations linked when opened */
  GPtrArray     *checks;           /* GtkCheckButton per recommendation, "id" data */
  GPtrArray     *ideas;            /* RsRecommendationOrigin: the process's ideas */
  GArray        *linked_ideas;     /* ids of the ideas linked when opened */
  GPtrArray     *idea_checks;      /* GtkCheckButton per idea, "id" data */

  /* Template widgets */
  AdwEntryRow   *author_row;
  AdwComboRow   *channel_row;
  AdwEntryRow   *date_row;
  AdwComboRow   *district_row;
  GtkLabel      *error_label;
  AdwPreferencesGroup *ideas_group;
  AdwPreferencesGroup *origins_group;
  AdwActionRow  *review_row;
  GtkSwitch     *review_switch;
  GtkButton     *save_button;
  GtkTextView   *text_view;
  AdwEntryRow   *themes_row;
};

G_DEFINE_FINAL_TYPE (RsCommentDialog, rs_comment_dialog, ADW_TYPE_WINDOW)

static const char * const channels[] = { "web", "email", "meeting", "other", NULL };

static void
show_error (RsCommentDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The ids checked in a group (@checks), or NULL when they are as loaded
 * (@linked). */
static GArray *
changed_ids (GPtrArray *checks,
             GArray    *linked)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean changed = FALSE;

  if (checks == NULL || linked == NULL)
    return NULL;
  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);
      gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (check), "id");
      gboolean was = FALSE;

      for (guint j = 0; j < linked->len; j++)
        was |= g_array_index (linked, gint64, j) == id;
      if (gtk_check_button_get_active (check))
        g_array_append_val (ids, id);
      changed |= was != gtk_check_button_get_active (check);
    }
  return changed ? g_steal_pointer (&ids) : NULL;
}

static GArray *
changed_links (RsCommentDialog *self)
{
  return changed_ids (self->checks, self->linked);
}

static void
idea_links_saved_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RsCommentDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_comment_store_set_links_finish (RS_DATABASE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), TRUE);
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* After the comment and its recommendations: the ideas it fed. */
static void
save_idea_links (RsCommentDialog *self)
{
  g_autoptr(GArray) ideas = changed_ids (self->idea_checks, self->linked_ideas);

  if (ideas == NULL)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  rs_comment_store_set_links_async (self->db, rs_comment_get_id (self->comment), "idea", ideas,
                                    self->cancellable, idea_links_saved_cb, g_object_ref (self));
}

static void
links_saved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RsCommentDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_comment_store_set_links_finish (RS_DATABASE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), TRUE);
      show_error (self, error->message);
      return;
    }
  save_idea_links (self);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsCommentDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = NULL;

  if (!rs_comment_store_save_finish (RS_DATABASE (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), TRUE);
      show_error (self, error->message);
      return;
    }
  if ((links = changed_links (self)) != NULL)
    {
      rs_comment_store_set_links_async (self->db, rs_comment_get_id (self->comment), "recommendation",
                                        links, self->cancellable, links_saved_cb, g_object_ref (self));
      return;
    }
  save_idea_links (self);
}

/* A row with a check button in @group; the check carries @id. */
static GtkCheckButton *
add_check_row (AdwPreferencesGroup *group,
               const char          *title,
               const char          *subtitle,
               gint64               id,
               gboolean             active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "id", g_memdup2 (&id, sizeof id), g_free);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (group, row);
  return GTK_CHECK_BUTTON (check);
}

static void
show_origins (RsCommentDialog *self)
{
  guint n;

  if (self->recommendations == NULL || self->linked == NULL)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->recommendations));
  self->checks = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (self->recommendations), i);
      gint64 id = rs_recommendation_get_id (rec);
      gboolean linked = FALSE;

      for (guint j = 0; j < self->linked->len; j++)
        linked |= g_array_index (self->linked, gint64, j) == id;
      if (rs_recommendation_get_status (rec) == RS_RECOMMENDATION_SUPERSEDED && !linked)
        continue;
      g_ptr_array_add (self->checks, add_check_row (self->origins_group, rs_recommendation_get_title (rec),
                                                    NULL, id, linked));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->origins_group), self->checks->len > 0);
}

static void
show_ideas (RsCommentDialog *self)
{
  if (self->ideas == NULL || self->linked_ideas == NULL)
    return;
  self->idea_checks = g_ptr_array_new ();
  for (guint i = 0; i < self->ideas->len; i++)
    {
      RsRecommendationOrigin *idea = g_ptr_array_index (self->ideas, i);
      gboolean linked = FALSE;

      for (guint j = 0; j < self->linked_ideas->len; j++)
        linked |= g_array_index (self->linked_ideas, gint64, j) == idea->origin_id;
      g_ptr_array_add (self->idea_checks,
                       add_check_row (self->ideas_group, *idea->label ? idea->label : "?", NULL,
                                      idea->origin_id, linked));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->ideas_group), self->idea_checks->len > 0);
}

static void
ideas_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsCommentDialog) self = user_data;

  self->ideas = rs_recommendation_origin_candidates_finish (RS_DATABASE (source), result, NULL);
  show_ideas (self);
}

static void
idea_links_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(RsCommentDialog) self = user_data;

  self->linked_ideas = rs_comment_store_links_finish (RS_DATABASE (source), result, NULL);
  show_ideas (self);
}

static void
recommendations_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RsCommentDialog) self = user_data;

  self->recommendations = rs_recommendation_store_list_finish (RS_DATABASE (source), result, NULL, NULL);
  show_origins (self);
}

static void
links_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RsCommentDialog) self = user_data;

  self->linked = rs_comment_store_links_finish (RS_DATABASE (source), result, NULL);
  show_origins (self);
}

/* For tests: checks the recommendation @id as an origin (FALSE when it is
 * not listed, or not yet). */
gboolean
rs_comment_dialog_set_origin (RsCommentDialog *self,
                              gint64           id,
                              gboolean         linked)
{
  g_return_val_if_fail (RS_IS_COMMENT_DIALOG (self), FALSE);
  for (guint i = 0; self->checks != NULL && i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);
      if (*(gint64 *) g_object_get_data (G_OBJECT (check), "id") == id)
        {
          gtk_check_button_set_active (check, linked);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
rs_comment_dialog_set_idea (RsCommentDialog *self,
                            gint64           id,
                            gboolean         linked)
{
  g_return_val_if_fail (RS_IS_COMMENT_DIALOG (self), FALSE);
  for (guint i = 0; self->idea_checks != NULL && i < self->idea_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->idea_checks, i);
      if (*(gint64 *) g_object_get_data (G_OBJECT (check), "id") == id)
        {
          gtk_check_button_set_active (check, linked);
          return TRUE;
        }
    }
  return FALSE;
}

void
rs_comment_dialog_save (RsCommentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  const char *date_text;
  guint district, channel;

  g_return_if_fail (RS_IS_COMMENT_DIALOG (self));
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (*text == '\0')
    {
      show_error (self, _("Write the comment’s text."));
      return;
    }
  date_text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  if (*date_text != '\0' && (date = rs_date_normalize (date_text, &error)) == NULL)
    {
      show_error (self, error->message);
      return;
    }
  channel = adw_combo_row_get_selected (self->channel_row);
  district = adw_combo_row_get_selected (self->district_row);
  rs_comment_set_text (self->comment, text);
  rs_comment_set_author (self->comment, gtk_editable_get_text (GTK_EDITABLE (self->author_row)));
  rs_comment_set_channel (self->comment, channels[MIN (channel, 3)]);
  rs_comment_set_received_on (self->comment, date);
  rs_comment_set_district (self->comment,
                           district < g_strv_length (self->districts) ? self->districts[district] : "");
  rs_comment_set_themes (self->comment, gtk_editable_get_text (GTK_EDITABLE (self->themes_row)));
  if (!gtk_switch_get_active (self->review_switch))
    rs_comment_set_review_reason (self->comment, "");
  else if (!rs_comment_needs_review (self->comment))
    rs_comment_add_review_reason (self->comment, "marked");
  show_error (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
  rs_comment_store_save_async (self->db, self->comment, self->cancellable, saved_cb,
                               g_object_ref (self));
}

void
rs_comment_dialog_set_text (RsCommentDialog *self,
                            const char      *text)
{
  g_return_if_fail (RS_IS_COMMENT_DIALOG (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
}

static void
save_clicked_cb (RsCommentDialog *self)
{
  rs_comment_dialog_save (self);
}

static void
cancel_clicked_cb (RsCommentDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
rs_comment_dialog_dispose (GObject *object)
{
  RsCommentDialog *self = RS_COMMENT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->db);
  g_clear_object (&self->comment);
  g_clear_pointer (&self->districts, g_strfreev);
  g_clear_object (&self->recommendations);
  g_clear_pointer (&self->linked, g_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->ideas, g_ptr_array_unref);
  g_clear_pointer (&self->linked_ideas, g_array_unref);
  g_clear_pointer (&self->idea_checks, g_ptr_array_unref);
  G_OBJECT_CLASS (rs_comment_dialog_parent_class)->dispose (object);
}

static void
rs_comment_dialog_class_init (RsCommentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_comment_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-comment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsCommentDialog, author_row);
  gtk_widget_class_bind_template_child (widget_class, RsCommentDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, RsCommentDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, RsCommentDialog, district_row);
  gtk_widget_class_bind_template_child (widget_class, RsCommentDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, RsCommentDialog, ideas_group);
  gtk_widget_class_bind_template_child (widget_class, RsCommentDialog, origins_group);
  gtk_widget_class_bind_template_child (widget_class, RsCommentDialog, review_row);
  gtk_widget_class_bind_template_child (widget_class, RsCommentDialog, review_switch);
  gtk_widget_class_bind_template_child (widget_class, RsCommentDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, RsCommentDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, RsCommentDialog, themes_row);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rs_comment_dialog_init (RsCommentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

RsCommentDialog *
rs_comment_dialog_new (GtkWindow          *parent,
                       RsDatabase         *db,
                       gint64              process_id,
                       RsComment          *comment,
                       const char * const *districts)
{
  RsCommentDialog *self = g_object_new (RS_TYPE_COMMENT_DIALOG, "transient-for", parent,
                                        "modal", TRUE, NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GtkStringList) district_model = NULL;
  guint selected = 0;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  self->db = g_object_ref (db);
  self->comment = rs_comment_new ();
  g_strv_builder_add (names, "");
  for (guint i = 0; districts != NULL && districts[i] != NULL; i++)
    g_strv_builder_add (names, districts[i]);
  if (comment != NULL)
    {
      const char *d = rs_comment_get_district (comment);
      gboolean listed = *d == '\0';

      for (guint i = 0; districts != NULL && districts[i] != NULL && !listed; i++)
        listed = g_str_equal (districts[i], d);
      /* A district the list does not hold (flagged on import) stays choosable. */
      if (!listed)
        g_strv_builder_add (names, d);
    }
  self->districts = g_strv_builder_end (names);
  district_model = gtk_string_list_new (NULL);
  gtk_string_list_append (district_model, _("None"));
  for (guint i = 1; self->districts[i] != NULL; i++)
    gtk_string_list_append (district_model, self->districts[i]);
  adw_combo_row_set_model (self->district_row, G_LIST_MODEL (district_model));

  if (comment == NULL)
    {
      rs_comment_set_process_id (self->comment, process_id);
      rs_comment_set_channel (self->comment, "meeting");
      adw_combo_row_set_selected (self->channel_row, 2);
      gtk_window_set_title (GTK_WINDOW (self), _("Add Comment"));
      gtk_widget_set_visible (GTK_WIDGET (self->review_row), FALSE);
      return self;
    }
  g_object_set (self->comment, "id", rs_comment_get_id (comment), "pseudonym",
                rs_comment_get_pseudonym (comment), "review-reason",
                rs_comment_get_review_reason (comment), NULL);
  rs_comment_set_process_id (self->comment, rs_comment_get_process_id (comment));
  gtk_window_set_title (GTK_WINDOW (self), rs_comment_get_pseudonym (comment));
  rs_comment_dialog_set_text (self, rs_comment_get_text (comment));
  gtk_editable_set_text (GTK_EDITABLE (self->author_row), rs_comment_get_author (comment));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row),
                         rs_comment_get_received_on (comment) ? rs_comment_get_received_on (comment) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->themes_row), rs_comment_get_themes (comment));
  for (guint i = 0; channels[i] != NULL; i++)
    if (g_str_equal (channels[i], rs_comment_get_channel (comment)))
      adw_combo_row_set_selected (self->channel_row, i);
  for (guint i = 0; self->districts[i] != NULL; i++)
    if (g_str_equal (self->districts[i], rs_comment_get_district (comment)))
      selected = i;
  adw_combo_row_set_selected (self->district_row, selected);
  rs_recommendation_store_list_async (db, rs_comment_get_process_id (comment), self->cancellable,
                                      recommendations_cb, g_object_ref (self));
  rs_comment_store_links_async (db, rs_comment_get_id (comment), "recommendation", self->cancellable,
                                links_cb, g_object_ref (self));
  rs_recommendation_origin_candidates_async (db, rs_comment_get_process_id (comment), "idea",
                                             self->cancellable, ideas_cb, g_object_ref (self));
  rs_comment_store_links_async (db, rs_comment_get_id (comment), "idea", self->cancellable,
                                idea_links_cb, g_object_ref (self));
  gtk_switch_set_active (self->review_switch, rs_comment_needs_review (comment));
  if (rs_comment_needs_review (comment))
    {
      g_autofree char *why = rs_comment_describe_review (comment);
      adw_action_row_set_subtitle (self->review_row, why);
    }
  return self;
}
