/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* The one place where a panel's figures are counted; the Representativeness
 * page and its CSV/PNG/PDF exports, the council package (its facts and its
 * representativeness annex) all use it, so they always agree.
 *
 * Per category value of a panel:
 *  - pool: everyone in the recruitment pool, whatever their status;
 *  - selected: those holding a seat now (status selected or confirmed);
 *    people who dropped out are counted apart (dropped_out_total);
 *  - attended: of the selected, those present at least once at a meeting
 *    of this panel (registration.attended at a session of the panel).
 * The chair (person.role 'chair') is not one of the panel's seats: the
 * chair is left out of every count above and shown on its own
 * (chair_total, chair_attended). "Selected: 99 of 99 seats" for a
 * 99 + chair panel. */
typedef struct
{
  char    *category;
  char    *value;
  gboolean sensitive;
  double   target;     /* percent, < 0 when not set */
  double   population; /* percent in the stored population benchmark, < 0 when none */
  int      min;        /* quota, -1 when not set */
  int      max;
  int      pool;
  int      selected;
  int      attended;
} RsReprRow;

typedef struct
{
  gint64     panel_id;
  char      *panel_name;
  int        size;               /* seats (panel.size); the chair is not one of them */
  gboolean   has_chair;
  double     tolerance;          /* percentage points for highlighting gaps */
  int        pool_total;         /* without the chair */
  int        selected_total;     /* holding a seat, without the chair */
  int        attended_total;     /* of the selected, present at least once */
  int        attended_all_total; /* of the selected, present at every meeting of the panel */
  int        dropped_out_total;
  int        chair_total;        /* people recorded as the chair (0 or 1) */
  int        chair_attended;
  int        sessions;           /* meetings of the panel */
  GPtrArray *rows;               /* RsReprRow, grouped by category */
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
/* The panels of a budget process that have a pool or categories, in id order. */
GArray               *rs_representativeness_panels   (RsDatabase           *db,
                                                      gint64                process_id,
                                                      GError              **error);
/* The totals for people: "Selected: 99 of 99 seats. Dropped out: 2.
 * Attended at least one meeting: 97 of the selected. Attended all 3
 * meetings: 71. The chair is not one
 * of the seats and is not counted in the figures." Counts below
 * @small_cell_limit (0: none) read "< 5". Translated with @translate
 * (gettext when NULL; a report language's catalogue otherwise). */
char                 *rs_representativeness_summary  (RsRepresentativeness *self,
                                                      int                   small_cell_limit,
                                                      const char *(*translate) (gpointer    data,
                                                                                const char *msgid),
                                                      gpointer              data);
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

/* The panels of a process with the representativeness of one of them, as
 * the Representativeness page shows them. */
typedef struct
{
  GListStore           *panels;     /* RsPanel */
  gint64                panel_id;   /* the panel @data is about; 0: no panel */
  RsRepresentativeness *data;       /* or NULL without panels */
} RsProcessRepresentativeness;

void                  rs_process_representativeness_free (RsProcessRepresentativeness *self);
/* Loads on the database thread; @panel_id 0 means the process's first panel. */
void                  rs_process_representativeness_load_async  (RsDatabase          *db,
                                                                 gint64               process_id,
                                                                 gint64               panel_id,
                                                                 GCancellable        *cancellable,
                                                                 GAsyncReadyCallback  callback,
                                                                 gpointer             user_data);
RsProcessRepresentativeness *rs_process_representativeness_load_finish (RsDatabase    *db,
                                                                         GAsyncResult  *result,
                                                                         GError       **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsProcessRepresentativeness, rs_process_representativeness_free)

G_END_DECLS
