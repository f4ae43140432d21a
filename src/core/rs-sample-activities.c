/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sample"

#include "config.h"

#include <stdlib.h>

#include "rs-sample-private.h"

/* The sample's citizens' council meetings, its two labs and their ideas. */

static gboolean
add_agenda (Sample      *s,
            gint64       session_id,
            const char **items)
{
  for (int i = 0; items[i]; i += 2)
    if (!rs_database_run (s->db, NULL,
                          "INSERT INTO agenda_item (session_id, position, title, duration_min) "
                          "VALUES (?, ?, ?, ?)",
                          "intn", session_id, i / 2, items[i], atoi (items[i + 1])))
      return FALSE;
  return TRUE;
}

static gboolean
add_ideas (Sample      *s,
           gint64       session_id,
           gint64       lab_id,
           const char **ideas,
           GError     **error)
{
  for (int i = 0; ideas[i]; i += 2)
    {
      gint64 id;
      if (!rs_database_run (s->db, error,
                            "INSERT INTO idea (process_id, municipality_code, session_id, lab_id, "
                            "panel_id, text, group_name, votes, status) "
                            "VALUES (?, '999', ?, ?, ?, ?, ?, ?, 'maturing')",
                            "iIIIttn", s->process_id, session_id, lab_id,
                            lab_id ? (gint64) 0 : s->panel_id, ideas[i], ideas[i + 1],
                            g_rand_int_range (s->rand, 2, 31)))
        return FALSE;
      id = rs_database_last_insert_id (s->db);
      g_array_append_val (s->ideas, id);
    }
  return TRUE;
}

gboolean
_rs_sample_create_sessions (Sample  *s,
                            GError **error)
{
  static const char * const dates[][2] = {
    { "2026-06-13T10:00", "2026-06-13T16:00" },
    { "2026-08-22T10:00", "2026-08-22T16:00" },
    { "2026-09-05T10:00", "2026-09-05T15:00" },
  };
  static const char * const titles[] = {
    "Borgerrådsmøde 1: Velkomst og udfordringer",
    "Borgerrådsmøde 2: Muligheder og prioriteringer",
    "Borgerrådsmøde 3: Anbefalinger og afstemning",
  };
  const char *agendas[][13] = {
    { "Velkomst og formål", "30", "Runde om motivation og forventninger", "45",
      "Oplæg: Havbjergs velfærdsudfordringer frem mod 2030", "60", "Frokost", "45",
      "Gruppearbejde om temaerne", "120", "Ideer til næste møde", "30", NULL },
    { "Nyt siden sidst", "20", "Oplæg om grøn omstilling", "40", "Debat ved bordene", "90",
      "Frokost", "45", "Hvilke initiativer skal der til?", "90", "Prioritering af initiativer", "60",
      NULL },
    { "Status fra byrådets formand", "20", "Skrivning af anbefalinger", "120", "Frokost", "45",
      "Afstemning om anbefalinger", "60", "Evaluering og afslutning", "30", NULL, NULL, NULL },
  };
  static const char *ideas[] = {
    "Flere aktivitetstilbud for ældre i lokalområderne", "Ældreliv",
    "Spisefællesskaber på plejecentrene åbnes for naboer", "Ældreliv",
    "Gratis buskort til unge under uddannelse", "Mobilitet",
    "Sikre cykelstier til skolerne i Nørreby", "Mobilitet",
    "Lektiecafé på biblioteket alle hverdage", "Børn og unge",
    "Flere pædagoger i de tidlige timer", "Børn og unge",
    "Solceller på alle kommunale tage", "Grøn omstilling",
    "Delebiler ved stationen", "Grøn omstilling",
    "Åben skolegård om aftenen som mødested", "Fællesskaber",
    "Kulturpulje som borgerne selv fordeler", "Fællesskaber",
    NULL
  };
  int attended_share[] = { 94, 89, 91 };

  for (int m = 0; m < 3; m++)
    {
      gint64 session_id;

      if (!rs_database_run (s->db, error,
                            "INSERT INTO session (process_id, panel_id, title, kind, starts_at, "
                            "ends_at, place, capacity, facilitators) "
                            "VALUES (?, ?, ?, 'panel-meeting', ?, ?, ?, 110, ?)",
                            "iittttt", s->process_id, s->panel_id, titles[m], dates[m][0],
                            dates[m][1], "Borgersalen, Havbjerg Rådhus",
                            "Proceskonsulent Line Holm; Sekretariatet for Borgerinddragelse"))
        return FALSE;
      session_id = rs_database_last_insert_id (s->db);
      if (!add_agenda (s, session_id, agendas[m]))
        return FALSE;
      for (guint i = 0; i < s->members->len; i++)
        {
          gint64 person = g_array_index (s->members, gint64, i);
          gboolean here = g_rand_int_range (s->rand, 0, 100) < attended_share[m];
          if (person == 0)
            continue;
          if (!rs_database_run (s->db, error,
                                "INSERT INTO registration (session_id, person_id, status, position, "
                                "attended) VALUES (?, ?, 'registered', ?, ?)",
                                "iinn", session_id, person, (int) i, m < 2 || TRUE ? here : 0))
            return FALSE;
        }
      if (m == 1 && !add_ideas (s, session_id, 0, ideas, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_rs_sample_create_labs (Sample  *s,
                        GError **error)
{
  static const char * const criteria[] = {
    "clear-mandate", "transparency", "representativeness", "time", "information",
    "facilitation", "evaluation", NULL
  };
  static const struct {
    const char *title, *problem, *groups, *method, *granted, *date, *facilitators, *outcome, *next;
    double amount;
    const char *session, *when;
    const char *ideas[9];
  } labs[] = {
    { "Lab: Fremtidens ældreliv i Skovhuse",
      "Hvordan kan ældre i Skovhuse bo godt hjemme længere, når hjemmeplejen har svært ved at "
      "rekruttere?", "Ældrerådet, pårørendeforeningen, hjemmeplejen, borgere over 65 år i Skovhuse",
      "Åben invitation i lokalavisen og personlig invitation gennem ældrerådet",
      "Social- og Sundhedsudvalget", "2026-03-18", "Designbureauet Samskab ApS",
      "Tre prototyper: nabohjælp-app, fællesspisning i forsamlingshuset, besøgsvenner fra skolen.",
      "Prototyperne afprøves i efteråret; resultaterne indgår i Budget 2028.",
      150000.0, "Labworkshop i Skovhuse Forsamlingshus", "2026-04-23T17:00",
      { "Nabohjælp via en enkel app", "Ældreliv", "Fællesspisning i forsamlingshuset", "Ældreliv",
        "Besøgsvenner fra udskolingen", "Fællesskaber", NULL } },
    { "Ungelab: Mødesteder for unge i Nørreby",
      "Unge i Nørreby mangler steder at være om aftenen, og klubtilbuddet bruges kun af få.",
      "Unge 14-22 år, ungdomsskolen, boligsociale medarbejdere, idrætsforeninger",
      "Invitation gennem skoler, SSP og sociale medier; gavekort til deltagerne",
      "Børne- og Ungeudvalget", "2026-04-02", "Ungdomsskolens konsulenter",
      "Ønske om et selvforvaltet ungehus og længere åbningstid i hallen.",
      "Forvaltningen undersøger lokaler; anbefaling til borgerrådet.",
      80000.0, "Ungelab i Nørreby Hallen", "2026-05-07T18:00",
      { "Selvforvaltet ungehus i den gamle brandstation", "Børn og unge",
        "Længere åbningstid i hallen fredag aften", "Fællesskaber", NULL } },
  };

  for (guint l = 0; l < G_N_ELEMENTS (labs); l++)
    {
      gint64 lab_id, session_id;

      if (!rs_database_run (s->db, error,
                            "INSERT INTO lab (process_id, title, problem, invited_groups, "
                            "invitation_method, funding_amount, funding_granted_by, funding_date, "
                            "external_facilitators, outcome, next_steps, status) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'completed')",
                            "ittttdttttt", s->process_id, labs[l].title, labs[l].problem,
                            labs[l].groups, labs[l].method, labs[l].amount, labs[l].granted,
                            labs[l].date, labs[l].facilitators, labs[l].outcome, labs[l].next))
        return FALSE;
      lab_id = rs_database_last_insert_id (s->db);
      for (int c = 0; criteria[c]; c++)
        if (!rs_database_run (s->db, error,
                              "INSERT INTO checklist_item (owner_type, owner_id, criterion, met, "
                              "evidence) VALUES ('lab', ?, ?, ?, ?)",
                              "itnt", lab_id, criteria[c], c != 6 && (c + (int) l) % 5 != 4,
                              c == 0 ? "Udvalgsbeslutning om mandat og bevilling" : ""))
          return FALSE;
      if (!rs_database_run (s->db, error,
                            "INSERT INTO session (process_id, lab_id, title, kind, starts_at, ends_at, "
                            "place, capacity) VALUES (?1, ?2, ?3, 'lab-workshop', ?4, "
                            "strftime('%Y-%m-%dT%H:%M', ?4, '+3 hours'), ?5, 40)",
                            "iittt", s->process_id, lab_id, labs[l].session, labs[l].when,
                            labs[l].session))
        return FALSE;
      session_id = rs_database_last_insert_id (s->db);
      /* Participants from the recruitment pool; most of them came. */
      if (!rs_database_run (s->db, error,
                            "INSERT INTO registration (session_id, person_id, status, position, attended) "
                            "SELECT ?1, id, 'registered', row_number() OVER (ORDER BY id), "
                            "CASE WHEN id % 7 != 3 THEN 1 ELSE 0 END FROM person WHERE panel_id = ?2 "
                            "ORDER BY id LIMIT ?3 OFFSET ?4",
                            "iinn", session_id, s->panel_id, l == 0 ? 24 : 17, l == 0 ? 150 : 220))
        return FALSE;
      if (!add_ideas (s, session_id, lab_id, (const char **) labs[l].ideas, error))
        return FALSE;
    }
  return TRUE;
}
