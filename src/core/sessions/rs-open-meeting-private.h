/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-open-meeting-store.h"

G_BEGIN_DECLS

/* Shared by rs-open-meeting-store.c and rs-open-meeting-import.c. */

/* Inside a transaction: registers @info for @session_id unless a
 * registration with @source_key exists (then *skipped is TRUE and 0 is
 * returned without error). Returns the new registration's id. */
gint64   _rs_open_meeting_add_locked (RsDatabase           *db,
                                      gint64                session_id,
                                      RsOpenRegistration   *info,
                                      const char           *source_key,
                                      gboolean             *skipped,
                                      RsRegistrationStatus *status_out,
                                      GError              **error);
/* The folded name and district a possible duplicate is recognised by. */
char    *_rs_open_meeting_name_key   (const char           *name,
                                      const char           *district);

G_END_DECLS
