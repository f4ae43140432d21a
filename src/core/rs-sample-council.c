/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sample"

#include "config.h"

#include <stdlib.h>

#include "rs-sample-private.h"

/* The sample's twelve recommendations and the city council's answers. */

/* Budget 2027 was adopted on 8 October 2026: the city council has answered
 * every recommendation, and follow-up has begun. */
static gboolean
add_decision (Sample  *s,
              gint64   rec_id,
              guint    index,
              double   operating,
              double   capital,
              GError **error)
{
  static const struct {
    const char *outcome, *justification, *implementation;
    double share;
  } answers[] = {
    { "adopted", "Byrådet vedtog anbefalingen i budgetforliget.", "in-progress", 1.0 },
    { "adopted-with-changes", "Vedtaget i mindre omfang: to bydele i 2027, resten efter evaluering.", "in-progress", 0.5 },
    { "rejected", "Ikke prioriteret inden for den økonomiske ramme; indgår i overvejelserne til Budget 2028.", "not-started", 0.0 },
    { "referred", "Oversendt til Teknik- og Miljøudvalget, som vender tilbage i foråret 2027.", "not-started", 0.0 },
  };
  /* A fixed pattern over the twelve, most adopted as councils tend to. */
  static const int pattern[] = { 0, 0, 1, 0, 0, 2, 0, 3, 2, 1, 0, 2 };
  int a = pattern[index % G_N_ELEMENTS (pattern)];
  double amount = (operating + capital) * answers[a].share;
  g_autofree char *line = g_strdup_printf ("Budget 2027, bevilling %02u.%02u", 10 + index, index * 7 % 60);

  if (!rs_database_run (s->db, error,
                        "INSERT INTO council_decision (recommendation_id, outcome, justification, "
                        "budget_line, amount, decided_on, implementation) "
                        "VALUES (?, ?, ?, ?, ?, '2026-10-08', ?)",
                        "itttdt", rec_id, answers[a].outcome, answers[a].justification,
                        answers[a].share > 0 ? line : "", amount, answers[a].implementation))
    return FALSE;
  if (!rs_database_run (s->db, error, "UPDATE recommendation SET status = 'answered' WHERE id = ?",
                        "i", rec_id))
    return FALSE;
  if (answers[a].share > 0 &&
      (!rs_database_run (s->db, error,
                         "INSERT INTO milestone (recommendation_id, title, due_on, done_on) "
                         "VALUES (?, 'Projektbeskrivelse godkendt', '2026-12-15', '2026-11-20')",
                         "i", rec_id) ||
       !rs_database_run (s->db, error,
                         "INSERT INTO milestone (recommendation_id, title, due_on) "
                         "VALUES (?, 'Første status til borgerrådet', '2027-04-01')",
                         "i", rec_id)))
    return FALSE;
  return TRUE;
}

gboolean
_rs_sample_create_recommendations (Sample  *s,
                                   GError **error)
{
  static const struct {
    const char *title, *text, *theme, *area;
    double operating, capital;
    int votes_for, votes_against, votes_abstain;
  } recs[] = {
    { "Aktivitetscentre i alle bydele",
      "Kommunen etablerer små aktivitetscentre for ældre i alle seks bydele, drevet sammen med "
      "frivillige.", "Fremtidens ældreliv", "Ældre og sundhed", 1800000, 2500000, 81, 9, 4 },
    { "Spisefællesskaber på plejecentrene",
      "Plejecentrenes køkkener åbnes for naboer to gange om ugen.", "Fremtidens ældreliv",
      "Ældre og sundhed", 450000, 0, 88, 3, 3 },
    { "Styrket rehabilitering før hjemmepleje",
      "Alle nye borgere i hjemmeplejen tilbydes et rehabiliteringsforløb først.",
      "Fremtidens ældreliv", "Ældre og sundhed", 1200000, 0, 76, 11, 7 },
    { "To voksne i de tidlige timer",
      "Dagtilbuddene sikres to voksne fra åbning, finansieret af vikarpuljen.",
      "Børn og unges trivsel", "Børn og unge", 3100000, 0, 70, 15, 9 },
    { "Lektiecafé på biblioteket",
      "Biblioteket i Nørreby holder lektiecafé alle hverdage med frivillige og en fast "
      "koordinator.", "Børn og unges trivsel", "Kultur og fritid", 380000, 0, 84, 6, 4 },
    { "Selvforvaltet ungehus",
      "Den gamle brandstation i Nørreby indrettes som ungehus, som de unge selv driver.",
      "Børn og unges trivsel", "Børn og unge", 600000, 3200000, 62, 22, 10 },
    { "Solceller på kommunale tage",
      "Alle egnede kommunale tage får solceller inden 2030.", "Grøn omstilling",
      "Teknik og miljø", -400000, 12000000, 79, 10, 5 },
    { "Klimatilpasning i Strandkvarteret",
      "En plan for klimatilpasning i Strandkvarteret udarbejdes sammen med beboerne.",
      "Grøn omstilling", "Teknik og miljø", 250000, 0, 85, 4, 5 },
    { "Kulturpulje fordelt af borgerne",
      "En pulje på 1 mio. kr. om året fordeles af borgerne gennem et borgerbudget.",
      "Fællesskaber og kultur", "Kultur og fritid", 1000000, 0, 58, 27, 9 },
    { "Åbne skolegårde om aftenen",
      "Skolegårdene holdes åbne og belyste til kl. 22 som mødesteder.", "Fællesskaber og kultur",
      "Børn og unge", 150000, 400000, 72, 14, 8 },
    { "Sikre skoleveje i Nørreby",
      "Krydset Skolevej/Havnegade ombygges, og der laves sikre cykelstier til skolerne.",
      "Mobilitet og veje", "Teknik og miljø", 50000, 4800000, 90, 2, 2 },
    { "Gratis bus for unge under uddannelse",
      "Unge under uddannelse kører gratis med bybusserne.", "Mobilitet og veje",
      "Teknik og miljø", 2200000, 0, 55, 31, 8 },
  };

  for (guint r = 0; r < G_N_ELEMENTS (recs); r++)
    {
      gint64 rec_id;

      if (!rs_database_run (s->db, error,
                            "INSERT INTO recommendation (process_id, panel_id, title, text, rationale, "
                            "theme, budget_area, votes_for, votes_against, votes_abstain, status, "
                            "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'voted', ?)",
                            "iittttt" "nnnn", s->process_id, s->panel_id, recs[r].title, recs[r].text,
                            "Borgerrådet lagde vægt på, at forslaget når borgere, der ellers "
                            "sjældent deltager, og at effekten kan følges.",
                            recs[r].theme, recs[r].area, recs[r].votes_for, recs[r].votes_against,
                            recs[r].votes_abstain, (int) r))
        return FALSE;
      rec_id = rs_database_last_insert_id (s->db);
      for (int y = 2027; y <= 2030; y++)
        if (!rs_database_run (s->db, error,
                              "INSERT INTO recommendation_cost (recommendation_id, year, operating, "
                              "capital) VALUES (?, ?, ?, ?)",
                              "indd", rec_id, y, recs[r].operating,
                              y == 2027 ? recs[r].capital : 0.0))
          return FALSE;
      if (!add_decision (s, rec_id, r, recs[r].operating, recs[r].capital, error))
        return FALSE;
      if (r < s->ideas->len &&
          !rs_database_run (s->db, error,
                            "INSERT INTO recommendation_origin (recommendation_id, origin_type, "
                            "origin_id) VALUES (?, 'idea', ?)",
                            "ii", rec_id, g_array_index (s->ideas, gint64, r)))
        return FALSE;
    }
  return TRUE;
}
