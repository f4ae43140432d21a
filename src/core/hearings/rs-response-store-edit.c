/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-response-store"

#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gi18n.h>

#include "rs-date.h"
#include "rs-hearing-store.h"
#include "rs-process-store.h"
#include "rs-response-store.h"

/*
 * Editing a response's intake details, and deleting it with undo: a deleted
 * response is kept, with its points and files, as a JSON copy of its rows in
 * hearing_response_trash until it is restored (with the same ids, so links
 * from recommendations to its points hold again).
 */

gboolean
rs_response_store_edit (RsDatabase        *db,
                        RsHearingResponse *response,
                        GError           **error)
{
  const char *received = rs_hearing_response_get_received_on (response);
  const char *channel = rs_hearing_response_get_channel (response);
  const char *kind = rs_hearing_response_get_party_type (response);
  gint64 id = rs_hearing_response_get_id (response);
  gint64 party_id;
  gboolean ok = FALSE;

  if (!rs_date_is_valid (received))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("“%s” is not a valid received date; use YYYY-MM-DD."),
                   received ? received : "");
      return FALSE;
    }
  if (!g_str_equal (kind, "organisation") && !g_str_equal (kind, "private"))
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("“%s” is not a kind of sender; use organisation or private."), kind);
      return FALSE;
    }
  /* Channels from CSV files are free text ("brev"); only an empty one is wrong. */
  if (channel == NULL || *channel == '\0')
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_INVALID,
                   _("Give the channel the response came by (%s)."), "letter, email, meeting, phone, digital");
      return FALSE;
    }

  if (!rs_database_begin (db, error))
    return FALSE;
  party_id = rs_consulted_party_store_match (db, rs_hearing_response_get_sender (response),
                                             rs_hearing_response_get_sender_email (response), error);
  if (party_id < 0)
    goto out;
  /* A private citizen is never linked to an organisation on the register. */
  if (g_str_equal (kind, "private"))
    party_id = 0;
  if (!rs_database_run (db, error,
                        "UPDATE hearing_response SET version = version + 1, sender = ?, sender_email = ?, party_type = ?, "
                        "received_on = ?, channel = ?, review_reason = ?, party_id = ? WHERE id = ?",
                        "ttttttIi", rs_hearing_response_get_sender (response),
                        rs_hearing_response_get_sender_email (response), kind, received, channel,
                        rs_hearing_response_get_review_reason (response), party_id, id))
    goto out;
  if (rs_database_changes (db) == 0)
    {
      g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_NOT_FOUND,
                   _("There is no hearing response %lld."), (long long) id);
      goto out;
    }
  rs_hearing_response_set_party_id (response, party_id);
  /* The sender's details may be a private citizen's: named, not shown. */
  if (!rs_audit_log (db, "hearing_response", id, "update", "sender", error))
    goto out;
  ok = TRUE;

out:
  if (ok)
    return rs_database_commit (db, error);
  rs_database_rollback (db);
  return FALSE;
}

/* Every row of @table matching @where (one id parameter) as JSON objects. */
static gboolean
dump_rows (RsDatabase  *db,
           JsonBuilder *builder,
           const char  *table,
           const char  *where,
           gint64       id,
           GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE %s ORDER BY rowid", table, where);
  g_autoptr(RsStatement) stmt = rs_database_query (db, error, sql, "i", id);
  int rc;

  if (stmt == NULL)
    return FALSE;
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "table");
  json_builder_add_string_value (builder, table);
  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  while ((rc = rs_statement_step (stmt)) == RS_SQL_ROW)
    {
      json_builder_begin_object (builder);
      for (int c = 0; c < rs_statement_column_count (stmt); c++)
        {
          json_builder_set_member_name (builder, rs_statement_column_name (stmt, c));
          switch (rs_statement_column_type (stmt, c))
            {
            case RS_SQL_INTEGER:
              json_builder_add_int_value (builder, rs_statement_column_int64 (stmt, c));
              break;
            case RS_SQL_FLOAT:
              json_builder_add_double_value (builder, rs_statement_column_double (stmt, c));
              break;
            case RS_SQL_TEXT:
              json_builder_add_string_value (builder, (const char *) rs_statement_column_text (stmt, c));
              break;
            case RS_SQL_BLOB:
              {
                g_autofree char *b64 = g_base64_encode (rs_statement_column_blob (stmt, c),
                                                        rs_statement_column_bytes (stmt, c));
                json_builder_begin_object (builder);
                json_builder_set_member_name (builder, "blob");
                json_builder_add_string_value (builder, b64);
                json_builder_end_object (builder);
              }
              break;
            default:
              json_builder_add_null_value (builder);
              break;
            }
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  if (rc != RS_SQL_DONE)
    return rs_database_set_error (db, rc, error);
  return TRUE;
}

gboolean
rs_response_store_delete (RsDatabase *db,
                          gint64      response_id,
                          GError    **error)
{
  g_autoptr(RsHearingResponse) r = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;

  if (!rs_database_begin (db, error))
    return FALSE;
  r = rs_response_store_get (db, response_id, error);
  if (r == NULL)
    goto fail;
  json_builder_begin_array (builder);
  if (!dump_rows (db, builder, "hearing_response", "id = ?", response_id, error) ||
      !dump_rows (db, builder, "response_point", "response_id = ?", response_id, error) ||
      !dump_rows (db, builder, "attachment", "owner_type = 'hearing_response' AND owner_id = ?",
                  response_id, error))
    goto fail;
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  /* Deleted responses are kept for undo for 30 days, then gone for good. */
  if (!rs_database_run (db, error,
                        "DELETE FROM hearing_response_trash WHERE deleted_at < "
                        "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-30 days')", NULL))
    goto fail;
  if (!rs_database_run (db, error,
                        "INSERT OR REPLACE INTO hearing_response_trash (response_id, round_id, snapshot) "
                        "VALUES (?, ?, ?)", "iit", response_id,
                        rs_hearing_response_get_round_id (r), json) ||
      !rs_audit_log (db, "hearing_response", response_id, "delete", "", error) ||
      !rs_database_run (db, error, "DELETE FROM hearing_response WHERE id = ?", "i", response_id))
    goto fail;
  return rs_database_commit (db, error);

fail:
  rs_database_rollback (db);
  return FALSE;
}

static gboolean
insert_row (RsDatabase *db,
            const char *table,
            JsonObject *row,
            GError    **error)
{
  g_autoptr(GList) members = json_object_get_members (row);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autoptr(RsStatement) stmt = NULL;
  int i = 1;

  g_string_printf (sql, "INSERT INTO %s (", table);
  for (GList *l = members; l != NULL; l = l->next)
    {
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", (const char *) l->data);
      g_string_append_printf (sql, "%s%s", l == members ? "" : ", ", quoted);
      g_string_append_printf (marks, "%s?", l == members ? "" : ", ");
    }
  g_string_append_printf (sql, ") VALUES (%s)", marks->str);
  stmt = rs_database_prepare (db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  for (GList *l = members; l != NULL; l = l->next, i++)
    {
      JsonNode *node = json_object_get_member (row, l->data);

      if (JSON_NODE_HOLDS_NULL (node))
        rs_statement_bind_null (stmt, i);
      else if (JSON_NODE_HOLDS_OBJECT (node))
        {
          const char *b64 = json_object_get_string_member_with_default (json_node_get_object (node),
                                                                        "blob", "");
          gsize len = 0;
          g_autofree guchar *data = g_base64_decode (b64, &len);
          rs_statement_bind_blob (stmt, i, data, len);
        }
      else if (json_node_get_value_type (node) == G_TYPE_INT64)
        rs_statement_bind_int64 (stmt, i, json_node_get_int (node));
      else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        rs_statement_bind_double (stmt, i, json_node_get_double (node));
      else if (json_node_get_value_type (node) == G_TYPE_STRING)
        rs_statement_bind_text (stmt, i, json_node_get_string (node), -1);
      else
        rs_statement_bind_null (stmt, i);
    }
  return rs_database_step_done (db, stmt, error);
}

gboolean
rs_response_store_restore (RsDatabase *db,
                           gint64      response_id,
                           GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(RsStatement) stmt = NULL;
  JsonArray *tables;
  int rc;

  if (!rs_database_begin (db, error))
    return FALSE;
  stmt = rs_database_query (db, error, "SELECT snapshot FROM hearing_response_trash WHERE response_id = ?",
                            "i", response_id);
  if (stmt == NULL)
    goto fail;
  rc = rs_statement_step (stmt);
  if (rc != RS_SQL_ROW)
    {
      if (rc == RS_SQL_DONE)
        g_set_error (error, RS_HEARING_ERROR, RS_HEARING_ERROR_NOT_FOUND,
                     _("Response %lld is not among the deleted responses."), (long long) response_id);
      else
        rs_database_set_error (db, rc, error);
      goto fail;
    }
  if (!json_parser_load_from_data (parser, (const char *) rs_statement_column_text (stmt, 0), -1, error) ||
      !JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
    goto fail;
  g_clear_pointer (&stmt, rs_statement_finalize);
  tables = json_node_get_array (json_parser_get_root (parser));
  for (guint t = 0; t < json_array_get_length (tables); t++)
    {
      JsonObject *table = json_array_get_object_element (tables, t);
      const char *name = table ? json_object_get_string_member_with_default (table, "table", "") : "";
      JsonArray *rows = table && json_object_has_member (table, "rows")
                        ? json_object_get_array_member (table, "rows") : NULL;

      if (!g_str_equal (name, "hearing_response") && !g_str_equal (name, "response_point") &&
          !g_str_equal (name, "attachment"))
        continue;
      for (guint i = 0; rows != NULL && i < json_array_get_length (rows); i++)
        if (!insert_row (db, name, json_array_get_object_element (rows, i), error))
          goto fail;
    }
  if (!rs_database_run (db, error, "DELETE FROM hearing_response_trash WHERE response_id = ?",
                        "i", response_id) ||
      !rs_audit_log (db, "hearing_response", response_id, "restore", "", error))
    goto fail;
  return rs_database_commit (db, error);

fail:
  g_clear_pointer (&stmt, rs_statement_finalize);
  rs_database_rollback (db);
  return FALSE;
}

gint64
rs_response_store_find_hash (RsDatabase *db,
                             gint64      round_id,
                             const char *hash,
                             GError    **error)
{
  RsStatement *stmt;
  gint64 id = 0;
  int rc;

  if (hash == NULL || *hash == '\0')
    return 0;
  rs_database_lock (db);
  stmt = rs_database_query (db, error,
                            "SELECT id FROM hearing_response WHERE round_id = ? AND content_hash = ? "
                            "ORDER BY id LIMIT 1", "it", round_id, hash);
  if (stmt == NULL)
    {
      rs_database_unlock (db);
      return -1;
    }
  rc = rs_statement_step (stmt);
  if (rc == RS_SQL_ROW)
    id = rs_statement_column_int64 (stmt, 0);
  else if (rc != RS_SQL_DONE)
    id = rs_database_set_error (db, rc, error) ? -1 : -1;
  rs_statement_finalize (stmt);
  rs_database_unlock (db);
  return id;
}
