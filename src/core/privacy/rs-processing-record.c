/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-processing-record"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-catalog.h"
#include "rs-erasure.h"
#include "rs-process-store.h"
#include "rs-processing-record.h"
#include "rs-retention.h"

#define TR(msgid) rs_catalog_lookup (cat, (msgid))

static int
count (RsDatabase *db,
       const char *sql,
       gint64      process_id,
       GError    **error)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, sql, "i", process_id);
  int rc;

  if (stmt == NULL)
    return -1;
  if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
    return rs_database_set_error (db, rc, error), -1;
  return rs_statement_column_int (stmt, 0);
}

typedef struct
{
  int pool, pool_contact, pool_erased, selected, registrants, attended;
  int private_responses, private_contact, private_erased, originals;
  int organisation_responses, party_contacts;
  int public_registrants, public_contact, public_erased;
} Counts;

#define PERSONS "FROM person p JOIN panel pa ON pa.id = p.panel_id WHERE pa.process_id = ?1"
#define PRIVATE "FROM hearing_response r JOIN hearing_round h ON h.id = r.round_id " \
                "WHERE h.process_id = ?1 AND r.party_type = 'private'"

static gboolean
load_counts (RsDatabase *db,
             gint64      id,
             Counts     *c,
             GError    **error)
{
  struct { int *out; const char *sql; } q[] = {
    { &c->pool, "SELECT count(*) " PERSONS },
    { &c->pool_contact, "SELECT count(*) " PERSONS " AND (p.external_id IS NOT NULL OR EXISTS ("
                        "SELECT 1 FROM person_contact k WHERE k.person_id = p.id AND (k.name <> '' OR "
                        "k.address <> '' OR k.email <> '' OR k.phone <> '')))" },
    { &c->pool_erased, "SELECT count(*) " PERSONS " AND p.erased_on IS NOT NULL" },
    { &c->selected, "SELECT count(*) " PERSONS " AND p.status IN ('selected', 'confirmed')" },
    { &c->registrants, "SELECT count(DISTINCT g.person_id) FROM registration g JOIN session s ON s.id = g.session_id "
                       "WHERE s.process_id = ?1" },
    { &c->attended, "SELECT count(DISTINCT g.person_id) FROM registration g JOIN session s ON s.id = g.session_id "
                    "WHERE s.process_id = ?1 AND g.attended = 1" },
    { &c->private_responses, "SELECT count(*) " PRIVATE },
    { &c->private_contact, "SELECT count(*) " PRIVATE " AND (r.sender <> '' OR r.sender_address <> '' OR "
                           "r.sender_email <> '')" },
    { &c->private_erased, "SELECT count(*) " PRIVATE " AND r.erased_on IS NOT NULL" },
    { &c->originals, "SELECT count(*) FROM attachment a WHERE a.owner_type = 'hearing_response' AND a.owner_id IN ("
                     "SELECT r.id " PRIVATE ")" },
    { &c->organisation_responses, "SELECT count(*) FROM hearing_response r JOIN hearing_round h ON h.id = r.round_id "
                                  "WHERE h.process_id = ?1 AND r.party_type = 'organisation'" },
    { &c->party_contacts, "SELECT count(DISTINCT c.id) FROM consulted_party c JOIN hearing_invitation i ON "
                          "i.party_id = c.id JOIN hearing_round h ON h.id = i.round_id WHERE h.process_id = ?1 "
                          "AND c.contact_name <> ''" },
    /* The public registered for open meetings (rs-open-meeting-store.h). */
    { &c->public_registrants, "SELECT count(*) FROM participant WHERE process_id = ?1" },
    { &c->public_contact, "SELECT count(*) FROM participant WHERE process_id = ?1 AND "
                          "(email <> '' OR phone <> '')" },
    { &c->public_erased, "SELECT count(*) FROM participant WHERE process_id = ?1 AND name = ''" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (q); i++)
    if ((*q[i].out = count (db, q[i].sql, id, error)) < 0)
      return FALSE;
  return TRUE;
}

static char *
num (int n)
{
  return g_strdup_printf ("%d", n);
}

static void
add_row3 (RsDocument *doc,
          const char *a,
          const char *b,
          const char *c)
{
  const char *cells[] = { a, b, c, NULL };
  rs_document_add_row (doc, cells);
}

/* The panels' categories: "Age, Gender, Origin (sensitive)" and the
 * sensitive ones with how many people have a value. */
static gboolean
add_categories (RsDocument *doc,
                RsDatabase *db,
                RsCatalog  *cat,
                gint64      process_id,
                GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GPtrArray) sensitive = g_ptr_array_new_with_free_func (g_free);
  int rc;

  stmt = rs_database_query (db, error,
                            "SELECT c.name, max(c.sensitive), "
                            " (SELECT count(DISTINCT a.person_id) FROM person_attribute a JOIN category c2 ON "
                            "  c2.id = a.category_id JOIN panel p2 ON p2.id = c2.panel_id "
                            "  WHERE p2.process_id = ?1 AND c2.name = c.name) "
                            "FROM category c JOIN panel p ON p.id = c.panel_id WHERE p.process_id = ?1 "
                            "GROUP BY c.name ORDER BY min(c.position), c.name", "i", process_id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      const char *name = (const char *) rs_statement_column_text (stmt, 0);
      if (names->len)
        g_string_append (names, ", ");
      g_string_append (names, name);
      if (rs_statement_column_int (stmt, 1))
        g_ptr_array_add (sensitive, g_strdup_printf (TR (N_("%s: recorded for %d people, only with their "
                                                                "explicit consent; shown only as counts, and "
                                                                "counts below the small-cell limit are suppressed.")),
                                                     name, rs_statement_column_int (stmt, 2)));
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);

  rs_document_add_heading (doc, 2, TR (N_("Category values used for the draw")));
  rs_document_add_paragraph (doc, names->len ? names->str : TR (N_("None.")));
  rs_document_add_heading (doc, 2, TR (N_("Special categories of personal data (art. 9)")));
  if (sensitive->len == 0)
    rs_document_add_paragraph (doc, TR (N_("None of the process's categories is marked sensitive.")));
  else
    {
      g_ptr_array_add (sensitive, NULL);
      rs_document_add_list (doc, (const char * const *) sensitive->pdata, FALSE);
    }
  return TRUE;
}

RsDocument *
rs_processing_record_build (RsDatabase *db,
                            gint64      process_id,
                            int         default_months,
                            const char *language,
                            GError    **error)
{
  g_autoptr(RsCatalog) cat = rs_catalog_new (language);
  g_autoptr(RsProcess) process = NULL;
  g_autoptr(RsRetention) retention = NULL;
  g_autoptr(GPtrArray) erasures = NULL;
  g_autoptr(RsDocument) doc = NULL;
  g_autofree char *subtitle = NULL;
  Counts c = { 0 };
  const char *municipality;

  if ((process = rs_process_store_get (db, process_id, error)) == NULL ||
      (retention = rs_retention_get (db, process_id, default_months, NULL, error)) == NULL ||
      (erasures = rs_erasure_list (db, process_id, error)) == NULL)
    return NULL;
  rs_database_lock (db);
  if (!load_counts (db, process_id, &c, error))
    {
      rs_database_unlock (db);
      return NULL;
    }
  rs_database_unlock (db);

  doc = rs_document_new (TR (N_("Record of processing activities")), rs_catalog_get_language (cat));
  subtitle = g_strdup_printf ("%s (%s)", rs_process_get_name (process),
                              TR (N_("GDPR article 30")));
  rs_document_set_subtitle (doc, subtitle);
  municipality = rs_process_get_municipality_name (process);

  rs_document_add_heading (doc, 1, TR (N_("Controller and purpose")));
  rs_document_add_field (doc, TR (N_("Controller")),
                         municipality && *municipality ? municipality : TR (N_("The municipality")));
  rs_document_add_field (doc, TR (N_("Budget process")), rs_process_get_name (process));
  {
    g_autofree char *year = num (rs_process_get_budget_year (process));
    rs_document_add_field (doc, TR (N_("Budget year")), year);
  }
  {
    const char *purposes[] = {
      TR (N_("Recruiting volunteers and drawing a representative citizens' council by lot.")),
      TR (N_("Inviting participants to meetings and recording who registered and attended.")),
      TR (N_("Receiving, analysing and answering hearing responses in the white book.")),
      TR (N_("Reporting to the city council with aggregates and pseudonyms only.")),
      NULL,
    };
    rs_document_add_paragraph (doc, TR (N_("Purposes of the processing:")));
    rs_document_add_list (doc, purposes, FALSE);
  }
  rs_document_add_field (doc, TR (N_("Legal basis")),
                         TR (N_("Consent of the participants (art. 6(1)(a), art. 9(2)(a) for origin) and "
                                "the municipality's tasks in the public interest (art. 6(1)(e)).")));

  rs_document_add_heading (doc, 1, TR (N_("Categories of persons and of personal data")));
  {
    const char *header[] = { TR (N_("Persons")), TR (N_("Number")), TR (N_("Personal data held")), NULL };
    g_autofree char *pool = g_strdup_printf (TR (N_("%d (contact data: %d; erased: %d)")), c.pool,
                                             c.pool_contact, c.pool_erased);
    g_autofree char *selected = num (c.selected);
    g_autofree char *registrants = g_strdup_printf (TR (N_("%d (attended: %d)")), c.registrants, c.attended);
    g_autofree char *senders = g_strdup_printf (TR (N_("%d (contact data: %d; erased: %d)")),
                                                c.private_responses, c.private_contact, c.private_erased);
    g_autofree char *orgs = num (c.organisation_responses);
    g_autofree char *public = g_strdup_printf (TR (N_("%d (contact data: %d; erased: %d)")),
                                               c.public_registrants, c.public_contact, c.public_erased);
    g_autofree char *contacts = num (c.party_contacts);

    rs_document_begin_table (doc, header);
    add_row3 (doc, TR (N_("Volunteers in recruitment pools")), pool,
              TR (N_("Name, address, postcode, city, e-mail, phone, id in the source register, household "
                     "(as a normalised address), pseudonym, category values, status")));
    add_row3 (doc, TR (N_("Selected panel members")), selected,
              TR (N_("As volunteers, and the draw (pseudonym, chance of selection)")));
    add_row3 (doc, TR (N_("Registered for meetings")), registrants,
              TR (N_("Pseudonym, registration, waiting list, attendance, table")));
    if (c.public_registrants > 0)
      add_row3 (doc, TR (N_("The public registered for open meetings")), public,
                TR (N_("Name or initials, e-mail, phone, age band, district, how they heard of the "
                       "meeting, first time or not, pseudonym, registrations, waiting list, attendance")));
    add_row3 (doc, TR (N_("Private hearing senders")), senders,
              TR (N_("Name, address, e-mail, the response's text and original file")));
    add_row3 (doc, TR (N_("Organisations' responses")), orgs,
              TR (N_("The organisation's name and text (not personal data)")));
    add_row3 (doc, TR (N_("Contact persons of consulted parties")), contacts,
              TR (N_("Name and e-mail, in the register shared by all processes")));
    rs_document_end_table (doc);
  }
  if (!add_categories (doc, db, cat, process_id, error))
    return NULL;

  rs_document_add_heading (doc, 1, TR (N_("Who can see the data")));
  {
    const char *who[] = {
      TR (N_("The staff who open this database file with Rådslag on their computer; the file stays on "
             "that computer or the municipality's drive.")),
      TR (N_("Contact data are shown only in the person dialog and used for invitations; lists show "
             "pseudonyms.")),
      TR (N_("Exports for the council and the public (council package, representativeness, white book, "
             "protocols, lab summaries) contain aggregates and pseudonyms; counts below the small-cell "
             "limit are suppressed and private hearing senders are anonymised unless they agreed to be "
             "named.")),
      TR (N_("No data are sent to third countries; Statistics Denmark is asked for population figures "
             "only, never for personal data.")),
      NULL,
    };
    rs_document_add_list (doc, who, FALSE);
  }

  rs_document_add_heading (doc, 1, TR (N_("Retention and erasure")));
  rs_document_add_field (doc, TR (N_("Evaluation of the process")),
                         retention->evaluation_on ? retention->evaluation_on : TR (N_("not planned")));
  {
    g_autofree char *basis = NULL;
    if (retention->until_override)
      basis = g_strdup (TR (N_("a date set for the process")));
    else
      basis = g_strdup_printf (TR (N_("%d months after the evaluation")), retention->months);
    rs_document_add_field (doc, TR (N_("Contact data kept until")),
                           retention->until ? retention->until : TR (N_("not known (no evaluation date)")));
    rs_document_add_field (doc, TR (N_("Retention rule")), basis);
  }
  rs_document_add_paragraph (doc, TR (N_("Erasure blanks names, contact data, addresses and identifiers and "
                                         "deletes original files of private responses; pseudonyms, category "
                                         "values and counts are kept so that reports and the selection "
                                         "protocol stay valid.")));
  if (erasures->len == 0)
    rs_document_add_paragraph (doc, TR (N_("No personal data have been erased yet.")));
  else
    {
      const char *header[] = { TR (N_("Erased on")), TR (N_("Scope")), TR (N_("Reason")),
                               TR (N_("People")), TR (N_("Responses")), NULL };
      rs_document_begin_table (doc, header);
      for (guint i = 0; i < erasures->len; i++)
        {
          RsErasureRecord *r = g_ptr_array_index (erasures, i);
          g_autofree char *scope = g_str_equal (r->scope, "person")
            ? g_strdup_printf (TR (N_("One person (%s)")), r->subject)
            : g_strdup (TR (N_("The whole process")));
          const char *reason = g_str_equal (r->reason, "retention") ? TR (N_("Retention date passed"))
                             : g_str_equal (r->reason, "request") ? TR (N_("Request (art. 17)"))
                             : TR (N_("Chosen by staff"));
          g_autofree char *persons = num (r->persons);
          g_autofree char *responses = num (r->responses);
          const char *cells[] = { r->erased_at, scope, reason, persons, responses, NULL };
          rs_document_add_row (doc, cells);
        }
      rs_document_end_table (doc);
    }

  rs_document_add_heading (doc, 1, TR (N_("Security")));
  {
    const char *measures[] = {
      TR (N_("Contact data are stored apart from category values and never needed for statistics.")),
      TR (N_("Every change is written in one transaction; copies made before upgrades sit next to the "
             "file and must be deleted with it.")),
      TR (N_("After an erasure the search index is rebuilt and the file is vacuumed, so erased text is "
             "gone from the file itself.")),
      NULL,
    };
    rs_document_add_list (doc, measures, FALSE);
  }
  return g_steal_pointer (&doc);
}

gboolean
rs_processing_record_write (RsDatabase       *db,
                            gint64            process_id,
                            int               default_months,
                            const char       *language,
                            RsDocumentFormat  format,
                            const char       *path,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autoptr(RsDocument) doc = rs_processing_record_build (db, process_id, default_months, language, error);

  return doc != NULL && rs_document_write (doc, format, path, cancellable, error);
}
