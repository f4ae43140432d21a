/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * RsChangeKind:
 *
 * What kind of entity a committed write changed, as announced by
 * RsDatabase::changed. The nick is the signal's detail, so a page that shows
 * panels connects to "changed::panel".
 */
typedef enum
{
  RS_CHANGE_PROCESS,             /*< nick=process >*/
  RS_CHANGE_PHASE,               /*< nick=phase >*/
  RS_CHANGE_PANEL,               /*< nick=panel >*/
  RS_CHANGE_PERSON,              /*< nick=person >*/
  RS_CHANGE_CATEGORY,            /*< nick=category >*/
  RS_CHANGE_POPULATION,          /*< nick=population >*/
  RS_CHANGE_SELECTION_RUN,       /*< nick=selection-run >*/
  RS_CHANGE_SESSION,             /*< nick=session >*/
  RS_CHANGE_LAB,                 /*< nick=lab >*/
  RS_CHANGE_REGISTRATION,        /*< nick=registration >*/
  RS_CHANGE_IDEA,                /*< nick=idea >*/
  RS_CHANGE_EVALUATION,          /*< nick=evaluation >*/
  RS_CHANGE_HEARING_ROUND,       /*< nick=hearing-round >*/
  RS_CHANGE_CONSULTED_PARTY,     /*< nick=consulted-party >*/
  RS_CHANGE_RESPONSE,            /*< nick=response >*/
  RS_CHANGE_POINT,               /*< nick=point >*/
  RS_CHANGE_PROPOSAL,            /*< nick=proposal >*/
  RS_CHANGE_RECOMMENDATION,      /*< nick=recommendation >*/
  RS_CHANGE_COUNCIL_DECISION,    /*< nick=council-decision >*/
  RS_CHANGE_COUNCIL_SUBMISSION,  /*< nick=council-submission >*/
  RS_CHANGE_PB,                  /*< nick=pb >*/
  RS_CHANGE_PRIVACY,             /*< nick=privacy >*/
  RS_CHANGE_INVOLVEMENT,         /*< nick=involvement >*/
  RS_CHANGE_OTHER,               /*< nick=other >*/
  RS_N_CHANGE_KINDS              /*< skip >*/
} RsChangeKind;

const char *rs_change_kind_to_nick (RsChangeKind kind);

G_END_DECLS
