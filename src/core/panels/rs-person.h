/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RS_TYPE_PERSON (rs_person_get_type ())
G_DECLARE_FINAL_TYPE (RsPerson, rs_person, RS, PERSON, GObject)

/* One member of a recruitment pool as lists show it: pseudonym, status,
 * review flag and a summary of the category values. No contact data. */
RsPerson   *rs_person_new             (gint64      id,
                                       const char *external_id,
                                       const char *pseudonym,
                                       const char *status,
                                       const char *review_flag,
                                       const char *summary);
gint64      rs_person_get_id          (RsPerson   *self);
const char *rs_person_get_external_id (RsPerson   *self);
const char *rs_person_get_pseudonym   (RsPerson   *self);
const char *rs_person_get_status      (RsPerson   *self);
void        rs_person_set_status      (RsPerson   *self,
                                       const char *status);
const char *rs_person_get_review_flag (RsPerson   *self);
const char *rs_person_get_summary     (RsPerson   *self);
/* The translated label of a status nick, e.g. "dropped-out". */
const char *rs_person_status_label    (const char *status);
const char * const *rs_person_statuses (void);

G_END_DECLS
