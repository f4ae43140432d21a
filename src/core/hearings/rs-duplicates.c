/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-duplicates"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "rs-duplicates.h"
#include "rs-hearing-response.h"

/*
 * Near-duplicate detection: each text becomes the set of its word 3-shingles
 * (case-folded words, hashed to 64 bits). A MinHash signature of each set
 * finds candidate pairs cheaply; candidates are confirmed with the exact
 * Jaccard similarity of the sets and joined into groups (union-find).
 */

#define SHINGLE 3
#define N_HASHES RS_DUPLICATES_N_HASHES

typedef struct
{
  guint64 *hashes;   /* sorted, unique */
  guint    n;
  guint64  sig[N_HASHES];
} Shingles;

static guint64
mix64 (guint64 x)
{
  x ^= x >> 33;
  x *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  x ^= x >> 33;
  x *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  x ^= x >> 33;
  return x;
}

static int
cmp_u64 (gconstpointer a,
         gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;
  return x < y ? -1 : x > y;
}

static guint64 seeds[N_HASHES];

static void
init_seeds (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint k = 0; k < N_HASHES; k++)
        seeds[k] = mix64 (k + 1);
      g_once_init_leave (&done, 1);
    }
}

static void
shingles_init (Shingles   *s,
               const char *text,
               gboolean    with_signature)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) set = g_array_new (FALSE, FALSE, sizeof (guint64));
  const guchar *p = (const guchar *) (text ? text : "");
  guint64 word_hash = G_GUINT64_CONSTANT (1469598103934665603);
  gboolean in_word = FALSE;

  init_seeds ();
  /* Words, lower-cased and hashed (FNV-1a) in one pass; ASCII without
   * decoding, other letters (æ, ø, å…) through GLib. */
  for (;;)
    {
      gboolean letter = FALSE;
      char folded[8];
      gsize n_folded = 0;

      if (*p == 0)
        {
          if (in_word)
            g_array_append_val (words, word_hash);
          break;
        }
      if (*p < 0x80)
        {
          letter = g_ascii_isalnum (*p);
          folded[0] = g_ascii_tolower (*p);
          n_folded = 1;
          p++;
        }
      else
        {
          gunichar c = g_utf8_get_char_validated ((const char *) p, -1);

          if (c == (gunichar) -1 || c == (gunichar) -2)
            p++;
          else
            {
              letter = g_unichar_isalnum (c);
              n_folded = g_unichar_to_utf8 (g_unichar_tolower (c), folded);
              p = (const guchar *) g_utf8_next_char (p);
            }
        }
      if (letter)
        {
          for (gsize i = 0; i < n_folded; i++)
            word_hash = (word_hash ^ (guchar) folded[i]) * G_GUINT64_CONSTANT (1099511628211);
          in_word = TRUE;
        }
      else if (in_word)
        {
          g_array_append_val (words, word_hash);
          word_hash = G_GUINT64_CONSTANT (1469598103934665603);
          in_word = FALSE;
        }
    }
  /* A text shorter than a shingle is one shingle of all its words. */
  for (guint i = 0; i == 0 || i + SHINGLE <= words->len; i++)
    {
      guint64 h = 0;
      for (guint k = 0; k < SHINGLE && i + k < words->len; k++)
        h = mix64 (h ^ g_array_index (words, guint64, i + k)) + k;
      if (words->len > 0)
        g_array_append_val (set, h);
    }
  g_array_sort (set, cmp_u64);
  s->n = 0;
  s->hashes = g_new (guint64, MAX (set->len, 1));
  for (guint i = 0; i < set->len; i++)
    if (s->n == 0 || s->hashes[s->n - 1] != g_array_index (set, guint64, i))
      s->hashes[s->n++] = g_array_index (set, guint64, i);
  if (!with_signature)
    return;
  /* The shingle hashes are well mixed already: a xor with a per-hash seed
   * and a multiplication by an odd constant (both bijections) make each of
   * the N_HASHES orderings, at a fraction of the cost of mixing again. */
  for (guint k = 0; k < N_HASHES; k++)
    s->sig[k] = G_MAXUINT64;
  for (guint i = 0; i < s->n; i++)
    for (guint k = 0; k < N_HASHES; k++)
      {
        guint64 h = (s->hashes[i] ^ seeds[k]) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
        h ^= h >> 31;
        s->sig[k] = MIN (s->sig[k], h);
      }
}

static double
jaccard (const Shingles *a,
         const Shingles *b)
{
  guint i = 0, j = 0, common = 0;

  if (a->n == 0 && b->n == 0)
    return 1.0;
  while (i < a->n && j < b->n)
    {
      if (a->hashes[i] == b->hashes[j])
        common++, i++, j++;
      else if (a->hashes[i] < b->hashes[j])
        i++;
      else
        j++;
    }
  return (double) common / (a->n + b->n - common);
}

void
rs_duplicates_signature (const char *text,
                         guint64     signature[RS_DUPLICATES_N_HASHES],
                         guint      *n_shingles)
{
  Shingles s;

  shingles_init (&s, text, TRUE);
  memcpy (signature, s.sig, sizeof s.sig);
  *n_shingles = s.n;
  g_free (s.hashes);
}

double
rs_duplicates_jaccard (const char *a,
                       const char *b)
{
  Shingles sa, sb;
  double j;

  shingles_init (&sa, a, FALSE);
  shingles_init (&sb, b, FALSE);
  j = jaccard (&sa, &sb);
  g_free (sa.hashes);
  g_free (sb.hashes);
  return j;
}

static guint
find_root (guint *parent,
           guint  x)
{
  while (parent[x] != x)
    x = parent[x] = parent[parent[x]];
  return x;
}

static int
cmp_group_size (gconstpointer a,
                gconstpointer b)
{
  const GArray *ga = *(GArray * const *) a, *gb = *(GArray * const *) b;
  if (ga->len != gb->len)
    return ga->len > gb->len ? -1 : 1;
  return (int) g_array_index (ga, guint, 0) - (int) g_array_index (gb, guint, 0);
}

GPtrArray *
rs_duplicates_find (GListModel   *responses,
                    double        threshold,
                    GCancellable *cancellable)
{
  guint n = g_list_model_get_n_items (responses);
  g_autofree Shingles *sets = g_new0 (Shingles, MAX (n, 1));
  g_autofree guint *parent = g_new (guint, MAX (n, 1));
  g_autoptr(GHashTable) groups = g_hash_table_new (NULL, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  /* MinHash agreement well below the threshold rules a pair out. */
  guint min_agree = (guint) MAX (0.0, (threshold - 0.25) * N_HASHES);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (responses, i);
      shingles_init (&sets[i], rs_hearing_response_get_text (r), TRUE);
      parent[i] = i;
    }

  for (guint i = 0; i < n && !g_cancellable_is_cancelled (cancellable); i++)
    for (guint j = i + 1; j < n; j++)
      {
        guint agree = 0, lo = MIN (sets[i].n, sets[j].n), hi = MAX (sets[i].n, sets[j].n);

        if (hi == 0 || (double) lo / hi < threshold)
          continue;
        for (guint k = 0; k < N_HASHES; k++)
          agree += sets[i].sig[k] == sets[j].sig[k];
        if (agree < min_agree)
          continue;
        if (jaccard (&sets[i], &sets[j]) >= threshold)
          parent[find_root (parent, j)] = find_root (parent, i);
      }

  for (guint i = 0; i < n; i++)
    {
      guint root = find_root (parent, i);
      GArray *group = g_hash_table_lookup (groups, GUINT_TO_POINTER (root + 1));
      if (group == NULL)
        {
          group = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (groups, GUINT_TO_POINTER (root + 1), group);
        }
      g_array_append_val (group, i);
      g_free (sets[i].hashes);
    }
  {
    GHashTableIter iter;
    gpointer value;
    g_hash_table_iter_init (&iter, groups);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        GArray *group = value;
        if (group->len >= 2)
          g_ptr_array_add (out, group);
        else
          g_array_unref (group);
      }
  }
  g_ptr_array_sort (out, cmp_group_size);
  return out;
}
