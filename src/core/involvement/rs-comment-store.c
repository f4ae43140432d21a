/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-comment-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rs-comment-store.h"
#include "rs-csv-writer.h"
#include "rs-involvement-error.h"
#include "rs-process-store.h"

#define COLUMNS "c.id, c.process_id, c.channel, c.received_on, c.author, c.pseudonym, c.text, " \
                "c.district, c.themes, c.review_reason, c.source, " \
                "(SELECT count(*) FROM comment_link l JOIN recommendation r ON r.id = l.target_id " \
                "WHERE l.comment_id = c.id AND l.target_type = 'recommendation'), " \
                "(SELECT count(*) FROM comment_link l JOIN idea i ON i.id = l.target_id " \
                "WHERE l.comment_id = c.id AND l.target_type = 'idea')"

void
rs_comment_import_report_clear (RsCommentImportReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->notes, g_ptr_array_unref);
  report->imported = 0;
  report->review = 0;
  report->skipped = 0;
}

void
rs_comment_import_report_free (RsCommentImportReport *report)
{
  if (report == NULL)
    return;
  rs_comment_import_report_clear (report);
  g_free (report);
}

static RsComment *
comment_from_row (RsStatement *stmt)
{
  RsComment *c = rs_comment_new ();
  g_autofree char *channel = rs_column_dup_text (stmt, 2);
  g_autofree char *received = rs_column_dup_text (stmt, 3);
  g_autofree char *author = rs_column_dup_text (stmt, 4);
  g_autofree char *pseudonym = rs_column_dup_text (stmt, 5);
  g_autofree char *text = rs_column_dup_text (stmt, 6);
  g_autofree char *district = rs_column_dup_text (stmt, 7);
  g_autofree char *themes = rs_column_dup_text (stmt, 8);
  g_autofree char *review = rs_column_dup_text (stmt, 9);
  g_autofree char *source = rs_column_dup_text (stmt, 10);

  rs_comment_set_id (c, rs_statement_column_int64 (stmt, 0));
  rs_comment_set_process_id (c, rs_statement_column_int64 (stmt, 1));
  rs_comment_set_channel (c, channel);
  rs_comment_set_received_on (c, received);
  rs_comment_set_author (c, author);
  rs_comment_set_pseudonym (c, pseudonym);
  rs_comment_set_text (c, text);
  rs_comment_set_district (c, district);
  rs_comment_set_themes (c, themes);
  rs_comment_set_review_reason (c, review);
  rs_comment_set_source (c, source);
  rs_comment_set_n_recommendations (c, rs_statement_column_int (stmt, 11));
  rs_comment_set_n_ideas (c, rs_statement_column_int (stmt, 12));
  return c;
}

/* The district as the process's list spells it; FALSE when the list is
 * not empty and does not hold it. */
static gboolean
match_district (RsDatabase *db,
                gint64      process_id,
                const char *district,
                char      **spelled,
                GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autofree char *want = g_utf8_casefold (district, -1);
  gboolean any = FALSE;
  int rc;

  *spelled = g_strdup (district);
  if (*district == '\0')
    return TRUE;
  stmt = rs_database_query (db, error, "SELECT name FROM district WHERE process_id = ?",
                            "i", process_id);
  if (stmt == NULL)
    return FALSE;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autofree char *name = rs_column_dup_text (stmt, 0);
      g_autofree char *key = g_utf8_casefold (name, -1);

      any = TRUE;
      if (g_str_equal (key, want))
        {
          g_free (*spelled);
          *spelled = g_steal_pointer (&name);
          return TRUE;
        }
    }
  return !any;
}

/* The number of the next pseudonym of a process (K-0001 is 1). */
static gint64
next_pseudonym (RsDatabase *db,
                gint64      process_id,
                GError    **error)
{
  g_autoptr(RsStatement) stmt =
    rs_database_query (db, error, "SELECT coalesce(max(CAST(substr(pseudonym, 3) AS INTEGER)), 0) + 1 "
                       "FROM citizen_comment WHERE process_id = ?", "i", process_id);
  int rc;

  if (stmt == NULL)
    return 0;
  if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
    {
      rs_database_set_error (db, rc, error);
      return 0;
    }
  return rs_statement_column_int64 (stmt, 0);
}

/* Inside the caller's transaction. @next (NULL: look it up) is the number
 * of the pseudonym to give, counted on. */
static gint64
add_locked (RsDatabase *db,
            RsComment  *comment,
            gint64     *next_number,
            GError    **error)
{
  g_autofree char *district = NULL;
  g_autofree char *themes = rs_comment_normalize_themes (rs_comment_get_themes (comment));
  g_autofree char *pseudonym = NULL;
  gint64 process_id = rs_comment_get_process_id (comment);
  gint64 next;

  if (!rs_comment_channel_is_valid (rs_comment_get_channel (comment)))
    {
      rs_comment_set_channel (comment, "other");
      rs_comment_add_review_reason (comment, "channel");
    }
  {
    g_autofree char *stripped = g_strstrip (g_strdup (rs_comment_get_text (comment)));
    if (*stripped == '\0')
      rs_comment_add_review_reason (comment, "no-text");
  }
  if (!match_district (db, process_id, rs_comment_get_district (comment), &district, NULL))
    rs_comment_add_review_reason (comment, "district");
  next = next_number != NULL ? (*next_number)++ : next_pseudonym (db, process_id, error);
  if (next == 0)
    return 0;
  pseudonym = g_strdup_printf ("K-%04" G_GINT64_FORMAT, next);
  if (!rs_database_run (db, error,
                        "INSERT INTO citizen_comment (process_id, channel, received_on, author, "
                        "pseudonym, text, district, themes, review_reason, source) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "itttttttt" "t",
                        process_id, rs_comment_get_channel (comment),
                        rs_comment_get_received_on (comment), rs_comment_get_author (comment),
                        pseudonym, rs_comment_get_text (comment), district, themes,
                        rs_comment_get_review_reason (comment), rs_comment_get_source (comment)))
    return 0;
  rs_comment_set_id (comment, rs_database_last_insert_id (db));
  rs_comment_set_pseudonym (comment, pseudonym);
  rs_comment_set_district (comment, district);
  rs_comment_set_themes (comment, themes);
  return rs_comment_get_id (comment);
}

static gboolean
check_process (RsDatabase *db,
               gint64      process_id,
               GError    **error)
{
  g_autoptr(RsProcess) process = rs_process_store_get (db, process_id, NULL);

  if (process != NULL)
    return TRUE;
  g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
               _("There is no budget process %lld."), (long long) process_id);
  return FALSE;
}

gint64
rs_comment_store_add (RsDatabase *db,
                      RsComment  *comment,
                      GError    **error)
{
  gint64 id;

  g_return_val_if_fail (RS_IS_DATABASE (db), 0);
  g_return_val_if_fail (RS_IS_COMMENT (comment), 0);
  if (!check_process (db, rs_comment_get_process_id (comment), error) ||
      !rs_database_begin (db, error))
    return 0;
  if ((id = add_locked (db, comment, NULL, error)) == 0 ||
      !rs_audit_log (db, "comment", id, "add", rs_comment_get_pseudonym (comment), error))
    {
      rs_database_rollback (db);
      return 0;
    }
  return rs_database_commit (db, error) ? id : 0;
}

gboolean
rs_comment_store_update (RsDatabase *db,
                         RsComment  *comment,
                         GError    **error)
{
  g_autofree char *themes = NULL;
  g_autofree char *district = NULL;
  g_autoptr(GString) review = NULL;
  g_auto(GStrv) codes = NULL;

  g_return_val_if_fail (RS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (RS_IS_COMMENT (comment), FALSE);
  if (!rs_comment_channel_is_valid (rs_comment_get_channel (comment)))
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   _("“%s” is not a channel; use web, email, meeting or other."),
                   rs_comment_get_channel (comment));
      return FALSE;
    }
  themes = rs_comment_normalize_themes (rs_comment_get_themes (comment));
  /* The district is checked again; a fixed one clears its flag. */
  codes = g_strsplit (rs_comment_get_review_reason (comment), ",", -1);
  review = g_string_new (NULL);
  for (guint i = 0; codes[i] != NULL; i++)
    if (*codes[i] && !g_str_equal (codes[i], "district") && !g_str_equal (codes[i], "no-text"))
      g_string_append_printf (review, "%s%s", review->len ? "," : "", codes[i]);
  if (!match_district (db, rs_comment_get_process_id (comment), rs_comment_get_district (comment),
                       &district, error))
    {
      if (error != NULL && *error != NULL)
        return FALSE;
      g_string_append_printf (review, "%sdistrict", review->len ? "," : "");
    }
  if (*rs_comment_get_text (comment) == '\0')
    g_string_append_printf (review, "%sno-text", review->len ? "," : "");
  if (!rs_database_run (db, error,
                        "UPDATE citizen_comment SET channel = ?, received_on = ?, author = ?, "
                        "text = ?, district = ?, themes = ?, review_reason = ? WHERE id = ?",
                        "tttttttI", rs_comment_get_channel (comment),
                        rs_comment_get_received_on (comment), rs_comment_get_author (comment),
                        rs_comment_get_text (comment), district, themes, review->str,
                        rs_comment_get_id (comment)))
    return FALSE;
  if (rs_database_changes (db) == 0)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                   _("There is no comment %lld."), (long long) rs_comment_get_id (comment));
      return FALSE;
    }
  rs_comment_set_themes (comment, themes);
  rs_comment_set_district (comment, district);
  rs_comment_set_review_reason (comment, review->str);
  return TRUE;
}

static gboolean
set_deleted (RsDatabase *db,
             gint64      id,
             gboolean    deleted,
             GError    **error)
{
  if (!rs_database_run (db, error, "UPDATE citizen_comment SET deleted = ? WHERE id = ?",
                        "ni", deleted ? 1 : 0, id))
    return FALSE;
  if (rs_database_changes (db) == 0)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                   _("There is no comment %lld."), (long long) id);
      return FALSE;
    }
  return TRUE;
}

gboolean
rs_comment_store_delete (RsDatabase *db,
                         gint64      id,
                         GError    **error)
{
  return set_deleted (db, id, TRUE, error);
}

gboolean
rs_comment_store_restore (RsDatabase *db,
                          gint64      id,
                          GError    **error)
{
  return set_deleted (db, id, FALSE, error);
}

RsComment *
rs_comment_store_get (RsDatabase *db,
                      gint64      id,
                      GError    **error)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, "SELECT " COLUMNS
                                                   " FROM citizen_comment c WHERE c.id = ?",
                                                   "i", id);
  int rc;

  if (stmt == NULL)
    return NULL;
  if ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    return comment_from_row (stmt);
  if (rc == RS_SQL_DONE)
    g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
                 _("There is no comment %lld."), (long long) id);
  else
    rs_database_set_error (db, rc, error);
  return NULL;
}

GListStore *
rs_comment_store_list (RsDatabase *db,
                       gint64      process_id,
                       const char *search,
                       GError    **error)
{
  g_autoptr(GListStore) store = g_list_store_new (RS_TYPE_COMMENT);
  g_autoptr(RsStatement) stmt = NULL;
  g_autofree char *needle = NULL;
  int rc;

  g_return_val_if_fail (RS_IS_DATABASE (db), NULL);
  if (search != NULL && *search != '\0')
    needle = g_utf8_casefold (search, -1);
  stmt = rs_database_query (db, error, "SELECT " COLUMNS " FROM citizen_comment c "
                            "WHERE c.process_id = ? AND c.deleted = 0 "
                            "ORDER BY c.received_on IS NULL, c.received_on DESC, c.id DESC",
                            "i", process_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      g_autoptr(RsComment) c = comment_from_row (stmt);

      if (needle != NULL)
        {
          g_autofree char *hay = g_strjoin ("\n", rs_comment_get_text (c), rs_comment_get_themes (c),
                                            rs_comment_get_district (c), rs_comment_get_pseudonym (c),
                                            rs_comment_get_author (c), NULL);
          g_autofree char *folded = g_utf8_casefold (hay, -1);
          if (strstr (folded, needle) == NULL)
            continue;
        }
      g_list_store_append (store, c);
    }
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&store);
}

gint64
rs_comment_store_count (RsDatabase *db,
                        gint64      process_id,
                        GError    **error)
{
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, "SELECT count(*) FROM citizen_comment "
                                                   "WHERE process_id = ? AND deleted = 0",
                                                   "i", process_id);
  int rc;

  if (stmt == NULL)
    return -1;
  if ((rc = rs_statement_step (stmt)) != RS_SQL_ROW)
    {
      rs_database_set_error (db, rc, error);
      return -1;
    }
  return rs_statement_column_int64 (stmt, 0);
}

static gboolean
same_process (RsDatabase *db,
              gint64      comment_id,
              const char *target_type,
              gint64      target_id,
              GError    **error)
{
  const char *sql = g_strcmp0 (target_type, "idea") == 0
    ? "SELECT 1 FROM citizen_comment c JOIN idea t ON t.id = ?2 WHERE c.id = ?1 AND "
      "(t.process_id = c.process_id OR t.session_id IN (SELECT id FROM session WHERE process_id = c.process_id) "
      "OR t.lab_id IN (SELECT id FROM lab WHERE process_id = c.process_id))"
    : "SELECT 1 FROM citizen_comment c JOIN recommendation t ON t.id = ?2 WHERE c.id = ?1 "
      "AND t.process_id = c.process_id";
  g_autoptr(RsStatement) stmt = NULL;
  int rc;

  if (g_strcmp0 (target_type, "idea") != 0 && g_strcmp0 (target_type, "recommendation") != 0)
    {
      g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_INVALID,
                   _("A comment can be linked to an idea or a recommendation."));
      return FALSE;
    }
  stmt = rs_database_query (db, error, sql, "ii", comment_id, target_id);
  if (stmt == NULL)
    return FALSE;
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW)
    return TRUE;
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  g_set_error (error, RS_INVOLVEMENT_ERROR, RS_INVOLVEMENT_ERROR_NOT_FOUND,
               _("Comment %lld and %s %lld are not of the same budget process."),
               (long long) comment_id, target_type, (long long) target_id);
  return FALSE;
}

gboolean
rs_comment_store_link (RsDatabase *db,
                       gint64      comment_id,
                       const char *target_type,
                       gint64      target_id,
                       GError    **error)
{
  g_return_val_if_fail (RS_IS_DATABASE (db), FALSE);
  if (!same_process (db, comment_id, target_type, target_id, error))
    return FALSE;
  return rs_database_run (db, error, "INSERT INTO comment_link (comment_id, target_type, target_id) "
                          "VALUES (?, ?, ?) ON CONFLICT (comment_id, target_type, target_id) DO NOTHING",
                          "iti", comment_id, target_type, target_id);
}

gboolean
rs_comment_store_unlink (RsDatabase *db,
                         gint64      comment_id,
                         const char *target_type,
                         gint64      target_id,
                         GError    **error)
{
  g_return_val_if_fail (RS_IS_DATABASE (db), FALSE);
  return rs_database_run (db, error, "DELETE FROM comment_link WHERE comment_id = ? AND "
                          "target_type = ? AND target_id = ?", "iti", comment_id, target_type,
                          target_id);
}

GArray *
rs_comment_store_links (RsDatabase *db,
                        gint64      comment_id,
                        const char *target_type,
                        GError    **error)
{
  return rs_database_query_ids (db, error, "SELECT target_id FROM comment_link WHERE comment_id = ? "
                                "AND target_type = ? ORDER BY target_id", "it", comment_id,
                                target_type);
}

gboolean
rs_comment_store_set_links (RsDatabase *db,
                            gint64      comment_id,
                            const char *target_type,
                            GArray     *ids,
                            GError    **error)
{
  g_return_val_if_fail (RS_IS_DATABASE (db), FALSE);
  if (!rs_database_begin (db, error))
    return FALSE;
  if (!rs_database_run (db, error, "DELETE FROM comment_link WHERE comment_id = ? AND target_type = ?",
                        "it", comment_id, target_type))
    goto fail;
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (!rs_comment_store_link (db, comment_id, target_type, g_array_index (ids, gint64, i), error))
      goto fail;
  return rs_database_commit (db, error);

fail:
  rs_database_rollback (db);
  return FALSE;
}

/* What makes a comment the same: its text, author and date. */
static char *
comment_key (const char *text,
             const char *author,
             const char *received_on)
{
  return g_strjoin ("\x1f", text ? text : "", author ? author : "", received_on ? received_on : "", NULL);
}

/* The keys of the process's comments (not deleted). */
static GHashTable *
existing_keys (RsDatabase *db,
               gint64      process_id,
               GError    **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(RsStatement) stmt =
    rs_database_query (db, error, "SELECT text, author, received_on FROM citizen_comment "
                       "WHERE process_id = ? AND deleted = 0", "i", process_id);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    g_hash_table_add (keys, comment_key ((const char *) rs_statement_column_text (stmt, 0),
                                         (const char *) rs_statement_column_text (stmt, 1),
                                         (const char *) rs_statement_column_text (stmt, 2)));
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&keys);
}

int
rs_comment_store_import (RsDatabase             *db,
                         gint64                  process_id,
                         const char * const     *paths,
                         RsCommentImportReport  *report,
                         GCancellable           *cancellable,
                         GError                **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) keys = NULL;
  gint64 next;
  int review = 0, skipped = 0;

  g_return_val_if_fail (RS_IS_DATABASE (db), -1);
  if (!check_process (db, process_id, error))
    return -1;
  if (report != NULL && report->notes == NULL)
    report->notes = g_ptr_array_new_with_free_func (g_free);
  /* Read everything first: a broken file changes nothing. */
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) comments = rs_comment_import_read_file (paths[i], NULL, error);

      if (comments == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
        return -1;
      for (guint j = 0; j < comments->len; j++)
        g_ptr_array_add (all, g_object_ref (g_ptr_array_index (comments, j)));
    }
  if (!rs_database_begin (db, error))
    return -1;
  if ((keys = existing_keys (db, process_id, error)) == NULL ||
      (next = next_pseudonym (db, process_id, error)) == 0)
    {
      rs_database_rollback (db);
      return -1;
    }
  for (guint i = 0; i < all->len; i++)
    {
      RsComment *c = g_ptr_array_index (all, i);
      char *key = comment_key (rs_comment_get_text (c), rs_comment_get_author (c),
                               rs_comment_get_received_on (c));

      rs_comment_set_process_id (c, process_id);
      if (!g_hash_table_add (keys, key))
        {
          skipped++;
          g_ptr_array_remove_index (all, i--);
          continue;
        }
      if (add_locked (db, c, &next, error) == 0)
        {
          rs_database_rollback (db);
          return -1;
        }
      if (rs_comment_needs_review (c))
        {
          review++;
          if (report != NULL)
            {
              g_autofree char *why = rs_comment_describe_review (c);
              /* TRANSLATORS: "web.csv:4: The date could not be read. Imported as K-0004 and flagged for review." */
              g_ptr_array_add (report->notes,
                               g_strdup_printf (_("%s: %s Imported as %s and flagged for review."),
                                                rs_comment_get_source (c), why,
                                                rs_comment_get_pseudonym (c)));
            }
        }
    }
  if (!rs_audit_log (db, "comment", process_id, "import", NULL, error) ||
      !rs_database_commit (db, error))
    {
      rs_database_rollback (db);
      return -1;
    }
  if (report != NULL)
    {
      report->imported += all->len;
      report->review += review;
      report->skipped += skipped;
    }
  return all->len;
}

/* The database-thread operations. */

typedef struct
{
  gint64     id;
  gboolean   flag;
  char      *search;
  RsComment *comment;
  GStrv      paths;
} Op;

static void
op_free (Op *op)
{
  g_free (op->search);
  g_clear_object (&op->comment);
  g_strfreev (op->paths);
  g_free (op);
}

static gpointer
list_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  Op *op = data;
  return rs_comment_store_list (db, op->id, op->search, error);
}

void
rs_comment_store_list_async (RsDatabase          *db,
                             gint64               process_id,
                             const char          *search,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  op->id = process_id;
  op->search = g_strdup (search);
  rs_database_run_async (db, list_job, op, (GDestroyNotify) op_free, g_object_unref,
                         cancellable, callback, user_data);
}

GListStore *
rs_comment_store_list_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
save_job (RsDatabase   *db,
          gpointer      data,
          GCancellable *cancellable,
          GError      **error)
{
  Op *op = data;
  gboolean ok = rs_comment_get_id (op->comment) == 0
    ? rs_comment_store_add (db, op->comment, error) != 0
    : rs_comment_store_update (db, op->comment, error);

  return ok ? GINT_TO_POINTER (1) : NULL;
}

void
rs_comment_store_save_async (RsDatabase          *db,
                             RsComment           *comment,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  op->comment = g_object_ref (comment);
  rs_database_run_async (db, save_job, op, (GDestroyNotify) op_free, NULL, cancellable, callback,
                         user_data);
}

gboolean
rs_comment_store_save_finish (RsDatabase   *db,
                              GAsyncResult *result,
                              GError      **error)
{
  return rs_database_run_finish (db, result, error) != NULL;
}

static gpointer
delete_job (RsDatabase   *db,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  Op *op = data;
  gboolean ok = op->flag ? rs_comment_store_restore (db, op->id, error)
                         : rs_comment_store_delete (db, op->id, error);

  return ok ? GINT_TO_POINTER (1) : NULL;
}

void
rs_comment_store_delete_async (RsDatabase          *db,
                               gint64               id,
                               gboolean             restore,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  op->id = id;
  op->flag = restore;
  rs_database_run_async (db, delete_job, op, (GDestroyNotify) op_free, NULL, cancellable, callback,
                         user_data);
}

gboolean
rs_comment_store_delete_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  return rs_database_run_finish (db, result, error) != NULL;
}

static gpointer
import_job (RsDatabase   *db,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  Op *op = data;
  g_autoptr(RsCommentImportReport) report = g_new0 (RsCommentImportReport, 1);

  if (rs_comment_store_import (db, op->id, (const char * const *) op->paths, report, cancellable,
                               error) < 0)
    return NULL;
  return g_steal_pointer (&report);
}

void
rs_comment_store_import_async (RsDatabase          *db,
                               gint64               process_id,
                               const char * const  *paths,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  Op *op = g_new0 (Op, 1);

  op->id = process_id;
  op->paths = g_strdupv ((char **) paths);
  rs_database_run_async (db, import_job, op, (GDestroyNotify) op_free,
                         (GDestroyNotify) rs_comment_import_report_free, cancellable, callback,
                         user_data);
}

RsCommentImportReport *
rs_comment_store_import_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

typedef struct
{
  gint64  comment_id;
  char   *target_type;
  GArray *ids;
} LinksOp;

static void
links_op_free (LinksOp *op)
{
  g_free (op->target_type);
  g_clear_pointer (&op->ids, g_array_unref);
  g_free (op);
}

static gpointer
links_job (RsDatabase   *db,
           gpointer      data,
           GCancellable *cancellable,
           GError      **error)
{
  LinksOp *op = data;
  return rs_comment_store_links (db, op->comment_id, op->target_type, error);
}

void
rs_comment_store_links_async (RsDatabase          *db,
                              gint64               comment_id,
                              const char          *target_type,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  LinksOp *op = g_new0 (LinksOp, 1);

  op->comment_id = comment_id;
  op->target_type = g_strdup (target_type);
  rs_database_run_async (db, links_job, op, (GDestroyNotify) links_op_free,
                         (GDestroyNotify) g_array_unref, cancellable, callback, user_data);
}

GArray *
rs_comment_store_links_finish (RsDatabase   *db,
                               GAsyncResult *result,
                               GError      **error)
{
  return rs_database_run_finish (db, result, error);
}

static gpointer
set_links_job (RsDatabase   *db,
               gpointer      data,
               GCancellable *cancellable,
               GError      **error)
{
  LinksOp *op = data;
  return rs_comment_store_set_links (db, op->comment_id, op->target_type, op->ids, error)
           ? GINT_TO_POINTER (1) : NULL;
}

void
rs_comment_store_set_links_async (RsDatabase          *db,
                                  gint64               comment_id,
                                  const char          *target_type,
                                  GArray              *ids,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  LinksOp *op = g_new0 (LinksOp, 1);

  op->comment_id = comment_id;
  op->target_type = g_strdup (target_type);
  op->ids = g_array_ref (ids);
  rs_database_run_async (db, set_links_job, op, (GDestroyNotify) links_op_free, NULL, cancellable,
                         callback, user_data);
}

gboolean
rs_comment_store_set_links_finish (RsDatabase   *db,
                                   GAsyncResult *result,
                                   GError      **error)
{
  return rs_database_run_finish (db, result, error) != NULL;
}

int
rs_comment_store_export_csv (RsDatabase *db,
                             gint64      process_id,
                             const char *path,
                             GError    **error)
{
  static const char * const header[] = {
    "pseudonym", "channel", "date", "district", "themes", "comment", "review", "recommendations", NULL
  };
  g_autoptr(GListStore) list = NULL;
  g_autoptr(RsCsvWriter) writer = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guint n;

  g_return_val_if_fail (RS_IS_DATABASE (db), -1);
  if ((list = rs_comment_store_list (db, process_id, NULL, error)) == NULL)
    return -1;
  writer = rs_csv_writer_new (';', RS_CSV_WRITER_CRLF | RS_CSV_WRITER_BOM | RS_CSV_WRITER_FORMULA_GUARD);
  rs_csv_writer_add_row (writer, header);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsComment) c = g_list_model_get_item (G_LIST_MODEL (list), i);

      /* Never the author: the pseudonym stands for them. */
      rs_csv_writer_add (writer, rs_comment_get_pseudonym (c));
      rs_csv_writer_add (writer, rs_comment_get_channel (c));
      rs_csv_writer_add (writer, rs_comment_get_received_on (c) ? rs_comment_get_received_on (c) : "");
      rs_csv_writer_add (writer, rs_comment_get_district (c));
      rs_csv_writer_add (writer, rs_comment_get_themes (c));
      rs_csv_writer_add (writer, rs_comment_get_text (c));
      rs_csv_writer_add (writer, rs_comment_get_review_reason (c));
      rs_csv_writer_add_printf (writer, "%u", rs_comment_get_n_recommendations (c));
      rs_csv_writer_end_row (writer);
    }
  bytes = rs_csv_writer_free_to_bytes (g_steal_pointer (&writer));
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return -1;
  return (int) n;
}

typedef struct
{
  gint64  process_id;
  char   *path;
  int     n;
} ExportOp;

static void
export_op_free (ExportOp *op)
{
  g_free (op->path);
  g_free (op);
}

static gpointer
export_job (RsDatabase   *db,
            gpointer      data,
            GCancellable *cancellable,
            GError      **error)
{
  ExportOp *op = data;
  int n = rs_comment_store_export_csv (db, op->process_id, op->path, error);

  return n < 0 ? NULL : GINT_TO_POINTER (n + 1);
}

void
rs_comment_store_export_async (RsDatabase          *db,
                               gint64               process_id,
                               const char          *path,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  ExportOp *op = g_new0 (ExportOp, 1);

  op->process_id = process_id;
  op->path = g_strdup (path);
  rs_database_run_async (db, export_job, op, (GDestroyNotify) export_op_free, NULL, cancellable,
                         callback, user_data);
}

int
rs_comment_store_export_finish (RsDatabase   *db,
                                GAsyncResult *result,
                                GError      **error)
{
  gpointer r = rs_database_run_finish (db, result, error);

  return r == NULL ? -1 : GPOINTER_TO_INT (r) - 1;
}
