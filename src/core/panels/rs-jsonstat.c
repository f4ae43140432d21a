/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-jsonstat"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-dst-client.h"
#include "rs-jsonstat.h"

void
rs_jsonstat_free (RsJsonStat *cube)
{
  if (cube == NULL)
    return;
  g_free (cube->table_id);
  g_free (cube->updated);
  for (guint i = 0; i < cube->n_dims; i++)
    {
      if (cube->codes)
        g_clear_pointer (&cube->codes[i], g_ptr_array_unref);
      if (cube->labels)
        g_clear_pointer (&cube->labels[i], g_ptr_array_unref);
    }
  g_strfreev (cube->dim_ids);
  g_free (cube->sizes);
  g_free (cube->codes);
  g_free (cube->labels);
  g_free (cube->values);
  g_free (cube->missing);
  g_free (cube);
}

static gboolean
fail (GError    **error,
      const char *what)
{
  g_set_error (error, RS_DST_ERROR, RS_DST_ERROR_PROTOCOL,
               _("The JSON-stat answer is malformed: %s."), what);
  return FALSE;
}

static JsonObject *
object_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static gboolean
read_category (RsJsonStat *cube,
               guint       d,
               JsonObject *dimension,
               GError    **error)
{
  JsonObject *category = object_member (dimension, "category");
  JsonNode *index = category ? json_object_get_member (category, "index") : NULL;
  JsonObject *labels = object_member (category, "label");
  guint size = cube->sizes[d];
  char **codes = g_new0 (char *, size + 1);

  cube->codes[d] = g_ptr_array_new_with_free_func (g_free);
  cube->labels[d] = g_ptr_array_new_with_free_func (g_free);
  if (category == NULL)
    {
      g_strfreev (codes);
      return fail (error, "a dimension has no category");
    }
  if (index && JSON_NODE_HOLDS_OBJECT (index))
    {
      JsonObject *object = json_node_get_object (index);
      g_autoptr(GList) members = json_object_get_members (object);
      for (GList *l = members; l; l = l->next)
        {
          gint64 pos = json_object_get_int_member_with_default (object, l->data, -1);
          if (pos < 0 || pos >= size || codes[pos] != NULL)
            {
              g_strfreev (codes);
              return fail (error, "a category index is out of range");
            }
          codes[pos] = g_strdup (l->data);
        }
    }
  else if (index && JSON_NODE_HOLDS_ARRAY (index))
    {
      JsonArray *array = json_node_get_array (index);
      for (guint i = 0; i < json_array_get_length (array) && i < size; i++)
        codes[i] = g_strdup (json_array_get_string_element (array, i));
    }
  else if (index == NULL && labels && json_object_get_size (labels) == 1 && size == 1)
    {
      g_autoptr(GList) members = json_object_get_members (labels);
      codes[0] = g_strdup (members->data);
    }
  for (guint i = 0; i < size; i++)
    {
      const char *label;
      if (codes[i] == NULL)
        {
          g_strfreev (codes);
          return fail (error, "a dimension’s categories do not match its size");
        }
      label = labels ? json_object_get_string_member_with_default (labels, codes[i], codes[i]) : codes[i];
      g_ptr_array_add (cube->codes[d], codes[i]);
      g_ptr_array_add (cube->labels[d], g_strdup (label));
    }
  g_free (codes);
  return TRUE;
}

RsJsonStat *
rs_jsonstat_parse (JsonNode *root,
                   GError  **error)
{
  g_autoptr(RsJsonStat) cube = g_new0 (RsJsonStat, 1);
  JsonObject *top, *dataset, *dimension, *holder, *ext;
  JsonArray *ids, *sizes;
  JsonNode *value;
  gsize product = 1;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail (error, "the top level is not an object"), NULL;
  top = json_node_get_object (root);
  dataset = object_member (top, "dataset");
  if (dataset == NULL && g_strcmp0 (json_object_get_string_member_with_default (top, "class", ""), "dataset") == 0)
    dataset = top;
  if (dataset == NULL)
    return fail (error, "there is no dataset"), NULL;
  dimension = object_member (dataset, "dimension");
  if (dimension == NULL)
    return fail (error, "the dataset has no dimensions"), NULL;
  holder = json_object_has_member (dimension, "id") ? dimension : dataset;
  ids = array_member (holder, "id");
  sizes = array_member (holder, "size");
  if (ids == NULL || sizes == NULL || json_array_get_length (ids) != json_array_get_length (sizes) ||
      json_array_get_length (ids) == 0)
    return fail (error, "the dimension ids and sizes do not match"), NULL;

  cube->n_dims = json_array_get_length (ids);
  cube->dim_ids = g_new0 (char *, cube->n_dims + 1);
  cube->sizes = g_new0 (guint, cube->n_dims);
  cube->codes = g_new0 (GPtrArray *, cube->n_dims);
  cube->labels = g_new0 (GPtrArray *, cube->n_dims);
  for (guint d = 0; d < cube->n_dims; d++)
    {
      JsonNode *id = json_array_get_element (ids, d);
      JsonNode *size = json_array_get_element (sizes, d);
      JsonObject *dim;

      if (!JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_STRING ||
          !JSON_NODE_HOLDS_VALUE (size) || json_node_get_value_type (size) != G_TYPE_INT64 ||
          json_node_get_int (size) <= 0)
        return fail (error, "a dimension id or size has the wrong type"), NULL;
      cube->dim_ids[d] = g_strdup (json_node_get_string (id));
      cube->sizes[d] = (guint) json_node_get_int (size);
      product *= cube->sizes[d];
      dim = object_member (dimension, cube->dim_ids[d]);
      if (dim == NULL)
        return fail (error, "a dimension named in “id” is missing"), NULL;
      if (!read_category (cube, d, dim, error))
        return NULL;
    }

  cube->n_values = product;
  cube->values = g_new0 (double, product);
  cube->missing = g_new0 (guint8, product);
  value = json_object_get_member (dataset, "value");
  if (value && JSON_NODE_HOLDS_ARRAY (value))
    {
      JsonArray *array = json_node_get_array (value);
      if (json_array_get_length (array) != product)
        return fail (error, "the number of values does not match the dimensions"), NULL;
      for (gsize i = 0; i < product; i++)
        {
          JsonNode *cell = json_array_get_element (array, i);
          if (JSON_NODE_HOLDS_NULL (cell))
            cube->missing[i] = 1;
          else if (JSON_NODE_HOLDS_VALUE (cell) && (json_node_get_value_type (cell) == G_TYPE_INT64 ||
                                                    json_node_get_value_type (cell) == G_TYPE_DOUBLE))
            cube->values[i] = json_node_get_double (cell);
          else
            return fail (error, "a value is not a number"), NULL;
        }
    }
  else if (value && JSON_NODE_HOLDS_OBJECT (value))
    {
      JsonObject *object = json_node_get_object (value);
      g_autoptr(GList) members = json_object_get_members (object);
      memset (cube->missing, 1, product);
      for (GList *l = members; l; l = l->next)
        {
          gint64 pos = g_ascii_strtoll (l->data, NULL, 10);
          JsonNode *cell = json_object_get_member (object, l->data);
          if (pos < 0 || (gsize) pos >= product)
            return fail (error, "a value position is out of range"), NULL;
          if (!JSON_NODE_HOLDS_NULL (cell))
            {
              cube->values[pos] = json_node_get_double (cell);
              cube->missing[pos] = 0;
            }
        }
    }
  else
    return fail (error, "the dataset has no values"), NULL;

  cube->updated = g_strdup (json_object_get_string_member_with_default (dataset, "updated", ""));
  ext = object_member (object_member (dataset, "extension"), "px");
  if (ext && json_object_has_member (ext, "tableid"))
    cube->table_id = g_strdup (json_object_get_string_member_with_default (ext, "tableid", ""));
  else
    {
      int d = rs_jsonstat_dim_index (cube, "ContentsCode");
      cube->table_id = g_strdup (d >= 0 ? g_ptr_array_index (cube->codes[d], 0) : "");
    }
  return g_steal_pointer (&cube);
}

RsJsonStat *
rs_jsonstat_parse_data (const char *data,
                        gssize      length,
                        GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;

  if (!json_parser_load_from_data (parser, data, length, &local))
    {
      g_set_error (error, RS_DST_ERROR, RS_DST_ERROR_PROTOCOL,
                   _("The JSON-stat answer is malformed: %s."), local->message);
      return NULL;
    }
  return rs_jsonstat_parse (json_parser_get_root (parser), error);
}

int
rs_jsonstat_dim_index (RsJsonStat *cube,
                       const char *dim_id)
{
  for (guint d = 0; d < cube->n_dims; d++)
    if (g_strcmp0 (cube->dim_ids[d], dim_id) == 0)
      return (int) d;
  return -1;
}

void
rs_jsonstat_cell_position (RsJsonStat *cube,
                           gsize       cell,
                           guint      *positions)
{
  for (int d = (int) cube->n_dims - 1; d >= 0; d--)
    {
      positions[d] = cell % cube->sizes[d];
      cell /= cube->sizes[d];
    }
}

gssize
rs_jsonstat_find_cell (RsJsonStat         *cube,
                       const char * const *codes)
{
  gsize flat = 0;

  for (guint d = 0; d < cube->n_dims; d++)
    {
      guint pos;
      if (!g_ptr_array_find_with_equal_func (cube->codes[d], codes[d], g_str_equal, &pos))
        return -1;
      flat = flat * cube->sizes[d] + pos;
    }
  return (gssize) flat;
}
