/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-districts-group"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-districts-group.h"
#include "rs-involvement-row.h"
#include "rs-page.h"

struct _RsDistrictsGroup
{
  AdwPreferencesGroup  parent_instance;

  RsInvolvementStore  *store;
  gint64               process_id;
  AdwToast            *undo_toast;   /* weak: the last "removed" toast */

  /* Template widgets */
  GtkListBox          *districts_list;
};

G_DEFINE_FINAL_TYPE (RsDistrictsGroup, rs_districts_group, ADW_TYPE_PREFERENCES_GROUP)

/* A removed district, for its Undo. */
typedef struct
{
  GWeakRef  group;    /* the toast may outlive the page */
  char     *name;
  gint64    population;
} Removed;

static void
removed_free (gpointer data)
{
  Removed *r = data;

  g_weak_ref_clear (&r->group);
  g_free (r->name);
  g_free (r);
}

/* A district's row, with its edit and remove buttons. */
static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *row = rs_involvement_row_new (item);
  const char *key = rs_involvement_item_get_key (item);
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *edit_tip = g_strdup_printf (_("Rename “%s” or Set Its Population"), key);
  g_autofree char *remove_tip = g_strdup_printf (_("Remove “%s”"), key);

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *button = i == 0 ? edit : remove;
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (key));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (edit), "involvement.edit-district");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "involvement.remove-district");
  gtk_widget_set_tooltip_text (edit, edit_tip);
  gtk_widget_set_tooltip_text (remove, remove_tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_tip, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_tip, -1);
  return row;
}

static RsPage *
get_page (RsDistrictsGroup *self)
{
  return RS_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (self), RS_TYPE_PAGE));
}

static void
district_set_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(RsDistrictsGroup) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!rs_involvement_store_set_district_finish (RS_INVOLVEMENT_STORE (source), result, &error) &&
      get_page (self) != NULL)
    rs_page_show_error (get_page (self), error);
}

static void
undo_remove_cb (AdwToast *toast,
                Removed  *r)
{
  g_autoptr(RsDistrictsGroup) self = g_weak_ref_get (&r->group);

  if (self == NULL || self->store == NULL || get_page (self) == NULL)
    return;
  rs_involvement_store_set_district_async (self->store, self->process_id, r->name, r->population,
                                           rs_page_get_cancellable (get_page (self)), district_set_cb,
                                           g_object_ref (self));
}

static void
district_removed_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Removed *r = user_data;
  g_autoptr(RsDistrictsGroup) self = g_weak_ref_get (&r->group);
  RsPage *page = self ? get_page (self) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!rs_involvement_store_remove_district_finish (RS_INVOLVEMENT_STORE (source), result,
                                                    &r->population, &error) || page == NULL)
    {
      if (page != NULL)
        rs_page_show_error (page, error);
      removed_free (r);
      return;
    }
  /* TRANSLATORS: a toast with an Undo button */
  title = g_strdup_printf (_("District “%s” removed"), r->name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb), r,
                         (GClosureNotify) (void (*) (void)) removed_free, 0);
  g_set_weak_pointer (&self->undo_toast, toast);
  rs_page_add_toast (page, toast);
}

static void
rs_districts_group_dispose (GObject *object)
{
  RsDistrictsGroup *self = RS_DISTRICTS_GROUP (object);

  rs_districts_group_set_store (self, NULL, 0);
  g_clear_weak_pointer (&self->undo_toast);
  G_OBJECT_CLASS (rs_districts_group_parent_class)->dispose (object);
}

static void
rs_districts_group_class_init (RsDistrictsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_districts_group_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-districts-group.ui");
  gtk_widget_class_bind_template_child (widget_class, RsDistrictsGroup, districts_list);
}

static void
rs_districts_group_init (RsDistrictsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
rs_districts_group_set_store (RsDistrictsGroup   *self,
                              RsInvolvementStore *store,
                              gint64              process_id)
{
  g_return_if_fail (RS_IS_DISTRICTS_GROUP (self));
  g_return_if_fail (store == NULL || RS_IS_INVOLVEMENT_STORE (store));

  g_set_object (&self->store, store);
  self->process_id = store ? process_id : 0;
  if (self->districts_list != NULL)
    gtk_list_box_bind_model (self->districts_list,
                             store ? rs_involvement_store_get_districts (store, process_id) : NULL,
                             store ? create_row : NULL, NULL, NULL);
}

RsInvolvementItem *
rs_districts_group_find (RsDistrictsGroup *self,
                         const char       *key)
{
  GListModel *model;

  g_return_val_if_fail (RS_IS_DISTRICTS_GROUP (self), NULL);
  if (self->store == NULL)
    return NULL;
  model = rs_involvement_store_get_districts (self->store, self->process_id);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RsInvolvementItem) item = g_list_model_get_item (model, i);
      if (g_strcmp0 (rs_involvement_item_get_key (item), key) == 0)
        return item;   /* the model keeps it alive */
    }
  return NULL;
}

void
rs_districts_group_remove (RsDistrictsGroup *self,
                           const char       *key)
{
  Removed *r;

  g_return_if_fail (RS_IS_DISTRICTS_GROUP (self));
  if (self->store == NULL || get_page (self) == NULL)
    return;
  r = g_new0 (Removed, 1);
  g_weak_ref_init (&r->group, self);
  r->name = g_strdup (key);
  rs_involvement_store_remove_district_async (self->store, self->process_id, r->name,
                                              rs_page_get_cancellable (get_page (self)),
                                              district_removed_cb, r);
}

GtkListBox *
rs_districts_group_get_list (RsDistrictsGroup *self)
{
  g_return_val_if_fail (RS_IS_DISTRICTS_GROUP (self), NULL);
  return self->districts_list;
}

AdwToast *
rs_districts_group_get_undo_toast (RsDistrictsGroup *self)
{
  g_return_val_if_fail (RS_IS_DISTRICTS_GROUP (self), NULL);
  return self->undo_toast;
}
