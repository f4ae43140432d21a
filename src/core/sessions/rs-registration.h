/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  RS_REGISTRATION_REGISTERED,
  RS_REGISTRATION_WAITING,
  RS_REGISTRATION_CANCELLED,
} RsRegistrationStatus;

#define RS_TYPE_REGISTRATION (rs_registration_get_type ())
G_DECLARE_FINAL_TYPE (RsRegistration, rs_registration, RS, REGISTRATION, GObject)

/* A person's registration for a session, with their attendance and table.
 * A value object; rs-session-store.h reads and writes it. */

RsRegistration*rs_registration_new              (void);
RsRegistration*rs_registration_copy             (RsRegistration *self);
gint64      rs_registration_get_person_id    (RsRegistration *self);
void        rs_registration_set_person_id    (RsRegistration *self,
                                              gint64 value);
const char *rs_registration_get_pseudonym    (RsRegistration *self);
void        rs_registration_set_pseudonym    (RsRegistration *self,
                                              const char *value);
const char *rs_registration_get_external_id  (RsRegistration *self);
void        rs_registration_set_external_id  (RsRegistration *self,
                                              const char *value);
/* Only filled when names were asked for. */
const char *rs_registration_get_name         (RsRegistration *self);
void        rs_registration_set_name         (RsRegistration *self,
                                              const char *value);
/* An RsRegistrationStatus. */
int         rs_registration_get_status       (RsRegistration *self);
void        rs_registration_set_status       (RsRegistration *self,
                                              int value);
/* Order of registration, or on the waiting list. */
int         rs_registration_get_position     (RsRegistration *self);
void        rs_registration_set_position     (RsRegistration *self,
                                              int value);
/* -1 not recorded, 0 absent, 1 present. */
int         rs_registration_get_attended     (RsRegistration *self);
void        rs_registration_set_attended     (RsRegistration *self,
                                              int value);
/* 0: none. */
int         rs_registration_get_table_no     (RsRegistration *self);
void        rs_registration_set_table_no     (RsRegistration *self,
                                              int value);
gboolean    rs_registration_get_table_pinned (RsRegistration *self);
void        rs_registration_set_table_pinned (RsRegistration *self,
                                              gboolean value);

G_END_DECLS
