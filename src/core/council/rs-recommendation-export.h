/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* The recommendations of a process for the case system: JSON after
 * data/raadslag-recommendations.schema.json (shipped in the program too)
 * and CSV with one row per recommendation. Superseded recommendations are
 * left out; their lineage is in the JSON. No personal data. */
JsonNode *rs_recommendation_export_json      (RsDatabase  *db,
                                              gint64       process_id,
                                              GError     **error);
/* The shipped schema, parsed. */
JsonNode *rs_recommendation_export_schema    (GError     **error);
gboolean  rs_recommendation_export_validate  (JsonNode    *json,
                                              GError     **error);
char     *rs_recommendation_export_csv       (RsDatabase  *db,
                                              gint64       process_id,
                                              GError     **error);
/* Writes "json" (validated first) or "csv" to @path. */
gboolean  rs_recommendation_export_write     (RsDatabase  *db,
                                              gint64       process_id,
                                              const char  *format,
                                              const char  *path,
                                              GError     **error);

G_END_DECLS
