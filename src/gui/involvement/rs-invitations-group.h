/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-involvement-store.h"

G_BEGIN_DECLS

#define RS_TYPE_INVITATIONS_GROUP (rs_invitations_group_get_type ())
G_DECLARE_FINAL_TYPE (RsInvitationsGroup, rs_invitations_group, RS, INVITATIONS_GROUP, AdwPreferencesGroup)

/* The Involvement page's "Invitations" group: where the invitation stage
 * of the draw stands, its buttons (they name the page's involvement.*
 * actions) and the response rates per district and channel, from @store
 * for the process (NULL: none). */
void        rs_invitations_group_set_store      (RsInvitationsGroup *self,
                                                 RsInvolvementStore *store,
                                                 gint64              process_id);
/* For tests. */
GtkListBox *rs_invitations_group_get_rates_list (RsInvitationsGroup *self);
const char *rs_invitations_group_get_status     (RsInvitationsGroup *self);

G_END_DECLS
