/* SPDX-License-Identifier: MPL-2.0 */
#define G_LOG_DOMAIN "rs-cycle-check"

#include "config.h"

#include <glib/gi18n.h>

#include "rs-cycle-check.h"
#include "rs-date.h"
#include "rs-phase.h"

void
rs_cycle_warning_free (RsCycleWarning *warning)
{
  g_free (warning->message);
  g_free (warning);
}

G_GNUC_PRINTF (4, 5)
static void
add_warning (GPtrArray          *warnings,
             RsCycleWarningKind  kind,
             RsPhaseKind         phase,
             const char         *format,
             ...)
{
  RsCycleWarning *w = g_new0 (RsCycleWarning, 1);
  va_list args;

  va_start (args, format);
  w->kind = kind;
  w->phase = phase;
  w->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (warnings, w);
}

static const char *
start_of (RsPhase *phase)
{
  return rs_phase_get_starts_on (phase) ? rs_phase_get_starts_on (phase)
                                        : rs_phase_get_ends_on (phase);
}

static const char *
end_of (RsPhase *phase)
{
  return rs_phase_get_ends_on (phase) ? rs_phase_get_ends_on (phase)
                                      : rs_phase_get_starts_on (phase);
}

GPtrArray *
rs_cycle_check (GListModel *phases,
                int         min_hearing_days)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) rs_cycle_warning_free);
  RsPhase *by_kind[RS_N_PHASES] = { NULL };
  RsPhase *hearing, *first, *second, *recs;
  guint n = g_list_model_get_n_items (phases);
  RsPhase *previous = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RsPhase) phase = g_list_model_get_item (phases, i);
      by_kind[rs_phase_get_kind (phase)] = phase;
    }

  for (int k = 0; k < RS_N_PHASES; k++)
    {
      RsPhase *phase = by_kind[k];
      int days;

      if (phase == NULL || start_of (phase) == NULL)
        {
          if (k == RS_PHASE_FIRST_READING || k == RS_PHASE_SECOND_READING || k == RS_PHASE_HEARING)
            add_warning (warnings, RS_CYCLE_WARNING_MISSING_DATE, k,
                         _("“%s” has no date yet, so the plan cannot be checked."),
                         rs_phase_kind_get_title (k));
          continue;
        }
      days = rs_date_days_between (rs_phase_get_starts_on (phase), rs_phase_get_ends_on (phase));
      if (days != G_MININT && days < 0)
        add_warning (warnings, RS_CYCLE_WARNING_ENDS_BEFORE_START, k,
                     _("“%s” ends before it starts."), rs_phase_kind_get_title (k));
      if (previous != NULL &&
          rs_date_days_between (start_of (previous), start_of (phase)) < 0)
        add_warning (warnings, RS_CYCLE_WARNING_OUT_OF_ORDER, k,
                     _("“%s” starts before “%s”; the phases are out of order."),
                     rs_phase_kind_get_title (k),
                     rs_phase_kind_get_title (rs_phase_get_kind (previous)));
      previous = phase;
    }

  hearing = by_kind[RS_PHASE_HEARING];
  first = by_kind[RS_PHASE_FIRST_READING];
  second = by_kind[RS_PHASE_SECOND_READING];
  recs = by_kind[RS_PHASE_RECOMMENDATIONS];

  if (hearing != NULL && rs_phase_get_starts_on (hearing) && rs_phase_get_ends_on (hearing))
    {
      int days = rs_date_days_between (rs_phase_get_starts_on (hearing),
                                       rs_phase_get_ends_on (hearing)) + 1;
      if (days >= 0 && days < min_hearing_days)
        add_warning (warnings, RS_CYCLE_WARNING_HEARING_TOO_SHORT, RS_PHASE_HEARING,
                     ngettext ("The hearing period is %d day; at least %d days are needed for "
                               "parties to answer.",
                               "The hearing period is %d days; at least %d days are needed for "
                               "parties to answer.", days),
                     days, min_hearing_days);
    }

  if (hearing != NULL && first != NULL && second != NULL &&
      start_of (hearing) && end_of (first) && start_of (second) &&
      (rs_date_days_between (end_of (first), start_of (hearing)) < 0 ||
       rs_date_days_between (end_of (hearing), start_of (second)) < 0))
    add_warning (warnings, RS_CYCLE_WARNING_HEARING_OUTSIDE_READINGS, RS_PHASE_HEARING,
                 _("The hearing period does not fall between the first and the second reading."));

  if (recs != NULL && first != NULL && end_of (recs) && start_of (first) &&
      rs_date_days_between (end_of (recs), start_of (first)) < 0)
    add_warning (warnings, RS_CYCLE_WARNING_RECOMMENDATIONS_LATE, RS_PHASE_RECOMMENDATIONS,
                 _("The recommendations are due after the first reading, too late to shape the "
                   "budget proposal."));

  return warnings;
}
