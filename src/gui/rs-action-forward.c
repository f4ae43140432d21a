/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-action-forward"

#include "config.h"

#include <string.h>

#include "rs-action-forward.h"

static void
activate_cb (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GWeakRef *owner_ref = user_data;
  g_autoptr(GtkWidget) owner = g_weak_ref_get (owner_ref);
  const char *full_name = g_object_get_data (G_OBJECT (action), "full-name");

  if (owner != NULL)
    gtk_widget_activate_action_variant (owner, full_name, parameter);
}

static void
weak_ref_free (gpointer data,
               GClosure *closure)
{
  g_weak_ref_clear (data);
  g_free (data);
}

void
rs_action_forward_insert (GtkWidget *owner,
                          GtkWidget *widget)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  GtkWidgetClass *klass;
  const char *action_name;
  const GVariantType *parameter_type;
  const char *property_name;
  GType action_owner;
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  klass = GTK_WIDGET_GET_CLASS (owner);
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &action_owner, &action_name, &parameter_type,
                                                  &property_name); i++)
    {
      const char *dot = strchr (action_name, '.');
      g_autofree char *prefix = NULL;
      GSimpleActionGroup *group;
      g_autoptr(GSimpleAction) action = NULL;
      GWeakRef *owner_ref;

      if (dot == NULL)
        continue;
      prefix = g_strndup (action_name, dot - action_name);
      group = g_hash_table_lookup (groups, prefix);
      if (group == NULL)
        {
          group = g_simple_action_group_new ();
          g_hash_table_insert (groups, g_strdup (prefix), group);
        }
      action = g_simple_action_new (dot + 1, parameter_type);
      g_object_set_data_full (G_OBJECT (action), "full-name", g_strdup (action_name), g_free);
      owner_ref = g_new0 (GWeakRef, 1);
      g_weak_ref_init (owner_ref, owner);
      g_signal_connect_data (action, "activate", G_CALLBACK (activate_cb), owner_ref, weak_ref_free, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    gtk_widget_insert_action_group (widget, key, value);
}
