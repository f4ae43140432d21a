/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-database.h"

G_BEGIN_DECLS

#define RS_TYPE_ORIGIN_CHOOSER (rs_origin_chooser_get_type ())
G_DECLARE_FINAL_TYPE (RsOriginChooser, rs_origin_chooser, RS, ORIGIN_CHOOSER, AdwWindow)

/* A searchable list of the ideas, sessions, labs or hearing points
 * (@origin_type) of a process; "chosen" (origin_type, origin_id, label) is
 * emitted when one is picked, then the window closes. @linked holds the
 * ids (gint64 *) already linked; they are left out. */
RsOriginChooser *rs_origin_chooser_new (GtkWindow  *parent,
                                        RsDatabase *db,
                                        gint64      process_id,
                                        const char *origin_type,
                                        GHashTable *linked);

G_END_DECLS
