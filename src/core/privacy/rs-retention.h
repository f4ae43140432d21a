/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-database.h"

G_BEGIN_DECLS

/* How long contact data are kept when neither the process nor Preferences
 * says otherwise: months after the evaluation phase. */
#define RS_DEFAULT_RETENTION_MONTHS 12

/* The retention of one budget process's personal data. */
typedef struct
{
  gint64    process_id;
  char     *evaluation_on;     /* the evaluation phase's date, or NULL */
  int       months;            /* months after the evaluation in effect */
  gboolean  months_is_default; /* the process has no months of its own */
  char     *until_override;    /* an explicit date for the process, or NULL */
  char     *until;             /* the retention date in effect, or NULL when unknown */
  gboolean  passed;            /* @until lies before today */
  int       pending;           /* pool members and private senders not yet erased */
  char     *erased_at;         /* the last erasure of the whole process, or NULL */
} RsRetention;

void         rs_retention_free            (RsRetention  *self);
/* The default from the "retention-months" setting (when @settings has it),
 * else RS_DEFAULT_RETENTION_MONTHS. */
int          rs_retention_default_months  (GSettings    *settings);
/* @today: "YYYY-MM-DD", or NULL for the local date. */
RsRetention *rs_retention_get             (RsDatabase   *db,
                                           gint64        process_id,
                                           int           default_months,
                                           const char   *today,
                                           GError      **error);
/* @months < 0: use the default; @until NULL or "": computed from months. */
gboolean     rs_retention_set             (RsDatabase   *db,
                                           gint64        process_id,
                                           int           months,
                                           const char   *until,
                                           GError      **error);
/* The ids of the processes whose retention date has passed and that still
 * hold personal data (all processes, or only @process_id when > 0). */
GArray      *rs_retention_list_due        (RsDatabase   *db,
                                           gint64        process_id,
                                           int           default_months,
                                           const char   *today,
                                           GError      **error);
char        *rs_retention_today           (void);

void         rs_retention_get_async       (RsDatabase          *db,
                                           gint64               process_id,
                                           int                  default_months,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
RsRetention *rs_retention_get_finish      (RsDatabase          *db,
                                           GAsyncResult        *result,
                                           GError             **error);

/* rs_retention_set() on the database thread, for a process that exists
 * (rs-privacy-async.c). */
void         rs_retention_set_async       (RsDatabase          *db,
                                           gint64               process_id,
                                           int                  months,
                                           const char          *until,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean     rs_retention_set_finish      (RsDatabase          *db,
                                           GAsyncResult        *result,
                                           GError             **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsRetention, rs_retention_free)

G_END_DECLS
