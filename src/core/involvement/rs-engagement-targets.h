/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* Engagement targets a facilitator sets per process, and what Rådslag
 * measures from its own records:
 *  - registrations: registrations for the process's meetings (not cancelled),
 *    pool members' and the public's (rs-open-meeting-store.h);
 *  - participants: people who attended a meeting, in all or per district
 *    (the pool's district value; the district a member of the public gave);
 *  - parties-heard: associations and other parties that answered a hearing,
 *    plus private responses;
 *  - youth-share: % of participants in an age band that ends at 29 or below;
 *  - first-timers-share: % of participants with no attendance in an earlier
 *    process (same name and household); for the public, of those who
 *    answered the form's "first time?", those who said yes;
 *  - digital-comments: the process's digital comments (rs-comment-store.h);
 *    an actual entered by hand stands only while none are recorded.
 * Shares are percentages (0–100). */
typedef enum
{
  RS_TARGET_REGISTRATIONS,
  RS_TARGET_PARTICIPANTS,
  RS_TARGET_PARTIES_HEARD,
  RS_TARGET_YOUTH_SHARE,
  RS_TARGET_FIRST_TIMERS_SHARE,
  RS_TARGET_DIGITAL_COMMENTS,
  RS_N_TARGET_KINDS
} RsTargetKind;

typedef struct
{
  RsTargetKind kind;
  char        *district;     /* "" for the whole municipality */
  gboolean     has_target;
  double       target;
  gboolean     has_actual;
  double       actual;
  gboolean     measured;     /* the actual comes from Rådslag's records */
} RsEngagementTarget;

void         rs_engagement_target_free      (RsEngagementTarget *target);

const char  *rs_target_kind_to_string       (RsTargetKind  kind);
gboolean     rs_target_kind_from_string     (const char   *text,
                                             RsTargetKind *out);
/* Translated, e.g. "Youth share". */
const char  *rs_target_kind_get_label       (RsTargetKind  kind);
gboolean     rs_target_kind_is_share        (RsTargetKind  kind);

/* Sets a target (@target < 0: keep none) and, for what Rådslag cannot
 * measure, an actual entered by hand (@actual < 0: none). A district only
 * for participants. Shares must lie in 0–100. */
gboolean     rs_engagement_targets_set      (RsDatabase   *db,
                                             gint64        process_id,
                                             RsTargetKind  kind,
                                             const char   *district,
                                             double        target,
                                             double        actual,
                                             GError      **error);
gboolean     rs_engagement_targets_remove   (RsDatabase   *db,
                                             gint64        process_id,
                                             RsTargetKind  kind,
                                             const char   *district,
                                             GError      **error);
/* Every kind for the whole municipality (with or without a target), then
 * each district with a participants target; actuals measured now. */
GPtrArray   *rs_engagement_targets_list     (RsDatabase   *db,
                                             gint64        process_id,
                                             GError      **error);
/* The same on the database thread. */
void         rs_engagement_targets_list_async  (RsDatabase          *db,
                                                gint64               process_id,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
GPtrArray   *rs_engagement_targets_list_finish (RsDatabase          *db,
                                                GAsyncResult        *result,
                                                GError             **error);
/* The process of an evaluation's owner ("panel", "lab", "session" or
 * "process"), for its targets; 0 with @error when there is none. */
gint64       rs_engagement_owner_process    (RsDatabase   *db,
                                             const char   *owner_type,
                                             gint64        owner_id,
                                             GError      **error);
/* "1800" or "25 %"; "–" when @has is FALSE. */
char        *rs_engagement_format_value     (RsTargetKind  kind,
                                             gboolean      has,
                                             double        value);
/* The gap (actual − target) as "+12", "−1453" or "−5 points"; "–" when
 * either is missing. */
char        *rs_engagement_format_gap       (const RsEngagementTarget *target);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsEngagementTarget, rs_engagement_target_free)

G_END_DECLS
