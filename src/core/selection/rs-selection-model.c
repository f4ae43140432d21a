/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-selection-model.h"

RsSolverIlp *
rs_selection_build_ilp (RsSelectionInstance *instance,
                        RsSelectionTypes    *types,
                        const int           *min,
                        const int           *max)
{
  RsSolverIlp *ilp = rs_solver_ilp_new ();
  int n_values = rs_selection_instance_n_values (instance);
  int n_cats = rs_selection_instance_n_categories (instance);
  g_autofree int *cols = g_new (int, MAX (types->n_types, 1));
  g_autofree double *ones = g_new (double, MAX (types->n_types, 1));
  g_autoptr(GHashTable) households = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  gpointer value;

  for (int t = 0; t < types->n_types; t++)
    {
      rs_solver_ilp_add_column (ilp, 0.0, types->count[t], TRUE);
      cols[t] = t;
      ones[t] = 1.0;
    }
  rs_solver_ilp_add_row (ilp, types->n_types, cols, ones, instance->size, instance->size);
  for (int v = 0; v < n_values; v++)
    {
      RsSelectionValue *val = rs_selection_instance_value (instance, v);
      int nz = 0;

      for (int t = 0; t < types->n_types; t++)
        {
          RsSelectionPerson *p = rs_selection_instance_person (instance, types->member[types->start[t]]);
          if (p->values[val->category] == v)
            cols[nz++] = t;
        }
      rs_solver_ilp_add_row (ilp, nz, cols, ones,
                             min ? min[v] : val->min, max ? max[v] : val->max);
    }
  (void) n_cats;
  /* Shared households: types there are single people. */
  for (int t = 0; t < types->n_types; t++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, types->member[types->start[t]]);
      GArray *list;

      if (types->count[t] != 1 || p->household == NULL)
        continue;
      list = g_hash_table_lookup (households, p->household);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (int));
          g_hash_table_insert (households, p->household, list);
        }
      g_array_append_val (list, t);
    }
  g_hash_table_iter_init (&iter, households);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *list = value;
      if (list->len > 1)
        rs_solver_ilp_add_row (ilp, list->len, (int *) list->data, ones, -G_MAXDOUBLE, 1.0);
    }
  return ilp;
}

gboolean
rs_selection_check_panel (RsSelectionInstance *instance,
                          RsSelectionTypes    *types,
                          const int           *counts,
                          GError             **error)
{
  int n_values = rs_selection_instance_n_values (instance);
  int n_cats = rs_selection_instance_n_categories (instance);
  g_autofree int *value_counts = g_new0 (int, MAX (n_values, 1));
  g_autoptr(GHashTable) households = g_hash_table_new (g_str_hash, g_str_equal);
  int total = 0;

  for (int t = 0; t < types->n_types; t++)
    {
      if (counts[t] < 0 || counts[t] > types->count[t])
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INVALID,
                       "type %d: count %d out of range", t, counts[t]);
          return FALSE;
        }
      total += counts[t];
      for (int j = 0; j < counts[t] && j < 1; j++)
        {
          RsSelectionPerson *p = rs_selection_instance_person (instance, types->member[types->start[t]]);
          for (int c = 0; c < n_cats; c++)
            value_counts[p->values[c]] += counts[t];
        }
      for (int j = types->start[t]; counts[t] > 0 && j < types->start[t + 1]; j++)
        {
          RsSelectionPerson *p = rs_selection_instance_person (instance, types->member[j]);
          /* A type with a household is a single person; others have distinct households. */
          if (p->household && types->count[t] == 1 && !g_hash_table_add (households, p->household))
            {
              g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INVALID,
                           "two members share the household of %s", p->id);
              return FALSE;
            }
        }
    }
  if (total != instance->size)
    {
      g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INVALID,
                   "panel has %d members instead of %d", total, instance->size);
      return FALSE;
    }
  for (int v = 0; v < n_values; v++)
    {
      RsSelectionValue *val = rs_selection_instance_value (instance, v);
      if (value_counts[v] < val->min || value_counts[v] > val->max)
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_INVALID,
                       "%s: %d outside [%d, %d]", val->name, value_counts[v], val->min, val->max);
          return FALSE;
        }
    }
  return TRUE;
}
