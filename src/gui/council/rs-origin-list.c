/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-origin-list"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-origin-chooser.h"
#include "rs-origin-list.h"
#include "rs-recommendation-origins.h"

struct _RsOriginList
{
  AdwPreferencesGroup  parent_instance;

  RsDatabase          *db;
  gint64               process_id;
  GPtrArray           *current;   /* RsRecommendationOrigin */
  GPtrArray           *changes;   /* RsOriginChange */
  GtkListBox          *list;
  GtkWidget           *link_button;
  gboolean             editable;
};

G_DEFINE_FINAL_TYPE (RsOriginList, rs_origin_list, ADW_TYPE_PREFERENCES_GROUP)

void
rs_origin_change_free (RsOriginChange *change)
{
  g_free (change->origin_type);
  g_free (change);
}

gboolean
rs_origin_changes_apply (RsDatabase *db,
                         gint64      recommendation_id,
                         GPtrArray  *changes,
                         GError    **error)
{
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      RsOriginChange *c = g_ptr_array_index (changes, i);
      gboolean ok = c->link
        ? rs_recommendation_origin_link (db, recommendation_id, c->origin_type, c->origin_id, error)
        : rs_recommendation_origin_unlink (db, recommendation_id, c->origin_type, c->origin_id, error);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static RsRecommendationOrigin *
origin_copy (const char *origin_type,
             gint64      origin_id,
             const char *label)
{
  RsRecommendationOrigin *o = g_new0 (RsRecommendationOrigin, 1);

  o->origin_type = g_strdup (origin_type);
  o->origin_id = origin_id;
  o->label = g_strdup (label ? label : "");
  return o;
}

static void
unlink_clicked_cb (GtkButton    *button,
                   RsOriginList *self)
{
  RsRecommendationOrigin *o = g_object_get_data (G_OBJECT (button), "origin");
  g_autofree char *type = g_strdup (o->origin_type);

  rs_origin_list_unlink (self, type, o->origin_id);
}

static void
rebuild (RsOriginList *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < self->current->len; i++)
    {
      RsRecommendationOrigin *o = g_ptr_array_index (self->current, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = g_strdup_printf ("%s #%" G_GINT64_FORMAT,
                                                   rs_recommendation_origin_kind_label (o->origin_type),
                                                   o->origin_id);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *o->label ? o->label : subtitle);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("mark-location-symbolic"));
      if (self->editable)
        {
          GtkWidget *button = gtk_button_new_from_icon_name ("list-remove-symbolic");
          g_autofree char *tip = g_strdup_printf (_("Unlink “%s”"), *o->label ? o->label : subtitle);
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (button, "flat");
          gtk_widget_set_tooltip_text (button, tip);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
          g_object_set_data (G_OBJECT (button), "origin", o);
          g_signal_connect_object (button, "clicked", G_CALLBACK (unlink_clicked_cb), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      gtk_list_box_append (self->list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list), self->current->len > 0);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), self->current->len > 0 ? NULL
                                         : _("No idea, session, lab, hearing point or comment is linked yet."));
}

/* Records a change, or drops the opposite one made earlier. */
static void
record (RsOriginList *self,
        const char   *origin_type,
        gint64        origin_id,
        gboolean      link)
{
  RsOriginChange *c;

  for (guint i = 0; i < self->changes->len; i++)
    {
      c = g_ptr_array_index (self->changes, i);
      if (c->origin_id == origin_id && g_str_equal (c->origin_type, origin_type))
        {
          g_ptr_array_remove_index (self->changes, i);
          return;
        }
    }
  c = g_new0 (RsOriginChange, 1);
  c->origin_type = g_strdup (origin_type);
  c->origin_id = origin_id;
  c->link = link;
  g_ptr_array_add (self->changes, c);
}

static int
find (RsOriginList *self,
      const char   *origin_type,
      gint64        origin_id)
{
  for (guint i = 0; i < self->current->len; i++)
    {
      RsRecommendationOrigin *o = g_ptr_array_index (self->current, i);
      if (o->origin_id == origin_id && g_str_equal (o->origin_type, origin_type))
        return i;
    }
  return -1;
}

void
rs_origin_list_link (RsOriginList *self,
                     const char   *origin_type,
                     gint64        origin_id,
                     const char   *label)
{
  g_return_if_fail (RS_IS_ORIGIN_LIST (self));
  if (find (self, origin_type, origin_id) >= 0)
    return;
  g_ptr_array_add (self->current, origin_copy (origin_type, origin_id, label));
  record (self, origin_type, origin_id, TRUE);
  rebuild (self);
}

void
rs_origin_list_unlink (RsOriginList *self,
                       const char   *origin_type,
                       gint64        origin_id)
{
  int index;

  g_return_if_fail (RS_IS_ORIGIN_LIST (self));
  index = find (self, origin_type, origin_id);
  if (index < 0)
    return;
  g_ptr_array_remove_index (self->current, index);
  record (self, origin_type, origin_id, FALSE);
  rebuild (self);
}

static void
chosen_cb (RsOriginChooser *chooser,
           const char      *origin_type,
           gint64           origin_id,
           const char      *label,
           RsOriginList    *self)
{
  rs_origin_list_link (self, origin_type, origin_id, label);
}

static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RsOriginList *self = RS_ORIGIN_LIST (widget);
  const char *origin_type = g_variant_get_string (parameter, NULL);
  g_autoptr(GHashTable) linked = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  RsOriginChooser *chooser;

  if (self->db == NULL)
    return;
  for (guint i = 0; i < self->current->len; i++)
    {
      RsRecommendationOrigin *o = g_ptr_array_index (self->current, i);
      if (g_str_equal (o->origin_type, origin_type))
        g_hash_table_add (linked, g_memdup2 (&o->origin_id, sizeof o->origin_id));
    }
  chooser = rs_origin_chooser_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->db, self->process_id,
                                   origin_type, linked);
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
rs_origin_list_dispose (GObject *object)
{
  RsOriginList *self = RS_ORIGIN_LIST (object);

  g_clear_object (&self->db);
  G_OBJECT_CLASS (rs_origin_list_parent_class)->dispose (object);
}

static void
rs_origin_list_finalize (GObject *object)
{
  RsOriginList *self = RS_ORIGIN_LIST (object);

  g_ptr_array_unref (self->current);
  g_ptr_array_unref (self->changes);
  G_OBJECT_CLASS (rs_origin_list_parent_class)->finalize (object);
}

static void
rs_origin_list_class_init (RsOriginListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_origin_list_dispose;
  object_class->finalize = rs_origin_list_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/raadslag/Raadslag/ui/rs-origin-list.ui");
  gtk_widget_class_bind_template_child (widget_class, RsOriginList, link_button);
  gtk_widget_class_bind_template_child (widget_class, RsOriginList, list);
  gtk_widget_class_install_action (widget_class, "origins.link", "s", link_action);
}

static void
rs_origin_list_init (RsOriginList *self)
{
  self->current = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_recommendation_origin_free);
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_origin_change_free);
  self->editable = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  rebuild (self);
}

void
rs_origin_list_set (RsOriginList *self,
                    RsDatabase   *db,
                    gint64        process_id,
                    GPtrArray    *origins)
{
  g_return_if_fail (RS_IS_ORIGIN_LIST (self));
  g_set_object (&self->db, db);
  self->process_id = process_id;
  g_ptr_array_set_size (self->current, 0);
  g_ptr_array_set_size (self->changes, 0);
  for (guint i = 0; origins != NULL && i < origins->len; i++)
    {
      RsRecommendationOrigin *o = g_ptr_array_index (origins, i);
      g_ptr_array_add (self->current, origin_copy (o->origin_type, o->origin_id, o->label));
    }
  rebuild (self);
}

void
rs_origin_list_set_editable (RsOriginList *self,
                             gboolean      editable)
{
  g_return_if_fail (RS_IS_ORIGIN_LIST (self));
  self->editable = editable;
  gtk_widget_set_visible (self->link_button, editable);
  rebuild (self);
}

GPtrArray *
rs_origin_list_dup_changes (RsOriginList *self)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_origin_change_free);

  g_return_val_if_fail (RS_IS_ORIGIN_LIST (self), out);
  for (guint i = 0; i < self->changes->len; i++)
    {
      RsOriginChange *c = g_ptr_array_index (self->changes, i);
      RsOriginChange *copy = g_new0 (RsOriginChange, 1);
      copy->origin_type = g_strdup (c->origin_type);
      copy->origin_id = c->origin_id;
      copy->link = c->link;
      g_ptr_array_add (out, copy);
    }
  return out;
}
