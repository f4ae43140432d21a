/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-pb-storage"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rs-csv-reader.h"
#include "rs-date.h"
#include "rs-pb-file.h"
#include "rs-pb-protocol.h"
#include "rs-pb-storage.h"
#include "rs-process-store.h"
#include "rs-recommendation-store.h"

G_DEFINE_QUARK (rs-pb-error-quark, rs_pb_error)

/* ---- Pools ---- */

#define POOL_COLUMNS "id, process_id, name, amount, coalesce(first_year, 0), " \
                     "coalesce(last_year, 0), ballot_kind, max_choices, min_age, district_only, " \
                     "rule, tie_seed, voting_from, voting_to, proposals_to, assessment_to, " \
                     "result_on"

static RsPbPool *
pool_from_row (RsDatabase   *db,
               sqlite3_stmt *stmt,
               GError      **error)
{
  g_autofree char *name = rs_column_dup_text (stmt, 2);
  g_autofree char *kind = rs_column_dup_text (stmt, 6);
  g_autofree char *rule = rs_column_dup_text (stmt, 10);
  g_autofree char *from = rs_column_dup_text (stmt, 12);
  g_autofree char *to = rs_column_dup_text (stmt, 13);
  g_autofree char *proposals_to = rs_column_dup_text (stmt, 14);
  g_autofree char *assessment_to = rs_column_dup_text (stmt, 15);
  g_autofree char *result_on = rs_column_dup_text (stmt, 16);
  g_autoptr(RsPbPool) pool = g_object_new (RS_TYPE_PB_POOL,
                                           "id", sqlite3_column_int64 (stmt, 0),
                                           "process-id", sqlite3_column_int64 (stmt, 1),
                                           "name", name,
                                           "amount", sqlite3_column_int64 (stmt, 3),
                                           "first-year", sqlite3_column_int (stmt, 4),
                                           "last-year", sqlite3_column_int (stmt, 5),
                                           "ballot-kind", kind,
                                           "max-choices", sqlite3_column_int (stmt, 7),
                                           "min-age", sqlite3_column_int (stmt, 8),
                                           "district-only", sqlite3_column_int (stmt, 9) != 0,
                                           "rule", rule,
                                           "tie-seed", sqlite3_column_int64 (stmt, 11),
                                           "voting-from", from,
                                           "voting-to", to,
                                           "proposals-to", proposals_to,
                                           "assessment-to", assessment_to,
                                           "result-on", result_on,
                                           NULL);
  g_autoptr(sqlite3_stmt) env = rs_database_query (db, error,
                                                   "SELECT district, amount FROM pb_envelope "
                                                   "WHERE pool_id = ? ORDER BY district", "i",
                                                   rs_pb_pool_get_id (pool));
  if (env == NULL)
    return NULL;
  while (sqlite3_step (env) == SQLITE_ROW)
    rs_pb_pool_set_envelope (pool, (const char *) sqlite3_column_text (env, 0),
                             sqlite3_column_int64 (env, 1));
  return g_steal_pointer (&pool);
}

RsPbPool *
rs_pb_storage_get_pool (RsDatabase *db,
                        gint64      pool_id,
                        GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, pool_id);
  RsPbPool *pool = NULL;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT " POOL_COLUMNS " FROM pb_pool WHERE id = ?", "i",
                            pool_id);
  if (stmt != NULL)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW)
        pool = pool_from_row (db, stmt, error);
      else
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no development pool with id %s."), id_text);
    }
  rs_database_unlock (db);
  return pool;
}

GPtrArray *
rs_pb_storage_list_pools (RsDatabase *db,
                          gint64      process_id,
                          GError    **error)
{
  g_autoptr(GPtrArray) pools = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok = TRUE;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT " POOL_COLUMNS " FROM pb_pool "
                                       "WHERE process_id = ? ORDER BY name, id", "i", process_id);
  if (stmt == NULL)
    ok = FALSE;
  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    {
      RsPbPool *pool = pool_from_row (db, stmt, error);
      if (pool == NULL)
        ok = FALSE;
      else
        g_ptr_array_add (pools, pool);
    }
  rs_database_unlock (db);
  return ok ? g_steal_pointer (&pools) : NULL;
}

RsPbPool *
rs_pb_storage_create_pool (RsDatabase *db,
                           gint64      process_id,
                           const char *name,
                           gint64      amount,
                           GError    **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  gint64 id;

  if (*stripped == '\0' || amount < 0)
    {
      g_set_error_literal (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                           _("A development pool needs a name and an amount of 0 or more."));
      return NULL;
    }
  if (!rs_database_begin (db, error))
    return NULL;
  if (!rs_database_run (db, error, "INSERT INTO pb_pool (process_id, name, amount) VALUES (?, ?, ?)",
                        "iti", process_id, stripped, amount) ||
      !rs_audit_log (db, "pb_pool", (id = rs_database_last_insert_id (db)), "create", stripped,
                     error))
    {
      rs_database_rollback (db);
      return NULL;
    }
  if (!rs_database_commit (db, error))
    return NULL;
  return rs_pb_storage_get_pool (db, id, error);
}

gboolean
rs_pb_storage_save_pool (RsDatabase *db,
                         RsPbPool   *pool,
                         GError    **error)
{
  GPtrArray *envelopes = rs_pb_pool_get_envelopes (pool);
  gint64 id = rs_pb_pool_get_id (pool);
  gint64 sum = 0;

  for (guint i = 0; i < envelopes->len; i++)
    sum += ((RsPbEnvelope *) g_ptr_array_index (envelopes, i))->amount;
  {
    const char *dates[] = { rs_pb_pool_get_proposals_to (pool), rs_pb_pool_get_assessment_to (pool),
                            rs_pb_pool_get_voting_from (pool), rs_pb_pool_get_voting_to (pool),
                            rs_pb_pool_get_result_on (pool) };

    for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
      if (dates[i] != NULL && *dates[i] && !rs_date_is_valid (dates[i]))
        {
          g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                       _("“%s” is not a date; write it as YYYY-MM-DD."), dates[i]);
          return FALSE;
        }
  }
  if (sum > rs_pb_pool_get_amount (pool))
    {
      g_set_error_literal (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                           _("The district envelopes add up to more than the pool's amount."));
      return FALSE;
    }
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!rs_database_run (db, error,
                        "UPDATE pb_pool SET name = ?, amount = ?, first_year = nullif(?, 0), "
                        "last_year = nullif(?, 0), ballot_kind = ?, max_choices = ?, min_age = ?, "
                        "district_only = ?, rule = ?, tie_seed = ?, voting_from = nullif(?, ''), "
                        "voting_to = nullif(?, ''), proposals_to = nullif(?, ''), "
                        "assessment_to = nullif(?, ''), result_on = nullif(?, '') WHERE id = ?",
                        "tinntnnntit" "ttttI", rs_pb_pool_get_name (pool), rs_pb_pool_get_amount (pool),
                        rs_pb_pool_get_first_year (pool), rs_pb_pool_get_last_year (pool),
                        rs_pb_pool_get_ballot_kind (pool), rs_pb_pool_get_max_choices (pool),
                        rs_pb_pool_get_min_age (pool), rs_pb_pool_get_district_only (pool) ? 1 : 0,
                        rs_pb_pool_get_rule (pool), rs_pb_pool_get_tie_seed (pool),
                        rs_pb_pool_get_voting_from (pool), rs_pb_pool_get_voting_to (pool),
                        rs_pb_pool_get_proposals_to (pool), rs_pb_pool_get_assessment_to (pool),
                        rs_pb_pool_get_result_on (pool), id) ||
      !rs_database_run (db, error, "DELETE FROM pb_envelope WHERE pool_id = ?", "i", id))
    goto fail;
  for (guint i = 0; i < envelopes->len; i++)
    {
      RsPbEnvelope *e = g_ptr_array_index (envelopes, i);
      if (!rs_database_run (db, error, "INSERT INTO pb_envelope (pool_id, district, amount) "
                                       "VALUES (?, ?, ?)", "iti", id, e->district, e->amount))
        goto fail;
    }
  if (!rs_audit_log (db, "pb_pool", id, "update", rs_pb_pool_get_name (pool), error))
    goto fail;
  return rs_database_commit (db, error);

fail:
  rs_database_rollback (db);
  return FALSE;
}

gboolean
rs_pb_storage_delete_pool (RsDatabase *db,
                           gint64      pool_id,
                           GError    **error)
{
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!rs_database_run (db, error, "DELETE FROM pb_pool WHERE id = ?", "i", pool_id) ||
      !rs_audit_log (db, "pb_pool", pool_id, "delete", NULL, error))
    {
      rs_database_rollback (db);
      return FALSE;
    }
  return rs_database_commit (db, error);
}

/* ---- Proposals ---- */

static char *
next_code (RsDatabase *db,
           gint64      pool_id)
{
  g_autoptr(sqlite3_stmt) stmt = rs_database_query (db, NULL,
                                                    "SELECT count(*) FROM pb_proposal "
                                                    "WHERE pool_id = ?", "i", pool_id);
  int n = stmt && sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;

  for (;; n++)
    {
      char *code = g_strdup_printf ("P-%03d", n + 1);
      g_autoptr(sqlite3_stmt) q = rs_database_query (db, NULL, "SELECT 1 FROM pb_proposal WHERE "
                                                     "pool_id = ? AND code = ?", "it", pool_id,
                                                     code);
      if (q == NULL || sqlite3_step (q) != SQLITE_ROW)
        return code;
      g_free (code);
    }
}

static const char *
or_empty (const char *s)
{
  return s ? s : "";
}

/* Inside a transaction. */
static gint64
insert_proposal (RsDatabase              *db,
                 gint64                   pool_id,
                 const RsPbProposalInput *in,
                 GError                 **error)
{
  g_autofree char *code = in->code && *in->code ? g_strstrip (g_strdup (in->code))
                                                : next_code (db, pool_id);
  g_autofree char *title = g_strstrip (g_strdup (or_empty (in->title)));
  gint64 id;

  if (*title == '\0')
    {
      g_set_error_literal (error, RS_PB_ERROR, RS_PB_ERROR_INVALID, _("A proposal needs a title."));
      return 0;
    }
  if (in->cost < 0)
    {
      g_set_error_literal (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                           _("A proposal's cost cannot be negative."));
      return 0;
    }
  {
    g_autoptr(sqlite3_stmt) q = rs_database_query (db, error, "SELECT 1 FROM pb_proposal WHERE "
                                                   "pool_id = ? AND code = ?", "it", pool_id, code);
    if (q == NULL)
      return 0;
    if (sqlite3_step (q) == SQLITE_ROW)
      {
        g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_DUPLICATE,
                     _("The pool already has a proposal numbered “%s”."), code);
        return 0;
      }
  }
  if (!rs_database_run (db, error,
                        "INSERT INTO pb_proposal (pool_id, code, title, description, cost, district, "
                        "theme, source, review_note) VALUES (?, ?, ?, ?, ?, nullif(?, ''), ?, ?, ?)",
                        "ittti" "tttt", pool_id, code, title, or_empty (in->description), in->cost,
                        or_empty (in->district), or_empty (in->theme),
                        in->source ? in->source : "typed", or_empty (in->review_note)))
    return 0;
  id = rs_database_last_insert_id (db);
  if ((in->proposer_name && *in->proposer_name) || (in->proposer_email && *in->proposer_email) ||
      (in->proposer_organisation && *in->proposer_organisation) ||
      (in->proposer_phone && *in->proposer_phone))
    if (!rs_database_run (db, error, "INSERT INTO pb_proposer (proposal_id, name, organisation, "
                                     "email, phone) VALUES (?, ?, ?, ?, ?)", "itttt", id,
                          or_empty (in->proposer_name), or_empty (in->proposer_organisation),
                          or_empty (in->proposer_email), or_empty (in->proposer_phone)))
      return 0;
  return id;
}

gint64
rs_pb_storage_add_proposal (RsDatabase              *db,
                            gint64                   pool_id,
                            const RsPbProposalInput *input,
                            GError                 **error)
{
  gint64 id;

  if (!rs_database_begin (db, error))
    return 0;
  id = insert_proposal (db, pool_id, input, error);
  if (id == 0 || !rs_audit_log (db, "pb_proposal", id, "create", input->title, error))
    {
      rs_database_rollback (db);
      return 0;
    }
  return rs_database_commit (db, error) ? id : 0;
}

gboolean
rs_pb_storage_assess (RsDatabase *db,
                      gint64      proposal_id,
                      const char *status,
                      const char *reason,
                      gint64      revised_cost,
                      GError    **error)
{
  static const char * const allowed[] = { "submitted", "feasible", "not-feasible", "withdrawn", NULL };
  g_autofree char *why = g_strstrip (g_strdup (or_empty (reason)));

  if (!g_strv_contains (allowed, or_empty (status)))
    {
      g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID, _("Unknown assessment “%s”."),
                   or_empty (status));
      return FALSE;
    }
  if (g_str_equal (status, "not-feasible") && *why == '\0')
    {
      g_set_error_literal (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                           _("Say why the proposal is not feasible; the reason is published."));
      return FALSE;
    }
  if (!rs_database_begin (db, error))
    return FALSE;
  if (g_str_equal (status, "feasible"))
    {
      g_autoptr(sqlite3_stmt) q = rs_database_query (db, error, "SELECT CASE WHEN ? >= 0 THEN ? "
                                                     "ELSE coalesce(revised_cost, cost) END FROM "
                                                     "pb_proposal WHERE id = ?", "iii",
                                                     revised_cost, revised_cost, proposal_id);
      if (q == NULL || sqlite3_step (q) != SQLITE_ROW || sqlite3_column_int64 (q, 0) <= 0)
        {
          if (q != NULL)
            g_set_error_literal (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                                 _("Give the proposal a cost before putting it on the ballot."));
          rs_database_rollback (db);
          return FALSE;
        }
    }
  if (!rs_database_run (db, error, "UPDATE pb_proposal SET status = ?, reason = ?, "
                                   "revised_cost = CASE WHEN ? < 0 THEN NULL ELSE ? END "
                                   "WHERE id = ? AND status <> 'merged'", "ttiii", status, why,
                        revised_cost, revised_cost, proposal_id) ||
      !rs_audit_log (db, "pb_proposal", proposal_id, "assess", status, error))
    {
      rs_database_rollback (db);
      return FALSE;
    }
  return rs_database_commit (db, error);
}

GPtrArray *
rs_pb_storage_list_proposals (RsDatabase *db,
                              gint64      pool_id,
                              GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT p.id, p.pool_id, p.code, p.title, p.description, p.cost, "
                            "coalesce(p.revised_cost, -1), p.district, p.theme, p.status, p.reason, "
                            "p.review_note, (SELECT count(*) FROM pb_ballot_choice c "
                            "WHERE c.proposal_id = p.id) FROM pb_proposal p WHERE p.pool_id = ? "
                            "ORDER BY p.code COLLATE NOCASE, p.id", "i", pool_id);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (list, g_object_new (RS_TYPE_PB_PROPOSAL,
                                         "id", sqlite3_column_int64 (stmt, 0),
                                         "pool-id", sqlite3_column_int64 (stmt, 1),
                                         "code", (const char *) sqlite3_column_text (stmt, 2),
                                         "title", (const char *) sqlite3_column_text (stmt, 3),
                                         "description", (const char *) sqlite3_column_text (stmt, 4),
                                         "cost", sqlite3_column_int64 (stmt, 5),
                                         "revised-cost", sqlite3_column_int64 (stmt, 6),
                                         "district", (const char *) sqlite3_column_text (stmt, 7),
                                         "theme", (const char *) sqlite3_column_text (stmt, 8),
                                         "status", (const char *) sqlite3_column_text (stmt, 9),
                                         "reason", (const char *) sqlite3_column_text (stmt, 10),
                                         "review-note", (const char *) sqlite3_column_text (stmt, 11),
                                         "votes", sqlite3_column_int (stmt, 12),
                                         NULL));
  rs_database_unlock (db);
  return stmt ? g_steal_pointer (&list) : NULL;
}

gint64
rs_pb_storage_merge (RsDatabase   *db,
                     const gint64 *ids,
                     guint         n_ids,
                     const char   *title,
                     GError      **error)
{
  RsPbProposalInput in = { 0 };
  gint64 pool_id = 0, id = 0, cost = 0;
  g_autofree char *district = NULL;
  g_autofree char *theme = NULL;
  GString *description = g_string_new (NULL);

  if (n_ids < 2)
    {
      g_set_error_literal (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                           _("Choose two or more proposals to merge."));
      g_string_free (description, TRUE);
      return 0;
    }
  if (!rs_database_begin (db, error))
    {
      g_string_free (description, TRUE);
      return 0;
    }
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(sqlite3_stmt) q = rs_database_query (db, error,
                                                     "SELECT pool_id, cost, coalesce(revised_cost, cost), "
                                                     "district, theme, code, title, description, "
                                                     "status FROM pb_proposal WHERE id = ?", "i",
                                                     ids[i]);
      if (q == NULL || sqlite3_step (q) != SQLITE_ROW)
        {
          if (q != NULL)
            {
              g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, ids[i]);
              g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                           _("There is no proposal with id %s."), id_text);
            }
          goto fail;
        }
      if ((pool_id != 0 && pool_id != sqlite3_column_int64 (q, 0)) ||
          g_strcmp0 ((const char *) sqlite3_column_text (q, 8), "merged") == 0)
        {
          g_set_error_literal (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                               _("Only proposals of the same pool that are not merged already can "
                                 "be merged."));
          goto fail;
        }
      pool_id = sqlite3_column_int64 (q, 0);
      cost += sqlite3_column_int64 (q, 2);
      if (i == 0)
        {
          district = rs_column_dup_text (q, 3);
          theme = rs_column_dup_text (q, 4);
        }
      g_string_append_printf (description, "%s%s %s: %s", i ? "\n\n" : "",
                              sqlite3_column_text (q, 5), sqlite3_column_text (q, 6),
                              sqlite3_column_text (q, 7));
    }
  in.title = title;
  in.description = description->str;
  in.cost = cost;
  in.district = district;
  in.theme = theme;
  in.source = "typed";
  id = insert_proposal (db, pool_id, &in, error);
  if (id == 0)
    goto fail;
  for (guint i = 0; i < n_ids; i++)
    if (!rs_database_run (db, error, "INSERT INTO pb_proposal_lineage (child_id, parent_id) "
                                     "VALUES (?, ?)", "ii", id, ids[i]) ||
        !rs_database_run (db, error, "UPDATE pb_proposal SET status = 'merged' WHERE id = ?", "i",
                          ids[i]))
      goto fail;
  if (!rs_audit_log (db, "pb_proposal", id, "merge", title, error))
    goto fail;
  g_string_free (description, TRUE);
  return rs_database_commit (db, error) ? id : 0;

fail:
  g_string_free (description, TRUE);
  rs_database_rollback (db);
  return 0;
}

static int
find_heading (GPtrArray          *row,
              const char * const *names)
{
  for (guint i = 0; i < row->len; i++)
    {
      g_autofree char *copy = g_strdup (g_ptr_array_index (row, i));
      g_autofree char *h = g_utf8_casefold (g_strstrip (copy), -1);

      for (guint j = 0; names[j]; j++)
        if (g_str_equal (h, names[j]))
          return (int) i;
    }
  return -1;
}

static const char *
field (GPtrArray *row,
       int        column)
{
  return column >= 0 && (guint) column < row->len ? g_ptr_array_index (row, column) : "";
}

/* Amounts as typed in Danish forms: "150.000", "150 000 kr.", "150000,00". */
static gboolean
parse_kroner (const char *text,
              gint64     *out)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p = text;
  gboolean any = FALSE;

  while (*p && g_ascii_isspace (*p))
    p++;
  for (; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p), any = TRUE;
      else if (*p == '.' || *p == ' ' || (guchar) *p == 0xc2 || (guchar) *p == 0xa0)
        continue;
      else if (*p == ',')
        {
          /* Øre: only ",00" / ",-" are accepted as whole kroner. */
          if (!(g_str_has_prefix (p, ",00") || g_str_has_prefix (p, ",-")))
            return FALSE;
          break;
        }
      else if (g_ascii_strncasecmp (p, "kr", 2) == 0 || g_ascii_strncasecmp (p, "dkk", 3) == 0)
        break;
      else
        return FALSE;
    }
  if (!any || digits->len > 15)
    return FALSE;
  *out = g_ascii_strtoll (digits->str, NULL, 10);
  return TRUE;
}

gboolean
rs_pb_storage_import_proposals (RsDatabase *db,
                                gint64      pool_id,
                                GBytes     *bytes,
                                const char *file_name,
                                guint      *n_imported,
                                guint      *n_flagged,
                                GError    **error)
{
  static const char * const h_title[] = { "title", "titel", "overskrift", "projekt", NULL };
  static const char * const h_desc[] = { "description", "beskrivelse", "tekst", NULL };
  static const char * const h_cost[] = { "cost", "beløb", "pris", "udgift", "budget", NULL };
  static const char * const h_district[] = { "district", "bydel", "område", "lokalområde", NULL };
  static const char * const h_theme[] = { "theme", "tema", "kategori", "category", NULL };
  static const char * const h_code[] = { "code", "nummer", "nr", "id", NULL };
  static const char * const h_name[] = { "name", "navn", "forslagsstiller", NULL };
  static const char * const h_org[] = { "organisation", "organization", "forening", NULL };
  static const char * const h_email[] = { "email", "e-mail", "mail", NULL };
  static const char * const h_phone[] = { "phone", "telefon", "tlf", NULL };
  g_autoptr(RsCsvReader) reader = rs_csv_reader_new (bytes, file_name, error);
  GPtrArray *row = NULL;
  int c_title, c_desc, c_cost, c_district, c_theme, c_code, c_name, c_org, c_email, c_phone;
  guint imported = 0, flagged = 0;

  if (reader == NULL)
    return FALSE;
  if (!rs_csv_reader_next (reader, &row, error))
    {
      if (error && *error == NULL)
        g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID, _("%s: the file is empty."),
                     file_name);
      return FALSE;
    }
  c_title = find_heading (row, h_title);
  c_desc = find_heading (row, h_desc);
  c_cost = find_heading (row, h_cost);
  c_district = find_heading (row, h_district);
  c_theme = find_heading (row, h_theme);
  c_code = find_heading (row, h_code);
  c_name = find_heading (row, h_name);
  c_org = find_heading (row, h_org);
  c_email = find_heading (row, h_email);
  c_phone = find_heading (row, h_phone);
  if (c_title < 0 || c_cost < 0)
    {
      g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                   _("%s, line 1: the headings need a title column (title, titel) and a cost "
                     "column (cost, beløb, pris)."), file_name);
      return FALSE;
    }
  if (!rs_database_begin (db, error))
    return FALSE;
  for (;;)
    {
      g_autoptr(GError) local = NULL;
      RsPbProposalInput in = { 0 };
      g_autofree char *note = NULL;
      g_autofree char *title = NULL;
      guint line;
      gint64 cost = 0;

      if (!rs_csv_reader_next (reader, &row, &local))
        {
          if (local != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              rs_database_rollback (db);
              return FALSE;
            }
          break;
        }
      line = rs_csv_reader_get_line (reader);
      title = g_strstrip (g_strdup (field (row, c_title)));
      if (!parse_kroner (field (row, c_cost), &cost))
        note = g_strdup_printf (_("Line %u: the cost “%s” could not be read; set it by hand."),
                                line, field (row, c_cost));
      if (*title == '\0')
        {
          g_free (title);
          title = g_strdup_printf (_("Untitled proposal (line %u)"), line);
          if (note == NULL)
            note = g_strdup_printf (_("Line %u: the proposal has no title."), line);
        }
      in.code = c_code >= 0 ? field (row, c_code) : NULL;
      in.title = title;
      in.description = field (row, c_desc);
      in.cost = cost;
      in.district = field (row, c_district);
      in.theme = field (row, c_theme);
      in.source = "csv";
      in.review_note = note;
      in.proposer_name = field (row, c_name);
      in.proposer_organisation = field (row, c_org);
      in.proposer_email = field (row, c_email);
      in.proposer_phone = field (row, c_phone);
      if (insert_proposal (db, pool_id, &in, &local) == 0)
        {
          if (g_error_matches (local, RS_PB_ERROR, RS_PB_ERROR_DUPLICATE))
            {
              /* A repeated number: import it under a new number, flagged. */
              g_autofree char *note2 = g_strdup_printf (_("Line %u: the number “%s” was used "
                                                          "twice; it got a new number."), line,
                                                        in.code);
              g_clear_error (&local);
              in.code = NULL;
              in.review_note = note2;
              if (insert_proposal (db, pool_id, &in, &local) != 0)
                {
                  imported++, flagged++;
                  continue;
                }
            }
          g_prefix_error (&local, _("%s, line %u: "), file_name, line);
          g_propagate_error (error, g_steal_pointer (&local));
          rs_database_rollback (db);
          return FALSE;
        }
      imported++;
      if (note != NULL)
        flagged++;
    }
  if (!rs_audit_log (db, "pb_pool", pool_id, "import-proposals", file_name, error))
    {
      rs_database_rollback (db);
      return FALSE;
    }
  if (!rs_database_commit (db, error))
    return FALSE;
  if (n_imported)
    *n_imported = imported;
  if (n_flagged)
    *n_flagged = flagged;
  return TRUE;
}

gboolean
rs_pb_storage_publish_ballot (RsDatabase *db,
                              gint64      pool_id,
                              GError    **error)
{
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!rs_database_run (db, error, "UPDATE pb_pool SET ballot_published = "
                                   "strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?", "i",
                        pool_id) ||
      !rs_audit_log (db, "pb_pool", pool_id, "publish-ballot", NULL, error))
    {
      rs_database_rollback (db);
      return FALSE;
    }
  return rs_database_commit (db, error);
}

/* ---- Ballots ---- */

static gboolean parse_age_band (const char *band,
                                int        *from,
                                int        *to);

typedef struct
{
  gint64 id;
  gint64 cost;
  char  *district;
} BallotEntry;

static void
ballot_entry_free (gpointer p)
{
  BallotEntry *e = p;

  g_free (e->district);
  g_free (e);
}

/* code (casefolded) -> BallotEntry of the feasible proposals. */
static GHashTable *
load_ballot_list (RsDatabase *db,
                  gint64      pool_id,
                  GError    **error)
{
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                     ballot_entry_free);
  g_autoptr(sqlite3_stmt) stmt = rs_database_query (db, error,
                                                    "SELECT id, code, coalesce(revised_cost, cost), "
                                                    "district FROM pb_proposal WHERE pool_id = ? "
                                                    "AND status = 'feasible'", "i", pool_id);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      BallotEntry *e = g_new0 (BallotEntry, 1);

      e->id = sqlite3_column_int64 (stmt, 0);
      e->cost = sqlite3_column_int64 (stmt, 2);
      e->district = rs_column_dup_text (stmt, 3);
      g_hash_table_insert (map, g_utf8_casefold ((const char *) sqlite3_column_text (stmt, 1), -1),
                           e);
    }
  return g_steal_pointer (&map);
}

/* Resolves and checks the codes; fills @ids. With @lenient, unknown codes
 * are dropped and described in *note instead of failing. */
static gboolean
check_ballot (RsDatabase            *db,
              RsPbPool              *pool,
              GHashTable            *list,
              const RsPbBallotInput *in,
              gboolean               lenient,
              GArray                *ids,
              char                 **note,
              GError               **error)
{
  gint64 total = 0;
  g_autoptr(GString) unknown = g_string_new (NULL);
  g_autofree char *voter = g_strstrip (g_strdup (or_empty (in->voter_id)));

  if (*voter == '\0')
    {
      g_set_error_literal (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                           _("The ballot needs the voter's id from the voting card."));
      return FALSE;
    }
  {
    int from, to;

    /* Eligibility: an age band wholly below the pool's minimum age. */
    if (in->age_band && parse_age_band (in->age_band, &from, &to) &&
        to < rs_pb_pool_get_min_age (pool))
      {
        g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                     _("The age band %s is below the minimum age to vote (%d)."), in->age_band,
                     rs_pb_pool_get_min_age (pool));
        return FALSE;
      }
  }
  for (guint i = 0; in->codes && in->codes[i]; i++)
    {
      g_autofree char *code = g_utf8_casefold (g_strstrip (g_strdup (in->codes[i])), -1);
      BallotEntry *e;
      gboolean repeat = FALSE;

      if (*code == '\0')
        continue;
      e = g_hash_table_lookup (list, code);
      if (e == NULL)
        {
          if (!lenient)
            {
              g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                           _("“%s” is not on the ballot."), in->codes[i]);
              return FALSE;
            }
          g_string_append_printf (unknown, "%s%s", unknown->len ? ", " : "", in->codes[i]);
          continue;
        }
      for (guint j = 0; j < ids->len; j++)
        if (g_array_index (ids, gint64, j) == e->id)
          repeat = TRUE;
      if (repeat)
        {
          if (!lenient)
            {
              g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                           _("“%s” is marked twice."), in->codes[i]);
              return FALSE;
            }
          continue;
        }
      if (rs_pb_pool_get_district_only (pool) && e->district && in->district && *in->district &&
          g_utf8_collate (e->district, in->district) != 0)
        {
          g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                       _("“%s” belongs to %s; a voter from %s can only vote on their own "
                         "district's proposals."), in->codes[i], e->district, in->district);
          return FALSE;
        }
      g_array_append_val (ids, e->id);
      total += e->cost;
    }
  if (g_str_equal (rs_pb_pool_get_ballot_kind (pool), "k-approval") &&
      rs_pb_pool_get_max_choices (pool) > 0 && ids->len > (guint) rs_pb_pool_get_max_choices (pool))
    {
      g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                   ngettext ("The ballot marks %u proposals; at most %d is allowed.",
                             "The ballot marks %u proposals; at most %d are allowed.",
                             rs_pb_pool_get_max_choices (pool)),
                   ids->len, rs_pb_pool_get_max_choices (pool));
      return FALSE;
    }
  if (g_str_equal (rs_pb_pool_get_ballot_kind (pool), "knapsack") &&
      total > rs_pb_pool_get_amount (pool))
    {
      g_autofree char *a = rs_pb_format_amount (total);
      g_autofree char *b = rs_pb_format_amount (rs_pb_pool_get_amount (pool));

      g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                   _("The marked proposals cost DKK %s together, more than the pool's DKK %s."),
                   a, b);
      return FALSE;
    }
  if (unknown->len > 0 && note)
    *note = g_strdup_printf (_("Not on the ballot and left out: %s."), unknown->str);
  return TRUE;
}

static gboolean
voter_exists (RsDatabase *db,
              gint64      pool_id,
              const char *voter_id,
              gint64     *ballot_id)
{
  g_autofree char *v = g_strstrip (g_strdup (or_empty (voter_id)));
  g_autoptr(sqlite3_stmt) q = rs_database_query (db, NULL, "SELECT id FROM pb_ballot WHERE "
                                                 "pool_id = ? AND voter_id = ?", "it", pool_id, v);

  if (q != NULL && sqlite3_step (q) == SQLITE_ROW)
    {
      if (ballot_id)
        *ballot_id = sqlite3_column_int64 (q, 0);
      return TRUE;
    }
  return FALSE;
}

gboolean
rs_pb_storage_validate_ballot (RsDatabase            *db,
                               gint64                 pool_id,
                               const RsPbBallotInput *input,
                               GError               **error)
{
  g_autoptr(RsPbPool) pool = rs_pb_storage_get_pool (db, pool_id, error);
  g_autoptr(GHashTable) list = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok;

  if (pool == NULL)
    return FALSE;
  rs_database_lock (db);
  list = load_ballot_list (db, pool_id, error);
  ok = list != NULL && check_ballot (db, pool, list, input, FALSE, ids, NULL, error);
  if (ok && voter_exists (db, pool_id, input->voter_id, NULL))
    {
      g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_DUPLICATE,
                   _("Voter “%s” has already voted; one ballot per voter."), input->voter_id);
      ok = FALSE;
    }
  rs_database_unlock (db);
  return ok;
}

static gint64
insert_ballot (RsDatabase            *db,
               gint64                 pool_id,
               const RsPbBallotInput *in,
               GArray                *ids,
               const char            *note,
               GError               **error)
{
  g_autofree char *voter = g_strstrip (g_strdup (or_empty (in->voter_id)));
  gint64 id;

  if (voter_exists (db, pool_id, voter, NULL))
    {
      g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_DUPLICATE,
                   _("Voter “%s” has already voted; one ballot per voter."), voter);
      return 0;
    }
  if (!rs_database_run (db, error, "INSERT INTO pb_ballot (pool_id, voter_id, age_band, district, "
                                   "channel, paper_number, review_note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        "ittttt" "t", pool_id, voter, or_empty (in->age_band), or_empty (in->district),
                        in->channel ? in->channel : "paper", or_empty (in->paper_number),
                        or_empty (note)))
    return 0;
  id = rs_database_last_insert_id (db);
  for (guint i = 0; i < ids->len; i++)
    if (!rs_database_run (db, error, "INSERT INTO pb_ballot_choice (ballot_id, proposal_id) "
                                     "VALUES (?, ?)", "ii", id, g_array_index (ids, gint64, i)))
      return 0;
  return id;
}

gint64
rs_pb_storage_add_ballot (RsDatabase            *db,
                          gint64                 pool_id,
                          const RsPbBallotInput *input,
                          GError               **error)
{
  g_autoptr(RsPbPool) pool = rs_pb_storage_get_pool (db, pool_id, error);
  g_autoptr(GHashTable) list = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id = 0;

  if (pool == NULL || !rs_database_begin (db, error))
    return 0;
  list = load_ballot_list (db, pool_id, error);
  if (list != NULL && check_ballot (db, pool, list, input, FALSE, ids, NULL, error))
    id = insert_ballot (db, pool_id, input, ids, NULL, error);
  if (id == 0)
    {
      rs_database_rollback (db);
      return 0;
    }
  return rs_database_commit (db, error) ? id : 0;
}

gboolean
rs_pb_storage_check_ballot (RsDatabase            *db,
                            gint64                 pool_id,
                            const RsPbBallotInput *input,
                            gboolean              *matched,
                            GError               **error)
{
  g_autoptr(RsPbPool) pool = rs_pb_storage_get_pool (db, pool_id, error);
  g_autoptr(GHashTable) list = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) stored = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) stored_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 ballot_id = 0;
  gboolean same;

  if (pool == NULL || !rs_database_begin (db, error))
    return FALSE;
  list = load_ballot_list (db, pool_id, error);
  if (list == NULL || !check_ballot (db, pool, list, input, FALSE, ids, NULL, error))
    goto fail;
  if (!voter_exists (db, pool_id, input->voter_id, &ballot_id))
    {
      g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                   _("No ballot from voter “%s” has been entered yet."), input->voter_id);
      goto fail;
    }
  {
    g_autoptr(sqlite3_stmt) q = rs_database_query (db, error, "SELECT proposal_id FROM "
                                                   "pb_ballot_choice WHERE ballot_id = ?", "i",
                                                   ballot_id);
    if (q == NULL)
      goto fail;
    while (sqlite3_step (q) == SQLITE_ROW)
      {
        gint64 v = sqlite3_column_int64 (q, 0);
        g_array_append_val (stored_ids, v);
      }
  }
  for (guint i = 0; i < stored_ids->len; i++)
    g_hash_table_add (stored, &g_array_index (stored_ids, gint64, i));
  same = ids->len == stored_ids->len;
  for (guint i = 0; same && i < ids->len; i++)
    same = g_hash_table_contains (stored, &g_array_index (ids, gint64, i));
  if (!rs_database_run (db, error, "UPDATE pb_ballot SET checked = ? WHERE id = ?", "ti",
                        same ? "matched" : "mismatch", ballot_id))
    goto fail;
  *matched = same;
  return rs_database_commit (db, error);

fail:
  rs_database_rollback (db);
  return FALSE;
}

static void
split_codes (const char *text,
             GPtrArray  *out)
{
  g_auto(GStrv) parts = g_strsplit_set (text, ",; \t", -1);

  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      g_ptr_array_add (out, g_strdup (parts[i]));
  g_ptr_array_add (out, NULL);
}

gboolean
rs_pb_storage_import_ballots (RsDatabase *db,
                              gint64      pool_id,
                              GBytes     *bytes,
                              const char *file_name,
                              guint      *n_imported,
                              guint      *n_flagged,
                              GError    **error)
{
  static const char * const h_voter[] = { "voter_id", "voter", "vælger", "vaelger", "stemmekort", NULL };
  static const char * const h_vote[] = { "vote", "choices", "stemmer", "stemme", "valg", NULL };
  static const char * const h_age[] = { "age_band", "age", "alder", "aldersgruppe", NULL };
  static const char * const h_district[] = { "district", "bydel", "område", NULL };
  static const char * const h_number[] = { "paper_number", "stemmeseddel", "ballot", NULL };
  g_autoptr(RsPbPool) pool = rs_pb_storage_get_pool (db, pool_id, error);
  g_autoptr(RsCsvReader) reader = NULL;
  g_autoptr(GHashTable) list = NULL;
  GPtrArray *row = NULL;
  int c_voter, c_vote, c_age, c_district, c_number;
  guint imported = 0, flagged = 0;

  if (pool == NULL || (reader = rs_csv_reader_new (bytes, file_name, error)) == NULL)
    return FALSE;
  if (!rs_csv_reader_next (reader, &row, error))
    {
      if (error && *error == NULL)
        g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID, _("%s: the file is empty."),
                     file_name);
      return FALSE;
    }
  c_voter = find_heading (row, h_voter);
  c_vote = find_heading (row, h_vote);
  c_age = find_heading (row, h_age);
  c_district = find_heading (row, h_district);
  c_number = find_heading (row, h_number);
  if (c_voter < 0 || c_vote < 0)
    {
      g_set_error (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                   _("%s, line 1: the headings need a voter column (voter_id, vælger) and a "
                     "vote column (vote, stemmer)."), file_name);
      return FALSE;
    }
  if (!rs_database_begin (db, error))
    return FALSE;
  list = load_ballot_list (db, pool_id, error);
  if (list == NULL)
    {
      rs_database_rollback (db);
      return FALSE;
    }
  for (;;)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autofree char *note = NULL;
      RsPbBallotInput in = { 0 };
      guint line;

      if (!rs_csv_reader_next (reader, &row, &local))
        {
          if (local != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              rs_database_rollback (db);
              return FALSE;
            }
          break;
        }
      line = rs_csv_reader_get_line (reader);
      split_codes (field (row, c_vote), codes);
      in.voter_id = field (row, c_voter);
      in.age_band = field (row, c_age);
      in.district = field (row, c_district);
      in.paper_number = field (row, c_number);
      in.channel = "csv";
      in.codes = (const char * const *) codes->pdata;
      if (!check_ballot (db, pool, list, &in, TRUE, ids, &note, &local) ||
          insert_ballot (db, pool_id, &in, ids, note, &local) == 0)
        {
          if (local != NULL && local->domain == RS_PB_ERROR)
            {
              /* This ballot breaks a rule (a repeated voter, too many marks):
               * it is left out and counted; the rest goes in. */
              g_debug ("%s, line %u: %s", file_name, line, local->message);
              flagged++;
              continue;
            }
          g_prefix_error (&local, _("%s, line %u: "), file_name, line);
          g_propagate_error (error, g_steal_pointer (&local));
          rs_database_rollback (db);
          return FALSE;
        }
      imported++;
      if (note != NULL)
        flagged++;
    }
  if (!rs_audit_log (db, "pb_pool", pool_id, "import-ballots", file_name, error))
    {
      rs_database_rollback (db);
      return FALSE;
    }
  if (!rs_database_commit (db, error))
    return FALSE;
  if (n_imported)
    *n_imported = imported;
  if (n_flagged)
    *n_flagged = flagged;
  return TRUE;
}

void
rs_pb_stats_clear (RsPbStats *stats)
{
  g_clear_pointer (&stats->by_age_band, g_hash_table_unref);
  g_clear_pointer (&stats->by_district, g_hash_table_unref);
  g_clear_pointer (&stats->population_share, g_hash_table_unref);
  g_clear_pointer (&stats->population_credit, g_free);
}

/* "25-39" -> 25, 39; "75+" -> 75, 200; FALSE for anything else. */
static gboolean
parse_age_band (const char *band,
                int        *from,
                int        *to)
{
  int a = 0, b = 0;
  char plus = 0;

  if (sscanf (band, "%d-%d", &a, &b) == 2 && a <= b)
    {
      *from = a, *to = b;
      return TRUE;
    }
  if (sscanf (band, "%d%c", &a, &plus) == 2 && plus == '+')
    {
      *from = a, *to = 200;
      return TRUE;
    }
  return FALSE;
}

/* Inside the lock: the population per single year of age, if stored. */
static void
add_population_shares (RsDatabase *db,
                       gint64      pool_id,
                       RsPbStats  *out)
{
  g_autoptr(sqlite3_stmt) q = rs_database_query (db, NULL,
      "SELECT b.id, b.source_credit, b.period, pl.min_age FROM pb_pool pl "
      "JOIN budget_process bp ON bp.id = pl.process_id "
      "JOIN population_benchmark b ON b.municipality_code = bp.municipality_code "
      "AND b.table_id = 'FOLK1A' WHERE pl.id = ?", "i", pool_id);
  g_autoptr(GHashTable) by_age = NULL;
  gint64 benchmark_id, total = 0;
  int min_age;
  GHashTableIter iter;
  gpointer key;

  if (q == NULL || sqlite3_step (q) != SQLITE_ROW)
    return;
  benchmark_id = sqlite3_column_int64 (q, 0);
  out->population_credit = g_strdup_printf ("%s (%s)", sqlite3_column_text (q, 1),
                                            sqlite3_column_text (q, 2));
  min_age = sqlite3_column_int (q, 3);
  g_clear_pointer (&q, sqlite3_finalize);
  by_age = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  q = rs_database_query (db, NULL, "SELECT value, count FROM population_count WHERE "
                                   "benchmark_id = ? AND dimension = 'age'", "i", benchmark_id);
  while (q != NULL && sqlite3_step (q) == SQLITE_ROW)
    {
      int age = (int) g_ascii_strtoll ((const char *) sqlite3_column_text (q, 0), NULL, 10);
      gint64 count = sqlite3_column_int64 (q, 1);

      if (age < min_age)
        continue;
      total += count;
      g_hash_table_insert (by_age, GINT_TO_POINTER (age), g_memdup2 (&count, sizeof count));
    }
  if (total <= 0)
    return;
  out->population_share = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, out->by_age_band);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      int from, to;
      gint64 sum = 0;
      double share;

      if (!parse_age_band (key, &from, &to))
        continue;
      for (int a = MAX (from, min_age); a <= MIN (to, 125); a++)
        {
          gint64 *c = g_hash_table_lookup (by_age, GINT_TO_POINTER (a));
          if (c)
            sum += *c;
        }
      share = 100.0 * (double) sum / (double) total;
      g_hash_table_insert (out->population_share, g_strdup (key), g_memdup2 (&share, sizeof share));
    }
}

gboolean
rs_pb_storage_stats (RsDatabase *db,
                     gint64      pool_id,
                     RsPbStats  *out,
                     GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok = FALSE;

  memset (out, 0, sizeof *out);
  out->by_age_band = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  out->by_district = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT count(*), coalesce(sum(channel = 'paper'), 0), "
                            "coalesce(sum(checked <> ''), 0), coalesce(sum(checked = 'mismatch'), 0), "
                            "coalesce(sum(review_note <> ''), 0) FROM pb_ballot WHERE pool_id = ?",
                            "i", pool_id);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      out->ballots = sqlite3_column_int (stmt, 0);
      out->paper = sqlite3_column_int (stmt, 1);
      out->checked = sqlite3_column_int (stmt, 2);
      out->mismatches = sqlite3_column_int (stmt, 3);
      out->flagged = sqlite3_column_int (stmt, 4);
      g_clear_pointer (&stmt, sqlite3_finalize);
      stmt = rs_database_query (db, error, "SELECT 'a', age_band, count(*) FROM pb_ballot "
                                           "WHERE pool_id = ? GROUP BY age_band UNION ALL "
                                           "SELECT 'd', district, count(*) FROM pb_ballot "
                                           "WHERE pool_id = ? GROUP BY district", "ii", pool_id,
                                pool_id);
      while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
        g_hash_table_insert (*sqlite3_column_text (stmt, 0) == 'a' ? out->by_age_band
                                                                  : out->by_district,
                             rs_column_dup_text (stmt, 1),
                             GINT_TO_POINTER (sqlite3_column_int (stmt, 2)));
      ok = stmt != NULL;
      if (ok)
        add_population_shares (db, pool_id, out);
    }
  rs_database_unlock (db);
  if (!ok)
    rs_pb_stats_clear (out);
  return ok;
}

/* ---- Counting ---- */

void
rs_pb_pool_count_free (RsPbPoolCount *count)
{
  if (count == NULL)
    return;
  g_free (count->input_sha256);
  g_ptr_array_unref (count->envelopes);
  g_ptr_array_unref (count->elections);
  g_ptr_array_unref (count->results);
  g_ptr_array_unref (count->proposal_ids);
  g_free (count);
}

/* The whole pool as one election: feasible proposals (districts without
 * an envelope become municipality-wide) and every ballot. */
static RsPbElection *
load_election (RsDatabase *db,
               RsPbPool   *pool,
               GArray     *proposal_ids,
               GError    **error)
{
  g_autoptr(RsPbElection) e = rs_pb_election_new (rs_pb_pool_get_amount (pool));
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) envelopes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ballot = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *env = rs_pb_pool_get_envelopes (pool);
  gint64 current = -1;

  for (guint i = 0; i < env->len; i++)
    g_hash_table_add (envelopes, ((RsPbEnvelope *) g_ptr_array_index (env, i))->district);
  stmt = rs_database_query (db, error,
                            "SELECT id, code, title, coalesce(revised_cost, cost), district "
                            "FROM pb_proposal WHERE pool_id = ? AND status = 'feasible' "
                            "ORDER BY code COLLATE NOCASE, id", "i", rs_pb_pool_get_id (pool));
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *district = (const char *) sqlite3_column_text (stmt, 4);
      gint64 cost = sqlite3_column_int64 (stmt, 3);
      int p;

      if (district && !g_hash_table_contains (envelopes, district))
        district = NULL;
      p = rs_pb_election_add_project (e, (const char *) sqlite3_column_text (stmt, 1),
                                      (const char *) sqlite3_column_text (stmt, 2),
                                      MAX (cost, 1), district);
      if (p < 0)
        continue;
      g_array_append_val (proposal_ids, id);
      g_hash_table_insert (index, g_memdup2 (&id, sizeof id), GINT_TO_POINTER (p + 1));
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = rs_database_query (db, error,
                            "SELECT b.id, c.proposal_id FROM pb_ballot b LEFT JOIN pb_ballot_choice c "
                            "ON c.ballot_id = b.id WHERE b.pool_id = ? ORDER BY b.id", "i",
                            rs_pb_pool_get_id (pool));
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 b = sqlite3_column_int64 (stmt, 0);
      gint64 pid = sqlite3_column_int64 (stmt, 1);
      gpointer v;

      if (b != current)
        {
          if (current >= 0)
            rs_pb_election_add_ballot (e, (guint *) ballot->data, ballot->len);
          g_array_set_size (ballot, 0);
          current = b;
        }
      if ((v = g_hash_table_lookup (index, &pid)) != NULL)
        {
          guint p = GPOINTER_TO_UINT (v) - 1;
          g_array_append_val (ballot, p);
        }
    }
  if (current >= 0)
    rs_pb_election_add_ballot (e, (guint *) ballot->data, ballot->len);
  return g_steal_pointer (&e);
}

char *
rs_pb_storage_export_pb (RsDatabase *db,
                         gint64      pool_id,
                         GError    **error)
{
  g_autoptr(RsPbPool) pool = rs_pb_storage_get_pool (db, pool_id, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RsPbElection) e = NULL;
  g_autoptr(RsPbFile) file = NULL;
  const char *meta[] = { "description", NULL, "country", "Denmark", "currency", "DKK",
                         "rule", NULL, NULL };

  if (pool == NULL)
    return NULL;
  rs_database_lock (db);
  e = load_election (db, pool, ids, error);
  rs_database_unlock (db);
  if (e == NULL)
    return NULL;
  meta[1] = rs_pb_pool_get_name (pool);
  meta[7] = rs_pb_pool_get_rule (pool);
  file = rs_pb_file_new_from_election (e, meta, NULL);
  return rs_pb_file_to_string (file);
}

RsPbPoolCount *
rs_pb_storage_count (RsDatabase *db,
                     gint64      pool_id,
                     RsPbRule    rule,
                     guint64     seed,
                     gboolean    save,
                     GError    **error)
{
  g_autoptr(RsPbPool) pool = rs_pb_storage_get_pool (db, pool_id, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RsPbElection) all = NULL;
  g_autoptr(RsPbPoolCount) count = NULL;
  g_autofree char *text = NULL;
  GPtrArray *env;

  if (pool == NULL)
    return NULL;
  rs_database_lock (db);
  all = load_election (db, pool, ids, error);
  rs_database_unlock (db);
  if (all == NULL)
    return NULL;

  count = g_new0 (RsPbPoolCount, 1);
  count->rule = rule;
  count->seed = seed;
  count->envelopes = g_ptr_array_new_with_free_func (g_free);
  count->elections = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_pb_election_free);
  count->results = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_pb_result_free);
  count->proposal_ids = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  {
    g_autoptr(RsPbFile) file = rs_pb_file_new_from_election (all, NULL, NULL);
    text = rs_pb_file_to_string (file);
    count->input_sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  }

  env = rs_pb_pool_get_envelopes (pool);
  for (int i = -1; i < (int) env->len; i++)
    {
      const char *district = i < 0 ? NULL : ((RsPbEnvelope *) g_ptr_array_index (env, i))->district;
      gint64 amount = i < 0 ? rs_pb_pool_get_common_amount (pool)
                            : ((RsPbEnvelope *) g_ptr_array_index (env, i))->amount;
      RsPbElection *sub = rs_pb_election_restrict (all, district, amount);
      GArray *sub_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      if (i < 0 && rs_pb_election_get_n_projects (sub) == 0 && env->len > 0)
        {
          rs_pb_election_free (sub);
          g_array_unref (sub_ids);
          continue;
        }
      for (guint p = 0; p < rs_pb_election_get_n_projects (sub); p++)
        {
          int at = rs_pb_election_find_project (all, rs_pb_election_get_project (sub, p)->id);
          g_array_append_val (sub_ids, g_array_index (ids, gint64, at));
        }
      g_ptr_array_add (count->envelopes, g_strdup (district ? district : ""));
      g_ptr_array_add (count->results, rs_pb_count (sub, rule, seed));
      g_ptr_array_add (count->elections, sub);
      g_ptr_array_add (count->proposal_ids, sub_ids);
    }

  if (save)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonGenerator) gen = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *protocol = NULL;
      gint64 spent = 0, result_id;

      json_builder_begin_array (b);
      for (guint i = 0; i < count->results->len; i++)
        {
          RsPbResult *r = g_ptr_array_index (count->results, i);
          g_autofree char *name = g_strdup_printf ("%s%s%s", rs_pb_pool_get_name (pool),
                                                   *(char *) g_ptr_array_index (count->envelopes, i)
                                                   ? " / " : "",
                                                   (char *) g_ptr_array_index (count->envelopes, i));
          spent += r->spent;
          json_builder_add_value (b, rs_pb_protocol_to_json (r, g_ptr_array_index (count->elections, i),
                                                             name, count->input_sha256));
        }
      json_builder_end_array (b);
      root = json_builder_get_root (b);
      json_generator_set_root (gen, root);
      json_generator_set_pretty (gen, TRUE);
      protocol = json_generator_to_data (gen, NULL);

      if (!rs_database_begin (db, error))
        return NULL;
      if (!rs_database_run (db, error, "INSERT INTO pb_result (pool_id, rule, seed, input_sha256, "
                                       "ballots, spent, protocol) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            "itit" "nit", pool_id, rs_pb_rule_to_string (rule), (gint64) seed,
                            count->input_sha256, (int) rs_pb_election_get_n_ballots (all), spent,
                            protocol))
        goto fail;
      result_id = rs_database_last_insert_id (db);
      for (guint i = 0; i < count->results->len; i++)
        {
          RsPbResult *r = g_ptr_array_index (count->results, i);
          RsPbElection *sub = g_ptr_array_index (count->elections, i);
          GArray *sub_ids = g_ptr_array_index (count->proposal_ids, i);

          for (guint p = 0; p < r->n_projects; p++)
            {
              g_autofree char *why = rs_pb_result_explain (r, sub, p);
              const char *status = r->outcomes[p].status == RS_PB_STATUS_FUNDED ? "funded"
                                 : r->outcomes[p].status == RS_PB_STATUS_FUNDED_COMPLETION
                                 ? "funded-completion" : "not-funded";

              if (!rs_database_run (db, error, "INSERT INTO pb_result_project (result_id, "
                                               "proposal_id, envelope, status, position, votes, "
                                               "explanation) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                    "iitt" "nnt", result_id, g_array_index (sub_ids, gint64, p),
                                    (char *) g_ptr_array_index (count->envelopes, i), status,
                                    (int) r->outcomes[p].position, (int) r->outcomes[p].votes, why))
                goto fail;
            }
        }
      if (!rs_audit_log (db, "pb_result", result_id, "count", rs_pb_rule_to_string (rule), error) ||
          !rs_database_commit (db, error))
        goto fail_committed;
      count->result_id = result_id;
    }
  return g_steal_pointer (&count);

fail:
  rs_database_rollback (db);
fail_committed:
  return NULL;
}

gint64
rs_pb_storage_latest_result (RsDatabase *db,
                             gint64      pool_id,
                             GError    **error)
{
  g_autoptr(sqlite3_stmt) q = NULL;
  gint64 id = 0;

  rs_database_lock (db);
  q = rs_database_query (db, error, "SELECT max(id) FROM pb_result WHERE pool_id = ?", "i",
                         pool_id);
  if (q != NULL && sqlite3_step (q) == SQLITE_ROW)
    id = sqlite3_column_int64 (q, 0);
  rs_database_unlock (db);
  return id;
}

typedef struct
{
  gint64  proposal_id;
  char   *code;
  char   *title;
  char   *description;
  char   *theme;
  char   *explanation;
  gint64  cost;
  int     votes;
} Carry;

static void
carry_free (gpointer p)
{
  Carry *c = p;

  g_free (c->code);
  g_free (c->title);
  g_free (c->description);
  g_free (c->theme);
  g_free (c->explanation);
  g_free (c);
}

gboolean
rs_pb_storage_carry_to_recommendations (RsDatabase *db,
                                        gint64      result_id,
                                        guint      *n_carried,
                                        GError    **error)
{
  g_autoptr(GPtrArray) todo = g_ptr_array_new_with_free_func (carry_free);
  g_autoptr(RsPbPool) pool = NULL;
  g_autoptr(sqlite3_stmt) q = NULL;
  g_autofree char *decided_on = NULL;
  gint64 pool_id = 0;
  guint n = 0;

  rs_database_lock (db);
  q = rs_database_query (db, error,
                         "SELECT r.pool_id, substr(r.counted_at, 1, 10), p.id, p.code, p.title, "
                         "p.description, p.theme, rp.explanation, coalesce(p.revised_cost, p.cost), "
                         "rp.votes FROM pb_result r JOIN pb_result_project rp ON rp.result_id = r.id "
                         "JOIN pb_proposal p ON p.id = rp.proposal_id WHERE r.id = ? AND "
                         "rp.status <> 'not-funded' AND rp.recommendation_id IS NULL "
                         "ORDER BY rp.envelope, rp.position", "i", result_id);
  while (q != NULL && sqlite3_step (q) == SQLITE_ROW)
    {
      Carry *c = g_new0 (Carry, 1);

      pool_id = sqlite3_column_int64 (q, 0);
      if (decided_on == NULL)
        decided_on = rs_column_dup_text (q, 1);
      c->proposal_id = sqlite3_column_int64 (q, 2);
      c->code = rs_column_dup_text (q, 3);
      c->title = rs_column_dup_text (q, 4);
      c->description = rs_column_dup_text (q, 5);
      c->theme = rs_column_dup_text (q, 6);
      c->explanation = rs_column_dup_text (q, 7);
      c->cost = sqlite3_column_int64 (q, 8);
      c->votes = sqlite3_column_int (q, 9);
      g_ptr_array_add (todo, c);
    }
  rs_database_unlock (db);
  if (q == NULL)
    return FALSE;
  if (todo->len > 0 && (pool = rs_pb_storage_get_pool (db, pool_id, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < todo->len; i++)
    {
      Carry *c = g_ptr_array_index (todo, i);
      g_autoptr(RsRecommendation) rec = NULL;
      g_autofree char *title = g_strdup_printf ("%s %s", c->code, c->title);
      g_autofree char *line = g_strdup_printf ("%s: %s", rs_pb_pool_get_name (pool), c->code);
      g_autofree char *due = NULL;
      int year = rs_pb_pool_get_first_year (pool);

      rec = rs_recommendation_store_create (db, rs_pb_pool_get_process_id (pool), title,
                                            *c->theme ? c->theme : _("Development pool"), error);
      if (rec == NULL)
        return FALSE;
      rs_recommendation_set_text (rec, c->description);
      rs_recommendation_set_rationale (rec, c->explanation);
      rs_recommendation_set_budget_area (rec, rs_pb_pool_get_name (pool));
      rs_recommendation_set_votes (rec, c->votes, 0, 0);
      rs_recommendation_set_status (rec, RS_RECOMMENDATION_VOTED);
      if (year <= 0)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          year = g_date_time_get_year (now) + 1;
        }
      rs_recommendation_set_cost (rec, year, 0, (double) c->cost);
      due = g_strdup_printf ("%04d-12-31", MAX (year, rs_pb_pool_get_last_year (pool)));
      if (!rs_recommendation_store_update (db, rec, error) ||
          !rs_recommendation_store_set_decision (db, rs_recommendation_get_id (rec),
                                                 RS_OUTCOME_ADOPTED,
                                                 _("Funded by the citizens' vote on the "
                                                   "development pool."),
                                                 line, (double) c->cost, decided_on,
                                                 RS_IMPLEMENTATION_NOT_STARTED, error) ||
          rs_recommendation_store_add_milestone (db, rs_recommendation_get_id (rec),
                                                 _("Project carried out"), due, NULL, error) == 0 ||
          !rs_database_run (db, error, "UPDATE pb_result_project SET recommendation_id = ? "
                                       "WHERE result_id = ? AND proposal_id = ?", "iii",
                            rs_recommendation_get_id (rec), result_id, c->proposal_id))
        return FALSE;
      n++;
    }
  if (n_carried)
    *n_carried = n;
  return TRUE;
}
