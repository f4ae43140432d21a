/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A thin solver interface: the selection code only talks to these
 * functions, so another backend (e.g. HiGHS) can replace rs-solver-coin.c.
 * The ILP is a template: every maximisation solves a fresh copy of it.
 */

typedef enum
{
  RS_SOLVER_OPTIMAL,
  RS_SOLVER_INFEASIBLE,
  RS_SOLVER_UNBOUNDED,
  RS_SOLVER_FAILED,
} RsSolverStatus;

typedef struct _RsSolverIlp RsSolverIlp;
typedef struct _RsSolverLp  RsSolverLp;

const char     *rs_solver_backend_name   (void);

RsSolverIlp    *rs_solver_ilp_new        (void);
void            rs_solver_ilp_free       (RsSolverIlp   *ilp);
int             rs_solver_ilp_add_column (RsSolverIlp   *ilp,
                                          double         lower,
                                          double         upper,
                                          gboolean       integer);
/* lower <= Σ coefs·x <= upper; use -G_MAXDOUBLE / G_MAXDOUBLE for none. */
void            rs_solver_ilp_add_row    (RsSolverIlp   *ilp,
                                          int            nz,
                                          const int     *cols,
                                          const double  *coefs,
                                          double         lower,
                                          double         upper);
int             rs_solver_ilp_n_columns  (RsSolverIlp   *ilp);
/* Maximises (or minimises) obj·x on a copy of the template; @x_out gets
 * n_columns values (rounded for integer columns). */
RsSolverStatus  rs_solver_ilp_solve      (RsSolverIlp   *ilp,
                                          const double  *obj,
                                          gboolean       maximize,
                                          double        *x_out,
                                          double        *value_out);
/* The same, stopping once the solution is within @abs_gap of the best
 * possible value, which goes to @bound_out (an upper bound when
 * maximising): exact enough for column generation, and much faster. */
RsSolverStatus  rs_solver_ilp_solve_gap  (RsSolverIlp   *ilp,
                                          const double  *obj,
                                          gboolean       maximize,
                                          double         abs_gap,
                                          double        *x_out,
                                          double        *value_out,
                                          double        *bound_out);

/* As rs_solver_ilp_solve_gap (), and also up to @max_extra further
 * integer solutions CBC met on the way (@extra_out: max_extra × n_columns
 * values; *n_extra_out of them filled, best first, the optimum excluded). */
RsSolverStatus  rs_solver_ilp_solve_pool (RsSolverIlp   *ilp,
                                          const double  *obj,
                                          gboolean       maximize,
                                          double         abs_gap,
                                          double        *x_out,
                                          double        *value_out,
                                          double        *bound_out,
                                          int            max_extra,
                                          double        *extra_out,
                                          int           *n_extra_out);

/* A linear programme that grows by columns (primal simplex) or rows. */
RsSolverLp     *rs_solver_lp_new         (gboolean       maximize);
void            rs_solver_lp_free        (RsSolverLp    *lp);
int             rs_solver_lp_add_column  (RsSolverLp    *lp,
                                          double         lower,
                                          double         upper,
                                          double         obj,
                                          int            nz,
                                          const int     *rows,
                                          const double  *coefs);
int             rs_solver_lp_add_row     (RsSolverLp    *lp,
                                          int            nz,
                                          const int     *cols,
                                          const double  *coefs,
                                          double         lower,
                                          double         upper);
int             rs_solver_lp_n_rows      (RsSolverLp    *lp);
int             rs_solver_lp_n_columns   (RsSolverLp    *lp);
RsSolverStatus  rs_solver_lp_solve       (RsSolverLp    *lp);
double          rs_solver_lp_value       (RsSolverLp    *lp);
const double   *rs_solver_lp_primal      (RsSolverLp    *lp);
const double   *rs_solver_lp_duals       (RsSolverLp    *lp);
/* Changing a model in place keeps its basis: the next solve warm-starts. */
void            rs_solver_lp_set_coefficient (RsSolverLp *lp,
                                              int         row,
                                              int         column,
                                              double      value);
void            rs_solver_lp_set_row_bounds  (RsSolverLp *lp,
                                              int         row,
                                              double      lower,
                                              double      upper);
void            rs_solver_lp_set_column_bounds (RsSolverLp *lp,
                                                int         column,
                                                double      lower,
                                                double      upper);
void            rs_solver_lp_set_objective   (RsSolverLp *lp,
                                              int         column,
                                              double      value);
void            rs_solver_lp_delete_columns  (RsSolverLp *lp,
                                              int         n,
                                              const int  *which);
/* TRUE when the column is in the current basis. */
gboolean        rs_solver_lp_column_basic    (RsSolverLp *lp,
                                              int         column);
const double   *rs_solver_lp_reduced_costs   (RsSolverLp *lp);

G_END_DECLS
G_BEGIN_DECLS
/* Solves copies of this ILP without CBC's preprocessing, cutting planes
 * and primal heuristics: for the many small pricing problems of LEXIMIN,
 * where branch and bound alone is faster (still proven optimal). */
void            rs_solver_ilp_set_quick  (RsSolverIlp   *ilp,
                                          gboolean       quick);
/* Changes a column's bounds in the template (before solving copies). */
void            rs_solver_ilp_set_bounds (RsSolverIlp   *ilp,
                                          int            column,
                                          double         lower,
                                          double         upper);
G_END_DECLS
