/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define RS_JSON_SCHEMA_ERROR (rs_json_schema_error_quark ())

typedef enum
{
  RS_JSON_SCHEMA_ERROR_INVALID,      /* the instance does not match */
  RS_JSON_SCHEMA_ERROR_UNSUPPORTED,  /* the schema uses a keyword we do not check */
} RsJsonSchemaError;

GQuark   rs_json_schema_error_quark (void);

/* Validates @instance against @schema using the subset of JSON Schema
 * (draft 2020-12 / draft-07) that Rådslag's shipped schemas use: type
 * (also as a list), properties, required, additionalProperties (boolean or
 * schema), items, enum, const, minimum, maximum, minLength, maxLength,
 * minItems, pattern, and local $ref into "#/$defs/…" or "#/definitions/…".
 * Annotations (title, description, format, $id, $schema, $comment, default,
 * examples) are accepted and ignored; any other keyword is an error, so a
 * schema never silently asks for more than is checked. The error names the
 * JSON pointer of the first mismatch. */
gboolean rs_json_schema_validate    (JsonNode  *schema,
                                     JsonNode  *instance,
                                     GError   **error);

G_END_DECLS
