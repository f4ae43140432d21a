/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-selection-check.h"
#include "rs-selection-model.h"

void
rs_selection_check_free (RsSelectionCheck *check)
{
  if (check == NULL)
    return;
  g_ptr_array_unref (check->problems);
  g_array_unref (check->changes);
  g_free (check);
}

static void
value_label (RsSelectionInstance *instance,
             int                  v,
             char               **out)
{
  RsSelectionValue *val = rs_selection_instance_value (instance, v);
  *out = g_strdup_printf ("%s %s", rs_selection_instance_category (instance, val->category)->name, val->name);
}

/* The relaxation ILP: x_t per type, a_v lowers min v, b_v raises max v. */
static gboolean
relax (RsSelectionInstance *instance,
       RsSelectionCheck    *check)
{
  RsSelectionTypes *types = rs_selection_types_new (instance, TRUE);
  RsSolverIlp *ilp = rs_selection_build_ilp (instance, types, NULL, NULL);
  int n_values = rs_selection_instance_n_values (instance);
  int T = types->n_types;
  g_autofree double *obj = NULL;
  g_autofree double *x = NULL;
  RsSolverStatus status;
  int n_cols;

  /* The quota rows of the template are replaced: open them fully and add
   * relaxed copies with the slack columns. */
  rs_solver_ilp_free (ilp);
  {
    g_autofree int *open_min = g_new0 (int, MAX (n_values, 1));
    g_autofree int *open_max = g_new (int, MAX (n_values, 1));
    for (int v = 0; v < n_values; v++)
      open_max[v] = instance->size;
    ilp = rs_selection_build_ilp (instance, types, open_min, open_max);
  }
  for (int v = 0; v < n_values; v++)
    {
      RsSelectionValue *val = rs_selection_instance_value (instance, v);
      rs_solver_ilp_add_column (ilp, 0.0, MAX (0, val->min - val->min_flex), TRUE);
      rs_solver_ilp_add_column (ilp, 0.0, MAX (0, MIN (val->max_flex, instance->size) - val->max), TRUE);
    }
  for (int v = 0; v < n_values; v++)
    {
      RsSelectionValue *val = rs_selection_instance_value (instance, v);
      g_autoptr(GArray) cols = g_array_new (FALSE, FALSE, sizeof (int));
      g_autoptr(GArray) coefs = g_array_new (FALSE, FALSE, sizeof (double));
      double one = 1.0, minus = -1.0;
      int a = T + 2 * v, b = T + 2 * v + 1;

      for (int t = 0; t < T; t++)
        if (rs_selection_instance_person (instance, types->member[types->start[t]])->values[val->category] == v)
          {
            g_array_append_val (cols, t);
            g_array_append_val (coefs, one);
          }
      g_array_append_val (cols, a);
      g_array_append_val (coefs, one);
      rs_solver_ilp_add_row (ilp, cols->len, (int *) cols->data, (double *) coefs->data, val->min, G_MAXDOUBLE);
      g_array_index (cols, int, cols->len - 1) = b;
      g_array_index (coefs, double, coefs->len - 1) = minus;
      rs_solver_ilp_add_row (ilp, cols->len, (int *) cols->data, (double *) coefs->data, -G_MAXDOUBLE, val->max);
    }
  n_cols = rs_solver_ilp_n_columns (ilp);
  obj = g_new0 (double, n_cols);
  x = g_new0 (double, n_cols);
  for (int c = T; c < n_cols; c++)
    obj[c] = 1.0;
  status = rs_solver_ilp_solve (ilp, obj, FALSE, x, NULL);
  if (status == RS_SOLVER_OPTIMAL)
    {
      for (int v = 0; v < n_values; v++)
        {
          RsSelectionValue *val = rs_selection_instance_value (instance, v);
          RsSelectionChange change = { v, val->min, val->min - (int) x[T + 2 * v],
                                       val->max, val->max + (int) x[T + 2 * v + 1] };
          if (change.new_min != change.old_min || change.new_max != change.old_max)
            g_array_append_val (check->changes, change);
        }
    }
  rs_solver_ilp_free (ilp);
  rs_selection_types_free (types);
  return status == RS_SOLVER_OPTIMAL;
}

RsSelectionCheck *
rs_selection_check (RsSelectionInstance *instance,
                    GCancellable        *cancellable,
                    GError             **error)
{
  g_autoptr(RsSelectionCheck) check = g_new0 (RsSelectionCheck, 1);
  int n_cats = rs_selection_instance_n_categories (instance);
  int n_values = rs_selection_instance_n_values (instance);
  int n = rs_selection_instance_n_people (instance);
  g_autofree int *pool = g_new0 (int, MAX (n_values, 1));
  int k = instance->size;

  check->problems = g_ptr_array_new_with_free_func (g_free);
  check->changes = g_array_new (FALSE, FALSE, sizeof (RsSelectionChange));
  if (n_cats == 0)
    g_ptr_array_add (check->problems, g_strdup (_("There are no categories with quotas.")));
  if (k > n)
    g_ptr_array_add (check->problems,
                     g_strdup_printf (ngettext ("The panel needs %d person but the pool has only %d.",
                                                "The panel needs %d people but the pool has only %d.", k),
                                      k, n));
  for (int i = 0; i < n; i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      for (int c = 0; c < n_cats; c++)
        pool[p->values[c]]++;
    }
  for (int c = 0; c < n_cats; c++)
    {
      RsSelectionCategory *cat = rs_selection_instance_category (instance, c);
      int sum_min = 0, sum_max = 0;

      for (int v = cat->first_value; v < cat->first_value + cat->n_values; v++)
        {
          RsSelectionValue *val = rs_selection_instance_value (instance, v);
          sum_min += val->min;
          sum_max += val->max;
          if (pool[v] < val->min)
            g_ptr_array_add (check->problems,
                             g_strdup_printf (_("“%s: %s” needs at least %d, but only %d people in the pool have it."),
                                              cat->name, val->name, val->min, pool[v]));
        }
      if (sum_min > k)
        g_ptr_array_add (check->problems,
                         g_strdup_printf (_("The minimums of “%s” add up to %d, more than the panel size %d."),
                                          cat->name, sum_min, k));
      if (sum_max < k)
        g_ptr_array_add (check->problems,
                         g_strdup_printf (_("The maximums of “%s” add up to %d, less than the panel size %d."),
                                          cat->name, sum_max, k));
    }
  if (check->problems->len == 0)
    {
      RsSelectionTypes *types = rs_selection_types_new (instance, TRUE);
      RsSolverIlp *ilp = rs_selection_build_ilp (instance, types, NULL, NULL);
      RsSolverStatus status = rs_solver_ilp_solve (ilp, NULL, TRUE, NULL, NULL);

      rs_solver_ilp_free (ilp);
      rs_selection_types_free (types);
      if (status == RS_SOLVER_FAILED)
        {
          g_set_error (error, RS_SELECTION_ERROR, RS_SELECTION_ERROR_SOLVER,
                       _("The integer programming solver failed."));
          return NULL;
        }
      if (status == RS_SOLVER_INFEASIBLE)
        g_ptr_array_add (check->problems,
                         g_strdup (_("No panel of this size meets every quota at the same time "
                                     "(the quotas of different categories contradict each other, or households are too large).")));
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  check->feasible = check->problems->len == 0;
  if (!check->feasible)
    check->relaxable = k <= n && relax (instance, check);
  return g_steal_pointer (&check);
}

GPtrArray *
rs_selection_check_describe (RsSelectionCheck    *check,
                             RsSelectionInstance *instance)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < check->problems->len; i++)
    g_ptr_array_add (lines, g_strdup (g_ptr_array_index (check->problems, i)));
  if (check->feasible)
    return lines;
  if (!check->relaxable)
    {
      g_ptr_array_add (lines, g_strdup (_("No change of the quotas within their allowed range makes a panel possible; "
                                          "enlarge the pool or reduce the panel size.")));
      return lines;
    }
  g_ptr_array_add (lines, g_strdup (_("The smallest change that makes a panel possible:")));
  for (guint i = 0; i < check->changes->len; i++)
    {
      RsSelectionChange *c = &g_array_index (check->changes, RsSelectionChange, i);
      g_autofree char *label = NULL;

      value_label (instance, c->value, &label);
      if (c->new_min != c->old_min)
        g_ptr_array_add (lines, g_strdup_printf (_("Lower the minimum for “%s” from %d to %d."),
                                                 label, c->old_min, c->new_min));
      if (c->new_max != c->old_max)
        g_ptr_array_add (lines, g_strdup_printf (_("Raise the maximum for “%s” from %d to %d."),
                                                 label, c->old_max, c->new_max));
    }
  return lines;
}

JsonNode *
rs_selection_check_to_json (RsSelectionCheck    *check,
                            RsSelectionInstance *instance)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) lines = rs_selection_check_describe (check, instance);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "feasible");
  json_builder_add_boolean_value (b, check->feasible);
  json_builder_set_member_name (b, "relaxable");
  json_builder_add_boolean_value (b, check->relaxable);
  json_builder_set_member_name (b, "changes");
  json_builder_begin_array (b);
  for (guint i = 0; i < check->changes->len; i++)
    {
      RsSelectionChange *c = &g_array_index (check->changes, RsSelectionChange, i);
      RsSelectionValue *val = rs_selection_instance_value (instance, c->value);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "category");
      json_builder_add_string_value (b, rs_selection_instance_category (instance, val->category)->name);
      json_builder_set_member_name (b, "value");
      json_builder_add_string_value (b, val->name);
      json_builder_set_member_name (b, "min");
      json_builder_add_int_value (b, c->old_min);
      json_builder_set_member_name (b, "suggested_min");
      json_builder_add_int_value (b, c->new_min);
      json_builder_set_member_name (b, "max");
      json_builder_add_int_value (b, c->old_max);
      json_builder_set_member_name (b, "suggested_max");
      json_builder_add_int_value (b, c->new_max);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "explanation");
  json_builder_begin_array (b);
  for (guint i = 0; i < lines->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (lines, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* Types no feasible panel can hold: repeatedly find the panel that covers
 * the most uncovered types; what stays uncovered has no chance. */
static gboolean *
uncovered_types (RsSelectionInstance *instance,
                 RsSelectionTypes    *types,
                 GCancellable        *cancellable,
                 GError             **error)
{
  int T = types->n_types;
  RsSolverIlp *ilp = rs_selection_build_ilp (instance, types, NULL, NULL);
  g_autofree double *obj = g_new0 (double, MAX (T, 1));
  g_autofree double *x = g_new0 (double, MAX (T, 1));
  gboolean *uncovered = g_new (gboolean, MAX (T, 1));

  for (int t = 0; t < T; t++)
    uncovered[t] = TRUE;
  for (;;)
    {
      double value = 0.0;
      gboolean any = FALSE;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_clear_pointer (&uncovered, g_free);
          break;
        }
      for (int t = 0; t < T; t++)
        {
          obj[t] = uncovered[t] ? 1.0 / types->count[t] : 0.0;
          any |= uncovered[t];
        }
      if (!any)
        break;
      if (rs_solver_ilp_solve (ilp, obj, TRUE, x, &value) != RS_SOLVER_OPTIMAL || value < 1e-9)
        break;  /* infeasible quotas are rs_selection_check ()'s business */
      for (int t = 0; t < T; t++)
        if (x[t] > 0.5)
          uncovered[t] = FALSE;
    }
  rs_solver_ilp_free (ilp);
  return uncovered;
}

GPtrArray *
rs_selection_zero_chance (RsSelectionInstance *instance,
                          int                 *n_people_out,
                          GCancellable        *cancellable,
                          GError             **error)
{
  g_autoptr(RsSelectionTypes) types = rs_selection_types_new (instance, TRUE);
  int n_values = rs_selection_instance_n_values (instance);
  int n_cats = rs_selection_instance_n_categories (instance);
  int n = rs_selection_instance_n_people (instance);
  g_autofree gboolean *uncovered = uncovered_types (instance, types, cancellable, error);
  g_autofree int *n_zero = g_new0 (int, MAX (n_values, 1));
  g_autofree int *n_all = g_new0 (int, MAX (n_values, 1));
  g_autofree gboolean *told = g_new0 (gboolean, MAX (n, 1));
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  int total = 0, n_groups = 0, rest = 0;

  if (n_people_out)
    *n_people_out = 0;
  if (uncovered == NULL)
    return NULL;
  for (int i = 0; i < n; i++)
    {
      RsSelectionPerson *p = rs_selection_instance_person (instance, i);
      gboolean zero = uncovered[types->type_of_person[i]];

      total += zero;
      for (int c = 0; c < n_cats; c++)
        {
          n_all[p->values[c]]++;
          n_zero[p->values[c]] += zero;
        }
    }
  if (n_people_out)
    *n_people_out = total;
  if (total == 0)
    return g_steal_pointer (&lines);

  /* First the values none of whose volunteers can be chosen. */
  for (int v = 0; v < n_values; v++)
    {
      RsSelectionValue *val = rs_selection_instance_value (instance, v);
      g_autofree char *label = NULL;
      int fresh = 0;

      if (n_zero[v] == 0 || n_zero[v] < n_all[v])
        continue;
      for (int i = 0; i < n; i++)
        if (rs_selection_instance_person (instance, i)->values[val->category] == v && !told[i])
          {
            told[i] = TRUE;
            fresh++;
          }
      if (fresh == 0)
        continue;
      value_label (instance, v, &label);
      g_ptr_array_add (lines, g_strdup_printf (ngettext ("The %d volunteer with “%s” has no chance of being drawn: "
                                                         "the quotas leave no seat for them.",
                                                         "The %d volunteers with “%s” have no chance of being drawn: "
                                                         "the quotas leave no seat for them.", n_zero[v]),
                                               n_zero[v], label));
      if (val->max == 0)
        g_ptr_array_add (lines, g_strdup_printf (_("Raise the maximum for “%s” from 0 to 1 or more, or give the "
                                                   "panel a quota tolerance."), label));
      else
        g_ptr_array_add (lines, g_strdup_printf (_("Widen the quotas that “%s” depends on: a lower minimum or a "
                                                   "higher maximum for the values these volunteers share."), label));
    }
  /* Then the rest, by their combination of values. */
  for (int t = 0; t < types->n_types; t++)
    {
      GString *combo;
      int fresh = 0;

      if (!uncovered[t])
        continue;
      for (int j = types->start[t]; j < types->start[t + 1]; j++)
        if (!told[types->member[j]])
          {
            told[types->member[j]] = TRUE;
            fresh++;
          }
      if (fresh == 0)
        continue;
      if (n_groups++ >= 5)
        {
          rest += fresh;
          continue;
        }
      combo = g_string_new (NULL);
      for (int c = 0; c < n_cats; c++)
        g_string_append_printf (combo, "%s“%s”", c ? ", " : "",
                                rs_selection_instance_value (instance,
                                  rs_selection_instance_person (instance, types->member[types->start[t]])->values[c])->name);
      g_ptr_array_add (lines, g_strdup_printf (ngettext ("%d volunteer who is %s has no chance of being drawn.",
                                                         "%d volunteers who are %s have no chance of being drawn.", fresh),
                                               fresh, combo->str));
      g_string_free (combo, TRUE);
    }
  if (rest > 0)
    g_ptr_array_add (lines, g_strdup_printf (ngettext ("%d more volunteer has no chance of being drawn.",
                                                       "%d more volunteers have no chance of being drawn.", rest), rest));
  if (n_groups > 0)
    g_ptr_array_add (lines, g_strdup (_("Widen the quotas of the values they share, for example with a quota tolerance of "
                                        "2 percentage points, then check again.")));
  return g_steal_pointer (&lines);
}
