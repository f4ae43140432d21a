/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "rs-selection-result.h"

RsSelectionTypes *
rs_selection_types_new (RsSelectionInstance *instance,
                        gboolean             aggregate)
{
  RsSelectionTypes *types = g_new0 (RsSelectionTypes, 1);
  int n = rs_selection_instance_n_people (instance);
  int n_cats = rs_selection_instance_n_categories (instance);
  g_autoptr(GHashTable) households = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree int *fill = NULL;

  types->n_people = n;
  types->type_of_person = g_new (int, MAX (n, 1));
  /* Count people per household: only shared households constrain. */
  for (int i = 0; i < n; i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      if (p->household)
        g_hash_table_insert (households, p->household,
                             GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (households, p->household)) + 1));
    }
  for (int i = 0; i < n; i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      gboolean shared = p->household &&
                        GPOINTER_TO_INT (g_hash_table_lookup (households, p->household)) > 1;
      gpointer found;

      if (aggregate && !shared)
        {
          GString *key = g_string_new (NULL);
          for (int c = 0; c < n_cats; c++)
            g_string_append_printf (key, "%d,", p->values[c]);
          if (g_hash_table_lookup_extended (keys, key->str, NULL, &found))
            {
              types->type_of_person[i] = GPOINTER_TO_INT (found);
              g_string_free (key, TRUE);
              continue;
            }
          g_hash_table_insert (keys, g_string_free (key, FALSE), GINT_TO_POINTER (types->n_types));
        }
      types->type_of_person[i] = types->n_types++;
    }
  types->count = g_new0 (int, MAX (types->n_types, 1));
  types->start = g_new0 (int, types->n_types + 1);
  types->member = g_new (int, MAX (n, 1));
  fill = g_new0 (int, MAX (types->n_types, 1));
  for (int i = 0; i < n; i++)
    types->count[types->type_of_person[i]]++;
  for (int t = 0; t < types->n_types; t++)
    types->start[t + 1] = types->start[t] + types->count[t];
  for (int i = 0; i < n; i++)
    {
      int t = types->type_of_person[i];
      types->member[types->start[t] + fill[t]++] = i;
    }
  return types;
}

void
rs_selection_types_free (RsSelectionTypes *types)
{
  if (types == NULL)
    return;
  g_free (types->type_of_person);
  g_free (types->count);
  g_free (types->start);
  g_free (types->member);
  g_free (types);
}

static void
panel_free (gpointer data)
{
  RsSelectionPanel *panel = data;
  g_free (panel->counts);
  g_free (panel);
}

RsSelectionResult *
rs_selection_result_new (RsSelectionInstance  *instance,
                         RsSelectionTypes     *types,
                         RsSelectionAlgorithm  algorithm)
{
  RsSelectionResult *self = g_new0 (RsSelectionResult, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->instance = rs_selection_instance_ref (instance);
  self->types = types;
  self->algorithm = algorithm;
  self->panels = g_ptr_array_new_with_free_func (panel_free);
  self->marginals = g_new0 (double, MAX (rs_selection_instance_n_people (instance), 1));
  return self;
}

RsSelectionResult *
rs_selection_result_ref (RsSelectionResult *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rs_selection_result_unref (RsSelectionResult *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  rs_selection_instance_unref (self->instance);
  rs_selection_types_free (self->types);
  g_ptr_array_unref (self->panels);
  g_free (self->marginals);
  g_free (self->certificate);
  g_free (self);
}

const char *
rs_selection_algorithm_to_string (RsSelectionAlgorithm algorithm)
{
  return algorithm == RS_SELECTION_LEGACY ? "legacy" : "leximin";
}

double
rs_selection_result_minimum (RsSelectionResult *self)
{
  int n = rs_selection_instance_n_people (self->instance);
  double m = n > 0 ? self->marginals[0] : 0.0;

  for (int i = 1; i < n; i++)
    m = MIN (m, self->marginals[i]);
  return m;
}

double
rs_selection_result_maximum (RsSelectionResult *self)
{
  int n = rs_selection_instance_n_people (self->instance);
  double m = n > 0 ? self->marginals[0] : 0.0;

  for (int i = 1; i < n; i++)
    m = MAX (m, self->marginals[i]);
  return m;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

double
rs_selection_result_gini (RsSelectionResult *self)
{
  int n = rs_selection_instance_n_people (self->instance);
  g_autofree double *sorted = g_memdup2 (self->marginals, sizeof (double) * MAX (n, 1));
  double sum = 0.0;

  if (n == 0 || self->instance->size == 0)
    return 0.0;
  qsort (sorted, n, sizeof (double), compare_double);
  for (int i = 0; i < n; i++)
    sum += (2.0 * i - n + 1) * sorted[i];
  return sum / ((double) n * self->instance->size);
}

void
rs_selection_panel_value_counts (RsSelectionResult *self,
                                 const int         *counts,
                                 int               *value_counts)
{
  int n_values = rs_selection_instance_n_values (self->instance);
  int n_cats = rs_selection_instance_n_categories (self->instance);

  memset (value_counts, 0, sizeof (int) * n_values);
  for (int t = 0; t < self->types->n_types; t++)
    {
      RsSelectionPerson *p;

      if (counts[t] == 0)
        continue;
      p = rs_selection_instance_person (self->instance, self->types->member[self->types->start[t]]);
      for (int c = 0; c < n_cats; c++)
        value_counts[p->values[c]] += counts[t];
    }
}

static JsonArray *
id_array (RsSelectionResult *self,
          int                t)
{
  JsonArray *ids = json_array_new ();

  for (int j = self->types->start[t]; j < self->types->start[t + 1]; j++)
    json_array_add_string_element (ids, rs_selection_instance_person (self->instance, self->types->member[j])->id);
  return ids;
}

JsonNode *
rs_selection_result_distribution_json (RsSelectionResult *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "algorithm");
  json_builder_add_string_value (b, rs_selection_algorithm_to_string (self->algorithm));
  json_builder_set_member_name (b, "panels");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->panels->len; i++)
    {
      RsSelectionPanel *panel = g_ptr_array_index (self->panels, i);
      JsonArray *members = json_array_new ();
      JsonArray *draw_from = json_array_new ();

      for (int t = 0; t < self->types->n_types; t++)
        {
          if (panel->counts[t] == 0)
            continue;
          if (panel->counts[t] == self->types->count[t])
            {
              for (int j = self->types->start[t]; j < self->types->start[t + 1]; j++)
                json_array_add_string_element (members,
                                               rs_selection_instance_person (self->instance, self->types->member[j])->id);
            }
          else
            {
              JsonObject *group = json_object_new ();
              json_object_set_int_member (group, "count", panel->counts[t]);
              json_object_set_array_member (group, "of", id_array (self, t));
              json_array_add_object_element (draw_from, group);
            }
        }
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "probability");
      json_builder_add_double_value (b, panel->probability);
      json_builder_set_member_name (b, "members");
      json_builder_add_value (b, json_node_init_array (json_node_alloc (), members));
      /* Interchangeable people: "count" of them are drawn uniformly "of" the list. */
      json_builder_set_member_name (b, "draw_from");
      json_builder_add_value (b, json_node_init_array (json_node_alloc (), draw_from));
      json_builder_end_object (b);
      json_array_unref (members);
      json_array_unref (draw_from);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

JsonNode *
rs_selection_result_certificate_json (RsSelectionResult *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  int n = rs_selection_instance_n_people (self->instance);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "minimum_upper_bound");
  json_builder_add_double_value (b, self->certificate ? self->certificate_bound : 1.0);
  json_builder_set_member_name (b, "achieved_minimum");
  json_builder_add_double_value (b, rs_selection_result_minimum (self));
  json_builder_set_member_name (b, "weights");
  json_builder_begin_object (b);
  for (int i = 0; self->certificate && i < n; i++)
    {
      if (self->certificate[i] <= 0.0)
        continue;
      json_builder_set_member_name (b, rs_selection_instance_person (self->instance, i)->id);
      json_builder_add_double_value (b, self->certificate[i]);
    }
  json_builder_end_object (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
