/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-context.h"
#include "rs-process.h"

G_BEGIN_DECLS

#define RS_TYPE_ENGAGEMENT_GROUP (rs_engagement_group_get_type ())
G_DECLARE_FINAL_TYPE (RsEngagementGroup, rs_engagement_group, RS, ENGAGEMENT_GROUP, AdwPreferencesGroup)

/* The Overview's "Engagement Targets" group: each target the facilitator
 * set (raadslag-cli targets set), with the actual Rådslag measures and the
 * gap. Read on the database thread. */
void        rs_engagement_group_set_process (RsEngagementGroup *self,
                                             RsContext         *context,
                                             RsProcess         *process);
void        rs_engagement_group_reload      (RsEngagementGroup *self);
/* For tests: the number of target rows shown. */
guint       rs_engagement_group_get_n_rows  (RsEngagementGroup *self);

G_END_DECLS
