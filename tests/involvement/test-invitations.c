/* SPDX-License-Identifier: MPL-2.0 */
#include "config.h"

#include <string.h>

#include "rs-districts.h"
#include "rs-invitations.h"
#include "rs-involvement-error.h"
#include "rs-erasure.h"
#include "rs-process-store.h"
#include "rs-test-utils.h"

/* The invitation stage: the address list, the stratified draw (shares,
 * weights, reproducibility, the record), replies, response rates with
 * small cells suppressed, and the "yes" replies turned into a pool. */

static GBytes *
text_bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static char *
query_text (RsDatabase *db,
            const char *sql,
            gint64      arg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsStatement) stmt = rs_database_query (db, &error, sql, "i", arg);

  g_assert_no_error (error);
  g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
  return rs_column_dup_text (stmt, 0);
}

/* The drawn address ids, in id order, as one string. */
static char *
drawn_ids (RsDatabase *db,
           gint64      draw_id)
{
  return query_text (db, "SELECT group_concat(address_id) FROM (SELECT address_id FROM invitation "
                     "WHERE draw_id = ? ORDER BY address_id)", draw_id);
}

static const char * const districts[] = { "Nord", "Syd", "Øst", "Vest" };
static const double shares[] = { 0.4, 0.3, 0.2, 0.1 };

/* 10,000 residents in households of one to three, in four districts. */
static GBytes *
big_address_list (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);
  GString *csv = g_string_new ("ref;adresse;postnr;bydel;alder;køn\n");
  guint n = 0, house = 0;

  while (n < 10000)
    {
      double u = g_rand_double (rand), acc = 0;
      guint d = 0, people = 1 + g_rand_int_range (rand, 0, 3);

      for (d = 0; d < G_N_ELEMENTS (shares) - 1; d++)
        if (u < (acc += shares[d]))
          break;
      house++;
      for (guint p = 0; p < people && n < 10000; p++)
        g_string_append_printf (csv, "R%05u;%svej %u;%u;%s;30-44;Kvinde\n", ++n, districts[d],
                                house, 5000 + d, districts[d]);
    }
  return g_string_free_to_bytes (csv);
}

static gint64
new_process (RsDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsProcess) process = rs_process_store_create (db, "Budget 2028", 2028, NULL, NULL,
                                                          &error);
  g_assert_no_error (error);
  return rs_process_get_id (process);
}

static void
test_draw (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(RsDatabase) db = rs_test_open_temp_database (&dir);
  g_autoptr(GBytes) list = big_address_list ();
  g_autoptr(GHashTable) weights = NULL;
  g_autofree char *first = NULL, *again = NULL, *other = NULL;
  gint64 process_id = new_process (db), d1, d2, d3, d4, households;
  guint n = 0, flagged = 0;

  g_assert_true (rs_invitations_import_addresses (db, process_id, list, "cpr.csv", &n, &flagged,
                                                  &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 10000);
  g_assert_cmpuint (flagged, ==, 0);
  households = rs_test_query_int (db, "SELECT count(DISTINCT household_key) FROM invitation_address "
                          "WHERE process_id = ?", process_id);

  /* Proportional: every district within one household of its share. */
  d1 = rs_invitations_draw (db, process_id, 3000, 2027, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (d1, >, 0);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM invitation WHERE draw_id = ?", d1), ==, 3000);
  /* One letter per household. */
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(DISTINCT a.household_key) FROM invitation i JOIN "
                              "invitation_address a ON a.id = i.address_id WHERE i.draw_id = ?",
                              d1), ==, 3000);
  for (guint d = 0; d < G_N_ELEMENTS (districts); d++)
    {
      g_autoptr(RsStatement) stmt = NULL;
      gint64 have, drawn;
      double expected;

      stmt = rs_database_query (db, &error, "SELECT count(DISTINCT household_key) FROM "
                                "invitation_address WHERE process_id = ? AND district = ?",
                                "it", process_id, districts[d]);
      g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
      have = rs_statement_column_int64 (stmt, 0);
      g_clear_pointer (&stmt, rs_statement_finalize);
      stmt = rs_database_query (db, &error, "SELECT count(*) FROM invitation WHERE draw_id = ? "
                                "AND district = ?", "it", d1, districts[d]);
      g_assert_cmpint (rs_statement_step (stmt), ==, RS_SQL_ROW);
      drawn = rs_statement_column_int64 (stmt, 0);
      expected = 3000.0 * have / households;
      g_assert_cmpfloat (drawn, >=, expected - 1);
      g_assert_cmpfloat (drawn, <=, expected + 1);
    }

  /* The same list and seed give the same sample; another seed another. */
  d2 = rs_invitations_draw (db, process_id, 3000, 2027, NULL, &error);
  d3 = rs_invitations_draw (db, process_id, 3000, 2028, NULL, &error);
  g_assert_no_error (error);
  first = drawn_ids (db, d1);
  again = drawn_ids (db, d2);
  other = drawn_ids (db, d3);
  g_assert_cmpstr (first, ==, again);
  g_assert_cmpstr (first, !=, other);

  /* The record: seed, weights, the input's hash and the time. */
  {
    g_autofree char *seed = query_text (db, "SELECT seed FROM invitation_draw WHERE id = ?", d1);
    g_autofree char *sha1 = query_text (db, "SELECT input_sha256 FROM invitation_draw WHERE id = ?", d1);
    g_autofree char *sha3 = query_text (db, "SELECT input_sha256 FROM invitation_draw WHERE id = ?", d3);
    g_autofree char *when = query_text (db, "SELECT created_at FROM invitation_draw WHERE id = ?", d1);
    g_autofree char *alloc = query_text (db, "SELECT allocation FROM invitation_draw WHERE id = ?", d1);

    g_assert_cmpstr (seed, ==, "2027");
    g_assert_cmpuint (strlen (sha1), ==, 64);
    g_assert_cmpstr (sha1, ==, sha3);
    g_assert_nonnull (when);
    g_assert_nonnull (strstr (alloc, "\"Nord\""));
  }

  /* Weights oversample a district that answers less. */
  weights = rs_invitations_parse_weights ("vest=3; Syd=1,0", &error);
  g_assert_no_error (error);
  d4 = rs_invitations_draw (db, process_id, 3000, 2027, weights, &error);
  g_assert_no_error (error);
  {
    g_autofree char *w = query_text (db, "SELECT weights FROM invitation_draw WHERE id = ?", d4);
    gint64 vest1 = rs_test_query_int (db, "SELECT count(*) FROM invitation WHERE draw_id = ? AND district = 'Vest'", d1);
    gint64 vest4 = rs_test_query_int (db, "SELECT count(*) FROM invitation WHERE draw_id = ? AND district = 'Vest'", d4);

    gint64 vest_all = rs_test_query_int (db, "SELECT count(DISTINCT household_key) FROM invitation_address "
                                 "WHERE process_id = ? AND district = 'Vest'", process_id);

    /* Three times its share would be more than it has: it gets all its
     * households and the others share the rest. */
    g_assert_cmpstr (w, ==, "Vest=3");
    g_assert_cmpint (vest4, >, vest1 + vest1 / 2);
    g_assert_cmpint (vest4, ==, vest_all);
    g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM invitation WHERE draw_id = ?", d4), ==, 3000);
  }
  g_clear_pointer (&weights, g_hash_table_unref);

  /* Mistakes say what is wrong and draw nothing. */
  weights = rs_invitations_parse_weights ("Fjordby=2", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_invitations_draw (db, process_id, 10, 1, weights, &error), ==, 0);
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Fjordby"));
  g_clear_error (&error);
  g_assert_cmpint (rs_invitations_draw (db, process_id, households + 1, 1, NULL, &error), ==, 0);
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (rs_invitations_parse_weights ("Nord", &error));
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (rs_invitations_parse_weights ("Nord=-1", &error));
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM invitation_draw WHERE process_id = ?",
                              process_id), ==, 4);
  rs_test_remove_dir (dir);
}

static void
test_addresses (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gint64 process_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GBytes) file = rs_test_data_bytes ("involvement/addresses-havbjerg.csv");
  guint n = 0, flagged = 0;

  g_assert_true (rs_invitations_import_addresses (db, process_id, file, "addresses-havbjerg.csv",
                                                  &n, &flagged, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 528);
  /* No postcode, a district not in the list, a repeated ref: in, flagged. */
  g_assert_cmpuint (flagged, ==, 3);
  {
    g_autofree char *note = query_text (db, "SELECT review_note FROM invitation_address WHERE "
                                        "process_id = ? AND ref = '00527-2'", process_id);
    g_assert_cmpstr (note, ==, "repeated ref");
  }
  /* Districts are spelled as the list spells them. */
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM invitation_address WHERE process_id = ? "
                              "AND district = 'Nørreby'", process_id), >, 50);

  /* A file without a district column changes nothing. */
  {
    g_autoptr(GBytes) bad = text_bytes ("adresse;postnr\nSkolevej 1;9990\n");
    g_assert_false (rs_invitations_import_addresses (db, process_id, bad, "uden-bydel.csv", NULL,
                                                     NULL, &error));
    g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "uden-bydel.csv, line 1"));
    g_clear_error (&error);
  }
  {
    g_autoptr(GBytes) broken = text_bytes ("adresse;postnr;bydel\nSkolevej 1;9990;Nørreby\n"
                                           "\"Skolevej 2;9990;Nørreby\n");
    g_assert_false (rs_invitations_import_addresses (db, process_id, broken, "broken.csv", NULL,
                                                     NULL, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM invitation_address WHERE process_id = ?",
                              process_id), ==, 528);
  /* Replies before any draw are refused. */
  {
    g_autoptr(GBytes) replies = rs_test_data_bytes ("involvement/replies-havbjerg.csv");
    g_assert_false (rs_invitations_import_replies (db, process_id, replies, "r.csv", NULL, NULL,
                                                   &error));
    g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  rs_test_remove_dir (dir);
}

static void
test_replies_rates_pool (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gint64 process_id, draw_id;
  g_autoptr(RsDatabase) db = rs_test_open_sample_database (&dir, &process_id);
  g_autoptr(GBytes) file = rs_test_data_bytes ("involvement/addresses-havbjerg.csv");
  g_autoptr(GBytes) replies = rs_test_data_bytes ("involvement/replies-havbjerg.csv");
  g_autoptr(RsInvitationRates) rates = NULL;
  gint64 panel_id = rs_test_query_int (db, "SELECT min(id) FROM panel WHERE process_id = ?", process_id);
  gint64 pool_before = rs_test_query_int (db, "SELECT count(*) FROM person WHERE panel_id = ?", panel_id);
  guint n = 0, flagged = 0, added = 0;

  g_assert_true (rs_invitations_import_addresses (db, process_id, file, "a.csv", NULL, NULL, &error));
  /* Every household: 252 ordinary ones and three odd ones. */
  draw_id = rs_invitations_draw (db, process_id, 255, 7, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rs_invitations_import_replies (db, process_id, replies, "replies-havbjerg.csv",
                                                &n, &flagged, &error));
  g_assert_no_error (error);
  /* A ref nobody invited and a "måske" are left out and counted. */
  g_assert_cmpuint (n, ==, 166);
  g_assert_cmpuint (flagged, ==, 2);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM invitation WHERE draw_id = ? AND "
                              "replied IS NOT NULL", draw_id), ==, 166);

  rates = rs_invitations_rates (db, process_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rates->draw_id, ==, draw_id);
  g_assert_cmpuint (rates->total->invited, ==, 255);
  g_assert_cmpuint (rates->total->replies, ==, 166);
  g_assert_cmpuint (rates->total->yes, ==, 113);
  /* The district list's order, then districts not in it. */
  g_assert_cmpuint (rates->districts->len, ==, 7);
  g_assert_cmpstr (((RsInvitationRate *) g_ptr_array_index (rates->districts, 0))->label, ==, "Midtbyen");
  g_assert_cmpstr (((RsInvitationRate *) g_ptr_array_index (rates->districts, 6))->label, ==, "Fjordby");
  g_assert_cmpuint (rates->channels->len, ==, 2);
  {
    RsInvitationRate *mail = g_ptr_array_index (rates->channels, 0);
    RsInvitationRate *post = g_ptr_array_index (rates->channels, 1);
    g_autofree char *mail_rate = rs_invitations_format_rate (mail->yes, mail->replies, 5);

    g_assert_cmpstr (mail->label, ==, "e-mail");
    g_assert_cmpstr (post->label, ==, "post");
    g_assert_cmpuint (mail->replies + post->replies, ==, 166);
    g_assert_cmpuint (mail->yes, ==, 80);
    g_assert_cmpstr (mail_rate, ==, "73 %");
  }

  /* Into the pool: every "yes", once, with the panel's category values. */
  g_assert_true (rs_invitations_to_pool (db, panel_id, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 113);
  g_assert_true (rs_invitations_to_pool (db, panel_id, &added, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM person WHERE panel_id = ?", panel_id), ==,
                   pool_before + 113);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM person p JOIN person_attribute pa ON "
                              "pa.person_id = p.id WHERE p.panel_id = ? AND p.external_id LIKE "
                              "'inv-%'", panel_id), ==, 3 * 113 - 0);
  g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM person p JOIN person_contact c ON "
                              "c.person_id = p.id WHERE p.panel_id = ? AND p.external_id LIKE "
                              "'inv-%' AND c.name <> '' AND c.postcode = '9990'", panel_id), >=, 110);
  g_assert_false (rs_invitations_to_pool (db, 9999, &added, &error));
  g_assert_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Erasing the process's personal data blanks the address list and the
   * replies' contact data; the rates stay. */
  {
    RsErasureCounts counts = { 0 };
    g_autoptr(RsInvitationRates) after = NULL;

    g_assert_true (rs_erasure_erase_process (db, process_id, RS_ERASURE_REASON_MANUAL, &counts,
                                             &error));
    g_assert_no_error (error);
    g_assert_cmpint (counts.others, >=, 528 + 166);
    g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM invitation_address WHERE "
                                        "process_id = ? AND address || postcode <> ''",
                                        process_id), ==, 0);
    g_assert_cmpint (rs_test_query_int (db, "SELECT count(*) FROM invitation WHERE draw_id = ? "
                                        "AND name || email || phone <> ''", draw_id), ==, 0);
    after = rs_invitations_rates (db, process_id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (after->total->yes, ==, 113);
  }
  rs_test_remove_dir (dir);
}

static void
test_format (void)
{
  g_autofree char *a = rs_invitations_format_rate (61, 100, 5);
  g_autofree char *b = rs_invitations_format_rate (3, 100, 5);
  g_autofree char *c = rs_invitations_format_rate (2, 4, 5);
  g_autofree char *d = rs_invitations_format_rate (0, 0, 5);
  g_autofree char *e = rs_invitations_format_count (3, 5);
  g_autofree char *f = rs_invitations_format_count (0, 5);
  g_autofree char *g = rs_invitations_format_count (12, 5);

  g_assert_cmpstr (a, ==, "61 %");
  g_assert_cmpstr (b, ==, "–");
  g_assert_cmpstr (c, ==, "–");
  g_assert_cmpstr (d, ==, "–");
  g_assert_cmpstr (e, ==, "< 5");
  g_assert_cmpstr (f, ==, "0");
  g_assert_cmpstr (g, ==, "12");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/involvement/invitations/draw", test_draw);
  g_test_add_func ("/involvement/invitations/addresses", test_addresses);
  g_test_add_func ("/involvement/invitations/replies-rates-pool", test_replies_rates_pool);
  g_test_add_func ("/involvement/invitations/format", test_format);
  return g_test_run ();
}
