/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-catalog.h"
#include "rs-database.h"
#include "rs-document.h"

G_BEGIN_DECLS

/* The involvement beyond the panel in the council package and the process
 * evaluation, in the report's language (@cat): the digital comments by
 * channel and the engagement targets with target, actual and gap. Counts
 * below @limit read "< limit"; authors are never named. */
gboolean rs_involvement_report_comments (RsDocument *doc,
                                         RsCatalog  *cat,
                                         RsDatabase *db,
                                         gint64      process_id,
                                         int         limit,
                                         GError    **error);
/* A table of every target set (nothing when none is set). */
gboolean rs_involvement_report_targets  (RsDocument *doc,
                                         RsCatalog  *cat,
                                         RsDatabase *db,
                                         gint64      process_id,
                                         GError    **error);

G_END_DECLS
