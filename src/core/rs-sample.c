/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-sample"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-districts.h"
#include "rs-process-store.h"
#include "rs-sample.h"
#include "rs-sample-private.h"

/*
 * The sample budget process. It is generated from a fixed seed, so every
 * run writes the same rows; the people are invented (random pairs of common
 * Danish first names and surnames in a municipality that does not exist).
 */

#define SAMPLE_SEED 20270101
#define YEAR 2026   /* Budget 2027 is prepared and adopted in 2026. */


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

const char * const _rs_sample_first_names[] = {
  "Anne", "Mette", "Kirsten", "Hanne", "Helle", "Susanne", "Lene", "Maria", "Marianne", "Camilla",
  "Louise", "Charlotte", "Pia", "Tina", "Julie", "Emma", "Ida", "Sofie", "Freja", "Amalie",
  "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Anders",
  "Morten", "Jesper", "Mads", "Rasmus", "Mikkel", "Frederik", "Emil", "Oliver", "Ahmed", "Fatima",
  "Ali", "Leyla", "Omar", "Aisha", "Piotr", "Agnieszka", "Mehmet", "Elif", "Noor", "Yusuf",
};
const char * const _rs_sample_surnames[] = {
  "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
  "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
  "Poulsen", "Johansen", "Møller", "Mortensen", "Holm", "Lund", "Bak", "Dam", "Østergaard",
  "Kaya", "Yilmaz", "Hussein", "Kowalski", "Ali",
};
const char * const _rs_sample_streets[] = {
  "Havnegade", "Skolevej", "Kirkestræde", "Bøgevej", "Strandvejen", "Møllebakken", "Engvej",
  "Toftevej", "Ahornvej", "Vestergade", "Nørregade", "Skovbrynet", "Lærkevej", "Rosenvænget",
};

const guint _rs_sample_n_first_names = G_N_ELEMENTS (_rs_sample_first_names);
const guint _rs_sample_n_surnames = G_N_ELEMENTS (_rs_sample_surnames);
const guint _rs_sample_n_streets = G_N_ELEMENTS (_rs_sample_streets);

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
  g_autofree char *name = NULL;
  int n_before = 0;
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

  /* Added again, the sample is a second process with a name of its own
   * ("Budget 2027 (2)"); the consulted parties are shared. */
  {
    g_autoptr(RsStatement) count = rs_database_query (s->db, error,
                                                       "SELECT count(*) FROM budget_process "
                                                       "WHERE name = 'Budget 2027' OR name GLOB "
                                                       "'Budget 2027 ([0-9]*)'", NULL);
    if (count == NULL)
      return FALSE;
    if (rs_statement_step (count) != RS_SQL_ROW)
      return rs_database_set_error (s->db, rs_database_errcode (s->db), error);
    n_before = rs_statement_column_int (count, 0);
  }
  name = n_before == 0 ? g_strdup ("Budget 2027") : g_strdup_printf ("Budget 2027 (%d)", n_before + 1);
  if (!rs_database_run (s->db, error,
                        "INSERT INTO budget_process (name, budget_year, municipality_code, "
                        "municipality_name, description) VALUES (?, 2027, '999', ?, ?)",
                        "ttt", name, RS_SAMPLE_MUNICIPALITY,
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
      gboolean stood_in = FALSE;
      gint64 person_id;
      int street = g_rand_int_range (s->rand, 0, _rs_sample_n_streets);
      int number = g_rand_int_range (s->rand, 1, 120);

      name = g_strdup_printf ("%s %s",
                              _rs_sample_first_names[g_rand_int_range (s->rand, 0, _rs_sample_n_first_names)],
                              _rs_sample_surnames[g_rand_int_range (s->rand, 0, _rs_sample_n_surnames)]);
      /* Every 40th volunteer shares an address with the one before. */
      if (p % 40 == 39 && household != NULL)
        address = g_strdup (household);
      else
        address = g_strdup_printf ("%s %d", _rs_sample_streets[street], number);
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
          stood_in = TRUE;
        }

      if (!rs_database_run (s->db, error,
                            "INSERT INTO person (panel_id, external_id, pseudonym, status, "
                            "household_key, role) VALUES (?, ?, ?, ?, lower(?), ?)",
                            "itttt" "t", s->panel_id, external, pseudonym, status[p], address, role))
        goto out;
      person_id = rs_database_last_insert_id (s->db);
      if (g_str_equal (status[p], "selected"))
        g_array_append_val (s->members, person_id);
      if (stood_in)
        g_array_append_val (s->stood_in, person_id);

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
  s.stood_in = g_array_new (FALSE, FALSE, sizeof (gint64));
  s.ideas = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!rs_database_begin (db, error))
    return 0;
  ok = create_process (&s, error) &&
       create_panel (&s, error) &&
       create_pool (&s, error) &&
       _rs_sample_record_draw (&s, error) &&
       _rs_sample_create_sessions (&s, error) &&
       _rs_sample_create_labs (&s, error) &&
       _rs_sample_create_hearing (&s, error) &&
       _rs_sample_create_recommendations (&s, error) &&
       rs_districts_preset (db, s.process_id, NULL, error) &&
       rs_audit_log (db, "budget_process", s.process_id, "sample", RS_SAMPLE_MUNICIPALITY, error);
  if (ok)
    ok = rs_database_commit (db, error);
  else
    rs_database_rollback (db);

  g_rand_free (s.rand);
  g_array_unref (s.cat_ids);
  g_ptr_array_unref (s.value_ids);
  g_array_unref (s.members);
  g_array_unref (s.stood_in);
  g_array_unref (s.ideas);
  return ok ? s.process_id : 0;
}

static gpointer
create_sample_job (RsDatabase   *db,
                   gpointer      data,
                   GCancellable *cancellable,
                   GError      **error)
{
  gint64 id = rs_sample_create (db, error);

  return id ? g_memdup2 (&id, sizeof id) : NULL;
}

void
rs_sample_create_async (RsDatabase         *db,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  rs_database_run_async (db, create_sample_job, NULL, NULL, g_free, cancellable, callback, user_data);
}

gint64
rs_sample_create_finish (RsDatabase   *db,
                         GAsyncResult *result,
                         GError      **error)
{
  g_autofree gint64 *id = rs_database_run_finish (db, result, error);

  return id ? *id : 0;
}
