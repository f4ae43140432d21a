/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <json-glib/json-glib.h>

#include "rs-pb-count.h"

G_BEGIN_DECLS

/* The protocol of a count: enough to recount it elsewhere. The inputs are
 * named with their SHA-256; the rule, the seed and the complete tie order
 * (cost ascending, votes descending, then the lot: SHA-256 of
 * "<seed>:<project id>") are written out, then the result with each
 * project's explanation. */
JsonNode *rs_pb_protocol_to_json (const RsPbResult   *result,
                                  const RsPbElection *election,
                                  const char         *input_name,
                                  const char         *input_sha256);
/* The same as readable text (translated). */
char     *rs_pb_protocol_to_text (const RsPbResult   *result,
                                  const RsPbElection *election,
                                  const char         *input_name,
                                  const char         *input_sha256);
/* Writes protocol.json and protocol.txt into @directory (created). */
gboolean  rs_pb_protocol_write   (const RsPbResult   *result,
                                  const RsPbElection *election,
                                  const char         *input_name,
                                  const char         *input_sha256,
                                  const char         *directory,
                                  GError            **error);

G_END_DECLS
