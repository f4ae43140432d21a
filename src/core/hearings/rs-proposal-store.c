/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-proposal-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-csv-reader.h"
#include "rs-hearing-store.h"
#include "rs-proposal-store.h"
#include "rs-response-point.h"

static gboolean
check_proposal (RsBudgetProposal *proposal,
                GError          **error)
{
  if (*rs_budget_proposal_get_number (proposal) == '\0' || *rs_budget_proposal_get_title (proposal) == '\0')
    {
      g_set_error_literal (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                           _("A budget proposal needs a number and a title."));
      return FALSE;
    }
  return TRUE;
}

/* "S-2" before "S-10": digits compared as numbers. */
static int
compare_numbers (const char *a,
                 const char *b)
{
  while (*a && *b)
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          guint64 x = g_ascii_strtoull (a, (char **) &a, 10);
          guint64 y = g_ascii_strtoull (b, (char **) &b, 10);
          if (x != y)
            return x < y ? -1 : 1;
          continue;
        }
      if (g_ascii_tolower (*a) != g_ascii_tolower (*b))
        return g_ascii_tolower (*a) < g_ascii_tolower (*b) ? -1 : 1;
      a++, b++;
    }
  return *a ? 1 : *b ? -1 : 0;
}

static int
compare_proposals (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  return compare_numbers (rs_budget_proposal_get_number ((RsBudgetProposal *) a),
                          rs_budget_proposal_get_number ((RsBudgetProposal *) b));
}

GListStore *
rs_proposal_store_list (RsDatabase *db,
                        gint64      round_id,
                        GError    **error)
{
  g_autoptr(GListStore) store = g_list_store_new (RS_TYPE_BUDGET_PROPOSAL);
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT id, round_id, number, title, area, amount, comment "
                            "FROM budget_proposal WHERE round_id = ?", "i", round_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsBudgetProposal) p = rs_budget_proposal_new ((const char *) rs_statement_column_text (stmt, 2),
                                                              (const char *) rs_statement_column_text (stmt, 3));
      rs_budget_proposal_set_id (p, rs_statement_column_int64 (stmt, 0));
      rs_budget_proposal_set_round_id (p, rs_statement_column_int64 (stmt, 1));
      rs_budget_proposal_set_area (p, (const char *) rs_statement_column_text (stmt, 4));
      if (rs_statement_column_type (stmt, 5) != RS_SQL_NULL)
        rs_budget_proposal_set_amount (p, rs_statement_column_int64 (stmt, 5));
      rs_budget_proposal_set_comment (p, (const char *) rs_statement_column_text (stmt, 6));
      g_list_store_append (store, p);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  g_list_store_sort (store, compare_proposals, NULL);
  return g_steal_pointer (&store);
}

static gboolean
bind_amount (RsStatement     *stmt,
             int               index,
             RsBudgetProposal *proposal)
{
  if (rs_budget_proposal_has_amount (proposal))
    return rs_statement_bind_int64 (stmt, index, rs_budget_proposal_get_amount (proposal)) == RS_SQL_OK;
  return rs_statement_bind_null (stmt, index) == RS_SQL_OK;
}

static gboolean
duplicate_number (RsDatabase       *db,
                  RsBudgetProposal *proposal,
                  GError          **error)
{
  if (error != NULL &&
      (g_error_matches (*error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_SQL) ||
       g_error_matches (*error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_CONSTRAINT)))
    {
      g_clear_error (error);
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("The round already has a budget proposal numbered “%s”."),
                   rs_budget_proposal_get_number (proposal));
    }
  return FALSE;
}

gboolean
rs_proposal_store_add (RsDatabase       *db,
                       RsBudgetProposal *proposal,
                       GError          **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  gboolean ok = FALSE;

  if (!check_proposal (proposal, error))
    return FALSE;
  rs_database_lock (db);
  stmt = rs_database_query (db, error, "INSERT INTO budget_proposal (round_id, number, title, area, comment, amount) "
                            "VALUES (?, ?, ?, ?, ?, ?)", "itttt",
                            rs_budget_proposal_get_round_id (proposal), rs_budget_proposal_get_number (proposal),
                            rs_budget_proposal_get_title (proposal), rs_budget_proposal_get_area (proposal),
                            rs_budget_proposal_get_comment (proposal));
  if (stmt != NULL && bind_amount (stmt, 6, proposal))
    {
      ok = rs_database_step_done (db, stmt, error);
      if (ok)
        rs_budget_proposal_set_id (proposal, rs_database_last_insert_id (db));
      else
        duplicate_number (db, proposal, error);
    }
  rs_database_unlock (db);
  return ok;
}

gboolean
rs_proposal_store_update (RsDatabase       *db,
                          RsBudgetProposal *proposal,
                          GError          **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  gboolean ok = FALSE;

  if (!check_proposal (proposal, error))
    return FALSE;
  rs_database_lock (db);
  stmt = rs_database_query (db, error, "UPDATE budget_proposal SET number = ?, title = ?, area = ?, comment = ?, "
                            "amount = ?6 WHERE id = ?5", "ttttI",
                            rs_budget_proposal_get_number (proposal), rs_budget_proposal_get_title (proposal),
                            rs_budget_proposal_get_area (proposal), rs_budget_proposal_get_comment (proposal),
                            rs_budget_proposal_get_id (proposal));
  if (stmt != NULL && bind_amount (stmt, 6, proposal))
    {
      ok = rs_database_step_done (db, stmt, error);
      if (!ok)
        duplicate_number (db, proposal, error);
    }
  rs_database_unlock (db);
  return ok;
}

gboolean
rs_proposal_store_delete (RsDatabase *db,
                          gint64      proposal_id,
                          GError    **error)
{
  gboolean ok;

  rs_database_lock (db);
  ok = rs_database_run (db, error, "DELETE FROM budget_proposal WHERE id = ?", "I", proposal_id);
  rs_database_unlock (db);
  return ok;
}

/* CSV import */

enum { COL_NUMBER, COL_TITLE, COL_AREA, COL_AMOUNT, COL_COMMENT, N_COLS };

static int
column_for (const char *header)
{
  static const struct { const char *name; int column; } names[] = {
    { "number", COL_NUMBER }, { "nummer", COL_NUMBER }, { "nr", COL_NUMBER }, { "nr.", COL_NUMBER },
    { "forslag", COL_NUMBER }, { "title", COL_TITLE }, { "titel", COL_TITLE }, { "navn", COL_TITLE },
    { "area", COL_AREA }, { "område", COL_AREA }, { "omraade", COL_AREA }, { "udvalg", COL_AREA },
    { "amount", COL_AMOUNT }, { "beløb", COL_AMOUNT }, { "beloeb", COL_AMOUNT },
    { "comment", COL_COMMENT }, { "bemærkning", COL_COMMENT }, { "kommentar", COL_COMMENT },
  };
  g_autofree char *folded = g_utf8_strdown (header, -1);

  g_strstrip (folded);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (folded, names[i].name))
      return names[i].column;
  return -1;
}

int
rs_proposal_store_import_csv (RsDatabase  *db,
                              gint64       round_id,
                              const char  *path,
                              GPtrArray  **warnings,
                              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RsCsvReader) reader = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *display = g_filename_display_basename (path);
  int columns[N_COLS] = { -1, -1, -1, -1, -1 };
  GPtrArray *row = NULL;
  int count = 0;

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return -1;
  reader = rs_csv_reader_new (bytes, display, error);
  if (reader == NULL)
    return -1;
  if (!rs_csv_reader_next (reader, &row, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE, _("%s: the file is empty."), display);
      return -1;
    }
  for (guint c = 0; c < row->len; c++)
    {
      int col = column_for (g_ptr_array_index (row, c));
      if (col >= 0 && columns[col] < 0)
        columns[col] = (int) c;
    }
  if (columns[COL_NUMBER] < 0 || columns[COL_TITLE] < 0)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE,
                   _("%s, line 1: the header must name a number column (number, nummer or nr) and a "
                     "title column (title or titel)."), display);
      return -1;
    }
  for (;;)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(RsBudgetProposal) p = NULL;
      guint line;
      const char *cells[N_COLS];

      if (!rs_csv_reader_next (reader, &row, &local))
        {
          if (local != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return -1;
            }
          break;
        }
      line = rs_csv_reader_get_line (reader);
      for (int c = 0; c < N_COLS; c++)
        cells[c] = columns[c] >= 0 && (guint) columns[c] < row->len ? g_ptr_array_index (row, columns[c]) : "";
      p = rs_budget_proposal_new (cells[COL_NUMBER], cells[COL_TITLE]);
      if (*rs_budget_proposal_get_number (p) == '\0')
        {
          g_ptr_array_add (notes, g_strdup_printf (_("%s:%u:%d: no number; the row was left out."),
                                                   display, line, columns[COL_NUMBER] + 1));
          continue;
        }
      if (*rs_budget_proposal_get_title (p) == '\0')
        {
          g_ptr_array_add (notes, g_strdup_printf (_("%s:%u:%d: no title; the proposal is called by its number."),
                                                   display, line, columns[COL_TITLE] + 1));
          rs_budget_proposal_set_title (p, rs_budget_proposal_get_number (p));
        }
      rs_budget_proposal_set_round_id (p, round_id);
      rs_budget_proposal_set_area (p, cells[COL_AREA]);
      rs_budget_proposal_set_comment (p, cells[COL_COMMENT]);
        {
          gint64 kroner;
          g_autofree char *amount = g_strstrip (g_strdup (cells[COL_AMOUNT]));
          if (*amount == '\0')
            ;
          else if (rs_amount_parse (amount, &kroner))
            rs_budget_proposal_set_amount (p, kroner);
          else
            g_ptr_array_add (notes, g_strdup_printf (_("%s:%u:%d: “%s” is not an amount; the proposal "
                                                       "was read without one."),
                                                     display, line, columns[COL_AMOUNT] + 1, amount));
        }
      g_ptr_array_add (found, g_steal_pointer (&p));
    }

  if (!rs_database_begin (db, error))
    return -1;
  for (guint i = 0; i < found->len; i++)
    {
      RsBudgetProposal *p = g_ptr_array_index (found, i);
      g_autoptr(RsStatement) stmt =
        rs_database_query (db, error,
                           "INSERT INTO budget_proposal (round_id, number, title, area, comment, amount) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (round_id, number) DO UPDATE SET "
                           "title = ?3, area = ?4, comment = CASE WHEN ?5 = '' THEN comment ELSE ?5 END, "
                           "amount = ?6", "itttt", round_id, rs_budget_proposal_get_number (p),
                           rs_budget_proposal_get_title (p), rs_budget_proposal_get_area (p),
                           rs_budget_proposal_get_comment (p));
      if (stmt == NULL || !bind_amount (stmt, 6, p) || !rs_database_step_done (db, stmt, error))
        {
          rs_database_rollback (db);
          return -1;
        }
      count++;
    }
  if (!rs_database_commit (db, error))
    return -1;
  if (warnings != NULL)
    *warnings = g_steal_pointer (&notes);
  return count;
}

/* Counting positions */

void
rs_position_count_free (RsPositionCount *count)
{
  if (count == NULL)
    return;
  g_free (count->position);
  g_ptr_array_unref (count->organisations);
  g_free (count);
}

typedef struct
{
  char     *key;        /* who sent it, for counting once */
  char     *name;       /* organisation name, or NULL for a private citizen */
  gint64    group;      /* 0: not in a group */
  GArray   *positions;  /* Position, its own points */
} Sender;

typedef struct
{
  gint64 proposal_id;
  int    position;      /* index into rs_position_list () */
} Position;

static void
sender_free (gpointer data)
{
  Sender *s = data;

  g_free (s->key);
  g_free (s->name);
  g_array_unref (s->positions);
  g_free (s);
}

static int
position_index (const char *nick)
{
  const char * const *list = rs_position_list ();

  for (int i = 0; list[i] != NULL; i++)
    if (g_strcmp0 (list[i], nick) == 0)
      return i;
  return -1;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const RsPositionCount *x = *(RsPositionCount * const *) a, *y = *(RsPositionCount * const *) b;

  if (x->proposal_id != y->proposal_id)
    return x->proposal_id < y->proposal_id ? -1 : 1;
  return position_index (x->position) - position_index (y->position);
}

GPtrArray *
rs_proposal_store_count_positions (RsDatabase *db,
                                   gint64      round_id,
                                   GError    **error)
{
  g_autoptr(GHashTable) senders = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, sender_free);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));   /* responses as received */
  g_autoptr(GHashTable) group_source = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) buckets = g_hash_table_new (g_str_hash, g_str_equal);   /* "proposal/position" → count */
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_position_count_free);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  rs_database_lock (db);
  /* Every response: who sent it, and its group (rule 2). */
  stmt = rs_database_query (db, error,
                            "SELECT r.id, r.party_id, r.party_type, r.sender, r.sender_email, p.name, "
                            "(SELECT m.group_id FROM response_group_member m WHERE m.response_id = r.id "
                            " AND m.excluded = 0 AND (SELECT count(*) FROM response_group_member g "
                            " WHERE g.round_id = m.round_id AND g.group_id = m.group_id AND g.excluded = 0) > 1) "
                            "FROM hearing_response r LEFT JOIN consulted_party p ON p.id = r.party_id "
                            "WHERE r.round_id = ? ORDER BY r.received_on, r.id", "i", round_id);
  if (stmt == NULL)
    goto fail;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      Sender *s = g_new0 (Sender, 1);
      gint64 id = rs_statement_column_int64 (stmt, 0), party = rs_statement_column_int64 (stmt, 1);
      gboolean organisation = g_strcmp0 ((const char *) rs_statement_column_text (stmt, 2), "organisation") == 0;
      g_autofree char *name = g_utf8_casefold ((const char *) rs_statement_column_text (stmt, 3), -1);
      g_autofree char *email = g_utf8_casefold ((const char *) rs_statement_column_text (stmt, 4), -1);

      g_strstrip (name);
      g_strstrip (email);
      if (party > 0)
        s->key = g_strdup_printf ("party:%" G_GINT64_FORMAT, party);
      else if (*name == '\0' && *email == '\0')
        s->key = g_strdup_printf ("response:%" G_GINT64_FORMAT, id);
      else
        s->key = g_strdup_printf ("%s:%s|%s", organisation ? "organisation" : "private", name, email);
      if (organisation)
        s->name = g_strdup (rs_statement_column_type (stmt, 5) != RS_SQL_NULL
                            ? (const char *) rs_statement_column_text (stmt, 5)
                            : (const char *) rs_statement_column_text (stmt, 3));
      s->group = rs_statement_column_int64 (stmt, 6);
      s->positions = g_array_new (FALSE, FALSE, sizeof (Position));
      g_hash_table_insert (senders, g_memdup2 (&id, sizeof id), s);
      g_array_append_val (order, id);
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  if (rc != RS_SQL_DONE)
    goto sql_fail;

  /* Rule 1: the coded points. A response with points, even without a
   * position, is coded on its own (rule 2 does not apply to it). */
  stmt = rs_database_query (db, error,
                            "SELECT p.response_id, coalesce(p.proposal_id, 0), p.position FROM response_point p "
                            "JOIN hearing_response r ON r.id = p.response_id WHERE r.round_id = ? "
                            "ORDER BY p.response_id, p.start_offset, p.id", "i", round_id);
  if (stmt == NULL)
    goto fail;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      Sender *s = g_hash_table_lookup (senders, &id);
      Position pos = { rs_statement_column_int64 (stmt, 1), position_index ((const char *) rs_statement_column_text (stmt, 2)) };

      if (s == NULL)
        continue;
      g_hash_table_insert (seen, g_strdup_printf ("coded:%" G_GINT64_FORMAT, id), GINT_TO_POINTER (1));
      if (pos.position <= 0 || (pos.proposal_id == 0 && !g_str_equal (rs_position_list ()[pos.position], "outside-scope")))
        continue;
      g_array_append_val (s->positions, pos);
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  if (rc != RS_SQL_DONE)
    goto sql_fail;
  rs_database_unlock (db);

  /* Rule 2: each group's first coded response, in the order received. */
  for (guint i = 0; i < order->len; i++)
    {
      gint64 id = g_array_index (order, gint64, i);
      Sender *s = g_hash_table_lookup (senders, &id);
      g_autofree char *coded = g_strdup_printf ("coded:%" G_GINT64_FORMAT, id);

      if (s->group > 0 && g_hash_table_contains (seen, coded) &&
          !g_hash_table_contains (group_source, &s->group))
        g_hash_table_insert (group_source, g_memdup2 (&s->group, sizeof s->group), s);
    }

  /* Rules 3 and 4: once per sender, proposal and position. */
  for (guint i = 0; i < order->len; i++)
    {
      gint64 id = g_array_index (order, gint64, i);
      Sender *s = g_hash_table_lookup (senders, &id);
      g_autofree char *coded = g_strdup_printf ("coded:%" G_GINT64_FORMAT, id);
      GArray *positions = s->positions;

      if (!g_hash_table_contains (seen, coded) && s->group > 0)
        {
          Sender *source = g_hash_table_lookup (group_source, &s->group);
          if (source != NULL)
            positions = source->positions;
        }
      for (guint k = 0; k < positions->len; k++)
        {
          Position *pos = &g_array_index (positions, Position, k);
          g_autofree char *bucket_key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d", pos->proposal_id, pos->position);
          g_autofree char *sender_key = g_strdup_printf ("%s#%s", bucket_key, s->key);
          g_autofree char *response_key = g_strdup_printf ("%s#r%" G_GINT64_FORMAT, bucket_key, id);
          RsPositionCount *count = g_hash_table_lookup (buckets, bucket_key);

          if (count == NULL)
            {
              char *key = g_strdup (bucket_key);
              count = g_new0 (RsPositionCount, 1);
              count->proposal_id = pos->proposal_id;
              count->position = g_strdup (rs_position_list ()[pos->position]);
              count->organisations = g_ptr_array_new_with_free_func (g_free);
              g_ptr_array_add (keys, key);
              g_hash_table_insert (buckets, key, count);
              g_ptr_array_add (counts, count);
            }
          if (!g_hash_table_contains (seen, response_key))
            {
              g_hash_table_add (seen, g_steal_pointer (&response_key));
              count->n_responses++;
            }
          if (g_hash_table_contains (seen, sender_key))
            continue;
          g_hash_table_add (seen, g_steal_pointer (&sender_key));
          if (s->name != NULL)
            g_ptr_array_add (count->organisations, g_strdup (s->name));
          else
            count->n_private++;
        }
    }
  for (guint i = 0; i < counts->len; i++)
    g_ptr_array_sort (((RsPositionCount *) g_ptr_array_index (counts, i))->organisations, compare_strings);
  g_ptr_array_sort (counts, compare_counts);
  return g_steal_pointer (&counts);

sql_fail:
  rs_database_set_error (db, rc, error);
fail:
  rs_database_unlock (db);
  return NULL;
}
