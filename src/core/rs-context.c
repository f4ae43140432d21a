/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-context"

#include "config.h"

#include "rs-context.h"
#include "rs-database-location.h"
#include "rs-cycle-check.h"

struct _RsContext
{
  GObject     parent_instance;

  RsDatabase *database;
  GSettings  *settings;
};

G_DEFINE_FINAL_TYPE (RsContext, rs_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rs_context_dispose (GObject *object)
{
  RsContext *self = (RsContext *) object;

  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rs_context_parent_class)->dispose (object);
}

static void
rs_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RsContext *self = RS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RsContext *self = RS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      rs_context_set_database (self, g_value_get_object (value));
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_context_class_init (RsContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rs_context_dispose;
  object_class->get_property = rs_context_get_property;
  object_class->set_property = rs_context_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, RS_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_context_init (RsContext *self)
{
}

RsContext *
rs_context_new (RsDatabase *database,
                GSettings  *settings)
{
  return g_object_new (RS_TYPE_CONTEXT, "database", database, "settings", settings, NULL);
}

RsDatabase *
rs_context_get_database (RsContext *self)
{
  g_return_val_if_fail (RS_IS_CONTEXT (self), NULL);
  return self->database;
}

void
rs_context_set_database (RsContext  *self,
                         RsDatabase *database)
{
  g_return_if_fail (RS_IS_CONTEXT (self));
  if (g_set_object (&self->database, database))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

GSettings *
rs_context_get_settings (RsContext *self)
{
  g_return_val_if_fail (RS_IS_CONTEXT (self), NULL);
  return self->settings;
}

int
rs_context_get_min_hearing_days (RsContext *self)
{
  g_return_val_if_fail (RS_IS_CONTEXT (self), RS_DEFAULT_MIN_HEARING_DAYS);
  return self->settings ? g_settings_get_int (self->settings, "min-hearing-days")
                        : RS_DEFAULT_MIN_HEARING_DAYS;
}

int
rs_context_get_small_cell_limit (RsContext *self)
{
  g_return_val_if_fail (RS_IS_CONTEXT (self), 5);
  return self->settings ? g_settings_get_int (self->settings, "small-cell-limit") : 5;
}

static void
open_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  g_autofree char *default_path = rs_database_default_path ();
  RsDatabaseOpenFlags flags = RS_DATABASE_OPEN_DEFAULT;
  RsDatabase *db;

  /* A file the user names (or the default one, on the first start) is
   * created when missing, as "New Database…" and `--db FILE --sample`
   * expect; a server's database is made with `raadslag-cli db init`. */
  if (!rs_database_location_is_server (task_data))
    flags = RS_DATABASE_OPEN_CREATE;
  if (g_strcmp0 (task_data, default_path) == 0)
    flags |= RS_DATABASE_OPEN_CREATE_FOLDER;
  db = rs_database_open_location (task_data, flags, &error);

  if (db == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, db, g_object_unref);
}

/* Opens (and if needed upgrades) a database file off the calling thread. */
void
rs_context_open_database_async (RsContext          *self,
                                const char         *path,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, rs_context_open_database_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, open_in_thread);
}

RsDatabase *
rs_context_open_database_finish (RsContext    *self,
                                 GAsyncResult *result,
                                 GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
