/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-attendance-stat.h"
#include "rs-database.h"
#include "rs-person-ref.h"

G_BEGIN_DECLS

/* Attendance per person and its statistics per category value. */

/* Marks @person_id present or absent. Only people registered for the
 * session (registered, waiting or cancelled) can be marked present: anyone
 * else is refused with RS_PERSON_REF_ERROR_NOT_REGISTERED ("P-0042 is not
 * registered for this meeting."), unless @register_walk_in, which registers
 * them first (a walk-in, on an explicit choice). */
gboolean    rs_attendance_set                 (RsDatabase   *db,
                                               gint64        session_id,
                                               gint64        person_id,
                                               gboolean      present,
                                               gboolean      register_walk_in,
                                               GError      **error);
/* Finds the person meant by what was typed at the door: a pseudonym
 * ("P-0042", case-insensitive), its number ("42", "0042") or the id in the
 * source register, in the pool of the session's panel (or of the process's
 * panels for a lab or open meeting); see rs_person_ref_resolve(). Returns 0
 * with an error saying which kind of reference failed. */
gint64      rs_attendance_find_person         (RsDatabase   *db,
                                               gint64        session_id,
                                               const char   *text,
                                               GError      **error);
/* Reads a CSV file (',' ';' or tab, UTF-8 or Windows-1252) naming people
 * as rs_attendance_find_person() takes them. The column is chosen by its
 * header: "pseudonym" (pseudonyms or numbers), "source_id"/"external_id"/
 * "kilde_id" (ids in the source register) or "id"/"person"/"person_id"
 * (any of them); without such a header, the first column holds any of
 * them. Returns the person ids in file order (duplicates dropped), or NULL
 * with an error naming the file, line and column; *lines_out (optional)
 * gets the line (guint) of each. */
GArray     *rs_attendance_read_people_csv     (RsDatabase   *db,
                                               gint64        session_id,
                                               const char   *path,
                                               GArray      **lines_out,
                                               GError      **error);
/* Marks the people of a CSV file (see rs_attendance_read_people_csv())
 * present, all in one transaction: an unknown person, or one not
 * registered for the session (unless @register_walk_ins), is an error
 * naming the file, line and column, and nothing is stored. *n_marked_out
 * gets the number of people marked. */
gboolean    rs_attendance_import_csv          (RsDatabase   *db,
                                               gint64        session_id,
                                               const char   *path,
                                               gboolean      register_walk_ins,
                                               guint        *n_marked_out,
                                               GError      **error);
/* Registers the people of a CSV file for the session in file order (seats
 * while there is room, then the waiting list), in one transaction.
 * *n_registered_out gets the number newly registered or waiting. */
gboolean    rs_registration_import_csv        (RsDatabase   *db,
                                               gint64        session_id,
                                               const char   *path,
                                               guint        *n_registered_out,
                                               GError      **error);
/* Attendance share per category value (RsAttendanceStat) for one session, ordered by
 * category and value position. The chair is not one of the seats and is
 * left out, as in rs-representativeness.h. */
GPtrArray  *rs_attendance_stats               (RsDatabase   *db,
                                               gint64        session_id,
                                               GError      **error);

/* Who took part in a lab: the distinct people present at any of its
 * meetings per value of each category that is not sensitive (the count in
 * "attended"), ordered by category and value position. */
GPtrArray  *rs_attendance_lab_participation   (RsDatabase   *db,
                                               gint64        lab_id,
                                               GError      **error);

G_END_DECLS
