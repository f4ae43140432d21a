/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_OPEN_REGISTRATION (rs_open_registration_get_type ())
G_DECLARE_FINAL_TYPE (RsOpenRegistration, rs_open_registration, RS, OPEN_REGISTRATION, GObject)

/* A member of the public's registration for an open meeting (a welfare
 * meeting, youth meeting or open lab), with what the participant gave on
 * the form. A value object; rs-open-meeting-store.h reads and writes it.
 * Every field is a property of the same name (with dashes). */

RsOpenRegistration *rs_open_registration_new  (void);
RsOpenRegistration *rs_open_registration_copy (RsOpenRegistration *self);
/* The registration’s id. */
gint64       rs_open_registration_get_id (RsOpenRegistration *self);
void         rs_open_registration_set_id (RsOpenRegistration *self,
                                           gint64 value);
gint64       rs_open_registration_get_session_id (RsOpenRegistration *self);
void         rs_open_registration_set_session_id (RsOpenRegistration *self,
                                                   gint64 value);
gint64       rs_open_registration_get_participant_id (RsOpenRegistration *self);
void         rs_open_registration_set_participant_id (RsOpenRegistration *self,
                                                       gint64 value);
/* "D-0001": the participant as exports show them. */
const char * rs_open_registration_get_pseudonym (RsOpenRegistration *self);
void         rs_open_registration_set_pseudonym (RsOpenRegistration *self,
                                                  const char * value);
/* Name or initials; personal data. */
const char * rs_open_registration_get_name (RsOpenRegistration *self);
void         rs_open_registration_set_name (RsOpenRegistration *self,
                                             const char * value);
const char * rs_open_registration_get_email (RsOpenRegistration *self);
void         rs_open_registration_set_email (RsOpenRegistration *self,
                                              const char * value);
const char * rs_open_registration_get_phone (RsOpenRegistration *self);
void         rs_open_registration_set_phone (RsOpenRegistration *self,
                                              const char * value);
/* "15-24", or "". */
const char * rs_open_registration_get_age_band (RsOpenRegistration *self);
void         rs_open_registration_set_age_band (RsOpenRegistration *self,
                                                 const char * value);
const char * rs_open_registration_get_district (RsOpenRegistration *self);
void         rs_open_registration_set_district (RsOpenRegistration *self,
                                                 const char * value);
/* How they heard of the meeting. */
const char * rs_open_registration_get_heard_via (RsOpenRegistration *self);
void         rs_open_registration_set_heard_via (RsOpenRegistration *self,
                                                  const char * value);
/* -1 not known, 0 no, 1 yes. */
int          rs_open_registration_get_first_time (RsOpenRegistration *self);
void         rs_open_registration_set_first_time (RsOpenRegistration *self,
                                                   int value);
/* An RsRegistrationStatus. */
int          rs_open_registration_get_status (RsOpenRegistration *self);
void         rs_open_registration_set_status (RsOpenRegistration *self,
                                               int value);
/* Order of registration, or on the waiting list. */
int          rs_open_registration_get_position (RsOpenRegistration *self);
void         rs_open_registration_set_position (RsOpenRegistration *self,
                                                 int value);
/* "2019-09-03T14:22", or "". */
const char * rs_open_registration_get_registered_at (RsOpenRegistration *self);
void         rs_open_registration_set_registered_at (RsOpenRegistration *self,
                                                      const char * value);
/* -1 not recorded, 0 absent, 1 present. */
int          rs_open_registration_get_attended (RsOpenRegistration *self);
void         rs_open_registration_set_attended (RsOpenRegistration *self,
                                                 int value);
/* The day a confirmation was sent, or "". */
const char * rs_open_registration_get_confirmed_on (RsOpenRegistration *self);
void         rs_open_registration_set_confirmed_on (RsOpenRegistration *self,
                                                     const char * value);
/* The day a reminder was sent, or "". */
const char * rs_open_registration_get_reminded_on (RsOpenRegistration *self);
void         rs_open_registration_set_reminded_on (RsOpenRegistration *self,
                                                    const char * value);
/* "file.csv:12", or "" when typed in. */
const char * rs_open_registration_get_source (RsOpenRegistration *self);
void         rs_open_registration_set_source (RsOpenRegistration *self,
                                               const char * value);
/* Why the registration needs a look: words separated by spaces ("duplicate", "possible-duplicate", "age", "district", "date", "columns"), or "". */
const char * rs_open_registration_get_review_note (RsOpenRegistration *self);
void         rs_open_registration_set_review_note (RsOpenRegistration *self,
                                                    const char * value);
/* How many of the process’s meetings the participant is registered for (not cancelled). */
int          rs_open_registration_get_meetings (RsOpenRegistration *self);
void         rs_open_registration_set_meetings (RsOpenRegistration *self,
                                                 int value);
/* The titles of the participant’s other meetings, separated by "; ". */
const char * rs_open_registration_get_other_meetings (RsOpenRegistration *self);
void         rs_open_registration_set_other_meetings (RsOpenRegistration *self,
                                                       const char * value);
/* Whether the review note holds @word. */
gboolean     rs_open_registration_has_note (RsOpenRegistration *self,
                                            const char         *word);

G_END_DECLS
