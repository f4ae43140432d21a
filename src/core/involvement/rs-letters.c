/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-letters"

#include "config.h"

#include <errno.h>
#include <gmime/gmime.h>
#include <stdio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rs-document.h"
#include "rs-invitations.h"
#include "rs-involvement-error.h"
#include "rs-letters.h"
#include "rs-process-store.h"

static const char * const kind_names[RS_N_LETTER_KINDS] = {
  "invitation", "confirmation", "reserve", "meeting", "thank-you", "reminder", "you-said-we-did",
  "receipt", "answer",
};

static const char * const merge_fields[] = {
  "navn", "adresse", "postnr", "kommune", "proces", "panel", "mandat", "møde", "dato", "sted",
  "afsender", "anbefalinger", "høring", "modtaget", "svar", NULL
};

/* The built-in templates: Danish, as the letters go to residents. */
static const struct { const char *subject; const char *body; } builtin[RS_N_LETTER_KINDS] = {
  { "Invitation: Vær med i {panel}",
    "Kære beboer på {adresse}\n\n"
    "{kommune} inviterer jeres husstand til at være med i {panel}. Jeres adresse er trukket ved "
    "lodtrækning blandt alle husstande i kommunen.\n\n"
    "Borgerrådets opgave:\n{mandat}\n\n"
    "Alle i husstanden, der er fyldt 18 år, kan melde sig. Blandt dem, der melder sig, trækkes "
    "rådets medlemmer ved lod, så rådet kommer til at ligne kommunens borgere.\n\n"
    "Svar ja eller nej på e-mail eller med den vedlagte svarkuvert.\n\n"
    "Med venlig hilsen\n{afsender}" },
  { "Du er trukket ud til {panel}",
    "Kære {navn}\n\n"
    "Tak fordi du meldte dig. Du er trukket ud som medlem af {panel}.\n\n"
    "Rådets opgave:\n{mandat}\n\n"
    "Du får snart en invitation til det første møde med tid og sted.\n\n"
    "Med venlig hilsen\n{afsender}" },
  { "Du er reserve til {panel}",
    "Kære {navn}\n\n"
    "Tak fordi du meldte dig til {panel}. Lodtrækningen har gjort dig til reserve: melder et "
    "medlem fra, spørger vi dig, om du vil tage pladsen.\n\n"
    "Med venlig hilsen\n{afsender}" },
  { "Invitation til {møde}",
    "Kære {navn}\n\n"
    "Du inviteres hermed til {møde} {dato} i {sted}.\n\n"
    "Giv os besked, hvis du bliver forhindret.\n\n"
    "Med venlig hilsen\n{afsender}" },
  { "Tak for din deltagelse",
    "Kære {navn}\n\n"
    "Tak fordi du deltog i {proces}. Det, du bidrog med, indgår i arbejdet med budgettet, og "
    "byrådet svarer på hver anbefaling. Du får besked, når svarene foreligger.\n\n"
    "Med venlig hilsen\n{afsender}" },
  { "Påmindelse: {møde} {dato}",
    "Kære {navn}\n\n"
    "Vi minder om {møde} {dato} i {sted}. Du er tilmeldt, og vi glæder os til at se dig.\n\n"
    "Giv os besked, hvis du bliver forhindret, så en anden kan få din plads.\n\n"
    "Med venlig hilsen\n{afsender}" },
  { "I sagde – vi gjorde: byrådets svar",
    "Kære {navn}\n\n"
    "Tak fordi du deltog i {proces}. Byrådet har nu behandlet anbefalingerne. Her er, hvad I "
    "sagde, og hvad byrådet besluttede:\n\n"
    "{anbefalinger}\n\n"
    "Med venlig hilsen\n{afsender}" },
  { "Kvittering for dit høringssvar",
    "Kære {navn}\n\n"
    "Tak for dit høringssvar til {høring}, som vi modtog {modtaget}.\n\n"
    "Alle høringssvar læses og samles i en hvidbog, som byrådet får forelagt inden den endelige "
    "vedtagelse af budgettet. Du får et svar på de punkter, du har rejst, når hvidbogen er "
    "færdig.\n\n"
    "Med venlig hilsen\n{afsender}" },
  { "Svar på dit høringssvar",
    "Kære {navn}\n\n"
    "Tak for dit høringssvar til {høring}, modtaget {modtaget}. Høringssvarene er samlet i en "
    "hvidbog, som byrådet har fået forelagt. Her er svaret på de punkter, du rejste:\n\n"
    "{svar}\n\n"
    "Med venlig hilsen\n{afsender}" },
};

const char *
rs_letter_kind_to_string (RsLetterKind kind)
{
  g_return_val_if_fail (kind < RS_N_LETTER_KINDS, NULL);
  return kind_names[kind];
}

gboolean
rs_letter_kind_from_string (const char   *text,
                            RsLetterKind *out)
{
  for (guint i = 0; i < RS_N_LETTER_KINDS; i++)
    if (g_strcmp0 (text, kind_names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
rs_letter_format_from_string (const char     *text,
                              RsLetterFormat *out)
{
  if (g_ascii_strcasecmp (text ? text : "", "pdf") == 0)
    *out = RS_LETTER_FORMAT_PDF;
  else if (g_ascii_strcasecmp (text ? text : "", "odt") == 0)
    *out = RS_LETTER_FORMAT_ODT;
  else if (g_ascii_strcasecmp (text ? text : "", "mbox") == 0)
    *out = RS_LETTER_FORMAT_MBOX;
  else
    return FALSE;
  return TRUE;
}

/* Every {field} in @text must be a known merge field. */
static gboolean
check_fields (const char *text,
              GError    **error)
{
  for (const char *p = text ? strchr (text, '{') : NULL; p; p = strchr (p + 1, '{'))
    {
      const char *end = strchr (p, '}');
      g_autofree char *name = NULL;

      if (end == NULL)
        break;
      name = g_strndup (p + 1, end - p - 1);
      if (strchr (name, '{') != NULL || strchr (name, ' ') != NULL)
        continue;
      if (!g_strv_contains (merge_fields, name))
        {
          g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                       _("The template uses an unknown merge field {%s}."), name);
          return FALSE;
        }
    }
  return TRUE;
}

char *
rs_letters_merge (const char *text,
                  GHashTable *fields)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  while (*p)
    {
      const char *open = strchr (p, '{');
      const char *close;
      g_autofree char *name = NULL;
      const char *value;

      if (open == NULL || (close = strchr (open, '}')) == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, open - p);
      name = g_strndup (open + 1, close - open - 1);
      value = g_hash_table_lookup (fields, name);
      if (value != NULL)
        g_string_append (out, value);
      else
        g_string_append_len (out, open, close - open + 1);
      p = close + 1;
    }
  return g_string_free (out, FALSE);
}

gboolean
rs_letters_get_template (RsDatabase   *db,
                         gint64        process_id,
                         RsLetterKind  kind,
                         char        **subject_out,
                         char        **body_out,
                         gboolean     *is_custom,
                         GError      **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (kind < RS_N_LETTER_KINDS, FALSE);
  stmt = rs_database_query (db, error, "SELECT subject, body FROM letter_template WHERE "
                            "process_id = ? AND kind = ?", "it", process_id, kind_names[kind]);
  if (stmt == NULL)
    return FALSE;
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW)
    {
      *subject_out = rs_column_dup_text (stmt, 0);
      *body_out = rs_column_dup_text (stmt, 1);
    }
  else if (rc == RS_SQL_DONE)
    {
      *subject_out = g_strdup (builtin[kind].subject);
      *body_out = g_strdup (builtin[kind].body);
    }
  else
    return rs_database_set_error (db, rc, error);
  if (is_custom)
    *is_custom = rc == RS_SQL_ROW;
  return TRUE;
}

gboolean
rs_letters_set_template (RsDatabase   *db,
                         gint64        process_id,
                         RsLetterKind  kind,
                         const char   *subject,
                         const char   *body,
                         GError      **error)
{
  g_autofree char *subject_copy = g_strdup (subject ? subject : "");

  g_return_val_if_fail (kind < RS_N_LETTER_KINDS, FALSE);
  if (subject == NULL && body == NULL)
    return rs_database_run (db, error, "DELETE FROM letter_template WHERE process_id = ? AND "
                            "kind = ?", "it", process_id, kind_names[kind]);
  if (subject == NULL || body == NULL || g_strstrip (subject_copy)[0] == '\0')
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   _("A letter template needs a subject and a text."));
      return FALSE;
    }
  if (!check_fields (subject, error) || !check_fields (body, error))
    return FALSE;
  return rs_database_run (db, error,
                          "INSERT INTO letter_template (process_id, kind, subject, body) "
                          "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (process_id, kind) DO UPDATE SET "
                          "subject = ?3, body = ?4", "itt" "t", process_id, kind_names[kind],
                          subject, body);
}

/* ---- Recipients ---- */

typedef struct
{
  char       *name;
  char       *address;
  char       *postcode;
  char       *city;
  char       *email;
  GHashTable *fields;   /* the recipient's own merge fields, or NULL */
} Recipient;

static void
recipient_free (gpointer data)
{
  Recipient *r = data;

  g_clear_pointer (&r->fields, g_hash_table_unref);
  g_free (r->name);
  g_free (r->address);
  g_free (r->postcode);
  g_free (r->city);
  g_free (r->email);
  g_free (r);
}

static gboolean
read_recipients (RsDatabase *db,
                 GPtrArray  *into,
                 GError    **error,
                 const char *sql,
                 gint64      id)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, sql, "i", id);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      Recipient *r = g_new0 (Recipient, 1);
      r->name = rs_column_dup_text (stmt, 0);
      r->address = rs_column_dup_text (stmt, 1);
      r->postcode = rs_column_dup_text (stmt, 2);
      r->city = rs_column_dup_text (stmt, 3);
      r->email = rs_column_dup_text (stmt, 4);
      g_ptr_array_add (into, r);
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  return TRUE;
}

#define CONTACT_COLUMNS \
  "coalesce(pc.name, ''), coalesce(pc.address, ''), coalesce(pc.postcode, ''), " \
  "coalesce(pc.city, ''), coalesce(pc.email, '')"

static const char *
text_or (const char *text,
         const char *fallback)
{
  return text != NULL && *text != '\0' ? text : fallback;
}

static const char * const danish_months[] = {
  "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
  "oktober", "november", "december",
};

/* "2026-06-13T10:00" -> "lørdag den 13. juni 2026 kl. 10.00". */
static char *
danish_date_time (const char *iso)
{
  static const char * const weekdays[] = {
    "", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
  };
  int y, m, d, hh = -1, mm = 0;
  GDate date;

  if (iso == NULL || sscanf (iso, "%d-%d-%dT%d:%d", &y, &m, &d, &hh, &mm) < 3 ||
      !g_date_valid_dmy (d, m, y))
    return g_strdup (iso ? iso : "");
  g_date_set_dmy (&date, d, m, y);
  if (hh >= 0)
    return g_strdup_printf ("%s den %d. %s %d kl. %02d.%02d", weekdays[g_date_get_weekday (&date)],
                            d, danish_months[m - 1], y, hh, mm);
  return g_strdup_printf ("%s den %d. %s %d", weekdays[g_date_get_weekday (&date)], d,
                          danish_months[m - 1], y);
}

static char *
danish_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_strdup_printf ("%d. %s %d", g_date_time_get_day_of_month (now),
                          danish_months[g_date_time_get_month (now) - 1],
                          g_date_time_get_year (now));
}

/* ---- Who gets each kind of letter ---- */

static const char *
council_outcome_da (const char *outcome)
{
  static const struct { const char *nick, *da; } outcomes[] = {
    { "adopted", "Vedtaget" },
    { "adopted-with-changes", "Vedtaget med ændringer" },
    { "rejected", "Ikke vedtaget" },
    { "referred", "Sendt til videre behandling" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    if (g_strcmp0 (outcome, outcomes[i].nick) == 0)
      return outcomes[i].da;
  return "Endnu ikke besvaret";
}

static const char *
point_decision_da (const char *decision)
{
  static const struct { const char *nick, *da; } decisions[] = {
    { "changed", "Budgetforslaget er ændret" },
    { "not-changed", "Budgetforslaget er ikke ændret" },
    { "out-of-scope", "Punktet ligger uden for budgettet" },
    { "noted", "Taget til efterretning" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (decisions); i++)
    if (g_strcmp0 (decision, decisions[i].nick) == 0)
      return decisions[i].da;
  return "Der er endnu ikke taget stilling";
}

/* {anbefalinger}: every recommendation handed over or answered (not
 * drafts, not superseded) with the council's answer, one paragraph each,
 * from the council area's records. Nothing personal. */
static gboolean
council_answers (RsDatabase *db,
                 gint64      process_id,
                 GHashTable *fields,
                 GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint answered = 0;
  int rc;

  stmt = rs_database_query (db, error,
                            "SELECT r.title, coalesce(d.outcome, ''), coalesce(d.justification, '') "
                            "FROM recommendation r LEFT JOIN council_decision d ON "
                            "d.recommendation_id = r.id WHERE r.process_id = ? AND r.status NOT IN "
                            "('draft', 'superseded') ORDER BY r.position, r.id", "i", process_id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      const char *title = (const char *) rs_statement_column_text (stmt, 0);
      const char *outcome = (const char *) rs_statement_column_text (stmt, 1);
      const char *why = (const char *) rs_statement_column_text (stmt, 2);

      if (outcome != NULL && *outcome != '\0')
        answered++;
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append_printf (text, "I anbefalede: %s. Byrådets svar: %s.", title,
                              council_outcome_da (outcome));
      if (why != NULL && *why != '\0')
        g_string_append_printf (text, " %s", why);
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  if (answered == 0)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                   _("The council has not answered any recommendation yet; record its decisions first."));
      return FALSE;
    }
  g_hash_table_insert (fields, g_strdup ("anbefalinger"), g_string_free (g_steal_pointer (&text), FALSE));
  return TRUE;
}

/* {svar} of one response: each coded point (what the party wrote) with
 * the white book's answer (the administration's comment and decision). */
static char *
answer_points (RsDatabase *db,
               gint64      response_id,
               GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  int rc;

  stmt = rs_database_query (db, error, "SELECT excerpt, comment, decision FROM response_point "
                            "WHERE response_id = ? ORDER BY start_offset, id", "i", response_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autofree char *excerpt = g_strstrip (rs_column_dup_text (stmt, 0));
      const char *comment = (const char *) rs_statement_column_text (stmt, 1);
      const char *decision = (const char *) rs_statement_column_text (stmt, 2);

      g_strdelimit (excerpt, "\r\n", ' ');
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append_printf (text, "Du skrev: »%s« Svar: %s.", excerpt, point_decision_da (decision));
      if (comment != NULL && *comment != '\0')
        g_string_append_printf (text, " %s", comment);
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  if (text->len == 0)
    g_string_append (text, "Dit høringssvar er læst og indgår i hvidbogen med sin fulde tekst.");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Each party that answered the hearing round @round_id (0: the process's
 * latest), with a name to write to: the sender, or the consulted party's
 * address and e-mail when the response has none. Erased responses get no
 * letter. */
static gboolean
hearing_parties (RsDatabase *db,
                 gint64      process_id,
                 gint64      round_id,
                 gboolean    with_answers,
                 GPtrArray  *recipients,
                 GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  stmt = rs_database_query (db, error,
                            "SELECT id, title FROM hearing_round WHERE process_id = ?1 AND "
                            "(?2 = 0 OR id = ?2) ORDER BY starts_on DESC, id DESC LIMIT 1",
                            "ii", process_id, round_id);
  if (stmt == NULL)
    return FALSE;
  if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
    {
      if (rc != RS_SQL_DONE)
        return rs_database_set_error (db, rc, error);
      if (round_id != 0)
        g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                     _("This process has no hearing round with id %lld."), (long long) round_id);
      else
        g_set_error_literal (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                             _("This process has no hearing round for the letter."));
      return FALSE;
    }
  round_id = rs_statement_column_int64 (stmt, 0);
  {
    g_autofree char *title = rs_column_dup_text (stmt, 1);
    g_clear_pointer (&stmt, rs_statement_finalize);

    stmt = rs_database_query (db, error,
                              "SELECT h.id, h.sender, coalesce(nullif(h.sender_address, ''), cp.address, ''), "
                              "coalesce(nullif(h.sender_email, ''), cp.email, ''), h.received_on "
                              "FROM hearing_response h LEFT JOIN consulted_party cp ON cp.id = h.party_id "
                              "WHERE h.round_id = ? AND h.sender <> '' AND h.erased_on IS NULL "
                              "ORDER BY h.received_on, h.id", "i", round_id);
    if (stmt == NULL)
      return FALSE;
    while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
      {
        Recipient *r = g_new0 (Recipient, 1);
        g_autofree char *address = rs_column_dup_text (stmt, 2);
        g_auto(GStrv) lines = g_strsplit_set (address, "\n,", 2);

        r->name = rs_column_dup_text (stmt, 1);
        r->address = g_strstrip (g_strdup (lines[0] ? lines[0] : ""));
        r->postcode = g_strstrip (g_strdup (lines[0] && lines[1] ? lines[1] : ""));
        r->city = g_strdup ("");
        r->email = rs_column_dup_text (stmt, 3);
        r->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
        g_hash_table_insert (r->fields, g_strdup ("høring"), g_strdup (title));
        g_hash_table_insert (r->fields, g_strdup ("modtaget"),
                             danish_date_time ((const char *) rs_statement_column_text (stmt, 4)));
        g_ptr_array_add (recipients, r);
        if (with_answers)
          {
            char *answer = answer_points (db, rs_statement_column_int64 (stmt, 0), error);
            if (answer == NULL)
              return FALSE;
            g_hash_table_insert (r->fields, g_strdup ("svar"), answer);
          }
      }
  }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  return TRUE;
}

/* The recipients of @kind, and the fields that belong to the kind (the
 * meeting's, the council's answers). Kept apart from the letters' shared
 * fields so that each kind's recipients are chosen in one place. */
static gboolean
select_recipients (RsDatabase   *db,
                   gint64        process_id,
                   RsLetterKind  kind,
                   gint64        panel_id,
                   gint64        session_id,
                   GHashTable   *fields,
                   GPtrArray    *recipients,
                   GError      **error)
{
  g_autoptr(RsStatement) stmt = NULL;

  switch (kind)
    {
    case RS_LETTER_INVITATION:
      {
        g_autoptr(GError) local = NULL;
        gint64 draw_id = rs_invitations_latest_draw (db, process_id, &local);

        if (draw_id == 0)
          {
            g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                         _("This process has no invitation draw yet; draw the invitations first."));
            return FALSE;
          }
        return read_recipients (db, recipients, error,
                                "SELECT 'Beboerne', a.address, a.postcode, '', '' FROM invitation i "
                                "JOIN invitation_address a ON a.id = i.address_id "
                                "WHERE i.draw_id = ? ORDER BY i.rank", draw_id);
      }
    case RS_LETTER_CONFIRMATION:
    case RS_LETTER_RESERVE:
      {
        g_autofree char *sql = g_strdup_printf ("SELECT " CONTACT_COLUMNS " FROM person p LEFT JOIN "
                                                "person_contact pc ON pc.person_id = p.id WHERE "
                                                "p.panel_id = ? AND p.status = '%s' ORDER BY p.pseudonym",
                                                kind == RS_LETTER_RESERVE ? "reserve" : "selected");
        return read_recipients (db, recipients, error, sql, panel_id);
      }
    case RS_LETTER_MEETING:
    case RS_LETTER_REMINDER:
      if (session_id == 0)
        {
          /* The next meeting with registrations, else the latest one. */
          stmt = rs_database_query (db, error,
                                    "SELECT s.id FROM session s WHERE s.process_id = ? AND EXISTS "
                                    "(SELECT 1 FROM registration r WHERE r.session_id = s.id AND "
                                    "r.status = 'registered') ORDER BY s.starts_at < "
                                    "strftime('%Y-%m-%dT%H:%M', 'now', 'localtime'), "
                                    "CASE WHEN s.starts_at >= strftime('%Y-%m-%dT%H:%M', 'now', "
                                    "'localtime') THEN s.starts_at END, s.starts_at DESC LIMIT 1",
                                    "i", process_id);
          if (stmt == NULL)
            return FALSE;
          if (rs_statement_step (stmt) == RS_SQL_ROW)
            session_id = rs_statement_column_int64 (stmt, 0);
          g_clear_pointer (&stmt, rs_statement_finalize);
        }
      stmt = rs_database_query (db, error, "SELECT title, starts_at, place FROM session WHERE "
                                "id = ? AND process_id = ?", "ii", session_id, process_id);
      if (stmt == NULL)
        return FALSE;
      if (rs_statement_step (stmt) != RS_SQL_ROW)
        {
          g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                       _("This process has no meeting with registrations for the letter."));
          return FALSE;
        }
      g_hash_table_insert (fields, g_strdup ("møde"), rs_column_dup_text (stmt, 0));
      g_hash_table_insert (fields, g_strdup ("dato"),
                           danish_date_time ((const char *) rs_statement_column_text (stmt, 1)));
      g_hash_table_insert (fields, g_strdup ("sted"), rs_column_dup_text (stmt, 2));
      return read_recipients (db, recipients, error,
                              "SELECT " CONTACT_COLUMNS " FROM registration r JOIN person p ON "
                              "p.id = r.person_id LEFT JOIN person_contact pc ON pc.person_id = p.id "
                              "WHERE r.session_id = ? AND r.status = 'registered' ORDER BY p.pseudonym",
                              session_id);
    case RS_LETTER_YOU_SAID_WE_DID:
      if (!council_answers (db, process_id, fields, error))
        return FALSE;
      G_GNUC_FALLTHROUGH;
    case RS_LETTER_THANK_YOU:
      return read_recipients (db, recipients, error,
                              "SELECT " CONTACT_COLUMNS " FROM person p LEFT JOIN person_contact pc "
                              "ON pc.person_id = p.id WHERE p.id IN (SELECT r.person_id FROM "
                              "registration r JOIN session s ON s.id = r.session_id WHERE "
                              "s.process_id = ? AND r.attended = 1) ORDER BY p.pseudonym", process_id);
    case RS_LETTER_RECEIPT:
    case RS_LETTER_ANSWER:
      return hearing_parties (db, process_id, session_id, kind == RS_LETTER_ANSWER, recipients, error);
    case RS_N_LETTER_KINDS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* The fields every letter shares, and the recipients. */
static gboolean
collect (RsDatabase   *db,
         gint64        process_id,
         RsLetterKind  kind,
         gint64        panel_id,
         gint64        session_id,
         const char   *sender,
         GHashTable   *fields,
         GPtrArray    *recipients,
         GError      **error)
{
  g_autoptr(RsStatement) stmt = NULL;

  stmt = rs_database_query (db, error, "SELECT name, coalesce(municipality_name, '') FROM "
                            "budget_process WHERE id = ?", "i", process_id);
  if (stmt == NULL)
    return FALSE;
  if (rs_statement_step (stmt) != RS_SQL_ROW)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                   _("There is no budget process with id %lld."), (long long) process_id);
      return FALSE;
    }
  g_hash_table_insert (fields, g_strdup ("proces"), rs_column_dup_text (stmt, 0));
  g_hash_table_insert (fields, g_strdup ("kommune"),
                       g_strdup (text_or ((const char *) rs_statement_column_text (stmt, 1), "Kommunen")));
  g_hash_table_insert (fields, g_strdup ("afsender"),
                       g_strdup (text_or (sender, g_hash_table_lookup (fields, "kommune"))));
  g_clear_pointer (&stmt, rs_statement_finalize);

  stmt = panel_id > 0
    ? rs_database_query (db, error, "SELECT id, name, mandate FROM panel WHERE id = ? AND "
                         "process_id = ?", "ii", panel_id, process_id)
    : rs_database_query (db, error, "SELECT id, name, mandate FROM panel WHERE process_id = ? "
                         "ORDER BY id LIMIT 1", "i", process_id);
  if (stmt == NULL)
    return FALSE;
  if (rs_statement_step (stmt) == RS_SQL_ROW)
    {
      panel_id = rs_statement_column_int64 (stmt, 0);
      g_hash_table_insert (fields, g_strdup ("panel"), rs_column_dup_text (stmt, 1));
      g_hash_table_insert (fields, g_strdup ("mandat"), rs_column_dup_text (stmt, 2));
    }
  else if (kind == RS_LETTER_INVITATION || kind == RS_LETTER_CONFIRMATION || kind == RS_LETTER_RESERVE)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                   _("This process has no citizens’ panel for the letter."));
      return FALSE;
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  g_hash_table_insert (fields, g_strdup ("dato"), danish_today ());
  return select_recipients (db, process_id, kind, panel_id, session_id, fields, recipients, error);
}

static void
add_recipient_fields (GHashTable *fields,
                      Recipient  *r)
{
  GHashTableIter iter;
  gpointer key, value;

  if (r->fields == NULL)
    return;
  g_hash_table_iter_init (&iter, r->fields);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (fields, g_strdup (key), g_strdup (value));
}

static void
add_body (RsDocument *doc,
          const char *body)
{
  g_auto(GStrv) paragraphs = g_regex_split_simple ("\\n[ \\t]*\\n", body, 0, 0);

  for (guint i = 0; paragraphs[i]; i++)
    if (*g_strstrip (paragraphs[i]) != '\0')
      rs_document_add_paragraph (doc, paragraphs[i]);
}

/* One message in mboxrd form: "From " line, headers, body with ">From "
 * escaped. */
static void
append_mbox_message (GString    *mbox,
                     const char *sender_name,
                     const char *to_name,
                     const char *to_email,
                     const char *subject,
                     const char *body)
{
  GMimeMessage *message = g_mime_message_new (TRUE);
  GMimeTextPart *part = g_mime_text_part_new_with_subtype ("plain");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  g_mime_message_add_mailbox (message, GMIME_ADDRESS_TYPE_FROM, sender_name,
                              "borgerinddragelse@kommune.invalid");
  g_mime_message_add_mailbox (message, GMIME_ADDRESS_TYPE_TO, to_name, to_email);
  g_mime_message_set_subject (message, subject, "UTF-8");
  g_mime_message_set_date (message, now);
  /* A draft: mail programs open it for editing rather than as sent. */
  g_mime_object_set_header (GMIME_OBJECT (message), "X-Unsent", "1", NULL);
  g_mime_text_part_set_text (part, body);
  g_mime_part_set_content_encoding (GMIME_PART (part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
  g_mime_message_set_mime_part (message, GMIME_OBJECT (part));
  text = g_mime_object_to_string (GMIME_OBJECT (message), NULL);
  g_object_unref (part);
  g_object_unref (message);

  {
    static const char * const days[] = { "", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    static const char * const months[] = { "", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                            "Aug", "Sep", "Oct", "Nov", "Dec" };
    g_autoptr(GDateTime) utc = g_date_time_to_utc (now);

    /* The asctime() form, in English whatever the locale. */
    g_string_append_printf (mbox, "From MAILER-DAEMON %s %s %2d %02d:%02d:%02d %d\n",
                            days[g_date_time_get_day_of_week (utc)],
                            months[g_date_time_get_month (utc)],
                            g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                            g_date_time_get_minute (utc), g_date_time_get_second (utc),
                            g_date_time_get_year (utc));
  }
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      const char *l = lines[i];
      gsize len = strlen (l);

      if (lines[i + 1] == NULL && len == 0)
        break;
      if (len > 0 && l[len - 1] == '\r')
        len--;
      while (*l == '>')
        l++;
      if (g_str_has_prefix (l, "From "))
        g_string_append_c (mbox, '>');
      g_string_append_len (mbox, lines[i], len);
      g_string_append_c (mbox, '\n');
    }
  g_string_append_c (mbox, '\n');
}

gboolean
rs_letters_write (RsDatabase     *db,
                  gint64          process_id,
                  RsLetterKind    kind,
                  gint64          panel_id,
                  gint64          session_id,
                  RsLetterFormat  format,
                  const char     *dir,
                  const char     *sender,
                  char          **path_out,
                  guint          *n_letters,
                  guint          *n_skipped,
                  GCancellable   *cancellable,
                  GError        **error)
{
  g_autoptr(GHashTable) fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) recipients = g_ptr_array_new_with_free_func (recipient_free);
  g_autofree char *subject = NULL, *body = NULL, *path = NULL, *name = NULL;
  guint letters = 0, skipped = 0;

  g_return_val_if_fail (kind < RS_N_LETTER_KINDS, FALSE);
  if (!rs_letters_get_template (db, process_id, kind, &subject, &body, NULL, error) ||
      !collect (db, process_id, kind, panel_id, session_id, sender, fields, recipients, error))
    return FALSE;
  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  name = g_strconcat (kind_names[kind], ".",
                      format == RS_LETTER_FORMAT_MBOX ? "mbox"
                      : rs_document_format_get_extension (format == RS_LETTER_FORMAT_ODT
                                                          ? RS_DOCUMENT_FORMAT_ODT
                                                          : RS_DOCUMENT_FORMAT_PDF), NULL);
  path = g_build_filename (dir, name, NULL);

  if (format == RS_LETTER_FORMAT_MBOX)
    {
      g_autoptr(GString) mbox = g_string_new (NULL);

      g_mime_init ();
      for (guint i = 0; i < recipients->len; i++)
        {
          Recipient *r = g_ptr_array_index (recipients, i);
          g_autofree char *s = NULL, *b = NULL;

          if (r->email == NULL || strchr (r->email, '@') == NULL)
            {
              skipped++;
              continue;
            }
          g_hash_table_insert (fields, g_strdup ("navn"), g_strdup (r->name));
          g_hash_table_insert (fields, g_strdup ("adresse"), g_strdup (r->address));
          g_hash_table_insert (fields, g_strdup ("postnr"), g_strdup (r->postcode));
          add_recipient_fields (fields, r);
          s = rs_letters_merge (subject, fields);
          b = rs_letters_merge (body, fields);
          append_mbox_message (mbox, g_hash_table_lookup (fields, "afsender"), r->name, r->email,
                               s, b);
          letters++;
        }
      if (!g_file_set_contents (path, mbox->str, mbox->len, error))
        return FALSE;
    }
  else
    {
      g_autoptr(RsDocument) doc = NULL;
      g_autofree char *title = NULL;

      /* The title on the first page is the first letter's subject. */
      if (recipients->len > 0)
        add_recipient_fields (fields, g_ptr_array_index (recipients, 0));
      title = rs_letters_merge (subject, fields);

      doc = rs_document_new (title, "da");
      rs_document_set_show_toc (doc, FALSE);
      rs_document_set_footer (doc, g_hash_table_lookup (fields, "afsender"));
      for (guint i = 0; i < recipients->len; i++)
        {
          Recipient *r = g_ptr_array_index (recipients, i);
          g_autofree char *s = NULL, *b = NULL, *town = NULL, *place_date = NULL;

          g_hash_table_insert (fields, g_strdup ("navn"), g_strdup (r->name));
          g_hash_table_insert (fields, g_strdup ("adresse"), g_strdup (r->address));
          g_hash_table_insert (fields, g_strdup ("postnr"), g_strdup (r->postcode));
          add_recipient_fields (fields, r);
          s = rs_letters_merge (subject, fields);
          b = rs_letters_merge (body, fields);
          if (i > 0)
            rs_document_add_page_break (doc);
          rs_document_add_paragraph (doc, r->name);
          rs_document_add_paragraph (doc, r->address);
          town = g_strstrip (g_strdup_printf ("%s %s", r->postcode, r->city));
          if (*town)
            rs_document_add_paragraph (doc, town);
          place_date = danish_today ();
          rs_document_add_field (doc, "Dato", place_date);
          rs_document_add_heading (doc, 2, s);
          add_body (doc, b);
          letters++;
        }
      if (letters == 0)
        {
          g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                       _("There is nobody to write this letter to."));
          return FALSE;
        }
      if (!rs_document_write (doc, format == RS_LETTER_FORMAT_ODT ? RS_DOCUMENT_FORMAT_ODT
                                                                  : RS_DOCUMENT_FORMAT_PDF,
                              path, cancellable, error))
        return FALSE;
    }
  if (!rs_audit_log (db, "budget_process", process_id, "letters", kind_names[kind], error))
    return FALSE;
  if (n_letters)
    *n_letters = letters;
  if (n_skipped)
    *n_skipped = skipped;
  if (path_out)
    *path_out = g_steal_pointer (&path);
  return TRUE;
}
