/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_OVERVIEW_PAGE (rs_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (RsOverviewPage, rs_overview_page, RS, OVERVIEW_PAGE, RsPage)

guint rs_overview_page_get_n_warnings (RsOverviewPage *self);

G_END_DECLS
