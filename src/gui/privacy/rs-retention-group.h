/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-context.h"
#include "rs-process.h"

G_BEGIN_DECLS

#define RS_TYPE_RETENTION_GROUP (rs_retention_group_get_type ())
G_DECLARE_FINAL_TYPE (RsRetentionGroup, rs_retention_group, RS, RETENTION_GROUP, AdwPreferencesGroup)

/* The Overview's "Personal Data" group: the process's retention date for
 * contact data, the months after the evaluation (per process, default from
 * Preferences), a warning with "Erase Personal Data…" once the date has
 * passed, and when the data were erased. */
void        rs_retention_group_set_process (RsRetentionGroup *self,
                                            RsContext        *context,
                                            RsProcess        *process);
void        rs_retention_group_reload      (RsRetentionGroup *self);
/* For tests: the warning shown, or NULL when none. */
const char *rs_retention_group_get_warning (RsRetentionGroup *self);

G_END_DECLS
