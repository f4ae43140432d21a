/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-jsonstat"

#include "config.h"

#include <math.h>
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

#define MAX_VALUE 1e12

/* Every member of an answer is untrusted: these return NULL (or FALSE)
 * for a member of another type instead of raising a critical. */
static const char *
string_node (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  return object ? string_node (json_object_get_member (object, name)) : NULL;
}

static gboolean
int_node (JsonNode *node,
          gint64   *out)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *out = json_node_get_int (node);
  return TRUE;
}

static gboolean
number_node (JsonNode *node,
             double   *out)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *out = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *out = json_node_get_double (node);
  else
    return FALSE;
  /* Counts; this bound keeps every sum of them within a gint64. */
  return isfinite (*out) && fabs (*out) <= MAX_VALUE;
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
  g_autoptr(GPtrArray) codes = NULL;

  if (category == NULL)
    return fail (error, "a dimension has no category");

  /* The codes by position; they move into the cube only when all are
   * there, so nothing is owned twice. */
  codes = g_ptr_array_new_full (size, g_free);
  if (index && JSON_NODE_HOLDS_OBJECT (index))
    {
      JsonObject *object = json_node_get_object (index);
      g_autoptr(GList) members = NULL;

      if (json_object_get_size (object) != size)
        return fail (error, "a dimension’s categories do not match its size");
      g_ptr_array_set_size (codes, size);
      members = json_object_get_members (object);
      for (GList *l = members; l; l = l->next)
        {
          gint64 pos = -1;
          if (!int_node (json_object_get_member (object, l->data), &pos) ||
              pos < 0 || pos >= size || g_ptr_array_index (codes, pos) != NULL)
            return fail (error, "a category index is out of range");
          g_ptr_array_index (codes, pos) = g_strdup (l->data);
        }
    }
  else if (index && JSON_NODE_HOLDS_ARRAY (index))
    {
      JsonArray *array = json_node_get_array (index);

      if (json_array_get_length (array) != size)
        return fail (error, "a dimension’s categories do not match its size");
      for (guint i = 0; i < size; i++)
        {
          const char *code = string_node (json_array_get_element (array, i));
          if (code == NULL)
            return fail (error, "a category code is not a string");
          g_ptr_array_add (codes, g_strdup (code));
        }
    }
  else if (index == NULL && labels && json_object_get_size (labels) == 1 && size == 1)
    {
      g_autoptr(GList) members = json_object_get_members (labels);
      g_ptr_array_add (codes, g_strdup (members->data));
    }
  else
    return fail (error, "a dimension’s categories do not match its size");

  cube->codes[d] = g_ptr_array_new_full (size, g_free);
  cube->labels[d] = g_ptr_array_new_full (size, g_free);
  for (guint i = 0; i < size; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      const char *label = string_member (labels, code);

      g_ptr_array_add (cube->codes[d], g_strdup (code));
      g_ptr_array_add (cube->labels[d], g_strdup (label ? label : code));
    }
  return TRUE;
}

/* Larger cubes are refused: Rådslag asks for one municipality, so its
 * answers hold a few thousand cells. */
#define MAX_CELLS (1 << 22)

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
  if (dataset == NULL && g_strcmp0 (string_member (top, "class"), "dataset") == 0)
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
      const char *id = string_node (json_array_get_element (ids, d));
      gint64 size = 0;
      JsonObject *dim;

      if (id == NULL || !int_node (json_array_get_element (sizes, d), &size))
        return fail (error, "a dimension id or size has the wrong type"), NULL;
      if (size <= 0 || size > MAX_CELLS || product * (gsize) size > MAX_CELLS)
        return fail (error, "a dimension size is out of range"), NULL;
      cube->dim_ids[d] = g_strdup (id);
      cube->sizes[d] = (guint) size;
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
          else if (!number_node (cell, &cube->values[i]))
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
          guint64 pos = 0;
          JsonNode *cell = json_object_get_member (object, l->data);
          if (!g_ascii_string_to_unsigned (l->data, 10, 0, product - 1, &pos, NULL))
            return fail (error, "a value position is out of range"), NULL;
          if (!JSON_NODE_HOLDS_NULL (cell))
            {
              if (!number_node (cell, &cube->values[pos]))
                return fail (error, "a value is not a number"), NULL;
              cube->missing[pos] = 0;
            }
        }
    }
  else
    return fail (error, "the dataset has no values"), NULL;

  cube->updated = g_strdup (string_member (dataset, "updated") ? string_member (dataset, "updated") : "");
  ext = object_member (object_member (dataset, "extension"), "px");
  if (string_member (ext, "tableid") != NULL)
    cube->table_id = g_strdup (string_member (ext, "tableid"));
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
