/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-live-list.h"
#include "rs-open-meeting-store.h"

G_BEGIN_DECLS

#define RS_TYPE_OPEN_REGISTRATION_LIST (rs_open_registration_list_get_type ())
G_DECLARE_FINAL_TYPE (RsOpenRegistrationList, rs_open_registration_list, RS, OPEN_REGISTRATION_LIST, RsLiveList)

/* The public registrations of every meeting of a process
 * (RsOpenRegistration, rs_open_meeting_store_list()), as a GListModel that
 * stays current: the Meetings page filters it to the meeting shown. */
RsOpenRegistrationList *rs_open_registration_list_new (RsDatabase *db,
                                                       gint64      process_id);

G_END_DECLS
