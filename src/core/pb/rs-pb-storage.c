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
#include "rs-pb-storage-private.h"
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
               RsStatement *stmt,
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
                                           "id", rs_statement_column_int64 (stmt, 0),
                                           "process-id", rs_statement_column_int64 (stmt, 1),
                                           "name", name,
                                           "amount", rs_statement_column_int64 (stmt, 3),
                                           "first-year", rs_statement_column_int (stmt, 4),
                                           "last-year", rs_statement_column_int (stmt, 5),
                                           "ballot-kind", kind,
                                           "max-choices", rs_statement_column_int (stmt, 7),
                                           "min-age", rs_statement_column_int (stmt, 8),
                                           "district-only", rs_statement_column_int (stmt, 9) != 0,
                                           "rule", rule,
                                           "tie-seed", rs_statement_column_int64 (stmt, 11),
                                           "voting-from", from,
                                           "voting-to", to,
                                           "proposals-to", proposals_to,
                                           "assessment-to", assessment_to,
                                           "result-on", result_on,
                                           NULL);
  g_autoptr(RsStatement) env = rs_database_query (db, error,
                                                   "SELECT district, amount FROM pb_envelope "
                                                   "WHERE pool_id = ? ORDER BY district", "i",
                                                   rs_pb_pool_get_id (pool));
  if (env == NULL)
    return NULL;
  while (rs_statement_step (env) == RS_SQL_ROW)
    rs_pb_pool_set_envelope (pool, (const char *) rs_statement_column_text (env, 0),
                             rs_statement_column_int64 (env, 1));
  return g_steal_pointer (&pool);
}

RsPbPool *
rs_pb_storage_get_pool (RsDatabase *db,
                        gint64      pool_id,
                        GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, pool_id);
  RsPbPool *pool = NULL;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT " POOL_COLUMNS " FROM pb_pool WHERE id = ?", "i",
                            pool_id);
  if (stmt != NULL)
    {
      if (rs_statement_step (stmt) == RS_SQL_ROW)
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
  g_autoptr(RsStatement) stmt = NULL;
  gboolean ok = TRUE;

  rs_database_lock (db);
  stmt = rs_database_query (db, error, "SELECT " POOL_COLUMNS " FROM pb_pool "
                                       "WHERE process_id = ? ORDER BY name, id", "i", process_id);
  if (stmt == NULL)
    ok = FALSE;
  while (ok && rs_statement_step (stmt) == RS_SQL_ROW)
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
  g_autoptr(RsStatement) stmt = rs_database_query (db, NULL,
                                                    "SELECT count(*) FROM pb_proposal "
                                                    "WHERE pool_id = ?", "i", pool_id);
  int n = stmt && rs_statement_step (stmt) == RS_SQL_ROW ? rs_statement_column_int (stmt, 0) : 0;

  for (;; n++)
    {
      char *code = g_strdup_printf ("P-%03d", n + 1);
      g_autoptr(RsStatement) q = rs_database_query (db, NULL, "SELECT 1 FROM pb_proposal WHERE "
                                                     "pool_id = ? AND code = ?", "it", pool_id,
                                                     code);
      if (q == NULL || rs_statement_step (q) != RS_SQL_ROW)
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
    g_autoptr(RsStatement) q = rs_database_query (db, error, "SELECT 1 FROM pb_proposal WHERE "
                                                   "pool_id = ? AND code = ?", "it", pool_id, code);
    if (q == NULL)
      return 0;
    if (rs_statement_step (q) == RS_SQL_ROW)
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
      g_autoptr(RsStatement) q = rs_database_query (db, error, "SELECT CASE WHEN ? >= 0 THEN ? "
                                                     "ELSE coalesce(revised_cost, cost) END FROM "
                                                     "pb_proposal WHERE id = ?", "iii",
                                                     revised_cost, revised_cost, proposal_id);
      if (q == NULL || rs_statement_step (q) != RS_SQL_ROW || rs_statement_column_int64 (q, 0) <= 0)
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
  g_autoptr(RsStatement) stmt = NULL;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT p.id, p.pool_id, p.code, p.title, p.description, p.cost, "
                            "coalesce(p.revised_cost, -1), p.district, p.theme, p.status, p.reason, "
                            "p.review_note, (SELECT count(*) FROM pb_ballot_choice c "
                            "WHERE c.proposal_id = p.id) FROM pb_proposal p WHERE p.pool_id = ? "
                            "ORDER BY p.code COLLATE NOCASE, p.id", "i", pool_id);
  while (stmt != NULL && rs_statement_step (stmt) == RS_SQL_ROW)
    g_ptr_array_add (list, g_object_new (RS_TYPE_PB_PROPOSAL,
                                         "id", rs_statement_column_int64 (stmt, 0),
                                         "pool-id", rs_statement_column_int64 (stmt, 1),
                                         "code", (const char *) rs_statement_column_text (stmt, 2),
                                         "title", (const char *) rs_statement_column_text (stmt, 3),
                                         "description", (const char *) rs_statement_column_text (stmt, 4),
                                         "cost", rs_statement_column_int64 (stmt, 5),
                                         "revised-cost", rs_statement_column_int64 (stmt, 6),
                                         "district", (const char *) rs_statement_column_text (stmt, 7),
                                         "theme", (const char *) rs_statement_column_text (stmt, 8),
                                         "status", (const char *) rs_statement_column_text (stmt, 9),
                                         "reason", (const char *) rs_statement_column_text (stmt, 10),
                                         "review-note", (const char *) rs_statement_column_text (stmt, 11),
                                         "votes", rs_statement_column_int (stmt, 12),
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
      g_autoptr(RsStatement) q = rs_database_query (db, error,
                                                     "SELECT pool_id, cost, coalesce(revised_cost, cost), "
                                                     "district, theme, code, title, description, "
                                                     "status FROM pb_proposal WHERE id = ?", "i",
                                                     ids[i]);
      if (q == NULL || rs_statement_step (q) != RS_SQL_ROW)
        {
          if (q != NULL)
            {
              g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, ids[i]);
              g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                           _("There is no proposal with id %s."), id_text);
            }
          goto fail;
        }
      if ((pool_id != 0 && pool_id != rs_statement_column_int64 (q, 0)) ||
          g_strcmp0 ((const char *) rs_statement_column_text (q, 8), "merged") == 0)
        {
          g_set_error_literal (error, RS_PB_ERROR, RS_PB_ERROR_INVALID,
                               _("Only proposals of the same pool that are not merged already can "
                                 "be merged."));
          goto fail;
        }
      pool_id = rs_statement_column_int64 (q, 0);
      cost += rs_statement_column_int64 (q, 2);
      if (i == 0)
        {
          district = rs_column_dup_text (q, 3);
          theme = rs_column_dup_text (q, 4);
        }
      g_string_append_printf (description, "%s%s %s: %s", i ? "\n\n" : "",
                              rs_statement_column_text (q, 5), rs_statement_column_text (q, 6),
                              rs_statement_column_text (q, 7));
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
  g_autoptr(RsStatement) stmt = rs_database_query (db, error,
                                                    "SELECT id, code, coalesce(revised_cost, cost), "
                                                    "district FROM pb_proposal WHERE pool_id = ? "
                                                    "AND status = 'feasible'", "i", pool_id);
  if (stmt == NULL)
    return NULL;
  while (rs_statement_step (stmt) == RS_SQL_ROW)
    {
      BallotEntry *e = g_new0 (BallotEntry, 1);

      e->id = rs_statement_column_int64 (stmt, 0);
      e->cost = rs_statement_column_int64 (stmt, 2);
      e->district = rs_column_dup_text (stmt, 3);
      g_hash_table_insert (map, g_utf8_casefold ((const char *) rs_statement_column_text (stmt, 1), -1),
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
    if (in->age_band && rs_pb_parse_age_band (in->age_band, &from, &to) &&
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
  g_autoptr(RsStatement) q = rs_database_query (db, NULL, "SELECT id FROM pb_ballot WHERE "
                                                 "pool_id = ? AND voter_id = ?", "it", pool_id, v);

  if (q != NULL && rs_statement_step (q) == RS_SQL_ROW)
    {
      if (ballot_id)
        *ballot_id = rs_statement_column_int64 (q, 0);
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
    g_autoptr(RsStatement) q = rs_database_query (db, error, "SELECT proposal_id FROM "
                                                   "pb_ballot_choice WHERE ballot_id = ?", "i",
                                                   ballot_id);
    if (q == NULL)
      goto fail;
    while (rs_statement_step (q) == RS_SQL_ROW)
      {
        gint64 v = rs_statement_column_int64 (q, 0);
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

