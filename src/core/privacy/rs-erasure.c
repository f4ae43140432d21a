/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-erasure"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "rs-catalog.h"
#include "rs-audit.h"
#include "rs-erasure.h"
#include "rs-process-store.h"
#include "rs-redact.h"
#include "rs-retention.h"
#include "rs-run-check.h"

void
rs_erasure_record_free (RsErasureRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->erased_at);
  g_free (record->scope);
  g_free (record->reason);
  g_free (record->subject);
  g_free (record);
}

const char *
rs_erasure_reason_to_nick (RsErasureReason reason)
{
  switch (reason)
    {
    case RS_ERASURE_REASON_RETENTION:
      return "retention";
    case RS_ERASURE_REASON_REQUEST:
      return "request";
    case RS_ERASURE_REASON_MANUAL:
    default:
      return "manual";
    }
}

static GArray *
query_ids (RsDatabase *db,
           GError    **error,
           const char *sql,
           gint64      id)
{
  return rs_database_query_ids (db, error, sql, "i", id);
}

static int
query_count (RsDatabase *db,
             GError    **error,
             const char *sql,
             gint64      id)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, sql, "i", id);
  int rc;

  if (stmt == NULL)
    return -1;
  rc = rs_statement_step (stmt);
  if (rc != RS_SQL_ROW)
    return rs_database_set_error (db, rc, error), -1;
  return rs_statement_column_int (stmt, 0);
}

#define PROCESS_PERSONS_SQL                                                    \
  "SELECT p.id FROM person p JOIN panel pa ON pa.id = p.panel_id "             \
  "WHERE pa.process_id = ? AND " RS_ERASURE_PERSON_PENDING " ORDER BY p.id"
#define PROCESS_RESPONSES_SQL                                                  \
  "SELECT r.id FROM hearing_response r JOIN hearing_round h ON h.id = r.round_id " \
  "WHERE h.process_id = ? AND r.party_type = 'private' AND " RS_ERASURE_RESPONSE_PENDING " ORDER BY r.id"

/* Personal data that other areas keep in tables of their own, erased when
 * the table (and the columns named) exist in the file: proposers in
 * participatory budgeting (names, e-mails, phones; organisations and voter
 * ids stay, as pseudonyms do) and deleted hearing responses kept for undo.
 * Each entry counts the rows concerned (when @count is set) and erases
 * them. */
typedef struct
{
  const char *count;
  const char *erase;
} Extra;

static const Extra extras[] = {
  {
    "SELECT count(*) FROM pb_proposer WHERE name || email || phone <> '' AND proposal_id IN ("
    "SELECT x.id FROM pb_proposal x JOIN pb_pool o ON o.id = x.pool_id WHERE o.process_id = ?)",
    "UPDATE pb_proposer SET name = '', email = '', phone = '' WHERE name || email || phone <> '' "
    "AND proposal_id IN (SELECT x.id FROM pb_proposal x JOIN pb_pool o ON o.id = x.pool_id "
    "WHERE o.process_id = ?)",
  },
  {
    "SELECT count(*) FROM hearing_response_trash WHERE round_id IN "
    "(SELECT id FROM hearing_round WHERE process_id = ?)",
    "DELETE FROM hearing_response_trash WHERE round_id IN (SELECT id FROM hearing_round WHERE process_id = ?)",
  },
  {
    /* The invitation stage: the address list (the household stays a token,
     * districts, age bands and genders stay for the rates) ... */
    "SELECT count(*) FROM invitation_address WHERE process_id = ? AND address || postcode <> ''",
    "UPDATE invitation_address SET ref = 'erased-' || id, address = '', postcode = '', "
    "household_key = 'erased-household-' || id, review_note = '' WHERE process_id = ? "
    "AND address || postcode <> ''",
  },
  {
    /* ... and the names and contact data given with the replies. */
    "SELECT count(*) FROM invitation WHERE name || email || phone <> '' AND draw_id IN "
    "(SELECT id FROM invitation_draw WHERE process_id = ?)",
    "UPDATE invitation SET name = '', email = '', phone = '' WHERE name || email || phone <> '' "
    "AND draw_id IN (SELECT id FROM invitation_draw WHERE process_id = ?)",
  },
  {
    /* The audit log keeps who changed what and when, but not the summaries
     * of changes to the people and private responses it erases. */
    NULL,
    "UPDATE audit_log SET details = '' WHERE details <> '' AND process_id = ? "
    "AND entity IN ('person', 'hearing_response')",
  },
  {
    /* Members of the public registered for open meetings: names, contacts
     * and the keys made from them (pseudonyms, age bands, districts and
     * the registrations stay for the counts) ... */
    "SELECT count(*) FROM participant WHERE process_id = ? AND "
    "name || email || phone || email_key || phone_key || name_key <> ''",
    "UPDATE participant SET name = '', email = '', phone = '', email_key = '', phone_key = '', "
    "name_key = '' WHERE process_id = ? AND "
    "name || email || phone || email_key || phone_key || name_key <> ''",
  },
  {
    /* ... and where their registrations came from (a file and line). */
    NULL,
    "UPDATE open_registration SET source = '', source_key = 'erased-' || id WHERE session_id IN "
    "(SELECT id FROM session WHERE process_id = ?) AND source_key NOT LIKE 'erased-%'",
  },
  {
    /* Digital comments: the authors' names (the pseudonyms stay) ... */
    "SELECT count(*) FROM citizen_comment WHERE process_id = ? AND author <> ''",
    "UPDATE citizen_comment SET author = '' WHERE process_id = ? AND author <> ''",
  },
  {
    /* ... and comments deleted but kept for undo. */
    NULL,
    "DELETE FROM citizen_comment WHERE process_id = ? AND deleted = 1",
  },
  {
    /* The hash of an erased original file: not counted on its own. */
    NULL,
    "UPDATE hearing_response SET content_hash = '' WHERE erased_on IS NOT NULL AND round_id IN "
    "(SELECT id FROM hearing_round WHERE process_id = ?)",
  },
};

/* Runs @sql with @process_id when it compiles against this file's schema;
 * returns the count (or changes), 0 when the tables are not there, -1 on
 * an error. */
static int
run_extra (RsDatabase *db,
           const char *sql,
           gboolean    is_count,
           gint64      process_id,
           GError    **error)
{
  g_autoptr(GError) missing = NULL;
  RsStatement *stmt;
  int rc, n = 0;

  stmt = rs_database_prepare (db, sql, &missing);
  if (stmt == NULL)
    {
      g_debug ("Not in this file: %s", missing->message);
      return 0;
    }
  rs_statement_bind_int64 (stmt, 1, process_id);
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW && is_count)
    n = rs_statement_column_int (stmt, 0);
  else if (rc == RS_SQL_DONE && !is_count)
    n = rs_database_changes (db);
  else if (rc != RS_SQL_ROW && rc != RS_SQL_DONE)
    {
      rs_statement_finalize (stmt);
      rs_database_set_error (db, rc, error);
      return -1;
    }
  rs_statement_finalize (stmt);
  return n;
}

/* Near-duplicate groups of hearing responses (where the file keeps them)
 * are computed from the texts; the erasure keeps each response's stored
 * signature and group as they were, so redacting a text does not regroup
 * the round and the white book counts the same groups as before. The
 * signatures are MinHash values, from which no text can be read back. */
static const char * const keep_groups[] = {
  "DROP TABLE IF EXISTS temp.rs_keep_signature",
  "DROP TABLE IF EXISTS temp.rs_keep_band",
  "CREATE TEMP TABLE rs_keep_signature AS SELECT * FROM response_signature WHERE 0",
  "CREATE TEMP TABLE rs_keep_band AS SELECT * FROM response_signature_band WHERE 0",
  "INSERT INTO temp.rs_keep_signature SELECT * FROM response_signature WHERE response_id IN (" PROCESS_RESPONSES_SQL ")",
  "INSERT INTO temp.rs_keep_band SELECT * FROM response_signature_band WHERE response_id IN (" PROCESS_RESPONSES_SQL ")",
  NULL
};
static const char * const restore_groups[] = {
  "INSERT OR REPLACE INTO response_signature (response_id, round_id, n_shingles, minhash) "
  "SELECT response_id, round_id, n_shingles, minhash FROM temp.rs_keep_signature",
  "DELETE FROM response_signature_band WHERE response_id IN (SELECT response_id FROM temp.rs_keep_band)",
  "INSERT INTO response_signature_band SELECT * FROM temp.rs_keep_band",
  "DROP TABLE temp.rs_keep_signature",
  "DROP TABLE temp.rs_keep_band",
  NULL
};

/* Runs @steps in order; FALSE when the first that creates something does
 * not compile here (no such tables: nothing to keep). */
static gboolean
run_steps (RsDatabase         *db,
           const char * const *steps,
           gint64              process_id,
           gboolean           *present,
           GError            **error)
{
  for (guint i = 0; steps[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      RsStatement *stmt;
      int rc;

      stmt = rs_database_prepare (db, steps[i], &local_error);
      if (stmt == NULL)
        {
          if (present && !*present)
            return TRUE;  /* the tables are not in this file */
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (rs_statement_bind_parameter_count (stmt) > 0)
        rs_statement_bind_int64 (stmt, 1, process_id);
      rc = rs_statement_step (stmt);
      rs_statement_finalize (stmt);
      if (rc != RS_SQL_DONE && rc != RS_SQL_ROW)
        return rs_database_set_error (db, rc, error);
      if (present && i >= 3)
        *present = TRUE;
    }
  return TRUE;
}

gboolean
rs_erasure_preview (RsDatabase      *db,
                    gint64           process_id,
                    RsErasureCounts *out,
                    GError         **error)
{
  RsErasureCounts counts = { 0 };

  rs_database_lock (db);
  counts.persons = query_count (db, error, "SELECT count(*) FROM (" PROCESS_PERSONS_SQL ")", process_id);
  if (counts.persons >= 0)
    counts.responses = query_count (db, error, "SELECT count(*) FROM (" PROCESS_RESPONSES_SQL ")", process_id);
  if (counts.persons >= 0 && counts.responses >= 0)
    counts.attachments = query_count (db, error,
                                      "SELECT count(*) FROM attachment WHERE owner_type = 'hearing_response' "
                                      "AND owner_id IN (" PROCESS_RESPONSES_SQL ")", process_id);
  if (counts.persons >= 0 && counts.responses >= 0 && counts.attachments >= 0)
    counts.points = query_count (db, error,
                                 "SELECT count(*) FROM response_point WHERE response_id IN ("
                                 PROCESS_RESPONSES_SQL ")", process_id);
  for (guint i = 0; i < G_N_ELEMENTS (extras) && counts.points >= 0; i++)
    {
      int n = extras[i].count ? run_extra (db, extras[i].count, TRUE, process_id, error) : 0;
      if (n < 0)
        counts.points = -1;
      else
        counts.others += n;
    }
  rs_database_unlock (db);
  if (counts.persons < 0 || counts.responses < 0 || counts.attachments < 0 || counts.points < 0)
    return FALSE;
  if (out)
    *out = counts;
  return TRUE;
}

/* Replaces the household key (a normalised address) of @person_id and of
 * everyone sharing it in the panel by a token that keeps the household
 * together without the address. */
static gboolean
pseudonymise_household (RsDatabase *db,
                        gint64      person_id,
                        GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autofree char *key = NULL;
  g_autofree char *token = NULL;
  gint64 panel_id, first;
  int rc;

  stmt = rs_database_query (db, error,
                            "SELECT p.panel_id, p.household_key, "
                            " (SELECT min(q.id) FROM person q WHERE q.panel_id = p.panel_id "
                            "  AND q.household_key = p.household_key) "
                            "FROM person p WHERE p.id = ?", "i", person_id);
  if (stmt == NULL)
    return FALSE;
  rc = rs_statement_step (stmt);
  if (rc != RS_SQL_ROW)
    return rs_database_set_error (db, rc, error);
  panel_id = rs_statement_column_int64 (stmt, 0);
  key = rs_column_dup_text (stmt, 1);
  first = rs_statement_column_int64 (stmt, 2);
  if (key == NULL || *key == '\0' || g_str_has_prefix (key, RS_ERASED_HOUSEHOLD_PREFIX))
    return TRUE;
  token = g_strdup_printf (RS_ERASED_HOUSEHOLD_PREFIX "%" G_GINT64_FORMAT, first);
  return rs_database_run (db, error, "UPDATE person SET household_key = ? WHERE panel_id = ? AND household_key = ?",
                          "tit", token, panel_id, key);
}

static gboolean
blank_person (RsDatabase *db,
              gint64      person_id,
              const char *today,
              GError    **error)
{
  return pseudonymise_household (db, person_id, error) &&
         rs_database_run (db, error,
                          "UPDATE person_contact SET name = '', address = '', postcode = '', city = '', "
                          "email = '', phone = '' WHERE person_id = ?", "i", person_id) &&
         rs_database_run (db, error,
                          "UPDATE person SET external_id = NULL, notes = '', erased_on = ? WHERE id = ?",
                          "ti", today, person_id);
}

/* The character offset of @needle in @haystack nearest to @near, or -1. */
static int
find_nearest (const char *haystack,
              const char *needle,
              int         near)
{
  int best = -1;

  if (needle == NULL || *needle == '\0')
    return -1;
  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    {
      int offset = (int) g_utf8_pointer_to_offset (haystack, p);
      if (best < 0 || ABS (offset - near) < ABS (best - near))
        best = offset;
    }
  return best;
}

static gboolean
blank_response (RsDatabase      *db,
                RsCatalog       *data_catalog,
                gint64           response_id,
                const char      *today,
                RsErasureCounts *counts,
                GError         **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GArray) point_ids = NULL;
  g_autofree char *sender = NULL;
  g_autofree char *address = NULL;
  g_autofree char *text = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *old_text = NULL;
  long old_len, new_len;
  int rc;

  stmt = rs_database_query (db, error,
                            "SELECT sender, sender_address, subject, text, summary FROM hearing_response WHERE id = ?",
                            "i", response_id);
  if (stmt == NULL)
    return FALSE;
  if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
    return rs_database_set_error (db, rc, error);
  sender = rs_column_dup_text (stmt, 0);
  address = rs_column_dup_text (stmt, 1);
  /* What replaces the data is data too: in the language of the responses
   * (Danish), whatever the language of the user's session. */
  rs_catalog_push_thread_default (data_catalog);
  subject = rs_redact_text ((const char *) rs_statement_column_text (stmt, 2), sender, address);
  old_text = rs_column_dup_text (stmt, 3);
  text = rs_redact_text (old_text, sender, address);
  summary = rs_redact_text ((const char *) rs_statement_column_text (stmt, 4), sender, address);
  rs_catalog_pop_thread_default (data_catalog);
  g_clear_pointer (&stmt, rs_statement_finalize);
  old_len = g_utf8_strlen (old_text ? old_text : "", -1);
  new_len = g_utf8_strlen (text, -1);

  /* Coded excerpts: redacted the same way, and placed again in the text. */
  point_ids = query_ids (db, error, "SELECT id FROM response_point WHERE response_id = ? ORDER BY id", response_id);
  if (point_ids == NULL)
    return FALSE;
  for (guint i = 0; i < point_ids->len; i++)
    {
      gint64 point_id = g_array_index (point_ids, gint64, i);
      g_autofree char *excerpt = NULL;
      int start, end, found;

      stmt = rs_database_query (db, error, "SELECT start_offset, end_offset, excerpt FROM response_point WHERE id = ?",
                                "i", point_id);
      if (stmt == NULL)
        return FALSE;
      if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
        return rs_database_set_error (db, rc, error);
      start = rs_statement_column_int (stmt, 0);
      end = rs_statement_column_int (stmt, 1);
      rs_catalog_push_thread_default (data_catalog);
      excerpt = rs_redact_text ((const char *) rs_statement_column_text (stmt, 2), sender, address);
      rs_catalog_pop_thread_default (data_catalog);
      g_clear_pointer (&stmt, rs_statement_finalize);

      found = find_nearest (text, excerpt, old_len > 0 ? (int) ((double) start * new_len / old_len) : 0);
      if (found >= 0)
        {
          start = found;
          end = found + (int) g_utf8_strlen (excerpt, -1);
        }
      else
        {
          start = (int) MIN (start, new_len);
          end = (int) CLAMP (end, start, new_len);
        }
      if (!rs_database_run (db, error, "UPDATE response_point SET excerpt = ?, start_offset = ?, end_offset = ? "
                                       "WHERE id = ?", "tnni", excerpt, start, end, point_id))
        return FALSE;
      counts->points++;
    }

  if (!rs_database_run (db, error,
                        "UPDATE hearing_response SET sender = '', sender_address = '', sender_email = '', "
                        "source_file = '', subject = ?, text = ?, summary = ?, erased_on = ? WHERE id = ?",
                        "ttttI", subject, text, summary, today, response_id) ||
      !rs_database_run (db, error, "DELETE FROM attachment WHERE owner_type = 'hearing_response' AND owner_id = ?",
                        "i", response_id))
    return FALSE;
  counts->attachments += rs_database_changes (db);
  counts->responses++;
  return TRUE;
}

/* Recomputes the pool hash of every run of the panels concerned while the
 * household addresses are still there; the result goes with the record. */
static char *
check_runs (RsDatabase      *db,
            GArray          *panel_ids,
            RsErasureCounts *counts,
            GError         **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (b);
  for (guint i = 0; i < panel_ids->len; i++)
    {
      g_autoptr(GPtrArray) checks = rs_run_check_panel (db, g_array_index (panel_ids, gint64, i), error);

      if (checks == NULL)
        return NULL;
      for (guint j = 0; j < checks->len; j++)
        {
          RsRunCheck *check = g_ptr_array_index (checks, j);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "run");
          json_builder_add_int_value (b, check->run_id);
          json_builder_set_member_name (b, "pool_sha256");
          json_builder_add_string_value (b, check->status == RS_RUN_CHECK_UNHASHED ? "none"
                                            : check->pool_ok ? "ok" : "mismatch");
          json_builder_end_object (b);
          counts->runs_checked++;
        }
    }
  json_builder_end_array (b);
  root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}

static gboolean
record (RsDatabase      *db,
        gint64           process_id,
        const char      *scope,
        RsErasureReason  reason,
        const char      *subject,
        const char      *runs,
        RsErasureCounts *counts,
        GError         **error)
{
  if (!rs_database_run (db, error,
                        "INSERT INTO personal_data_erasure (process_id, scope, reason, subject, persons, "
                        "responses, attachments, runs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        "itttnnnt", process_id, scope, rs_erasure_reason_to_nick (reason), subject,
                        counts->persons, counts->responses, counts->attachments, runs))
    return FALSE;
  counts->record_id = rs_database_last_insert_id (db);
  return TRUE;
}

static gboolean
audit (RsDatabase      *db,
       gint64           process_id,
       const char      *scope,
       const RsErasureCounts *counts,
       GError         **error)
{
  g_autofree char *details = g_strdup_printf ("scope=%s persons=%d responses=%d attachments=%d others=%d",
                                              scope, counts->persons, counts->responses, counts->attachments,
                                              counts->others);
  return rs_audit_log (db, "budget_process", process_id, "erase-personal-data", details, error);
}

/* Records and audits an erasure inside the open transaction, commits it
 * and scrubs the file; rolls back when recording fails. */
static gboolean
finish (RsDatabase            *db,
        gint64                 process_id,
        const char            *scope,
        RsErasureReason        reason,
        const char            *pseudonym,
        const char            *runs,
        RsErasureCounts       *counts,
        RsErasureCounts       *out,
        GError               **error)
{
  if (!record (db, process_id, scope, reason, pseudonym, runs, counts, error) ||
      !audit (db, process_id, scope, counts, error))
    {
      rs_database_rollback (db);
      return FALSE;
    }
  if (!rs_database_commit (db, error))
    return FALSE;
  if (out)
    *out = *counts;
  return rs_erasure_scrub_file (db, error);
}

gboolean
rs_erasure_erase_process (RsDatabase      *db,
                          gint64           process_id,
                          RsErasureReason  reason,
                          RsErasureCounts *out,
                          GError         **error)
{
  RsErasureCounts counts = { 0 };
  g_autofree char *today = rs_retention_today ();
  g_autoptr(RsCatalog) data_catalog = rs_catalog_new ("da");
  g_autoptr(GArray) persons = NULL;
  g_autoptr(GArray) responses = NULL;
  g_autoptr(GArray) panels = NULL;
  g_autofree char *runs = NULL;
  gboolean groups_kept = FALSE;

  if (!rs_database_begin (db, error))
    return FALSE;
  if (query_count (db, error, "SELECT count(*) FROM budget_process WHERE id = ?", process_id) != 1)
    {
      if (error && *error == NULL)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no budget process with id %d."), (int) process_id);
      goto fail;
    }
  if ((panels = query_ids (db, error, "SELECT id FROM panel WHERE process_id = ? ORDER BY id", process_id)) == NULL ||
      (persons = query_ids (db, error, PROCESS_PERSONS_SQL, process_id)) == NULL ||
      (responses = query_ids (db, error, PROCESS_RESPONSES_SQL, process_id)) == NULL ||
      (runs = check_runs (db, panels, &counts, error)) == NULL)
    goto fail;
  for (guint i = 0; i < persons->len; i++)
    {
      if (!blank_person (db, g_array_index (persons, gint64, i), today, error))
        goto fail;
      counts.persons++;
    }
  if (!run_steps (db, keep_groups, process_id, &groups_kept, error))
    goto fail;
  for (guint i = 0; i < responses->len; i++)
    if (!blank_response (db, data_catalog, g_array_index (responses, gint64, i), today, &counts, error))
      goto fail;
  if (groups_kept && !run_steps (db, restore_groups, process_id, NULL, error))
    goto fail;
  for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
    {
      int n = run_extra (db, extras[i].erase, FALSE, process_id, error);
      if (n < 0)
        goto fail;
      if (extras[i].count != NULL)
        counts.others += n;
    }
  return finish (db, process_id, "process", reason, "", runs, &counts, out, error);

fail:
  rs_database_rollback (db);
  return FALSE;
}

gboolean
rs_erasure_erase_person (RsDatabase      *db,
                         gint64           person_id,
                         RsErasureReason  reason,
                         RsErasureCounts *out,
                         GError         **error)
{
  RsErasureCounts counts = { 0 };
  g_autofree char *today = rs_retention_today ();
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GArray) panels = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *pseudonym = NULL;
  g_autofree char *runs = NULL;
  gint64 panel_id, process_id;
  int rc;

  if (!rs_database_begin (db, error))
    return FALSE;
  stmt = rs_database_query (db, error,
                            "SELECT p.panel_id, pa.process_id, p.pseudonym, " RS_ERASURE_PERSON_PENDING " FROM person p "
                            "JOIN panel pa ON pa.id = p.panel_id WHERE p.id = ?", "i", person_id);
  if (stmt == NULL)
    goto fail;
  if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
    {
      if (rc == RS_SQL_DONE)
        g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                     _("There is no person with id %d."), (int) person_id);
      else
        rs_database_set_error (db, rc, error);
      goto fail;
    }
  panel_id = rs_statement_column_int64 (stmt, 0);
  process_id = rs_statement_column_int64 (stmt, 1);
  pseudonym = rs_column_dup_text (stmt, 2);
  if (!rs_statement_column_int (stmt, 3))
    {
      /* Already erased: nothing more to do, and nothing to record. */
      g_clear_pointer (&stmt, rs_statement_finalize);
      rs_database_rollback (db);
      if (out)
        *out = counts;
      return TRUE;
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  g_array_append_val (panels, panel_id);

  if ((runs = check_runs (db, panels, &counts, error)) == NULL ||
      !blank_person (db, person_id, today, error) ||
      !rs_audit_forget (db, "person", person_id, 0, error))
    goto fail;
  counts.persons = 1;
  return finish (db, process_id, "person", reason, pseudonym, runs, &counts, out, error);

fail:
  rs_database_rollback (db);
  return FALSE;
}

gboolean
rs_erasure_scrub_file (RsDatabase *db,
                       GError    **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(RsStatement) stmt = NULL;
  gboolean ok = FALSE;
  int busy = 0, rc;

  /* On a server the search vectors follow the texts by trigger, and the
   * server's VACUUM drops the old row versions (of the tables this user
   * owns; the server's autovacuum does the rest). */
  if (rs_database_is_server (db))
    return rs_database_exec (db, "VACUUM", error);

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT name FROM sqlite_master WHERE type = 'table' "
                            "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name", "");
  while (stmt != NULL && (rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    g_ptr_array_add (tables, rs_column_dup_text (stmt, 0));
  g_clear_pointer (&stmt, rs_statement_finalize);

  if (!rs_database_exec (db, "PRAGMA secure_delete = ON", error) || !rs_database_begin (db, error))
    goto out;
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", (const char *) g_ptr_array_index (tables, i));
      g_autofree char *rebuild = g_strdup_printf ("INSERT INTO %s (%s) VALUES ('rebuild')", quoted, quoted);
      g_autofree char *optimize = g_strdup_printf ("INSERT INTO %s (%s) VALUES ('optimize')", quoted, quoted);

      /* 'rebuild' reads the content again (external-content tables);
       * 'optimize' merges the segments so deleted entries are dropped. */
      if (!rs_database_exec (db, rebuild, NULL) &&
          !rs_database_exec (db, optimize, error))
        {
          rs_database_rollback (db);
          goto out;
        }
    }
  if (!rs_database_commit (db, error) ||
      !rs_database_exec (db, "VACUUM", error))
    goto out;
  stmt = rs_database_query (db, error, "PRAGMA wal_checkpoint(TRUNCATE)", "");
  if (stmt == NULL)
    goto out;
  if (rs_statement_step (stmt) == RS_SQL_ROW)
    busy = rs_statement_column_int (stmt, 0);
  if (busy)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_SQL,
                   _("The personal data were erased, but another program still reads the database, so "
                     "the erased text may remain in its log file until that program closes it."));
      goto out;
    }
  ok = TRUE;
out:
  g_clear_pointer (&stmt, rs_statement_finalize);
  rs_database_exec (db, "PRAGMA secure_delete = OFF", NULL);
  rs_database_unlock (db);
  return ok;
}

GPtrArray *
rs_erasure_list (RsDatabase *db,
                 gint64      process_id,
                 GError    **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_erasure_record_free);
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT id, process_id, erased_at, scope, reason, subject, persons, responses, "
                            "attachments FROM personal_data_erasure WHERE process_id = ? ORDER BY id",
                            "i", process_id);
  while (stmt != NULL && (rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsErasureRecord *r = g_new0 (RsErasureRecord, 1);
      r->id = rs_statement_column_int64 (stmt, 0);
      r->process_id = rs_statement_column_int64 (stmt, 1);
      r->erased_at = rs_column_dup_text (stmt, 2);
      r->scope = rs_column_dup_text (stmt, 3);
      r->reason = rs_column_dup_text (stmt, 4);
      r->subject = rs_column_dup_text (stmt, 5);
      r->persons = rs_statement_column_int (stmt, 6);
      r->responses = rs_statement_column_int (stmt, 7);
      r->attachments = rs_statement_column_int (stmt, 8);
      g_ptr_array_add (records, r);
    }
  rs_database_unlock (db);
  if (stmt == NULL)
    return NULL;
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error), NULL;
  return g_steal_pointer (&records);
}

GStrv
rs_erasure_list_backups (RsDatabase *db)
{
  const char *path = rs_database_get_path (db);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;

  if (path == NULL || g_str_equal (path, ":memory:"))
    return g_strv_builder_end (builder);
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  prefix = g_strconcat (base, ".v", NULL);
  d = g_dir_open (dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".bak"))
      g_strv_builder_add (builder, name);
  return g_strv_builder_end (builder);
}
