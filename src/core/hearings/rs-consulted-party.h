/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_CONSULTED_PARTY (rs_consulted_party_get_type ())
G_DECLARE_FINAL_TYPE (RsConsultedParty, rs_consulted_party, RS, CONSULTED_PARTY, GObject)

/* A party on the consulted-parties register (høringspart), with its status
 * in one round when listed for a round ("invited", "reminded", "replied",
 * "no-comments", "no-reply"; NULL when not invited). */
RsConsultedParty *rs_consulted_party_new            (gint64            id,
                                                     const char       *name,
                                                     const char       *kind);
gint64            rs_consulted_party_get_id         (RsConsultedParty *self);
const char       *rs_consulted_party_get_name       (RsConsultedParty *self);
const char       *rs_consulted_party_get_kind       (RsConsultedParty *self);
const char       *rs_consulted_party_get_email      (RsConsultedParty *self);
void              rs_consulted_party_set_email      (RsConsultedParty *self,
                                                     const char       *email);
const char       *rs_consulted_party_get_contact    (RsConsultedParty *self);
void              rs_consulted_party_set_contact    (RsConsultedParty *self,
                                                     const char       *contact);
const char       *rs_consulted_party_get_status     (RsConsultedParty *self);
void              rs_consulted_party_set_status     (RsConsultedParty *self,
                                                     const char       *status);
const char       *rs_consulted_party_get_status_date (RsConsultedParty *self);
void              rs_consulted_party_set_status_date (RsConsultedParty *self,
                                                      const char       *date);
/* A translated label for a status nick. */
const char       *rs_party_status_get_label         (const char       *status);
/* "Trade union", "User board"... for the stored kind ("union",
 * "user-board"...); an unknown kind as it is. */
const char       *rs_party_kind_get_label           (const char       *kind);
gboolean          rs_party_status_is_valid          (const char       *status);

G_END_DECLS
