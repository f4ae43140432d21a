/* SPDX-License-Identifier: MPL-2.0 */
/* Hearing analysis at scale: Danish stemmed search, stored groups of similar
 * responses, campaign counting rules, budget proposals in the white book and
 * the CLI search. */
#include "config.h"

#include <json-glib/json-glib.h>

#include "rs-hearings-test-common.h"
#include "rs-proposal-store.h"
#include "rs-response-groups.h"
#include "rs-response-store.h"
#include "rs-text-search.h"
#include "rs-whitebook.h"

typedef struct
{
  RsDatabase *db;
  char       *dir;
  gint64      process_id;
  gint64      round_id;   /* a new, empty round */
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RsHearingRound) round = NULL;

  f->db = rs_test_open_sample_database (&f->dir, &f->process_id);
  round = rs_hearing_round_store_create (f->db, f->process_id, "Analyse", "2026-09-11", "2026-09-30", &error);
  g_assert_no_error (error);
  f->round_id = rs_hearing_round_get_id (round);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->db);
  rs_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gint64
add_response (Fixture    *f,
              const char *sender,
              const char *email,
              const char *type,
              const char *text)
{
  g_autoptr(RsHearingResponse) r = rs_hearing_response_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  rs_hearing_response_set_sender (r, sender);
  rs_hearing_response_set_sender_email (r, email);
  rs_hearing_response_set_party_type (r, type);
  rs_hearing_response_set_received_on (r, "2026-09-20");
  rs_hearing_response_set_text (r, text);
  id = rs_response_store_add (f->db, f->round_id, r, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static guint
n_hits (Fixture    *f,
        const char *query)
{
  g_autoptr(GError) error = NULL;
  RsResponseFilter filter = { .query = query };
  g_autoptr(GListStore) list = rs_response_store_search (f->db, f->round_id, &filter, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static void
test_stemming (Fixture      *f,
               gconstpointer data)
{
  g_autofree char *a = rs_text_search_stem ("skolerne");
  g_autofree char *b = rs_text_search_stem ("skolen");
  g_autofree char *c = rs_text_search_stem ("skoler");

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (b, ==, c);
  add_response (f, "A", "", "private", "Vi vil bevare skolerne i Skovhuse.");
  add_response (f, "B", "", "private", "Skolen lukker, og det er synd.");
  add_response (f, "C", "", "private", "Der er for få skoler i kommunen.");
  add_response (f, "D", "", "private", "Biblioteket skal have længere åbningstider.");
  /* Every form finds the others, also as the last (unfinished) word. */
  g_assert_cmpuint (n_hits (f, "skolerne"), ==, 3);
  g_assert_cmpuint (n_hits (f, "skolen"), ==, 3);
  g_assert_cmpuint (n_hits (f, "skoler"), ==, 3);
  g_assert_cmpuint (n_hits (f, "SKOLERNE bevare"), ==, 1);
  g_assert_cmpuint (n_hits (f, "bibliotekerne"), ==, 1);
  /* Quotes keep the exact words: "skolen lukker" is one response, and an
   * exact word in quotes does not match its other forms. */
  g_assert_cmpuint (n_hits (f, "\"skolen lukker\""), ==, 1);
  g_assert_cmpuint (n_hits (f, "\"skolerne\""), ==, 1);
  g_assert_cmpuint (n_hits (f, "\"lukker skolen\""), ==, 0);
  g_assert_cmpuint (n_hits (f, "“skolen lukker” synd"), ==, 1);
}

static void
test_build_match (void)
{
  g_autofree char *phrases = NULL;
  g_autofree char *m1 = rs_text_search_build_match ("skole cykel", NULL);
  g_autofree char *m2 = rs_text_search_build_match ("\"Skolen lukker\" i", &phrases);
  g_autofree char *m3 = rs_text_search_build_match (" ,.; ", NULL);

  g_assert_cmpstr (m1, ==, "\"skole\" \"cykel\"*");
  /* A one-letter last word is not a prefix (it would match everything). */
  g_assert_cmpstr (m2, ==, "\"Skolen lukker\" \"i\"");
  g_assert_cmpstr (phrases, ==, "skolen lukker");
  g_assert_null (m3);
}

static RsResponseGroup *
group_of (GPtrArray *groups,
          gint64     response_id)
{
  for (guint g = 0; g < groups->len; g++)
    {
      RsResponseGroup *group = g_ptr_array_index (groups, g);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (group->members)); i++)
        {
          g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (group->members), i);
          if (rs_hearing_response_get_id (r) == response_id)
            return group;
        }
    }
  return NULL;
}

#define CAMPAIGN "Vi protesterer mod lukningen af Skovhuse Bibliotek. Biblioteket er det eneste sted i " \
                 "lokalsamfundet hvor børn, unge og ældre mødes, og en lukning vil ramme de svageste. Vi " \
                 "opfordrer byrådet til at finde besparelsen et andet sted i budgettet."

static void
test_stored_groups (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  gint64 ids[6];
  gint64 other;

  for (int i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("Borger %d", i);
      g_autofree char *text = g_strdup_printf ("%s\n\nMed venlig hilsen\n%s", CAMPAIGN, name);
      ids[i] = add_response (f, name, "", "private", text);
    }
  other = add_response (f, "Anden", "", "private", "Cykelstien langs Strandvejen skal bygges i 2027.");

  /* Found at import, stored: nothing left to compute when a round opens. */
  g_assert_cmpint (rs_response_groups_update (f->db, f->round_id, NULL, &error), ==, 0);
  groups = rs_response_groups_list (f->db, f->round_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, 1);
  g_assert_cmpint (((RsResponseGroup *) g_ptr_array_index (groups, 0))->id, ==, ids[0]);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (((RsResponseGroup *) g_ptr_array_index (groups, 0))->members)),
                    ==, 6);
  g_assert_null (group_of (groups, other));
  g_clear_pointer (&groups, g_ptr_array_unref);

  /* The representative is marked as not part of it: the next takes over. */
  g_assert_true (rs_response_groups_exclude (f->db, ids[0], &error));
  groups = rs_response_groups_list (f->db, f->round_id, &error);
  g_assert_cmpuint (groups->len, ==, 1);
  g_assert_cmpint (((RsResponseGroup *) g_ptr_array_index (groups, 0))->id, ==, ids[1]);
  g_assert_null (group_of (groups, ids[0]));
  g_clear_pointer (&groups, g_ptr_array_unref);

  /* Split two off: two groups, 3 and 2. */
  g_assert_true (rs_response_groups_split (f->db, ids + 4, 2, &error));
  g_assert_no_error (error);
  groups = rs_response_groups_list (f->db, f->round_id, &error);
  g_assert_cmpuint (groups->len, ==, 2);
  g_assert_true (group_of (groups, ids[4]) == group_of (groups, ids[5]));
  g_assert_true (group_of (groups, ids[1]) != group_of (groups, ids[4]));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (group_of (groups, ids[1])->members)), ==, 3);
  g_clear_pointer (&groups, g_ptr_array_unref);

  /* A new campaign letter joins a group; the excluded one stays out. */
  {
    gint64 late = add_response (f, "Sen borger", "", "private", CAMPAIGN);
    groups = rs_response_groups_list (f->db, f->round_id, &error);
    g_assert_nonnull (group_of (groups, late));
    g_assert_null (group_of (groups, ids[0]));
    g_clear_pointer (&groups, g_ptr_array_unref);
  }

  /* A deleted representative: the group stays, led by the next one. */
  g_assert_true (rs_database_run (f->db, &error, "DELETE FROM hearing_response WHERE id = ?", "i", ids[1]));
  groups = rs_response_groups_list (f->db, f->round_id, &error);
  g_assert_nonnull (group_of (groups, ids[2]));
  g_assert_cmpint (group_of (groups, ids[2])->id, ==, ids[2]);
}

static RsPositionCount *
find_count (GPtrArray  *counts,
            gint64      proposal_id,
            const char *position)
{
  for (guint i = 0; i < counts->len; i++)
    {
      RsPositionCount *c = g_ptr_array_index (counts, i);
      if (c->proposal_id == proposal_id && g_str_equal (c->position, position))
        return c;
    }
  return NULL;
}

static void
code (Fixture    *f,
      gint64      response_id,
      gint64      proposal_id,
      const char *position)
{
  g_autoptr(RsResponsePoint) p = rs_response_point_new (0, response_id, 0, 10, "Et uddrag");
  g_autoptr(GError) error = NULL;

  rs_response_point_set_proposal_id (p, proposal_id);
  rs_response_point_set_position (p, position);
  rs_response_point_set_decision (p, "noted");
  g_assert_true (rs_response_point_store_add (f->db, p, &error));
  g_assert_no_error (error);
}

/* A campaign of 12 letters (2 from organisations), a citizen who wrote
 * twice, one campaign letter coded on its own and a letter outside scope. */
static void
make_counting_round (Fixture *f,
                     gint64  *library,
                     gint64  *bike)
{
  g_autoptr(RsBudgetProposal) p1 = rs_budget_proposal_new ("S-2", "Lukning af Skovhuse Bibliotek");
  g_autoptr(RsBudgetProposal) p2 = rs_budget_proposal_new ("U-10", "Ny cykelsti langs Strandvejen");
  g_autoptr(GError) error = NULL;
  gint64 first = 0, own = 0, twice_a, twice_b, outside;

  rs_budget_proposal_set_round_id (p1, f->round_id);
  rs_budget_proposal_set_area (p1, "Kultur");
  rs_budget_proposal_set_amount (p1, -2500000);
  rs_budget_proposal_set_comment (p1, "Administrationen fastholder forslaget.");
  rs_budget_proposal_set_round_id (p2, f->round_id);
  g_assert_true (rs_proposal_store_add (f->db, p1, &error));
  g_assert_true (rs_proposal_store_add (f->db, p2, &error));
  g_assert_no_error (error);
  *library = rs_budget_proposal_get_id (p1);
  *bike = rs_budget_proposal_get_id (p2);

  for (int i = 0; i < 12; i++)
    {
      g_autofree char *name = i < 2 ? g_strdup_printf ("Forening %c", 'A' + i) : g_strdup_printf ("Borger %d", i);
      g_autofree char *text = g_strdup_printf ("%s\n\n%s", CAMPAIGN, name);
      gint64 id = add_response (f, name, "", i < 2 ? "organisation" : "private", text);
      if (i == 0)
        first = id;
      if (i == 11)
        own = id;
    }
  /* The campaign's first letter: against the library closure. */
  code (f, first, *library, "against");
  /* One campaign letter coded on its own: for the bike path only. */
  code (f, own, *bike, "for");
  /* A citizen who wrote twice, against the closure both times: counts once. */
  twice_a = add_response (f, "Jens Hansen", "jens@example.org", "private", "Bibliotek er vigtigt. Nej tak.");
  twice_b = add_response (f, "jens hansen ", "JENS@example.org", "private", "Igen: luk ikke biblioteket!");
  code (f, twice_a, *library, "against");
  code (f, twice_b, *library, "against");
  code (f, twice_b, *bike, "concern");
  outside = add_response (f, "Grundejerforeningen", "", "organisation", "Vi ønsker ny belægning på vejen.");
  code (f, outside, 0, "outside-scope");
}

static void
test_counting_rules (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) counts = NULL;
  RsPositionCount *c;
  gint64 library, bike;

  make_counting_round (f, &library, &bike);
  counts = rs_proposal_store_count_positions (f->db, f->round_id, &error);
  g_assert_no_error (error);

  /* Against the closure: the campaign's 11 letters without points of their
   * own (2 organisations, named; 9 citizens) and Jens Hansen once. */
  c = find_count (counts, library, "against");
  g_assert_nonnull (c);
  g_assert_cmpuint (c->organisations->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (c->organisations, 0), ==, "Forening A");
  g_assert_cmpstr (g_ptr_array_index (c->organisations, 1), ==, "Forening B");
  g_assert_cmpuint (c->n_private, ==, 10);
  g_assert_cmpuint (c->n_responses, ==, 13);
  /* The letter coded on its own counts for what it was coded with. */
  c = find_count (counts, bike, "for");
  g_assert_nonnull (c);
  g_assert_cmpuint (c->n_private, ==, 1);
  c = find_count (counts, bike, "concern");
  g_assert_nonnull (c);
  g_assert_cmpuint (c->n_private, ==, 1);
  g_assert_null (find_count (counts, bike, "against"));
  c = find_count (counts, 0, "outside-scope");
  g_assert_nonnull (c);
  g_assert_cmpuint (c->organisations->len, ==, 1);

  /* Taking a letter out of the campaign takes it out of the count. */
  {
    g_autoptr(GPtrArray) groups = rs_response_groups_list (f->db, f->round_id, &error);
    RsResponseGroup *group = g_ptr_array_index (groups, 0);
    g_autoptr(RsHearingResponse) last = g_list_model_get_item (G_LIST_MODEL (group->members), 5);
    g_autoptr(GPtrArray) again = NULL;

    g_assert_true (rs_response_groups_exclude (f->db, rs_hearing_response_get_id (last), &error));
    again = rs_proposal_store_count_positions (f->db, f->round_id, &error);
    g_assert_cmpuint (find_count (again, library, "against")->n_private, ==, 9);
  }
}

static void
test_whitebook_proposals (Fixture      *f,
                          gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "hvidbog.html", NULL);
  g_autofree char *html = NULL;
  RsWhitebookOptions options = { FALSE, 5, RS_WHITEBOOK_ORDER_THEME, "en" };
  gint64 library, bike;
  const char *section, *rules;

  make_counting_round (f, &library, &bike);
  g_assert_true (rs_whitebook_export (f->db, f->round_id, &options, RS_DOCUMENT_FORMAT_HTML, path,
                                      NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
  rules = strstr (html, "How responses are counted");
  section = strstr (html, "Positions on the budget proposals");
  g_assert_nonnull (rules);
  g_assert_nonnull (section);
  g_assert_true (rules < section);
  g_assert_nonnull (strstr (html, "Each sender counts once per proposal and position"));
  /* The proposals in number order, with amount, area and comment. */
  g_assert_nonnull (strstr (section, "S-2 Lukning af Skovhuse Bibliotek"));
  g_assert_true (strstr (section, "S-2 Lukning") < strstr (section, "U-10 Ny cykelsti"));
  g_assert_nonnull (strstr (section, "−2.500.000 kr."));
  g_assert_nonnull (strstr (section, "Administrationen fastholder forslaget."));
  /* Organisations named, private citizens counted; below the limit only
   * private citizens are suppressed. */
  g_assert_nonnull (strstr (section, "Forening A, Forening B"));
  g_assert_nonnull (strstr (section, "<td>10</td>"));
  g_assert_nonnull (strstr (section, "fewer than 5"));
  g_assert_nonnull (strstr (section, "Outside the hearing"));
  g_assert_nonnull (strstr (section, "Grundejerforeningen"));
  /* The campaign is printed once, with its count. */
  g_assert_nonnull (strstr (html, "Sent by 12 (of which 2 organisations: Forening A, Forening B)"));
  g_assert_null (strstr (html, "Borger 5"));
  g_assert_null (strstr (html, "Jens Hansen"));
}

static void
test_proposals_csv (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autofree char *good = rs_test_data_path ("hearings/proposals.csv");
  g_autofree char *bad = g_build_filename (f->dir, "bad.csv", NULL);
  g_autoptr(RsBudgetProposal) first = NULL;
  gint64 kroner = 0;

  g_assert_cmpint (rs_proposal_store_import_csv (f->db, f->round_id, good, &warnings, &error), ==, 4);
  g_assert_no_error (error);
  /* The odd row is imported without its amount and named with line and column. */
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "proposals.csv:5:4"));
  list = rs_proposal_store_list (f->db, f->round_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (rs_budget_proposal_get_number (first), ==, "S-2");
  g_assert_cmpint (rs_budget_proposal_get_amount (first), ==, -2500000);

  /* A file without the number and title columns changes nothing. */
  g_assert_true (g_file_set_contents (bad, "navn;pris\nx;1\n", -1, NULL));
  g_assert_cmpint (rs_proposal_store_import_csv (f->db, f->round_id, bad, NULL, &error), ==, -1);
  g_assert_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "bad.csv, line 1"));
  g_clear_object (&list);
  list = rs_proposal_store_list (f->db, f->round_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);

  g_assert_true (rs_amount_parse ("-1,2 mio. kr.", &kroner));
  g_assert_cmpint (kroner, ==, -1200000);
  g_assert_true (rs_amount_parse ("1.250.000,50", &kroner));
  g_assert_cmpint (kroner, ==, 1250001);
  g_assert_false (rs_amount_parse ("mange penge", &kroner));
}

static void
test_cli_search (Fixture      *f,
                 gconstpointer data)
{
  g_autofree char *path = g_strdup (rs_database_get_path (f->db));
  g_autofree char *round = g_strdup_printf ("%" G_GINT64_FORMAT, f->round_id);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) core = NULL;
  RsResponseFilter filter = { .query = "skolerne", .preview_only = TRUE, .limit = 500 };
  JsonArray *array;

  add_response (f, "A", "", "private", "Vi vil bevare skolerne i Skovhuse. Skolerne er vigtige.");
  add_response (f, "B", "", "organisation", "Skolen lukker, og det er synd.");
  add_response (f, "C", "", "private", "Biblioteket skal have længere åbningstider.");
  core = rs_response_store_search (f->db, f->round_id, &filter, &error);
  g_clear_object (&f->db);
  {
    const char *argv[] = { "hearing", "search", "--db", path, "--round", round, "--json", "skolerne", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
  }
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  array = json_node_get_array (json_parser_get_root (parser));
  /* The same hits in the same order as the GUI's search, with snippets. */
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_assert_cmpuint (json_array_get_length (array), ==, g_list_model_get_n_items (G_LIST_MODEL (core)));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      g_autoptr(RsHearingResponse) r = g_list_model_get_item (G_LIST_MODEL (core), i);
      g_assert_cmpint (json_object_get_int_member (o, "id"), ==, rs_hearing_response_get_id (r));
      g_assert_nonnull (strstr (json_object_get_string_member (o, "snippet"), "**"));
    }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "hearing", "search", "--db", path, "--round", round, "--sender-type", "organisation",
                           "skoler", NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "**Skolen**"));
    g_assert_null (strstr (out, "Skovhuse"));
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "hearing", "search", "--db", path, "--round", round, NULL };
    g_assert_cmpint (rs_test_run_cli (argv, &out, &err), ==, 2);
  }
  f->db = rs_database_open (path, &error);
}

/* A version 1 file with responses: the upgrade builds the stemmed index and
 * the groups are computed when the round is first opened. */
static void
test_upgrade_from_v1 (void)
{
  static const char * const v1[] = { "v1-base.sql", "v1-panels.sql", "v1-sessions.sql", "v1-hearings.sql",
                                     "v1-recommendations.sql", NULL };
  g_autofree char *dir = g_dir_make_tmp ("rs-upgrade-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "v1.db", NULL);
  g_autoptr(RsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GListStore) hits = NULL;
  RsResponseFilter filter = { .query = "skolen" };
  sqlite3 *handle;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  for (guint i = 0; v1[i] != NULL; i++)
    {
      g_autofree char *name = g_strconcat (RESOURCE_BASE_PATH "/sql/", v1[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (name, 0, &error);
      g_autofree char *sql = NULL;

      g_assert_no_error (error);
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
    }
  {
    g_autofree char *sql = g_strdup_printf (
      "PRAGMA application_id = %d; PRAGMA user_version = 1;"
      "INSERT INTO budget_process (id, name, budget_year) VALUES (1, 'Budget 2027', 2027);"
      "INSERT INTO hearing_round (id, process_id, title, starts_on, deadline) "
      "  VALUES (1, 1, 'Høring', '2026-09-11', '2026-09-30');"
      "INSERT INTO hearing_response (round_id, sender, received_on, text) VALUES "
      "  (1, 'A', '2026-09-12', 'Bevar skolerne i Skovhuse. Børnene har brug for dem.'),"
      "  (1, 'B', '2026-09-13', 'Bevar skolerne i Skovhuse. Børnene har brug for dem!'),"
      "  (1, 'C', '2026-09-14', 'Flere cykelstier, tak.');", RS_APPLICATION_ID);
    g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  sqlite3_close (handle);

  db = rs_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rs_database_get_opened_version (db), ==, 1);
  hits = rs_response_store_search (db, 1, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hits)), ==, 2);
  g_assert_cmpint (rs_response_groups_update (db, 1, NULL, &error), ==, 3);
  groups = rs_response_groups_list (db, 1, &error);
  g_assert_cmpuint (groups->len, ==, 1);
  g_assert_cmpint (rs_response_groups_update (db, 1, NULL, &error), ==, 0);
  g_clear_object (&db);
  rs_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) \
  g_test_add ("/hearings/analysis/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("stemming", test_stemming);
  g_test_add_func ("/hearings/analysis/build-match", test_build_match);
  ADD ("stored-groups", test_stored_groups);
  ADD ("counting-rules", test_counting_rules);
  ADD ("whitebook-proposals", test_whitebook_proposals);
  ADD ("proposals-csv", test_proposals_csv);
  ADD ("cli-search", test_cli_search);
  g_test_add_func ("/hearings/analysis/upgrade-from-v1", test_upgrade_from_v1);
  return g_test_run ();
}
