/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-council-package.h"
#include "rs-date.h"
#include "rs-erasure.h"
#include "rs-person-ref.h"
#include "rs-processing-record.h"
#include "rs-representativeness.h"
#include "rs-retention.h"
#include "rs-run-check.h"
#include "rs-selection-protocol.h"
#include "rs-selection-store.h"
#include "rs-test-utils.h"
#include "rs-whitebook.h"

/* As `raadslag-cli person erase --person TEXT [--panel ID]` finds the person. */
static gint64
resolve_person (RsDatabase *db,
                const char *text,
                gint64      panel_id,
                GError    **error)
{
  g_autoptr(RsPersonRef) ref = rs_person_ref_resolve (db, 0, panel_id, text, RS_PERSON_REF_ANY, error);

  return ref ? ref->person_id : 0;
}

static char *
query_text (RsDatabase *db,
            const char *sql,
            gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsStatement) stmt = rs_database_query (db, &error, sql, "i", id);

  g_assert_no_error (error);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_column_dup_text (stmt, 0);
}

static GPtrArray *
query_texts (RsDatabase *db,
             const char *sql,
             gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsStatement) stmt = rs_database_query (db, &error, sql, "i", id);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  while (rs_statement_step (stmt) == RS_SQL_ROW)
    g_ptr_array_add (texts, rs_column_dup_text (stmt, 0));
  return texts;
}

/* Pseudonym, status and category values of every pool member, in order. */
static char *
pool_summary (RsDatabase *db,
              gint64      panel_id)
{
  return query_text (db, "SELECT group_concat(line, '|') FROM (SELECT p.pseudonym || ':' || p.status || ':' || "
                         "(SELECT group_concat(value_id) FROM (SELECT value_id FROM person_attribute a "
                         " WHERE a.person_id = p.id ORDER BY a.category_id)) AS line "
                         "FROM person p WHERE p.panel_id = ? ORDER BY p.id)", panel_id);
}

/* Whether @needle occurs anywhere in the bytes of @path (like strings | grep). */
static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *data = NULL;
  gsize len, n = strlen (needle);

  if (!g_file_get_contents (path, &data, &len, NULL))
    return FALSE;

  for (gsize i = 0; i + n <= len; i++)
    if (data[i] == needle[0] && memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
db_contains (RsDatabase *db,
             const char *needle)
{
  g_autofree char *wal = g_strconcat (rs_database_get_path (db), "-wal", NULL);
  return file_contains (rs_database_get_path (db), needle) || file_contains (wal, needle);
}

static void
test_retention_dates (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsRetention) r = NULL;
  g_autoptr(RsRetention) r6 = NULL;
  g_autoptr(RsRetention) fixed = NULL;
  g_autoptr(GArray) due = NULL;
  g_autofree char *evaluation = query_text (db, "SELECT coalesce(ends_on, starts_on) FROM phase "
                                                "WHERE process_id = ? AND kind = 'evaluation'", process_id);
  GDate date;
  g_autofree char *expected = NULL;

  r = rs_retention_get (db, process_id, 12, "2026-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (r->evaluation_on, ==, evaluation);
  g_assert_true (rs_date_parse (evaluation, &date));
  g_date_add_months (&date, 12);
  expected = rs_date_to_iso (&date);
  g_assert_cmpstr (r->until, ==, expected);
  g_assert_true (r->months_is_default);
  g_assert_false (r->passed);
  g_assert_cmpint (r->pending, ==, 600 + 16);

  g_assert_true (rs_retention_set (db, process_id, 6, NULL, &error));
  g_assert_no_error (error);
  r6 = rs_retention_get (db, process_id, 12, "2099-01-01", &error);
  g_assert_cmpint (r6->months, ==, 6);
  g_assert_false (r6->months_is_default);
  g_assert_cmpstr (r6->until, <, r->until);
  g_assert_true (r6->passed);

  g_assert_false (rs_retention_set (db, process_id, -1, "31-12-2027", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (rs_retention_set (db, process_id, -1, "2027-03-01", &error));
  fixed = rs_retention_get (db, process_id, 12, "2027-03-02", &error);
  g_assert_cmpstr (fixed->until, ==, "2027-03-01");
  g_assert_true (fixed->passed);
  g_assert_true (fixed->months_is_default);

  due = rs_retention_list_due (db, 0, 12, "2027-03-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_array_unref);
  due = rs_retention_list_due (db, 0, 12, "2027-03-02", &error);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpint (g_array_index (due, gint64, 0), ==, process_id);
  g_assert_null (rs_retention_list_due (db, 4242, 12, NULL, &error));
  g_assert_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND);

  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

/* Hits for @sender's surname in response @rowid in the hearing search index. */
static int
search_hits (RsDatabase *db,
             const char *sender,
             gint64      rowid)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = g_strsplit (sender, " ", 2);
  g_autofree char *match = g_strdup_printf ("\"%s\"", parts[1]);
  g_autofree char *index = query_text (db, "SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                           "sql LIKE '%fts5%' AND sql LIKE '%content%hearing_response%' "
                                           "ORDER BY name LIMIT ?", 1);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\" WHERE \"%s\" MATCH ? AND rowid = ?",
                                          index, index);
  g_autoptr(RsStatement) stmt = rs_database_query (db, &error, sql, "ti", match, rowid);

  g_assert_no_error (error);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_statement_column_int (stmt, 0);
}

/* Every export the council and the public get, written to @dir/@tag-*. */
static GPtrArray *
write_exports (RsDatabase *db,
               gint64      process_id,
               const char *dir,
               const char *tag)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  gint64 panel_id = rs_test_query_int (db, "SELECT id FROM panel WHERE process_id = ? ORDER BY id", process_id);
  gint64 round_id = rs_test_query_int (db, "SELECT id FROM hearing_round WHERE process_id = ? ORDER BY id", process_id);
  RsWhitebookOptions options = { FALSE, 5, RS_WHITEBOOK_ORDER_THEME, "da" };
  RsCouncilFormat formats[] = { RS_COUNCIL_FORMAT_HTML, RS_COUNCIL_FORMAT_CSV, RS_COUNCIL_FORMAT_JSON };
  const char *ext[] = { "html", "csv", "json" };
  RsRepresentativeness *repr = rs_representativeness_load (db, panel_id, &error);
  g_autofree char *csv = NULL;
  char *path;

  g_assert_no_error (error);
  csv = rs_representativeness_to_csv (repr, 5);
  rs_representativeness_free (repr);
  path = g_strdup_printf ("%s/%s-representativeness.csv", dir, tag);
  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  g_ptr_array_add (files, path);

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      path = g_strdup_printf ("%s/%s-council.%s", dir, tag, ext[f]);
      g_assert_true (rs_council_report_write (db, process_id, RS_COUNCIL_REPORT_PACKAGE, formats[f], "da", 5,
                                              path, NULL, &error));
      g_assert_no_error (error);
      g_ptr_array_add (files, path);
    }
  for (int order = 0; order < 2; order++)
    {
      options.order = order;
      path = g_strdup_printf ("%s/%s-whitebook-%d.html", dir, tag, order);
      g_assert_true (rs_whitebook_export (db, round_id, &options, RS_DOCUMENT_FORMAT_HTML, path, NULL, NULL,
                                          NULL, &error));
      g_assert_no_error (error);
      g_ptr_array_add (files, path);
    }
  return files;
}

static void
test_erase_process (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id, private_id, panel_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) senders = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(RsRetention) retention = NULL;
  g_autofree char *sender = NULL;
  g_autofree char *excerpt = NULL;
  g_autofree char *pseudonyms_before = NULL;
  g_autofree char *pseudonyms_after = NULL;
  RsErasureCounts preview = { 0 }, counts = { 0 };
  gint64 households;

  /* A coded point quoting a private sender's signature, and an original file. */
  private_id = rs_test_query_int (db, "SELECT r.id FROM hearing_response r JOIN hearing_round h ON h.id = r.round_id "
                              "WHERE h.process_id = ? AND r.party_type = 'private' ORDER BY r.id DESC", process_id);
  sender = query_text (db, "SELECT sender FROM hearing_response WHERE id = ?", private_id);
  excerpt = g_strdup_printf ("Hilsen %s", sender);
  g_assert_true (rs_database_run (db, &error,
                                  "INSERT INTO response_point (response_id, start_offset, end_offset, excerpt, theme, "
                                  "decision) VALUES (?1, (SELECT length(text) - ?3 FROM hearing_response WHERE id = ?1), "
                                  "(SELECT length(text) FROM hearing_response WHERE id = ?1), ?2, 'Fritid', 'noted')",
                                  "itn", private_id, excerpt, (int) g_utf8_strlen (excerpt, -1)));
  g_assert_true (rs_database_run (db, &error,
                                  "INSERT INTO attachment (owner_type, owner_id, filename, data) "
                                  "VALUES ('hearing_response', ?, 'Høringssvar.eml', 'From: someone')", "i", private_id));
  g_assert_true (rs_database_run (db, &error, "UPDATE hearing_response SET source_file = 'Høringssvar ' || sender || '.txt' "
                                              "WHERE id = ?", "i", private_id));
  g_assert_no_error (error);

  /* Tables other areas add (participatory budgeting's proposers, deleted
   * responses kept for undo) are erased too when the file has them. */
  g_assert_true (rs_database_exec (db,
                                   "CREATE TABLE IF NOT EXISTS pb_pool (id INTEGER PRIMARY KEY, process_id INTEGER, name TEXT);"
                                   "CREATE TABLE IF NOT EXISTS pb_proposal (id INTEGER PRIMARY KEY, pool_id INTEGER, code TEXT, title TEXT);"
                                   "CREATE TABLE IF NOT EXISTS pb_proposer (proposal_id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
                                   " organisation TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '');"
                                   "CREATE TABLE IF NOT EXISTS hearing_response_trash (response_id INTEGER PRIMARY KEY, round_id INTEGER, "
                                   " snapshot TEXT NOT NULL);", &error));
  g_assert_true (rs_database_run (db, &error, "INSERT INTO pb_pool (id, process_id, name) VALUES (9001, ?, 'Pulje')",
                                  "i", process_id));
  g_assert_true (rs_database_exec (db, "INSERT INTO pb_proposal (id, pool_id, code, title) VALUES (9001, 9001, 'N-01', 'Bænke');"
                                       "INSERT INTO pb_proposer (proposal_id, name, organisation, email, phone) "
                                       "VALUES (9001, 'Forslagsstiller Olsen', 'Grundejerforeningen', 'olsen@example.net', '12345678');",
                                   &error));
  g_assert_true (rs_database_run (db, &error, "INSERT INTO hearing_response_trash (response_id, round_id, snapshot) "
                                              "VALUES (9001, (SELECT min(id) FROM hearing_round WHERE process_id = ?), "
                                              "'{\"sender\": \"Slettet Svarsen\"}')", "i", process_id));
  g_assert_no_error (error);

  panel_id = rs_test_query_int (db, "SELECT id FROM panel WHERE process_id = ? ORDER BY id", process_id);
  names = query_texts (db, "SELECT name FROM person_contact k JOIN person p ON p.id = k.person_id "
                           "WHERE p.panel_id = ? AND k.name <> '' ORDER BY p.id LIMIT 50", panel_id);
  senders = query_texts (db, "SELECT r.sender FROM hearing_response r JOIN hearing_round h ON h.id = r.round_id "
                             "WHERE h.process_id = ? AND r.party_type = 'private'", process_id);
  g_assert_cmpuint (senders->len, ==, 16);
  rs_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
  g_assert_true (db_contains (db, g_ptr_array_index (names, 0)));
  g_assert_true (db_contains (db, sender));
  g_assert_true (db_contains (db, "borger0001@example.org"));
  g_assert_true (db_contains (db, "Forslagsstiller Olsen"));
  pseudonyms_before = pool_summary (db, panel_id);
  households = rs_test_query_int (db, "SELECT count(DISTINCT household_key) FROM person WHERE panel_id = ?", panel_id);
  before = write_exports (db, process_id, dir, "before");
  g_assert_cmpint (search_hits (db, sender, private_id), ==, 1);

  g_assert_true (rs_erasure_preview (db, process_id, &preview, &error));
  g_assert_no_error (error);
  g_assert_cmpint (preview.persons, ==, 600);
  g_assert_cmpint (preview.responses, ==, 16);
  g_assert_cmpint (preview.attachments, ==, 1);
  g_assert_cmpint (preview.points, ==, 1);
  g_assert_cmpint (preview.others, ==, 2);
  /* The preview changed nothing. */
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM person_contact WHERE name <> ''", 0), ==, 600);

  g_assert_true (rs_erasure_erase_process (db, process_id, RS_ERASURE_REASON_MANUAL, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.persons, ==, 600);
  g_assert_cmpint (counts.responses, ==, 16);
  g_assert_cmpint (counts.attachments, ==, 1);
  g_assert_cmpint (counts.points, ==, 1);
  g_assert_cmpint (counts.others, ==, 2);
  g_assert_cmpint (counts.record_id, >, 0);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM pb_proposer WHERE organisation = 'Grundejerforeningen' "
                                  "AND name || email || phone = ''", 0), ==, 1);

  /* Gone from the rows... */
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM person_contact WHERE name || address || postcode || city || "
                                  "email || phone <> ''", 0), ==, 0);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM person WHERE panel_id = ? AND (external_id IS NOT NULL "
                                  "OR erased_on IS NULL)", panel_id), ==, 0);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM hearing_response WHERE party_type = 'private' AND "
                                  "sender || sender_address || sender_email || source_file <> ''", 0), ==, 0);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM hearing_response WHERE party_type = 'organisation' "
                                  "AND sender <> ''", 0), ==, 24);
  {
    g_autofree char *point = query_text (db, "SELECT excerpt FROM response_point WHERE response_id = ?", private_id);
    g_autofree char *text = query_text (db, "SELECT text FROM hearing_response WHERE id = ?", private_id);
    gint64 start = rs_test_query_int (db, "SELECT start_offset FROM response_point WHERE response_id = ?", private_id);
    gint64 end = rs_test_query_int (db, "SELECT end_offset FROM response_point WHERE response_id = ?", private_id);
    g_autofree char *slice = g_utf8_substring (text, start, end);

    g_assert_null (strstr (point, sender));
    g_assert_cmpstr (slice, ==, point);
    g_assert_null (strstr (text, sender));
  }
  /* ...while pseudonyms, statuses, category values and households stay. */
  pseudonyms_after = pool_summary (db, panel_id);
  g_assert_cmpstr (pseudonyms_after, ==, pseudonyms_before);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(DISTINCT household_key) FROM person WHERE panel_id = ?", panel_id),
                   ==, households);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM person WHERE panel_id = ? AND household_key <> '' AND "
                                  "household_key NOT LIKE 'erased-household-%'", panel_id), ==, 0);

  /* ...and gone from the file itself, the log and the search index. */
  g_assert_false (db_contains (db, sender));
  for (guint i = 0; i < names->len; i++)
    g_assert_false (db_contains (db, g_ptr_array_index (names, i)));
  for (guint i = 0; i < senders->len; i++)
    g_assert_false (db_contains (db, g_ptr_array_index (senders, i)));
  g_assert_false (db_contains (db, "borger0001@example.org"));
  g_assert_false (db_contains (db, "From: someone"));
  g_assert_false (db_contains (db, "Forslagsstiller Olsen"));
  g_assert_false (db_contains (db, "olsen@example.net"));
  g_assert_false (db_contains (db, "Slettet Svarsen"));
  /* The search no longer finds the sender's surname in that response. */
  g_assert_cmpint (search_hits (db, sender, private_id), ==, 0);

  /* Every export the same, byte for byte. */
  after = write_exports (db, process_id, dir, "after");
  for (guint i = 0; i < before->len; i++)
    {
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;
      g_assert_true (g_file_get_contents (g_ptr_array_index (before, i), &a, NULL, NULL));
      g_assert_true (g_file_get_contents (g_ptr_array_index (after, i), &b, NULL, NULL));
      g_test_message ("%s", (char *) g_ptr_array_index (after, i));
      /* The JSON's time of writing is the one documented difference. */
      if (g_str_has_suffix (g_ptr_array_index (after, i), ".json"))
        {
          g_autoptr(GRegex) stamp = g_regex_new ("\"generated_at\" : \"[^\"]*\"", 0, 0, NULL);
          char *a2 = g_regex_replace_literal (stamp, a, -1, 0, "\"generated_at\" : \"\"", 0, NULL);
          char *b2 = g_regex_replace_literal (stamp, b, -1, 0, "\"generated_at\" : \"\"", 0, NULL);
          g_assert_cmpstr (a2, !=, a);
          g_free (a);
          g_free (b);
          a = a2;
          b = b2;
        }
      g_assert_cmpstr (a, ==, b);
    }

  /* Recorded, without the data. */
  records = rs_erasure_list (db, process_id, &error);
  g_assert_cmpuint (records->len, ==, 1);
  g_assert_cmpstr (((RsErasureRecord *) records->pdata[0])->scope, ==, "process");
  g_assert_cmpstr (((RsErasureRecord *) records->pdata[0])->reason, ==, "manual");
  g_assert_cmpint (((RsErasureRecord *) records->pdata[0])->persons, ==, 600);
  retention = rs_retention_get (db, process_id, 12, NULL, &error);
  g_assert_cmpint (retention->pending, ==, 0);
  g_assert_nonnull (retention->erased_at);

  /* A second erasure finds nothing left. */
  g_assert_true (rs_erasure_erase_process (db, process_id, RS_ERASURE_REASON_MANUAL, &counts, &error));
  g_assert_cmpint (counts.persons + counts.responses, ==, 0);

  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static void
test_erase_person (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id, panel_id, person_id, mate_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *other = NULL;
  g_autofree char *household = NULL;
  g_autoptr(GPtrArray) records = NULL;
  RsErasureCounts counts = { 0 };

  panel_id = rs_test_query_int (db, "SELECT id FROM panel WHERE process_id = ? ORDER BY id", process_id);
  /* The sample's 40th volunteer shares an address with the 39th. */
  person_id = resolve_person (db, "p-0040", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (person_id, >, 0);
  g_assert_cmpint (resolve_person (db, "HB10273", panel_id, &error), ==, person_id);
  g_assert_cmpint (resolve_person (db, "P-9999", 0, &error), ==, 0);
  g_assert_error (error, RS_PERSON_REF_ERROR, RS_PERSON_REF_ERROR_NOT_FOUND);
  g_clear_error (&error);
  mate_id = resolve_person (db, "P-0039", 0, &error);
  household = query_text (db, "SELECT household_key FROM person WHERE id = ?", person_id);
  g_assert_cmpstr (household, ==, query_text (db, "SELECT household_key FROM person WHERE id = ?", mate_id));
  name = query_text (db, "SELECT name FROM person_contact WHERE person_id = ?", person_id);
  other = query_text (db, "SELECT name FROM person_contact WHERE person_id = ?", mate_id);

  g_assert_true (rs_erasure_erase_person (db, person_id, RS_ERASURE_REASON_REQUEST, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.persons, ==, 1);
  g_assert_cmpint (rs_test_query_int (db, "SELECT length(name || address || email || phone) FROM person_contact "
                                  "WHERE person_id = ?", person_id), ==, 0);
  g_assert_cmpstr (query_text (db, "SELECT pseudonym FROM person WHERE id = ?", person_id), ==, "P-0040");
  g_assert_null (query_text (db, "SELECT external_id FROM person WHERE id = ?", person_id));
  /* The housemate keeps their data and the shared household, without the address. */
  g_assert_cmpstr (query_text (db, "SELECT name FROM person_contact WHERE person_id = ?", mate_id), ==, other);
  g_assert_cmpstr (query_text (db, "SELECT household_key FROM person WHERE id = ?", person_id), ==,
                   query_text (db, "SELECT household_key FROM person WHERE id = ?", mate_id));
  g_assert_true (g_str_has_prefix (query_text (db, "SELECT household_key FROM person WHERE id = ?", person_id),
                                   RS_ERASED_HOUSEHOLD_PREFIX));
  g_assert_false (db_contains (db, name));
  g_assert_true (db_contains (db, other));

  /* Contact data entered again after an erasure are erased again. */
  g_assert_true (rs_erasure_erase_person (db, person_id, RS_ERASURE_REASON_REQUEST, &counts, &error));
  g_assert_cmpint (counts.persons, ==, 0);
  g_assert_true (rs_database_run (db, &error, "UPDATE person_contact SET email = 'ny@example.net' WHERE person_id = ?",
                                  "i", person_id));
  {
    g_autoptr(RsRetention) r = rs_retention_get (db, process_id, 12, NULL, &error);
    g_assert_cmpint (r->pending, ==, 600 + 16);
  }
  g_assert_true (rs_erasure_erase_person (db, person_id, RS_ERASURE_REASON_REQUEST, &counts, &error));
  g_assert_cmpint (counts.persons, ==, 1);
  g_assert_false (db_contains (db, "ny@example.net"));

  records = rs_erasure_list (db, process_id, &error);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstr (((RsErasureRecord *) records->pdata[0])->scope, ==, "person");
  g_assert_cmpstr (((RsErasureRecord *) records->pdata[0])->subject, ==, "P-0040");
  g_assert_cmpstr (((RsErasureRecord *) records->pdata[0])->reason, ==, "request");

  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

/* A small panel with households, drawn for real, so the protocol's hashes
 * can be checked before and after the erasure. */
static gint64
small_panel (RsDatabase *db,
             gint64      process_id)
{
  g_autoptr(GError) error = NULL;
  gint64 panel_id, cat_id, value_ids[2];
  const char *values[] = { "Kvinde", "Mand" };

  g_assert_true (rs_database_run (db, &error, "INSERT INTO panel (process_id, name, size, one_per_household) "
                                              "VALUES (?, 'Lille panel', 4, 1)", "i", process_id));
  panel_id = rs_database_last_insert_id (db);
  g_assert_true (rs_database_run (db, &error, "INSERT INTO category (panel_id, name) VALUES (?, 'Køn')", "i", panel_id));
  cat_id = rs_database_last_insert_id (db);
  for (int v = 0; v < 2; v++)
    {
      g_assert_true (rs_database_run (db, &error, "INSERT INTO category_value (category_id, name, position, "
                                                  "quota_min, quota_max) VALUES (?, ?, ?, 2, 2)",
                                      "itn", cat_id, values[v], v));
      value_ids[v] = rs_database_last_insert_id (db);
    }
  for (int p = 0; p < 12; p++)
    {
      g_autofree char *pseudonym = g_strdup_printf ("L-%02d", p + 1);
      g_autofree char *name = g_strdup_printf ("Testperson Nummer%02d", p + 1);
      g_autofree char *address = g_strdup_printf ("Lillevej %d", p / 2 + 1);
      gint64 id;

      g_assert_true (rs_database_run (db, &error, "INSERT INTO person (panel_id, pseudonym, household_key) "
                                                  "VALUES (?, ?, lower(?))", "itt", panel_id, pseudonym, address));
      id = rs_database_last_insert_id (db);
      g_assert_true (rs_database_run (db, &error, "INSERT INTO person_contact (person_id, name, address) "
                                                  "VALUES (?, ?, ?)", "itt", id, name, address));
      g_assert_true (rs_database_run (db, &error, "INSERT INTO person_attribute (person_id, category_id, value_id) "
                                                  "VALUES (?, ?, ?)", "iii", id, cat_id, value_ids[p % 2]));
    }
  g_assert_no_error (error);
  return panel_id;
}

static void
test_protocol_after_erasure (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id, panel_id, run_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(RsSelectionInstance) instance = NULL;
  g_autoptr(RsSelectionResult) result = NULL;
  g_autoptr(RsSelectionDraw) draw = NULL;
  g_autoptr(JsonNode) protocol = NULL;
  g_autoptr(RsRunCheck) check = NULL;
  g_autoptr(RsRunCheck) again = NULL;
  g_autoptr(RsRunCheck) tampered = NULL;
  g_autofree char *cat_sha = NULL;
  g_autofree char *pool_sha = NULL;
  g_autofree char *protocol_before = NULL;
  RsErasureCounts counts = { 0 };

  panel_id = small_panel (db, process_id);
  instance = rs_selection_store_load (db, panel_id, NULL, &error);
  g_assert_no_error (error);
  cat_sha = rs_selection_instance_categories_sha256 (instance);
  pool_sha = rs_selection_instance_pool_sha256 (instance);
  result = rs_selection_leximin (instance, TRUE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  draw = rs_selection_draw (result, "privacy-test", 2, &error);
  g_assert_no_error (error);
  protocol = rs_selection_protocol_json (result, draw, "user", 1.0);
  run_id = rs_selection_store_save_run (db, panel_id, result, draw, protocol, &error);
  g_assert_no_error (error);

  /* The checker recomputes exactly the selection code's hashes. */
  check = rs_run_check (db, run_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (check->message, ==, NULL);
  g_assert_cmpint (check->status, ==, RS_RUN_CHECK_OK);
  g_assert_cmpstr (check->categories_sha256, ==, cat_sha);
  g_assert_cmpstr (check->pool_sha256, ==, pool_sha);
  g_assert_true (check->distribution_ok);
  protocol_before = query_text (db, "SELECT protocol || categories_sha256 || pool_sha256 || inputs || distribution "
                                    "FROM selection_run WHERE id = ?", run_id);

  g_assert_true (rs_erasure_erase_process (db, process_id, RS_ERASURE_REASON_RETENTION, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (counts.runs_checked, ==,
                   rs_test_query_int (db, "SELECT count(*) FROM selection_run r JOIN panel p ON p.id = r.panel_id "
                                  "WHERE p.process_id = ?", process_id));
  g_assert_false (db_contains (db, "Testperson Nummer01"));
  g_assert_false (db_contains (db, "lillevej 1"));

  /* The run itself is untouched and still verifies: categories and
   * distribution recomputed from the snapshot, the pool against the
   * snapshot and the check recorded just before the erasure. */
  g_assert_cmpstr (query_text (db, "SELECT protocol || categories_sha256 || pool_sha256 || inputs || distribution "
                                   "FROM selection_run WHERE id = ?", run_id), ==, protocol_before);
  again = rs_run_check (db, run_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->message, ==, NULL);
  g_assert_cmpint (again->status, ==, RS_RUN_CHECK_ATTESTED);
  g_assert_cmpstr (again->categories_sha256, ==, cat_sha);
  g_assert_true (again->pool_matches_db);

  /* A draw made after the erasure (households as tokens) verifies in full. */
  {
    g_autoptr(RsSelectionInstance) later = rs_selection_store_load (db, panel_id, NULL, &error);
    g_autoptr(RsSelectionResult) later_result = NULL;
    g_autoptr(RsSelectionDraw) later_draw = NULL;
    g_autoptr(JsonNode) later_protocol = NULL;
    g_autoptr(RsRunCheck) later_check = NULL;
    gint64 later_id;

    g_assert_no_error (error);
    later_result = rs_selection_leximin (later, TRUE, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    later_draw = rs_selection_draw (later_result, "after-erasure", 2, &error);
    later_protocol = rs_selection_protocol_json (later_result, later_draw, "user", 1.0);
    later_id = rs_selection_store_save_run (db, panel_id, later_result, later_draw, later_protocol, &error);
    g_assert_no_error (error);
    later_check = rs_run_check (db, later_id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (later_check->status, ==, RS_RUN_CHECK_OK);
  }

  /* A changed snapshot is caught. */
  g_assert_true (rs_database_run (db, &error, "UPDATE selection_run SET inputs = replace(inputs, '\"Mand\",2,2', "
                                              "'\"Mand\",1,2') WHERE id = ?", "i", run_id));
  tampered = rs_run_check (db, run_id, &error);
  g_assert_cmpint (tampered->status, ==, RS_RUN_CHECK_FAILED);
  g_assert_false (tampered->categories_ok);
  g_assert_nonnull (tampered->message);

  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

static void
test_processing_record (void)
{
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = query_text (db, "SELECT name FROM person_contact LIMIT 1", 0);
  RsErasureCounts counts = { 0 };

  html = g_build_filename (dir, "record.html", NULL);
  g_assert_true (rs_processing_record_write (db, process_id, 12, "en", RS_DOCUMENT_FORMAT_HTML, html, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (html, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Record of processing activities"));
  g_assert_nonnull (strstr (contents, "Volunteers in recruitment pools"));
  g_assert_nonnull (strstr (contents, "600 (contact data: 600; erased: 0)"));
  g_assert_nonnull (strstr (contents, "16 (contact data: 16; erased: 0)"));
  g_assert_nonnull (strstr (contents, "Herkomst"));
  g_assert_nonnull (strstr (contents, "No personal data have been erased yet."));
  g_assert_null (strstr (contents, name));
  g_clear_pointer (&contents, g_free);

  g_assert_true (rs_erasure_erase_process (db, process_id, RS_ERASURE_REASON_RETENTION, &counts, &error));
  g_assert_true (rs_processing_record_write (db, process_id, 12, "da", RS_DOCUMENT_FORMAT_HTML, html, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (html, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Fortegnelse over behandlingsaktiviteter"));
  g_assert_nonnull (strstr (contents, "600 (kontaktdata: 0; slettet: 600)"));
  g_clear_pointer (&contents, g_free);

  /* PDF and ODT through the same document layer. */
  for (int f = RS_DOCUMENT_FORMAT_PDF; f <= RS_DOCUMENT_FORMAT_ODT; f++)
    {
      g_autofree char *path = g_strdup_printf ("%s/record.%s", dir, rs_document_format_get_extension (f));
      gsize len = 0;
      g_assert_true (rs_processing_record_write (db, process_id, 12, "da", f, path, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      g_assert_cmpuint (len, >, 1000);
      g_clear_pointer (&contents, g_free);
    }

  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/privacy/retention/dates", test_retention_dates);
  g_test_add_func ("/privacy/erasure/process", test_erase_process);
  g_test_add_func ("/privacy/erasure/person", test_erase_person);
  g_test_add_func ("/privacy/erasure/protocol", test_protocol_after_erasure);
  g_test_add_func ("/privacy/record", test_processing_record);
  return g_test_run ();
}
