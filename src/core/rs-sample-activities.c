/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sample"

#include "config.h"

#include <stdlib.h>

#include "rs-checklist.h"
#include "rs-idea-store.h"
#include "rs-lab-store.h"
#include "rs-sample-private.h"
#include "rs-session-store.h"

/* The sample's citizens' council meetings, its two labs and their ideas,
 * written through the sessions area's stores as the app writes them (the
 * registrations excepted: the stores register in a transaction of their
 * own, and the sample is one transaction). */

static gboolean
add_agenda (Sample      *s,
            gint64       session_id,
            const char **items)
{
  for (int i = 0; items[i]; i += 2)
    if (!rs_session_store_add_agenda_item (s->db, session_id, items[i], atoi (items[i + 1]), NULL, NULL))
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
      RsIdeaOrigin origin = { s->process_id, session_id, lab_id, lab_id ? 0 : s->panel_id };
      int votes = g_rand_int_range (s->rand, 2, 31);
      gint64 id = rs_idea_store_add (s->db, &origin, ideas[i], ideas[i + 1], error);

      if (id == 0 || !rs_idea_store_set_votes (s->db, id, votes, error)
          || !rs_idea_store_set_status (s->db, id, RS_IDEA_MATURING, error))
        return FALSE;
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
      g_autoptr(RsSession) meeting = rs_session_new ();
      gint64 session_id;

      rs_session_set_process_id (meeting, s->process_id);
      rs_session_set_panel_id (meeting, s->panel_id);
      rs_session_set_title (meeting, titles[m]);
      rs_session_set_kind (meeting, "panel-meeting");
      rs_session_set_starts_at (meeting, dates[m][0]);
      rs_session_set_ends_at (meeting, dates[m][1]);
      rs_session_set_place (meeting, "Borgersalen, Havbjerg Rådhus");
      rs_session_set_capacity (meeting, 110);
      rs_session_set_facilitators (meeting, "Proceskonsulent Line Holm; Sekretariatet for Borgerinddragelse");
      if ((session_id = rs_session_store_create (s->db, meeting, error)) == 0)
        return FALSE;
      if (!add_agenda (s, session_id, agendas[m]))
        return FALSE;
      for (guint i = 0; i < s->members->len; i++)
        {
          gint64 person = g_array_index (s->members, gint64, i);
          gboolean here = g_rand_int_range (s->rand, 0, 100) < attended_share[m];
          if (person == 0)
            continue;
          /* Registered with their attendance in one row: the stores'
           * registration runs its own transaction, and the sample is one. */
          if (!rs_database_run (s->db, error,
                                "INSERT INTO registration (session_id, person_id, status, position, "
                                "attended) VALUES (?, ?, 'registered', ?, ?)",
                                "iinn", session_id, person, (int) i, here))
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
      g_autoptr(RsLab) lab = rs_lab_new ();
      g_autoptr(RsSession) workshop = rs_session_new ();
      g_autofree char *ends_at = NULL;
      gint64 lab_id, session_id;

      rs_lab_set_process_id (lab, s->process_id);
      rs_lab_set_title (lab, labs[l].title);
      rs_lab_set_problem (lab, labs[l].problem);
      rs_lab_set_invited_groups (lab, labs[l].groups);
      rs_lab_set_invitation_method (lab, labs[l].method);
      rs_lab_set_funding_amount (lab, labs[l].amount);
      rs_lab_set_funding_granted_by (lab, labs[l].granted);
      rs_lab_set_funding_date (lab, labs[l].date);
      rs_lab_set_external_facilitators (lab, labs[l].facilitators);
      rs_lab_set_outcome (lab, labs[l].outcome);
      rs_lab_set_next_steps (lab, labs[l].next);
      rs_lab_set_status (lab, "completed");
      /* Inside the sample's transaction: create, then save the record. */
      if ((lab_id = rs_lab_store_create (s->db, s->process_id, labs[l].title, labs[l].problem, error)) == 0)
        return FALSE;
      rs_lab_set_id (lab, lab_id);
      if (!rs_lab_store_update (s->db, lab, error))
        return FALSE;
      for (int c = 0; criteria[c]; c++)
        if (!rs_checklist_set (s->db, "lab", lab_id, criteria[c], c != 6 && (c + (int) l) % 5 != 4,
                               c == 0 ? "Udvalgsbeslutning om mandat og bevilling" : "", error))
          return FALSE;
      /* A three-hour workshop ("2026-04-23T17:00" to 20:00). */
      ends_at = g_strdup_printf ("%.11s%02d%s", labs[l].when, atoi (labs[l].when + 11) + 3, labs[l].when + 13);
      rs_session_set_process_id (workshop, s->process_id);
      rs_session_set_lab_id (workshop, lab_id);
      rs_session_set_title (workshop, labs[l].session);
      rs_session_set_kind (workshop, "lab-workshop");
      rs_session_set_starts_at (workshop, labs[l].when);
      rs_session_set_ends_at (workshop, ends_at);
      rs_session_set_place (workshop, labs[l].session);
      rs_session_set_capacity (workshop, 40);
      if ((session_id = rs_session_store_create (s->db, workshop, error)) == 0)
        return FALSE;
      /* Participants from the recruitment pool; most of them came (in one
       * statement: the stores' registration runs its own transaction). */
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
