/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-database.h"

G_BEGIN_DECLS

/* Shared by the files that write the sample budget process: rs-sample.c
 * (process, panel, pool), rs-sample-activities.c (meetings, labs, ideas),
 * rs-sample-hearing.c and rs-sample-council.c. */

typedef struct
{
  RsDatabase *db;
  GRand      *rand;
  gint64      process_id;
  gint64      panel_id;
  GArray     *cat_ids;     /* gint64 per category */
  GPtrArray  *value_ids;   /* GArray of gint64 per category */
  GArray     *members;     /* gint64 person ids selected for the panel */
  GArray     *ideas;       /* gint64 idea ids */
} Sample;

extern const char * const _rs_sample_first_names[];
extern const char * const _rs_sample_surnames[];
extern const char * const _rs_sample_streets[];
extern const guint        _rs_sample_n_first_names;
extern const guint        _rs_sample_n_surnames;
extern const guint        _rs_sample_n_streets;

gboolean _rs_sample_record_draw            (Sample  *s,
                                            GError **error);
gboolean _rs_sample_create_sessions        (Sample  *s,
                                            GError **error);
gboolean _rs_sample_create_labs            (Sample  *s,
                                            GError **error);
gboolean _rs_sample_create_hearing         (Sample  *s,
                                            GError **error);
gboolean _rs_sample_create_recommendations (Sample  *s,
                                            GError **error);

G_END_DECLS
