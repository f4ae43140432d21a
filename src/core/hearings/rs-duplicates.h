/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RS_DUPLICATES_DEFAULT_THRESHOLD 0.5
#define RS_DUPLICATES_N_HASHES 64

/* The MinHash signature of a text's word 3-shingles and how many distinct
 * shingles it has: two texts' signatures agree in about Jaccard × 64 places. */
void       rs_duplicates_signature (const char *text,
                                    guint64     signature[RS_DUPLICATES_N_HASHES],
                                    guint      *n_shingles);

/* Jaccard similarity of the word 3-shingles of two texts (0..1). */
double     rs_duplicates_jaccard (const char *a,
                                  const char *b);
/* Groups of near-duplicate responses (a campaign, a copied letter) among
 * @responses (RsHearingResponse): a GPtrArray of GArray of guint positions
 * into @responses, largest group first. Nothing is merged; it is a review aid. */
GPtrArray *rs_duplicates_find    (GListModel   *responses,
                                  double        threshold,
                                  GCancellable *cancellable);

G_END_DECLS
