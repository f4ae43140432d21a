/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <json-glib/json-glib.h>

#include "rs-database.h"
#include "rs-selection-draw.h"
#include "rs-selection-result.h"

G_BEGIN_DECLS

/* One earlier run of a panel's draw. */
typedef struct
{
  gint64  id;
  char   *created_at;
  char   *algorithm;
  char   *seed;
  int     n_members;
  int     n_reserves;
  double  minimum;
} RsSelectionRunInfo;

void                 rs_selection_run_info_free (RsSelectionRunInfo *info);

/* The pool (everyone not declined, dropped out or withdrawn, with a value
 * in every category) and the quotas of @panel_id. Ids are pseudonyms;
 * person.id is kept in db_id. *n_skipped_out counts people left out for a
 * missing value. */
RsSelectionInstance *rs_selection_store_load      (RsDatabase          *db,
                                                   gint64               panel_id,
                                                   int                 *n_skipped_out,
                                                   GError             **error);
/* Saves the run with a snapshot of its inputs, the distribution, the
 * certificate and the protocol; members and reserves; and writes the
 * statuses back ('selected', 'reserve'), all in one transaction. */
gint64               rs_selection_store_save_run  (RsDatabase          *db,
                                                   gint64               panel_id,
                                                   RsSelectionResult   *result,
                                                   RsSelectionDraw     *draw,
                                                   JsonNode            *protocol,
                                                   GError             **error);
/* RsSelectionRunInfo*, newest first. */
GPtrArray           *rs_selection_store_list_runs (RsDatabase          *db,
                                                   gint64               panel_id,
                                                   GError             **error);

G_END_DECLS
