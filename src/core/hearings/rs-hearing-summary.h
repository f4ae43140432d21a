/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* One line of a count table: a nick (a party type, a theme, a decision;
 * "" when none) and how many. */
typedef struct
{
  char   *nick;
  gint64  count;
} RsHearingCount;

/* What the council's annex says about a hearing round: counts only. */
typedef struct
{
  gint64     id;
  char      *title;
  char      *starts_on;
  char      *deadline;
  int        invited;      /* consulted parties invited */
  int        answered;     /* … that replied or had no comments */
  gint64     responses;
  GPtrArray *by_sender;    /* RsHearingCount by party type, in its order */
  GPtrArray *by_theme;     /* coded points by theme, most first, then by theme */
  GPtrArray *by_decision;  /* coded points by decision, in its order */
} RsHearingRoundSummary;

void       rs_hearing_round_summary_free (RsHearingRoundSummary *summary);
/* The rounds of @process_id (RsHearingRoundSummary) by start date. */
GPtrArray *rs_hearing_round_store_summarize (RsDatabase *db,
                                             gint64      process_id,
                                             GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsHearingRoundSummary, rs_hearing_round_summary_free)

G_END_DECLS
