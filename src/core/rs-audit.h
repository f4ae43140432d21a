/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-audit-entry.h"
#include "rs-database.h"

G_BEGIN_DECLS

/*
 * The audit log: who changed which record, when and how. The stores write
 * it in the transaction of the change (never triggers), so it looks the
 * same on every backend.
 *
 * Who: on an SQLite file the user's real name and login, e.g.
 * "Mette Holm (mholm)"; rs_audit_set_actor() overrides it for a database
 * handle. This is the hook for the PostgreSQL backend, which sets the
 * connection's current_user here once connected.
 */
const char *rs_audit_get_actor   (RsDatabase   *db);
void        rs_audit_set_actor   (RsDatabase   *db,
                                  const char   *actor);

/* Appends a row; @process_id 0 stores none. The caller may hold a
 * transaction. @details is a short summary of what changed (field names,
 * codes), never personal data of a pool member beyond a pseudonym. */
gboolean    rs_audit_write       (RsDatabase   *db,
                                  gint64        process_id,
                                  const char   *entity,
                                  gint64        entity_id,
                                  const char   *action,
                                  const char   *details,
                                  GError      **error);

/* Rows, newest first: of one record (@entity and @entity_id), of one
 * entity kind (@entity_id 0), of a process (@entity NULL, @process_id set)
 * or all (everything 0/NULL). */
GListStore *rs_audit_list        (RsDatabase   *db,
                                  const char   *entity,
                                  gint64        entity_id,
                                  gint64        process_id,
                                  GError      **error);
void        rs_audit_list_async  (RsDatabase          *db,
                                  const char          *entity,
                                  gint64               entity_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
GListStore *rs_audit_list_finish (RsDatabase          *db,
                                  GAsyncResult        *result,
                                  GError             **error);
/* The newest row of a record, or NULL (with no error when there is none). */
RsAuditEntry *rs_audit_last      (RsDatabase   *db,
                                  const char   *entity,
                                  gint64        entity_id,
                                  GError      **error);
/* Erasure: blanks the summaries of a record's rows (@entity_id 0: of every
 * record of @entity in @process_id). */
gboolean    rs_audit_forget      (RsDatabase   *db,
                                  const char   *entity,
                                  gint64        entity_id,
                                  gint64        process_id,
                                  GError      **error);

/* Adds "field" (or "field: old → new" when @show_values) to @summary when
 * @before and @after differ. */
void        rs_audit_diff        (GString      *summary,
                                  const char   *field,
                                  const char   *before,
                                  const char   *after,
                                  gboolean      show_values);

/* Sets RS_DATABASE_ERROR_CONFLICT on @error: @what (e.g. "This point") was
 * changed by someone else since it was read; names who and when from the
 * record's newest audit row. */
void        rs_audit_set_conflict (RsDatabase  *db,
                                   const char  *entity,
                                   gint64       entity_id,
                                   const char  *what,
                                   GError     **error);

G_END_DECLS
