/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A JSON-stat cube as Statistics Denmark sends it (1.x with a "dataset"
 * wrapper; 2.0 with "class": "dataset" is accepted too). Cells are
 * row-major: the last dimension changes fastest. */
typedef struct
{
  char       *table_id;
  char       *updated;
  guint       n_dims;
  char      **dim_ids;     /* n_dims */
  guint      *sizes;       /* n_dims */
  GPtrArray **codes;       /* n_dims arrays of char *, by position */
  GPtrArray **labels;      /* n_dims arrays of char *, by position */
  gsize       n_values;
  double     *values;
  guint8     *missing;     /* 1 where the value was null */
} RsJsonStat;

/* Parses @root (the whole answer); errors are RS_DST_ERROR_PROTOCOL. */
RsJsonStat *rs_jsonstat_parse         (JsonNode    *root,
                                       GError     **error);
RsJsonStat *rs_jsonstat_parse_data    (const char  *data,
                                       gssize       length,
                                       GError     **error);
void        rs_jsonstat_free          (RsJsonStat  *cube);
int         rs_jsonstat_dim_index     (RsJsonStat  *cube,
                                       const char  *dim_id);
/* The category position of each dimension for flat cell @cell. */
void        rs_jsonstat_cell_position (RsJsonStat  *cube,
                                       gsize        cell,
                                       guint       *positions);
/* The cell for one code per dimension, or -1. */
gssize      rs_jsonstat_find_cell     (RsJsonStat  *cube,
                                       const char * const *codes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsJsonStat, rs_jsonstat_free)

G_END_DECLS
