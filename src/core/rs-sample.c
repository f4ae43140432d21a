/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sample"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-process-store.h"
#include "rs-sample.h"

/*
 * The sample budget process. It is generated from a fixed seed, so every
 * run writes the same rows; the people are invented (random pairs of common
 * Danish first names and surnames in a municipality that does not exist).
 */

#define SAMPLE_SEED 20270101
#define YEAR 2026   /* Budget 2027 is prepared and adopted in 2026. */

typedef struct
{
  RsDatabase *db;
  GRand      *rand;
  gint64      process_id;
  gint64      panel_id;
  GArray     *cat_ids;     /* gint64 per category */
  GPtrArray  *value_ids;   /* GArray of gint64 per category */
  GArray     *members;     /* gint64 person ids selected for the panel */
  GArray     *ideas;       /* gint64 idea ids */
} Sample;

typedef struct
{
  const char *name;
  double      population;  /* share of adults in the municipality */
  double      pool;        /* share among volunteers: skewed, as real pools are */
} ValueSpec;

typedef struct
{
  const char      *name;
  const char      *preset;
  gboolean         sensitive;
  const ValueSpec *values;
} CategorySpec;

static const ValueSpec ages[] = {
  { "18-29 år", 0.19, 0.11 }, { "30-44 år", 0.23, 0.18 }, { "45-59 år", 0.25, 0.26 },
  { "60-74 år", 0.22, 0.32 }, { "75 år og derover", 0.11, 0.13 }, { NULL }
};
static const ValueSpec genders[] = {
  { "Kvinde", 0.505, 0.58 }, { "Mand", 0.49, 0.41 }, { "Andet", 0.005, 0.01 }, { NULL }
};
static const ValueSpec origins[] = {
  { "Dansk oprindelse", 0.85, 0.90 }, { "Indvandrer", 0.11, 0.07 },
  { "Efterkommer", 0.04, 0.03 }, { NULL }
};
static const ValueSpec socio[] = {
  { "Beskæftiget", 0.57, 0.52 }, { "Ledig", 0.04, 0.03 }, { "Pensionist", 0.26, 0.34 },
  { "Under uddannelse", 0.09, 0.07 }, { "Uden for arbejdsstyrken", 0.04, 0.04 }, { NULL }
};
static const ValueSpec districts[] = {
  { "Midtbyen", 0.24, 0.30 }, { "Nørreby", 0.20, 0.14 }, { "Strandkvarteret", 0.14, 0.18 },
  { "Bakkelund", 0.17, 0.15 }, { "Skovhuse", 0.13, 0.12 }, { "Vesterløkke", 0.12, 0.11 },
  { NULL }
};

static const CategorySpec categories[] = {
  { "Alder", "age", FALSE, ages },
  { "Køn", "gender", FALSE, genders },
  { "Herkomst", "origin", TRUE, origins },
  { "Socioøkonomisk status", "socio-economic", FALSE, socio },
  { "Bydel", "district", FALSE, districts },
};

static const char * const first_names[] = {
  "Anne", "Mette", "Kirsten", "Hanne", "Helle", "Susanne", "Lene", "Maria", "Marianne", "Camilla",
  "Louise", "Charlotte", "Pia", "Tina", "Julie", "Emma", "Ida", "Sofie", "Freja", "Amalie",
  "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Anders",
  "Morten", "Jesper", "Mads", "Rasmus", "Mikkel", "Frederik", "Emil", "Oliver", "Ahmed", "Fatima",
  "Ali", "Leyla", "Omar", "Aisha", "Piotr", "Agnieszka", "Mehmet", "Elif", "Noor", "Yusuf",
};
static const char * const surnames[] = {
  "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
  "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
  "Poulsen", "Johansen", "Møller", "Mortensen", "Holm", "Lund", "Bak", "Dam", "Østergaard",
  "Kaya", "Yilmaz", "Hussein", "Kowalski", "Ali",
};
static const char * const streets[] = {
  "Havnegade", "Skolevej", "Kirkestræde", "Bøgevej", "Strandvejen", "Møllebakken", "Engvej",
  "Toftevej", "Ahornvej", "Vestergade", "Nørregade", "Skovbrynet", "Lærkevej", "Rosenvænget",
};

static gint64
pick_weighted (Sample          *s,
               const ValueSpec *values)
{
  double r = g_rand_double (s->rand), acc = 0;
  gint64 i;

  for (i = 0; values[i].name != NULL; i++)
    {
      acc += values[i].pool;
      if (r < acc)
        return i;
    }
  return i - 1;
}

static gboolean
create_process (Sample  *s,
                GError **error)
{
  static const char * const phase_dates[][3] = {
    { "seminar", "2025-11-20", "2025-11-20" },
    { "goals", "2026-01-12", "2026-02-27" },
    { "involvement", "2026-03-02", "2026-09-05" },
    { "recommendations", "2026-09-07", "2026-09-07" },
    { "first-reading", "2026-09-10", "2026-09-10" },
    { "hearing", "2026-09-11", "2026-09-30" },
    { "second-reading", "2026-10-08", "2026-10-08" },
    { "feedback", "2026-11-02", "2026-11-30" },
    { "evaluation", "2026-12-01", "2026-12-18" },
  };
  static const char * const themes[] = {
    "Fremtidens ældreliv", "Børn og unges trivsel", "Grøn omstilling", "Fællesskaber og kultur",
    "Mobilitet og veje", NULL
  };
  static const char * const areas[][2] = {
    { "3", "Ældre og sundhed" }, { "5", "Børn og unge" }, { "2", "Teknik og miljø" },
    { "4", "Kultur og fritid" }, { "6", "Beskæftigelse" }, { "1", "Administration" },
  };

  if (!rs_database_run (s->db, error,
                        "INSERT INTO budget_process (name, budget_year, municipality_code, "
                        "municipality_name, description) VALUES (?, 2027, '999', ?, ?)",
                        "ttt", "Budget 2027", RS_SAMPLE_MUNICIPALITY,
                        "Budget 2027 med borgerråd, høring mellem 1. og 2. behandling og to labs. "
                        "Eksempeldata: kommunen og personerne er opdigtede."))
    return FALSE;
  s->process_id = rs_database_last_insert_id (s->db);

  for (guint i = 0; i < G_N_ELEMENTS (phase_dates); i++)
    if (!rs_database_run (s->db, error,
                          "INSERT INTO phase (process_id, kind, starts_on, ends_on) VALUES (?, ?, ?, ?)",
                          "ittt", s->process_id, phase_dates[i][0], phase_dates[i][1],
                          phase_dates[i][2]))
      return FALSE;
  for (int i = 0; themes[i]; i++)
    if (!rs_database_run (s->db, error,
                          "INSERT INTO theme (process_id, name, position) VALUES (?, ?, ?)",
                          "itn", s->process_id, themes[i], i))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    if (!rs_database_run (s->db, error,
                          "INSERT INTO budget_area (process_id, code, name) VALUES (?, ?, ?)",
                          "itt", s->process_id, areas[i][0], areas[i][1]))
      return FALSE;
  return TRUE;
}

static gboolean
create_panel (Sample  *s,
              GError **error)
{
  if (!rs_database_run (s->db, error,
                        "INSERT INTO panel (process_id, name, mandate, size, status) "
                        "VALUES (?, ?, ?, ?, 'active')",
                        "ittn", s->process_id, "Borgerrådet for Budget 2027",
                        "Borgerrådet giver byrådet anbefalinger om prioriteringer inden for "
                        "temaerne ældreliv, børn og unge, grøn omstilling, fællesskaber og "
                        "mobilitet. Byrådet træffer beslutningen; rådet kan ikke ændre "
                        "serviceniveauer eller skatter, men byrådet svarer på hver anbefaling.",
                        RS_SAMPLE_PANEL_SIZE))
    return FALSE;
  s->panel_id = rs_database_last_insert_id (s->db);

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      GArray *values = g_array_new (FALSE, FALSE, sizeof (gint64));
      gint64 cat_id;

      g_ptr_array_add (s->value_ids, values);
      if (!rs_database_run (s->db, error,
                            "INSERT INTO category (panel_id, name, position, sensitive, preset) "
                            "VALUES (?, ?, ?, ?, ?)",
                            "itnnt", s->panel_id, categories[c].name, (int) c,
                            categories[c].sensitive, categories[c].preset))
        return FALSE;
      cat_id = rs_database_last_insert_id (s->db);
      g_array_append_val (s->cat_ids, cat_id);

      for (int v = 0; categories[c].values[v].name; v++)
        {
          const ValueSpec *spec = &categories[c].values[v];
          int q = (int) (spec->population * RS_SAMPLE_PANEL_SIZE + 0.5);
          gint64 value_id;

          if (!rs_database_run (s->db, error,
                                "INSERT INTO category_value (category_id, name, position, "
                                "target_share, quota_min, quota_max) VALUES (?, ?, ?, ?, ?, ?)",
                                "itndnn", cat_id, spec->name, v, spec->population * 100.0,
                                MAX (0, q - 3), q + 3))
            return FALSE;
          value_id = rs_database_last_insert_id (s->db);
          g_array_append_val (values, value_id);
        }
    }
  return TRUE;
}

#define N_CATS G_N_ELEMENTS (categories)

static int
quota_of (guint c,
          int   v)
{
  return (int) (categories[c].values[v].population * RS_SAMPLE_PANEL_SIZE + 0.5);
}

/* A stand-in for the draw, so the sample has a panel and a reserve list
 * that keep every quota: first take volunteers who fill a value still under
 * its minimum, then anyone who fits under the maxima. */
static void
choose_panel (int        attrs[][N_CATS],
              const char **status,
              int         n)
{
  int counts[N_CATS][8] = { { 0 } };
  int selected = 0, reserves = 0;

  for (int pass = 0; pass < 3; pass++)
    for (int p = 0; p < n && selected < RS_SAMPLE_PANEL_SIZE + 1; p++)
      {
        gboolean fits = TRUE, helps = FALSE;

        if (status[p] != NULL)
          continue;
        for (guint c = 0; c < N_CATS; c++)
          {
            int q = quota_of (c, attrs[p][c]);
            if (counts[c][attrs[p][c]] >= q + 3)
              fits = FALSE;
            if (counts[c][attrs[p][c]] < MAX (0, q - 3) + (pass == 0 ? 0 : 3))
              helps = TRUE;
          }
        if (!fits || (pass < 2 && !helps))
          continue;
        status[p] = "selected";
        selected++;
        for (guint c = 0; c < N_CATS; c++)
          counts[c][attrs[p][c]]++;
      }

  for (int p = 0; p < n; p++)
    {
      if (status[p] != NULL)
        continue;
      if (p % 5 == 0 && reserves < 15)
        {
          status[p] = "reserve";
          reserves++;
        }
      else
        status[p] = p % 11 == 0 ? "declined" : "registered";
    }
}

static gboolean
create_pool (Sample  *s,
             GError **error)
{
  int (*attrs)[N_CATS] = g_malloc0 (sizeof (int[N_CATS]) * RS_SAMPLE_POOL_SIZE);
  const char **status = g_new0 (const char *, RS_SAMPLE_POOL_SIZE);
  g_autofree char *household = NULL;
  gboolean chair_named = FALSE, ok = FALSE;
  int dropped = 0;

  for (int p = 0; p < RS_SAMPLE_POOL_SIZE; p++)
    for (guint c = 0; c < N_CATS; c++)
      attrs[p][c] = pick_weighted (s, categories[c].values);
  choose_panel (attrs, status, RS_SAMPLE_POOL_SIZE);

  for (int p = 0; p < RS_SAMPLE_POOL_SIZE; p++)
    {
      g_autofree char *pseudonym = g_strdup_printf ("P-%04d", p + 1);
      g_autofree char *external = g_strdup_printf ("HB%05d", 10000 + p * 7);
      g_autofree char *name = NULL;
      g_autofree char *address = NULL;
      g_autofree char *email = NULL;
      g_autofree char *phone = NULL;
      const char *role = "member";
      gint64 person_id;
      int street = g_rand_int_range (s->rand, 0, G_N_ELEMENTS (streets));
      int number = g_rand_int_range (s->rand, 1, 120);

      name = g_strdup_printf ("%s %s",
                              first_names[g_rand_int_range (s->rand, 0, G_N_ELEMENTS (first_names))],
                              surnames[g_rand_int_range (s->rand, 0, G_N_ELEMENTS (surnames))]);
      /* Every 40th volunteer shares an address with the one before. */
      if (p % 40 == 39 && household != NULL)
        address = g_strdup (household);
      else
        address = g_strdup_printf ("%s %d", streets[street], number);
      g_free (household);
      household = g_strdup (address);
      email = g_strdup_printf ("borger%04d@example.org", p + 1);
      phone = g_strdup_printf ("%08d", 20000000 + p * 1373);

      if (g_str_equal (status[p], "selected"))
        {
          if (!chair_named)
            role = "chair";
          chair_named = TRUE;
        }
      /* Two members dropped out after the first meeting; reserves stood in. */
      if (g_str_equal (status[p], "reserve") && dropped < 2)
        {
          dropped++;
          status[p] = "selected";
        }

      if (!rs_database_run (s->db, error,
                            "INSERT INTO person (panel_id, external_id, pseudonym, status, "
                            "household_key, role) VALUES (?, ?, ?, ?, lower(?), ?)",
                            "itttt" "t", s->panel_id, external, pseudonym, status[p], address, role))
        goto out;
      person_id = rs_database_last_insert_id (s->db);
      if (g_str_equal (status[p], "selected"))
        g_array_append_val (s->members, person_id);

      if (!rs_database_run (s->db, error,
                            "INSERT INTO person_contact (person_id, name, address, postcode, city, "
                            "email, phone) VALUES (?, ?, ?, '9990', 'Havbjerg', ?, ?)",
                            "itttt", person_id, name, address, email, phone))
        goto out;
      for (guint c = 0; c < N_CATS; c++)
        {
          GArray *values = g_ptr_array_index (s->value_ids, c);
          if (!rs_database_run (s->db, error,
                                "INSERT INTO person_attribute (person_id, category_id, value_id) "
                                "VALUES (?, ?, ?)",
                                "iii", person_id, g_array_index (s->cat_ids, gint64, c),
                                g_array_index (values, gint64, attrs[p][c])))
            goto out;
        }
    }

  /* Mark two of the original members as dropped out. */
  for (guint i = 7; i < s->members->len && i <= 58; i += 51)
    if (!rs_database_run (s->db, error, "UPDATE person SET status = 'dropped-out' WHERE id = ?",
                          "i", g_array_index (s->members, gint64, i)))
      goto out;
  ok = TRUE;
out:
  g_free (attrs);
  g_free (status);
  return ok;
}

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

static gboolean
create_sessions (Sample  *s,
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

static gboolean
create_labs (Sample  *s,
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
                            "(id % 7) != 3 FROM person WHERE panel_id = ?2 ORDER BY id LIMIT ?3 OFFSET ?4",
                            "iinn", session_id, s->panel_id, l == 0 ? 24 : 17, l == 0 ? 150 : 220))
        return FALSE;
      if (!add_ideas (s, session_id, lab_id, (const char **) labs[l].ideas, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
create_hearing (Sample  *s,
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

      if (!rs_database_run (s->db, error,
                            "INSERT INTO consulted_party (name, kind, email) VALUES (?, ?, ?)",
                            "ttt", parties[p][0], parties[p][1], mail))
        return FALSE;
      party_id = rs_database_last_insert_id (s->db);
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
      g_autofree char *sender = g_strdup_printf ("%s %s", first_names[(c * 7) % G_N_ELEMENTS (first_names)],
                                                 surnames[(c * 5) % G_N_ELEMENTS (surnames)]);
      g_autofree char *address = g_strdup_printf ("%s %d, 9990 Havbjerg", streets[c % G_N_ELEMENTS (streets)],
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

static gboolean
create_recommendations (Sample  *s,
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

gint64
rs_sample_create (RsDatabase *db,
                  GError    **error)
{
  Sample s = { 0 };
  gboolean ok;

  g_return_val_if_fail (RS_IS_DATABASE (db), 0);

  s.db = db;
  s.rand = g_rand_new_with_seed (SAMPLE_SEED);
  s.cat_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  s.value_ids = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  s.members = g_array_new (FALSE, FALSE, sizeof (gint64));
  s.ideas = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!rs_database_begin (db, error))
    return 0;
  ok = create_process (&s, error) &&
       create_panel (&s, error) &&
       create_pool (&s, error) &&
       create_sessions (&s, error) &&
       create_labs (&s, error) &&
       create_hearing (&s, error) &&
       create_recommendations (&s, error) &&
       rs_audit_log (db, "budget_process", s.process_id, "sample", RS_SAMPLE_MUNICIPALITY, error);
  if (ok)
    ok = rs_database_commit (db, error);
  else
    rs_database_rollback (db);

  g_rand_free (s.rand);
  g_array_unref (s.cat_ids);
  g_ptr_array_unref (s.value_ids);
  g_array_unref (s.members);
  g_array_unref (s.ideas);
  return ok ? s.process_id : 0;
}
