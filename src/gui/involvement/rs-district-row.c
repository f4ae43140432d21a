/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-district-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-district-row.h"

struct _RsDistrictRow
{
  AdwComboRow       parent_instance;

  RsDatabase       *db;
  RsDistrictRecord  kind;
  gint64            id;
  GCancellable     *cancellable;
  GStrv             districts;   /* "" first: none */
  char             *initial;     /* the record's district as read */
  gboolean          ready;
  gboolean          keep_visible;

  /* Template widgets */
  GtkStringList    *names_model;
};

G_DEFINE_FINAL_TYPE (RsDistrictRow, rs_district_row, ADW_TYPE_COMBO_ROW)

static void
choice_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RsDistrictRow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RsDistrictChoice) choice = rs_district_choice_load_finish (RS_DATABASE (source), result, &error);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  gboolean listed;
  guint n_old;

  if (choice == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read the districts: %s", error->message);
      return;
    }
  g_strv_builder_add (names, "");
  listed = *choice->current == '\0';
  for (guint i = 0; choice->names[i] != NULL; i++)
    {
      g_strv_builder_add (names, choice->names[i]);
      listed |= g_str_equal (choice->names[i], choice->current);
    }
  if (!listed)
    g_strv_builder_add (names, choice->current);
  g_strfreev (self->districts);
  self->districts = g_strv_builder_end (names);
  g_free (self->initial);
  self->initial = g_strdup (choice->current);

  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->names_model));
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    g_ptr_array_add (labels, (gpointer) _("None"));
    for (guint i = 1; self->districts[i] != NULL; i++)
      g_ptr_array_add (labels, self->districts[i]);
    g_ptr_array_add (labels, NULL);
    gtk_string_list_splice (self->names_model, 0, n_old, (const char * const *) labels->pdata);
  }
  self->ready = TRUE;
  rs_district_row_set_district (self, self->initial);
  gtk_widget_set_visible (GTK_WIDGET (self), self->keep_visible || g_strv_length (self->districts) > 1);
}

void
rs_district_row_load (RsDistrictRow    *self,
                      RsDatabase       *db,
                      gint64            process_id,
                      RsDistrictRecord  kind,
                      gint64            id)
{
  g_return_if_fail (RS_IS_DISTRICT_ROW (self));
  g_return_if_fail (RS_IS_DATABASE (db));
  g_set_object (&self->db, db);
  self->kind = kind;
  self->id = id;
  self->ready = FALSE;
  rs_district_choice_load_async (db, process_id, kind, id, 0, self->cancellable, choice_cb,
                                 g_object_ref (self));
}

void
rs_district_row_keep_visible (RsDistrictRow *self)
{
  g_return_if_fail (RS_IS_DISTRICT_ROW (self));
  self->keep_visible = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

gboolean
rs_district_row_is_ready (RsDistrictRow *self)
{
  g_return_val_if_fail (RS_IS_DISTRICT_ROW (self), FALSE);
  return self->ready;
}

const char *
rs_district_row_get_district (RsDistrictRow *self)
{
  guint selected;

  g_return_val_if_fail (RS_IS_DISTRICT_ROW (self), "");
  if (self->districts == NULL)
    return self->initial ? self->initial : "";
  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  return selected < g_strv_length (self->districts) ? self->districts[selected] : "";
}

gboolean
rs_district_row_set_district (RsDistrictRow *self,
                              const char    *district)
{
  g_return_val_if_fail (RS_IS_DISTRICT_ROW (self), FALSE);
  for (guint i = 0; self->districts != NULL && self->districts[i] != NULL; i++)
    if (g_str_equal (self->districts[i], district ? district : ""))
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (self), i);
        return TRUE;
      }
  return FALSE;
}

gboolean
rs_district_row_get_changed (RsDistrictRow *self)
{
  g_return_val_if_fail (RS_IS_DISTRICT_ROW (self), FALSE);
  return self->ready && g_strcmp0 (rs_district_row_get_district (self), self->initial) != 0;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!rs_district_records_set_finish (RS_DATABASE (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
rs_district_row_save_async (RsDistrictRow       *self,
                            GArray              *ids,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RS_IS_DISTRICT_ROW (self));
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rs_district_row_save_async);
  /* A new record is stored with no district; an old one needs a write
   * only when the choice differs from what was read. */
  if (!rs_district_row_get_changed (self) || ids == NULL || ids->len == 0 || self->db == NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  rs_district_records_set_async (self->db, self->kind, ids, rs_district_row_get_district (self),
                                 cancellable, saved_cb, g_steal_pointer (&task));
}

gboolean
rs_district_row_save_finish (RsDistrictRow  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
rs_district_row_dispose (GObject *object)
{
  RsDistrictRow *self = RS_DISTRICT_ROW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->db);
  g_clear_pointer (&self->districts, g_strfreev);
  g_clear_pointer (&self->initial, g_free);
  G_OBJECT_CLASS (rs_district_row_parent_class)->dispose (object);
}

static void
rs_district_row_class_init (RsDistrictRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_district_row_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/rs-district-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RsDistrictRow, names_model);
}

static void
rs_district_row_init (RsDistrictRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}
