/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "rs-selection-instance.h"

G_BEGIN_DECLS

#define RS_SELECTION_VERSION "1.0"

/* People with identical values who share no household constraint are
 * interchangeable: they form one type, and panels are counts per type. */
typedef struct
{
  int   n_types;
  int   n_people;
  int  *type_of_person;  /* n_people */
  int  *count;           /* people per type */
  int  *start;           /* n_types + 1: members of t are member[start[t]..start[t+1]) */
  int  *member;          /* person indices, in pool order within a type */
} RsSelectionTypes;

RsSelectionTypes *rs_selection_types_new  (RsSelectionInstance *instance,
                                           gboolean             aggregate);
void              rs_selection_types_free (RsSelectionTypes    *types);

typedef struct
{
  double probability;
  int   *counts;   /* per type */
} RsSelectionPanel;

typedef enum
{
  RS_SELECTION_LEXIMIN,
  RS_SELECTION_LEGACY,
} RsSelectionAlgorithm;

typedef struct
{
  int    n_levels;
  int    n_ilp;
  int    n_lp;
  double seconds_mw;       /* multiplicative weights + coverage */
  double seconds_cg;       /* column generation (levels) */
  double seconds_final;    /* final primal LP */
  double seconds_ilp;
  double seconds_lp;
  double final_epsilon;
  double seconds_first_level;  /* until the minimum is certified */
  int    n_columns;            /* panels generated */
  int    n_legacy_draws;
  int    n_legacy_retries;
} RsSelectionStats;

typedef struct _RsSelectionResult RsSelectionResult;

struct _RsSelectionResult
{
  gatomicrefcount      ref_count;
  RsSelectionInstance *instance;
  RsSelectionTypes    *types;
  RsSelectionAlgorithm algorithm;
  GPtrArray           *panels;       /* RsSelectionPanel*, empty for LEGACY */
  double              *marginals;    /* per person */
  double              *certificate;  /* per person weights y (Σ y = 1), or NULL */
  double               certificate_bound;
  RsSelectionStats     stats;
};

/* Called from the solving thread: @stage is translated text. */
typedef void (*RsSelectionProgress) (const char *stage,
                                     double      fraction,
                                     double      lower,
                                     double      upper,
                                     gpointer    user_data);

RsSelectionResult *rs_selection_result_new     (RsSelectionInstance  *instance,
                                                RsSelectionTypes     *types,
                                                RsSelectionAlgorithm  algorithm);
RsSelectionResult *rs_selection_result_ref     (RsSelectionResult    *self);
void               rs_selection_result_unref   (RsSelectionResult    *self);
double             rs_selection_result_minimum (RsSelectionResult    *self);
double             rs_selection_result_maximum (RsSelectionResult    *self);
/* Gini as in the paper: Σ(2i−n+1)·p_(i) / (n·k) over sorted p. */
double             rs_selection_result_gini    (RsSelectionResult    *self);
const char        *rs_selection_algorithm_to_string (RsSelectionAlgorithm algorithm);

/* {"panels":[{"probability":p,"members":[ids],"draw_from":[{"count":m,"of":[ids]}]}]} */
JsonNode          *rs_selection_result_distribution_json (RsSelectionResult *self);
/* {"minimum_upper_bound":z,"weights":{"id":y,...}} */
JsonNode          *rs_selection_result_certificate_json  (RsSelectionResult *self);
/* Counts per value for a panel given as counts per type; used by tests. */
void               rs_selection_panel_value_counts (RsSelectionResult *self,
                                                    const int         *counts,
                                                    int               *value_counts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsSelectionResult, rs_selection_result_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsSelectionTypes, rs_selection_types_free)

/* The algorithms. */
RsSelectionResult *rs_selection_leximin (RsSelectionInstance  *instance,
                                         gboolean              aggregate,
                                         RsSelectionProgress   progress,
                                         gpointer              user_data,
                                         GCancellable         *cancellable,
                                         GError              **error);
typedef enum
{
  RS_LEXIMIN_NO_AGGREGATE = 1 << 0,  /* one column per person in the ILP */
  RS_LEXIMIN_SLOW         = 1 << 1,  /* the reference path: a fresh LP per level,
                                      * fixing one level at a time; for tests and
                                      * benchmarks that compare against it */
  RS_LEXIMIN_EXACT        = 1 << 2,  /* solve every level to 1e-7 instead of 5e-4
                                      * (tests comparing the two paths) */
} RsLeximinFlags;

RsSelectionResult *rs_selection_leximin_full (RsSelectionInstance  *instance,
                                              RsLeximinFlags        flags,
                                              RsSelectionProgress   progress,
                                              gpointer              user_data,
                                              GCancellable         *cancellable,
                                              GError              **error);
/* LEGACY: marginals estimated from @n_draws greedy panels. */
RsSelectionResult *rs_selection_legacy  (RsSelectionInstance  *instance,
                                         int                   n_draws,
                                         guint64               seed,
                                         RsSelectionProgress   progress,
                                         gpointer              user_data,
                                         GCancellable         *cancellable,
                                         GError              **error);
/* One LEGACY panel: person indices (array of int), or NULL when every
 * attempt failed. @rng_state is advanced. */
GArray            *rs_selection_legacy_panel (RsSelectionInstance *instance,
                                              gpointer             rng,   /* RsSelectionRng */
                                              int                 *retries);

G_END_DECLS
