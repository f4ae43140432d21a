/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

#include "rs-catalog.h"

G_BEGIN_DECLS

/* Shorthand for a report string in the report's language; the msgid is
 * marked with N_() so xgettext finds it. */
#define RS_TR(cat, msgid) rs_catalog_lookup ((cat), (msgid))
/* The same with a context; mark the msgid with NC_ (context, msgid). */
#define RS_TRC(cat, context, msgid) rs_catalog_lookup_context ((cat), (context), (msgid))

/* "1.800.000 kr." in Danish, "DKK 1,800,000" in English (rounded to whole
 * kroner). */
char *rs_council_format_money (RsCatalog *cat,
                               double     amount);
/* A count of people: "< 5" when 0 < count < small_cell_limit. */
char *rs_council_format_count (RsCatalog *cat,
                               gint64     count,
                               int        small_cell_limit);
/* "86 %" / "86%"; empty for a negative share (none). */
char *rs_council_format_share (RsCatalog *cat,
                               double     share);

G_END_DECLS
