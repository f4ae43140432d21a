/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-selection"

#include "config.h"

#include <sys/random.h>

#include "rs-selection-rng.h"

RsSelectionRng *
rs_selection_rng_new (const char *seed)
{
  RsSelectionRng *rng = g_new0 (RsSelectionRng, 1);

  rng->seed = g_strdup (seed);
  return rng;
}

void
rs_selection_rng_free (RsSelectionRng *rng)
{
  if (rng == NULL)
    return;
  g_free (rng->seed);
  g_free (rng);
}

guint64
rs_selection_rng_next (RsSelectionRng *rng)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *text = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, rng->seed, rng->counter++);
  guint8 digest[32];
  gsize length = sizeof digest;
  guint64 value = 0;

  g_checksum_update (sum, (const guchar *) text, -1);
  g_checksum_get_digest (sum, digest, &length);
  for (int i = 0; i < 8; i++)
    value = (value << 8) | digest[i];
  return value;
}

double
rs_selection_rng_double (RsSelectionRng *rng)
{
  return (double) (rs_selection_rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

guint64
rs_selection_rng_below (RsSelectionRng *rng,
                        guint64         n)
{
  guint64 limit, value;

  g_return_val_if_fail (n > 0, 0);
  limit = G_MAXUINT64 - (G_MAXUINT64 % n);
  do
    value = rs_selection_rng_next (rng);
  while (value >= limit);
  return value % n;
}

char *
rs_selection_rng_fresh_seed (void)
{
  guint64 value = 0;

  if (getrandom (&value, sizeof value, 0) != sizeof value)
    value = g_random_int () ^ ((guint64) g_random_int () << 32);
  return g_strdup_printf ("%" G_GUINT64_FORMAT, value % G_GUINT64_CONSTANT (1000000000000));
}
