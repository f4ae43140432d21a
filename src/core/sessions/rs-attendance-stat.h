/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_ATTENDANCE_STAT (rs_attendance_stat_get_type ())
G_DECLARE_FINAL_TYPE (RsAttendanceStat, rs_attendance_stat, RS, ATTENDANCE_STAT, GObject)

/* Attendance at one session of the people of one category value: how many
 * registered and how many came. Read by rs_attendance_stats(). */

RsAttendanceStat*rs_attendance_stat_new             (void);
RsAttendanceStat*rs_attendance_stat_copy            (RsAttendanceStat *self);
gint64      rs_attendance_stat_get_category_id (RsAttendanceStat *self);
void        rs_attendance_stat_set_category_id (RsAttendanceStat *self,
                                                gint64 value);
const char *rs_attendance_stat_get_category    (RsAttendanceStat *self);
void        rs_attendance_stat_set_category    (RsAttendanceStat *self,
                                                const char *value);
gint64      rs_attendance_stat_get_value_id    (RsAttendanceStat *self);
void        rs_attendance_stat_set_value_id    (RsAttendanceStat *self,
                                                gint64 value);
const char *rs_attendance_stat_get_value       (RsAttendanceStat *self);
void        rs_attendance_stat_set_value       (RsAttendanceStat *self,
                                                const char *value);
/* Registered (not waiting or cancelled). */
int         rs_attendance_stat_get_registered  (RsAttendanceStat *self);
void        rs_attendance_stat_set_registered  (RsAttendanceStat *self,
                                                int value);
int         rs_attendance_stat_get_attended    (RsAttendanceStat *self);
void        rs_attendance_stat_set_attended    (RsAttendanceStat *self,
                                                int value);
/* attended / registered, 0 when nobody registered. */
double      rs_attendance_stat_get_share       (RsAttendanceStat *self);
void        rs_attendance_stat_set_share       (RsAttendanceStat *self,
                                                double value);

G_END_DECLS
