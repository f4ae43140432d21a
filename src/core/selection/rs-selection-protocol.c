/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection"

#include "config.h"

#include <string.h>

#include "rs-numeric-locale.h"
#include "rs-report-i18n.h"

#include "rs-selection-protocol.h"
#include "rs-solver.h"

char *
rs_selection_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i]; i++)
    {
      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX") || g_str_has_prefix (names[i], "C."))
        continue;
      return g_strndup (names[i], strcspn (names[i], "_.@"));
    }
  return g_strdup ("en");
}

static char *
hash_json (JsonNode *node)
{
  g_autofree char *text = json_to_string (node, FALSE);
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
}

static void
add_ids (JsonBuilder       *b,
         RsSelectionResult *result,
         GArray            *people)
{
  json_builder_begin_array (b);
  for (guint j = 0; people && j < people->len; j++)
    json_builder_add_string_value (b, rs_selection_instance_person (result->instance, g_array_index (people, int, j))->id);
  json_builder_end_array (b);
}

#define SET_STRING(b, k, v) G_STMT_START { json_builder_set_member_name (b, k); json_builder_add_string_value (b, v); } G_STMT_END
#define SET_INT(b, k, v)    G_STMT_START { json_builder_set_member_name (b, k); json_builder_add_int_value (b, v); } G_STMT_END
#define SET_DOUBLE(b, k, v) G_STMT_START { json_builder_set_member_name (b, k); json_builder_add_double_value (b, v); } G_STMT_END

JsonNode *
rs_selection_protocol_json (RsSelectionResult *result,
                            RsSelectionDraw   *draw,
                            const char        *seed_source,
                            double             seconds)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *cat_sha = rs_selection_instance_categories_sha256 (result->instance);
  g_autofree char *pool_sha = rs_selection_instance_pool_sha256 (result->instance);
  g_autoptr(JsonNode) distribution = rs_selection_result_distribution_json (result);
  g_autofree char *dist_sha = hash_json (distribution);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);

  json_builder_begin_object (b);
  SET_STRING (b, "format", "raadslag-selection-protocol");
  SET_STRING (b, "created_at", stamp);
  SET_STRING (b, "program", PACKAGE_NAME " " PACKAGE_VERSION);
  SET_STRING (b, "algorithm", rs_selection_algorithm_to_string (result->algorithm));
  SET_STRING (b, "algorithm_version", RS_SELECTION_VERSION);
  SET_STRING (b, "solver", rs_solver_backend_name ());
  SET_STRING (b, "categories_sha256", cat_sha);
  SET_STRING (b, "pool_sha256", pool_sha);
  SET_STRING (b, "distribution_sha256", dist_sha);
  SET_INT (b, "pool_size", rs_selection_instance_n_people (result->instance));
  SET_INT (b, "panel_size", result->instance->size);
  if (draw)
    {
      SET_STRING (b, "seed", draw->seed);
      SET_STRING (b, "seed_source", seed_source ? seed_source : "user");
      SET_STRING (b, "random_stream",
                  "u_j = first 8 bytes (big-endian) of SHA-256(\"<seed>:<j>\"); "
                  "support panel: first with cumulative probability > u_0/2^64 (53-bit double); "
                  "members of each group by partial Fisher-Yates in listed order; then reserves");
      SET_INT (b, "panel_index", draw->panel_index);
      json_builder_set_member_name (b, "members");
      add_ids (b, result, draw->members);
      json_builder_set_member_name (b, "reserves");
      add_ids (b, result, draw->reserves);
    }
  SET_DOUBLE (b, "minimum_probability", rs_selection_result_minimum (result));
  SET_DOUBLE (b, "maximum_probability", rs_selection_result_maximum (result));
  SET_DOUBLE (b, "gini", rs_selection_result_gini (result));
  if (result->certificate)
    SET_DOUBLE (b, "certificate_bound", result->certificate_bound);
  SET_INT (b, "support_size", result->panels->len);
  SET_INT (b, "types", result->types->n_types);
  json_builder_set_member_name (b, "timings");
  json_builder_begin_object (b);
  SET_DOUBLE (b, "total_seconds", seconds);
  SET_DOUBLE (b, "start_panels_seconds", result->stats.seconds_mw);
  SET_DOUBLE (b, "column_generation_seconds", result->stats.seconds_cg);
  SET_DOUBLE (b, "final_lp_seconds", result->stats.seconds_final);
  SET_INT (b, "levels", result->stats.n_levels);
  SET_INT (b, "ilp_solves", result->stats.n_ilp);
  SET_INT (b, "lp_solves", result->stats.n_lp);
  json_builder_end_object (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

RsDocument *
rs_selection_protocol_document (RsSelectionResult *result,
                                RsSelectionDraw   *draw,
                                JsonNode          *protocol,
                                int                small_cell_limit,
                                const char        *language)
{
  g_autoptr(RsReportScope) scope = rs_report_scope_begin (language);
  const char *lang = rs_report_scope_get_language (scope);
  RsDocument *doc = rs_document_new (_("Selection protocol"), lang);
  RsSelectionInstance *instance = result->instance;
  JsonObject *o = json_node_get_object (protocol);
  int n_values = rs_selection_instance_n_values (instance);
  int n_cats = rs_selection_instance_n_categories (instance);
  g_autofree int *pool = g_new0 (int, MAX (n_values, 1));
  g_autofree int *chosen = g_new0 (int, MAX (n_values, 1));
  const char *header[] = { _("Category"), _("Value"), _("Minimum"), _("Maximum"), _("In the pool"), _("Selected"), NULL };
  g_autofree char *k = g_strdup_printf ("%d", instance->size);
  g_autofree char *n = g_strdup_printf ("%d", rs_selection_instance_n_people (instance));
  g_autofree char *min_value = rs_format_decimal (lang, 100 * rs_selection_result_minimum (result), 2);
  g_autofree char *max_value = rs_format_decimal (lang, 100 * rs_selection_result_maximum (result), 2);
  g_autofree char *min = g_strdup_printf ("%s %%", min_value);
  g_autofree char *max = g_strdup_printf ("%s %%", max_value);

  rs_document_set_subtitle (doc, _("How the panel was drawn, and how anyone can check it"));
  rs_document_add_heading (doc, 1, _("Inputs"));
  rs_document_add_field (doc, _("Panel size"), k);
  rs_document_add_field (doc, _("People in the pool"), n);
  rs_document_add_field (doc, _("Categories (SHA-256)"), json_object_get_string_member (o, "categories_sha256"));
  rs_document_add_field (doc, _("Pool (SHA-256)"), json_object_get_string_member (o, "pool_sha256"));
  rs_document_add_heading (doc, 1, _("Method"));
  rs_document_add_field (doc, _("Algorithm"), json_object_get_string_member (o, "algorithm"));
  rs_document_add_field (doc, _("Version"), json_object_get_string_member (o, "algorithm_version"));
  rs_document_add_field (doc, _("Solver"), json_object_get_string_member (o, "solver"));
  rs_document_add_field (doc, _("Lowest selection probability"), min);
  rs_document_add_field (doc, _("Highest selection probability"), max);
  if (result->algorithm == RS_SELECTION_LEXIMIN)
    rs_document_add_paragraph (doc, _("LEXIMIN gives every volunteer as equal a chance as the quotas allow: it first "
                                      "raises the lowest selection probability as far as possible, then the next "
                                      "lowest, and so on. The file certificate.json holds weights that prove the "
                                      "lowest probability cannot be higher; the file distribution.json lists every "
                                      "possible panel with its probability."));
  else
    rs_document_add_paragraph (doc, _("The greedy method (LEGACY) is shown only for comparison: it does not give "
                                      "volunteers equal chances."));
  if (draw)
    {
      rs_document_add_heading (doc, 1, _("The draw"));
      rs_document_add_field (doc, _("Seed"), draw->seed);
      rs_document_add_field (doc, _("Distribution (SHA-256)"), json_object_get_string_member (o, "distribution_sha256"));
      rs_document_add_paragraph (doc, _("With the same inputs, distribution and seed, the draw gives the same panel "
                                        "every time. The random numbers are SHA-256 hashes of the seed followed by a "
                                        "colon and a counter, so they can be recomputed with any SHA-256 tool."));
      for (guint j = 0; j < draw->members->len; j++)
        {
          RsSelectionPerson *p = rs_selection_instance_person (instance, g_array_index (draw->members, int, j));
          for (int c = 0; c < n_cats; c++)
            chosen[p->values[c]]++;
        }
    }
  for (int i = 0; i < rs_selection_instance_n_people (instance); i++)
    for (int c = 0; c < n_cats; c++)
      pool[rs_selection_instance_person (instance, i)->values[c]]++;
  rs_document_add_heading (doc, 1, _("Quotas"));
  rs_document_begin_table (doc, header);
  for (int v = 0; v < n_values; v++)
    {
      RsSelectionValue *val = rs_selection_instance_value (instance, v);
      g_autofree char *a = g_strdup_printf ("%d", val->min);
      g_autofree char *bb = g_strdup_printf ("%d", val->max);
      g_autofree char *c = pool[v] < small_cell_limit ? g_strdup_printf ("< %d", small_cell_limit)
                                                       : g_strdup_printf ("%d", pool[v]);
      g_autofree char *d = draw ? g_strdup_printf ("%d", chosen[v]) : g_strdup ("–");
      const char *row[] = { rs_selection_instance_category (instance, val->category)->name, val->name, a, bb, c, d, NULL };
      rs_document_add_row (doc, row);
    }
  rs_document_end_table (doc);
  if (draw)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      g_autoptr(GPtrArray) res = g_ptr_array_new ();

      rs_document_add_heading (doc, 1, _("Members (pseudonymous ids)"));
      for (guint j = 0; j < draw->members->len; j++)
        g_ptr_array_add (ids, rs_selection_instance_person (instance, g_array_index (draw->members, int, j))->id);
      g_ptr_array_add (ids, NULL);
      rs_document_add_list (doc, (const char * const *) ids->pdata, FALSE);
      if (draw->reserves->len > 0)
        {
          rs_document_add_heading (doc, 1, _("Reserve list, in order"));
          for (guint j = 0; j < draw->reserves->len; j++)
            g_ptr_array_add (res, rs_selection_instance_person (instance, g_array_index (draw->reserves, int, j))->id);
          g_ptr_array_add (res, NULL);
          rs_document_add_list (doc, (const char * const *) res->pdata, TRUE);
        }
    }
  return doc;
}
