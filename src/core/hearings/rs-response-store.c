/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-response-store"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-hearing-store.h"
#include "rs-response-groups.h"
#include "rs-response-store.h"
#include "rs-text-search.h"

gint64
rs_response_store_add (RsDatabase        *db,
                       gint64             round_id,
                       RsHearingResponse *response,
                       GError           **error)
{
  GPtrArray *attachments = rs_hearing_response_get_attachments (response);
  const char *received = rs_hearing_response_get_received_on (response);
  gint64 party_id = rs_hearing_response_get_party_id (response);
  gint64 id = 0;

  if (!rs_date_is_valid (received))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("“%s” is not a valid received date; use YYYY-MM-DD."),
                   received ? received : "");
      return 0;
    }

  rs_database_lock (db);
  if (party_id <= 0)
    {
      party_id = rs_consulted_party_store_match (db, rs_hearing_response_get_sender (response),
                                                 rs_hearing_response_get_sender_email (response),
                                                 error);
      if (party_id < 0)
        goto out;
    }
  if (party_id > 0)
    rs_hearing_response_set_party_type (response, "organisation");
  else if (!g_str_equal (rs_hearing_response_get_party_type (response), "organisation"))
    rs_hearing_response_set_party_type (response, "private");

  if (!rs_database_run (db, error,
                        "INSERT INTO hearing_response (round_id, party_id, sender, sender_address, "
                        "sender_email, party_type, received_on, channel, consent_publish, subject, "
                        "text, summary, redaction_override, source_file, review_reason, content_hash) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        "iIttttttnttttttt", round_id, party_id,
                        rs_hearing_response_get_sender (response),
                        rs_hearing_response_get_sender_address (response),
                        rs_hearing_response_get_sender_email (response),
                        rs_hearing_response_get_party_type (response),
                        received,
                        rs_hearing_response_get_channel (response),
                        (int) rs_hearing_response_get_consent (response),
                        rs_hearing_response_get_subject (response),
                        rs_hearing_response_get_text (response),
                        rs_hearing_response_get_summary (response),
                        rs_hearing_response_get_redaction_override (response),
                        rs_hearing_response_get_source_file (response),
                        rs_hearing_response_get_review_reason (response),
                        rs_hearing_response_get_content_hash (response)))
    goto out;
  id = rs_database_last_insert_id (db);

  for (guint i = 0; i < attachments->len; i++)
    {
      RsAttachment *a = g_ptr_array_index (attachments, i);
      g_autoptr(RsStatement) stmt = NULL;
      gsize size;
      gconstpointer data = g_bytes_get_data (a->data, &size);

      stmt = rs_database_query (db, error,
                                "INSERT INTO attachment (owner_type, owner_id, filename, mime_type, data) "
                                "VALUES ('hearing_response', ?, ?, ?, ?)", "itt", id, a->filename,
                                a->content_type);
      if (stmt == NULL)
        {
          id = 0;
          goto out;
        }
      rs_statement_bind_blob (stmt, 4, size ? data : "", size);
      if (!rs_database_step_done (db, stmt, error))
        {
          id = 0;
          goto out;
        }
    }
  /* Near-duplicates are found once, here, and stored. */
  if (!rs_response_groups_add (db, round_id, id, rs_hearing_response_get_text (response), error))
    {
      id = 0;
      goto out;
    }
  rs_hearing_response_set_id (response, id);
  rs_hearing_response_set_round_id (response, round_id);
  rs_hearing_response_set_party_id (response, party_id);

out:
  rs_database_unlock (db);
  return id;
}

#define RESPONSE_COLUMNS                                                                   \
  "r.id, r.round_id, r.party_id, r.sender, r.sender_address, r.sender_email, r.party_type, " \
  "r.received_on, r.channel, r.consent_publish, r.subject, r.text, r.summary, "             \
  "r.redaction_override, r.source_file, r.received_on > h.deadline, "                      \
  "(SELECT count(*) FROM response_point WHERE response_id = r.id), "                       \
  "(SELECT count(*) FROM response_point WHERE response_id = r.id AND decision <> 'undecided'), " \
  "p.name, r.review_reason, r.content_hash"
#define RESPONSE_FROM                                                                      \
  " FROM hearing_response r JOIN hearing_round h ON h.id = r.round_id "                    \
  "LEFT JOIN consulted_party p ON p.id = r.party_id "

static RsHearingResponse *
response_from_row (RsStatement *stmt)
{
  RsHearingResponse *r = rs_hearing_response_new ();

#define TEXT(i) ((const char *) rs_statement_column_text (stmt, i))
  rs_hearing_response_set_id (r, rs_statement_column_int64 (stmt, 0));
  rs_hearing_response_set_round_id (r, rs_statement_column_int64 (stmt, 1));
  rs_hearing_response_set_party_id (r, rs_statement_column_int64 (stmt, 2));
  rs_hearing_response_set_sender (r, TEXT (3));
  rs_hearing_response_set_sender_address (r, TEXT (4));
  rs_hearing_response_set_sender_email (r, TEXT (5));
  rs_hearing_response_set_party_type (r, TEXT (6));
  rs_hearing_response_set_received_on (r, TEXT (7));
  rs_hearing_response_set_channel (r, TEXT (8));
  rs_hearing_response_set_consent (r, rs_statement_column_int (stmt, 9) != 0);
  rs_hearing_response_set_subject (r, TEXT (10));
  rs_hearing_response_set_text (r, TEXT (11));
  rs_hearing_response_set_summary (r, TEXT (12));
  rs_hearing_response_set_redaction_override (r, TEXT (13));
  rs_hearing_response_set_source_file (r, TEXT (14));
  rs_hearing_response_set_late (r, rs_statement_column_int (stmt, 15) != 0);
  rs_hearing_response_set_n_points (r, rs_statement_column_int (stmt, 16));
  rs_hearing_response_set_n_decided (r, rs_statement_column_int (stmt, 17));
  rs_hearing_response_set_party_name (r, TEXT (18));
  rs_hearing_response_set_review_reason (r, TEXT (19));
  rs_hearing_response_set_content_hash (r, TEXT (20));
#undef TEXT
  return r;
}

static GListStore *
collect_responses (RsDatabase   *db,
                   RsStatement *stmt,
                   gboolean      with_snippet,
                   GError      **error)
{
  g_autoptr(GListStore) store = g_list_store_new (RS_TYPE_HEARING_RESPONSE);
  int rc;

  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsHearingResponse) r = response_from_row (stmt);
      if (with_snippet)
        rs_hearing_response_set_summary (r, (const char *) rs_statement_column_text (stmt, 21));
      g_list_store_append (store, r);
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&store);
}

GListStore *
rs_response_store_list (RsDatabase *db,
                        gint64      round_id,
                        GError    **error)
{
  GListStore *store = NULL;
  RsStatement *stmt;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT " RESPONSE_COLUMNS RESPONSE_FROM
                            "WHERE r.round_id = ? ORDER BY r.received_on, r.id", "i", round_id);
  if (stmt != NULL)
    {
      store = collect_responses (db, stmt, FALSE, error);
      rs_statement_finalize (stmt);
    }
  rs_database_unlock (db);
  return store;
}

RsHearingResponse *
rs_response_store_get (RsDatabase *db,
                       gint64      response_id,
                       GError    **error)
{
  RsHearingResponse *r = NULL;
  RsStatement *stmt;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT " RESPONSE_COLUMNS RESPONSE_FROM "WHERE r.id = ?",
                            "i", response_id);
  if (stmt != NULL)
    {
      rc = rs_statement_step (stmt);
      if (rc == RS_SQL_ROW)
        r = response_from_row (stmt);
      else if (rc == RS_SQL_DONE)
        g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_NOT_FOUND,
                     _("There is no hearing response %lld."), (long long) response_id);
      else
        rs_database_set_error (db, rc, error);
      rs_statement_finalize (stmt);
    }
  rs_database_unlock (db);
  return r;
}

gboolean
rs_response_store_update (RsDatabase        *db,
                          RsHearingResponse *response,
                          GError           **error)
{
  const char *override = rs_hearing_response_get_redaction_override (response);
  gboolean ok;

  if (override != NULL && !g_str_equal (override, "show") && !g_str_equal (override, "redact"))
    override = NULL;
  rs_database_lock (db);
  ok = rs_database_run (db, error,
                        "UPDATE hearing_response SET party_type = ?, redaction_override = ?, "
                        "summary = ?, consent_publish = ? WHERE id = ?", "tttni",
                        rs_hearing_response_is_private (response) ? "private" : "organisation",
                        override, rs_hearing_response_get_summary (response),
                        (int) rs_hearing_response_get_consent (response),
                        rs_hearing_response_get_id (response));
  rs_database_unlock (db);
  return ok;
}

/* The best hits get a snippet around their first hit (rs_snippet reads a
 * text only as far as that); the rest show the start of their text. */
#define MAX_SNIPPETS 100

/* The FTS5 expression of rs_text_search_build_match() ("word" "two words"
 * "prefix"*) as a PostgreSQL tsquery for the "danish" configuration: every
 * word, phrases with <->, the prefix with :*. Phrases match stemmed words
 * in order on the server (SQLite also checks their exact spelling). */
static char *
match_to_tsquery (const char *match)
{
  GString *q = g_string_new (NULL);

  for (const char *p = match; *p; p++)
    {
      const char *end;
      g_auto(GStrv) words = NULL;

      if (*p != '"')
        continue;
      end = strchr (p + 1, '"');
      if (end == NULL)
        break;
      {
        g_autofree char *inner = g_utf8_strdown (p + 1, end - p - 1);
        g_autofree char *joined = NULL;
        words = g_strsplit (inner, " ", -1);
        joined = g_strjoinv (" <-> ", words);
        g_string_append_printf (q, "%s(%s%s)", q->len ? " & " : "", joined, end[1] == '*' ? ":*" : "");
      }
      p = end;
    }
  return g_string_free (q, FALSE);
}

static gboolean
add_snippets (RsDatabase *db,
              GListStore *store,
              const char *match,
              GError    **error)
{
  guint n = MIN (g_list_model_get_n_items (G_LIST_MODEL (store)), MAX_SNIPPETS);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_autoptr(GString) ids = g_string_new ("[");
  RsStatement *stmt;
  int rc;

  if (n == 0)
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      RsHearingResponse *r = g_list_model_get_item (G_LIST_MODEL (store), i);
      gint64 *key = g_new (gint64, 1);

      *key = rs_hearing_response_get_id (r);
      g_hash_table_insert (by_id, key, r);
      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i ? "," : "", *key);
    }
  g_string_append_c (ids, ']');
  if (rs_database_is_server (db))
    {
      g_autofree char *tsquery = match_to_tsquery (match);
      stmt = rs_database_query (db, error,
                                "SELECT r.id, ts_headline('danish', r.text, to_tsquery('danish', ?1), "
                                "'StartSel=\"" RS_SEARCH_MARK_START "\", StopSel=\"" RS_SEARCH_MARK_END "\", "
                                "MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=\"…\"') "
                                "FROM hearing_response r JOIN hearing_response_search s ON s.response_id = r.id "
                                "WHERE s.search @@ to_tsquery('danish', ?1) "
                                "AND r.id IN (SELECT value FROM json_each(?2))", "tt", tsquery, ids->str);
    }
  else
  /* "+rowid": one pass over the hits; a rowid constraint would run the
   * whole query (prefix expansion and all) once per id. */
  stmt = rs_database_query (db, error,
                            "SELECT rowid, rs_snippet(hearing_response_search, '" RS_SEARCH_MARK_START "', '"
                            RS_SEARCH_MARK_END "', '…') FROM hearing_response_search "
                            "WHERE hearing_response_search MATCH ?1 "
                            "AND +rowid IN (SELECT value FROM json_each(?2))", "tt", match, ids->str);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      RsHearingResponse *r = g_hash_table_lookup (by_id, &id);
      if (r != NULL && rs_statement_column_type (stmt, 1) != RS_SQL_NULL)
        rs_hearing_response_set_summary (r, (const char *) rs_statement_column_text (stmt, 1));
    }
  rs_statement_finalize (stmt);
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  return TRUE;
}

/* rs_text_search_build_match()'s phrases (one per line, case-folded words)
 * as regular expressions, one per line, for PostgreSQL. */
static char *
phrases_to_regexes (const char *phrases)
{
  g_auto(GStrv) lines = g_strsplit (phrases, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);
      g_autofree char *joined = g_strjoinv ("[^[:alnum:]]+", words);
      g_string_append_printf (out, "%s\\m%s\\M", i ? "\n" : "", joined);
    }
  return g_string_free (out, FALSE);
}

GListStore *
rs_response_store_search (RsDatabase             *db,
                          gint64                  round_id,
                          const RsResponseFilter *filter,
                          GError                **error)
{
  static const char *conditions =
    "r.round_id = ?1 "
    "AND (?2 = 0 OR r.party_id = ?2) "
    "AND (?3 IS NULL OR r.party_type = ?3) "
    "AND (?4 IS NULL OR EXISTS (SELECT 1 FROM response_point WHERE response_id = r.id AND theme = ?4)) "
    "AND (?5 IS NULL OR EXISTS (SELECT 1 FROM response_point WHERE response_id = r.id AND decision = ?5)) "
    "AND (?6 IS NULL "
    "  OR (?6 = 'late' AND r.received_on > h.deadline) "
    "  OR (?6 = 'review' AND r.review_reason <> '') "
    "  OR (?6 = 'uncoded' AND NOT EXISTS (SELECT 1 FROM response_point WHERE response_id = r.id)) "
    "  OR (?6 = 'analysed' AND EXISTS (SELECT 1 FROM response_point WHERE response_id = r.id) "
    "      AND NOT EXISTS (SELECT 1 FROM response_point WHERE response_id = r.id AND decision = 'undecided')) "
    "  OR (?6 = 'in-progress' AND EXISTS (SELECT 1 FROM response_point WHERE response_id = r.id "
    "      AND decision = 'undecided'))) ";
  g_autofree char *phrases = NULL;
  g_autofree char *match = filter->query ? rs_text_search_build_match (filter->query, &phrases) : NULL;
  g_autofree char *sql = NULL;
  g_autofree char *columns = NULL;
  g_autofree char *bound_match = NULL;
  GListStore *store = NULL;
  RsStatement *stmt;

  /* A preview leaves the long texts on disk: lists need only their start. */
  if (filter->preview_only)
    {
      g_autoptr(GString) c = g_string_new (RESPONSE_COLUMNS);
      g_string_replace (c, "r.text,", "substr(r.text, 1, " G_STRINGIFY (RS_RESPONSE_PREVIEW_LENGTH) "),", 1);
      columns = g_string_free (g_steal_pointer (&c), FALSE);
    }
  else
    columns = g_strdup (RESPONSE_COLUMNS);

  if (match != NULL && rs_database_is_server (db))
    {
      /* PostgreSQL: the tsvector column and its GIN index (pg/v2-hearings-analysis.sql). */
      sql = g_strconcat ("SELECT ", columns, " FROM (SELECT r.id AS hit_id, "
                         "ts_rank(s.search, to_tsquery('danish', ?7)) AS hit_rank "
                         "FROM hearing_response_search s JOIN hearing_response r ON r.id = s.response_id "
                         "JOIN hearing_round h ON h.id = r.round_id "
                         "WHERE s.search @@ to_tsquery('danish', ?7) AND ", conditions,
                         /* Quoted phrases exactly: whole words in order (see phrases_to_regexes). */
                         "AND (?9 IS NULL OR (SELECT bool_and(lower(r.sender COLLATE \"und-x-icu\") ~ p "
                         "OR lower(r.subject COLLATE \"und-x-icu\") ~ p OR lower(r.text COLLATE \"und-x-icu\") ~ p) "
                         "FROM unnest(string_to_array(?9, E'\\n')) AS p)) "
                         "ORDER BY hit_rank DESC, r.id LIMIT ?8) x JOIN hearing_response r ON r.id = x.hit_id "
                         "JOIN hearing_round h ON h.id = r.round_id "
                         "LEFT JOIN consulted_party p ON p.id = r.party_id ORDER BY x.hit_rank DESC, r.id", NULL);
    }
  else if (match != NULL)
    /* Rank and filter first, then read the columns of the best hits only:
     * sorting every match with its text would read every text. */
    sql = g_strconcat ("SELECT ", columns, " FROM (SELECT r.id AS hit_id, f.rank AS hit_rank "
                       "FROM hearing_response_search f JOIN hearing_response r ON r.id = f.rowid "
                       "JOIN hearing_round h ON h.id = r.round_id "
                       "WHERE hearing_response_search MATCH ?7 AND ", conditions,
                       "AND (?9 IS NULL OR rs_phrases(?9, r.sender, r.subject, r.text)) "
                       "ORDER BY f.rank LIMIT ?8) x CROSS JOIN hearing_response r ON r.id = x.hit_id "
                       "JOIN hearing_round h ON h.id = r.round_id "
                       "LEFT JOIN consulted_party p ON p.id = r.party_id ORDER BY x.hit_rank", NULL);
  else
    sql = g_strconcat ("SELECT ", columns, RESPONSE_FROM "WHERE ?7 IS NULL AND ",
                       conditions, "ORDER BY r.received_on, r.id", NULL);

  rs_database_lock (db);
  if (match != NULL && rs_database_is_server (db))
    {
      bound_match = match_to_tsquery (match);
      if (phrases != NULL)
        {
          char *regexes = phrases_to_regexes (phrases);
          g_free (phrases);
          phrases = regexes;
        }
    }
  stmt = rs_database_query (db, error, sql, match ? "iitttttnt" : "iittttt", round_id, filter->party_id,
                            filter->party_type, filter->theme, filter->decision, filter->status,
                            bound_match ? bound_match : match, filter->limit > 0 ? (int) MIN (filter->limit, G_MAXINT) : -1, phrases);
  if (stmt != NULL)
    {
      store = collect_responses (db, stmt, FALSE, error);
      rs_statement_finalize (stmt);
    }
  if (store != NULL && match != NULL && !add_snippets (db, store, match, error))
    g_clear_object (&store);
  rs_database_unlock (db);
  if (store != NULL && filter->preview_only)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
      {
        g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (store), i);
        rs_hearing_response_set_preview (r, TRUE);
      }
  return store;
}

gboolean
rs_response_store_progress (RsDatabase *db,
                            gint64      round_id,
                            int        *analysed,
                            int        *total,
                            GError    **error)
{
  RsStatement *stmt;
  gboolean ok = FALSE;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT count(*), coalesce(sum(n > 0 AND n = d), 0) FROM "
                            "(SELECT (SELECT count(*) FROM response_point WHERE response_id = r.id) AS n, "
                            "(SELECT count(*) FROM response_point WHERE response_id = r.id "
                            "AND decision <> 'undecided') AS d FROM hearing_response r WHERE r.round_id = ?)",
                            "i", round_id);
  if (stmt != NULL)
    {
      if (rs_statement_step (stmt) == RS_SQL_ROW)
        {
          *total = rs_statement_column_int (stmt, 0);
          *analysed = rs_statement_column_int (stmt, 1);
          ok = TRUE;
        }
      else
        rs_database_set_error (db, rs_database_errcode (db), error);
      rs_statement_finalize (stmt);
    }
  rs_database_unlock (db);
  return ok;
}

GStrv
rs_response_store_themes (RsDatabase *db,
                          gint64      round_id,
                          GError    **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  RsStatement *stmt;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT theme FROM response_point p JOIN hearing_response r "
                            "ON r.id = p.response_id WHERE r.round_id = ? AND theme <> '' "
                            "GROUP BY theme ORDER BY theme COLLATE NOCASE", "i", round_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    g_strv_builder_add (builder, (const char *) rs_statement_column_text (stmt, 0));
  rs_statement_finalize (stmt);
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_strv_builder_end (builder);
}
