/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-response-groups"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rs-duplicates.h"
#include "rs-hearing-response.h"
#include "rs-response-groups.h"

/* 32 bands of 2 hashes: a pair with Jaccard 0.5 shares a band with
 * probability 1 − 0.75³² ≈ 0.9999; unrelated letters rarely do. */
#define N_BANDS 32
#define BAND_ROWS (RS_DUPLICATES_N_HASHES / N_BANDS)
#define THRESHOLD RS_DUPLICATES_DEFAULT_THRESHOLD
/* MinHash agreement well below the threshold rules a pair out. */
#define MIN_AGREE ((guint) ((THRESHOLD - 0.25) * RS_DUPLICATES_N_HASHES))

void
rs_response_group_free (RsResponseGroup *group)
{
  if (group == NULL)
    return;
  g_clear_object (&group->members);
  g_free (group);
}

static gint64
band_key (const guint64 *sig,
          guint          band)
{
  guint64 h = G_GUINT64_CONSTANT (1469598103934665603) ^ band;

  for (guint k = 0; k < BAND_ROWS; k++)
    h = (h ^ sig[band * BAND_ROWS + k]) * G_GUINT64_CONSTANT (1099511628211);
  return (gint64) (h >> 1);
}

static char *
response_text (RsDatabase *db,
               gint64      id)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, NULL, "SELECT text FROM hearing_response WHERE id = ?",
                                                    "I", id);

  if (stmt != NULL && rs_statement_step (stmt) == RS_SQL_ROW)
    return g_strdup ((const char *) rs_statement_column_text (stmt, 0));
  return NULL;
}

/* The group @id should join: the group of the candidate sharing a band
 * whose representative is most similar, or 0. */
static gint64
find_group (RsDatabase    *db,
            gint64         round_id,
            gint64         id,
            const char    *text,
            const guint64 *sig,
            GError       **error)
{
  g_autoptr(GString) keys = g_string_new ("[");
  g_autoptr(GHashTable) tried = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(RsStatement) stmt = NULL;
  gint64 best = 0;
  double best_j = THRESHOLD;
  int rc;

  for (guint b = 0; b < N_BANDS; b++)
    g_string_append_printf (keys, "%s%" G_GINT64_FORMAT, b ? "," : "", band_key (sig, b));
  g_string_append_c (keys, ']');
  /* Candidates with their group's representative and its signature. */
  stmt = rs_database_query (db, error,
                            "SELECT DISTINCT m.group_id, s.minhash FROM response_signature_band b "
                            "JOIN response_group_member m ON m.response_id = b.response_id "
                            "JOIN response_signature s ON s.response_id = m.group_id "
                            "WHERE b.round_id = ?1 AND b.band IN (SELECT value FROM json_each(?2)) "
                            "AND b.response_id <> ?3 AND m.excluded = 0",
                            "ItI", round_id, keys->str, id);
  if (stmt == NULL)
    return -1;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 group = rs_statement_column_int64 (stmt, 0);
      const guint64 *rep = rs_statement_column_blob (stmt, 1);
      g_autofree char *rep_text = NULL;
      guint agree = 0;
      double j;

      if (g_hash_table_contains (tried, &group) ||
          rs_statement_column_bytes (stmt, 1) != RS_DUPLICATES_N_HASHES * sizeof (guint64))
        continue;
      g_hash_table_add (tried, g_memdup2 (&group, sizeof group));
      for (guint k = 0; k < RS_DUPLICATES_N_HASHES; k++)
        agree += rep[k] == sig[k];
      if (agree < MIN_AGREE)
        continue;
      rep_text = response_text (db, group);
      j = rs_duplicates_jaccard (text, rep_text);
      if (j >= best_j)
        best = group, best_j = j;
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return -1;
    }
  return best;
}

static gboolean
insert_bands (RsDatabase    *db,
              gint64         round_id,
              gint64         response_id,
              const guint64 *sig,
              GError       **error)
{
  g_autoptr(RsStatement) insert = rs_database_query (db, error,
                                                      "INSERT INTO response_signature_band (round_id, band, "
                                                      "response_id) VALUES (?, ?, ?)", "I", round_id);

  if (insert == NULL)
    return FALSE;
  for (guint b = 0; b < N_BANDS; b++)
    {
      rs_statement_bind_int64 (insert, 2, band_key (sig, b));
      rs_statement_bind_int64 (insert, 3, response_id);
      if (!rs_database_step_done (db, insert, error))
        return FALSE;
      rs_statement_reset (insert);
    }
  return TRUE;
}

/* After a representative left its group, the new one gets band keys. */
static gboolean
band_new_representatives (RsDatabase *db,
                          GError    **error)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error,
                                                    "SELECT DISTINCT s.response_id, s.round_id, s.minhash "
                                                    "FROM response_group_member m JOIN response_signature s "
                                                    "ON s.response_id = m.group_id WHERE NOT EXISTS "
                                                    "(SELECT 1 FROM response_signature_band b "
                                                    " WHERE b.response_id = m.group_id)", "");
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (gint64) * 2 + sizeof (guint64) * RS_DUPLICATES_N_HASHES);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      struct { gint64 id, round; guint64 sig[RS_DUPLICATES_N_HASHES]; } item;
      if (rs_statement_column_bytes (stmt, 2) != sizeof item.sig)
        continue;
      item.id = rs_statement_column_int64 (stmt, 0);
      item.round = rs_statement_column_int64 (stmt, 1);
      memcpy (item.sig, rs_statement_column_blob (stmt, 2), sizeof item.sig);
      g_array_append_vals (found, &item, 1);
    }
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  for (guint i = 0; i < found->len; i++)
    {
      const gint64 *item = (const gint64 *) (gpointer) (found->data + i * g_array_get_element_size (found));
      if (!insert_bands (db, item[1], item[0], (const guint64 *) (item + 2), error))
        return FALSE;
    }
  return TRUE;
}

gboolean
rs_response_groups_add (RsDatabase  *db,
                        gint64       round_id,
                        gint64       response_id,
                        const char  *text,
                        GError     **error)
{
  guint64 sig[RS_DUPLICATES_N_HASHES];
  guint n_shingles;
  gint64 group;
  gboolean ok = FALSE;

  rs_duplicates_signature (text, sig, &n_shingles);
  rs_database_lock (db);
  group = find_group (db, round_id, response_id, text, sig, error);
  if (group < 0)
    goto out;
  {
    g_autoptr(RsStatement) stmt = rs_database_query (db, error,
                                                      "INSERT OR REPLACE INTO response_signature "
                                                      "(response_id, round_id, n_shingles, minhash) "
                                                      "VALUES (?, ?, ?, ?)", "IIn", response_id, round_id,
                                                      (int) n_shingles);
    if (stmt == NULL)
      goto out;
    rs_statement_bind_blob (stmt, 4, sig, sizeof sig);
    if (!rs_database_step_done (db, stmt, error))
      goto out;
  }
  /* Only the first response of a group is looked up by its bands: a
   * campaign of 500 is then one candidate, not 500. */
  if (!rs_database_run (db, error, "DELETE FROM response_signature_band WHERE response_id = ?", "I",
                        response_id) ||
      (group == 0 && !insert_bands (db, round_id, response_id, sig, error)))
    goto out;
  /* An excluded or hand-placed response keeps its place. */
  ok = rs_database_run (db, error,
                        "INSERT INTO response_group_member (response_id, round_id, group_id) VALUES (?1, ?2, ?3) "
                        "ON CONFLICT (response_id) DO UPDATE SET group_id = ?3 "
                        "WHERE response_group_member.excluded = 0 AND response_group_member.manual = 0",
                        "III", response_id, round_id, group > 0 ? group : response_id);
out:
  rs_database_unlock (db);
  return ok;
}

int
rs_response_groups_update (RsDatabase   *db,
                           gint64        round_id,
                           GCancellable *cancellable,
                           GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT r.id FROM hearing_response r WHERE r.round_id = ? AND NOT EXISTS "
                            "(SELECT 1 FROM response_signature s WHERE s.response_id = r.id) "
                            "ORDER BY r.received_on, r.id", "I", round_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return -1;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return -1;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autofree char *text = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return -1;
      rs_database_lock (db);
      text = response_text (db, id);
      rs_database_unlock (db);
      if (!rs_response_groups_add (db, round_id, id, text ? text : "", error))
        return -1;
    }
  return (int) ids->len;
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const RsResponseGroup *ga = *(RsResponseGroup * const *) a, *gb = *(RsResponseGroup * const *) b;
  guint na = g_list_model_get_n_items (G_LIST_MODEL (ga->members));
  guint nb = g_list_model_get_n_items (G_LIST_MODEL (gb->members));

  if (na != nb)
    return na > nb ? -1 : 1;
  return ga->id < gb->id ? -1 : ga->id > gb->id;
}

GPtrArray *
rs_response_groups_list (RsDatabase *db,
                         gint64      round_id,
                         GError    **error)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_response_group_free);
  g_autoptr(RsStatement) stmt = NULL;
  RsResponseGroup *group = NULL;
  gint64 current = 0;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT m.group_id, r.id, r.sender, r.party_type, r.received_on, r.party_id, "
                            "r.received_on > h.deadline "
                            "FROM response_group_member m JOIN hearing_response r ON r.id = m.response_id "
                            "JOIN hearing_round h ON h.id = r.round_id "
                            "WHERE m.round_id = ?1 AND m.excluded = 0 AND m.group_id IN "
                            "(SELECT group_id FROM response_group_member WHERE round_id = ?1 AND excluded = 0 "
                            " GROUP BY group_id HAVING count(*) > 1) "
                            "ORDER BY m.group_id, r.id <> m.group_id, r.received_on, r.id", "I", round_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsHearingResponse) r = rs_hearing_response_new ();
      gint64 gid = rs_statement_column_int64 (stmt, 0);

      if (group == NULL || current != gid)
        {
          group = g_new0 (RsResponseGroup, 1);
          /* The first listed: the representative, or, when it was deleted,
           * the first received of the rest. */
          group->id = rs_statement_column_int64 (stmt, 1);
          group->members = g_list_store_new (RS_TYPE_HEARING_RESPONSE);
          g_ptr_array_add (groups, group);
          current = gid;
        }
      rs_hearing_response_set_id (r, rs_statement_column_int64 (stmt, 1));
      rs_hearing_response_set_round_id (r, round_id);
      rs_hearing_response_set_sender (r, (const char *) rs_statement_column_text (stmt, 2));
      rs_hearing_response_set_party_type (r, (const char *) rs_statement_column_text (stmt, 3));
      rs_hearing_response_set_received_on (r, (const char *) rs_statement_column_text (stmt, 4));
      rs_hearing_response_set_party_id (r, rs_statement_column_int64 (stmt, 5));
      rs_hearing_response_set_late (r, rs_statement_column_int (stmt, 6) != 0);
      rs_hearing_response_set_preview (r, TRUE);
      group->n_organisations += !rs_hearing_response_is_private (r);
      g_list_store_append (group->members, r);
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_unlock (db);
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  g_clear_pointer (&stmt, rs_statement_finalize);
  /* The start of each group's first text, for a description. */
  for (guint g = 0; g < groups->len; g++)
    {
      RsResponseGroup *each = g_ptr_array_index (groups, g);
      g_autoptr(RsHearingResponse) first = g_list_model_get_item (G_LIST_MODEL (each->members), 0);
      g_autoptr(RsStatement) preview = rs_database_query (db, NULL, "SELECT substr(text, 1, 400) FROM "
                                                           "hearing_response WHERE id = ?", "I", each->id);

      if (preview != NULL && rs_statement_step (preview) == RS_SQL_ROW)
        rs_hearing_response_set_text (first, (const char *) rs_statement_column_text (preview, 0));
    }
  rs_database_unlock (db);
  g_ptr_array_sort (groups, compare_groups);
  return g_steal_pointer (&groups);
}

GHashTable *
rs_response_groups_map (RsDatabase *db,
                        gint64      round_id,
                        GError    **error)
{
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT response_id, group_id FROM response_group_member "
                            "WHERE round_id = ?1 AND excluded = 0 AND group_id IN "
                            "(SELECT group_id FROM response_group_member WHERE round_id = ?1 AND excluded = 0 "
                            " GROUP BY group_id HAVING count(*) > 1)", "I", round_id);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      gint64 id = rs_statement_column_int64 (stmt, 0), group = rs_statement_column_int64 (stmt, 1);
      g_hash_table_insert (map, g_memdup2 (&id, sizeof id), g_memdup2 (&group, sizeof group));
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&map);
}

/* When a group's representative leaves it, the first received of the rest
 * takes its place. */
static gboolean
reassign_representative (RsDatabase *db,
                         gint64      old_group,
                         GError    **error)
{
  return rs_database_run (db, error,
                          "UPDATE response_group_member SET group_id = "
                          "(SELECT m.response_id FROM response_group_member m JOIN hearing_response r "
                          " ON r.id = m.response_id WHERE m.group_id = ?1 AND m.response_id <> ?1 "
                          " AND m.excluded = 0 ORDER BY r.received_on, r.id LIMIT 1) "
                          "WHERE group_id = ?1 AND response_id <> ?1 AND excluded = 0", "I", old_group);
}

gboolean
rs_response_groups_exclude (RsDatabase *db,
                            gint64      response_id,
                            GError    **error)
{
  gboolean ok = FALSE;

  rs_database_lock (db);
  if (!rs_database_begin (db, error))
    goto out;
  ok = reassign_representative (db, response_id, error) &&
       rs_database_run (db, error,
                        "UPDATE response_group_member SET group_id = response_id, excluded = 1, manual = 1 "
                        "WHERE response_id = ?", "I", response_id) &&
       band_new_representatives (db, error);
  if (ok)
    ok = rs_database_commit (db, error);
  else
    rs_database_rollback (db);
out:
  rs_database_unlock (db);
  return ok;
}

gboolean
rs_response_groups_split (RsDatabase   *db,
                          const gint64 *ids,
                          guint         n_ids,
                          GError      **error)
{
  g_autoptr(GString) list = g_string_new ("[");
  gboolean ok = FALSE;

  if (n_ids == 0)
    return TRUE;
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (list, "%s%" G_GINT64_FORMAT, i ? "," : "", ids[i]);
  g_string_append_c (list, ']');
  rs_database_lock (db);
  if (!rs_database_begin (db, error))
    goto out;
  ok = TRUE;
  /* Representatives among the moved ones hand over their old group first. */
  for (guint i = 0; ok && i < n_ids; i++)
    ok = rs_database_run (db, error,
                          "UPDATE response_group_member SET group_id = "
                          "(SELECT m.response_id FROM response_group_member m JOIN hearing_response r "
                          " ON r.id = m.response_id WHERE m.group_id = ?1 AND m.excluded = 0 "
                          " AND m.response_id NOT IN (SELECT value FROM json_each(?2)) "
                          " ORDER BY r.received_on, r.id LIMIT 1) "
                          "WHERE group_id = ?1 AND excluded = 0 "
                          "AND response_id NOT IN (SELECT value FROM json_each(?2))",
                          "It", ids[i], list->str);
  if (ok)
    ok = rs_database_run (db, error,
                          "UPDATE response_group_member SET manual = 1, excluded = 0, group_id = "
                          "(SELECT r.id FROM hearing_response r WHERE r.id IN (SELECT value FROM json_each(?1)) "
                          " ORDER BY r.received_on, r.id LIMIT 1) "
                          "WHERE response_id IN (SELECT value FROM json_each(?1))", "t", list->str) &&
         band_new_representatives (db, error);
  if (ok)
    ok = rs_database_commit (db, error);
  else
    rs_database_rollback (db);
out:
  rs_database_unlock (db);
  return ok;
}
