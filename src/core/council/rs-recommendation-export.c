/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-recommendation-export"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "rs-council-resources.h"
#include "rs-csv-writer.h"
#include "rs-json-schema.h"
#include "rs-process-store.h"
#include "rs-recommendation-export.h"
#include "rs-recommendation-store.h"

#define SCHEMA_RESOURCE "/io/github/raadslag/Raadslag/schema/raadslag-recommendations.schema.json"

static char *
rec_ref (gint64 id)
{
  return g_strdup_printf ("recommendation-%" G_GINT64_FORMAT, id);
}

static void
add_nullable_string (JsonBuilder *b,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (b, member);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_cost (JsonBuilder *b,
          int          year,
          double       operating,
          double       capital)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "year");
  json_builder_add_int_value (b, year);
  json_builder_set_member_name (b, "operating");
  json_builder_add_double_value (b, operating);
  json_builder_set_member_name (b, "capital");
  json_builder_add_double_value (b, capital);
  json_builder_end_object (b);
}

static void
add_decision (JsonBuilder      *b,
              RsRecommendation *rec)
{
  GPtrArray *milestones = rs_recommendation_get_milestones (rec);
  double amount = rs_recommendation_get_amount (rec);

  json_builder_set_member_name (b, "decision");
  if (rs_recommendation_get_outcome (rec) == RS_OUTCOME_NONE)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "outcome");
  json_builder_add_string_value (b, rs_decision_outcome_to_nick (rs_recommendation_get_outcome (rec)));
  json_builder_set_member_name (b, "justification");
  json_builder_add_string_value (b, rs_recommendation_get_justification (rec));
  json_builder_set_member_name (b, "budget_line");
  json_builder_add_string_value (b, rs_recommendation_get_budget_line (rec));
  json_builder_set_member_name (b, "amount");
  if (isnan (amount))
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, amount);
  add_nullable_string (b, "decided_on", rs_recommendation_get_decided_on (rec));
  json_builder_set_member_name (b, "implementation");
  json_builder_add_string_value (b, rs_implementation_to_nick (rs_recommendation_get_implementation (rec)));
  json_builder_set_member_name (b, "milestones");
  json_builder_begin_array (b);
  for (guint m = 0; m < milestones->len; m++)
    {
      RsMilestone *ms = g_ptr_array_index (milestones, m);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "title");
      json_builder_add_string_value (b, ms->title);
      add_nullable_string (b, "due_on", ms->due_on);
      add_nullable_string (b, "done_on", ms->done_on);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_recommendation (JsonBuilder      *b,
                    RsRecommendation *rec,
                    int               number)
{
  g_autofree char *ref = rec_ref (rs_recommendation_get_id (rec));
  GArray *costs = rs_recommendation_get_costs (rec);
  GPtrArray *origins = rs_recommendation_get_origins (rec);
  GPtrArray *parents = rs_recommendation_get_parents (rec);
  double op, cap, support = rs_recommendation_get_support (rec);
  int vf, va, vab;
  const char *options[] = { "yes", "no", "abstain" };

  rs_recommendation_get_cost_totals (rec, &op, &cap);
  rs_recommendation_get_votes (rec, &vf, &va, &vab);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, ref);
  json_builder_set_member_name (b, "number");
  json_builder_add_int_value (b, number);
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, rs_recommendation_get_title (rec));
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, rs_recommendation_get_text (rec));
  json_builder_set_member_name (b, "rationale");
  json_builder_add_string_value (b, rs_recommendation_get_rationale (rec));
  json_builder_set_member_name (b, "theme");
  json_builder_add_string_value (b, rs_recommendation_get_theme (rec));
  json_builder_set_member_name (b, "budget_area");
  json_builder_add_string_value (b, rs_recommendation_get_budget_area (rec));
  json_builder_set_member_name (b, "status");
  json_builder_add_string_value (b, rs_recommendation_status_to_nick (rs_recommendation_get_status (rec)));

  json_builder_set_member_name (b, "costs");
  json_builder_begin_array (b);
  for (guint c = 0; c < costs->len; c++)
    {
      RsRecommendationCost *cost = &g_array_index (costs, RsRecommendationCost, c);
      add_cost (b, cost->year, cost->operating, cost->capital);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "cost_total");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "operating");
  json_builder_add_double_value (b, op);
  json_builder_set_member_name (b, "capital");
  json_builder_add_double_value (b, cap);
  json_builder_set_member_name (b, "total");
  json_builder_add_double_value (b, op + cap);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "origins");
  json_builder_begin_array (b);
  for (guint o = 0; o < origins->len; o++)
    {
      RsRecommendationOrigin *origin = g_ptr_array_index (origins, o);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, origin->origin_type);
      json_builder_set_member_name (b, "id");
      json_builder_add_int_value (b, origin->origin_id);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, origin->label);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "lineage");
  json_builder_begin_array (b);
  for (guint p = 0; p < parents->len; p++)
    {
      RsLineageLink *link = g_ptr_array_index (parents, p);
      g_autofree char *parent = rec_ref (link->other_id);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "parent_id");
      json_builder_add_string_value (b, parent);
      json_builder_set_member_name (b, "parent_title");
      json_builder_add_string_value (b, link->other_title);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, link->kind);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "vote_event");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "motion_id");
  json_builder_add_string_value (b, ref);
  json_builder_set_member_name (b, "counts");
  json_builder_begin_array (b);
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "option");
      json_builder_add_string_value (b, options[i]);
      json_builder_set_member_name (b, "value");
      json_builder_add_int_value (b, i == 0 ? vf : i == 1 ? va : vab);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "result");
  json_builder_add_string_value (b, support < 0 ? "not-voted" : vf > va ? "pass" : "fail");
  json_builder_set_member_name (b, "support_share");
  if (support < 0)
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, round (support * 10000) / 10000);
  json_builder_end_object (b);

  add_decision (b, rec);
  json_builder_end_object (b);
}

JsonNode *
rs_recommendation_export_json (RsDatabase *db,
                               gint64      process_id,
                               GError    **error)
{
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, error);
  g_autoptr(GListStore) list = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autoptr(GArray) by_year = g_array_new (FALSE, TRUE, sizeof (RsRecommendationCost));
  double op_total = 0, cap_total = 0;
  guint n;

  if (process == NULL)
    return NULL;
  list = rs_recommendation_store_list (db, process_id, FALSE, error);
  if (list == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (list));

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "$schema");
  json_builder_add_string_value (b, "https://raadslag.github.io/schema/raadslag-recommendations-1.schema.json");
  json_builder_set_member_name (b, "schema_version");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "generator");
  json_builder_add_string_value (b, "Rådslag " PACKAGE_VERSION);
  json_builder_set_member_name (b, "generated_at");
  json_builder_add_string_value (b, stamp);
  json_builder_set_member_name (b, "currency");
  json_builder_add_string_value (b, "DKK");

  json_builder_set_member_name (b, "process");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, process_id);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, rs_process_get_name (process));
  json_builder_set_member_name (b, "budget_year");
  json_builder_add_int_value (b, rs_process_get_budget_year (process));
  add_nullable_string (b, "municipality_code", rs_process_get_municipality_code (process));
  add_nullable_string (b, "municipality_name", rs_process_get_municipality_name (process));
  json_builder_end_object (b);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (list), i);
      GArray *costs = rs_recommendation_get_costs (rec);
      for (guint c = 0; c < costs->len; c++)
        {
          RsRecommendationCost *cost = &g_array_index (costs, RsRecommendationCost, c);
          guint y;
          for (y = 0; y < by_year->len; y++)
            if (g_array_index (by_year, RsRecommendationCost, y).year >= cost->year)
              break;
          if (y == by_year->len || g_array_index (by_year, RsRecommendationCost, y).year != cost->year)
            {
              RsRecommendationCost zero = { cost->year, 0, 0 };
              g_array_insert_val (by_year, y, zero);
            }
          g_array_index (by_year, RsRecommendationCost, y).operating += cost->operating;
          g_array_index (by_year, RsRecommendationCost, y).capital += cost->capital;
          op_total += cost->operating;
          cap_total += cost->capital;
        }
    }
  json_builder_set_member_name (b, "totals");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "count");
  json_builder_add_int_value (b, n);
  json_builder_set_member_name (b, "operating");
  json_builder_add_double_value (b, op_total);
  json_builder_set_member_name (b, "capital");
  json_builder_add_double_value (b, cap_total);
  json_builder_set_member_name (b, "total");
  json_builder_add_double_value (b, op_total + cap_total);
  json_builder_set_member_name (b, "by_year");
  json_builder_begin_array (b);
  for (guint y = 0; y < by_year->len; y++)
    {
      RsRecommendationCost *cost = &g_array_index (by_year, RsRecommendationCost, y);
      add_cost (b, cost->year, cost->operating, cost->capital);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "recommendations");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (list), i);
      add_recommendation (b, rec, (int) i + 1);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

JsonNode *
rs_recommendation_export_schema (GError **error)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (rs_council_get_resource (), SCHEMA_RESOURCE,
                                                   0, error);
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (bytes == NULL)
    return NULL;
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), error))
    return NULL;
  return json_node_copy (json_parser_get_root (parser));
}

gboolean
rs_recommendation_export_validate (JsonNode *json,
                                   GError  **error)
{
  g_autoptr(JsonNode) schema = rs_recommendation_export_schema (error);

  return schema != NULL && rs_json_schema_validate (schema, json, error);
}

static void
append_number (RsCsvWriter *out,
               double       value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    rs_csv_writer_add_plain (out, "");
  else
    rs_csv_writer_add_plain (out, g_ascii_formatd (buf, sizeof buf, "%.2f", value));
}

char *
rs_recommendation_export_csv (RsDatabase *db,
                              gint64      process_id,
                              GError    **error)
{
  g_autoptr(GListStore) list = rs_recommendation_store_list (db, process_id, FALSE, error);
  /* Every cell quoted; a text cell that a spreadsheet would read as a
   * formula gets a leading apostrophe. */
  g_autoptr(RsCsvWriter) out = rs_csv_writer_new (',', RS_CSV_WRITER_QUOTE_ALL |
                                                       RS_CSV_WRITER_FORMULA_GUARD);
  const char *header[] = {
    "number", "id", "title", "theme", "budget_area", "status", "votes_for", "votes_against",
    "votes_abstain", "support_share", "operating_total", "capital_total", "cost_total", "origins",
    "lineage", "decision", "justification", "budget_line", "amount", "decided_on",
    "implementation", "text", "rationale",
  };

  if (list == NULL)
    return NULL;
  for (guint h = 0; h < G_N_ELEMENTS (header); h++)
    rs_csv_writer_add_plain (out, header[h]);
  rs_csv_writer_end_row (out);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RsRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autoptr(GString) origins = g_string_new (NULL);
      g_autoptr(GString) lineage = g_string_new (NULL);
      GPtrArray *o = rs_recommendation_get_origins (rec), *p = rs_recommendation_get_parents (rec);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *ref = rec_ref (rs_recommendation_get_id (rec));
      RsDecisionOutcome outcome = rs_recommendation_get_outcome (rec);
      double op, cap, support = rs_recommendation_get_support (rec);
      int vf, va, vab;
      char votes[3][16];

      rs_recommendation_get_cost_totals (rec, &op, &cap);
      rs_recommendation_get_votes (rec, &vf, &va, &vab);
      g_snprintf (votes[0], sizeof votes[0], "%d", vf);
      g_snprintf (votes[1], sizeof votes[1], "%d", va);
      g_snprintf (votes[2], sizeof votes[2], "%d", vab);
      for (guint k = 0; k < o->len; k++)
        {
          RsRecommendationOrigin *origin = g_ptr_array_index (o, k);
          g_string_append_printf (origins, "%s%s:%" G_GINT64_FORMAT, k ? ";" : "",
                                  origin->origin_type, origin->origin_id);
        }
      for (guint k = 0; k < p->len; k++)
        {
          RsLineageLink *link = g_ptr_array_index (p, k);
          g_string_append_printf (lineage, "%s%s:recommendation-%" G_GINT64_FORMAT, k ? ";" : "",
                                  link->kind, link->other_id);
        }

      rs_csv_writer_add_plain (out, number);
      rs_csv_writer_add_plain (out, ref);
      rs_csv_writer_add (out, rs_recommendation_get_title (rec));
      rs_csv_writer_add (out, rs_recommendation_get_theme (rec));
      rs_csv_writer_add (out, rs_recommendation_get_budget_area (rec));
      rs_csv_writer_add_plain (out, rs_recommendation_status_to_nick (rs_recommendation_get_status (rec)));
      rs_csv_writer_add_plain (out, votes[0]);
      rs_csv_writer_add_plain (out, votes[1]);
      rs_csv_writer_add_plain (out, votes[2]);
      append_number (out, support < 0 ? NAN : support);
      append_number (out, op);
      append_number (out, cap);
      append_number (out, op + cap);
      rs_csv_writer_add_plain (out, origins->str);
      rs_csv_writer_add_plain (out, lineage->str);
      rs_csv_writer_add_plain (out, outcome == RS_OUTCOME_NONE ? "" : rs_decision_outcome_to_nick (outcome));
      rs_csv_writer_add (out, rs_recommendation_get_justification (rec));
      rs_csv_writer_add (out, rs_recommendation_get_budget_line (rec));
      append_number (out, rs_recommendation_get_amount (rec));
      rs_csv_writer_add_plain (out, rs_recommendation_get_decided_on (rec));
      rs_csv_writer_add_plain (out, outcome == RS_OUTCOME_NONE
                          ? "" : rs_implementation_to_nick (rs_recommendation_get_implementation (rec)));
      rs_csv_writer_add (out, rs_recommendation_get_text (rec));
      rs_csv_writer_add (out, rs_recommendation_get_rationale (rec));
      rs_csv_writer_end_row (out);
    }
  return rs_csv_writer_free_to_string (g_steal_pointer (&out));
}

gboolean
rs_recommendation_export_write (RsDatabase *db,
                                gint64      process_id,
                                const char *format,
                                const char *path,
                                GError    **error)
{
  g_autofree char *data = NULL;

  if (g_ascii_strcasecmp (format, "json") == 0)
    {
      g_autoptr(JsonNode) json = rs_recommendation_export_json (db, process_id, error);
      g_autoptr(JsonGenerator) gen = json_generator_new ();

      if (json == NULL || !rs_recommendation_export_validate (json, error))
        return FALSE;
      json_generator_set_pretty (gen, TRUE);
      json_generator_set_root (gen, json);
      data = json_generator_to_data (gen, NULL);
    }
  else if (g_ascii_strcasecmp (format, "csv") == 0)
    {
      data = rs_recommendation_export_csv (db, process_id, error);
      if (data == NULL)
        return FALSE;
    }
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an export format; use json or csv."), format);
      return FALSE;
    }
  /* Never raw bytes that are not UTF-8 into the JSON or CSV file. */
  if (!g_utf8_validate (data, -1, NULL))
    {
      char *valid = g_utf8_make_valid (data, -1);
      g_free (data);
      data = valid;
    }
  return g_file_set_contents (path, data, -1, error);
}
