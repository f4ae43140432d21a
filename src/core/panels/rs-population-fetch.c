/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-population-fetch"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-municipalities.h"
#include "rs-population.h"

/* What to ask each table for; every variable id and code is checked against
 * the table's tableinfo before the data request (SCHEMA_DRIFT otherwise). */
static const struct
{
  const char *table;
  const char *area;
  const char *detail;           /* variable whose values we choose */
  const char *detail_values[6]; /* NULL-terminated; empty means "*" */
  gboolean    by_age;
} tables[] = {
  { "FOLK1A", "OMRÅDE", "KØN", { "1", "2", NULL }, TRUE },
  { "FOLK1E", "OMRÅDE", "HERKOMST", { "1", "24", "25", "34", "35", NULL }, TRUE },
  { "RAS210", "BOPKOM", "SOCIO", { NULL }, FALSE },
};

#define N_STEPS (G_N_ELEMENTS (tables) * 2 + 1)

typedef struct
{
  RsDstClient          *client;
  RsDatabase           *db;
  char                 *municipality;
  RsPopulationProgress  progress;
  gpointer              progress_data;
  guint                 step;
  GPtrArray            *benchmarks;
  char                 *request;
  char                 *footnote;
} FetchData;

static void
fetch_data_free (FetchData *data)
{
  g_object_unref (data->client);
  g_object_unref (data->db);
  g_free (data->municipality);
  g_ptr_array_unref (data->benchmarks);
  g_free (data->request);
  g_free (data->footnote);
  g_free (data);
}

static void next_step (GTask *task);

/* The answers are untrusted: these read a member only when it has the
 * expected type (NULL otherwise), so nothing raises a json-glib critical. */
static JsonObject *
object_element (JsonArray *array,
                guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
boolean_member (JsonObject *object,
                const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN &&
         json_node_get_boolean (node);
}

static JsonObject *
find_variable (JsonArray  *variables,
               const char *id,
               gboolean    time)
{
  for (guint i = 0; i < json_array_get_length (variables); i++)
    {
      JsonObject *v = object_element (variables, i);
      if (v == NULL)
        continue;
      if ((id && g_strcmp0 (string_member (v, "id"), id) == 0) ||
          (!id && time && boolean_member (v, "time")))
        return v;
    }
  return NULL;
}

static gboolean
has_value (JsonObject *variable,
           const char *code)
{
  JsonNode *node = json_object_get_member (variable, "values");
  JsonArray *values = node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

  for (guint i = 0; values && i < json_array_get_length (values); i++)
    {
      JsonObject *v = object_element (values, i);
      if (v && g_strcmp0 (string_member (v, "id"), code) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
add_variable (JsonBuilder        *builder,
              const char         *code,
              const char * const *values)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "values");
  json_builder_begin_array (builder);
  for (guint i = 0; values[i]; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Checks the tableinfo answer and builds the data request. */
static JsonNode *
build_data_request (FetchData  *data,
                    guint       t,
                    JsonNode   *info,
                    GError    **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  static const char * const all[] = { "*", NULL };
  static const char * const latest[] = { "(1)", NULL };
  const char *muni[] = { data->municipality, NULL };
  JsonObject *root, *variable, *time, *footnote;
  JsonArray *variables;
  JsonNode *body;

  if (!JSON_NODE_HOLDS_OBJECT (info) ||
      !json_object_has_member (json_node_get_object (info), "variables") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (info), "variables")))
    {
      g_set_error (error, RS_DST_ERROR, RS_DST_ERROR_PROTOCOL,
                   _("Statistics Denmark’s description of table %s has no variables."), tables[t].table);
      return NULL;
    }
  root = json_node_get_object (info);
  variables = json_object_get_array_member (root, "variables");
  time = find_variable (variables, NULL, TRUE);
  if (time == NULL || string_member (time, "id") == NULL)
    {
      g_set_error (error, RS_DST_ERROR, RS_DST_ERROR_SCHEMA_DRIFT,
                   _("Table %s has no time variable any more."), tables[t].table);
      return NULL;
    }
  for (guint k = 0; k < 3; k++)
    {
      const char *id = k == 0 ? tables[t].area : k == 1 ? tables[t].detail : "ALDER";
      if (k == 2 && !tables[t].by_age)
        continue;
      variable = find_variable (variables, id, FALSE);
      if (variable == NULL)
        {
          g_set_error (error, RS_DST_ERROR, RS_DST_ERROR_SCHEMA_DRIFT,
                       _("Table %s no longer has the variable %s; Rådslag cannot build targets from it."),
                       tables[t].table, id);
          return NULL;
        }
      if (k == 0 && !has_value (variable, data->municipality))
        {
          g_set_error (error, RS_DST_ERROR, RS_DST_ERROR_SCHEMA_DRIFT,
                       _("Table %s has no figures for municipality %s."), tables[t].table,
                       data->municipality);
          return NULL;
        }
      for (guint v = 0; k == 1 && tables[t].detail_values[v]; v++)
        if (!has_value (variable, tables[t].detail_values[v]))
          {
            g_set_error (error, RS_DST_ERROR, RS_DST_ERROR_SCHEMA_DRIFT,
                         _("Table %s no longer has the code %s in variable %s."), tables[t].table,
                         tables[t].detail_values[v], id);
            return NULL;
          }
    }
  footnote = json_object_has_member (root, "footnote") &&
             JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "footnote"))
             ? json_object_get_object_member (root, "footnote") : NULL;
  g_clear_pointer (&data->footnote, g_free);
  if (footnote && boolean_member (footnote, "mandatory"))
    data->footnote = g_strdup (string_member (footnote, "text") ? string_member (footnote, "text") : "");

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "table");
  json_builder_add_string_value (builder, tables[t].table);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "JSONSTAT");
  json_builder_set_member_name (builder, "lang");
  json_builder_add_string_value (builder, "da");
  json_builder_set_member_name (builder, "valuePresentation");
  json_builder_add_string_value (builder, "Code");
  json_builder_set_member_name (builder, "variables");
  json_builder_begin_array (builder);
  add_variable (builder, tables[t].area, muni);
  add_variable (builder, tables[t].detail, tables[t].detail_values[0] ? tables[t].detail_values : all);
  if (tables[t].by_age)
    add_variable (builder, "ALDER", all);
  add_variable (builder, string_member (time, "id"), latest);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);
  json_generator_set_root (generator, body);
  g_free (data->request);
  data->request = json_generator_to_data (generator, NULL);
  return body;
}

static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!rs_database_run_finish_boolean (RS_DATABASE (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static gpointer
store_job (RsDatabase   *db,
           gpointer      job_data,
           GCancellable *cancellable,
           GError      **error)
{
  return rs_population_store (db, job_data, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
post_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GTask *task = user_data;
  FetchData *data = g_task_get_task_data (task);
  guint t = data->step / 2;
  GError *error = NULL;
  g_autoptr(JsonNode) answer = rs_dst_client_post_finish (RS_DST_CLIENT (source), result, &error);

  if (answer == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  if (data->step % 2 == 0)
    {
      g_autoptr(JsonNode) body = build_data_request (data, t, answer, &error);
      if (body == NULL)
        {
          g_task_return_error (task, error);
          g_object_unref (task);
          return;
        }
      data->step++;
      if (data->progress)
        data->progress ((double) data->step / N_STEPS, tables[t].table, data->progress_data);
      rs_dst_client_post_async (data->client, "data", body, g_task_get_cancellable (task), post_cb, task);
      return;
    }
  else
    {
      g_autoptr(RsJsonStat) cube = rs_jsonstat_parse (answer, &error);
      RsBenchmark *bm = cube ? rs_population_aggregate (tables[t].table, data->municipality, cube, &error) : NULL;

      if (bm == NULL)
        {
          g_task_return_error (task, error);
          g_object_unref (task);
          return;
        }
      g_free (bm->request);
      bm->request = g_strdup (data->request);
      if (data->footnote)
        {
          g_free (bm->footnote);
          bm->footnote = g_strdup (data->footnote);
        }
      g_ptr_array_add (data->benchmarks, bm);
      data->step++;
      next_step (task);
    }
}

static void
next_step (GTask *task)
{
  FetchData *data = g_task_get_task_data (task);
  guint t = data->step / 2;

  if (data->progress)
    data->progress ((double) data->step / N_STEPS,
                    t < G_N_ELEMENTS (tables) ? tables[t].table : _("Saving"), data->progress_data);
  if (t < G_N_ELEMENTS (tables))
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) body = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "table");
      json_builder_add_string_value (builder, tables[t].table);
      json_builder_set_member_name (builder, "lang");
      json_builder_add_string_value (builder, "da");
      json_builder_set_member_name (builder, "format");
      json_builder_add_string_value (builder, "JSON");
      json_builder_end_object (builder);
      body = json_builder_get_root (builder);
      rs_dst_client_post_async (data->client, "tableinfo", body, g_task_get_cancellable (task),
                                post_cb, task);
      return;
    }
  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      g_task_return_new_error (task, RS_DST_ERROR, RS_DST_ERROR_CANCELLED,
                               _("The request to Statistics Denmark was cancelled."));
      g_object_unref (task);
      return;
    }
  rs_database_run_async (data->db, store_job, g_ptr_array_ref (data->benchmarks),
                         (GDestroyNotify) g_ptr_array_unref, NULL,
                         g_task_get_cancellable (task), stored_cb, task);
}

void
rs_population_fetch_async (RsDstClient          *client,
                           RsDatabase           *db,
                           const char           *municipality_code,
                           RsPopulationProgress  progress,
                           gpointer              progress_data,
                           GCancellable         *cancellable,
                           GAsyncReadyCallback   callback,
                           gpointer              user_data)
{
  GTask *task = g_task_new (client, cancellable, callback, user_data);
  const RsMunicipality *m = rs_municipality_lookup (municipality_code);
  FetchData *data;

  g_task_set_source_tag (task, rs_population_fetch_async);
  g_task_set_check_cancellable (task, FALSE);
  if (m == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("“%s” is not a Danish municipality code."),
                               municipality_code ? municipality_code : "");
      g_object_unref (task);
      return;
    }
  data = g_new0 (FetchData, 1);
  data->client = g_object_ref (client);
  data->db = g_object_ref (db);
  data->municipality = g_strdup (m->code);
  data->progress = progress;
  data->progress_data = progress_data;
  data->benchmarks = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_benchmark_free);
  g_task_set_task_data (task, data, (GDestroyNotify) fetch_data_free);
  next_step (task);
}

gboolean
rs_population_fetch_finish (GAsyncResult *result,
                            GError      **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}
