/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-invitations"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "rs-age-bands.h"
#include "rs-csv-reader.h"
#include "rs-districts.h"
#include "rs-invitations.h"
#include "rs-involvement-error.h"
#include "rs-pool-store.h"
#include "rs-process-store.h"

#define DRAW_ALGORITHM "stratified-by-district/largest-remainder/fisher-yates-grand-1"

/* ---- The address list ---- */

static gboolean
process_exists (RsDatabase *db,
                gint64      process_id,
                GError    **error)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error,
                                                    "SELECT 1 FROM budget_process WHERE id = ?",
                                                    "i", process_id);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    return TRUE;
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
               _("There is no budget process with id %lld."), (long long) process_id);
  return FALSE;
}

/* Names of the process's districts, case-folded -> the list's spelling. */
static GHashTable *
load_district_names (RsDatabase *db,
                     gint64      process_id,
                     GError    **error)
{
  g_autoptr(GPtrArray) list = rs_districts_list (db, process_id, error);
  GHashTable *names;

  if (list == NULL)
    return NULL;
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < list->len; i++)
    {
      RsDistrict *d = g_ptr_array_index (list, i);
      g_hash_table_insert (names, g_utf8_casefold (d->name, -1), g_strdup (d->name));
    }
  return names;
}

static void
add_note (GString    *notes,
          const char *note)
{
  if (notes->len > 0)
    g_string_append (notes, "; ");
  g_string_append (notes, note);
}

gboolean
rs_invitations_import_addresses (RsDatabase *db,
                                 gint64      process_id,
                                 GBytes     *bytes,
                                 const char *file_name,
                                 guint      *n_imported,
                                 guint      *n_flagged,
                                 GError    **error)
{
  static const char * const h_ref[] = { "ref", "id", "address_id", "adresse_id", "løbenr", "nr", NULL };
  static const char * const h_address[] = { "address", "adresse", "vejnavn og husnummer", NULL };
  static const char * const h_postcode[] = { "postcode", "postnr", "postnr.", "postnummer", "zip", NULL };
  static const char * const h_district[] = { "district", "bydel", "lokalområde", "område", NULL };
  static const char * const h_age[] = { "age_band", "age", "alder", "aldersgruppe", NULL };
  static const char * const h_gender[] = { "gender", "køn", "sex", NULL };
  g_autoptr(RsCsvReader) reader = NULL;
  g_autoptr(GHashTable) districts = NULL;
  GPtrArray *row = NULL;
  int c_ref, c_address, c_postcode, c_district, c_age, c_gender;
  guint imported = 0, flagged = 0;
  gint64 existing = 0;

  if (!process_exists (db, process_id, error))
    return FALSE;
  if ((reader = rs_csv_reader_new (bytes, file_name, error)) == NULL)
    return FALSE;
  if (!rs_csv_reader_next (reader, &row, error))
    {
      if (error && *error == NULL)
        g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                     _("%s: the file is empty."), file_name);
      return FALSE;
    }
  c_ref = _rs_involvement_find_heading (row, h_ref);
  c_address = _rs_involvement_find_heading (row, h_address);
  c_postcode = _rs_involvement_find_heading (row, h_postcode);
  c_district = _rs_involvement_find_heading (row, h_district);
  c_age = _rs_involvement_find_heading (row, h_age);
  c_gender = _rs_involvement_find_heading (row, h_gender);
  if (c_address < 0 || c_district < 0)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   _("%s, line 1: the headings need an address column (address, adresse) and a "
                     "district column (district, bydel)."), file_name);
      return FALSE;
    }
  if ((districts = load_district_names (db, process_id, error)) == NULL)
    return FALSE;
  if (!rs_database_begin (db, error))
    return FALSE;
  {
    g_autoptr(RsStatement) count = rs_database_query (db, error, "SELECT count(*) FROM "
                                                       "invitation_address WHERE process_id = ?",
                                                       "i", process_id);
    if (count == NULL)
      goto fail;
    if (rs_statement_step (count) == RS_SQL_ROW)
      existing = rs_statement_column_int64 (count, 0);
  }
  for (;;)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(GString) notes = g_string_new (NULL);
      g_autofree char *ref = NULL;
      g_autofree char *district = NULL;
      g_autofree char *key = NULL;
      const char *address, *postcode, *d;
      guint line;

      if (!rs_csv_reader_next (reader, &row, &local))
        {
          if (local != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              goto fail;
            }
          break;
        }
      line = rs_csv_reader_get_line (reader);
      address = _rs_involvement_field (row, c_address);
      postcode = _rs_involvement_field (row, c_postcode);
      d = _rs_involvement_field (row, c_district);
      ref = g_strdup (_rs_involvement_field (row, c_ref));
      if (*ref == '\0')
        {
          g_free (ref);
          ref = g_strdup_printf ("A%05" G_GINT64_FORMAT, existing + imported + 1);
        }
      if (*address == '\0')
        add_note (notes, _("no address"));
      if (*postcode == '\0')
        add_note (notes, _("no postcode"));
      if (*d == '\0')
        add_note (notes, _("no district"));
      else if (g_hash_table_size (districts) > 0)
        {
          g_autofree char *folded = g_utf8_casefold (d, -1);
          const char *known = g_hash_table_lookup (districts, folded);

          if (known != NULL)
            district = g_strdup (known);
          else
            add_note (notes, _("district not in the list"));
        }
      if (district == NULL)
        district = g_strdup (d);
      key = *address != '\0' ? rs_pool_normalise_address (address, postcode)
                             : g_strconcat ("ref:", ref, NULL);
      for (guint attempt = 1;; attempt++)
        {
          if (!rs_database_run (db, &local,
                                "INSERT INTO invitation_address (process_id, ref, address, postcode, "
                                "district, age_band, gender, household_key, review_note) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT (process_id, ref) DO NOTHING",
                                "ittttttt" "t", process_id, ref, address, postcode, district,
                                _rs_involvement_field (row, c_age),
                                _rs_involvement_field (row, c_gender), key, notes->str))
            {
              g_prefix_error (&local, _("%s, line %u: "), file_name, line);
              g_propagate_error (error, g_steal_pointer (&local));
              goto fail;
            }
          if (rs_database_changes (db) > 0)
            break;
          /* A ref seen before: the row goes in under a new ref, flagged. */
          if (attempt == 1)
            add_note (notes, _("repeated ref"));
          g_free (ref);
          ref = g_strdup_printf ("%s-%u", _rs_involvement_field (row, c_ref), attempt + 1);
        }
      imported++;
      if (notes->len > 0)
        flagged++;
    }
  if (!rs_audit_log (db, "invitation_address", process_id, "import", file_name, error))
    goto fail;
  if (!rs_database_commit (db, error))
    return FALSE;
  if (n_imported)
    *n_imported = imported;
  if (n_flagged)
    *n_flagged = flagged;
  return TRUE;
fail:
  rs_database_rollback (db);
  return FALSE;
}

/* ---- The draw ---- */

GHashTable *
rs_invitations_parse_weights (const char *text,
                              GError    **error)
{
  g_autoptr(GHashTable) weights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) parts = NULL;

  if (text == NULL || *text == '\0')
    return g_steal_pointer (&weights);
  /* "A=2,B=1.5", or with a decimal comma "A=2;B=1,5". */
  parts = g_strsplit (text, strchr (text, ';') ? ";" : ",", -1);
  for (guint i = 0; parts[i]; i++)
    {
      g_auto(GStrv) kv = g_strsplit (parts[i], "=", 2);
      g_autofree char *number = NULL;
      char *end = NULL;
      double w;

      if (kv[0] == NULL || (*g_strstrip (kv[0]) == '\0' && kv[1] == NULL))
        continue;
      if (kv[1] == NULL || *kv[0] == '\0')
        {
          g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                       _("Write a weight as DISTRICT=WEIGHT, not “%s”."), g_strstrip (parts[i]));
          return NULL;
        }
      /* A decimal comma as Danish users type it. */
      number = g_strdelimit (g_strstrip (g_strdup (kv[1])), ",", '.');
      w = g_ascii_strtod (number, &end);
      if (*number == '\0' || *end != '\0' || !(w >= 0) || w > 100)
        {
          g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                       _("The weight of “%s” must be a number from 0 to 100, not “%s”."),
                       kv[0], kv[1]);
          return NULL;
        }
      g_hash_table_insert (weights, g_strdup (kv[0]), g_memdup2 (&w, sizeof w));
    }
  return g_steal_pointer (&weights);
}

typedef struct
{
  char   *name;
  double  weight;
  GArray *households;   /* gint64 address ids, one per household */
  guint   quota;
  double  remainder;
  gboolean capped;
} Stratum;

static void
stratum_free (gpointer data)
{
  Stratum *s = data;

  g_free (s->name);
  g_array_unref (s->households);
  g_free (s);
}

static int
compare_strata (gconstpointer a,
                gconstpointer b)
{
  return strcmp ((*(Stratum **) a)->name, (*(Stratum **) b)->name);
}

/* Largest remainders, capped at each stratum's households; a stratum that
 * would get more than it has gets all of them and the rest is shared
 * again among the others. */
static void
allocate (GPtrArray *strata,
          guint      total)
{
  double mass;
  guint left, given = 0;
  gboolean again;

  do
    {
      mass = 0;
      left = total;
      again = FALSE;
      for (guint i = 0; i < strata->len; i++)
        {
          Stratum *s = g_ptr_array_index (strata, i);
          if (s->capped)
            left -= s->quota;
          else
            mass += s->weight * s->households->len;
        }
      for (guint i = 0; i < strata->len; i++)
        {
          Stratum *s = g_ptr_array_index (strata, i);
          double exact;

          if (s->capped)
            continue;
          exact = mass > 0 ? left * s->weight * s->households->len / mass : 0;
          if (exact > s->households->len)
            {
              s->capped = TRUE;
              s->quota = s->households->len;
              again = TRUE;
            }
        }
    }
  while (again);

  for (guint i = 0; i < strata->len; i++)
    {
      Stratum *s = g_ptr_array_index (strata, i);
      double exact;

      if (!s->capped)
        {
          exact = mass > 0 ? left * s->weight * s->households->len / mass : 0;
          s->quota = MIN ((guint) exact, s->households->len);
          s->remainder = exact - s->quota;
        }
      given += s->quota;
    }
  /* Hand out what the floors left, largest remainder first (ties in name
   * order). */
  while (given < total)
    {
      Stratum *best = NULL;
      for (guint i = 0; i < strata->len; i++)
        {
          Stratum *s = g_ptr_array_index (strata, i);
          if (s->capped || s->quota >= s->households->len || s->weight <= 0)
            continue;
          if (best == NULL || s->remainder > best->remainder)
            best = s;
        }
      if (best == NULL)
        break;
      best->quota++;
      best->remainder = -1;
      given++;
    }
}

gint64
rs_invitations_draw (RsDatabase *db,
                     gint64      process_id,
                     guint       households,
                     guint64     seed,
                     GHashTable *weights,
                     GError    **error)
{
  g_autoptr(GPtrArray) strata = g_ptr_array_new_with_free_func (stratum_free);
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GString) weights_text = g_string_new (NULL);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *allocation = NULL;
  g_autofree char *seed_text = NULL;
  g_autoptr(RsStatement) insert = NULL;
  g_autoptr(GRand) rand = NULL;
  guint32 seed_words[2] = { (guint32) (seed & 0xffffffffu), (guint32) (seed >> 32) };
  guint total_households = 0, rank = 0;
  gint64 draw_id = 0;
  int rc;

  if (!process_exists (db, process_id, error))
    return 0;
  if (households == 0)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   _("Draw at least one household."));
      return 0;
    }
  if (!rs_database_begin (db, error))
    return 0;
  {
    /* One row per household: the first address of it stands for it. */
    g_autoptr(RsStatement) stmt =
      rs_database_query (db, error,
                         "SELECT a.id, a.household_key, a.district FROM invitation_address a "
                         "WHERE a.process_id = ? AND a.id = (SELECT min(b.id) FROM invitation_address b "
                         "WHERE b.process_id = a.process_id AND b.household_key = a.household_key) "
                         "ORDER BY a.household_key",
                         "i", process_id);
    if (stmt == NULL)
      goto fail;
    while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
      {
        gint64 id = rs_statement_column_int64 (stmt, 0);
        const char *key = (const char *) rs_statement_column_text (stmt, 1);
        g_autofree char *district = rs_column_dup_text (stmt, 2);
        Stratum *s = g_hash_table_lookup (by_name, district);

        if (s == NULL)
          {
            s = g_new0 (Stratum, 1);
            s->name = g_strdup (district);
            s->weight = 1;
            s->households = g_array_new (FALSE, FALSE, sizeof (gint64));
            g_ptr_array_add (strata, s);
            g_hash_table_insert (by_name, s->name, s);
          }
        g_array_append_val (s->households, id);
        g_checksum_update (checksum, (const guchar *) key, -1);
        g_checksum_update (checksum, (const guchar *) "\t", 1);
        g_checksum_update (checksum, (const guchar *) district, -1);
        g_checksum_update (checksum, (const guchar *) "\n", 1);
        total_households++;
      }
    if (rc != RS_SQL_DONE)
      {
        rs_database_set_error (db, rc, error);
        goto fail;
      }
  }
  if (households > total_households)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   ngettext ("Cannot draw %u households: the address list has only %u household.",
                             "Cannot draw %u households: the address list has only %u households.",
                             total_households), households, total_households);
      goto fail;
    }
  g_ptr_array_sort (strata, compare_strata);
  if (weights != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, weights);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          g_autofree char *wanted = g_utf8_casefold (key, -1);
          gboolean found = FALSE;

          for (guint i = 0; i < strata->len; i++)
            {
              Stratum *s = g_ptr_array_index (strata, i);
              g_autofree char *folded = g_utf8_casefold (s->name, -1);
              if (g_str_equal (folded, wanted))
                {
                  s->weight = *(double *) value;
                  found = TRUE;
                }
            }
          if (!found)
            {
              g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                           _("There is no district “%s” in the address list."), (char *) key);
              goto fail;
            }
        }
    }
  for (guint i = 0; i < strata->len; i++)
    {
      Stratum *s = g_ptr_array_index (strata, i);
      if (s->weight != 1)
        {
          g_autofree char *w = g_strdup_printf ("%g", s->weight);
          g_strdelimit (w, ",", '.');
          g_string_append_printf (weights_text, "%s%s=%s", weights_text->len ? "," : "",
                                  s->name, w);
        }
    }
  allocate (strata, households);
  {
    guint given = 0;
    for (guint i = 0; i < strata->len; i++)
      given += ((Stratum *) g_ptr_array_index (strata, i))->quota;
    if (given < households)
      {
        g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                     _("Cannot draw %u households: the districts with a weight above 0 have only "
                       "%u."), households, given);
        goto fail;
      }
  }

  json_builder_begin_object (builder);
  for (guint i = 0; i < strata->len; i++)
    {
      Stratum *s = g_ptr_array_index (strata, i);
      json_builder_set_member_name (builder, s->name);
      json_builder_add_int_value (builder, s->quota);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  allocation = json_generator_to_data (generator, NULL);
  seed_text = g_strdup_printf ("%" G_GUINT64_FORMAT, seed);

  if (!rs_database_run (db, error,
                        "INSERT INTO invitation_draw (process_id, households, seed, weights, "
                        "input_sha256, algorithm, allocation) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        "inttttt", process_id, (int) households, seed_text, weights_text->str,
                        g_checksum_get_string (checksum), DRAW_ALGORITHM, allocation))
    goto fail;
  draw_id = rs_database_last_insert_id (db);
  insert = rs_database_prepare (db, "INSERT INTO invitation (draw_id, address_id, rank, district) "
                                "VALUES (?, ?, ?, ?)", error);
  if (insert == NULL)
    goto fail;
  rand = g_rand_new_with_seed_array (seed_words, 2);
  for (guint i = 0; i < strata->len; i++)
    {
      Stratum *s = g_ptr_array_index (strata, i);
      gint64 *ids = (gint64 *) s->households->data;

      /* A partial Fisher–Yates shuffle: the first quota ids are the sample. */
      for (guint k = 0; k < s->quota; k++)
        {
          guint j = k + (guint) g_rand_int_range (rand, 0, (gint32) (s->households->len - k));
          gint64 t = ids[k];
          ids[k] = ids[j];
          ids[j] = t;

          rs_statement_reset (insert);
          rs_statement_bind_int64 (insert, 1, draw_id);
          rs_statement_bind_int64 (insert, 2, ids[k]);
          rs_statement_bind_int (insert, 3, (int) ++rank);
          rs_statement_bind_text (insert, 4, s->name, -1);
          if ((rc = rs_statement_step (insert)) != RS_SQL_DONE)
            {
              rs_database_set_error (db, rc, error);
              goto fail;
            }
        }
    }
  {
    g_autofree char *details = g_strdup_printf ("households=%u seed=%s", households, seed_text);
    if (!rs_audit_log (db, "invitation_draw", draw_id, "draw", details, error))
      goto fail;
  }
  if (!rs_database_commit (db, error))
    return 0;
  return draw_id;
fail:
  rs_database_rollback (db);
  return 0;
}

void
rs_invitation_draw_free (RsInvitationDraw *draw)
{
  if (draw == NULL)
    return;
  g_free (draw->seed);
  g_free (draw->weights);
  g_free (draw->input_sha256);
  g_free (draw->algorithm);
  g_free (draw->allocation);
  g_free (draw->created_at);
  g_free (draw);
}

GPtrArray *
rs_invitations_list_draws (RsDatabase *db,
                           gint64      process_id,
                           GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_invitation_draw_free);
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  if (!process_exists (db, process_id, error))
    return NULL;
  stmt = rs_database_query (db, error, "SELECT id, households, seed, weights, input_sha256, "
                            "algorithm, allocation, created_at FROM invitation_draw "
                            "WHERE process_id = ? ORDER BY id DESC", "i", process_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsInvitationDraw *d = g_new0 (RsInvitationDraw, 1);
      d->id = rs_statement_column_int64 (stmt, 0);
      d->households = rs_statement_column_int (stmt, 1);
      d->seed = rs_column_dup_text (stmt, 2);
      d->weights = rs_column_dup_text (stmt, 3);
      d->input_sha256 = rs_column_dup_text (stmt, 4);
      d->algorithm = rs_column_dup_text (stmt, 5);
      d->allocation = rs_column_dup_text (stmt, 6);
      d->created_at = rs_column_dup_text (stmt, 7);
      g_ptr_array_add (list, d);
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

gint64
rs_invitations_latest_draw (RsDatabase *db,
                            gint64      process_id,
                            GError    **error)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error,
                                                    "SELECT max(id) FROM invitation_draw "
                                                    "WHERE process_id = ?", "i", process_id);
  if (stmt == NULL || rs_statement_step (stmt) != RS_SQL_ROW)
    return 0;
  return rs_statement_column_int64 (stmt, 0);
}

/* ---- Replies ---- */

/* 1 yes, 0 no, -1 unreadable. */
static int
parse_answer (const char *text)
{
  static const char * const yes[] = { "yes", "ja", "j", "y", "1", "true", "x", "tilmeldt", NULL };
  static const char * const no[] = { "no", "nej", "n", "0", "false", "afbud", "nej tak", NULL };
  g_autofree char *folded = g_utf8_casefold (text, -1);

  if (g_strv_contains (yes, folded))
    return 1;
  if (g_strv_contains (no, folded))
    return 0;
  return -1;
}

/* "e-mail", "post", NULL for none; *odd set when the text is not known. */
static const char *
parse_channel (const char *text,
               gboolean   *odd)
{
  static const char * const mail[] = { "e-mail", "email", "mail", "digital", "digital post",
                                       "e-boks", "web", "online", "net", "formular", NULL };
  static const char * const post[] = { "post", "brev", "letter", "paper", "papir",
                                       "svarkuvert", NULL };
  g_autofree char *folded = g_utf8_casefold (text, -1);

  *odd = FALSE;
  if (*folded == '\0')
    return NULL;
  if (g_strv_contains (mail, folded))
    return "e-mail";
  if (g_strv_contains (post, folded))
    return "post";
  *odd = TRUE;
  return NULL;
}

gboolean
rs_invitations_import_replies (RsDatabase *db,
                               gint64      process_id,
                               GBytes     *bytes,
                               const char *file_name,
                               guint      *n_imported,
                               guint      *n_flagged,
                               GError    **error)
{
  static const char * const h_ref[] = { "ref", "id", "address_id", "adresse_id", "løbenr", "nr", NULL };
  static const char * const h_reply[] = { "replied", "reply", "answer", "svar", "tilmelding", NULL };
  static const char * const h_channel[] = { "channel", "kanal", "via", NULL };
  static const char * const h_name[] = { "name", "navn", NULL };
  static const char * const h_email[] = { "email", "e-mail", "mail", NULL };
  static const char * const h_phone[] = { "phone", "telefon", "tlf", "tlf.", "mobil", NULL };
  static const char * const h_age[] = { "age_band", "age", "alder", "aldersgruppe", NULL };
  static const char * const h_gender[] = { "gender", "køn", "sex", NULL };
  static const char * const h_date[] = { "date", "dato", "replied_on", "modtaget", NULL };
  g_autoptr(RsCsvReader) reader = NULL;
  GPtrArray *row = NULL;
  int c_ref, c_reply, c_channel, c_name, c_email, c_phone, c_age, c_gender, c_date;
  guint imported = 0, flagged = 0;
  gint64 draw_id;

  if (!process_exists (db, process_id, error))
    return FALSE;
  draw_id = rs_invitations_latest_draw (db, process_id, error);
  if (draw_id == 0)
    {
      if (error && *error == NULL)
        g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                     _("This process has no invitation draw yet; draw the invitations first."));
      return FALSE;
    }
  if ((reader = rs_csv_reader_new (bytes, file_name, error)) == NULL)
    return FALSE;
  if (!rs_csv_reader_next (reader, &row, error))
    {
      if (error && *error == NULL)
        g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                     _("%s: the file is empty."), file_name);
      return FALSE;
    }
  c_ref = _rs_involvement_find_heading (row, h_ref);
  c_reply = _rs_involvement_find_heading (row, h_reply);
  c_channel = _rs_involvement_find_heading (row, h_channel);
  c_name = _rs_involvement_find_heading (row, h_name);
  c_email = _rs_involvement_find_heading (row, h_email);
  c_phone = _rs_involvement_find_heading (row, h_phone);
  c_age = _rs_involvement_find_heading (row, h_age);
  c_gender = _rs_involvement_find_heading (row, h_gender);
  c_date = _rs_involvement_find_heading (row, h_date);
  if (c_ref < 0 || c_reply < 0)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   _("%s, line 1: the headings need a ref column (ref, id) and a reply column "
                     "(replied, svar)."), file_name);
      return FALSE;
    }
  if (!rs_database_begin (db, error))
    return FALSE;
  for (;;)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(RsStatement) find = NULL;
      const char *ref, *channel, *date;
      gboolean odd_channel;
      gint64 invitation_id;
      guint line;
      int answer, rc;

      if (!rs_csv_reader_next (reader, &row, &local))
        {
          if (local != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local));
              goto fail;
            }
          break;
        }
      line = rs_csv_reader_get_line (reader);
      ref = _rs_involvement_field (row, c_ref);
      answer = parse_answer (_rs_involvement_field (row, c_reply));
      channel = parse_channel (_rs_involvement_field (row, c_channel), &odd_channel);
      date = _rs_involvement_field (row, c_date);
      if (answer < 0)
        {
          g_debug ("%s, line %u: “%s” is neither yes nor no", file_name, line,
                   _rs_involvement_field (row, c_reply));
          flagged++;
          continue;
        }
      /* The reply may carry the ref of any resident of the household. */
      find = rs_database_query (db, error,
                                "SELECT i.id FROM invitation i JOIN invitation_address a "
                                "ON a.id = i.address_id WHERE i.draw_id = ? AND a.household_key = "
                                "(SELECT household_key FROM invitation_address WHERE process_id = ? "
                                "AND ref = ?)", "iit", draw_id, process_id, ref);
      if (find == NULL)
        goto fail;
      if ((rc = rs_statement_step (find)) != RS_SQL_ROW)
        {
          if (rc != RS_SQL_DONE)
            {
              rs_database_set_error (db, rc, error);
              goto fail;
            }
          g_debug ("%s, line %u: “%s” was not invited", file_name, line, ref);
          flagged++;
          continue;
        }
      invitation_id = rs_statement_column_int64 (find, 0);
      if (!rs_database_run (db, &local,
                            "UPDATE invitation SET replied = ?, channel = ?, replied_on = ?, "
                            "name = ?, email = ?, phone = ?, age_band = ?, gender = ? WHERE id = ?",
                            "nttttttt" "i", answer, channel, *date ? date : NULL,
                            _rs_involvement_field (row, c_name),
                            _rs_involvement_field (row, c_email),
                            _rs_involvement_field (row, c_phone),
                            _rs_involvement_field (row, c_age),
                            _rs_involvement_field (row, c_gender), invitation_id))
        {
          g_prefix_error (&local, _("%s, line %u: "), file_name, line);
          g_propagate_error (error, g_steal_pointer (&local));
          goto fail;
        }
      imported++;
      if (odd_channel)
        flagged++;
    }
  if (!rs_audit_log (db, "invitation_draw", draw_id, "import-replies", file_name, error))
    goto fail;
  if (!rs_database_commit (db, error))
    return FALSE;
  if (n_imported)
    *n_imported = imported;
  if (n_flagged)
    *n_flagged = flagged;
  return TRUE;
fail:
  rs_database_rollback (db);
  return FALSE;
}

/* ---- Rates ---- */

static void
rate_free (gpointer data)
{
  RsInvitationRate *rate = data;

  if (rate == NULL)
    return;
  g_free (rate->label);
  g_free (rate);
}

void
rs_invitation_rates_free (RsInvitationRates *rates)
{
  if (rates == NULL)
    return;
  rate_free (rates->total);
  g_clear_pointer (&rates->districts, g_ptr_array_unref);
  g_clear_pointer (&rates->channels, g_ptr_array_unref);
  g_free (rates);
}

static gboolean
read_rates (RsDatabase *db,
            const char *sql,
            gint64      draw_id,
            gint64      process_id,
            GPtrArray  *into,
            GError    **error)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, sql, "ii", draw_id, process_id);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsInvitationRate *rate = g_new0 (RsInvitationRate, 1);
      rate->label = rs_column_dup_text (stmt, 0);
      if (rate->label == NULL)
        rate->label = g_strdup ("");
      rate->invited = rs_statement_column_int (stmt, 1);
      rate->replies = rs_statement_column_int (stmt, 2);
      rate->yes = rs_statement_column_int (stmt, 3);
      g_ptr_array_add (into, rate);
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  return TRUE;
}

RsInvitationRates *
rs_invitations_rates (RsDatabase *db,
                      gint64      process_id,
                      GError    **error)
{
  g_autoptr(RsInvitationRates) rates = g_new0 (RsInvitationRates, 1);
  g_autoptr(GPtrArray) total = g_ptr_array_new_with_free_func (rate_free);

  if (!process_exists (db, process_id, error))
    return NULL;
  rates->draw_id = rs_invitations_latest_draw (db, process_id, error);
  if (rates->draw_id == 0)
    {
      if (error && *error == NULL)
        g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                     _("This process has no invitation draw yet; draw the invitations first."));
      return NULL;
    }
  rates->districts = g_ptr_array_new_with_free_func (rate_free);
  rates->channels = g_ptr_array_new_with_free_func (rate_free);
  if (!read_rates (db,
                   "SELECT '', count(*), count(replied), coalesce(sum(replied), 0) "
                   "FROM invitation WHERE draw_id = ?1 AND ?2 = ?2", rates->draw_id, process_id,
                   total, error) ||
      !read_rates (db,
                   "SELECT i.district, count(*), count(i.replied), coalesce(sum(i.replied), 0) "
                   "FROM invitation i LEFT JOIN district d ON d.process_id = ?2 AND "
                   "d.name = i.district WHERE i.draw_id = ?1 GROUP BY i.district "
                   "ORDER BY coalesce(min(d.position), 1e9), i.district",
                   rates->draw_id, process_id, rates->districts, error) ||
      !read_rates (db,
                   "SELECT channel, 0, count(*), coalesce(sum(replied), 0) FROM invitation "
                   "WHERE draw_id = ?1 AND ?2 = ?2 AND replied IS NOT NULL AND channel IS NOT NULL "
                   "GROUP BY channel ORDER BY channel", rates->draw_id, process_id,
                   rates->channels, error))
    return NULL;
  rates->total = g_ptr_array_steal_index (total, 0);
  return g_steal_pointer (&rates);
}

char *
rs_invitations_format_count (guint count,
                             int   small_cell_limit)
{
  if (small_cell_limit > 0 && count > 0 && count < (guint) small_cell_limit)
    return g_strdup_printf ("< %d", small_cell_limit);
  return g_strdup_printf ("%u", count);
}

char *
rs_invitations_format_rate (guint count,
                            guint denominator,
                            int   small_cell_limit)
{
  if (denominator == 0 ||
      (small_cell_limit > 0 && (denominator < (guint) small_cell_limit ||
                                (count > 0 && count < (guint) small_cell_limit))))
    return g_strdup ("–");
  /* TRANSLATORS: a percentage, e.g. "61 %" */
  return g_strdup_printf (_("%u %%"), (guint) (100.0 * count / denominator + 0.5));
}

/* ---- Into the pool ---- */

typedef struct
{
  char   *preset;
  gint64  category_id;
  gint64  value_id;
  char   *name;
  char   *names;   /* case-folded name, code and aliases, "|"-separated */
} ValueMatch;

static void
value_match_free (gpointer data)
{
  ValueMatch *m = data;

  g_free (m->preset);
  g_free (m->name);
  g_free (m->names);
  g_free (m);
}

static gint64
match_value (GPtrArray  *values,
             const char *preset,
             const char *text)
{
  g_autofree char *folded = NULL;
  int lo, hi;

  if (text == NULL || *text == '\0')
    return 0;
  folded = g_utf8_casefold (text, -1);
  for (guint i = 0; i < values->len; i++)
    {
      ValueMatch *m = g_ptr_array_index (values, i);
      g_auto(GStrv) names = NULL;

      if (g_strcmp0 (m->preset, preset) != 0)
        continue;
      names = g_strsplit (m->names, "|", -1);
      if (g_strv_contains ((const char * const *) names, folded))
        return m->value_id;
    }
  /* Age bands by their bounds: "18-29" finds "18-29 år". */
  if (g_str_equal (preset, "age") && rs_age_band_parse (text, &lo, &hi))
    for (guint i = 0; i < values->len; i++)
      {
        ValueMatch *m = g_ptr_array_index (values, i);
        int vlo, vhi;

        if (g_str_equal (m->preset, "age") && rs_age_band_parse (m->name, &vlo, &vhi) &&
            vlo == lo && vhi == hi)
          return m->value_id;
      }
  return 0;
}

gboolean
rs_invitations_to_pool (RsDatabase *db,
                        gint64      panel_id,
                        guint      *n_added,
                        GError    **error)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (value_match_free);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_person_data_free);
  g_autoptr(GArray) invitation_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 process_id = 0, draw_id;
  guint added = 0;
  int rc;

  if (n_added)
    *n_added = 0;
  {
    g_autoptr(RsStatement) stmt = rs_database_query (db, error,
                                                      "SELECT process_id FROM panel WHERE id = ?",
                                                      "i", panel_id);
    if (stmt == NULL)
      return FALSE;
    if (rs_statement_step (stmt) == RS_SQL_ROW)
      process_id = rs_statement_column_int64 (stmt, 0);
    if (process_id == 0)
      {
        g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                     _("There is no panel with id %lld."), (long long) panel_id);
        return FALSE;
      }
  }
  draw_id = rs_invitations_latest_draw (db, process_id, error);
  if (draw_id == 0)
    {
      if (error && *error == NULL)
        g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                     _("This process has no invitation draw yet; draw the invitations first."));
      return FALSE;
    }
  {
    g_autoptr(RsStatement) stmt =
      rs_database_query (db, error,
                         "SELECT c.preset, c.id, v.id, v.name, coalesce(v.code, ''), v.aliases "
                         "FROM category c JOIN category_value v ON v.category_id = c.id "
                         "WHERE c.panel_id = ? AND c.preset IN ('district', 'age', 'gender')",
                         "i", panel_id);
    if (stmt == NULL)
      return FALSE;
    while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
      {
        ValueMatch *m = g_new0 (ValueMatch, 1);
        g_autofree char *joined = g_strdup_printf ("%s|%s|%s", rs_statement_column_text (stmt, 3),
                                                   rs_statement_column_text (stmt, 4),
                                                   rs_statement_column_text (stmt, 5));
        m->preset = rs_column_dup_text (stmt, 0);
        m->category_id = rs_statement_column_int64 (stmt, 1);
        m->value_id = rs_statement_column_int64 (stmt, 2);
        m->names = g_utf8_casefold (joined, -1);
        m->name = rs_column_dup_text (stmt, 3);
        g_ptr_array_add (values, m);
      }
    if (rc != RS_SQL_DONE)
      return rs_database_set_error (db, rc, error);
  }
  {
    g_autoptr(RsStatement) stmt =
      rs_database_query (db, error,
                         "SELECT i.id, a.ref, i.name, a.address, a.postcode, i.email, i.phone, "
                         "i.district, CASE i.age_band WHEN '' THEN a.age_band ELSE i.age_band END, "
                         "CASE i.gender WHEN '' THEN a.gender ELSE i.gender END "
                         "FROM invitation i JOIN invitation_address a ON a.id = i.address_id "
                         "WHERE i.draw_id = ? AND i.replied = 1 AND i.person_id IS NULL "
                         "ORDER BY i.rank", "i", draw_id);
    if (stmt == NULL)
      return FALSE;
    while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
      {
        RsPersonData *p = rs_person_data_new ();
        gint64 id = rs_statement_column_int64 (stmt, 0);
        const char *presets[] = { "district", "age", "gender" };

        p->external_id = g_strconcat ("inv-", (const char *) rs_statement_column_text (stmt, 1), NULL);
        p->name = rs_column_dup_text (stmt, 2);
        p->address = rs_column_dup_text (stmt, 3);
        p->postcode = rs_column_dup_text (stmt, 4);
        p->email = rs_column_dup_text (stmt, 5);
        p->phone = rs_column_dup_text (stmt, 6);
        for (guint k = 0; k < G_N_ELEMENTS (presets); k++)
          {
            gint64 v = match_value (values, presets[k], (const char *) rs_statement_column_text (stmt, 7 + k));
            if (v != 0)
              g_array_append_val (p->value_ids, v);
          }
        g_ptr_array_add (people, p);
        g_array_append_val (invitation_ids, id);
      }
    if (rc != RS_SQL_DONE)
      return rs_database_set_error (db, rc, error);
  }
  /* Every person and the link back from their invitation in one
   * transaction, and the pool's duplicate and household checks once at
   * the end: all or nothing, so a second run adds only new replies. */
  if (!rs_database_begin (db, error))
    return FALSE;
  for (guint i = 0; i < people->len; i++)
    {
      gint64 person_id = rs_pool_store_add_in_transaction (db, panel_id, g_ptr_array_index (people, i),
                                                           error);

      if (person_id == 0 ||
          !rs_database_run (db, error, "UPDATE invitation SET person_id = ? WHERE id = ?", "ii",
                            person_id, g_array_index (invitation_ids, gint64, i)))
        {
          rs_database_rollback (db);
          return FALSE;
        }
      added++;
    }
  if ((people->len > 0 && rs_pool_store_flag_review (db, panel_id, error) < 0) ||
      !rs_audit_log (db, "panel", panel_id, "invitations-to-pool", "", error))
    {
      rs_database_rollback (db);
      return FALSE;
    }
  if (!rs_database_commit (db, error))
    return FALSE;
  if (n_added)
    *n_added = added;
  return TRUE;
}
