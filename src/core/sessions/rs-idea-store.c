/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-idea-store"

#include "config.h"

#include "rs-report-i18n.h"

#include "rs-idea-store.h"

static const char * const status_names[] = { "new", "maturing", "recommendation", "parked" };
static const char * const status_labels[] = {
  N_("New"), N_("Maturing"), N_("Turned into a recommendation"), N_("Parked"),
};

const char *
rs_idea_status_to_string (RsIdeaStatus status)
{
  g_return_val_if_fail (status <= RS_IDEA_PARKED, NULL);
  return status_names[status];
}

const char *
rs_idea_status_label (RsIdeaStatus status)
{
  g_return_val_if_fail (status <= RS_IDEA_PARKED, NULL);
  return _(status_labels[status]);
}

gboolean
rs_idea_status_from_string (const char   *text,
                            RsIdeaStatus *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_strcmp0 (text, status_names[i]) == 0)
      {
        *out = (RsIdeaStatus) i;
        return TRUE;
      }
  return FALSE;
}

gint64
rs_idea_store_add (RsDatabase         *db,
                   const RsIdeaOrigin *origin,
                   const char         *text,
                   const char         *theme,
                   GError            **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text ? text : ""));

  if (*clean == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("An idea needs some text."));
      return 0;
    }
  if (!rs_database_run (db, error,
                        "INSERT INTO idea (process_id, municipality_code, session_id, lab_id, panel_id, "
                        "text, group_name) VALUES (?1, (SELECT municipality_code FROM budget_process "
                        "WHERE id = ?1), ?2, coalesce(?3, (SELECT lab_id FROM session WHERE id = ?2)), "
                        "coalesce(?4, (SELECT panel_id FROM session WHERE id = ?2)), ?5, coalesce(?6, ''))",
                        "IIIItt", origin->process_id, origin->session_id, origin->lab_id,
                        origin->panel_id, clean, theme))
    return 0;
  return rs_database_last_insert_id (db);
}

static gboolean
update_one (RsDatabase *db,
            gint64      idea_id,
            GError    **error,
            gboolean    ok)
{
  if (!ok)
    return FALSE;
  if (rs_database_changes (db) == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no idea with id %lld."), (long long) idea_id);
      return FALSE;
    }
  return TRUE;
}

gboolean
rs_idea_store_set_theme (RsDatabase *db,
                         gint64      idea_id,
                         const char *theme,
                         GError    **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (theme ? theme : ""));
  return update_one (db, idea_id, error,
                     rs_database_run (db, error, "UPDATE idea SET group_name = ? WHERE id = ?",
                                      "ti", clean, idea_id));
}

gboolean
rs_idea_store_set_votes (RsDatabase *db,
                         gint64      idea_id,
                         int         votes,
                         GError    **error)
{
  return update_one (db, idea_id, error,
                     rs_database_run (db, error, "UPDATE idea SET votes = max(?, 0) WHERE id = ?",
                                      "ni", votes, idea_id));
}

gboolean
rs_idea_store_set_status (RsDatabase  *db,
                          gint64       idea_id,
                          RsIdeaStatus status,
                          GError     **error)
{
  return update_one (db, idea_id, error,
                     rs_database_run (db, error, "UPDATE idea SET status = ? WHERE id = ?",
                                      "ti", rs_idea_status_to_string (status), idea_id));
}

gboolean
rs_idea_store_set_notes (RsDatabase *db,
                         gint64      idea_id,
                         const char *notes,
                         GError    **error)
{
  return update_one (db, idea_id, error,
                     rs_database_run (db, error, "UPDATE idea SET notes = coalesce(?, '') WHERE id = ?",
                                      "ti", notes, idea_id));
}

#define IDEA_COLUMNS \
  "i.id, i.process_id, i.session_id, i.lab_id, i.panel_id, i.parent_id, i.municipality_code, " \
  "i.text, i.group_name, i.notes, i.created_at, i.votes, i.status, " \
  "coalesce((SELECT title FROM lab WHERE id = i.lab_id), (SELECT title FROM session WHERE id = i.session_id), " \
  " (SELECT name FROM panel WHERE id = i.panel_id), ''), " \
  "(SELECT count(*) FROM attachment a WHERE a.owner_type = 'idea' AND a.owner_id = i.id), " \
  "i.district "

static void
set_text (RsIdea       *idea,
          void        (*setter) (RsIdea *, const char *),
          RsStatement  *stmt,
          int           column)
{
  g_autofree char *text = rs_column_dup_text (stmt, column);

  setter (idea, text);
}

static GPtrArray *
query_ideas (RsDatabase *db,
             GError    **error,
             const char *sql,
             const char *types,
             gint64      id,
             const char *text,
             int         n)
{
  g_autoptr(RsStatement) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  rs_database_lock (db);
  if (g_strcmp0 (types, "i") == 0)
    stmt = rs_database_query (db, error, sql, types, id);
  else
    stmt = rs_database_query (db, error, sql, types, text, n);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return NULL;
    }
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      RsIdea *idea = rs_idea_new ();
      g_autofree char *status = NULL;
      RsIdeaStatus value = RS_IDEA_NEW;

      rs_idea_set_id (idea, rs_statement_column_int64 (stmt, 0));
      rs_idea_set_process_id (idea, rs_statement_column_int64 (stmt, 1));
      rs_idea_set_session_id (idea, rs_statement_column_int64 (stmt, 2));
      rs_idea_set_lab_id (idea, rs_statement_column_int64 (stmt, 3));
      rs_idea_set_panel_id (idea, rs_statement_column_int64 (stmt, 4));
      rs_idea_set_parent_id (idea, rs_statement_column_int64 (stmt, 5));
      set_text (idea, rs_idea_set_municipality_code, stmt, 6);
      set_text (idea, rs_idea_set_text, stmt, 7);
      set_text (idea, rs_idea_set_theme, stmt, 8);
      set_text (idea, rs_idea_set_notes, stmt, 9);
      set_text (idea, rs_idea_set_created_at, stmt, 10);
      rs_idea_set_votes (idea, rs_statement_column_int (stmt, 11));
      status = rs_column_dup_text (stmt, 12);
      if (!rs_idea_status_from_string (status, &value))
        value = RS_IDEA_NEW;
      rs_idea_set_status (idea, (int) value);
      set_text (idea, rs_idea_set_origin, stmt, 13);
      rs_idea_set_n_photos (idea, rs_statement_column_int (stmt, 14));
      set_text (idea, rs_idea_set_district, stmt, 15);
      g_ptr_array_add (out, idea);
    }
  rs_database_unlock (db);
  if (rc != RS_SQL_DONE)
    {
      rs_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

GPtrArray *
rs_idea_store_list_lab (RsDatabase *db,
                        gint64      lab_id,
                        GError    **error)
{
  return query_ideas (db, error,
                      "SELECT " IDEA_COLUMNS "FROM idea i WHERE i.lab_id = ?1 OR i.session_id IN "
                      "(SELECT id FROM session WHERE lab_id = ?1) "
                      "ORDER BY i.group_name = '', i.group_name, i.votes DESC, i.id",
                      "i", lab_id, NULL, 0);
}

GPtrArray *
rs_idea_store_list_session (RsDatabase *db,
                            gint64      session_id,
                            GError    **error)
{
  return query_ideas (db, error,
                      "SELECT " IDEA_COLUMNS "FROM idea i WHERE i.session_id = ? "
                      "ORDER BY i.group_name = '', i.group_name, i.votes DESC, i.id",
                      "i", session_id, NULL, 0);
}

GPtrArray *
rs_idea_store_backlog (RsDatabase *db,
                       const char *municipality_code,
                       int         status,
                       GError    **error)
{
  return query_ideas (db, error,
                      "SELECT " IDEA_COLUMNS "FROM idea i WHERE i.municipality_code = ?1 "
                      "AND (?2 < 0 OR i.status = CASE ?2 WHEN 0 THEN 'new' WHEN 1 THEN 'maturing' "
                      "WHEN 2 THEN 'recommendation' ELSE 'parked' END) "
                      "AND NOT EXISTS (SELECT 1 FROM idea c WHERE c.parent_id = i.id) "
                      "ORDER BY i.status, i.group_name, i.votes DESC, i.id",
                      "tn", 0, municipality_code, status);
}

gint64
rs_idea_store_carry_over (RsDatabase *db,
                          gint64      idea_id,
                          gint64      process_id,
                          GError    **error)
{
  if (!rs_database_run (db, error,
                        "INSERT INTO idea (process_id, municipality_code, text, group_name, votes, "
                        "status, notes, parent_id) SELECT ?1, coalesce((SELECT municipality_code FROM "
                        "budget_process WHERE id = ?1), municipality_code), text, group_name, 0, "
                        "'maturing', notes, id FROM idea WHERE id = ?2",
                        "ii", process_id, idea_id))
    return 0;
  if (rs_database_changes (db) == 0)
    {
      g_set_error (error, RS_DATABASE_ERROR, RS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no idea with id %lld."), (long long) idea_id);
      return 0;
    }
  return rs_database_last_insert_id (db);
}

GPtrArray *
rs_idea_store_lineage (RsDatabase *db,
                       gint64      idea_id,
                       GError    **error)
{
  return query_ideas (db, error,
                      "WITH RECURSIVE chain (id, depth) AS (SELECT ?, 0 UNION ALL "
                      "SELECT i.parent_id, c.depth + 1 FROM idea i JOIN chain c ON i.id = c.id "
                      "WHERE i.parent_id IS NOT NULL AND c.depth < 100) "
                      "SELECT " IDEA_COLUMNS "FROM chain JOIN idea i ON i.id = chain.id ORDER BY chain.depth",
                      "i", idea_id, NULL, 0);
}

gint64
rs_attachment_add (RsDatabase *db,
                   const char *owner_type,
                   gint64      owner_id,
                   const char *file_name,
                   const char *mime_type,
                   GBytes     *data,
                   GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  gsize size = 0;
  gconstpointer bytes = g_bytes_get_data (data, &size);
  gboolean ok;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "INSERT INTO attachment (owner_type, owner_id, filename, mime_type, data) "
                            "VALUES (?, ?, ?, coalesce(?, 'application/octet-stream'), ?)",
                            "tittt", owner_type, owner_id, file_name, mime_type, "");
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return 0;
    }
  rs_statement_bind_blob (stmt, 5, size ? bytes : "", size);
  ok = rs_database_step_done (db, stmt, error);
  rs_database_unlock (db);
  return ok ? rs_database_last_insert_id (db) : 0;
}

gint64
rs_attachment_add_file (RsDatabase *db,
                        const char *owner_type,
                        gint64      owner_id,
                        GFile      *file,
                        GError    **error)
{
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, error);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *type = NULL;

  if (bytes == NULL)
    return 0;
  type = g_content_type_guess (name, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
  return rs_attachment_add (db, owner_type, owner_id, name, type, bytes, error);
}

int
rs_attachment_count (RsDatabase *db,
                     const char *owner_type,
                     gint64      owner_id,
                     GError    **error)
{
  g_autoptr(RsStatement) stmt = NULL;
  int n = -1;

  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT count(*) FROM attachment WHERE owner_type = ? AND owner_id = ?",
                            "ti", owner_type, owner_id);
  if (stmt != NULL && rs_statement_step (stmt) == RS_SQL_ROW)
    n = rs_statement_column_int (stmt, 0);
  rs_database_unlock (db);
  return n;
}

/* ---- on the database thread ---- */

typedef enum { CHANGE_ADD, CHANGE_THEME, CHANGE_VOTES, CHANGE_STATUS } ChangeKind;

typedef struct
{
  ChangeKind    kind;
  RsIdeaOrigin  origin;
  gint64        idea_id;
  char         *text;
  char         *theme;
  int           number;
} IdeaChange;

static void
idea_change_free (IdeaChange *c)
{
  g_free (c->text);
  g_free (c->theme);
  g_free (c);
}

static gpointer
change_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  IdeaChange *c = data;
  gboolean ok = FALSE;

  switch (c->kind)
    {
    case CHANGE_ADD:
      ok = rs_idea_store_add (db, &c->origin, c->text, c->theme, error) != 0;
      break;
    case CHANGE_THEME:
      ok = rs_idea_store_set_theme (db, c->idea_id, c->theme, error);
      break;
    case CHANGE_VOTES:
      ok = rs_idea_store_set_votes (db, c->idea_id, c->number, error);
      break;
    case CHANGE_STATUS:
      ok = rs_idea_store_set_status (db, c->idea_id, (RsIdeaStatus) c->number, error);
      break;
    default:
      g_assert_not_reached ();
    }
  return ok ? GINT_TO_POINTER (TRUE) : NULL;
}

static void
run_change (RsDatabase         *db,
            IdeaChange         *c,
            GCancellable       *cancellable,
            GAsyncReadyCallback callback,
            gpointer            user_data)
{
  rs_database_run_async (db, change_job, c, (GDestroyNotify) idea_change_free, NULL, cancellable, callback,
                         user_data);
}

static IdeaChange *
idea_change_new (ChangeKind  kind,
                 gint64      idea_id,
                 const char *text,
                 const char *theme,
                 int         number)
{
  IdeaChange *c = g_new0 (IdeaChange, 1);

  c->kind = kind;
  c->idea_id = idea_id;
  c->text = g_strdup (text);
  c->theme = g_strdup (theme);
  c->number = number;
  return c;
}

void
rs_idea_store_add_async (RsDatabase         *db,
                         const RsIdeaOrigin *origin,
                         const char         *text,
                         const char         *theme,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  IdeaChange *c;

  g_return_if_fail (RS_IS_DATABASE (db));
  g_return_if_fail (origin != NULL);
  c = idea_change_new (CHANGE_ADD, 0, text, theme, 0);
  c->origin = *origin;
  run_change (db, c, cancellable, callback, user_data);
}

void
rs_idea_store_set_theme_async (RsDatabase         *db,
                               gint64              idea_id,
                               const char         *theme,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_return_if_fail (RS_IS_DATABASE (db));
  run_change (db, idea_change_new (CHANGE_THEME, idea_id, NULL, theme, 0), cancellable, callback, user_data);
}

void
rs_idea_store_set_votes_async (RsDatabase         *db,
                               gint64              idea_id,
                               int                 votes,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_return_if_fail (RS_IS_DATABASE (db));
  run_change (db, idea_change_new (CHANGE_VOTES, idea_id, NULL, NULL, votes), cancellable, callback, user_data);
}

void
rs_idea_store_set_status_async (RsDatabase         *db,
                                gint64              idea_id,
                                RsIdeaStatus        status,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  g_return_if_fail (RS_IS_DATABASE (db));
  run_change (db, idea_change_new (CHANGE_STATUS, idea_id, NULL, NULL, (int) status), cancellable, callback,
              user_data);
}

gboolean
rs_idea_store_change_finish (RsDatabase   *db,
                             GAsyncResult *result,
                             GError      **error)
{
  return rs_database_run_finish_boolean (db, result, error);
}

static gpointer
list_lab_job (RsDatabase *db, gpointer data, GCancellable *cancellable, GError **error)
{
  return rs_idea_store_list_lab (db, *(gint64 *) data, error);
}

void
rs_idea_store_list_lab_async (RsDatabase         *db,
                              gint64              lab_id,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data)
{
  g_return_if_fail (RS_IS_DATABASE (db));
  rs_database_run_for_id_async (db, list_lab_job, lab_id, (GDestroyNotify) g_ptr_array_unref, cancellable,
                                callback, user_data);
}

GPtrArray *
rs_idea_store_list_lab_finish (RsDatabase   *db,
                               GAsyncResult *result,
                               GError      **error)
{
  return rs_database_run_finish (db, result, error);
}
