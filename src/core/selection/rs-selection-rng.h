/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A verifiable random stream: the j-th 64-bit number is the first eight
 * bytes (big-endian) of SHA-256("<seed>:<j>"), j = 0, 1, 2, ...
 * Anyone can recompute it with any SHA-256 tool.
 */
typedef struct
{
  char   *seed;
  guint64 counter;
} RsSelectionRng;

RsSelectionRng *rs_selection_rng_new        (const char     *seed);
void            rs_selection_rng_free       (RsSelectionRng *rng);
guint64         rs_selection_rng_next       (RsSelectionRng *rng);
/* Uniform in [0, 1) with 53 bits. */
double          rs_selection_rng_double     (RsSelectionRng *rng);
/* Uniform in [0, n), without modulo bias. */
guint64         rs_selection_rng_below      (RsSelectionRng *rng,
                                             guint64         n);
/* A fresh seed from the operating system (getrandom), as decimal text. */
char           *rs_selection_rng_fresh_seed (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsSelectionRng, rs_selection_rng_free)

G_END_DECLS
