/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <json-glib/json-glib.h>

#include "rs-document.h"
#include "rs-selection-draw.h"
#include "rs-selection-result.h"

G_BEGIN_DECLS

/* The protocol of a draw: hashes of the inputs as used, algorithm and
 * version, the seed and how it was made, the random stream, the chosen
 * support panel, members, reserves, figures and timings. */
JsonNode   *rs_selection_protocol_json     (RsSelectionResult *result,
                                            RsSelectionDraw   *draw,
                                            const char        *seed_source,
                                            double             seconds);
/* A human-readable protocol (for protocol.pdf) in @language ("da", "en",
 * or NULL for the user's). Pool counts below @small_cell_limit are shown
 * as "< limit". */
RsDocument *rs_selection_protocol_document (RsSelectionResult *result,
                                            RsSelectionDraw   *draw,
                                            JsonNode          *protocol,
                                            int                small_cell_limit,
                                            const char        *language);
/* "da", "en", ... from the locale. */
char       *rs_selection_language          (void);

G_END_DECLS
