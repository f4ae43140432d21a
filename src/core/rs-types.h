/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The phases of a budget process's annual cycle (årshjul), in order. */
typedef enum
{
  RS_PHASE_SEMINAR,          /*< nick=seminar >*/
  RS_PHASE_GOALS,            /*< nick=goals >*/
  RS_PHASE_INVOLVEMENT,      /*< nick=involvement >*/
  RS_PHASE_RECOMMENDATIONS,  /*< nick=recommendations >*/
  RS_PHASE_FIRST_READING,    /*< nick=first-reading >*/
  RS_PHASE_HEARING,          /*< nick=hearing >*/
  RS_PHASE_SECOND_READING,   /*< nick=second-reading >*/
  RS_PHASE_FEEDBACK,         /*< nick=feedback >*/
  RS_PHASE_EVALUATION,       /*< nick=evaluation >*/
  RS_N_PHASES                /*< skip >*/
} RsPhaseKind;

G_END_DECLS
