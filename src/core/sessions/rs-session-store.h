/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-agenda-item.h"
#include "rs-database.h"
#include "rs-registration.h"
#include "rs-session.h"

G_BEGIN_DECLS

/* Sessions (RsSession: meetings of a panel, a lab, or open meetings), their
 * agenda and registrations. Synchronous: call from the CLI, tests or the database
 * thread (rs_database_run_async). */

const char     *rs_registration_status_to_string (RsRegistrationStatus status);

/* The meetings of a process (RsSession), by start. */
GListStore     *rs_session_store_list         (RsDatabase     *db,
                                               gint64          process_id,
                                               GError        **error);
RsSession      *rs_session_store_get          (RsDatabase     *db,
                                               gint64          session_id,
                                               GError        **error);
gint64          rs_session_store_create       (RsDatabase     *db,
                                               RsSession      *info,
                                               GError        **error);
/* Saves the editable fields of @info (id set); panel_id/lab_id 0 clear them.
 * With a version set (as read), the save is refused with
 * RS_DATABASE_ERROR_CONFLICT when someone saved the meeting since, and
 * counts @info's version on when it succeeds; version 0 saves whatever is
 * stored. */
gboolean        rs_session_store_update       (RsDatabase     *db,
                                               RsSession      *info,
                                               GError        **error);
/* Deletes a session with its agenda and registrations. */
gboolean        rs_session_store_delete       (RsDatabase     *db,
                                               gint64          session_id,
                                               GError        **error);
/* The person meant by @text (pseudonym "P-0042", its number "42" or the
 * source id) in the pool of the session's panel, or of the process's
 * panels for a lab or open meeting; 0 with an error saying which kind of
 * reference failed (see rs_person_ref_resolve()). */
gint64          rs_session_store_find_person  (RsDatabase     *db,
                                               gint64          session_id,
                                               const char     *text,
                                               GError        **error);
/* The agenda (RsAgendaItem) in order. */
GPtrArray      *rs_session_store_agenda       (RsDatabase     *db,
                                               gint64          session_id,
                                               GError        **error);
gboolean        rs_session_store_add_agenda_item (RsDatabase  *db,
                                               gint64          session_id,
                                               const char     *title,
                                               int             duration_min,
                                               const char     *presenter,
                                               GError        **error);

/* Registers @person_id: registered while there is room, otherwise on the
 * waiting list. *status_out gets the resulting status. */
gboolean        rs_session_store_register     (RsDatabase     *db,
                                               gint64          session_id,
                                               gint64          person_id,
                                               RsRegistrationStatus *status_out,
                                               GError        **error);
/* Registers each of @person_ids (gint64) in order, in one transaction;
 * *n_added_out gets how many were not registered or waiting before. */
gboolean        rs_session_store_register_many (RsDatabase    *db,
                                               gint64          session_id,
                                               GArray         *person_ids,
                                               guint          *n_added_out,
                                               GError        **error);
/* The members of a panel: its chair and everyone holding a seat (selected
 * or confirmed), the chair first, then by pseudonym. */
GArray         *rs_session_store_panel_members (RsDatabase    *db,
                                               gint64          panel_id,
                                               GError        **error);
/* Registers the members of the session's panel (see
 * rs_session_store_panel_members()); nothing for a session without one. */
gboolean        rs_session_store_register_members (RsDatabase *db,
                                               gint64          session_id,
                                               guint          *n_added_out,
                                               GError        **error);
/* Cancels a registration; when that frees a seat, the first person on the
 * waiting list is promoted (*promoted_out gets their id, or 0). */
gboolean        rs_session_store_cancel       (RsDatabase     *db,
                                               gint64          session_id,
                                               gint64          person_id,
                                               gint64         *promoted_out,
                                               GError        **error);
/* All registrations (RsRegistration) in order: registered, then waiting, then cancelled.
 * Names (from person_contact) only when @with_names. */
GPtrArray      *rs_session_store_registrations (RsDatabase    *db,
                                               gint64          session_id,
                                               gboolean        with_names,
                                               GError        **error);

/* Parses "2026-06-13T10:00" (seconds optional) in @tz; NULL if invalid. */
GDateTime      *rs_session_parse_time         (const char     *text,
                                               GTimeZone      *tz);

G_END_DECLS
