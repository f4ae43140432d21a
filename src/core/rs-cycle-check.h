/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <gio/gio.h>

#include "rs-types.h"

G_BEGIN_DECLS

typedef enum
{
  RS_CYCLE_WARNING_MISSING_DATE,
  RS_CYCLE_WARNING_ENDS_BEFORE_START,
  RS_CYCLE_WARNING_HEARING_TOO_SHORT,
  RS_CYCLE_WARNING_HEARING_OUTSIDE_READINGS,
  RS_CYCLE_WARNING_RECOMMENDATIONS_LATE,
  RS_CYCLE_WARNING_OUT_OF_ORDER,
} RsCycleWarningKind;

typedef struct
{
  RsCycleWarningKind kind;
  RsPhaseKind        phase;
  char              *message;
} RsCycleWarning;

#define RS_DEFAULT_MIN_HEARING_DAYS 14

/* Checks a cycle's plan (a list model of RsPhase) and returns the problems
 * as a GPtrArray of RsCycleWarning, with translated messages. */
GPtrArray *rs_cycle_check         (GListModel     *phases,
                                   int             min_hearing_days);
void       rs_cycle_warning_free  (RsCycleWarning *warning);

G_END_DECLS
