/* SPDX-License-Identifier: MPL-2.0 */
#pragma once

#include "rs-page.h"

G_BEGIN_DECLS

#define RS_TYPE_RECOMMENDATIONS_PAGE (rs_recommendations_page_get_type ())
G_DECLARE_FINAL_TYPE (RsRecommendationsPage, rs_recommendations_page, RS, RECOMMENDATIONS_PAGE, RsPage)

G_END_DECLS
