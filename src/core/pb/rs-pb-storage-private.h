/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "25-39" -> 25, 39; "75+" -> 75, 200; FALSE for anything else. Shared by
 * the ballots (rs-pb-storage.c) and the statistics (rs-pb-results.c). */
gboolean rs_pb_parse_age_band (const char *band,
                               int        *from,
                               int        *to);

G_END_DECLS
