/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"
#include "rs-open-registration.h"
#include "rs-registration.h"

G_BEGIN_DECLS

/* Open meetings with public registration: a welfare meeting, a youth
 * meeting, an open lab or any other open meeting takes registrations from
 * anyone (RsOpenRegistration), beside the registrations of pool members
 * (rs-session-store.h). Capacity counts both; a cancellation promotes the
 * first on the public waiting list.
 *
 * A member of the public is one participant of the process, recognised
 * across its meetings by the same e-mail (case and spaces ignored), the
 * same phone number (digits only, +45 ignored) or, for a full name without
 * conflicting contacts, the same name and district. Registering the same
 * participant twice for a meeting, or two participants with the same name
 * and district, flags the registration for review ("duplicate",
 * "possible-duplicate"); nothing is dropped. Synchronous functions: call
 * from the CLI, tests or the database thread. */

/* Whether meetings of @kind take public registrations: "open-meeting",
 * "welfare-meeting", "youth-meeting", "open-lab". */
gboolean            rs_session_kind_is_open          (const char   *kind);

/* The keys a participant is recognised by ("" when the value gives none). */
char               *rs_open_meeting_email_key        (const char   *email);
char               *rs_open_meeting_phone_key        (const char   *phone);

/* Registers the participant described by @info (name, email, phone,
 * age-band, district, heard-via, first-time, registered-at, source,
 * review-note) for @session_id: registered while there is room, otherwise
 * on the waiting list. Returns the registration's id, or 0 with @error.
 * *status_out (may be NULL) gets the status. */
gint64              rs_open_meeting_store_add        (RsDatabase          *db,
                                                      gint64               session_id,
                                                      RsOpenRegistration  *info,
                                                      RsRegistrationStatus *status_out,
                                                      GError             **error);
/* Saves what the participant of registration @info (id set) gave: name,
 * e-mail, phone, age band, district, how they heard, first time; and the
 * registration's review note. */
gboolean            rs_open_meeting_store_update     (RsDatabase          *db,
                                                      RsOpenRegistration  *info,
                                                      GError             **error);
/* Cancels a registration; when that frees a seat the first on the waiting
 * list is registered (*promoted_out gets that registration's id, or 0). */
gboolean            rs_open_meeting_store_cancel     (RsDatabase          *db,
                                                      gint64               registration_id,
                                                      gint64              *promoted_out,
                                                      GError             **error);
/* Undoes rs_open_meeting_store_cancel(): the registration gets its seat
 * back (or its place on the waiting list when it had none), and
 * @promoted_id (0: none) goes back to the waiting list. */
gboolean            rs_open_meeting_store_restore    (RsDatabase          *db,
                                                      gint64               registration_id,
                                                      gint64               promoted_id,
                                                      GError             **error);
/* -1 not recorded, 0 absent, 1 present. */
gboolean            rs_open_meeting_store_set_attended (RsDatabase        *db,
                                                      gint64               registration_id,
                                                      int                  attended,
                                                      GError             **error);
/* Clears the review note (the facilitator had a look). */
gboolean            rs_open_meeting_store_mark_reviewed (RsDatabase       *db,
                                                      gint64               registration_id,
                                                      GError             **error);
/* Records today as the day confirmations (@reminder FALSE) or reminders
 * were sent to the registered of @session_id who have none yet;
 * *n_out (may be NULL) gets how many. */
gboolean            rs_open_meeting_store_mark_sent  (RsDatabase          *db,
                                                      gint64               session_id,
                                                      gboolean             reminder,
                                                      guint               *n_out,
                                                      GError             **error);

/* Erases, on request (GDPR art. 17), the name, contacts and the keys made
 * from them of the participant of @registration_id, and where their
 * registrations came from; the pseudonym, age band, district and
 * registrations stay for the counts. *pseudonym_out (may be NULL) gets the
 * pseudonym. */
gboolean            rs_open_meeting_store_erase_participant (RsDatabase   *db,
                                                      gint64               registration_id,
                                                      char               **pseudonym_out,
                                                      GError             **error);

void                rs_open_meeting_store_erase_participant_async (RsDatabase *db,
                                                      gint64               registration_id,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean            rs_open_meeting_store_erase_participant_finish (RsDatabase *db,
                                                      GAsyncResult        *result,
                                                      GError             **error);

/* Every public registration of the process's meetings (RsOpenRegistration,
 * with names and contacts), by meeting, then registered, waiting,
 * cancelled, each in order; meetings and other-meetings filled. */
GListStore         *rs_open_meeting_store_list       (RsDatabase          *db,
                                                      gint64               process_id,
                                                      GError             **error);
/* The registrations of one meeting in the same order; @duplicates_only
 * keeps those flagged for review as duplicates or whose participant is
 * registered for other meetings too. */
GPtrArray          *rs_open_meeting_store_list_session (RsDatabase        *db,
                                                      gint64               session_id,
                                                      gboolean             duplicates_only,
                                                      GError             **error);

/* A meeting's own target: @share percent of its participants aged
 * @age_from–@age_to (a youth meeting's 15–24). @share < 0 removes it. */
gboolean            rs_open_meeting_store_set_target (RsDatabase          *db,
                                                      gint64               session_id,
                                                      int                  age_from,
                                                      int                  age_to,
                                                      double               share,
                                                      GError             **error);
/* FALSE (no error) when the meeting has none. */
gboolean            rs_open_meeting_store_get_target (RsDatabase          *db,
                                                      gint64               session_id,
                                                      int                 *age_from,
                                                      int                 *age_to,
                                                      double              *share,
                                                      GError             **error);

/* For letters (rs-letters.c): the public registered (not waiting) for the
 * meeting bound as the one parameter, and the public of the process bound
 * who attended one of its meetings; rows of name, address, postcode, city
 * (all ""), e-mail, each participant once. */
#define RS_OPEN_MEETING_LETTER_REGISTERED_SQL \
  "SELECT DISTINCT p.name, '', '', '', p.email, p.pseudonym FROM open_registration r JOIN participant p " \
  "ON p.id = r.participant_id WHERE r.session_id = ? AND r.status = 'registered' ORDER BY p.pseudonym"
#define RS_OPEN_MEETING_LETTER_ATTENDED_SQL \
  "SELECT DISTINCT p.name, '', '', '', p.email, p.pseudonym FROM open_registration r JOIN participant p " \
  "ON p.id = r.participant_id JOIN session s ON s.id = r.session_id WHERE s.process_id = ? " \
  "AND r.attended = 1 ORDER BY p.pseudonym"

/* The same on the database thread. */
void                rs_open_meeting_store_list_async (RsDatabase          *db,
                                                      gint64               process_id,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
GListStore         *rs_open_meeting_store_list_finish (RsDatabase         *db,
                                                      GAsyncResult        *result,
                                                      GError             **error);
/* Adds (id 0) or updates @info for @session_id. */
void                rs_open_meeting_store_save_async (RsDatabase          *db,
                                                      gint64               session_id,
                                                      RsOpenRegistration  *info,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean            rs_open_meeting_store_save_finish (RsDatabase         *db,
                                                      GAsyncResult        *result,
                                                      GError             **error);
/* Cancels a registration; the finish function gives the promoted
 * registration's id (0: none) for undo, or -1 with @error. */
void                rs_open_meeting_store_cancel_async (RsDatabase        *db,
                                                      gint64               registration_id,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gint64              rs_open_meeting_store_cancel_finish (RsDatabase       *db,
                                                      GAsyncResult        *result,
                                                      GError             **error);
void                rs_open_meeting_store_restore_async (RsDatabase       *db,
                                                      gint64               registration_id,
                                                      gint64               promoted_id,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean            rs_open_meeting_store_restore_finish (RsDatabase      *db,
                                                      GAsyncResult        *result,
                                                      GError             **error);
/* rs_open_meeting_store_set_target() on the database thread. */
void                rs_open_meeting_store_set_target_async (RsDatabase    *db,
                                                      gint64               session_id,
                                                      int                  age_from,
                                                      int                  age_to,
                                                      double               share,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean            rs_open_meeting_store_set_target_finish (RsDatabase   *db,
                                                      GAsyncResult        *result,
                                                      GError             **error);
/* rs_open_meeting_store_mark_sent(); the finish gives the count, or -1. */
void                rs_open_meeting_store_mark_sent_async (RsDatabase     *db,
                                                      gint64               session_id,
                                                      gboolean             reminder,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
int                 rs_open_meeting_store_mark_sent_finish (RsDatabase    *db,
                                                      GAsyncResult        *result,
                                                      GError             **error);
/* @attended as for rs_open_meeting_store_set_attended(); 2 marks reviewed. */
void                rs_open_meeting_store_mark_async (RsDatabase          *db,
                                                      gint64               registration_id,
                                                      int                  attended,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean            rs_open_meeting_store_mark_finish (RsDatabase         *db,
                                                      GAsyncResult        *result,
                                                      GError             **error);

G_END_DECLS
