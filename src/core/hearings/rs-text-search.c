/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-text-search"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libstemmer.h>

#include "rs-database.h"
#include "rs-text-search.h"

/* The tokenizer: unicode61 first, then each token through the stemmer. */

typedef struct
{
  fts5_tokenizer     parent;
  Fts5Tokenizer     *parent_instance;
  struct sb_stemmer *stemmer;
} DanishTokenizer;

typedef struct
{
  DanishTokenizer *tokenizer;
  void            *ctx;
  int            (*x_token) (void *, int, const char *, int, int, int);
} TokenizeContext;

static fts5_api *
get_fts5_api (sqlite3 *handle)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (handle, "SELECT fts5(?1)", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_pointer (stmt, 1, (void *) &api, "fts5_api_ptr", NULL);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  return api;
}

static void
danish_delete (Fts5Tokenizer *tok)
{
  DanishTokenizer *self = (DanishTokenizer *) tok;

  if (self->parent_instance != NULL)
    self->parent.xDelete (self->parent_instance);
  if (self->stemmer != NULL)
    sb_stemmer_delete (self->stemmer);
  g_free (self);
}

static int
danish_create (void           *user_data,
               const char    **args,
               int             n_args,
               Fts5Tokenizer **out)
{
  fts5_api *api = user_data;
  DanishTokenizer *self = g_new0 (DanishTokenizer, 1);
  void *parent_data = NULL;
  int rc;

  rc = api->xFindTokenizer (api, "unicode61", &parent_data, &self->parent);
  if (rc == SQLITE_OK)
    rc = self->parent.xCreate (parent_data, args, n_args, &self->parent_instance);
  if (rc == SQLITE_OK)
    {
      self->stemmer = sb_stemmer_new ("danish", "UTF_8");
      if (self->stemmer == NULL)
        rc = SQLITE_NOMEM;
    }
  if (rc != SQLITE_OK)
    {
      danish_delete ((Fts5Tokenizer *) self);
      return rc;
    }
  *out = (Fts5Tokenizer *) self;
  return SQLITE_OK;
}

static int
stem_token (void       *data,
            int         flags,
            const char *token,
            int         n_token,
            int         start,
            int         end)
{
  TokenizeContext *c = data;
  const sb_symbol *stem = sb_stemmer_stem (c->tokenizer->stemmer, (const sb_symbol *) token, n_token);

  if (stem == NULL)
    return SQLITE_NOMEM;
  return c->x_token (c->ctx, flags, (const char *) stem, sb_stemmer_length (c->tokenizer->stemmer),
                     start, end);
}

static int
danish_tokenize (Fts5Tokenizer *tok,
                 void          *ctx,
                 int            flags,
                 const char    *text,
                 int            n_text,
                 int          (*x_token) (void *, int, const char *, int, int, int))
{
  DanishTokenizer *self = (DanishTokenizer *) tok;
  TokenizeContext c = { self, ctx, x_token };

  return self->parent.xTokenize (self->parent_instance, &c, flags, text, n_text, stem_token);
}

/* Exact phrases */

/* Case-folded words of @text, each a separate string. */
static GPtrArray *
split_words (const char *text,
             gsize       len)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", text ? (gssize) len : 0);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c != 0 && g_unichar_isalnum (c))
        {
          if (start == NULL)
            start = p;
          continue;
        }
      if (start != NULL)
        g_ptr_array_add (words, g_strndup (start, p - start));
      start = NULL;
      if (c == 0)
        break;
    }
  return words;
}

static gboolean
contains_sequence (GPtrArray *text,
                   GPtrArray *phrase)
{
  if (phrase->len == 0)
    return TRUE;
  for (guint i = 0; i + phrase->len <= text->len; i++)
    {
      guint k = 0;
      while (k < phrase->len && strcmp (g_ptr_array_index (text, i + k), g_ptr_array_index (phrase, k)) == 0)
        k++;
      if (k == phrase->len)
        return TRUE;
    }
  return FALSE;
}

static void
phrases_function (sqlite3_context *context,
                  int              argc,
                  sqlite3_value  **argv)
{
  const char *phrases = (const char *) sqlite3_value_text (argv[0]);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  if (phrases == NULL || *phrases == '\0')
    {
      sqlite3_result_int (context, 1);
      return;
    }
  for (int i = 1; i < argc; i++)
    {
      const char *t = (const char *) sqlite3_value_text (argv[i]);
      g_ptr_array_add (texts, split_words (t, t ? (gsize) sqlite3_value_bytes (argv[i]) : 0));
    }
  lines = g_strsplit (phrases, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_autoptr(GPtrArray) phrase = split_words (lines[l], strlen (lines[l]));
      gboolean found = FALSE;

      for (guint i = 0; i < texts->len && !found; i++)
        found = contains_sequence (g_ptr_array_index (texts, i), phrase);
      if (!found)
        {
          sqlite3_result_int (context, 0);
          return;
        }
    }
  sqlite3_result_int (context, 1);
}

/* rs_snippet(table, start, end, ellipsis): a window of about 16 words
 * around the row's first hit, the hits between @start and @end. Unlike
 * FTS5's snippet() it reads the text only up to the window, so rows that
 * hit early (most, in long letters) cost almost nothing. NULL without a hit. */

#define SNIPPET_BEFORE 4
#define SNIPPET_TOKENS 16

typedef struct
{
  int  first;                 /* token index of the window's first token */
  int  index;                 /* tokens seen */
  int  starts[SNIPPET_TOKENS];
  int  ends[SNIPPET_TOKENS];
  int  n;
} SnippetWindow;

static int
snippet_token (void       *data,
               int         flags,
               const char *token,
               int         n_token,
               int         start,
               int         end)
{
  SnippetWindow *w = data;

  if (flags & FTS5_TOKEN_COLOCATED)
    return SQLITE_OK;
  if (w->index >= w->first)
    {
      w->starts[w->n] = start;
      w->ends[w->n] = end;
      w->n++;
    }
  w->index++;
  return w->n >= SNIPPET_TOKENS ? SQLITE_DONE : SQLITE_OK;
}

static void
snippet_function (const Fts5ExtensionApi *api,
                  Fts5Context            *fts,
                  sqlite3_context        *context,
                  int                     argc,
                  sqlite3_value         **argv)
{
  const char *mark_start = argc > 0 ? (const char *) sqlite3_value_text (argv[0]) : "[";
  const char *mark_end = argc > 1 ? (const char *) sqlite3_value_text (argv[1]) : "]";
  const char *ellipsis = argc > 2 ? (const char *) sqlite3_value_text (argv[2]) : "…";
  gboolean hit[SNIPPET_TOKENS] = { FALSE };
  SnippetWindow w = { 0 };
  int n_inst = 0, phrase, column, offset, rc;
  const char *text;
  int n_text;
  GString *out;

  if (api->xInstCount (fts, &n_inst) != SQLITE_OK || n_inst == 0 ||
      api->xInst (fts, 0, &phrase, &column, &offset) != SQLITE_OK)
    {
      sqlite3_result_null (context);
      return;
    }
  /* A hit in the last column (the letter's text) is the better snippet. */
  for (int i = 0, last = api->xColumnCount (fts) - 1; column != last && i < n_inst; i++)
    {
      int p, c, o;
      if (api->xInst (fts, i, &p, &c, &o) == SQLITE_OK && c == last)
        phrase = p, column = c, offset = o;
    }
  if (api->xColumnText (fts, column, &text, &n_text) != SQLITE_OK || text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  w.first = MAX (0, offset - SNIPPET_BEFORE);
  for (int i = 0; i < n_inst; i++)
    {
      int p, c, o;
      if (api->xInst (fts, i, &p, &c, &o) != SQLITE_OK || c != column)
        continue;
      for (int k = 0; k < api->xPhraseSize (fts, p); k++)
        if (o + k >= w.first && o + k < w.first + SNIPPET_TOKENS)
          hit[o + k - w.first] = TRUE;
      if (o >= w.first + SNIPPET_TOKENS)
        break;
    }
  rc = api->xTokenize (fts, text, n_text, &w, snippet_token);
  if ((rc != SQLITE_OK && rc != SQLITE_DONE) || w.n == 0)
    {
      sqlite3_result_null (context);
      return;
    }
  out = g_string_new (w.first > 0 ? ellipsis : "");
  for (int i = 0; i < w.n; i++)
    {
      if (i > 0)
        g_string_append_len (out, text + w.ends[i - 1], w.starts[i] - w.ends[i - 1]);
      if (hit[i])
        g_string_append (out, mark_start);
      g_string_append_len (out, text + w.starts[i], w.ends[i] - w.starts[i]);
      if (hit[i])
        g_string_append (out, mark_end);
    }
  if (w.n == SNIPPET_TOKENS && w.ends[w.n - 1] < n_text)
    g_string_append (out, ellipsis);
  sqlite3_result_text (context, out->str, (int) out->len, g_free);
  g_string_free (out, FALSE);
}

/* rs_rank(): the ranking of search hits (lower is better, like bm25()).
 * BM25 without the length normalisation: Σ idf × tf·(k1+1)/(tf+k1) over
 * the query's phrases. Reading every hit's document length made ranking
 * five times slower, and with tf saturating a long letter gains little. */

#define RANK_K1 1.2

typedef struct
{
  int     n_phrases;
  double *idf;
} RankData;

static int
count_row (const Fts5ExtensionApi *api,
           Fts5Context            *fts,
           void                   *data)
{
  (*(gint64 *) data)++;
  return SQLITE_OK;
}

static void
rank_data_free (void *data)
{
  RankData *d = data;

  g_free (d->idf);
  g_free (d);
}

static void
rank_function (const Fts5ExtensionApi *api,
               Fts5Context            *fts,
               sqlite3_context        *context,
               int                     argc,
               sqlite3_value         **argv)
{
  RankData *d = api->xGetAuxdata (fts, 0);
  double score = 0;

  if (d == NULL)
    {
      sqlite3_int64 n_rows = 0;

      d = g_new0 (RankData, 1);
      d->n_phrases = api->xPhraseCount (fts);
      d->idf = g_new0 (double, MAX (d->n_phrases, 1));
      api->xRowCount (fts, &n_rows);
      for (int p = 0; p < d->n_phrases; p++)
        {
          gint64 hits = 0;
          api->xQueryPhrase (fts, p, &hits, count_row);
          d->idf[p] = MAX (1e-6, log (((double) n_rows - hits + 0.5) / (hits + 0.5) + 1.0));
        }
      if (api->xSetAuxdata (fts, d, rank_data_free) != SQLITE_OK)
        {
          sqlite3_result_error_nomem (context);
          return;
        }
    }
  for (int p = 0; p < d->n_phrases; p++)
    {
      Fts5PhraseIter iter;
      int column, offset, tf = 0;

      for (api->xPhraseFirst (fts, p, &iter, &column, &offset); column >= 0;
           api->xPhraseNext (fts, &iter, &column, &offset))
        tf++;
      score += d->idf[p] * tf * (RANK_K1 + 1) / (tf + RANK_K1);
    }
  sqlite3_result_double (context, -score);
}

gboolean
rs_text_search_register (sqlite3  *handle,
                         GError  **error)
{
  static fts5_tokenizer tokenizer = { danish_create, danish_delete, danish_tokenize };
  fts5_api *api = get_fts5_api (handle);
  int rc;

  if (api == NULL || api->iVersion < 2)
    {
      g_set_error_literal (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_OPEN,
                           _("This SQLite has no full-text search (FTS5)."));
      return FALSE;
    }
  rc = api->xCreateTokenizer (api, "danish", api, &tokenizer, NULL);
  if (rc == SQLITE_OK)
    rc = api->xCreateFunction (api, "rs_snippet", NULL, snippet_function, NULL);
  if (rc == SQLITE_OK)
    rc = api->xCreateFunction (api, "rs_rank", NULL, rank_function, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function (handle, "rs_phrases", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                  phrases_function, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_OPEN,
                   _("Could not set up the Danish search: %s"), sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

char *
rs_text_search_stem (const char *word)
{
  struct sb_stemmer *stemmer = sb_stemmer_new ("danish", "UTF_8");
  const sb_symbol *stem;
  char *out;

  g_return_val_if_fail (stemmer != NULL, NULL);
  stem = sb_stemmer_stem (stemmer, (const sb_symbol *) word, strlen (word));
  out = g_strndup ((const char *) stem, sb_stemmer_length (stemmer));
  sb_stemmer_delete (stemmer);
  return out;
}

char *
rs_text_search_build_match (const char  *query,
                            char       **phrases)
{
  g_autoptr(GString) match = g_string_new (NULL);
  g_autoptr(GString) exact = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) phrase = g_string_new (NULL);   /* words of the open quote */
  gssize last_bare = -1;                              /* where the last bare word ends */
  gboolean last_at_end = FALSE;
  gboolean quoted = FALSE;

  if (phrases != NULL)
    *phrases = NULL;
  for (const char *p = query ? query : ""; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean quote = c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB;

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        {
          if (quoted)
            g_string_append_printf (phrase, "%s%s", phrase->len ? " " : "", word->str);
          else
            {
              g_string_append_printf (match, "%s\"%s\"", match->len ? " " : "", word->str);
              last_bare = g_utf8_strlen (word->str, -1) >= 2 ? (gssize) match->len : -1;
              last_at_end = TRUE;
            }
          g_string_truncate (word, 0);
        }
      if (quote || (c == 0 && quoted))
        {
          if (quoted && phrase->len > 0)
            {
              g_autofree char *folded = g_utf8_casefold (phrase->str, -1);
              g_string_append_printf (match, "%s\"%s\"", match->len ? " " : "", phrase->str);
              g_string_append_printf (exact, "%s%s", exact->len ? "\n" : "", folded);
              g_string_truncate (phrase, 0);
              last_at_end = FALSE;
            }
          quoted = !quoted;
        }
      if (c == 0)
        break;
    }
  /* Search as you type: the last word, if it ends the query, may be the
   * beginning of a longer word (stemmed, so "skolern" finds "skolen"). */
  if (last_bare >= 0 && last_at_end)
    g_string_insert_c (match, last_bare, '*');
  if (phrases != NULL && exact->len > 0)
    *phrases = g_string_free (g_steal_pointer (&exact), FALSE);
  return match->len ? g_string_free (g_steal_pointer (&match), FALSE) : NULL;
}
