/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Districts across the records: per district of a process, what came from
 * it and concerns it, against its population share. Ideas, comments,
 * hearing responses, recommendations, sessions and attendance carry a
 * district (a name of the process's district list, '' for none). */

typedef struct
{
  char   *district;
  gint64  population;          /* -1: not known */
  double  population_share;    /* % of the known population, -1: not known */
  int     comments;
  int     ideas;
  int     responses;
  int     recommendations;
  int     sessions;
  int     participants;        /* people who attended, by their registration's district,
                                * else the pool's district value, else the meeting's;
                                * and the public at open meetings, by their own district,
                                * else the meeting's */
  double  participant_share;   /* % of participants with a district, -1: none */
} RsDistrictCounts;

void        rs_district_counts_free      (RsDistrictCounts *counts);

/* One entry per district of the list, in its order. */
GPtrArray  *rs_district_summary_load     (RsDatabase   *db,
                                          gint64        process_id,
                                          GError      **error);
void        rs_district_summary_load_async  (RsDatabase          *db,
                                             gint64               process_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GPtrArray  *rs_district_summary_load_finish (RsDatabase          *db,
                                             GAsyncResult        *result,
                                             GError             **error);
/* A count for display: "< 5" when 0 < @n < @limit (small cells are never
 * shown), else the number. */
char       *rs_district_format_count     (int           n,
                                          int           limit);
/* A share "12 %", "–" when unknown or when its count is a small cell. */
char       *rs_district_format_share     (double        share,
                                          int           count,
                                          int           limit);

/* The kinds of record that carry a district. */
typedef enum
{
  RS_DISTRICT_RECORD_IDEA,
  RS_DISTRICT_RECORD_COMMENT,
  RS_DISTRICT_RECORD_RESPONSE,
  RS_DISTRICT_RECORD_RECOMMENDATION,
  RS_DISTRICT_RECORD_SESSION,
  RS_DISTRICT_RECORD_ATTENDANCE,   /* a registration: @id is the session, @person_id the person */
} RsDistrictRecord;

/* "idea", "comment", "response", "recommendation", "session", "attendance". */
gboolean    rs_district_record_from_string (const char       *text,
                                            RsDistrictRecord *out);
/* Sets the district of one record ('' or NULL clears it). The district
 * must be on the list of the record's process (matched without regard to
 * case) when that list is not empty. */
gboolean    rs_district_record_set       (RsDatabase       *db,
                                          RsDistrictRecord  kind,
                                          gint64            id,
                                          gint64            person_id,
                                          const char       *district,
                                          GError          **error);
/* The district of one record ("" when none). */
char       *rs_district_record_get       (RsDatabase       *db,
                                          RsDistrictRecord  kind,
                                          gint64            id,
                                          gint64            person_id,
                                          GError          **error);

/* What an editor's district chooser needs, on the database thread: the
 * names on the process's district list and the record's district ("" for
 * none, and for @id 0, a record not yet stored). */
typedef struct
{
  GStrv  names;
  char  *current;
} RsDistrictChoice;

void        rs_district_choice_free      (RsDistrictChoice *choice);
RsDistrictChoice *rs_district_choice_load (RsDatabase      *db,
                                          gint64            process_id,
                                          RsDistrictRecord  kind,
                                          gint64            id,
                                          gint64            person_id,
                                          GError          **error);
void        rs_district_choice_load_async  (RsDatabase          *db,
                                            gint64               process_id,
                                            RsDistrictRecord     kind,
                                            gint64               id,
                                            gint64               person_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
RsDistrictChoice *rs_district_choice_load_finish (RsDatabase          *db,
                                                  GAsyncResult        *result,
                                                  GError             **error);
/* Sets the district of the records @ids (gint64) of @kind in one
 * transaction (all or none), as rs_district_record_set() does; not for
 * attendance. */
gboolean    rs_district_records_set      (RsDatabase       *db,
                                          RsDistrictRecord  kind,
                                          GArray           *ids,
                                          const char       *district,
                                          GError          **error);
void        rs_district_records_set_async  (RsDatabase          *db,
                                            RsDistrictRecord     kind,
                                            GArray              *ids,
                                            const char          *district,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    rs_district_records_set_finish (RsDatabase          *db,
                                            GAsyncResult        *result,
                                            GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsDistrictChoice, rs_district_choice_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsDistrictCounts, rs_district_counts_free)

G_END_DECLS
