/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include <adwaita.h>

#include "rs-context.h"
#include "rs-process.h"

G_BEGIN_DECLS

#define RS_TYPE_DISTRICT_VIEW (rs_district_view_get_type ())
G_DECLARE_FINAL_TYPE (RsDistrictView, rs_district_view, RS, DISTRICT_VIEW, AdwPreferencesGroup)

/* The Involvement page's district view: per district, what came from it
 * and concerns it (comments, ideas, hearing responses, recommendations,
 * meetings, participants) against its population share; counts below the
 * small-cell limit read "< 5". Read on the database thread. */
void        rs_district_view_set_process (RsDistrictView *self,
                                          RsContext      *context,
                                          RsProcess      *process);
void        rs_district_view_reload      (RsDistrictView *self);
/* For tests: the rows' titles and subtitles, one line per district
 * ("Nørreby: …"), "" before the first load. */
const char *rs_district_view_get_text    (RsDistrictView *self);

G_END_DECLS
