/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sample"

#include "config.h"

#include <json-glib/json-glib.h>

#include "rs-sample.h"
#include "rs-sample-private.h"
#include "rs-selection-result.h"
#include "rs-selection-store.h"

#define SAMPLE_DRAW_AT   "2026-02-20T10:00:00Z"
#define SAMPLE_DRAW_SEED "2027"

static gboolean
add_pseudonyms (Sample      *s,
                JsonBuilder *b,
                const char  *sql,
                const char  *stood_in_json,
                GArray      *ids,
                GError     **error)
{
  g_autoptr(RsStatement) stmt = rs_database_query (s->db, error, sql, "it", s->panel_id, stood_in_json);
  int rc;

  if (stmt == NULL)
    return FALSE;
  json_builder_begin_array (b);
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);

      json_builder_add_string_value (b, (const char *) rs_statement_column_text (stmt, 1));
      g_array_append_val (ids, id);
    }
  json_builder_end_array (b);
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (s->db, rc, error);
  return TRUE;
}

/* The draw the sample's panel was made with, as a run in Earlier Draws:
 * its members (including the two who later dropped out), its reserve
 * list (beginning with the two who stood in) and a protocol. The sample's panel is a greedy quota fill, the
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
  g_autofree char *inputs_text = NULL;
  g_autofree char *cat_sha = NULL;
  g_autofree char *pool_sha = NULL;
  g_autoptr(RsSelectionInstance) instance = NULL;
  g_autoptr(JsonNode) inputs = NULL;
  g_autoptr(GString) stood_in_json = g_string_new ("[");
  gint64 run_id;

  for (guint i = 0; i < s->stood_in->len; i++)
    g_string_append_printf (stood_in_json, "%s%" G_GINT64_FORMAT, i ? "," : "", g_array_index (s->stood_in, gint64, i));
  g_string_append_c (stood_in_json, ']');

  /* The inputs as the draw used them, hashed as a real run's are, so
   * that the run verifies (protocol verify, erasure checks). */
  instance = rs_selection_store_load (s->db, s->panel_id, NULL, error);
  if (instance == NULL)
    return FALSE;
  inputs = rs_selection_store_inputs_snapshot (instance);
  json_generator_set_root (gen, inputs);
  inputs_text = json_generator_to_data (gen, NULL);
  cat_sha = rs_selection_instance_categories_sha256 (instance);
  pool_sha = rs_selection_instance_pool_sha256 (instance);

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
  json_builder_set_member_name (b, "categories_sha256");
  json_builder_add_string_value (b, cat_sha);
  json_builder_set_member_name (b, "pool_sha256");
  json_builder_add_string_value (b, pool_sha);
  json_builder_set_member_name (b, "pool_size");
  json_builder_add_int_value (b, rs_selection_instance_n_people (instance));
  json_builder_set_member_name (b, "panel_size");
  json_builder_add_int_value (b, RS_SAMPLE_PANEL_SIZE);
  /* Members as drawn: today's panel less the reserves who stood in, plus
   * the two who dropped out; the reserve list begins with those two. */
  json_builder_set_member_name (b, "members");
  if (!add_pseudonyms (s, b, "SELECT id, pseudonym FROM person WHERE panel_id = ? "
                             "AND status IN ('selected', 'dropped-out') "
                             "AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id",
                       stood_in_json->str, members, error))
    return FALSE;
  json_builder_set_member_name (b, "reserves");
  if (!add_pseudonyms (s, b, "SELECT id, pseudonym FROM person WHERE panel_id = ? "
                             "AND (status = 'reserve' OR id IN (SELECT value FROM json_each(?))) "
                             "ORDER BY status = 'reserve', id", stood_in_json->str, reserves, error))
    return FALSE;
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  text = json_generator_to_data (gen, NULL);

  if (!rs_database_run (s->db, error,
                        "INSERT INTO selection_run (panel_id, algorithm, version, seed, categories_sha256, "
                        "pool_sha256, inputs, protocol, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        "itttt" "tttt", s->panel_id,
                        rs_selection_algorithm_to_string (RS_SELECTION_LEGACY), RS_SELECTION_VERSION,
                        SAMPLE_DRAW_SEED, cat_sha, pool_sha, inputs_text, text, SAMPLE_DRAW_AT))
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
