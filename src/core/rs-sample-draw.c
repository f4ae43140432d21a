/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sample"

#include "config.h"

#include <json-glib/json-glib.h>

#include "rs-sample.h"
#include "rs-sample-private.h"
#include "rs-selection-result.h"

#define SAMPLE_DRAW_AT   "2026-02-20T10:00:00Z"
#define SAMPLE_DRAW_SEED "2027"

static gboolean
add_pseudonyms (Sample      *s,
                JsonBuilder *b,
                const char  *sql,
                GArray      *ids,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = rs_database_query (s->db, error, sql, "i", s->panel_id);
  int rc;

  if (stmt == NULL)
    return FALSE;
  json_builder_begin_array (b);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      json_builder_add_string_value (b, (const char *) sqlite3_column_text (stmt, 1));
      g_array_append_val (ids, id);
    }
  json_builder_end_array (b);
  if (rc != SQLITE_DONE)
    return rs_database_set_error (s->db, rc, error);
  return TRUE;
}

/* The draw the sample's panel was made with, as a run in Earlier Draws:
 * its members (including the two who later dropped out), its reserve
 * list and a protocol. The sample's panel is a greedy quota fill, the
 * method LEXIMIN replaced, so the run says "legacy"; everything is fixed
 * (date, seed) so the sample stays deterministic. */
gboolean
_rs_sample_record_draw (Sample  *s,
                        GError **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) reserves = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *text = NULL;
  gint64 run_id;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, "raadslag-selection-protocol");
  json_builder_set_member_name (b, "created_at");
  json_builder_add_string_value (b, SAMPLE_DRAW_AT);
  json_builder_set_member_name (b, "algorithm");
  json_builder_add_string_value (b, rs_selection_algorithm_to_string (RS_SELECTION_LEGACY));
  json_builder_set_member_name (b, "algorithm_version");
  json_builder_add_string_value (b, RS_SELECTION_VERSION);
  json_builder_set_member_name (b, "note");
  json_builder_add_string_value (b, "Sample data: the panel was filled greedily value by value until every "
                                    "minimum was met, then reserves were listed in pool order.");
  json_builder_set_member_name (b, "seed");
  json_builder_add_string_value (b, SAMPLE_DRAW_SEED);
  json_builder_set_member_name (b, "seed_source");
  json_builder_add_string_value (b, "sample");
  json_builder_set_member_name (b, "panel_size");
  json_builder_add_int_value (b, RS_SAMPLE_PANEL_SIZE);
  json_builder_set_member_name (b, "members");
  if (!add_pseudonyms (s, b, "SELECT id, pseudonym FROM person WHERE panel_id = ? "
                             "AND status IN ('selected', 'dropped-out') ORDER BY id", members, error))
    return FALSE;
  json_builder_set_member_name (b, "reserves");
  if (!add_pseudonyms (s, b, "SELECT id, pseudonym FROM person WHERE panel_id = ? "
                             "AND status = 'reserve' ORDER BY id", reserves, error))
    return FALSE;
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  text = json_generator_to_data (gen, NULL);

  if (!rs_database_run (s->db, error,
                        "INSERT INTO selection_run (panel_id, algorithm, version, seed, protocol, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)", "itttt" "t", s->panel_id,
                        rs_selection_algorithm_to_string (RS_SELECTION_LEGACY), RS_SELECTION_VERSION,
                        SAMPLE_DRAW_SEED, text, SAMPLE_DRAW_AT))
    return FALSE;
  run_id = rs_database_last_insert_id (s->db);
  for (guint j = 0; j < members->len; j++)
    if (!rs_database_run (s->db, error, "INSERT INTO selection_member (run_id, person_id, role, rank) "
                                        "VALUES (?, ?, 'member', ?)", "iin", run_id,
                          g_array_index (members, gint64, j), (int) j + 1))
      return FALSE;
  for (guint j = 0; j < reserves->len; j++)
    if (!rs_database_run (s->db, error, "INSERT INTO selection_member (run_id, person_id, role, rank) "
                                        "VALUES (?, ?, 'reserve', ?)", "iin", run_id,
                          g_array_index (reserves, gint64, j), (int) j + 1))
      return FALSE;
  return TRUE;
}
