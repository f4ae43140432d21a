/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-solver"

#include "config.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <coin/Cbc_C_Interface.h>
#include <coin/Clp_C_Interface.h>

#include "rs-solver.h"

/* COIN-OR backend: CBC for integer programmes, CLP (dual simplex) for LPs.
 * A Cbc_Model must never be modified and solved again (CBC 2.10): we keep
 * a template and solve a Cbc_clone() of it every time. */

struct _RsSolverIlp
{
  Cbc_Model *template;
  int        n_columns;
  GArray    *integer;   /* gboolean per column */
  gboolean   quick;
};

struct _RsSolverLp
{
  Clp_Simplex *model;
  gboolean     maximize;
};

const char *
rs_solver_backend_name (void)
{
  static char name[64];

  if (name[0] == '\0')
    g_snprintf (name, sizeof name, "COIN-OR CBC %s + CLP", Cbc_getVersion ());
  return name;
}

RsSolverIlp *
rs_solver_ilp_new (void)
{
  RsSolverIlp *ilp = g_new0 (RsSolverIlp, 1);

  ilp->template = Cbc_newModel ();
  ilp->integer = g_array_new (FALSE, FALSE, sizeof (gboolean));
  return ilp;
}

void
rs_solver_ilp_free (RsSolverIlp *ilp)
{
  if (ilp == NULL)
    return;
  Cbc_deleteModel (ilp->template);
  g_array_unref (ilp->integer);
  g_free (ilp);
}

int
rs_solver_ilp_add_column (RsSolverIlp *ilp,
                          double       lower,
                          double       upper,
                          gboolean     integer)
{
  Cbc_addCol (ilp->template, "", lower, upper, 0.0, integer ? 1 : 0, 0, NULL, NULL);
  g_array_append_val (ilp->integer, integer);
  return ilp->n_columns++;
}

void
rs_solver_ilp_add_row (RsSolverIlp  *ilp,
                       int           nz,
                       const int    *cols,
                       const double *coefs,
                       double        lower,
                       double        upper)
{
  if (lower > -G_MAXDOUBLE && upper < G_MAXDOUBLE && lower == upper)
    Cbc_addRow (ilp->template, "", nz, cols, coefs, 'E', lower);
  else
    {
      if (lower > -G_MAXDOUBLE)
        Cbc_addRow (ilp->template, "", nz, cols, coefs, 'G', lower);
      if (upper < G_MAXDOUBLE)
        Cbc_addRow (ilp->template, "", nz, cols, coefs, 'L', upper);
    }
}

int
rs_solver_ilp_n_columns (RsSolverIlp *ilp)
{
  return ilp->n_columns;
}

RsSolverStatus
rs_solver_ilp_solve (RsSolverIlp  *ilp,
                     const double *obj,
                     gboolean      maximize,
                     double       *x_out,
                     double       *value_out)
{
  return rs_solver_ilp_solve_gap (ilp, obj, maximize, 1e-9, x_out, value_out, NULL);
}

RsSolverStatus
rs_solver_ilp_solve_gap (RsSolverIlp  *ilp,
                         const double *obj,
                         gboolean      maximize,
                         double        abs_gap,
                         double       *x_out,
                         double       *value_out,
                         double       *bound_out)
{
  return rs_solver_ilp_solve_pool (ilp, obj, maximize, abs_gap, x_out, value_out, bound_out, 0, NULL, NULL);
}

RsSolverStatus
rs_solver_ilp_solve_pool (RsSolverIlp  *ilp,
                          const double *obj,
                          gboolean      maximize,
                          double        abs_gap,
                          double       *x_out,
                          double       *value_out,
                          double       *bound_out,
                          int           max_extra,
                          double       *extra_out,
                          int          *n_extra_out)
{
  Cbc_Model *model = Cbc_clone (ilp->template);
  RsSolverStatus status;

  if (n_extra_out)
    *n_extra_out = 0;
  if (max_extra > 0)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%d", max_extra + 1);
      Cbc_setParameter (model, "maxSavedSolutions", text);
    }
  Cbc_setLogLevel (model, 0);
  Cbc_setAllowableGap (model, MAX (abs_gap, 1e-9));
  Cbc_setAllowableFractionGap (model, 1e-9);
  Cbc_setParameter (model, "threads", "1");
  if (ilp->quick)
    {
      Cbc_setParameter (model, "preprocess", "off");
      Cbc_setParameter (model, "cuts", "off");
      Cbc_setParameter (model, "heuristics", "off");
    }
  {
    const char *env = g_getenv ("RS_CBC_PARAMS");  /* benchmark knob, e.g. "cuts=on" */
    g_auto(GStrv) pairs = env ? g_strsplit (env, ",", -1) : NULL;

    for (int i = 0; pairs && pairs[i]; i++)
      {
        g_auto(GStrv) kv = g_strsplit (pairs[i], "=", 2);
        if (kv[0] && kv[1])
          Cbc_setParameter (model, kv[0], kv[1]);
      }
  }
  Cbc_setObjSense (model, maximize ? -1.0 : 1.0);
  for (int i = 0; i < ilp->n_columns; i++)
    Cbc_setObjCoeff (model, i, obj ? obj[i] : 0.0);
  Cbc_solve (model);
  if (Cbc_isProvenOptimal (model))
    {
      const double *x = Cbc_getColSolution (model);
      double value = 0.0;

      for (int i = 0; i < ilp->n_columns; i++)
        {
          double v = x[i];
          if (g_array_index (ilp->integer, gboolean, i))
            v = round (v);
          if (x_out)
            x_out[i] = v;
          value += (obj ? obj[i] : 0.0) * v;
        }
      if (value_out)
        *value_out = value;
      /* CBC stops once the best possible value is within the allowable
       * gap of the solution: that bounds the optimum. */
      if (bound_out)
        *bound_out = maximize ? value + abs_gap + 1e-12 : value - abs_gap - 1e-12;
      status = RS_SOLVER_OPTIMAL;
      for (int k = 1; max_extra > 0 && extra_out && k < Cbc_numberSavedSolutions (model) && *n_extra_out < max_extra; k++)
        {
          const double *sol = Cbc_savedSolution (model, k);
          double *out = extra_out + (gsize) *n_extra_out * ilp->n_columns;

          for (int i = 0; i < ilp->n_columns; i++)
            out[i] = g_array_index (ilp->integer, gboolean, i) ? round (sol[i]) : sol[i];
          (*n_extra_out)++;
        }
    }
  else if (Cbc_isProvenInfeasible (model))
    status = RS_SOLVER_INFEASIBLE;
  else
    status = RS_SOLVER_FAILED;
  Cbc_deleteModel (model);
  return status;
}

RsSolverLp *
rs_solver_lp_new (gboolean maximize)
{
  RsSolverLp *lp = g_new0 (RsSolverLp, 1);

  lp->model = Clp_newModel ();
  lp->maximize = maximize;
  Clp_setLogLevel (lp->model, 0);
  Clp_scaling (lp->model, 0);
  {
    /* Benchmark knob: RS_CLP_PARAMS="scaling=3,perturbation=100". */
    const char *env = g_getenv ("RS_CLP_PARAMS");
    g_auto(GStrv) pairs = env ? g_strsplit (env, ",", -1) : NULL;

    for (int i = 0; pairs && pairs[i]; i++)
      {
        g_auto(GStrv) kv = g_strsplit (pairs[i], "=", 2);

        if (kv[0] == NULL || kv[1] == NULL)
          continue;
        if (g_str_equal (kv[0], "scaling"))
          Clp_scaling (lp->model, atoi (kv[1]));
        else if (g_str_equal (kv[0], "perturbation"))
          Clp_setPerturbation (lp->model, atoi (kv[1]));
      }
  }
  Clp_setOptimizationDirection (lp->model, maximize ? -1.0 : 1.0);
  return lp;
}

void
rs_solver_lp_free (RsSolverLp *lp)
{
  if (lp == NULL)
    return;
  Clp_deleteModel (lp->model);
  g_free (lp);
}

static double
clp_bound (double v)
{
  if (v >= G_MAXDOUBLE)
    return DBL_MAX;
  if (v <= -G_MAXDOUBLE)
    return -DBL_MAX;
  return v;
}

int
rs_solver_lp_add_column (RsSolverLp   *lp,
                         double        lower,
                         double        upper,
                         double        obj,
                         int           nz,
                         const int    *rows,
                         const double *coefs)
{
  CoinBigIndex starts[2] = { 0, nz };
  double lo = clp_bound (lower), up = clp_bound (upper);

  Clp_addColumns (lp->model, 1, &lo, &up, &obj, starts, rows, coefs);
  return Clp_numberColumns (lp->model) - 1;
}

int
rs_solver_lp_add_row (RsSolverLp   *lp,
                      int           nz,
                      const int    *cols,
                      const double *coefs,
                      double        lower,
                      double        upper)
{
  CoinBigIndex starts[2] = { 0, nz };
  double lo = clp_bound (lower), up = clp_bound (upper);

  Clp_addRows (lp->model, 1, &lo, &up, starts, cols, coefs);
  return Clp_numberRows (lp->model) - 1;
}

int
rs_solver_lp_n_rows (RsSolverLp *lp)
{
  return Clp_numberRows (lp->model);
}

int
rs_solver_lp_n_columns (RsSolverLp *lp)
{
  return Clp_numberColumns (lp->model);
}

RsSolverStatus
rs_solver_lp_solve (RsSolverLp *lp)
{
  int status;
  gint64 start = g_get_monotonic_time ();

  /* Columns are added between solves: the primal simplex warm-starts. */
  Clp_primal (lp->model, 0);
  status = Clp_status (lp->model);
  g_debug ("LP %d x %d: status %d after %d iterations (%.3f s)", Clp_numberRows (lp->model),
           Clp_numberColumns (lp->model), status, Clp_numberIterations (lp->model), (g_get_monotonic_time () - start) / 1e6);
  if (status != 0)
    {
      /* Retry with the dual simplex before giving up. */
      Clp_dual (lp->model, 0);
      status = Clp_status (lp->model);
    }
  switch (status)
    {
    case 0:
      return RS_SOLVER_OPTIMAL;
    case 1:
      return RS_SOLVER_INFEASIBLE;
    case 2:
      return RS_SOLVER_UNBOUNDED;
    default:
      return RS_SOLVER_FAILED;
    }
}

double
rs_solver_lp_value (RsSolverLp *lp)
{
  return Clp_objectiveValue (lp->model);
}

const double *
rs_solver_lp_primal (RsSolverLp *lp)
{
  return Clp_getColSolution (lp->model);
}

const double *
rs_solver_lp_duals (RsSolverLp *lp)
{
  return Clp_getRowPrice (lp->model);
}

void
rs_solver_ilp_set_quick (RsSolverIlp *ilp,
                         gboolean     quick)
{
  ilp->quick = quick;
}

void
rs_solver_ilp_set_bounds (RsSolverIlp *ilp,
                          int          column,
                          double       lower,
                          double       upper)
{
  Cbc_setColLower (ilp->template, column, lower);
  Cbc_setColUpper (ilp->template, column, upper);
}

void
rs_solver_lp_set_coefficient (RsSolverLp *lp,
                              int         row,
                              int         column,
                              double      value)
{
  Clp_modifyCoefficient (lp->model, row, column, value, false);
}

void
rs_solver_lp_set_row_bounds (RsSolverLp *lp,
                             int         row,
                             double      lower,
                             double      upper)
{
  int n = Clp_numberRows (lp->model);
  g_autofree double *lo = g_memdup2 (Clp_getRowLower (lp->model), sizeof (double) * n);
  g_autofree double *up = g_memdup2 (Clp_getRowUpper (lp->model), sizeof (double) * n);

  lo[row] = clp_bound (lower);
  up[row] = clp_bound (upper);
  Clp_chgRowLower (lp->model, lo);
  Clp_chgRowUpper (lp->model, up);
}

void
rs_solver_lp_set_column_bounds (RsSolverLp *lp,
                                int         column,
                                double      lower,
                                double      upper)
{
  int n = Clp_numberColumns (lp->model);
  g_autofree double *lo = g_memdup2 (Clp_getColLower (lp->model), sizeof (double) * n);
  g_autofree double *up = g_memdup2 (Clp_getColUpper (lp->model), sizeof (double) * n);

  lo[column] = clp_bound (lower);
  up[column] = clp_bound (upper);
  Clp_chgColumnLower (lp->model, lo);
  Clp_chgColumnUpper (lp->model, up);
}

void
rs_solver_lp_set_objective (RsSolverLp *lp,
                            int         column,
                            double      value)
{
  int n = Clp_numberColumns (lp->model);
  g_autofree double *obj = g_memdup2 (Clp_getObjCoefficients (lp->model), sizeof (double) * n);

  obj[column] = value;
  Clp_chgObjCoefficients (lp->model, obj);
}

void
rs_solver_lp_delete_columns (RsSolverLp *lp,
                             int         n,
                             const int  *which)
{
  if (n > 0)
    Clp_deleteColumns (lp->model, n, which);
}

gboolean
rs_solver_lp_column_basic (RsSolverLp *lp,
                           int         column)
{
  return Clp_getColumnStatus (lp->model, column) == 1;
}

const double *
rs_solver_lp_reduced_costs (RsSolverLp *lp)
{
  return Clp_getReducedCost (lp->model);
}
