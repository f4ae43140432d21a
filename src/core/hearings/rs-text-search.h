/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/*
 * Danish full-text search. rs_text_search_register() adds to a connection:
 *  - the FTS5 tokenizer "danish": unicode61 (its options pass through) with
 *    every token reduced by Snowball's Danish stemmer, so "skolerne",
 *    "skolen" and "skoler" are one word ("skol");
 *  - the SQL function rs_phrases(phrases, text, ...): 1 when every line of
 *    @phrases occurs as a sequence of whole words (case-folded, not stemmed)
 *    in one of the texts; this keeps quoted phrases exact.
 * Every connection that writes responses must have them (RsDatabase does it
 * on open).
 */
gboolean rs_text_search_register (sqlite3  *handle,
                                  GError  **error);

/* The Danish stem of one case-folded word (newly allocated). */
char    *rs_text_search_stem     (const char *word);

/* A user's query as an FTS5 expression and the exact phrases it holds:
 * every bare word must occur (stemmed; the last word of the query may be
 * the beginning of a longer word, for search as you type), and
 * "quoted words" must occur as that exact phrase. Returns NULL when the
 * query has no words. *phrases (may be NULL) gets the quoted phrases, one
 * per line, case-folded, or NULL when there are none. */
char    *rs_text_search_build_match (const char  *query,
                                     char       **phrases);

G_END_DECLS
