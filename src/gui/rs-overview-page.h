/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_OVERVIEW_PAGE (rs_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (RsOverviewPage, rs_overview_page, RS, OVERVIEW_PAGE, RsPage)

guint       rs_overview_page_get_n_warnings  (RsOverviewPage *self);
/* The text an At a Glance count shows, by its property name in
 * RsProcessStats ("panels", "pool", …; for tests). */
const char *rs_overview_page_get_count_text (RsOverviewPage *self,
                                             const char     *name);

G_END_DECLS
