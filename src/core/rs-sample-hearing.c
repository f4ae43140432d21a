/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sample"

#include "config.h"

#include <stdlib.h>

#include "rs-sample-private.h"

/* The sample's hearing round: 30 consulted parties and 40 responses, five of them
 * one campaign letter, some already coded. */

gboolean
_rs_sample_create_hearing (Sample  *s,
                           GError **error)
{
  static const char * const parties[][2] = {
    { "Ældrerådet", "user-board" }, { "Handicaprådet", "user-board" },
    { "Integrationsrådet", "user-board" }, { "Ungdomsrådet", "user-board" },
    { "Skolebestyrelsen ved Nørreby Skole", "user-board" },
    { "Skolebestyrelsen ved Midtbyens Skole", "user-board" },
    { "Skolebestyrelsen ved Bakkelund Skole", "user-board" },
    { "Forældrebestyrelsen i Dagtilbud Strandkvarteret", "user-board" },
    { "Lokalrådet for Skovhuse", "local-council" }, { "Lokalrådet for Vesterløkke", "local-council" },
    { "Nørreby Beboerforening", "association" }, { "Havbjerg Idrætssamvirke", "association" },
    { "Havbjerg Musikskoles Venner", "association" }, { "Bibliotekets Brugerråd", "user-board" },
    { "Danmarks Naturfredningsforening, Havbjerg afd.", "association" },
    { "Cyklistforbundet, Havbjerg", "association" }, { "Ældre Sagen Havbjerg", "association" },
    { "Dansk Handicap Forbund, Havbjerg", "association" },
    { "FOA Havbjerg", "union" }, { "BUPL Østjylland", "union" }, { "Havbjerg Lærerforening", "union" },
    { "3F Havbjerg", "union" }, { "Erhvervsforum Havbjerg", "business" },
    { "Havbjerg Boligselskab, afdelingsbestyrelsen", "association" },
    { "Hoved-MED-udvalget", "internal" }, { "MED Ældre og Sundhed", "internal" },
    { "MED Børn og Unge", "internal" }, { "Frivilligcenter Havbjerg", "association" },
    { "Menighedsrådet i Havbjerg Sogn", "association" }, { "Havbjerg Ungdomsskole", "internal" },
  };
  static const char * const topics[][3] = {
    { "Ældre og sundhed", "Fremtidens ældreliv",
      "Vi er bekymrede over besparelsen på 2,1 mio. kr. på hjemmeplejen. Forslaget vil betyde færre "
      "besøg og mindre tid til den enkelte. Vi foreslår i stedet at styrke rehabiliteringen, så flere "
      "kan klare sig selv længere." },
    { "Børn og unge", "Børn og unges trivsel",
      "Normeringen i dagtilbuddene er allerede presset. En reduktion af vikarbudgettet vil ramme de "
      "mindste børn hårdest. Vi opfordrer byrådet til at fastholde vikarpuljen og prioritere de "
      "tidlige timer." },
    { "Kultur og fritid", "Fællesskaber og kultur",
      "Forslaget om kortere åbningstider på biblioteket i Nørreby rammer de borgere, der har færrest "
      "andre tilbud. Biblioteket er et af de få mødesteder i bydelen. Vi foreslår frivillige "
      "værter i aftentimerne." },
    { "Teknik og miljø", "Grøn omstilling",
      "Vi støtter investeringen i solceller på kommunale bygninger, men savner en plan for "
      "klimatilpasning i Strandkvarteret, hvor oversvømmelser er et stigende problem." },
    { "Teknik og miljø", "Mobilitet og veje",
      "Sikre skoleveje bør prioriteres over nye parkeringspladser i Midtbyen. Krydset ved Skolevej "
      "og Havnegade er farligt for børn på cykel." },
  };
  static const char * const campaign =
    "Jeg protesterer mod lukningen af svømmehallen i Vesterløkke. Svømmehallen er vigtig for "
    "børnefamilier, ældre og foreningslivet i hele den vestlige del af kommunen. Bevar "
    "svømmehallen!";
  static const char * const decisions[] = { "changed", "not-changed", "noted", "out-of-scope" };
  gint64 round_id;

  if (!rs_database_run (s->db, error,
                        "INSERT INTO hearing_round (process_id, title, material, legal_basis, "
                        "legal_reference, starts_on, deadline, case_number) "
                        "VALUES (?, ?, ?, 'voluntary', ?, '2026-09-11', '2026-09-30', ?)",
                        "itttt", s->process_id, "Høring over budgetforslag 2027",
                        "Budgetforslag 2027-2030; oversigt over reduktionsforslag; "
                        "investeringsoversigt",
                        "Frivillig høring; Kommunestyrelsesloven kræver ikke høring mellem 1. og "
                        "2. behandling.",
                        "26.00.00-S00-1-26"))
    return FALSE;
  round_id = rs_database_last_insert_id (s->db);

  for (guint p = 0; p < G_N_ELEMENTS (parties); p++)
    {
      gint64 party_id;
      const char *status = p < 24 ? "replied" : (p < 27 ? "no-comments" : "no-reply");
      g_autofree char *mail = g_strdup_printf ("hoering%02u@example.org", p + 1);

      /* The register of consulted parties is shared by every process: a
       * second sample reuses its parties. */
      if (!rs_database_run (s->db, error,
                            "INSERT INTO consulted_party (name, kind, email) VALUES (?, ?, ?) "
                            "ON CONFLICT (name) DO NOTHING",
                            "ttt", parties[p][0], parties[p][1], mail))
        return FALSE;
      {
        g_autoptr(RsStatement) find = rs_database_query (s->db, error,
                                                          "SELECT id FROM consulted_party WHERE name = ?",
                                                          "t", parties[p][0]);
        if (find == NULL)
          return FALSE;
        if (rs_statement_step (find) != RS_SQL_ROW)
          return rs_database_set_error (s->db, rs_database_errcode (s->db), error);
        party_id = rs_statement_column_int64 (find, 0);
      }
      if (!rs_database_run (s->db, error,
                            "INSERT INTO hearing_invitation (round_id, party_id, status, invited_on, "
                            "reminded_on, replied_on) VALUES (?, ?, ?, '2026-09-11', ?, ?)",
                            "iittt", round_id, party_id, status,
                            p >= 20 ? "2026-09-24" : NULL,
                            p < 27 ? (p == 5 ? "2026-10-02" : "2026-09-28") : NULL))
        return FALSE;

      if (p < 24)
        {
          int t = p % G_N_ELEMENTS (topics);
          g_autofree char *text = g_strdup_printf (
            "Høringssvar fra %s\n\n%s\n\nVi står gerne til rådighed for en uddybning.\n\n"
            "Med venlig hilsen\n%s", parties[p][0], topics[t][2], parties[p][0]);
          gint64 response_id;

          if (!rs_database_run (s->db, error,
                                "INSERT INTO hearing_response (round_id, party_id, sender, party_type, "
                                "received_on, channel, consent_publish, subject, text) "
                                "VALUES (?, ?, ?, 'organisation', ?, ?, 1, ?, ?)",
                                "iittttt", round_id, party_id, parties[p][0],
                                p == 5 ? "2026-10-02" : "2026-09-28",
                                p % 4 == 3 ? "letter" : "email",
                                "Høringssvar til budgetforslag 2027", text))
            return FALSE;
          response_id = rs_database_last_insert_id (s->db);
          if (p % 2 == 0 &&
              !rs_database_run (s->db, error,
                                "INSERT INTO response_point (response_id, excerpt, theme, budget_area, "
                                "comment, decision) VALUES (?, ?, ?, ?, ?, ?)",
                                "itttt" "t", response_id, topics[t][2], topics[t][1], topics[t][0],
                                "Administrationen noterer bemærkningen. Forslaget indgår i byrådets "
                                "forhandlinger op til 2. behandling.",
                                decisions[(p / 2) % G_N_ELEMENTS (decisions)]))
            return FALSE;
        }
    }

  /* Private citizens, five of them writing the same campaign letter. */
  for (int c = 0; c < 16; c++)
    {
      g_autofree char *sender = g_strdup_printf ("%s %s", _rs_sample_first_names[(c * 7) % _rs_sample_n_first_names],
                                                 _rs_sample_surnames[(c * 5) % _rs_sample_n_surnames]);
      g_autofree char *address = g_strdup_printf ("%s %d, 9990 Havbjerg", _rs_sample_streets[c % _rs_sample_n_streets],
                                                  c + 3);
      g_autofree char *text = NULL;
      g_autofree char *received = g_strdup_printf ("2026-09-%02d", 14 + c);

      if (c < 5)
        text = g_strdup_printf ("%s\n\nVenlig hilsen\n%s, %s", campaign, sender, address);
      else
        text = g_strdup_printf ("Kære byråd\n\n%s\n\nJeg bor selv på %s og kan kontaktes på "
                                "telefon 2%07d.\n\nHilsen %s",
                                topics[c % G_N_ELEMENTS (topics)][2], address, c * 1234567 % 10000000,
                                sender);
      if (!rs_database_run (s->db, error,
                            "INSERT INTO hearing_response (round_id, sender, sender_address, party_type, "
                            "received_on, channel, consent_publish, subject, text) "
                            "VALUES (?, ?, ?, 'private', ?, ?, ?, ?, ?)",
                            "itttt" "ntt", round_id, sender, address, received,
                            c % 5 == 4 ? "letter" : "email", c % 3 == 0,
                            c < 5 ? "Bevar svømmehallen" : "Budget 2027", text))
        return FALSE;
    }
  return TRUE;
}
