/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Who registered for an open meeting (or all of a process's open meetings)
 * by age band and district, against the population: ages from the
 * population figures stored for the municipality (rs_population_load(),
 * single years summed into the bands participants gave), districts from
 * the process's district list and its populations. */
typedef struct
{
  char   *category;    /* "age" or "district" */
  char   *value;       /* "15-24", "Midtby" */
  int     registered;  /* registrations not cancelled (seats and waiting list) */
  int     attended;
  double  population;  /* percent, < 0 when not known */
} RsOpenReprRow;

typedef struct
{
  gint64     session_id;     /* 0: every open meeting of the process */
  char      *title;
  int        registered;     /* not cancelled */
  int        attended;
  int        no_age;         /* registrations without an age band */
  int        no_district;
  gboolean   has_target;     /* the meeting's own target (a youth meeting's 15–24) */
  int        target_from;
  int        target_to;
  double     target_share;
  double     target_actual;  /* percent of those with an age band; < 0 when none has one */
  GPtrArray *rows;           /* RsOpenReprRow: the age bands in order, then the districts */
} RsOpenRepresentation;

RsOpenRepresentation *rs_open_representation_load   (RsDatabase           *db,
                                                     gint64                process_id,
                                                     gint64                session_id,
                                                     GError              **error);
void                  rs_open_representation_free   (RsOpenRepresentation *self);
/* A count as shared figures show it: "< 5" for 1 to @small_cell_limit − 1
 * (0: every count as it is). */
char                 *rs_open_representation_count  (int                   count,
                                                     int                   small_cell_limit);
/* The share of @count in @total as "12 %", or "–" when the count is
 * suppressed or @total is 0. */
char                 *rs_open_representation_share  (int                   count,
                                                     int                   total,
                                                     int                   small_cell_limit);
/* A plain-text table (category, value, registered, share, population,
 * attended), small cells suppressed; then the target line if any. */
char                 *rs_open_representation_to_text (RsOpenRepresentation *self,
                                                      int                   small_cell_limit);
/* "Target: 60 % aged 15–24. Now: 72 % of those who gave an age." or NULL. */
char                 *rs_open_representation_target_text (RsOpenRepresentation *self);

void                  rs_open_representation_load_async  (RsDatabase          *db,
                                                          gint64               process_id,
                                                          gint64               session_id,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
RsOpenRepresentation *rs_open_representation_load_finish (RsDatabase          *db,
                                                          GAsyncResult        *result,
                                                          GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsOpenRepresentation, rs_open_representation_free)

G_END_DECLS
