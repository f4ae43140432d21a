/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Per category value of a panel: the target share and who is in the pool,
 * who was selected (selected or confirmed) and who attended at least one
 * meeting (registration.attended). */
typedef struct
{
  char    *category;
  char    *value;
  gboolean sensitive;
  double   target;     /* percent, < 0 when not set */
  int      min;        /* quota, -1 when not set */
  int      max;
  int      pool;
  int      selected;
  int      attended;
} RsReprRow;

typedef struct
{
  char      *panel_name;
  int        size;
  double     tolerance;  /* percentage points for highlighting gaps */
  int        pool_total;
  int        selected_total;
  int        attended_total;
  GPtrArray *rows;       /* RsReprRow, grouped by category */
} RsRepresentativeness;

typedef enum
{
  RS_REPR_POOL,
  RS_REPR_SELECTED,
  RS_REPR_ATTENDED,
} RsReprGroup;

RsRepresentativeness *rs_representativeness_load     (RsDatabase           *db,
                                                      gint64                panel_id,
                                                      GError              **error);
void                  rs_representativeness_free     (RsRepresentativeness *self);
int                   rs_repr_count                  (RsReprRow            *row,
                                                      RsReprGroup           group);
/* The share (percent) of @group in @row, or -1 when the group is empty. */
double                rs_repr_share                  (RsRepresentativeness *self,
                                                      RsReprRow            *row,
                                                      RsReprGroup           group);
/* Whether |share − target| exceeds the tolerance. */
gboolean              rs_repr_gap_exceeded           (RsRepresentativeness *self,
                                                      RsReprRow            *row,
                                                      RsReprGroup           group);
/* Whether the pool holds at least the quota's minimum. */
gboolean              rs_repr_feasible               (RsReprRow            *row);
/* CSV for export: counts below @small_cell_limit and their shares are
 * replaced by "<N". */
char                 *rs_representativeness_to_csv   (RsRepresentativeness *self,
                                                      int                   small_cell_limit);
/* Draws a horizontal bar chart; @small_cell_limit 0 shows every bar, else
 * bars resting on fewer people are left out and marked. */
void                  rs_representativeness_draw     (RsRepresentativeness *self,
                                                      cairo_t              *cr,
                                                      double                width,
                                                      int                   small_cell_limit);
double                rs_representativeness_height   (RsRepresentativeness *self);
/* Writes the chart as PNG or PDF (by the file name's extension), its
 * legend in @language ("da", "en", or NULL for the user's). */
gboolean              rs_representativeness_export_chart (RsRepresentativeness *self,
                                                          const char           *path,
                                                          int                   small_cell_limit,
                                                          const char           *language,
                                                          GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsRepresentativeness, rs_representativeness_free)

G_END_DECLS
