/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Attendance per person and its statistics per category value. */

typedef struct
{
  gint64  category_id;
  char   *category;
  gint64  value_id;
  char   *value;
  int     registered;   /* registered (not waiting or cancelled) */
  int     attended;
  double  share;        /* attended / registered, 0 when nobody registered */
} RsAttendanceStat;

void        rs_attendance_stat_free           (RsAttendanceStat *stat);

/* Marks @person_id present or absent. A person who came without registering
 * is added as registered (a walk-in). */
gboolean    rs_attendance_set                 (RsDatabase   *db,
                                               gint64        session_id,
                                               gint64        person_id,
                                               gboolean      present,
                                               GError      **error);
/* Finds the person meant by what was typed at the door: a pseudonym
 * ("P-0042", case-insensitive), an external id, the person id, or the bare
 * number of a pseudonym ("42"). Registered people of the session come first.
 * Returns 0 with an error when nobody matches. */
gint64      rs_attendance_find_person         (RsDatabase   *db,
                                               gint64        session_id,
                                               const char   *text,
                                               GError      **error);
/* Reads a CSV file with one column of person ids (an optional header row
 * "person_id" or "id") and marks them present, all in one transaction:
 * an unknown id is an error naming the file and row, and nothing is
 * stored. *n_marked_out gets the number of people marked. */
gboolean    rs_attendance_import_csv          (RsDatabase   *db,
                                               gint64        session_id,
                                               const char   *path,
                                               guint        *n_marked_out,
                                               GError      **error);
/* Attendance share per category value for one session, ordered by
 * category and value position. */
GPtrArray  *rs_attendance_stats               (RsDatabase   *db,
                                               gint64        session_id,
                                               GError      **error);

G_END_DECLS
