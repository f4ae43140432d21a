/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-json-schema"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rs-json-schema.h"

G_DEFINE_QUARK (rs-json-schema-error-quark, rs_json_schema_error)

static const char * const known_keywords[] = {
  "type", "properties", "required", "additionalProperties", "items", "enum", "const", "minimum",
  "maximum", "minLength", "maxLength", "minItems", "pattern", "$ref", "$defs", "definitions",
  "title", "description", "format", "$id", "$schema", "$comment", "default", "examples", NULL,
};

static gboolean validate (JsonNode   *root,
                          JsonNode   *schema,
                          JsonNode   *instance,
                          const char *path,
                          int         depth,
                          GError    **error);

static gboolean
fail (GError    **error,
      const char *path,
      const char *message)
{
  g_set_error (error, RS_JSON_SCHEMA_ERROR, RS_JSON_SCHEMA_ERROR_INVALID,
               /* Translators: %s is a JSON pointer like /recommendations/2/title */
               _("%s: %s"), *path ? path : "/", message);
  return FALSE;
}

static const char *
type_of (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return "object";
    case JSON_NODE_ARRAY:
      return "array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return "string";
        case G_TYPE_BOOLEAN:
          return "boolean";
        case G_TYPE_DOUBLE:
          return "number";
        default:
          return "integer";
        }
    }
}

static gboolean
type_matches (const char *want,
              JsonNode   *node)
{
  const char *have = type_of (node);

  if (g_str_equal (want, have))
    return TRUE;
  if (g_str_equal (want, "number") && g_str_equal (have, "integer"))
    return TRUE;
  /* 2.0 is an integer in JSON Schema. */
  if (g_str_equal (want, "integer") && g_str_equal (have, "number"))
    {
      double v = json_node_get_double (node);
      return v == (double) (gint64) v;
    }
  return FALSE;
}

static double
number_of (JsonNode *node)
{
  return json_node_get_value_type (node) == G_TYPE_DOUBLE ? json_node_get_double (node)
                                                          : (double) json_node_get_int (node);
}

static gboolean
nodes_equal (JsonNode *a,
             JsonNode *b)
{
  if (JSON_NODE_HOLDS_VALUE (a) && JSON_NODE_HOLDS_VALUE (b) &&
      g_str_equal (type_of (a), "string") != g_str_equal (type_of (b), "string"))
    return FALSE;
  return json_node_equal (a, b);
}

static JsonNode *
resolve_ref (JsonNode   *root,
             const char *ref)
{
  g_auto(GStrv) parts = NULL;
  JsonNode *node = root;

  if (!g_str_has_prefix (ref, "#/"))
    return NULL;
  parts = g_strsplit (ref + 2, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          !json_object_has_member (json_node_get_object (node), parts[i]))
        return NULL;
      node = json_object_get_member (json_node_get_object (node), parts[i]);
    }
  return node;
}

static gboolean
validate_object (JsonNode   *root,
                 JsonObject *s,
                 JsonObject *obj,
                 const char *path,
                 int         depth,
                 GError    **error)
{
  JsonObject *props = NULL;
  JsonNode *additional = NULL;
  g_autoptr(GList) members = NULL;

  if (json_object_has_member (s, "required"))
    {
      JsonArray *req = json_object_get_array_member (s, "required");
      for (guint i = 0; req && i < json_array_get_length (req); i++)
        {
          const char *name = json_array_get_string_element (req, i);
          if (!json_object_has_member (obj, name))
            {
              g_autofree char *msg = g_strdup_printf (_("the required member “%s” is missing"), name);
              return fail (error, path, msg);
            }
        }
    }
  if (json_object_has_member (s, "properties"))
    props = json_object_get_object_member (s, "properties");
  if (json_object_has_member (s, "additionalProperties"))
    additional = json_object_get_member (s, "additionalProperties");

  members = json_object_get_members (obj);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      g_autofree char *child = g_strdup_printf ("%s/%s", path, name);
      JsonNode *value = json_object_get_member (obj, name);

      if (props != NULL && json_object_has_member (props, name))
        {
          if (!validate (root, json_object_get_member (props, name), value, child, depth + 1, error))
            return FALSE;
        }
      else if (additional != NULL)
        {
          if (JSON_NODE_HOLDS_VALUE (additional) &&
              json_node_get_value_type (additional) == G_TYPE_BOOLEAN)
            {
              if (!json_node_get_boolean (additional))
                {
                  g_autofree char *msg = g_strdup_printf (_("the member “%s” is not allowed"), name);
                  return fail (error, path, msg);
                }
            }
          else if (!validate (root, additional, value, child, depth + 1, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
validate (JsonNode   *root,
          JsonNode   *schema,
          JsonNode   *instance,
          const char *path,
          int         depth,
          GError    **error)
{
  JsonObject *s;
  g_autoptr(GList) keys = NULL;

  if (depth > 64)
    return fail (error, path, _("the schema nests too deeply"));
  if (JSON_NODE_HOLDS_VALUE (schema) && json_node_get_value_type (schema) == G_TYPE_BOOLEAN)
    return json_node_get_boolean (schema) ? TRUE : fail (error, path, _("no value is allowed here"));
  if (!JSON_NODE_HOLDS_OBJECT (schema))
    {
      g_set_error (error, RS_JSON_SCHEMA_ERROR, RS_JSON_SCHEMA_ERROR_UNSUPPORTED,
                   _("The schema at %s is not an object."), *path ? path : "/");
      return FALSE;
    }
  s = json_node_get_object (schema);

  keys = json_object_get_members (s);
  for (GList *l = keys; l != NULL; l = l->next)
    if (!g_strv_contains (known_keywords, l->data))
      {
        g_set_error (error, RS_JSON_SCHEMA_ERROR, RS_JSON_SCHEMA_ERROR_UNSUPPORTED,
                     _("The schema keyword “%s” is not supported."), (const char *) l->data);
        return FALSE;
      }

  if (json_object_has_member (s, "$ref"))
    {
      const char *ref = json_object_get_string_member (s, "$ref");
      JsonNode *target = ref ? resolve_ref (root, ref) : NULL;
      if (target == NULL)
        {
          g_set_error (error, RS_JSON_SCHEMA_ERROR, RS_JSON_SCHEMA_ERROR_UNSUPPORTED,
                       _("The schema reference “%s” cannot be resolved."), ref ? ref : "");
          return FALSE;
        }
      if (!validate (root, target, instance, path, depth + 1, error))
        return FALSE;
    }

  if (json_object_has_member (s, "type"))
    {
      JsonNode *type = json_object_get_member (s, "type");
      gboolean ok = FALSE;

      if (JSON_NODE_HOLDS_ARRAY (type))
        {
          JsonArray *types = json_node_get_array (type);
          for (guint i = 0; !ok && i < json_array_get_length (types); i++)
            ok = type_matches (json_array_get_string_element (types, i), instance);
        }
      else
        ok = type_matches (json_node_get_string (type), instance);
      if (!ok)
        {
          g_autofree char *msg = g_strdup_printf (_("a value of type %s is not allowed here"),
                                                  type_of (instance));
          return fail (error, path, msg);
        }
    }

  if (json_object_has_member (s, "enum"))
    {
      JsonArray *values = json_object_get_array_member (s, "enum");
      gboolean found = FALSE;
      for (guint i = 0; !found && values && i < json_array_get_length (values); i++)
        found = nodes_equal (json_array_get_element (values, i), instance);
      if (!found)
        return fail (error, path, _("the value is not one of those allowed"));
    }
  if (json_object_has_member (s, "const") &&
      !nodes_equal (json_object_get_member (s, "const"), instance))
    return fail (error, path, _("the value differs from the one required"));

  if (g_str_equal (type_of (instance), "integer") || g_str_equal (type_of (instance), "number"))
    {
      double v = number_of (instance);
      if (json_object_has_member (s, "minimum") && v < json_object_get_double_member (s, "minimum"))
        return fail (error, path, _("the number is below the minimum"));
      if (json_object_has_member (s, "maximum") && v > json_object_get_double_member (s, "maximum"))
        return fail (error, path, _("the number is above the maximum"));
    }

  if (g_str_equal (type_of (instance), "string"))
    {
      const char *text = json_node_get_string (instance);
      glong len = g_utf8_strlen (text, -1);

      if (json_object_has_member (s, "minLength") && len < json_object_get_int_member (s, "minLength"))
        return fail (error, path, _("the text is too short"));
      if (json_object_has_member (s, "maxLength") && len > json_object_get_int_member (s, "maxLength"))
        return fail (error, path, _("the text is too long"));
      if (json_object_has_member (s, "pattern"))
        {
          g_autoptr(GRegex) re = g_regex_new (json_object_get_string_member (s, "pattern"), 0, 0, NULL);
          if (re == NULL)
            {
              g_set_error (error, RS_JSON_SCHEMA_ERROR, RS_JSON_SCHEMA_ERROR_UNSUPPORTED,
                           _("The schema pattern at %s is not a valid expression."),
                           *path ? path : "/");
              return FALSE;
            }
          if (!g_regex_match (re, text, 0, NULL))
            return fail (error, path, _("the text does not have the required form"));
        }
    }

  if (JSON_NODE_HOLDS_ARRAY (instance))
    {
      JsonArray *array = json_node_get_array (instance);

      if (json_object_has_member (s, "minItems") &&
          json_array_get_length (array) < (guint) json_object_get_int_member (s, "minItems"))
        return fail (error, path, _("the list has too few items"));
      if (json_object_has_member (s, "items"))
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            g_autofree char *child = g_strdup_printf ("%s/%u", path, i);
            if (!validate (root, json_object_get_member (s, "items"),
                           json_array_get_element (array, i), child, depth + 1, error))
              return FALSE;
          }
    }

  if (JSON_NODE_HOLDS_OBJECT (instance))
    return validate_object (root, s, json_node_get_object (instance), path, depth, error);
  return TRUE;
}

gboolean
rs_json_schema_validate (JsonNode  *schema,
                         JsonNode  *instance,
                         GError   **error)
{
  g_return_val_if_fail (schema != NULL, FALSE);
  g_return_val_if_fail (instance != NULL, FALSE);
  return validate (schema, schema, instance, "", 0, error);
}
