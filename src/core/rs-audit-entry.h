/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_AUDIT_ENTRY (rs_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (RsAuditEntry, rs_audit_entry, RS, AUDIT_ENTRY, GObject)

/* One row of the audit log: when (UTC, "YYYY-MM-DDTHH:MM:SSZ"), who, which
 * record (entity kind and id, in which budget process), what action
 * ("create", "update", "delete", "decision", ...) and a short summary of
 * what changed (field names, never a pool member's personal data). */
RsAuditEntry *rs_audit_entry_new            (gint64        id,
                                             const char   *at,
                                             const char   *actor,
                                             gint64        process_id,
                                             const char   *entity,
                                             gint64        entity_id,
                                             const char   *action,
                                             const char   *details);
gint64        rs_audit_entry_get_id         (RsAuditEntry *self);
const char   *rs_audit_entry_get_at         (RsAuditEntry *self);
const char   *rs_audit_entry_get_actor      (RsAuditEntry *self);
gint64        rs_audit_entry_get_process_id (RsAuditEntry *self);
const char   *rs_audit_entry_get_entity     (RsAuditEntry *self);
gint64        rs_audit_entry_get_entity_id  (RsAuditEntry *self);
const char   *rs_audit_entry_get_action     (RsAuditEntry *self);
const char   *rs_audit_entry_get_details    (RsAuditEntry *self);
/* The action and what changed, translated, e.g. "Changed: comment". */
char         *rs_audit_entry_dup_summary    (RsAuditEntry *self);
/* A translated label for an action: "update" is "Changed". */
const char   *rs_audit_action_label         (const char   *action);
/* "2026-12-04 15:30" in local time, for lists. */
char         *rs_audit_entry_format_time    (RsAuditEntry *self);

G_END_DECLS
