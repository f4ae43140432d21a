/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Checks a stored selection run against its own snapshot (the inputs kept
 * with the run: panel size, quotas and the pool as pseudonyms, category
 * values and whether each person had a household), so that anyone can see
 * that the protocol's hashes still hold, also after personal data were
 * erased:
 *
 * - categories_sha256 is recomputed from the snapshot's size and quotas;
 * - distribution_sha256 (draws) from the stored distribution;
 * - pool_sha256 from the snapshot's pool. Its lines end with the person's
 *   normalised household address when the panel had one person per
 *   household; that address is personal data, so once it is erased the
 *   hash can no longer be recomputed and the check relies on the
 *   recomputation made just before the erasure (recorded with it);
 * - the pool in the snapshot still matches the database: every pseudonym
 *   is there with the same category values. */

typedef enum
{
  RS_RUN_CHECK_OK,        /* every hash recomputed and equal */
  RS_RUN_CHECK_ATTESTED,  /* equal, the pool hash as recorded at the erasure */
  RS_RUN_CHECK_FAILED,
} RsRunCheckStatus;

typedef struct
{
  gint64            run_id;
  RsRunCheckStatus  status;
  gboolean          categories_ok;
  gboolean          distribution_ok;   /* TRUE also when the run has none */
  gboolean          pool_ok;           /* recomputed, or attested */
  gboolean          pool_attested;
  gboolean          pool_matches_db;
  char             *categories_sha256; /* recomputed */
  char             *pool_sha256;       /* recomputed, or NULL when attested */
  char             *message;           /* translated: what did not hold, or NULL */
} RsRunCheck;

void        rs_run_check_free   (RsRunCheck *check);
RsRunCheck *rs_run_check        (RsDatabase *db,
                                 gint64      run_id,
                                 GError    **error);
/* The runs of a panel (newest first) as RsRunCheck. */
GPtrArray  *rs_run_check_panel  (RsDatabase *db,
                                 gint64      panel_id,
                                 GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsRunCheck, rs_run_check_free)

G_END_DECLS
